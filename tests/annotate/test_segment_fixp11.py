"""The text route on print extracts, session 11's print-side fixes (fixp; docs/segmentation.md): small made-up
extracts, one rule each."""

from annotate.segment import segment_text

PROSE = ["至于太阳神阿波罗和文艺女神缪斯等则直接进入罗马神话，", "连名字都没有变。当然，古罗马文学也并非全是古希腊文学的仿",
         "造品，因为它毕竟是罗马社会的产物，其采用的语言是拉丁语。", "在西方学术界，古罗马文学被认为是广义的拉丁文学的一部分。",
         "与古希腊海洋民族不同，古罗马属于内陆民族，主要以耕牧方式", "生存，具有上古农民和牧民粗鄙、蒙昧、淳朴的特点。"]


def units(raw):
    return [(u.kind, "".join(u.text.split())) for u in segment_text(raw, "doc").units]


def test_a_label_in_black_brackets_under_a_line_as_wide_as_the_limit_opens_a_unit():
    # (-raw: the field line above reaches the width the text's lines are cut at, yet the label is no wrap's rest)
    got = units("川贝止咳糖浆说明书\n【药品名称】\n通用名称：川贝止咳糖浆\n汉语拼音：Chuanbei Zhike Tangjiang\n【成份】\n"
                "川贝母、枇杷叶、桔梗、薄荷脑。辅料为蔗糖、苯甲酸钠。\n【药理作用】\n" + "\n".join(PROSE) + "\n")
    assert any(text == "【成份】" for _, text in got)
    assert any(text == "汉语拼音：ChuanbeiZhikeTangjiang" for _, text in got)
