"""The tables and patterns segmentation decides by: character classes, punctuation, cue words.

Everything an editor's rule of thumb depends on lives here as data, so the decisions in
:mod:`annotate.segment.join` and :mod:`annotate.segment.classify` read as rules, not as lists
of strings. Every pattern is compiled once at import.
"""

from __future__ import annotations

import re

# --- characters -------------------------------------------------------------------------------

# Characters that are never text: zero-width marks, soft hyphen, and C0/C1 controls that are not
# whitespace. They are dropped (no space is left in their place).
DROP_CLASS = "\u200b-\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f"
DROP_CHARS = frozenset(
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"
    + "".join(map(chr, [*range(0x00, 0x09), *range(0x0E, 0x1C), *range(0x7F, 0x85), *range(0x86, 0xA0)]))
)
# Whitespace (what str.isspace and \s accept) or a dropped character, spelled out as code point
# ranges: the regex engine tests such a class by table lookup, about twice as fast as \s plus
# DROP_CLASS (tests/annotate/test_segment_rules.py checks that the two agree on all of Unicode).
SPACE_OR_DROP_CLASS = r"\x00-\x20\x7f-\xa0\xad\u1680\u2000-\u200d\u2028\u2029\u202f\u205f\u2060\u3000\ufeff"
HANZI = re.compile("[\u4e00-\u9fff]")  # one hanzi of the basic CJK block (the one copy; cells, colblock, decode, join, sidebar)
# Runs of characters that survive normalization unchanged, and the gaps between them.
CHUNK = re.compile(f"[^{SPACE_OR_DROP_CLASS}]+")
GAP_SPLIT = re.compile(f"([{SPACE_OR_DROP_CLASS}]+)")  # split() keeps the gaps
SPACE_OR_DROP = re.compile(f"[{SPACE_OR_DROP_CLASS}]")
SPACE = re.compile(r"\s")
# Text beside text on one printed line, six spaces or more apart: strings that ``pdftotext -layout`` set far apart
# (columns side by side, a running head's pieces; the one copy: columns, join).
BESIDE = re.compile(r"\S {6,}\S")
LINE_BREAK = re.compile(r"\r\n|[\r\n\u2028\u2029]")
# U+3000 anywhere in a text: the regex engine finds it several times faster than ``"\u3000" in text``,
# whose fast scan (memchr on the low byte) is off for a character whose low byte is zero
IDEOGRAPHIC_SPACE = re.compile("\u3000")

# "Wide" script: a space next to one of these is extraction noise, never a word separator.
# Han (basic, Ext A, compatibility, Ext B+ via the astral range), CJK punctuation, kana,
# bopomofo and full-width forms. Curly quotes are not wide: English uses them too.
_WIDE = (
    "\u2e80-\u2fdf\u3000-\u303f\u3040-\u30ff\u3100-\u312f\u3190-\u31ff\u3200-\u33ff"
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef"
    "\U00020000-\U0003134f"
)
WIDE = re.compile(f"[{_WIDE}]")
# A whole gap with no wide character on either side: the only gaps that may be kept as a space
# (normalize.render). It opens with the gap class so that the search skips to gaps in C.
NARROW_GAP = re.compile(
    f"[{SPACE_OR_DROP_CLASS}](?<=[^{_WIDE}{SPACE_OR_DROP_CLASS}][{SPACE_OR_DROP_CLASS}])"
    f"[{SPACE_OR_DROP_CLASS}]*+(?![{_WIDE}])"
)
# Punctuation shared by Chinese and Western text: a space next to one of these survives only
# when the other neighbour is a narrow (Latin, digit) character: "said “hi”" but "“高” “新”" → "“高”“新”".
NEUTRAL = re.compile("[\u2018\u2019\u201c\u201d\u2014\u2026\u00b7]")
# Curly quotes print half width, like ASCII.
CURLY_QUOTES = "\u2018\u2019\u201c\u201d"

# --- punctuation ------------------------------------------------------------------------------

# A unit whose last character (after closing quotes/brackets) is one of these ends a sentence.
SENTENCE_END = "。！？!?…；;⋯"
# Paragraph end also allows a colon: "具体有以下做法:" introduces the next paragraphs.
PARAGRAPH_END = SENTENCE_END + ":："
# A full stop: the ideographic one, and the full-width or ASCII period that a print extract or a Latin font sets for it
# (a line ending on one ends a sentence; the one copy for join's entries, captions and margin notes).
FULL_STOPS = "。．."
# An exam's option opening a line or a squeezed unit ("C．作者…"): a capital A-H and a point or a pause before a
# wide character (the one copy: join keeps an option apart from its question, classify makes it no heading).
EXAM_OPTION = re.compile(r"[A-H][．.、](?=[^\x00-\x7f])")
EXAM_OPTION_FIRST = frozenset("ABCDEFGH")
# A sentence or clause mark (full-width or ASCII): a line holding one is prose, not a cell, a credit or a running
# head's pieces (the one copy; cells, colblock, join).
CLAUSE_MARK = re.compile("[，。；！？,;!?]")
# CLAUSE_MARK or an enumeration comma or a colon: the marks of running text, which a box's caption, a date field
# or a link's text has none of (the one copy; classify, strips, webdump).
PUNCT = re.compile("[，。；！？,;!?、：:]")
CLOSERS = "”’」』）)》〉】]\"'"
# Punctuation that never opens a line of its own: a line starting with it continues the last one
# (a tool cut before it: "…电影频道" / "，该频道…").
CREDIT_KINDS = frozenset(("byline", "meta"))  # unit kinds whose fields keep one space at a gap (normalize.FIELD_GAP)
CONTINUING = frozenset("，、。；：！？）》」』】〉”’,;:!?)")
BRACKET_PAIRS = {"《": "》", "（": "）", "(": ")", "「": "」", "『": "』", "【": "】", "“": "”", "〈": "〉"}
BRACKET = re.compile(f"[{re.escape(''.join(BRACKET_PAIRS) + ''.join(BRACKET_PAIRS.values()))}]")  # either side

# Sentence cut: a run of final marks (or an ellipsis) plus any closing quotes that follow it.
# Same matches as (?:[。！？!?；;]+|[…⋯]+|\.{3,})[closers]*, but written to open with a plain
# character class so that the regex engine skips to candidate marks in C (about 5x faster).
_SUPERSCRIPTS = "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
# footnote marks set after a sentence's end: superscript digits (¹ ² ³ ⁰ ⁴…⁹: "…動機。¹", "…方法。¹²") and ① … ⑳
# a subsection's number, a space and a word opening a line: "2.1 研究對象", "2.1 歷史 5" (not a decimal a wrap cut,
# "2.5% ，…"): a heading of its own under a heading (readers.pdf._continues), a contents entry under one (join._page_then_section)
SUBSECTION_OPEN = re.compile(r"\d{1,2}[.．]\d{1,2}[ \t\u3000]+[^\W\d_]")
# a table of contents' own heading, squeezed (lines._contents_head; the DOCX reader's contents styles, docx._TOC)
CONTENTS_HEADS = frozenset({"目录", "目錄", "目次", "录", "錄", "目", "索引"})
NOTE_MARKS = _SUPERSCRIPTS + "".join(map(chr, range(0x2460, 0x2474)))
# star-like signs a note is marked with ("*", "＊", "※", "†", "‡"): an in-page link of one is a footnote's mark, the
# sentence's text (the HTML reader's _symbol_link). The one copy; its parts are read where a site takes only some: the
# asterisks and the reference mark open a footnote at a text extract's page foot (classify._FOOT_NOTE), the asterisks
# and daggers a PDF's footnote (readers.pdf.NOTE_MARK), the asterisks an author's affiliation mark (AFFILIATION_MARK).
ASTERISKS = "*＊"
REFERENCE_MARK = "※"
DAGGERS = "†‡"
NOTE_SIGNS = frozenset(ASTERISKS + REFERENCE_MARK + DAGGERS)
# the closing quotes and brackets after a sentence's marks, then superscript note marks; a circled number goes with the
# sentence before it only where nothing follows it on the line ("…国土。①" / a new line), for inside a paragraph it
# opens the next item: "…说明。①打开电源。②按下开关。"
_CUT_TAIL = f"[”’」』）)》\"']*[{_SUPERSCRIPTS}]*(?:[\u2460-\u2473](?=\\s|$))?"
SENTENCE_CUT = re.compile(r"[。！？!?；;…⋯.](?:(?<=[。！？!?；;])[。！？!?；;]*|(?<=[…⋯])[…⋯]*|(?<=\.)\.\.+)" + _CUT_TAIL)
# SENTENCE_CUT for a text in which "。" is the only mark that can open a cut (no other mark of
# SENTENCE_END, no "..."; most paragraphs): led by the literal, which the engine finds faster than
# the class (sentences.split_sentences; test_segment_fastpaths.py checks the two against each other).
PERIOD_CUT = re.compile(r"。[。！？!?；;]*" + _CUT_TAIL)

