"""Two-column pages that ``pdftotext -layout`` printed on alternate lines (session 23, fixl23).

When a page's two columns are set with their baselines half a line apart, ``pdftotext -layout``
prints a left-column line and a right-column line on alternate text lines, each line holding text on
one side only (newuser23 item 1: a law review's 双栏 page). The gutter is still found
(columns.find_gutters counts the lines with text left of a stretch and those with text right of it,
not necessarily the same lines), each column is read on its own, and the units come back in file
order as pieces: a unit whose lines the other column's lines interleave is cut into one piece per
stretch of the file, and every piece after the first names the unit it continues
(``where["continues"]``, ``source.continues`` in a record). A reader that lists the records without
joining the pieces sees "one printed line per unit"; joined by ``continues`` they are the column's
paragraphs. These tests pin that reading.
"""

import itertools

from test_segment_columns import GUTTER
from test_segment_columns import RIGHT as COLUMNS_RIGHT

from annotate.segment import check_offsets, expand, segment_text

LEFT = [  # a law review's left column: a heading, then two paragraphs (first lines indented)
    "一、问题的提出",
    "     近年来，证券虚假陈述民事赔偿案件数",
    "量持续增长。最高人民法院发布新的司法解",
    "释，对重大性和交易因果关系作出规定。",
    "     在一起案件中，法院认定发行人虚增营",
    "业收入，占当期营业收入的三成以上，构成",
    "重大虚假陈述。",
]
RIGHT = [  # the right column: a paragraph, a heading, a paragraph
    "     从投资者保护角度看，中介机构的连带",
    "责任应当与其过错程度相适应。会计师事务",
    "所未勤勉尽责的，应在其过错范围内承担责",
    "任，比例通常为百分之五至百分之十。",
    "二、损失计算",
    "     此外，特别代表人诉讼制度的引入显著",
    "降低了投资者维权成本，赔偿金额巨大。",
]
TITLE = " " * 14 + "上市公司财务造假民事责任的认定"  # across the page, over the columns
AT = 37  # the right column's left edge, in characters


def _alternate(left, right, right_first=False):
    """The page as -layout prints it when the columns' baselines are half a line apart: a line of one
    column, then a line of the other, never both on one line."""
    rows = [TITLE, ""]
    for a, b in itertools.zip_longest(left, right, fillvalue=""):
        pair = [a, " " * AT + b if b else ""]
        if right_first:
            pair.reverse()
        rows += [p for p in pair if p]
    return "\n".join(rows) + "\n"


def _joined(raw):
    """(kind, text) of each unit, its pieces joined by ``continues``, in the order of first pieces."""
    units = segment_text(raw, "doc").units
    whole: dict[str, list] = {}
    for u in units:
        first = (u.where or {}).get("continues")
        if first is None:
            whole[u.para_id] = [u.kind, u.text]
        else:
            whole[first][1] += u.text
    return [tuple(v) for v in whole.values()]


def _paragraphs(lines):
    out, cur = [], ""
    for line in lines:
        if line.startswith(" ") and cur:
            out.append(cur)
            cur = ""
        cur += line.strip()
    return [*out, cur]


def test_alternate_lines_of_two_columns_are_read_column_by_column():
    for right_first in (False, True):
        units = _joined(_alternate(LEFT, RIGHT, right_first))
        texts = [t for _, t in units]
        assert units[0] == ("title", TITLE.strip())
        assert ("heading", "一、问题的提出") in units
        assert ("heading", "二、损失计算") in units
        for para in _paragraphs(LEFT[1:]) + _paragraphs(RIGHT[:4]) + _paragraphs(RIGHT[5:]):
            assert ("paragraph", para) in units, (right_first, para)
        assert len(texts) == 7, texts
        # nothing of the two columns shares a unit
        assert not any("会计师" in t and "发行人" in t for t in texts)


def test_the_pieces_of_alternate_lines_keep_the_offsets():
    raw = _alternate(LEFT, RIGHT)
    doc = segment_text(raw, "doc")
    assert any((u.where or {}).get("continues") for u in doc.units)  # (interleaved: pieces)
    last = -1
    for unit in doc.units:
        check_offsets(unit.text, raw, unit.offsets)
        positions = expand(unit.offsets)
        assert positions[0] > last  # (pieces in file order)
        last = positions[-1]


# -- a left line that ran over its column: one space left before the right column's piece (columns._squeezed_gutter)

COL_LEFT = [  # a left column cut at 19-20 characters, two paragraphs
    "自2005年到2013年，被解职的中校及以",
    "上军阶的指挥官中，超过四成是因为行为",
    "不检点。而被解职的所有军事指挥官中至少有",  # (two characters past the column: overfull)
    "三成是因为这一原因。",
    "   此后十年间又有十八名将军被解职，其",
    "中十人是因为同样的原因，数据显示共有",
    "二百多名指挥官被解职。",
    "   美国广播公司在报告中称，约有两成",
    "至四成的女兵曾在军中遭到侵害，相当于",
    "一般平民受害者的两倍，而且比率已呈上",
    "升的趋势，明显高于普通大众。",
]
COL_RIGHT = COLUMNS_RIGHT  # the right column of test_segment_columns.py's page
COL_AT = GUTTER


def _side_by_side(left, right, squeezed=()):
    """A -layout page of two columns side by side; on the rows ``squeezed`` the right piece follows the left
    line after one space (the left line ran over its column, and -layout pushed the right piece left)."""
    rows = []
    for k, (a, b) in enumerate(itertools.zip_longest(left, right, fillvalue="")):
        rows.append(a + " " + b if k in squeezed else (a.ljust(COL_AT) + b).rstrip() if b else a)
    return "\n".join(rows) + "\n"


def test_an_overfull_left_line_is_cut_at_its_one_space_over_the_gutter():
    # before: the row was a line across the page, a band ended there and the two columns' lines above it were read
    # in turns ("…中校及以希腊是第一个…")
    units = _joined(_side_by_side(COL_LEFT, COL_RIGHT, squeezed={2}))
    assert ("paragraph", "".join(COL_LEFT[:4])) in units
    assert ("paragraph", "".join(COL_RIGHT[:4])) in units
    assert not any("军" in t and "希腊" in t for _, t in units)


def test_a_line_across_the_gutter_with_one_space_before_a_date_stays_whole():
    # a line printed across the gutter whose one space there stands before a date or a Latin word is no overfull
    # column line: "…陈律师 2024年1月5日…" stays one line
    for row in ("本文作者为北京大学法学院教授陈律师 2024年1月5日于北京大学法学院完成",
                "本刊记者就此问题采访了北京大学法学院的 Zhang Wei 教授和他的同事们"):
        right = [*COL_RIGHT[:2], "", *COL_RIGHT[3:]]
        left = [*COL_LEFT[:2], row, *COL_LEFT[3:]]
        texts = [t for _, t in _joined(_side_by_side(left, right))]
        assert any(row.replace(" ", "") in t.replace(" ", "") for t in texts), (row, texts)
