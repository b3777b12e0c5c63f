"""newuser24b trial (a docs team's dumps of a docs site): a code listing's numbered lines and a wrapped address."""

from segment_samples import PARA1, PARA2, units

_CODE = ["1 # 创建虚拟环境", "2 python -m venv .venv", "3 # 安装指定版本的工具包", "4 pip install foo==1.2.3",
         "5 # 使用最大长度 512 运行", "6 foo run --max-length 512 --config config.yaml"]


def _dump(code, tail):
    # an html2text dump: its heading marks, a paragraph a line, the listing's lines under a blank line
    return "\n".join(["****** 快速安装指南 ******", PARA1, "***** 安装步骤 *****", *code, "", *tail, "***** 参数说明 *****",
                      PARA2, ""])


def test_a_listings_numbered_lines_are_no_number_cut_by_a_wrap():
    # "4 pip install foo==1.2.3" / "5 # 使用…": the line stops far short of the dump's width, so no wrap cut a number
    # there (join's "a number cut in two" and normalize's digit glue asked for a wrap): it was "foo==1.2.35", and the
    # listing's lines one paragraph (install_w3m, install_h2t)
    got = units(_dump(_CODE, [PARA1]))
    texts = [text for _, text in got]
    assert not any("1.2.35" in text for text in texts), got
    assert "4 pip install foo==1.2.3" in texts, got
    assert not any(text.startswith("4 pip") and "5" in text[5:] for text in texts), got


def test_a_number_a_wrap_cut_is_still_one():
    # a line at the dump's width ending in a number's first digits: the wrap cut it, "…2006年" stays one number
    cut = PARA1.index("1970") + 2
    got = units(_dump(_CODE, [PARA2, PARA1[:cut], PARA1[cut:]]))
    assert ("paragraph", PARA1) in got, got


def test_a_wrap_inside_a_web_address_adds_no_space():
    # html2text wraps inside an address: "…或访问 https://" / "docs.example.com/foo/faq 获取帮助。" (install_h2t,
    # faq_h2t: "https:// docs.example.com…", "https:// mirror.example.com/pypi")
    line = "安装完成后，运行 foo --version 应输出 foo 1.2.3。如遇问题，请参阅问题 #1234 或访问 https://"
    got = units(_dump(_CODE, [line, "docs.example.com/foo/faq 获取帮助。"]))
    assert any("https://docs.example.com/foo/faq获取帮助。" in text for _, text in got), got
    got = units(_dump(_CODE, ["访问 https://example.com", "Docs 获取帮助。"]))  # no address's shape below: a space
    assert not any("example.comDocs" in text for _, text in got), got


def test_a_hyphen_at_a_lines_end_still_joins_in_a_dump_without_a_width():
    # html2text breaks after a hyphen: "…牙买加运动员-" / "{zh-cn:…}-" / "以破世界纪录…" is one paragraph (dev
    # cmrc-004_html2text), though the line stops short of the text's last spaces
    got = units(_dump(_CODE, ["男子100米决赛的冠军是牙买加运动员-", "以破世界纪录的9秒69成绩夺得奥运男子100米金牌。"]))
    assert ("paragraph", "男子100米决赛的冠军是牙买加运动员-以破世界纪录的9秒69成绩夺得奥运男子100米金牌。") in got, got


def test_an_address_ending_in_a_hash_keeps_it():
    # a dump's list of links: "[2] https://amagrandma.example.tw/#" is no heading's permalink (dev14 v14-009)
    from segment_samples import squashed_units

    got = squashed_units(_dump(_CODE, [PARA2, "References:", "[1] https://amagrandma.example.tw/",
                                       "[2] https://amagrandma.example.tw/#"]))
    assert ("debris", "#") not in got and not any(text == "#" for _, text in got), got
