"""Hostile text-route inputs that once hung a pass (review rv9): each must segment at once, offsets intact.

Not a timing test: before the fix each took minutes (a regex search retried every space of a long run)."""

from annotate.segment import check_offsets, segment_text

PROSE = "国家高新区产业创新发展科技园区经济数据增长研究发展规划建设城市交通网络。"


def test_a_page_foot_line_with_a_long_run_of_spaces_before_a_counter_segments():
    # folios._strip_cut on each page's last line: "x", 60,000 spaces, "1/2x" (no counter at the end)
    raw = "".join(f"{PROSE}\n{PROSE}\nx{' ' * 60000}1/2x\n\f" for _ in range(3))
    units = segment_text(raw, "doc").units
    assert sum(u.text.count(PROSE) for u in units) == 6
    for unit in units:
        check_offsets(unit.text, raw, unit.offsets)


def test_a_markdown_heading_with_a_long_run_of_spaces_before_a_hash_segments():
    # rules.MD_HEADING_CLOSE on a heading line: "# x", 60,000 spaces, "#x" (no closing hashes at the end)
    raw = f"# x{' ' * 60000}#x\n{PROSE}\n"
    units = segment_text(raw, "doc").units
    assert units[-1].text == PROSE
    for unit in units:
        check_offsets(unit.text, raw, unit.offsets)


def test_a_footer_strip_search_on_a_long_run_of_spaces_is_linear():
    # columns._foot_strip's pattern on a page's last line of -layout columns: a long run of spaces, no counter
    from annotate.segment.columns import _FOOT_NUMBER

    assert _FOOT_NUMBER.search("x" + " " * 60000 + "12345") is None
    assert _FOOT_NUMBER.search("高雄市立文化中心   地址：某路一號   電話：07-1234567   1/1").group("n") == "1/1"
