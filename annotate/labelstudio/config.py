"""Label Studio labeling configs generated from the toolkit's label set (pure: no I/O, no SDK).

One object tag, ``<Text name="text" value="$text"/>``, and up to four controls over it:

==============  =========  ============================================================
from_name       type       meaning
==============  =========  ============================================================
``label``       labels     NER span; values are :data:`annotate.labels.LABELS`
``answer``      labels     QA answer span (single value ``ANSWER``)
``question``    textarea   per-region: the question answered by the selected ANSWER region
``unanswerable`` textarea  questions the paragraph cannot answer, one per entry
==============  =========  ============================================================

A per-region TextArea result carries the same result ``id`` as its region, which is what keeps
each question tied to its answer in the JSON export (see docs/labelstudio.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from xml.sax.saxutils import quoteattr

from annotate.labels import LABELS

__all__ = [
    "TASKS", "TEXT", "NER", "ANSWER", "ANSWER_LABEL", "QUESTION", "UNANSWERABLE",
    "ConfigSpec", "config_spec", "label_config",
]

TASKS: tuple[str, ...] = ("ner", "qa", "ner+qa")
TEXT = "text"                 # object tag name (to_name) and task data key ($text)
NER = "label"                 # Labels control for entities
ANSWER = "answer"             # Labels control for answer spans
ANSWER_LABEL = "ANSWER"
QUESTION = "question"         # per-region TextArea on answer regions
UNANSWERABLE = "unanswerable"  # free TextArea: questions without an answer in the paragraph

# Distinct, readable background colours; fixed so that configs are byte-stable across runs.
_COLOURS = {
    "PER": "#ff9f9f", "ORG": "#9fc5ff", "LOC": "#a8e6a1", "DATE": "#ffd37f",
    "MONEY": "#d3a8ff", "PERCENT": "#ffb3e6", "QUANTITY": "#9fe7e0", ANSWER_LABEL: "#ffe066",
}
_FALLBACK_COLOURS = ("#c9c9c9", "#e0c097", "#b5d99c", "#f4a261")


@dataclass(frozen=True)
class ConfigSpec:
    """The control names a config of one task kind contains (what an export parser expects)."""

    task: str
    ner: bool
    qa: bool
    labels: tuple[str, ...]

    @property
    def from_names(self) -> tuple[str, ...]:
        names: list[str] = [NER] if self.ner else []
        if self.qa:
            names += [ANSWER, QUESTION, UNANSWERABLE]
        return tuple(names)


def config_spec(task: str, labels: tuple[str, ...] = LABELS) -> ConfigSpec:
    if task not in TASKS:
        raise ValueError(f"unknown task {task!r}; choose one of {', '.join(TASKS)}")
    return ConfigSpec(task=task, ner="ner" in task, qa="qa" in task, labels=tuple(labels))


def _colour(label: str, index: int) -> str:
    return _COLOURS.get(label, _FALLBACK_COLOURS[index % len(_FALLBACK_COLOURS)])


def _labels_block(name: str, labels: tuple[str, ...], *, hotkeys: bool) -> list[str]:
    lines = [f'  <Labels name="{name}" toName="{TEXT}" showInline="true">']
    for i, label in enumerate(labels):
        hotkey = f' hotkey="{i + 1}"' if hotkeys and i < 9 else ""
        lines.append(f"    <Label value={quoteattr(label)} background=\"{_colour(label, i)}\"{hotkey}/>")
    lines.append("  </Labels>")
    return lines


def _answer_block() -> list[str]:
    return [
        '  <Header value="问答：选中答案片段标为 ANSWER，再写出它回答的问题 / QA: mark the answer, then write its question"/>',
        *_labels_block(ANSWER, (ANSWER_LABEL,), hotkeys=False),
    ]


def _question_block() -> list[str]:
    # The question box is shown only while an ANSWER region is selected, so NER regions in an
    # ner+qa project never get a stray per-region question.
    return [
        f'  <View visibleWhen="region-selected" whenTagName="{ANSWER}">',
        '    <Header value="问题 / Question"/>',
        f'    <TextArea name="{QUESTION}" toName="{TEXT}" perRegion="true" editable="true" rows="2"',
        '              maxSubmissions="1" placeholder="这个答案回答的问题 / the question this span answers"/>',
        "  </View>",
        '  <Header value="无答案问题（段落无法回答）/ Unanswerable questions, one per entry"/>',
        f'  <TextArea name="{UNANSWERABLE}" toName="{TEXT}" editable="true" rows="2"',
        '            placeholder="段落中找不到答案的问题 / a question this paragraph cannot answer"/>',
    ]


def label_config(task: str = "ner", labels: tuple[str, ...] = LABELS) -> str:
    """The XML labeling config for ``task`` (``ner``, ``qa`` or ``ner+qa``)."""
    spec = config_spec(task, labels)
    lines = ["<View>"]
    if spec.ner:
        lines.append('  <Header value="实体 / Entities"/>')
        lines += _labels_block(NER, spec.labels, hotkeys=True)
    if spec.qa:
        lines += _answer_block()
    lines.append(f'  <Text name="{TEXT}" value="${TEXT}" granularity="symbol"/>')
    if spec.qa:
        lines += _question_block()
    lines.append("</View>")
    return "\n".join(lines) + "\n"
