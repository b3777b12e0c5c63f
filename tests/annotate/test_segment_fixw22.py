"""Text-route residuals of the web dumps of batches 14 and 15 (fixw22): one small hand-written dump per rule."""

from segment_samples import PARA1, PARA2, squashed_units


def test_a_labelled_date_over_another_whole_field_is_two_meta_lines():
    # a government page's head: "發布日期：113-05-02" / "資料來源：行政院", one field a line under the headline; each is a
    # whole field, no piece of a credit line an extract cut (dev15 v15-002, five dumps; the golds of dev3 w3-002
    # "发文日期：…" / "主题分类：…", dev9 w9-012 and dev9xw w9x-012 "出版日期：…" / "優惠價：…" set such lines apart too)
    raw = "\n".join(["行政院會通過海岸地區防災條例草案", "", "發布日期：113-05-02", "資料來源：行政院", "", PARA1, "", PARA2]) + "\n"
    got = squashed_units(raw)
    assert ("meta", "發布日期：113-05-02") in got, got
    assert any(t == "資料來源：行政院" for _, t in got), got


def test_pieces_of_a_cut_credit_line_still_join():
    # a date alone over an outlet's credit is a credit line an extract cut into pieces: one unit, as before
    raw = "\n".join(["颱風過境 全台停班停課", "", "2022-11-17 08:32", "來源：中時新聞網", "", PARA1, "", PARA2]) + "\n"
    got = squashed_units(raw)
    assert any(t == "2022-11-1708:32來源：中時新聞網" for _, t in got), got


def test_a_posters_row_avatar_name_and_poster_badge_is_cut_in_three():
    # a forum post's author row: the avatar's alt text, the poster's name, the "楼主" badge and the level, on one line of
    # the dump (dev15 w15-007, five dumps, "头像 青山骑行客楼主12"; the same row with a credit and a follow button was
    # cut already, dev13 w13-000/001 "头像 UP主：阿柒爱吃 + 关注 8.6万"): picture and badge are furniture, the name stays
    for row, picture in (("头像 青山骑行客楼主12", "头像"), ("头像青山骑行客楼主12", "头像"), ("[头像]青山骑行客楼主12", "[头像]")):
        raw = "\n".join(["【攻略】周末江城骑行路线整理", "只看楼主 收藏 回复", row, PARA1, PARA2]) + "\n"
        got = squashed_units(raw)
        assert ("debris", picture) in got and ("debris", "楼主12") in got, got
        assert any(t == "青山骑行客" for _, t in got), got


def test_a_poster_badge_without_the_picture_or_after_prose_stays():
    # no picture before the name: nothing says the line is a poster's row ("只看楼主" is a tool line, "…楼主12" a phrase)
    raw = "\n".join(["青山骑行客楼主12", PARA1]) + "\n"
    got = squashed_units(raw)
    assert not any(t == "楼主12" for _, t in got), got
    # a sentence between picture and badge is no name
    raw = "\n".join(["头像 我们今天去骑行了。他是楼主12", PARA1]) + "\n"
    got = squashed_units(raw)
    assert not any(t == "楼主12" for _, t in got), got


def test_a_reply_or_an_emoticon_before_the_poster_badge_is_no_poster_s_row():
    # review22: a reply that mentions the poster's picture or opens with an emoticon ends "…楼主" too; the row needs a
    # picture (alt text, a file, "avatar"), set off by whitespace or followed by the level, and a name without
    # punctuation between
    for row in ("头像真好看，同问楼主", "头像这件事还得问楼主", "[doge]支持楼主", "[haha]顶楼主"):
        raw = "\n".join(["【攻略】周末江城骑行路线整理", row, PARA1, PARA2]) + "\n"
        got = squashed_units(raw)
        assert not any(t in ("头像", "[doge]", "[haha]", "楼主") for _, t in got), (row, got)
    raw = "\n".join(["【攻略】周末江城骑行路线整理", "[avatar.png] 青山骑行客楼主", PARA1, PARA2]) + "\n"
    got = squashed_units(raw)
    assert ("debris", "楼主") in got and any(t == "青山骑行客" for _, t in got), got
