"""Native HTML reader, session 18 (fixh10): general signals for content and furniture that carry across designs."""

from __future__ import annotations

from segment_samples import HTML_PROSE as PROSE
from segment_samples import native_html_units as _native


def test_native_head_over_a_numbered_list_after_the_last_prose_is_the_articles() -> None:
    # a head after the last prose, past the article's box, over items numbered 1, 2, 3 in turn (a release line
    # between or not): the page's own section, its items too, however short and without a sentence end
    items = "<div class='c'>1. 郭红，赵建红. 某类疾病的临床研究[J]. 中华医学杂志，2020<br>2. 孙国. 内镜下治疗的随访分析[J]. 2021<br></div>"
    units = _native(f"<h1>陈娜</h1><div class='box'><div class='c'>{PROSE}</div><div class='c'>{PROSE}</div></div>"
                    f"<div class='box'><div class='t'>学术成果</div>{items}</div>"
                    f"<h2>新版特性</h2><p class='ver'>版本 5.2.1　2023-10-09</p><div>1. 花冠呈漏斗形五裂<br>2. 它现时也在香港有五家上市公司<br>3. 拉辛格被按立为总主教</div>"
                    "<h2>应用信息</h2><p>版本 5.2.1</p><p>大小 86.4MB</p><div class='ft'>热门推荐</div><p>1. 某应用</p>")
    kinds = {t: k for k, t in units}
    assert kinds["学术成果"] == "heading" and kinds["新版特性"] == "heading"
    assert [k for k, t in units if t[:2] in ("1.", "2.", "3.")][:5] == ["paragraph"] * 5
    assert kinds["版本5.2.1 2023-10-09"] != "debris"
    # a head over one numbered line, or over items not in turn, is no list: the site's
    assert kinds["应用信息"] == "debris" and kinds["热门推荐"] == "debris" and kinds["1.某应用"] == "debris"


def test_native_centred_lines_under_a_centred_title_are_its_block() -> None:
    # a record's date and time, an agenda's date in the calendar of the Republic: centred, in a run right under a
    # title centred the same way, they are the title's block, not labels between the title and the prose
    units = _native("<h1 align='center'>立法會會議過程正式紀錄</h1><p align='center'><b>2024年1月17日（星期三）</b></p>"
                    f"<p align='center'>上午11時正會議開始</p><p>{PROSE}</p>")
    assert ("paragraph", "上午11時正會議開始") in units
    units = _native("<div style='text-align:center;font-size:22px;font-weight:bold'>臺中市議會定期會議事日程</div>"
                    f"<div style='text-align: center'>中華民國113年5月2日（星期四）</div><div>時間：上午9時30分</div><p>{PROSE}</p>")
    assert ("paragraph", "中華民國113年5月2日（星期四）") in units
    # not under a title set flush, nor past a line set flush: a short label there is the site's
    units = _native(f"<h1>立法會會議過程正式紀錄</h1><p align='center'>上午11時正會議開始</p><p>{PROSE}</p>")
    assert ("debris", "上午11時正會議開始") in units
    units = _native("<h1 align='center'>立法會會議過程正式紀錄</h1><p>本站导读</p>"
                    f"<p align='center'>上午11時正會議開始</p><p>{PROSE}</p>")
    assert ("debris", "上午11時正會議開始") in units


def test_native_record_table_of_header_and_data_cells_is_furniture() -> None:
    # a catalogue record: rows of a <th> label (no colon) and a <td> value, some values long or with a "；"
    rows = "".join(f"<tr><th>{a}</th><td>{b}</td></tr>" for a, b in (
        ("出版項", "臺北市：左岸文化，2022[民111]"), ("面數/尺寸", "318面；21公分"), ("叢書名", "左岸社會觀察；342")))
    units = _native(f"<h2>城市的韌性</h2><div>張明哲著</div><table class='bib'>{rows}</table><h4>內容簡介</h4><p>{PROSE}</p><p>{PROSE}</p>")
    assert [k for k, t in units if t.startswith(("出版", "臺北", "面數", "318", "叢書", "左岸"))] == ["debris"] * 6
    # a table whose header row heads its columns is no record: its data cells are the page's
    grid = ("<table><tr><th>时间</th><th>内容</th></tr><tr><td>上午</td><td>开幕式；主旨报告</td></tr>"
            "<tr><td>下午</td><td>分论坛；青年学者发言</td></tr></table>")
    units = _native(f"<h1>论坛日程</h1><p>{PROSE}</p>{grid}<p>{PROSE}</p>")
    assert ("paragraph", "开幕式；主旨报告") in units


def test_native_view_counter_alone_is_furniture() -> None:
    # a view counter alone in its block, right under the credit line: the site's; a label and a figure that is no
    # counter stays the article's
    units = _native("<h2>我校在储能材料研究领域取得进展</h2><p>发布时间：2024-04-29　作者：化学化工学院</p><p>点击：1024</p>"
                    f"<p>{PROSE}</p><p>参会人数：120</p><p>{PROSE}</p>")
    assert ("debris", "点击：1024") in units
    assert ("paragraph", "参会人数：120") in units
