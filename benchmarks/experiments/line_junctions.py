"""Experiment: does a learned line-junction model find the text segmenter's cross-kind joins on unseen designs?

    python benchmarks/experiments/line_junctions.py [--cache DIR] [--json OUT]

What it measures. Every line junction of a text-corpus file (the line break between two non-blank lines, blank
lines between them) is labelled from the gold (benchmarks/segcorpus/gold/<stem>.json: its units cover the
decoded file, whitespace aside): the two sides in the same gold unit, or in two units, and of which kinds. The
segmenter's own output (``python -m annotate segment <split folder>``, run once per split and cached under
``--cache``) says, through each record's ``source.offsets``, whether the rules joined the two lines (the last
character of the upper line and the first of the lower one are in the same record).

Target A: on the junctions the rules joined, predict "gold breaks here between units of different kinds", from
general line features (display widths relative to the document's wrap width, indentation, the last / first
characters' classes, list and number marks, blank lines and page breaks between, the lines' repetition in the
document, digit / ASCII / Han shares; the rules' kinds and join, variant A only; no tool or file name). Models are
trained on the dev batches dev, dev2 … dev13, checked by leave-one-batch-out (LOBO), and the threshold is fixed on
the pooled out-of-fold scores before dev14 / dev15 (unseen designs) are scored (``VARIANTS``):

- A: logistic regression on the joined junctions only; threshold: the lowest with LOBO precision >= 0.95;
- B / C / D: logistic regression / 100 small boosted trees / trees on junctions without a blank line, trained on
  all junctions (target: a gold cross-kind break) with line features only; threshold: the lowest at which LOBO
  flags at most 0.05 % of the joined dev junctions that are not cross-kind breaks.

Reported: precision / recall of target A at a few thresholds (all junctions the rules joined; the positives are
the gold cross-kind breaks), and, at the fixed threshold, the scorer's counts (annotate/segment/score.py, as
benchmarks/segment_corpus.py pairs records with gold) before and after cutting the rules' records at every
flagged junction: cross-kind joins, all joins, boundary P/R/F1. The segmenter is not changed.
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import os
import re
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "benchmarks" / "segcorpus"
sys.path.insert(0, str(ROOT))

from annotate.segment.decode import decode_bytes  # noqa: E402
from annotate.segment.score import score_documents, squash  # noqa: E402

TRAIN = ["dev", *(f"dev{k}" for k in range(2, 14))]
TEST = ["dev14", "dev15"]
KINDS = ("title", "heading", "byline", "meta", "paragraph", "debris")
PRECISION_BAR = 0.95
FALSE_FLAG_RATE = 0.0005
THRESHOLDS = (0.5, 0.7, 0.8, 0.9, 0.95, 0.98)

_NONSPACE = re.compile(r"\S")
_SENT_END = set("。！？!?…")
_SOFT_END = set("，、；;,")
_COLON = set("：:")
_CLOSE = set("）)」』”’》〉】]")
_OPEN = set("（(「『“‘《〈【[")
_BULLET = set("•·‧●○■□◆◇▪▫-*–—►▶")
_NUMBER_MARK = re.compile(r"^\s*(?:[（(]?\d{1,3}[)）.、．]|[（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+[、．.]"
                          r"|第[一二三四五六七八九十百\d]+[章节條条款部分篇])")
_DATE = re.compile(r"\d{2,4}\s*[年/.-]\s*\d{1,2}\s*[月/.-]")


def columns(text: str) -> int:
    """Display columns (East Asian wide and full-width characters count two)."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def char_class(ch: str) -> str:
    if not ch:
        return "none"
    if ch in _SENT_END:
        return "sent_end"
    if ch in _SOFT_END:
        return "soft_end"
    if ch in _COLON:
        return "colon"
    if ch in _CLOSE:
        return "close"
    if ch in _OPEN:
        return "open"
    if ch in _BULLET:
        return "bullet"
    if ch.isdigit():
        return "digit"
    if ch.isascii() and ch.isalpha():
        return "latin"
    if "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf":
        return "han"
    if unicodedata.category(ch).startswith("P") or unicodedata.category(ch).startswith("S"):
        return "punct"
    return "other"


CLASSES = ("none", "sent_end", "soft_end", "colon", "close", "open", "bullet", "digit", "latin", "han", "punct", "other")


