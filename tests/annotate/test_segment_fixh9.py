"""Native HTML reader, session 17 (fixh9): general markup signals around the article, on designs never seen."""

from __future__ import annotations

PROSE = "委员会的活动是两国关系发展的必然结果，它具有远大的前途。我们在艰苦的岁月中曾相互支持，今天又将我们连接在一起。"


def _native(body: str, title: str = "t") -> list[tuple[str, str]]:
    from annotate.segment.readers.html import read_html
    page = f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"
    doc, _ = read_html(page.encode("utf-8"), "d")
    return [(u.kind, u.text) for u in doc.units]


def test_native_block_in_large_type_without_an_h1_is_the_title() -> None:
    # no <h1>, a <title> naming the site: the headline is the block set larger than the prose, and what stands
    # above it (a menu of spans without links) is the page's frame
    menu = "".join(f"<span style='padding:0 12px'>{w}</span>" for w in ("首页", "本地要闻", "乡镇动态", "专题"))
    body = (f"<div>{menu}</div><div style='font-size:26px;font-weight:bold'>小山村里的共富工坊</div>"
            f"<div style='font-size:13px'>作者：周晓梅　发布时间：2024年05月02日</div>"
            f"<div style='font-size:16px'><p>{PROSE}</p><p>{PROSE}</p></div>")
    units = _native(body, "县融媒体中心")
    assert units[0] == ("debris", "首页本地要闻乡镇动态专题")
    assert ("title", "小山村里的共富工坊") in units
    # a shop's product name in 20 px above the first <h2> (which the other rules would take for the title)
    shop = _native(f"<div class='name' style='font-size:20px'>【現貨】冷製手工皂六入禮盒</div>"
                   f"<h2>商品規格</h2><p>分類：香皂</p><h2>商品描述</h2><p>{PROSE}</p>")
    assert shop[0] == ("title", "【現貨】冷製手工皂六入禮盒") and ("title", "商品規格") not in shop
    # the largest type there, not a banner in large type above it
    banner = _native(f"<div style='font-size:22px'>限時搶購</div><div style='font-size:30px'>真正的標題</div><p>{PROSE}</p>")
    assert ("title", "真正的標題") in banner and ("debris", "限時搶購") in banner
    # type no larger than the prose's, or a page whose every block is large: no title by size
    same = _native(f"<div style='font-size:20px'>某某網</div><h2>真正的標題</h2><p style='font-size:20px'>{PROSE}</p>")
    assert ("title", "真正的標題") in same
    h1 = _native(f"<div style='font-size:28px'>晨光新聞網</div><h1>真正的標題</h1><p>{PROSE}</p>")
    assert ("title", "真正的標題") in h1  # an <h1> is the title however large the site's name above it


def test_native_highlighted_code_listing_in_pre_code_is_debris() -> None:
    # a highlighter's listing (pandoc, Pygments): each line in a <span> inside <pre><code>, a command and its output
    listing = ("<div class='sourceCode'><pre class='sourceCode bash'><code class='sourceCode bash'>"
               "<span id='cb1-1'>$ ./borrow --id 20230901 --book ISBN978-7-02</span>\n"
               "<span id='cb1-2'>ok: 30 days</span></code></pre></div>")
    units = _native(f"<h1>手册</h1><p>{PROSE}</p>{listing}<p>{PROSE}</p>")
    assert [k for k, t in units if "borrow" in t] == ["debris"]
    poem = _native(f"<h1>手册</h1><p>{PROSE}</p><pre><span>床前明月光，疑是地上霜。</span></pre><p>{PROSE}</p>")
    assert ("paragraph", "床前明月光，疑是地上霜。") in poem  # preformatted Chinese text stays


def test_native_large_type_title_gives_way_to_the_page_title() -> None:
    # the heading the <title> names is the title; the site's name in large type (the <title>'s site slot) is none
    named = _native(f"<div style='font-size:1.8em'>晨光新聞網</div><h2>真正的標題</h2><p>{PROSE}</p>", "真正的標題")
    assert ("title", "真正的標題") in named
    slot = _native(f"<div style='font-size:28px'>晨光新聞網</div><b>另一個標題</b><p>{PROSE}</p>", "另一個標題 - 晨光新聞網")
    assert ("title", "晨光新聞網") not in slot
    em = _native(f"<div>首頁　新聞</div><div style='font-size:1.6em'>真正的標題</div><p>{PROSE}</p>", "晨光新聞網")
    assert em[0][0] == "debris" and ("title", "真正的標題") in em


def test_native_section_after_the_last_prose_in_the_articles_flow_of_paragraphs_stays() -> None:
    # a heading over a short <p> beside the article's <p>s is the article's next section, not a furniture head
    body = (f"<div class='md'><h2>安装</h2><p>{PROSE}</p><h2>许可证</h2><p>本项目基于MIT许可证发布</p></div>"
            "<div class='about'><h2>About</h2><p>中文分词</p></div>")
    units = _native(f"<h1>fast-tokenizer</h1>{body}")
    assert ("heading", "许可证") in units and ("paragraph", "本项目基于MIT许可证发布") in units
    assert ("debris", "About") in units
    record = _native(f"<h1>會議紀錄</h1><div><p>{PROSE}</p><p><b>暫停會議</b></p><p>下午1時02分</p>"
                     "<p>會議隨而暫停。</p></div>")
    assert [k for k, t in record[-3:]] == ["heading", "paragraph", "paragraph"]
    # a short <p> right under the last prose in its flow is the article's (a contact line, a closing note, a credit)
    tail = _native(f"<h1>新聞稿</h1><div class='c'><p>{PROSE}</p><p>新聞聯絡人：林科長（02）2356-1234</p>"
                   "<p>行政院發言人室陳專員（02）3356-6500</p></div><div class='upd'>瀏覽人次：2481</div>")
    assert ("paragraph", "行政院發言人室陳專員（02）3356-6500") in tail
    # a box of its own under the article (a <div> line under the heading, or links in a list) still ends it
    box = _native(f"<h1>電飯煲</h1><div><p>{PROSE}</p><h2>商品评价</h2><div>好评度95%</div></div>")
    assert ("debris", "商品评价") in box and ("debris", "好评度95%") in box
    head = _native(f"<h1>新聞</h1><div><p>{PROSE}</p><h3>延伸閱讀</h3><p>另一則新聞標題</p></div>")
    assert ("debris", "延伸閱讀") in head and ("debris", "另一則新聞標題") in head
    links = _native(f"<h1>新聞</h1><div><p>{PROSE}</p><h3>相关新闻</h3><ul><li>另一则新闻标题</li></ul></div>")
    assert ("debris", "相关新闻") in links
