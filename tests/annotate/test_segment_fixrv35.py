"""fixrv35: review35's findings on fixu25t's form rows (B1 a button, B3 a text field): one small input per rule."""

from test_segment_fixu25t import _units


def test_a_button_in_a_prose_line_keeps_the_line():
    # review35 B1: a lynx paragraph's last line ending in a button, and a sentence that names one, were made debris
    raw = "\n\n".join(["标题", "若页面无响应，请点击(BUTTON)刷新后重试。", "Press (BUTTON) to continue.",
                       "我们希望它被识别为段落。 (BUTTON) 展开全文"])
    got = _units(raw)
    assert ("paragraph", "若页面无响应，请点击(BUTTON)刷新后重试。") in got, got
    assert ("heading", "Press (BUTTON) to continue.") in got, got
    assert not any(kind == "debris" for kind, _ in got), got
    # a form's row: a field before the button, or a button first (dev11 w11-004, dev8 w8-014 web dumps)
    got = _units("\n\n".join(["标题", "百知百科____________________ (BUTTON)进入词条(BUTTON)全站搜索", "(BUTTON) 展开全文"]))
    assert got[1:] == [("debris", "百知百科____________________ (BUTTON)进入词条(BUTTON)全站搜索"),
                       ("debris", "(BUTTON)展开全文")], got


def test_one_blank_between_words_is_a_cloze_not_a_form():
    # review35 B3: a question or a reading passage's line with a blank and no punctuation was made debris (text lost)
    clozes = ["请写出______和______的区别", "请在横线上填写你的名字______然后交给老师",
              "起床后收拾好书包之后他______地跑了出去一路上他看见"]
    got = _units("\n\n".join(["标题", *clozes]))
    assert [kind for kind, _ in got[1:]] == ["heading"] * 3, got
    assert [text for _, text in got[1:]] == clozes, got
    # a form's fields: each after a short label, or a field before a search word or a link, or lynx's 20-wide field
    rows = ["学校_______ 班级_______ 姓名_______", "知道__________搜索答案我要提问", "等你來答__________[4]登入",
            "关键词____________________热门"]
    got = _units("\n\n".join(["标题", *rows]))
    assert [kind for kind, _ in got[1:]] == ["debris"] * 4, got  # (the title: the first line that is no form)


def test_a_lettered_or_scored_head_outside_an_exam_stays_a_heading():
    # review35 B2: a report's "A．总体情况" and a rubric's "3．测试方法（共5分）" lost their heading kind
    para = "这是一个很长的段落，用来说明情况。我们在这一年里做了很多工作，取得了明显的成绩。"
    got = _units("\n\n".join(["年度工作报告", "A．总体情况", para, "B．存在问题", para]))
    assert [kind for kind, _ in got] == ["title", "heading", "paragraph", "heading", "paragraph"], got
    got = _units("\n\n".join(["评分标准", "1．工作态度（20分）", para, "3．测试方法（共5分）", para]))
    assert [kind for kind, _ in got] == ["title", "heading", "paragraph", "heading", "paragraph"], got
    # in an exam (options that are siblings, a stem cut at its bracket) the same shapes are no headings
    got = _units("\n\n".join(["八年级语文练习", "1．下列词语中加点字注音正确的一项是（", "A．心旷神怡 语无伦次",
                              "B．心平气和 语重心长", "12．（1）约定（2）舍弃（每空1分）"]))
    assert "heading" not in [kind for kind, _ in got], got


def test_the_mojibake_warning_names_what_was_seen_and_a_safe_repair(tmp_path):
    # review35 B4: the advice gave "iconv -t latin1" alone, which fails on cp1252 mojibake and leaves an empty FIXED
    # file; B5: a Chinese file with a few garbled words was flagged as garbled as a whole
    from segment_samples import PARA1, PARA2

    from annotate.segment.decode import mojibake
    from annotate.segment.files import segment_paths

    text = "\n\n".join(["[阳光实验中学]", "我校举行2024年春季田径运动会", PARA1, PARA2])
    latin1 = text.encode("utf-8").decode("latin-1")
    cp1252 = "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
                     for b in text.encode("utf-8"))
    assert (mojibake(latin1), mojibake(cp1252)) == ("latin-1", "cp1252")
    assert mojibake(PARA1 * 20 + "Copyright Ã© 2024 cafÃ© rÃ©sumÃ© Ã©tÃ©") == ""
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "garbled.txt").write_text(cp1252, encoding="utf-8")
    report = segment_paths([tmp_path / "in"], tmp_path / "out.jsonl")
    (warning,) = report.warnings
    assert "read as cp1252" in warning and "-t cp1252" in warning and "exit status" in warning, warning
    assert warning.index("html2text -utf8") < warning.index("iconv"), warning


def test_md_emphasis_opens_with_its_marker_and_matches_the_plain_form():
    # the plain form of the rule (a look-ahead before the opening marker) scanned every position of a line; the
    # pattern now opens with the marker itself. Both must find the same matches, anywhere and at every marker.
    import re

    from annotate.segment import rules

    lone = r"(?!(?<=\*)\*|(?<=_)_|(?<=~)~)"
    plain = re.compile(rf"{lone}(\*\*\*|\*\*|__|~~){lone}(?=\S)(.+?)(?<=\S){lone}\1{lone}")
    texts = ["**a**", "***a***", "****a****", "_**a**_", "a**b**c", "x__y__z", "__init__.py", "___a___", "~~~a~~~",
             "*a*", "**a***", "***a**", "138****1234", "**a** **b**", "**中文**英文**b**", "**a\nb**", "海日生残夜，______________。",
             "学校_______ 班级_______", "~~删除~~与**粗体**和***粗斜体***，m*****8，__x__。"]
    for t in texts:
        assert [(m.span(), m.groups()) for m in rules.MD_EMPHASIS.finditer(t)] == \
            [(m.span(), m.groups()) for m in plain.finditer(t)], t
        for i, ch in enumerate(t):
            if ch in "*_~":
                a, b = rules.MD_EMPHASIS.match(t, i), plain.match(t, i)
                assert (a and (a.span(), a.groups())) == (b and (b.span(), b.groups())), (t, i)
