"""The text route on the failure classes that the fourth development batch (benchmarks/segcorpus
make_dev3_web.py / make_dev3_print.py --batch dev4) showed in web and user dumps: a saved page's
dated header, a newspaper dateline before its byline, number ranges cut by a wrap, a heading after
a sentence cut at a dump's width, list items with one mark, and lines cut without a cue. One small
input per class."""

import dataclasses

from segment_samples import PARA1, PARA2, units

from annotate.segment import join
from annotate.segment.lines import split_lines


def test_a_dated_page_header_set_flush_right_is_debris_even_with_a_bracket_cut_off():
    header = "绝对SuperStar (第一届 - 网页另存为文本" + " " * 24 + "2023-12-11"
    got = units(f"{header}\n南方晨报数字版\n\n绝对SuperStar (第一届)\n\n{PARA1}\n")
    assert got[0][0] == "debris" and got[0][1].startswith("绝对SuperStar") and got[0][1].endswith("文本2023-12-11")
    assert got[-2] in (("title", "绝对SuperStar (第一届)"), ("heading", "绝对SuperStar (第一届)")) and got[-1] == ("paragraph", PARA1)


def test_a_title_and_a_date_with_a_single_space_stay_prose():
    got = units(f"驱逐舰 2023-12-11\n\n{PARA1}\n")
    assert got[0][0] != "debris"


def test_a_newspaper_dateline_without_a_date_is_a_byline_not_a_heading():
    got = units(f"安德里拉乔利纳的前世今生\n\n本报北京电 记者赵磊 周文斌\n安德里拉乔利纳\n{PARA1}\n")
    kinds = [k for k, _ in got]
    assert kinds[:3] == ["title", "byline", "heading"] and got[2][1] == "安德里拉乔利纳"


def test_a_number_range_cut_after_its_hyphen_joins_without_a_space():
    body = "俱樂部亦贏得2次聯賽冠軍。\n　　2003-\n04賽季，阿森納更以不敗的成績，奪得當屆聯賽冠軍。\n"
    got = units(f"阿森納\n\n{body}")
    assert ("paragraph", "2003-04賽季，阿森納更以不敗的成績，奪得當屆聯賽冠軍。") in got
    got = units("印第安纳大学\n\n根據2001-\n2002年發表的《美國新聞與世界報道》，印第安納大學有110多個本科學科排名前20。\n")
    assert got[-1] == ("paragraph", "根據2001-2002年發表的《美國新聞與世界報道》，印第安納大學有110多個本科學科排名前20。")


def test_a_page_number_above_a_year_stays_debris():
    got = units(f"标题\n\n{PARA1}\n- 4 -\n1901年，廢縣置廳，裁撤辦務署。\n")
    assert ("debris", "- 4 -") in got


def grouped(raw, **facts):
    """The join step alone, with the document facts given (a dump's width, a wrap)."""
    lines = split_lines(raw)
    ctx = dataclasses.replace(join.context(lines, raw), **facts)
    for ln in lines:
        ln.width = join.vis_width(ln)
    return ["".join(ln.sq for ln in g) for g in join.group_lines(lines, ctx)]


def test_a_heading_after_a_sentence_cut_at_the_dump_width_stands_apart():
    full = "挪威海螯虾极具生态价值及经济利用价值，在捕捉挪威海螯虾行业的运作过程中所产生的废弃物，为海中多"
    cut = "种食腐动物（如盲鳗）制造大量重要食粮；据研究所得，这些废弃物为整个生态环境所提供的生态能源足有三成。"
    after = "在捕虾过程中，渔船亦会捕捉到其它种类的海洋生物，例如孙鲽与鳎鱼等。"
    raw = f"　　{full}\n{cut}\n\n后续进展\n\n　　{after}\n"
    assert grouped(raw, wrap=0, limit=50, indents=True) == [full + cut, "后续进展", after]


