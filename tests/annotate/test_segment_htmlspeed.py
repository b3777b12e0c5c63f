"""The HTML reader's speed-ups give the answers of the plain rules they shortcut (readers/html.py,
readers/sitefurn.py, readers/article.py), on hypothesis-generated text and markup."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from annotate.segment import rules
from annotate.segment.readers import html

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# the words of rules.DISCLAIMER's branches, cut in pieces, and other text
_DISCLAIMER_ATOMS = ["平台", "特别", "免责", "免責", "版权", "版權", "郑重", "重要", "本站", "声", "聲", "明", "声明", "聲明",
                     "：", ":", "如有", "侵", "权", "權", "删除", "刪除", "联系", "聯繫", "必究", "条款", "條款", "免", "责",
                     "。", "本文", "甲", " ", "\n"]


@SETTINGS
@example("paragraph", "免责：本站内容仅供参考")
@example("meta", "免責條款：")
@example("paragraph", "如有侵权请联系删除")
@example("paragraph", "侵權必究")
@example("meta", "版權聲明：本文為原創")
@given(st.sampled_from(["paragraph", "meta", "byline"]),
       st.lists(st.sampled_from(_DISCLAIMER_ATOMS), max_size=30).map("".join))
def test_the_disclaimer_gate_changes_no_answer(kind, text):
    plain = kind in ("paragraph", "meta") and len(text) <= 120 and rules.DISCLAIMER.search(text) is not None
    assert html._disclaimer(kind, text) == plain


def _plain_innermost(paths, among):
    found = {}
    for i, path in enumerate(paths):
        for element in reversed(path):
            if element in among:
                found.setdefault(element, []).append(i)
                break
    return found


@SETTINGS
@given(st.lists(st.lists(st.integers(0, 12), max_size=6).map(lambda p: tuple(sorted(set(p)))), max_size=12),
       st.sets(st.integers(0, 12)))
def test_units_under_their_innermost_element_are_the_plain_loops(paths, among):
    assert html._innermost(paths, among) == _plain_innermost(paths, among)


# pieces of reference entries, numbers and their marks, whitespace, and other text
_ENTRY_ATOMS = ["1", "2", "3", "12", "123", "1234", "１", ".", "．", "、", "[", "]", "*", "^", " ", "\u3000", "\n", "\t",
                "甲", "参考资料", "谢艳平", "2019", "[M]"]


@SETTINGS
@example(["参考资料", "[1] 谢艳平. 新闻写作教程[M]. 2019.", "[2] 甲. 乙[M]. 2020."], ["heading"] + ["paragraph"] * 7)
@example(["* 1 . 甲", " [ 2 ]乙"], ["paragraph"] * 8)
@given(st.lists(st.lists(st.sampled_from(_ENTRY_ATOMS), min_size=1, max_size=8).map("".join), max_size=8),
       st.lists(st.sampled_from(["paragraph", "heading", "debris", "meta"]), min_size=8, max_size=8))
def test_the_reference_gate_passes_every_document_with_two_entry_numbers(texts, kinds):
    from annotate.segment import refs

    squeezed = ["".join(text.split()) for text in texts]
    if sum(refs._ENTRY.match(sq) is not None for sq in squeezed) >= 2:
        assert refs.may_hold(texts)
    if not refs.may_hold(texts):
        assert refs.mark_references(kinds[:len(texts)], squeezed) == kinds[:len(texts)]


# one line of a short block as the native readers hand it to the line rules (readers.common.standalone_kind), and
# pieces that take split_lines' other branches (markup, dropped characters, a title beside a box heading, a doubled line)
_LINE_ATOMS = ["记者", "王立", "2023年5月1日", " ", "  ", "\u3000", "\t", "\r", "：", ":", "小知识", "拿破仑三世", "（", "）", "*",
               "_", "#", "- ", "[1]", "]", "〔記者梁怡君∕台中報導〕", "，", "。", "abc", "12", "\u200b", "延伸閱讀"]


@SETTINGS
@example("山西省 小知识：拿破仑三世")
@example("新聞標題 新聞標題 新聞標題 新聞標題")
@example("  ")
@given(st.lists(st.sampled_from(_LINE_ATOMS), max_size=12).map("".join))
def test_one_line_takes_the_lines_of_the_general_split(raw):
    from annotate.segment import lines

    assert lines.split_lines(raw) == lines.split_lines(raw + "\n")  # (a trailing line break: the general path)


@SETTINGS
@example("山西省 小知识：拿破仑三世")
@given(st.lists(st.sampled_from(_LINE_ATOMS), max_size=12).map("".join))
def test_the_title_box_gate_changes_no_answer(raw):
    from annotate.segment import lines

    if "：" not in raw and ":" not in raw:  # (the gate's case: the pattern finds no box heading there either)
        assert lines._TITLE_BOX.fullmatch(raw) is None


@SETTINGS
@example(["[1]甲", "1.甲", "*1.甲", "１．甲", "٣.甲", "甲", ""])
@given(st.lists(st.lists(st.sampled_from([*_ENTRY_ATOMS, "٣", "a", "*"]), max_size=6).map("".join), max_size=8))
def test_entry_starts_are_the_plain_matches(squeezed):
    from annotate.segment import refs

    assert refs.entry_starts(squeezed) == [i for i, sq in enumerate(squeezed) if refs._ENTRY.match(sq)]


_META_ATOMS = [b"<meta", b"<META", b"<Meta", b"charset", b"CHARSET", b"Charset", b"=", b" ", b"\t", b'"', b"'", b">", b"<",
               b"GBK", b"gb2312", b"UTF-8", b"Big5", b"x-gbk", b"content=", b"http-equiv", b"\xe4\xb8\xad", b"_", b"-"]


@SETTINGS
@example(b'<META http-equiv="Content-Type" content="text/html; CHARSET=GB2312">')
@example(b"<meta charset=utf-8 charset=big5>")
@given(st.lists(st.sampled_from(_META_ATOMS), max_size=16).map(b"".join))
def test_the_charset_is_read_on_lowercased_bytes_as_the_case_blind_pattern_reads_it(data):
    import re

    plain = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_-]+)""", re.I).search(data)
    fast = html._META_CHARSET.search(data.lower())
    assert (fast and (fast.span(), fast.group(1))) == (plain and (plain.span(), plain.group(1).lower()))


