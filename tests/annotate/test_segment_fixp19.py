"""The text route on extracts of printed documents (session 19, fixp19): small made-up extracts, one rule each."""

from segment_samples import PRINT_MORE as MORE
from segment_samples import PRINT_TEXT as TEXT
from segment_samples import squashed_units as units


def _wrap(text, width=20):
    return [text[i:i + width] for i in range(0, len(text), width)]


def test_a_field_whose_value_is_a_code_stands_over_the_prose_under_it():
    # pdftotext -raw: a booklist, each entry a title, a credit, a call number "索书号：I247.5/1123" (half a line) and
    # the blurb in the 20-character measure; the blurb's first hanzi would have fitted after the code, so no wrap
    # broke the field's line (a break beside a Latin word or number is a wrap only where the word did not fit)
    raw = "\n".join(["新书推介", "《江河入海》", "林远舟 著 宁川出版社", "索书号：I247.5/1123", *_wrap(TEXT),
                     "《城市的呼吸》", "苏曼 著 海峡文艺出版社", "索书号：TU984/207", *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert any(t == "索书号：I247.5/1123" for _, t in got), got
    assert any(t == "索书号：TU984/207" for _, t in got), got
    assert any(t == TEXT for _, t in got) and any(t == MORE for _, t in got)


def test_a_number_over_its_unit_stays_one_sentence():
    # (not a number at a short line's end over the hanzi that goes on with it: "…的历史。1896" / "年，…", a float
    # beside the line cut it short; only a labelled field's code stands apart)
    lines = _wrap(TEXT)
    raw = "\n".join([*lines[:2], "韩国报刊有100余年的历史。1896", "年，徐载弼创办的《独立新闻》是韩国近代第一份", "民营韩文报纸。",
                     *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert any("1896年，" in t for _, t in got), got


def test_a_letterhead_stands_over_the_title_and_an_issuer_under_it():
    # pdftotext's default mode: a hospital's name alone over the form's title, two short lines with no mark between
    # (dev14); a plan's title over its issuer's name (dev15): an organisation's name alone is no line of a title
    raw = "\n".join(["滨江市第一人民医院", "出院小结", "姓名：杨娜华", "科室：骨科", *_wrap(TEXT), *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert any(t == "出院小结" for _, t in got), got[:4]
    assert not any(t.startswith("滨江市第一人民医院出院") for _, t in got)
    raw = "\n".join(["清源县突发地质灾害应急预案", "清源县人民政府办公室", *_wrap(TEXT), *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert any(t == "清源县突发地质灾害应急预案" for _, t in got), got[:3]
    # (an issuer over "关于…" stays the title's first line: test_segment_web9x.py, a page header over the title)


def test_a_date_in_hanzi_numerals_or_by_the_era_stands_under_a_short_line():
    # a letter's sign-off over its date in hanzi numerals, "弟　南山　頓首" / "十月三日" (-layout, dev15), and a
    # report's author over its date by the ROC era, "臺中市政府研究考核處" / "中華民國112年9月" (-raw, dev6): a date
    # alone breaks no heading's lines, as one in digits does not ("2023年5月")
    raw = "\n".join([*_wrap(TEXT), "　　　　　　弟　南山　頓首", "　　　　　　　十月三日", "", *_wrap(MORE)]) + "\n"
    got = units(raw)
    assert any(t == "十月三日" for _, t in got), got
    raw = "\n".join([*_wrap(TEXT), *_wrap(MORE), "臺中市研究發展委員會", "中華民國112年9月", "— 3 —"]) + "\n"
    got = units(raw)
    assert any(t == "中華民國112年9月" for _, t in got), got
