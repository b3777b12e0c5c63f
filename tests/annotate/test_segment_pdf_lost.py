"""The native PDF reader loses no character pdfium's text page leaves out (readers/lost_glyphs.py): a text
object of one glyph in a font that is not embedded has an empty box where pdfium's substitute font lacks the
glyph (reportlab's STSong-Light / MSung-Light), and pdfium skips it; the reader reads it again (pdfminer) and
puts it where pdfium would have. Small PDFs drawn here, one case each."""

from __future__ import annotations

import re

import pytest

from annotate.segment.files import segment_file
from annotate.segment.readers.pdf import page_texts

SONG, MING = "STSong-Light", "MSung-Light"


def _canvas(path, size=(400, 400)):
    from reportlab.pdfbase import cidfonts, pdfmetrics
    from reportlab.pdfgen import canvas

    for font in (SONG, MING):
        if font not in pdfmetrics.getRegisteredFontNames():
            pdfmetrics.registerFont(cidfonts.UnicodeCIDFont(font))
    return canvas.Canvas(str(path), pagesize=size, invariant=1)


def _draw(c, x, y, text, font=SONG, size=12):
    c.setFont(font, size)
    c.drawString(x, y, text)
    return x + c.stringWidth(text, font, size)


def _read(path):
    doc, source = segment_file(path)
    texts = page_texts(path)
    for unit in doc.units:  # every character of a unit is its page text's character
        for part in unit.where["pages"]:
            for t, s, n in part["offsets"]:
                for k in range(n):
                    ch, src = unit.text[t + k], texts[part["page"] - 1][s + k]
                    assert ch == src or (ch == " " and src.isspace()) or (ch == "-" and src in "\x02\ufffe")
    return [(u.kind, u.text) for u in doc.units], texts


def _pdfium_text(path):
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        return "".join(pdf[i].get_textpage().get_text_range() for i in range(len(pdf)))
    finally:
        pdf.close()


def test_a_wrapped_lines_last_character_drawn_on_its_own_is_read(tmp_path):
    path = tmp_path / "a.pdf"
    c = _canvas(path)
    first = "江州市生态环境局关于开展二〇二三年度环境"
    x = _draw(c, 40, 340, first[:-1])
    _draw(c, x, 340, first[-1])  # (reportlab's last glyph of a line, its own text object)
    _draw(c, 40, 325, "监测工作的通知。各区县要按要求完成任务。")
    c.showPage()
    c.save()
    units, texts = _read(path)
    assert units == [("paragraph", first + "监测工作的通知。各区县要按要求完成任务。")]
    # (pdfium's own text is the head of the page text: its offsets are unchanged)
    assert texts[0].startswith(_pdfium_text(path))


def test_a_one_character_line_and_a_one_character_run_in_another_size(tmp_path):
    path = tmp_path / "b.pdf"
    c = _canvas(path)
    _draw(c, 40, 340, "二、关于进一步加强城市生态环境保护工作的")
    _draw(c, 40, 320, "意", size=12)  # a heading's second line: one character
    x = _draw(c, 40, 290, "各地区各部门要认真贯彻落实")
    x = _draw(c, x, 290, "本", size=9)  # one character in another size inside a line
    _draw(c, x, 290, "通知的要求，抓好落实。")
    c.showPage()
    c.save()
    units, _ = _read(path)
    text = "".join(t for _, t in units)
    assert "工作的意" in text and "落实本通知" in text
    assert re.sub(r"\s", "", text) == "二、关于进一步加强城市生态环境保护工作的意各地区各部门要认真贯彻落实本通知的要求，抓好落实。"


def test_msung_characters_read_as_pdfium_reads_the_font(tmp_path):
    # (reportlab gives MSung-Light the GB CMap UniGB-UCS2-H over the CNS1 collection: the code is the
    # character, as pdfium reads it; pdfminer's CID route would give other characters)
    path = tmp_path / "c.pdf"
    c = _canvas(path)
    x = _draw(c, 40, 340, "臺灣地理學刊第八卷第一期研究論", font=MING)
    _draw(c, x, 340, "文", font=MING)
    _draw(c, 40, 320, "灣", font=MING)
    c.showPage()
    c.save()
    units, _ = _read(path)
    assert "".join(t for _, t in units) == "臺灣地理學刊第八卷第一期研究論文灣"


def test_a_table_rows_first_cell_of_one_character_stays_in_its_row(tmp_path):
    path = tmp_path / "d.pdf"
    c = _canvas(path)
    _draw(c, 40, 340, "各项工作进展情况如下表所示，请各单位对照检查并及时报送。")
    for k, (a, b, d) in enumerate((("项目", "数量", "备注"), ("一", "12", "已完成"), ("二", "3.5", "进行中"))):
        _draw(c, 40, 310 - 16 * k, a)
        _draw(c, 120, 310 - 16 * k, b)
        _draw(c, 200, 310 - 16 * k, d)
    c.showPage()
    c.save()
    units, _ = _read(path)
    # (each row's cells in order, one debris unit a cell: session 21, test_segment_pdfr21.py)
    got = [(k, t.replace(" ", "")) for k, t in units]
    for row in (["一", "12", "已完成"], ["二", "3.5", "进行中"]):
        at = got.index(("debris", row[0]))
        assert got[at:at + 3] == [("debris", cell) for cell in row]