_GATED_TAGS = ["table", "tr", "td", "dl", "dd", "ul", "ol", "li", "pre", "div", "p"]


@SETTINGS
@given(st.lists(st.tuples(st.sampled_from(["paragraph", "heading", "debris", "meta"]),
                          st.sampled_from(["甲：乙", "表1　统计", "12", "import x = 1;", "水到渠成", "。", "a: b", "x"])),
                min_size=1, max_size=10),
       st.lists(st.sampled_from(_GATED_TAGS), min_size=1, max_size=6), st.data())
def test_the_element_rules_do_nothing_without_their_elements(units, tags, data):
    # read_html runs the table, list and <pre> rules only on a page whose walk met such an element
    elements = {k: (tag, "") for k, tag in enumerate(tags)}
    paths = [tuple(sorted(data.draw(st.sets(st.sampled_from(range(len(tags))))))) for _ in units]
    texts = [text for _, text in units]
    offsets = [[[0, 0, len(text)]] for text in texts]
    for gated, run in (
            (("table",), lambda k: [f(k, texts, html._innermost(paths, html._tagged(elements, ("table",))))
                                    for f in (html._small_tables, html._table_heads, html._table_captions)]
             + [f(k, texts, html._innermost(paths, html._tagged(elements, ("table",))), paths, elements)
                for f in (html._label_rows, html._grid_tables)]),
            (("dl",), lambda k: html._small_tables(k, texts, html._innermost(paths, html._tagged(elements, ("dl",))),
                                                   html._key_values)),
            (("ul", "ol"), lambda k: html._field_lists(k, texts, paths, elements)),
            (("pre",), lambda k: html._code_blocks(k, texts, paths, elements, offsets, "<pre><code>" + "".join(texts)))):
        kinds = [kind for kind, _ in units]
        run(kinds)
        if not set(gated) & set(tags):
            assert kinds == [kind for kind, _ in units]


_ATTR_ATOMS = ["class", "CLASS", "Class", "id", "ID", "iD", "İd", "ıd", "claſſ", "x", "data-", "_", "中", " ", "\n", "=", '"',
               "'", "nav", "a b", ">", "c", "i", "lass", "d"]


