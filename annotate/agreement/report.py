"""Render an agreement result (the dict :func:`annotate.agreement.compare.compare` returns) as
Markdown or as one self-contained HTML page with inline SVG charts (no scripts, no external files)."""

from __future__ import annotations

from html import escape
from typing import Any

from .counts import EDITS

__all__ = ["to_markdown", "to_html"]

_COLOURS = {"accepted": "#2e7d32", "boundary": "#f9a825", "type": "#1565c0", "boundary_type": "#6a1b9a",
            "deleted": "#c62828", "added": "#757575"}
_LABELS = {"accepted": "accepted", "boundary": "boundary changed", "type": "type changed",
           "boundary_type": "boundary+type changed", "deleted": "deleted", "added": "added"}


def _pct(x: float) -> str:
    return f"{100 * x:.1f}"


def _numeric(value: Any) -> bool:
    try:
        float(str(value).replace("%", ""))
    except ValueError:
        return False
    return True


def _md_table(headers: list[str], rows: list[list[Any]]) -> str:
    right = [bool(rows) and all(_numeric(row[i]) for row in rows) for i in range(len(headers))]
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---:" if r else "---" for r in right) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return "\n".join(lines)


def _score_rows(section: dict[str, Any]) -> list[list[Any]]:
    rows = []
    for label, r in section["per_label"].items():
        rows.append([label, _pct(r["precision"]), _pct(r["recall"]), _pct(r["f1"]), r["support"], r["predicted"],
                     *(r[e] for e in EDITS)])
    m, c = section["micro"], section["counts"]
    rows.append(["**micro**", _pct(m["precision"]), _pct(m["recall"]), _pct(m["f1"]), m["support"], m["predicted"],
                 *(c[e] for e in EDITS)])
    return rows


_HEADERS = ["label", "P %", "R %", "F1 %", "support", "pred", *EDITS]


def nothing_annotated(report: dict[str, Any]) -> str | None:
    """What to do when the gold export has no annotated task (nothing to score), else ``None``."""
    if report["tasks"]["annotated"]:
        return None
    return (f"No annotated tasks yet: {report['gold']} holds {report['tasks']['gold']} task(s) and none has an "
            f"annotation the policy ({report['policy']}) can use. Correct the pre-labels in Label Studio, "
            "export with `python -m annotate ls pull`, then run agreement again.")


def to_markdown(report: dict[str, Any]) -> str:
    empty = nothing_annotated(report)
    if empty:
        return f"# Pre-label agreement\n\n{empty}\n"
    t = report["tasks"]
    out = [f"# Pre-label agreement\n\ngold: `{report['gold']}` (policy {report['policy']}), pred: `{report['pred']}`; "
           f"{t['scored']} of {t['annotated']} annotated tasks scored"
           + (f" ({t['no_pred_task']} with no task in pred, {t['text_changed']} whose text differs in pred, "
              f"{t['no_prediction']} with no matching prediction)"
              if t["no_pred_task"] or t["no_prediction"] or t["text_changed"] else "") + ".\n",
           "## Overall\n", _md_table(_HEADERS, _score_rows(report)), ""]
    if report["by_model_version"]:
        out += ["## By model_version\n"]
        rows = [[f"`{v}`", s["tasks"], _pct(s["micro"]["precision"]), _pct(s["micro"]["recall"]),
                 _pct(s["micro"]["f1"]), *(s["counts"][e] for e in EDITS)] for v, s in report["by_model_version"].items()]
        out += [_md_table(["model_version", "tasks", "P %", "R %", "F1 %", *EDITS], rows), ""]
    ann = report["annotators"]
    if ann["pairs"]:
        out += [f"## Annotator agreement ({ann['tasks']} tasks with several annotators, micro span F1 "
                f"{_pct(ann['micro_f1'])} %)\n"]
        rows = [[p["a"], p["b"], p["tasks"], p["spans_a"], p["spans_b"], p["matched"], _pct(p["f1"]),
                 f"{p['kappa']:.3f}"] for p in ann["pairs"]]
        out += [_md_table(["annotator A", "annotator B", "tasks", "spans A", "spans B", "matched", "span F1 %",
                           "char kappa"], rows), ""]
    out.append("Edit categories are defined in docs/agreement.md.")
    return "\n".join(out) + "\n"


