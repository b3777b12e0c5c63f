"""Batch 10's web designs (dev10 WEB part, issue #10): failure classes of the new site designs, text and native."""

from __future__ import annotations

from annotate.segment import segment_text


def _units(text: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in segment_text(text, "t").units]


# a saved copy re-wrapped at 62 columns: a header line "【host】https://…" over the page's first line and,
# around every 42 lines, between the two pieces of a wrapped paragraph
SAVED_HEADER = (
    "【www.xwb.gov.example.cn】https://www.xwb.gov.example.cn/c/0000.html\n"
    "燕赵省人民政府新闻办公室\n"
    "燕赵省“文化遗产保护”专题新闻发布会实录\n"
    "段慧敏：香港市电为220伏特（早期为200，1990年开始提升；英国则现\n"
    "为230，早期为240）、50赫兹。汉人较具规模的屯垦始于1684年之后，\n"
    "— 1 —\n"
    "【www.xwb.gov.example.cn】https://www.xwb.gov.example.cn/c/0000.html\n"
    "该地为中心向四周垦荒凿圳，原有的平埔族部落遂逐渐被汉人移民所融合\n"
    "。1694年，高拱干纂修的《台湾府志》已经载有彰化地区第一个庄名。\n"
)


def test_saved_copy_header_with_address_is_a_line_of_its_own():
    units = _units(SAVED_HEADER)
    header = [(k, t) for k, t in units if "https://" in t]
    assert header == [("debris", "【www.xwb.gov.example.cn】https://www.xwb.gov.example.cn/c/0000.html")] * 2
    assert units[1][1] == "燕赵省人民政府新闻办公室"  # not glued under the header
    second = max(i for i, u in enumerate(units) if u == header[1])
    assert units[second + 1][1].startswith("该地为中心")  # the paragraph's second piece stands apart
