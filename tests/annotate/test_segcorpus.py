"""The development corpus (benchmarks/segcorpus/) is whole: every input has gold, text gold covers
its file exactly, native gold lists content units, and the split is the documented one."""

from __future__ import annotations

import collections
import json
from pathlib import Path

import pytest

from annotate.segment.decode import decode_bytes
from annotate.segment.score import squash

CORPUS = Path(__file__).resolve().parents[2] / "benchmarks" / "segcorpus"
KINDS = {"title", "heading", "byline", "meta", "paragraph", "debris"}


def _inputs(route: str) -> list[Path]:
    return sorted(CORPUS.glob(f"{route}/*/*.*"))


def _gold(path: Path) -> dict:
    return json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))


def test_corpus_size_and_split():
    manifest = json.loads((CORPUS / "manifest.json").read_text(encoding="utf-8"))
    assert len(manifest) >= 40
    for doc in manifest:
        n = int(doc["id"].split("-")[1])
        assert doc["split"] == ("heldout" if n % 3 == 2 else "dev")
        assert all(f"/{doc['split']}/" in f["path"] for f in doc["files"])
    assert sum(d["split"] == "heldout" for d in manifest) * 3 == len(manifest)


@pytest.mark.parametrize("path", _inputs("text"), ids=lambda p: p.stem)
def test_text_gold_covers_file(path):
    gold = _gold(path)
    text = decode_bytes(path.read_bytes()).text
    assert {u["kind"] for u in gold["units"]} <= KINDS
    assert "".join(squash(u["text"]) for u in gold["units"]) == squash(text)


@pytest.mark.parametrize("path", [p for p in _inputs("text") if "_lynx" in p.stem and b"\nReferences" in p.read_bytes()],
                         ids=lambda p: p.stem)
def test_lynx_link_list_is_one_debris_unit_per_line(path):
    """The gold convention (regold_linklists.py): lynx's ``References`` heading and each link line
    after it is a debris unit of its own."""
    lines = [ln for ln in decode_bytes(path.read_bytes()).text.splitlines() if ln.strip()]
    tail = lines[len(lines) - 1 - lines[::-1].index("References"):]
    units = _gold(path)["units"][-len(tail):]
    assert [(u["kind"], squash(u["text"])) for u in units] == [("debris", squash(ln)) for ln in tail]


def test_native_gold_has_content_units():
    paths = _inputs("native")
    assert {p.suffix for p in paths} == {".pdf", ".html", ".docx"}
    for path in paths:
        gold = _gold(path)
        kinds = [u["kind"] for u in gold["units"]]
        assert kinds.count("title") == 1 and "paragraph" in kinds and "debris" not in kinds
        assert gold["furniture"]


