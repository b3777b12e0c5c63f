"""Offsets of the hf path: tokens and emitted spans slice the original text exactly."""

import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.prelabel.hf import PRESETS, HFBackend
from annotate.prelabel.tiny import build_tiny_model, load_vocab_tokenizer

TRICKY = list(
    "中国工业报高新区张三李四北京上海的了是在"  # common CJK
    "龘靐齉"  # rare CJK, likely [UNK]
    "ＡＢＣａｂｃ０１２３％，。（）"  # full-width forms
    "GDPabcXYZ0123456789.%-/"  # ASCII runs that tokenize as one or a few pieces
    "，。、：；“”《》—…"  # CJK punctuation
    "😀🇨🇳𠀀𪚥"  # emoji, flag (two code points), CJK Ext B
    "éİﬁⅫ한글カナ"  # accents, dotted capital I (lower-cases to two code points), ligature, Hangul, kana
) + ["\r\n", "\n", "\u3000", " ", "\t", "\u200b", "a\u0301", "\x00", "\ufffd"]

texts = st.lists(st.sampled_from(TRICKY), max_size=40).map("".join)

FAST = settings(max_examples=int(os.environ.get("HF_OFFSET_EXAMPLES", 60)), deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


@pytest.fixture(scope="module")
def tokenizer(vocab):
    return load_vocab_tokenizer(vocab)


@pytest.fixture(scope="module")
def backend(tmp_path_factory, vocab):
    path = build_tiny_model(tmp_path_factory.mktemp("ckip"), PRESETS["ckiplab/bert-base-chinese-ner"].labels,
                            context_free=True, vocab_dir=vocab)
    return HFBackend(str(path), batch_size=4)


def _norm(tokenizer, piece):
    return tokenizer.backend_tokenizer.normalizer.normalize_str(piece).replace(" ", "")


def check_encoding(tokenizer, text, enc, *, exact_pieces=True):
    """Tokens claim increasing, non-overlapping character ranges (several tokens may share one
    range when normalization expands a character, e.g. Hangul into jamo); each range's tokens
    spell what the normalizer makes of exactly those characters; unclaimed characters are ones
    the tokenizer deletes."""
    groups: list[tuple[int, int, list[int]]] = []
    for token_id, start, end in zip(enc.ids, enc.starts, enc.ends, strict=True):
        assert 0 <= start < end <= len(text), (text, start, end)
        if groups and (start, end) == groups[-1][:2]:
            groups[-1][2].append(token_id)
            continue
        assert not groups or groups[-1][1] <= start, (text, groups[-1], start)
        groups.append((start, end, [token_id]))
    covered = {i for start, end, _ in groups for i in range(start, end)}
    for start, end, token_ids in groups:
        if exact_pieces and tokenizer.unk_token_id not in token_ids:
            pieces = "".join(p.removeprefix("##") for p in tokenizer.convert_ids_to_tokens(token_ids))
            assert pieces == _norm(tokenizer, text[start:end]), (text, start, end)
    for i, ch in enumerate(text):
        if i not in covered:
            assert _norm(tokenizer, ch).strip() == "", (text, i, ch)


@FAST
@given(texts)
def test_fast_tokenizer_offsets_are_exact(backend, tokenizer, text):
    (enc,) = backend.encode([text])
    check_encoding(tokenizer, text, enc)


@FAST
@given(texts)
def test_char_fallback_offsets_are_exact(backend, tokenizer, text):
    enc = backend._encode_chars(text)  # the path for tokenizers without offset mappings
    check_encoding(tokenizer, text, enc, exact_pieces=False)
    assert all(e - s == 1 for s, e in zip(enc.starts, enc.ends, strict=False))


@FAST
@given(texts)
def test_every_emitted_span_slices_exactly(backend, text):
    (spans,) = backend.predict([text])
    for a, b in zip(spans, spans[1:], strict=False):
        assert a.end <= b.start  # sorted, no overlap, no duplicate
    for span in spans:
        piece = text[span.start:span.end]
        assert piece and piece == piece.strip(" \t\r\n\u3000\u200b")  # never starts/ends in whitespace
        assert 0.0 <= span.score <= 1.0 and span.label in ("PER", "ORG", "LOC", "DATE", "MONEY",
                                                             "PERCENT", "QUANTITY")


@pytest.mark.parametrize("text, tokens", [
    ("GDP", ["gdp"]),
    ("2024年", ["202", "##4", "年"]),
    ("19.3%", ["19", ".", "3", "%"]),
    ("ＧＤＰ19", ["ｇ", "##ｄ", "##ｐ", "##19"]),
])
def test_runs_that_tokenize_as_few_pieces(backend, tokenizer, text, tokens):
    (enc,) = backend.encode([text])
    assert tokenizer.convert_ids_to_tokens(list(enc.ids)) == tokens
    assert "".join(text[s:e] for s, e in zip(enc.starts, enc.ends, strict=False)) == text
