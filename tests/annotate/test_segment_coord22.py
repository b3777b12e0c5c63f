"""Session 22, from a new user's trial (newuser22): superscript note marks after a sentence's end, and the native
readers' spaces between narrow characters (English references, a copyright line)."""

from __future__ import annotations

import pytest
from pdf_samples import FONT, _canvas
from segment_samples import native_html_units

from annotate.segment import segment_text
from annotate.segment.readers import read_native
from annotate.segment.readers.common import tidy
from annotate.segment.sentences import split_sentences

PARAS = ("第一段的內容寫在這裡，說明研究的背景與動機。", "第二段的內容則是另一個完整的段落，討論研究方法。",
         "第三段是結論，總結本文的主要發現與未來研究的方向。")
REFERENCE = "Fishman, J. A. (1991). Reversing Language Shift. Clevedon: Multilingual Matters."


def _units(text: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in segment_text(text, "d").units]


@pytest.mark.parametrize("marks", [("¹", "⁴"), ("²³", "¹⁰"), ("①", "②")])
def test_paragraphs_ending_with_a_superscript_note_mark_stay_apart(marks):
    """Three paragraphs set apart by blank lines, two ending "。¹": one unit once (a line ending in "¹" did not end its
    sentence, so the blank lines were read as a double-spaced dump's); "[2]" and "②" already worked."""
    text = f"測試標題\n\n{PARAS[0]}{marks[0]}\n\n{PARAS[1]}{marks[1]}\n\n{PARAS[2]}\n"
    assert _units(text) == [("title", "測試標題"), ("paragraph", PARAS[0] + marks[0]), ("paragraph", PARAS[1] + marks[1]),
                            ("paragraph", PARAS[2])]


def test_a_superscript_note_mark_ends_its_sentence_and_a_square_does_not_open_one():
    text = "背景與動機。¹隨著人口增加，問題變多。²²本文同意。面積為100m²，位於北區。"
    assert [text[a:b] for a, b in split_sentences(text)] == ["背景與動機。¹", "隨著人口增加，問題變多。²²", "本文同意。",
                                                             "面積為100m²，位於北區。"]


def test_a_circled_number_inside_a_paragraph_opens_the_next_item_and_at_its_end_ends_the_sentence():
    """review22: "…说明。①打开电源。" had ① taken with the sentence before it; a note mark ending the text stays with it."""
    text = "使用前请仔细阅读本说明。①打开电源。②按下开关。"
    assert [text[a:b] for a, b in split_sentences(text)] == ["使用前请仔细阅读本说明。", "①打开电源。", "②按下开关。"]
    text = "其余部分均被侵占。①"
    assert [text[a:b] for a, b in split_sentences(text)] == [text]


def test_tidy_keeps_one_space_between_narrow_characters_as_the_text_route_does():
    chars = [(ch, i) for i, ch in enumerate("Copyright ©  2026 NTU. All  rights 保留 。 “高” “新”")]
    assert "".join(ch for ch, _ in tidy(chars)) == "Copyright © 2026 NTU. All rights保留。“高”“新”"
    assert [ref for ch, ref in tidy(chars) if ch == " "] == [9, 11, 17, 22, 26]  # each run's first whitespace


def test_a_line_break_of_the_document_s_own_between_two_numbers_keeps_its_space(tmp_path):
    """review22: the text route's rule for a wrap inside a number ("20" / "06年") glued a DOCX <w:br/> or an HTML source's
    line break between two numbers ("98" / "87" -> "9887"); in a native document the break is its own, not a tool's."""
    import docx

    d = docx.Document()
    d.add_heading("成绩通知", 1)
    run = d.add_paragraph("两次得分：").add_run("98")
    run.add_break()
    run.add_text("87")
    d.add_paragraph(PARAS[0])
    path = tmp_path / "d.docx"
    d.save(str(path))
    doc, _ = read_native(path, path.read_bytes(), "d")
    texts = [u.text for u in doc.units]
    assert any(t.endswith("98 87") for t in texts) and not any("9887" in t for t in texts), texts
    units = native_html_units(f"<h1>成绩通知</h1><p>比分 98\n87 平局</p><p>{PARAS[0]}</p><p>Müller <i>über</i> 的书</p>")
    texts = [text for _, text in units]
    assert "比分98 87平局" in texts and "Müller über的书" in texts, units


def test_native_html_keeps_the_spaces_of_an_english_reference():
    units = native_html_units(f"<h1>語言政策研究</h1><p>{PARAS[0]}</p><p>{REFERENCE}</p>"
                              "<p>Copyright © 2026 National Taiwan University. All Rights Reserved.</p>")
    texts = [text for _, text in units]
    assert REFERENCE in texts, units
    assert any(t.endswith("Copyright © 2026 National Taiwan University. All Rights Reserved.") for t in texts), units


def test_native_docx_keeps_the_spaces_of_an_english_reference(tmp_path):
    import docx

    d = docx.Document()
    d.add_heading("語言政策研究", 1)
    d.add_paragraph(PARAS[0])
    d.add_heading("參考文獻", 2)
    d.add_paragraph(REFERENCE)
    path = tmp_path / "d.docx"
    d.save(str(path))
    doc, _ = read_native(path, path.read_bytes(), "d")
    assert REFERENCE in [u.text for u in doc.units], [u.text for u in doc.units]


def test_native_pdf_keeps_a_space_at_a_line_break_after_a_colon(tmp_path):
    """A reference wrapped after "Clevedon:" read "Clevedon:Multilingual": a space is kept at a line break between two
    narrow characters (not only two letters)."""
    path = tmp_path / "r.pdf"
    c = _canvas(path)
    c.setFont(FONT, 12)
    c.drawString(72, 760, "語言政策研究")
    c.setFont(FONT, 10)
    lines = ["Fishman, J. A. (1991). Reversing Language Shift. Clevedon:", "Multilingual Matters."]
    for k, line in enumerate(lines):
        c.drawString(72, 720 - 14 * k, line)
    c.save()
    doc, _ = read_native(path, path.read_bytes(), "r")
    text = " | ".join(u.text for u in doc.units)
    assert "語言政策研究 | Fishman, J. A. (1991). Reversing Language Shift. Clevedon: Multilingual Matters." == text
