"""Bring every batch's gold into line with the conventions settled in sessions 13, 15, 16 and 17 (README: "Conventions
settled in session 13", "... in session 15", "... in session 16", "... in session 17").

    PYTHONPATH=$PWD python benchmarks/segcorpus/regold_conventions.py          # rewrite gold/*.json in place
    PYTHONPATH=$PWD python benchmarks/segcorpus/regold_conventions.py --check  # count what would change

The builders of the batches golded a few kinds of line differently; this script applies one rule per case to
every gold file (text and native, development and held-out alike), from the units' own text and order and the
text file they were made from (where its lines are), never from a segmenter's output or a score:

- ``badge``: a platform's originality badge (WeChat's / CSDN's ``原创``, ``原創``) at the head of a byline is
  debris, not part of the byline (batches 11 and 12 golded it so; batch 6 kept it in the byline). Text gold:
  the byline unit is cut after the badge (the badge and the whitespace after it become a debris unit);
  native gold: the byline loses the badge, which joins the ``furniture`` list.
- ``iparea``: WeChat's IP-region label at the end of the byline line (``… 2023-10-01 07:19 发表于北京``:
  ``发表于`` + a place name after a clock time) is debris, as the badge (batch 6 golded it so; batch 11 kept
  it in the byline). A forum's ``发表于 2022-6-25 18:15`` (a date: when the post was written) stays.
- ``editnote``: a forum's edit note (``本帖最后由 X 于 … 编辑``) is debris (batches 3 and 4; batch 7 golded it
  ``meta``). Text gold: the unit becomes debris; native gold: it leaves the units for ``furniture``.
- ``topdate``: a date (with a time or weekday or not) alone, straight under the title, is ``meta`` (batches
  4 to 12; batches 3 and 4 web golded the Taiwan news page's ``2023/07/12 21:23`` as debris). Text gold: a
  debris unit that is only a date and follows the title's last piece becomes meta; native gold: where a text
  gold file of the same document had one, the same string leaves ``furniture`` and becomes a meta unit after
  the title.
- ``cells``: a table is debris one unit per cell (batches 3, 10, 11 and 12; batches 5 and 7 golded one unit per
  printed line, the cells a tool put on one line sharing it). Text gold of a document whose native gold lists its
  table cells as ``apparatus`` (batches 5 and 7): a debris unit whose text is two or more consecutive cells of
  that list is cut after each cell (whitespace goes with the cell before it).

Settled in session 15 (README: "Conventions settled in session 15"):

- ``rows``: a table row that a tool draws with borders (w3m's ``│…│…│``, ``┃``, html2text's ``|…|…|``) is debris
  one unit per cell, as every other table (batch 14 golded it so; batches 3 to 13 kept the row in one unit). Text
  gold: a debris unit that is a bordered row of two or more cells is cut after each inner border (whitespace goes
  with the cell before it).
- ``review``: a review's rating and time printed with its author (``王艳 评论 远山之外 力荐 2024-01-09 17:26``,
  ``★★★★★ 口味：5 环境：4 服务：5`` under ``慢慢走的风　2024-12-02 更新``) are the byline's, as a forum post's time
  (batches 11 to 13 kept the time in the byline; batches 13 and 14 made the rating debris). Text gold: a debris unit
  that is a rating (stars or a rating word, sub-scores, a date) right after a byline joins it where they share the
  line, else becomes a byline unit of its own; native gold: its strings leave ``furniture`` the same way.
- ``disclosure``: a government document's own ``（此件公开发布）`` is ``meta`` (batches 7 and 11 print; batches 11 and
  14 web had it debris). Native gold: it leaves ``furniture`` for a meta unit where the text gold has it.
- ``overdate``: on a web page, a date alone straight over the title is ``meta``, as one under it (batch 14; batches
  3 and 4 had a blog's post date over its title debris). In print a date over the title is the running head's or
  the masthead's and stays debris.
- ``docno``: in print, a letterhead's document number (``江政办发〔2024〕25号``) or a contract number
  (``合同编号：HT-2024-073``) or a form's (``编号：泉KJ2024625``) over the title is ``meta`` (batches 5, 6, 7, 11, 13; batches 3, 4 and 13 had it debris),
  unless the file also has it as a content unit (then the one over the title is a page header's copy). A web
  page's information table (``文号：│…│``) is the site's and stays debris.

- ``heads``: a running head or foot is debris **one unit per piece**: each string the page sets apart (pdftotext's
  default mode prints each on its own line with a blank line between, ``-layout`` keeps them on one line with a wide
  gap), as a table is one unit per cell (batches 3 to 14 golded most heads so; the first corpus (dev, heldout) and
  dev2, and some pages of later batches, kept a head's pieces in one unit). Text gold of a pdftotext file: a debris
  unit that is the first or the last of its page, or that the file repeats (a head that pdftotext sets amid the
  page's text), and holds two or more such pieces is cut before each piece
  (whitespace goes with the piece before it); the file's own text says where its lines and gaps are.

Settled in session 16 (README: "Conventions settled in session 16"):

- ``bydate``: a date alone on its line right under the byline is ``meta``, the document's date, as one under the
  title (batches 9 to 15; batches 3 and 4 web had the Taiwan magazine's ``2023/11/15`` under ``文／楊凱文　攝影／黃建華``
  debris). Text gold: a debris unit that is only a date and opens a line right after a byline becomes meta (not a
  table's cell); native gold: it leaves ``furniture`` for a meta unit after the byline.
- ``refs``: a reference section (its heading alone on its line, ``参考文献：``, ``參考資料``, and its entries,
  ``[1] …``, a wiki's ``1. ^ …``) is debris, citation apparatus as a footnote is (batches 7, 5 web, 10, 11 had it
  furniture; batches 5 and 11 print, 13 web and 15 made it heading and paragraphs). Text gold: the heading and the
  entries after it (up to the next heading) become debris, an entry with its ``cont`` pieces (only the pieces its
  native entry goes on with: pdftotext's default mode sets the other column's pieces between); native gold: they
  move to ``furniture``.
- ``attach``: a document's own attachment note (``附件：做好…任务分工表``, ``附件：`` / ``1. 成员名单`` / ``2. …``) is
  ``meta``, the document's apparatus as its signing office and date (batch 13 had it so; batches 11 and 15 print had
  it paragraph or heading); a web page's list of files to download (a name with its extension or a size:
  ``附件：1.申报表.doc``, ``附件一：路線圖（PDF，2.1MB）``) is the site's, debris, its label ``附件`` too (batch 14 TW made
  the label a heading). Native gold: as its text gold.
- ``endmark``: the document's own end mark (``（以下空白）`` in a form, ``（以下无正文）`` in a contract, ``（此页无正文）``)
  is ``meta``, as ``（此件公开发布）`` (batch 15 print had it debris, batch 5 paragraph).
- ``tdcells``: a row of a web page's data table that a tool prints without borders (lynx, html2text, a browser's
  print) is debris one unit per cell, as a bordered row (``rows``) and a table in print (``cells``); batch 14 web
  golded it so, the other web batches kept a row in one unit while w3m's bordered copy of the same table was cut per
  cell. The cells are read from the page itself (``<td>``, ``<th>`` of a table of two or more rows whose cells are
  all short and which holds no table: not a layout table, a one-row menu or masthead); a debris unit that is two or
  more consecutive cells is cut after each (whitespace goes with the cell before it); a unit that is itself one cell
  stays whole, and a table's cell is no date line (``bydate``, ``overdate``).
- ``masthead``: in print, a serial's masthead over the title (its issue ``2024年第18期``, the issuer-and-date line
  right under the issue) and a letterhead's issuer (``宁川市安全生产委员会办公室文件``, as session 15 said) are the
  publisher's frame, debris, as a newspaper's masthead (batches 7, 12, 13 and 15's r15-005 had them debris; p15-006
  and r15-000 meta). Native gold: they move to ``furniture``.

Settled in session 17 (README: "Conventions settled in session 17"):

- ``runin``: a dateline byline in brackets run into the first line of its paragraph (``〔記者吳淑芬／高雄報導〕馬祖地區…``)
  is the paragraph's, as a wire's ``新华社莫斯科4月28日电`` and ``本报讯（记者…）`` (batches 11, 12, 15 web; batches 5 print
  and 7 made it a byline unit). Text gold: a bracketed byline that shares its line with the paragraph after it,
  two spaces at most between (a column's gap in ``-layout`` is none), joins it; native gold: where a text gold of the
  document joined it, the byline joins the paragraph it opens. A byline on its own line stays.
- ``bylinedate``: a date that shares its line with the byline before it is the byline's
  (``文/研究生院　图/宣传部　2023-11-20``), as every batch but w15-008 golded it; native gold: the date's meta unit joins
  the byline.
- ``unitnote``: a table's unit note (``单位：万元``, ``单位：元　币种：人民币``) is debris with its table (batch 11 print;
  r15-001 had it meta). Native gold: to ``furniture``.
- ``updated``: a web page's update stamp after the last of its content (``更新日期：2023-09-26``, ``信息更新时间：…``,
  ``本词条由 X 校对　最后更新：…``) is the site's, debris (batches 6, 7, 14 TW, 15 TW; batch 14 web had it meta). One
  under the title stays meta; a printed document's revision date is its own. Native gold: to ``furniture``.
- ``headno``: a heading's number that a tool prints apart (``-layout``'s ``1     竞争格局``) is the heading's, where the
  document's native gold has the heading with its number (batches 13 and 15 print had the number debris). Text
  gold: the debris unit joins the heading after it.
- ``tdcells`` reads a page in its own charset (its ``<meta charset>``: a Big5 page's cells were read as GB18030 and
  missed, v15-007's file table).

The units' texts still concatenate to the same text (text gold: the file's text); a file is rewritten in
the layout it was written in. Running it again changes nothing. It prints the units changed per split and
case.
"""

