"""The text route on print extracts, session 12's print-side fixes (fixp3; docs/segmentation.md): small made-up
extracts, one rule each."""

from segment_samples import squashed_units as units

TEXT = ("在新石器时代末期，人类已使用天然金属，后来学会了制作纯铜器。但是由于纯铜的质地不如石器坚硬，不能取代石器，"
        "这一时期也称为金石并用时代。到了公元前三千年左右，人类学会了制造青铜，进入了青铜时代。")
MORE = ("新石器时代母系氏族得到了全盛。婚姻制度由群婚转向对偶婚，形成了比较确定的夫妻关系。在氏族内部，除个人常用的"
        "工具外，所有的财产归集体公有。")
LAST = ("有威望的年长妇女担任首领，氏族的最高权力机关是氏族议事会，参加者是全体的成年男女，享有平等的表决权。"
        "从金石并用时代到铁器时代，是原始社会的解体时期，也是阶级社会形成的时期。")


def _wrap(text, width=25):
    return [text[k:k + width] for k in range(0, len(text), width)]


def _blank_apart(lines):
    """Pieces set apart by blank lines; a list piece is a paragraph's lines, one under another."""
    return "\n\n".join(piece if isinstance(piece, str) else "\n".join(piece) for piece in lines) + "\n"


def test_a_label_printed_apart_from_its_text_at_its_gap_goes_with_it():
    # pdftotext's default mode, a paper: each wide gap after a label ends a block, a blank line between the pieces
    got = units(_blank_apart(["城乡居民收入差距的影响因素研究", "摘", "要：" + TEXT, _wrap(MORE), _wrap(LAST)]))
    assert ("paragraph", "摘要：" + TEXT) in got  # a letter-spaced label, "摘　要："
    got = units(_blank_apart(["城乡居民收入差距的影响因素研究", _wrap(MORE), _wrap(LAST), "参考文献：", "[1]",
                              "郭英，孙宏新．数字经济发展测度[J]．经济研究，2014（2）：", "77-104．",
                              "[2]", "田春兰，萧秀．区域创新能力评价研究[J]．管理世界，2022（2）：45-91．"]))
    texts = [t for _, t in got]
    assert "[1]郭英，孙宏新．数字经济发展测度[J]．经济研究，2014（2）：77-104．" in texts  # an entry, its page range
    assert "[2]田春兰，萧秀．区域创新能力评价研究[J]．管理世界，2022（2）：45-91．" in texts


def test_a_label_apart_keeps_off_what_is_not_its_own():
    # an entry's number over another entry's; one hanzi over a line that opens with no label
    raw = _blank_apart(["城乡居民收入差距的影响因素研究", _wrap(TEXT), "[3]", "[4]", "叶远．城乡收入差距的演变与成因[J]．管理世界，"
                        "2010（6）：89-108．", "附", MORE, _wrap(LAST)])
    got = units(raw)
    assert not any(t.startswith("[3][4]") for _, t in got)
    assert not any(t.startswith("附新石器") for _, t in got)


def test_an_enumerator_under_a_full_line_continues_a_paragraph_where_paragraphs_open_set_in():
    # -layout, paragraphs open two spaces in: a sentence ends at the margin and the short last line under it, at the
    # margin, opens with "第二，": the paragraph's last line, no item of its own (an item would be set in too)
    def paragraph(text):
        lines = _wrap(text, 24)
        return ["  " + lines[0]] + lines[1:]

    full = "又要的，还是先要拿出自信和勇气，敢于跑到法律背后做到知己知彼。"  # 31: with the 17 before it, 48 = 2 × 24
    raw = "\n".join(paragraph(TEXT) + paragraph(MORE[:17] + full) + ["第二，在改制后的国有大中型企业设置党组。"]
                    + paragraph(LAST)) + "\n"
    got = units(raw)
    assert ("paragraph", MORE[:17] + full + "第二，在改制后的国有大中型企业设置党组。") in got


