"""The five seed articles: the cases the issue names, checked on the real files."""

import functools

import pytest

from annotate.segment import check_offsets, segment_text, to_record
from annotate.segment.files import record_lines, segment_file
from schemas import validate

STEMS = {
    "000": "000_2c663e05d935e35d", "001": "001_6f36507cf42db3cb", "002": "002_80f0989563be877c",
    "003": "003_b567bfef593ef66b", "004": "004_f3929db9c791f116",
}


@functools.cache
def seed(key):
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "seeds" / f"{STEMS[key]}.txt"
    raw = path.read_text(encoding="utf-8")
    return raw, segment_text(raw, STEMS[key])


def units(key):
    return [(u.kind, u.text) for u in seed(key)[1].units]


def unit_with(key, fragment):
    found = [(k, t) for k, t in units(key) if fragment in t]
    assert len(found) == 1, (fragment, found)
    return found[0]


def follows(key, end, start):
    """A paragraph break separates the unit ending with ``end`` from the one starting with ``start``."""
    texts = [t for _, t in units(key)]
    return any(a.endswith(end) and b.startswith(start) for a, b in zip(texts, texts[1:], strict=False))


@pytest.mark.parametrize("key", list(STEMS))
def test_records_match_the_schema_and_map_back_to_the_raw_file(key):
    raw, doc = seed(key)
    for unit in doc.units:
        check_offsets(unit.text, raw, unit.offsets)
    import json

    _, source = segment_file(__import__("pathlib").Path(__file__).resolve().parents[2] / "seeds" / f"{STEMS[key]}.txt")
    for i, (line, unit) in enumerate(zip(record_lines(doc, source), doc.units, strict=True), 1):
        record = json.loads(line)
        validate(record, "paragraph", line=i)
        assert record == json.loads(json.dumps(to_record(doc, unit, source)))  # the fast writer's parity


def test_002_sentences_broken_by_blank_lines_are_rejoined():
    assert unit_with("002", "共育一流产业生态。")[0] == "paragraph"
    assert unit_with("002", "《北京市建立未来产业投入增长机制促进未来产业发展的若干措施》")[0] == "paragraph"
    assert unit_with("002", "具备布局未来产业的多重优势。”西安创新发展研究院")[0] == "paragraph"


def test_002_structure():
    kinds = [k for k, _ in units("002")]
    assert units("002")[0] == ("heading", "国家高新区 一体化高质量发展提速")
    assert units("002")[-1] == ("title", "国家高新区「链」出跨区域协同创新格局")
    assert kinds.count("byline") == 3 and kinds.count("title") == 1
    meta = seed("002")[1].meta
    assert (meta.title, meta.author) == ("国家高新区「链」出跨区域协同创新格局", "张伟、李争粉")


def test_003_joins_and_real_breaks():
    unit_with("003", "14家获批建设国家生态工业示范园。")
    unit_with("003", "立足新形势新要求,工信部将从哪些方面着重发力,推动高新区科技创新和产业创新对接?")
    assert unit_with("003", "进一步强化中关村论坛国家级平台")[1].startswith("四是要进一步构建开放创新生态。")
    assert follows("003", "68.8%", "在全国新型工业化推进大会召开后,中关村加快谋划")
    assert follows("003", "抢占未来产业竞争制", "三是着力强化企业创新主体作用")
    assert follows("003", "生态充满活力的高质量层区", "二是坚持把自主创新作为责任担当")
    assert follows("003", "在氢能、商业航天等产业领域培育一批千亿元级产业集群。", "四是要进一步构建开放创新生态。")


def test_003_structure_and_metadata():
    assert ("title", "工信部:发挥国家高新区作用 加快推进新型工业化") in units("003")
    assert ("byline", "本报记者齐旭") in units("003")
    assert ("heading", "多措并举加快形成新质生产力") in units("003")
    assert unit_with("003", "国家高新区开展绿色发展专项行动,编制绿色发展五年行动方案")
    assert seed("003")[1].meta.author == "齐旭"


def test_004_pdf_column_is_reflowed():
    unit_with("004", "中关村科技园区培育了一批信息技术龙头企业，产业规模占到了全国的17%")
    unit_with("004", "成绩单：全国169家国家高新区预计全年营业收入超过47.8万亿元")
    unit_with("004", "积极支持颠覆性技术创新。比如，通过聚焦党中央决策部署")  # a full line ending in 。 is not a break
    assert unit_with("004", "金额近30亿元，累计孵化科技企业近2000家")[0] == "paragraph"
    assert follows("004", "树立标杆，形成品牌。", "2021年，科技部火炬中心建立健全了国家技术创新中心")  # indent
    assert follows("004", "方面发挥了非常重要的作用。", "记者：国家高新区在引领支撑高新技术产业方面")
    assert unit_with("004", "五是完善支持绿色低碳技术创新的科技金融体系；六是着力推动")[0] == "paragraph"


def test_004_headings_title_and_byline():
    assert ("heading", "坚持“四个面向”做好“高新文章”") in units("004")
    assert ("heading", "创新服务方式赋能企业发展") in units("004")
    assert units("004")[0] == ("byline", "▶本报记者李争粉")
    assert units("004")[-3:] == [
        ("title", "为实现高水平科技自立自强贡献新的火炬力量"), ("debris", "为实现高水平科技自立自强贡献新的火炬力量"),
        ("title", "——专访科技部火炬中心主任贾敬敦"),
    ]
    assert seed("004")[1].meta.title == "为实现高水平科技自立自强贡献新的火炬力量"


def test_000_web_page():
    assert units("000")[:3] == [
        ("title", "【中国工业报】时隔六年再入《报告》 高新区将成培育新质生产力战略支点"),
        ("byline", "作者:闻育旻2025-04-14 14:27来源:中国工业报"),
        ("debris", "放大缩小"),
    ]
    assert units("000")[-1] == ("debris", "附件:")
    assert follows("000", "五方面夯实基础能力:", "原始创新力:构建国家战略科技力量支撑体系。")
    meta = seed("000")[1].meta
    assert (meta.author, meta.date, meta.outlet) == ("闻育旻", "2025-04-14 14:27", "中国工业报")
    ids = [u.para_id for u in seed("000")[1].units]
    assert len(set(ids)) == len(ids)  # the standfirst repeated in the body gets its own id


def test_001_channel_title_and_meta():
    assert units("001")[:3] == [
        ("debris", "新闻动态"), ("title", "“十四五”国家高新区引领高质量发展的十大关键问题"),
        ("meta", "浏览次数:323发布时间:2021-03-09 08:53:49"),
    ]
    assert [k for k, _ in units("001")].count("heading") == 10
    unit_with("001", "SageOne AI算力平台")
    assert seed("001")[1].meta.date == "2021-03-09 08:53:49"
