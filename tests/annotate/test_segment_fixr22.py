"""Native PDF reader: text set ragged right (lines broken between words or after a phrase's mark, not justified;
dev16 q16 ``essay``, ``column``, ``guide``; newuser21's annual report). A line left short by the ragged edge is no
paragraph's end: the paragraph runs on where the next line is flush at the usual pitch (pdf._ragged, _ragged_run_on)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _units

# a ragged-right paragraph's lines (10 pt, a column of 32 characters): each ends short of the edge, mid-sentence
RAGGED = ["本场急于找回状态的米堡不能小视。三十七号将在美国加州范登堡",
          "空军基地降落。取道公路去珠峰，一定会经过羊湖，",
          "除了拍摄湖面星空倒影外，羊湖周边的很多小山坡也是取景的好地方，",
          "他表示，在整个广佛收藏市场当中，目前赝品占六成。"]
RAGGED2 = ["为做好人民日报的发行工作，中宣部、",
           "中组部和邮电部日前已联合发出通知，要求各地确保今年发行量",
           "稳中有升。通知指出，党的城镇支部，农村乡一级党委，",
           "大专院校的系，中小学校，部队的连一级单位都应订阅人民日报。"]


def _squash(units):
    return [(k, "".join(t.split())) for k, t in units]


def test_ragged_block_paragraphs_run_on_over_short_lines_and_part_at_the_space(tmp_path):
    # dev16 q16-000 (essay, A5, block paragraphs a line's space apart): every line that ended short of the right
    # edge ended its paragraph (``…范登堡`` / ``空军基地降落。…``); the space between paragraphs parts them
    path = tmp_path / "essay.pdf"
    c = _canvas(path)
    c.setFont(FONT, 10)
    y = 780
    for para in (RAGGED, RAGGED2):
        for line in para:
            c.drawString(72, y, line)
            y -= 17
        y -= 10
    c.showPage()
    c.save()
    assert _squash(_units(path)) == [("paragraph", "".join(RAGGED)), ("paragraph", "".join(RAGGED2))]


def test_ragged_indented_paragraphs_run_on_and_part_at_the_indent(tmp_path):
    # dev16 q16-001 / q16-002 (two ragged columns, a guide in 12 pt; newuser21's annual report, wrapped by a count of
    # characters): first lines set in two characters, no space between paragraphs
    path = tmp_path / "column.pdf"
    c = _canvas(path)
    c.setFont(FONT, 10)
    y = 780
    for para in (RAGGED, RAGGED2):
        for k, line in enumerate(para):
            c.drawString(92 if k == 0 else 72, y, line[2:] if k == 0 else line)
            y -= 15
    c.showPage()
    c.save()
    assert _squash(_units(path)) == [("paragraph", "".join(RAGGED)[2:]), ("paragraph", "".join(RAGGED2)[2:])]


def test_a_justified_page_with_two_short_prose_lines_is_not_ragged(tmp_path):
    # the gate: a justified document (every line that runs on fills its column) with a short line or two in it
    # (a field list, a résumé, a Latin word that did not fit: dev13 p13-002, dev14 p14-003, dev4 p4-004) keeps
    # reading a short line as a paragraph's end
    path = tmp_path / "justified.pdf"
    c = _canvas(path)
    c.setFont(FONT, 10)
    full = "根据年度审计报告，截至年末本行资产总额较年初增加，各项贷款余额均符合监管要求。"[:32]
    y = 780
    for _ in range(8):
        c.drawString(72, y, full)
        y -= 15
    c.drawString(72, y, "各项贷款余额稳中有升，不良贷款率下降，")
    y -= 15
    c.drawString(72, y, full)
    y -= 15
    c.drawString(72, y, "拨备覆盖率为二百一十五，均符合监管要求，")
    y -= 15
    c.drawString(72, y, full)
    c.showPage()
    c.save()
    units = _squash(_units(path))
    assert [k for k, _ in units] == ["paragraph"] * 3
    assert units[0][1].endswith("不良贷款率下降，") and units[1][1].endswith("均符合监管要求，")
