"""Training: token tags from char spans, and a few-second run whose directory the hf backend loads."""

import json
from pathlib import Path

import pytest

from annotate.cli import main
from annotate.errors import UsageError
from annotate.prelabel.hf import HFBackend
from annotate.prelabel.tiny import build_tiny_model, load_vocab_tokenizer
from annotate.spans import Span
from annotate.train import TrainConfig, label_list, tag_tokens, train
from schemas import validate

SENTENCES = [
    ("张三在北京工作。", [(0, 2, "PER"), (3, 5, "LOC")]),
    ("李四去了上海银行。", [(0, 2, "PER"), (4, 8, "ORG")]),
    ("王五和赵六都在广州。", [(0, 2, "PER"), (3, 5, "PER"), (7, 9, "LOC")]),
    ("国家统计局发布数据。", [(0, 5, "ORG")]),
]


def write_bio(path, sentences, repeat=1):
    lines = []
    for _ in range(repeat):
        for text, spans in sentences:
            tags = ["O"] * len(text)
            for s, e, lab in spans:
                tags[s] = f"B-{lab}"
                for i in range(s + 1, e):
                    tags[i] = f"I-{lab}"
            lines += [f"{c} {t}" for c, t in zip(text, tags, strict=True)] + [""]
    path.write_text("\n".join(lines), encoding="utf-8")
    return path


def test_label_list():
    assert label_list(["PER", "LOC"], "BIO") == ["O", "B-PER", "I-PER", "B-LOC", "I-LOC"]
    assert label_list(["PER"], "BMES") == ["O", "B-PER", "M-PER", "E-PER", "S-PER"]


def test_tags_follow_tokens_not_characters(vocab):
    tok = load_vocab_tokenizer(vocab)
    text = "GDP19.3万亿元，2024年张三"
    enc = tok(text, add_special_tokens=False, return_offsets_mapping=True)
    starts, ends = zip(*enc["offset_mapping"], strict=True)
    spans = [Span(3, 10, "MONEY"), Span(11, 16, "DATE"), Span(16, 18, "PER")]
    tags, lost = tag_tokens(starts, ends, spans, "BIO")
    tokens = tok.convert_ids_to_tokens(enc["input_ids"])
    assert lost == 0
    assert list(zip(tokens, tags, strict=True)) == [
        ("gdp", "O"), ("##19", "B-MONEY"), (".", "I-MONEY"), ("3", "I-MONEY"), ("万", "I-MONEY"),
        ("亿", "I-MONEY"), ("元", "I-MONEY"), ("，", "O"), ("202", "B-DATE"), ("##4", "I-DATE"),
        ("年", "I-DATE"), ("张", "B-PER"), ("三", "I-PER")]
    # an entity that starts inside a token snaps out to it; one overlapping a placed entity is lost
    tags, lost = tag_tokens(starts, ends, [Span(1, 3, "ORG"), Span(2, 4, "LOC")], "BIOES")
    assert tags[:2] == ["S-ORG", "O"] and lost == 1


def test_train_a_few_steps_and_load_with_the_backend(tmp_path, vocab):
    data = write_bio(tmp_path / "train.bio", SENTENCES, repeat=4)
    out = tmp_path / "model"
    result = train(TrainConfig(data=(str(data),), vocab=str(vocab), out=str(out), layers=1, hidden=32, heads=2, epochs=20,
                               batch_size=16, lr=2e-2, eval=(str(data),), command="python -m annotate train ..."))
    validate(json.loads((out / "training.json").read_text()), "training")
    assert result["labels"] == ["PER", "ORG", "LOC"] and result["training"]["steps"] == 20
    card = (out / "README.md").read_text()
    assert "## Scores" in card and "train.bio" in card and "python -m annotate train" in card
    backend = HFBackend(str(out))
    assert backend.tagset.tag_scheme == "BIO" and backend.tagset.label_scheme == "ours"
    # a tiny model memorises four sentences: the saved directory predicts what it was taught
    assert result["scores"][str(data)]["micro"]["f1"] >= 0.9
    assert backend.predict(["张三在北京工作。"])[0][0].key == (0, 2, "PER")


def test_fine_tune_from_a_checkpoint_with_other_labels(tmp_path, vocab):
    init = build_tiny_model(tmp_path / "init", ["O", "B-PERSON", "I-PERSON"], layers=1, vocab_dir=vocab)
    data = write_bio(tmp_path / "train.bio", SENTENCES)
    result = train(TrainConfig(data=(str(data),), vocab=str(vocab), out=str(tmp_path / "ft"), init=str(init), epochs=1,
                               labels=("PER", "LOC"), scheme="BIOES", max_minutes=1))
    assert result["tags"] == ["O", "B-PER", "I-PER", "E-PER", "S-PER", "B-LOC", "I-LOC", "E-LOC", "S-LOC"]
    assert HFBackend(str(tmp_path / "ft")).tagset.tag_scheme == "BIOES"


def test_cli_trains_and_refuses_bad_options(tmp_path, capsys, vocab):
    data = write_bio(tmp_path / "train.bio", SENTENCES)
    out = tmp_path / "cli_model"
    assert main(["train", str(data), "--arch", "bert", "--vocab", str(vocab), "--out", str(out), "--layers", "1", "--hidden", "32", "--heads", "2",
                 "--epochs", "1"]) == 0
    assert (out / "model.safetensors").is_file() and (out / "README.md").is_file()
    # trained without --eval: the output and the card say so and give the command that scores it
    score = f"python -m annotate ner-eval --gold GOLD_FILE --backend hf --model {out}"
    assert "not evaluated" in capsys.readouterr().err
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "**Not evaluated**" in card and score in card
    assert main(["train", str(data), "--arch", "bert", "--vocab", str(vocab), "--out", str(tmp_path / "x"), "--hidden", "30", "--heads", "4"]) == 2
    assert "not a multiple" in capsys.readouterr().err
    assert not (tmp_path / "x").exists()  # nothing half-written
    with pytest.raises(UsageError, match="unknown label"):
        train(TrainConfig(data=(str(data),), vocab=str(vocab), out=str(tmp_path / "y"), labels=("PERSON",)))


@pytest.mark.parametrize("argv, named", [
    (["--epochs", "3"], "--epochs only applies to --arch bert"),
    (["--init", "some/checkpoint", "--lr", "1e-4"], "--init, --lr only apply to --arch bert"),
    (["--arch", "bert", "--c1", "0.1", "--base", "x"], "--base, --c1 only apply to --arch tagger"),
])
def test_options_of_the_other_arch_are_refused_not_ignored(tmp_path, capsys, argv, named):
    from annotate.cli import main

    data = Path(__file__).resolve().parents[1] / "data" / "rules_gold.jsonl"
    out = tmp_path / "model"
    assert main(["train", str(data), "--out", str(out), *argv]) == 2
    err = capsys.readouterr().err
    assert named in err and len(err.strip().splitlines()) == 1
    assert not out.exists()
