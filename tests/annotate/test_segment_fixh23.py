"""Native HTML reader, session 23 (fixh23): failure classes that recur across designs."""

from __future__ import annotations

from segment_samples import HTML_PROSE as PROSE
from segment_samples import native_html_units as _native


def _read(body: str, title: str = "t"):
    from annotate.segment.readers.html import read_html

    page = f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"
    doc, _ = read_html(page.encode("utf-8"), "d")
    for unit in doc.units:  # every character of a unit's text where its run says (an entity's at its "&")
        for t, s, n in unit.offsets:
            assert unit.text[t:t + n] == page[s:s + n] or n == 1 and page[s] == "&"
    return [(u.kind, u.text) for u in doc.units]


def _squashed(units):
    return [(k, "".join(t.split())) for k, t in units]


def test_native_header_element_holding_the_title_is_the_documents_own() -> None:
    # a <header> element outside <article> that holds the page's <h1> is the document's title block, as a frame class's
    # is: pandoc's title-block-header with its title, author and date (dev15 w15-004, dev16 k16-002)
    units = _read("<header id='title-block-header'><h1 class='title'>社区图书馆服务调查报告</h1><p class='author'>周明远</p>"
                  "<p class='date'>2024年4月18日</p></header><nav id='TOC'><ul><li><a href='#s1'>引言</a></li></ul></nav>"
                  f"<h2 id='s1'>引言</h2><p>{PROSE}</p><p>{PROSE}</p>", title="社区图书馆服务调查报告")
    assert units[:3] == [("title", "社区图书馆服务调查报告"), ("byline", "周明远"), ("meta", "2024年4月18日")]
    assert ("debris", "引言") in units and ("heading", "引言") in units
    # a site's name in its <header>'s <h1> is no headline of the page (a small part of its <title>): furniture
    units = _read("<header><h1>新闻网</h1><ul><li><a href='/'>首页</a></li></ul></header>"
                  f"<h2>社区图书馆服务调查报告</h2><p>{PROSE}</p><p>{PROSE}</p>", title="社区图书馆服务调查报告 - 新闻网")
    assert ("debris", "新闻网") in units and ("title", "社区图书馆服务调查报告") in units
    # a site's <header> with no <h1> in it stays furniture
    units = _read("<header><div class='logo'>江城日报</div><div>首页　新闻　体育</div></header>"
                  f"<h1>社区图书馆服务调查报告</h1><p>{PROSE}</p><p>{PROSE}</p>")
    assert ("debris", "江城日报") in units and ("title", "社区图书馆服务调查报告") in units


def test_native_in_page_symbol_link_is_no_text() -> None:
    # a heading's permalink (Hugo's hidden "#", dev16 k16-003; a headerlink "¶") and a footnote's way back ("↩︎",
    # role=doc-backlink: pandoc, dev15 w15-004 and dev16 k16-002; Hugo, dev16 k16-003) are the page's navigation
    units = _read("<h1>舊區散步筆記</h1>"
                  "<h2 id='a'>緣起<a hidden class='anchor' aria-hidden='true' href='#a'>#</a></h2>"
                  f"<p>{PROSE}<sup id='fnref:1'><a href='#fn:1' class='footnote-ref' role='doc-noteref'>1</a></sup></p>"
                  "<h2 id='b'>後記<a class='headerlink' href='#b' title='Permalink'>¶</a></h2>"
                  f"<p>{PROSE}</p><ol><li id='fn:1'><p>士多即小型雜貨店。"
                  "<a href='#fnref:1' class='footnote-backref' role='doc-backlink'>↩︎</a></p></li></ol>")
    assert ("heading", "緣起") in units and ("heading", "後記") in units
    assert any(k == "paragraph" and t == PROSE + "1" for k, t in units)  # (the footnote's mark stays)
    assert any(t == "士多即小型雜貨店。" for _, t in units)
    # a link to elsewhere keeps its symbol, and so does an in-page link with a word in it
    units = _read(f"<h1>舊區</h1><p>{PROSE}<a href='/x'>»</a></p><p>{PROSE}<a href='#top'>↑回頂部</a></p>")
    assert any(t.endswith("»") for _, t in units) and any(t.endswith("↑回頂部") for _, t in units)
    # a footnote's mark that is a sign, "*", is the sentence's too
    units = _read(f"<h1>舊區</h1><p>{PROSE}<a href='#n1'>*</a></p><p>{PROSE}</p>")
    assert any(t == PROSE + "*" for _, t in units)