# ---------------------------------------------------------------------------------------------- data


def segment_split(split: str, cache: Path) -> Path:
    """The segmenter's records for one text split, cached (one CLI run per split)."""
    out = cache / f"{split}.jsonl"
    if not out.exists():
        tmp = cache / f"{split}.tmp.jsonl"
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        subprocess.run([sys.executable, "-m", "annotate", "segment", str(CORPUS / "text" / split), "--out", str(tmp),
                        "--on-error", "skip", "--quiet"], check=True, env=env, cwd=ROOT)
        tmp.rename(out)
    return out


def load_records(path: Path) -> dict[str, list[dict]]:
    docs: dict[str, list[dict]] = collections.defaultdict(list)
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            rec = json.loads(line)
            docs[rec["doc_id"]].append(rec)
    return docs


def lines_of(src: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``src`` (split at \\n; a \\r before it is left in the line, read as space)."""
    spans, start = [], 0
    for k, ch in enumerate(src):
        if ch == "\n":
            spans.append((start, k))
            start = k + 1
    spans.append((start, len(src)))
    return spans


def doc_junctions(stem: str, src: str, records: list[dict], gold: list[dict]) -> list[dict]:
    """One dict per junction: positions, labels (gold, rules) and the features' raw material."""
    n = len(src)
    unit = np.full(n, -1, dtype=np.int32)
    for r, rec in enumerate(records):
        for _ts, ss, length in rec["source"]["offsets"]:
            unit[ss:ss + length] = r
    nonspace = [m.start() for m in _NONSPACE.finditer(src)]
    squash_index = np.full(n, -1, dtype=np.int64)
    squash_index[nonspace] = np.arange(len(nonspace))
    gold_ends = np.cumsum([len(squash(u["text"])) for u in gold])
    if gold_ends[-1] != len(nonspace):
        raise ValueError(f"{stem}: gold does not cover the file")
    gold_kind = [u["kind"] for u in gold]

    spans = lines_of(src)
    texts = [src[s:e].replace("\r", " ") for s, e in spans]
    stripped = [t.strip() for t in texts]
    content = [k for k, t in enumerate(stripped) if t]
    if len(content) < 2:
        return []
    widths = [columns(texts[k].rstrip()) for k in content]
    wrap = float(max(np.percentile(widths, 90), 1))
    repeats = collections.Counter(stripped[k] for k in content)
    total = len(content)

    def ends(k: int) -> tuple[int, int, int, int]:
        """First / last non-space position of line k, and first / last covered by a record (-1 if none)."""
        s, e = spans[k]
        pos = [p for p in range(s, e) if squash_index[p] >= 0]
        covered = [p for p in pos if unit[p] >= 0]
        return pos[0], pos[-1], (covered[0] if covered else -1), (covered[-1] if covered else -1)

    info = [ends(k) for k in content]
    out = []
    for i in range(len(content) - 1):
        ka, kb = content[i], content[i + 1]
        a_first, a_last, _, a_cov_last = info[i]
        b_first, _, b_cov_first, _ = info[i + 1]
        ga = int(np.searchsorted(gold_ends, squash_index[a_last], side="right"))
        gb = int(np.searchsorted(gold_ends, squash_index[b_first], side="right"))
        ra = int(unit[a_cov_last]) if a_cov_last >= 0 else -1
        rb = int(unit[b_cov_first]) if b_cov_first >= 0 else -1
        between = src[spans[ka][1]:spans[kb][0]]
        out.append({
            "stem": stem, "a": ka, "b": kb, "cut_at": b_cov_first, "record": ra,
            "gold_break": ga != gb, "cross": ga != gb and gold_kind[ga] != gold_kind[gb],
            "joined": ra >= 0 and ra == rb, "rule_kind": records[ra]["kind"] if ra >= 0 else "none",
            "x": features(texts, stripped, content, widths, i, wrap, repeats, total, between,
                          records[ra]["kind"] if ra >= 0 else "none", records[rb]["kind"] if rb >= 0 else "none",
                          ra >= 0 and ra == rb),
        })
    return out


def _shares(text: str) -> tuple[float, float, float]:
    chars = [c for c in text if not c.isspace()] or [" "]
    return (sum(c.isdigit() for c in chars) / len(chars), sum(c.isascii() for c in chars) / len(chars),
            sum("\u4e00" <= c <= "\u9fff" for c in chars) / len(chars))


def _line_feats(text: str, stripped: str, width: int, wrap: float, repeats: collections.Counter) -> list[float]:
    indent = columns(text[:len(text) - len(text.lstrip())])
    digit, ascii_, han = _shares(stripped)
    gaps = len(re.findall(r"\S {3,}\S", stripped))
    first, last = stripped[:1], stripped[-1:]
    return [width / wrap, indent / wrap, min(indent, 40) / 40, (wrap - width) / wrap, float(width >= 0.9 * wrap),
            math.log1p(len(stripped)), digit, ascii_, han, float(gaps > 0), min(gaps, 4) / 4,
            float(repeats[stripped] > 1), math.log1p(repeats[stripped] - 1),
            float(bool(_NUMBER_MARK.match(stripped))), float(first in _BULLET), float(bool(_DATE.search(stripped))),
            float(any(c in _SENT_END for c in stripped)), float(any(c in _SENT_END for c in stripped[:-1])),
            *(float(char_class(first) == c) for c in CLASSES), *(float(char_class(last) == c) for c in CLASSES)]


LINE_NAMES = ["width", "indent", "indent_cols", "room", "full", "log_len", "digit", "ascii", "han", "gap", "gaps",
              "repeated", "log_repeats", "number_mark", "bullet", "date", "has_sent_end", "inner_sent_end",
              *(f"first_{c}" for c in CLASSES), *(f"last_{c}" for c in CLASSES)]


def features(texts, stripped, content, widths, i, wrap, repeats, total, between, kind_a, kind_b, joined) -> list[float]:
    ka, kb = content[i], content[i + 1]
    fa = _line_feats(texts[ka], stripped[ka], widths[i], wrap, repeats)
    fb = _line_feats(texts[kb], stripped[kb], widths[i + 1], wrap, repeats)
    prev_w = widths[i - 1] / wrap if i > 0 else 0.0
    next_w = widths[i + 2] / wrap if i + 2 < len(widths) else 0.0
    prev_end = float(i > 0 and stripped[content[i - 1]][-1:] in _SENT_END)
    blanks = kb - ka - 1
    ind_a = columns(texts[ka][:len(texts[ka]) - len(texts[ka].lstrip())])
    ind_b = columns(texts[kb][:len(texts[kb]) - len(texts[kb].lstrip())])
    pair = [float(blanks == 0), float(blanks == 1), float(blanks >= 2), float("\f" in between or "\f" in texts[kb]),
            (widths[i + 1] - widths[i]) / wrap, float(ind_b > ind_a), float(ind_b < ind_a), (ind_b - ind_a) / wrap,
            prev_w, next_w, prev_end, i / total, math.log(wrap), float(joined),
            float(stripped[ka][-1:] in _SENT_END and widths[i] < 0.8 * wrap),
            float(len(stripped[ka]) <= 20 and stripped[ka][-1:] not in _SENT_END | _SOFT_END)]
    kinds = [*(float(kind_a == k) for k in KINDS), *(float(kind_b == k) for k in KINDS)]
    return fa + fb + pair + kinds


FEATURE_NAMES = ([f"a_{n}" for n in LINE_NAMES] + [f"b_{n}" for n in LINE_NAMES]
                 + ["no_blank", "one_blank", "blanks", "page_break", "width_step", "indent_in", "indent_out",
                    "indent_step", "prev_width", "next_width", "prev_sent_end", "position", "log_wrap", "joined",
                    "a_short_sentence", "a_short_open"]
                 + [f"kind_a_{k}" for k in KINDS] + [f"kind_b_{k}" for k in KINDS])


def split_data(split: str, cache: Path) -> tuple[list[dict], dict[str, list[dict]]]:
    """The split's junctions and the segmenter's records (rows cached next to the records, keyed by feature names)."""
    import hashlib
    import pickle

    records = load_records(segment_split(split, cache))
    key = hashlib.sha1(" ".join(FEATURE_NAMES).encode()).hexdigest()[:8]
    stored = cache / f"{split}.rows-{key}.pkl"
    if stored.exists() and stored.stat().st_mtime >= (cache / f"{split}.jsonl").stat().st_mtime:
        return pickle.loads(stored.read_bytes()), records
    rows = []
    for path in sorted((CORPUS / "text" / split).iterdir()):
        gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))["units"]
        src = decode_bytes(path.read_bytes()).text
        for row in doc_junctions(path.stem, src, records.get(path.stem, []), gold):
            row["split"] = split
            rows.append(row)
    stored.write_bytes(pickle.dumps(rows))
    return rows, records


