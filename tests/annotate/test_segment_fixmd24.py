"""Markdown blocks in a .md file (annotate/segment/mdblocks.py; docs/segmentation.md "Markdown blocks"; the newuser24b
docs team's trial, problems 2–5): fenced code, YAML front matter, pipe tables, setext headings, HTML comments and
footnote definitions."""
from __future__ import annotations

from annotate.segment import check_offsets, segment_text


def _units(raw: str, markdown: bool = True) -> list[tuple[str, str]]:
    doc = segment_text(raw, "t", markdown=markdown)
    for u in doc.units:
        check_offsets(u.text, raw, u.offsets)  # every character maps back onto the file
    return [(u.kind, u.text) for u in doc.units]


def _raw_spans(raw: str, markdown: bool = True) -> list[str]:
    """Each unit's raw span, first character to last: text[start:end] of the file."""
    doc = segment_text(raw, "t", markdown=markdown)
    return [raw[u.offsets[0][1]:u.offsets[-1][1] + u.offsets[-1][2]] for u in doc.units]


def test_fenced_code_is_debris_a_line_each_and_never_a_heading():
    raw = ("# 安装\n\n本文介绍如何安装工具包，请按步骤操作。\n\n```bash\n# 安装指定版本\npip install foo==1.2.3\n```\n\n"
           "~~~\n# 注释\n~~~\n\n安装完成后即可使用。\n")
    units = _units(raw)
    assert units == [("title", "安装"), ("paragraph", "本文介绍如何安装工具包，请按步骤操作。"),
                     ("debris", "#安装指定版本"), ("debris", "pip install foo==1.2.3"), ("debris", "#注释"),
                     ("paragraph", "安装完成后即可使用。")]
    # a unit a line (review31: a listing made one unit had its lines joined by the wrap rules, foo==1.2.3 / 5 -> 1.2.35);
    # no fence line in any unit
    assert not any("```" in span or "~~~" in span for span in _raw_spans(raw))
    listing = "```\npip install foo==1.2.3\n5 # 注释\nx = 1\n2 + 3\n```\n"
    assert _units(listing) == [("debris", "pip install foo==1.2.3"), ("debris", "5 #注释"), ("debris", "x = 1"),
                               ("debris", "2 + 3")]
    # the # line inside a fence is never the document's title
    assert segment_text("```\n# 注释\n```\n\n正文第一段，说明用法。\n", "t", markdown=True).meta.title is None


def test_closed_fence_in_txt_and_unclosed_fence_read_as_before():
    raw = "```\n# 注释\nx = 1\n```\n\n正文第一段，说明用法。\n"
    assert _units(raw, markdown=False) == [("debris", "#注释"), ("debris", "x = 1"), ("paragraph", "正文第一段，说明用法。")]
    # a plain text's ~~~ lines are rulers, read as before (review31)
    ruled = "公园散步记\n~~~~~~~~~~~~~~~~\n正文第一段，说明用法。\n\n正文第二段，说明用法。\n~~~~~~~~~~~~~~~~\n"
    assert ("paragraph", "正文第一段，说明用法。") in _units(ruled, markdown=False)
    assert ("paragraph", "正文第二段，说明用法。") in _units(ruled, markdown=False)
    unclosed = "```\n# 注释\n\n正文第一段，说明用法。\n"
    assert _units(unclosed, markdown=False) == [("debris", "```"), ("title", "注释"), ("paragraph", "正文第一段，说明用法。")]


def test_front_matter_gives_title_and_date_and_no_heading():
    raw = "---\ntitle: 快速安装指南\ndate: 2024-05-20\n---\n\n## 环境要求\n\n内存至少八GB，磁盘空间不少于二十GB。\n"
    doc = segment_text(raw, "t", markdown=True)
    assert [(u.kind, u.text) for u in doc.units] == [
        ("debris", "title:快速安装指南"), ("debris", "date: 2024-05-20"), ("title", "环境要求"),
        ("paragraph", "内存至少八GB，磁盘空间不少于二十GB。")]
    assert (doc.meta.title, doc.meta.date) == ("快速安装指南", "2024-05-20")
    for u in doc.units:
        check_offsets(u.text, raw, u.offsets)
    # a .txt file's front matter is read as before (only fences are read in .txt)
    txt = segment_text(raw, "t")
    assert [(u.kind, u.text) for u in txt.units][:2] == [("title", "title:快速安装指南"), ("heading", "date: 2024-05-20")]


