import os
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_DATASETS_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DATA = Path(__file__).resolve().parent / "data"
#: the bert-base-chinese vocabulary the tiny test models use (tokenizers take it explicitly)
VOCAB = SHARED / "models" / "bert-base-chinese-vocab"


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def shared() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared not found beside the checkout ({SHARED})")
    return SHARED


@pytest.fixture(scope="session")
def vocab(shared) -> Path:
    """The bert-base-chinese vocabulary the tiny test models use (passed explicitly: the library's
    default is the hub id ``bert-base-chinese``)."""
    return VOCAB


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return DATA
