"""Two columns that pdftotext's default mode printed on alternate lines (columns.alternate_order).

The dumps in tests/data/segment_alt_columns/ come from reportlab PDFs that make.py there builds; gold.json
holds the texts they were set from.
"""

import itertools
import json
from pathlib import Path

from annotate.segment import check_offsets, segment_text
from annotate.segment.columns import alternate_order
from annotate.segment.lines import split_lines

DATA = Path(__file__).resolve().parents[1] / "data" / "segment_alt_columns"
GOLD = json.loads((DATA / "gold.json").read_text(encoding="utf-8"))


def _whole(raw):
    """(kind, text without whitespace) of each unit, its pieces put back together."""
    doc = segment_text(raw, "doc")
    whole, kinds, order = {}, {}, []
    for u in doc.units:
        cont = (u.where or {}).get("continues")
        if cont:
            whole[cont] += u.text
        else:
            whole[u.para_id], kinds[u.para_id] = u.text, u.kind
            order.append(u.para_id)
    return doc, [(kinds[p], "".join(whole[p].split())) for p in order]


def _columns(left, right, width):
    """Two columns' paragraphs cut at ``width`` characters, printed on alternate lines with a blank
    line between every two, as pdftotext's default mode prints them."""
    cut = [[p[i:i + width] for i in range(0, len(p), width)] for p in left], [[p[i:i + width] for i in range(0, len(p), width)] for p in right]
    a = [ln for para in cut[0] for ln in para]
    b = [ln for para in cut[1] for ln in para]
    rows = []
    for i in range(max(len(a), len(b))):
        rows += [x for x in (a[i:i + 1] + b[i:i + 1])]
    return "\n\n".join(rows) + "\n"


LEFT = ["第三季度，全区实现社会消费品零售总额四百八十六亿元，同比增长百分之五点七，增速比上半年加快，限额以上单位零售额同比增长。",
        "从消费形态看，餐饮收入增长较快；商品零售同比增长。假期消费带动作用明显，国庆期间重点商圈客流量同比增长。"]
RIGHT = ["部分传统商贸企业经营压力较大，百货店零售额同比下降，客流向购物中心和线上渠道分流的趋势仍在延续。",
         "建议继续落实以旧换新政策，优化消费环境，培育夜间经济和首发经济，推动消费市场保持平稳增长。"]


def test_alternate_lines_are_read_column_by_column():
    doc, units = _whole(_columns(LEFT, RIGHT, 13))
    texts = [t for _, t in units]
    assert all(p in texts for p in LEFT + RIGHT), texts
    for u in doc.units:  # every piece still maps each character back in order
        check_offsets(u.text, _columns(LEFT, RIGHT, 13), u.offsets)


def test_a_page_whose_blank_lines_show_no_wraps_stands_as_printed():
    # lines set apart by blank lines, none continued across the other column's line: not two columns
    raw = "\n\n".join(f"第{i}项工作已经按期完成。" for i in range(20)) + "\n"
    assert alternate_order(raw, split_lines(raw)) is None


def test_the_new_users_report_comes_out_whole():
    # docs/segmentation.md §4 "columns on alternate lines": 44 units (24 headings) before
    gold = GOLD["report"]
    raw = (DATA / "report_pdftotext.txt").read_text(encoding="utf-8")
    doc, units = _whole(raw)
    for u in gold["units"]:
        assert (u["kind"], u["text"]) in units, u["text"]
    # (22: the running head's lines at each page's top are a debris unit each, as print gold draws them apart,
    # classify._page_edge; 21 while they made one unit)
    assert len(units) <= 22
    for u in doc.units:
        check_offsets(u.text, raw, u.offsets)


def test_an_a4_report_with_a_block_printed_whole_comes_out_whole():
    # the columns take turns for half the page, then one column's lines come together
    gold = GOLD["water"]
    _, units = _whole((DATA / "water_pdftotext.txt").read_text(encoding="utf-8"))
    texts = [t for _, t in units]
    assert sum(u["text"] in texts for u in gold["units"]) >= 10


BODY = ["建议继续落实以旧换新政", "策，优化消费环境，培育夜间", "经济和首发经济，推动消费市", "场保持平稳增长，促进市场回", "暖并带动就业，稳住基本盘。",
        "各地要加快推进县域商业体", "系建设，完善冷链物流设施，", "补齐农村消费短板，让更多群", "众享受到便利的消费服务。"]


def test_a_credit_line_is_not_taken_by_the_title_or_the_wrapped_text_under_it():
    raw = "2026年第三季度区域消费市场运行分析\n作者：经济研究所 孙立新\n\n" + "\n".join(BODY) + "\n"
    units = [(u.kind, u.text) for u in segment_text(raw, "doc").units]
    # (a byline since the organisation before the name counts, squeezed as bylines are)
    assert ("byline", "作者：经济研究所孙立新") in units and ("title", "2026年第三季度区域消费市场运行分析") in units


def test_a_running_header_in_pieces_far_apart_is_not_a_wrapped_line():
    # pdftotext -layout: a running header's pieces across the page over a narrow column (page 2)
    from annotate.segment import join

    header = "区域经济观察   2026年第4期         经济研究所内部刊物"
    spaced = "息 技 术 龙 头 企 业 ，产 业 链 上 下 游"  # a letter-spaced, justified line is one
    for raw, wrapped in ((header, False), (spaced, True)):
        line = split_lines(raw + "\n")[0]
        join.context([line], raw)
        line.width = 26.5
        assert join._in_wrap(line, 13.0, raw) is wrapped


def test_the_layout_dump_keeps_the_header_off_page_two():
    _, units = _whole((DATA / "report_layout.txt").read_text(encoding="utf-8"))
    texts = [t for _, t in units]
    assert GOLD["report"]["units"][-1]["text"] in texts and "作者：经济研究所孙立新" in texts


def test_a_page_whose_columns_take_turns_for_a_stretch_only_breaks_there():
    # page 2: the columns take turns for eight lines under the running header, then one column's lines
    # run on together: too few blank lines on the page as a whole, yet the stretch in turns is the two
    # columns' (columns._run_in_turns), so the right column's lines do not join the left column's
    page1 = (DATA / "report_pdftotext.txt").read_text(encoding="utf-8").split("\f")[0]
    left = "各乡镇不借支、不挪用，不耽误村里使用。这些措施公开出台，打消了干部群众的思想疑虑。村民理财小组代表村民意愿，对本村财务实行民主决策、管理和监督，对年初预算和预算外开支进行审批。"
    right = "合作，不仅有利于两国的根本利益，而且有利于地区和世界的和平与发展。如何把两国经济技术合作提高到新的水平，是我们面临的共同课题。"
    a = [left[i:i + 20] for i in range(0, 100, 20)]
    b = [right[i:i + 20] for i in range(0, 80, 20)]
    rest = "出版社要赚这份钱，就必得正确估量家长们的选书水准，正确估量儿童们的读书兴趣。对大形势作判断，主要是判断现在家长们的水平。" * 9
    body = [left[100:]] + [rest[i:i + 20] for i in range(0, len(rest), 20)]
    turns = [x for pair in itertools.zip_longest(a, b) for x in pair if x]
    page2 = "研究简报\n\n" + "\n\n".join(turns) + "\n\n" + "\n".join(body) + "\n"
    raw = page1 + "\f" + page2
    texts = ["".join(u.text.split()) for u in segment_text(raw, "doc").units]
    assert not any(b[0] in t and a[1] in t for t in texts), texts  # no unit holds both columns' lines
    assert not any(a[0] in t and b[0] in t for t in texts), texts