from __future__ import annotations

import argparse
import collections
import html.parser
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import make_corpus as mc  # noqa: E402  (the builders' gold writer)

from annotate.io import atomic_write  # noqa: E402
from annotate.segment.readers.html import decode_html  # noqa: E402  (the page's own charset: Big5 pages)
from annotate.segment.score import squash  # noqa: E402

CONTENT = ("title", "heading", "byline", "meta", "paragraph")
# the badge at the head of a byline, and the whitespace after it
BADGE = re.compile(r"^(\s*)(原创|原創)(\s+|(?=\S))")
# WeChat's IP-region label after the clock time that ends the byline
IPAREA = re.compile(r"(?<=\d:\d\d)(\s*)((?:发表于|發表於)[\u4e00-\u9fff]{2,4})(\s*)$")
EDITNOTE = re.compile(r"^本帖最[后後]由.{1,40}[于於].{4,30}[编編][辑輯]$")
# a bordered table row: two or more cells between the borders that w3m (│ ┃) or html2text (|) draws
BORDER = "│┃|"
ROW = re.compile(r"^[│┃|](?:[^│┃|]+[│┃|]){2,}$")
# a review's rating: stars or a rating word, then sub-scores and/or a date and time, nothing else
RATING = re.compile(r"^(?:[★☆]{1,5}|力荐|推荐|还行|较差|很差|力薦|推薦|還行|較差)"
                    r"(?:[^\W\d_]{1,4}[：:]\d(?:\.\d)?)*"
                    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\d{1,2}:\d{2}(?::\d{2})?)?)?$")
DISCLOSURE = re.compile(r"^[（(]此件(?:公开|公開)(?:发布|發布)[）)]$")
DOCNO = re.compile(r"^[\u4e00-\u9fff]{1,10}[〔［\[]\d{4}[〕］\]]第?\d{1,5}[号號]$"
                   r"|^(?:合同|协议|協議|合約)?(?:编号|編號)[：:][-A-Za-z0-9\u4e00-\u9fff]{1,24}$"
                   r"|^(?:发文字号|發文字號|文号|文號)[：:][\u4e00-\u9fff]{0,10}第?\d{1,12}[号號]$")
