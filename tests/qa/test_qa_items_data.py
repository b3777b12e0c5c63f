"""The hand-written seed QA items (seeds/annotations/qa_items/) stay consistent with the raw articles.

The items are written by reading; seeds/annotations/check_qa_items.py catches clerical slips (anchors that are
not unique raw substrings, answers or alternatives outside their anchor or carrying whitespace, malformed
alternatives). What the questions say is `qa check`'s job (tests/qa/test_check.py). These tests run the
file checker on the seed items, and check that it does catch what it claims to.
"""
import importlib.util
import json
import shutil
import sys

import pytest


@pytest.fixture(scope="module")
def checker(root):
    path = root / "seeds" / "annotations" / "check_qa_items.py"
    spec = importlib.util.spec_from_file_location("check_qa_items", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


def test_seed_qa_items_pass_every_check(checker):
    summary, report = checker.run()
    assert report.errors == []
    assert summary["answerable"] + summary["unanswerable"] == summary["total"]


@pytest.mark.parametrize(("raw", "expected"), [
    ("全国 169 家", "全国169家"),
    ("超过 47.8 万亿\n\n元", "超过47.8万亿元"),
    ("两项\u2002业务\u3000优化\u00a0整合", "两项业务优化整合"),
    ("SageOne AI算力平台", "SageOne AI算力平台"),
    ("PCT 国际专利", "PCT国际专利"),
])
def test_normalize_drops_spurious_spaces_only(checker, raw, expected):
    assert checker.normalize(raw) == expected


def _write(tmp_path, root, records):
    for seed in (root / "seeds").glob("*.txt"):
        shutil.copy(seed, tmp_path / seed.name)
    items = tmp_path / "qa_items"
    items.mkdir()
    stem = "002_80f0989563be877c"
    lines = [json.dumps({"id": f"{stem}-q{i:03d}", "answer_type": "count", "is_impossible": False, **r},
                        ensure_ascii=False) for i, r in enumerate(records, 1)]
    (items / f"{stem}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return items


def test_checker_flags_bad_items(checker, tmp_path, root):
    items = _write(tmp_path, root, [
        {"question": "长三角携手破局的国家高新区有多少家？", "answer": "36家", "anchor": "长三角36家国家高新区携手破局强圈",
         "alternatives": [{"answer": "36家国家高新区"}]},
        {"question": "有多少家？", "answer": "36家", "anchor": "国家高新区"},
        {"question": "杭州高新区整合了多少家公共实验室？", "answer": "64家", "anchor": "所辖63家公共实验室、317台"},
        {"question": "杭州高新区整合了多少台设备？", "answer": "317台", "anchor": "所辖63家公共实验室、317台",
         "alternatives": [{"text": "317"}]},
        {"question": "杭州高新区整合了多少家实验室？", "answer": "63家", "anchor": "所辖63家公共实验室、317台",
         "alternatives": [{"answer": "63家公共实验室、"}]},
    ])
    _, report = checker.run(tmp_path, items)
    text = "\n".join(report.errors)
    assert "q001" not in text  # a good item with a good alternative
    assert "q002: anchor occurs" in text
    assert "q003: answer '64家' occurs 0 times" in text
    assert "q004: alternatives must be" in text
    assert "q005: alternative '63家公共实验室、' starts or ends with a particle" in text
