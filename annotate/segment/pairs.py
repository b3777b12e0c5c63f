"""A short line under a heading that is not the heading's second line (join.py's ``_heading_pair``).

Two short unpunctuated lines one under the other are often one title printed over two lines; an
extract without geometry (pdftotext's default and ``-raw`` modes) cannot tell them from a title and
the first short line of the text under it. :func:`own_line` says, from the text alone, that ``nxt``
starts a unit of its own:

* it opens with a list mark (``a）…``, ``（1）…``, ``1．…``: an item under a clause head
  ``5.2　设备要求``), a heading's second line never does; or with the item number after the one the line above opens
  with or holds after a label (``附件：1.工作任务分解表`` / ``2.联络员名单``);
* it opens with a clause number with levels (``5.1　一般要求``), or with a clause number under a line
  that opens with one (``5　基本要求`` / ``6　…``);
* it opens with a part's label (``第一單元　導論``, ``第3课``, ``第二章``) under a numbered section head
  (``二、教學內容與要求``);
* it is a ``label：value`` line (``项目名称：…``) under a numbered section head (``一、项目基本情况``) or
  under another ``label：value`` line (``采购需求：…`` / ``合同履行期限：…``: two fields);
* the line above is a credit (``文／X　指导教师　Y``): the heading under a byline is the next
  section's (``课堂内外``);
* it is two or more organisation names set apart by spaces (``臨海市統計局　臨海市文化和旅遊局``, also with
  OCR-like spaces inside them): the issuing offices under a communique's title (a byline), like the personal
  names join.py's ``_names`` finds;
* it opens with a label of two to four hanzi and text, longer than a short head (six characters at most)
  above it (``知識拓展`` / ``小貼士：可查閱地方誌瞭``: a box's head over its tip);
* it is a ``label：value`` line whose value is a code of Latin letters and digits (``型号：DS112-A``, ``版本：V2.1``):
  a field under a title, never a title's second line;
* it is a label, a person's name (a common surname first) and perhaps a title after a gap (``主讲：任红强　教授``
  under a lecture's title): a credit, never a title's second line;
* it is a ``label：value`` line under a line wholly in brackets (``（供稿：综合科）`` / ``报：…``), or over another
  (the first of a memo's fields under its title: ``內部通告`` / ``致：全體員工`` / ``由：人力資源部``);
* (:func:`credit_done`, for any line) the line above is a whole credit: it opens with a role
  (``文／``, ``作者：``) and ends with a name of two to four characters set apart by a space;
  a short unpunctuated line under it is a heading, not the rest of a name;
* (:func:`letter_break`, for any line) the line above is a letter's salutation (``尊敬的林教授：``,
  ``親愛的同學們：``: opening with 尊敬的 / 敬爱的 / 亲爱的, simplified or traditional, ending with a colon; a
  notice's addressees, ``各位同事：``, ``rules.ADDRESSEE``) or
  its closing formula ``此致`` alone: the line under it is the letter's first paragraph or ``敬禮！``;
* it is a short head (six characters at most) and the line after it opens with a paragraph or item
  number (``技术领域`` / ``[0001]　本发明…``, ``学习目标`` / ``1．了解…``): the head of what follows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from . import rules
from .lines import Line

__all__ = ["ITEM_NUMBER", "LETTER_CLOSING", "LETTER_FIRST", "LETTER_ITEM", "bracket_label", "credit_done", "letter_break",
           "named_field", "organisation", "own_line"]

# an item's letter or a paragraph's number: "a）", "b)", "[0001]", "【0002】"
LETTER_ITEM = re.compile(r"[a-zA-Z][）)]")
_PARA_NUMBER = re.compile(r"[\[【［]\d{1,5}[\]】］]")
# a number that opens an item: "1．", "2.", "（1）"
ITEM_NUMBER = re.compile(r"\d{1,2}[．.、](?!\d)|[（(]\d{1,2}[）)]")
_SECTION_NUMBER = re.compile(rf"{rules.CLAUSE_NUMBER.pattern}(?![\d.])")
# the last characters of an organisation's name (simplified and traditional)
_DOTTED = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,3}(?![\d.])")  # a clause number with its levels: "5.1", "3.2.1"
_PART = re.compile(rf"{rules.PART_ORDINAL}(?:单元|單元|课|課|{rules.PART_WORDS})")
_ORG_END = re.compile("(?:局|部|厅|廳|委|会|會|院|所|处|處|办|辦|室|署|府|社|馆|館|司|中心|学校|學校|大学|大學|集团|集團)$")  # (司: a ministry's department, 综合司; a company, 公司)
_ORG_WORD = re.compile(r"[\u4e00-\u9fff]{3,16}")
_NEXT_LINE = re.compile(r"\n\s*")  # (to the next line's first character)
_HEAD_MAX = 6  # characters of a section head over a numbered paragraph or item
_LABEL_OPENS = rules.NOTE_LABEL  # a label of two to four hanzi (not a title's word cut: "…通常选" / "举：…")


# a field's value of Latin letters and digits, a code, a model or a version: "DS112-A", "V2.1", "HT-2019-7071"
_CODE_VALUE = re.compile(r"(?=[^\u4e00-\u9fff]*[A-Za-z])(?=[^\u4e00-\u9fff]*\d)[A-Za-z0-9./_\-－]{2,24}")


# a label with a bracketed qualifier, a colon and a value: "甲方（采购方）：北辰科技有限公司", "姓名（签字）：…"
_QUALIFIED_FIELD = re.compile(r"[\u4e00-\u9fff]{1,6}[（(][\u4e00-\u9fff]{1,8}[）)][:：].")
# a label, a person's name and a title or office after a gap, or more names, the whole line: "主讲：任红强　教授",
# "主持：王伟", "分析师：吕红　丁超敏"
_NAMED_FIELD = re.compile(r"[ \t\u3000]*[\u4e00-\u9fff]{2,4}[:：][ \t\u3000]*[\u4e00-\u9fff]{2,3}(?:[ \t\u3000]+[\u4e00-\u9fff]{2,5}){0,3}[ \t\u3000\r]*")


def named_field(line: Line, raw: str) -> bool:
    """``line`` is a label and a person's name (a common surname first), then perhaps a title or more names after gaps
    (``主讲：任红强　教授``, ``分析师：吕红　丁超敏``): a credit, no line of a title or of a column's prose."""
    if not raw or _NAMED_FIELD.fullmatch(raw, line.start, line.end) is None:
        return False
    sq = line.sq
    return sq[rules.LABEL.match(sq).end()] in rules.SURNAMES


