"""What a new user's trial found (session 24, a hospital data team's files; fixu24t): one small hand-written input
per rule."""

from annotate.segment.core import segment_text

# a hospital system's export wrapped at 80 display columns regardless of words (a hanzi two columns, any other
# character one): "mmH" ends the first line at column 80, "g" opens the next; "血肌酐" / "78μmol/L" is the second
# break before a narrow character, at the same width
_EXPORT = [
    "出院情况：",
    "\u3000\u3000患者无发热，轻微咳嗽，无气促。查体：T 36.8℃ P 88次/分 R 20次/分 BP 120/80mmH",
    "g，双肺呼吸音清。复查血常规示白细胞计数4.5×10^9/L，中性粒细胞百分比65.2%，血肌酐",
    "78μmol/L，尿酸正常。肝功能示谷丙转氨酶35U/L。继续予氨氯地平片5mg 1次/日口服，嘱",
    "患者出院后注意休息，避免受凉，两周后门诊复查。",
]


def _texts(raw):
    doc = segment_text(raw, "t")
    for unit in doc.units:  # offsets stay true: every character maps to its source
        for t, s, n in unit.offsets:
            assert all(unit.text[t + k] == raw[s + k] or (unit.text[t + k] == " " and raw[s + k].isspace())
                       for k in range(n))
    return [(u.kind, u.text) for u in doc.units]


def test_a_fixed_column_wrap_inside_a_latin_word_gets_no_space():
    got = _texts("\n".join(_EXPORT) + "\n")
    body = [t for k, t in got if k == "paragraph" and t.startswith("患者")]
    assert body and "120/80mmHg，双肺" in body[0], got
    assert "血肌酐78μmol/L" in body[0], got


def test_crlf_and_a_centred_header_padded_past_the_width_still_cut():
    # the export's CRLF line ends, and its centred title padded with spaces past column 80 (the padding is no text)
    raw = "\r\n".join(["某某市第一人民医院\u3000出院记录".center(60) + " " * 30, *_EXPORT]) + "\r\n"
    got = _texts(raw)
    assert any("120/80mmHg，双肺" in t for _, t in got), got


def test_a_text_wrapped_at_spaces_keeps_its_space():
    # wrapped at spaces: a line that reaches the width by chance before a word ("…BP is normal" / "range，…") keeps
    # its space where another break before a narrow character falls short of the width ("…百分比" / "65.2%，…")
    lines = [
        "出院情况：",
        _EXPORT[1].replace("120/80mmH", "is normal"),
        "range，双肺呼吸音清。复查血常规示白细胞计数4.5×10^9/L，中性粒细胞百分比",
        "65.2%，血肌酐78μmol/L，尿酸正常。肝功能示谷丙转氨酶35U/L。继续予氨氯地平片5mg 1次/日",
        "口服，嘱患者出院后注意休息，避免受凉，两周后门诊复查。",
    ]
    got = _texts("\n".join(lines) + "\n")
    assert any("BP is normal range，" in t for _, t in got), got


def test_a_single_break_at_the_width_proves_no_fixed_column():
    # one break before a letter only: it may reach the width by chance ("…（英文：League" / "for the…")
    lines = [_EXPORT[0], _EXPORT[1][:-2] + "Le", "ague的患者出院后注意休息，避免受凉，两周后门诊复查。"]
    got = _texts("\n".join(lines) + "\n")
    assert any("Le ague" in t for _, t in got), got


# a lynx dump of a GBK page with attachments: its References list prints the links' addresses in the page's own bytes
_NOTICE = "\n".join([
    "关于做好2024年冬春季流感防控工作的通知",
    "",
    "   各市卫生健康委：为切实做好我省冬春季流行性感冒防控工作，保障人民群众身体健康，现将有关事项通知如下。",
    "",
    "   附件：[17]附件1.docx [18]附件2.xlsx",
    "",
    "References",
    "",
]).encode("utf-8")
_LINKS = "  17. file:///u/cms/2024/1120/附件1.docx\n  18. file:///u/cms/2024/1120/附件2.xlsx\n".encode("gb18030")


def test_a_utf8_dump_with_gbk_link_lines_is_read_line_by_line():
    from annotate.segment.decode import MIXED, decode_bytes

    data = _NOTICE + b"\n" + _LINKS
    decoded = decode_bytes(data)
    assert decoded.encoding == MIXED == "utf-8+gb18030"
    assert decoded.text == _NOTICE.decode("utf-8") + "\n" + _LINKS.decode("gb18030")  # offsets index this string
    units = [(u.kind, u.text) for u in segment_text(decoded.text, "t").units]
    assert ("debris", "17. file:///u/cms/2024/1120/附件1.docx") in units, units


def test_a_gbk_file_is_still_gb18030_and_mostly_bad_lines_are_refused_naming_the_line():
    import pytest

    from annotate.errors import EncodingError
    from annotate.segment.decode import decode_bytes

    gbk = _NOTICE.decode("utf-8").encode("gb18030") + b"\n" + _LINKS
    assert decode_bytes(gbk).encoding == "gb18030"  # (a GBK file fails UTF-8 at its first lines of Chinese)
    latin = _NOTICE + b"\n" + "caf\u00e9 r\u00e9sum\u00e9\n".encode("latin-1") * 3
    with pytest.raises(EncodingError, match=r"offset \d+, line 9\)"):
        decode_bytes(latin)  # (é alone is no GB18030: the file is refused, the line named)
