"""The seeds against golds made blind (tests/data/segment_gold_blind/README.md): a regression guard."""

import json
from pathlib import Path

import pytest

from annotate.segment.score import score_documents

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "segment_gold_blind"
# reader -> (folder, at most this many cross-kind joins with our output: README.md lists the known one)
READERS = {"a": (GOLD, 0), "b": (GOLD / "reader_b", 0), "c": (GOLD / "reader_c", 1)}


@pytest.fixture(scope="module")
def seeds_pred(tmp_path_factory) -> dict[str, list[tuple[str, str]]]:
    from annotate.cli import main

    out = tmp_path_factory.mktemp("blind") / "p.jsonl"
    assert main(["segment", str(ROOT / "seeds"), "--out", str(out), "-q"]) == 0
    pred: dict[str, list[tuple[str, str]]] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        pred.setdefault(record["doc_id"], []).append((record["kind"], record["text"]))
    return pred


@pytest.mark.parametrize("reader", sorted(READERS))
def test_seeds_agree_with_each_blind_gold(seeds_pred, reader):
    folder, joins = READERS[reader]
    pairs = [(g.stem, seeds_pred[g.stem], [(u["kind"], u["text"]) for u in json.loads(g.read_text(encoding="utf-8"))])
             for g in sorted(folder.glob("0*.json"))]
    result = score_documents(pairs)
    assert len(pairs) == 5 and result["f1"] >= 0.99, result["f1"]
    assert len(result["cross_kind"]) <= joins, result["cross_kind"]