def test_pipe_table_a_unit_per_cell_delimiter_row_none():
    raw = ("## 参数说明\n\n| 参数 | 说明 |\n| --- | --- |\n| `--max-length` | 最大长度，默认 512 |\n"
           "| `a\\|b` | 并行进程数 |\n\n安装完成后即可使用。\n")
    units = _units(raw)
    assert units[1:] == [("debris", "参数"), ("debris", "说明"), ("debris", "`--max-length`"),
                         ("debris", "最大长度，默认512"), ("debris", "`a\\|b`"), ("debris", "并行进程数"),
                         ("paragraph", "安装完成后即可使用。")]
    assert not any("---" in t for _, t in units)
    # a table whose every body cell is a sentence is a layout of prose: its cells are read as prose, one unit each
    prose = "| 甲 | 乙 |\n| --- | --- |\n| 今天天气很好。 | 我们去公园散步。 |\n| 明天会下雨。 | 记得带伞出门。 |\n"
    kinds = _units(prose)
    assert kinds[2:] == [("paragraph", "今天天气很好。"), ("paragraph", "我们去公园散步。"), ("paragraph", "明天会下雨。"),
                         ("paragraph", "记得带伞出门。")], kinds


def test_setext_heading_comment_and_footnote():
    raw = ("安装指南\n===\n\n本文介绍如何安装工具包。\n\n环境要求\n---\n\n<!-- 注释 -->\n安装完成后即可使用[^1]。\n\n"
           "[^1]: 详见文档。\n")
    units = _units(raw)
    assert units == [("title", "安装指南"), ("paragraph", "本文介绍如何安装工具包。"), ("heading", "环境要求"),
                     ("debris", "<!--注释-->"), ("paragraph", "安装完成后即可使用[^1]。"), ("debris", "[^1]:详见文档。")]
    spans = _raw_spans(raw)
    assert "<!-- 注释 -->" in spans and "[^1]: 详见文档。" in spans  # offsets: the file's text, spaces and all


def test_crlf_file_reads_the_same_blocks():
    raw = "---\ntitle: 指南\ndate: 2024-05-20\n---\n\n```\n# 注释\n```\n\n| 参数 | 说明 |\n| --- | --- |\n| a | b |\n"
    crlf = raw.replace("\n", "\r\n")
    assert _units(crlf) == _units(raw) == [("debris", "title:指南"), ("debris", "date: 2024-05-20"), ("debris", "#注释"),
                                           ("debris", "参数"), ("debris", "说明"), ("debris", "a"), ("debris", "b")]
    assert segment_text(crlf, "t", markdown=True).meta.title == "指南"


def test_front_matter_alone_closed_on_the_last_line():
    raw = "---\ntitle: 标题\n---"  # no line break after the closing fence: nothing else in the file
    doc = segment_text(raw, "t", markdown=True)
    assert [(u.kind, u.text) for u in doc.units] == [("debris", "title:标题")] and doc.meta.title == "标题"


def test_md_suffix_reads_the_blocks_txt_only_fences(tmp_path):
    from annotate.segment.files import segment_file

    text = "---\ntitle: 指南\n---\n\n| 参数 | 说明 |\n| --- | --- |\n| a | b |\n\n```\n# 注释\n```\n"
    (tmp_path / "x.md").write_text(text, encoding="utf-8")
    (tmp_path / "y.txt").write_text(text, encoding="utf-8")
    md, _ = segment_file(tmp_path / "x.md")
    txt, _ = segment_file(tmp_path / "y.txt")
    assert md.meta.title == "指南" and [u.text for u in md.units if u.text in ("参数", "说明", "a", "b")] == ["参数", "说明", "a", "b"]
    assert not any("---" in u.text or "|" in u.text for u in md.units)
    assert txt.meta.title != "指南" and any("|" in u.text for u in txt.units)  # .txt: only the fence is read
    assert [u.kind for u in txt.units if u.text == "#注释"] == ["debris"]


def test_what_looks_like_a_block_but_is_not_is_read_as_it_stands():
    # review31: an unclosed comment, a comment with prose after it on its line, a thematic break over prose, an
    # underline under a paragraph of two lines, a table inside a quote
    p1, p2 = "正文第一段，说明用法。", "正文第二段，说明用法。"
    unclosed = _units(f"<!-- 注\n\n{p1}\n\n{p2}\n")  # (not the rest of the file as debris)
    assert ("paragraph", p2) in unclosed and not any(k == "debris" for k, _ in unclosed), unclosed
    assert not any(k == "debris" and "本段正文" in t for k, t in _units("<!-- 注释 -->本段正文内容很重要，不能丢失。\n"))
    broken = f"---\n\n{p1}\n\n{p2}\n\n---\n\n结尾段落。\n"
    assert ("paragraph", p1) in _units(broken) and ("paragraph", p2) in _units(broken)
    assert not any(k == "heading" for k, _ in _units(f"{p1}\n{p2}\n===\n"))
    assert ("debris", ">") not in _units("> | a | b |\n> | - | - |\n> | c | d |\n")
