"""``qa build`` on the golden tests/data/qa/corrected_small.jsonl: content, determinism, provenance, checks."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.errors import InputError, OutputError
from qa.build import build, raw_span
from qa.cli import main as qa_main
from qa.data import load_items
from schemas import validate

GOLDEN = "qa/corrected_small.jsonl"


@pytest.fixture(scope="module")
def built(tmp_path_factory, data_dir):
    out = tmp_path_factory.mktemp("b") / "bench"
    result = build(data_dir / GOLDEN, out)
    return out, result


def _files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_counts_and_types(built):
    out, result = built
    assert (result.questions, result.unanswerable, result.paragraphs) == (7, 1, 2)
    assert result.by_type == {"count": 1, "date": 1, "money": 1, "org": 1, "percent": 2, "phrase": 1}
    assert json.loads((out / "build_info.json").read_text(encoding="utf-8"))["entities"] == 10


def test_byte_identical_rerun(built, tmp_path, data_dir):
    out, _ = built
    again = tmp_path / "again"
    build(data_dir / GOLDEN, again)
    assert _files(again) == _files(out)
    build(data_dir / GOLDEN, again)  # replacing an earlier build in place
    assert _files(again) == _files(out)


def test_benchmark_json(built):
    out, _ = built
    data = json.loads((out / "benchmark.json").read_text(encoding="utf-8"))
    validate(data, "qa_benchmark")
    paras = data["data"][0]["paragraphs"]
    # ordered by position in the raw file although the input lists the second paragraph first
    assert [p["context"][:2] for p in paras] == ["国家", "其中"]
    assert [q["id"] for q in paras[0]["qas"]] == ["q-who", "q-date", "q-gdp", "q-growth", "q-population"]
    by_id = {q["id"]: q for p in paras for q in p["qas"]}
    assert by_id["q-who"]["answer_type"] == "org"  # from the ORG entity on the answer
    assert by_id["q-charset"]["answer_type"] == "phrase"  # given in the record
    assert by_id["q-population"]["answer_type"] == "count"  # unanswerable: what the question asks for
    assert by_id["q-gdp"]["provenance"]["model_version"] == "rules-0.1+lac-2.1"


def test_raw_offsets_point_into_the_raw_file(built, data_dir, root):
    out, _ = built
    data = json.loads((out / "benchmark.json").read_text(encoding="utf-8"))
    checked = 0
    for para in data["data"][0]["paragraphs"]:
        for qa in para["qas"]:
            prov = qa["provenance"]
            raw = (root / prov["source_file"]).read_bytes().decode("utf-8")
            for ans, (start, end) in zip(qa["answers"], prov["answer_raw_offsets"], strict=True):
                assert raw[start:end] == ans["text"]
                checked += 1
    assert checked == 6


def test_datasets_folder_matches_the_json(built):
    import datasets

    out, _ = built
    rows = datasets.load_from_disk(str(out / "qa"))["test"]
    assert rows.column_names == ["id", "title", "context", "question", "answers", "is_impossible", "answer_type",
                                 "doc_id", "para_id", "source_file", "source_sha256", "answer_raw_offsets",
                                 "model_version", "task_id"]
    from_json = load_items(out / "benchmark.json")
    from_disk = load_items(out / "qa")
    assert from_disk == from_json
    ner = datasets.load_from_disk(str(out / "ner"))["test"]
    assert len(ner) == 4 and ner.features["ner_tags"].feature.names[:3] == ["O", "B-PER", "I-PER"]
    byline = ner[3]
    assert [e["text"] for e in byline["entities"]] == ["张三", "李四"]
    assert byline["tokens"] == list(byline["text"])


def test_gold_answers_score_100(built, capsys):
    from qa.eval import main

    out, _ = built
    gold = {item.id: (item.answers[0] if item.answers else "") for item in load_items(out / "qa")}
    pred = out.parent / "gold.json"
    pred.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    assert main(["--data", str(out / "qa"), "--predictions", str(pred), "--json", "-q", "--resamples", "5"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["exact_match"], report["f1"], report["total"]) == (100.0, 100.0, 7)


def _broken(tmp_path, data_dir, edit):
    lines = [json.loads(line) for line in (data_dir / GOLDEN).read_text(encoding="utf-8").splitlines()]
    edit(lines)
    path = tmp_path / "broken.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in lines), encoding="utf-8")
    return path


def _qa(lines, qid):
    return next(q for r in lines for q in r["qa"] if q["id"] == qid)


CASES = {
    "answer_start": (lambda ls: _qa(ls, "q-gdp")["answers"][0].update(answer_start=3), "not at answer_start 3"),
    "duplicate id": (lambda ls: _qa(ls, "q-gdp").update(id="q-who"), "question id also used on line"),
    "empty question": (lambda ls: _qa(ls, "q-gdp").update(question="  "), "empty question"),
    "impossible with answer": (lambda ls: _qa(ls, "q-gdp").update(is_impossible=True), "unanswerable question has"),
    "no answer": (lambda ls: _qa(ls, "q-population").update(is_impossible=False), "question has no answer"),
    "bad type": (lambda ls: _qa(ls, "q-gdp").update(answer_type="money!"), "unknown answer_type"),
    "bad entity": (lambda ls: ls[0]["entities"][0].update(end=99), "bad entity"),
    "overlap": (lambda ls: ls[2]["entities"].append({"start": 0, "end": 2, "label": "LOC", "text": "国家"}),
                "overlaps"),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_each_check_is_one_clear_error(case, tmp_path, data_dir, capsys):
    edit, message = CASES[case]
    path = _broken(tmp_path, data_dir, edit)
    with pytest.raises(InputError, match=message) as err:
        build(path, tmp_path / "out")
    assert str(err.value).startswith(f"{path}:")  # names the file and line
    assert not (tmp_path / "out").exists()
    assert qa_main(["build", str(path), "--out", str(tmp_path / "out")]) == 1
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1 and message in lines[0]


def test_unreadable_inputs(tmp_path):
    bad = tmp_path / "x.jsonl"
    bad.write_bytes("{\"text\": \"北京\"}\n".encode("gbk"))
    with pytest.raises(InputError, match="not UTF-8"):
        build(bad, tmp_path / "o")
    bad.write_text("", encoding="utf-8")
    with pytest.raises(InputError, match="no records"):
        build(bad, tmp_path / "o")
    bad.write_text('{"text": "北京", "qa": []}\n', encoding="utf-8")
    with pytest.raises(InputError, match="no questions"):
        build(bad, tmp_path / "o")


def test_refuses_to_replace_a_foreign_folder(tmp_path, data_dir):
    (tmp_path / "o").mkdir()
    (tmp_path / "o" / "keep.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputError, match="not written by this toolkit"):
        build(data_dir / GOLDEN, tmp_path / "o")
    assert (tmp_path / "o" / "keep.txt").exists()


# raw file -> normalized text by dropping line breaks and ideographic spaces, as the segmenter may
RAW = st.text(alphabet=st.sampled_from(list("北京ａ１𠀀😀\u3000\r\n ab,。")), min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(RAW, st.data())
def test_raw_span_round_trip(raw, data):
    kept = [i for i, ch in enumerate(raw) if ch not in "\r\n\u3000"]
    if not kept:
        return
    runs: list[list[int]] = []
    for k, i in enumerate(kept):
        if runs and runs[-1][1] + runs[-1][2] == i:
            runs[-1][2] += 1
        else:
            runs.append([k, i, 1])
    text = "".join(raw[i] for i in kept)
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    raw_start, raw_end = raw_span(runs, start, end)
    assert (raw_start, raw_end) == (kept[start], kept[end - 1] + 1)
    assert "".join(ch for ch in raw[raw_start:raw_end] if ch not in "\r\n\u3000") == text[start:end]
    assert raw_span(None, start, end) == (-1, -1)


def test_eval_reads_a_build_folder_directly(built):
    out, result = built
    from_folder = load_items(out)
    from_json = load_items(out / "benchmark.json")
    assert len(from_folder) == result.questions
    assert sorted(i.id for i in from_folder) == sorted(i.id for i in from_json)
