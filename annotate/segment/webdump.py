"""Web-page furniture found by its place around the article in a text dump (the text route).

Shapes that line rules alone cannot see, marked on the lines after
:func:`classify.mark_standalone` has given the credit lines their kinds:

* :func:`mark_endings`: an end mark over a date stamp, as a Hong Kong government press release ends
  (``完`` / ``2023年7月11日（星期二）`` / ``香港時間6時45分``): the mark is debris, the date and time lines
  are one meta unit, also where the page prints the ending twice (it would otherwise be taken for a
  running footer, one debris unit).
* :func:`mark_ratings`: a line with a rating drawn in stars (``這篇食譜對你有幫助嗎？ ★★★★★ (89 票)``) starts a unit.
* :func:`mark_notice_buttons`: a notice bar with its button at its line's end (``…即表示同意。接受``) ends its unit.
* :func:`mark_sidebar`: a newspaper page in a table layout prints its sidebar's section label and
  headlines right above the article's headline with no blank line between (``港聞`` /
  ``北市推友善育兒新措施`` / ``颱風動態最新路徑一次看`` / ``股市收盤加權指數小漲`` / ``戰鬥機：你不可不知的事``,
  then the date and the byline): three or more short lines without a sentence mark, one under the
  other, over a headline that a credit or date line follows, before the first line with a full stop, are
  link lines (debris, one unit each); the headline stays.
* :func:`mark_trails`: a category trail over the headline, items set apart by a spaced slash
  (``專欄 / 觀點``): debris, so it does not join the headline.
* :func:`mark_list_items`: a related or hot list printed one item a line without bullets (``1. …`` /
  ``2. …`` / ``3. …``, ``·…`` / ``·…`` / ``·…``): each item starts a unit of its own.
* :func:`mark_same_tails`: a list printed with the same credit or counter after each item (``…阿柒爱吃 · 3.2万播放``
  three lines running, a contents page's ``…………………``): each item starts a unit of its own.
* :func:`mark_link_lines`: a menu that ``lynx -list_inline`` printed with each link's address in brackets
  (``[https://…/0/]首页 [https://…/1/]二手房`` / ``[https://…/2/]新房 [https://…/3/]租房``): a line made of links
  alone is a unit of its own, the link that opens the line under it starts the next; a line of links that a wrap cut
  inside a link's address (``…[javascri`` / ``pt:;]公告通知 | …``) is one too.
* :func:`cut_bordered_rows`: a table's row a dump drew with borders (w3m's ``│索引号：│11500105…│主题分类：│城乡建设│``,
  html2text's ``|课号|CSIE2010|学分|3|``): one unit a cell, as any table's.
* :func:`cut_title_labels`: a post's header block, a field a row (``作者 X`` / ``看板 Y`` / ``標題 Z`` /
  ``時間 …``, a BBS post on the web): the label of the title's row is cut off it (debris), the title stays.
"""

from __future__ import annotations

import bisect
import itertools
import operator
import re
from collections.abc import Sequence

from . import rules
from .inline import DATE_ALONE, find_all, lines_at, split_at
from .join import Context, heading_like
from .lines import Line, squeeze, typed_item

__all__ = ["END_MARK", "MAIL_SENDER", "STAMP_TIME", "close_article", "cut_bordered_rows", "cut_mail_senders", "cut_title_labels", "mail_date", "mark_edit_stamps", "mark_endings",
           "mark_link_lines", "mark_list_items", "mark_notice_buttons", "mark_ratings", "mark_same_tails", "mark_sidebar", "mark_trails", "open_article"]

# The mark a press release or story ends with ("完", "（完）", "-完-", "【完】", "###").
END_MARK = re.compile(r"[-—－(（【\[]?\s*完\s*[-—－)）】\]]?|#{3}")
# And its time of day: "香港時間6時45分", "北京时间 18:30", "下午3時".
STAMP_TIME = re.compile(r"[\u4e00-\u9fff]{0,4}(?:时间|時間)?(?:上午|下午|晚上)?\d{1,2}(?:[时時]\d{1,2}分|[:：]\d{2}|[时時])")


_MARK_EDGE = frozenset(" \t\r\n\u3000-—－(（【[)）】]#") | {""}


def mark_endings(raw: str, lines: Sequence[Line]) -> None:
    """An end mark and the date stamp under it ("完" / "2023年7月11日（星期二）" / "香港時間6時45分", a Hong
    Kong government press release): the mark is debris, the date and time lines are one meta unit
    (even where the document prints the ending twice, which makes it look like a running footer).
    Only the lines where the text has a "完" or "###" alone are looked at."""
    marks = []
    for key in ("完", "###") if "#" in raw else ("完",):
        pos = raw.find(key)
        while pos >= 0:
            if raw[pos - 1:pos] not in _MARK_EDGE or raw[pos + len(key):pos + len(key) + 1] not in _MARK_EDGE:
                pos = raw.find(key, pos + 1)
                continue  # inside a word ("完成"): no mark alone on its line
            begin, end = raw.rfind("\n", 0, pos) + 1, raw.find("\n", pos)
            if END_MARK.fullmatch(raw[begin:end if end >= 0 else len(raw)].strip()):
                marks.append(pos)
            # on to the next line: a mark line holds one mark (and a long line with many spaced "完",
            # OCR-like text without line breaks, is looked at once, not once per "完")
            pos = raw.find(key, end + 1) if end >= 0 else -1
    if not marks:
        return
    n = len(lines)
    for i in sorted(lines_at(lines, marks)):
        if i + 1 >= n or not END_MARK.fullmatch(lines[i].sq):
            continue
        date = lines[i + 1]
        if date.gap > 1 or date.level or len(date.sq) > 24 or not DATE_ALONE.fullmatch(date.sq):
            continue
        lines[i].kind = "debris"
        date.kind = "meta"
        if i + 2 < n and lines[i + 2].gap <= 1 and not lines[i + 2].level and STAMP_TIME.fullmatch(lines[i + 2].sq):
            lines[i + 2].kind = "meta"


