"""The editor's rules, one small article at a time (the seeds are tested in test_segment_seeds.py)."""

import pytest
from segment_samples import units

from annotate.segment import segment_text
from annotate.segment.ids import ParaIds
from annotate.segment.sentences import split_sentences


def texts(raw):
    return [text for _, text in units(raw)]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # a sentence broken by blank lines: the next fragment is a one-sentence tail
        ("协同创新网络各成员单位共建一张资源地图、共育一流产\n\n业生态。\n\n第二段。", ["协同创新网络各成员单位共建一张资源地图、共育一流产业生态。", "第二段。"]),
        # an unclosed book-title mark
        ("北京发布的《北京市建立未来产业投入增长\n\n机制 促进未来产业发展的若干措施》提出，将通过16条措施推进。",
         ["北京发布的《北京市建立未来产业投入增长机制促进未来产业发展的若干措施》提出，将通过16条措施推进。"]),
        # the next line opens inside a quote
        ("高新区作为国家创新体系的重要节点,具备布局未来产业的多重优\n\n势。”西安创新发展研究院执行院长朱常海表示,高新区长期承担角色。",
         ["高新区作为国家创新体系的重要节点,具备布局未来产业的多重优势。”西安创新发展研究院执行院长朱常海表示,高新区长期承担角色。"]),
        # a dangling fragment after the last sentence end
        ("四是要进一步构建开放创新生态。进一\n\n步强化中关村论坛国家级平台国际影响力,实施外资研发中心16条措施,推动全球科技创新交流合作。",
         ["四是要进一步构建开放创新生态。进一步强化中关村论坛国家级平台国际影响力,实施外资研发中心16条措施,推动全球科技创新交流合作。"]),
        # never join before an enumerator, even when the previous paragraph lost its full stop
        ("二是着力构建现代化产业体系,加快形成新质生产力,抢占未来产业竞争制\n\n三是着力强化企业创新主体作用,不断培育世界级创新型企业。",
         ["二是着力构建现代化产业体系,加快形成新质生产力,抢占未来产业竞争制", "三是着力强化企业创新主体作用,不断培育世界级创新型企业。"]),
        # a complete statement without its full stop, then a new long paragraph: keep the break
        ("实现研发费用3175.9亿元,企业拥有有效发明专利约26.15万件,占北京市企业同期有效发明专利量的 68.8%\n\n"
         "在全国新型工业化推进大会召开后,中关村加快谋划实施重点任务和项目,强化科技创新与产业创新深度融合。具体有以下做法:",
         ["实现研发费用3175.9亿元,企业拥有有效发明专利约26.15万件,占北京市企业同期有效发明专利量的68.8%",
          "在全国新型工业化推进大会召开后,中关村加快谋划实施重点任务和项目,强化科技创新与产业创新深度融合。具体有以下做法:"]),
        # a new enumerated paragraph glued onto a line after a sentence end and a space
        ("三是要进一步培育世界级高精尖产业集群。 四是要进一步构建开放创新生态。",
         ["三是要进一步培育世界级高精尖产业集群。", "四是要进一步构建开放创新生态。"]),
        ("需围绕五方面夯实基础能力:\u2002\u2002原始创新力:构建国家战略科技力量支撑体系。",
         ["需围绕五方面夯实基础能力:", "原始创新力:构建国家战略科技力量支撑体系。"]),
        # the blank fields of a form on one line (labels with nothing after them) are not glued paragraphs
        ("甲方签章：    乙方签章：\n\n本协议一式两份，甲乙双方各执一份，自双方签字之日起生效。",
         ["甲方签章：乙方签章：", "本协议一式两份，甲乙双方各执一份，自双方签字之日起生效。"]),
        ("甲方签章：    乙方签章：王某\n\n本协议一式两份，甲乙双方各执一份，自双方签字之日起生效。",
         ["甲方签章：", "乙方签章：王某", "本协议一式两份，甲乙双方各执一份，自双方签字之日起生效。"]),
        # a space after a sentence end inside a line is not a paragraph break
        ("一是要进一步强化科技创新策源功能。 充分发挥中关村教育、科技、人才资源优势。",
         ["一是要进一步强化科技创新策源功能。充分发挥中关村教育、科技、人才资源优势。"]),
    ],
)
def test_join_rules(raw, expected):
    assert texts(raw) == expected


