"""``python -m annotate train DATA... --out DIR``: train the CRF tagger (default) or a BERT (``--arch bert``)."""

from __future__ import annotations

import argparse
import shlex
import sys
from typing import Any

from ..clikit import add_common, format_table, print_json, progress

NAME = "train"
HELP = ("train an NER tagger (a CRF over LAC's analysis, minutes on CPU, any label set) from BIO/BMES, CLUENER, "
        "Label Studio or JSONL files; --arch bert fine-tunes a BERT, useful only from a pretrained --init")
EXAMPLE = ("python -m annotate train ../shared/data/peoples_daily_ner/example.dev seeds/annotations/export.json "
           "--out build/tagger --eval ../shared/data/weibo_ner/weiboNER_2nd_conll.dev")
DESCRIPTION = """\
The default (--arch tagger) trains a linear-chain CRF over LAC's words and tags, characters, word shape,
gazetteers and the number rules' spans; pre-label with it by `prelabel --backend rules+tagger --model DIR`.
Labels are whatever the data has: files whose labels a known scheme maps (People's Daily, Weibo, Resume, ours)
are mapped onto PER/LOC/ORG/...; --label-scheme raw keeps each file's own (CLUENER's ten, your own).
Label Studio exports give only the tasks people annotated.

--arch bert trains a BERT token classifier for the hf backend. From scratch (no --init) it scores far below
the tagger (0.38 F1 on People's Daily); it is useful only when fine-tuning a pretrained checkpoint given
with --init (a local directory; nothing is downloaded).
"""
OUTPUTS = {"out": "dir"}  # see annotate.clikit: checked against every input before run


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("data", nargs="+", help="training files (format detected: conll BIO/BIOES/BMES, CLUENER "
                        "JSON, Label Studio tasks/export, JSONL with spans)")
    parser.add_argument("--out", required=True, help="directory to write the model to (replaced on success)")
    parser.add_argument("--arch", choices=["tagger", "bert"], default="tagger",
                        help="tagger: the CRF (default); bert: a BERT token classifier (needs a pretrained --init "
                        "to be useful)")
    parser.add_argument("--label-scheme", help="tagger: map labels with this scheme (ours, peoples_daily, weibo, "
                        "resume, cluener, ...) or keep them (raw); default: map where a scheme fits, else keep")
    parser.add_argument("--base", help="tagger: a tagger directory whose tags become features (learn corrections "
                        "on top of it; e.g. annotate/prelabel/data/tagger)")
    parser.add_argument("--name", help="tagger: the model's name in its card and in prelabel's model_version "
                        "(default: the --out folder's name)")
    parser.add_argument("--c1", type=float, default=0.05, help="tagger: L1 penalty (default 0.05)")
    parser.add_argument("--c2", type=float, default=0.01, help="tagger: L2 penalty (default 0.01)")
    parser.add_argument("--iterations", type=int, default=150, help="tagger: L-BFGS iterations (default 150)")
    parser.add_argument("--init", help="bert: start from this checkpoint (directory or hub id) instead of a fresh "
                        "model")
    parser.add_argument("--vocab", help="bert: tokenizer for a fresh model: a directory with vocab.txt or a hub id "
                        "(default: bert-base-chinese, from the local Hugging Face cache when offline)")
    parser.add_argument("--labels", help="comma-separated labels to learn (default: every label in the data)")
    parser.add_argument("--scheme", default="BIO", help="bert: tag scheme of the head: BIO (default), BIOES, BMES")
    parser.add_argument("--layers", type=int, default=4, help="bert, fresh model: transformer layers (default 4)")
    parser.add_argument("--hidden", type=int, default=256, help="bert, fresh model: hidden size (default 256)")
    parser.add_argument("--heads", type=int, default=4, help="bert, fresh model: attention heads (default 4)")
    parser.add_argument("--max-tokens", type=int, default=128, help="bert: training sequence length (default 128)")
    parser.add_argument("--epochs", type=float, default=2.0, help="bert: passes over the data (default 2)")
    parser.add_argument("--batch-size", type=int, default=32, help="bert: sequences per step (default 32)")
    parser.add_argument("--lr", type=float, help="bert: peak learning rate (default 5e-4 fresh, 5e-5 fine-tuning)")
    parser.add_argument("--max-minutes", type=float, help="bert: stop training after this many minutes (still saves)")
    parser.add_argument("--eval", action="append", default=[], metavar="FILE",
                        help="score the saved model on this file (repeatable); scores go in the model card")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, help="bert: torch CPU threads (default: torch's choice)")
    add_common(parser)