DATE = re.compile(r"^[（(]?(?:\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?|民國\d{2,3}年\d{1,2}月\d{1,2}日)"
                  r"(?:星期.|週.|周.)?(?:\d{1,2}[:：]\d{2}(?::\d{2})?)?[）)]?$")

# the document's own mark that nothing follows on the page or in the form: （以下空白）, （以下无正文）, （此页无正文）
ENDMARK = re.compile(r"^[（(](?:以下|此[页頁]|本[页頁])(?:空白|[无無]正文)[）)]$")
# a reference section's heading alone on its line, and its entries ([1] …, a wiki's 1. ^ … / ↑ …)
REFHEAD = re.compile(r"^(?:参考文献|參考文獻|参考资料|參考資料|参考书目|參考書目)[：:]?$")
REFENTRY = re.compile(r"^(?:[\[［]\d{1,3}[\]］]|\d{1,3}[.．]\^|[\^↑])")
# an attachment note's label (附件 / 附件： / 附件一：, what follows it short and no sentence) and its numbered items
ATTACH = re.compile(r"^附件[一二三四五六七八九十\d]{0,2}(?:[：:][^。；]{0,40})?$")
ATTACH_ITEM = re.compile(r"^[*•·-]?(?:\[\d{1,3}\])?(?:\d{1,2}[.．、]|附件[一二三四五六七八九十\d]{1,2}[：:])[^。；]{1,60}$")
# a file to download: a name with its extension, or a size
FILE = re.compile(r"\.(?:pdf|docx?|xlsx?|odt|ods|zip|rar|pptx?)\b|\d(?:\.\d+)?[KMG]B", re.IGNORECASE)
# a serial's masthead over the title in print: its issue (2024年第18期, 第36期（总第389期）), the line of its
# issuer and date under the issue (临江市水文水资源勘测局　2024年6月28日, 南屏市文化和旅游局办公室编　2023年8月25日), and a
# letterhead's issuer (宁川市安全生产委员会办公室文件)
ISSUE = re.compile(r"^(?:\d{4}年)?第\d{1,4}期(?:[（(][总總]第\d+期[）)])?$")
ISSUER_DATE = re.compile(r"^[\u4e00-\u9fff]{2,30}(?:\d{4}|中華民國\d{2,3})年\d{1,2}月(?:\d{1,2}日)?$")
LETTERHEAD = re.compile(r"^[\u4e00-\u9fff]{4,30}文件$")

# session 17: a dateline byline in brackets (〔記者X／Y報導〕, （记者X 通讯员Y）, 【本報訊】記者X報道) that a page runs into
# its first paragraph
RUNIN = re.compile(r"^(?:[〔（(][^〕）)]{0,30}(?:記者|记者)[^〕）)]{1,30}[〕）)]"
                   r"|【[^】]{1,10}】(?:記者|记者)[^。，]{1,20}(?:報道|报道|報導|报导)[：:]?)$")
# a heading's number alone (一、 / 1 / 1.2 / （一） / 第二章), where a tool prints it apart from the heading's words
HEADNO = re.compile(r"^(?:第?[一二三四五六七八九十百\d]{1,3}[、.．章节節條条]?|\d{1,2}(?:[.．]\d{1,2}){1,3}[.．]?"
                    r"|[（(][一二三四五六七八九十\d]{1,3}[）)])$")
# a table's unit note (单位：万元, 单位：元　币种：人民币)
UNITNOTE = re.compile(r"^[（(]?(?:金额|金額)?(?:单位|單位)[：:][^。；，,]{1,16}[）)]?$")
# a page's update stamp (更新日期：2023-09-26, 最後更新：2024-08-20　瀏覽人次：3311, 本词条由X校对　最后更新：…)
UPDATED = re.compile(r"(?:更新|修改|修訂|修订)(?:日期|時間|时间|于|於)?[：:]?(?:\d{4}|\d{2,3}(?=[-/.]))[-/.年]\d")

# what parts the pieces of a running head: a blank line (pdftotext's default mode), a page break, a wide gap on
# one line (-layout)
PIECES = re.compile(r"(?:[ \t\u3000]*\r?\n){2,}[ \t\u3000]*|\f|(?<=\S)[ \t\u3000]{3,}(?=\S)")


def routes() -> dict[str, tuple[str, str]]:
    """{stem: (route, split)} of every corpus file (its folder names only)."""
    out = {}
    for route in ("text", "native"):
        for folder in sorted((HERE / route).iterdir()):
            for path in folder.iterdir():
                out[path.name.rsplit(".", 1)[0]] = (route, folder.name)
    return out


def _cut(unit: dict, at: int, first_kind: str, second_kind: str) -> list[dict]:
    """``unit`` cut at character ``at`` of its text into two units of the given kinds (a ``cont`` flag stays
    with the first piece)."""
    return [{**unit, "kind": first_kind, "text": unit["text"][:at]}, {"kind": second_kind, "text": unit["text"][at:]}]


_CELL_MAX = 24  # characters of a table cell (squeezed); longer apparatus is a caption, a note or a reference


def _cells(sq: str, cells: list[str]) -> list[str] | None:
    """``sq`` as two or more consecutive items of ``cells`` (the cells in drawing order), or None."""
    for k, first in enumerate(cells):
        if not sq.startswith(first):
            continue
        out, at = [], 0
        for cell in cells[k:]:
            if not cell or not sq.startswith(cell, at):
                break
            out.append(cell)
            at += len(cell)
            if at == len(sq):
                return out if len(out) >= 2 else None
    return None


