"""Reading QA datasets (SQuAD/CMRC JSON, saved or hub-layout Hugging Face datasets) and prediction files.

Accepted dataset shapes, as the official CMRC 2018 scorer accepts them: SQuAD style
``{"data": [{"title", "paragraphs": [{"context", "qas": [{"id", "question", "answers": [{"text",
"answer_start"}]}]}]}]}`` (optional ``is_impossible``, ``answer_type``), the original CMRC 2018 list
format (``context_text``, ``query_id``, ``query_text``, answers as strings), a folder written by
``DatasetDict.save_to_disk`` and a folder in the layout ``qa push --to-dir`` writes.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from annotate.errors import InputError, UsageError

from .items import QAItem

__all__ = ["load_items", "items_from_json", "items_from_rows", "offset_mismatches", "load_predictions"]


def _read_json_file(path: Path, what: str) -> Any:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{what} not found", path=str(path), hint="check the path") from None
    except IsADirectoryError:
        raise InputError(f"{what} is a folder, expected a JSON file", path=str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"not UTF-8 text (byte {err.start} cannot be decoded)", path=str(path),
                         hint="re-save the file as UTF-8") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as err:
        raise InputError(f"malformed JSON ({err.msg}, column {err.colno})", path=str(path), line=err.lineno,
                         hint="fix the JSON syntax at that position") from None


def _answers(raw: Any, where: str, path: str, qid: Any) -> tuple[tuple[str, ...], tuple[int, ...]]:
    texts, starts = [], []
    for x in raw if isinstance(raw, list) else ():
        if type(x) is dict and type(x.get("text")) is str:
            start = x.get("answer_start", -1)
            texts.append(x["text"])
            starts.append(start if type(start) is int else -1)
        elif isinstance(x, str):
            texts.append(x)
            starts.append(-1)
        else:
            raise InputError(f"{where}: an answer must be a string or {{\"text\", \"answer_start\"}}", path=path,
                             record=str(qid))
    return tuple(texts), tuple(starts)


def _paragraphs(data: Any, path: str) -> Iterator[tuple[str, str, Mapping[str, Any]]]:
    """(title, where, paragraph) for both the SQuAD layout and the original CMRC list layout."""
    articles = data["data"] if isinstance(data, Mapping) and "data" in data else data
    if not isinstance(articles, list):
        raise InputError("not a SQuAD/CMRC dataset: expected {\"data\": [...]} or a list of articles",
                         path=path, hint="pass the dataset file with --data and predictions with --predictions")
    for a, article in enumerate(articles):
        if not isinstance(article, Mapping):
            raise InputError(f"data[{a}] is not an object", path=path)
        paras = article.get("paragraphs", [article])
        for p, para in enumerate(paras if isinstance(paras, list) else []):
            if not isinstance(para, Mapping):
                raise InputError(f"data[{a}].paragraphs[{p}] is not an object", path=path)
            yield str(article.get("title", "")), f"data[{a}].paragraphs[{p}]", para


def items_from_json(data: Any, path: str = "<data>") -> list[QAItem]:
    items = []
    for title, where, para in _paragraphs(data, path):
        context = para.get("context", para.get("context_text"))
        if not isinstance(context, str):
            raise InputError(f"{where} has no \"context\" text", path=path)
        for q, qa in enumerate(para.get("qas", [])):
            qid = (qa["id"] if "id" in qa else qa.get("query_id")) if isinstance(qa, Mapping) else None
            if qid is None:
                raise InputError(f"{where}.qas[{q}] has no \"id\"", path=path)
            question = qa["question"] if "question" in qa else qa.get("query_text", "")
            texts, starts = _answers(qa.get("answers", []), f"{where}.qas[{q}]", path, qid)
            items.append(QAItem(
                id=str(qid), question=str(question), context=context, answers=texts, answer_starts=starts,
                is_impossible=bool(qa.get("is_impossible", False)),
                answer_type=qa.get("answer_type") or None, title=title,
            ))
    return items


def items_from_rows(rows: Any) -> list[QAItem]:
    """Rows of a Hugging Face dataset in the SQuAD column layout."""
    items = []
    for row in rows:
        answers = row.get("answers") or {"text": [], "answer_start": []}
        items.append(QAItem(
            id=str(row["id"]), question=row.get("question", ""), context=row["context"],
            answers=tuple(answers["text"]), answer_starts=tuple(int(s) for s in answers["answer_start"]),
            is_impossible=bool(row.get("is_impossible", False)),
            answer_type=row.get("answer_type") or None, title=row.get("title") or "",
        ))
    return items


def _load_dir(path: Path, split: str | None) -> list[QAItem]:
    import datasets  # lazily: only folders need it

    if (path / "build_info.json").exists() and (path / "qa").is_dir():
        path = path / "qa"  # a `qa build` folder: its QA DatasetDict
    if (path / "dataset_dict.json").exists() or (path / "dataset_info.json").exists():
        loaded = datasets.load_from_disk(str(path))
    else:
        try:
            loaded = datasets.load_dataset(str(path))
        except (FileNotFoundError, ValueError) as err:  # EmptyDatasetError is a FileNotFoundError
            raise InputError(f"not a dataset folder ({str(err).splitlines()[0][:150]})", path=str(path),
                             hint="give a SQuAD/CMRC JSON file, a `qa build` folder or a save_to_disk folder") from None
    if isinstance(loaded, datasets.DatasetDict):
        names = list(loaded)
        if split is None:
            if len(names) != 1:
                raise UsageError(f"{path} has splits {', '.join(names)}", hint="choose one with --split")
            split = names[0]
        if split not in loaded:
            raise UsageError(f"{path} has no split {split!r} (it has {', '.join(names)})")
        loaded = loaded[split]
    missing = {"id", "context", "answers"} - set(loaded.column_names)
    if missing:
        raise InputError(f"dataset lacks the columns {', '.join(sorted(missing))}", path=str(path),
                         hint="expected the SQuAD layout: id, context, question, answers{text, answer_start}")
    return items_from_rows(loaded)


def load_items(path: str | Path, *, split: str | None = None) -> list[QAItem]:
    """Questions of a dataset file or folder; errors name the file and the broken record."""
    path = Path(path)
    items = _load_dir(path, split) if path.is_dir() else items_from_json(_read_json_file(path, "dataset"), str(path))
    if not items:
        raise InputError("the dataset holds no questions", path=str(path),
                         hint="check that it is a SQuAD/CMRC file with data[].paragraphs[].qas[]")
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            raise InputError("question id occurs twice", path=str(path), record=item.id,
                             hint="ids must be unique so that predictions can be matched")
        seen.add(item.id)
        if item.is_impossible and item.answers:
            raise InputError("is_impossible is true but the question has answers", path=str(path),
                             record=item.id, hint="an unanswerable question has \"answers\": []")
    return items


def offset_mismatches(items: list[QAItem]) -> list[tuple[str, str, int]]:
    """(id, answer text, answer_start) for every gold answer not found at its ``answer_start``."""
    bad = []
    for item in items:
        for text, start in zip(item.answers, item.answer_starts, strict=False):
            if start < 0 or item.context[start : start + len(text)] != text:
                bad.append((item.id, text, start))
    return bad


def load_predictions(path: str | Path) -> dict[str, str]:
    """``{question id: answer text}``; also the list form ``[{"id", "prediction_text"}]``.

    Every prediction must be text: a number (``5``) is an error rather than silently becoming ``"5"``
    (a predictions file with numbers is usually a file of something else, e.g. answer starts).
    """
    path = Path(path)
    data = _read_json_file(path, "predictions file")
    if isinstance(data, list):
        try:
            data = {str(x["id"]): x["prediction_text"] for x in data}
        except (TypeError, KeyError):
            raise InputError("predictions must be {id: text} or [{\"id\", \"prediction_text\"}]",
                             path=str(path)) from None
    if not isinstance(data, Mapping):
        raise InputError("predictions must be a JSON object {question id: answer text}", path=str(path))
    out = {}
    for qid, text in data.items():
        if not isinstance(text, str):
            raise InputError(f"prediction is {type(text).__name__}, not text", path=str(path), record=qid,
                             hint="predictions are answer texts (\"\" for no answer); write a number as \"5\"")
        out[str(qid)] = str(text)
    return out
