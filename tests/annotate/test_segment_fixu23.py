"""What a new user's trial found (session 23, a law-and-finance team's files; fixu23): one small hand-written input
per rule."""

from segment_samples import squashed_units

_CONTRACT = [
    "技术服务合同",
    "合同编号：HT-2023-0815",
    "第一条\u3000服务内容",
    "\u3000\u3000乙方为甲方提供数据标准制定、数据质量检测及数据资产目录建设等技术服务，具体服务范围以附件一为准。",
    "第二条\u3000服务期限",
    "\u3000\u3000本合同服务期限自2023年8月15日起至2024年8月14日止，共计十二个月，期满前双方可协商续签。",
    "第三条\u3000违约责任",
    "\u3000\u3000甲方逾期付款的，每逾期一日，应按逾期金额的0.05%向乙方支付违约金；乙方逾期交付的，按同等标准承担违约责任。",
]


def test_a_row_of_fields_under_an_indented_paragraph_is_no_wrapped_line():
    # a contract saved one line a paragraph, its paragraphs set in by "　　": the signature row at the margin under the last
    # clause ("甲方（盖章）：" ten ideographic spaces "乙方（盖章）：") was taken in as the clause's wrapped rest (dumpwrap's
    # first-line indents: a line two to four columns left of the paragraphs' indent); a gap that wide inside a line is a
    # row of fields, never a tool's wrap at a space (the trial's 合同_gb18030.txt)
    raw = "\r\n".join([*_CONTRACT, "甲方（盖章）：" + "\u3000" * 10 + "乙方（盖章）："]) + "\r\n"
    got = squashed_units(raw)
    assert ("paragraph", _CONTRACT[-1].strip("\u3000")) in got, got
    assert any(t == "甲方（盖章）：乙方（盖章）：" for _, t in got), got


def test_a_wrapped_line_at_the_margin_still_joins_its_indented_paragraph():
    # the rule's own case stays: html2text broke an indented paragraph at a space, its rest at the margin
    raw = "\n".join([*_CONTRACT[:4], "\u3000\u3000本合同服务期限自2023年8月15日起至2024年8月14日止， 共计十二个月，",
                     "期满前双方可协商续签。", *_CONTRACT[6:]]) + "\n"
    got = squashed_units(raw)
    assert ("paragraph", "本合同服务期限自2023年8月15日起至2024年8月14日止，共计十二个月，期满前双方可协商续签。") in got, got
