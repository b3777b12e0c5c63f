import pytest

from annotate.errors import ModelError
from annotate.prelabel.hf import PRESETS
from annotate.prelabel.tagset import build_tagset, detect_tag_scheme


def tagset(labels, **kw):
    return build_tagset(dict(enumerate(labels)), **kw)


def ids(ts, tags):
    return [ts.tags.index(t) for t in tags]


@pytest.mark.parametrize("labels, scheme", [
    (["O", "B-PER", "I-PER"], "BIO"),
    (["O", "B-PER", "I-PER", "E-PER", "S-PER"], "BIOES"),
    (["O", "B-PER", "M-PER", "E-PER", "S-PER"], "BMES"),
    (["O", "B-PER", "I-PER", "L-PER", "U-PER"], "BILOU"),
    (["O", "B-name", "I-name", "S-name", "[PAD]"], "BIOES"),  # uer's CLUENER head
    (["O", "PER", "LOC"], "BIO"),  # IO tagging
])
def test_tag_scheme_detection(labels, scheme):
    assert detect_tag_scheme(labels) == scheme


def test_mixed_m_and_i_is_refused():
    with pytest.raises(ModelError, match="fit no one scheme"):
        detect_tag_scheme(["O", "B-PER", "M-PER", "I-PER"])


@pytest.mark.parametrize("types, scheme", [
    (["PER", "ORG", "LOC", "DATE"], "ours"),
    (["PERSON", "GPE", "NORP", "ORG"], "ontonotes"),
    (["name", "address", "company", "game"], "cluener"),
    (["PER.NAM", "GPE.NAM", "LOC.NOM"], "weibo"),
    (["NAME", "CONT", "EDU", "ORG"], "resume"),
    (["NR", "NS", "NT"], "peoples_daily"),
])
def test_label_scheme_detection(types, scheme):
    labels = ["O"] + [f"{p}-{t}" for t in types for p in "BI"]
    assert tagset(labels).label_scheme == scheme


def test_unmapped_labels_are_listed():
    with pytest.raises(ModelError) as err:
        tagset(["O", "B-PERSON", "I-PERSON", "B-SPAM", "I-SPAM", "B-EGGS", "I-EGGS"])
    msg = str(err.value)
    assert "EGGS, SPAM" in msg and "closest scheme: ontonotes" in msg and "label map" in msg


def test_label_map_fills_the_gaps():
    ts = tagset(["O", "B-PERSON", "I-PERSON", "B-SPAM", "I-SPAM"], label_map={"SPAM": "ORG"})
    assert ts.label_scheme == "ontonotes" and ts.mapping == {"PERSON": "PER", "SPAM": "ORG"}
    with pytest.raises(ModelError, match="not one of"):
        tagset(["O", "B-SPAM"], label_map={"SPAM": "THING"})


def test_generic_label_names_are_refused():
    with pytest.raises(ModelError, match="no label names"):
        tagset(["LABEL_0", "LABEL_1", "LABEL_2"])


def test_explicit_scheme_must_fit():
    with pytest.raises(ModelError, match="does not belong to tag scheme BIO"):
        tagset(["O", "B-PER", "E-PER"], tag_scheme="BIO")
    with pytest.raises(ModelError, match="unknown label scheme"):
        tagset(["O", "B-PER"], label_scheme="nope")


def test_adjacent_same_type_stay_separate_in_every_scheme():
    bio = tagset(["O", "B-PER", "I-PER"])
    assert bio.decode(ids(bio, ["B-PER", "I-PER", "B-PER", "I-PER"])) == [(0, 2, "PER"), (2, 4, "PER")]
    bmes = tagset(["O", "B-PER", "M-PER", "E-PER", "S-PER"])
    assert bmes.decode(ids(bmes, ["B-PER", "E-PER", "S-PER", "B-PER", "M-PER", "E-PER"])) == [
        (0, 2, "PER"), (2, 3, "PER"), (3, 6, "PER")]


def test_decoding_runs_on_raw_types_before_mapping():
    # GPE and FAC both map to LOC; an I- of another raw type starts a new entity
    ts = tagset(["O", "B-GPE", "I-GPE", "B-FAC", "I-FAC", "B-NORP", "I-NORP"])
    assert ts.decode(ids(ts, ["B-GPE", "I-GPE", "I-FAC", "B-NORP", "I-NORP"])) == [
        (0, 2, "LOC"), (2, 3, "LOC")]  # NORP is dropped on purpose
    assert ts.decode(ids(ts, ["O", "I-GPE"]), strict=True) == []


def test_presets_map_their_exact_label_sets():
    ckip = PRESETS["ckiplab/bert-base-chinese-ner"]
    assert len(ckip.labels) == 73
    ts = tagset(ckip.labels, tag_scheme=ckip.tag_scheme, label_scheme=ckip.label_scheme)
    assert ts.tag_scheme == "BIOES" and ts.mapping["GPE"] == "LOC" and ts.mapping["CARDINAL"] is None
    assert tagset(ckip.labels).label_scheme == "ontonotes"  # auto-detection agrees
    uer = PRESETS["uer/roberta-base-finetuned-cluener2020-chinese"]
    assert len(uer.labels) == 32 and uer.labels[31] == "[PAD]"
    ts = tagset(uer.labels, tag_scheme=uer.tag_scheme, label_scheme=uer.label_scheme)
    assert ts.tags[31] == "O" and ts.mapping["name"] == "PER" and ts.mapping["movie"] is None
    assert ts.decode(ids(ts, ["S-name", "B-name", "I-name", "S-address", "O"])) == [
        (0, 1, "PER"), (1, 3, "PER"), (3, 4, "LOC")]