def test_native_sign_off_over_the_signature_delimiter_is_meta() -> None:
    # a mail archive's message: the writer's sign-off right over "--" is the message's (pipermail, dev15 w15-009 and
    # dev16 k16-000; hypermail, dev16 k16-001), what the delimiter heads is the signature, furniture
    body = (f"<h1>[江城读书会] 十一月共读书目</h1><pre>各位书友：\n\n{PROSE}\n\n{PROSE}\n\n思远\n--\n"
            "江城读书会邮件列表\n</pre>")
    units = _native(body)
    assert ("meta", "思远") in units and ("debris", "江城读书会邮件列表") in units
    # a short line with no delimiter under it stays furniture there
    units = _native(f"<h1>[江城读书会] 十一月共读书目</h1><pre>各位书友：\n\n{PROSE}\n\n{PROSE}\n\n思远\n\n江城读书会邮件列表\n</pre>")
    assert ("debris", "思远") in units


def test_native_mail_header_address_is_furniture_and_its_date_meta() -> None:
    # a mailing list archive's message header: the sender's address link is furniture of its own, set apart from
    # the name and the date it sits between, and the mail's date alone is the message's date (pipermail, dev15 w15-009
    # and dev16 k16-000: "<b>name</b> <a href=mailto:…>address</a><br><i>date</i>"; hypermail, dev16 k16-001:
    # "From: name &lt;<a href=mailto:…>address</a>&gt;<br>Date: …")
    prose = f"<pre>各位书友：\n\n{PROSE}\n\n{PROSE}\n</pre>"
    units = _read("<h1>[城南读书会] 回复：五月共读书目</h1><b>王立新</b>\n"
                  "<a href='mailto:dushu%40lists.example.org' title='dushu'>wanglx at example.org\n</a><br>\n"
                  f"<i>Tue May 14 09:12:33 CST 2024</i>{prose}")
    assert units[1:4] == [("heading", "王立新"), ("debris", "wanglx at example.org"), ("meta", "Tue May 14 09:12:33 CST 2024")]
    units = _read("<h1>Re: [zh-l10n] 翻譯詞彙表更新</h1><address class='headers'><span id='from'><dfn>From</dfn>: 林怡君 "
                  "&lt;<a href='mailto:yijun_at_example.org.tw'>yijun_at_example.org.tw</a>&gt;</span><br/>"
                  f"<span id='date'><dfn>Date</dfn>: Wed, 15 May 2024 10:22:07 +0800</span><br/></address>{prose}")
    assert ("paragraph", "From:林怡君") in units and ("debris", "yijun_at_example.org.tw") in units
    assert any(t.replace(" ", "") == "Date:Wed,15May202410:22:07+0800" and k == "meta" for k, t in units)
    # a weekday and a date inside a sentence, or before one, is no mail date
    units = _native(f"<h1>通知</h1><p>{PROSE}</p><p>Meeting on Tue May 14 09:12:33 CST 2024</p><p>{PROSE}</p>")
    assert ("meta", "Meeting on Tue May 14 09:12:33 CST 2024") not in units
    units = _native(f"<h1>通知</h1><p>{PROSE}</p><p>Tue May 14 09:12:33 CST 2024 会议改期</p><p>{PROSE}</p>")
    assert not any(k == "meta" and "会议改期" in t for k, t in units)
    # on such a page an address in a <p>'s sentence stays the sentence's
    units = _native(f"<h1>通知</h1><pre>x = 1\n\ny = 2</pre><p>{PROSE}</p>"
                    "<p>查詢請電郵<a href='mailto:comm@example.edu.mo'>comm@example.edu.mo</a>。</p>")
    assert any(t == "查詢請電郵comm@example.edu.mo。" for _, t in units)
    # on a page with no <pre> (no mail's message) an address in a sentence stays the sentence's
    units = _native(f"<h1>通知</h1><p>{PROSE}</p><p>查詢請電郵<a href='mailto:comm@example.edu.mo'>comm@example.edu.mo</a>。</p>")
    assert any(t == "查詢請電郵comm@example.edu.mo。" for _, t in units)


