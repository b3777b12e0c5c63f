"""fixu25t: an education publisher's trial (newuser25), text route: one small hand-written input per rule."""

from segment_samples import PARA1, PARA2, squashed_units


def _units(raw):
    """The text route's units of ``raw`` as ``(kind, text)``, each unit's offsets checked against ``raw``."""
    from annotate.segment import check_offsets, segment_text

    doc = segment_text(raw, "doc")
    for unit in doc.units:
        check_offsets(unit.text, raw, unit.offsets)
    return [(u.kind, u.text) for u in doc.units]


def test_a_run_of_three_marks_or_more_is_text_never_emphasis():
    # a fill-in blank in a plain .txt was read as Markdown emphasis, two "_" at each end of each pair dropped
    # ("______________" 14 -> 6, 40 -> 8; newuser25 trial problem 1; lynx's 20-wide text field "____" in every dev
    # web dump of a search box, dev8 w8-014, dev9 w9-012, dev16 k16-009): a marker is two of a kind exactly
    raw = "\n\n".join(["八年级语文练习", "1．海日生残夜，______________。（王湾《次北固山下》）",
                       "3．答：________________________________________", "4．填空：春眠不觉晓，___。",
                       "会员 m*****8 的手机号 138****1234 已验证。"])
    got = _units(raw)
    assert ("paragraph", "1．海日生残夜，______________。（王湾《次北固山下》）") in got, got
    assert ("paragraph", "3．答：" + "_" * 40) in got, got  # (review35 §4: the kind asserted)
    assert ("paragraph", "4．填空：春眠不觉晓，___。") in got, got
    assert ("paragraph", "会员m*****8的手机号138****1234已验证。") in got, got  # (masked, dev15 v15-005 "m*****8 ★★★★★")
    # two of a kind around a word are emphasis as before (a bold run, html2text's "__" and Markdown's "~~")
    got = squashed_units("\n\n".join(["标题", "这是**重点**内容，__强调__一下，~~删除~~。" + PARA1]))
    assert got[1] == ("paragraph", "这是重点内容，强调一下，删除。" + PARA1), got


def test_emphasis_markers_are_two_of_a_kind_exactly():
    from annotate.segment import rules

    def found(text):
        return [m.group(2) for m in rules.MD_EMPHASIS.finditer(text)]

    assert found("学校_______ 班级_______") == []
    assert found("138****1234 和 139****5678") == []
    assert found("___x___") == [] and found("****x****") == []
    assert found("这是***粗斜体***内容") == ["粗斜体"]  # (bold italics: three stars each side, review35 B7)
    assert found("a __b__ c **d** ~~e~~") == ["b", "d", "e"]
    assert found("_**粗斜**_") == ["粗斜"]  # (html2text's bold inside italics: the stars stand apart from the "_")


def test_a_star_heading_left_at_a_lines_start_by_a_cut_is_a_heading():
    # html2text's heading in stars printed after a layout table's left cell cut short (U+FFFD): once the cell is cut
    # off, the rest opens with the heading's stars, which no rule read as markup (two of each run went as "emphasis"
    # and "**走进地方史的深处**" was the title; dev10 w10-006, dev8 w8-000; at a side column's gutter, dev14 v14-004)
    raw = "\n".join(["    * 城区三条道路今起封\ufffd****** 走进地方史的深处 ******", "",
                     "    * 全市中小学课后服务\ufffd来源：临川日报　作者：尹宇　时间：2023-01-06 08:15", "",
                     "    * 本地新闻\ufffd" + PARA1, "", PARA2])
    got = squashed_units(raw)
    assert ("title", "走进地方史的深处") in got, got
    assert not any("*" in text for _, text in got if "走进" in text), got