# A forum post's edit stamp: "本帖最后由 闲云野鹤 于 2022-7-19 21:30 编辑" (Discuz, both scripts).
_EDIT_STAMP = re.compile(r"本帖最[后後]由.{1,24}?[于於]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s*[编編][辑輯]")


def mark_edit_stamps(raw: str, lines: Sequence[Line]) -> None:
    """A forum post's edit stamp on a line of its own (``本帖最后由 闲云野鹤 于 2022-7-19 21:30 编辑``) is a
    ``debris`` line (the forum's note, not the post's content: the corpus convention settled in session 13):
    it never joins the post's first paragraph under it, however near the dump's width it is. Only text with
    ``本帖`` in it is looked at."""
    if "本帖" not in raw:
        return
    hits = find_all(raw, "本帖")
    for i in lines_at(lines, hits):
        line = lines[i]
        if not line.kind and not line.level and len(line.sq) <= 60 and _EDIT_STAMP.fullmatch(line.sq):
            line.kind = "debris"


_STARS = re.compile("[★☆]{3,}")  # a rating drawn in stars ("★★★★☆")
_RATING_MAX = 40  # characters of a rating's line (squeezed): the stars and a name, a count, a date or a short review


def mark_ratings(raw: str, lines: Sequence[Line]) -> None:
    """A line of at most 40 characters that holds a rating drawn in three stars or more (``這篇食譜對你有幫助嗎？ ★★★★★ (89 票)``,
    a review's head ``c*****n ★★★★★``, ``★★★★☆　物流很快。``) starts a unit of its own (``hard``): a page's rating
    widget or a review under the article, never the next line of the paragraph or the reply counter above it, however
    that one ends. Only text with a star is looked at."""
    if "★" not in raw and "☆" not in raw:
        return
    hits = [m.start() for m in _STARS.finditer(raw)]
    for i in lines_at(lines, hits):
        line = lines[i]
        if i and len(line.sq) <= _RATING_MAX:
            line.hard = True


# A notice's last sentence and the button after it at a line's end ("…繼續瀏覽即表示同意。接受", "…。我知道了", "…。Accept").
_BUTTON_TAIL = re.compile(r"[。！？!?][A-Za-z\u4e00-\u9fff]{1,4}$")
_NOTICE_LINE = 60  # characters of a notice's line (squeezed)
_UNDER_MAX = 40  # characters of the line under it: a menu, a date, a site bar
_CLAUSE_MARKS = re.compile("[，,。！？!?；;、（）()]")  # (marks of prose, a bracket's too; a menu or a site bar has none)


def mark_notice_buttons(lines: Sequence[Line], ctx: Context) -> None:
    """A line of at most 60 characters that ends with a sentence and a button's word of one to four characters after
    it (``本網站使用Cookies以提升瀏覽體驗，繼續瀏覽即表示同意。接受``, ``…。我知道了``: a notice bar, its button printed
    on its line) ends its unit where the line under it (no blank line between) is short (40 characters at most) and
    has no sentence or clause mark nor bracket but a space inside (a menu ``繁 | 簡 | Português　2024年4月10日``, a
    site bar ``天气网 当前城市：江城 [切换城市]``): the button is no sentence's first word that the wrap cut, so the
    next line does not go on from it (a wrapped paragraph's next line, prose, is hanzi without gaps). Only in a web
    dump (``ctx.web``, asked last: an extract's narrow column may end a line so). Only lines with a gap inside are
    looked at (picked out in C)."""
    n = len(lines)
    for j in itertools.compress(range(n), map(operator.not_, map(_CLEAN, lines))):  # (a gap inside: picked out in C)
        nxt = lines[j]
        if not j or nxt.gap or nxt.hard or len(nxt.sq) > _UNDER_MAX:
            continue
        sq = lines[j - 1].sq
        if len(sq) > _NOTICE_LINE or not _BUTTON_TAIL.search(sq, len(sq) - 5) or _CLAUSE_MARKS.search(nxt.sq):
            continue
        if not ctx.web:
            return
        nxt.hard = True


_LINK_MAX = 20  # characters of a sidebar's link line
_LINKS_MIN = 3  # link lines above the headline


# A header row's label naming the title, at a line's start: "標題 ", "标  题：", "主旨:" (the title after it).
_TITLE_LABEL = re.compile(r"^[ \t\u3000]*(?:標[ \u3000]*題|标[ \u3000]*题|主[ \u3000]*[題题旨])(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)(?=\S)",
                          re.M)
# A header row: a label of two to four hanzi (spaced out or not), a colon or a gap, a short value.
_HEADER_ROW = re.compile(r"[ \t\u3000]*([\u4e00-\u9fff](?:[ \u3000]{0,2}[\u4e00-\u9fff]){1,3})(?:[ \t\u3000]*[:：][ \t\u3000]*|[ \t\u3000]+)"
                         r"\S.{0,59}")
_HEADER_ROWS = 3  # rows of a header block, the title's among them