# ---------------------------------------------------------------------------------------------- model


RULE_FEATURES = [k for k, n in enumerate(FEATURE_NAMES) if n == "joined" or n.startswith("kind_")]
LINE_ONLY = [k for k in range(len(FEATURE_NAMES)) if k not in RULE_FEATURES]


def fit(x: np.ndarray, y: np.ndarray, learner: str):
    """``lr``: standardised logistic regression, classes balanced; ``gbt``: 100 small boosted trees."""
    if learner == "gbt":
        from sklearn.ensemble import HistGradientBoostingClassifier

        return HistGradientBoostingClassifier(max_iter=100, max_leaf_nodes=15, learning_rate=0.1, random_state=0).fit(x, y)
    from sklearn.linear_model import LogisticRegression
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler

    model = make_pipeline(StandardScaler(), LogisticRegression(C=0.3, class_weight="balanced", max_iter=3000))
    return model.fit(x, y)


def pr_at(scores: np.ndarray, y: np.ndarray, t: float) -> dict:
    flagged = scores >= t
    tp = int((flagged & y).sum())
    return {"threshold": round(float(t), 4), "flagged": int(flagged.sum()), "tp": tp,
            "precision": tp / flagged.sum() if flagged.sum() else 1.0, "recall": tp / y.sum() if y.sum() else 1.0}


