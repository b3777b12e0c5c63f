"""Build small random BERT token classifiers locally (tests, benchmarks, offline demos).

No pretrained Chinese weights exist offline, so presets and the windowing logic are exercised
with models built here that carry exactly a real checkpoint's label set. ``context_free=True``
gives a model whose prediction for a token depends on that token alone (no layers, zeroed
position and segment embeddings): windows of any size must then reproduce the unwindowed
predictions exactly, which is what the windowing tests check.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

__all__ = ["DEFAULT_TOKENIZER", "build_tiny_model", "build_lookup_model", "load_vocab_tokenizer"]

#: the tokenizer a fresh model uses unless given a vocab directory: a hub id, read from the local
#: Hugging Face cache (offline) or downloaded; tests and benchmarks pass a directory explicitly
DEFAULT_TOKENIZER = "bert-base-chinese"


def load_vocab_tokenizer(vocab_dir: str | Path | None = None, *, max_length: int = 512):
    """The bert-base-chinese WordPiece tokenizer from ``vocab_dir`` (a directory with ``vocab.txt``, or
    a hub id; default :data:`DEFAULT_TOKENIZER`)."""
    from transformers import BertTokenizer

    from ..hub_ids import resolve_model

    found = resolve_model(str(vocab_dir or DEFAULT_TOKENIZER), option="--vocab", marker="vocab.txt")
    tokenizer = BertTokenizer.from_pretrained(found.name, local_files_only=found.local_files_only)
    tokenizer.model_max_length = max_length
    return tokenizer


def build_tiny_model(
    out: str | Path,
    labels: Sequence[str],
    *,
    layers: int = 2,
    hidden: int = 32,
    heads: int = 2,
    max_positions: int = 512,
    seed: int = 0,
    context_free: bool = False,
    head_std: float | None = None,
    vocab_dir: str | Path | None = None,
) -> Path:
    """Save a random ``BertForTokenClassification`` with ``id2label = labels`` and its tokenizer.

    ``head_std`` re-draws the classifier weights with that spread: a large value gives confident
    predictions (no near-ties), which comparisons between two inference paths need.
    """
    import torch
    from transformers import BertConfig, BertForTokenClassification

    tokenizer = load_vocab_tokenizer(vocab_dir, max_length=max_positions)
    torch.manual_seed(seed)
    config = BertConfig(
        vocab_size=len(tokenizer),
        hidden_size=hidden,
        num_hidden_layers=0 if context_free else layers,
        num_attention_heads=heads,
        intermediate_size=hidden * 4,
        max_position_embeddings=max_positions,
        id2label=dict(enumerate(labels)),
        label2id={label: i for i, label in enumerate(labels)},
        architectures=["BertForTokenClassification"],
    )
    model = BertForTokenClassification(config)
    if context_free:
        with torch.no_grad():
            model.bert.embeddings.position_embeddings.weight.zero_()
            model.bert.embeddings.token_type_embeddings.weight.zero_()
            head_std = head_std or 2.0  # confident, varied labels
    if head_std:
        with torch.no_grad():
            model.classifier.weight.normal_(0.0, head_std)
    model.eval()
    out = Path(out)
    model.save_pretrained(out)
    tokenizer.save_pretrained(out)
    return out


def build_lookup_model(
    out: str | Path,
    labels: Sequence[str],
    assign: dict[str, str],
    *,
    default: str = "O",
    vocab_dir: str | Path | None = None,
) -> Path:
    """A context-free model whose prediction is a fixed table: vocabulary token -> label.

    ``assign`` maps WordPiece tokens (``"张"``, ``"##19"``, ``"[UNK]"``) to labels; every other
    token gets ``default``. Each label is a direction in the hidden space and the classifier
    reads it back, so predictions are exact and confident: end-to-end tests can then check
    decoding and offsets to the character.
    """
    import torch

    path = build_tiny_model(out, labels, hidden=max(32, 2 * len(labels)), heads=1, context_free=True,
                            vocab_dir=vocab_dir)
    from transformers import BertForTokenClassification

    model = BertForTokenClassification.from_pretrained(path)
    tokenizer = load_vocab_tokenizer(vocab_dir)
    hidden = model.config.hidden_size
    index = {label: i for i, label in enumerate(labels)}
    directions = torch.zeros(len(labels), hidden)
    for k in range(len(labels)):
        directions[k, k] = 8.0
        directions[k, len(labels) + (k % (hidden - len(labels)))] = -8.0  # zero mean survives LayerNorm
    with torch.no_grad():
        emb = model.bert.embeddings
        emb.word_embeddings.weight[:] = directions[index[default]]
        for token, label in assign.items():
            token_id = tokenizer.convert_tokens_to_ids(token)
            if token_id == tokenizer.unk_token_id and token != tokenizer.unk_token:
                raise ValueError(f"{token!r} is not in the vocabulary")
            emb.word_embeddings.weight[token_id] = directions[index[label]]
        emb.LayerNorm.weight.fill_(1.0)
        emb.LayerNorm.bias.zero_()
        model.classifier.weight.zero_()
        model.classifier.bias.zero_()
        for k in range(len(labels)):
            model.classifier.weight[k, k] = 1.0
    model.save_pretrained(path)
    return path