def cut_title_labels(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """The title's label cut off its row in a post's header block (``作者 sunnyday0412 (小晴)`` / ``看板 Salary`` /
    ``標題 [心得] 從工程師轉職到管理崗的三年`` / ``時間 Tue Mar 12 22:41:07 2024``, a BBS post on the web; a mail's
    ``标  题: …``): where a line opens with 標題/标题/主題/主题/主旨, a colon or a gap, then text, and it stands in a run of
    three or more header rows (a label of two to four hanzi, a colon or a gap, a value of at most 60 characters; no
    blank line between, the labels different), the label is a debris piece of its own and the rest of the line is
    the title's (not where the title is printed again on a line of its own: a government page's metadata table,
    ``标　　题：专家谈洛拉·帕尼亚尼``, furniture over the title); each row is a field of its own, so no row joins the one above it, and the text under the block does
    not join its last row (a break is certain there). Returns the lines and the labels cut."""
    if "題" not in raw and "题" not in raw and "旨" not in raw:
        return lines, []
    found = [m.end() - 1 for m in _TITLE_LABEL.finditer(raw)]
    if not found:
        return lines, []
    cut: list[Line] = []
    for i in sorted(lines_at(lines, found), reverse=True):
        line = lines[i]
        m = _TITLE_LABEL.match(raw, raw.rfind("\n", 0, line.start) + 1)
        if line.kind or line.level or m is None:
            continue
        first, end = _header_rows(raw, lines, i)
        if end - first < _HEADER_ROWS:
            continue
        title = squeeze(raw, m.end(), line.end)
        if any(other.sq == title for other in lines):
            continue  # the title printed again on a line of its own: the block is a metadata table (furniture)
        for k in range(first + 1, min(end + 1, len(lines))):
            lines[k].hard = True
        lines[i:i + 1] = split_at(raw, line, [(line.start, m.end())], cut)
    return lines, cut


# A mail archive's sender line: a name (``From:`` before it or not) and the address after it as an archive prints it
# (pipermail ``wanglx at example.org``, hypermail ``<yijun_at_example.org.tw>``, ``x@y.org``), a link's mark or address
# before the address or not (lynx ``[1]``, ``[mailto:…]``: rules.LINK_MARK); the line ends with the address. The name:
# two to four hanzi as rules' name, a space between them or not (a dump's letter-spaced name), an ideographic space
# before the address like a space.
_MAIL_ADDRESS = (rf"(?:<|{rules.LINK_MARK.pattern})*"
                 r"[A-Za-z0-9._%+-]+(?:[ \t]+at[ \t]+|_at_|@)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+>?")
MAIL_SENDER = re.compile(rf"^[ \t]*(?:From[ \t]*:[ \t]*)?[\u4e00-\u9fff·](?:[ \t]?[\u4e00-\u9fff·]){{1,3}}[ \t\u3000]+"
                     rf"({_MAIL_ADDRESS})[ \t]*\r?$|^[ \t]*({_MAIL_ADDRESS})[ \t]*\r?$", re.M)
# A mail's header holds a weekday's name (its date, rules.MAIL_DATE): the cheap gate before MAIL_SENDER.
_WEEKDAY = re.compile(rf"(?<![A-Za-z])(?:{'|'.join(sorted(rules.WEEKDAYS))})(?![a-z])")
# The date under it: ``Tue May 14 09:12:33 CST 2024``, ``Date: Wed, 15 May 2024 10:22:07 +0800``.
_MAIL_DATE_MAX = 40  # characters of such a date line, squeezed


def mail_date(sq: str) -> bool:
    """A (squeezed) line that is a mail's date as its header gives it (:data:`rules.MAIL_DATE`), ``Date:`` before it
    or not."""
    sq = sq.removeprefix("Date:")
    return sq[:3] in rules.WEEKDAYS and rules.MAIL_DATE.fullmatch(sq) is not None


def cut_mail_senders(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line], list[tuple[Line, str]]]:
    """A mail archive's sender and address (``王立新 wanglx at example.org`` / ``Tue May 14 09:12:33 CST 2024``,
    pipermail; ``From: 林怡君 <yijun_at_example.org.tw>`` / ``Date: Wed, 15 May 2024 10:22:07 +0800``, hypermail):
    the address, with the link mark before it, is cut off the line (debris), the name is the mail's byline, and the
    date line right under it is a meta unit of its own (dev15 w15-009 pipermail, name and address a line each; dev16
    k16-000 pipermail and k16-001 hypermail, one line). Only a name of two to four hanzi before the address, or the
    address alone on a line under such a name, and only over such a date (no mail's header without it: an address
    after a name elsewhere is left alone). Returns the lines, the addresses cut, and the names and dates with their
    kinds."""
    if ("_at_" not in raw and " at " not in raw and "@" not in raw) or not _WEEKDAY.search(raw):
        return lines, [], []
    found = {m.start(1) if m.start(1) >= 0 else m.start(2): m for m in MAIL_SENDER.finditer(raw)}
    if not found:
        return lines, [], []
    at = sorted(found)  # (each line finds its match by bisection: one pass, not one scan of the matches a line)
    cut: list[Line] = []
    senders: list[tuple[Line, str]] = []
    for i in sorted(lines_at(lines, at), reverse=True):
        line = lines[i]
        nxt = lines[i + 1] if i + 1 < len(lines) else None
        if (line.kind or line.level or nxt is None or nxt.gap or len(nxt.sq) > _MAIL_DATE_MAX
                or not mail_date(nxt.sq)):
            continue  # (a mail's header: the date right under the sender's address; the cheap test first)
        j = bisect.bisect_left(at, line.start)
        if j == len(at) or at[j] >= line.end:
            continue
        m = found[at[j]]
        if m.start(1) >= 0:  # name and address on one line
            parts = split_at(raw, line, [(m.start(1), line.end)], cut)
            name, rest = parts[0], parts[1:]
        else:  # the address alone: under a name's line
            if i == 0 or line.gap or not rules.NAME.fullmatch(lines[i - 1].sq.removeprefix("From:")):
                continue
            name, rest = lines[i - 1], [line]
            cut.append(line)
        senders.append((nxt, "meta"))
        for piece in rest:
            piece.hard = True
        senders.append((name, "byline"))
        if m.start(1) >= 0:
            lines[i:i + 1] = parts
    return lines, cut, senders


