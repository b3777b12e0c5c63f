"""Code listings and figures across line breaks (fixc25; the newuser24b docs team's trial, review31 F6, F7, F9, F12,
F13; narrowed by fixrv33 after review33): a listing's numbered lines stand alone (debris), a wrapped number stays one
(the general "two figures, no wrap" rule is gone), and a wrapped web address gets no space."""

from segment_samples import PARA1, columns, units

from annotate.segment.lines import split_lines

# the trial's mini/lineno.txt: a w3m-like dump of a Pygments listing with line numbers, prose after a blank line
LISTING = ("安装步骤\n\n下面的命令安装工具包并运行。\n\n1 # 创建虚拟环境\n2 python -m venv .venv\n3 # 安装指定版本的工具包\n"
           "4 pip install foo==1.2.3\n5 # 使用最大长度 512 运行\n6 foo run --max-length 512 --config config.yaml\n\n"
           "安装完成后即可使用。\n")
CODE = ["1 #创建虚拟环境", "2 python -m venv .venv", "3 #安装指定版本的工具包", "4 pip install foo==1.2.3",
        "5 #使用最大长度512运行", "6 foo run --max-length 512 --config config.yaml"]


def _texts(raw):
    return [t for _, t in units(raw)]


def test_a_listing_s_numbered_lines_stand_alone_and_the_prose_after_it_too():
    # was: '2 python -m venv .venv 3 #安装指定版本的工具包4 pip install foo==1.2.35 #…config.yaml安装完成后即可使用。'
    for raw in (LISTING, LISTING.replace("\n", "\r\n"), LISTING.replace("\n", "\r")):  # LF, CRLF, CR-only (F13)
        got = units(raw)
        assert got[2:] == [*(("debris", t) for t in CODE), ("paragraph", "安装完成后即可使用。")], got


def test_a_gutter_needs_three_lines_and_leaves_a_wrapped_item_s_rest_on_it():
    from annotate.segment import linenos

    two = "甲\n\n1 范围\n2 规范性引用文件\n\n乙\n"
    lines = split_lines(two)
    linenos.mark_gutter(two, lines)
    assert not any(ln.hard for ln in lines)  # two numbered lines are no run
    three = "甲\n\n1 范围\n2 规范性引用文件\n3 术语和定义，本文件所用的术语\n和定义如下。\n\n乙\n"
    lines = split_lines(three)
    linenos.mark_gutter(three, lines)
    assert [ln.hard for ln in lines] == [False, True, True, True, False, False]  # (no blank line: the item goes on)


def test_a_number_a_wrap_cut_is_still_one_spaced_style_or_not():
    # hand-wrapped at 30 hanzi, one long unwrapped English line under 参考文献: the upper line is as wide as the
    # paragraph's other lines, so the break is a wrap and the year is one (review31 F6: was '约为20 23年')
    para = ("近年来，我国网络用户规模持续扩大，其中青少年占比约为 20\n23 年的两倍，比去年增加了不少，这一变化引起了社会各界的广\n"
            "泛关注，专家们认为应当加强引导，让青少年健康上网，学会辨\n别信息的真假，养成良好的上网习惯，同时学校和家庭也要承担\n"
            "起相应的责任。\n")
    ref = ("\n参考文献\n\nSmith J, Wang L. A very long English reference line that was never wrapped by anyone at all, "
           "Journal of Things, 2023.\n")
    for body in (para, para.replace(" 20\n23 ", "20\n23")):
        got = _texts("标题\n\n" + body + ref)
        assert any("约为2023年的两倍" in t for t in got), got


def test_a_number_cut_inside_brackets_still_joins():
    # a number cut in two by a wrap, a long unwrapped line elsewhere in the text: one sentence (review31 F7)
    long = "Reference: Smith J, Wang L. A very long English reference line never wrapped by anyone, Journal, 2023."
    body = "\n".join(columns(PARA1 + "会议代表（共12", 60))
    raw = f"会议纪要\n\n{body}\n5人）出席，会议审议通过了多项决议，并对下一阶段的工作进行了部署和安排。\n\n{long}\n"
    got = _texts(raw)
    assert any("会议代表（共125人）出席" in t for t in got), got


def _wrapped(tail, rest):
    return "说明\n\n" + "\n".join(columns(PARA1 + tail, 70)) + "\n" + rest + PARA1 + "\n"


def test_a_web_address_a_wrap_cut_after_a_mark_gets_no_space():
    # html2text wraps inside an address: 'https://' / 'docs.example.com/foo/faq' (trial install_h2t, faq_h2t)
    got = _texts(_wrapped("如遇问题，请参阅问题 #1234 或访问 https://", "docs.example.com/foo/faq 获取帮助。"))
    assert any("访问https://docs.example.com/foo/faq获取帮助" in t for t in got), got


def test_two_words_after_an_address_keep_their_space():
    # an address that may end there (a letter last) keeps the space before the next line's word (review31 F9)
    got = _texts(_wrapped("本项目的源代码托管在 https://github.com/foo/bar", "README.md 文件中有详细的安装说明。"))
    assert any("https://github.com/foo/bar README.md文件" in t for t in got), got
    got = _texts(_wrapped("如遇问题，请参阅 https://x.com", "v2.0/faq 获取帮助。"))
    assert any("https://x.com v2.0/faq获取帮助" in t for t in got), got


def test_a_highlighter_s_listing_with_chinese_comments_is_debris_in_html():
    # a docs site's Pygments block (newuser24b install_site.html): <pre><span></span><code>, comments in Chinese, less
    # than 0.8 ASCII; in its highlighttable the gutter's numbers are debris too. Was: one paragraph of code
    from segment_samples import HTML_PROSE, html_units

    code = ('<pre><span></span><code><span class="c1"># 创建虚拟环境</span>\npython -m venv .venv\n'
            '<span class="c1"># 安装指定版本的工具包</span>\npip install foo==1.2.3\n'
            '<span class="c1"># 使用最大长度 512 运行</span>\nfoo run --max-length 512 --config config.yaml\n</code></pre>')
    gutter = "<pre>" + "\n".join(f'<span class="normal">{n}</span>' for n in range(1, 7)) + "</pre>"
    table = (f"<table class='highlighttable'><tr><td class='linenos'><div class='linenodiv'>{gutter}</div></td>"
             f"<td class='code'><div>{code}</div></td></tr></table>")
    for block in (code, table):
        page = (f"<html><head><meta charset='utf-8'><title>t</title></head><body><h1>安装</h1><p>{HTML_PROSE}</p>"
                f"<div class='highlight'>{block}</div><p>{HTML_PROSE}</p></body></html>")
        got = html_units(page)
        listing = [(k, t) for k, t in got if "foo==1.2.3" in t]
        assert [k for k, _ in listing] == ["debris"], got
        if block is table:  # the gutter's numbers: one unit, debris (review33: the unit must exist)
            assert [k for k, t in got if t == "1 2 3 4 5 6"] == ["debris"], got
        assert [k for k, t in got if t == HTML_PROSE] == ["paragraph", "paragraph"], got
    # Chinese prose in a <pre><code> with no sign of code stays as it was
    page = (f"<html><head><meta charset='utf-8'><title>t</title></head><body><h1>安装</h1><p>{HTML_PROSE}</p>"
            f"<pre><code>{HTML_PROSE}</code></pre></body></html>")
    assert [k for k, t in html_units(page) if t == HTML_PROSE] == ["paragraph", "paragraph"]
