"""Session 17's gold conventions in the segmenter (fixt9): a run-in dateline byline, a web page's closing update
stamp, a table's unit note, a byline and its date on one line, a heading's number printed apart."""

from __future__ import annotations

from annotate.segment import segment_text
from annotate.segment.classify import doc_meta

P1 = "馬祖地區屬亞熱帶海洋性氣候，四季分明，冬季寒冷潮濕，夏季涼爽宜人，每年四月到九月是最適合旅遊的季節。"
P2 = "島上的居民以漁業為主要生計，近年來觀光業逐漸興起，吸引了大批遊客前來探訪戰地遺跡與特色民居。"


P3 = "戰地政務時期結束以後，當地政府推動文化資產保存，將碉堡與坑道整修開放，成為兩岸歷史的見證與教育場所。"


def _wrap(text, width=24):
    return "\n".join(text[i:i + width] for i in range(0, len(text), width))


def _story(byline, sep):
    """A wrapped story whose first paragraph opens with ``byline`` and ``sep`` (the first line as wide as the others)."""
    k = 24 - len(byline)
    return f"一次看懂馬祖列島\n\n{byline}{sep}{P1[:k]}\n{_wrap(P1[k:])}\n\n{_wrap(P2)}\n\n{_wrap(P3)}\n"


def _units(text):
    doc = segment_text(text, "doc")
    return [(u.kind, u.text) for u in doc.units], doc


def test_a_run_in_byline_on_the_story_s_line_is_the_paragraph_s_and_its_reporter_the_author():
    for gap in ("", " ", "  "):
        units, doc = _units(_story("〔記者吳淑芬／高雄報導〕", gap))
        assert units[1] == ("paragraph", f"〔記者吳淑芬／高雄報導〕{P1}"), gap
        assert doc.meta.author == "吳淑芬"


def test_a_run_in_byline_a_column_s_gap_or_a_line_break_sets_apart_stays_a_byline():
    column_gap = _story("〔記者吳淑芬／高雄報導〕", "      ")  # (-layout: the story's first line is its column's)
    own_line = f"一次看懂馬祖列島\n\n〔記者吳淑芬／高雄報導〕\n{_wrap(P1)}\n\n{_wrap(P2)}\n\n{_wrap(P3)}\n"
    for text in (column_gap, own_line):
        units, doc = _units(text)
        assert units[1:3] == [("byline", "〔記者吳淑芬／高雄報導〕"), ("paragraph", P1)], text
        assert doc.meta.author == "吳淑芬"


def test_doc_meta_names_the_reporter_of_a_dateline_in_a_paragraph_not_a_bracket_that_is_none():
    assert doc_meta(["馬祖", f"【記者 林志明∕台中報導】 {P1}"], ["title", "paragraph"]).author == "林志明"
    assert doc_meta(["馬祖", f"（一）{P1}", f"（記者陳怡君攝）{P2}"], ["title", "paragraph", "paragraph"]).author is None


def _page(top, tail):
    body = f"{_wrap(P1, 40)}\n\n{_wrap(P2, 40)}\n\n{_wrap(P3, 40)}\n"
    return f"馬祖旅遊網\n\n一次看懂馬祖列島\n\n{top}{body}\n{tail}"


def test_a_web_page_s_update_stamp_after_the_prose_is_debris_one_under_the_title_meta():
    for stamp in ("更新日期：2023-09-26", "最後更新：2024-08-20　瀏覽人次：3311", "信息更新时间：113-05-03",
                  "本词条由 杨杰超 校对　最后更新：2022-06-04"):
        units, _ = _units(_page("", f"{stamp}\n\n版權所有 馬祖旅遊網\n"))
        assert [k for k, t in units if t.replace(" ", "").startswith(stamp.replace(" ", "")[:6])] == ["debris"], stamp
        units, _ = _units(_page(f"{stamp}\n\n", "版權所有 馬祖旅遊網\n"))
        under_title = [k for k, t in units if t.replace(" ", "").startswith(stamp.replace(" ", "")[:6])]
        if "瀏覽" in stamp:  # a date alone with a view counter: furniture whole, under the title too (fixw20:
            assert under_title == ["debris"], stamp  # dev15 w15-005's gold, "发布时间：2023-08-25　点击数：3416")
            continue
        assert under_title and "debris" not in under_title, stamp  # (the document's date: the rule leaves it)


def test_a_printed_leaflet_s_own_revision_date_is_no_update_stamp():
    from annotate.segment import rules
    assert not rules.update_stamp("修改日期：2023年10月12日")
    assert rules.update_stamp("本頁面最後修訂於2024年7月8日(星期一)08:15。")


def test_html_update_stamp_after_the_prose_is_debris_one_under_the_title_stays(tmp_path):
    from annotate.segment.files import segment_file
    path = tmp_path / "page.html"
    for top, tail, kind in (("", "<p>更新日期：2023-09-26</p>", "debris"), ("<p>更新日期：2023-09-26</p>", "", "meta")):
        path.write_text(f"<html><head><meta charset='utf-8'><title>t</title></head><body><h1>一次看懂馬祖</h1>{top}"
                        f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>{tail}<div>版權所有 馬祖旅遊網</div></body></html>", encoding="utf-8")
        doc, _ = segment_file(path)
        assert [u.kind for u in doc.units if u.text == "更新日期：2023-09-26"] == [kind]


def test_a_table_s_unit_note_right_above_its_cells_is_debris_a_heading_there_stays():
    table = ("科目                    预算数      实际支出   结余\n"
             "设备费                   86.0     84.3   1.7\n"
             "材料费                   42.5     40.1   2.4\n"
             "差旅费                   12.0     11.6   0.4\n")
    for note, indent, kind in (("单位：万元", 40, "debris"), ("单位：元　币种：人民币", 40, "debris"), ("单位：万元", 0, "debris")):
        text = f"项目验收意见\n\n{_wrap(P1, 40)}\n\n三、经费\n\n{' ' * indent}{note}\n\n{table}\n{_wrap(P2, 40)}\n\n{_wrap(P3, 40)}\n"
        units, _ = _units(text)
        assert [k for k, t in units if t.replace(" ", "").replace("\u3000", "") == note.replace("\u3000", "")] == [kind], note
        assert ("debris", "设备费") in units and ("heading", "三、经费") in units  # (the table's cells; the section's head)
    from annotate.segment import rules  # (a line of prose, or a heading, is no note of fields)
    assert not rules.unit_note("四、经费使用情况", fields=True) and not rules.unit_note("注：份额按销售额计算。", fields=True)
