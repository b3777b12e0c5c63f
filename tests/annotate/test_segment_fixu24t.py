"""What a new user's trial found (session 24, a hospital data team's files; fixu24t): one small hand-written input
per rule."""

from annotate.segment.core import segment_text

# a hospital system's export wrapped at 80 display columns regardless of words (a hanzi two columns, any other
# character one): "mmH" ends the first line at column 80, "g" opens the next; "血肌酐" / "78μmol/L" is the second
# break before a narrow character, at the same width
_EXPORT = [
    "出院情况：",
    "\u3000\u3000患者无发热，轻微咳嗽，无气促。查体：T 36.8℃ P 88次/分 R 20次/分 BP 120/80mmH",
    "g，双肺呼吸音清。复查血常规示白细胞计数4.5×10^9/L，中性粒细胞百分比65.2%，血肌酐",
    "78μmol/L，尿酸正常。肝功能示谷丙转氨酶35U/L。继续予氨氯地平片5mg 1次/日口服，嘱",
    "患者出院后注意休息，避免受凉，两周后门诊复查。",
]


def _texts(raw):
    doc = segment_text(raw, "t")
    for unit in doc.units:  # offsets stay true: every character maps to its source
        for t, s, n in unit.offsets:
            assert all(unit.text[t + k] == raw[s + k] or (unit.text[t + k] == " " and raw[s + k].isspace())
                       for k in range(n))
    return [(u.kind, u.text) for u in doc.units]


# review28 B3: the proof of a fixed column is a break inside a number ("…肌酐7" / "8μmol/L"): two breaks between
# letters at the width alone are what a CJK-aware wrapper at spaces gives too. The same export with two values
# written otherwise ("4.50", "肌酐"), so its second break cuts "78"
_EXPORT_CUT = [
    _EXPORT[0],
    _EXPORT[1],
    "g，双肺呼吸音清。复查血常规示白细胞计数4.50×10^9/L，中性粒细胞百分比65.2%，肌酐7",
    "8μmol/L，尿酸正常。肝功能示谷丙转氨酶35U/L。继续予氨氯地平片5mg 1次/日口服，嘱患",
    "者出院后注意休息，避免受凉，两周后门诊复查。",
]


def test_a_fixed_column_wrap_inside_a_latin_word_gets_no_space():
    got = _texts("\n".join(_EXPORT_CUT) + "\n")
    body = [t for k, t in got if k == "paragraph" and t.startswith("患者")]
    assert body and "120/80mmHg，双肺" in body[0], got
    assert "肌酐78μmol/L" in body[0], got


def test_without_a_number_cut_two_letter_breaks_at_the_width_prove_nothing():
    # the trial's own lines: no break inside a number, so the cut word keeps a space (the cost of refusing the Vim
    # case below); before review28 this read "120/80mmHg"
    got = _texts("\n".join(_EXPORT) + "\n")
    assert any("120/80mmH g，双肺" in t for _, t in got), got


def test_three_breaks_at_the_width_prove_a_fixed_column_without_a_number_cut():
    # the trial's export one line longer: three breaks before a narrow character, each at column 80 (mmH/g, 血肌酐/78,
    # Asp/irin), none short of it, no number cut: past chance, so the cut words are whole again
    lines = [*_EXPORT[:3], "78μmol/L，尿酸正常。肝功能示谷丙转氨酶35U/L。继续予氨氯地平片5mg 1次/日口服，Asp",
             "irin肠溶片100mg 1次/日，嘱患者出院后注意休息，避免受凉，两周后门诊复查。"]
    got = _texts("\n".join(lines) + "\n")
    text = " ".join(t for _, t in got)
    assert "120/80mmHg，双肺" in text and "Aspirin肠溶片" in text, got


