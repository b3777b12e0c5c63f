"""The text route on extracts of batch 9's print designs, as dev9xp shows them (docs/segmentation.md):
small made-up extracts, one rule each."""

from segment_samples import squashed_units as units

PROSE = ("在新石器时代末期，人类已使用天然金属，后来学会了制作纯铜器。但是由于纯铜的质地不如石器坚硬，不能取代石器，"
         "这一时期也称为金石并用时代。到了公元前三千年左右，人类学会了制造青铜，进入了青铜时代。从金石并用时代到铁器"
         "时代，是原始社会的解体时期，也是阶级社会形成的时期。世界各地阶级社会的出现几乎都和金属出现的时代相关，唯一"
         "例外的是美洲的玛雅文明。不同文明其原始社会解体的过程也不一样，在埃及和两河流域，原始社会在金石并用时代就已"
         "经解体，而在其他一些地区，则是在青铜时代或铁器时代才发生解体。元朝后期，杂剧创作中心逐步南移，加强与南戏的"
         "交流，到元末成为传奇，明清时发展出昆剧和粤剧。")


def _wrap(text, width=34):
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_a_margin_number_before_a_digit_or_after_a_page_break_is_cut_off():
    # pdftotext -raw: "10 1889年…" (the line beside the number opens with a year) and "\f15 …" (a page's first line)
    body = _wrap(PROSE * 3)
    body[9] = "1889年" + body[9]
    lines = [(f"{n} " if n % 5 == 0 else "") + line for n, line in enumerate(body, 1)]
    lines[14] = "\f" + lines[14]
    got = units("\n".join(lines) + "\n")
    assert [t for kind, t in got if kind == "debris"] == [str(n) for n in range(5, len(body) + 1, 5)]
    assert "".join(t for kind, t in got if kind != "debris") == "".join(body)


def test_a_margin_notes_rest_printed_apart_from_its_first_line_is_debris():
    body = _wrap(PROSE, 22)
    # default mode: every note printed apart; the first note's rest at the end of the next body line, after a space
    raw = ("第5课 社会的变迁\n学习目标\n" + body[0] + "\n想一想：这一变化给人们\n" + body[1] + " 的生活带来了什么？\n"
           + "\n".join(body[2:5]) + "\n\n小贴士：可查阅地方志了\n解更多。\n\n" + "\n".join(body[5:]) + "\n")
    got = units(raw)
    assert ("debris", "的生活带来了什么？") in got and ("debris", "想一想：这一变化给人们") in got
    assert not any("想一想" in t or "生活带来" in t or "小贴士" in t for k, t in got if k != "debris")
    assert "".join(t for k, t in got if k != "debris") == "第5课社会的变迁学习目标" + "".join(body)
    # beside a body line, its rest on a line of its own after a blank line under the next body line
    raw = ("第5课 社会的变迁\n学习目标\n" + body[0] + " 想一想：这一变化给人们\n" + body[1] + "\n\n的生活带来了什么？\n\n"
           + "\n".join(body[2:5]) + " 小贴士：可查阅地方志了\n解更多。\n" + "\n".join(body[5:]) + "\n")
    got = units(raw)
    assert ("debris", "的生活带来了什么？") in got
    assert "".join(t for k, t in got if k != "debris") == "第5课社会的变迁学习目标" + "".join(body)


def _pages(lesson="第3课 文明的交流", book="初中历史与社会 八年级上册"):
    """A lesson of three pages as pdftotext -raw prints it: each page's running line and folio (21, 22, 23) last."""
    body = _wrap(PROSE * 2, 24)
    p1, p2, p3 = body[:8], body[8:16], body[16:]
    return (lesson + "\n学习目标\n" + "\n".join(p1) + f"\n{lesson} 21\n\f" + "\n".join(p2) + f"\n{book}\n22\n\f"
            + "\n".join(p3) + f"\n{lesson} 23\n\f"), body


def test_folios_that_count_on_from_another_page_and_the_running_line_over_one():
    raw, body = _pages()
    got = units(raw)
    debris = [t for k, t in got if k == "debris"]
    assert "初中历史与社会八年级上册" in debris and "22" in debris
    assert "第3课文明的交流" in debris and "21" in debris  # (the running line cut from its folio)
    assert "".join(t for k, t in got if k != "debris").endswith("学习目标" + "".join(body))
    # a line of prose at a page's end over a lone number stays (no gap inside it)
    raw2 = raw.replace("初中历史与社会 八年级上册", "初中历史与社会八年级上册")
    assert "初中历史与社会八年级上册" not in [t for k, t in units(raw2) if k == "debris"]


def test_a_field_wrapped_inside_its_sentence_goes_on_to_the_next_line():
    body = "\n".join(_wrap(PROSE, 34))
    raw = ("四、获取招标文件\n"
           "时间：2023年7月3日至2023年7月10日，每天上午9:00至11:30，下\n午14:00至17:00。\n"
           "地点：市公共资源交易中心三楼服务窗口\n\n" + body + "\n")
    got = units(raw)
    assert ("paragraph", "时间：2023年7月3日至2023年7月10日，每天上午9:00至11:30，下午14:00至17:00。") in got
    # a date line stays meta
    assert ("meta", "时间：2023年7月3日") in units("时间：2023年7月3日\n\n" + body + "\n")


def test_a_full_first_line_set_in_that_ends_in_a_semicolon_goes_on():
    # pdftotext's default mode drops the indent: a paragraph's first line is two characters short of the others
    def para(text):
        return [text[:32]] + _wrap(text[32:], 34)
    first = PROSE[:60] + "。"
    listing = PROSE[61:92] + "；" + PROSE[92:150] + "。"
    last = PROSE[150:]
    raw = "\n".join(para(first) + para(listing) + para(last)) + "\n"
    got = units(raw)
    assert ("paragraph", listing) in got