# --- cues that start a paragraph ---------------------------------------------------------------

NUMERAL = "一二三四五六七八九十"
# The capital numerals that number a document's top sections ("壹、前言" / "貳、聲明事項", Taiwanese notices, legal
# opinions, papers): a section's number like "一、" (HEAD_NUMBER, ENUMERATOR; r15-003's "壹、調整說明" under a line
# filling the measure, q16-008's "參、研究方法", dev15 and dev16).
CAPITAL_NUMERAL = "壹贰貳叁參肆伍陆陸柒捌玖拾"
# Four of them are also words (陆 land, 伍 and 陸 surnames, 拾 pick up: "。 陆、海、空三军…", "伍、陆两位同志"): alone
# before "、" they number a section only in a document that numbers with capital numerals (capital_numbered:
# join.Context.capitals); before another capital numeral ("拾壹、", "伍拾、") they are a number anywhere.
CAPITAL_WORDS = "伍陆陸拾"
_CAPITAL_LEAD = rf"(?:[{NUMERAL}{CAPITAL_NUMERAL.translate(dict.fromkeys(map(ord, CAPITAL_WORDS)))}]|[{CAPITAL_WORDS}](?=[{CAPITAL_NUMERAL}]))"
_NUMBER_RUN = rf"{_CAPITAL_LEAD}[{NUMERAL}{CAPITAL_NUMERAL}]{{0,2}}"  # a section's number: "二", "十一", "壹", "拾壹"
# A section head's number in hanzi numerals: "二、" (ITEM_MARK's second form; pairs, HEADING_DRESS).
HEAD_NUMBER = re.compile(rf"{_NUMBER_RUN}、")
# A list item's mark: "（一）", "(3)", "（壹）", "二、" (a line opening with one is an item of a list, prose, even when
# it holds a "label：value": "（一）时间：2023年3月4日…").
ITEM_MARK = re.compile(rf"[（(][{NUMERAL}{CAPITAL_NUMERAL}\d]{{1,3}}[）)]|{HEAD_NUMBER.pattern}")
ENUMERATOR = re.compile(
    rf"(?:[{NUMERAL}]{{1,3}}是|第[{NUMERAL}百]{{1,3}}[,，、:：是]|其[一二三四五六]"
    rf"|首先|其次|再次|最后[,，]|一方面|另一方面|下一步[,，]|{_NUMBER_RUN}[、.．]"
    rf"|[（(][{NUMERAL}{CAPITAL_NUMERAL}\d]{{1,3}}[）)]|\d{{1,2}}(?:[、．](?!\d)|[．.](?=(?:19|20)\d\d年))|[①-⑳])"
)
# one of CAPITAL_WORDS alone as a section's number ("陸、結論"): a number only where capital_numbered
CAPITAL_WORD_NUMBER = re.compile(rf"[{CAPITAL_WORDS}][、.．]")
# a line that opens with a capital numeral that is no word, as a section's number ("壹、前言", "  貳、")
_CAPITAL_HEAD_LINE = re.compile(rf"^[ \t\u3000]*[{CAPITAL_NUMERAL.translate(dict.fromkeys(map(ord, CAPITAL_WORDS)))}][、.．]", re.M)


def capital_numbered(raw: str) -> bool:
    """``raw`` numbers its sections with capital numerals: some line opens with one that is no word and "、" or a
    full stop ("壹、調整說明"; then "陸、結論" is a section's number too, :data:`CAPITAL_WORDS`)."""
    return "、" in raw and _CAPITAL_HEAD_LINE.search(raw) is not None

# (an item's number may stand right before a year, "1．1973年8月生", "3.1969年…": no decimal has a year after its point)
# "记者:" "贾敬敦：" "中国工业报:" "Q:" — a short name and a colon opening a line. (The runs are possessive:
# a colon can only follow the whole run, so giving characters back never finds one; the engine fails a line
# without a label at once, test_segment_fastpaths.py checks the two forms agree.)
LABEL = re.compile(r"([\u3400-\u9fff]{1,6}+|[A-Za-z]{1,3}+)[:：]")
# A margin note's label: two to four hanzi and a colon ("想一想：", "批注："; the one copy: notes, join; and pairs, for
# a label that opens the line under a numbered head: "举：…").
NOTE_LABEL = re.compile(r"[\u4e00-\u9fff]{2,4}[：:]")
# LABEL at the start of each line of a "\n"-joined text, found in one pass (the "\n" lets the
# search skip from line to line in C).
LINE_LABEL = re.compile("\n" + LABEL.pattern)
# A paragraph glued onto the end of another inside one raw line: sentence end, whitespace, cue.
# An enumerator may follow any space; a "label:" only a wide gap (two spaces, U+3000, U+2002, ...),
# since "。 他说:" in a re-flowed line is a wrapping artefact, not a new speaker.
GLUED = re.compile(
    rf"[。！？!?；;：:…][”’」』）)》\"']*(?:\s+(?={ENUMERATOR.pattern})|(?:\s{{2,}}|[^\S ]\s*)(?={LABEL.pattern}))"
)
# Labels that are roles, not names: they start a paragraph even if seen once.
ROLE_LABELS = frozenset({"记者", "本报记者", "主持人", "编者按", "编者", "问", "答", "Q", "A"})

# --- unit kinds -------------------------------------------------------------------------------

# Navigation lines: "上一篇：…", "相关阅读".
_NAVIGATION_WORDS = ("上一篇", "下一篇", "上一条", "下一条", "上一則", "下一則", "上一條", "下一條", "相关阅读", "相关新闻",
                     "推荐阅读", "延伸阅读", "更多阅读", "相關閱讀", "相關新聞", "推薦閱讀", "延伸閱讀", "更多閱讀")
NAVIGATION = re.compile(f"^(?:{'|'.join(_NAVIGATION_WORDS)})")
# Bylines: author role words, then names. "本报记者 齐旭", "▶ 本报记者 李争粉",
# "(文字整理:本报记者 张伟)", "作者:闻育旻 2025-04-14 14:27 来源:中国工业报".
DECORATION = "▶►▷■□●○◆◇★☆▲△▼▽※→·•"
# Decoration that opens an item or a heading of its own ("▲Gtk", "■ 相聲", "◎ 第一项"); not the middle dot,
# which a wrap may put at a line start inside a name ("D·E·布兰德斯"; the HTML reader, where no wrap cuts a
# name, also takes Big5's "‧" for a bullet).
BULLETS = frozenset(DECORATION + "◎▪") - {"·"}
_ROLE_WORDS = (
    "文字整理", "整理", "撰文", "作者", "采写", "本报记者", "本报特约记者", "本报通讯员", "特约记者", "见习记者", "记者",
    "通讯员", "摄影", "採寫", "本報記者", "本報特約記者", "本報通訊員", "特約記者", "見習記者", "記者", "通訊員", "攝影",
    "报告人", "報告人", "主讲人", "主講人", "法官", "本刊记者", "本刊特约记者", "本刊記者", "本刊特約記者",
)
# Credits that name who edited or checked the piece, not who wrote it: their lines are meta and
# their names are never the author ("责任编辑：李某").
_EDITOR_WORDS = ("责任编辑", "責任編輯", "责编", "責編", "编辑", "編輯", "校对", "校對", "审核", "審核", "审校", "監製", "监制")
# Slashes and bars between a role and a name: ASCII, full-width, the division slash pdftotext
# prints for "／", and vertical bars ("文/王某", "文／王某", "文∕王某", "文｜王某").
_ROLE_SEP = "/／∕|｜"
# The one-character roles, a role only with a colon or slash after it ("文／王某", "图：新华社", "摄／李明"): the text's
# writer, then the picture's (PHOTO_ROLES).
_PHOTO_CHARS = "摄攝图圖"
_ROLE_CHARS = "文" + _PHOTO_CHARS
_ROLE = rf"(?:{'|'.join(_ROLE_WORDS)}|[{_ROLE_CHARS}](?=\s*[:：{_ROLE_SEP}]))"
_NAME = r"[\u4e00-\u9fff·]{2,4}"
# A credit opening a line: an author's role and a colon or slash ("作者：经济研究所 孙立新", "文／圖書館 林佩珊"),
# whatever names follow; CREDIT_FIRST: the characters such a line may start with (a cheap test first).
CREDIT_OPENS = re.compile(rf"{_ROLE}\s*[:：{_ROLE_SEP}]")
CREDIT_FIRST = frozenset(w[0] for w in _ROLE_WORDS) | frozenset(_ROLE_CHARS)
# What may follow the names of a byline: its end, a bracket, a gap, a date, a slash ("記者陳美玲／綜合報導"),
# the next role ("本报记者赵磊通讯员刘洋", "撰文：陈静摄影：李明" once the gaps are squeezed out) or a
# closing "reports" word ("記者王小明報導", "记者李明台北报道").
_REPORTS = r"[\u4e00-\u9fff]{0,4}(?:报道|报导|報導|報道|电|電|摄|攝)"
_NAMES = (rf"(?P<names>{_NAME}(?:\s*[、，,\s]\s*(?!发表|發表){_NAME})*)(?=\s*$|\s*[)）】]|\s+\S|\d|\s*[{_ROLE_SEP}]"
          rf"|(?:{'|'.join(_ROLE_WORDS)})|{_REPORTS}\s*$)")
