"""Train or fine-tune a BERT token classifier from NER files; save a directory the hf backend loads.

``train(TrainConfig(data=[...], out="build/model"))`` reads every file with
:func:`annotate.formats.read_examples` (BIO/BIOES/BMES char-per-line files, CLUENER JSON, Label
Studio tasks/exports, our JSONL: corrections are training data), keeps the chosen labels, and
turns entity spans into one tag per WordPiece token (every sub-token labelled, so the backend's
token-level decoding sees what it was trained on). It starts from a checkpoint (``init=``: a
directory or hub id) or from a fresh ``BertConfig`` over the bert-base-chinese vocabulary.

The saved directory holds weights, tokenizer, ``config.json`` with ``id2label``, ``training.json``
(schema ``training``: data, settings, scores) and a model card ``README.md``. Scores on the
``eval`` files are computed by loading that directory with :class:`~annotate.prelabel.hf.HFBackend`,
i.e. exactly as ``prelabel --backend hf --model DIR`` will run it.
"""

from __future__ import annotations

import bisect
import math
import os
import random
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import InputError, ModelError, UsageError
from ..formats import Example, read_examples
from ..io import atomic_dir, check_output_dir
from ..labels import LABELS
from ..spans import SCHEMES, Span, spans_to_tags

__all__ = ["TrainConfig", "train", "tag_tokens", "label_list", "load_examples"]

SCHEMA_VERSION = 1
_MEASURE_STEPS = 20  # a --max-minutes budget reshapes the schedule every this many steps


@dataclass(frozen=True)
class TrainConfig:
    data: tuple[str, ...]
    out: str
    init: str | None = None  # checkpoint dir or hub id; None = from a fresh config
    vocab: str | None = None  # tokenizer dir or hub id for fresh models (default: bert-base-chinese)
    labels: tuple[str, ...] | None = None  # default: every one of ours seen in the data
    scheme: str = "BIO"
    layers: int = 4
    hidden: int = 256
    heads: int = 4
    max_tokens: int = 128  # training sequence length, special tokens included
    epochs: float = 2.0
    batch_size: int = 32
    lr: float | None = None  # default 5e-4 from scratch, 5e-5 when fine-tuning
    warmup: float = 0.06
    weight_decay: float = 0.01
    max_minutes: float | None = None  # stop early (and still save) after this long
    seed: int = 0
    eval: tuple[str, ...] = ()
    threads: int | None = None
    command: str | None = field(default=None, compare=False)  # recorded in the model card


@dataclass(frozen=True)
class Chunk:
    ids: tuple[int, ...]
    tags: tuple[int, ...]


def label_list(labels: Sequence[str], scheme: str) -> list[str]:
    """``O`` then each prefix of ``scheme`` for each label, e.g. O B-PER I-PER B-LOC I-LOC."""
    prefixes = list(SCHEMES[scheme])
    return ["O"] + [f"{p}-{label}" for label in labels for p in prefixes]


def tag_tokens(starts: Sequence[int], ends: Sequence[int], spans: Sequence[Span], scheme: str) -> tuple[list[str], int]:
    """Tags for tokens with code-point ranges ``[starts[i], ends[i])``; also how many spans were lost.

    An entity covers every token that overlaps it (its boundary snaps out to token boundaries);
    an entity that covers no token (only deleted characters) or that overlaps an earlier one
    is lost and counted.
    """
    n, lost = len(starts), 0
    token_spans: list[Span] = []
    for span in sorted(spans):
        a = bisect.bisect_right(ends, span.start)  # first token ending after the span starts
        b = bisect.bisect_left(starts, span.end)  # one past the last token starting before its end
        if a >= b or (token_spans and token_spans[-1].end > a):
            lost += 1
            continue
        token_spans.append(Span(a, b, span.label))
    return spans_to_tags(token_spans, n, scheme), lost