def test_a_cjk_aware_filler_at_spaces_keeps_the_spaces_it_dropped():
    # Vim fo+=mM at 50 columns: each Latin word that just fits ends a line at the width; no number is cut
    lines = [
        "研究团队在实验中使用了开源的模型服务框架TensorFlow",
        "serving部署模型，并将结果与传统方法进行对比。实验",
        "结果表明，该方法在多个数据集上表现良好，尤其是在处",
        "理大规模文本分类任务时，采用了深度学习领域中的deep",
        "learning方法的准确率明显高于基线方法的结果。研究人",
        "员表示，下一步将继续优化模型的结构，并计划在更多的",
        "实际应用场景中进行测试验证。",
    ]
    text = " ".join(t for _, t in _texts("示例标题\n\n" + "\n".join(lines) + "\n"))
    assert "TensorFlow serving" in text and "deep learning" in text, text


def test_crlf_and_a_centred_header_padded_past_the_width_still_cut():
    # the export's CRLF line ends, and its centred title padded with spaces past column 80 (the padding is no text)
    raw = "\r\n".join(["某某市第一人民医院\u3000出院记录".center(60) + " " * 30, *_EXPORT_CUT]) + "\r\n"
    got = _texts(raw)
    assert any("120/80mmHg，双肺" in t for _, t in got), got


def test_a_text_wrapped_at_spaces_keeps_its_space():
    # wrapped at spaces: a line that reaches the width by chance before a word ("…BP is normal" / "range，…") keeps
    # its space where another break before a narrow character falls short of the width ("…百分比" / "65.2%，…")
    lines = [
        "出院情况：",
        _EXPORT[1].replace("120/80mmH", "is normal"),
        "range，双肺呼吸音清。复查血常规示白细胞计数4.5×10^9/L，中性粒细胞百分比",
        "65.2%，血肌酐78μmol/L，尿酸正常。肝功能示谷丙转氨酶35U/L。继续予氨氯地平片5mg 1次/日",
        "口服，嘱患者出院后注意休息，避免受凉，两周后门诊复查。",
    ]
    got = _texts("\n".join(lines) + "\n")
    assert any("BP is normal range，" in t for _, t in got), got


def test_a_single_break_at_the_width_proves_no_fixed_column():
    # one break before a letter only: it may reach the width by chance ("…（英文：League" / "for the…")
    lines = [_EXPORT[0], _EXPORT[1][:-2] + "Le", "ague的患者出院后注意休息，避免受凉，两周后门诊复查。"]
    got = _texts("\n".join(lines) + "\n")
    assert any("Le ague" in t for _, t in got), got


# a lynx dump of a GBK page with attachments: its References list prints the links' addresses in the page's own bytes
_NOTICE = "\n".join([
    "关于做好2024年冬春季流感防控工作的通知",
    "",
    "   各市卫生健康委：为切实做好我省冬春季流行性感冒防控工作，保障人民群众身体健康，现将有关事项通知如下。",
    "",
    "   附件：[17]附件1.docx [18]附件2.xlsx",
    "",
    "References",
    "",
]).encode("utf-8")
_LINKS = "  17. file:///u/cms/2024/1120/附件1.docx\n  18. file:///u/cms/2024/1120/附件2.xlsx\n".encode("gb18030")


def test_a_utf8_dump_with_gbk_link_lines_is_read_line_by_line():
    from annotate.segment.decode import MIXED, decode_bytes

    data = _NOTICE + b"\n" + _LINKS
    decoded = decode_bytes(data)
    assert decoded.encoding == MIXED == "utf-8+gb18030"
    assert decoded.text == _NOTICE.decode("utf-8") + "\n" + _LINKS.decode("gb18030")  # offsets index this string
    units = [(u.kind, u.text) for u in segment_text(decoded.text, "t").units]
    assert ("debris", "17. file:///u/cms/2024/1120/附件1.docx") in units, units