# The author's organisation may come between the role and the names, set apart by a gap: "作者：经济研究所 孙立新",
# "作者：经济研究所\u3000孙立新 2026-10-08" (a word of five or more hanzi, longer than any name, and only names after
# the gap up to the line's end, a date or a bracket; the names are the author, not the organisation).
_ORG = rf"(?:[\u4e00-\u9fff]{{5,16}}\s+(?={_NAME}(?:\s*[、，,\s]\s*{_NAME})*\s*(?:$|\d|[)）】])))"
BYLINE = re.compile(rf"^[{DECORATION}\s]*(?:【[^】]{{1,6}}】)?[(（【〔]?\s*(?:{_ROLE}\s*[:：{_ROLE_SEP}]?\s*)+{_ORG}?{_NAMES}")
# An author named by a social-media handle: "作者：@行走的老陈" (squeezed line).
HANDLE_CREDIT = re.compile(r"(?:作者|博主|文)[:：]@(?P<names>[\w·\-]{1,20})")
# A reporter named inside a meta line: "来源：新华网 2023-06-01 记者 王某".
# A role with its colon needs no gap before it ("来源：光明网作者：何雪梅", as w3m prints two spans).
REPORTER = re.compile(rf"(?:(?:^|(?<=[\s{_ROLE_SEP}]))(?:{_ROLE}\s*[:：{_ROLE_SEP}]?\s*)+|(?:作者|记者|記者)\s*[:：]\s*){_NAMES}")
# A reporter's credit in brackets that a Taiwan paper runs into the first line of the story:
# "〔記者梁怡君／台中報導〕2005年10月，…" (pdftotext prints "／" as "∕"); a unit of its own.
_CREDIT_BODY = rf"(?:{'|'.join(_ROLE_WORDS)})[^\s〔〕【】()（）。，]{{2,16}}?{_REPORTS}[〕】）)]"
RUN_IN_BYLINE = re.compile(rf"[〔【（(]\s*{_CREDIT_BODY}")
# The same credit with the paper's name before the role, on a block of its own in a native page:
# "（新界時報記者許思遠報道）" (squeezed; a byline, readers.common.standalone_kind).
OUTLET_CREDIT = re.compile(rf"[〔【（(]\s*[\u4e00-\u9fff]{{2,6}}?{_CREDIT_BODY}")
# An outlet's reporters with gaps between the names: "澎拜新闻记者 龙桂 覃子" (the spaced line; the gap after the
# role shows where the names begin, which a squeezed "澎拜新闻记者龙桂覃子" does not).
OUTLET_REPORTER = re.compile(rf"[\u4e00-\u9fff]{{2,6}}(?:记者|記者)[ \u3000]+(?P<names>{_NAME}(?:[ \u3000]+{_NAME}){{0,3}})")
# A news-agency dateline: "中央社記者張雅婷台北2023年6月1日電", "新华社记者 王某 北京6月1日电",
# "中央社記者林志明新竹2023/06/08電".
DATELINE = re.compile(
    r"^[\u4e00-\u9fff]{2,8}\s*(?:记者|記者)\s*(?P<names>[\u4e00-\u9fff]{3}|[\u4e00-\u9fff]{2})\s*"
    r"(?:[\u4e00-\u9fff]{2,3}\s*)?(?:(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日|\d{4}(?P<sep>[-/.])\d{1,2}(?P=sep)\d{1,2})\s*[电電]"
)
# A newspaper's own dateline before its reporters, with or without a date, as 电/電 or 讯/訊: "本报北京电 记者赵磊
# 周文斌", "本報台北電 記者陳美玲", "本報台北6月1日電（記者陳某）", "本报讯 记者 王某" (matched on the squeezed line).
PAPER_CREDIT = re.compile(rf"(?:本报|本報)[\u4e00-\u9fff]{{0,8}}(?:\d{{1,2}}月\d{{1,2}}日)?(?:电|電|讯|訊)[（(]?{_ROLE}")
# A role word alone on its line (a byline that a PDF extract cut into pieces: "記者" / "陳美玲").
ROLE_ALONE = re.compile(f"(?:{'|'.join(_ROLE_WORDS)})")
NAME = re.compile(_NAME)
NAME_SEP = re.compile(r"[、，,\s]+")
ROLE_WORDS = frozenset(_ROLE_WORDS + _EDITOR_WORDS)  # never taken for an author's name
# A photographer's credit: the names after it are not the author ("文／教務處　攝影／學生會": the author is 教務處).
_PHOTO_WORDS = ("摄影", "攝影")
PHOTO_ROLES = frozenset((*_PHOTO_WORDS, *_PHOTO_CHARS))
PHOTO_ROLE_END = re.compile(rf"(?:{'|'.join(_PHOTO_WORDS)}|[{_PHOTO_CHARS}])\s*[:：{_ROLE_SEP}]?\s*$")
# A line that opens with an editor credit ("责任编辑：李某", "（编辑 李某）", "審核：…"): where a credit
# of another sort (a source, a byline) ends, the editor's begins.
# (also a desk's editor with its label's colon: "美术编辑：孙立新", "美術編輯：…", "图片编辑：…")
EDITOR_START = re.compile(rf"^[{DECORATION}(（【\[]*(?:{'|'.join(_EDITOR_WORDS)}|[\u4e00-\u9fff]{{2}}(?:编辑|編輯)(?=\s*[:：]))")
# A wiki's edit link printed after a heading on its line: "[編輯]", lynx's "[[3]編輯]", "[编辑源代码]".
EDIT_TOOL = re.compile(r"\[\s*(?:\[\d{1,4}\]\s*)?(?:編輯|编辑|edit|Edit)(?:原始碼|源代码|源代碼)?\s*\]")
# An editor credit with a slash or bar instead of a colon: "責任編輯／蔡佩玲", "编辑|李某" (meta).
EDITOR_SLASH = re.compile(rf"(?:{'|'.join(_EDITOR_WORDS)})\s*[{_ROLE_SEP}]")
EDITOR_FIRST = frozenset(w[0] for w in _EDITOR_WORDS)
META = re.compile(
    r"(?:浏览次数|阅读次数|阅读量|点击数|点击量|访问量|发布时间|发布日期|发表时间|更新时间|时间|日期|来源|字号|出处"
    r"|瀏覽次數|閱讀次數|點擊數|發布時間|發佈時間|發布日期|發表時間|更新時間|時間|來源|字號|出處"
    r"|承办人|承辦人|联络电话|聯絡電話|联系电话|聯繫電話|联系人|聯繫人|联络人|聯絡人|发布单位|發布單位"
    rf"|{'|'.join(_EDITOR_WORDS)})\s*[:：]"
)
# A press release's phone lines under its contact person (META names the person): "電話：(02)2725-4345", "手機：…",
# "傳真：…" (meta when set apart by a blank line; a phone number at the end of a paragraph stays prose).
CONTACT = re.compile(r"(?:电话|電話|手机|手機|传真|傳真)\s*[:：]")
# An official letter's or a notice's addressee line: "各县（市、区）人民政府，市政府各部门、各直属机构：", "各位同事：".
ADDRESSEE = re.compile(r"各[^。！？：:]{2,58}[：:]")
# Keywords under an abstract: "关键词：A；B；C", "關鍵詞：…" (meta, though "；" separates the words).
KEYWORDS = re.compile(r"[【\[]?(?:关键词|关键字|關鍵詞|關鍵字|[Kk]ey ?[Ww]ords|KEY ?WORDS)[】\]]?\s*[:：]")
# A field of a metadata table: a short label, a colon and a short value ("索引号：11356481/2023-89",
# "发布机构： 东阳市人民政府办公室"); three or more in a row are the table (site furniture). The label may name a role in
# brackets after it, as a contract's parties are named ("出借人（甲方）：王建国", "甲方（采购方）：北辰科技有限公司").
FIELD = re.compile(r"[\u4e00-\u9fff]{2,5}(?:[（(][\u4e00-\u9fff]{1,4}[）)])?\s*[:：]\s*[^\s:：。！？；]{1,24}")
# A line of two or more "label：value" fields set apart by spaces, and nothing else: "中图分类号：K230 文献标识码：A
# 文章编号：1672-1895（2023）04-0015-09" (meta; matched on the spaced line).
FIELDS_LINE = re.compile(r"[\u4e00-\u9fff]{2,6}[:：][ \t\u3000]*[^\s:：。！？；]{1,32}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,6}[:：][ \t\u3000]*[^\s:：。！？；]{1,32}){1,5}")
# The same fields on the squeezed line, three or more (their gaps lost or scattered by OCR spaces).
FIELDS_SQUEEZED = re.compile(r"(?:[\u4e00-\u9fff]{2,6}[:：][^:：。！？；，,]{1,32}){3,6}")
# An author's affiliation under a paper's title, in brackets with a postcode: "（1. 武汉大学 历史学院，江苏 南京
# 210023；2. 社会科学院 研究所，北京 100732）" (meta).
AFFILIATION = re.compile(r"[（(][^（）()]{0,40}?(?:大学|大學|学院|學院|研究所|研究院|研究中心|University|Institute)"
                         r"[^（）()]*?\d{5,6}[^（）()]*[）)]")
