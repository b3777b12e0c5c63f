"""review27's findings on fixu23's and fixl23's rules (fixrv27): one small hand-written input per fix."""

from segment_samples import PARA1, PARA2, squashed_units

_TAIL = "如不服本判决，可以在判决书送达之日起十五日内，向本院递交上诉状，并按对方当事人的人数提出副本，上诉于北京市第三中级人民法院。"


def test_a_role_word_heading_with_a_surname_after_the_role_stays_a_heading():
    # "人民陪审员任期": "任" is a common surname, but the line stands alone, no signature line beside it (review27, bug 2);
    # the sign-off block's "审判长张伟" over "书记员孙敏" is still meta, one a line
    raw = "\n".join(["民事判决书", "", "人民陪审员任期", "", PARA1, "", "审判长张伟", "书记员孙敏", ""])
    got = squashed_units(raw)
    assert ("heading", "人民陪审员任期") in got, got
    assert ("meta", "审判长张伟") in got and ("meta", "书记员孙敏") in got, got


def test_signer_line_needs_a_gap_or_a_surname_beside_another_signer():
    from annotate.segment.office import signer_line

    assert signer_line("审判长阎明海", True, False)
    assert signer_line("审判长张伟", False, True)
    assert not signer_line("审判长张伟", False, False)
    assert not signer_line("人民陪审员任期", False, False)
    assert not signer_line("人民陪审员制度", False, True)  # ("制" is no common surname)


def test_docx_role_word_heading_stays_a_heading(tmp_path):
    import docx

    from annotate.segment.files import segment_file

    d = docx.Document()
    for text in ["民事判决书", "人民陪审员任期", PARA1, PARA2, _TAIL, "审判长张伟", "书记员孙敏"]:
        d.add_paragraph(text)
    path = tmp_path / "j.docx"
    d.save(str(path))
    doc, _ = segment_file(path)
    got = [(u.kind, "".join(u.text.split())) for u in doc.units]
    assert ("meta", "人民陪审员任期") not in got, got
    assert ("meta", "审判长张伟") in got and ("meta", "书记员孙敏") in got, got


def test_pdf_two_line_title_on_a_role_word_stays_one_title(tmp_path):
    # two centred 18pt lines "人民陪审员制度" / "改革试点情况的中期报告" were cut in two: the PDF reader refused to run any line
    # that fully matched rules.SIGNER on into the next (review27, bug 1); no clerk, no gap, no surname: one title
    from pdf_samples import FONT, _canvas, _column

    from annotate.segment.files import segment_file

    path = tmp_path / "report.pdf"
    c = _canvas(path)
    c.setFont(FONT, 18)
    c.drawCentredString(297, 780, "人民陪审员制度")
    c.drawCentredString(297, 756, "改革试点情况的中期报告")
    _column(c, PARA1 + PARA2, 72, 716, 42, size=10.5, lead=18)
    c.showPage()
    c.save()
    doc, _ = segment_file(path)
    got = [(u.kind, "".join(u.text.split())) for u in doc.units]
    assert got[0] == ("title", "人民陪审员制度改革试点情况的中期报告"), got


_POST_BODY = ["", PARA1, "", PARA2, ""]


def test_two_coauthors_are_no_author_and_outlet():
    # "原创 王鹏 赵敏 2024-01-05 08:30": the second name is no WeChat account (review27, bug 3); an account of four or more
    # characters still is ("法商观察", test_segment_fixu23.py)
    from annotate.segment import segment_text
    from annotate.segment.classify import doc_meta

    meta = doc_meta(["标题", "王鹏 赵敏 2024-01-05"], ["title", "byline"])
    assert meta.outlet != "赵敏" and meta.author != "王鹏", meta
    doc = segment_text("\n".join(["一文读懂新《公司法》注册资本认缴新规", "", "原创 王鹏 赵敏 2024-01-05 08:30", *_POST_BODY]), "d")
    assert doc.meta.outlet != "赵敏", doc.meta
    assert doc_meta(["标题", "陈律师 法商观察 2024-01-05"], ["title", "byline"]).outlet == "法商观察"


def test_a_badges_rest_of_a_date_or_a_labelled_source_is_no_byline():
    # "原创 2024-01-05 08:30" and "原创 来源：新华社 2024-01-05 08:30": the rest names nobody, the line rules' kind stays
    # (a date alone near the top: debris; a labelled source: meta; review27, bug 4); "原创 李思 人民日报评论 2023-10-01 07:19"
    # is still a byline
    for credit, rest, kind in (("原创 2024-01-05 08:30", "2024-01-0508:30", "debris"),
                               ("原创 来源：新华社 2024-01-05 08:30", "来源：新华社2024-01-0508:30", "meta"),
                               ("原创 李思 人民日报评论 2023-10-01 07:19", "李思人民日报评论2023-10-0107:19", "byline")):
        got = squashed_units("\n".join(["一文读懂新《公司法》注册资本认缴新规", "", credit, *_POST_BODY]))
        assert (kind, rest) in got, (credit, got)


def test_a_row_of_fields_set_apart_by_tabs_or_mixed_spaces_is_no_wrapped_line():
    # dumpwrap._fields_apart promised a gap of four columns and tested only "　　" or four spaces: tabs and a mix of
    # ideographic and ASCII spaces let the signature row join the clause above (review27, bug 5)
    from test_segment_fixu23 import _CONTRACT

    for gap in ("\t\t\t", "\u3000 \u3000 ", "   \u3000"):
        raw = "\r\n".join([*_CONTRACT, "甲方（盖章）：" + gap + "乙方（盖章）："]) + "\r\n"
        got = squashed_units(raw)
        assert ("paragraph", _CONTRACT[-1].strip("\u3000")) in got, (gap, got)


def test_a_labels_value_after_a_gap_is_one_field():
    # "日期：　2023年8月15日" kept its gap as if label and value were two fields (review27, bug 6): no gap is kept after a
    # label's colon; two fields still keep one space between them
    from annotate.segment import segment_text

    raw = "\r\n".join(["技术服务合同", "", PARA1, "", PARA2, "", "日期：\u30002023年8月15日", ""])
    got = [(u.kind, u.text) for u in segment_text(raw, "d").units]
    assert ("meta", "日期：2023年8月15日") in got, got  # (two fields: test_segment_fixu23.py's meta line, one space kept)


def test_a_picture_source_first_on_a_line_does_not_hide_the_texts_source():
    # "图片来源：网络　来源：新华社": only the first "来源：" was looked at, a picture's, so no outlet (review27, bug 7)
    from annotate.segment.classify import doc_meta

    assert doc_meta(["标题", "图片来源：网络　来源：新华社"], ["title", "meta"]).outlet == "新华社"
    assert doc_meta(["标题", "图片来源：网络"], ["title", "meta"]).outlet is None