# A table's row that a dump draws with borders, a border at both ends and between the cells: w3m's
# "│索引号：│11500105MB3036290/2023-00259 │主题分类：│城乡建设│" (or "┃"), html2text's "|课号|CSIE2010|学分|3|".
_BORDERS = "│┃|"
_BORDERED_ROW = re.compile(r"^[ \t]*([│┃|])(?:[^│┃|\n]*\1){2,}[ \t\r]*$", re.M)


def cut_bordered_rows(raw: str, lines: list[Line]) -> tuple[list[Line], list[Line]]:
    """A table's rows drawn with borders (:data:`_BORDERED_ROW`: a border opens and closes the line, one or more
    between, the same border character throughout): each cell is a unit of its own, cut after the border that
    closes it (``│索引号：│`` / ``11500105MB3036290/2023-00259 │`` / ``主题分类：│`` / ``城乡建设│``), as any table
    is one unit a cell. Returns the lines and the cells cut. Only text with such a border character is looked
    at; a row garbled past its last border (``|商�|素心茶�|�茶具套装``) is no row."""
    if not any(b in raw for b in _BORDERS):
        return lines, []
    rows = [m.start(1) for m in _BORDERED_ROW.finditer(raw)]
    if not rows:
        return lines, []
    cells: list[Line] = []
    for i in sorted(lines_at(lines, rows), reverse=True):
        line = lines[i]
        if line.kind or line.level:
            continue
        text = raw[line.start:line.end]
        border = text[0]
        if border not in _BORDERS or text[-1] != border:
            continue
        cuts = [line.start + k + 1 for k in find_all(text, border)[1:-1]]  # (after each inner border)
        spans = list(zip([line.start, *cuts], [*cuts, line.end], strict=True))
        lines[i:i + 1] = split_at(raw, line, spans, cells)
    return lines, cells


_CLEAN = operator.attrgetter("clean")


def _header_rows(raw: str, lines: Sequence[Line], i: int) -> tuple[int, int]:
    """The run ``lines[first:end]`` of header rows (:data:`_HEADER_ROW`, different labels, no blank line between)
    around ``lines[i]`` (empty where ``lines[i]`` is none)."""
    def label(k: int) -> str | None:
        m = _HEADER_ROW.fullmatch(raw, lines[k].start, lines[k].end)
        return m.group(1).replace(" ", "").replace("\u3000", "") if m else None

    first = label(i)
    if first is None:
        return i, i
    labels = {first}
    a = i
    while a > 0 and not lines[a].gap and (lab := label(a - 1)) is not None and lab not in labels:
        labels.add(lab)
        a -= 1
    b = i + 1
    while b < len(lines) and not lines[b].gap and (lab := label(b)) is not None and lab not in labels:
        labels.add(lab)
        b += 1
    return a, b


def mark_sidebar(lines: Sequence[Line]) -> None:
    """Sidebar link lines printed right above the headline (module docstring): debris."""
    start = 0  # first line of the current run of short lines set one under the other
    for i, line in enumerate(lines):
        if "。" in line.sq and not line.kind:
            return  # the article's prose has begun: its headline is above
        if line.kind or line.level:
            start = i + 1
            continue
        if line.gap:
            start = i
        if i - start >= _LINKS_MIN and heading_like(line.sq) and _credit_below(lines, i + 1):
            for link in lines[start:i]:
                link.kind = "debris"
            line.hard = True
            start = i + 1
        elif len(line.sq) > _LINK_MAX or rules.PUNCT.search(line.sq):
            start = i + 1


def _credit_below(lines: Sequence[Line], j: int) -> bool:
    """Whether a byline or meta line comes at ``j``, past at most two debris lines."""
    for line in lines[j:j + 3]:
        if line.kind in rules.CREDIT_KINDS:
            return True
        if line.kind != "debris":
            return False
    return False


# A category trail over a headline, its items set apart by a slash with spaces around it ("專欄 / 觀點",
# "新闻 / 国内 / 正文"; a byline's "文 / 張三" has a one-character role and is a byline already).
_SLASH_TRAIL = re.compile(r"[^\s/／]{2,6}(?:\s+[/／]\s+[^\s/／]{2,6}){1,4}")


def mark_trails(raw: str, lines: Sequence[Line]) -> None:
    """A category trail on a line of its own (``_SLASH_TRAIL``) is debris, so it never joins the
    headline under it. Only lines with a spaced slash are looked at."""
    hits = [p for key in "/／" if key in raw for p in find_all(raw, key)
            if 0 < p < len(raw) - 1 and raw[p - 1] in " \u3000" and raw[p + 1] in " \u3000"]
    if not hits:
        return
    for i in lines_at(lines, hits):
        line = lines[i]
        if line.kind or line.level or len(line.sq) > 30:
            continue
        text = rules.LINK_MARK.sub("", " ".join(raw[s:e] for s, e in line.pieces)).strip()
        if _SLASH_TRAIL.fullmatch(text):
            line.kind = "debris"


