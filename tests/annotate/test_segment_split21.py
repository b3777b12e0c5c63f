"""The learned cut of line groups (annotate/segment/learned.py): its features, the cut, the model file."""

from __future__ import annotations

from collections import Counter

from annotate.segment import join, learned
from annotate.segment.lines import split_lines

PROSE = "这是一段很长的正文，用来占满一行的宽度，作者在这里说明了事情的来龙去脉和它的影响范围。"


def _group(raw: str):
    lines = split_lines(raw)
    ctx = join.context(lines, raw)
    return lines, ctx


def _named(x: list[float]) -> dict[str, float]:
    assert len(x) == len(learned.FEATURES)
    return dict(zip(learned.FEATURES, x, strict=True))


def test_features_of_a_label_line_above_prose() -> None:
    raw = "来源：新华社\n" + PROSE + "\n"
    lines, ctx = _group(raw)
    seen = Counter(ln.sq for ln in lines)
    f = _named(learned.features(lines, 0, ctx, learned.doc_width(ctx), seen))
    assert f["a_label"] == 1.0 and f["b_label"] == 0.0
    assert f["a_hanzi"] == 1.0 and f["a_end"] == 0.0  # "社": a hanzi last, no sentence end
    assert f["b_hanzi"] == 1.0 and f["b_end"] == 1.0  # the lower line opens with a hanzi and ends its sentence
    assert f["a_len"] == 6 and f["b_len"] == len(PROSE)
    assert f["a_w"] < f["b_w"]  # the label line is the shorter one
    assert f["a_repeat"] == 0.0 and f["at"] == 0.0 and f["group_lines"] == 2


def test_features_of_a_wrapped_sentence_and_a_repeated_line() -> None:
    raw = "第一部分，\n（一）工作目标\n第一部分，\n"
    lines, ctx = _group(raw)
    seen = Counter(ln.sq for ln in lines)
    f = _named(learned.features(lines, 0, ctx, learned.doc_width(ctx), seen))
    assert f["a_comma"] == 1.0 and f["a_repeat"] == 1.0
    assert f["b_open"] == 1.0 and f["b_enum"] == 1.0  # "（一）": a bracket and an enumerator open the lower line
    assert f["b_digits"] == 0.0 and f["a_han"] == 4 / 5


def _stump(feature: str, value: float = 5.0, cut: float = 0.9) -> dict:
    """A hand-made model: one tree that scores high where ``feature`` is past 0.5."""
    index = learned.FEATURES.index(feature)
    return {"features": list(learned.FEATURES), "base": -5.0, "rate": 1.0, "cut": cut,
            "trees": [{"feature": [index, -2, -2], "threshold": [0.5, -2.0, -2.0], "left": [1, -1, -1],
                       "right": [2, -1, -1], "value": [0.0, 0.0, 10.0 + value]}]}


def test_cut_splits_a_group_where_the_model_scores_high_and_keeps_its_lines() -> None:
    raw = "来源：新华社\n" + PROSE + "\n" + PROSE + "\n"
    lines, ctx = _group(raw)
    groups = learned.cut_groups([list(lines)], ctx, _stump("a_label"))
    assert [[ln.sq for ln in g] for g in groups] == [["来源：新华社"], [PROSE, PROSE]]
    assert groups[0][0] is lines[0] and groups[1][1] is lines[2]  # the same Line objects: offsets untouched


def test_cut_leaves_groups_alone_below_the_threshold_and_without_a_model() -> None:
    raw = PROSE + "\n" + PROSE + "\n"
    lines, ctx = _group(raw)
    group = list(lines)
    assert learned.cut_groups([group], ctx, _stump("a_label")) == [group]
    assert learned.score(_stump("a_label"), [0.0] * len(learned.FEATURES)) < 0.01


def test_model_file_loads_with_the_fields_the_code_reads() -> None:
    data = learned.model()
    assert data is not None
    assert tuple(data["features"]) == learned.FEATURES
    assert 0.5 <= data["cut"] <= 1.0 and isinstance(data["base"], float) and data["rate"] > 0
    assert data["provenance"]["splits"] and all(s.startswith("dev") for s in data["provenance"]["splits"])
    for tree in data["trees"]:
        n = len(tree["feature"])
        assert all(len(tree[k]) == n for k in ("threshold", "left", "right", "value"))
    p = learned.score(data, [0.0] * len(learned.FEATURES))
    assert 0.0 <= p <= 1.0


PAGE_ONE = ("近日，县农业农村局组织开展了春季农业生产技术培训，来自全县\n"
            "各乡镇的农技人员和种植大户共一百二十余人参加了培训。培训\n"
            "邀请省农科院专家围绕水稻育秧、病虫害绿色防控等内容进行了\n"
            "详细讲解，并深入田间地头开展现场指导，取得了良好效果。\n")
PAGE_TWO = ("据了解，今年以来该局共举办各类培训班十二期，累计培训农民\n"
            "三千余人次，发放技术资料一万余份，有效提升了农民的科学种\n"
            "田水平。下一步，该局将继续加大培训力度，推动农业技术推广\n"
            "工作再上新台阶，为粮食稳产增收提供有力的技术支撑和保障。\n")
HEAD = "光明日报\n2023年6月1日\n星期四\n"


def test_shipped_model_cuts_a_running_head_the_rules_glue_into_one_group() -> None:
    """A print dump's running head (paper, date, weekday on three lines at each page's top): the gold of the dev
    batches (dev drcd/cmrc, dev2 c2/d2 pdftotext dumps) keeps each line a unit; the join rules make one group of
    them, the shipped model cuts it into its lines and leaves the prose's wrapped lines together."""
    from annotate.segment import classify

    raw = HEAD + PAGE_ONE + "\f" + HEAD + PAGE_TWO
    lines = split_lines(raw)
    classify.mark_standalone(raw, lines)
    ctx = join.context(lines, raw)
    groups = join.group_lines(lines, ctx)
    assert [len(g) for g in groups] == [3, 4, 3, 4]  # the rules: the head one group, each page's prose one group
    cut = learned.cut_groups(groups, ctx)
    assert [[ln.sq for ln in g] for g in cut][:3] == [["光明日报"], ["2023年6月1日"], ["星期四"]]
    assert [len(g) for g in cut] == [1, 1, 1, 4, 1, 1, 1, 4]
