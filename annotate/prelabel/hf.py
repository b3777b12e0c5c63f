"""The ``hf`` backend: any ``transformers`` token-classification checkpoint, a directory or a hub id.

How a paragraph becomes spans:

1. **Tokens with character offsets.** A fast (``tokenizers``-backed) tokenizer gives each token
   its ``[start, end)`` in code points of the original text, so runs that tokenize as one or a few
   pieces ("GDP" → ``gdp``; "ＧＤＰ19" → ``ｇ ##ｄ ##ｐ ##19``), ``[UNK]`` characters (emoji, 𠀀),
   full-width forms and spaces all map back exactly. A tokenizer without offsets falls back to
   one-character-at-a-time tokenization (offsets exact by construction).
2. **Windows.** Token sequences longer than the model's window (``max_position_embeddings`` minus
   the special tokens) are cut into overlapping windows (:mod:`.windows`); each token's prediction
   comes from the window where it has the most context.
3. **Batched inference.** All windows of all texts are sorted by length and run in batches of at
   most ``batch_size`` windows and about ``batch_tokens`` padded tokens (cache-sized batches run
   fastest on CPU) under ``torch.inference_mode``; per token we keep only the arg-max class and
   its softmax probability.
4. **Strict decoding.** Tags are decoded by the checkpoint's own scheme (BIO, BIOES, BMES,
   BILOU; :mod:`.tagset`), on the checkpoint's own types, then mapped to ours. Adjacent entities
   of the same type stay separate. ``subwords="token"`` (default) decodes every token, so an
   entity may start inside a Latin/digit run ("GDP19.3万亿元" → "19.3万亿元");
   ``subwords="first"`` decodes words by their first sub-token, for checkpoints trained with
   first-sub-token labels only.

**Span score** = the mean, over the span's decoded positions (tokens, or words' first
sub-tokens), of the softmax probability of the predicted tag at that position.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ModelError, UsageError
from ..spans import Span
from .tagset import TagSet, build_tagset
from .windows import merge_windows, plan_windows

__all__ = ["HFBackend", "Encoded", "PRESETS", "Preset", "check_checkpoint_dir", "encode_fast"]

_ONTONOTES_TYPES = (
    "CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY", "NORP",
    "ORDINAL", "ORG", "PERCENT", "PERSON", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART",
)
_CLUENER_TYPES = (
    "address", "book", "company", "game", "government", "movie", "name", "organization", "position", "scene",
)


@dataclass(frozen=True)
class Preset:
    """A well-known public checkpoint: its exact ``id2label`` list and how to read it."""

    name: str
    labels: tuple[str, ...]
    tag_scheme: str
    label_scheme: str


PRESETS: dict[str, Preset] = {
    p.name: p for p in (
        # OntoNotes 4 types, BIOES; ids: O, then B-*, I-*, E-*, S-* each over the 18 types
        Preset("ckiplab/bert-base-chinese-ner",
               ("O",) + tuple(f"{p}-{t}" for p in "BIES" for t in _ONTONOTES_TYPES), "BIOES", "ontonotes"),
        # CLUENER 2020: BIO plus S- singles (decoded with the BIOES table) and a [PAD] class UER-py left in the head
        Preset("uer/roberta-base-finetuned-cluener2020-chinese",
               ("O",) + tuple(f"{p}-{t}" for t in _CLUENER_TYPES for p in "BI")
               + tuple(f"S-{t}" for t in _CLUENER_TYPES) + ("[PAD]",), "BIOES", "cluener"),
    )
}

_WEIGHTS = ("model.safetensors", "model.safetensors.index.json", "pytorch_model.bin", "pytorch_model.bin.index.json")
_TOKENIZER = ("tokenizer.json", "vocab.txt", "sentencepiece.bpe.model", "spiece.model", "vocab.json")
_POSITION_OFFSET_MODELS = {"roberta", "xlm-roberta", "camembert", "longformer", "ernie_m"}


def check_checkpoint_dir(path: Path) -> None:
    """Raise one :class:`ModelError` naming everything a checkpoint directory lacks."""
    missing = []
    if not (path / "config.json").is_file():
        missing.append("config.json")
    if not any((path / name).is_file() for name in _WEIGHTS):
        missing.append("weights (model.safetensors or pytorch_model.bin)")
    if not any((path / name).is_file() for name in _TOKENIZER):
        missing.append("tokenizer files (tokenizer.json or vocab.txt)")
    if missing:
        raise ModelError(
            f"checkpoint directory {path} is missing {', '.join(missing)}",
            hint="save it with model.save_pretrained(DIR) and tokenizer.save_pretrained(DIR)",
        )


@dataclass(frozen=True)
class Encoded:
    """One text as model tokens: ids, code-point offsets, and the word each token belongs to."""

    ids: tuple[int, ...]
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    words: tuple[int, ...]

    def __len__(self) -> int:
        return len(self.ids)


class HFBackend:
    """Pre-label with a token-classification checkpoint (see the module docstring).

    ``tag_scheme``/``label_scheme`` override detection (``"BIOES"``, ``"ontonotes"``, ...);
    ``label_map`` adds or overrides type mappings (``{"THEIR_TYPE": "ORG" or None}``);
    ``window`` caps the tokens per window (default: the model's limit), ``overlap`` sets how
    many tokens consecutive windows share; ``strict`` drops ``I-`` tags that open no entity.
    """

    name = "hf"

    def __init__(
        self,
        model: str | None = None,
        *,
        device: str = "auto",
        batch_size: int = 32,
        batch_tokens: int = 2048,
        window: int | None = None,
        overlap: int = 64,
        tag_scheme: str | None = None,
        label_scheme: str | None = None,
        label_map: Mapping[str, str | None] | None = None,
        subwords: str = "token",
        strict: bool = False,
    ) -> None:
        if not model:
            raise UsageError("the hf backend needs a model", hint="pass --model DIR_OR_HUB_ID")
        if subwords not in ("token", "first"):
            raise ModelError(f"subwords must be 'token' or 'first', not {subwords!r}")
        self.model_name = str(model)
        self.tokenizer, self.model, self.device = _load(self.model_name, device)
        id2label = {int(k): v for k, v in self.model.config.id2label.items()}
        preset = _find_preset(self.model_name, id2label)
        self.tagset: TagSet = build_tagset(
            id2label,
            tag_scheme=tag_scheme or (preset.tag_scheme if preset else "auto"),
            label_scheme=label_scheme or (preset.label_scheme if preset else "auto"),
            label_map=label_map,
            model=self.model_name,
        )
        self.preset = preset
        self.prefix_ids, self.suffix_ids = _special_ids(self.tokenizer)
        limit = _max_tokens(self.model.config, self.tokenizer) - len(self.prefix_ids) - len(self.suffix_ids)
        self.window = max(1, min(window or limit, limit))
        self.overlap = max(0, min(overlap, self.window // 2))
        self.batch_size = max(1, batch_size)
        self.batch_tokens = max(1, batch_tokens)
        self.subwords = subwords
        self.strict = strict
        self.model_version = f"hf:{_version_name(self.model_name)}"
        self._char_cache: dict[str, tuple[int, ...]] = {}

    # -- public ---------------------------------------------------------------------------------
    def predict(self, texts: Sequence[str]) -> list[list[Span]]:
        encoded = self.encode(texts)
        labels, probs = self.classify(encoded)
        return [self._decode(enc, lab, prob) for enc, lab, prob in zip(encoded, labels, probs, strict=True)]

    def encode(self, texts: Sequence[str]) -> list[Encoded]:
        """Tokens with exact code-point offsets for each text (no special tokens)."""
        if not texts:
            return []
        if getattr(self.tokenizer, "is_fast", False):
            return encode_fast(self.tokenizer, texts)
        return [self._encode_chars(text) for text in texts]

    def classify(self, encoded: Sequence[Encoded]) -> tuple[list[list[int]], list[list[float]]]:
        """Per text and token: the arg-max class id and its probability (windows merged)."""
        plans = [plan_windows(len(enc), self.window, self.overlap) for enc in encoded]
        jobs = [(t, k) for t, plan in enumerate(plans) for k in range(len(plan))]
        jobs.sort(key=lambda job: len(plans[job[0]][job[1]]), reverse=True)
        results: dict[tuple[int, int], tuple[list[int], list[float]]] = {}
        for batch in self._batches(jobs, plans):
            seqs = [encoded[t].ids[plans[t][k].start:plans[t][k].end] for t, k in batch]
            for job, out in zip(batch, self._run(seqs), strict=True):
                results[job] = out
        labels, probs = [], []
        for t, plan in enumerate(plans):
            n = len(encoded[t])
            labels.append(merge_windows(plan, [results[(t, k)][0] for k in range(len(plan))], n))
            probs.append(merge_windows(plan, [results[(t, k)][1] for k in range(len(plan))], n))
        return labels, probs

    # -- internals ------------------------------------------------------------------------------
    def _batches(self, jobs: list[tuple[int, int]], plans: Sequence[Sequence[Any]]) -> list[list[tuple[int, int]]]:
        """Consecutive (length-sorted) windows, at most ``batch_size`` of them and about
        ``batch_tokens`` padded tokens: on CPU, batches that stay cache-sized run fastest."""
        batches: list[list[tuple[int, int]]] = []
        for job in jobs:
            width = len(plans[job[0]][job[1]]) + 2
            if batches and len(batches[-1]) < self.batch_size and \
                    (len(batches[-1]) + 1) * batches[-1][0][2] <= self.batch_tokens:
                batches[-1].append((*job, width))
            else:
                batches.append([(*job, width)])
        return [[(t, k) for t, k, _ in batch] for batch in batches]

    def _run(self, seqs: Sequence[Sequence[int]]) -> list[tuple[list[int], list[float]]]:
        import torch

        pre, suf = list(self.prefix_ids), list(self.suffix_ids)
        width = max(len(s) for s in seqs) + len(pre) + len(suf)
        pad = self.tokenizer.pad_token_id if self.tokenizer.pad_token_id is not None else 0
        ids = torch.full((len(seqs), width), pad, dtype=torch.long)
        mask = torch.zeros((len(seqs), width), dtype=torch.long)
        for row, seq in enumerate(seqs):
            full = pre + list(seq) + suf
            ids[row, :len(full)] = torch.tensor(full, dtype=torch.long)
            mask[row, :len(full)] = 1
        with torch.inference_mode():
            logits = self.model(input_ids=ids.to(self.device), attention_mask=mask.to(self.device)).logits
            prob, label = logits.float().softmax(-1).max(-1)
        prob, label = prob.cpu(), label.cpu()
        out = []
        for row, seq in enumerate(seqs):
            sl = slice(len(pre), len(pre) + len(seq))
            out.append((label[row, sl].tolist(), prob[row, sl].tolist()))
        return out

    def _decode(self, enc: Encoded, labels: Sequence[int], probs: Sequence[float]) -> list[Span]:
        firsts = self._positions(enc)
        bounds = firsts[1:] + [len(enc)]
        spans = []
        for a, b, label in self.tagset.decode([labels[i] for i in firsts], strict=self.strict):
            lo, hi = firsts[a], bounds[b - 1]
            start, end = enc.starts[lo], max(enc.ends[lo:hi])
            if start >= end:
                continue  # only zero-width tokens: nothing to label
            score = sum(probs[firsts[p]] for p in range(a, b)) / (b - a)
            spans.append(Span(start, end, label, score=round(score, 4), source=self.name))
        return spans

    def _positions(self, enc: Encoded) -> list[int]:
        """First token of each decoded position.

        Tokens that claim the same or overlapping characters (normalization can expand one
        character into several tokens: Hangul into jamo) or none (zero width) join the previous
        position, so no two spans can cover the same character. With ``subwords="first"`` a
        position is a whole word.
        """
        firsts: list[int] = []
        for i in range(len(enc)):
            if firsts and (
                enc.starts[i] < enc.ends[i - 1]
                or enc.starts[i] == enc.ends[i]
                or (self.subwords == "first" and enc.words[i] == enc.words[i - 1])
            ):
                continue
            firsts.append(i)
        return firsts

    def _encode_chars(self, text: str) -> Encoded:
        ids, starts, ends, words = [], [], [], []
        for i, ch in enumerate(text):
            piece = self._char_cache.get(ch)
            if piece is None:
                piece = tuple(self.tokenizer.convert_tokens_to_ids(self.tokenizer.tokenize(ch)))
                self._char_cache[ch] = piece
            for token_id in piece:
                ids.append(token_id)
                starts.append(i)
                ends.append(i + 1)
                words.append(i)
        return Encoded(tuple(ids), tuple(starts), tuple(ends), tuple(words))


def encode_fast(tokenizer: Any, texts: Sequence[str]) -> list[Encoded]:
    """Tokens and code-point offsets for each text from a fast tokenizer (no special tokens)."""
    batch = tokenizer(
        list(texts), add_special_tokens=False, return_offsets_mapping=True,
        return_attention_mask=False, return_token_type_ids=False, verbose=False,
    )
    out = []
    for i in range(len(texts)):
        offsets = batch["offset_mapping"][i]
        starts, ends = (tuple(x) for x in zip(*offsets, strict=True)) if offsets else ((), ())
        words = batch.word_ids(i)
        out.append(Encoded(
            ids=tuple(batch["input_ids"][i]), starts=starts, ends=ends,
            words=tuple(k if w is None else w for k, w in enumerate(words)),
        ))
    return out


def _special_ids(tokenizer: Any) -> tuple[tuple[int, ...], tuple[int, ...]]:
    first = tokenizer.cls_token_id if tokenizer.cls_token_id is not None else tokenizer.bos_token_id
    last = tokenizer.sep_token_id if tokenizer.sep_token_id is not None else tokenizer.eos_token_id
    return (() if first is None else (first,)), (() if last is None else (last,))


def _max_tokens(config: Any, tokenizer: Any) -> int:
    limit = int(getattr(config, "max_position_embeddings", 512) or 512)
    if getattr(config, "model_type", "") in _POSITION_OFFSET_MODELS:
        limit -= 2  # positions start after padding_idx
    declared = getattr(tokenizer, "model_max_length", None)
    if isinstance(declared, int) and 0 < declared < 1_000_000:
        limit = min(limit, declared)
    return limit


def _find_preset(model: str, id2label: Mapping[int, str]) -> Preset | None:
    if model in PRESETS:
        return PRESETS[model]
    labels = tuple(id2label[i] for i in sorted(id2label))
    return next((p for p in PRESETS.values() if p.labels == labels), None)


def _version_name(model: str) -> str:
    """``name@hash`` for a directory: the hash covers the config and samples of the weights, so
    two trainings of one architecture get different versions without reading gigabytes."""
    path = Path(model).expanduser()
    if not path.is_dir():
        return model
    digest = hashlib.sha256((path / "config.json").read_bytes())
    for name in _WEIGHTS:
        if (path / name).is_file():
            size = (path / name).stat().st_size
            digest.update(str(size).encode())
            with open(path / name, "rb") as handle:
                for k in range(9):
                    handle.seek(max(0, size * k // 8 - (1 << 20) * (k == 8)))
                    digest.update(handle.read(1 << 20))
    return f"{path.name}@{digest.hexdigest()[:8]}"


def _load(model: str, device: str) -> tuple[Any, Any, str]:
    from ..hub_ids import resolve_model

    found = resolve_model(model)  # a directory, or a hub id: fails at once offline (HF_HUB_OFFLINE)
    if found.where == "directory":
        check_checkpoint_dir(Path(found.name))
    source, local = found.name, found.local_files_only
    import torch
    from transformers import AutoConfig, AutoModelForTokenClassification, AutoTokenizer
    from transformers.utils import logging as hf_logging

    bars = hf_logging.is_progress_bar_enabled()
    hf_logging.disable_progress_bar()  # the backend never prints; the command shows progress
    try:
        config = AutoConfig.from_pretrained(source, local_files_only=local)
        archs = getattr(config, "architectures", None) or []
        if archs and not any(a.endswith("ForTokenClassification") for a in archs):
            raise ModelError(
                f"{model} is a {archs[0]} checkpoint, not a token classifier",
                hint="fine-tune it first: python -m annotate train DATA --init " + model,
            )
        tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=local)
        net = AutoModelForTokenClassification.from_pretrained(source, local_files_only=local)
    except OSError as err:
        raise ModelError(
            f"cannot load {model}: {str(err).splitlines()[0]}",
            hint="the Hugging Face Hub is unreachable offline: download the model on a connected machine "
                 "(`hf download ID --local-dir DIR`) and pass --model DIR",
        ) from None
    finally:
        if bars:
            hf_logging.enable_progress_bar()
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else "cpu"
    net.to(device).eval()
    return tokenizer, net, device