def test_a_gbk_file_is_still_gb18030_and_mostly_bad_lines_are_refused_naming_the_line():
    import pytest

    from annotate.errors import EncodingError
    from annotate.segment.decode import decode_bytes

    gbk = _NOTICE.decode("utf-8").encode("gb18030") + b"\n" + _LINKS
    assert decode_bytes(gbk).encoding == "gb18030"  # (a GBK file fails UTF-8 at its first lines of Chinese)
    latin = _NOTICE + b"\n" + "caf\u00e9 r\u00e9sum\u00e9\n".encode("latin-1") * 3
    with pytest.raises(EncodingError, match=r"offset \d+, line 9\)"):
        decode_bytes(latin)  # (é alone is no GB18030: the file is refused, the line named)


def test_a_section_label_after_a_blank_line_opens_the_next_section():
    # a discharge summary's heads: the diagnosis list ends with no full stop ("（高危）"), a blank line, then the next
    # section's label alone; the label is no tail of the list's sentence (it was glued on: "…（高危）入院情况：")
    raw = "\n".join([
        "入院诊断：",
        "\u3000\u30001.重症流感（甲型） 2.病毒性肺炎 3.高血压病2级（高危）",
        "",
        "入院情况：",
        "\u3000\u3000患者因发热、咳嗽3天，气促1天入院。查体：体温39.2℃，双下肺可闻及湿性啰音，血常规示白细胞计数降低。",
        "",
        "诊疗经过：",
        "\u3000\u3000入院后予奥司他韦口服抗病毒治疗5天，经鼻高流量氧疗，入院第3天体温恢复正常，第6天复查胸部CT示病灶明显吸收。",
    ]) + "\n"
    got = [(k, "".join(t.split())) for k, t in _texts(raw)]
    # the label over its short value is one field, a paragraph (not a heading, nor the document's title)
    assert got[0] == ("paragraph", "入院诊断：1.重症流感（甲型）2.病毒性肺炎3.高血压病2级（高危）"), got
    assert ("paragraph", "入院情况：") in got, got
    assert segment_text(raw, "t").meta.title is None


def test_a_short_tail_after_a_blank_line_still_finishes_its_sentence():
    # the rule's own case stays: a page break's blank line inside a sentence, its short tail under it
    raw = "\n".join([
        "各区县要按照本方案的要求，结合本地区实际情况，认真研究制定具体的实施方案，明确工作目标和推进措施，确保生态",
        "",
        "工业示范园。",
    ]) + "\n"
    got = [(k, "".join(t.split())) for k, t in _texts(raw)]
    assert len(got) == 1, got


_NEWS_PARAS = [
    "    3月2日至3日，由我院急诊医学科承办的“2024年急危重症救治能力提升培训班”在门诊楼五楼学术报告厅顺利举办。来自全市12家县级医院的150余名医务人员参加培训。",
    "    开班仪式上，院长李某某致辞。他指出，急危重症救治能力是衡量一家医院综合实力的重要标志，希望学员珍惜学习机会，学以致用。",
]


def test_html2text_site_logo_h1_over_the_menu_is_no_title():
    # html2text: the site's logo is the page's one h1, the menu under it, then the article's h2 over its info bar
    raw = "\n".join([
        "****** 某某市第一人民医院 ******",
        "    * 网站首页",
        "    * 医院概况",
        "    * 医院新闻",
        "当前位置：首页 > 医院新闻 >",
        "***** 我院成功举办2024年急危重症救治能力提升培训班 *****",
        "发布时间：2024-03-05 09:32:17　来源：宣传科",
        *_NEWS_PARAS,
    ]) + "\n"
    doc = segment_text(raw, "t")
    assert doc.meta.title == "我院成功举办2024年急危重症救治能力提升培训班", [(u.kind, u.text) for u in doc.units]
    assert [u.kind for u in doc.units if u.text == "某某市第一人民医院"] == ["debris"]


def test_an_h1_title_over_its_credit_stays_the_title():
    # the shortcut's own case: the one h1 is the headline (a section's h2 under it, no menu between)
    raw = "\n".join([
        "****** 我院成功举办2024年急危重症救治能力提升培训班 ******",
        "发布时间：2024-03-05 09:32:17　来源：宣传科",
        *_NEWS_PARAS,
        "***** 培训内容 *****",
        *_NEWS_PARAS,
    ]) + "\n"
    assert segment_text(raw, "t").meta.title == "我院成功举办2024年急危重症救治能力提升培训班"