def load_examples(paths: Sequence[str], labels: Sequence[str] | None) -> tuple[list[Example], list[dict[str, Any]], list[str]]:
    """Examples from every file (restricted to ``labels``), a per-file summary, and the labels used."""
    per_file = [(p, read_examples(p)) for p in paths]
    seen = {s.label for _, exs in per_file for ex in exs for s in ex.spans}
    chosen = [lab for lab in LABELS if lab in seen] if labels is None else list(labels)
    bad = [lab for lab in chosen if lab not in LABELS]
    if bad:
        raise UsageError(f"unknown label {', '.join(bad)}", hint=f"choose from {', '.join(LABELS)}")
    if not chosen:
        raise InputError("the training data has no entities", path=paths[0] if paths else None)
    keep = set(chosen)
    examples, summary = [], []
    for path, exs in per_file:
        counts: Counter[str] = Counter()
        for ex in exs:
            spans = tuple(s for s in ex.spans if s.label in keep)
            counts.update(s.label for s in spans)
            if ex.text.strip():
                examples.append(Example(ex.id, ex.text, spans))
        summary.append({"path": str(path), "examples": len(exs), "characters": sum(len(e.text) for e in exs),
                        "entities": dict(sorted(counts.items()))})
    return examples, summary, chosen


def _chunks(tokenizer: Any, examples: Sequence[Example], label2id: dict[str, int], scheme: str,
            max_tokens: int) -> tuple[list[Chunk], int]:
    from ..prelabel.hf import encode_fast

    room = max_tokens - 2
    chunks, lost = [], 0
    for lo in range(0, len(examples), 256):
        batch = examples[lo:lo + 256]
        for ex, enc in zip(batch, encode_fast(tokenizer, [ex.text for ex in batch]), strict=True):
            tags, n_lost = tag_tokens(enc.starts, enc.ends, ex.spans, scheme)
            lost += n_lost
            ids = [label2id[t] for t in tags]
            for a in range(0, len(enc.ids), room):
                chunks.append(Chunk(enc.ids[a:a + room], tuple(ids[a:a + room])))
    return chunks, lost


def _batches(chunks: Sequence[Chunk], size: int, rng: random.Random) -> list[list[Chunk]]:
    """Shuffled batches of similar length (sorted within pools of 50 batches) to waste little padding."""
    order = list(chunks)
    rng.shuffle(order)
    batches = []
    pool = size * 50
    for lo in range(0, len(order), pool):
        block = sorted(order[lo:lo + pool], key=lambda c: len(c.ids))
        batches += [block[i:i + size] for i in range(0, len(block), size)]
    rng.shuffle(batches)
    return batches


def _tensors(batch: Sequence[Chunk], cls: int, sep: int, pad: int) -> dict[str, Any]:
    import torch

    width = max(len(c.ids) for c in batch) + 2
    ids = torch.full((len(batch), width), pad, dtype=torch.long)
    labels = torch.full((len(batch), width), -100, dtype=torch.long)
    mask = torch.zeros((len(batch), width), dtype=torch.long)
    for row, c in enumerate(batch):
        n = len(c.ids)
        ids[row, :n + 2] = torch.tensor([cls, *c.ids, sep])
        labels[row, 1:n + 1] = torch.tensor(c.tags)
        mask[row, :n + 2] = 1
    return {"input_ids": ids, "attention_mask": mask, "labels": labels}


