"""The text route on dumps of pages printed by a browser (batch 7, docs/segmentation.md): small
made-up extracts, one rule each."""

from annotate.segment import segment_text

BODY = [
    "郵票的正式名稱為郵值標籤。這個詞來自於君主階層，卻很好的說明了郵票",
    "的法律歷史來由。貼上郵票意味著為運送郵件繳納了事先規定好的郵資。郵",
    "政是屬於國家的，或者是由國家制定的寡頭經營，所以公民的郵政行為屬於",
    "國家法管理範疇，聯邦郵局在私有化以前的郵政條例是等同於法律條例的，",
    "它管理著郵政服務與使用者之間的關係。",
]


def units(raw):
    return [(u.kind, u.text) for u in segment_text(raw, "doc").units]


def test_wide_leading_one_blank_line_inside_a_paragraph_two_between_paragraphs():
    # pdftotext -layout on a page with wide line spacing: inside a paragraph the lines are set
    # apart by one blank line or none, paragraphs by two or more; one blank line is no break there
    para = "\n\n".join(BODY[:3]) + "\n" + "\n\n".join(BODY[3:])
    raw = "\n\n\n".join([para, para, para, para]) + "\n"
    got = units(raw)
    assert [k for k, _ in got] == ["paragraph"] * 4
    assert got[0][1] == "".join(BODY)
