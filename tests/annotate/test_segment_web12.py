"""Batch 12's web designs (dev12 WEB part, issue #10): failure classes of the new site designs, native HTML route."""

from __future__ import annotations

PROSE = "委员会的活动是两国关系发展的必然结果，它具有远大的前途。我们在艰苦的岁月中曾相互支持，今天又将我们连接在一起。"


def _native(body: str) -> list[tuple[str, str]]:
    from annotate.segment.readers.html import read_html
    page = f"<html><head><meta charset='utf-8'><title>t</title></head><body>{body}</body></html>"
    doc, _ = read_html(page.encode("utf-8"), "d")
    return [(u.kind, u.text) for u in doc.units]


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
