import json

import pytest

from annotate.errors import InputError
from annotate.formats import detect_format, read_examples
from annotate.spans import Span


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_bio_blocks_with_crlf_space_chars_and_ids(tmp_path):
    path = write(tmp_path, "a.bio", "张 B-PER\r\n三 I-PER\r\n\u3000 O\r\n李 B-PER\r\n四 I-PER\r\n\r\n\r\n北 B-LOC\n京 I-LOC\n")
    a, b = read_examples(path)
    assert (a.id, a.text, a.spans) == (f"{path}:1", "张三\u3000李四", (Span(0, 2, "PER"), Span(3, 5, "PER")))
    assert (b.id, b.text, b.surfaces()) == (f"{path}:8", "北京", [("北京", "LOC")])


def test_bmes_resume_labels_mapped_and_dropped(tmp_path):
    path = write(tmp_path, "r.bmes", "高 B-NAME\n勇 E-NAME\n： O\n教 B-TITLE\n授 E-TITLE\n京 S-LOC\n")
    (ex,) = read_examples(path)
    assert ex.surfaces() == [("高勇", "PER"), ("京", "LOC")]


def test_weibo_segment_digits_stripped(tmp_path):
    path = write(tmp_path, "w.conll", "李0\tB-PER.NAM\n四1\tI-PER.NAM\n110\tO\n\ufffd\ufffd0\tO\ne12\tB-LOC.NAM\n")
    (ex,) = read_examples(path)
    assert ex.text == "李四1\ufffd\ufffde"
    assert ex.surfaces() == [("李四", "PER"), ("e", "LOC")]


def test_unmapped_labels_all_listed(tmp_path):
    path = write(tmp_path, "x.bio", "a B-FOO\nb B-BAR\nc B-PER\n")
    with pytest.raises(InputError, match="BAR, FOO"):
        read_examples(path)
    with pytest.raises(InputError, match="unmapped labels for scheme ours: BAR, FOO"):
        read_examples(path, label_scheme="ours")
    assert [s.label for s in read_examples(path, label_scheme="raw")[0].spans] == ["FOO", "BAR", "PER"]


def test_bad_line_names_file_and_line(tmp_path):
    path = write(tmp_path, "bad.bio", "a O\nbcd\n")
    with pytest.raises(InputError, match=r"bad.bio:2"):
        read_examples(path, fmt="conll")


def test_cluener(tmp_path):
    rec = {"text": "彭小军认为台湾", "label": {"name": {"彭小军": [[0, 2]]}, "address": {"台湾": [[5, 6]]},
                                          "book": {"认为": [[3, 4]]}}}
    path = write(tmp_path, "c.json", json.dumps(rec, ensure_ascii=False) + "\n")
    assert detect_format(path) == "cluener"
    assert read_examples(path)[0].surfaces() == [("彭小军", "PER"), ("台湾", "LOC")]


def region(start, end, text, label):
    return {"id": "x", "from_name": "label", "to_name": "text", "type": "labels",
            "value": {"start": start, "end": end, "text": text, "labels": [label]}}


def test_labelstudio_export_annotations_vs_predictions(tmp_path):
    text = "😀张三在北京"
    task = {"id": 7, "data": {"text": text, "id": "p1"},
            "annotations": [
                {"id": 1, "was_cancelled": True, "result": [region(1, 3, "张三", "LOC")]},
                {"id": 2, "updated_at": "2024-01-01", "result": [region(1, 3, "张三", "PER")]},
                # UTF-16 offsets from the browser: the emoji counts twice
                {"id": 3, "updated_at": "2024-02-01", "result": [region(2, 4, "张三", "PER"),
                                                                  region(5, 7, "北京", "LOC")]}],
            "predictions": [{"result": [region(4, 6, "北京", "LOC")]}]}
    path = write(tmp_path, "export.json", json.dumps([task], ensure_ascii=False))
    (ann,) = read_examples(path)
    assert ann.id == "p1" and ann.surfaces() == [("张三", "PER"), ("北京", "LOC")]
    (pred,) = read_examples(path, use="predictions")
    assert pred.surfaces() == [("北京", "LOC")]


def test_labelstudio_json_min(tmp_path):
    rows = [{"id": 3, "text": "张三和李四", "label": [{"start": 0, "end": 2, "text": "张三", "labels": ["PER"]},
                                                   {"start": 3, "end": 5, "text": "李四", "labels": ["PER"]}],
             "annotator": "a@b.c"}]
    path = write(tmp_path, "min.json", json.dumps(rows, ensure_ascii=False))
    (ex,) = read_examples(path)
    assert ex.id == "3" and [s.key for s in ex.spans] == [(0, 2, "PER"), (3, 5, "PER")]


def test_labelstudio_region_text_mismatch_is_clear(tmp_path):
    task = {"data": {"text": "张三在北京"}, "predictions": [{"result": [region(0, 2, "李四", "PER")]}]}
    path = write(tmp_path, "t.json", json.dumps([task], ensure_ascii=False))
    with pytest.raises(InputError, match="does not match its text"):
        read_examples(path)


def test_spans_jsonl_and_surface_check(tmp_path):
    good = {"id": "a", "text": "约2.7倍", "spans": [{"start": 1, "end": 5, "label": "QUANTITY", "text": "2.7倍"}]}
    path = write(tmp_path, "g.jsonl", json.dumps(good, ensure_ascii=False) + "\n" +
                 json.dumps({"text": "x", "entities": [[0, 1, "PER"]]}) + "\n")
    assert detect_format(path) == "jsonl"
    a, b = read_examples(path)
    assert a.surfaces() == [("2.7倍", "QUANTITY")] and b.id == "g.jsonl:2"
    bad = dict(good, spans=[{"start": 0, "end": 4, "label": "QUANTITY", "text": "2.7倍"}])
    path = write(tmp_path, "b.jsonl", json.dumps(bad, ensure_ascii=False) + "\n")
    with pytest.raises(InputError, match="b.jsonl:1: record a"):
        read_examples(path)


def test_real_files_read(shared):
    pd = read_examples(shared / "data" / "peoples_daily_ner" / "example.dev")
    assert len(pd) == 2318 and sum(len(e.spans) for e in pd) == 3819
    weibo = read_examples(shared / "data" / "weibo_ner" / "weiboNER_2nd_conll.dev")
    assert all(s.label in ("PER", "LOC", "ORG") for e in weibo for s in e.spans)
