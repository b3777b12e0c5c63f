"""Office documents (a government notice, a report, a work bulletin, a press release written in a word
processor): the cover furniture they print once above the title, a research group's byline, the
notes under a table and a letter's apparatus, in both routes; a table's caption (:data:`CAPTION`) is
shared with the PDF and DOCX readers.

- **Masthead** (:func:`mark_lines`, :func:`native_kinds`): among the first lines, above the title, a
  short line naming the kind of paper (``X市人民政府办公室文件``, ``工作简报`` / ``工作簡報``, ``新闻稿`` /
  ``新聞稿``, ``新北市政府教育局　函``, or the office and a lone ``函`` on the next line, as pdftotext
  prints a word set apart by a wide gap) when a title-like line (short, no sentence end) follows
  within a few lines, or a title-like line of any words with an issue line right under it (a periodical's
  name: ``现代职业教育研究`` over ``2024年第1期（总第229期）``); with it the issue line under it (``第18期``) and the compiler's line
  (``南屏市文化和旅游局办公室编　2023年8月25日``, ``臺南市政府新聞處編印`` over ``中華民國110年5月``): all
  ``debris`` (one unit for the office's and the date's lines of one compiler line, as the tool broke it).
  A report whose title is ``工作简报`` keeps it (no title-like line follows).
- **Research group's byline**: a short line among the first twelve that names a research group
  (``南屏市社会科学院课题组``, ``研究團隊：楊雅婷、陳美玲``) is a ``byline``, and a title-like line right above
  it that only furniture precedes is the title even where later pages print it as their running header
  (its first copy, marked furniture by the repetition rule, gets its kind back); the date under it
  stays a unit of its own.
- **A court's signature lines**: a line of a judge's or clerk's role and a name set apart by a gap
  (``审　判　长　阎明海``, ``人民陪审员　马俊立``, ``书　记　员　雷明``, ``rules.SIGNER``, simplified and traditional) is
  ``meta``, one unit a line; so is one with no gap where a common surname follows the role (``审判长张伟``, the
  trial's pdftotext dump of a judgment: no heading).
- **Notes**: a line opening with ``注：`` / ``註：`` and an item number (``注：1. 表中数据…``) and the numbered
  lines right under it (``2. 本报告仅代表课题组观点。``) are ``debris``, one unit a line, as the notes under a
  table are apparatus, not prose.
- **An official letter's apparatus** (:func:`unit_kinds`, on unit kinds): the addressee line, a date
  under the byline at the top, ``（此件公开发布）``, and the signing office with its date after the last
  paragraph are ``meta``.
- **A wrapped title's last characters**: a title line over a line of one or two hanzi alone that
  end the word an official title ends with (``…相关工作的通`` / ``知``, a centred title pdftotext
  wrapped) are one unit (:func:`join_title_tail`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import rules
from .join import CONTINUED
from .lines import Line

__all__ = ["mark_lines", "join_title_tail", "native_kinds", "unit_kinds", "MASTHEAD", "NOTE_START", "CAPTION", "CAPTION_MAX",
           "SIGNER_FIRST", "names_clerk", "signer_line", "beside_signer"]

_TOP = 8  # lines at the top that a masthead may take
SIGNER_FIRST = frozenset("审審代人陪书書法执執")  # first characters of rules.SIGNER's roles
_CLERK = ("记员", "記員", "记　员", "記　員", "记 员", "記 員")  # the clerk's role, as set or letter-spaced
# the kind of paper, printed alone above the title (simplified and traditional)
MASTHEAD = re.compile(r"[\u4e00-\u9fff（）()]{0,20}(?:文件|简报|簡報|快报|快報|新闻稿|新聞稿)")
_LETTER = re.compile(r"[\u4e00-\u9fff]{2,20}[ \t\u3000]+函")  # "新北市政府教育局　函": the office's letter
# an issue line alone: "第18期", "第12期（总第350期）", with its year before it "2024年第1期（总第229期）"
ISSUE = re.compile(r"(?:(?:19|20)[0-9]{2}年)?(?:总|總)?第[0-9０-９]{1,4}期(?:[（(]?(?:总|總)第[0-9０-９]{1,5}期[)）]?)?")
_COMPILER = re.compile(r"[\u4e00-\u9fff]{2,24}(?:编印|編印|编|編|主办|主辦)")
_GROUP = re.compile(r"[\u4e00-\u9fff]{2,24}(?:课题组|課題組|研究组|研究組|研究小组|研究小組)"
                    r"|(?:研究团队|研究團隊|课题组|課題組|研究小组|研究小組)[:：][\u4e00-\u9fff、，,·\s]{2,30}")
# a table's caption ("表1　近三年主要指标", "圖2", "Table 3"), in the PDF and DOCX readers
CAPTION = re.compile(rf"\s*(?:表|图|圖|Table|Fig\.?|Figure)\s*(?:\d{{1,3}}|[{rules.NUMERAL}]{{1,3}})(?![\d年月日])")
CAPTION_MAX = 40  # characters of such a caption at most (the DOCX and HTML readers' test)
NOTE_START = re.compile(r"(?:注|註)[:：]\s*(?:[0-9０-９]{1,2}[.．、]|[（(][0-9０-９]{1,2}[)）])")
# a bracketed note on the release of the document: "（此件公开发布）", "（此頁無正文）"
_RELEASE_NOTE = re.compile(r"[（(]此(?:件|页|頁)[^（）()。]{1,10}[）)]")
_PUNCT = re.compile(r"[，,。！？：:；、“”「」]")
# the signing office and its date on one line, their gap squeezed out: "行政部2027年3月5日", "教會辦公室2027年3月6日"
_SIGNED = re.compile(r"([\u4e00-\u9fff（）()]{2,24}?)((?:19|20)[0-9]{2}(?:年|-|/|\.)[0-9]{1,2}.*)")
# a line that opens a note: the text's first line, or past a "\n" (a pattern that opens with a literal is
# searched for several times faster than one that opens with "^" under re.MULTILINE)
_NOTE_LINE = r"[ \t\u3000]*(?:注|註)[ \t\u3000]*[:：][ \t\u3000]*(?:[0-9０-９]|[（(])"
_NOTE_AT, _NOTE_AT_NL = re.compile(_NOTE_LINE), re.compile("\n" + _NOTE_LINE)
_ITEM = re.compile(r"[0-9０-９]{1,2}[.．、](?![0-9])|[（(][0-9０-９]{1,2}[)）]")
_NOTE_MAX = 120
# the word an official document's title ends with (通知, 意见, 报告, …; 规范, 章程, 法典, 指南, 修正案, … review34): a
# wrapped title's last line (also join._short_whole: a title an author broke before its type is one)
_GENRE_END = re.compile(r"(?:通知|通[报報]|意[见見]|[办辦]法|[决決]定|[报報]告|方案|[规規]定|批[复復]|公告|通告|[请請]示"
                        r"|[纲綱]要|[规規][划劃]|[细細]则|[细細]則|[说說]明|函|决议|決議|条例|條例"
                        r"|[规規]范|[规規]範|章程|法典|[宪憲]法|[总總][结結]|指南|[设設][计計]|修正案)$")
# a year and month (or a full date), also in the Republic's years: "2022年10月", "中華民國112年2月"
_ROC_DATE = re.compile(rf"(?:{rules.ERA}[0-9]{{2,3}}|[0-9]{{4}})年[0-9]{{1,2}}月(?:[0-9]{{1,2}}日)?")


def _sentence(sq: str) -> bool:
    return rules.SENTENCE_END_RE.search(sq) is not None


def _title_like(sq: str) -> bool:
    return (4 <= len(sq) <= 40 and not _sentence(sq) and not any(ch in sq for ch in "：:，,；")
            and not ISSUE.fullmatch(sq) and not _date(sq) and not _compiler(sq))


def _compiler(sq: str) -> bool:
    """"南屏市文化和旅游局办公室编2023年8月25日", "臺南市政府新聞處編印": who compiled the issue, and when."""
    m = _COMPILER.match(sq)
    return m is not None and (m.end() == len(sq) or _date(sq[m.end():]))


_SIGNED_HANZI = re.compile(r"(?![第于於])[\u4e00-\u9fff（）()]{2,24}?" + rules.HANZI_DATE.pattern)


def signed(sq: str) -> bool:
    """An office's name (hanzi, no punctuation) and a full date after it, no time of day: a sign-off on one
    line ("行政部2027年3月5日"; a comment's header "小鱼儿2027-01-17 09:30" has the time)."""
    if sq[-1] == "日" and "年" in sq and _SIGNED_HANZI.fullmatch(sq):
        return True  # "行政部二〇二七年三月五日"
    m = _SIGNED.fullmatch(sq)
    return m is not None and ":" not in sq and rules.DATE.fullmatch(m.group(2)) is not None \
        and not m.group(1).startswith(("第", "于", "於"))


def _date(sq: str) -> bool:
    return (rules.DATE.fullmatch(sq) is not None or rules.HANZI_DATE.fullmatch(sq) is not None
            or _ROC_DATE.fullmatch(sq) is not None)


def masthead_span(texts: Sequence[str], raw_texts: Sequence[str] | None = None) -> list[tuple[int, bool]]:
    """Indices of the masthead lines among ``texts`` (squeezed lines or blocks, from the top, furniture
    already known left out by the caller), each with whether it continues the piece above (a compiler's
    line broken in two). ``raw_texts`` keep the gaps ("新北市政府教育局　函")."""
    raw_texts = raw_texts if raw_texts is not None else texts
    for k in range(min(len(texts), _TOP)):
        sq = texts[k]
        if not sq or len(sq) > 24 or _sentence(sq):
            continue
        found: list[tuple[int, bool]] = []
        if MASTHEAD.fullmatch(sq) or _LETTER.fullmatch(raw_texts[k].strip()):
            found = [(k, False)]
        elif k + 1 < len(texts) and texts[k + 1] == "函" and 4 <= len(sq) <= 20 and not _date(sq):
            found = [(k, False), (k + 1, True)]  # the office and its "函" set apart by a gap: two lines
        elif k + 1 < len(texts) and ISSUE.fullmatch(texts[k + 1]) and _title_like(sq):
            # a periodical's name of any word with its issue line right under it (``现代职业教育研究`` over
            # ``2024年第1期（总第229期）``, a journal's contents page, dev14; ``水情旬报`` over ``2024年第18期``, dev15): the
            # issue line makes it a masthead, as the kind of paper's word does (``工作简报`` over ``第9期``, dev7, dev9)
            found = [(k, False)]
        if not found:
            if _title_like(sq):
                return []  # the title came first: no masthead above it
            continue
        j = found[-1][0] + 1
        while j < len(texts) and j <= found[-1][0] + 3:
            nxt = texts[j]
            if ISSUE.fullmatch(nxt) or MASTHEAD.fullmatch(nxt):
                found.append((j, False))
            elif _compiler(nxt):
                found.append((j, False))
                if j + 1 < len(texts) and _date(texts[j + 1]):
                    j += 1
                    found.append((j, True))
            else:
                break
            j += 1
        # a title-like line must follow within a few lines (a report titled "工作简报" keeps it)
        if not any(_title_like(t) and not MASTHEAD.fullmatch(t) for t in texts[j:j + 4]):
            return []
        return found
    return []


def _has_note_line(raw: str) -> bool:
    """Whether a line of ``raw`` opens with a note's label (:data:`_NOTE_AT`, as ``_NOTE_AT_NL`` finds it past
    a line break). Each "注" / "註" the text holds, found in C, is looked at from its line's start: cheaper
    than a regex pass that tries every line (test_segment_fastpaths.py checks the two agree)."""
    if _NOTE_AT.match(raw):
        return True
    for word in ("注", "註"):
        at = raw.find(word)
        while at >= 0:
            start = raw.rfind("\n", 0, at) + 1  # (0: the first line, which the match above looked at)
            if start and not raw[start:at].strip(" \t\u3000") and _NOTE_AT.match(raw, start):
                return True
            at = raw.find(word, at + 1)
    return False


def names_clerk(raw: str) -> bool:
    """Whether any of :data:`_CLERK` is in ``raw``: each "员" ("員") that the text holds, found in C, is
    looked at with the character or two before it (a text names few, and the six substring scans of the
    whole text cost more)."""
    for role, mark in (("员", "记"), ("員", "記")):
        at = raw.find(role, 1)
        while at > 0:
            if raw[at - 1] == mark or (raw[at - 1] in " \u3000" and raw[at - 2:at - 1] == mark):
                return True
            at = raw.find(role, at + 1)
    return False


def signer_like(sq: str) -> bool:
    """A squeezed line that is :data:`rules.SIGNER` in full: a court role and two to four hanzi."""
    return len(sq) <= 14 and sq[:1] in SIGNER_FIRST and rules.SIGNER.fullmatch(sq) is not None


def beside_signer(sqs: Sequence[str], i: int) -> bool:
    """Whether the nearest line above or below ``sqs[i]`` (squeezed lines or blocks), a date between passed over
    (``人民陪审员　赵国强`` / ``二〇二三年六月二十日`` / ``书记员孙敏``), is :func:`signer_like`: a sign-off block."""
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(sqs) and _date(sqs[j]):
            j += step
        if 0 <= j < len(sqs) and signer_like(sqs[j]):
            return True
    return False


def signer_line(sq: str, gapped: bool, beside: bool) -> bool:
    """Every route's test of a court's signature line (``sq`` squeezed; the caller asks first whether the
    document names its clerk, :func:`names_clerk`): :data:`rules.SIGNER` in full, and a gap inside the line
    (``gapped``: ``审判长 阎明海``, letter-spaced ``审　判　长　阎明海``), or, with no gap, a common surname after
    the role on a line ``beside`` another such line (the sign-off block: ``审判长张伟`` over ``书记员孙敏``); a role
    word's heading (``人民陪审员任期``, ``人民陪审员制度``) alone is none."""
    if not signer_like(sq):
        return False
    return gapped or beside and sq[rules.SIGNER.fullmatch(sq).end("role")] in rules.SURNAMES


def mark_lines(raw: str, lines: Sequence[Line]) -> None:
    """Text route: masthead lines, a research group's byline and the notes (see the module's doc)."""
    if not lines:
        return
    # (a masthead under a running header of the same words, "工作简报" / "工作简报", is a unit of its own)
    top = [i for i, ln in enumerate(lines[:_TOP + 4])
           if (ln.kind not in ("debris", CONTINUED) and not ln.dup) or MASTHEAD.fullmatch(ln.sq)]
    texts = [lines[i].sq for i in top]
    spaced = [raw[lines[i].start:lines[i].end] if len(lines[i].sq) <= 24 else "" for i in top]  # (short lines only)
    for k, cont in masthead_span(texts, spaced):
        lines[top[k]].kind = CONTINUED if cont else "debris"
    for k, line in enumerate(lines[:12]):
        if not line.kind and not line.level and len(line.sq) <= 36 and _GROUP.fullmatch(line.sq):
            line.kind = "byline"
            above = lines[k - 1] if k else None
            if above is not None and above.kind == "debris" and _title_like(above.sq) and not MASTHEAD.fullmatch(above.sq) \
                    and all(ln.kind == "debris" for ln in lines[:k - 1]):
                above.kind = ""  # the title, which later pages print as their running header: the first copy stays
    if names_clerk(raw):  # (a judgment's signature block names its clerk)
        sqs = [line.sq for line in lines]
        for k, line in enumerate(lines):
            if not line.kind and not line.level and signer_line(
                    line.sq, len(line.pieces) + raw.count(" ", line.start, line.end)
                    + raw.count("\u3000", line.start, line.end) > 1, beside_signer(sqs, k)):
                line.kind = "meta"  # "审　判　长　阎明海", "审判长张伟" over "书记员孙敏": one unit a line
    if not _has_note_line(raw):  # (most texts have none)
        return
    i = 0
    while i < len(lines):
        line = lines[i]
        i += 1
        if line.level or len(line.sq) > _NOTE_MAX or line.sq[:1] not in ("注", "註") or not NOTE_START.match(line.sq):
            continue
        line.kind = "debris"
        while i < len(lines) and not lines[i].gap and len(lines[i].sq) <= _NOTE_MAX and _ITEM.match(lines[i].sq) \
                and lines[i].kind in ("", "debris"):
            lines[i].kind = "debris"
            i += 1


def join_title_tail(groups: list[list[Line]]) -> list[list[Line]]:
    """Text route: the first content unit, a title line of 10 or more characters without a sentence end,
    over a line of one or two hanzi alone right under it that end the word an official document's
    title ends with (``通知``, ``意见``, ``报告``, … ``_GENRE_END``; one hanzi also past one blank line, as
    ``pdftotext -layout`` prints a centred title's last line): one unit (``…相关工作的通`` / ``知``)."""
    for i, group in enumerate(groups[:_TOP + 4]):
        first = group[0]
        if first.kind:
            continue
        if i + 1 < len(groups) and len(group) == 1 and not first.level and 10 <= len(first.sq) <= 40 \
                and not _sentence(first.sq) and first.sq[-1] not in "，、：:；":
            nxt = groups[i + 1]
            tail = nxt[0]
            if len(nxt) == 1 and not tail.kind and not tail.level and 1 <= len(tail.sq) <= (1 if tail.gap else 2) \
                    and tail.gap <= 1 and _GENRE_END.search(first.sq[-1] + tail.sq):
                return groups[:i] + [group + nxt] + groups[i + 2:]
        break
    return groups


def native_kinds(kinds: list[str], texts: Sequence[str], raw_texts: Sequence[str]) -> list[str]:
    """Native readers: the same masthead, byline and notes rules on whole blocks (``texts`` squeezed,
    ``raw_texts`` with their gaps); a masthead taken for the title hands the title on to the first
    title-like block below it. Returns the new kinds."""
    kinds = list(kinds)
    top = [i for i in range(min(len(kinds), _TOP + 4)) if kinds[i] != "debris" or MASTHEAD.fullmatch(texts[i])]
    span = masthead_span([texts[i] for i in top], [raw_texts[i] for i in top])
    if span:
        for k, _ in span:
            kinds[top[k]] = "debris"
        if "title" not in kinds:  # (the masthead was the title, or stood in larger type above it)
            last = top[span[-1][0]]
            for j in range(last + 1, min(len(kinds), last + 5)):
                if kinds[j] in ("heading", "paragraph") and _title_like(texts[j]):
                    kinds[j] = "title"
                    break
    for i in range(min(len(kinds), 12)):
        if kinds[i] == "paragraph" and len(texts[i]) <= 36 and _GROUP.fullmatch(texts[i]):
            kinds[i] = "byline"
            if i + 1 < len(kinds) and kinds[i + 1] in ("paragraph", "heading") and _date(texts[i + 1]):
                kinds[i + 1] = "meta"
    kinds = unit_kinds(kinds, texts)
    clerk = None  # (does a block name the clerk, "书记员 孙敏": asked once, at the first signature-like block)
    for i, sq in enumerate(texts):  # a court's signature line, a block of its own: meta, as the text route makes it
        if clerk is None and signer_like(sq):
            clerk = names_clerk("\n".join(texts))
        if clerk and kinds[i] in ("paragraph", "heading") and signer_line(
                sq, " " in raw_texts[i].strip() or "\u3000" in raw_texts[i].strip(), beside_signer(texts, i)):
            kinds[i] = "meta"
    i = 0
    while i < len(kinds):
        sq = texts[i]
        i += 1
        if kinds[i - 1] not in ("paragraph", "heading") or len(sq) > _NOTE_MAX or not NOTE_START.match(sq):
            continue
        kinds[i - 1] = "debris"
        while i < len(kinds) and kinds[i] in ("paragraph", "debris") and len(texts[i]) <= _NOTE_MAX and _ITEM.match(texts[i]):
            kinds[i] = "debris"
            i += 1
    return kinds


def unit_kinds(kinds: list[str], texts: Sequence[str]) -> list[str]:
    """Both routes, on the units' kinds (``texts`` squeezed): an official letter's apparatus is ``meta`` —
    the addressee line under the title (``各县（市、区）人民政府，市政府各部门：``), a date alone under a
    byline at the top (``2022年10月``), a bracketed note on
    the document's release (``（此件公开发布）``, ``（此頁無正文）``), and after the last paragraph the
    signing office right above a date alone (``青川市人民政府办公室`` / ``2022年2月12日``), with the date.
    Returns the new kinds (a new list)."""
    kinds = list(kinds)
    for i in range(min(len(kinds), _TOP + 8)):
        if kinds[i] in ("paragraph", "heading") and (rules.ADDRESSEE.fullmatch(texts[i])
                                                    or (i and kinds[i - 1] == "byline" and _date(texts[i]))):
            kinds[i] = "meta"  # (a date alone under the byline at the top: "2022年10月" under the research group)
    last = next((i for i in range(len(kinds) - 1, -1, -1)  # the last paragraph of prose (from the end: fast)
                 if kinds[i] == "paragraph" and (len(texts[i]) > 24 or _sentence(texts[i]))), -1)
    if last < 0:
        return kinds
    # a one-line sign-off is looked for after the last longer paragraph: comments under it may end sentences
    longer = last if len(texts[last]) > 24 else next(
        (i for i in range(last - 1, -1, -1) if kinds[i] == "paragraph" and len(texts[i]) > 24), -1)
    for i in range(longer + 1, len(kinds)):
        sq = texts[i]
        if i <= last:
            pass
        elif kinds[i] in ("paragraph", "heading", "debris") and _RELEASE_NOTE.fullmatch(sq):
            kinds[i] = "meta"
            continue
        elif kinds[i] in ("heading", "paragraph") and 2 <= len(sq) <= 24 and not _PUNCT.search(sq) \
                and i + 1 < len(kinds) and kinds[i + 1] in ("meta", "debris", "heading", "paragraph") and _date(texts[i + 1]):
            kinds[i] = kinds[i + 1] = "meta"  # the signing office and the date it signed
            continue
        if kinds[i] in ("heading", "paragraph") and len(sq) <= 40 and (sq[-1] == "日" or "0" <= sq[-1] <= "9") \
                and i and kinds[i - 1] != "debris" and signed(sq):
            kinds[i] = "meta"  # both on one line: "行政部  2027年3月5日" (not a running footer under a folio: "- 1 -")
    return kinds
