"""Native HTML reader, session 24 (fixn24h): failure classes that recur across designs."""

from __future__ import annotations

from segment_samples import HTML_PROSE as PROSE


def _read(body: str, title: str = "t"):
    from annotate.segment.readers.html import read_html

    page = f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"
    doc, _ = read_html(page.encode("utf-8"), "d")
    for unit in doc.units:  # every character of a unit's text where its run says (an entity's at its "&"; a space kept
        for t, s, n in unit.offsets:  # for a line break maps to the whitespace it stands for)
            assert all(a == b or a == " " and b.isspace() for a, b in zip(unit.text[t:t + n], page[s:s + n], strict=True)) \
                or n == 1 and page[s] == "&"
    return [(u.kind, u.text) for u in doc.units]


def test_native_subtitle_beside_the_title_is_a_heading() -> None:
    # a short line right under the title in the title's own block, in an element whose class names a subtitle, is the
    # title's subtitle (a heading), not a label between the title and the prose to drop: pandoc's <p class="subtitle">
    # (dev15 w15-004), Hugo's <div class="post-description"> (dev16 k16-003), a shop's <p class="slogan"> (dev16 k16-008);
    # <p class="subtitle"> under the <h1> heads no box of prose (html._titled_box), so _subtitle reads it too (review30 T2)
    for tag, cls, sub in (("p", "subtitle", "第二版"), ("div", "post-description", "從一間士多到一條街的記憶"),
                          ("p", "slogan", "安靜淨化，一整夜好眠")):
        units = _read(f"<header><h1 class='title'>社区图书角志愿服务手册</h1><{tag} class='{cls}'>{sub}</{tag}>"
                      f"<p class='author'>周宁</p></header><p>{PROSE}</p><p>{PROSE}</p>", title="社区图书角志愿服务手册")
        assert units[:2] == [("title", "社区图书角志愿服务手册"), ("heading", sub)], units
    # a site's tagline (MediaWiki's id="siteSub"), a tag row in a class naming no subtitle: labels, furniture as before
    units = _read(f"<h1>台灣戰後時期</h1><div id='siteSub'>維基式百科，自由的百科全書</div><p>{PROSE}</p><p>{PROSE}</p>")
    assert units[:2] == [("title", "台灣戰後時期"), ("debris", "維基式百科，自由的百科全書")]
    units = _read(f"<div><h1>上地西里 南北通透</h1><div class='sub'>满五唯一 近地铁 随时看房</div></div><p>{PROSE}</p>")
    assert units[1][0] == "debris"
    # nor is a line in a subtitle's class that is no sibling of the title (in a box of its own below it)
    # (a neutral text, which no line rule makes debris: review30 T1)
    units = _read(f"<div><h1>社区图书角志愿服务手册</h1></div><div><p class='post-description'>从一间士多到一条街的记忆</p></div>"
                  f"<p>{PROSE}</p><p>{PROSE}</p>", title="社区图书角志愿服务手册")
    assert units[1] == ("debris", "从一间士多到一条街的记忆"), units


def test_native_pre_wholly_in_ascii_is_a_listing() -> None:
    # a <pre> whose every unit is wholly ASCII is a program listing (debris) with no sign of code in it: a shell's commands
    # in GitHub's highlighter box (dev16 k16-004), as every all-ASCII <pre> of the dev golds is furniture (dev12, dev14)
    units = _read(f"<h1>ci-wenben：中文文本清洗工具</h1><p>{PROSE}</p><h2>安装</h2><p>需要 Python 3.9 或更高版本：</p>"
                  "<div class='highlight highlight-source-shell'><pre>pip install ci-wenben\nwenben --help</pre></div>"
                  f"<h2>使用说明</h2><p>{PROSE}</p>")
    assert ("debris", "pip install ci-wenben wenben --help") in units
    assert ("heading", "使用说明") in units and units.count(("paragraph", PROSE)) == 2
    # preformatted Chinese text with ASCII lines in it (a mail's message, its list's address) keeps its text
    units = _read(f"<h1>十一月共读书目</h1><pre>各位书友：\n\n{PROSE}\n\nsee you\n</pre><p>{PROSE}</p>")
    assert ("paragraph", "see you") in units


