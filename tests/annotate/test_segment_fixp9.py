"""The text route on extracts of printed documents (session 17, fixp9): small made-up extracts, one rule each."""

from segment_samples import PARA1, PARA2, columns
from segment_samples import squashed_units as units


def test_a_short_line_over_a_wider_one_is_no_wrapped_title():
    # pdftotext's default and -raw modes: a company's name over the notice's title, and a book's title over its author
    # and publisher, one short line over a wider one; a wrap fills a line before it breaks it, so the wider second
    # line is no title's rest: two units each
    raw = "\n".join(["南岭交通集团有限公司", "夏季班次调整暨新版乘车须知公告", *columns(PARA1, 56),
                     "《北海潮声》", "韩青屿著南岭文艺出版社", *columns(PARA2, 56)]) + "\n"
    got = [t for _, t in units(raw)]
    assert "南岭交通集团有限公司" in got and "夏季班次调整暨新版乘车须知公告" in got, got[:3]
    assert "《北海潮声》" in got, got
    # (a title that a wrap broke, its second line no wider than its first, stays one unit)
    raw = "\n".join(["南岭市文化和旅游局关于举办“海岸", "文化周”系列活动的通知", *columns(PARA1, 56)]) + "\n"
    got = [t for _, t in units(raw)]
    assert "南岭市文化和旅游局关于举办“海岸文化周”系列活动的通知" in got, got[:3]


def test_a_running_head_that_raw_printed_as_strings_one_space_apart_is_a_unit_a_string():
    # pdftotext -raw: each page opens with its running head's two strings on one line, one space apart (the insurer's
    # clause book left, the insurer right); a print extract draws them apart, one furniture unit a string
    head = "南岭安康终身寿险（分红型）条款 南岭人寿保险股份有限公司"
    body = [*columns(PARA1, 56), *columns(PARA2, 56)]
    pages = ["\n".join([head, *body[k:k + 3], f"第{k + 1}页"]) for k in range(3)]
    got = units("\n\f".join(pages) + "\n")
    debris = [t for k, t in got if k == "debris"]
    assert debris.count("南岭安康终身寿险（分红型）条款") == 3 and debris.count("南岭人寿保险股份有限公司") == 3, debris
    # (a line that OCR-like spaces cut once, printed whole on the other pages, stays whole: no running head's strings)
    pages = [page.replace(head, head.replace(" ", "")) if k != 1 else page for k, page in enumerate(pages)]
    got = units("\n\f".join(pages) + "\n")
    assert not any(t == "南岭人寿保险股份有限公司" for _, t in got), got
