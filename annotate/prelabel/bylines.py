"""Names in bylines: ``作者:闻育旻``, ``记者 闻育旻 报道``, ``文/张三``, ``编辑：李四``.

A byline's name stands alone between the role word and a space, a date or the end of the line, with none of
the context a tagger reads a name from, so LAC splits rare given names into verbs (闻/v 育旻/v). The layout says
it is a person: a role word, a separator, then two to four Han characters up to a break. Backends over LAC add
these spans (:class:`annotate.prelabel.lac.LacBackend`), replacing whatever they overlap.
"""

from __future__ import annotations

import re

from ..spans import Span

__all__ = ["byline_names"]

_ROLE = r"(?:作者|记者|記者|文|撰文|编辑|編輯|责任编辑|責任編輯|责编|責編|通讯员|通訊員|摄影|攝影|校对|校對|审核|審核)"
_BREAK = r"(?=[\s\u3000,，;；、|｜/／)）]|\d|$)"
_BYLINE = re.compile(
    rf"(?:^|(?<=[\s\u3000|｜(（]))"
    rf"(?:本报|本報|特约|特約|见习|見習)?{_ROLE}(?:[ \t\u3000]*[:：/／][ \t\u3000]*|[ \t\u3000]+)"
    rf"(?P<name>[\u4e00-\u9fff·]{{2,4}}?)(?:[ \t\u3000]*(?:报道|報導|摄|攝))?{_BREAK}",
    re.MULTILINE)
#: words that follow a role word but are no name
_NOT_NAMES = {"本报", "本報", "新华社", "新華社", "综合", "綜合", "报道", "報導", "未知", "佚名", "不详", "不詳"}


def byline_names(text: str) -> list[Span]:
    """PER spans for the names in ``text``'s bylines (see the module docstring)."""
    out = []
    for m in _BYLINE.finditer(text):
        name = m.group("name")
        if name not in _NOT_NAMES:
            out.append(Span(m.start("name"), m.end("name"), "PER", source="rules"))
    return out
