"""Lossless: tasks -> (simulated) Label Studio export, JSON and JSON_MIN -> import = the same spans and QA.

The texts mix CJK, full-width forms, emoji, CJK Extension B (𠀀), ``\\r\\n``, U+3000 and spaces; region
``text`` is collapsed the way Label Studio's browser selection collapses whitespace.
"""

from __future__ import annotations

import random

from _ls_sim import annotation, annotation_result, json_min, task
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.labels import LABELS
from annotate.labelstudio.corrected import Policy, choose, to_record
from annotate.labelstudio.export import parse_export
from annotate.labelstudio.regions import check_region, relocate
from annotate.spans import Span

PIECES = ["中", "国", "高", "新", "区", "营", "收", "万", "亿", "元", "，", "。", "Ａ", "ｂ", "１", "９", "％",
          "😀", "👍🏽", "𠀀", "𪚥", "\r\n", "\n", "\u3000", " ", "  ", "a", "Z", "0", "7", ".", "%", "\t", "é", "ﬁ"]

texts = st.lists(st.sampled_from(PIECES), min_size=1, max_size=80).map("".join)


@st.composite
def paragraph(draw, max_spans=8):
    text = draw(texts)
    n = len(text)
    spans = draw(st.lists(st.builds(lambda s, length, label: Span(s, min(n, s + length), label),
                                    st.integers(0, n - 1), st.integers(1, 12), st.sampled_from(LABELS)),
                          max_size=max_spans))
    answers = draw(st.lists(st.tuples(st.integers(0, n - 1), st.integers(1, 10)), max_size=3))
    questions = draw(st.lists(st.text(st.sampled_from("问题多少是谁？ 𠀀😀\u3000"), min_size=1, max_size=8)
                              .map(str.strip).filter(bool), min_size=len(answers), max_size=len(answers),
                              unique=True))
    qa = [(q, s, min(n, s + length)) for q, (s, length) in zip(questions, answers, strict=True)]
    impossible = draw(st.lists(st.sampled_from(["没有答案？", "谁说的？", "𠀀是什么？"]), max_size=2, unique=True))
    return text, spans, qa, [q for q in impossible if q not in questions]


def _records(export):
    parsed = parse_export(export)
    return [to_record(c, Policy("latest")) for t in parsed.tasks if (c := choose(t, Policy("latest")))]


def _expected_qa(qa, impossible, text):
    items = [{"question": q, "answers": [{"text": text[s:e], "answer_start": s}], "is_impossible": False}
             for q, s, e in qa]
    return items + [{"question": q, "answers": [], "is_impossible": True} for q in impossible]


def _check(record, text, spans, qa, impossible):
    assert record["text"] == text
    got = [Span(e["start"], e["end"], e["label"]) for e in record["entities"]]
    assert got == sorted(set(spans))
    assert all(text[e["start"]:e["end"]] == e["text"] for e in record["entities"])
    assert [{k: v for k, v in item.items() if k != "id"} for item in record["qa"]] == _expected_qa(qa, impossible, text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraph())
def test_json_round_trip(case):
    text, spans, qa, impossible = case
    export = [task(1, text, [annotation(1, 1, annotation_result(text, spans, qa, impossible))])]
    (record,) = _records(export)
    _check(record, text, spans, qa, impossible)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(paragraph())
def test_json_min_round_trip(case):
    text, spans, qa, impossible = case
    export = [task(1, text, [annotation(1, 1, annotation_result(text, spans, qa, impossible))])]
    (record,) = _records(json_min(export))
    _check(record, text, spans, qa, impossible)
    assert record["id"] == "p1"


@settings(max_examples=30, deadline=None)
@given(st.lists(paragraph(max_spans=4), min_size=1, max_size=6))
def test_many_tasks_keep_their_identity(cases):
    export = [task(i + 1, text, [annotation(i + 1, 1, annotation_result(text, spans, qa, imp))])
              for i, (text, spans, qa, imp) in enumerate(cases)]
    for records in (_records(export), _records(json_min(export))):
        assert [r["id"] for r in records] == [f"p{i + 1}" for i in range(len(cases))]
        for record, case in zip(records, cases, strict=True):
            _check(record, *case)


def test_long_paragraph_round_trip():
    rng = random.Random(20240501)
    text = "".join(rng.choice(PIECES) for _ in range(30_000))
    spans = sorted({Span(s, min(len(text), s + rng.randint(1, 15)), rng.choice(LABELS))
                    for s in rng.sample(range(len(text)), 800)})
    export = [task(1, text, [annotation(1, 1, annotation_result(text, spans, [("最后一个？", len(text) - 3, len(text))]))])]
    for records in (_records(export), _records(json_min(export))):
        _check(records[0], text, spans, [("最后一个？", len(text) - 3, len(text))], [])


def _utf16_offset(text, i):
    return len(text[:i].encode("utf-16-le")) // 2


@settings(max_examples=200, deadline=None)
@given(texts, st.data())
def test_repair_recovers_browser_utf16_offsets(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    witness = " ".join(text[start:end].split())
    if not witness:  # a whitespace-only region has nothing to re-locate by
        return
    u_start, u_end = _utf16_offset(text, start), _utf16_offset(text, end)
    found = check_region(text, u_start, u_end, witness, repair=True)
    # the region's visible text is back where it was, whatever the offsets were counted in
    assert " ".join(text[found.start:found.end].split()) == witness
    if (u_start, u_end) == (start, end):
        assert found.how is None


@settings(max_examples=200, deadline=None)
@given(texts, st.data())
def test_relocate_finds_the_nearest_occurrence(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    witness = text[start:end]
    if not witness.strip():
        return
    wrong = data.draw(st.integers(0, len(text) + 5))
    found = relocate(text, wrong, wrong + len(witness), witness)
    assert found is not None
    assert " ".join(text[found.start:found.end].split()).replace(" ", "") == "".join(witness.split())
