"""Kinds on the text route (kind20): a unit's kind decides whether annotators see it (``debris`` is never pushed to
Label Studio), so a date, a document's own fields and a table's caption each get the kind the corpus conventions give
them. One small hand-written input per rule."""

from segment_samples import PARA1, PARA2, units


def test_a_date_alone_under_the_byline_is_meta():
    # session 16's convention (benchmarks/segcorpus/README.md, "bydate"): a date alone on its line under the byline is
    # the document's date, meta, as one under the title (dev15 y15-006 "記者陳怡君／桃園報導" / "2024/05/02 14:30",
    # v15-009, w15-004; dev14 p14-008 "住院医师：顾军" / "2024年3月21日")
    for gap in ("\n", "\n\n"):
        got = units(f"江城举办科技节活动\n\n记者 王小明{gap}2024年3月5日\n\n{PARA1}\n")
        assert got[:3] == [("title", "江城举办科技节活动"), ("byline", "记者王小明"), ("meta", "2024年3月5日")], got


def test_a_date_alone_under_a_signing_office_or_a_short_credit_is_meta():
    # a notice's issuing office over its date at the end (dev14 w14-004 "江北区人民政府办公室" / "2023年5月15日", dev15
    # w15-000 "市文化馆" / "2023年12月18日", r15-000) and a name alone under the title over the date (dev15 w15-004 "周宁" /
    # "2023-09-01"): the line above is read as a heading, and the date under it is the document's, not furniture
    got = units(f"关于做好春节期间安全工作的通知\n\n{PARA1}\n\n{PARA2}\n\n江北区人民政府办公室\n\n2023年5月15日\n")
    assert got[-1] == ("meta", "2023年5月15日"), got
    got = units(f"图书馆借阅服务指南\n\n周宁\n\n2023-09-01\n\n{PARA1}\n")
    assert ("meta", "2023-09-01") in got, got


def test_a_date_alone_standing_apart_from_any_credit_stays_debris():
    # a date under a share bar (session 13: furniture) and one under prose are not the document's own
    got = units(f"納瓦拉\n\n分享 Facebook LINE\n\n2023/07/12 21:23\n\n記者許雅雯／台北報導\n\n{PARA1}\n")
    assert got[2] == ("debris", "2023/07/12 21:23"), got


def test_label_value_rows_right_under_the_title_are_the_documents_fields():
    # a metadata table's shape (three or more "label：value" lines) right under the title or a heading is the document's
    # own fields, meta, one unit a row (dev15 r15-001 "项目编号：…" / "承担单位：…" / "验收时间：…", p15-008, r15-009;
    # dev14 p14-008 "出院小结" / "姓名：…" / "科室：…"), not a site's information table (debris)
    raw = f"出院小结\n姓名：杨娜华\n科室：骨科\n性别：男\n床号：50\n\n{PARA1}\n"
    got = units(raw)
    assert got[0] == ("title", "出院小结") and got[1:5] == [
        ("meta", "姓名：杨娜华"), ("meta", "科室：骨科"), ("meta", "性别：男"), ("meta", "床号：50")], got


def test_a_sites_information_table_above_the_title_stays_debris():
    raw = ("索引号：11356481/2023-89\n发布机构： 东阳市人民政府办公室\n发文日期：2023-03-26\n主题分类： 综合政务\n"
           "明尼亚波利斯富国银行广场\n" + PARA1)
    got = units(raw)
    assert [k for k, _ in got[:4]] == ["debris"] * 4 and got[4][0] == "title", got


def test_a_tables_caption_on_its_own_line_is_debris():
    # a table's or figure's caption is apparatus (debris in every batch's gold: dev15 p15-003 "表1 受访者基本情况（单位：%）",
    # p15-007, w15-000 "表1 2023年主要活动统计"; dev14 v14-012 "圖一 活動現場（旅遊局提供）"; dev7 o7-002 "表1 近三年主要指标"), not
    # a heading; a section heading that merely starts with the character stays a heading
    for caption in ("表1 受访者基本情况（单位：%）", "表1：公司分业务收入情况", "圖一 活動現場（旅遊局提供）"):
        got = units(f"调查报告\n\n{PARA1}\n\n{caption}\n\n{PARA2}\n")
        assert (("debris", caption) in got) or ("debris", caption.replace(" ", "")) in got, got
    got = units(f"调查报告\n\n{PARA1}\n\n图书馆概况\n\n{PARA2}\n")
    assert ("heading", "图书馆概况") in got, got


def test_a_date_alone_straight_over_a_web_pages_title_is_meta():
    # session 15's convention ("overdate"): a blog's or a press release's date right above its <h1> is the document's
    # date, meta, though a breadcrumb stands above it (dev3 w3-018, dev4 w4-018/019 "2023-03-06 15:33"; dev14 v14-013
    # "新聞 › 新聞稿" / "2024-10-02 12:10"; dev15 v15-008); in print (pages with folios) it stays the masthead's
    raw = f"新聞 › 新聞稿\n\n2024-10-02 12:10\n\n旅遊局推出社區旅遊新路線\n\n{PARA1}\n\n{PARA2}\n"
    got = units(raw)
    assert got[:3] == [("debris", "新聞›新聞稿"), ("meta", "2024-10-02 12:10"), ("title", "旅遊局推出社區旅遊新路線")], got
    got = units(raw.replace(f"\n\n{PARA2}", f"\n\f{PARA2}"))  # (printed pages: pdftotext's form feed)
    assert got[1] == ("debris", "2024-10-02 12:10"), got
