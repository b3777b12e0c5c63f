"""Native PDF reader, session 15 (fixn7; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _column, _para, _units


def _squashed(path):
    return [(k, "".join(t.split())) for k, t in _units(path)]


def _red_head(path, number="临政办发〔2023〕52号"):
    """A government document's first page: the issuer's masthead in big type, the document number under it, a rule
    across the page under both, the title, prose."""
    c = _canvas(path)
    c.setFont(FONT, 26)
    c.drawCentredString(298, 760, "临川市人民政府办公室文件")
    c.setFont(FONT, 12)
    c.drawCentredString(298, 735, number)
    c.line(75, 725, 523, 725)
    c.setFont(FONT, 17)
    c.drawCentredString(298, 690, "关于做好防汛抗旱工作的通知")
    y = _column(c, _para(71, 34 * 5 - 9), 76, 650, 34, size=13, lead=24)
    _column(c, _para(72, 34 * 4 - 9), 76, y - 4, 34, size=13, lead=24)
    c.showPage()
    c.save()
    return _squashed(path)


def test_a_document_number_between_the_masthead_and_its_rule_is_kept(tmp_path):
    units = _red_head(tmp_path / "a.pdf")
    texts = [t for _, t in units]
    assert "临政办发〔2023〕52号" in texts
    assert "临川市人民政府办公室文件" not in texts
    assert texts.index("临政办发〔2023〕52号") < texts.index("关于做好防汛抗旱工作的通知")


def test_a_short_line_between_the_masthead_and_its_rule_is_still_dropped(tmp_path):
    texts = [t for _, t in _red_head(tmp_path / "a.pdf", number="第十二期")]
    assert "第十二期" not in texts and "临川市人民政府办公室文件" not in texts


def _contract(path, number="合同编号：HT-2024-073"):
    """A contract on two pages: its number in small print flush right over the title on page one, and again in every
    page's footer after the page counter."""
    c = _canvas(path)
    for page in (1, 2):
        y = 740
        if page == 1:
            c.setFont(FONT, 9.5)
            c.drawRightString(526, 756, number)
            c.setFont(FONT, 18)
            c.drawCentredString(298, 718, "实验仪器采购合同")
            y = 680
        for k in range(3):
            y = _column(c, _para(80 + 3 * page + k, 40 * 3 - 9), 71, y, 43, size=10.5, lead=17) - 6
        c.setFont(FONT, 9)
        c.drawCentredString(298, 40, f"第{page}页，共2页　{number}")
        c.showPage()
    c.save()
    return _units(path)


def test_a_contract_s_number_over_the_title_is_meta_though_its_footer_repeats_it(tmp_path):
    units = _contract(tmp_path / "a.pdf")
    assert units[0] == ("meta", "合同编号：HT-2024-073")
    assert units[1] == ("title", "实验仪器采购合同")
    assert sum("HT-2024-073" in t for _, t in units) == 1  # (the footers' copies are furniture)


def test_a_short_line_over_the_title_that_the_footer_repeats_is_still_dropped(tmp_path):
    units = _contract(tmp_path / "a.pdf", number="远航科技股份有限公司")
    assert units[0] == ("title", "实验仪器采购合同")
    assert not any("远航科技" in t for _, t in units)


def _items(path, mark="（1）", hang=2.0, end="当"):
    """A column of numbered items, each a first line at the column's edge that fills it without ending a sentence,
    its next line set in by ``hang`` ems (a hanging indent short of the text past the mark), then the next item."""
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawString(72, 780, "保险责任说明")
    y = 740
    texts = []
    for k in range(3):
        first = mark.replace("1", str(k + 1)) + _para(90 + k, 30)[:-1]
        width = c.stringWidth(first, FONT, 10)
        first = first + end
        rest = _para(95 + k, 18)
        c.setFont(FONT, 10)
        c.drawString(72, y, first)
        c.drawString(72 + hang * 10, y - 16, rest)
        texts.append(first + rest)
        y -= 40
        assert width < 450
    c.showPage()
    c.save()
    return texts, [t for _, t in _squashed(path)]


def test_a_numbered_item_s_later_lines_set_in_short_of_its_text_run_on(tmp_path):
    texts, got = _items(tmp_path / "a.pdf")
    assert all(t in got for t in texts)
    texts, got = _items(tmp_path / "b.pdf", mark="1．", hang=1.0)
    assert all(t in got for t in texts)
    # (a year right after the item's stop, ``3．2010年…``, is no decimal)
    texts, got = _items(tmp_path / "c.pdf", mark="1．2010年", hang=1.5)
    assert all(t in got for t in texts)


def test_a_numbered_item_whose_first_line_ends_a_sentence_stays_apart_from_the_line_set_in_under_it(tmp_path):
    texts, got = _items(tmp_path / "a.pdf", end="。")
    assert not any(t in got for t in texts)


def test_a_number_cut_by_the_wrap_of_hanzi_text_gets_no_space_two_latin_words_keep_theirs(tmp_path):
    path = tmp_path / "a.pdf"
    c = _canvas(path)
    c.setFont(FONT, 16)
    c.drawString(72, 780, "人物简介")
    head = "刘春凤女士，本科学历，高级会计师"  # 16 characters, then the number the first line's end cuts
    first = head + "19" + "70年2月出生，曾任财务部经理。"
    _column(c, first + _para(101, 40), 72, 740, 20, size=10.5, lead=16)
    # (two Latin words in brackets, the wrap between them: ``（David`` / ``Niven）``, each line full)
    c.setFont(FONT, 10.5)
    lines = ["　　" + _para(102, 19)[:-1], "影片主演为大卫·尼文和另外三位演员（David", "Niven）" + _para(103, 16)]
    for k, line in enumerate(lines):
        c.drawString(72, 600 - 16 * k, line)
    c.showPage()
    c.save()
    texts = [t for _, t in _units(path)]
    assert any("刘春凤女士，本科学历，高级会计师1970年2月出生" in t for t in texts)
    assert any("（David Niven）" in t for t in texts)