GRID = [*np.round(np.arange(0.01, 1.0, 0.01), 2), 0.995, 0.999, 0.9995, 0.9999, 1.0]


def threshold_by_precision(scores: np.ndarray, y: np.ndarray, bar: float = PRECISION_BAR) -> float:
    """The lowest threshold on GRID from which the precision is at least ``bar`` all the way up."""
    best = 1.0
    for t in reversed(GRID):
        row = pr_at(scores, y, t)
        if row["flagged"] and row["precision"] < bar:
            break
        best = float(t)
    return best


def threshold_by_false_flags(scores: np.ndarray, y: np.ndarray, rate: float = FALSE_FLAG_RATE) -> float:
    """The lowest threshold on GRID at which at most ``rate`` of the negatives are flagged."""
    negatives = max(int((~y).sum()), 1)
    for t in GRID:
        if ((scores >= t) & ~y).sum() <= rate * negatives:
            return float(t)
    return 1.0


# ---------------------------------------------------------------------------------------------- scoring


def cut_records(records: list[dict], cuts: dict[int, list[int]]) -> list[tuple[str, str]]:
    """The records as (kind, text) units, each record cut before the source positions listed for it."""
    units = []
    for r, rec in enumerate(records):
        text = rec["text"]
        points = []
        for p in sorted(cuts.get(r, [])):
            for ts, ss, length in rec["source"]["offsets"]:
                if ss <= p < ss + length:
                    points.append(ts + p - ss)
                    break
        start = 0
        for k in [*points, len(text)]:
            piece = text[start:k].strip()
            if piece:
                units.append((rec["kind"], piece))
            start = k
    return units


def score_split(records: dict[str, list[dict]], stems: list[str], cuts: dict[str, dict[int, list[int]]]) -> dict:
    pairs = []
    for stem in stems:
        gold = json.loads((CORPUS / "gold" / f"{stem}.json").read_text(encoding="utf-8"))["units"]
        pairs.append((stem, cut_records(records.get(stem, []), cuts.get(stem, {})), [(u["kind"], u["text"]) for u in gold]))
    total = score_documents(pairs)
    return {"f1": total["f1"], "precision": total["precision"], "recall": total["recall"],
            "cross_kind": len(total["cross_kind"]), "joins": sum(len(d["joins"]) for d in total["documents"].values())}


def arrays(rows: list[dict], columns_: list[int] | None = None) -> tuple[np.ndarray, np.ndarray]:
    x = np.array([r["x"] for r in rows], dtype=np.float64).reshape(len(rows), len(FEATURE_NAMES))
    return (x if columns_ is None else x[:, columns_]), np.array([r["cross"] for r in rows], dtype=bool)