# A link's address in brackets at a line's start, as ``lynx -list_inline`` prints it (the match ends at the bracket).
_LINK_OPENS = re.compile(rf"^[ \t\u3000]*(?=\[{rules.LINK_SCHEME})", re.M)
_LINK_TEXT_MAX = 12  # characters of a menu link's text ("商品评价(5000+)", "Solutions")
# A line of links alone (squeezed): each an address in brackets and a short text, separators ("|", "/") in the texts.
_LINK_LINE = re.compile(rf"(?:{rules.inline_link(_LINK_TEXT_MAX)})+")
_TRAIL_MARKS = ">›»"  # a breadcrumb trail's separator ending a line: the trail goes on under it


def mark_link_lines(raw: str, lines: Sequence[Line]) -> None:
    """A menu printed by ``lynx -list_inline``, each link's address in brackets before its text
    (``[https://…/0/]首页 [https://…/1/]二手房`` / ``[https://…/2/]新房 [https://…/3/]租房``, a nav bar lynx wrapped
    between two links): under a line made of such links alone (:data:`_LINK_LINE`, no sentence in their texts),
    a line that opens with a link starts a unit of its own (``hard``), however near the dump's width the line
    above is (the addresses make a menu's lines long). Not under a line ending with a breadcrumb's separator
    (``[…]家用电器 > […]厨房小电 >`` / ``[…]电饭煲``: one trail), nor where a wrap cut a link's text (the line under
    opens with the rest of it, ``…]看板`` / ``Salary[…]關於我們``). Only text with such an address at a line's start
    is looked at."""
    if "[" not in raw:
        return
    _cut_addresses(raw, lines)
    hits = [m.end() for m in _LINK_OPENS.finditer(raw)]
    if len(hits) < 2:
        return
    at = lines_at(lines, hits)
    for i in sorted(at):
        if i + 1 not in at:
            continue
        line, nxt = lines[i], lines[i + 1]
        if nxt.gap or nxt.hard or line.sq[-1] in _TRAIL_MARKS or not _LINK_LINE.fullmatch(line.sq):
            continue
        if not rules.SENTENCE_END_RE.search(rules.LINK_MARK.sub("", line.sq)):
            nxt.hard = True


# A link's address that a wrap cut (``lynx -list_inline``): the line ends inside the brackets, the scheme whole or cut
# ("…[https://www.example.gov.cn/g", "…[javascri"), a whole link before it on the line.
_ADDRESS_CUT = re.compile(rf"\[(?:[a-z]{{1,10}}|{rules.LINK_SCHEME}[^\[\]\s]*)$")
_LINK_WHOLE = re.compile(rf"\[{rules.LINK_ADDRESS}\]")


def _cut_addresses(raw: str, lines: Sequence[Line]) -> None:
    """Under a line of links that a wrap cut inside a link's address (``[javascript:;]网站首页|[javascript:;]线路查询|[javascri``
    / ``pt:;]公告通知|…``), the next line starts a unit of its own (``hard``): a menu's or tool bar's lines, each a unit
    as a menu's lines are (dev15 w15-005 timetable, y15-005 finance, y15-000 central: lynx -list_inline; dev14 w14-008
    poem's author links). Not where a bracket of the line's own text is open across the break (a tool bar in black
    brackets, ``【[https://…/go.h`` / ``tml]关闭窗口】``: one tool, dev14 w14-004), nor across a blank line."""
    if _LINK_WHOLE.search(raw) is None:  # (no link's address in brackets: no lynx -list_inline dump)
        return
    for i, line in enumerate(lines[:-1]):
        sq = line.sq
        if sq[-1] == "]" or "[" not in sq or line.kind or line.level:
            continue
        m = _ADDRESS_CUT.search(sq)
        nxt = lines[i + 1]
        if m is None or nxt.gap or nxt.level or not _LINK_WHOLE.search(sq, 0, m.start()):
            continue
        if not open_bracket(_LINK_WHOLE.sub("", sq[:m.start()])):
            nxt.hard = True


def open_bracket(text: str) -> bool:
    """A bracket of the text's own (not a link's address) opened and not closed (also the PDF reader's: a colon
    inside a title in book marks is no label's, ``…比如去年的《生化危機：`` / ``戰神再生》。``)."""
    return any(text.count(a) > text.count(b) for a, b in rules.BRACKET_PAIRS.items() if a != "[")


# A list printed one item a line with nothing but the shape to show it: items opening with the numbers
# 1, 2, 3, … in turn ("1. 文旅消费持续升温" / "2. 这些新规下月起施行"), or all with the same mark ("·今年夏粮…"),
# or all ending with a count of comments ("多地出台措施稳就业保民生 60评论"): a related or hot list.
_NUMBERED = re.compile(r"(\d{1,2})[.．、]")
_ITEM_MARKS = frozenset("·•‧▪◦・")
_COMMENTS = re.compile(r"\d{1,6}(?:条|條|个|個)?(?:评论|評論)")
_FIRST_CHARS = re.compile("[0-9" + "".join(sorted(_ITEM_MARKS)) + "]")
_LAST_CHARS = re.compile("[论論]")
_SQ = operator.attrgetter("sq")
_FIRST = operator.itemgetter(0)
_LAST = operator.itemgetter(-1)
_ITEMS_MIN = 3
_ITEM_MAX = 40  # characters of one item (a headline)


