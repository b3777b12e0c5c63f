"""fixrv33 (review33 of fixc25): a line break inside a number is a wrap's, whatever the text's other lines (the "two
figures, no wrap" rule is gone: F1, F2, F3); a listing's gutter lines are debris, in files of mixed line breaks too
(F6, F7); no web address is glued across a line break after its final "." (F7); a Chinese sentence in
``<pre><code>`` stays a paragraph (F5)."""

import pytest
from segment_samples import HTML_PROSE, PARA1, PARA2, columns, html_units, units

REFS = ("Smith J, Wang L. A very long English reference line that was never wrapped by anyone at all, Journal of Things, "
        "2023.\nZhang S, Li Q. Another very long English reference line that nobody ever wrapped either, Journal of "
        "Stuff, 2021, 3(4).\n")


def _texts(raw):
    return [t for _, t in units(raw)]


@pytest.mark.parametrize(("number", "pad"), [("1970-71", 18), ("1,234,567", 17), ("3.1415926", 18)])
def test_a_wrapped_number_is_one_where_the_text_has_two_long_lines(number, pad):
    # F1: a paragraph filled at 60 columns, a paragraph on one line and two long references; the wrap falls inside the
    # number (was, fixc25: '约为1970- 71年', '…约为1,234,5' | '67年…')
    body = "\n".join(columns(PARA1[:pad] + f"其中青少年占比约为 {number} 年的两倍，" + PARA2, 60))
    assert any(f"约为{number}年的两倍" in line.replace(" ", "") for line in body.split("\n")) is False  # (a cut)
    raw = f"标题\n\n{body}\n\n{PARA1}\n\n参考文献\n\n{REFS}"
    got = _texts(raw)
    assert any(f"约为{number}年的两倍" in t for t in got), got


PARA = ("近年来，我国网络用户规模持续扩大，其中青少年占比约为 20\n23 年的两倍，比去年增加了不少，这一变化引起了社会各界的广\n"
        "泛关注，专家们认为应当加强引导，让青少年健康上网，学会辨\n别信息的真假，养成良好的上网习惯，同时学校和家庭也要承担\n"
        "起相应的责任。\n")


@pytest.mark.parametrize("spaced", [True, False])
def test_a_wrapped_number_is_one_beside_long_lines_or_a_url_in_its_unit(spaced):
    para = PARA if spaced else PARA.replace(" 20\n23 ", "20\n23")
    url = para.replace("起相应的责任。\n", "起相应的责任，详见 https://www.example.org/reports/2023/youth-internet-usage-statistics.html\n")
    for raw in ("标题\n\n" + para + "\n参考文献\n\n" + REFS, "标题\n\n" + url):  # F1 (tworefs), F2 (a URL in the unit)
        got = _texts(raw)
        assert [t for t in got if "约为" in t][0].startswith("近年来") and any("约为2023年的两倍" in t for t in got), got


def test_a_number_cut_under_a_wider_line_or_in_full_width_digits_is_one_sentence():
    # F3: the lower line wider than the upper, or full-width digits, in a text of unwrapped paragraphs: one sentence
    for raw, want in (("标题\n\n\u3000\u3000其中青少年占比约为 20\n23 年的两倍，比去年增加了不少，这一变化引起了社会各界的广泛关注。\n",
                       "约为2023年的两倍"),
                      ("标题\n\nABC公司的2023年营收为1,234,5\n67 万元，同比增长了百分之十二，利润也有所增长，达到了新高。\n",
                       "营收为1,234,567万元"),
                      (f"{PARA1}\n\n其中青少年占比约为２０\n２３年的两倍。\n\n{PARA2}\n", "约为２０２３年的两倍。")):
        got = _texts(raw)
        assert any(want in t for t in got), got


LISTING = "标题\n1 pip install foo==1.2.3\n2 # 注释\n3 foo run --max 512\n\n安装完成后即可使用。\n"
CODE = [("debris", "1 pip install foo==1.2.3"), ("debris", "2 #注释"), ("debris", "3 foo run --max 512")]


@pytest.mark.parametrize("brk", ["\n", "\r\n", "\r", "\u2028"])
def test_a_gutter_s_lines_are_debris_in_files_of_any_or_mixed_line_breaks(brk):
    # F6: was 'heading 4 pip install foo==1.2.3' (a listing is debris, as on the HTML route); F7: a file of mixed breaks
    # (LF elsewhere, the listing's own another) or U+2028 was glued, '1 pip install foo==1.2.32 #注释'
    raw = LISTING.replace("\n", brk)
    mixed = "标题\n" + LISTING[3:].replace("\n", brk, 3)  # (the listing's breaks only)
    for r in (raw, mixed):
        got = units(r)
        assert got[1:4] == CODE, got
        assert got[-1] == ("paragraph", "安装完成后即可使用。"), got


def test_a_listing_that_opens_the_file_is_no_title():
    # F6: a file that opens with a listing took its first code line for the title ('1 #创建虚拟环境')
    got = units("1 # 创建虚拟环境\n2 python -m venv .venv\n3 # 安装\n4 pip install foo==1.2.3\n\n安装完成后即可使用。\n")
    assert got == [("debris", "1 #创建虚拟环境"), ("debris", "2 python -m venv .venv"), ("debris", "3 #安装"),
                   ("debris", "4 pip install foo==1.2.3"), ("paragraph", "安装完成后即可使用。")], got


def test_a_numbered_run_of_hanzi_items_is_no_listing():
    # a gutter's run with no line of code keeps its kinds: a standard's clauses one under another
    got = units("甲\n\n1 范围\n2 规范性引用文件\n3 术语和定义\n\n乙\n")
    assert [t for _, t in got] == ["甲", "1范围", "2规范性引用文件", "3术语和定义", "乙"], got
    assert all(k != "debris" for k, _ in got), got


def _wrapped(tail, rest):
    return "说明\n\n" + "\n".join(columns(PARA1 + tail, 70)) + "\n" + rest + PARA1 + "\n"


def test_no_web_address_is_glued_after_its_final_dot():
    # F7: '…访问 https://example.com/faq.' / '2024 年起…' was 'faq.2024年起' (fixc25); main's space comes back
    got = _texts(_wrapped("更多信息请访问 https://example.com/faq.", "2024 年起本服务将全面升级，届时请留意公告。"))
    assert any("https://example.com/faq. 2024年起" in t for t in got), got
    # the other marks still glue: a wrap after '=' inside an address
    got = _texts(_wrapped("相关代码见 https://github.com/foo/bar/blob/main/setup.py?ref=", "main 的版本。"))
    assert any("setup.py?ref=main的版本" in t for t in got), got


def _page(block):
    return (f"<html><head><meta charset='utf-8'><title>t</title></head><body><h1>安装</h1><p>{HTML_PROSE}</p>"
            f"{block}<p>{HTML_PROSE}</p></body></html>")


def test_a_chinese_sentence_in_pre_code_stays_a_paragraph():
    # F5: half ASCII with '=' in it, marked as code, but a sentence (hanzi before any comment mark, '。'): was debris
    sentence = "注意：请在 config.yaml 里设置 max_length = 512，不要超过这个值，否则会报错。"
    got = html_units(_page(f"<pre><code>{sentence}</code></pre>"))
    assert [k for k, t in got if "config.yaml" in t] == ["paragraph"], got
    # a listing whose hanzi stand in its comments is still debris
    code = "# 设置最大长度\nfoo run --max-length 512 --config config.yaml\n# 查看版本\nfoo --version"
    got = html_units(_page(f"<pre><code>{code}</code></pre>"))
    assert [k for k, t in got if "config.yaml" in t] == ["debris"], got