@SETTINGS
@example(' class="nav top" id=x')
@example("xclass=1 ilass=2 İD=3 ıd=4 clasſ=5 中id=6")
@given(st.lists(st.sampled_from(_ATTR_ATOMS), max_size=24).map("".join))
def test_class_and_id_values_are_found_as_the_case_blind_pattern_finds_them(attrs):
    import re

    plain = re.compile(r"""\b(?:class|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I)
    assert [(m.span(), m.groups()) for m in html._CLASS.finditer(attrs)] == \
        [(m.span(), m.groups()) for m in plain.finditer(attrs)]


# the functions of a start tag's attributes, a short block's text or an entity that are kept across pages
# (functools.lru_cache): each is a function of its arguments alone, so a kept answer is the plain call's
_KEPT_ATOMS = [*_ATTR_ATOMS, "author", "Byline", "footer", "header", "subtitle", "share", "hidden", "none", "style=", "2"]


@SETTINGS
@example(' class="author" id="nav"', False)
@example(' class="site-footer"', True)
@given(st.lists(st.sampled_from(_KEPT_ATOMS), max_size=16).map("".join), st.booleans())
def test_answers_kept_across_pages_are_the_plain_calls(attrs, article):
    from annotate.segment.readers import sitefurn

    for _ in range(2):  # (the second call's answer is the kept one)
        assert html._class_mark(attrs, article) == html._class_mark.__wrapped__(attrs, article)
        assert sitefurn.class_value(attrs) == sitefurn.class_value.__wrapped__(attrs)
        assert html._credit_attrs(attrs) == (html._CREDIT_CLASS.search(attrs) is not None)


@SETTINGS
@example("责任编辑：李某")
@example("&nbsp;")
@given(st.lists(st.sampled_from([*_LINE_ATOMS, "&nbsp;", "&amp;", "&#12288;", "&#x4e2d;", "&bogus;", "&"]),
                max_size=10).map("".join))
def test_short_lines_and_entities_kept_across_pages_are_the_plain_calls(text):
    import html as htmllib

    from annotate.segment.readers import common

    for _ in range(2):
        assert common.standalone_kind(text) == common.standalone_kind.__wrapped__(text)
        assert html._unescape(text) == htmllib.unescape(text)


def test_a_page_reads_the_same_after_other_pages_filled_the_kept_answers():
    """The same start tags and short lines on a page read cold (caches cleared) and after another page read them
    inside an <article> and as other kinds of blocks."""
    from annotate.segment.readers import common, sitefurn

    page = ('<html><body><div class="header">网站首页</div><div class="nav"><a>首页</a></div><h1>标题</h1>'
            '<p class="author">记者 王某</p><div class="content"><p>正文第一段，讲述了一件事情的经过和结果，内容较长。</p>'
            '<p>责任编辑：李某</p><p>&nbsp;来源：新华网&amp;</p></div><div class="footer">版权所有</div></body></html>')
    other = ('<html><body><article><div class="header"><h1>另一个标题</h1></div><p class="author">责任编辑：李某</p>'
             '<div class="content"><p>正文，另一篇文章的段落，写得足够长以成为正文内容。</p></div></article></body></html>')

    def read(data):
        doc, _ = html.read_html(data.encode(), "x")
        return [(u.kind, u.text, u.offsets) for u in doc.units]

    for cached in (html._class_mark, html._credit_attrs, html._unescape, sitefurn.class_value, common.standalone_kind):
        cached.cache_clear()
    cold = read(page)
    read(other)
    assert read(page) == cold
    assert ("byline", "记者王某") in [(k, t) for k, t, _ in cold] and ("meta", "责任编辑：李某") in [(k, t) for k, t, _ in cold]


@SETTINGS
@given(st.dictionaries(st.integers(0, 500), st.tuples(st.sampled_from(_GATED_TAGS), st.sampled_from(["", ' class="x"'])),
                       max_size=20),
       st.lists(st.sampled_from(_GATED_TAGS), max_size=3).map(tuple))
def test_elements_of_some_tags_picked_in_c_are_the_plain_set(elements, tags):
    assert html._tagged(elements, tags) == {e for e, (tag, _) in elements.items() if tag in tags}


@SETTINGS
@given(st.lists(st.sampled_from(["", "1", "[", "*", " ", "甲", "12", "\u3000"]), max_size=6).map("".join))
def test_a_texts_first_character_picked_in_c_is_its_first_slice(text):
    from annotate.segment import refs

    assert refs._FIRST(text) == text[:1]


def test_hatnotes_and_cards_are_found_with_the_page_gate():
    """A wiki's hatnote (an element whose class names a note, the gate's words in its attributes) is debris, and
    so is a run of sibling cards (div boxes of short lines with furniture among them) beside the article."""
    from annotate.segment.readers import sitefurn

    kinds = ["title", "paragraph", "paragraph", "paragraph"]
    texts = ["标题", "参见：另一条目", "正文第一段，讲述了一件事情的经过和结果，内容较长较长较长较长较长较长。", "结尾"]
    paths = [(0,), (0, 10), (0, 20), (0, 20)]
    elements = {0: ("div", ""), 10: ("div", ' class="hatnote navigation-not-searchable"'), 20: ("div", ' class="content"')}
    sitefurn.furniture(kinds, texts, paths, elements)
    assert kinds == ["title", "debris", "paragraph", "paragraph"]
    elements[10] = ("div", ' class="lead"')  # (no "note" or "link" on the page: nothing read as a hatnote)
    kinds = ["title", "paragraph", "paragraph", "paragraph"]
    sitefurn.furniture(kinds, texts, paths, elements)
    assert kinds == ["title", "paragraph", "paragraph", "paragraph"]


def test_the_walk_knows_each_piece_of_texts_offset_after_tokens_of_every_kind():
    """Text after a comment, a doctype, a dropped element, an entity, a void tag and at the very end keeps its source
    offsets (the walk's running offset over texts and tokens)."""
    page = ('<!DOCTYPE html><html><head><title>t</title></head><body><!-- c --><p>第一段&amp;文字</p>'
            '<script>var a = "<p>";</script><div>第二<br>段<img src=x>落</div>尾巴')
    doc, _ = html.read_html(page.encode(), "x")
    for unit in doc.units:
        for t, s, n in unit.offsets:
            piece = unit.text[t:t + n]
            assert page[s:s + n] == piece or page[s] == "&"
    assert [(u.kind, u.text, u.offsets) for u in doc.units] == [
        ("paragraph", "第一段&文字", [[0, 69, 4], [4, 77, 2]]), ("paragraph", "第二", [[0, 119, 2]]),
        ("debris", "段落", [[0, 125, 1], [1, 137, 1]]), ("paragraph", "尾巴", [[0, 144, 2]])]