def _item_shape(sq: str) -> tuple | None:
    """The shape that makes ``sq`` a list item (number, mark or comment count), or None."""
    if len(sq) > _ITEM_MAX:
        return None
    first = sq[0]
    shape = None
    if "0" <= first <= "9":
        m = _NUMBERED.match(sq)
        if m and len(sq) > m.end():
            shape = ("n", int(m.group(1)))
    elif first in _ITEM_MARKS:
        shape = ("m", first)
    if shape is None and (sq[-1] == "论" or sq[-1] == "論"):
        m = _COMMENTS.search(sq, max(0, len(sq) - 10))
        if m and m.end() == len(sq) and m.start() > 1:
            shape = ("c", 0)
    if shape is None or rules.SENTENCE_END_RE.search(sq):
        return None
    return shape


def _follows(shape: tuple, prev: tuple) -> bool:
    if shape[0] != prev[0]:
        return False
    return shape[1] == prev[1] + 1 if shape[0] == "n" else shape[1] == prev[1]


def mark_list_items(raw: str, lines: Sequence[Line]) -> None:
    """Lines of a list printed without bullets (``_NUMBERED``, ``_ITEM_MARKS``, ``_COMMENTS``), three or
    more one under the other: each starts a unit of its own (``hard``), as a list with bullets does.
    The candidate lines are found in C: a string of every line's first character and one of every
    line's last character, searched once each."""
    firsts = "".join(map(_FIRST, map(_SQ, lines)))  # each line's first character (in C)
    found = [m.start() for m in _FIRST_CHARS.finditer(firsts)]
    if "评" in raw or "評" in raw:  # a comment count may end the items
        found += [m.start() for m in _LAST_CHARS.finditer("".join(map(_LAST, map(_SQ, lines))))]
    if len(found) < _ITEMS_MIN:
        return
    run: list[Line] = []
    prev: tuple | None = None
    last = -2
    for i in sorted(set(found)):
        line = lines[i]
        shape = None if line.level or line.kind else _item_shape(line.sq)
        if shape is not None and run and i == last + 1 and not line.gap and prev is not None and _follows(shape, prev):
            run.append(line)
        else:
            _close(run)
            run = [line] if shape is not None and (shape[0] != "n" or shape[1] == 1) else []
        prev, last = shape, i
    _close(run)


_TAIL = 4  # characters that end each item of a list printed with the same words after it ("阿柒爱吃 · 3.2万播放")
_TAIL_LINE = 2 * _TAIL  # characters of such an item at least
_TAIL_OF = operator.itemgetter(slice(-_TAIL, None))


def mark_same_tails(lines: Sequence[Line]) -> None:
    """Three or more lines one under the other (no blank line between) that end with the same four characters
    (squeezed) and are twice as long at least: the items of a list printed with the same credit or counter after
    each (``高校毕业生就业服务月启动阿柒爱吃 · 3.2万播放`` / ``今年春运客流预计创新高阿柒爱吃 · 3.2万播放`` / …), each
    a unit of its own (``hard``); a wrapped paragraph's lines never end alike. Compared in C, line by line."""
    if len(lines) < _ITEMS_MIN:
        return
    tails = list(map(_TAIL_OF, map(_SQ, lines)))  # (each line's last four characters, in C)
    same = list(map(operator.eq, tails, tails[1:]))
    if sum(same) < _ITEMS_MIN - 1:
        return
    run: list[Line] = []
    for k in itertools.compress(range(len(same)), same):
        a, b = lines[k], lines[k + 1]
        ok = (len(a.sq) >= _TAIL_LINE and len(b.sq) >= _TAIL_LINE and not b.gap and not a.kind and not b.kind
              and not a.level and not b.level)
        if ok and run and run[-1] is a:
            run.append(b)
            continue
        _close(run)
        run = [a, b] if ok else []
    _close(run)


def _close(run: list[Line]) -> None:
    if len(run) >= _ITEMS_MIN:
        for line in run:
            line.hard = True


_NOTICE_MAX = 60  # characters of a short unit that may be a notice (a cookie banner), a link or a tool bar
_PROSE_LONG = 50  # characters of a paragraph that is the article's prose, not a comment or a link
_TAIL_UNITS = 2  # short units between the last long paragraph and the sign-off


