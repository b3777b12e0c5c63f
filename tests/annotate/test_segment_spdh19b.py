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


# readers/html.py's _TOKEN: the dropped elements' names grouped by their first letter (_by_first_letter) cut a page
# where the plain alternation of the names does
def test_the_dropped_names_grouped_by_letter_cut_pages_as_the_plain_list():
    import re

    from annotate.segment.readers import html

    assert not any(a != b and b.startswith(a) for a in html._DROPPED for b in html._DROPPED)  # (no name opens another)
    plain = re.compile(html._TOKEN.pattern.replace(html._by_first_letter(html._DROPPED),
                                                   "|".join(map(html._caseless, html._DROPPED))), re.S)
    assert plain.pattern != html._TOKEN.pattern
    page = ("<!DOCTYPE html><HTML><Head><TITLE>题</TITLE><style>.a{}</style></head><body><svg><path/></svg>"
            "<SCRIPT>if (a<b) x='</div>';</SCRIPT><sTyLe>p{}</STYLE><scripts>字</scripts><select><option>一</select>"
            "<template><p>模</p></template><textarea>文</textarea><table><tr><td>格</td></tr></table><section>节</section>"
            "<math><mi>x</mi></math><mathx>数</mathx><object>物</object><iframe src=x></iframe><img alt='头像'>"
            "<button>钮</button><titles>不是</titles><sub>下</sub><strong>粗</strong><noscript>无</noscript>"
            "<ſcript>长s</ſcript><tıtle>无点i</tıtle><script>未完")
    assert html._TOKEN.split(page) == plain.split(page)
    names = [n for n in html._TOKEN.split(page)[2::html._STRIDE] if n]
    assert [n.lower() for n in names] == ["head", "svg", "script", "style", "select", "template", "textarea", "math",
                                          "object", "iframe", "button", "noscript", "ſcript", "tıtle", "script"]


# readers/html.py's _TOKEN: the tags' alternatives first, then those of comments, CDATA, doctypes and processing
# instructions ("!" or "?" after the "<", which no tag has): the same tokens as in the order before
def test_tags_tried_before_comments_cut_pages_as_before():
    import re

    from annotate.segment.readers import html

    tail = r"|!--.*?(?:-->|\Z)|!\[" + html._caseless("cdata") + r"\[.*?(?:\]\]>|\Z)|![^>]*>|\?[^>]*>"
    pattern = html._TOKEN.pattern
    assert pattern.startswith("(<(?:") and pattern.endswith(tail + "))")
    before = re.compile("(<(?:" + tail[1:] + "|" + pattern[len("(<(?:"):-len(tail + "))")] + "))", re.S)
    page = ("<?xml version='1.0'?><!DOCTYPE html><!-- 注释 <p>不是</p> --><html><![CDATA[ <b>x</b> ]]><body>"
            "<p class=\"a>b\" id='c'>正文<!---->后</p><!--><script>var s='<!-- -->';</script><! bogus ><a/>"
            "<p>a < b <3 <!x <? y ?></p><!-- 未完 <div>")
    assert html._TOKEN.split(page) == before.split(page)
    tokens = html._TOKEN.split(page)[1::html._STRIDE]
    assert tokens[:4] == ["<?xml version='1.0'?>", "<!DOCTYPE html>", "<!-- 注释 <p>不是</p> -->", "<html>"]
    assert tokens[-1] == "<!-- 未完 <div>"
