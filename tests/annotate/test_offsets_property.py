"""Offsets stay exact through every conversion this part of the toolkit does (property tests).

Texts mix CJK, full-width forms, emoji, CJK Extension B (𠀀), "\\r\\n", U+3000 and the number
expressions the rules look for, so a code-point/UTF-16 or newline slip shows up as a bad slice.
"""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

import schemas
from annotate.formats import parse_conll, read_labelstudio
from annotate.prelabel.merge import merge
from annotate.prelabel.rules import find_numbers
from annotate.prelabel.tasks import make_task
from annotate.spans import Span, spans_to_tags

PIECES = ["国家", "高新区", "Ａ", "１２", "％", "😀", "🎉", "𠀀", "\r\n", "\u3000", " ", "，", "。",
          "19.3万亿元", "14.3%", "10%-15%", "2023年11月29日", "1—10月", "二十余年", "近1000项", "超过2300万",
          "1/6", "36.6万元/年", "2.7倍", "２０２３年", "百分之五", "2.8个百分点", "约", "近", "多", "元", "年",
          "約7.64萬平方公里", "兩個", "17歲", "崇禎七年", "14至16枚", "8时8分", "-166°C", "HK$1.0", "至", "萬", "個"]
TEXTS = st.lists(st.sampled_from(PIECES) | st.text(max_size=3), max_size=25).map("".join)


def check_region(text, region):
    value = region["value"]
    assert text[value["start"]:value["end"]] == value["text"]
    assert value["text"] and not value["text"][0].isspace() and not value["text"][-1].isspace()


@settings(max_examples=120, deadline=None)
@given(TEXTS)
def test_rule_spans_slice_exactly_and_survive_json(text):
    spans = find_numbers(text)
    assert all(0 <= s.start < s.end <= len(text) for s in spans)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    task = json.loads(json.dumps(make_task({"id": "t", "text": text}, spans, "rules-1"), ensure_ascii=False))
    if text.strip():
        schemas.validate([task], "tasks")
    assert task["data"]["text"] == text
    for region in task["predictions"][0]["result"]:
        check_region(text, region)


@st.composite
def text_and_spans(draw):
    text = draw(TEXTS.filter(lambda t: len(t) > 0))
    raw = draw(st.lists(st.tuples(st.integers(0, len(text) - 1), st.integers(1, 6),
                                  st.sampled_from(["PER", "LOC", "DATE"])), max_size=6))
    return text, [Span(s, min(len(text), s + n), lab, 0.5) for s, n, lab in raw]


@settings(max_examples=200, deadline=None)
@given(text_and_spans())
def test_any_backend_spans_become_exact_regions_and_read_back(data):
    text, spans = data
    merged = merge([spans])
    task = make_task({"id": "t", "text": text}, merged, "fake")
    for region in task["predictions"][0]["result"]:
        check_region(text, region)
    # Label Studio reader: the same spans come back, in code points ...
    path = _tmp_json([task])
    (example,) = read_labelstudio(path, use="predictions", label_scheme="ours")
    expected = [(r["value"]["start"], r["value"]["end"], r["value"]["labels"][0])
                for r in task["predictions"][0]["result"]]
    assert [s.key for s in example.spans] == sorted(expected)
    # ... and from UTF-16 offsets too (what a browser counts for emoji and 𠀀)
    ambiguous = False
    for region in task["predictions"][0]["result"]:
        value = region["value"]
        value["start"], value["end"] = _utf16(text, value["start"]), _utf16(text, value["end"])
        # "aa😀aa": UTF-16 offsets of the second "aa" also slice an "aa" in code points; those are kept
        ambiguous |= text[value["start"]:value["end"]] == value["text"]
    (example16,) = read_labelstudio(_tmp_json([task]), use="predictions", label_scheme="ours")
    assert sorted(text[s.start:s.end] for s in example16.spans) == sorted(text[a:b] for a, b, _ in expected)
    if not ambiguous:
        assert [s.key for s in example16.spans] == sorted(expected)


@settings(max_examples=150, deadline=None)
@given(text_and_spans())
def test_conll_round_trip(data):
    text, spans = data
    text = text.replace("\r", "\n").replace("\n", "＿")  # one char per line cannot hold a newline
    spans = merge([[s for s in spans if s.end <= len(text)]])
    tags = spans_to_tags(spans, len(text), "BIOES")
    lines = [f"{ch} {tag}\n" for ch, tag in zip(text, tags, strict=True)]
    (example,) = parse_conll(lines, name="x")
    assert example.text == text
    assert [s.key for s in example.spans] == [s.key for s in spans]


def _utf16(text, index):
    return len(text[:index].encode("utf-16-le")) // 2


_COUNTER = [0]
_FOLDER: list = []


def _tmp_json(obj):
    """A file in this process's own temporary folder (a fixed name in /tmp was shared by every test run on
    the machine: two at once read each other's tasks)."""
    import atexit
    import shutil
    import tempfile
    from pathlib import Path

    if not _FOLDER:
        _FOLDER.append(Path(tempfile.mkdtemp(prefix="ner-prop-")))
        atexit.register(shutil.rmtree, _FOLDER[0], True)
    _COUNTER[0] += 1
    path = _FOLDER[0] / f"{_COUNTER[0] % 4}.json"
    path.write_text(json.dumps(obj, ensure_ascii=False), encoding="utf-8")
    return path