class _TableCells(html.parser.HTMLParser):
    """The data tables of a page, each as its rows of squashed cell texts (``<td>``, ``<th>``); a table that holds
    another table lays the page out and is left out (the inner one is read on its own)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tables: list[list[list[str]]] = []
        self.stack: list[dict] = []  # open tables: {"rows", "cell" (its text pieces or None), "nested"}
        self.skip = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in ("script", "style"):
            self.skip += 1
        elif tag == "table":
            if self.stack:
                self.stack[-1]["nested"] = True
            self.stack.append({"rows": [], "cell": None, "nested": False})
        elif self.stack and tag == "tr":
            self._close_cell()
            self.stack[-1]["rows"].append([])
        elif self.stack and tag in ("td", "th"):
            self._close_cell()
            if not self.stack[-1]["rows"]:
                self.stack[-1]["rows"].append([])
            self.stack[-1]["cell"] = []

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style"):
            self.skip = max(0, self.skip - 1)
        elif self.stack and tag in ("td", "th", "tr"):
            self._close_cell()
        elif self.stack and tag == "table":
            self._close_cell()
            table = self.stack.pop()
            if not table["nested"]:
                self.tables.append([row for row in table["rows"] if row])

    def handle_data(self, data: str) -> None:
        for table in self.stack:
            if table["cell"] is not None and not self.skip:
                table["cell"].append(data)

    def _close_cell(self) -> None:
        table = self.stack[-1]
        if table["cell"] is not None:
            table["rows"][-1].append(squash("".join(table["cell"])))
        table["cell"] = None


def table_cells(page: str) -> list[str]:
    """The cells of an HTML page's data tables, in drawing order: a table of two or more rows whose every cell is
    short (≤ ``_CELL_MAX`` characters, squashed) and holds no table (a table that lays out a page's menu, masthead
    or article is none)."""
    parser = _TableCells()
    parser.feed(page)
    parser.close()
    return [cell for rows in parser.tables
            if len(rows) >= 2 and all(len(cell) <= _CELL_MAX for row in rows for cell in row)
            for row in rows for cell in row if cell]


def _cut_cells(unit: dict, cells: list[str]) -> list[dict]:
    """A debris unit cut after each of its cells (whitespace stays with the cell before it)."""
    text, pieces, begin, seen, k, need = unit["text"], [], 0, 0, 0, len(cells[0])
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if seen == need and k + 1 < len(cells):
            pieces.append(text[begin:i])
            begin, k = i, k + 1
            need += len(cells[k])
        seen += 1
    pieces.append(text[begin:])
    return [{"kind": "debris", "text": piece} for piece in pieces]


def _row_cells(unit: dict) -> list[dict]:
    """A bordered table row cut after each inner border (whitespace stays with the cell before it)."""
    text, pieces, begin, borders, cut = unit["text"], [], 0, 0, False
    inner = sum(ch in BORDER for ch in text) - 1  # the borders before the last one
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if cut:
            pieces.append(text[begin:i])
            begin, cut = i, False
        if ch in BORDER:
            borders += 1
            cut = 1 < borders <= inner
    pieces.append(text[begin:])
    return [{"kind": "debris", "text": piece} for piece in pieces]


def _ends_line(text: str) -> bool:
    return text.rstrip(" \t\u3000").endswith(("\n", "\r", "\f"))


def _last_seen(units: list[dict]) -> int | None:
    """The index of the last unit with a non-space character, or None."""
    return next((i for i in range(len(units) - 1, -1, -1) if squash(units[i]["text"])), None)


def _late_lines(units: list[dict], counts: collections.Counter, entries: list[str] = (),
                web: bool = False) -> tuple[list[dict], dict[str, tuple[str, str]]]:
    """Text gold: the content units that a reference section, an attachment note, an end mark, a table's unit note
    or a web page's closing update stamp holds, relabelled (a unit and its ``cont`` pieces alike); and {squashed
    whole text: (new kind, case)} for the native gold. ``web``: the document is a web page.
    ``entries``: the reference entries of the document's native gold (squashed), where it has them: a ``cont``
    piece belongs to an entry only where the entry's text goes on with it (pdftotext's default mode sets the other
    column's pieces between an entry's)."""
    items: list[tuple[list[int], str, str]] = []  # (members, whole squashed text, kind), in file order
    head: dict[int, int] = {}  # index of a content unit's first piece -> its item
    last = None
    for i, unit in enumerate(units):
        sq = squash(unit["text"])
        if unit["kind"] in CONTENT and unit.get("cont") and last is not None:
            members, whole, kind = items[head[last]]
            if REFENTRY.match(whole) and entries and not any(e.startswith(whole + sq) for e in entries):
                continue  # (the other column's piece: its paragraph's head is further up)
            items[head[last]] = (members + [i], whole + sq, kind)
            continue
        if not sq:
            continue
        if unit["kind"] in CONTENT:
            last = i
            head[i] = len(items)
        items.append(([i], sq, unit["kind"]))
    new: dict[int, tuple[str, str]] = {}  # item -> (kind, case)
    refs = False
    for k, (_, whole, kind) in enumerate(items):
        if kind in ("title", "heading") and not REFHEAD.match(whole):
            refs = False
        if REFHEAD.match(whole) or (refs and REFENTRY.match(whole)):
            refs = True
            if kind in CONTENT:
                new[k] = ("debris", "refs")
            continue
        if kind in CONTENT and kind != "meta" and ENDMARK.match(whole):
            new[k] = ("meta", "endmark")
            continue
        if kind in CONTENT and ATTACH.match(whole) and k not in new:
            run, j, gap = [k], k + 1, 0
            while j < len(items) and gap < 2:
                if ATTACH_ITEM.match(items[j][1]):
                    run.append(j)
                    gap = 0
                elif items[j][2] in CONTENT:
                    break
                else:
                    gap += 1
                j += 1
            target = "debris" if any(FILE.search(items[x][1]) for x in run) else "meta"  # the site's downloads
            for x in run:
                if items[x][2] in CONTENT and items[x][2] != target:
                    new[x] = (target, "attach")
    for k, (_, whole, kind) in enumerate(items):
        if kind in CONTENT and k not in new and UNITNOTE.match(whole):
            new[k] = ("debris", "unitnote")
    # a web page's update stamp after the last of its content (the site's; one under the title is the document's
    # date, and a printed document's revision date its own)
    for k in range(len(items) - 1 if web else -1, -1, -1):
        _, whole, kind = items[k]
        if kind not in CONTENT or k in new:
            continue
        if len(whole) > 40 or not UPDATED.search(whole):
            break
        new[k] = ("debris", "updated")
    out, relabel = list(units), {}
    for k, (kind, case) in new.items():
        members, whole, _ = items[k]
        for n, i in enumerate(members):
            unit = {**units[i], "kind": kind}
            if kind not in CONTENT or n == 0:
                unit.pop("cont", None)
            out[i] = unit
        relabel[whole] = (kind, case)
        counts[case] += 1
    return out, relabel


def masthead(units: list[dict]) -> list[int]:
    """The content units of a printed document's masthead over its title: an issue number, the issuer-and-date line
    right under it, a letterhead's issuer (their indices)."""
    out, after_issue = [], False
    for i, unit in enumerate(units):
        if unit["kind"] == "title":
            break
        sq = squash(unit["text"])
        if not sq:
            continue
        if unit["kind"] in CONTENT and not unit.get("cont") and (
                ISSUE.match(sq) or LETTERHEAD.match(sq) or (after_issue and ISSUER_DATE.match(sq))):
            out.append(i)
        after_issue = bool(ISSUE.match(sq))
    return out