def test_w3m_site_bar_over_the_menu_is_no_title():
    raw = "\n".join([
        "某某省卫生健康委员会 | English | 无障碍",
        "首页政务公开政策法规办事服务互动交流",
        "您现在的位置：首页 > 政务公开 > 通知公告",
        "",
        "关于做好2024年冬春季流感等呼吸道传染病防治工作的通知",
        "",
        "发布日期：2024-11-20　　来源：疾病预防控制处",
        "",
        "各市卫生健康委：",
        "",
        "　　当前已进入冬春季呼吸道传染病高发季节。为切实做好流感等呼吸道传染病防治工作，保障人民群众身体健康，现将有关事项通知如下。",
    ]) + "\n"
    doc = segment_text(raw, "t")
    assert doc.meta.title == "关于做好2024年冬春季流感等呼吸道传染病防治工作的通知", [(u.kind, u.text) for u in doc.units]
    assert doc.units[0].kind == "debris"


def test_a_question_headline_over_the_byline_is_the_title():
    # lynx: the h1 at the margin asks a question (a sentence inside: a paragraph by its shape), the credit under it;
    # an image credit further down was taken for the title
    raw = "\n".join([
        "降压药到底该早上吃还是晚上吃？药师一文讲清楚",
        "",
        "   原创 王药师 某某医院药学部 2024-05-17 18:30",
        "",
        "   高血压是最常见的慢性病之一。很多患者都有这样的疑问：降压药到底什么时候吃效果最好？今天，药师就来给大家讲一讲。",
        "",
        "   人的血压在一天中呈“两峰一谷”的波动，多数人在早晨6~10时和下午4~8时出现高峰。",
        "",
        "   图片来源：网络，侵删",
    ]) + "\n"
    doc = segment_text(raw, "t")
    assert doc.meta.title == "降压药到底该早上吃还是晚上吃？药师一文讲清楚", [(u.kind, u.text) for u in doc.units]


def test_unwrapped_references_one_a_line_stay_apart():
    # html2text without a width: each reference on its own line, ending in "." (no sentence end of Chinese prose);
    # the line under one opens with the next number in brackets: the next entry, not the rest of this one
    raw = "\n".join([
        "***** 参考文献 *****",
        "[1] 中国高血压防治指南修订委员会. 中国高血压防治指南（2023年修订版）[J]. 中华心血管病杂志, 2024, 52(1): 1-30.",
        "[2] 李明, 王芳. 时间治疗学在高血压管理中的应用[J]. 中国全科医学, 2023, 12(3): 45-67.",
    ]) + "\n"
    got = [t for _, t in _texts(raw)]
    assert any(t.startswith("[1]") and t.endswith("1-30.") for t in got), got
    assert any(t.startswith("[2]") and t.endswith("45-67.") for t in got), got


def test_a_wrapped_reference_entry_still_joins():
    # a wrapped entry's rest opens with no next number: one entry
    raw = "\n".join([
        "***** 参考文献 *****",
        "[1] 中国高血压防治指南修订委员会. 中国高血压防治指南（2023年修订版）[J]. 中华心血管病杂志,",
        "2024, 52(1): 1-30.",
        "[2] 李明, 王芳. 时间治疗学在高血压管理中的应用[J]. 中国全科医学, 2023, 12(3): 45-67.",
    ]) + "\n"
    got = [t for _, t in _texts(raw)]
    assert any(t.startswith("[1]") and t.endswith("1-30.") for t in got), got


