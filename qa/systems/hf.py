"""Any ``transformers`` extractive question-answering checkpoint as a QA system (``qa.eval --model``).

Long contexts are cut into overlapping windows (``doc_stride`` tokens of overlap, as the Hugging Face
``run_qa`` example does); each window proposes its ``n_best`` start and end tokens, and the best
scoring span (start logit + end logit) over all windows of a question is the answer, mapped back to
the context through the tokenizer's offsets, so the answer is always ``context[a:b]``. Spans longer
than ``max_answer_length`` tokens are not considered. With ``null_threshold`` set, the answer is ""
when the no-answer score (the [CLS] logits, lowest over the windows) exceeds the best span's score by
more than the threshold (SQuAD 2.0 models); without it, a span is always given.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from annotate.errors import ModelError, UsageError
from annotate.hub_ids import resolve_model

from ..items import QAItem
from .base import Progress

__all__ = ["HFQuestionAnswering"]


@dataclass
class _Best:
    score: float = float("-inf")
    span: tuple[int, int] | None = None
    null: float = float("inf")


class HFQuestionAnswering:
    name = "hf"

    def __init__(self, model: Any, tokenizer: Any, *, batch_size: int = 16, max_length: int = 384,
                 doc_stride: int = 128, max_answer_length: int = 30, max_question_length: int = 64,
                 n_best: int = 20, null_threshold: float | None = None, device: str | None = None,
                 version: str | None = None) -> None:
        if not getattr(tokenizer, "is_fast", True):
            raise ModelError("the tokenizer cannot report character offsets", hint="use a fast tokenizer")
        # Each window holds [CLS] question [SEP] context [SEP] and must add context beyond the stride,
        # so a question is cut to what is left (at most max_question_length tokens).
        question_room = min(max_question_length, max_length - doc_stride - 4)
        if question_room < 1:
            raise UsageError(f"--doc-stride {doc_stride} leaves no room for a question and new context in "
                             f"windows of {max_length} tokens", hint="lower --doc-stride or raise --max-length")
        import torch

        self.device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        self.model = model.to(self.device).eval()
        self.tokenizer = tokenizer
        self.batch_size, self.max_length, self.doc_stride = batch_size, max_length, doc_stride
        self.max_answer_length, self.max_question_length = max_answer_length, question_room
        self.n_best, self.null_threshold = n_best, null_threshold
        self.version = version or f"hf:{getattr(model.config, '_name_or_path', '') or 'model'}"

    @classmethod
    def from_pretrained(cls, name_or_path: str, **options: Any) -> HFQuestionAnswering:
        from transformers import AutoModelForQuestionAnswering, AutoTokenizer

        found = resolve_model(name_or_path)  # fails at once offline (HF_HUB_OFFLINE) for a missing hub id
        try:
            tokenizer = AutoTokenizer.from_pretrained(found.name, local_files_only=found.local_files_only)
            model = AutoModelForQuestionAnswering.from_pretrained(found.name, local_files_only=found.local_files_only)
        except (OSError, ValueError, KeyError) as err:
            first = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
            raise ModelError(f"cannot load a question-answering model from {name_or_path!r}: {first[:200]}",
                             hint="give a checkpoint folder with config.json, weights and tokenizer files "
                                  "(a hub id needs network access and a QA head)") from None
        return cls(model, tokenizer, version=f"hf:{name_or_path}", **options)

    def _question(self, question: str) -> str:
        enc = self.tokenizer(question, add_special_tokens=False, return_offsets_mapping=True)
        offsets = enc["offset_mapping"]
        if len(offsets) <= self.max_question_length:
            return question
        return question[: offsets[self.max_question_length - 1][1]]

    def predict(self, items: Sequence[QAItem], *, progress: Progress | None = None) -> dict[str, str]:
        out: dict[str, str] = {}
        chunks = range(0, len(items), self.batch_size)
        loop = progress(chunks, total=len(chunks), desc="model") if progress else chunks
        for first in loop:
            batch = items[first : first + self.batch_size]
            for item, best in zip(batch, self._run(batch), strict=True):
                out[item.id] = self._decide(item, best)
        return out

    def _decide(self, item: QAItem, best: _Best) -> str:
        if best.span is None:
            return ""
        if self.null_threshold is not None and best.null - best.score > self.null_threshold:
            return ""
        return item.context[best.span[0] : best.span[1]]

    def _run(self, batch: Sequence[QAItem]) -> list[_Best]:
        import torch

        enc = self.tokenizer(
            [self._question(item.question) for item in batch], [item.context for item in batch],
            truncation="only_second", max_length=self.max_length, stride=self.doc_stride,
            return_overflowing_tokens=True, return_offsets_mapping=True, padding="longest",
        )
        names = [k for k in ("input_ids", "attention_mask", "token_type_ids") if k in enc]
        bests = [_Best() for _ in batch]
        n_features = len(enc["input_ids"])
        for lo in range(0, n_features, self.batch_size):
            rows = range(lo, min(lo + self.batch_size, n_features))
            inputs = {k: torch.tensor([enc[k][i] for i in rows], device=self.device) for k in names}
            with torch.inference_mode():
                output = self.model(**inputs)
            starts = output.start_logits.float().cpu().numpy()
            ends = output.end_logits.float().cpu().numpy()
            for j, i in enumerate(rows):
                self._window(enc, i, starts[j], ends[j], bests[enc["overflow_to_sample_mapping"][i]])
        return bests

    def _window(self, enc: Any, i: int, start: Any, end: Any, best: _Best) -> None:
        sequence = enc.sequence_ids(i)
        offsets = enc["offset_mapping"][i]
        cls = enc["input_ids"][i].index(self.tokenizer.cls_token_id) if self.tokenizer.cls_token_id in \
            enc["input_ids"][i] else 0
        best.null = min(best.null, float(start[cls] + end[cls]))
        top_starts = start.argsort()[::-1][: self.n_best]
        top_ends = end.argsort()[::-1][: self.n_best]
        for s in top_starts:
            if sequence[s] != 1:
                continue
            for e in top_ends:
                if sequence[e] != 1 or e < s or e - s + 1 > self.max_answer_length:
                    continue
                value = float(start[s] + end[e])
                if value > best.score:
                    best.score, best.span = value, (offsets[s][0], offsets[e][1])