def _wholes(units: list[dict]) -> list[str]:
    """The squashed text of the whole content unit (its first piece and its ``cont`` pieces) that each unit
    belongs to ('' for debris)."""
    out, chain, last = [""] * len(units), {}, None
    for i, unit in enumerate(units):
        if unit["kind"] not in CONTENT:
            continue
        if not (unit.get("cont") and last is not None):
            last = i
            chain[last] = []
        chain[last].append(i)
    for members in chain.values():
        whole = "".join(squash(units[i]["text"]) for i in members)
        for i in members:
            out[i] = whole
    return out


def regold_text(units: list[dict], counts: collections.Counter, cells: list[str] = (), web: bool = False,
                starts: list[bool] | None = None, entries: list[str] = (),
                tds: list[str] = ()) -> tuple[list[dict], list[str], list[dict]]:
    """Text gold: the units under the conventions, the dates moved to meta and the other lines moved to content
    (for the native gold: ``{"text", "kind", "merge", "after", "before"}``, squashed, with the whole content units
    before and after them); ``cells``: the document's table cells where its native gold lists them
    (``apparatus``); ``web``: the document is a web page (its native file is HTML); ``starts``: which units begin a
    line of the file (``line_starts``; without it, a unit's own line end says so); ``entries``: the reference
    entries of its native gold (``_late_lines``); ``tds``: the table cells of its HTML page (``table_cells``)."""
    units, relabel = _late_lines(units, counts, entries, web)
    if not web:
        for i in masthead(units):
            units[i] = {**units[i], "kind": "debris"}
            counts["masthead"] += 1
    out: list[dict] = []
    dates: list[str] = []
    moved: list[tuple[int, str]] = []  # (index in out, case) of the units made content here
    table = set(tds)  # (a table's cell is no date line)
    first_title = next((i for i, u in enumerate(units) if u["kind"] == "title"), len(units))
    content = collections.Counter(squash(u["text"]) for u in units if u["kind"] in CONTENT)
    for n, unit in enumerate(units):
        text, kind = unit["text"], unit["kind"]
        sq = squash(text)
        if kind == "debris" and cells and (row := _cells(sq, cells)):
            out += _cut_cells(unit, row)
            counts["cells"] += 1
            continue
        if kind == "debris" and tds and sq not in table and (row := _cells(sq, tds)):
            out += _cut_cells(unit, row)
            counts["tdcells"] += 1
            continue
        if kind == "debris" and ROW.match(sq):
            out += _row_cells(unit)
            counts["rows"] += 1
            continue
        if kind == "byline" and not unit.get("cont") and (m := BADGE.match(text)):
            badge, unit = _cut(unit, m.end(), "debris", "byline")
            out.append(badge)
            text = unit["text"]
            counts["badge"] += 1
        if kind == "byline" and (m := IPAREA.search(text)) and squash(text[:m.start()]):
            out += _cut(unit, m.start() + len(m.group(1)), "byline", "debris")
            counts["iparea"] += 1
            continue
        if kind in CONTENT and EDITNOTE.match(sq):
            out.append({k: v for k, v in unit.items() if k != "cont"} | {"kind": "debris"})
            counts["editnote"] += 1
            continue
        if (kind == "debris" and out and out[-1]["kind"] == "title" and DATE.match(sq)):
            out.append({**unit, "kind": "meta"})
            dates.append(sq)
            counts["topdate"] += 1
            continue
        if kind == "debris" and out and out[-1]["kind"] == "byline" and RATING.match(sq):
            if starts[n] if starts is not None else _ends_line(out[-1]["text"]):
                out.append({**unit, "kind": "byline"})
                moved.append((len(out) - 1, "review"))
            else:  # the rating shares the byline's line: one unit
                out[-1] = {**out[-1], "text": out[-1]["text"] + text, "_merged": [sq]}
                moved.append((len(out) - 1, "review+"))
            counts["review"] += 1
            continue
        if (kind == "debris" and DATE.match(sq) and sq not in table and (prev := _last_seen(out)) is not None
                and out[prev]["kind"] == "byline"
                and (starts[n] if starts is not None else _ends_line(out[prev]["text"]))):
            out.append({**unit, "kind": "meta"})
            moved.append((len(out) - 1, "bydate"))
            counts["bydate"] += 1
            continue
        if kind == "debris" and ENDMARK.match(sq):
            out.append({**unit, "kind": "meta"})
            moved.append((len(out) - 1, "endmark"))
            counts["endmark"] += 1
            continue
        if kind == "debris" and DISCLOSURE.match(sq):
            out.append({**unit, "kind": "meta"})
            moved.append((len(out) - 1, "disclosure"))
            counts["disclosure"] += 1
            continue
        if (kind == "debris" and web and DATE.match(sq) and sq not in table and n + 1 < len(units) and units[n + 1]["kind"] == "title"
                and not units[n + 1].get("cont")):
            out.append({**unit, "kind": "meta"})
            moved.append((len(out) - 1, "overdate"))
            counts["overdate"] += 1
            continue
        if kind == "debris" and not web and n < first_title and DOCNO.match(sq) and not content[sq]:
            out.append({**unit, "kind": "meta"})
            moved.append((len(out) - 1, "docno"))
            counts["docno"] += 1
            continue
        out.append(unit)
    wholes = _wholes(out)
    moves = []
    for i, case in moved:
        merge = case == "review+"
        text = out[i].pop("_merged")[-1] if merge else squash(out[i]["text"])
        if merge:  # the byline as it was
            after = wholes[i][: len(wholes[i]) - len(text)]
        else:
            after = next((wholes[j] for j in range(i - 1, -1, -1) if wholes[j]), None)
        before = next((wholes[j] for j in range(i + 1, len(out)) if wholes[j]), None)
        moves.append({"text": text, "kind": out[i]["kind"], "merge": merge, "after": after, "before": before,
                      "case": case.rstrip("+")})
    moves += [{"text": text, "relabel": kind, "case": case} for text, (kind, case) in relabel.items()]
    return out, dates, moves


