"""Native HTML reader, session 19 (fixh19): failure classes that recur across designs."""

from __future__ import annotations

from segment_samples import HTML_PROSE as PROSE
from segment_samples import native_html_units as _native


def test_native_last_section_head_over_links_in_the_articles_head_markup_stays() -> None:
    # a wiki article's last <h2> ("參見") or a manual's third <h2> ("相关文档") over a list of links, set like the
    # article's other section heads (same tag, same parent): the article's head; the links under it are furniture
    for head in ("參見", "相关文档"):
        units = _native(f"<h1>淡水河系整治計畫</h1><div class='body'><h2>歷史</h2><p>{PROSE}</p><h2>爭議</h2><p>{PROSE}</p>"
                        f"<h2>{head}</h2><ul><li><a href='/a'>基隆河</a></li><li><a href='/b'>員山子分洪道</a></li></ul>"
                        "<h2>參考資料</h2><ol><li>^ 經濟部水利署. 淡水河系治理規劃檢討. 2003年.</li></ol></div>")
        kinds = {t: k for k, t in units}
        assert kinds[head] == "heading" and kinds["歷史"] == "heading"
        assert kinds["基隆河"] == "debris" and kinds["員山子分洪道"] == "debris"
        assert kinds["參考資料"] == "debris"  # a references section is apparatus
    # a furniture word alone in that markup ("附件" over its files) is the site's, as anywhere
    units = _native(f"<h1>定期會議事日程</h1><h3>壹、報告事項</h3><p>{PROSE}</p><h3>貳、討論事項</h3><p>{PROSE}</p>"
                    "<h3>附件</h3><ul><li><a href='/a.pdf'>議事日程表</a></li></ul>")
    assert ("debris", "附件") in units


def test_native_related_head_in_a_box_of_its_own_stays_furniture() -> None:
    # the same words in a box of their own under the article ("相關新聞" in <div class="rel">): another key, the site's
    units = _native(f"<h1>本澳舉辦青年創業分享會</h1><div class='art'><h3>變化中的老街</h3><p>{PROSE}</p><h3>下一步</h3><p>{PROSE}</p></div>"
                    "<div class='rel'><h3>相關新聞</h3><ul><li><a>夜間經濟帶火老街</a></li><li><a>社區食堂開進老舊小區</a></li></ul></div>")
    kinds = {t: k for k, t in units}
    assert kinds["變化中的老街"] == "heading" and kinds["相關新聞"] == "debris" and kinds["夜間經濟帶火老街"] == "debris"
    # nor a head over no list (an app page's "应用信息" over its table): the site's, whatever its markup
    units = _native(f"<h1>记账本</h1><h2>应用介绍</h2><p>{PROSE}</p><h2>新版特性</h2><p>{PROSE}</p>"
                    "<h2>应用信息</h2><table><tr><th>版本</th><td>5.2.1</td></tr><tr><th>大小</th><td>86MB</td></tr></table>")
    assert ("heading", "应用信息") not in units


def test_native_english_rendering_right_under_the_title_stays() -> None:
    # a course page's (or a university release's) English title right under the Chinese one, in a small <div>: the
    # title's rendering (the print route's journal convention, article.latin_title), no label between title and prose
    units = _native("<div class='t' style='font-size:22px;font-weight:bold'>資料結構與演算法</div>"
                    "<div class='en-title' style='font-size:14px'>Data Structures and Algorithms</div>"
                    f"<div>授課教師：林志明 副教授</div><h3>一、課程概述</h3><p>{PROSE}</p><p>{PROSE}</p>")
    assert ("heading", "Data Structures and Algorithms") in units
    # not past another line, nor a Latin label of the site: "Powered by WordPress" under the prose stays furniture
    units = _native(f"<h1>資料結構與演算法</h1><div>授課教師：林志明</div><div>Office of Academic Affairs</div><p>{PROSE}</p>"
                    f"<p>{PROSE}</p><div class='ft'>Powered by WordPress</div>")
    kinds = {t: k for k, t in units}
    assert kinds["Office of Academic Affairs"] == "debris" and kinds["Powered by WordPress"] == "debris"


def test_native_check_mark_lines_after_br_are_items_of_their_own() -> None:
    # a shop's selling points, each opened by a check mark after a <br>, as a blog's "◎" items: a line that ends in a
    # colon ("…分享預約地址：") does not run into the next item
    units = _native(f"<h1>手工皂禮盒</h1><p>{PROSE}</p><div class='desc'>【產品特色】<br>✔ 人生如戲，導演是自己<br>"
                    "✔ 聽說小米開賣了，剛剛預約了一臺，希望能順利搶到，分享預約地址：<br>✔ 女人不壞，男人不愛，一個男女必看的微博<br></div>"
                    f"<p>{PROSE}</p>")
    texts = [t for _, t in units]
    assert "✔聽說小米開賣了，剛剛預約了一臺，希望能順利搶到，分享預約地址：" in texts
    assert "✔女人不壞，男人不愛，一個男女必看的微博" in texts