def test_a_lead_line_with_its_dateline_and_credit_run_in_is_the_story_s_first_line():
    # -raw: a news story's first line "本报X电记者Y报道：…" fills the measure and ends mid-sentence; the story goes on
    lead = "本报德国罗滕堡5月27日电记者薛原报道：中国女篮在昨晚开幕的第"
    rest = "十三届世界女篮锦标赛中首次亮相，以52∶70败给俄罗斯队。"
    body = _wrap(TEXT, 31)
    raw = "\n".join(body + [lead, rest] + _wrap(MORE, 31)) + "\n"
    got = units(raw)
    assert any(t.startswith(lead + rest) for _, t in got)


def test_a_running_head_at_a_page_s_top_ends_at_the_blank_line_under_it():
    # -layout: the last page's few rows of two columns with a one-space gutter no position shows, read across; the
    # running head over them (two pieces far apart, a form feed before it) never runs on into the first row
    head = "江州市第二中學 校園通訊" + " " * 20 + "2023年第6期（總第49期）"
    rows = ["西洋公約組織和蘇聯為首的華沙公約組織   與其它袢利尿藥一樣，呋塞米能抑制",
            "兩大軍事聯盟，反而與印度、埃及、印尼 髓袢升支粗段的共轉運體，從而"]
    raw = "\n".join(_wrap(TEXT + MORE + LAST, 18) + ["", "—2—", "\f" + head, ""] + rows + ["", "—3—", ""])
    got = units(raw)
    assert not any("總第49期" in t and "西洋" in t for _, t in got)


def test_a_title_centred_far_in_is_no_line_cut_at_the_dump_s_width():
    # pdftotext -fixed 3: every line set in by the page's margin, the title centred far further in (its width with the
    # spaces before it reaches the text's width): it never runs on into the salutation under it
    margin = " " * 26
    body = []
    for text in (TEXT, MORE, LAST):  # double-spaced, first lines set in
        lines = _wrap(text, 32)
        body += [" " * 10 + margin + lines[0], ""] + [x for line in lines[1:] for x in (margin + line, "")]
    raw = "\n".join([" " * 86 + "助学金申请书", margin + "尊敬的评审老师：", ""] + body) + "\n"
    got = units(raw)
    assert not any(t.startswith("助学金申请书尊敬") for _, t in got)


def test_a_long_title_wrapped_before_a_bracketed_qualifier_is_one_title():
    # a bond notice's title set large: its first line too long for a heading pair, the rest centred under it in -layout
    # (flush left in -raw), opening with a bracketed issue; a line wholly in brackets stays a note of its own
    first, rest = "白鹭交通发展股份有限公司2023年面向专业投资者公开发行公司债券", "（第二期）发行公告"
    body = _wrap(TEXT + MORE + LAST, 40)
    for indent in ("", " " * 10):
        raw = "\n".join(["证券代码：188162   证券简称：白鹭城投", "", "", first, indent + rest, ""] + body) + "\n"
        assert first + rest in [t for _, t in units(raw)]
    raw = "\n".join([first, "（征求意见稿）", ""] + body) + "\n"
    assert not any(t == first + "（征求意见稿）" for _, t in units(raw))


def test_first_lines_set_in_by_narrow_spaces_count_two_characters():
    # pdftotext -fixed 3: a space per 3 points, so every line stands 26 spaces in and a first line 10 more (two
    # hanzi); lines double-spaced: the full lines under a first line go on, the paragraph is one unit
    margin = " " * 26
    body = []
    for text in (TEXT, MORE, LAST):
        lines = [text[:28], *_wrap(text[28:], 30)]
        body += [" " * 10 + margin + lines[0], ""] + [x for line in lines[1:] for x in (margin + line, "")]
    raw = "\n".join([" " * 60 + "助学金申请书", margin + "尊敬的评审老师：", ""] + body) + "\n"
    got = units(raw)
    assert ("paragraph", TEXT) in got and ("paragraph", MORE) in got