# A note mark opening a footnote line: "[1] 資料來源：…", "① 资料来源：…", "注1：…".
NOTE_MARK = re.compile(r"\[\d{1,3}\]|[①-⑳]")
# An endnote's mark as a text prints it, in brackets half or full width ("[2]", "［12］"): numbered.py, readers/pdf.py.
ENDNOTE_MARK = re.compile(r"[\[［]\d{1,2}[\]］]")
# An official document's number: "江政办发〔2024〕25号", "府教字第1120001号", a court case's
# "108年度訴字第596號" (a line of its own).
DOC_NUMBER = re.compile(r"(?:(?:发文字号|發文字號|文号|文號)\s*[:：]\s*)?(?:\d{2,3}\s*年度\s*)?[\u4e00-\u9fff]{1,12}(?:[〔\[［【(（]\s*\d{4}\s*[〕\]］】)）]\s*第?|字第)\s*\d{1,12}\s*[号號]")
# A number that opens with its year in brackets, a line of its own: a mainland court's case number
# "（2022）江1004民初1016号", a bulletin's issue "〔2023〕第8期".
BRACKETED_NUMBER = re.compile(r"[〔\[［【(（]\d{4}[〕\]］】)）](?:[\u4e00-\u9fff\d]{2,16}[号號]|第\d{1,4}期)")
# A court's signature line: the role (often letter-spaced) and the name ("审　判　长　阎明海"), matched on the
# squeezed line.
_COURT_ROLES = ("审判长", "審判長", "代理审判员", "代理審判員", "审判员", "審判員", "人民陪审员", "人民陪審員",
                "陪审员", "陪審員", "书记员", "書記員", "法官助理", "执行员", "執行員")
SIGNER = re.compile(f"(?P<role>{'|'.join(_COURT_ROLES)})[\u4e00-\u9fff·]{{2,4}}")
# The commonest surnames (about nine in ten people), simplified and traditional: what tells an author
# line ("周文斌 李建国") from two short words ("第一节 概况").
SURNAMES = frozenset(
    "王李张张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪"
    "范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜"
    "倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房"
    "滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣"
    "巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝"
    "張劉陳楊黃趙吳孫馬鄭謝韓馮鄧蕭葉蘇魏呂盧鍾譚陸範廖賈韋鄒熊閻賀顧龔萬錢嚴湯溫莊聶歐蘭俞紀淩畢塗駱藍遊靳鮑喻饒聶車項連蘆"
    "麥婁竇黨費衛欒鞏龐顏倪陶鄺"
    "許羅賴赖洪蔣簡傅鐘凃粘鄔龍閔遲")  # (traditional forms of common surnames, and 赖 洪 傅 粘 in either script)
def lone_name(sq: str) -> bool:
    """``sq`` (a line, whitespace squeezed out) is a personal name alone: two or three hanzi, a common surname first."""
    return 2 <= len(sq) <= 3 and sq[0] in SURNAMES and all("\u4e00" <= c <= "\u9fff" for c in sq)


# A journal article's author line: two to five personal names set apart by spaces ("周文斌 李建国").
AUTHOR_NAMES = re.compile(r"[\u4e00-\u9fff]{2,3}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,3}){1,4}")
# An author or publisher named before the role, on a report's cover: "臺中市政府研究考核處 撰", "江临社会科学研究院 编",
# "高雄市政府主計處編印" (matched on the spaced line; the role set apart by a gap, except 编印).
AUTHOR_ROLE_AFTER = re.compile(r"[\u4e00-\u9fff·]{2,16}[ \t\u3000]+(?:撰|编|編|主编|主編|编著|編著|著|译|譯)|[\u4e00-\u9fff]{2,16}(?:编印|編印)")
# The same with each name followed by its affiliation's number and set apart by a comma, a 、 or a space:
# "陈晓燕1，赵雅琴2", "王某1,2 李某3", "黃淑芬*" (matched on the raw line).
# An author's affiliation mark after the name (a class's body): a digit, an asterisk (ASCII or full width, the
# corresponding author), a superscript digit (the one copy: AUTHOR_MARKED, classify's and join's marked names).
AFFILIATION_MARK = rf"\d{ASTERISKS}¹²³⁴⁵"
AUTHOR_MARKED = re.compile(rf"[\u4e00-\u9fff]{{2,3}}[{AFFILIATION_MARK},]{{1,4}}"
                           rf"(?:[ \t\u3000]*[，、,]?[ \t\u3000]*[\u4e00-\u9fff]{{2,3}}[{AFFILIATION_MARK},]{{1,4}}){{0,4}}")
SOURCE = re.compile(r"(?:来源|來源)\s*[:：]\s*([^\s:：|]{2,20}?)(?=作者[:：]|记者[:：]|記者[:：]|[\s:：|]|$)")
OUTLET_PREFIX = re.compile(r"^[【\[]\s*([^】\]]{2,20})\s*[】\]]")
# a time of day, "09:23" / "17：30" (a live page's entry time, hours under a furniture head)
CLOCK = re.compile(r"\d{1,2}[:：][0-5]\d")
DATE = re.compile(
    r"(?:19|20)\d\d(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}|\.\d{1,2}\.\d{1,2}|年\d{1,2}月\d{1,2}日)"
    r"(?:(?:\s*|_)\d{1,2}:\d{2}(?::\d{2})?)?"
)  # (html2text prints the space in a linked stamp as "_": "发布于_2024-04-02_13:15", dev16 k16-005, dev12 w12-008)
# A mail's date as its header gives it, alone on a line: ctime's "Mon Oct 30 21:14:05 CST 2023" (a mailing list's archive,
# a BBS post's "時間 Tue Mar 12 22:41:07 2024") or RFC 2822's "Wed, 15 May 2024 10:22:07 +0800" (the weekday first),
# matched on the line squeezed (every space out: a dump's OCR-like spaces, "10:22 :07 +0 8 00", change nothing)
MAIL_DATE = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),?(?:[A-Z][a-z]{2}\d{1,2}|\d{1,2}[A-Z][a-z]{2}(?:19|20)\d\d)"
                       r"\d{1,2}:\d{2}:\d{2}(?:[A-Z]{2,5}|[+-]\d{4})?(?:(?:19|20)\d\d)?")