VARIANTS = {
    # name: (training rows, feature columns, learner, how the threshold is fixed on the LOBO scores)
    "A_lr_joined": ("joined", None, "lr", "precision"),
    "B_lr_all_lines": ("all", LINE_ONLY, "lr", "false_flags"),
    "C_gbt_all_lines": ("all", LINE_ONLY, "gbt", "false_flags"),
    "D_gbt_adjacent_lines": ("adjacent", LINE_ONLY, "gbt", "false_flags"),
}


def run_variant(name: str, data: dict, joined: dict) -> dict:
    rows_of, cols, learner, rule = VARIANTS[name]
    pool = joined if rows_of == "joined" else {s: rows for s, (rows, _) in data.items()}
    if rows_of == "adjacent":  # only junctions with no blank line between, as nearly all the rules' joins are
        no_blank = FEATURE_NAMES.index("no_blank")
        pool = {s: [r for r in rows if r["x"][no_blank]] for s, rows in pool.items()}
    oof_scores, oof_y, folds, all_s, all_y = [], [], {}, [], []
    for held in TRAIN:
        model = fit(*arrays([r for s in TRAIN if s != held for r in pool[s]], cols), learner)
        x, y = arrays(joined[held], cols)
        scores = model.predict_proba(x)[:, 1] if len(x) else np.zeros(0)
        oof_scores.append(scores)
        oof_y.append(y)
        folds[held] = {"positives": int(y.sum()), "negatives": int((~y).sum()),
                       "at": [pr_at(scores, y, t) for t in THRESHOLDS]}
        if rows_of != "joined":  # how well it finds cross-kind breaks among all junctions of the held batch
            xa, ya = arrays(data[held][0], cols)
            all_s.append(model.predict_proba(xa)[:, 1])
            all_y.append(ya)
    oof_s, oof_t = np.concatenate(oof_scores), np.concatenate(oof_y)
    threshold = threshold_by_precision(oof_s, oof_t) if rule == "precision" else threshold_by_false_flags(oof_s, oof_t)
    out: dict = {"rule": rule, "threshold": threshold, "folds": folds,
                 "pooled": [pr_at(oof_s, oof_t, t) for t in (*THRESHOLDS, threshold)]}
    if all_s:
        s_, y_ = np.concatenate(all_s), np.concatenate(all_y)
        out["pooled_all_junctions"] = [pr_at(s_, y_, t) for t in (0.5, 0.9)]
    out["lobo_effect"] = {held: effect(data[held], joined[held], sc, threshold)
                          for held, sc in zip(TRAIN, oof_scores, strict=True)}
    model = fit(*arrays([r for s in TRAIN for r in pool[s]], cols), learner)
    if learner == "lr":
        coef = model[-1].coef_[0]
        names = [FEATURE_NAMES[k] for k in (cols or range(len(FEATURE_NAMES)))]
        out["top_features"] = [(names[k], round(float(coef[k]), 2)) for k in np.argsort(-np.abs(coef))[:12]]
    import pickle

    out["model_bytes"] = len(pickle.dumps(model))
    out["test"] = {}
    for split in TEST:
        x, y = arrays(joined[split], cols)
        scores = model.predict_proba(x)[:, 1]
        prefix = np.array([r["stem"].split("-")[0] for r in joined[split]])
        out["test"][split] = {
            "all": [pr_at(scores, y, t) for t in (*THRESHOLDS, threshold)],
            "parts": {p: [pr_at(scores[prefix == p], y[prefix == p], t) for t in (0.5, 0.8, threshold)]
                      for p in sorted(set(prefix))},
            "effect": effect(data[split], joined[split], scores, threshold),
            "flagged_break": int(((scores >= threshold) & np.array([r["gold_break"] for r in joined[split]])).sum()),
        }
    return out


