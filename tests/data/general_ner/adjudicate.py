"""Agreement between the two annotators, every disagreement listed, and the adjudicated gold.

    python tests/data/general_ner/adjudicate.py agreement          # exact-span micro F1 A vs B, per label/script
    python tests/data/general_ner/adjudicate.py disagreements      # every span only one annotator has
    python tests/data/general_ner/adjudicate.py gold               # writes gold.jsonl from the decisions

Annotator A (annotator_a.jsonl) and annotator B (annotator_b.jsonl, built from b_src/ by build_b.py) read the
150 paragraphs independently under docs/guidelines.md. Agreement is exact span and type, micro F1 with A as
reference (F1 is symmetric). A *disagreement* is a span one annotator has and the other has not (a span both
have with different types counts as two). Each is decided in adjudication.tsv, one line per disputed span:

    id<TAB>start<TAB>end<TAB>label<TAB>keep|drop|add<TAB>reason

``add`` is for a span neither annotator has, found afterwards by a consistency pass (a name tagged in one
paragraph and left untagged in another was checked everywhere it occurs). The gold is every span both
annotators agree on, plus the disputed spans decided ``keep``, plus the ``add`` lines; ``gold`` refuses to
write while a disputed span has no decision, a keep/drop names a span nobody proposed, an add names one
somebody did, or the kept spans overlap.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from to_offsets import convert

HERE = Path(__file__).resolve().parent
LABELS = ("PER", "LOC", "ORG", "DATE", "MONEY", "PERCENT", "QUANTITY")


def _read(name: str) -> list[dict]:
    return [json.loads(line) for line in (HERE / name).read_text("utf-8").splitlines() if line.strip()]


def load() -> tuple[dict[str, dict], dict[str, set], dict[str, set]]:
    paras = {r["id"]: r for r in _read("paragraphs.jsonl")}
    texts = {k: r["text"] for k, r in paras.items()}
    sides = []
    for name in ("annotator_a.jsonl", "annotator_b.jsonl"):
        rows, problems = convert(texts, _read(name))
        if problems:
            raise SystemExit(f"{name}: {len(problems)} problems, first: {problems[0]}")
        sides.append({r["id"]: {(e["start"], e["end"], e["label"]) for e in r["entities"]} for r in rows})
    return paras, sides[0], sides[1]


def _prf(tp: int, n_a: int, n_b: int) -> dict:
    p = tp / n_b if n_b else 0.0
    r = tp / n_a if n_a else 0.0
    return {"f1": 2 * p * r / (p + r) if p + r else 0.0, "agreed": tp, "A": n_a, "B": n_b}


def agreement(paras: dict, a: dict, b: dict, ids: list[str]) -> dict:
    tp, na, nb = Counter(), Counter(), Counter()
    for pid in ids:
        sa, sb = a.get(pid, set()), b.get(pid, set())
        na.update(s[2] for s in sa)
        nb.update(s[2] for s in sb)
        tp.update(s[2] for s in sa & sb)
    out = {"micro": _prf(sum(tp.values()), sum(na.values()), sum(nb.values())), "paragraphs": len(ids)}
    out.update({lab: _prf(tp[lab], na[lab], nb[lab]) for lab in LABELS})
    return out


def disputed(paras: dict, a: dict, b: dict) -> list[tuple]:
    out = []
    for pid in paras:
        sa, sb = a.get(pid, set()), b.get(pid, set())
        for who, spans in (("A", sa - sb), ("B", sb - sa)):
            out.extend((pid, s, e, lab, who) for s, e, lab in spans)
    return sorted(out)


def decisions() -> dict[tuple, tuple[str, str]]:
    path = HERE / "adjudication.tsv"
    out = {}
    if path.exists():
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            pid, s, e, lab, verdict, *reason = line.split("\t")
            if verdict not in ("keep", "drop", "add"):
                raise SystemExit(f"adjudication.tsv:{n}: verdict must be keep, drop or add, not {verdict!r}")
            out[(pid, int(s), int(e), lab)] = (verdict, reason[0] if reason else "")
    return out


def main(argv: list[str]) -> int:
    cmd = argv[1] if len(argv) > 1 else "agreement"
    paras, a, b = load()
    if cmd == "agreement":
        groups = {"all": list(paras)}
        for key in ("script", "split"):
            for value in sorted({r[key] for r in paras.values()}):
                groups[value] = [k for k, r in paras.items() if r[key] == value]
        print(json.dumps({g: agreement(paras, a, b, ids) for g, ids in groups.items()}, indent=1))
        return 0
    dis = disputed(paras, a, b)
    made = decisions()
    if cmd == "disagreements":
        for pid, s, e, lab, who in dis:
            text = paras[pid]["text"]
            verdict = made.get((pid, s, e, lab), ("?", ""))[0]
            print(f"{pid}\t{s}\t{e}\t{lab}\t{who}\t{verdict}\t{text[s:e]}\t…{text[max(0, s - 8):s]}[{text[s:e]}]{text[e:e + 8]}…")
        print(f"{len(dis)} disputed spans, {sum(1 for d in dis if d[:4] in made)} decided", file=sys.stderr)
        return 0
    if cmd == "gold":
        keys = {d[:4] for d in dis}
        missing = [d for d in dis if d[:4] not in made]
        proposed = {(pid, *s) for side in (a, b) for pid, spans in side.items() for s in spans}
        extra = [k for k, (v, _) in made.items() if (v != "add" and k not in keys) or (v == "add" and k in proposed)]
        if missing or extra:
            raise SystemExit(f"{len(missing)} disputed spans undecided (first {missing[:1]}), "
                             f"{len(extra)} decisions that do not fit their span (first {extra[:1]})")
        rows, counts = [], Counter()
        for pid, r in paras.items():
            spans = a.get(pid, set()) & b.get(pid, set())
            spans |= {k[1:] for k in keys if k[0] == pid and made[k][0] == "keep"}
            spans |= {k[1:] for k, (v, _) in made.items() if k[0] == pid and v == "add"}
            spans = sorted(spans)
            for x, y in zip(spans, spans[1:], strict=False):
                if x[1] > y[0]:
                    raise SystemExit(f"{pid}: kept spans overlap: {x} {y}")
            text = r["text"]
            rows.append({"id": pid, "split": r["split"], "script": r["script"], "source": r["source"],
                         "title": r["title"], "text": text,
                         "entities": [{"start": s, "end": e, "label": lab, "text": text[s:e]} for s, e, lab in spans]})
        for d in dis:
            counts[(d[4], made[d[:4]][0])] += 1
        (HERE / "gold.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")
        print(f"gold.jsonl: {len(rows)} paragraphs, {sum(len(r['entities']) for r in rows)} entities; "
              f"disputed {len(dis)}: " + ", ".join(f"{who} only → {v}: {n}" for (who, v), n in sorted(counts.items()))
              + f"; added by the consistency pass: {sum(v == 'add' for v, _ in made.values())}",
              file=sys.stderr)
        return 0
    raise SystemExit(f"unknown command {cmd!r}")


if __name__ == "__main__":
    sys.exit(main(sys.argv))
