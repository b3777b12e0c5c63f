"""`ls to-bio` and the character-level BIO format: every code point one line, escapes round-trip."""

from __future__ import annotations

import json

import pytest
from _ls_sim import annotation, annotation_result, task
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.bio import escape_char, format_block, read_bio_text, unescape_token
from annotate.cli import main
from annotate.labels import LABELS
from annotate.labelstudio.convert import export_to_bio
from annotate.spans import SCHEMES, Span

ALPHABET = st.sampled_from(list("中国高新区，。ＡＢ１％😀𠀀aZ0 #-") + ["\r", "\n", "\t", "\u3000", "\u200b", "\x85",
                                                                "\u2028", "\ud800", "U", "+"])


@st.composite
def tagged(draw):
    text = draw(st.text(ALPHABET, min_size=1, max_size=60))
    cuts = sorted(draw(st.sets(st.integers(0, len(text)), max_size=12)) | {0, len(text)})
    spans = [Span(a, b, draw(st.sampled_from(LABELS))) for a, b in zip(cuts, cuts[1:], strict=False)
             if b > a and draw(st.booleans())]
    return text, spans


@settings(max_examples=120, deadline=None)
@given(st.lists(tagged(), min_size=1, max_size=5), st.sampled_from(sorted(SCHEMES)))
def test_bio_round_trip(blocks, scheme):
    content = "".join(format_block(text, spans, scheme) + "\n\n" for text, spans in blocks)
    for line in content.split("\n"):
        assert line == "" or len(line.split()) == 2  # every line is exactly CHAR TAG
    assert read_bio_text(content, scheme) == [(text, sorted(spans)) for text, spans in blocks]


def test_escapes():
    assert [escape_char(c) for c in " \u3000\r\n中😀𠀀"] == ["U+0020", "U+3000", "U+000D", "U+000A", "中", "😀", "𠀀"]
    assert unescape_token("U+20000") == "𠀀" and unescape_token("U") == "U"
    with pytest.raises(ValueError):
        unescape_token("AB")


def test_golden_export_to_bio(tmp_path, data_dir):
    out = tmp_path / "train.bio"
    summary = export_to_bio(data_dir / "labelstudio" / "export_json.json", out)
    content = out.read_text(encoding="utf-8")
    blocks = read_bio_text(content)
    assert summary["blocks"] == len(blocks) == 3
    text, spans = blocks[2]
    assert text == "深圳\r\n南山区　腾讯公司😀发布𠀀新品，售价 １２９９ 元。"
    assert spans == [Span(0, 7, "LOC"), Span(8, 12, "ORG"), Span(22, 28, "MONEY")]
    assert content.split("\n\n")[2].splitlines()[:4] == ["深 B-LOC", "圳 I-LOC", "U+000D I-LOC", "U+000A I-LOC"]


def _export(tmp_path, spans):
    text = "中关村科技园区在北京。"
    path = tmp_path / "e.json"
    path.write_text(json.dumps([task(1, text, [annotation(1, 1, annotation_result(text, spans))])]), encoding="utf-8")
    return path


def test_overlapping_entities(tmp_path, capsys):
    src = _export(tmp_path, [Span(0, 3, "LOC"), Span(0, 7, "ORG"), Span(8, 10, "LOC")])
    out = tmp_path / "o.bio"
    assert main(["ls", "to-bio", str(src), "--out", str(out)]) == 1
    assert "overlapping entities" in capsys.readouterr().err and not out.exists()
    assert main(["ls", "to-bio", str(src), "--out", str(out), "--on-overlap", "longest", "-q"]) == 0
    assert read_bio_text(out.read_text(encoding="utf-8"))[0][1] == [Span(0, 7, "ORG"), Span(8, 10, "LOC")]
    summary = export_to_bio(src, out, on_overlap="shortest", scheme="BIOES")
    assert summary["overlaps_dropped"] == 1
    assert read_bio_text(out.read_text(encoding="utf-8"), "BIOES")[0][1] == [Span(0, 3, "LOC"), Span(8, 10, "LOC")]
