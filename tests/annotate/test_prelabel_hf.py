"""The hf backend end to end, with tiny models built here (never downloaded)."""

import json
import shutil

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.errors import ModelError, UsageError
from annotate.prelabel import get_backend
from annotate.prelabel.hf import PRESETS, HFBackend, check_checkpoint_dir
from annotate.prelabel.tiny import build_lookup_model, build_tiny_model
from annotate.spans import Span

CKIP = PRESETS["ckiplab/bert-base-chinese-ner"]
UER = PRESETS["uer/roberta-base-finetuned-cluener2020-chinese"]
SETTINGS = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
SHORT = st.lists(st.sampled_from(list("张三李四在北京工作GDP2024年19.3%，。😀𠀀　 \r\nＡＢＣ")), max_size=24).map("".join)


@pytest.fixture(scope="module")
def context_free(tmp_path_factory, vocab):
    return HFBackend(str(build_tiny_model(tmp_path_factory.mktemp("cf"), CKIP.labels, context_free=True, seed=3, vocab_dir=vocab)))


@pytest.fixture(scope="module")
def contextual(tmp_path_factory, vocab):
    return build_tiny_model(tmp_path_factory.mktemp("ctx"), UER.labels, layers=2, seed=1, vocab_dir=vocab)


@pytest.fixture(scope="module")
def ckip_lookup(tmp_path_factory, vocab):
    return build_lookup_model(tmp_path_factory.mktemp("ckip_lookup"), CKIP.labels, {
        "张": "B-PERSON", "三": "E-PERSON", "李": "B-PERSON", "四": "E-PERSON", "王": "S-PERSON",
        "北": "B-GPE", "京": "E-GPE", "湖": "B-FAC", "边": "E-FAC",
        "##19": "B-MONEY", ".": "I-MONEY", "3": "I-MONEY", "万": "I-MONEY", "亿": "I-MONEY", "元": "E-MONEY",
        "202": "B-DATE", "##4": "I-DATE", "年": "E-DATE", "ａ": "B-ORG", "##ｂ": "I-ORG", "##ｃ": "I-ORG",
        "公": "I-ORG", "司": "E-ORG", "[UNK]": "S-NORP", "十": "S-CARDINAL",
    }, vocab_dir=vocab)


@pytest.fixture(scope="module")
def uer_lookup(tmp_path_factory, vocab):
    return build_lookup_model(tmp_path_factory.mktemp("uer_lookup"), UER.labels, {
        "张": "B-name", "三": "I-name", "王": "S-name", "北": "B-address", "京": "I-address",
        "腾": "B-company", "讯": "I-company", "书": "S-book", "的": "[PAD]",
    }, vocab_dir=vocab)


def slices(backend, text):
    return [(text[s.start:s.end], s.label) for s in backend.predict([text])[0]]


def test_ckiplab_preset_end_to_end(ckip_lookup):
    backend = HFBackend(str(ckip_lookup))
    assert backend.preset is CKIP and backend.tagset.tag_scheme == "BIOES"
    text = "张三李四、王在北京湖边，GDP19.3万亿元，2024年ＡＢＣ公司十😀𠀀张 三"
    assert slices(backend, text) == [
        ("张三", "PER"), ("李四", "PER"), ("王", "PER"), ("北京", "LOC"), ("湖边", "LOC"),
        ("19.3万亿元", "MONEY"), ("2024年", "DATE"), ("ＡＢＣ公司", "ORG"), ("张 三", "PER")]
    # CARDINAL (十) and NORP ([UNK] 😀 𠀀) are OntoNotes types we drop on purpose


def test_cluener_preset_end_to_end(uer_lookup):
    backend = HFBackend(str(uer_lookup))
    assert backend.preset is UER
    assert slices(backend, "张三王在北京的腾讯读书") == [
        ("张三", "PER"), ("王", "PER"), ("北京", "LOC"), ("腾讯", "ORG")]


def test_scores_are_mean_token_probabilities(ckip_lookup):
    backend = HFBackend(str(ckip_lookup))
    (enc,) = backend.encode(["张三"])
    labels, probs = backend.classify([enc])
    (span,) = backend.predict(["张三"])[0]
    assert span.score == pytest.approx(sum(probs[0]) / 2, abs=1e-4) and span.source == "hf"


def test_first_subword_mode_decodes_whole_words(ckip_lookup):
    backend = HFBackend(str(ckip_lookup), subwords="first")
    # "GDP19" is one word whose first piece is O, so the MONEY entity cannot start inside it
    assert ("19.3万亿元", "MONEY") not in slices(backend, "GDP19.3万亿元")
    assert slices(backend, "2024年") == [("2024年", "DATE")]


@SETTINGS
@given(text=SHORT, data=st.data())
def test_windows_of_every_size_reproduce_the_unwindowed_result(context_free, text, data):
    backend = context_free
    backend.window, backend.overlap, backend.batch_size = 510, 64, 32
    expected = backend.predict([text])[0]
    n = len(backend.encode([text])[0])
    for size in range(1, n + 2):
        overlap = data.draw(st.integers(0, size), label="overlap")
        backend.window, backend.overlap, backend.batch_size = size, overlap, 3
        got = backend.predict([text])[0]
        assert [(s.key, s.score) for s in got] == [(s.key, s.score) for s in expected], (size, overlap)


def test_long_paragraph_windows_with_a_contextual_model(contextual):
    text = ("国家高新区贡献了GDP19.3万亿元，张三和李四在北京。" * 400)[:12000]
    backend = HFBackend(str(contextual), window=60, overlap=16, batch_size=64)
    spans = backend.predict([text])[0]
    assert spans and all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert all(0 <= s.start < s.end <= len(text) for s in spans)


