"""The text route on extracts of printed documents of batch 12 (mainstream print genres, docs/segmentation.md):
small made-up extracts, one rule each."""

from annotate.segment import segment_text

TEXT = ("在新石器时代末期，人类已使用天然金属，后来学会了制作纯铜器。但是由于纯铜的质地不如石器坚硬，不能取代石器，"
        "这一时期也称为金石并用时代。到了公元前三千年左右，人类学会了制造青铜，进入了青铜时代。从金石并用时代到铁器"
        "时代，是原始社会的解体时期，也是阶级社会形成的时期。世界各地阶级社会的出现几乎都和金属出现的时代相关，唯一"
        "例外的是美洲的玛雅文明。")
MORE = ("新石器时代母系氏族得到了全盛。婚姻制度由群婚转向对偶婚，形成了比较确定的夫妻关系。在氏族内部，除个人常用的"
        "工具外，所有的财产归集体公有。有威望的年长妇女担任首领，氏族的最高权力机关是氏族议事会，参加者是全体的成年"
        "男女，享有平等的表决权。")


def units(raw):
    return [(u.kind, "".join(u.text.split())) for u in segment_text(raw, "doc").units]


def _wrap(text, width=34):
    return [text[k:k + width] for k in range(0, len(text), width)]


def test_a_line_repeating_the_titles_opening_words_is_no_second_line_of_the_title():
    # pdftotext's default mode: a work summary's byline "市场部　于晨磊" cut at its gap, the department right under
    # the title (no blank line), the name a blank line below
    raw = "\n".join(["市场部2023年度个人工作总结", "市场部", "", "于晨磊", "", "一、主要工作完成情况"] + _wrap(TEXT)
                    + [""] + _wrap(MORE)) + "\n"
    got = units(raw)
    assert got[0][1] == "市场部2023年度个人工作总结"
    assert not any("总结市场部" in t for _, t in got)
    # (a title's second line that does not repeat its first words still joins it)
    raw = "\n".join(["关于进一步做好2023年度", "个人工作总结的通知", "", "一、主要工作完成情况"] + _wrap(TEXT)) + "\n"
    assert units(raw)[0][1] == "关于进一步做好2023年度个人工作总结的通知"


def test_a_line_wholly_in_brackets_under_a_title_is_a_unit_of_its_own():
    # pdftotext's default mode: a policy's title and its filing note "（2023年5月报备）" right under it
    raw = "\n".join(["中和福满堂终身寿险（分红型）条款", "（2023年5月报备）", "阅读指引：本阅读指引有助于您理解条款。", ""]
                    + _wrap(TEXT)) + "\n"
    got = units(raw)
    assert got[0][1] == "中和福满堂终身寿险（分红型）条款"
    assert got[1][1] == "（2023年5月报备）"


def test_a_company_line_over_the_title_that_the_running_head_prints_as_two_fields_is_apart():
    # pdftotext -raw: the insurer's name over the title on page 1; the running head on the pages prints both,
    # title first, as the two fields of one line
    head = "安泰金如意年金保险（分红型）条款 安泰人寿保险股份有限公司"
    raw = "\n".join([head, "安泰人寿保险股份有限公司", "安泰金如意年金保险（分红型）条款", "（2023年9月报备）"]
                    + _wrap(TEXT) + ["1", "\f" + head] + _wrap(MORE) + ["2", "\f"])
    got = units(raw)
    assert not any(t.startswith("安泰人寿保险股份有限公司安泰金如意") for _, t in got)
