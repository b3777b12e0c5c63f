"""The text route on extracts of batch 9's print designs, as dev9xp shows them (docs/segmentation.md):
small made-up extracts, one rule each."""

from annotate.segment import segment_text

PROSE = ("在新石器时代末期，人类已使用天然金属，后来学会了制作纯铜器。但是由于纯铜的质地不如石器坚硬，不能取代石器，"
         "这一时期也称为金石并用时代。到了公元前三千年左右，人类学会了制造青铜，进入了青铜时代。从金石并用时代到铁器"
         "时代，是原始社会的解体时期，也是阶级社会形成的时期。世界各地阶级社会的出现几乎都和金属出现的时代相关，唯一"
         "例外的是美洲的玛雅文明。不同文明其原始社会解体的过程也不一样，在埃及和两河流域，原始社会在金石并用时代就已"
         "经解体，而在其他一些地区，则是在青铜时代或铁器时代才发生解体。元朝后期，杂剧创作中心逐步南移，加强与南戏的"
         "交流，到元末成为传奇，明清时发展出昆剧和粤剧。")


def units(raw):
    return [(u.kind, "".join(u.text.split())) for u in segment_text(raw, "doc").units]


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