def _model_and_tokenizer(cfg: TrainConfig, labels: list[str]) -> tuple[Any, Any]:
    from transformers import (
        AutoModelForTokenClassification,
        AutoTokenizer,
        BertConfig,
        BertForTokenClassification,
    )

    id2label = dict(enumerate(labels))
    label2id = {lab: i for i, lab in enumerate(labels)}
    if cfg.init:
        from ..hub_ids import resolve_model
        from ..prelabel.hf import check_checkpoint_dir

        found = resolve_model(cfg.init, option="--init")
        if found.where == "directory":
            check_checkpoint_dir(Path(found.name))
        try:
            tokenizer = AutoTokenizer.from_pretrained(found.name, local_files_only=found.local_files_only)
            model = AutoModelForTokenClassification.from_pretrained(
                found.name, num_labels=len(labels), id2label=id2label, label2id=label2id,
                ignore_mismatched_sizes=True, local_files_only=found.local_files_only)
        except OSError as err:
            raise ModelError(f"cannot load {cfg.init}: {str(err).splitlines()[0]}",
                             hint="offline: pass a checkpoint directory") from None
        return model, tokenizer
    from ..prelabel.tiny import DEFAULT_TOKENIZER, load_vocab_tokenizer

    try:
        tokenizer = load_vocab_tokenizer(cfg.vocab)
    except OSError:
        raise ModelError(f"no vocabulary at {cfg.vocab or DEFAULT_TOKENIZER}"
                         + ("" if cfg.vocab else " (not in the local Hugging Face cache)"),
                         hint="pass --vocab DIR holding the bert-base-chinese vocab.txt") from None
    if cfg.hidden % cfg.heads:
        raise UsageError(f"--hidden {cfg.hidden} is not a multiple of --heads {cfg.heads}")
    config = BertConfig(
        vocab_size=len(tokenizer), hidden_size=cfg.hidden, num_hidden_layers=cfg.layers,
        num_attention_heads=cfg.heads, intermediate_size=4 * cfg.hidden, max_position_embeddings=512,
        id2label=id2label, label2id=label2id, architectures=["BertForTokenClassification"],
    )
    return BertForTokenClassification(config), tokenizer


def _fit(model: Any, chunks: list[Chunk], tokenizer: Any, cfg: TrainConfig,
         progress: Callable[..., Any] | None) -> dict[str, Any]:
    import torch

    rng = random.Random(cfg.seed)
    steps_per_epoch = math.ceil(len(chunks) / cfg.batch_size)
    total = max(1, math.ceil(steps_per_epoch * cfg.epochs))
    lr = cfg.lr or (5e-5 if cfg.init else 5e-4)
    plan = {"total": total, "warm": max(1, int(cfg.warmup * total))}
    opt, sched = _optimizer(model, lr, cfg.weight_decay, plan)
    cls, sep = tokenizer.cls_token_id, tokenizer.sep_token_id
    pad = tokenizer.pad_token_id or 0
    bar = progress(total=total, desc="train", unit="step") if progress else None
    budget = None if cfg.max_minutes is None else cfg.max_minutes * 60
    start, step, losses = time.monotonic(), 0, []
    model.train()
    while step < plan["total"]:
        for batch in _batches(chunks, cfg.batch_size, rng):
            loss = model(**_tensors(batch, cls, sep, pad)).loss
            loss.backward()
            torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            opt.step()
            sched.step()
            opt.zero_grad(set_to_none=True)
            losses.append(loss.item())
            step += 1
            if budget is not None and step >= _MEASURE_STEPS and step % _MEASURE_STEPS == 0:
                # fit the schedule (warm-up and linear decay) to the time budget, so a run
                # stopped by the clock still ends with a fully decayed learning rate
                fits = int(budget / ((time.monotonic() - start) / step))
                plan["total"] = min(total, max(step + 1, fits))
                plan["warm"] = max(1, min(plan["warm"], int(cfg.warmup * plan["total"])))
                if bar is not None:
                    bar.total = plan["total"]
            if bar is not None:
                bar.update(1)
                bar.set_postfix(loss=f"{sum(losses[-50:]) / len(losses[-50:]):.3f}")
            if step >= plan["total"] or (budget is not None and time.monotonic() - start > budget * 1.1):
                break
        else:
            continue
        break
    if bar is not None:
        bar.close()
    model.eval()
    tail = losses[-50:] or [float("nan")]
    return {"steps": step, "planned_steps": total, "epochs_done": round(step / steps_per_epoch, 3),
            "stopped_early": step < total, "seconds": round(time.monotonic() - start, 1),
            "final_loss": round(sum(tail) / len(tail), 4), "lr": lr}