def test_speaker_labels_start_paragraphs_and_a_lone_label_joins_its_speech():
    raw = "记者:\n\n请问今年的成效如何?\n\n吴家喜:今年以来,国家高新区发展向好\n\n记者:下一步呢?\n\n吴家喜:继续推进。"
    assert texts(raw) == ["记者:请问今年的成效如何?", "吴家喜:今年以来,国家高新区发展向好", "记者:下一步呢?", "吴家喜:继续推进。"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("信 息 技 术 龙 头 企 业 ，产 业 规 模", "信息技术龙头企业，产业规模"),
        ("国家高新区开展 绿色发展专项行动。", "国家高新区开展绿色发展专项行动。"),
        ("全国 169 家国家高新区，2021 年", "全国169家国家高新区，2021年"),
        ("支持寒武纪、龙芯中科等建设 SageOne AI 算力平台。", "支持寒武纪、龙芯中科等建设SageOne AI算力平台。"),
        ("发布时间 2025-04-14 14:27 的报道。", "发布时间2025-04-14 14:27的报道。"),
        ("\u2002 \u2002前后都有空格\u3000\xa0。\u2002", "前后都有空格。"),
    ],
)
def test_whitespace_rule(raw, expected):
    assert texts(raw) == [expected]


def test_markdown_markers_are_markup():
    raw = "# 工信部:发挥国家高新区作用 加快推进新型工业化\n\n**李有平:**近年来,国家高新区推动[数字技术](http://x.cn)融合。\n\n- 列表项。"
    assert units(raw) == [
        ("title", "工信部:发挥国家高新区作用 加快推进新型工业化"),
        ("paragraph", "李有平:近年来,国家高新区推动数字技术融合。"),
        ("paragraph", "列表项。"),
    ]


def test_consecutive_same_level_headings_and_short_heading_lines_join():
    raw = "# 标题\n\n#### 多措并举\n\n#### 加快形成新质生产力\n\n正文第一段。\n\n坚持“四个面向”\n做好“高新文章”\n\n正文第二段。"
    assert units(raw) == [
        ("title", "标题"), ("heading", "多措并举加快形成新质生产力"), ("paragraph", "正文第一段。"),
        ("heading", "坚持“四个面向”做好“高新文章”"), ("paragraph", "正文第二段。"),
    ]


def test_bylines_meta_and_debris_stand_alone():
    raw = (
        "新闻动态\n“十四五”国家高新区引领高质量发展的十大关键问题\n\n浏览次数:323 发布时间:2021-03-09 08:53:49\n"
        "作者:闻育旻 2025-04-14 14:27 来源:中国工业报\n放大\xa0缩小\n\n正文。\n\n(文字整理:本报记者 张伟)\n\n附件:"
    )
    assert [k for k, _ in units(raw)] == ["debris", "title", "meta", "byline", "debris", "paragraph", "byline", "debris"]


def test_document_metadata_as_the_text_states_it():
    raw = "【中国工业报】时隔六年再入《报告》\u2002\u2002高新区将成战略支点\n\n作者:闻育旻 2025-04-14 14:27 来源:中国工业报\n\n正文。"
    meta = segment_text(raw, "d").meta
    assert (meta.title, meta.author, meta.date, meta.outlet) == (
        "时隔六年再入《报告》 高新区将成战略支点", "闻育旻", "2025-04-14 14:27", "中国工业报")


def test_a_headline_printed_after_the_body_is_the_title_and_its_copy_is_debris():
    raw = "▶ 本报记者 李争粉\n\n正文第一段。\n\n正文第二段。\n\n为实现科技自立自强贡献火炬力量为实现科技自立自强贡献火炬力量\n——专访火炬中心主任"
    assert units(raw) == [
        ("byline", "▶本报记者李争粉"), ("paragraph", "正文第一段。"), ("paragraph", "正文第二段。"),
        ("title", "为实现科技自立自强贡献火炬力量"), ("debris", "为实现科技自立自强贡献火炬力量"),
        ("title", "——专访火炬中心主任"),
    ]


