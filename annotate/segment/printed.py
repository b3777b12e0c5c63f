"""Furniture that a browser prints on every page of a web page saved as PDF, found in a text dump.

Chromium's "headers and footers" print the date and time with the page's title at the top of each
page (``12/5/26, 6:06 PM　走近心脏_清河市人民政府门户网站``) and the page's address with the page
counter at the foot (``http://www.example.gov.cn/art/2023/002/art_1229_002.html　1/2``); a
``pdftotext`` extract keeps them as lines of their own (``-raw`` puts the address and the counter on
one line, right above the next page's first line, so the address would join the paragraph that runs
on there). Both are found by their shape, not by repetition (a page printed once has them too):

* a line that is an address alone (``http://…``, ``https://…``, ``www.…``, or ``file:///…`` for a page
  saved to disk and printed from there), a page counter
  (``1/2``, ``3``) after it or not, a label in lenticular brackets before it or not (a saved copy's
  header, ``【www.example.gov.cn】https://www.example.gov.cn/c/0000.html``: it never runs on into the line under it);
* a line that opens with the browser's time stamp (``M/D/YY, H:MM AM`` or ``PM``): the rest of the
  line is the page's title as the browser printed it.

Each such line becomes ``debris`` (nothing is dropped). The regexes run once over the whole text,
only when the text holds ``://`` / ``www.`` or `` AM`` / `` PM``.

The PDF reader tests its page-edge lines (spaces squeezed out) with the same two shapes,
:data:`URL_LINE` and :data:`BROWSER_STAMP`, and drops those lines as page furniture.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .inline import lines_at
from .join import CONTINUED
from .lines import Line

__all__ = ["BROWSER_STAMP", "URL_LINE", "mark_print_furniture"]

_OPEN = ("", "debris", CONTINUED)  # kinds a browser's header or footer line may have been given already

# the two shapes, once: how a web address opens, and the browser's time stamp with ``{gap}`` where it prints a space
_URL_OPEN = r"(?:https?://|file:///|www\.)"  # (file:///: a page saved to disk, then printed)
_STAMP_SHAPE = r"\d{{1,2}}/\d{{1,2}}/\d{{2}},{gap}\d{{1,2}}:\d{{2}}{gap}[AP]M"

# each a whole line's shape, found at a line's start: the text's first line with ``.match``, the others past a
# "\n" (a literal-led search; ``^`` under re.MULTILINE would try the pattern at every character of the text)
_ADDRESS_LINE = rf"[ \t\f\u3000]*(?:【[^】\n]{{1,40}}】[ \t\u3000]*)?{_URL_OPEN}[!-~]+(?:[ \t\u3000]+\d{{1,3}}(?:/\d{{1,3}})?)?[ \t\u3000\r]*$"
_STAMP_LINE = r"[ \t\f\u3000]*" + _STAMP_SHAPE.format(gap=r"[ \t]") + "(?![A-Za-z])"
_ADDRESS, _ADDRESS_NL = re.compile(_ADDRESS_LINE, re.M), re.compile("\n" + _ADDRESS_LINE, re.M)
_STAMP, _STAMP_NL = re.compile(_STAMP_LINE), re.compile("\n" + _STAMP_LINE)
# the same on a line with its spaces squeezed out (the PDF reader's lines): a web address alone, perhaps
# with the page counter after it, a browser's footer (``http://…/a.html1/3``); the time stamp a browser's
# print header opens with (``12/5/26,6:06PM走近心脏_某某网``)
URL_LINE = re.compile(_URL_OPEN + r"[!-~]{4,200}")
BROWSER_STAMP = re.compile(_STAMP_SHAPE.format(gap=""))


def mark_print_furniture(raw: str, lines: Sequence[Line]) -> None:
    """Make the browser's header and footer lines (see the module's docstring) debris."""
    found: dict[int, int] = {}  # first character of a matched line -> end of the line's text
    if "://" in raw or "www." in raw:
        for start, stop in _line_spans(raw, _ADDRESS, _ADDRESS_NL):
            text = raw[start:stop]
            found[start + len(text) - len(text.lstrip())] = start + len(text.rstrip())
    if "M" in raw and (" PM" in raw or " AM" in raw):  # (the letter first: one character is found several times faster)
        for start, stop in _line_spans(raw, _STAMP, _STAMP_NL):
            text = raw[start:stop]
            end = raw.find("\n", stop)
            rest = raw[start:] if end < 0 else raw[start:end]  # (the line only: no copy of the text before it)
            found[start + len(text) - len(text.lstrip())] = start + len(rest.rstrip())
    if not found:
        return
    for i in sorted(lines_at(lines, list(found))):
        end = found.get(lines[i].start)
        if end is None:
            continue
        run = [i]  # the line, or its pieces a wide gap split into lines of their own
        while lines[run[-1]].end < end and run[-1] + 1 < len(lines) and lines[run[-1] + 1].start < end:
            run.append(run[-1] + 1)
        if lines[run[-1]].end == end and all(lines[k].kind in _OPEN for k in run):
            lines[i].kind = "debris"
            for k in run[1:]:  # one line, one unit
                lines[k].kind = CONTINUED
            # a running header's next piece (the page's title under the time stamp) is a line of its own
            if run[-1] + 1 < len(lines) and lines[run[-1] + 1].kind == CONTINUED:
                lines[run[-1] + 1].kind = "debris"


def _line_spans(raw: str, first: re.Pattern[str], after_nl: re.Pattern[str]) -> list[tuple[int, int]]:
    """Spans of a line pattern's matches at the lines' starts: ``first`` matched at the text's start,
    ``after_nl`` (the same pattern led by ``"\n"``) searched for the others, the ``"\n"`` left out."""
    m = first.match(raw)
    return ([m.span()] if m else []) + [(m.start() + 1, m.end()) for m in after_nl.finditer(raw)]