def _optimizer(model: Any, lr: float, weight_decay: float, plan: dict[str, int]) -> tuple[Any, Any]:
    """AdamW (no decay on biases and LayerNorm) with linear warm-up and decay over ``plan``,
    which the time budget may change while training runs."""
    import torch

    decay = [p for p in model.parameters() if p.ndim > 1]
    other = [p for p in model.parameters() if p.ndim <= 1]
    opt = torch.optim.AdamW([{"params": decay, "weight_decay": weight_decay},
                             {"params": other, "weight_decay": 0.0}], lr=lr)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda s: _lr_factor(s, plan["total"], plan["warm"]))
    return opt, sched


def _lr_factor(step: int, total: int, warm: int) -> float:
    return min((step + 1) / warm, max(0.0, (total - step) / max(1, total - warm)))


def evaluate_dir(out: str | Path, paths: Sequence[str], labels: Sequence[str]) -> dict[str, Any]:
    """Exact-span scores of the saved directory on each file, loaded as the hf backend loads it."""
    from ..ner_metrics import score
    from ..prelabel.hf import HFBackend

    backend = HFBackend(str(out))
    scores = {}
    for path in paths:
        examples = read_examples(path)
        predicted = []
        for lo in range(0, len(examples), 256):
            predicted += backend.predict([ex.text for ex in examples[lo:lo + 256]])
        result = score(references=[ex.spans for ex in examples], predictions=predicted, labels=labels)
        scores[str(path)] = {"examples": len(examples), **result}
    return scores


def train(cfg: TrainConfig, *, progress: Callable[..., Any] | None = None) -> dict[str, Any]:
    """Train, save to ``cfg.out``, evaluate on ``cfg.eval``; returns what ``training.json`` holds."""
    if not cfg.data:
        raise UsageError("no training files given")
    if cfg.scheme.upper() not in SCHEMES:
        raise UsageError(f"unknown tag scheme {cfg.scheme}", hint=f"choose from {', '.join(SCHEMES)}")
    scheme = cfg.scheme.upper()
    check_output_dir(cfg.out, _local_inputs(cfg), LEGACY_MARKERS)  # before minutes of training, not after
    import torch

    if cfg.threads:
        torch.set_num_threads(cfg.threads)
    torch.manual_seed(cfg.seed)
    examples, summary, labels = load_examples(cfg.data, cfg.labels)
    tags = label_list(labels, scheme)
    model, tokenizer = _model_and_tokenizer(cfg, tags)
    chunks, lost = _chunks(tokenizer, examples, {t: i for i, t in enumerate(tags)}, scheme, cfg.max_tokens)
    stats = _fit(model, chunks, tokenizer, cfg, progress)
    tokenizer.model_max_length = 512
    result = {
        "schema_version": SCHEMA_VERSION,
        "labels": labels, "scheme": scheme, "tags": tags,
        "config": {k: (list(v) if isinstance(v, tuple) else v) for k, v in asdict(cfg).items() if k != "command"},
        "command": cfg.command,
        "data": summary, "sequences": len(chunks), "entities_lost_in_tokenization": lost,
        "parameters": sum(p.numel() for p in model.parameters()),
        "training": stats,
        "scores": {},
    }
    from transformers.utils import logging as hf_logging

    hf_logging.disable_progress_bar()  # our own bar is enough
    with atomic_dir(cfg.out, command="train", inputs=_local_inputs(cfg), legacy_markers=LEGACY_MARKERS) as tmp:
        model.save_pretrained(tmp)
        tokenizer.save_pretrained(tmp)
        if cfg.eval:
            result["scores"] = evaluate_dir(tmp, cfg.eval, labels)
        _write_card(tmp, result)
    return result


def _write_card(directory: Path, result: dict[str, Any]) -> None:
    from schemas import validate

    from ..io import write_json
    from ..modelcard import model_card

    validate(result, "training")
    write_json(directory / "training.json", result)
    (directory / "README.md").write_text(model_card(result), encoding="utf-8")


LEGACY_MARKERS = ("training.json",)  # model folders written before io.MARKER existed


def _local_inputs(cfg: TrainConfig) -> list[str]:
    """Every local path the run reads: never inside the folder it replaces."""
    paths = [*cfg.data, *cfg.eval, *(p for p in (cfg.init, cfg.vocab) if p)]
    return [p for p in paths if os.path.lexists(p)]