def read_text_file(path: Path) -> str:
    """A corpus text file as its gold was made from it (a BOM dropped; UTF-8, else GB18030)."""
    data = path.read_bytes().removeprefix(b"\xef\xbb\xbf")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030")


def _cut_at(unit: dict, starts: list[int]) -> list[dict]:
    """``unit`` cut before each of its non-space characters numbered in ``starts`` (whitespace stays with the
    piece before); the first piece keeps the unit's other keys."""
    text, pieces, begin, seen, todo = unit["text"], [], 0, 0, list(starts)
    for i, ch in enumerate(text):
        if ch.isspace():
            continue
        if todo and seen == todo[0]:
            pieces.append(text[begin:i])
            begin = i
            todo.pop(0)
        seen += 1
    pieces.append(text[begin:])
    return [{**unit, "text": pieces[0]}] + [{"kind": unit["kind"], "text": piece} for piece in pieces[1:]]


def _spans(units: list[dict], raw: str) -> list[tuple[int, int] | None] | None:
    """Where each unit lies in ``raw`` (from its first to its last non-space character; None for a unit of
    whitespace), placed by the non-space characters (some builders' gold leaves the whitespace out); None where
    the gold does not cover ``raw``."""
    marks = [i for i, ch in enumerate(raw) if not ch.isspace()]
    if len(marks) != sum(len(squash(u["text"])) for u in units):
        return None
    spans, at = [], 0
    for unit in units:
        n = len(squash(unit["text"]))
        spans.append((marks[at], marks[at + n - 1] + 1) if n else None)
        at += n
    return spans


def line_starts(units: list[dict], raw: str) -> list[bool] | None:
    """For each unit, whether a line break of ``raw`` lies between the unit before it and its first character;
    None where the gold does not cover ``raw``."""
    spans = _spans(units, raw)
    if spans is None:
        return None
    out, end = [], 0
    for span in spans:
        out.append(span is not None and any(ch in "\n\r\f" for ch in raw[end:span[0]]))
        end = span[1] if span else end
    return out


def join_lines(units: list[dict], raw: str | None, heads: set[str], counts: collections.Counter,
               ) -> tuple[list[dict], list[tuple[str, str, str]]]:
    """Text gold: two units that the conventions make one, joined (the whitespace between goes with them); and the
    joins as (case, first, second), squashed, for the native gold. ``raw``: the file's text (where the units lie
    on it: which share a line, and the space between them; None, or a gold that does not cover it: no line joins);
    ``heads``: the squashed headings and titles of the document's native gold.

    - ``runin``: a dateline byline in brackets that shares its line with the paragraph after it (two spaces at
      most between: not a column's gap) opens the paragraph;
    - ``bylinedate``: a date (meta or debris) that shares its line with the byline before it (three spaces at most
      between) is the byline's;
    - ``headno``: a heading's number printed apart (debris) is the heading's, where the native gold's heading is
      the number and the words."""
    spans = _spans(units, raw) if raw is not None else None
    out: list[dict] = []
    joins = []
    n = 0
    while n < len(units):
        unit, sq = units[n], squash(units[n]["text"])
        j = n + 1
        while j < len(units) and not squash(units[j]["text"]):
            j += 1
        if j == len(units) or units[j].get("cont"):
            out.append(unit)
            n += 1
            continue
        nxt, sq2 = units[j], squash(units[j]["text"])
        between = "".join(u["text"] for u in units[n + 1:j])
        # the space between them on one line (a column's gap in -layout is no run-in), or None
        gap = raw[spans[n][1]:spans[j][0]] if spans is not None and spans[n] else "\n"
        gap = None if any(ch in "\n\r\f" for ch in gap) else len(gap)
        case = None
        if (gap is not None and gap <= 2 and unit["kind"] == "byline" and not unit.get("cont")
                and RUNIN.match(sq) and nxt["kind"] == "paragraph"):
            case, kind = "runin", "paragraph"
        elif (gap is not None and gap <= 3 and unit["kind"] == "byline" and nxt["kind"] in ("meta", "debris")
              and DATE.match(sq2)):
            case, kind = "bylinedate", "byline"
        elif unit["kind"] == "debris" and HEADNO.match(sq) and nxt["kind"] in ("heading", "title") and any(
                h.startswith(sq + sq2) for h in heads):
            case, kind = "headno", nxt["kind"]
        if case is None:
            out.append(unit)
            n += 1
            continue
        keys = unit if case == "bylinedate" else nxt  # (a cont flag or other keys of the unit that stays)
        out.append({**keys, "kind": kind, "text": unit["text"] + between + nxt["text"]})
        joins.append((case, sq, sq2))
        counts[case] += 1
        n = j + 1
    return out, joins