def test_a_character_drawn_twice_in_one_place_is_read_once(tmp_path):
    path = tmp_path / "e.pdf"
    c = _canvas(path)
    x = _draw(c, 40, 340, "本公告自发布之日起施")
    _draw(c, x, 340, "行")
    _draw(c, x + 0.2, 340, "行")  # (fake bold: the glyph drawn again a hair to the right)
    c.showPage()
    c.save()
    units, _ = _read(path)
    assert units == [("paragraph", "本公告自发布之日起施行")]


def test_a_character_in_a_form_xobject_is_read_at_its_place(tmp_path):
    path = tmp_path / "f.pdf"
    c = _canvas(path)
    c.beginForm("stamp")
    x = _draw(c, 0, 0, "本表由申请单位填")
    _draw(c, x, 0, "写")
    c.endForm()
    c.saveState()
    c.translate(40, 300)
    c.scale(1.5, 1.5)
    c.doForm("stamp")
    c.restoreState()
    c.showPage()
    c.save()
    units, texts = _read(path)
    assert "".join(t for _, t in units) == "本表由申请单位填写"


@pytest.mark.parametrize("font", [SONG, MING])
def test_nothing_drawn_is_lost_on_a_page_of_one_character_objects(tmp_path, font):
    path = tmp_path / "g.pdf"
    c = _canvas(path)
    words = "城市交通网络生态环境保护" if font == SONG else "城市交通網絡生態環境保護"
    for k, ch in enumerate(words):  # every character its own object, each line of three
        _draw(c, 40 + 12 * (k % 3), 340 - 16 * (k // 3), ch, font=font)
    c.showPage()
    c.save()
    units, _ = _read(path)
    assert "".join(t for _, t in units) == words


def test_a_wrapped_headings_last_character_beside_a_margin_line_number(tmp_path):
    # (a draft for comment numbers every fifth line in small print, drawn before the line: the heading's
    # character alone on line 10 comes after "10" on its baseline and keeps its own size, not the number's)
    path = tmp_path / "h.pdf"
    c = _canvas(path, (500, 700))
    body = "各地各部门要高度重视加强组织领导及时研究解决工作中遇到的困难和问题确保各项任务落到实处取得实效"
    head = "二、重点任务众议院的领导结构约于同一时期发展出来院内开始有多数党"
    lines = [body[k:k + 30] for k in range(0, 20)]
    rows = [(t, 12) for t in [body[:30], body[15:45], body[5:35], body[10:40], body[20:50], body[1:31], body[3:33],
                              body[7:37]]] + [(head[:-1], 13), (head[-1], 13)] + [(t, 12) for t in lines]
    y = 670
    for n, (text, size) in enumerate(rows, 1):
        if n % 5 == 0:
            _draw(c, 30, y, str(n), size=7)
        _draw(c, 60, y, text, size=size)
        y -= 18
    c.showPage()
    c.save()
    units, _ = _read(path)
    assert ("heading", head) in units


def test_a_line_that_repeats_the_line_above_it_is_read(tmp_path):
    # (pdfium takes the second of two identical lines one under the other for fake bold where the font's
    # boxes are empty, and drops it)
    path = tmp_path / "i.pdf"
    c = _canvas(path)
    line = "人民城市人民建设人民城市为人民人民城市人"
    _draw(c, 40, 340, "五四青年节主题团日活动的标语如下所示")
    for k in range(3):
        _draw(c, 40, 320 - 15 * k, line)
    _draw(c, 40, 260, "以上标语张贴在各单位显著位置。")
    c.showPage()
    c.save()
    units, _ = _read(path)
    assert "".join(t for _, t in units) == "五四青年节主题团日活动的标语如下所示" + line * 3 + "以上标语张贴在各单位显著位置。"


def test_a_file_pdfminer_cannot_read_keeps_pdfiums_text(tmp_path, monkeypatch):
    from annotate.segment.readers import lost_glyphs

    path = tmp_path / "j.pdf"
    c = _canvas(path)
    x = _draw(c, 40, 340, "本公告自发布之日起施")
    _draw(c, x, 340, "行")
    c.showPage()
    c.save()
    calls = []

    def broken(self, number):
        calls.append(number)
        raise ValueError("unreadable")

    monkeypatch.setattr(lost_glyphs.LostGlyphs, "_strings", broken)
    units, texts = _read(path)  # (no error: pdfium's text, the lost character still lost)
    assert units == [("paragraph", "本公告自发布之日起施")] and texts[0] == _pdfium_text(path) and calls