def test_native_dotted_credit_line_under_the_title_is_the_byline() -> None:
    # a blog's credit line of short parts set apart by middle dots, one a date and one a name, between the title and
    # the first prose: the post's byline, no short label of the site (WordPress, dev16 k16-009; Hugo PaperMod with
    # its reading time, dev16 k16-003; a recipe blog's "文／… · date", dev14 v14-008, kept already, now a byline)
    units = _native(f"<h1>读《街道的美学》：慢下来的城市</h1><div class='entry-meta'>李青 · 2024年3月2日</div><p>{PROSE}</p><p>{PROSE}</p>")
    assert ("byline", "李青·2024年3月2日") in _squashed(units)
    units = _native(f"<h1>舊區散步筆記</h1><div class='post-meta'>2024年3月8日 · 6 分鐘 · 陳嘉欣</div><p>{PROSE}</p><p>{PROSE}</p>")
    assert ("byline", "2024年3月8日·6分鐘·陳嘉欣") in _squashed(units)
    # parts that are all figures (a counter and a date) name no one: furniture as before
    units = _native(f"<h1>舊區散步筆記</h1><div>閱讀 1024 · 2024年3月8日</div><p>{PROSE}</p><p>{PROSE}</p>")
    assert ("byline", "閱讀1024·2024年3月8日") not in _squashed(units)


# --- review25's cases (fixrv24): each fails on fixh23's rules ---------------------------------------------------------

def test_native_mailto_in_a_sentence_stays_the_sentences_on_a_page_with_pre() -> None:
    # B1: a tech blog's <pre> makes no mail archive of the page: an address in a <div>'s or an <li>'s sentence is the
    # sentence's text, and a quoted mail's "name <address> 写道：" inside the <pre> stays one line
    units = _read(f"<h1>Python 入门</h1><div><p>{PROSE}</p><pre>print(1)</pre><p>{PROSE}</p>"
                  "<div>如有问题请发邮件至<a href='mailto:a@b.com'>a@b.com</a>联系我们。</div>"
                  "<ul><li>作者邮箱：<a href='mailto:a@b.com'>a@b.com</a>，欢迎来信交流。</li></ul></div>")
    assert ("paragraph", "如有问题请发邮件至a@b.com联系我们。") in units
    assert ("paragraph", "作者邮箱：a@b.com，欢迎来信交流。") in units
    assert not any(t == "a@b.com" for _, t in units)
    units = _read(f"<h1>Re: 书目</h1><pre>各位书友：\n\n{PROSE}\n\n在 2024-05-14，王立新 &lt;<a href='mailto:x@y.org'>x@y.org</a>&gt; "
                  f"写道：\n\n{PROSE}\n</pre>")
    assert ("paragraph", "在2024-05-14，王立新<x@y.org>写道：") in _squashed(units)
    # a name's block with no name before the address (an address alone) or a sentence before it: not set apart
    units = _read(f"<h1>通知</h1><pre>x = 1</pre><div>请联系 <a href='mailto:a@b.com'>a@b.com</a></div><p>{PROSE}</p>")
    assert any(t.replace(" ", "") == "请联系a@b.com" for _, t in units)


