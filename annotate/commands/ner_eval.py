"""``python -m annotate ner-eval``: exact-span, exact-type P/R/F1 per label and micro."""

from __future__ import annotations

import argparse

from ..clikit import add_common, format_table, print_json, progress
from ..errors import UsageError

NAME = "ner-eval"
HELP = "score predicted entities against gold (exact span and type; equals seqeval strict IOB2)"
EXAMPLE = ("python -m annotate ner-eval --gold seeds/annotations/export.json --pred build/tasks.json "
           "--labels PER,LOC,ORG")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--gold", required=True, help="gold file: BIO/BIOES/BMES, CLUENER JSON, Label Studio JSON, JSONL")
    src = parser.add_mutually_exclusive_group(required=True)
    src.add_argument("--pred", help="predictions in any of the gold formats, or what prelabel wrote: a tasks .json or .jsonl file or a shard folder")
    src.add_argument("--backend", help="run these pre-label backends on the gold texts instead, e.g. rules or lac+rules")
    parser.add_argument("--model", help="model for --backend hf (a checkpoint directory or hub id) or --backend "
                        "tagger (a directory from `annotate train`)")
    parser.add_argument("--labels", help="comma-separated labels to score, e.g. PER,LOC,ORG (default: all)")
    parser.add_argument("--gold-format", choices=["conll", "cluener", "labelstudio", "jsonl"], help="default: detected")
    parser.add_argument("--pred-format", choices=["conll", "cluener", "labelstudio", "jsonl"], help="default: detected")
    parser.add_argument("--label-scheme", help="mapping for the gold labels (ours, peoples_daily, weibo, resume, "
                        "cluener, ontonotes, lac, or raw to keep them); default: the first that fits")
    parser.add_argument("--use", choices=["auto", "annotations", "predictions"], default="auto",
                        help="which Label Studio results to read from --pred (default: annotations if any); "
                             "a Label Studio --gold is scored on its annotated tasks only")
    add_common(parser)


def run(args: argparse.Namespace) -> int:
    from ..ner_eval import ner_eval

    labels = [x.strip() for x in args.labels.split(",") if x.strip()] if args.labels else None
    if args.model and not args.backend:
        raise UsageError("--model needs --backend (e.g. --backend hf --model DIR)")
    options = {"model": args.model} if args.model else None
    result = ner_eval(args.gold, args.pred, backend=args.backend, labels=labels, gold_format=args.gold_format,
                      pred_format=args.pred_format, label_scheme=args.label_scheme, use=args.use,
                      options=options, progress=None if args.quiet else progress)
    if args.json:
        print_json(result)
        return 0
    rows = [[name, s["precision"], s["recall"], s["f1"], s["support"], s["predicted"], s["tp"]]
            for name, s in result["per_label"].items()]
    m = result["micro"]
    rows.append(["micro", m["precision"], m["recall"], m["f1"], m["support"], m["predicted"], m["tp"]])
    print(f"{result['examples']} examples; gold {result['gold']}; pred {result['pred']}")
    if result["unannotated_skipped"]:
        print(f"scored the {result['examples']} annotated tasks only; {result['unannotated_skipped']} tasks of the "
              "gold export have no annotation and were left out (as agreement does)")
    print(format_table(rows, ["label", "precision", "recall", "f1", "support", "pred", "correct"]))
    return 0
