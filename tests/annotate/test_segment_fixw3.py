"""Web-side residuals of the development splits, session 12 (fixw3). One small input per class, for the
text route and the HTML reader."""

from segment_samples import PARA1, PARA2, html_units, units


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


def test_a_poster_s_picture_and_follow_button_are_cut_off_the_credit_line():
    for line, credit in (("[avatar.png] 慢慢走的风　看本地　8月28日 22:23 [2]+关注", "慢慢走的风　看本地　8月28日 22:23"),
                         ("[avatar]慢慢走的风　看本地　8月28日 22:23 +关注", "慢慢走的风　看本地　8月28日 22:23"),
                         ("5月12日 20:01　来自城事通客户端　吃货阿柒 [javascript:void(0)]+关注",
                          "5月12日 20:01　来自城事通客户端　吃货阿柒")):
        got = units(f"家门口的变化：老旧小区改造后居民笑了\n\n{line}\n{PARA1}\n\n{PARA2}\n")
        texts = [t for _, t in got]
        assert credit.replace(" ", "").replace("\u3000", "") in [t.replace(" ", "") for t in texts], got
        assert not any("关注" in t and "22:23" in t or "关注" in t and "20:01" in t for t in texts), got
    page = ("<html><body><section><h1>家门口的变化</h1><div class=\"author\"><img src=\"/avatar.png\">"
            "<span>慢慢走的风　看本地　8月28日 22:23</span><a class=\"follow\" href=\"#\">+关注</a></div></section>"
            f"<section><p>{PARA1}</p></section><section><p>{PARA2}</p></section></body></html>")
    got = html_units(page)
    assert ("debris", "+关注") in got and not any("关注" in t for k, t in got if k != "debris"), got


def test_a_view_count_written_before_its_word_is_cut_off_the_credit_line():
    got = units(f"五天四夜慢遊古城\n\n碼農小周　2024.05.20 發佈 7578 瀏覽\n\n{PARA1}\n\n{PARA2}\n\n{PARA1}\n")
    assert ("debris", "7578瀏覽") in got, got


def test_a_counter_word_a_wrap_cut_in_two_is_cut_off_the_credit_line():
    text = (f"我校师生赴山区开展暑期社会实践\n\n发布时间：2024-11-07　作者：黄英　摄影：高桂杰　来源：团委　点\n击：3026\n\n"
            f"{PARA1}\n\n{PARA2}\n")
    got = units(text)
    assert not any("击" in t and "来源" in t for _, t in got), got
    assert any(k == "debris" and t.replace("\n", "").replace(" ", "") == "点击：3026" for k, t in got), got





def test_a_program_s_lines_in_a_dump_are_debris_one_unit_each():
    code = ["import pandas as pd", "df = pd.read_csv('news.csv', encoding='utf-8')", "df = df.dropna()", "print(df.head())"]
    text = (f"用pandas做文本统计\n\n{PARA1}\n\n   {code[0]}\n\n   " + "\n   ".join(code[1:]) + f"\n\n二、处理步骤\n\n{PARA2}\n")
    got = {(k, t.replace(" ", "")) for k, t in units(text)}
    assert all(("debris", line.replace(" ", "")) in got for line in code), got
    # (one line of ASCII with a call in it is no program: "Smith(2020)" in a reference stays)
    got = units(f"用pandas做文本统计\n\n{PARA1}\n\nprint(df.head())\n\n{PARA2}\n")
    assert not any(k == "debris" and "print" in t for k, t in got), got


def test_two_short_rows_of_spaced_words_are_two_units():
    # a shop page's option bar over its buttons: each row's words are set apart by spaces, so neither row is a
    # headline's line (a headline broken over two lines runs its words on without a gap)
    got = units(f"手工粗陶茶具套装\n\n{PARA1}\n\n选择颜色 青瓷 白瓷 黑陶\n加入购物车 立即购买\n\n{PARA2}\n")
    texts = [t for _, t in got]
    assert "选择颜色青瓷白瓷黑陶" in [t.replace(" ", "") for t in texts] and "加入购物车立即购买" in [t.replace(" ", "") for t in texts], got
    got = units(f"手工粗陶茶具套装\n\n{PARA1}\n\n坚持“四个面向”\n做好“高新文章”\n\n{PARA2}\n")
    assert ("heading", "坚持“四个面向”做好“高新文章”") in got, got
