"""``python -m annotate train DATA... --out DIR``: train a BERT token classifier the hf backend loads."""

from __future__ import annotations

import argparse
import shlex
import sys

from ..clikit import add_common, format_table, print_json, progress

NAME = "train"
HELP = "train or fine-tune a BERT NER token classifier from BIO/BMES, CLUENER, Label Studio or JSONL files"
EXAMPLE = ("python -m annotate train ../shared/data/peoples_daily_ner/example.dev corrected.jsonl "
           "--vocab ../shared/models/bert-base-chinese-vocab --out build/model --labels PER,LOC,ORG --epochs 2 "
           "--eval ../shared/data/weibo_ner/weiboNER_2nd_conll.dev")
OUTPUTS = {"out": "dir"}  # see annotate.clikit: checked against every input before run


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("data", nargs="+", help="training files (format detected: conll BIO/BIOES/BMES, CLUENER "
                        "JSON, Label Studio tasks/export, JSONL with spans)")
    parser.add_argument("--out", required=True, help="directory to write the checkpoint to (replaced on success)")
    parser.add_argument("--init", help="start from this checkpoint (directory or hub id) instead of a fresh model")
    parser.add_argument("--vocab", help="tokenizer for a fresh model: a directory with vocab.txt or a hub id "
                        "(default: bert-base-chinese, from the local Hugging Face cache when offline)")
    parser.add_argument("--labels", help="comma-separated labels to learn (default: all of ours in the data)")
    parser.add_argument("--scheme", default="BIO", help="tag scheme of the head: BIO (default), BIOES, BMES")
    parser.add_argument("--layers", type=int, default=4, help="fresh model: transformer layers (default 4)")
    parser.add_argument("--hidden", type=int, default=256, help="fresh model: hidden size (default 256)")
    parser.add_argument("--heads", type=int, default=4, help="fresh model: attention heads (default 4)")
    parser.add_argument("--max-tokens", type=int, default=128, help="training sequence length (default 128)")
    parser.add_argument("--epochs", type=float, default=2.0, help="passes over the data (default 2)")
    parser.add_argument("--batch-size", type=int, default=32, help="sequences per step (default 32)")
    parser.add_argument("--lr", type=float, help="peak learning rate (default 5e-4 fresh, 5e-5 fine-tuning)")
    parser.add_argument("--max-minutes", type=float, help="stop training after this many minutes (still saves)")
    parser.add_argument("--eval", action="append", default=[], metavar="FILE",
                        help="score the saved model on this file (repeatable); scores go in the model card")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--threads", type=int, help="torch CPU threads (default: torch's choice)")
    add_common(parser)


def run(args: argparse.Namespace) -> int:
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
        command="python -m annotate " + shlex.join(sys.argv[1:]) if sys.argv[1:2] == ["train"] else None,
    )
    result = train(cfg, progress=None if args.quiet else progress)
    if args.json:
        print_json(result)
        return 0
    if not args.quiet:
        t = result["training"]
        print(f"saved {args.out}: {result['parameters']:,} parameters, {t['steps']} steps "
              f"({t['epochs_done']} epochs) in {t['seconds']:.0f}s, final loss {t['final_loss']}")
        rows = [[path, s["examples"], s["micro"]["precision"], s["micro"]["recall"], s["micro"]["f1"]]
                for path, s in result["scores"].items()]
        if rows:
            print(format_table(rows, ["eval file", "examples", "precision", "recall", "f1"]))
        else:
            from ..modelcard import score_command

            print(f"warning: not evaluated (no --eval): score it on held-out gold before use:\n  "
                  f"{score_command(args.out)}", file=sys.stderr)
    return 0
