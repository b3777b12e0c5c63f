"""Formatting an :class:`~qa.evaluate.EvalReport`: a plain-text report and a self-contained HTML page
with inline SVG charts (no JavaScript, no external files)."""

from __future__ import annotations

import html
from typing import Any

from annotate.tables import format_table

from .analysis import BUCKETS
from .evaluate import EvalReport

__all__ = ["render_text", "render_html"]

_HEADLINE = (("exact_match", "EM"), ("f1", "F1"), ("lenient_em", "lenient EM"))


def _source(report: EvalReport) -> str:
    return ", ".join(f"{k} {v}" for k, v in report.source.items())


def _headline(report: EvalReport) -> list[tuple[str, float, float, float]]:
    values = {"exact_match": report.scores.exact_match, "f1": report.scores.f1,
              "lenient_em": report.analysis.lenient_em}
    return [(label, values[key], *report.analysis.ci[key]) for key, label in _HEADLINE]  # type: ignore[misc]


def render_text(report: EvalReport) -> str:
    s, a = report.scores, report.analysis
    level = int(round(100 * float(a.ci["level"])))  # type: ignore[arg-type]
    lines = [f"QA evaluation ({report.metric} metric): {report.data}", f"answers from: {_source(report)}", ""]
    rows = [(label, f"{v:6.2f}", f"[{lo:.2f}, {hi:.2f}]") for label, v, lo, hi in _headline(report)]
    lines.append(format_table(rows, ["score", "value", f"{level}% CI"]))
    lines.append(f"\nquestions {s.total}, without prediction {s.skipped}, "
                 f"predictions for unknown ids {len(report.unknown_ids)}")
    for name, sub in s.subsets.items():
        lines.append(f"{name}: EM {sub['exact_match']:.2f}  F1 {sub['f1']:.2f}  ({int(sub['total'])} questions)")
    lines.append("\nby answer type")
    lines.append(format_table([(t, int(v["total"]), f"{v['exact_match']:6.2f}", f"{v['f1']:6.2f}",
                                f"{v['lenient_em']:7.2f}") for t, v in a.by_type.items()],
                              ["type", "n", "EM", "F1", "lenient"]))
    if a.by_difficulty:
        lines.append("\nby difficulty (docs/benchmark.md)")
        lines.append(format_table([(t, int(v["total"]), f"{v['exact_match']:6.2f}", f"{v['f1']:6.2f}",
                                    f"{v['lenient_em']:7.2f}") for t, v in a.by_difficulty.items()],
                                  ["difficulty", "n", "EM", "F1", "lenient"]))
    lines.append("\nerrors")
    lines.append(format_table([(b, a.buckets[b], f"{100.0 * a.buckets[b] / max(s.total, 1):5.1f}")
                               for b in BUCKETS], ["bucket", "n", "    %"]))
    return "\n".join(lines)


def _bars(rows: list[tuple[str, list[tuple[float, str]], tuple[float, float] | None]], *, width: int = 560,
          label_w: int = 130, bar_h: int = 16) -> str:
    """Horizontal bars on a 0–100 axis; each row may hold several bars and an interval whisker."""
    scale = (width - label_w - 50) / 100.0
    height = sum(len(bars) * bar_h + 8 for _, bars, _ in rows) + 4
    marks, y = [], 4
    for label, bars, interval in rows:
        top = y
        label_x = label_w + (interval[1] if interval else 0.0) * scale  # values go right of the whisker
        for value, color in bars:
            w = max(value, 0.0) * scale
            marks.append(f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar_h - 2}" fill="{color}"/>'
                         f'<text x="{max(label_w + w, label_x) + 5:.1f}" y="{y + bar_h - 5}" font-size="11">'
                         f"{value:.1f}</text>")
            y += bar_h
        mid = (top + y - 2) / 2
        marks.append(f'<text x="{label_w - 6}" y="{mid + 4:.1f}" font-size="12" text-anchor="end">'
                     f"{html.escape(label)}</text>")
        if interval:
            lo, hi = (label_w + v * scale for v in interval)
            marks.append(f'<path d="M{lo:.1f} {mid:.1f}H{hi:.1f}M{lo:.1f} {mid - 4:.1f}V{mid + 4:.1f}'
                         f'M{hi:.1f} {mid - 4:.1f}V{mid + 4:.1f}" stroke="#222" stroke-width="1.5" fill="none"/>')
        y += 8
    grid = [f'<line x1="{label_w + t * scale:.1f}" x2="{label_w + t * scale:.1f}" y1="0" y2="{y}" stroke="#e4e4e4"/>'
            f'<text x="{label_w + t * scale:.1f}" y="{y + 14}" font-size="10" text-anchor="middle">{t}</text>'
            for t in range(0, 101, 20)]
    return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height + 20}" role="img">'
            + "".join(grid + marks) + "</svg>")


