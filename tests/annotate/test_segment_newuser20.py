"""Text-route faults a new user's trial found (session 20, fixu20): one small hand-written input per rule."""

from segment_samples import PRINT_MORE, PRINT_TEXT, units

_TITLE = "周末去城郊露营，我带了这些东西"
_LEAD = "上周末和几个朋友去了城郊的森林公园露营，天气不错，收获满满。很多人问我第一次露营需要准备什么，这里把清单整理出来。"
_AFTER = "晚上我们围着炉子煮了一锅面，聊到很晚才睡。第二天早上五点多就被鸟叫声吵醒，觉得一切辛苦都值得了。"


def _doc(raw):
    from annotate.segment import segment_text

    return segment_text(raw, "doc")


def test_a_credit_line_with_the_date_first_is_the_byline_under_the_title():
    # a blog saved as plain text or markdown prints its credit line date first ("2024年5月12日 作者：林小雨"): it was
    # glued to the title above it (no blank line) or taken for a heading, and the document had no author or date
    for credit, date in (("2024年5月12日 作者：林小雨", "2024年5月12日"), ("2024-05-12 作者：林小雨", "2024-05-12"),
                         ("2024-05-12 10:30　文／林小雨", "2024-05-12 10:30")):
        for raw in (f"{_TITLE}\n{credit}\n{_LEAD}\n", f"# {_TITLE}\n\n{credit}\n\n{_LEAD}\n"):
            got = units(raw)
            assert got[0] == ("title", _TITLE), got
            assert got[1][0] == "byline" and "".join(got[1][1].split()) == "".join(credit.split()), got
            meta = _doc(raw).meta
            assert (meta.author, meta.date) == ("林小雨", date), meta


def test_a_sentence_that_opens_with_a_date_is_no_byline():
    # a reporter's word after a date is a sentence's subject, no credit: the names must end the credit
    raw = f"{_TITLE}\n\n2023年6月1日 记者从市教育局获悉，今年的招生计划已经公布\n\n{_LEAD}\n"
    got = units(raw)
    assert all(kind != "byline" for kind, _ in got), got
    assert _doc(raw).meta.author is None


_ITEMS = ["帐篷和防潮垫，最好提前在家里试搭一次", "睡袋，春秋季节选择舒适温度在五度左右的", "头灯和备用电池",
          "便携炉具、锅具和足够的饮用水", "驱蚊液和简单的急救包"]


def test_the_items_of_a_list_typed_in_the_article_are_paragraphs():
    # "- 头灯和备用电池" (markdown, plain text) or "• …" (w3m): short, no sentence end, each was taken for a heading; the
    # HTML reader's <li> and DOCX's List Bullet give paragraphs, as the golds do for a page's own list (dev14 w14-001
    # w3m, v14-014 w3m: "• 如有异常请停止使用并联系客服" under items that end a sentence)
    for bullet in ("-", "*", "•"):
        listed = "\n".join(f"{bullet} {item}" for item in _ITEMS)
        for raw in (f"{_TITLE}\n\n{_LEAD}\n我的露营清单：\n{listed}\n{_AFTER}\n",
                    f"# {_TITLE}\n\n{_LEAD}\n\n## 我的露营清单\n\n{listed}\n\n{_AFTER}\n"):
            got = units(raw)
            assert [(k, t) for k, t in got if t in _ITEMS] == [("paragraph", item) for item in _ITEMS], got
    # one item of the list ends a sentence: the list is prose, its last item too
    listed = "\n".join(["• 首次使用前请充满电；", "• 请勿在潮湿环境中长时间佩戴；", "• 如有异常请停止使用并联系客服"])
    got = units(f"{_TITLE}\n\n{_LEAD}\n\n使用须知\n\n{listed}\n\n{_AFTER}\n")
    assert ("paragraph", "如有异常请停止使用并联系客服") in got, got


def test_a_list_of_short_links_stays_as_it_was():
    # related links under a furniture heading: no item reads as prose, none is introduced by a colon
    links = "\n".join(f"• {t}" for t in ("大阪周遊卡怎麼用最划算", "沖繩自駕全攻略", "首爾弘大住宿推薦"))
    got = units(f"{_TITLE}\n\n{_LEAD}\n\n{_AFTER}\n\n熱門文章\n\n{links}\n")
    assert all(kind != "paragraph" for kind, t in got if t in ("大阪周遊卡怎麼用最划算", "沖繩自駕全攻略", "首爾弘大住宿推薦")), got


def _paged(first, second, foot, head, blank=True):
    """Two printed pages, hard-wrapped at 38 characters, each paragraph's first line set in two ideographic spaces: a
    headline, a byline, a paragraph, then ``first``, whose last six characters the page break carries over
    (``…享有平`` / ``foot`` / ``\f`` ``head`` / ``等的表决权。``), then ``second``; ``blank``: blank lines around the
    furniture and between the paragraphs."""
    def wrapped(text):
        return [text[k:k + 38] for k in range(0, len(text), 38)]
    gap = [""] if blank else []
    first = "\u3000\u3000" + first
    page1 = ["清河县环城公路南段今日动工", "记者 王小明／清河报道", *wrapped("\u3000\u3000" + PRINT_TEXT), *gap,
             *wrapped(first[:-6]), *gap, foot]
    page2 = [first[-6:], *gap, *wrapped("\u3000\u3000" + second), *gap, foot.replace("1", "2")]
    return "\n".join([head, *gap, *page1, "\f" + head, *gap, *page2]) + "\n"


def test_a_paragraph_a_page_break_cuts_in_mid_sentence_goes_on_past_the_furniture():
    # a plain-text print (hard-wrapped, a running head and "第 1 頁／共 2 頁" at each page break): the paragraph is cut
    # at the furniture, as the corpus's golds cut it, and its later piece says which unit it continues (source.continues,
    # as a column's pieces do); the new user's news_wrapped.txt, dev pdftotext dumps' pieces past a folio
    # (drcd-009 "…還是無可解" / "—1—" / "答。", p11-004 -raw "…具有" / "-1-" / "十分重要的意义。")
    from annotate.segment import check_offsets

    for foot in ("第 1 頁／共 2 頁", "- 1 -"):
        for blank in (True, False):
            raw = _paged(PRINT_MORE, PRINT_TEXT, foot, "清河日报　地方新闻　2024年3月5日", blank)
            doc = _doc(raw)
            for unit in doc.units:
                check_offsets(unit.text, raw, unit.offsets)
            got = [(u.kind, u.text) for u in doc.units]
            k = next(i for i, u in enumerate(doc.units) if PRINT_MORE.startswith(u.text) and u.text != PRINT_MORE)
            head, tail = doc.units[k], doc.units[k + 3]
            assert [u.kind for u in doc.units[k:k + 4]] == ["paragraph", "debris", "debris", "paragraph"], got
            assert head.text + tail.text == PRINT_MORE, got
            assert tail.where == {"continues": head.para_id} and head.where is None, got
            assert all(u.where is None for i, u in enumerate(doc.units) if i != k + 3), got


def test_a_paragraph_that_ends_its_sentence_at_the_page_break_continues_nothing():
    raw = _paged(PRINT_MORE, PRINT_TEXT, "第 1 頁／共 2 頁", "清河日报　地方新闻　2024年3月5日")
    raw = raw.replace(PRINT_MORE[-12:-6], PRINT_MORE[-12:-7] + "。")  # (the sentence ends where the page does)
    doc = _doc(raw)
    assert all(u.where is None for u in doc.units), [(u.kind, u.text, u.where) for u in doc.units]
