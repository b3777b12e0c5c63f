"""Native readers: session 25's fixes (fixn25; docs/segmentation.md)."""

from __future__ import annotations

from pdf_samples import FONT, _canvas, _units
from test_segment_fixr22 import RAGGED, RAGGED2

# (RAGGED, RAGGED2: ragged-right lines, each ending short of the edge, mid-sentence)


def _ragged_page(path, paras):
    """Block paragraphs a line's space apart, each line drawn as given (dev16 q16's essay)."""
    c = _canvas(path)
    c.setFont(FONT, 10)
    y = 780
    for para in paras:
        for line in para:
            c.drawString(72, y, line)
            y -= 17
        y -= 10
    c.showPage()
    c.save()
    return [(k, "".join(t.split())) for k, t in _units(path)]


# a wrap after an enumeration comma before an article's ordinal (dev16 q16-000), and one after a comma before
# ``十八、`` (dev6x p6x-017): the clause goes on
ORDINAL = ["根据《中华人民共和国宪法》第六十二条第五项、",
           "第六十七条第九项之规定，各部部长、各委员会主任、审计长由总理提名，",
           "全国人民代表大会决定；全国人民代表大会闭会期间，",
           "由全国人民代表大会常务委员会决定。"]
COMMA = ["他历任省委常委、副省长，是中共第十七届中央候补委员，",
         "十八、十九届中央委员，长期分管农业与农村工作，",
         "在任期间推动了多项改革，深受基层干部群众好评。"]
# a colon inside a title in book marks at the line's end (dev16 q16-001; dev4 p4-008's gold the same)
COLON = ["人们会发现大部分生化危机电影都选择在九月份上映，",
         "比如去年的那部很受欢迎的影片《生化危机：",
         "战神再生》，票房一度领先同期上映的所有影片。"]


def test_a_ragged_line_ending_in_a_comma_runs_on_over_an_ordinal(tmp_path):
    # before: ``第六十七条…`` and ``十八、十九届…`` opened paragraphs of their own (an item's mark at the line's start)
    units = _ragged_page(tmp_path / "ordinal.pdf", [RAGGED, RAGGED2, ORDINAL, COMMA])
    assert units[2:] == [("paragraph", "".join(ORDINAL)), ("paragraph", "".join(COMMA))]


def test_a_ragged_line_ending_in_a_colon_inside_book_marks_runs_on(tmp_path):
    # before: the colon ended the paragraph (a label's or a lead-in's), ``战神再生》，…`` a paragraph of its own
    units = _ragged_page(tmp_path / "colon.pdf", [RAGGED, RAGGED2, COLON])
    assert units[2:] == [("paragraph", "".join(COLON))]


def test_a_ragged_lead_in_colon_and_items_after_a_sentence_still_part(tmp_path):
    # a colon outside brackets (a lead-in) still ends its paragraph, and an item mark after a sentence still opens one
    lead = ["为做好人民日报的发行工作，各地要确保今年的发行量稳中有升，",
            "通知就发行工作的有关事项提出以下具体要求："]
    items = ["一、党的城镇支部和农村乡一级党委都应订阅人民日报。",
             "二、党政机关和事业单位的处室都应订阅人民日报。"]
    units = _ragged_page(tmp_path / "lead.pdf", [RAGGED, RAGGED2, lead + items])
    assert units[:2] == [("paragraph", "".join(RAGGED)), ("paragraph", "".join(RAGGED2))]
    assert units[2] == ("paragraph", "".join(lead))
    assert [t for _, t in units[-2:]] == items


def _read_html(body: str, title: str = "t"):
    from annotate.segment.readers.html import read_html

    page = f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"
    doc, _ = read_html(page.encode("utf-8"), "d")
    for unit in doc.units:  # offsets: every character of a unit's text where its run says
        for t, s, n in unit.offsets:
            assert all(a == b or a == " " and b.isspace() for a, b in zip(unit.text[t:t + n], page[s:s + n], strict=True))
    return [(u.kind, u.text) for u in doc.units]


def test_a_count_of_answers_in_a_heading_element_is_debris() -> None:
    # a Q&A page's "<h4>58 个回答</h4>" over its answers (dev16 k16-005) was a heading; a count of answers or comments
    # is furniture on every dev page that has one ("2 条评论", "共 65 個回答", "58 个回答")
    from segment_samples import HTML_PROSE as PROSE

    body = (f"<h1>为什么越来越多的城市开始建设十五分钟生活圈？</h1><p>{PROSE}</p>"
            f"<div class='List-header'><h4>58 个回答</h4></div><div class='answer'><p>{PROSE}</p>"
            f"<p><b>一、生活圈到底圈什么</b></p><p>{PROSE}</p></div>"
            f"<h3>12 條評論</h3><h3>10 个关键词</h3><p>{PROSE}</p><h3>三条建议</h3><p>{PROSE}</p>")
    units = [(k, "".join(t.split())) for k, t in _read_html(body)]
    assert ("debris", "58个回答") in units and ("debris", "12條評論") in units
    assert ("heading", "10个关键词") in units and ("heading", "三条建议") in units  # (no count of answers: headings)
    assert [k for k, _ in units].count("heading") == 3


def test_a_navigation_line_printed_above_and_below_the_article_is_debris() -> None:
    # a mail archive's plain list items over the message, printed again under it (dev15 w15-009: the copy above was a
    # paragraph, furniture in a content unit; dev16 k16-000, the same lines as links, was debris at both places)
    from segment_samples import HTML_PROSE as PROSE

    nav = "<ul><li>Previous message: [江城读书会] 十月活动照片</li><li><a href='a.html'>[ date ]</a></li></ul>"
    body = (f"<h1>[江城读书会] 十一月共读书目与活动安排</h1>{nav}<hr><p>{PROSE}</p><p>{PROSE}</p><hr>"
            f"<div class='footer'>{nav}<p><a href='l.html'>More information about the Dushu mailing list</a></p></div>")
    units = [(k, "".join(t.split())) for k, t in _read_html(body)]
    assert units.count(("debris", "Previousmessage:[江城读书会]十月活动照片")) == 2, units
    # (where the page does not print it again below the article, the line above it stays as it was)
    units = [(k, "".join(t.split())) for k, t in _read_html(body.replace("<div class='footer'>" + nav, "<div class='footer'>"))]
    assert ("paragraph", "Previousmessage:[江城读书会]十月活动照片") in units, units
    # the other way round (the office in a metadata row above the article, then in its sign-off below) stays content
    body = (f"<h1>关于做好防汛工作的通知</h1><table><tr><td>发布机构</td><td>江北区人民政府办公室</td></tr>"
            f"<tr><td>文号</td><td>江北府办发〔2023〕22号</td></tr></table><p>{PROSE}</p><p>{PROSE}</p>"
            "<p>江北区人民政府办公室</p><p>2023年5月15日</p>")
    units = [(k, "".join(t.split())) for k, t in _read_html(body)]
    assert units[-2][1] == "江北区人民政府办公室" and units[-2][0] != "debris", units
