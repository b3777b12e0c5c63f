"""The text route on extracts of printed documents of batch 8 (docs/segmentation.md): small
made-up extracts, one rule each."""

from annotate.segment import segment_text

BODY = [
    "黑龙江沿岸最早的居民是古亚细亚人，后受通古斯人压力，只分布于",
    "黑龙江下游，代表性民族是尼夫赫人，他们发展出发达的定居捕鱼与海",
    "兽文化。在秦朝与汉朝时，游牧民族，包括肃慎、鲜卑、蒙古、契丹、",
    "女真、鄂伦春等，都在这一带生活。",
]


def units(raw):
    return [(u.kind, "".join(u.text.split())) for u in segment_text(raw, "doc").units]


def test_english_keywords_line_after_the_abstract_is_meta_of_its_own():
    raw = ("近代社会变迁的几个侧面\n\n" + "\n".join(BODY) + "\n"
           "Abstract: Based on published sources, this article traces the course of the\n"
           "events and discusses several open questions. It argues that each event\n"
           "should be read within the society of its own time.\n"
           "Key words: local documents; historical memory; cultural exchange\n\n" + "\n".join(BODY) + "\n")
    got = units(raw)
    assert ("meta", "Keywords:localdocuments;historicalmemory;culturalexchange") in got
    assert any(k == "paragraph" and t.startswith("Abstract:") and t.endswith("time.") for k, t in got)


def test_a_sentence_printed_last_on_every_page_is_a_foot_note_in_the_margin():
    note = "本文为公开资料整理，仅供学习交流。"
    page1 = "\n".join(BODY[:3]) + "\n" + note + "\n\nPage 1\n\f"
    page2 = "\n".join(BODY[3:]) + "\n" + "\n".join(BODY[:2]) + "\n\n" + note + "\n\nPage 2\n\f"
    got = units(page1 + page2)
    assert [k for k, t in got if t == note] == ["debris", "debris"]
    assert not any(note in t for k, t in got if k != "debris")
    # printed once, the same sentence is the text's own
    once = units(page1.replace("Page 1", "1") + "\n".join(BODY) + "\n\f")
    assert [k for k, t in once if note in t] == ["paragraph"]
