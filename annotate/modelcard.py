"""The model card (README.md) written next to a trained checkpoint: data, settings, scores, usage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

__all__ = ["model_card", "score_command"]


def _table(rows: list[list[Any]], headers: list[str]) -> str:
    def cell(v: Any) -> str:
        return f"{v:.4f}" if isinstance(v, float) else str(v)

    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines)


def _scores_table(scores: dict[str, Any], labels: list[str]) -> str:
    """One row per evaluation file: per-label F1, then micro P/R/F1."""
    rows = []
    for path, s in scores.items():
        per = s["per_label"]
        rows.append([f"`{Path(path).as_posix()}`", s["examples"]] + [per[lab]["f1"] if lab in per else "-"
                    for lab in labels] + [s["micro"]["precision"], s["micro"]["recall"], s["micro"]["f1"]])
    return _table(rows, ["file", "examples"] + [f"{lab} F1" for lab in labels]
                  + ["micro P", "micro R", "micro F1"]) + "\n"


def model_card(result: dict[str, Any]) -> str:
    """Markdown for a ``training.json`` dict (see :func:`annotate.train.train`)."""
    cfg, stats, labels = result["config"], result["training"], result["labels"]
    origin = f"Fine-tuned from `{cfg['init']}`" if cfg.get("init") else (
        f"Trained from scratch: BERT, {cfg['layers']} layers, hidden {cfg['hidden']}, {cfg['heads']} heads, "
        "bert-base-chinese WordPiece vocabulary (no pretrained weights)")
    data_rows = [[f"`{Path(d['path']).as_posix()}`", d["examples"], d["characters"],
                  ", ".join(f"{k} {v}" for k, v in d["entities"].items()) or "-"] for d in result["data"]]
    parts = [
        "---\nlanguage: zh\nlibrary_name: transformers\npipeline_tag: token-classification\n"
        "tags: [ner, chinese, zh-annotate]\n---\n",
        "# Chinese NER token classifier\n",
        f"Labels {', '.join(labels)} in the {result['scheme']} scheme, one tag per WordPiece token (every "
        f"sub-token labelled). {origin}; {result['parameters']:,} parameters.\n",
        "Use it to pre-label paragraphs:\n\n```\npython -m annotate prelabel paragraphs.jsonl --out tasks.json "
        f"--backend hf --model {cfg['out']}\n```\n",
        "## Training data\n",
        _table(data_rows, ["file", "examples", "characters", "entities"]) + "\n",
        f"{result['sequences']} training sequences of at most {cfg['max_tokens']} tokens; "
        f"{result['entities_lost_in_tokenization']} entities could not be placed on tokens.\n",
        "## Training\n",
        _table([[stats["steps"], stats["planned_steps"], f"{stats['epochs_done']:g}", cfg["batch_size"],
                 f"{stats['lr']:g}", stats["final_loss"], f"{stats['seconds']:.0f}",
                 "yes" if stats["stopped_early"] else "no"]],
               ["steps", "planned", "epochs", "batch", "peak lr", "final loss", "seconds", "stopped by time limit"])
        + "\n",
    ]
    if result.get("command"):
        parts.append(f"Command:\n\n```\n{result['command']}\n```\n")
    parts.append("## Scores\n")
    if result["scores"]:
        parts.append("Exact span and type (seqeval strict IOB2 equivalent), computed by loading this directory "
                     "with the toolkit's hf backend.\n")
        parts.append(_scores_table(result["scores"], labels))
    else:
        parts.append("**Not evaluated**: no `--eval` file was given, so nothing says this model is any good. "
                     "Score it on held-out gold (a test set it was not trained on) before using it:\n\n"
                     f"```\n{score_command(cfg['out'])}\n```\n")
    return "\n".join(parts)


def score_command(model: str, gold: str = "GOLD_FILE") -> str:
    """The command that scores a saved model on a gold file (told to whoever trained without ``--eval``).

    >>> score_command("build/ner-model")
    'python -m annotate ner-eval --gold GOLD_FILE --backend hf --model build/ner-model'
    """
    return f"python -m annotate ner-eval --gold {gold} --backend hf --model {model}"


def tagger_card(card: dict[str, Any]) -> str:
    """Markdown for a tagger's ``tagger.json`` (see :func:`annotate.train.train_tagger`)."""
    labels, t = card["labels"], card["training"]
    data_rows = [[f"`{Path(d['path']).as_posix()}`", d["examples"], d["characters"],
                  ", ".join(f"{k} {v}" for k, v in d["entities"].items()) or "-"] for d in card["data"]]
    free = "; ".join(f"{cls}: {', '.join(labs)}" for cls, labs in card["inside_allowed"].items()) or "nowhere"
    parts = [
        f"# Chinese NER tagger `{card['name']}`\n",
        f"A linear-chain CRF over LAC's analysis, characters, word shape, gazetteers"
        f"{', the number rules' if card['numbers'] else ''}{' and a base tagger' if card['base'] else ''} "
        f"(zh-annotate). Labels: {', '.join(labels)} (BIO). {card['features']:,} features with weights. "
        + ("Trained on the simplified view of each text (as the backend reads it). "
           if card.get("view") == "simplified" else "") +
        f"Spans may start or end inside a LAC word only where the training data did (word tag: labels): {free}.\n",
        "Use it to pre-label paragraphs:\n\n```\npython -m annotate prelabel paragraphs.jsonl --out tasks.json "
        "--backend rules+tagger --model DIR\n```\n",
        "## Training data\n",
        _table(data_rows, ["file", "examples", "characters", "entities"]) + "\n",
        "Entities per label: " + ", ".join(f"{k} {v}" for k, v in card["label_counts"].items()) + ".\n",
        "## Training\n",
        _table([[t["examples"], t["characters"], t["iterations"], card["settings"]["c1"], card["settings"]["c2"],
                 f"{t['seconds']:.0f}"]], ["examples", "characters", "iterations", "c1", "c2", "seconds"]) + "\n",
    ]
    if card.get("command"):
        parts.append(f"Command:\n\n```\n{card['command']}\n```\n")
    parts.append("## Scores\n")
    if card["scores"]:
        parts.append("Exact span and type, computed by the saved model as `--backend tagger` runs it.\n")
        parts.append(_scores_table(card["scores"], labels))
    else:
        parts.append("No evaluation files were given (`--eval`).\n")
    return "\n".join(parts)