def _stacked_bars(sections: list[tuple[str, dict[str, int]]]) -> str:
    """One horizontal bar per section, split by edit category (share of that section's spans)."""
    width, left, bar, gap = 760, 220, 22, 10
    height = 40 + len(sections) * (bar + gap) + 30
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="edit categories per model version" font-family="sans-serif" font-size="12">']
    for k, (name, counts) in enumerate(sections):
        y = 30 + k * (bar + gap)
        total = sum(counts.values()) or 1
        x = float(left)
        parts.append(f'<text x="{left - 8}" y="{y + bar * 0.7}" text-anchor="end">{escape(name[:32])}</text>')
        for edit in EDITS:
            w = (width - left - 20) * counts[edit] / total
            if w > 0:
                parts.append(f'<rect x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar}" fill="{_COLOURS[edit]}">'
                             f'<title>{_LABELS[edit]}: {counts[edit]}</title></rect>')
            x += w
    legend_y = height - 12
    for k, edit in enumerate(EDITS):
        lx = 20 + k * 120
        parts.append(f'<rect x="{lx}" y="{legend_y - 10}" width="10" height="10" fill="{_COLOURS[edit]}"/>'
                     f'<text x="{lx + 14}" y="{legend_y}">{edit}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _f1_bars(per_label: dict[str, dict[str, Any]]) -> str:
    width, left, bar, gap = 760, 120, 18, 8
    height = 20 + len(per_label) * (bar + gap)
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" '
             f'aria-label="F1 per label" font-family="sans-serif" font-size="12">']
    for k, (label, row) in enumerate(per_label.items()):
        y = 10 + k * (bar + gap)
        w = (width - left - 80) * row["f1"]
        parts.append(f'<text x="{left - 8}" y="{y + bar * 0.75}" text-anchor="end">{escape(label)}</text>'
                     f'<rect x="{left}" y="{y}" width="{w:.1f}" height="{bar}" fill="#1565c0"/>'
                     f'<text x="{left + w + 6:.1f}" y="{y + bar * 0.75}">{_pct(row["f1"])}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _html_table(headers: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c)).replace('**', '')}</td>" for c in row) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _marked(example: dict[str, Any]) -> str:
    """The context with the predicted span struck through and the gold span underlined."""
    text, base = example["context"], example["context_start"]
    marks = []
    for side, tag in (("pred", "del"), ("gold", "ins")):
        span = example[side]
        if span is not None:
            marks.append((span["start"] - base, span["end"] - base, tag, span["label"]))
    if len(marks) == 2 and marks[0][:2] == marks[1][:2]:  # same place, new label: one mark
        start, end, _, old = marks[0]
        return (escape(text[:start]) + f'<mark title="{escape(old)} → {escape(marks[1][3])}">'
                + escape(text[start:end]) + "</mark>" + escape(text[end:]))
    bounds = sorted({0, len(text), *(m[0] for m in marks), *(m[1] for m in marks)})
    out = []
    for lo, hi in zip(bounds, bounds[1:], strict=False):
        piece = escape(text[lo:hi])
        for start, end, tag, _ in marks:
            if start <= lo and hi <= end:
                piece = f"<{tag}>{piece}</{tag}>"
        out.append(piece)
    return "".join(out)


def _html_examples(examples: dict[str, list[dict[str, Any]]], counts: dict[str, int]) -> str:
    if not any(examples.values()):
        return ""
    parts = ["<h2>Examples of edited spans</h2><p>In the text around each edit the pre-label is "
             "<del>struck through</del> and the correction <ins>underlined</ins> "
             "(a <mark>highlight</mark> is a changed type).</p>"]
    for edit, items in examples.items():
        if not items:
            continue
        rows = []
        for ex in items:
            pred = f"{ex['pred']['text']} ({ex['pred']['label']})" if ex["pred"] else "—"
            gold = f"{ex['gold']['text']} ({ex['gold']['label']})" if ex["gold"] else "—"
            rows.append(f"<tr><td>{escape(ex['task'])}</td><td>{escape(pred)}</td><td>{escape(gold)}</td>"
                        f"<td style=\"text-align:left\">{_marked(ex)}</td></tr>")
        shown = f"all {len(items)}" if len(items) >= counts.get(edit, 0) else f"first {len(items)} of {counts[edit]}"
        parts.append(f"<h3>{escape(_LABELS[edit])} ({shown})</h3><table><thead><tr><th>task</th>"
                     "<th>pre-label</th><th>correction</th><th>text</th></tr></thead><tbody>"
                     + "".join(rows) + "</tbody></table>")
    return "".join(parts)


def to_html(report: dict[str, Any]) -> str:
    empty = nothing_annotated(report)
    if empty:
        return ("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Pre-label agreement</title>"
                f"</head><body><h1>Pre-label agreement</h1><p>{escape(empty)}</p></body></html>\n")
    sections = [("overall", report["counts"])] + [(v, s["counts"]) for v, s in report["by_model_version"].items()]
    t = report["tasks"]
    parts = [
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Pre-label agreement</title>",
        "<style>body{font-family:sans-serif;max-width:1000px;margin:2em auto;color:#222}"
        "table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}"
        "td:first-child,th:first-child{text-align:left}</style></head><body>",
        "<h1>Pre-label agreement</h1>",
        f"<p>gold <code>{escape(report['gold'])}</code> (policy {escape(report['policy'])}), pred "
        f"<code>{escape(report['pred'])}</code>: {t['scored']} of {t['annotated']} annotated tasks scored. "
        f"Micro F1 <b>{_pct(report['micro']['f1'])} %</b>.</p>",
        "<h2>What annotators did to the pre-labels</h2>", _stacked_bars(sections),
        "<h2>F1 per label</h2>", _f1_bars(report["per_label"]),
        "<h2>Scores</h2>", _html_table(_HEADERS, _score_rows(report)),
    ]
    ann = report["annotators"]
    if ann["pairs"]:
        rows = [[p["a"], p["b"], p["tasks"], p["matched"], _pct(p["f1"]), f"{p['kappa']:.3f}"] for p in ann["pairs"]]
        parts += [f"<h2>Annotator agreement</h2><p>{ann['tasks']} tasks with several annotators.</p>",
                  _html_table(["annotator A", "annotator B", "tasks", "matched", "span F1 %", "char kappa"], rows)]
    parts.append(_html_examples(report.get("examples") or {}, report["counts"]))
    parts.append("<p>Edit categories: see docs/agreement.md.</p></body></html>\n")
    return "".join(parts)