def test_a_200k_character_paragraph(context_free, shared):
    seeds = "".join(p.read_text(encoding="utf-8") for p in sorted((shared / "seeds").glob("*.txt")))
    text = (seeds * 8)[:200_000]
    backend = context_free
    backend.window, backend.overlap, backend.batch_size = 510, 64, 32
    spans = backend.predict([text])[0]
    assert len(spans) > 1000 and spans[-1].end > 190_000
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert all(text[s.start:s.end].strip() == text[s.start:s.end] != "" for s in spans)


def test_batching_does_not_change_predictions(contextual):
    backend = HFBackend(str(contextual), batch_size=2)
    texts = ["张三在北京", "", "GDP19.3万亿元，2024年" * 5, "。", "😀" * 3, "李四"]
    batched = backend.predict(texts)
    single = [backend.predict([t])[0] for t in texts]
    assert [[s.key for s in ss] for ss in batched] == [[s.key for s in ss] for ss in single]
    backend.batch_size, backend.batch_tokens = 32, 24  # a token budget smaller than one window
    assert [[s.key for s in ss] for ss in backend.predict(texts)] == [[s.key for s in ss] for ss in single]


def test_bad_texts(contextual):
    backend = HFBackend(str(contextual))
    assert backend.predict([]) == []
    assert backend.predict(["", "，。！？", "😀🎉", " \r\n\u3000"])[0] == []


def test_missing_files_are_listed(contextual, tmp_path):
    broken = tmp_path / "broken"
    shutil.copytree(contextual, broken)
    (broken / "model.safetensors").unlink()
    (broken / "tokenizer.json").unlink()
    with pytest.raises(ModelError) as err:
        HFBackend(str(broken))
    assert "weights" in str(err.value) and "tokenizer" in str(err.value)
    (broken / "config.json").unlink()
    with pytest.raises(ModelError, match="config.json"):
        check_checkpoint_dir(broken)


def test_unmappable_labels_are_listed(tmp_path, vocab):
    path = build_tiny_model(tmp_path / "odd", ["O", "B-PERSON", "I-PERSON", "B-SPAM", "I-SPAM", "B-HAM", "I-HAM"],
                            layers=1, vocab_dir=vocab)
    with pytest.raises(ModelError, match="cannot map labels HAM, SPAM"):
        HFBackend(str(path))
    backend = HFBackend(str(path), label_map={"SPAM": "ORG", "HAM": None})
    assert backend.tagset.mapping == {"HAM": None, "PERSON": "PER", "SPAM": "ORG"}


def test_model_version_tells_trainings_apart(tmp_path, vocab):
    from annotate.prelabel.hf import _version_name

    a = build_tiny_model(tmp_path / "a" / "m", UER.labels, layers=1, seed=1, vocab_dir=vocab)
    b = build_tiny_model(tmp_path / "b" / "m", UER.labels, layers=1, seed=2, vocab_dir=vocab)
    assert _version_name(str(a)) != _version_name(str(b))
    assert _version_name(str(a)) == _version_name(str(a)) and _version_name(str(a)).startswith("m@")


def test_not_a_token_classifier(contextual, tmp_path):
    other = tmp_path / "mlm"
    shutil.copytree(contextual, other)
    config = json.loads((other / "config.json").read_text())
    config["architectures"] = ["BertForMaskedLM"]
    (other / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelError, match="not a token classifier"):
        HFBackend(str(other))


def test_missing_directory_and_offline_hub_id(tmp_path):
    with pytest.raises(ModelError, match="no checkpoint directory"):
        HFBackend(str(tmp_path / "nope"))
    with pytest.raises(ModelError, match="HF_HUB_OFFLINE is set, so the Hub was not asked"):
        HFBackend("nobody-here/not-a-model")  # tests run with HF_HUB_OFFLINE=1 (conftest)
    with pytest.raises(UsageError, match="needs a model"):  # a usage error: exit 2 (issue 8, defect 11)
        get_backend("hf")


def test_registry_builds_the_backend(contextual):
    backend = get_backend("hf", model=str(contextual), batch_size=8)
    assert isinstance(backend, HFBackend) and backend.batch_size == 8
    assert backend.model_version.startswith(f"hf:{contextual.name}@")
    assert all(isinstance(s, Span) for s in backend.predict(["张三在北京"])[0])


def test_prelabel_command_with_the_hf_backend(ckip_lookup, tmp_path):
    from annotate.cli import main
    from schemas import validate

    src = tmp_path / "paragraphs.jsonl"
    texts = ["张三在北京，GDP19.3万亿元。", "", "😀𠀀张 三和李四"]
    src.write_text("\n".join(json.dumps({"id": f"p{i}", "text": t}, ensure_ascii=False)
                             for i, t in enumerate(texts)), encoding="utf-8")
    out = tmp_path / "tasks.json"
    assert main(["prelabel", str(src), "--out", str(out), "--backend", "hf", "--model", str(ckip_lookup),
                 "--quiet"]) == 0
    tasks = json.loads(out.read_text(encoding="utf-8"))
    validate(tasks, "tasks")
    regions = {t["data"]["id"]: [(r["value"]["text"], r["value"]["labels"][0]) for r in t["predictions"][0]["result"]]
               for t in tasks}
    assert regions["p0"] == [("张三", "PER"), ("北京", "LOC"), ("19.3万亿元", "MONEY")]
    assert regions["p2"] == [("张 三", "PER"), ("李四", "PER")]
    for task in tasks:
        for r in task["predictions"][0]["result"]:
            assert task["data"]["text"][r["value"]["start"]:r["value"]["end"]] == r["value"]["text"]