def test_list_items_with_one_mark_break_after_a_sentence_end():
    item = "◎喬治亞軍隊進攻與俄羅斯接鄰的南奧塞提亞自治區，試圖將該地重新納入其政府軍管轄之下，戰事隨即擴大至鄰近的地區和各個城市。"
    raw = "\n".join(item[i:i + 20] for i in range(0, len(item), 20)) + "\n◎南奧塞提亞戰爭由此爆發。\n◎俄羅斯軍隊發動空襲。\n"
    assert grouped(raw, wrap=20) == [item, "◎南奧塞提亞戰爭由此爆發。", "◎俄羅斯軍隊發動空襲。"]


def test_a_wrapped_line_left_short_after_a_comma_goes_on():
    head = [PARA1[i:i + 30] for i in range(0, 90, 30)]
    tail = [PARA2[i:i + 30] for i in range(0, len(PARA2), 30)]
    body = "\n".join([*head, "月1日，首钢集团与太原钢铁集团、上海宝钢集团、", *tail])
    got = units(f"标题\n\n{body}\n")
    assert [k for k, _ in got] == ["title", "paragraph"]


def test_a_long_line_cut_without_a_sentence_end_goes_on_in_flowing_text():
    first = "進入高中後，他極力利用假日及假期從事植物的採集，1898年在福島縣會津地區的採集成果，成為他1903年發表的第一篇及第二篇科學"
    got = units(f"早田文藏\n\n{first}\n文獻。1900年，進入東京帝國大學理學部。\n\n{PARA1}\n")
    assert got[1] == ("paragraph", first + "文獻。1900年，進入東京帝國大學理學部。")


def test_consecutive_furniture_lines_are_one_debris_unit_each():
    menu = "".join(f"• {w}\n" for w in ("最新", "專題", "人物", "書摘", "訂閱"))
    raw = (f"我們使用Cookie提供更好的服務，繼續瀏覽即代表同意。接受\n遠見天下誌\n\n{menu}\n早田文藏\n\n"
           f"文／鄭文傑　攝影／李宗翰\n\n{PARA1}\n")
    got = units(raw)
    assert got[:2] == [("debris", "我們使用Cookie提供更好的服務，繼續瀏覽即代表同意。接受"), ("debris", "遠見天下誌")]
    assert got[-1] == ("paragraph", PARA1)


def test_the_pieces_of_a_running_header_stay_one_debris_unit():
    header = "自由時報\n2023/03/05\n星期四\n"
    got = units(f"{header}标题\n\n{PARA1}\n\n{header}{PARA2}\n")
    assert [t for k, t in got if k == "debris"] == ["自由時報2023/03/05星期四"] * 2


def test_a_metadata_table_without_colons_is_one_debris_unit_per_cell():
    # (one unit a row before session 17: the table's cells are units of their own since session 16's convention, and
    # the batch-4 gold cuts these rows so; cells.cut_table_rows with spaced, webdump.cut_label_rows before)
    got = units(f"索契\n\n發布單位 高雄市政府觀光局\n發布日期 112-01-03\n\n{PARA1}\n")
    assert got[1:5] == [("debris", "發布單位"), ("debris", "高雄市政府觀光局"), ("debris", "發布日期"), ("debris", "112-01-03")]
    assert [k for k, _ in got] == ["title", "debris", "debris", "debris", "debris", "paragraph"]


def test_two_heading_lines_with_different_first_words_are_no_table():
    got = units(f"标题\n\n{PARA1}\n\n第一部分 总则\n第二部分 附则\n\n{PARA2}\n")
    assert all(k != "debris" for k, _ in got)


def test_a_short_name_line_after_a_banner_is_not_a_dangling_fragment():
    raw = "我們使用Cookie提供更好的服務，繼續瀏覽即代表同意。接受\n遠見天下誌\n"
    assert grouped(raw) == ["我們使用Cookie提供更好的服務，繼續瀏覽即代表同意。接受", "遠見天下誌"]
    assert grouped("…開放創新生態。進一\n步強化科技創新的引領作用，加快建設。\n") == ["…開放創新生態。進一步強化科技創新的引領作用，加快建設。"]
