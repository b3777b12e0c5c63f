"""The text route on pdftotext extracts of batch 10's print designs (dev10, docs/segmentation.md): small made-up
extracts, one rule each."""

from annotate.segment import segment_text

ARTICLE = "本会是由本市相关领域的工作者和爱好者自愿结成的地方性、非营利性社会组织，依法开展活动。"
FIRST = "元朝后期，杂剧创作中心逐步南移，加强与温州发扬的南戏的交流，到元末"
REST = ["成为传奇，明清时发展出昆剧和粤剧。当时散曲四大名家有关汉卿、马致远、张可",
        "久与乔吉，有名的《南吕．一枝花》反映作者乐观和顽强精神。"]


def units(raw):
    return [(u.kind, "".join(u.text.split())) for u in segment_text(raw, "doc").units]


def test_a_bold_article_number_printed_apart_joins_its_article():
    got = units("临川市地方文化研究会章程\n\n第一条\n\n" + ARTICLE + "\n\n第二条\n\n本会的宗旨是：\n\n"
                "（一）团结和联系广大会员，繁荣地方文化事业；\n")
    assert ("paragraph", "第一条" + ARTICLE) in got
    assert any(text == "第二条本会的宗旨是：" for _, text in got)


def test_an_article_number_alone_under_a_chapter_head_is_no_part_of_the_head():
    got = units("临川市地方文化研究会章程\n\n第二章\n第四条\n\n业务范围\n\n" + ARTICLE + "\n")
    assert any(text == "第二章" for _, text in got)
    assert not any(text.startswith("第二章第四条") for _, text in got)


def test_a_letter_spaced_chapter_head_printed_a_word_a_line_is_one_heading():
    got = units("临川市地方文化研究会章程\n\n第一章\n\n总\n\n则\n\n第一条\n\n" + ARTICLE + "\n")
    assert ("heading", "第一章总则") in got


def test_the_first_line_of_an_article_set_apart_by_a_blank_line_goes_on_below():
    got = units("临川市地方文化研究会章程\n\n第五条\n\n" + FIRST + "\n\n" + "\n".join(REST) + "\n\n第六条\n\n" + ARTICLE + "\n")
    assert any(text == "第五条" + FIRST + "".join(REST) for _, text in got)