_HEAD_NUMBER = rules.HEAD_NUMBER  # a section head's number: "二、"
_BRACKET_LABEL = re.compile(r"【[^】\s]{1,10}】")  # a label in black brackets, the whole line: "【药品名称】"
_SHORT_HEAD = 10  # characters: a numbered head this short is whole on its line
_WORD_MAX = 4  # characters of a label or a table cell under it


def bracket_label(sq: str) -> bool:
    """``sq`` (a line's squeezed text) is a label in black brackets alone: "【药品名称】", "【成份】"."""
    return sq[-1] == "】" and _BRACKET_LABEL.fullmatch(sq) is not None


def own_line(group: Sequence[Line], nxt: Line, raw: str) -> bool:
    """Whether ``nxt`` (short, under the short lines ``group``) starts a unit of its own (see the module's
    docstring; ``raw``: the text, where the line under ``nxt`` is read)."""
    nsq, first = nxt.sq, group[0].sq
    if LETTER_ITEM.match(nsq) or _PARA_NUMBER.match(nsq) or rules.ENUMERATOR.match(nsq):
        return True
    if nsq[0].isdigit() and (m := ITEM_NUMBER.match(nsq)) and _item_before(first, m.group()):
        return True  # the next item of a list opened on the line above, after its label: "附件：1.…" / "2.联络员名单"
    if _DOTTED.match(nsq) or (_SECTION_NUMBER.match(nsq) and _SECTION_NUMBER.match(first)):
        return True  # a clause head under another: "5　基本要求" / "5.1　一般要求"
    if _PART.match(nsq) and (rules.ENUMERATOR.match(first) or _SECTION_NUMBER.match(first)):
        return True  # a part's label under a numbered section head: "二、教學內容與要求" / "第一單元　導論"
    if (len(group) == 1 and bracket_label(first)) or bracket_label(nsq):
        return True  # a section label in black brackets alone on its line: "【药品名称】" / "通用名称：…"
    if len(group) == 1 and len(nsq) <= _WORD_MAX and len(first) <= _SHORT_HEAD and _HEAD_NUMBER.match(first):
        return True  # a box's label or a table's first cell under a short numbered head: "二、安全注意事項" / "警告"
    if nsq[0] not in "（(" and _QUALIFIED_FIELD.match(nsq):
        return True  # a field whose label carries a qualifier: "实验仪器采购合同" / "甲方（采购方）：北辰科技有限公司"
    if (m := rules.LABEL.match(nsq)) and m.end() < len(nsq):
        if rules.ENUMERATOR.match(first) or _SECTION_NUMBER.match(first):
            return True
        if (f := rules.LABEL.match(group[-1].sq)) and f.end() < len(group[-1].sq):
            return True  # two fields: "采购需求：…" / "合同履行期限：…"
        if len(group) == 1 and len(first) <= _HEAD_MAX < len(nsq) and _LABEL_OPENS.match(nsq):
            return True  # a box's head over a tip that opens with its label: "知識拓展" / "小貼士：可查閱地方誌瞭"
        if raw and (after := _NEXT_LINE.search(raw, nxt.end)) and (f := rules.LABEL.match(raw, after.end())) \
                and raw[f.end():f.end() + 1].strip():
            return True  # the first of a run of fields under a title: "內部通告" / "致：全體員工" / "由：人力資源部"
        if _CODE_VALUE.fullmatch(nsq, m.end()):
            return True  # a field whose value is a code: "家用血压计使用说明书" / "型号：DS112-A"
    if first[0] in rules.CREDIT_FIRST and rules.CREDIT_OPENS.match(first):
        return True
    if named_field(nxt, raw):
        return True  # a person named after a label: "区域经济学第六讲讲义" / "主讲：任红强　教授"
    if len(group) == 1 and first[0] in "（(" and first[-1] in "）)" and rules.LABEL.match(nsq):
        return True  # a line wholly in brackets over a field: "（供稿：综合科）" / "报：市委办公室、…"
    if raw and not nxt.clean and _organisations(nxt, raw):
        return True
    if len(nsq) > _HEAD_MAX or not raw:
        return False
    m = _NEXT_LINE.search(raw, nxt.end)  # the next line with text (blank lines between or not)
    return m is not None and (_PARA_NUMBER.match(raw, m.end()) is not None or ITEM_NUMBER.match(raw, m.end()) is not None)


