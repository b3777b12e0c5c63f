"""Web-side residuals of the development splits, session 12 (fixw3). One small input per class, for the
text route and the HTML reader."""

from segment_samples import PARA1, PARA2

from annotate.segment import check_offsets, segment_text


def units(raw):
    doc = segment_text(raw, "doc")
    for unit in doc.units:
        check_offsets(unit.text, raw, unit.offsets)
    return [(u.kind, u.text) for u in doc.units]


def html_units(page):
    from annotate.segment.readers.html import read_html

    data = page.encode("utf-8")
    doc, _ = read_html(data, "doc")
    for unit in doc.units:
        check_offsets(unit.text, data.decode("utf-8"), unit.offsets)
    return [(u.kind, u.text) for u in doc.units]


def test_a_blog_s_column_line_under_the_post_is_debris():
    line = "文章被收录于专栏：读书笔记　订阅专栏"
    got = units(f"印第安纳大学与张学良\n\n{PARA1}\n\n{PARA2}\n\n{line}\n")
    assert ("debris", line.replace("\u3000", "")) in got, got
    page = f"<html><body><h1>印第安纳大学与张学良</h1><p>{PARA1}</p><p>{PARA2}</p><div>{line}</div></body></html>"
    assert not any("收录" in t for k, t in html_units(page) if k != "debris")
