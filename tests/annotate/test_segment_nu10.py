"""What a second new user's files showed (docs/segmentation.md): a sign-off on one line, list items a person
typed, a comment thread without furniture, an addressee line in HTML, and files saved under another suffix.
Small made-up inputs, one rule each."""

from __future__ import annotations

import pytest
from segment_samples import units

from annotate.cli import main
from annotate.segment.readers.html import read_html

PARA = ("为提高全体员工的消防安全意识和应急处置能力，根据公司年度安全工作计划，行政部定于下周组织全员消防安全演练。"
        "现将有关事项通知如下，请各部门负责人提前做好人员安排。")
LAST = "演练结束后，行政部将在公司内网公布演练情况，并对表现突出的部门给予通报表扬。"


@pytest.mark.parametrize("sign", ["行政部  2027年3月5日", "教會辦公室　2027年3月6日", "俱乐部秘书处 2027-03-01",
                                  "行政部  二〇二七年三月五日"])
def test_signing_office_and_date_on_one_line_after_the_prose_is_meta(sign):
    got = units(f"关于开展消防安全演练的通知\n\n{PARA}\n\n{LAST}\n\n{sign}\n")
    assert (got[-1][0], "".join(got[-1][1].split())) == ("meta", "".join(sign.split()))  # (its fields a space apart or not)
    assert ("paragraph", LAST) in got


def test_a_name_and_date_above_the_last_paragraph_is_no_sign_off():
    # a heading of that shape with prose under it stays what it was: only units after the last paragraph
    got = units(f"通知\n\n{PARA}\n\n行政部  2027年3月5日\n\n{LAST}\n")
    assert got[2][0] != "meta"


def test_signing_office_and_date_on_one_line_in_html_is_meta():
    page = (f"<html><body><nav><a href='/'>首页</a></nav><article><h1>摄影协会三月外拍活动通知</h1><p>各位会员：</p>"
            f"<p>{PARA}</p><p>{LAST}</p><p style='text-align:right'>市摄影协会秘书处  2027年3月8日</p></article>"
            "<footer><p>主办：市摄影家协会</p></footer></body></html>").encode()
    doc, _ = read_html(page, "doc")
    got = [(u.kind, u.text) for u in doc.units]
    assert ("meta", "市摄影协会秘书处  2027年3月8日") in got or ("meta", "市摄影协会秘书处2027年3月8日") in got
    assert got[2][1] == "各位会员：" and got[2][0] != "debris"  # the addressee over the prose is no label


@pytest.mark.parametrize("mark", ["- ", "• ", "* "])
def test_typed_list_items_with_a_label_are_paragraphs(mark):
    items = ["主题：第一季度预算评审会", "时间：2027年1月15日 上午9:30", "地点：三楼会议室", "联系人：周老师"]
    raw = "备忘录\n\n" + "\n".join(mark + it for it in items) + f"\n\n{PARA}\n"
    got = units(raw)
    for it in items:
        assert ("paragraph", it.replace(" ", "")) in got or ("paragraph", it) in got, (it, got)


def test_a_starred_item_a_dump_printed_keeps_its_meta_kind():
    # lynx and html2text print "*" for a page's list: a "时间：" field there stays meta (typed_item is "-" and "•")
    got = units("标题在此\n\n   * 时间：2027年1月15日\n\n" + PARA + "\n")
    assert ("meta", "时间：2027年1月15日") in got


POST = ["上周末带孩子去了城北的一个草莓园。园子不大，大棚里暖和得很，一进去眼镜就起了雾。老板说今年的草莓上市早，品种是红颜，个头不算最大，但是甜度很高。",
        "孩子第一次自己摘，兴奋得不得了，一会儿工夫就装满了一小篮。我们一共摘了三斤多，按园子的价格是每斤四十元，比超市贵一些，不过图的是个乐趣。",
        "回来的路上顺便在镇上吃了一顿农家菜，土鸡汤很鲜。如果有朋友也想去，建议早上去，中午大棚里太闷，而且好的草莓都被摘得差不多了。"]


def test_comment_headers_with_a_time_under_the_post_are_debris_and_so_are_the_comments():
    body = "\n".join(t[i:i + 30] for t in POST for i in range(0, len(t), 30))  # wrapped by characters, no blank line
    raw = (f"周末去郊区摘草莓\n2027-01-16 20:41\n{body}\n评论（3）\n网友A 2027-01-17 08:12\n请问具体在哪个镇？\n"
           "小鱼儿 2027-01-17 09:30\n看着就好吃，周末也去。\n")
    got = units(raw)
    assert [k for k, _ in got[-5:]] == ["debris"] * 5, got
    assert got[-6] == ("paragraph", POST[-1])


def test_a_dateline_with_a_time_above_the_prose_is_not_a_comment():
    got = units(f"标题\n\n新华网 2027-01-17 08:12\n\n{PARA}\n")
    assert got[1][0] != "debris"


def run(capsys, *argv):
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


PAGE = b"<!DOCTYPE html>\n<html><head><meta charset='utf-8'></head><body><p>\xe4\xbd\xa0\xe5\xa5\xbd</p></body></html>"


