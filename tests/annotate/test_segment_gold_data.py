"""Integrity of the hand-made segmentation gold (tests/data/segment_gold/).

The gold is written by reading; these checks only catch clerical slips: a unit dropped, duplicated or
out of order, an unknown kind, or markdown left in the text.
"""
import json
import re

import pytest

KINDS = {"title", "heading", "byline", "meta", "paragraph", "debris"}
STEMS = ["002_80f0989563be877c", "003_b567bfef593ef66b", "004_f3929db9c791f116"]


def squash(text: str) -> str:
    # the comparison the boundary scorer uses: markdown markers and all whitespace are not text
    text = re.sub(r"(?m)^\s*#+\s", "", text).replace("**", "")
    return re.sub(r"\s+", "", text)


@pytest.fixture(params=STEMS)
def gold(request, data_dir):
    path = data_dir / "segment_gold" / f"{request.param}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def test_gold_covers_the_raw_article_in_order(gold, root):
    raw = (root / gold["source"]).read_text(encoding="utf-8")
    assert squash("".join(unit["text"] for unit in gold["units"])) == squash(raw)


def test_gold_units_are_well_formed(gold):
    assert gold["source"] == f"seeds/{gold['doc_id']}.txt"
    for unit in gold["units"]:
        assert set(unit) == {"kind", "text"}
        assert unit["kind"] in KINDS
        assert unit["text"] == unit["text"].strip() and unit["text"]
        assert "**" not in unit["text"] and not unit["text"].startswith("#")
    assert sum(unit["kind"] == "title" for unit in gold["units"]) >= 1