# review28 B1: a line in another encoding is no GB18030 line just because its bytes decode as GB18030
_OTHER_LINES = {
    "latin-1": "Zürich Universität Müller".encode("latin-1"),  # (read as GB18030: "Z黵ich Universit鋞 M黮ler")
    "cp1252": "Größe naïve Übersicht Straße".encode("cp1252"),
    "shift-jis": "東京都の天気予報です".encode("shift_jis"),
    "big5": "醫院管理局".encode("big5"),
    "big5 again": "繁體中文".encode("big5"),
    # UTF-8 then GBK on one line: read whole as GB18030 the UTF-8 half is garbled ("鐐瑰嚮鏌ョ湅附件2.xlsx")
    "utf-8 and gbk in one run": "点击查看".encode() + "附件2.xlsx".encode("gb18030"),
    "utf-8 and gbk apart": "下载：".encode() + " file:///u/附件1.docx".encode("gb18030"),
}


def test_a_line_in_another_encoding_or_mixing_utf8_with_gbk_is_refused_naming_its_line():
    import pytest

    from annotate.errors import EncodingError
    from annotate.segment.decode import decode_bytes

    for name, line in _OTHER_LINES.items():
        with pytest.raises(EncodingError, match=r"offset \d+, line 9\)"):
            decode_bytes(_NOTICE + b"\n" + line + b"\n" + _LINKS)
            pytest.fail(name)
    # the lynx References lines and a GBK file name in 《》 are still read
    name = "关于印发《医疗机构管理办法》的通知.pdf\n".encode("gb18030")
    assert decode_bytes(_NOTICE + b"\n" + name + _LINKS).text.endswith("的通知.pdf\n" + _LINKS.decode("gb18030"))


def test_the_cli_refuses_a_misread_line_and_warns_of_a_mixed_file(tmp_path):
    import subprocess
    import sys

    bad = tmp_path / "bad" / "mix.txt"
    bad.parent.mkdir()
    bad.write_bytes(_NOTICE + b"\n" + _OTHER_LINES["latin-1"] + b"\n")
    run = subprocess.run([sys.executable, "-m", "annotate", "segment", str(bad), "--out", str(tmp_path / "a.jsonl")],
                         capture_output=True, text=True)
    assert run.returncode == 1, run.stderr
    errors = [line for line in run.stderr.splitlines() if "error" in line]
    assert len(errors) == 1 and "line 9" in errors[0], run.stderr
    good = tmp_path / "good" / "links.txt"
    good.parent.mkdir()
    good.write_bytes(_NOTICE + b"\n" + _LINKS)
    run = subprocess.run([sys.executable, "-m", "annotate", "segment", str(good), "--out", str(tmp_path / "b.jsonl"),
                          "--quiet"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "utf-8+gb18030" in run.stderr and "warning" in run.stderr, run.stderr


def test_a_banner_over_the_byline_that_asks_nothing_is_no_question_headline():
    # review28 B2: one line of a heading's length over the byline, but no question mark: a share banner, no title
    raw = ("点赞，转发，在看，一键三连，支持我们！\n\n作者：张三　来源：健康时报\n\n"
           "今天我们来聊一聊冬季如何预防流感。流感是一种常见的呼吸道传染病，每年冬春季高发。\n\n"
           "专家建议，老年人和儿童应及早接种疫苗，并注意室内通风。\n")
    doc = segment_text(raw, "t")
    assert doc.meta.title is None, doc.meta
    assert [u.kind for u in doc.units][0] != "title", doc.units


def test_next_number_reads_both_list_shapes():
    # review28: one shape for the numbered item and the bracketed entry (join._next_number, ``mark`` a parameter)
    from annotate.segment import rules
    from annotate.segment.join import _next_number

    assert _next_number("1. 白淑", "2. 谢立新") and not _next_number("1. 白淑", "2、谢立新")
    assert not _next_number("1. 白淑", "3. 谢立新")
    assert _next_number("[1] 谢艳平", "[2] 李明", rules.ENDNOTE_MARK)
    assert _next_number("［９］ 谢艳平", "［１０］ 李明", rules.ENDNOTE_MARK)
    assert not _next_number("[1] 谢艳平", "[3] 李明", rules.ENDNOTE_MARK)
    assert not _next_number("1. 白淑", "[2] 李明", rules.ENDNOTE_MARK)
