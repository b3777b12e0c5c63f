"""Our exact-span scores must equal seqeval's strict IOB2 mode (the oracle) to the last digit."""

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from seqeval.metrics import classification_report, f1_score, precision_score, recall_score
from seqeval.scheme import IOB2, IOBES

from annotate.formats import read_examples
from annotate.ner_metrics import score, score_tags
from annotate.spans import Span, spans_to_tags


def seqeval_numbers(gold, pred, scheme=IOB2):
    kw = {"mode": "strict", "scheme": scheme, "zero_division": 0}
    micro = (precision_score(gold, pred, **kw), recall_score(gold, pred, **kw), f1_score(gold, pred, **kw))
    report = classification_report(gold, pred, output_dict=True, **kw)
    per = {k: (v["precision"], v["recall"], v["f1-score"], v["support"])
           for k, v in report.items() if not k.endswith("avg")}
    return micro, per


def ours_numbers(result):
    m = result["micro"]
    per = {k: (v["precision"], v["recall"], v["f1"], v["support"]) for k, v in result["per_label"].items()
           if v["support"] or v["predicted"]}
    return (m["precision"], m["recall"], m["f1"]), per


def assert_parity(gold, pred, scheme="BIO"):
    ours = ours_numbers(score_tags(references=gold, predictions=pred, scheme=scheme))
    theirs = seqeval_numbers(gold, pred, IOB2 if scheme == "BIO" else IOBES)
    assert ours[0] == pytest.approx(theirs[0], abs=1e-12)
    # seqeval lists labels that occur only in predictions too (support 0)
    assert set(ours[1]) <= set(theirs[1])
    for label, numbers in theirs[1].items():
        assert ours[1].get(label, (0.0, 0.0, 0.0, 0)) == pytest.approx(numbers, abs=1e-12), label


def corrupt(tags_seq, seed):
    """Realistic prediction errors: wrong type, shifted boundary, dropped and invented entities."""
    rng = random.Random(seed)
    out = []
    for tags in tags_seq:
        tags = list(tags)
        for i in range(len(tags)):
            r = rng.random()
            if r < 0.03:
                tags[i] = "O"
            elif r < 0.05 and tags[i] != "O":
                tags[i] = tags[i][:2] + rng.choice(["PER", "LOC", "ORG"])
            elif r < 0.06:
                tags[i] = rng.choice(["B-PER", "I-LOC", "B-ORG", "I-ORG"])
        out.append(tags)
    return out


@pytest.mark.parametrize("name", ["peoples_daily_ner/example.dev", "msra_ner/msra_test_bio",
                                  "weibo_ner/weiboNER_2nd_conll.dev"])
def test_parity_on_real_data(shared, name):
    examples = read_examples(shared / "data" / name, label_scheme="raw")[:400]
    gold = [spans_to_tags(ex.spans, len(ex.text)) for ex in examples]
    for seed in range(3):
        assert_parity(gold, corrupt(gold, seed))


def test_parity_bmes_file_as_iobes(shared):
    examples = read_examples(shared / "data" / "resume_ner" / "dev.char.bmes", label_scheme="raw")[:300]
    gold = [spans_to_tags(ex.spans, len(ex.text), "BIOES") for ex in examples]
    pred = [spans_to_tags(ex.spans[1:], len(ex.text), "BIOES") for ex in examples]
    assert_parity(gold, pred, "BIOES")


TAGS = st.sampled_from(["O", "O", "O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"])
SEQS = st.lists(st.lists(TAGS, min_size=1, max_size=12), min_size=1, max_size=6)


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
@settings(max_examples=150, deadline=None)
@given(SEQS, st.randoms(use_true_random=False))
def test_parity_hypothesis_any_tags(gold, rnd):
    pred = [[rnd.choice(["O", "B-PER", "I-PER", "B-LOC", "I-LOC", t, t, t]) for t in seq] for seq in gold]
    assert_parity(gold, pred)


def test_labels_filter_and_zero_division():
    gold = [[Span(0, 2, "PER"), Span(3, 5, "DATE")]]
    pred = [[Span(3, 5, "DATE"), Span(6, 7, "MONEY")]]
    r = score(references=gold, predictions=pred, labels=["PER", "LOC"])
    assert r["micro"] == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "tp": 0, "predicted": 0, "support": 1}
    assert set(r["per_label"]) == {"PER", "LOC"}
    r = score(references=gold, predictions=pred)
    assert r["micro"]["tp"] == 1 and r["per_label"]["MONEY"]["precision"] == 0.0


def test_duplicate_predictions_count_once():
    gold = [[Span(0, 2, "PER")]]
    r = score(references=gold, predictions=[[Span(0, 2, "PER"), Span(0, 2, "PER", score=0.3)]])
    assert r["micro"]["precision"] == 1.0
