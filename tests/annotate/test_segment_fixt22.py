"""Title blocks in print dumps (session 22, fixt22): the author's line under a title is no second line of the title."""

from segment_samples import squashed_units

ESSAY = '散文随笔\n\n在江边数船的日子\n林晓岚\n小时候住在江边，每天放学都要先跑到堤上去看船。那时候的\n江面很宽，货船一条接一条地从上游下来，船上的人晒着衣服，\n有时还能听见收音机里的戏曲声。我和弟弟比赛数船，数到\n一百就回家吃饭，数不到一百就一直坐在堤上等。\n后来江上修了大桥，船少了，堤也加高了，我们也都长大离开了\n家乡。前几年回去，堤上种满了树，江边建了步道，傍晚散步的\n人很多，却很少有人停下来看一看江上的船。\n'

COLUMN = '                                       寧川週報    專欄\n\n\n\n\n專欄   城市觀察\n\n\n老街區的第二次生命\n文   陳思遠\n\n    老街區的房子大多建於上世紀六十年代，      居民的聲音\n牆面斑駁，巷子狹窄，卻住著許多老鄰居。          住在這裡的人說，老街最好的\n前幾年市政府決定保留街區的格局，只修      地方是鄰居彼此認識，出門\n繕房屋和水電管線，不拆不建。              買菜都能聊上幾句。\n'


def test_a_lone_name_under_an_essay_title_is_a_unit_of_its_own():
    # "在江边数船的日子" / "林晓岚": a personal name alone (a common surname, two or three hanzi, no dictionary word) is
    # the author, not the title's second line (dev16 q16-000 essay, pdftotext's modes)
    got = squashed_units(ESSAY)
    assert got[1][1] == "在江边数船的日子" and got[2][1] == "林晓岚", got
    assert got[3][0] == "paragraph", got


def test_a_word_under_a_title_still_joins_it():
    # the same block with a wrapped title's last word under it, a dictionary word a common surname opens ("时光"):
    # one heading, as before
    raw = ESSAY.replace("在江边数船的日子\n林晓岚", "在江边数船的\n时光")
    got = squashed_units(raw)
    assert got[1] == ("heading", "在江边数船的时光"), got


def test_a_role_and_a_name_a_gap_apart_under_a_column_title_is_a_unit_of_its_own():
    # "老街區的第二次生命" / "文   陳思遠": a one-hanzi role, a gap and a name: the author line (dev16 q16-001 column,
    # -layout; "文／陳思遠" was already a credit)
    got = squashed_units(COLUMN)
    assert ("heading", "老街區的第二次生命") in got, got
    assert any(text == "文陳思遠" for _, text in got), got