def _item_before(first: str, mark: str) -> bool:
    """``first`` opens with the item mark before ``mark`` (``2.`` after ``1.``, ``（3）`` after ``（2）``), or holds it
    right after a label's colon (``附件：1.工作任务分解表``)."""
    number = int("".join(ch for ch in mark if ch.isdigit()))
    if number < 2:
        return False
    at = first.find(mark.replace(str(number), str(number - 1)))
    return at == 0 or (at > 0 and first[at - 1] in "：:")


def organisation(sq: str) -> bool:
    """``sq`` (a squeezed line) is one organisation's name alone: hanzi only, ending as such a name ends
    (``滨江市第一人民医院``, ``清源县人民政府办公室``, ``臺中市政府研究考核處``)."""
    return _ORG_WORD.fullmatch(sq) is not None and _ORG_END.search(sq) is not None


def _organisations(line: Line, raw: str) -> bool:
    """Two or more organisations' names set apart by spaces; where an OCR pass set words apart inside them
    (``临海市统计局 临海市 文化 和旅 游 局``, a word of one or two characters among them), the words read one after
    another until each name ends."""
    words = " ".join(raw[s:e] for s, e in line.pieces).split()
    if len(words) < 2:
        return False
    if all(_ORG_WORD.fullmatch(w) and _ORG_END.search(w) for w in words):
        return True
    if all(len(w) > 2 for w in words):
        return False
    names, name = 0, ""
    for w in words:
        name += w
        if _ORG_WORD.fullmatch(name) and _ORG_END.search(name):
            names, name = names + 1, ""
    return names >= 2 and not name


_LAST_NAME = re.compile(r"\s[\u4e00-\u9fff·]{2,4}\s*$")


def credit_done(prev: Line, nxt: Line, raw: str) -> bool:
    """``prev`` is a whole credit line (``文／高二（3）班　李思远　指导教师　陈老师``) and ``nxt`` a
    short unpunctuated line: a heading under the byline (see the module's docstring)."""
    sq = prev.sq
    if not raw or sq[0] not in rules.CREDIT_FIRST or len(nxt.sq) > _HEAD_MAX + 2 or nxt.last in rules.PARAGRAPH_END:
        return False
    if not rules.CREDIT_OPENS.match(sq) or rules.SENTENCE_END_RE.search(nxt.sq):
        return False
    return _LAST_NAME.search(raw, prev.start, prev.end) is not None


_SALUTATION = re.compile(r"(?:尊敬的|敬爱的|敬愛的|亲爱的|親愛的)[^，。！？,.!?]{1,16}[：:]")
LETTER_CLOSING = "此致"  # a letter's closing formula (its first line; the PDF reader's test too)
_CLOSING = frozenset({LETTER_CLOSING})
LETTER_FIRST = frozenset("此尊敬亲親各")  # the first characters of a salutation and of the closing (a caller's quick test)


def letter_break(group: Sequence[Line], nxt: Line) -> bool:
    """The unit so far is a letter's salutation line or its closing ``此致``: ``nxt`` starts a unit."""
    if len(group) != 1:
        return False
    sq = group[0].sq
    return sq in _CLOSING or (sq[0] in "尊敬亲親" and _SALUTATION.fullmatch(sq) is not None) or (
        sq[0] == "各" and rules.ADDRESSEE.fullmatch(sq) is not None)  # a notice's addressees: "各位同事："
