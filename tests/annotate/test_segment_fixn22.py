"""Native readers, session 22 (fixn22): a ``<pre>`` that holds prose (a mail archive's message body: paragraphs set
apart by blank lines, lines wrapped by hand, a field line alone, the signature under ``--``) is a plain-text dump, cut
where the text route cuts it, not one paragraph of the whole message with the list's footer in it (HTML)."""

from __future__ import annotations

from segment_samples import PARA1, PARA2, columns, native_html_units


def _kinds(body):
    return [(kind, "".join(text.split())) for kind, text in native_html_units(body)]


def _message(p1=PARA1, p2=PARA2):
    """A mail archive's page: the subject in <h1>, the message in <pre> wrapped at 76 columns, a signature."""
    body = "\n".join(columns(p1, 76)) + "\n\n活动安排\n时间：11月18日（周六）14:00\n地点：市图书馆三楼研讨室\n\n" \
        + "\n".join(columns(p2, 76)) + "\n\n--\n江城读书会邮件列表\nhttp://lists.example.org/listinfo/dushu\n"
    return f"<h1>[江城读书会] 十一月共读书目与活动安排</h1><p><pre>各位书友：\n\n{body}</pre>"


def test_prose_in_pre_is_cut_at_blank_lines_and_short_lines():
    # dev15's mail archive (pipermail): the whole <pre> was one paragraph, from the greeting through the signature and
    # the list's name and address; now each paragraph, the greeting, the heading and each field line is a unit
    got = _kinds(_message())
    content = [t for kind, t in got if kind != "debris"]
    for text in ("各位书友：", "".join(PARA1.split()), "活动安排", "时间：11月18日（周六）14:00", "地点：市图书馆三楼研讨室",
                 "".join(PARA2.split())):
        assert text in content, text
    # the signature's delimiter and what follows it are furniture (the "--" rule the PTT post has, dev14)
    assert ("debris", "--") in got
    assert ("debris", "江城读书会邮件列表") in got
    assert not any("邮件列表" in t or "--" in t for t in content)


def test_pre_without_a_blank_line_or_of_code_stays_as_it_was():
    # a table of contents in one <pre> (dev13) and a program listing keep their old reading: one block each
    toc = "<h1>书名</h1><p>" + PARA1 + "</p><pre>第一章　街巷的由来 ………… 1\n第二章　老字号 ………… 37</pre>"
    assert [t for _, t in _kinds(toc)][-1] == "第一章街巷的由来…………1第二章老字号…………37"
    code = "<h1>教程</h1><p>" + PARA1 + "</p><pre>import pandas as pd\n\ndf = pd.read_csv('news.csv')\nprint(df)</pre>"
    got = _kinds(code)
    assert got[-1][0] == "debris" and got[-1][1].startswith("importpandas")


def test_prose_in_pre_set_in_two_columns_loses_and_doubles_nothing():
    # two texts side by side in one <pre> (a plain-text page in two columns): whatever the text route makes of it (it
    # may read a column at a time, so that its units' spans cross in the block's order), each character of the <pre>
    # lands in exactly one unit (a span that overlaps the one before it joins it)
    left = [PARA1[i:i + 16].ljust(16, "\u3000") for i in range(0, len(PARA1), 16)]
    right = [PARA2[i:i + 16] for i in range(0, len(PARA2), 16)]
    rows = [a + " " * 10 + b for a, b in zip(left, right, strict=False)]
    pre = "各位书友：\n\n" + "\n".join(rows) + "\n\n活动安排\n"
    got = _kinds(f"<h1>标题</h1><pre>{pre}</pre>")
    assert sorted("".join(t for _, t in got)) == sorted("标题" + "".join(pre.replace("\u3000", "").split()))


def test_crossing_spans_from_the_text_route_join(monkeypatch):
    # the text route's units in column order: the second unit's span starts inside the first one's; the two become one
    # piece, and the text between spans and after the last one stays (a paragraph), so nothing is lost or doubled
    import types

    from annotate.segment.readers import html

    text = "甲甲甲\n乙乙乙\n\n丙丙丙\n丁丁丁"

    def fake(raw, doc_id):
        unit = lambda kind, *runs: types.SimpleNamespace(kind=kind, offsets=[list(r) for r in runs])  # noqa: E731
        return types.SimpleNamespace(units=[unit("heading", (0, 0, 3), (3, 9, 3)), unit("paragraph", (0, 4, 3))])

    monkeypatch.setattr(html, "segment_text", fake)
    block = html._Block([(text, 100)], text)
    pieces = [(kind, part.text, part.segs[0][1]) for kind, part in html._pre_pieces(block)]
    assert pieces == [("paragraph", "甲甲甲\n乙乙乙\n\n丙丙丙", 100), ("paragraph", "\n丁丁丁", 112)]


def test_a_short_message_in_pre_holding_a_credit_s_word_is_cut_too():
    # review22: a <pre> of 360 characters or fewer holding a word of a credit line ("阅读") went to the credit cut
    # first and stayed one paragraph; the <pre>'s prose reading comes first
    short = ("<h1>[江城读书会] 本月共读</h1><pre>各位书友：\n\n本月共读《城南旧事》，请大家在周末之前阅读前三章，"
             "并写下一段读后感。\n\n活动安排\n时间：11月18日 14:00\n\n谢谢大家！</pre>")
    content = [t for kind, t in _kinds(short) if kind != "debris"]
    assert "各位书友：" in content and "活动安排" in content and "谢谢大家！" in content, content
