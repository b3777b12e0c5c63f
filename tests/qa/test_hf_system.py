"""The transformers QA wrapper: a tiny random BertForQuestionAnswering saved to a temp dir (never a
download), and a model with hand-set logits to check window (doc stride) decoding exactly."""

from __future__ import annotations

import json
from types import SimpleNamespace

import pytest

torch = pytest.importorskip("torch")
transformers = pytest.importorskip("transformers")

from annotate.errors import ModelError, UsageError  # noqa: E402
from qa.eval import main  # noqa: E402
from qa.items import QAItem  # noqa: E402
from qa.systems.hf import HFQuestionAnswering  # noqa: E402

LONG = "天" * 300 + "甲丙乙" + "地" * 200  # the answer sits far beyond the first window


@pytest.fixture(scope="module")
def tokenizer(shared):
    return transformers.BertTokenizer.from_pretrained(str(shared / "models" / "bert-base-chinese-vocab"))


@pytest.fixture(scope="module")
def checkpoint(tmp_path_factory, tokenizer):
    torch.manual_seed(0)
    config = transformers.BertConfig(vocab_size=tokenizer.vocab_size, hidden_size=32, num_hidden_layers=1,
                                     num_attention_heads=2, intermediate_size=64, max_position_embeddings=256)
    path = tmp_path_factory.mktemp("tiny-qa")
    transformers.BertForQuestionAnswering(config).save_pretrained(path)
    tokenizer.save_pretrained(path)
    return path


class _Pointer(torch.nn.Module):
    """Start logit 10 on the token 甲, end logit 10 on 乙 and 5 on 丙, [CLS] gets ``null`` on both."""

    def __init__(self, tokenizer, null=0.0):
        super().__init__()
        self.config = SimpleNamespace(_name_or_path="pointer")
        self.start_id, self.end_id, self.mid_id = tokenizer.convert_tokens_to_ids(["甲", "乙", "丙"])
        self.cls_id, self.null = tokenizer.cls_token_id, null

    def forward(self, input_ids, attention_mask=None, token_type_ids=None):
        start = (input_ids == self.start_id).float() * 10 + (input_ids == self.cls_id).float() * self.null
        end = (input_ids == self.end_id).float() * 10 + (input_ids == self.mid_id).float() * 5
        end = end + (input_ids == self.cls_id).float() * self.null
        return SimpleNamespace(start_logits=start, end_logits=end)


ITEMS = [QAItem("long", "答案是什么？", LONG), QAItem("short", "问题", "甲乙在前面。")]


def test_span_found_in_a_later_window(tokenizer):
    qa = HFQuestionAnswering(_Pointer(tokenizer), tokenizer, max_length=64, doc_stride=16, batch_size=2,
                             max_question_length=16)
    assert qa.predict(ITEMS) == {"long": "甲丙乙", "short": "甲乙"}


def test_max_answer_length_in_tokens(tokenizer):
    qa = HFQuestionAnswering(_Pointer(tokenizer), tokenizer, max_length=64, doc_stride=16, max_answer_length=2,
                             max_question_length=16)
    assert qa.predict(ITEMS[:1]) == {"long": "甲丙"}  # 甲丙乙 is 3 tokens; 甲..丙 scores 10 + 5


def test_null_threshold(tokenizer):
    model = _Pointer(tokenizer, null=15.0)  # null score 30 against a best span of 20
    keep = HFQuestionAnswering(model, tokenizer, max_length=64, doc_stride=16, max_question_length=16)
    assert keep.predict(ITEMS[:1]) == {"long": "甲丙乙"}  # no threshold: always a span
    drop = HFQuestionAnswering(model, tokenizer, max_length=64, doc_stride=16, max_question_length=16,
                               null_threshold=5.0)
    assert drop.predict(ITEMS[:1]) == {"long": ""}
    lax = HFQuestionAnswering(model, tokenizer, max_length=64, doc_stride=16, max_question_length=16,
                              null_threshold=50.0)
    assert lax.predict(ITEMS[:1]) == {"long": "甲丙乙"}


def test_long_question_is_cut(tokenizer):
    qa = HFQuestionAnswering(_Pointer(tokenizer), tokenizer, max_length=48, doc_stride=8, max_question_length=8)
    assert qa.predict([QAItem("q", "很" * 100 + "？", LONG)]) == {"q": "甲丙乙"}


def test_random_checkpoint_from_disk(checkpoint):
    qa = HFQuestionAnswering.from_pretrained(str(checkpoint), max_length=96, doc_stride=32, batch_size=4)
    items = ITEMS + [QAItem(f"x{i}", "多少？", f"第{i}段：营收3.5亿元，增长12%。") for i in range(5)]
    first, again = qa.predict(items), qa.predict(items)
    assert first == again
    for item in items:
        assert first[item.id] in item.context and len(first[item.id]) <= 30


def test_cli_with_model(checkpoint, tmp_path, capsys):
    data = {"data": [{"title": "t", "paragraphs": [{"context": LONG, "qas": [
        {"id": "1", "question": "答案？", "answers": [{"text": "甲丙乙", "answer_start": 300}]}]}]}]}
    path = tmp_path / "d.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code = main(["--data", str(path), "--model", str(checkpoint), "--max-length", "96", "--doc-stride", "32",
                 "--json", "--quiet", "--resamples", "5"])
    report = json.loads(capsys.readouterr().out)
    assert code == 0 and report["total"] == 1 and report["source"]["model"] == str(checkpoint)


def test_bad_checkpoint(tmp_path, capsys):
    with pytest.raises(ModelError, match="cannot load"):
        HFQuestionAnswering.from_pretrained(str(tmp_path))
    data = tmp_path / "d.json"
    data.write_text('{"data": [{"paragraphs": [{"context": "甲", "qas": [{"id": "1", "answers": []}]}]}]}',
                    encoding="utf-8")
    assert main(["--data", str(data), "--model", str(tmp_path / "nope")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "no checkpoint directory" in err[0] and "nope" in err[0]


def test_stride_must_leave_room(tokenizer):
    with pytest.raises(UsageError, match="doc-stride"):
        HFQuestionAnswering(_Pointer(tokenizer), tokenizer, max_length=64, doc_stride=61)