@pytest.mark.parametrize(
    ("name", "data", "message", "fix"),
    [
        ("saved.pdf", PAGE, "an HTML page, named .pdf", "rename it to .html"),
        ("saved.docx", b"\xef\xbb\xbf  " + PAGE, "an HTML page, named .docx", "rename it to .html"),
        ("page.txt", PAGE, "an HTML page, named .txt", "rename it to .html"),
        ("scan.html", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n" + b"\x00" * 60, "a PDF file, named .html", "rename it to .pdf"),
        ("report.pdf", b"PK\x03\x04" + b"\x00" * 60, "a ZIP package (a .docx?), named .pdf", "rename"),
        ("notes.docx", "会议纪要\n\n今天讨论了预算。\n".encode("gb18030"), "a text file, named .docx", "rename it to .txt"),
        ("empty.pdf", b"", "an empty file (0 bytes), named .pdf", "export the document again"),
        ("empty.docx", b"\r\n ", "an empty file (whitespace only), named .docx", "export the document again"),
        ("empty.html", b"", "an empty file (0 bytes), named .html", "export the document again"),
        ("photo.pdf", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 60, "a JPEG image, named .pdf", "OCR"),
        ("scan.html", b"II*\x00" + b"\x00" * 60, "a TIFF image, named .html", "OCR"),
        # an encrypted .docx is an OLE2 file whose directory names an "EncryptedPackage" stream (UTF-16)
        ("locked.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "EncryptedPackage".encode("utf-16-le"),
         "a password-protected (encrypted) Office document, named .docx", "remove the password"),
        ("legacy.docx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504 + "WordDocument".encode("utf-16-le"),
         "a legacy Office file (Word .doc, .xls, .wps), named .docx", "save it as .docx"),
    ],
)
def test_a_native_suffix_on_another_format_says_what_it_is(capsys, tmp_path, name, data, message, fix):
    path = tmp_path / name
    path.write_bytes(data)
    out = tmp_path / "p.jsonl"
    code, _, err = run(capsys, "segment", str(path), "--out", str(out))
    assert code == 1 and message in err and fix in err and name in err, err
    assert "Traceback" not in err and not out.exists()


def test_a_changelog_s_version_heads_dated_one_by_one_are_headings_not_a_running_header():
    raw = ("记账助手 版本更新说明\n\nv2.4.0（2027-03-01）\n\n- 新增：支持按月导出账单，格式可选Excel或CSV。\n\n"
           "- 优化：首页图表加载速度提升约30%。\n\nv2.3.2（2027-01-18）\n\n- 修复：跨年账单统计错误。\n\n" + PARA + "\n")
    got = units(raw)
    assert ("heading", "v2.4.0（2027-03-01）") in got and ("heading", "v2.3.2（2027-01-18）") in got, got


def test_a_running_header_with_the_same_date_on_every_page_is_still_debris():
    head = "江临日报 2027年3月1日 第3版"
    raw = f"{head}\n\n标题\n\n{PARA}\n\n{head}\n\n{LAST}\n\n{head}\n\n{PARA}\n"
    assert [k for k, t in units(raw) if t.replace(" ", "") == head.replace(" ", "")] == ["debris"] * 3


@pytest.mark.parametrize("header", ["邻里问答网 - 生活服务", "邻里问答网 | 生活服务", "邻里问答网_生活服务"])
def test_a_saved_page_s_site_and_section_line_above_the_headline_is_debris(header):
    raw = f"{header}\n\n                      老房子墙面返潮发霉怎么处理？\n\n{PARA}\n"
    got = units(raw)
    assert got[0][0] == "debris" and got[1] == ("title", "老房子墙面返潮发霉怎么处理？"), got


def test_a_hyphened_headline_right_above_the_prose_stays_the_title():
    got = units(f"京津冀-长三角联合调研启动\n\n{PARA}\n")
    assert got[0] == ("title", "京津冀-长三角联合调研启动")


def test_a_typed_list_between_the_prose_and_the_sign_off_and_comments_below_it():
    raw = ("恩典堂三月份關懷探訪安排\n\n為了關心教會中年長及行動不便的弟兄姊妹，關懷小組將於三月份每週六下午進行家庭探訪。每次探訪約一小時，"
           "探訪時請不要帶禮物。\n\n- 第一組：三月六日，負責人陳弟兄\n\n- 第二組：三月十三日，負責人林姊妹\n\n"
           "願意參與的弟兄姊妹，請於主日崇拜後到服務台登記，並留下方便聯絡的電話號碼。\n\n教會辦公室  2027年2月27日\n\n留言（2）\n\n"
           "小羊 2027-02-28 09:15\n\n我可以參加第二組。\n\nGrace 2027-02-28 21:40\n\n感謝主，一起同工！\n")
    got = units(raw)
    assert ("meta", "教會辦公室 2027年2月27日") in got, got  # (the office and the date a space apart: two fields)
    assert [k for k, _ in got[-5:]] == ["debris"] * 5, got
    assert ("paragraph", "第一組：三月六日，負責人陳弟兄") in got


def test_an_addressee_line_over_a_blank_line_is_a_unit_of_its_own():
    got = units(f"例会通知\n\n各位同事：\n\n{PARA}\n\n{LAST}\n")
    assert got[1][1] == "各位同事：" and got[2] == ("paragraph", PARA), got