def join_native(units: list[dict], joins: set[tuple[str, str, str]], counts: collections.Counter) -> list[dict]:
    """Native gold: the pairs of units that the document's text gold joined (``join_lines``), joined: a byline and
    its date (a space between), a run-in byline and the paragraph it opens (a ``headno`` join needs none: the
    native heading holds its number)."""
    out: list[dict] = []
    for unit in units:
        if out and unit["kind"] in CONTENT:
            last, sq, sq2 = out[-1], squash(out[-1]["text"]), squash(unit["text"])
            if ("bylinedate", sq, sq2) in joins and last["kind"] == "byline":
                out[-1] = {**last, "text": last["text"] + " " + unit["text"]}
                counts["bylinedate"] += 1
                continue
            if last["kind"] == "byline" and unit["kind"] == "paragraph" and RUNIN.match(sq) and any(
                    c == "runin" and sq2.startswith(b) for c, a, b in joins):  # (a PDF's ／ is pdftotext's ∕)
                out[-1] = {**unit, "text": last["text"] + unit["text"]}
                counts["runin"] += 1
                continue
        out.append(unit)
    return out


def cut_heads(units: list[dict], raw: str, counts: collections.Counter) -> list[dict]:
    """Text gold of a pdftotext file (``raw``: the file's text): the debris unit that opens or closes a page, or
    that the file repeats, cut before each piece of the running head it holds. The units are placed on ``raw`` by their non-space characters
    (some builders' gold leaves the whitespace out); a gold that does not cover ``raw`` is left alone."""
    spans = _spans(units, raw)
    if spans is None:
        return units
    pages: dict[int, list[int]] = collections.defaultdict(list)
    for i, span in enumerate(spans):
        if span:
            pages[raw.count("\f", 0, span[0])].append(i)
    ends = {i for members in pages.values() for i in (members[0], members[-1])}
    again = collections.Counter(squash(u["text"]) for u in units if u["kind"] == "debris")
    ends |= {i for i, u in enumerate(units) if again[squash(u["text"])] > 1}  # a head that pdftotext sets mid-page
    # (a reference entry made debris by ``refs`` is no head: pdftotext sets its number a blank line apart)
    ends = {i for i in ends if units[i]["kind"] == "debris" and not REFENTRY.match(squash(units[i]["text"]))}
    out = []
    for i, unit in enumerate(units):
        if i in ends:
            piece = raw[spans[i][0]:spans[i][1]]
            starts = [len(squash(piece[:m.end()])) for m in PIECES.finditer(piece)]
            if starts and len(squash(piece)) > len(starts) + 1:  # (not a word set letter by letter: 说 明 书)
                out += _cut_at(unit, starts)
                counts["heads"] += 1
                continue
        out.append(unit)
    return out


def _furniture_run(furniture: list[str], text: str) -> tuple[int, int] | None:
    """(start, end) of the consecutive furniture strings whose squashed texts make ``text``, or None. Failing
    that, a string that ends in ``text`` after a space (a running head's last piece, listed with the head) is
    split there (in place) and the piece is the run."""
    for k in range(len(furniture)):
        acc = ""
        for j in range(k, len(furniture)):
            acc += squash(furniture[j])
            if acc == text:
                return k, j + 1
            if not text.startswith(acc):
                break
    for k, string in enumerate(furniture):
        pieces = re.split(r"(\s+)", string)
        for cut in range(2, len(pieces), 2):
            if squash("".join(pieces[cut:])) == text:
                furniture[k:k + 1] = ["".join(pieces[:cut - 1]), "".join(pieces[cut:])]
                return k + 1, k + 2
    return None


def regold_native(gold: dict, dates: set[str], counts: collections.Counter, moves: list[list[dict]] = (),
                  web: bool = False) -> dict:
    """Native gold: the units and furniture under the conventions (``dates``: the squashed date strings that
    this document's text gold moved to meta; ``moves``: the other lines its text gold made content, each as its
    text files did it: the first whose neighbouring content unit this gold has places it)."""
    units, furniture = [], list(gold.get("furniture", []))
    relabel = {tries[0]["text"]: tries[0] for tries in moves if "relabel" in tries[0]}
    heads = set() if web else set(masthead(gold["units"]))
    for n, unit in enumerate(gold["units"]):
        text, kind = unit["text"], unit["kind"]
        if n in heads:
            furniture.append(text)
            counts["masthead"] += 1
            continue
        if (to := relabel.get(squash(text))) and to["relabel"] != kind:
            counts[to["case"]] += 1
            if to["relabel"] not in CONTENT:
                furniture.append(text)
                continue
            unit = {**unit, "kind": to["relabel"]}
        if kind == "byline" and (m := BADGE.match(text)):
            furniture.append(m.group(2))
            unit = {**unit, "text": text[m.end():]}
            text = unit["text"]
            counts["badge"] += 1
        if kind == "byline" and (m := IPAREA.search(text)) and squash(text[:m.start()]):
            furniture.append(m.group(2))
            unit = {**unit, "text": text[:m.start()]}
            counts["iparea"] += 1
        if kind in CONTENT and EDITNOTE.match(squash(text)):
            furniture.append(text)
            counts["editnote"] += 1
            continue
        units.append(unit)
        if kind == "title":
            for f in list(furniture):
                if squash(f) in dates:
                    furniture.remove(f)
                    units.append({"kind": "meta", "text": f})
                    counts["topdate"] += 1
                    break
    for tries in moves:
        if "relabel" in tries[0]:
            continue
        run = _furniture_run(furniture, tries[0]["text"])
        if run is None:
            continue
        sqs = [squash(u["text"]) for u in units]
        for move in tries:
            if move["after"] is not None and move["after"] in sqs:
                at = sqs.index(move["after"])
                break
            if move["before"] is not None and move["before"] in sqs and not move["merge"]:
                at = sqs.index(move["before"]) - 1
                break
        else:
            continue
        strings = furniture[run[0]:run[1]]
        del furniture[run[0]:run[1]]
        if move["merge"]:
            units[at] = {**units[at], "text": " ".join([units[at]["text"], *strings])}
        else:
            units.insert(at + 1, {"kind": move["kind"], "text": " ".join(strings)})
        counts[move["case"]] += 1
    out = dict(gold)
    if "furniture" in gold or furniture:
        out["furniture"] = furniture
    out["units"] = units
    return out