def main(argv: list[str] | None = None) -> int:
    global CORPUS
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cache", type=Path, default=Path("/tmp/line_junctions_cache"),
                        help="folder for the segmenter's output per split (made once)")
    parser.add_argument("--variants", default=",".join(VARIANTS))
    parser.add_argument("--corpus", type=Path, default=CORPUS,
                        help="a segcorpus folder to read instead (e.g. one exported from another commit)")
    parser.add_argument("--json", type=Path, help="write all figures here")
    args = parser.parse_args(argv)
    CORPUS = args.corpus
    args.cache.mkdir(parents=True, exist_ok=True)
    started = time.time()
    data = {s: split_data(s, args.cache) for s in TRAIN + TEST}
    joined = {s: [r for r in rows if r["joined"]] for s, (rows, _) in data.items()}
    result: dict = {"sizes": {s: {"files": len({r["stem"] for r in data[s][0]}), "junctions": len(data[s][0]),
                                  "cross": sum(r["cross"] for r in data[s][0]), "joined": len(joined[s]),
                                  "joined_cross": sum(r["cross"] for r in joined[s]),
                                  "joined_break": sum(r["gold_break"] for r in joined[s])} for s in data},
                    "features": FEATURE_NAMES, "variants": {}}
    for name in args.variants.split(","):
        result["variants"][name] = run_variant(name, data, joined)
        report(name, result)
    result["seconds"] = round(time.time() - started, 1)
    print(f"{result['seconds']} s")
    if args.json:
        args.json.write_text(json.dumps(result, indent=1, ensure_ascii=False), encoding="utf-8")
    return 0


def effect(split_rows: tuple[list[dict], dict], joined_rows: list[dict], scores: np.ndarray, threshold: float) -> dict:
    """Scorer's counts before and after cutting the rules' records at the flagged junctions."""
    rows, records = split_rows
    stems = sorted({r["stem"] for r in rows} | set(records))
    cuts: dict[str, dict[int, list[int]]] = collections.defaultdict(lambda: collections.defaultdict(list))
    for row, s in zip(joined_rows, scores, strict=True):
        if s >= threshold:
            cuts[row["stem"]][row["record"]].append(row["cut_at"])
    return {"before": score_split(records, stems, {}), "after": score_split(records, stems, cuts),
            "cuts": sum(len(v) for c in cuts.values() for v in c.values())}


def report(name: str, result: dict) -> None:
    if len(result["variants"]) == 1:
        print("split  files junctions cross joined joined-cross joined-break")
        for s, z in result["sizes"].items():
            print(f"{s:6s} {z['files']:5d} {z['junctions']:9d} {z['cross']:5d} {z['joined']:6d} {z['joined_cross']:12d}"
                  f" {z['joined_break']:12d}")
    v = result["variants"][name]
    print(f"== {name}: threshold fixed on LOBO ({v['rule']}): {v['threshold']}; model {v['model_bytes']} bytes")
    print("LOBO pooled, joined junctions:", *(f"t={r['threshold']}: P {r['precision']:.3f} R {r['recall']:.3f}"
                                              f" ({r['tp']}/{r['flagged']})" for r in v["pooled"]), sep="\n  ")
    for r in v.get("pooled_all_junctions", []):
        print(f"  all junctions t={r['threshold']}: P {r['precision']:.3f} R {r['recall']:.3f} ({r['tp']}/{r['flagged']})")
    for held, f in v["folds"].items():
        e = v["lobo_effect"][held]
        print(f"  {held:6s} pos {f['positives']:2d} neg {f['negatives']:5d} | cuts {e['cuts']:3d} cross "
              f"{e['before']['cross_kind']}->{e['after']['cross_kind']} F1 {e['before']['f1']:.4f}->{e['after']['f1']:.4f}")
    for split, t in v["test"].items():
        print(f"{split}:", *(f"t={r['threshold']}: P {r['precision']:.3f} R {r['recall']:.3f} ({r['tp']}/{r['flagged']})"
                             for r in t["all"]), sep="\n  ")
        for p, rows in t["parts"].items():
            print(f"    {p}: " + "  ".join(f"t={r['threshold']} P {r['precision']:.2f} R {r['recall']:.2f}"
                                          f" ({r['tp']}/{r['flagged']})" for r in rows))
        e = t["effect"]
        print(f"  cuts {e['cuts']} (gold breaks among them {t['flagged_break']}): cross-kind {e['before']['cross_kind']} -> "
              f"{e['after']['cross_kind']}, joins {e['before']['joins']} -> {e['after']['joins']}, "
              f"F1 {e['before']['f1']:.4f} -> {e['after']['f1']:.4f} (P {e['before']['precision']:.4f} -> "
              f"{e['after']['precision']:.4f}, R {e['before']['recall']:.4f} -> {e['after']['recall']:.4f})")
    if "top_features" in v:
        print("  top features:", v["top_features"])


if __name__ == "__main__":
    sys.exit(main())
