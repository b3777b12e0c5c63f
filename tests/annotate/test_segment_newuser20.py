"""Text-route faults a new user's trial found (session 20, fixu20): one small hand-written input per rule."""

from segment_samples import units

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