def test_native_short_line_in_a_block_whose_class_names_a_title_is_a_heading() -> None:
    # MkDocs' admonition (dev14 w14-010/011): its title is a heading and its text stays, after the last prose too
    units = _read(f"<h1>创建存储桶</h1><p>{PROSE}</p><h2>步骤</h2><p>{PROSE}</p>"
                  "<div class='admonition tip'><p class='admonition-title'>提示</p><p>存储桶名称创建后不可修改，请提前规划命名规则。</p></div>"
                  "<h2>相关文档</h2><ul><li><a href='/f.html'>API 参考</a></li><li><a href='/g.html'>计费说明</a></li></ul>")
    assert ("heading", "提示") in units and ("paragraph", "存储桶名称创建后不可修改，请提前规划命名规则。") in units, units
    # pandoc's abstract in the title block (dev16 k16-002): its title is a heading, no label between the title and the prose
    units = _read("<header id='title-block-header'><h1 class='title'>社区图书馆服务调查报告</h1><p class='author'>周明远</p>"
                  f"<div class='abstract'><div class='abstract-title'>摘要</div><p>{PROSE}</p></div></header><p>{PROSE}</p>",
                  title="社区图书馆服务调查报告")
    assert units[:4] == [("title", "社区图书馆服务调查报告"), ("byline", "周明远"), ("heading", "摘要"), ("paragraph", PROSE)]
    # a sentence in such a block, or a line the line rules know, keeps its kind; a class naming no title (titlebar) heads nothing
    units = _read(f"<h1>标题</h1><p class='title-note'>本文共三千字，阅读约需十分钟。</p><p>{PROSE}</p>"
                  f"<div class='post-title-meta'>责任编辑：李某</div><p>{PROSE}</p><div class='titlebar'>江城新闻网</div><p>{PROSE}</p>")
    assert ("paragraph", "本文共三千字，阅读约需十分钟。") in units and ("meta", "责任编辑：李某") in units, units
    assert not any(k == "heading" and t == "江城新闻网" for k, t in units)


def test_native_titled_line_heads_only_its_own_box_of_prose() -> None:
    # a sidebar box's <div class="title"> over its links is no heading, so not the title of a page with no <h1>; the
    # article's <h2> under it is (review30 B3: h1.html)
    box = "<div class='box'><div class='title'>热门推荐</div><ul><li><a href='/a'>第一条新闻</a></li><li><a href='/b'>第二条新闻</a></li></ul></div>"
    units = _read(f"{box}<div class='main'><h2>社区图书角迎来周年</h2><p>{PROSE}</p><p>{PROSE}</p></div>", title="江城网")
    assert ("title", "社区图书角迎来周年") in units and ("debris", "热门推荐") in units, units
    # an article's own <div class="title"> over its paragraphs is a heading; the box's is not
    units = _read(f"{box}<div class='article'><div class='title'>社区图书角迎来周年</div><p>{PROSE}</p><p>{PROSE}</p></div>",
                  title="江城网")
    assert ("heading", "社区图书角迎来周年") in units, units
    assert not any(k in ("title", "heading") and t == "热门推荐" for k, t in units), units
    # a tab row under the <h1> in the same parent heads no box: debris, a label before the first prose (h5.html)
    units = _read(f"<h1>社区图书角迎来周年</h1><div class='tab-title'>正文　图集　视频</div><p>{PROSE}</p><p>{PROSE}</p>",
                  title="社区图书角迎来周年_江城网")
    assert units[:2] == [("title", "社区图书角迎来周年"), ("debris", "正文图集视频")], units
    # a Q&A box's title over its answerer's line and the answer's text (dev15 w15-002): a heading
    units = _read(f"<h1>班主任年限怎么算</h1><p>{PROSE}</p><div class='best'><div class='best-title'>最佳答案</div>"
                  f"<div class='answerer'>回答者：暖阳小筑</div><div class='content'>{PROSE}</div></div>")
    assert ("heading", "最佳答案") in units, units