def _command() -> str | None:
    return "python -m annotate " + shlex.join(sys.argv[1:]) if sys.argv[1:2] == ["train"] else None


# Options that belong to one --arch: given with the other, they would be silently ignored, so they are refused.
ONLY = {"bert": ("init", "vocab", "scheme", "layers", "hidden", "heads", "max_tokens", "epochs", "batch_size", "lr",
                 "max_minutes", "threads"),
        "tagger": ("base", "name", "label_scheme", "c1", "c2", "iterations")}


def _foreign_options(args: argparse.Namespace, parser_defaults: dict[str, object]) -> list[str]:
    other = "bert" if args.arch == "tagger" else "tagger"
    return ["--" + name.replace("_", "-") for name in ONLY[other] if getattr(args, name) != parser_defaults[name]]


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError

    probe = argparse.ArgumentParser()
    add_arguments(probe)
    foreign = _foreign_options(args, {name: probe.get_default(name) for names in ONLY.values() for name in names})
    if foreign:
        other = "bert" if args.arch == "tagger" else "tagger"
        raise UsageError(f"{', '.join(foreign)} only {'applies' if len(foreign) == 1 else 'apply'} to --arch {other} (this run trains --arch {args.arch})",
                         hint=("to build on a tagger, pass --base DIR; to fine-tune a BERT, pass --arch bert"
                               if "--init" in foreign else f"drop them, or pass --arch {other}"))
    if args.arch == "tagger":
        return run_tagger(args)
    return run_bert(args)


def run_tagger(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..train import train_tagger

    if args.iterations <= 0:
        raise UsageError("--iterations must be positive")
    labels = [x.strip() for x in args.labels.split(",") if x.strip()] if args.labels else None
    result = train_tagger(args.data, args.out, base=args.base, labels=labels, label_scheme=args.label_scheme,
                          eval=args.eval, c1=args.c1, c2=args.c2, iterations=args.iterations, name=args.name,
                          progress=None if args.quiet else progress, command=_command())
    if args.json:
        print_json(result.card)
        return 0
    if not args.quiet:
        card = result.card
        t = card["training"]
        counts = ", ".join(f"{k} {v}" for k, v in card["label_counts"].items())
        print(f"saved {args.out}: tagger for {', '.join(card['labels'])} ({counts}); {t['examples']} examples, "
              f"{card['features']:,} features, {t['seconds']:.0f}s")
        print_scores(card["scores"], args.out)
    return 0


def run_bert(args: argparse.Namespace) -> int:
    from ..errors import UsageError
    from ..train import TrainConfig, train

    for name in ("epochs", "batch_size", "max_tokens", "layers", "hidden", "heads"):
        if getattr(args, name) <= 0:
            raise UsageError(f"--{name.replace('_', '-')} must be positive")
    labels = tuple(x.strip() for x in args.labels.split(",") if x.strip()) if args.labels else None
    cfg = TrainConfig(
        data=tuple(args.data), out=args.out, init=args.init, vocab=args.vocab, labels=labels, scheme=args.scheme,
        layers=args.layers, hidden=args.hidden, heads=args.heads, max_tokens=args.max_tokens, epochs=args.epochs,
        batch_size=args.batch_size, lr=args.lr, max_minutes=args.max_minutes, seed=args.seed,
        eval=tuple(args.eval), threads=args.threads,
        command=_command(),
    )
    result = train(cfg, progress=None if args.quiet else progress)
    if args.json:
        print_json(result)
        return 0
    if not args.quiet:
        t = result["training"]
        print(f"saved {args.out}: {result['parameters']:,} parameters, {t['steps']} steps "
              f"({t['epochs_done']} epochs) in {t['seconds']:.0f}s, final loss {t['final_loss']}")
        print_scores(result["scores"], args.out)
    return 0


def print_scores(scores: dict[str, Any], out: str) -> None:
    """The scores of each --eval file as a table, or a warning that the model was not evaluated."""
    rows = [[path, s["examples"], s["micro"]["precision"], s["micro"]["recall"], s["micro"]["f1"]]
            for path, s in scores.items()]
    if rows:
        print(format_table(rows, ["eval file", "examples", "precision", "recall", "f1"]))
        return
    from ..modelcard import score_command

    print(f"warning: not evaluated (no --eval): score it on held-out gold before use:\n  {score_command(out)}",
          file=sys.stderr)