def test_sentences_keep_closing_quotes_and_ellipses():
    text = "他说：“我们要干。”随后离开！真的吗？是的……好"
    assert [text[s:e] for s, e in split_sentences(text)] == ["他说：“我们要干。”", "随后离开！", "真的吗？", "是的……", "好"]
    text = 'He said "go!" Then "wait"; ok'
    assert [text[s:e] for s, e in split_sentences(text)] == ['He said "go!"', 'Then "wait";', "ok"]
    text = '他说"好。"下一句'
    assert [text[s:e] for s, e in split_sentences(text)] == ['他说"好。"', "下一句"]


def test_para_ids_are_stable_and_count_repeats():
    ids = ParaIds("d")
    first, second, other = ids("同一段。"), ids("同一段。"), ids("另一段。")
    assert second == first + "-2" and first.startswith("d-") and other != first
    before = {u.text: u.para_id for u in segment_text("甲段。\n\n乙段。\n\n丙段。", "d").units}
    after = {u.text: u.para_id for u in segment_text("甲段。\n\n乙段改了。\n\n丙段。", "d").units}
    assert before["甲段。"] == after["甲段。"] and before["丙段。"] == after["丙段。"]


def test_line_break_styles_give_the_same_units():
    lf = "标题\n\n第一段。\n\n第二段没有句号\n\n三是第三段。"
    assert texts(lf) == texts(lf.replace("\n", "\r\n")) == texts(lf.replace("\n", "\r"))


def test_many_short_unpunctuated_lines_stay_linear():
    raw = "\n".join(["词语"] * 20000)
    assert len(segment_text(raw, "d").units) >= 1


def test_a_label_after_a_single_space_is_not_a_new_paragraph():
    raw = "会议结束后他离开了会场。 他说:“我们还会再来。”"
    assert texts(raw) == ["会议结束后他离开了会场。他说:“我们还会再来。”"]


def test_indented_single_newline_paragraphs():
    raw = "\u3000\u3000第一段讲的是高新区的发展情况。\n\u3000\u3000第二段讲的是下一步的工作安排。\n\u3000\u3000第三段。"
    assert texts(raw) == ["第一段讲的是高新区的发展情况。", "第二段讲的是下一步的工作安排。", "第三段。"]


def test_a_list_of_short_unpunctuated_lines_is_not_hard_wrapped():
    items = ["第一章 总则", "第二章 园区规划与建设", "第三章 产业发展", "第四章 科技创新与成果转化",
             "第五章 人才", "第六章 营商环境", "第七章 附则与说明", "第八章 其他", "第九章 监督管理办法"]
    assert len(texts("\n\n".join(items))) == len(items)


def test_hard_wrapped_text_with_kept_indentation():
    para1 = "国家高新区坚持发展高科技实现产业化，走出了一条具有中国特色的高新技术产业化道路，为加快形成新质生产力作出了重要贡献。"
    para2 = "下一步将继续加大支持力度，推动国家高新区高质量发展，更好发挥示范引领和辐射带动作用，培育更多世界级产业集群。"
    lines = []
    for para in (para1, para2, para1, para2):
        text = "\u3000\u3000" + para
        lines += [text[i:i + 20] for i in range(0, len(text), 20)]
    assert texts("\n".join(lines)) == [para1, para2, para1, para2]


def test_navigation_lines_are_debris():
    raw = "正文。\n\n上一篇：国家高新区一体化高质量发展提速\n下一篇：国家高新区加快打造未来产业“试验场”"
    assert [k for k, _ in units(raw)] == ["paragraph", "debris", "debris"]


def test_a_box_heading_printed_on_the_titles_line_is_a_unit_of_its_own():
    body = "拿破仑在1852年，于波尔多发表的演说中声称帝国意味著和平，表明法国不会为了扩张领土而进攻他国。\n"
    got = texts("山西省 (中华民国) 小知识：拿破仑三世\n" + body)
    assert got[:2] == ["山西省(中华民国)", "小知识：拿破仑三世"]
    assert texts("高血壓 延伸閱讀：釣魚臺\n" + body)[:2] == ["高血壓", "延伸閱讀：釣魚臺"]
    # a masthead's date label stays on its line; and only the first line is looked at
    assert texts("經濟部全球資訊網 列印日期：2021/09/13\n" + body)[0] == "經濟部全球資訊網列印日期：2021/09/13"
    assert not any(t == "小知识：拿破仑三世" for t in texts("标题\n\n" + body + "山西省 小知识：拿破仑三世\n" + body))
