"""The seeds against a gold made blind (tests/data/segment_gold_blind/README.md): a regression guard."""

import json
from pathlib import Path

from annotate.segment.score import score_documents

ROOT = Path(__file__).resolve().parents[2]
GOLD = ROOT / "tests" / "data" / "segment_gold_blind"


def test_seeds_agree_with_the_blind_gold(tmp_path):
    from annotate.cli import main

    out = tmp_path / "p.jsonl"
    assert main(["segment", str(ROOT / "seeds"), "--out", str(out), "-q"]) == 0
    pred: dict[str, list[tuple[str, str]]] = {}
    for line in out.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        pred.setdefault(record["doc_id"], []).append((record["kind"], record["text"]))
    pairs = [(g.stem, pred[g.stem], [(u["kind"], u["text"]) for u in json.loads(g.read_text(encoding="utf-8"))])
             for g in sorted(GOLD.glob("0*.json"))]
    result = score_documents(pairs)
    assert len(pairs) == 5 and result["f1"] >= 0.99 and not result["cross_kind"], result["f1"]
