"""`python -m annotate prelabel`: tasks that Label Studio accepts, exact regions, and bad input."""

import json

import pytest

import schemas
from annotate.cli import main
from annotate.prelabel import DEFAULT_BACKEND, FALLBACK_BACKEND, default_backend, parse_spec
from annotate.prelabel.tasks import make_task, prelabel
from annotate.spans import Span


def write_jsonl(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def regions(task):
    return [(r["value"]["text"], r["value"]["labels"][0]) for r in task["predictions"][0]["result"]]


def test_minimal_id_text_contract(tmp_path, capsys):
    src = write_jsonl(tmp_path / "p.jsonl", [
        {"id": "a", "text": "截至2024年底,全国178家国家高新区贡献了GDP19.3万亿元(占全国GDP的14.3%)"},
        {"id": 7, "text": "没有数字的段落。"},
    ])
    out = tmp_path / "tasks.json"
    assert main(["prelabel", str(src), "--out", str(out), "--backend", "rules", "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert summary["tasks"] == 2 and summary["per_label"] == {"DATE": 1, "MONEY": 1, "PERCENT": 1, "QUANTITY": 1}
    tasks = json.loads(out.read_text(encoding="utf-8"))
    schemas.validate(tasks, "tasks")
    first, second = tasks
    assert first["data"]["id"] == "a" and first["data"]["schema_version"] == 1
    assert regions(first) == [("2024年底", "DATE"), ("178家", "QUANTITY"), ("19.3万亿元", "MONEY"), ("14.3%", "PERCENT")]
    pred = first["predictions"][0]
    assert pred["model_version"] == "rules-2" and pred["score"] == min(r["score"] for r in pred["result"])
    assert {r["id"] for r in pred["result"]} == {"r1", "r2", "r3", "r4"}
    assert second["data"]["id"] == 7 and second["predictions"][0]["result"] == []
    assert "score" not in second["predictions"][0]


def test_paragraph_records_keep_provenance_and_skip_debris(tmp_path):
    para = {"schema_version": 1, "doc_id": "002_x", "para_id": "002_x-1", "index": 0, "kind": "paragraph",
            "text": "2023年11月29日,联盟成立。", "sentences": [[0, 17]], "doc": {"title": "t"},
            "source": {"path": "seeds/002_x.txt", "sha256": "00", "encoding": "utf-8", "offsets": [0]}}
    debris = dict(para, para_id="002_x-2", kind="debris", text="放大 缩小 2024年")
    src = write_jsonl(tmp_path / "paragraphs.jsonl", [para, debris, dict(para, para_id="002_x-3", text=" \r\n ")])
    result = prelabel(src, tmp_path / "t.json", backend="rules")
    assert result.tasks == [] and result.n_tasks == 1  # written, not held: memory stays flat
    (task,) = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    assert task["data"]["id"] == "002_x-1" and task["data"]["source"] == para["source"]
    assert task["data"]["doc"] == {"title": "t"} and task["data"]["kind"] == "paragraph"
    assert result.skipped == {"kind:debris": 1, "empty": 1}
    everything = prelabel(src, None, backend="rules", kinds=None)
    assert len(everything.tasks) == 2


def test_long_and_symbol_only_paragraphs(tmp_path):
    long_text = ("国家高新区营业收入超过47.8万亿元，同比增长11.7%。" + "创新" * 40) * 1900
    assert len(long_text) > 200_000
    src = write_jsonl(tmp_path / "p.jsonl", [{"id": "long", "text": long_text},
                                              {"id": "sym", "text": "。。！？……😀🎉——“”"},
                                              {"id": "emoji", "text": "😀" * 50}])
    prelabel(src, tmp_path / "t.json", backend="rules")
    long_task, sym, emoji = json.loads((tmp_path / "t.json").read_text(encoding="utf-8"))
    found = long_task["predictions"][0]["result"]
    assert len(found) == 2 * 1900
    assert all(long_text[r["value"]["start"]:r["value"]["end"]] == r["value"]["text"] for r in found)
    assert sym["predictions"][0]["result"] == [] and emoji["predictions"][0]["result"] == []


@pytest.mark.parametrize("line, message", [
    ('{"id": "a"}', "p.jsonl:2: record has no string 'text'"),
    ('{"id": "x", "text": "again"}', "p.jsonl:2: record x: id 'x' already used on line 1"),
    ("not json", "p.jsonl:2: malformed JSON"),
])
def test_bad_records_one_line_error_and_no_output(tmp_path, capsys, line, message):
    src = tmp_path / "p.jsonl"
    src.write_text('{"id": "x", "text": "2024年"}\n' + line + "\n", encoding="utf-8")
    out = tmp_path / "tasks.json"
    out.write_text("previous", encoding="utf-8")
    assert main(["prelabel", str(src), "--out", str(out), "--backend", "rules"]) == 1
    err = capsys.readouterr().err.strip()
    assert message in err and len(err.splitlines()) == 1
    assert out.read_text(encoding="utf-8") == "previous"


@pytest.mark.parametrize("args, message", [
    (["--backend", "nope"], "unknown backend nope"),
    (["--backend", "rules", "--model", "x"], "option model does not apply"),
    (["--batch-size", "0"], "--batch-size"),
])
def test_usage_errors_exit_2(tmp_path, capsys, args, message):
    src = write_jsonl(tmp_path / "p.jsonl", [{"id": "x", "text": "2024年"}])
    assert main(["prelabel", str(src), "--out", str(tmp_path / "t.json"), *args]) == 2
    assert message in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.jsonl"]  # no output, no shard folder left behind


def test_empty_file_is_an_input_error(tmp_path, capsys):
    src = tmp_path / "p.jsonl"
    src.write_text("\n", encoding="utf-8")
    assert main(["prelabel", str(src), "--out", str(tmp_path / "t.json")]) == 1
    assert "no records" in capsys.readouterr().err


def test_default_backend_is_one_constant():
    assert parse_spec(DEFAULT_BACKEND) and default_backend() in (DEFAULT_BACKEND, FALLBACK_BACKEND)


def test_make_task_trims_whitespace_edges_and_rejects_out_of_range():
    record = {"id": "a", "text": "\u3000张三 在\r\n北京"}
    task = make_task(record, [Span(0, 3, "PER", 0.5), Span(5, 9, "LOC"), Span(3, 4, "LOC")], "m")
    assert regions(task) == [("张三", "PER"), ("北京", "LOC")]
    from annotate.errors import ModelError

    with pytest.raises(ModelError, match="past the end"):
        make_task(record, [Span(0, 99, "PER")], "m")
