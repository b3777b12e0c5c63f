"""Batch 12's web designs (dev12 WEB part, issue #10): failure classes of the new site designs, native HTML route."""

from __future__ import annotations

from segment_samples import HTML_PROSE as PROSE
from segment_samples import native_html_units as _native


def test_native_numbered_lines_split_by_br_are_items_of_their_own() -> None:
    # a service guide's materials: "1.…；<br>2.…；<br>…" in one <div>, each line an item (a paragraph)
    units = _native(f"<h2>居住证申领</h2><p>{PROSE}</p><h4>三、申请材料</h4>"
                    "<div class='cl'>\n1.申请人有效身份证件原件及复印件；<br>\n2.申请表（可在本网站下载）；<br>\n"
                    "（3）近期免冠彩色照片两张。<br>\n</div>"
                    f"<h4>四、办理流程</h4><p>{PROSE}</p>")
    assert [t for k, t in units if k == "paragraph" and t[0] in "12（"] == [
        "1.申请人有效身份证件原件及复印件；", "2.申请表（可在本网站下载）；", "（3）近期免冠彩色照片两张。"]
    # a line break inside prose that does not open an item is no cut
    kept = _native(f"<h1>t</h1><p>1.申请人有效身份证件原件及复印件；<br>{PROSE}</p>")
    assert ("paragraph", f"1.申请人有效身份证件原件及复印件；{PROSE}") in kept


def test_native_program_listing_in_pre_is_debris() -> None:
    listing = "<pre><code class='language-python'>import pandas as pd\n\ndf = pd.read_csv('news.csv')\nprint(df.head())</code></pre>"
    units = _native(f"<h1>数据清洗实战</h1><h2>一、数据准备</h2><p>{PROSE}</p>{listing}<p>{PROSE}</p>")
    assert [k for k, t in units if "pandas" in t] == ["debris"]
    # preformatted Chinese text stays
    kept = _native(f"<h1>t</h1><p>{PROSE}</p><pre>床前明月光，疑是地上霜。\n举头望明月，低头思故乡。</pre><p>{PROSE}</p>")
    assert [k for k, t in kept if t.startswith("床前")] == ["paragraph"]


def test_native_list_of_short_fields_is_a_facts_box_debris() -> None:
    facts = "<ul class='facts'><li>出發時間：5月</li><li>出行天數：2天</li><li>人均費用：2600元</li><li>和誰：朋友</li></ul>"
    units = _native(f"<h1>五天四夜慢遊古城</h1>{facts}<h2>Day1 抵達古城</h2><p>{PROSE}</p><p>{PROSE}</p>")
    assert [k for k, t in units if "：" in t] == ["debris"] * 4
    # the same fields as paragraphs of their own under the title stay (a press conference's time and place)
    fields = "<p>时间：2022年4月20日上午10时</p><p>地点：省政府新闻发布厅</p><p>发布人：省文化和旅游厅副厅长段慧敏</p>"
    kept = _native(f"<h1>发布会实录</h1>{fields}<p>{PROSE}</p><p>{PROSE}</p>")
    assert "debris" not in [k for k, t in kept if "：" in t]


def _units(text: str) -> list[tuple[str, str]]:
    from annotate.segment import segment_text
    return [(u.kind, u.text) for u in segment_text(text, "t").units]


def test_script_link_targets_alone_are_one_debris_unit_a_line() -> None:
    # lynx -nonumbers lists the page's links without numbers, the in-page buttons' targets too; under a long line
    # cut at the dump's width without a sentence end they would be its wrap
    line = (PROSE * 3)[:127]
    units = _units(f"   {line}\njavascript:void(0)\njavascript:void(0)\nmailto:kefu@youxuan.com\n")
    assert units[-3:] == [("debris", "javascript:void(0)")] * 2 + [("debris", "mailto:kefu@youxuan.com")]


def test_two_lines_of_words_set_apart_by_spaces_are_no_two_line_title() -> None:
    # a shop page's bars and spec rows in lynx: each line its own unit (the spec table a cell a unit: session 16)
    dump = (f"   手工粗陶茶具套装 办公室会客整套礼盒装\n\n   选择颜色 青瓷 白瓷 黑陶\n   加入购物车 立即购买\n\n"
            f"    产地  北京\n    件数  8件\n\n   {PROSE}\n\n   {PROSE}\n")
    texts = {"".join(t.split()) for _, t in _units(dump)}
    assert {"选择颜色青瓷白瓷黑陶", "加入购物车立即购买", "产地", "北京", "件数", "8件"} <= texts
    # a title printed as two short lines still makes one heading
    title = _units(f"坚持“四个面向”\n做好“高新文章”\n\n{PROSE}\n\n{PROSE}\n")
    assert title[0][1].replace("\n", "") == "坚持“四个面向”做好“高新文章”"


def test_a_menu_lynx_printed_with_inline_addresses_is_one_debris_unit_a_line() -> None:
    menu = "".join(f"   [https://www.lvxingjia.com/{p}]{w}\n" for p, w in
                   (("", "旅行家"), ("gl/", "攻略"), ("yj/", "遊記"), ("jd/", "酒店"), ("jp/", "機票"), ("login", "登錄")))
    units = _units(f"{menu}\n   旅行家 > 昆明攻略 > 遊記\n\n五天四夜慢遊古城\n\n   {PROSE}\n\n   {PROSE}\n")
    assert units[:6] == [("debris", line.strip()) for line in menu.splitlines()]


def test_a_bar_of_ratings_under_a_shop_name_is_no_second_title_line() -> None:
    units = _units(f"   {PROSE}\n\n   {PROSE}\n\n   素心茶器专营店\n   商品评分 4.9 ｜ 服务评分 4.8\n\n   Copyright © 2024 优选商城 版权所有\n")
    texts = ["".join(t.split()) for _, t in units]
    assert "素心茶器专营店" in texts and "商品评分4.9｜服务评分4.8" in texts