_COLORS = {"EM": "#4c78a8", "F1": "#f58518", "lenient EM": "#54a24b"}
_BUCKET_COLORS = {"exact": "#54a24b", "numeric_format": "#88d27a", "boundary": "#f2cf5b",
                  "wrong_span": "#e45756", "missing": "#9d9d9d"}


def _paragraph(item: Any, prediction: str | None) -> str:
    """The paragraph, escaped, with the gold answers underlined (``<ins>``) and the first occurrence of
    the prediction struck through (``<del>``) where it is not gold; long paragraphs are cut to the
    window around them."""
    text = item.context
    spans = [(s, s + len(a), "ins") for s, a in zip(item.answer_starts, item.answers, strict=False)
             if s >= 0 and a and text[s:s + len(a)] == a]
    if prediction:
        at = text.find(prediction)
        if at >= 0 and (at, at + len(prediction)) not in {(s, e) for s, e, _ in spans}:
            spans.append((at, at + len(prediction), "del"))
    lo, hi = 0, len(text)
    if spans and len(text) > 240:
        lo = max(0, min(s for s, _, _ in spans) - 80)
        hi = min(len(text), max(e for _, e, _ in spans) + 80)
    bounds = sorted({lo, hi, *(min(max(x, lo), hi) for s, e, _ in spans for x in (s, e))})
    out = ["…" if lo else ""]
    for a, b in zip(bounds, bounds[1:], strict=False):
        piece = html.escape(text[a:b])
        for s, e, tag in spans:
            if s <= a and b <= e:
                piece = f"<{tag}>{piece}</{tag}>"
        out.append(piece)
    out.append("…" if hi < len(text) else "")
    return "".join(out)


def _examples(report: EvalReport, limit: int) -> str:
    by_id = {item.id: item for item in report.items}
    rows = [r for r in report.analysis.rows if r.bucket != "exact"][:limit]
    cells = []
    for r in rows:
        item = by_id[r.id]
        cells.append("<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in (
            r.id, r.answer_type, item.question, " | ".join(r.answers) or "(no answer)",
            "(missing)" if r.prediction is None else r.prediction, r.bucket, f"{100 * r.f1:.0f}"))
            + f'<td class="para">{_paragraph(item, r.prediction)}</td></tr>')
    head = "".join(f"<th>{h}</th>" for h in ("id", "type", "question", "gold", "prediction", "bucket", "F1",
                                             "paragraph (gold <ins>underlined</ins>, prediction <del>struck</del>)"))
    return f"<table><tr>{head}</tr>{''.join(cells)}</table>"


def render_html(report: EvalReport, *, examples: int = 100) -> str:
    s, a = report.scores, report.analysis
    headline = [(label, [(v, _COLORS[label])], (lo, hi)) for label, v, lo, hi in _headline(report)]
    types: list[Any] = [(f"{t} ({int(v['total'])})", [(v["exact_match"], _COLORS["EM"]), (v["f1"], _COLORS["F1"])],
                         None) for t, v in a.by_type.items()]
    levels: list[Any] = [(f"{t} ({int(v['total'])})", [(v["exact_match"], _COLORS["EM"]), (v["f1"], _COLORS["F1"])],
                          None) for t, v in a.by_difficulty.items()]
    total = max(s.total, 1)
    buckets: list[Any] = [(f"{b} ({a.buckets[b]})", [(100.0 * a.buckets[b] / total, _BUCKET_COLORS[b])], None)
                          for b in BUCKETS]
    title = f"QA evaluation: {report.data}"
    level = int(round(100 * float(a.ci["level"])))  # type: ignore[arg-type]
    return f"""<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>{html.escape(title)}</title>
<style>body{{font-family:system-ui,sans-serif;margin:2em;max-width:70em}}table{{border-collapse:collapse;font-size:13px}}
td,th{{border:1px solid #ccc;padding:3px 6px;vertical-align:top}}th{{background:#f4f4f4}}.note{{color:#555}}
td.para{{min-width:28em}}ins{{background:#dff3d8}}del{{background:#f9d6d5}}</style>
</head><body>
<h1>{html.escape(title)}</h1>
<p>Answers from {html.escape(_source(report))}; metric <b>{report.metric}</b> (official logic);
{s.total} questions, {s.skipped} without prediction, {len(report.unknown_ids)} predictions for unknown ids.</p>
<h2>Scores (bars) with {level}% bootstrap intervals (whiskers)</h2>
{_bars(headline)}
<h2>By answer type (blue EM, orange F1)</h2>
{_bars(types)}
<h2>By difficulty (blue EM, orange F1)</h2>
{_bars(levels)}
<h2>Error buckets (% of questions)</h2>
{_bars(buckets)}
<p class="note">exact: strict EM; numeric_format: only the numeric-aware lenient EM accepts it; boundary: overlaps
the gold answer with the wrong extent; wrong_span: elsewhere; missing: no prediction.</p>
<h2>Questions not answered exactly (first {examples})</h2>
{_examples(report, examples)}
</body></html>
"""
