"""files.record_bytes, the output file's bytes (each document's head, ``doc`` and ``source`` encoded once): the
UTF-8 of files.record_lines, for a page's units (HTML, text: no provenance) and for units with provenance (PDF, DOCX)."""

import json

from annotate.segment import files
from annotate.segment.classify import DocMeta
from annotate.segment.core import Document, Unit, to_record


def _dumps(doc, source):
    return "".join(json.dumps(to_record(doc, unit, source), ensure_ascii=False, separators=(",", ":")) + "\n"
                   for unit in doc.units).encode()


def test_record_bytes_are_the_utf8_of_the_records():
    doc = Document("页-1", [Unit(0, "title", "标题 “引号”\\", [[0, 12, 2], [2, 20, 5]], [[0, 7]], "页-1-0000abcd"),
                           Unit(1, "paragraph", "正文。第二句。", [[0, 40, 7]], [[0, 3], [3, 7]], "页-1-0000abce")],
                   DocMeta(title="标题 50%", author="王某"))
    source = {"path": "页.html", "sha256": "%d", "format": "html", "encoding": "gb18030"}
    assert files.record_bytes(doc, source) == _dumps(doc, source) == "".join(files.record_lines(doc, source)).encode()


def test_record_bytes_keep_provenance():
    doc = Document("p", [Unit(0, "paragraph", "第一页。", [[0, 0, 4]], [[0, 4]], "p-00000001", {"pages": [1]})],
                   DocMeta())
    source = {"path": "p.pdf", "format": "pdf"}
    assert files.record_bytes(doc, source) == _dumps(doc, source)
    assert files.record_bytes(doc, source).endswith(b'"offsets":[[0,0,4]],"pages":[1]}}\n')


def test_an_empty_document_has_no_bytes():
    assert files.record_bytes(Document("e", [], DocMeta()), {"path": "e.html"}) == b""


def test_segment_paths_writes_the_records(tmp_path):
    page = tmp_path / "页.html"
    page.write_text("<html><head><title>标题</title></head><body><h1>大标题</h1><p>这是第一段。它有两句。</p>"
                    "<p>Second paragraph, in English.</p></body></html>", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    files.segment_paths([page], out)
    doc, source = files.segment_file(page)
    assert out.read_bytes() == _dumps(doc, source)
    assert [json.loads(line)["text"] for line in out.read_text(encoding="utf-8").splitlines()] == \
        [unit.text for unit in doc.units] and doc.units[0].text == "大标题"