def test_native_unclosed_mailto_link_leaves_the_message() -> None:
    # B2: a sender's address link left open (no </a>) makes nothing after it furniture: the date and the message stay
    units = _read("<h1>[城南读书会] 回复：五月共读书目</h1><div><b>王立新</b> <a href='mailto:x@y.org'>x at y.org<br>"
                  f"<i>Tue May 14 09:12:33 CST 2024</i><pre>各位：\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n</pre></div>")
    assert ("paragraph", PROSE) in units and ("paragraph", "各位：") in units
    assert not any(k == "debris" and PROSE in t for k, t in units)


def test_native_header_h1_that_is_the_sites_name_is_no_title() -> None:
    # B3: a site's <header> with its name in an <h1>, first in the <title> before the page's own short title, and the
    # page's <h1> further down: the site's name stays furniture, the article's <h1> the title
    units = _read(f"<header><h1>江城日报</h1><div>首页　新闻　体育</div></header><div><h1>通知</h1><p>{PROSE}</p><p>{PROSE}</p></div>",
                  title="江城日报 - 通知")
    assert ("debris", "江城日报") in units and ("title", "通知") in units
    # B4: a hidden <header> holding a copy of the title is no title block: the visible <h1> is the title
    units = _read("<header style='display:none'><h1>社区图书馆服务调查报告</h1><p>周明远</p></header><main>"
                  f"<h1>社区图书馆服务调查报告</h1><p>周明远</p><p>{PROSE}</p><p>{PROSE}</p></main>", title="社区图书馆服务调查报告")
    assert units[0] == ("debris", "社区图书馆服务调查报告") and ("title", "社区图书馆服务调查报告") in units[1:]
    # B5: a <footer>'s <h1> with the site's name, the <title>, is furniture (only a <header> holds a title block)
    units = _read(f"<h2>报告</h2><p>{PROSE}</p><p>{PROSE}</p><footer><h1>新闻网</h1><p>联系我们　关于本站</p></footer>",
                  title="新闻网")
    assert ("title", "报告") in units and ("debris", "新闻网") in units
    # a site's logo, its name in a link in the <header>'s <h1>, is no headline though the <title> be the site's name
    units = _read(f"<header><h1 class='site-title'><a href='/' rel='home'>新闻网</a></h1></header><h2>报告</h2><p>{PROSE}</p>"
                  f"<p>{PROSE}</p>", title="新闻网")
    assert ("title", "报告") in units and ("debris", "新闻网") in units


def test_native_dotted_notice_is_no_credit_line() -> None:
    # B6: a notice with a sentence end is no credit line, though a date and a dot are in it
    units = _native(f"<h1>城市漫步</h1><div>本文首发于2024年3月2日 · 转载请注明出处。</div><p>{PROSE}</p><p>{PROSE}</p>")
    assert not any(k == "byline" for k, _ in units)
    # D4: a bullet "•" sets a credit's parts apart as a middle dot does
    units = _native(f"<h1>读《街道的美学》：慢下来的城市</h1><div class='entry-meta'>2024-03-02 • 李青</div><p>{PROSE}</p><p>{PROSE}</p>")
    assert ("byline", "2024-03-02•李青") in _squashed(units)
    # a part without a digit that is no name (a clause, a label) makes no credit line
    units = _native(f"<h1>城市漫步</h1><div>2024年3月2日 · 分类：城市，生活</div><p>{PROSE}</p><p>{PROSE}</p>")
    assert not any(k == "byline" for k, _ in units)


def test_native_symbol_link_dropped_from_bold_words() -> None:
    # B7: a way back dropped from bold words counts as no bold text: a line half in bold is no heading
    units = _read(f"<h1>舊區</h1><p>{PROSE}</p><div>說明<b>重點<a href='#x'>↩︎</a></b></div><p>{PROSE}</p>")
    assert ("paragraph", "說明重點") in units
    units = _read(f"<h1>舊區</h1><p>{PROSE}</p><div><b>重點說明<a href='#x'>¶</a></b></div><p>{PROSE}</p>")
    assert ("heading", "重點說明") in units