def test_batch11_web_split_is_design_disjoint():
    """make_dev11_web.py: twelve site designs, two pages each; designs 0-7 in dev11, designs 8-11 only in held11."""
    manifest = json.loads((CORPUS / "manifest-dev11-web.json").read_text(encoding="utf-8"))
    assert len(manifest) == 24
    sides: dict[str, set[str]] = {}
    for doc in manifest:
        n = int(doc["id"].split("-")[1])
        assert doc["split"] == ("dev11" if n // 2 < 8 else "held11")
        assert all(f"/{doc['split']}/" in f["path"] and (CORPUS / f["path"]).is_file() for f in doc["files"])
        sides.setdefault(doc["template"], set()).add(doc["split"])
    assert len(sides) == 12 and all(len(s) == 1 for s in sides.values())


def test_batch12_web_split_is_design_disjoint():
    """make_dev12_web.py: twelve site designs, two pages each; designs 0-7 in dev12, designs 8-11 only in held12;
    every listed file has its gold."""
    manifest = json.loads((CORPUS / "manifest-dev12-web.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"w12-{n:03d}" for n in range(24)]
    sides: dict[str, set[str]] = {}
    for n, doc in enumerate(manifest):
        assert doc["split"] == ("dev12" if n // 2 < 8 else "held12")
        for f in doc["files"]:
            assert f"/{doc['split']}/" in f["path"] and (CORPUS / f["path"]).is_file()
            assert (CORPUS / "gold" / f"{Path(f['path']).stem}.json").is_file()
        sides.setdefault(doc["template"], set()).add(doc["split"])
    assert len(sides) == 12 and all(len(s) == 1 for s in sides.values())

def test_batch11_print_manifest():
    """Batch 11 print (make_dev11_print.py): designs 0-7 in dev11, designs 8-11 only in held11, two documents each;
    every listed file and its gold are there, and the gold's content units reach the native file's gold."""
    manifest = json.loads((CORPUS / "manifest-dev11-print.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"p11-{n:03d}" for n in range(24)]
    designs = list(dict.fromkeys(d["design"] for d in manifest))
    assert len(designs) == 12
    for doc in manifest:
        k = designs.index(doc["design"])
        assert doc["split"] == ("dev11" if k < 8 else "held11")
        tools = {f["tool"] for f in doc["files"]}
        assert {"reportlab", "pdftotext", "pdftotext-layout", "pdftotext-raw"} < tools
        for f in doc["files"]:
            assert (CORPUS / f["path"]).is_file() and f"/{doc['split']}/" in f["path"]
            assert (CORPUS / "gold" / f"{Path(f['path']).stem}.json").is_file()
    assert {d["design"] for d in manifest if d["split"] == "dev11"}.isdisjoint(
        {d["design"] for d in manifest if d["split"] == "held11"})


def test_batch12_print_manifest():
    """Batch 12 print (make_dev12_print.py): designs 0-7 in dev12, designs 8-11 only in held12, two documents each;
    every listed file and its gold are there, and the native gold has one title and listed furniture."""
    manifest = json.loads((CORPUS / "manifest-dev12-print.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"p12-{n:03d}" for n in range(24)]
    designs = list(dict.fromkeys(d["design"] for d in manifest))
    assert len(designs) == 12
    for doc in manifest:
        k = designs.index(doc["design"])
        assert doc["split"] == ("dev12" if k < 8 else "held12")
        tools = {f["tool"] for f in doc["files"]}
        assert {"reportlab", "pdftotext", "pdftotext-layout", "pdftotext-raw"} < tools
        for f in doc["files"]:
            assert (CORPUS / f["path"]).is_file() and f"/{doc['split']}/" in f["path"]
            assert (CORPUS / "gold" / f"{Path(f['path']).stem}.json").is_file()


def test_batch13_web_manifest():
    """Batch 13 web (make_dev13_web.py): twelve site designs, two pages each; designs 0-7 in dev13, designs 8-11
    only in held13; every page has lynx and lynx -nolist dumps at two widths, a w3m and an html2text dump, and every
    listed file has its gold."""
    manifest = json.loads((CORPUS / "manifest-dev13-web.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"w13-{n:03d}" for n in range(24)]
    sides: dict[str, set[str]] = {}
    for n, doc in enumerate(manifest):
        assert doc["split"] == ("dev13" if n // 2 < 8 else "held13")
        tools = [f["tool"] for f in doc["files"]]
        lynx = [t for t in tools if t.startswith("lynx") and t[4:].isdigit()]
        nolist = [t for t in tools if t.startswith("lynxnolist")]
        assert lynx and nolist and lynx[0][4:] != nolist[0][10:]
        assert any(t.startswith("w3m") for t in tools) and any(t.startswith("html2text") for t in tools)
        for f in doc["files"]:
            assert f"/{doc['split']}/" in f["path"] and (CORPUS / f["path"]).is_file()
            assert (CORPUS / "gold" / f"{Path(f['path']).stem}.json").is_file()
        sides.setdefault(doc["template"], set()).add(doc["split"])
    assert len(sides) == 12 and all(len(s) == 1 for s in sides.values())


def test_batch13_print_manifest():
    """Batch 13 print (make_dev13_print.py): designs 0-7 in dev13, designs 8-11 only in held13, two documents each;
    every listed file and its gold are there, the text gold covers its file, and the native gold lists furniture."""
    manifest = json.loads((CORPUS / "manifest-dev13-print.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"p13-{n:03d}" for n in range(24)]
    designs = list(dict.fromkeys(d["design"] for d in manifest))
    assert len(designs) == 12
    codecs = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030", "crlf": "utf-8", "gb18030+crlf": "gb18030"}
    for doc in manifest:
        k = designs.index(doc["design"])
        assert doc["split"] == ("dev13" if k < 8 else "held13")
        tools = {f["tool"] for f in doc["files"]}
        assert {"reportlab", "pdftotext", "pdftotext-layout", "pdftotext-raw"} < tools and len(tools) >= 5
        for f in doc["files"]:
            path = CORPUS / f["path"]
            assert path.is_file() and f"/{doc['split']}/" in f["path"]
            gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
            if f["route"] == "native":
                assert sum(u["kind"] == "title" for u in gold["units"]) == 1 and gold["furniture"]
                continue
            text = path.read_bytes().decode(codecs[f["encoding"].removesuffix("+ocr")]).replace("\r\n", "\n")
            assert "".join(u["text"] for u in gold["units"]) == text


def test_batch13_doc_manifest():
    """Batch 13 office documents (make_dev13_doc.py): designs 0-7 in dev13, designs 8-11 only in held13, two
    documents each, every one as .pdf and .docx with gold; the .docx gold holds the same content units as the PDF's."""
    manifest = json.loads((CORPUS / "manifest-dev13-doc.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"q13-{n:03d}" for n in range(24)]
    designs = list(dict.fromkeys(d["design"] for d in manifest))
    assert len(designs) == 12
    for doc in manifest:
        assert doc["split"] == ("dev13" if designs.index(doc["design"]) < 8 else "held13")
        tools = {f["tool"] for f in doc["files"]}
        assert {"reportlab", "python-docx", "pdftotext", "pdftotext-layout", "pdftotext-raw"} < tools
        for f in doc["files"]:
            assert (CORPUS / f["path"]).is_file() and f"/{doc['split']}/" in f["path"]
            assert (CORPUS / "gold" / f"{Path(f['path']).stem}.json").is_file()
        pdf, docx = (json.loads((CORPUS / "gold" / f"{doc['id']}_{x}.json").read_text(encoding="utf-8"))
                     for x in ("pdf", "docx"))
        assert pdf["units"] == docx["units"] and sum(u["kind"] == "title" for u in pdf["units"]) == 1
    assert {d["design"] for d in manifest if d["split"] == "dev13"}.isdisjoint(
        {d["design"] for d in manifest if d["split"] == "held13"})


def _regold_conventions():
    import importlib.util
    spec = importlib.util.spec_from_file_location("regold_conventions", CORPUS / "regold_conventions.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_follows_the_conventions_settled_in_session_13():
    """regold_conventions.py (the conventions of sessions 13, 15, 16 and 17) has been run over every gold file: running it
    again changes nothing."""
    per_split, files = _regold_conventions().regold_all(write=False)
    assert not files and not any(per_split.values())


def test_regold_conventions_rules_on_synthetic_units():
    rc = _regold_conventions()
    counts = collections.Counter()
    units, dates, _ = rc.regold_text([
        {"kind": "title", "text": "标题\n\n"},
        {"kind": "debris", "text": "2023/07/12 21:23\n\n"},
        {"kind": "byline", "text": "   原创 雷一 地理知识局 2021-04-12 13:02 发表于上海\n"},
        {"kind": "meta", "text": "本帖最后由 闲云野鹤 于 2022-7-19 21:30 编辑\n"},
        {"kind": "byline", "text": "作者：闲云野鹤　发表于 2022-6-25 18:15\n"},
        {"kind": "debris", "text": "营业收入（万元）  89,002  31,951\n"},
    ], counts, ["项目", "2023年", "2022年", "营业收入（万元）", "89,002", "31,951"])
    assert [(u["kind"], u["text"]) for u in units] == [
        ("title", "标题\n\n"), ("meta", "2023/07/12 21:23\n\n"), ("debris", "   原创 "),
        ("byline", "雷一 地理知识局 2021-04-12 13:02 "), ("debris", "发表于上海\n"),
        ("debris", "本帖最后由 闲云野鹤 于 2022-7-19 21:30 编辑\n"), ("byline", "作者：闲云野鹤　发表于 2022-6-25 18:15\n"),
        ("debris", "营业收入（万元）  "), ("debris", "89,002  "), ("debris", "31,951\n")]
    assert dates == ["2023/07/1221:23"]  # (squeezed)
    assert counts == {"topdate": 1, "badge": 1, "iparea": 1, "editnote": 1, "cells": 1}
    native = rc.regold_native({"units": [{"kind": "title", "text": "标题"},
                                         {"kind": "byline", "text": "原创 雷一 地理知识局 2021-04-12 13:02 发表于上海"},
                                         {"kind": "meta", "text": "本帖最后由 闲云野鹤 于 2022-7-19 21:30 编辑"}],
                               "furniture": ["首页", "2023/07/12 21:23"]}, {"2023/07/1221:23"}, collections.Counter())
    assert native["units"] == [{"kind": "title", "text": "标题"}, {"kind": "meta", "text": "2023/07/12 21:23"},
                               {"kind": "byline", "text": "雷一 地理知识局 2021-04-12 13:02"}]
    assert native["furniture"] == ["首页", "原创", "发表于上海", "本帖最后由 闲云野鹤 于 2022-7-19 21:30 编辑"]


def test_regold_conventions_session_15_rules_on_synthetic_units():
    rc = _regold_conventions()
    counts = collections.Counter()
    web = [
        {"kind": "debris", "text": "┌────┬────┐\n"},
        {"kind": "debris", "text": "│索引号：│ 11356481 │\n"},
        {"kind": "debris", "text": "|课号|CSIE2010|学分|3____|\n"},
        {"kind": "debris", "text": "首页|新闻|服务\n"},
        {"kind": "debris", "text": "2024-03-28 17:45\n"},
        {"kind": "title", "text": "标题\n"},
        {"kind": "byline", "text": "王艳 评论 远山之外 "},
        {"kind": "debris", "text": "力荐 2024-01-09 17:26\n"},
        {"kind": "byline", "text": "慢慢走的风　2024-12-02 更新\n"},
        {"kind": "debris", "text": "★★★★★ 口味：5 环境：4 服务：5\n"},
        {"kind": "paragraph", "text": "正文。\n"},
        {"kind": "debris", "text": "（此件公开发布）\n"},
        {"kind": "debris", "text": "j***4 ★★★★★ 2024-12-19\n"},
    ]
    units, _, moves = rc.regold_text(web, counts, web=True)
    assert [(u["kind"], u["text"]) for u in units] == [
        ("debris", "┌────┬────┐\n"), ("debris", "│索引号：│ "), ("debris", "11356481 │\n"),
        ("debris", "|课号|"), ("debris", "CSIE2010|"), ("debris", "学分|"), ("debris", "3____|\n"),
        ("debris", "首页|新闻|服务\n"), ("meta", "2024-03-28 17:45\n"), ("title", "标题\n"),
        ("byline", "王艳 评论 远山之外 力荐 2024-01-09 17:26\n"), ("byline", "慢慢走的风　2024-12-02 更新\n"),
        ("byline", "★★★★★ 口味：5 环境：4 服务：5\n"), ("paragraph", "正文。\n"), ("meta", "（此件公开发布）\n"),
        ("debris", "j***4 ★★★★★ 2024-12-19\n")]
    assert counts == {"rows": 2, "overdate": 1, "review": 2, "disclosure": 1}
    assert rc.regold_text(units, collections.Counter(), web=True)[0] == units  # a second run changes nothing
    native = rc.regold_native({"units": [{"kind": "title", "text": "标题"},
                                         {"kind": "byline", "text": "王艳 评论 远山之外"},
                                         {"kind": "byline", "text": "慢慢走的风　2024-12-02 更新"},
                                         {"kind": "paragraph", "text": "正文。"}],
                               "furniture": ["首页", "2024-03-28 17:45", "力荐", "2024-01-09 17:26",
                                             "★★★★★ 口味：5 环境：4 服务：5", "（此件公开发布）"]},
                              set(), collections.Counter(), [[m] for m in moves])
    assert native["units"] == [
        {"kind": "meta", "text": "2024-03-28 17:45"}, {"kind": "title", "text": "标题"},
        {"kind": "byline", "text": "王艳 评论 远山之外 力荐 2024-01-09 17:26"},
        {"kind": "byline", "text": "慢慢走的风　2024-12-02 更新"}, {"kind": "byline", "text": "★★★★★ 口味：5 环境：4 服务：5"},
        {"kind": "paragraph", "text": "正文。"}, {"kind": "meta", "text": "（此件公开发布）"}]
    assert native["furniture"] == ["首页"]
    # gold that leaves the whitespace out (batch 14's format): the file says whether the rating shares the line
    bare = [{"kind": "title", "text": "标题"}, {"kind": "byline", "text": "慢慢走的风2024-12-02更新"},
            {"kind": "debris", "text": "★★★★★"}, {"kind": "byline", "text": "王艳评论远山之外"},
            {"kind": "debris", "text": "力荐2024-01-0917:26"}]
    dump = "标题\n慢慢走的风 2024-12-02 更新\n★★★★★\n王艳 评论 远山之外 力荐 2024-01-09 17:26\n"
    assert rc.line_starts(bare, dump) == [False, True, True, True, False]
    units, _, _ = rc.regold_text(bare, collections.Counter(), web=True, starts=rc.line_starts(bare, dump))
    assert [(u["kind"], u["text"]) for u in units] == [
        ("title", "标题"), ("byline", "慢慢走的风2024-12-02更新"), ("byline", "★★★★★"),
        ("byline", "王艳评论远山之外力荐2024-01-0917:26")]
    # print: the letterhead's number over the title is meta, a page header's copy of a number in the text is not;
    # a date over the title is the running head's; a web page's information table keeps its number
    counts = collections.Counter()
    printed = [{"kind": "debris", "text": "江州市人民政府文件\n"}, {"kind": "debris", "text": "江政办发〔2024〕25号\n"},
               {"kind": "debris", "text": "合同编号：HT-2024-073\n"}, {"kind": "debris", "text": "2024/09/01\n"},
               {"kind": "title", "text": "标题\n"}, {"kind": "meta", "text": "合同编号：HT-2024-073\n"}]
    units, _, _ = rc.regold_text(printed, counts)
    assert [u["kind"] for u in units] == ["debris", "meta", "debris", "debris", "title", "meta"]
    assert counts == {"docno": 1}
    assert [u["kind"] for u in rc.regold_text(printed, collections.Counter(), web=True)[0]] == [
        "debris", "debris", "debris", "meta", "title", "meta"]
    # a Taiwan letter's labelled number over its title (發文字號：…號) is the document's own number too
    letter = [{"kind": "debris", "text": "發文字號：中文字第1120074號\n"}, {"kind": "title", "text": "標題\n"}]
    assert [u["kind"] for u in rc.regold_text(letter, collections.Counter())[0]] == ["meta", "title"]

def test_regold_conventions_running_head_pieces():
    """A running head's pieces (a blank line apart in pdftotext's default mode, a wide gap in -layout) are one
    debris unit each, where the unit opens or closes a page or recurs; the gold's whitespace may be left out."""
    rc = _regold_conventions()
    raw = ("南方周末\n\n综合新闻\n\n正文第一段。\n\n图为 资料\n\n说   明   书\n\n- 1 -\n\f"
           "南方周末   2023/03/05   星期四\n正文第二段。\n南方周末   2023/03/05   星期四\n正文。\n说   明   书\n\f")
    units = [{"kind": "debris", "text": "南方周末综合新闻"}, {"kind": "paragraph", "text": "正文第一段。"},
             {"kind": "debris", "text": "图为资料"}, {"kind": "debris", "text": "说明书"}, {"kind": "debris", "text": "-1-"},
             {"kind": "debris", "text": "南方周末2023/03/05星期四"}, {"kind": "paragraph", "text": "正文第二段。"},
             {"kind": "debris", "text": "南方周末2023/03/05星期四"}, {"kind": "paragraph", "text": "正文。"},
             {"kind": "debris", "text": "说明书"}]
    counts = collections.Counter()
    out = rc.cut_heads(units, raw, counts)
    assert [u["text"] for u in out] == [
        "南方周末", "综合新闻", "正文第一段。", "图为资料", "说明书", "-1-", "南方周末", "2023/03/05", "星期四", "正文第二段。",
        "南方周末", "2023/03/05", "星期四", "正文。", "说明书"]  # (a word set letter by letter is no head)
    assert counts == {"heads": 3}
    assert rc.cut_heads(out, raw, collections.Counter()) == out  # a second run changes nothing
    assert rc.cut_heads(units, raw + "多", collections.Counter()) == units  # gold that does not cover the file

def test_batch14_web_manifest():
    """Batch 14 web (make_dev14_web.py): twelve saved-page designs, two pages each; designs 0-7 in dev14, designs 8-11
    only in held14; every page has lynx and lynx -nolist dumps at different widths, a w3m and an html2text dump, and
    every listed file has its gold, whose text units cover the file."""
    manifest = json.loads((CORPUS / "manifest-dev14-web.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"w14-{n:03d}" for n in range(24)]


def test_batch14_tw_manifest():
    """Batch 14 TW part (make_dev14_tw.py): twelve site designs (Taiwan / Hong Kong / Macau pages and two mainland
    ones), two pages each; designs 0-7 in dev14, designs 8-11 only in held14; every page has lynx and lynx -nolist
    dumps at two widths, a w3m and an html2text dump, and every listed file has its gold."""
    manifest = json.loads((CORPUS / "manifest-dev14-tw.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"v14-{n:03d}" for n in range(24)]
    sides: dict[str, set[str]] = {}
    for n, doc in enumerate(manifest):
        assert doc["split"] == ("dev14" if n // 2 < 8 else "held14")
        tools = [f["tool"] for f in doc["files"]]
        lynx = [t for t in tools if t.startswith("lynx") and t[4:].isdigit()]
        nolist = [t for t in tools if t.startswith("lynxnolist")]
        assert lynx and nolist and lynx[0][4:] != nolist[0][10:]
        assert any(t.startswith("w3m") for t in tools) and any(t.startswith("html2text") for t in tools)
        for f in doc["files"]:
            assert f"/{doc['split']}/" in f["path"] and (CORPUS / f["path"]).is_file()
            gold = json.loads((CORPUS / "gold" / f"{Path(f['path']).stem}.json").read_text(encoding="utf-8"))
            assert any(u["kind"] == "title" for u in gold["units"])


            assert (CORPUS / "gold" / f"{Path(f['path']).stem}.json").is_file()
        sides.setdefault(doc["template"], set()).add(doc["split"])
    assert len(sides) == 12 and all(len(s) == 1 for s in sides.values())


def test_batch14_print_manifest():
    """Batch 14 print (make_dev14_print.py): designs 0-7 in dev14, designs 8-11 only in held14, two documents each;
    every listed file and its gold are there, the text gold covers its file, the native gold has one title and
    lists furniture, and no dev14 design is in held14."""
    manifest = json.loads((CORPUS / "manifest-dev14-print.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"p14-{n:03d}" for n in range(24)]
    designs = list(dict.fromkeys(d["design"] for d in manifest))
    assert len(designs) == 12
    codecs = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030", "crlf": "utf-8", "gb18030+crlf": "gb18030"}
    for doc in manifest:
        assert doc["split"] == ("dev14" if designs.index(doc["design"]) < 8 else "held14")
        tools = {f["tool"] for f in doc["files"]}
        assert {"reportlab", "pdftotext", "pdftotext-layout", "pdftotext-raw"} < tools and len(tools) == 5
        for f in doc["files"]:
            path = CORPUS / f["path"]
            assert path.is_file() and f"/{doc['split']}/" in f["path"]
            gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
            if f["route"] == "native":
                assert sum(u["kind"] == "title" for u in gold["units"]) == 1 and gold["furniture"]
                continue
            text = path.read_bytes().decode(codecs[f["encoding"].removesuffix("+ocr")]).replace("\r\n", "\n")
            assert "".join(u["text"] for u in gold["units"]) == text


def test_batch15_print_manifest():
    """Batch 15 print (make_dev15_print.py): 16 designs, one document each, designs 0-9 in dev15 and 10-15 only in
    held15; every listed file and its gold are there, the text gold covers its file, the native gold has one title
    and lists furniture, each document has at least four pdftotext runs, four designs or more are traditional."""
    manifest = json.loads((CORPUS / "manifest-dev15-print.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"p15-{n:03d}" for n in range(16)]
    assert len({d["design"] for d in manifest}) == 16
    assert sum(d["script"] != "simp" for d in manifest) >= 4
    codecs = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030", "crlf": "utf-8",
              "gb18030+crlf": "gb18030", "big5": "big5"}
    for n, doc in enumerate(manifest):
        assert doc["split"] == ("dev15" if n < 10 else "held15")
        tools = {f["tool"] for f in doc["files"]}
        assert {"reportlab", "pdftotext", "pdftotext-layout", "pdftotext-raw"} < tools and len(tools) >= 5
        for f in doc["files"]:
            path = CORPUS / f["path"]
            assert path.is_file() and f"/{doc['split']}/" in f["path"]
            gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
            if f["route"] == "native":
                assert sum(u["kind"] == "title" for u in gold["units"]) == 1 and gold["furniture"]
                continue
            text = path.read_bytes().decode(codecs[f["encoding"].removesuffix("+ocr")]).replace("\r\n", "\n")
            assert "".join(u["text"] for u in gold["units"]) == text


def test_batch15_tw_manifest():
    """Batch 15 TW part (make_dev15_tw.py): sixteen Taiwan / Hong Kong / Macau site designs, one page each; designs
    0-9 in dev15, 10-15 only in held15; every page has its native .html and at least five dumps (lynx and lynx -nolist
    at different widths, w3m, html2text), every listed file has its gold, and the text gold covers its file."""
    manifest = json.loads((CORPUS / "manifest-dev15-tw.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"v15-{n:03d}" for n in range(16)]
    assert len({d["template"] for d in manifest}) == 16
    codecs = {"utf-8": "utf-8", "utf-8-bom": "utf-8-sig", "gb18030": "gb18030", "big5": "cp950", "crlf": "utf-8"}
    for n, doc in enumerate(manifest):
        assert doc["split"] == ("dev15" if n < 10 else "held15")
        tools = [f["tool"] for f in doc["files"]]
        assert tools[0] == "html" and len(tools) >= 6
        lynx = [t for t in tools if t.startswith("lynx") and t[4:].isdigit()]
        nolist = [t for t in tools if t.startswith("lynxnolist")]
        assert lynx and nolist and lynx[0][4:] != nolist[0][10:]
        assert any(t.startswith("w3m") for t in tools) and any(t.startswith("html2text") for t in tools)
        for f in doc["files"]:
            path = CORPUS / f["path"]
            assert f"/{doc['split']}/" in f["path"] and path.is_file()
            gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
            assert sum(u["kind"] == "title" for u in gold["units"]) == 1
            if f["route"] == "native":
                assert gold["furniture"]
                continue
            codec = codecs[f["encoding"].split("+")[0]]
            text = path.read_bytes().decode(codec).replace("\r\n", "\n")
            assert "".join(u["text"] for u in gold["units"]) == text


def test_batch15_web2_manifest():
    """Batch 15 web part B (make_dev15_web2.py): sixteen news / government portal templates, one article page each;
    designs 0-9 in dev15, 10-15 only in held15; every page has its native .html and at least five dumps (lynx and
    lynx -nolist at different widths, w3m, html2text), every listed file has its gold, and the text gold covers its
    file in order."""
    manifest = json.loads((CORPUS / "manifest-dev15-web2.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"y15-{n:03d}" for n in range(16)]
    assert len({d["template"] for d in manifest}) == 16
    assert sum(d["script"] == "simp" for d in manifest) == 10
    codecs = {"utf-8": "utf-8", "utf-8-bom": "utf-8-sig", "gb18030": "gb18030", "crlf": "utf-8"}
    for n, doc in enumerate(manifest):
        assert doc["split"] == ("dev15" if n < 10 else "held15")
        tools = [f["tool"] for f in doc["files"]]
        assert tools[0] == "html" and len(tools) >= 6
        widths = {t.rstrip("0123456789"): t[len(t.rstrip("0123456789")):] for t in tools[1:]}
        assert {"lynx", "lynxnolist", "w3m", "html2text"} <= set(widths) and widths["lynx"] != widths["lynxnolist"]
        for f in doc["files"]:
            path = CORPUS / f["path"]
            assert f"/{doc['split']}/" in f["path"] and path.is_file()
            gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
            assert sum(u["kind"] == "title" for u in gold["units"]) == 1
            if f["route"] == "native":
                assert gold["furniture"] and "debris" not in {u["kind"] for u in gold["units"]}
                continue
            text = path.read_bytes().decode(codecs[f["encoding"].split("+")[0]]).replace("\r\n", "\n")
            assert "".join(u["text"] for u in gold["units"]) == text


def test_batch15_print2_manifest():
    """Batch 15, second print part (make_dev15_print2.py): 16 designs, one document each, designs 0-9 in dev15 and
    10-15 only in held15; every listed file and its gold are there, the text gold covers its file, the native gold
    has one title and lists furniture, each document has at least four pdftotext runs, four designs or more are
    traditional."""
    manifest = json.loads((CORPUS / "manifest-dev15-print2.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"r15-{n:03d}" for n in range(16)]
    assert len({d["design"] for d in manifest}) == 16
    assert sum(d["script"] != "simp" for d in manifest) >= 4
    codecs = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030", "crlf": "utf-8",
              "gb18030+crlf": "gb18030", "big5": "big5"}
    for n, doc in enumerate(manifest):
        assert doc["split"] == ("dev15" if n < 10 else "held15")
        tools = {f["tool"] for f in doc["files"]}
        assert {"reportlab", "pdftotext", "pdftotext-layout", "pdftotext-raw"} < tools and len(tools) >= 5
        for f in doc["files"]:
            path = CORPUS / f["path"]
            assert path.is_file() and f"/{doc['split']}/" in f["path"]
            gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
            if f["route"] == "native":
                assert sum(u["kind"] == "title" for u in gold["units"]) == 1 and gold["furniture"]
                continue
            text = path.read_bytes().decode(codecs[f["encoding"].removesuffix("+ocr")]).replace("\r\n", "\n")
            assert "".join(u["text"] for u in gold["units"]) == text


def test_batch15_web_manifest():
    """Batch 15 web (make_dev15_web.py): sixteen saved-page designs, ONE page each; designs 0-9 in dev15, 10-15 only in
    held15; every page has lynx and lynx -nolist dumps at different widths, a w3m and an html2text dump (five or more),
    the native gold has one title and lists furniture, and every text gold unit occurs in its decoded file."""
    manifest = json.loads((CORPUS / "manifest-dev15-web.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"w15-{n:03d}" for n in range(16)]
    assert len({d["template"] for d in manifest}) == 16
    for n, doc in enumerate(manifest):
        assert doc["split"] == ("dev15" if n < 10 else "held15")
        tools = [f["tool"] for f in doc["files"] if f["route"] == "text"]
        lynx = [t for t in tools if t.startswith("lynx") and t[4:].isdigit()]
        nolist = [t for t in tools if t.startswith("lynxnolist")]
        assert len(tools) >= 5 and lynx and nolist and lynx[0][4:] != nolist[0][10:]
        assert any(t.startswith("w3m") for t in tools) and any(t.startswith("html2text") for t in tools)
        for f in doc["files"]:
            path = CORPUS / f["path"]
            assert f"/{doc['split']}/" in f["path"] and path.is_file()
            gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
            if f["route"] == "native":
                assert sum(u["kind"] == "title" for u in gold["units"]) == 1 and gold["furniture"]
                continue
            codec = "gb18030" if f["encoding"].startswith("gb18030") else "utf-8-sig"
            text = "".join(path.read_bytes().decode(codec).split())
            assert all("".join(u["text"].split()) in text for u in gold["units"])
            assert sum(u["kind"] == "title" for u in gold["units"]) == 1


def test_regold_conventions_session_16_rules_on_synthetic_units():
    """Session 16: a date alone on its line under the byline is meta; a reference section (its heading and
    entries) is debris; an attachment note is meta, a web page's list of files to download debris; an end mark
    (（以下空白）, （以下无正文）) is meta."""
    rc = _regold_conventions()
    counts = collections.Counter()
    units = [
        {"kind": "title", "text": "标题\n"},
        {"kind": "byline", "text": "文／楊凱文　攝影／黃建華\n"},
        {"kind": "debris", "text": "2023/11/15\n"},
        {"kind": "paragraph", "text": "正文。\n"},
        {"kind": "heading", "text": "参考文献：\n"},
        {"kind": "paragraph", "text": "[1] 林红．区域创新[J]．中国农村经济，\n"},
        {"kind": "paragraph", "text": "日对朝鲜进行了访问，\n", "cont": True},  # the other column's piece
        {"kind": "paragraph", "text": "2022（3）：59-98．\n", "cont": True},
        {"kind": "heading", "text": "附件：\n"},
        {"kind": "paragraph", "text": "1. 成员名单\n"},
        {"kind": "paragraph", "text": "2. 分布图\n"},
        {"kind": "debris", "text": "（以下空白）\n"},
        {"kind": "paragraph", "text": "（以下无正文）\n"},
        {"kind": "heading", "text": "附件\n"},
        {"kind": "debris", "text": "* [14]附件一：路線圖（PDF，2.1MB）\n"},
    ]
    out, _, moves = rc.regold_text(units, counts, web=True, entries=["[1]林红．区域创新[J]．中国农村经济，2022（3）：59-98．"])
    assert [(u["kind"], u.get("cont", False)) for u in out] == [
        ("title", False), ("byline", False), ("meta", False), ("paragraph", False), ("debris", False),
        ("debris", False), ("paragraph", True), ("debris", False), ("meta", False), ("meta", False), ("meta", False),
        ("meta", False), ("meta", False), ("debris", False), ("debris", False)]
    assert counts == {"bydate": 1, "refs": 2, "attach": 4, "endmark": 2}  # (a unit and its pieces count once)
    again = collections.Counter()
    assert rc.regold_text(out, again, web=True)[0] == out and not again  # a second run changes nothing
    # a date that shares the byline's line is no date alone
    shared = [{"kind": "byline", "text": "文／楊凱文 "}, {"kind": "debris", "text": "2023/11/15\n"}]
    assert rc.regold_text(shared, collections.Counter())[0][1]["kind"] == "debris"
    # the native gold follows: the date and the end mark leave the furniture, the references and the download
    # list's label go to it, the attachment note becomes meta
    native = rc.regold_native({"units": [
        {"kind": "title", "text": "标题"}, {"kind": "byline", "text": "文／楊凱文　攝影／黃建華"},
        {"kind": "paragraph", "text": "正文。"}, {"kind": "heading", "text": "参考文献："},
        {"kind": "paragraph", "text": "[1] 林红．区域创新[J]．中国农村经济，2022（3）：59-98．"},
        {"kind": "heading", "text": "附件："}, {"kind": "paragraph", "text": "1. 成员名单"},
        {"kind": "paragraph", "text": "2. 分布图"}, {"kind": "paragraph", "text": "（以下无正文）"},
        {"kind": "heading", "text": "附件"}],
        "furniture": ["首页", "2023/11/15", "（以下空白）"]}, set(), counts := collections.Counter(),
        [[m] for m in moves])
    assert [(u["kind"], u["text"]) for u in native["units"]] == [
        ("title", "标题"), ("byline", "文／楊凱文　攝影／黃建華"), ("meta", "2023/11/15"), ("paragraph", "正文。"),
        ("meta", "附件："), ("meta", "1. 成员名单"), ("meta", "2. 分布图"), ("meta", "（以下空白）"),
        ("meta", "（以下无正文）")]
    assert native["furniture"] == ["首页", "参考文献：", "[1] 林红．区域创新[J]．中国农村经济，2022（3）：59-98．", "附件"]
    # a paragraph that opens with 附件 and runs on is prose
    prose = [{"kind": "paragraph", "text": "附件三采用为香港特别行政区法律的香港原有法律中的名称或词句在解释时须遵从。\n"}]
    assert rc.regold_text(prose, collections.Counter())[0] == prose


def test_regold_conventions_borderless_table_rows():
    """Session 16: a row of a web page's data table that lynx prints without borders is one debris unit per cell,
    as w3m's bordered rows (session 15); a table that lays out the page (it holds another) or a one-row table (a
    menu, a masthead) gives no cells, and a unit that is one cell (a calendar's 12) stays whole."""
    rc = _regold_conventions()
    page = ("<table><tr><td>菜单一</td><td>菜单二</td></tr><tr><td><table>"
            "<tr><th>課號</th><td>CSIE2010</td><th>學分</th><td>3</td></tr>"
            "<tr><th>上課時間</th><td>二 3-4、四 3</td><th>人數</th><td>12</td></tr></table></td></tr></table>"
            "<table><tr><td>首页</td><td>新闻</td></tr></table>")
    tds = rc.table_cells(page)
    assert tds == ["課號", "CSIE2010", "學分", "3", "上課時間", "二3-4、四3", "人數", "12"]
    units = [{"kind": "debris", "text": "   菜单一 菜单二\n"}, {"kind": "debris", "text": "   課號   CSIE2010 學分   3\n"},
             {"kind": "debris", "text": "   上課時間 二 3-4、四 3\n"}, {"kind": "debris", "text": "   12\n"},
             {"kind": "debris", "text": "   首页 新闻\n"}]
    counts = collections.Counter()
    out, _, _ = rc.regold_text(units, counts, web=True, tds=tds)
    assert [u["text"] for u in out] == ["   菜单一 菜单二\n", "   課號   ", "CSIE2010 ", "學分   ", "3\n",
                                        "   上課時間 ", "二 3-4、四 3\n", "   12\n", "   首页 新闻\n"]
    assert counts == {"tdcells": 2}
    assert rc.regold_text(out, collections.Counter(), web=True, tds=tds)[0] == out  # a second run changes nothing


def test_regold_conventions_masthead_over_the_title():
    """Session 16: in print, a serial's issue number over the title, its issuer-and-date line right under the issue
    and a letterhead's issuer (…文件) are the masthead's, debris (native: furniture); on a web page, or under the
    title, they stay."""
    rc = _regold_conventions()
    units = [{"kind": "debris", "text": "水　情　旬　报\n"}, {"kind": "meta", "text": "2024年第18期\n"},
             {"kind": "meta", "text": "临江市水文水资源勘测局　　　　2024年6月28日\n"}, {"kind": "meta", "text": "宁川市安委会办公室文件\n"},
             {"kind": "meta", "text": "宁安委办〔2024〕17号\n"}, {"kind": "title", "text": "标题\n"},
             {"kind": "meta", "text": "2024年6月28日\n"}]
    counts = collections.Counter()
    out, _, _ = rc.regold_text(units, counts)
    assert [u["kind"] for u in out] == ["debris", "debris", "debris", "debris", "meta", "title", "meta"]
    assert counts == {"masthead": 3}
    assert [u["kind"] for u in rc.regold_text(units, collections.Counter(), web=True)[0]] == [
        u["kind"] for u in units]
    native = rc.regold_native({"units": [{**u, "text": u["text"].strip()} for u in units[1:]], "furniture": []},
                              set(), collections.Counter())
    assert [u["kind"] for u in native["units"]] == ["meta", "title", "meta"]
    assert native["furniture"] == ["2024年第18期", "临江市水文水资源勘测局　　　　2024年6月28日", "宁川市安委会办公室文件"]


def test_regold_conventions_session_17_rules_on_synthetic_units():
    """Session 17: a bracketed dateline byline run into its paragraph's line is the paragraph's (a column's gap
    in -layout is no run-in); a date on the byline's line is the byline's; a heading's number printed apart is the
    heading's where the native heading has it; a table's unit note is debris; a web page's closing update stamp is
    debris (one under the title stays meta)."""
    rc = _regold_conventions()
    units = [{"kind": "title", "text": "一次看懂馬祖列島\n"},
             {"kind": "byline", "text": "文/研究生院　图/宣传部　"}, {"kind": "meta", "text": "2023-11-20\n"},
             {"kind": "byline", "text": "〔記者吳淑芬／高雄報導〕"}, {"kind": "paragraph", "text": "馬祖地區屬亞熱帶海洋性氣候。\n"},
             {"kind": "debris", "text": "1     "}, {"kind": "heading", "text": "竞争格局\n"},
             {"kind": "byline", "text": "（记者 李建国 通讯员 王海燕）"}, {"kind": "paragraph", "text": "称为中国足球。\n"}]
    raw = "".join(u["text"] for u in units[:7]) + "（记者 李建国 通讯员 王海燕）           称为中国足球。\n"  # (-layout)
    counts = collections.Counter()
    out, joins = rc.join_lines(units, raw, {"1竞争格局"}, counts)
    assert [(u["kind"], u["text"]) for u in out] == [
        ("title", "一次看懂馬祖列島\n"), ("byline", "文/研究生院　图/宣传部　2023-11-20\n"),
        ("paragraph", "〔記者吳淑芬／高雄報導〕馬祖地區屬亞熱帶海洋性氣候。\n"), ("heading", "1     竞争格局\n"),
        ("byline", "（记者 李建国 通讯员 王海燕）"), ("paragraph", "称为中国足球。\n")]
    assert counts == {"bylinedate": 1, "runin": 1, "headno": 1}
    assert rc.join_lines(out, raw, {"1竞争格局"}, again := collections.Counter())[0] == out and not again
    # without the file's lines no line join; without the native heading's number the number stays debris
    assert rc.join_lines(units, None, set(), collections.Counter())[0] == units
    # the native gold follows its text gold (a PDF's ／ where pdftotext wrote ∕)
    native = rc.join_native([{"kind": "byline", "text": "文/研究生院　图/宣传部"}, {"kind": "meta", "text": "2023-11-20"},
                             {"kind": "byline", "text": "〔記者吳淑芬∕高雄報導〕"},
                             {"kind": "paragraph", "text": "馬祖地區屬亞熱帶海洋性氣候。"}], set(joins), collections.Counter())
    assert [(u["kind"], u["text"]) for u in native] == [
        ("byline", "文/研究生院　图/宣传部 2023-11-20"), ("paragraph", "〔記者吳淑芬∕高雄報導〕馬祖地區屬亞熱帶海洋性氣候。")]
    page = [{"kind": "title", "text": "心血管内科\n"}, {"kind": "meta", "text": "更新时间：2024-07-23\n"},
            {"kind": "meta", "text": "单位：万元\n"}, {"kind": "paragraph", "text": "正文。\n"},
            {"kind": "meta", "text": "信息更新时间：2024-03-14\n"}]
    counts = collections.Counter()
    out, _, moves = rc.regold_text(page, counts, web=True)
    assert [u["kind"] for u in out] == ["title", "meta", "debris", "paragraph", "debris"]
    assert counts == {"unitnote": 1, "updated": 1}
    assert [u["kind"] for u in rc.regold_text(page, collections.Counter())[0]] == [  # in print: its own date
        "title", "meta", "debris", "paragraph", "meta"]
    native = rc.regold_native({"units": [{**u, "text": u["text"].strip()} for u in page], "furniture": []}, set(),
                              collections.Counter(), [[m] for m in moves])
    assert native["furniture"] == ["单位：万元", "信息更新时间：2024-03-14"]


def test_batch16_print_manifest():
    """Batch 16 print (make_dev16_print.py): 16 designs, one document each, designs 0-9 in dev16 and 10-15 only in
    held16; every listed file and its gold are there, the text gold covers its file, the native gold has one title and
    lists furniture, each document has at least four pdftotext runs, five designs are set ragged right (three dev)."""
    manifest = json.loads((CORPUS / "manifest-dev16-print.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"q16-{n:03d}" for n in range(16)]
    assert len({d["design"] for d in manifest}) == 16
    ragged = {"essay", "column", "guide", "letter", "survey"}
    assert sum(d["design"] in ragged for d in manifest[:10]) == 3 and sum(d["design"] in ragged for d in manifest) == 5
    codecs = {"utf-8": "utf-8", "utf-8-sig": "utf-8-sig", "gb18030": "gb18030", "crlf": "utf-8",
              "gb18030+crlf": "gb18030", "big5": "big5"}
    for n, doc in enumerate(manifest):
        assert doc["split"] == ("dev16" if n < 10 else "held16")
        tools = {f["tool"] for f in doc["files"]}
        assert {"reportlab", "pdftotext", "pdftotext-layout", "pdftotext-raw"} < tools and len(tools) >= 5
        for f in doc["files"]:
            path = CORPUS / f["path"]
            assert path.is_file() and f"/{doc['split']}/" in f["path"]
            gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
            if f["route"] == "native":
                assert sum(u["kind"] == "title" for u in gold["units"]) == 1 and gold["furniture"]
                continue
            text = path.read_bytes().decode(codecs[f["encoding"].removesuffix("+ocr")]).replace("\r\n", "\n")
            assert "".join(u["text"] for u in gold["units"]) == text


def test_batch16_web_manifest():
    """Batch 16 web (make_dev16_web.py): sixteen page templates the corpus lacked (mailing-list archives, pandoc /
    static-site pages, a README, Q&A pages, forum threads, encyclopedia, product / service pages, a blog with comments),
    one page each; templates 0-9 in dev16, 10-15 only in held16; every page has its native .html and at least five
    dumps (lynx and lynx -nolist at different widths, w3m, html2text), every listed file has its gold, the text gold
    covers its file in order and its content units are the native gold's in kind and order."""
    manifest = json.loads((CORPUS / "manifest-dev16-web.json").read_text(encoding="utf-8"))
    assert [d["id"] for d in manifest] == [f"k16-{n:03d}" for n in range(16)]
    assert len({d["template"] for d in manifest}) == 16
    codecs = {"utf-8": "utf-8", "utf-8-bom": "utf-8-sig", "gb18030": "gb18030", "crlf": "utf-8"}
    for n, doc in enumerate(manifest):
        assert doc["split"] == ("dev16" if n < 10 else "held16")
        tools = [f["tool"] for f in doc["files"]]
        assert tools[0] == "html" and len(tools) >= 6
        widths = {t.rstrip("0123456789"): t[len(t.rstrip("0123456789")):] for t in tools[1:]}
        assert {"lynx", "lynxnolist", "w3m", "html2text"} <= set(widths) and widths["lynx"] != widths["lynxnolist"]
        native = json.loads((CORPUS / "gold" / f"{doc['id']}_html.json").read_text(encoding="utf-8"))
        for f in doc["files"]:
            path = CORPUS / f["path"]
            assert f"/{doc['split']}/" in f["path"] and path.is_file()
            gold = json.loads((CORPUS / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
            assert sum(u["kind"] == "title" for u in gold["units"]) == 1
            if f["route"] == "native":
                assert gold["furniture"] and "debris" not in {u["kind"] for u in gold["units"]}
                continue
            text = path.read_bytes().decode(codecs[f["encoding"].split("+")[0]]).replace("\r\n", "\n")
            assert "".join(u["text"] for u in gold["units"]) == text
            assert [u["kind"] for u in gold["units"] if u["kind"] != "debris"] == [u["kind"] for u in native["units"]]