def close_article(raw: str, groups: Sequence[Sequence[Line]], kinds: list[str], texts: Sequence[str]) -> list[str]:
    """Everything a web page prints after the article's **end** is site furniture (debris). The article's
    prose ends with its last long paragraph (50 characters or more), then at most two short paragraphs
    ending a sentence; what closes it is a sign-off, the run of meta units (``责任编辑：何军``, ``编辑：赵磊``,
    ``承辦人：…``, an office's name and its date; not a byline: ``（文字整理：本报记者李争粉）`` may close one
    story of several) and furniture (debris: a tag line ``標籤：旅遊``, a comment's header
    ``路人甲於2023-08-25留言``) around it. Below that a page prints related links, comments
    (``北京网友`` / ``写得很好，学习了。``), the site's footer (``本网站所刊载信息，不代表本网观点。``): short
    units that had looked like headings and paragraphs. A short paragraph after furniture is the article's
    only where a meta unit follows it (``[f1.jpg]圖為活動現場。`` / ``但較新型的M26霰彈槍…。`` /
    ``（責任編輯：謝孟儒）``). A page's update stamp after the prose (``更新日期：2023-09-26``, ``最後更新：2024-08-20``,
    ``rules.update_stamp``) is the site's furniture, no sign-off (session 17's convention; one under the title is
    the document's date). Units are taken in the order of the text (a side column cut off the lines
    comes last among the units). Not on text with form feeds (pdftotext's pages: a paper's credits and
    notes are no sign-off). Only unit kinds change, never where units begin."""
    n = len(kinds)
    if n < 3 or "\f" in raw:
        return kinds
    order = _text_order(groups)
    last, stamps = stamps_after_prose(kinds, texts, order)
    if last is None:
        return kinds
    if stamps:  # (the site's furniture, whatever follows: a page's footer, a list of links)
        kinds = list(kinds)
        for k in stamps:
            kinds[k] = "debris"
    if ("meta" not in kinds and "debris" not in kinds) or _paged(kinds, texts):
        return kinds
    p, short, meta, debris = last + 1, 0, False, -1  # debris: where the first furniture came
    loose: list[int] = []  # short lines without a sentence end before the first furniture: a link, a tool bar
    while p < n:
        k = order[p]
        kind = kinds[k]
        if kind == "meta":
            meta = True
        elif kind == "debris" and meta:
            break  # furniture under the sign-off ends it: a footer's "主办：…承办：…" below is no credit
        elif kind == "debris" and debris < 0 and _figure(texts, order, p):
            pass  # an image and its caption inside the article ("[640]" / "图为…（作者摄）"): no furniture yet
        elif kind == "debris" or (p + 1 < n and kinds[order[p + 1]] == "meta"
                                  and texts[order[p + 1]].startswith(texts[k])):
            debris = p if debris < 0 else debris  # (a label over the credit it opens: "新聞聯絡人" / "新聞聯絡人：林軒…")
        elif kind == "paragraph" and groups[k][0].item and typed_item(raw, groups[k][0]):
            pass  # a list the article's author typed ("- 第一組：三月六日，負責人陳弟兄"): the article's own
        elif not meta and not loose and debris < 0 and (q := _signed_under(kinds, texts, order, p)) > p:
            p = q  # short paragraphs right over the sign-off: the article's last ones, however many
            continue
        elif meta or short + len(loose) == _TAIL_UNITS:
            break
        elif kind == "paragraph" and texts[k].rstrip(rules.CLOSERS)[-1:] in rules.SENTENCE_END:
            short += 1  # (a sentence that closes a quote ends it too: "…张女士说：“现在方便多了！”")
        elif debris < 0 and kind == "heading" and _asked_again(texts, kinds, order, last, p):
            pass  # the article's last question, as its other headings ask (an FAQ): its answer follows
        elif debris < 0 and kind != "title" and len(texts[k]) <= _NOTICE_MAX:
            loose.append(k)  # ("[13]返回搜狐，查看更多" / "责任编辑：石鹏红", "回复举报收藏" / "北京网友" / "发表于 2023-06-02")
        else:
            break  # (a list after the prose: not closed here)
        p += 1
    if not meta:
        if debris < 0:
            return kinds
        while debris < p and kinds[order[debris]] == "debris":  # short paragraphs after the furniture and
            debris += 1                                          # no sign-off under them: comments
        p = debris
    rest = loose + [k for k in order[p:] if kinds[k] != "debris" and kinds[k] != "title"]
    if not rest:
        return kinds
    kinds = list(kinds)
    for k in rest:
        kinds[k] = "debris"
    return kinds


def _signed_under(kinds: Sequence[str], texts: Sequence[str], order: Sequence[int], p: int) -> int:
    """Where the sign-off starts (in text order) under a run of short paragraphs from ``p`` that each end a sentence
    (a meta unit right under the run: an office's name and its date, ``某某市人民政府办公厅`` / ``2024年3月15日``), or
    ``p`` where no sign-off follows: more than :data:`_TAIL_UNITS` short paragraphs after the last long one are the
    article's own where its sign-off closes them (a notice's last measures, "（四）降低企业经营成本。…" / "本措施自印发
    之日起施行…。" / the office / the date), not comments."""
    q = p
    while q < len(order) and kinds[order[q]] == "paragraph" and texts[order[q]].rstrip(rules.CLOSERS)[-1:] in rules.SENTENCE_END:
        q += 1
    return q if q < len(order) and q > p and kinds[order[q]] == "meta" else p


_IMAGE_MARK = re.compile(r"\[[^\[\]\s]{1,60}\]")  # a dump's mark for an image: "[640]", "[640.jpeg]", "[./files/1.png]"


def _figure(texts: Sequence[str], order: Sequence[int], p: int) -> bool:
    """The unit at ``p`` (in text order) is a figure's caption (``rules.CAPTION``: "图为…", an image's mark before it or
    not, at most :data:`_NOTICE_MAX` characters) or an image's mark alone right over one: a figure inside the article,
    whose prose goes on under it (a post's photo between its last long paragraph and two short ones, "[640]" /
    "图为新《公司法》单行本（作者摄）" / "建议各位股东尽快核查…。" / "（本文仅供参考…）")."""
    text = texts[order[p]]
    mark = _IMAGE_MARK.match(text)
    if mark is not None and mark.end() == len(text):
        # (the next unit no mark alone, tested first: a run of marks, a gallery, is no figure and no recursion)
        return p + 1 < len(order) and _IMAGE_MARK.match(texts[order[p + 1]]) is None and _figure(texts, order, p + 1)
    return len(text) <= _NOTICE_MAX and rules.CAPTION.match(text, mark.end() if mark else 0) is not None