WEEKDAYS = frozenset(("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))  # (a look before MAIL_DATE)
# A banner asking the reader to open or install the site's app: "打开APP，阅读体验更佳", "下載App看更多".
APP_PROMPT = re.compile(r"(?:\[\d{1,4}\])?(?:打开|打開|下载|下載)\s*(?:APP|App|app|客户端|客戶端)")
# The heading of a references section (its entries are no prose of the page's own; the one copy: the HTML reader's
# article end, refs.mark_references): a short noun of sources, a word of reference, citation or literature with up to
# four hanzi around it ("参考文献", "參考資料", "引用文献", "主要参考书目"; html2text's stars and a colon around it or
# not, "***** 参考文献 *****", "参考文献："), a wiki's external links ("外部链接", "外部連結"), lynx's "References".
REFERENCE_HEAD = re.compile(r"\**[\u4e00-\u9fff]{0,4}(?:参考|參考|引用|文献|文獻)[\u4e00-\u9fff]{0,4}[：:]?\**"
                            r"|外部链接|外部連結|References")
# The words a view counter opens with (COUNTER below, and inline's counter cut off a credit line).
COUNTER_WORDS = "点阅|點閱|浏览|瀏覽|阅读|閱讀|点击|點擊|访问|訪問"
# A view counter alone on its line: "點閱次數：9114", "阅读量: 2,301" (squeezed line); with a date after it,
# "浏览次数:323 发布时间:…", the line is meta.
COUNTER = re.compile(rf"(?:{COUNTER_WORDS})(?:次数|次數|数|數|量)[:：]\d[\d,]*次?")
# A forum poster's sign-up date: "2018-12-01 加入", "註冊於 2019/03/02" (squeezed line).
JOINED = re.compile(DATE.pattern + r"(?:加入|註冊|注册)|(?:註冊|注册|加入)(?:于|於|時間|时间)?[:：]?" + DATE.pattern)
# A line of engagement counts on a Q&A or social page: "关注者 9018 被浏览 995102", "9530 人赞同了该回答",
# "按讚 121" (squeezed line; one to four counts, nothing else).
ENGAGE_WORDS = _ENGAGE = ("关注者|關注者|关注|關注|被浏览|被瀏覽|浏览|瀏覽|阅读|閱讀|赞同|贊同|点赞|點讚|按讚|按赞|评论|評論|回答|回复|回覆"
           "|收藏|转发|轉發|粉丝|粉絲|人气|人氣")
COUNT = _COUNT = r"\d[\d,.]*[KkWw万萬千]?"
ENGAGEMENT = re.compile(
    rf"(?:(?:{_ENGAGE})[:：]?{_COUNT}|{_COUNT}(?:人|次|条|條|个|個)?(?:{_ENGAGE})(?:了该回答|了該回答|了该文章|了該文章)?){{1,4}}")
# A pager: page numbers and the words that step through pages, nothing else ("上一頁 1 2 下一頁",
# "1 2 下一頁 最後一頁"; squeezed line, at least one word).
_PAGER_WORD = r"(?:上一[页頁]|下一[页頁]|最[后後]一[页頁]|第一[页頁]|首[页頁]|尾[页頁]|末[页頁])"
# (the numbers are matched a digit at a time: "\d{1,3}" inside the repeat matched the same lines but
# tried every way of cutting a long digit run in threes, slow on a line that opens with a long number)
PAGER = re.compile(rf"(?:[\d…]|\.\.\.)*{_PAGER_WORD}(?:[\d…]|\.\.\.|{_PAGER_WORD})*")
# A line of hashtags only: "#文化 #歷史" (squeezed line).
HASHTAGS = re.compile(r"(?:#[^#\s\d][^#\s]{0,11}){1,8}")
# An attached file's suffix (ATTACHMENT, ATTACHED_FILE).
_FILE_SUFFIX = r"(?:pdf|PDF|docx?|DOCX?|xlsx?|XLSX?|odt|ods|zip|rar)"
# An attachment line: a label and file names only ("附件：1.相关材料.pdf", "相關附件：公告全文.odt 公告全文.pdf").
ATTACHMENT = re.compile(rf"(?:相关|相關)?附件[:：](?:[^:：]{{1,30}}\.{_FILE_SUFFIX})+")
# A date written day or month first with the year last, alone on its line: "6/4/2023" (a page's <time>).
YEAR_LAST_DATE = re.compile(r"\d{1,2}/\d{1,2}/(?:19|20)\d\d")
# A text dump's mark for an image or a numbered link alone on its line: "[a]", "[IMG]", "[12]" (w3m, lynx); or an
# image's file name, as lynx and html2text print an image without alt text ("[640.jpeg]", "[./wechat_files/640.jpeg]").
BRACKET_MARK = re.compile(r"\[(?:[A-Za-z0-9_]{1,12}|[\w./-]{1,60}\.(?:jpe?g|JPE?G|png|PNG|gif|GIF|webp|WEBP))\]")
# One attachment's file name on a line of its own under "附件：", numbered or not ("1.讲座报名回执表.doc").
ATTACHED_FILE = re.compile(rf"(?:\d{{1,2}}[.．、])?[^:：.\s]{{1,30}}\.{_FILE_SUFFIX}")
# A link to the rest of a Q&A page's answers, or their count: "查看全部24个回答", "查看全部 12 則留言", "共 65 個回答",
# "58 个回答" (a measure word after the bare count: the HTML reader's count in a heading's element).
MORE_ANSWERS = re.compile(r"(?:(?:查看全部|共)\d{1,6}(?:个|個|条|條|則|则)?|\d{1,6}(?:个|個|条|條|則|则))"
                          r"(?:回答|评论|評論|留言|回复|回覆)")
# A link to all of a review's or a post's photos, the first photo's alt text before it or not: "查看全部12张图片",
# "红烧肉 查看全部12张图片" (squeezed line).
MORE_PHOTOS = re.compile(r"[^\s。！？，；]{0,12}?查看全部\d{1,4}(?:张|張|幅)?(?:图片|圖片|照片|相片)")
# The words that stamp a date as the time a page was updated or posted ("更新", "发布", "發表"; POSTED, DATE_STAMPED,
# classify's poster stamps).
STAMP_WORDS = ("更新", "发布", "發布", "發佈", "发表", "發表")
# A post's date line: "发布于 2023-09-06", "發表於 2020-01-07" (squeezed line).
POSTED = re.compile(rf"(?:{'|'.join(STAMP_WORDS)})(?:于|於)" + DATE.pattern)
# A page's update stamp: "更新日期：2023-09-26", "最後更新：2024-08-20", "信息更新时间：…", a ROC year's "更新日期：113-05-03",
# a wiki's "本頁面最後修訂於2024年7月8日" (squeezed; not a printed leaflet's own "修改日期："); update_stamp() gates it.
UPDATE_STAMP = re.compile(r"(?:更新|最[后後]修[订訂])(?:日期|時間|时间|于|於)?[：:]?(?:(?:19|20)\d\d|\d{2,3}(?=[-/.]))[-/.年]\d")
UPDATE_STAMP_MAX = 40  # characters of a unit that is an update stamp (with a view counter or a proof-reader beside it)


def update_stamp(sq: str) -> bool:
    """Whether the squeezed unit ``sq`` is a page's update stamp (``UPDATE_STAMP``, ``UPDATE_STAMP_MAX``)."""
    return len(sq) <= UPDATE_STAMP_MAX and ("更新" in sq or "修" in sq) and UPDATE_STAMP.search(sq) is not None


# A date stamped as the time a page was posted or updated: "2020.04.28 更新", "2023-09-06 发布" (squeezed).
DATE_STAMPED = re.compile(DATE.pattern + rf"\s*(?:{'|'.join(STAMP_WORDS)}|修改)")
# A whole reporter's credit: "記者楊欣怡／新竹報導", "记者 张三/北京报道" (squeezed line).
REPORTED = re.compile(r"(?:记者|記者)[\u4e00-\u9fff·]{2,12}[／/][\u4e00-\u9fff]{2,8}(?:报道|報導)$")
# A comment's header in a comment section or a forum thread: who posted when, and the floor number
# ("路人甲於 2023-03-06 留言", "北京网友 发表于 2023-06-02", "4#"); matched on the spaced line.
COMMENT_HEAD = re.compile(
    rf"(?:[^\s:：]{{1,12}}\s*)?(?:(?:发表于|發表於)\s*(?:{DATE.pattern})\s*(?:\d{{1,4}}\s*#|留言|回复|回覆)?"
    rf"|(?:於|于)\s*(?:{DATE.pattern})\s*(?:\d{{1,4}}\s*#|留言|回复|回覆))|\d{{1,4}}\s*#|#\s*\d{{1,4}}")
# Web-page furniture. A short unit made only of these words (and separators) is debris. Each
# word is listed in simplified and traditional script where the two differ. A share bar's targets are
# among them (Facebook LINE X Threads Plurk 噗浪 Email …: "分享到：[10]Facebook [11]LINE [12]X" is debris).
DEBRIS_WORDS = frozenset(
    "放大 缩小 大 中 小 大中小 字号 字体 默认 打印 打印本页 关闭 关闭窗口 收藏 分享 分享到 分享至 转发 返回 返回顶部 "
    "顶部 附件 附 扫一扫 扫码 二维码 上一篇 下一篇 上一条 下一条 相关阅读 相关新闻 推荐阅读 延伸阅读 "
    "新闻动态 工作动态 新闻中心 通知公告 要闻 首页 当前位置 您的位置 更多 点击 微信 微博 QQ空间 朋友圈 "
    "分享到朋友圈 分享到微信 分享到微博 微信扫一扫 点击查看大图 查看大图 点击图片查看大图 查看原图 "
    "复制链接 评论 点赞 在看 阅读原文 原文链接 TOP top Facebook LINE Twitter X Threads Plurk 噗浪 Email QQ References 推特 "
    "縮小 字號 字體 預設 列印 關閉 關閉視窗 轉發 返回頂部 頂部 附件 掃一掃 掃碼 二維碼 上一則 下一則 上一條 "
    "下一條 相關閱讀 相關新聞 推薦閱讀 延伸閱讀 新聞動態 新聞中心 通知公告 首頁 當前位置 您的位置 更多 點擊 "
    "微信 微博 朋友圈 分享到朋友圈 點擊查看大圖 查看大圖 點擊圖片查看大圖 查看原圖 複製連結 評論 閱讀原文 "
    "目录 目錄 楼主 樓主 字级 字級 展开全文 展開全文 我要评论 我要評論 图片 圖片 按图放大 按圖放大 跳到主要内容 跳到主要內容 跳到主要內容區塊 跳至主要內容 友善列印 回上一頁 回上一页 只看该作者 只看該作者".split()
)
# The heading of a list of links to other pages ("熱門新聞" / "高鐵假期加開班次" / …): the short lines
# under it are the list (debris).
LIST_HEADS = frozenset(
    "相关新闻 相關新聞 相关阅读 相關閱讀 延伸阅读 延伸閱讀 推荐阅读 推薦閱讀 更多阅读 更多閱讀 热门新闻 熱門新聞 热门文章 "
    "熱門文章 热门推荐 熱門推薦 最新文章 近期文章 近期评论 近期評論 最新消息 看更多 更多新闻 更多新聞 猜你喜欢 猜你喜歡 热点新闻 熱點新聞 精彩推荐 精彩推薦 文章分类 文章分類 "
    "你可能也喜欢 你可能也喜歡 本版其他文章".split())
# The first item of a site's menu bar.
HOME_WORDS = frozenset(("首页", "首頁", "主页", "主頁", "回首页", "回首頁"))
DEBRIS_START = re.compile("|".join(sorted(map(re.escape, DEBRIS_WORDS), key=len, reverse=True)))
# A token that a dump glued together from furniture words of two or more characters ("放大縮小").
DEBRIS_RUN = re.compile(
    "(?:" + "|".join(sorted((re.escape(w) for w in DEBRIS_WORDS if len(w) >= 2), key=len, reverse=True)) + "){2,4}")
DEBRIS_SPLIT = re.compile(r"[\s:：|｜/>»›·•【】\[\]()（）<>\-—_,，、]+")
# Prefixes that make a short line a breadcrumb trail.
BREADCRUMB = re.compile(r"^(?:当前位置|您的位置|您现在的位置|所在位置|當前位置|您現在的位置)\s*[:：]")
# Navigation by its shape, whatever the words: short items joined by ">" (a breadcrumb:
# "首页 > 新闻中心 > 国内 > 正文", "首頁 > 新聞", "首页 >> 新闻中心") or by "|" ("首页 | 新闻 | 体育").
NAV_TRAIL = re.compile(r"[^\s>»›|｜]{1,10}(?:\s*[>»›]{1,2}\s*[^\s>»›|｜]{1,12})+")
NAV_BAR = re.compile(r"[^\s|｜]{1,8}(?:\s*[|｜]\s*[^\s|｜]{1,8}){2,}")
# A toolbar printed as bracketed items: "【字号 大 中 小】【打印】【关闭】".
TOOLBAR = re.compile(r"(?:[【\[][^】\]]{1,12}[】\]]\s*){2,}")
# A table's cell of one figure (a sum, thousands commas or not, a percentage): "89,002", "0.52", "-1.53%" (squeezed).
NUMBER_CELL = re.compile(r"[-+−]?[\d,，.]*\d[\d,，.]*%?")
# A page's furniture: a page number ("- 1 -", "第 1 页", "第3頁", "Page 2", "2/12", "1", a PDF's "・3・") on its own
# (both routes: classify and readers/pdf; matched on the squeezed line).
PAGE_NUMBER = re.compile(
    r"[-—–－_~·・•‧]*\s*(?:\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?|\d{1,4}\s*[/∕／]\s*\d{1,4}"
    r"|第\s*\d{1,4}\s*[页頁](?:\s*[/∕／，,]?\s*共\s*\d{1,4}\s*[页頁])?|共\s*\d{1,4}\s*[页頁])\s*[-—–－_~·・•‧]*"
)
# A page counter on a squeezed line: "第1頁（共2頁）", "第3页共9页", "第3页/共9页" (folios.py: a footer that
# carries one, two columns' counters on one line; PAGE_NUMBER above takes a counter alone on its line).
PAGE_COUNTER = re.compile(r"第\d{1,4}[页頁][（(/∕／，,]?共\d{1,4}[页頁][）)]?")
# A jump line, where an article breaks off to go on elsewhere in a magazine or newspaper: "（下轉第46頁）",
# "（上接第41頁）", "（转第8版）", "〔续第3页〕" (both routes: classify and readers/pdf; matched on the squeezed line).
JUMP_LINE = re.compile(r"[（(〔【]?(?:[上下]?[转轉接]|续|續|紧接|緊接)第?[A-Za-z]?\d{1,4}[页頁版面][）)〕】]?")
JUMP_ENDS = frozenset("）)〕】页頁版面")  # the last characters JUMP_LINE allows: a cheap first look
# A run of digits: masked as "#" where lines are compared across pages (running headers and footers,
# page edges: "第3页" and "第4页" are one line). Written \d\d* (the same matches as \d+) so that the
# pattern opens with a class: the engine then skips to a digit in C instead of trying a match at every
# character (a third of the instructions; test_segment_fastpaths.py checks the two against each other).
DIGITS = re.compile(r"\d\d*")
# A newspaper page header: a date and an edition ("体坛周报 2023年7月15日 第A12版", "聯合報 2022-11-17 A9版").
EDITION = re.compile(r"(?:第\s*[A-Za-z]?\s*\d{1,3}|[A-Za-z]\s*\d{1,3})\s*版")
# The words for a week ("星期", "週", "礼拜"; classify's masthead pieces) and a day of the week after one: "星期四", "週日"
# (WEEKDAY, DATED_MASTHEAD, ISSUE_LINE, inline.DATE_ALONE).
WEEK_WORDS = "星期|週|周|礼拜|禮拜"
DAY_OF_WEEK = rf"(?:{WEEK_WORDS})[一二三四五六日天]"
# A weekday, alone or after a date: the end of a newspaper's masthead ("自由時報 / 2023/03/05 / 星期四").
WEEKDAY = re.compile(rf"(?:(?:19|20)\d\d\S{{0,12}}?)?{DAY_OF_WEEK}")
# Site footers: a copyright or licence line.
COPYRIGHT = re.compile(r"版权所有|版權所有|Copyright|COPYRIGHT|copyright|©|ICP[备證证備]|公网安备|公網安備|All Rights Reserved")
# Letters, digits or CJK: a unit without any is decoration.
WORDLIKE = re.compile(r"[^\W_]")
SENTENCE_END_RE = re.compile(f"[{SENTENCE_END}]")
UNIT_NOTE_MAX = 20  # characters of a table's unit note (``单位：元　币种：人民币``, squeezed)
# a note of fields over a table, in text without its geometry: ``单位：万元``, ``单位：元币种：人民币`` (squeezed)
_NOTE_FIELDS = re.compile(r"(?:[^\W\d_]{1,4}[：:][^：:]{1,8}){1,2}")


def unit_note(sq: str, fields: bool = False) -> bool:
    """Whether the squeezed line ``sq`` may be a table's unit note: short, no sentence end (the PDF reader sets one
    flush right over the table's row, ``pdf._unit_note``); ``fields``: also one or two ``label：value`` fields and
    nothing else, as the text route asks of a line right above a table's cells, with no geometry to go by."""
    return (len(sq) <= UNIT_NOTE_MAX and not SENTENCE_END_RE.search(sq)
            and (not fields or _NOTE_FIELDS.fullmatch(sq) is not None))
# Cheap first look: a byline or debris line opens with a decoration or one of these words.
OPENING = frozenset(DECORATION + "(（【[|")
_PLACE_WORDS = ("当前", "您的", "您现在", "所在")
KIND_START = re.compile(rf"(?:{DEBRIS_START.pattern})|{NAVIGATION.pattern[1:]}|{'|'.join(_PLACE_WORDS)}|{_ROLE}")
# Every KIND_START alternative opens with a literal character: a line opening with none of these
# needs no regex to know that it does not match.
KIND_FIRST = frozenset(w[0] for w in (*DEBRIS_WORDS, *_NAVIGATION_WORDS, *_PLACE_WORDS, *_ROLE_WORDS, *_ROLE_CHARS))
# A subtitle line under a headline: "——专访科技部火炬中心主任贾敬敦".
# A dateline of date and outlet only, set apart by a gap: "2023-06-01　聯合新聞網", "2023年6月1日 新华网"
# (a credit line; matched against the spaced line, since "2023年6月1日发布了新规定" is a sentence).
DATED_OUTLET = re.compile(DATE.pattern + r"\s+[\u4e00-\u9fff]{2,8}\s*$")
# A masthead on one line: paper, date and weekday ("民生報 2023-06-01 星期四"), on the squeezed line.
DATED_MASTHEAD = re.compile(r"[\u4e00-\u9fff·]{1,8}" + DATE.pattern + DAY_OF_WEEK)
# An outlet and a date, set apart by a gap: "中國時報　2022-11-17", "新华网 2023年6月1日" (a page header
# or a dateline; matched against the spaced line).
OUTLET_DATED = re.compile(r"[\u4e00-\u9fff·]{2,8}\s+" + DATE.pattern + r"\s*$")
# Decoration, brackets and an enumerator around a heading's words ("【POWER6】", "1. 相聲", "■ 相聲").
HEADING_DRESS = re.compile(rf"^[{DECORATION}\s]*(?:\d{{1,2}}[.．、]|{HEAD_NUMBER.pattern})?|[\s【】\[\]（）()《》「」]")
# A clause's number: "2", "3.1", "5.1.2" (a standard's numbered clauses; alone on its line above its head, join,
# numbered) and a patent's paragraph number: "[0008]", "【0012】" (join, numbered).
CLAUSE_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){0,3}")
PARA_NUMBER = re.compile(r"[\[【［]\d{3,5}[\]】］]")
# A clause's number and a space opening a line, then a word: "2 规范性引用文件", "3.1 原始文献", "2　规范性…"
# (a standard's numbered heads, CLAUSE_NUMBER first; group 1 the top-level number; the one copy: join on text, the
# PDF reader).
CLAUSE_HEAD = re.compile(r"(\d{1,2})(?:\.\d{1,2}){0,3}[ \u3000]+[^\W\d_]")
# A part's ordinal and the words for a part ("第一部分", "第3章"; pairs._PART adds a textbook's 单元 and 课).
PART_ORDINAL = rf"第[{NUMERAL}百\d]{{1,3}}"
PART_WORDS = "章|节|節|部分|篇|卷|编|編|讲|講"
# A part label alone on its line: "第一部分", "第3章", "第十二節"; the heading's words follow it.
SECTION_LABEL = re.compile(rf"{PART_ORDINAL}(?:{PART_WORDS})")
# An article's ordinal ("第七", "第一百二十"): a clause mark opening a line, "第七條", "第三条" (CLAUSE_LABEL; join, the
# PDF reader's item starts, which also take a chapter's and section's 章/節/节 after it).
CLAUSE_ORDINAL = rf"第[{NUMERAL}百千\d]{{1,4}}"
CLAUSE_LABEL = re.compile(rf"{CLAUSE_ORDINAL}[條条款]")
MIDDLE_DOTS = "·•・"  # middle dots, one class: the parts of a masthead, a credit line ("李青 · 2024年3月2日")
# A paper's section label, two names either side of a spaced middle dot: "聯合報 · 綜合新聞" (a
# masthead; names with a dot inside, "馬克·吐溫", have no gaps around it). Matched on the spaced line.
SECTION_MAST = re.compile(rf"[\u4e00-\u9fff]{{2,8}}\s+[{MIDDLE_DOTS}]\s+[\u4e00-\u9fff]{{2,8}}")
# A photo caption: "图为…", "圖為…", "图：…", "图1 …" on a short line of its own (site furniture).
CAPTION = re.compile(r"[(（]?[图圖](?:\s*(?:为|為)|\s*[:：]|\s*\d{1,2}\s*[:：\s])")
# A figure or plate label alone on its line, the number of the picture above it (a catalogue's "图版12", "圖3"):
# furniture, never the next entry's head (matched on the squeezed line).
FIGURE_LABEL = re.compile(r"[图圖](?:版|片)?\d{1,3}(?:[-－.．]\d{1,2})?")
# Words for a picture: a photo credit's ("（图／读者提供）"), a picture's source's ("图片来源：网络", classify.doc_meta,
# which also takes 图像/圖像 there).
PICTURE_WORDS = ("图", "圖", "图片", "圖片", "照片", "相片")
# A photo credit closing a short line: "資料照片（記者林志明攝）", "图片来源：新华社（王某 摄）",
# "展場一隅。（圖／讀者提供）", "（图/新华社）" (a caption).
PHOTO_CREDIT = re.compile(rf"[(（](?:[^()（）]{{0,16}}[摄攝](?:影)?|(?:{'|'.join(PICTURE_WORDS)})\s*[/／][^()（）/／]{{1,16}})[)）]$")
# Labels of a post's tag and category lines ("標籤：旅遊 生活", "分类：随笔", "Tags: …"), and of the column or
# collection a blog files it in ("文章被收录于专栏：读书笔记　订阅专栏", "收录于合集：…"): site furniture.
TAG_LABEL = re.compile(r"(?:词条标签|詞條標籤|文章标签|文章標籤|标签|標籤|全站分类|全站分類|个人分类|個人分類|分类|分類|Tags?"
                       r"|(?:文章)?被?(?:收录于|收錄於)(?:专栏|專欄|合集))\s*[:：]")
SUBTITLE = re.compile(r"^(?:——|—|--|－－)")

# --- markdown -----------------------------------------------------------------------------------

MD_HEADING = re.compile(r"[ \t]{0,3}(#{1,6})(?:[ \t\u3000]+|$)")
MD_HEADING_CLOSE = re.compile(r"(?<![ \t])[ \t]+#+[ \t]*$")  # (the look-behind: linear on a long run of spaces)
# A marker is two of a kind exactly, or three stars (bold italics, "***粗斜体***": review35 B7): a longer run of "_"
# or "*" is text ("______" a blank to fill in, "____" a form's
# field, "138****1234" a masked number). _LONE holds where the character before and the one after differ (or are
# not a marker's), at each of the marker's two ends; before the opening marker, each branch's look-behind says the same
# (no fourth "*" before "***", no third before "**"): the pattern then opens with a marker's character, so the regex
# engine skips to the next "*", "_" or "~" in C (a leading look-ahead made it try every position: 7x slower on CJK text,
# +2.8 % of the seeds' instructions; checked equal, every match and every match at a marker, on all dev text and seeds).
_LONE = r"(?!(?<=\*)\*|(?<=_)_|(?<=~)~)"
MD_EMPHASIS = re.compile(rf"(\*\*\*(?<!\*\*\*\*)|\*\*(?<!\*\*\*)|__(?<!___)|~~(?<!~~~)){_LONE}(?=\S)(.+?)(?<=\S){_LONE}\1{_LONE}")
MD_BULLET = re.compile(r"[ \t]{0,3}(?:[-*+•]|>+)[ \t]+")
# A whole line in single-star italics: "*2026-11-30　林怡君*" (a note's date and author; the stars are markup)
MD_ITALIC_LINE = re.compile(r"[ \t]*(\*)(?=[^\s*])[^*]+(?<=[^\s*])(\*)[ \t]*$")
# html2text marks headings with stars: "****** 标题 ******" is h1, "***** 小标题 *****" h2.
# (The look-behind: the closing stars' spaces are tried from the start of each run of spaces only,
# where the lazy text stops first anyway; linear on a long run of spaces.)
MD_STAR_HEADING = re.compile(r"(\*{3,6})[ \t]+(\S.*?)(?<![ \t])[ \t]++\1[ \t]*$")
# A list bullet written as text: a decoration or the "?" an encoder put for a bullet it could not
# encode ("? 首页" in a GBK copy of "• 首页"), then a space (not the middle dot: it opens wrapped names).
TEXT_BULLET = re.compile(f"[?{''.join(sorted(BULLETS))}][ \t\u3000]")
# A link number that lynx prints before each link ("[12]缩小"), or the address in its place
# (-list_inline: "[https://www.example.gov.cn/]首页", "【[javascript:;]打印本页】"); not text of the page.
# The schemes of a link's address that lynx -list_inline prints in brackets ("[https://…]", "[javascript:;]").
LINK_SCHEME = r"(?:https?|ftp|file|mailto|javascript):"
LINK_ADDRESS = rf"{LINK_SCHEME}[^\s\[\]]*"  # the address itself, up to its closing bracket
LINK_NUMBER = r"\[\d{1,4}\]"  # lynx's numbered mark alone ("[12]")
LINK_MARK = re.compile(rf"\[(?:\d{{1,4}}|{LINK_ADDRESS})\]")  # (LINK_NUMBER or an address, one bracket pair)
# A post's credit of a name, the account that posted it and the date, a gap between each (spaced text: a WeChat post's
# "陈律师 法商观察 2024-01-05 08:30", lynx's "陈律师 [1]法商观察 …"; dev6 w6-004 "雷一 地理知识局 2021-04-12 13:02", dev11
# w11-014 "李思 人民日报评论 2023-10-01 07:19"): the name is the author, the account the outlet.
ACCOUNT_CREDIT = re.compile(rf"(?P<names>{_NAME})\s+(?:{LINK_MARK.pattern})?(?P<account>[^\s\d\[][^\s]{{0,18}}[^\s于於])\s+{DATE.pattern}\s*")


def inline_link(text_max: int) -> str:
    """A pattern for one link as ``lynx -list_inline`` prints it: its address in brackets and then its text, one to
    ``text_max`` characters with no bracket (group 1): ``[https://www.lvxingjia.com/gl/]攻略``."""
    return rf"\[{LINK_ADDRESS}\]([^\[\]]{{1,{text_max}}})"


# A line of lynx's link list: "  12. https://…", "3. file:///…", "14. javascript:;".
LINK_LIST_ITEM = re.compile(r"(?:\d{1,4}\.|\[\d{1,4}\])\s*(?:(?:https?|file|ftp)://|javascript:|mailto:)\S*")
MD_RULE = re.compile(r"[ \t]{0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
MD_LINK = re.compile(r"(!?)\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)")

# --- newspaper page furniture in PDF extracts (classify._masthead_top, line_kind) -----------------

# A newspaper's name alone (or with the date) on the first line, above the title: "南海都市报",
# "自由時報 2023/05/01" (matched on the squeezed line).
PAPER_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}[报報](?:" + DATE.pattern + ")?")
# A publication's name and its issue date set apart by spaces on the first line of an extract, printed once
# above the title (a journal's or proceedings' page header): "第九届全国青年史学论坛论文集 2021年10月",
# "城市發展研究中心 2021-07-15", "某某学报 2022年第3期" (matched on the spaced line).
# Also with the name in book-title marks or its series in brackets, and the issue as a volume and number:
# "《历史研究》2022年第3期", "江临大学学报（社会科学版） 2022年第3期",
# "史学月刊 Vol.12 No.3", "臺灣地理學刊 第8卷第1期", "城鄉誌月刊 第284期 十一月號" (an issue number and its month).
_ISSUE = (r"(?:(?:19|20)\d\d(?:年\d{1,2}月(?:\d{1,2}日)?|年第\d{1,3}期|[-/.]\d{1,2}(?:[-/.]\d{1,2})?)"
          r"|第\d{1,3}卷(?:\s*第\d{1,3}期)?|第\d{1,4}期|[" + NUMERAL + r"]{1,3}月[號号]|[Vv]ol\.?\s*\d{1,3}(?:\s*,?\s*[Nn]o\.?\s*\d{1,3})?)")
# An issue line alone, the issue and the running count (squeezed): "2023年第9期总第136期", "第12期（总第350期）"
ISSUE_ALONE = re.compile(rf"{_ISSUE}(?:[（(]?[总總]?{_ISSUE}[）)]?)?")
ISSUE_HEADER = re.compile(rf"(?:[\u4e00-\u9fff·]{{2,20}}(?:[（(][\u4e00-\u9fff]{{2,8}}[）)])?[ \t\u3000]+|《[^《》\s]{{2,20}}》[ \t\u3000]*)"
                          rf"{_ISSUE}(?:[ \t\u3000]*{_ISSUE})?")
# A paper's name and its page's section set apart by a gap, on the first line above the headline and its
# byline: "南方周末 综合新闻" (matched on the spaced line; two words of two to six hanzi).
PAPER_SECTION = re.compile(r"[\u4e00-\u9fff]{2,6}[ \t\u3000]+[\u4e00-\u9fff]{2,6}")
# A masthead's registration line or issue line, printed under the paper's name: "国内统一连续出版物号 CN 32-0001",
# "2021年6月13日 星期日 农历癸卯年 第19668期 今日16版" (searched on the spaced line).
SERIAL_NUMBER = re.compile(r"CN\s*\d{2}\s*-\s*\d{4}|ISSN\s*\d{4}\s*-\s*\d{3}[\dX]")
ISSUE_LINE = re.compile(DATE.pattern + r"\s*" + DAY_OF_WEEK + r".*?(?:第\s*\d{1,6}\s*期|\d{1,3}\s*版)")
# A page label printed under or beside the masthead: an edition code and a section ("A8 国际",
# "B2 生活"; matched on the spaced line: "B52轰炸机" is a word, not a label).
PAGE_LABEL = re.compile(r"[A-Z]\d{1,2}[ \t\u3000]+[\u4e00-\u9fff]{2,4}")
# A section kicker printed above a headline: two or three short names joined by a bar or a slash,
# "特別企劃｜城鄉誌月刊", "封面故事｜人文地理周刊", "專欄/觀點" (squeezed line).
KICKER = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[｜|/／][\u4e00-\u9fff]{2,8}){1,2}")
# The Republic of China era a Taiwanese date may open with ("中華民國112年", "民國一一二年"; one copy).
ERA = r"(?:中華民國|中华民国|民國|民国)"
# A date written in hanzi numerals, alone on its line: "二〇二三年六月", "中華民國一一二年六月" (squeezed line;
# a report's cover date, meta).
HANZI_MONTH_DAY = rf"[{NUMERAL}]{{1,3}}月[{NUMERAL}]{{1,3}}日"  # a month and day in hanzi numerals: "六月二十日"
HANZI_DATE = re.compile(rf"{ERA}?[〇○零{NUMERAL}]{{2,4}}年[{NUMERAL}]{{1,3}}月(?:[{NUMERAL}]{{1,3}}日)?")
# A full date alone in brackets, digits or hanzi numerals (a speech's date under its title: "（2021年11月27日）").
BRACKETED_DATE = re.compile(r"[(（](?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|" + HANZI_DATE.pattern + r")[)）]")
# A page's edition label, with or without its section, either way round: "第A3版 要闻", "第3版 国际新闻",
# "國際新聞 A3", "A3版" (matched on the spaced line; a code alone is a label only with 版 or a section).
EDITION_LABEL = re.compile(r"(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,2}\s*版)(?:[ \t\u3000]+[\u4e00-\u9fff]{2,4})?"
                           r"|[\u4e00-\u9fff]{2,4}[ \t\u3000]+(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,2}版?)")
