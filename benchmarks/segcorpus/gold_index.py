"""What the corpus's gold already holds, for builders that must pick articles no earlier batch used."""

from __future__ import annotations

import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
_WS = re.compile(r"\s+")


# the batches that existed when dev4 was built: the first corpus, dev2 and batch 3
BEFORE_DEV4 = ("cmrc", "drcd", "c2", "d2", "w3", "p3")


def existing_gold_text(skip: tuple = (), only: tuple | None = None) -> str:
    """Every content text (whitespace removed) of the gold files, joined by "|": those whose id
    starts with one of ``only`` (all if None), but not with one of ``skip``. A builder that picks
    articles by it must name the batches that came before it in ``only``: gold added later
    (batch 5) would otherwise change its choice, and a rerun would not reproduce its files."""
    seen = set()
    for path in sorted((HERE / "gold").glob("*.json")):
        prefix = path.name.split("-")[0]
        if prefix in skip or (only is not None and prefix not in only):
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        seen.update(_WS.sub("", u["text"]) for u in gold["units"] if u["kind"] != "debris")
    return "|".join(sorted(seen))