def _asked_again(texts: Sequence[str], kinds: Sequence[str], order: Sequence[int], last: int, p: int) -> bool:
    """A heading after the last long paragraph that asks a question (``安装需要收费吗？``) as a heading above
    that paragraph does too (``滤芯多久更换一次？``), with a paragraph ending a sentence right under it: an
    FAQ's last question and its short answer, not a link or a tool bar under the article."""
    text = texts[order[p]]
    if text[-1:] not in "？?" or p + 1 >= len(order):
        return False
    nxt = order[p + 1]
    return (kinds[nxt] == "paragraph" and texts[nxt][-1:] in rules.SENTENCE_END
            and any(kinds[order[q]] == "heading" and texts[order[q]][-1:] in "？?" for q in range(last)))


def stamps_after_prose(kinds: Sequence[str], texts: Sequence[str], order: Sequence[int]) -> tuple[int | None, list[int]]:
    """Where (in ``order``, the units' indices in the order of the text) a web page's prose ends, its last long
    paragraph (``_PROSE_LONG`` characters or more; None: no such paragraph), and the page's update stamps after it
    (``更新日期：2023-09-26``, ``最後更新：2024-08-20　瀏覽人次：3311``, ``rules.update_stamp``; content units, their
    indices): the site's furniture, as session 17 settled (one under the title, before the prose, is the
    document's date). Both routes ask it (the text route in :func:`close_article`, the HTML reader)."""
    stamps = []
    for p in range(len(order) - 1, -1, -1):
        k = order[p]
        kind = kinds[k]
        if kind == "paragraph" and len(texts[k]) >= _PROSE_LONG:
            return p, stamps
        text = texts[k]
        if kind != "debris" and kind != "title" and ("更新" in text or "修" in text) and rules.update_stamp(
                "".join(text.split())):
            stamps.append(k)
    return None, stamps


def _text_order(groups: Sequence[Sequence[Line]]) -> Sequence[int]:
    """The units' indices in the order of the text (a side column cut off the lines comes last among the units)."""
    starts = [g[0].start for g in groups]
    return range(len(groups)) if starts == sorted(starts) else sorted(range(len(groups)), key=starts.__getitem__)


def _paged(kinds: Sequence[str], texts: Sequence[str]) -> bool:
    """A page number among the debris (``— 2 —``): an extract of printed pages (``pdftotext -nopgbrk``), no web
    dump, whose running heads and folios are no sign-off."""
    return "debris" in kinds and any(k == "debris" and len(t) <= 16 and rules.PAGE_NUMBER.fullmatch(t)
                                     for k, t in zip(kinds, texts, strict=True))


def _prose_or_credit(kind: str, text: str) -> bool:
    """A unit that a page's top prints no higher than its title: a byline, or prose (a paragraph ending a sentence or
    longer than a notice), as :func:`open_article` reads it."""
    return kind == "byline" or kind == "paragraph" and (text[-1:] in rules.SENTENCE_END or len(text) > _NOTICE_MAX)


def _date_over_title(groups: Sequence[Sequence[Line]], kinds: list[str], texts: Sequence[str], order: Sequence[int]) -> list[str]:
    """A date alone on the line straight over a web page's title (a press release's or a blog's ``2024-03-28 17:45``
    above its ``<h1>``), made furniture as a date standing apart from any credit (``classify.stray_date``), is the
    document's date: meta (session 15's convention, ``overdate``; in print a date over the title is a running head's or
    a masthead's, and :func:`open_article` leaves paged text alone). Only at the page's top, no prose or credit above
    (:func:`_prose_or_credit`: a title chosen after the prose, a shop's name under its reviews, has a review's date
    over it)."""
    t = order.index(kinds.index("title"))
    k = order[t - 1] if t else -1
    if k < 0 or any(_prose_or_credit(kinds[o], texts[o]) for o in order[:t]) or kinds[k] != "debris" or len(groups[k]) != 1 or groups[k][0].kind != "meta" \
            or rules.DATE.fullmatch(texts[k]) is None:
        return kinds
    kinds = list(kinds)
    kinds[k] = "meta"
    return kinds


def open_article(raw: str, groups: Sequence[Sequence[Line]], kinds: list[str], texts: Sequence[str]) -> list[str]:
    """Everything a web page prints above the article's **title** but its credits is site furniture
    (debris): the site's name (``东方资讯网``, ``陈宇航的博客``), its slogan, a cookie banner, a section's name
    (``專題報導``), the menus' words that no list rule took. Only where the title was found and no unit
    above it is longer than a notice (60 characters: above a long paragraph the title may be a section's
    heading), and not on text with form feeds; meta and byline units keep their kinds (a release's date
    may stand above its title). Units are taken in the order of the text."""
    if "title" not in kinds or "\f" in raw or _paged(kinds, texts):
        return kinds
    order = _text_order(groups)
    kinds = _date_over_title(groups, kinds, texts, order)
    above = []
    for k in order:
        kind = kinds[k]
        if kind == "title":
            break
        if kind == "byline" or (kind == "paragraph" and texts[k][-1:] in rules.SENTENCE_END):
            return kinds  # a headline printed after the body (a byline, prose above it): not a page's top
        if kind == "heading" or kind == "paragraph":
            if len(texts[k]) > _NOTICE_MAX:
                return kinds
            above.append(k)
    if not above:
        return kinds
    kinds = list(kinds)
    for k in above:
        kinds[k] = "debris"
    return kinds
