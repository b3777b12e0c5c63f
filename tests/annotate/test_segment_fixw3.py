"""Web-side residuals of the development splits, session 12 (fixw3). One small input per class, for the
text route and the HTML reader."""

from segment_samples import PARA1, PARA2

from annotate.segment import check_offsets, segment_text


def units(raw):
    doc = segment_text(raw, "doc")
    for unit in doc.units:
        check_offsets(unit.text, raw, unit.offsets)
    return [(u.kind, u.text) for u in doc.units]


def html_units(page):
    from annotate.segment.readers.html import read_html

    data = page.encode("utf-8")
    doc, _ = read_html(data, "doc")
    for unit in doc.units:
        check_offsets(unit.text, data.decode("utf-8"), unit.offsets)
    return [(u.kind, u.text) for u in doc.units]


def test_a_blog_s_column_line_under_the_post_is_debris():
    line = "文章被收录于专栏：读书笔记　订阅专栏"
    got = units(f"印第安纳大学与张学良\n\n{PARA1}\n\n{PARA2}\n\n{line}\n")
    assert ("debris", line.replace("\u3000", "")) in got, got
    page = f"<html><body><h1>印第安纳大学与张学良</h1><p>{PARA1}</p><p>{PARA2}</p><div>{line}</div></body></html>"
    assert not any("收录" in t for k, t in html_units(page) if k != "debris")




def test_centred_headings_after_sentences_do_not_make_first_lines_indented():
    # a dump cut at 40 characters (too few lines for a wrap width: the widest lines give the limit), paragraphs
    # set apart by blank lines, headings centred (set far in, a blank line under each): a paragraph whose last
    # line reaches the limit and ends a sentence ends there, first lines not being indented in this text
    hanzi = "".join(ch for ch in PARA1 + PARA2 if ord(ch) > 0x2000)  # (full width only)
    pool = iter((hanzi + hanzi[::-1])[i:i + 40] for i in range(0, 2 * len(hanzi) - 40, 40))
    full, short = next(pool) + "\n" + next(pool)[:39] + "。", next(pool) + "\n" + next(pool)[:10] + "。"
    text = "\n\n".join(["                    江临市人民政府", "关于开展安全生产大检查工作的通知", "各区人民政府，市政府各部门：",
                         "              一、多方协同推进", full, short, "              二、群众反映良好",
                         next(pool) + "\n" + next(pool)[:12] + "。", "              三、背景资料",
                         next(pool) + "\n" + next(pool)[:20] + "。"]) + "\n"
    got = units(text)
    assert ("paragraph", full.replace("\n", "")) in got, got