# A site's disclaimer under an article: a line labelled as the site's statement ("平台声明：该文观点仅代表作者本人…",
# "特别声明：…", "免責聲明：…") or asking to be told of an infringement ("…如有侵权请联系删除"); on the squeezed line.
# Only a site's own labels: a paragraph quoting someone's statement ("外交部声明：中方…") or reporting a case
# ("…如有侵权行为，将依法追究") is prose.
DISCLAIMER = re.compile(r"^(?:平台|特别|特別|免责|免責|版权|版權|郑重|鄭重|重要|法律|本站|本网|本網)?(?:声明|聲明)[:：]"
                        r"|如有侵[权權][^。！？]{0,8}?(?:删除|刪除|联系|聯繫|聯絡)|侵[权權]必究|^(?:免责|免責)(?:条款|條款)?[:：]")
# A bracketed reprint credit closing an article: "（本文轉載自聯合新聞網）", "（转载自澎湃新闻）" (squeezed line).
REPRINT = re.compile(r"[（(](?:本文)?(?:转载自|轉載自|转自|轉自|转载于|轉載於|来源于|來源於)[^（）()]{2,20}[）)]")
# A newspaper page header: the page label and the date (and the paper's name), either way round:
# "B7 焦点  2023-05-01 华东商报", "2023-05-01 华东商报  B7 焦点" (matched on the spaced line).
PAGE_HEADER = re.compile(
    rf"{PAGE_LABEL.pattern}\s+(?:{DATE.pattern})(?:\s+[\u4e00-\u9fff]{{2,8}})?"
    rf"|(?:{DATE.pattern})\s+[\u4e00-\u9fff]{{2,8}}\s+{PAGE_LABEL.pattern}"
)
# Where a page header may be, on the squeezed lines joined by "\n": a line with a page label and a date.
PAGE_HEADER_AT = re.compile(r"\n(?:[A-Z]\d{1,2}[\u4e00-\u9fff]{2,4}(?:19|20)\d\d|(?:19|20)\d\d[^\n]{4,22}[A-Z]\d{1,2}[\u4e00-\u9fff]{2,4}(?=\n|$))")
# Where an outlet-and-date line may be (squeezed lines joined by "\n"): "臺灣地理學刊2022年2月8日".
# (possessive: the name's characters are no digit, so giving some back never helps, and a line of prose is
# left after one try instead of seven)
OUTLET_DATED_AT = re.compile(r"\n[\u4e00-\u9fff·]{2,8}+(?:19|20)\d\d[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?=\n|$)")
# A byline that ends with a role word and one or two characters of a name (squeezed line): the wrap
# may have put the rest of the name on the next line ("來源：聯合新聞網 2022-01-01 記者 鄭文" / "傑").
ROLE_NAME_CUT = re.compile(rf"(?:{_ROLE})[:：{_ROLE_SEP}]?[\u4e00-\u9fff]{{1,2}}$")
NAME_REST = re.compile(r"[\u4e00-\u9fff]{1,2}")
