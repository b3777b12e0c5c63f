"""The text route on dumps of pages printed by a browser (batch 7, docs/segmentation.md): small
made-up extracts, one rule each."""

from annotate.segment import segment_text

BODY = [
    "郵票的正式名稱為郵值標籤。這個詞來自於君主階層，卻很好的說明了郵票",
    "的法律歷史來由。貼上郵票意味著為運送郵件繳納了事先規定好的郵資。郵",
    "政是屬於國家的，或者是由國家制定的寡頭經營，所以公民的郵政行為屬於",
    "國家法管理範疇，聯邦郵局在私有化以前的郵政條例是等同於法律條例的，",
    "它管理著郵政服務與使用者之間的關係。",
]


def units(raw):
    return [(u.kind, u.text) for u in segment_text(raw, "doc").units]


def test_wide_leading_one_blank_line_inside_a_paragraph_two_between_paragraphs():
    # pdftotext -layout on a page with wide line spacing: inside a paragraph the lines are set
    # apart by one blank line or none, paragraphs by two or more; one blank line is no break there
    para = "\n\n".join(BODY[:3]) + "\n" + "\n\n".join(BODY[3:])
    raw = "\n\n\n".join([para, para, para, para]) + "\n"
    got = units(raw)
    assert [k for k, _ in got] == ["paragraph"] * 4
    assert got[0][1] == "".join(BODY)


def test_forum_tool_words_after_a_posters_byline_are_cut_off_as_one_debris_unit():
    from annotate.segment.inline import furniture_spans

    line = "作者：闲云野鹤　发表于 2022-6-25 18:15　只看該作者　樓主"
    spans = furniture_spans(line)
    assert [line[a:b] for a, b in spans] == ["只看該作者　樓主"]
    raw = "关于托尔金\n\n" + line + "\n\n" + "".join(BODY) + "\n"
    got = units(raw)
    assert [k for k, _ in got] == ["title", "byline", "debris", "paragraph"]
    assert "".join(got[2][1].split()) == "只看該作者樓主"
    # a word glued to the text before it is no tool word
    assert furniture_spans("作者：闲云野鹤　发表于 2022-6-25 18:15楼主") == []


def test_browser_header_and_footer_lines_are_debris_and_join_nothing():
    # pdftotext -raw of a page printed with the browser's header and footer: the address and the
    # page counter on one line, right above the next page's first line
    raw = ("".join(BODY[:2]) + "\n12/5/26, 6:06 PM 走近心脏_清河市人民政府门户网站\n"
           "http://www.example.gov.cn/art/2023/002/art_1229_002.html 1/2\n" + "".join(BODY[2:]) + "\n")
    got = units(raw)
    assert [(k, "".join(t.split())) for k, t in got[1:3]] == [
        ("debris", "12/5/26,6:06PM走近心脏_清河市人民政府门户网站"),
        ("debris", "http://www.example.gov.cn/art/2023/002/art_1229_002.html1/2")]
    assert got[-1] == ("paragraph", "".join(BODY[2:]))
    # an address inside a sentence, or a line that only opens with one, stays content
    assert all(k == "paragraph" for k, _ in units("原文见http://www.example.com/a.html。\n\nhttp://www.example.com 是本站网址。\n"))