def _chars(gold: dict) -> collections.Counter:
    return collections.Counter(squash("".join([u["text"] for u in gold["units"]] + gold.get("furniture", []))))


def _write(path: Path, raw: str, gold: dict, new: dict) -> None:
    """Write ``new`` in the layout ``raw`` (the file as read) was written in."""
    for indent in (1, 2, None):
        for nl in ("\n", ""):
            if json.dumps(gold, ensure_ascii=False, indent=indent) + nl == raw:
                with atomic_write(path) as out:  # (rewritten in place: a kill leaves the old file, never half a new one)
                    out.write(json.dumps(new, ensure_ascii=False, indent=indent) + nl)
                return
    extra = {k: v for k, v in new.items() if k not in ("doc_id", "source", "units")}
    mc.write_gold(path.parent, path.stem, new["source"], new["units"], extra)
    if raw.endswith("\n]}\n"):  # the builders who closed the list at the margin
        written = path.read_text(encoding="utf-8")
        with atomic_write(path) as out:
            out.write(written.removesuffix("\n ]}\n") + "\n]}\n")


def regold_all(write: bool) -> tuple[dict[str, collections.Counter], collections.Counter]:
    """Apply the conventions to every gold file (``write``: rewrite the files that change); the units changed per
    ``route/split`` and case, and the files changed per ``route/split``."""
    where = routes()
    per_split: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    dates: dict[str, set[str]] = collections.defaultdict(set)  # document id -> dates its text gold made meta
    # document id -> {text: its moves, one a text file}: the native gold takes the first whose neighbours it has
    moves: dict[str, dict[str, list[dict]]] = collections.defaultdict(dict)
    files = collections.Counter()
    stems = sorted(p.stem for p in (HERE / "gold").glob("*.json"))
    cells: dict[str, list[str]] = {}  # document id -> its table cells, where its native gold lists them
    entries: dict[str, list[str]] = collections.defaultdict(list)  # document id -> its native reference entries
    heads: dict[str, set[str]] = collections.defaultdict(set)  # document id -> its native headings and title
    joins: dict[str, set[tuple[str, str, str]]] = collections.defaultdict(set)  # document id -> its text joins
    for stem in stems:
        if where.get(stem, ("", ""))[0] == "native":
            native = json.loads((HERE / "gold" / f"{stem}.json").read_text(encoding="utf-8"))
            entries[stem.split("_", 1)[0]] += [squash(u["text"]) for u in native["units"]
                                                if u["kind"] in CONTENT and REFENTRY.match(squash(u["text"]))]
            heads[stem.split("_", 1)[0]] |= {squash(u["text"]) for u in native["units"]
                                             if u["kind"] in ("title", "heading")}
        if where.get(stem, ("", ""))[0] == "native" and stem.split("_", 1)[0] not in cells:
            listed = native.get("apparatus", [])
            if listed:
                cells[stem.split("_", 1)[0]] = [squash(a) for a in listed if len(squash(a)) <= _CELL_MAX]
    tds: dict[str, list[str]] = {}  # document id -> the table cells of its web page (one a line of the dump)
    for stem, (route, split) in where.items():
        if route == "native" and stem.endswith("_html"):
            page = decode_html((HERE / "native" / split / f"{stem}.html").read_bytes())[0]
            tds[stem.split("_", 1)[0]] = table_cells(page)
    # text gold first: the native gold of a document follows what its text gold did with a top date
    for stem in sorted(stems, key=lambda s: where.get(s, ("", ""))[0] != "text"):
        if stem not in where:
            continue
        route, split = where[stem]
        path = HERE / "gold" / f"{stem}.json"
        raw = path.read_text(encoding="utf-8")
        gold = json.loads(raw)
        counts = per_split[f"{route}/{split}"]
        before = sum(counts.values())
        if route == "text":
            doc = stem.split("_", 1)[0]
            units, dump = gold["units"], read_text_file(HERE / "text" / split / f"{stem}.txt")
            if stem.split("_", 1)[1].startswith("pdftotext"):  # first: the other cases see a head's pieces
                units = cut_heads(units, dump, counts)
            units, joined = join_lines(units, dump, heads.get(doc, set()), counts)
            joins[doc].update(joined)
            units, moved, made = regold_text(units, counts, cells.get(doc, []), f"{doc}_html" in where,
                                             line_starts(units, dump), entries.get(doc, []),
                                             [] if cells.get(doc) else tds.get(doc, []))
            dates[doc].update(moved)
            for move in made:
                moves[doc].setdefault(move["text"], []).append(move)
            new = {**gold, "units": units}
        else:
            doc = stem.split("_", 1)[0]
            new = regold_native({**gold, "units": join_native(gold["units"], joins[doc], counts)}, dates[doc], counts,
                                list(moves[doc].values()), f"{doc}_html" in where)
        if sum(counts.values()) == before:
            continue
        assert _chars(new) == _chars(gold), stem  # nothing lost or added, only cut and relabelled
        files[f"{route}/{split}"] += 1
        if write:
            _write(path, raw, gold, new)
    return per_split, files


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="count what would change; write nothing")
    args = parser.parse_args()
    per_split, files = regold_all(write=not args.check)
    for key in sorted(per_split, key=lambda k: (k.split("/")[1], k)):
        if per_split[key]:
            cases = ", ".join(f"{case} {n}" for case, n in sorted(per_split[key].items()))
            print(f"{key}: {files[key]} files, units changed: {cases}")
    print(f"{sum(files.values())} gold files {'would change' if args.check else 'rewritten'}")


if __name__ == "__main__":
    main()