def test_a_lynx_form_row_is_debris():
    # lynx prints a form as its text field in "_" and "(BUTTON)" marks: with the field kept whole (20 wide) the search
    # row was too long for a line rule and became a paragraph or the title (dev11 w11-004, dev16 k16-007 "百知百科 ___
    # (BUTTON) 进入词条"); "(BUTTON)" anywhere in a line makes it a form's row
    raw = "\n".join(["   百知百科 ____________________ (BUTTON) 进入词条 (BUTTON) 全站搜索", "",
                     "                           国防科技大学", "", "   " + PARA1, "", "   " + PARA2])
    got = squashed_units(raw)
    assert got[0] == ("debris", "百知百科____________________(BUTTON)进入词条(BUTTON)全站搜索"), got
    assert got[1] == ("title", "国防科技大学"), got


def test_a_text_field_between_two_words_is_a_forms_row():
    # a site's search box in its top row (dev15 w15-002 "知道____…____搜索答案我要提问", dev8 w8-010 "…等你來答____[4]登入")
    # and an exam's name fields (newuser25 trial) are debris; a blank in a sentence or a numbered item is not
    raw = "\n\n".join(["知道__________________________________________搜索答案我要提问", "梅雨季节家里返潮，墙面发霉应该怎么处理？",
                       PARA1, "学校_______ 班级_______ 姓名_______ 考号_______", "2．学校_______ 班级_______",
                       "他______地跑了过去，" + PARA2])
    got = squashed_units(raw)
    assert got[0] == ("debris", "知道" + "_" * 42 + "搜索答案我要提问"), got
    assert got[1] == ("title", "梅雨季节家里返潮，墙面发霉应该怎么处理？"), got
    assert ("debris", "学校_______班级_______姓名_______考号_______") in got, got
    assert ("heading", "2．学校_______班级_______") in got, got  # (review35 §4: the kind as on main, asserted)
    assert ("paragraph", "他______地跑了过去，" + PARA2) in got, got


def test_utf8_read_as_latin1_and_saved_again_is_named_in_a_warning(tmp_path):
    # html2text run without -utf8 wrote each hanzi as three Latin-1 characters ("[é³å å®é…]", newuser25 trial problem
    # 9): the file is valid UTF-8 and was segmented silently; now a warning names the file and what to do. The text is
    # not repaired (its offsets are the file's as it stands)
    from annotate.segment.decode import mojibake
    from annotate.segment.files import segment_paths

    text = "\n\n".join(["[阳光实验中学]", "我校举行2024年春季田径运动会", PARA1, PARA2])
    latin1 = text.encode("utf-8").decode("latin-1")
    cp1252 = "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252")
                     for b in text.encode("utf-8"))
    assert mojibake(latin1) and mojibake(cp1252)
    assert not mojibake(text) and not mojibake("Le café est très bon, la façade naïve. Über alles. " * 20)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "garbled.txt").write_text(latin1, encoding="utf-8")
    (tmp_path / "in" / "plain.txt").write_text(text, encoding="utf-8")
    report = segment_paths([tmp_path / "in"], tmp_path / "out.jsonl")
    assert len(report.warnings) == 1 and "garbled.txt" in report.warnings[0] and "-utf8" in report.warnings[0], report.warnings
    assert report.documents == 2


def test_an_exams_choices_stems_and_answer_rows_are_no_headings():
    # short lines without a sentence end in an exam were headings: a choice "A．心旷神怡 语无伦次", a stem cut at its
    # answer's bracket "1．下列…一项是（", "）" alone, a numbered question ending in its score, an answer key's row
    # "1．B 2．C 3．A 4．D" (newuser25 trial problem 5; dev10 p10-002 and dev8 p8-016 exams, pdftotext dumps)
    lines = ["1．下列词语中没有错别字的一项是（", "）（2分）", "A．心旷神怡 语无伦次", "B．眼花撩乱 不可思异",
             "（1）期日中（", "）", "12．（1）约定（2）舍弃（每空1分）", "1．B 2．C 3．A 4．D 5．B 6．C"]
    raw = "\n\n".join(["八年级语文期中试卷", "一、积累与运用（20分）", *lines, PARA1])
    got = squashed_units(raw)
    assert got[1] == ("heading", "一、积累与运用（20分）"), got  # (a section's head stays one)
    assert [kind for kind, _ in got[2:]] == ["paragraph"] * (len(got) - 2), got
    assert "".join(text for _, text in got[2:-1]) == "".join("".join(lines).split()), got
