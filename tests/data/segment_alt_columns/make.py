"""Build the two-column test PDFs with reportlab and dump them with pdftotext (default, -layout, -raw).

    python tests/data/segment_alt_columns/make.py      # needs reportlab and poppler-utils' pdftotext

Each document is a title, a byline and paragraphs (some headings) set in two columns on A5 or A4 pages, with
or without a running header above a rule and ``- N -`` page numbers, as a small office typesets a report.
pdftotext's default mode prints such columns on alternate lines (docs/segmentation.md §4). The dumps
``<name>_pdftotext.txt`` (default mode), ``<name>_layout.txt`` and ``<name>_raw.txt`` are committed with
``gold.json`` (the texts below, in reading order); the PDFs are not (rebuild them with this script).
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, A5
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import BaseDocTemplate, Frame, FrameBreak, NextPageTemplate, PageTemplate, Paragraph

HERE = Path(__file__).resolve().parent
F = "STSong-Light"
H = "heading"

DOCS = {
    "report": dict(  # a new user's report (two A5 pages, running header)
        size=A5, header=("区域经济观察 · 2026年第4期", "经济研究所内部刊物"), font=11, leading=19,
        title="2026年第三季度区域消费市场运行分析", byline="作者：经济研究所 孙立新",
        paras=[
            (H, "一、总体情况"),
            "第三季度，全区实现社会消费品零售总额486.3亿元，同比增长5.7%，增速比上半年加快0.9个百分点。其中，限额以上单位零售额213.5亿元，同比增长6.2%。",
            "从消费形态看，餐饮收入增长较快，同比增长8.4%；商品零售同比增长5.3%。假期消费带动作用明显，国庆期间重点商圈客流量同比增长12.6%。",
            (H, "二、主要特点"),
            "一是升级类商品销售较好。新能源汽车零售额同比增长31.8%，智能家电和可穿戴设备分别增长15.2%和22.4%。二是线上消费持续活跃，实物商品网上零售额占比提高到28.9%。",
            "三是服务消费潜力释放。文化旅游、体育健身等服务消费需求旺盛，全区A级景区接待游客同比增长18.3%。",
            (H, "三、存在问题"),
            "一是部分传统商贸企业经营压力较大，百货店零售额同比下降3.1%，客流向购物中心和线上渠道分流的趋势仍在延续。",
            "二是居民消费意愿仍偏谨慎。抽样调查显示，有41.5%的受访家庭表示未来半年将“适度压缩非必要支出”，较上季度上升2.3个百分点。",
            "三是县域消费基础设施相对薄弱，冷链物流、社区商业网点覆盖不足，农村地区快递进村比例仍有提升空间。",
            (H, "四、下一步建议"),
            "建议继续落实以旧换新政策，优化消费环境，培育夜间经济和首发经济，推动消费市场保持平稳增长。",
        ]),
    "water": dict(  # A4, narrower gutter, no running header, three pages' worth at a larger size
        size=A4, header=None, font=12, leading=21,
        title="城区供水管网改造工程年度进展报告", byline="市水务集团工程管理部 供稿",
        paras=[
            (H, "一、工程概况"),
            "城区供水管网改造工程是今年市政府确定的重点民生项目，计划改造老旧供水管道186公里，涉及居民小区四百二十个，总投资约九亿三千万元。工程自三月开工以来，各参建单位克服雨季施工和交通组织等困难，总体进度符合预期。",
            "截至十月底，已完成管道铺设141公里，占年度计划的75.8%；完成小区二次供水设施改造二百九十六个，受益居民约十一万户。新铺设的管道全部采用球墨铸铁管和食品级不锈钢管，设计使用年限不低于五十年。",
            (H, "二、主要做法"),
            "一是坚持统筹谋划。工程指挥部按照先主干后支线、先易后难的原则，把全市划分为十二个片区，每个片区明确一名负责人，实行挂图作战、按周调度，确保问题在一线发现、在一线解决。",
            "二是减少施工扰民。对学校、医院周边路段，施工安排在夜间和节假日进行；停水作业提前七十二小时公告，并设置临时供水点，最长停水时间控制在十二小时以内。",
            "三是严把质量关口。引入第三方检测机构，对管材进场、焊接、试压、冲洗消毒等关键环节逐项检验，累计抽检管材批次一千零四十个，合格率保持在百分之百。",
            (H, "三、存在的困难"),
            "部分老旧小区地下管线情况复杂，原有图纸缺失，开挖后常发现燃气、电力管线交叉，需要临时调整方案，影响了施工进度。另外，个别路段因交通压力大，占道审批周期较长。",
            "受原材料价格上涨影响，球墨铸铁管单价较年初上涨约百分之十二，工程成本控制面临一定压力。",
            (H, "四、下一步工作"),
            "下一步，工程指挥部将集中力量攻坚剩余四十五公里管道，力争十二月底前全面完成年度任务，同时做好已完工路段的路面恢复和竣工验收工作，确保改造成果经得起检验。",
        ]),
    "school": dict(  # traditional script, A5, wide gutter, running header, three pages
        size=A5, header=("校園通訊 第十二期", "教務處編印"), font=10, leading=17, gutter=9,
        title="本學期閱讀推廣計畫成果報告", byline="文／圖書館 林佩珊",
        paras=[
            (H, "壹、計畫緣起"),
            "為培養學生自主閱讀的習慣，圖書館自本學期起推動「每日晨讀十五分鐘」計畫，並結合各科教師設計主題書單，鼓勵學生在課餘時間走進圖書館，與書本建立更親近的關係。",
            "計畫推動之初，部分家長擔心晨讀會壓縮早自習時間，影響考試準備。經過說明會溝通後，多數家長表示支持，並願意在家中配合陪伴孩子閱讀。",
            (H, "貳、執行情形"),
            "本學期共舉辦作家講座四場、讀書會二十二場，參與學生累計超過一千八百人次。圖書館借閱量較去年同期成長百分之三十七，其中文學類與科普類書籍的成長最為明顯。",
            "各班也依年級特色發展不同活動：一年級以繪本共讀為主，二年級舉辦好書推薦短講，三年級則嘗試以閱讀心得製作小型展覽，邀請全校師生參觀。",
            "此外，圖書館於午休時段開放自習區，並增設電子書借閱服務，學生只要以學生證登入，即可在手機或平板上閱讀，受到許多通勤學生的歡迎。",
            (H, "參、檢討與建議"),
            "雖然整體成效良好，但仍有少數學生反映書單選擇偏少，希望能增加漫畫改編作品與外文讀物。圖書館將於下學期調查學生需求，適度調整採購方向。",
            "另有教師建議，晨讀時間可搭配簡短的分享活動，讓學生練習表達，使閱讀不只是輸入，也能成為溝通與思考的起點。",
            (H, "肆、結語"),
            "閱讀是一輩子的事。期盼透過本計畫，讓每位學生都能找到屬於自己的一本好書，在書頁之間看見更寬廣的世界。",
        ]),
}


def build(name: str, d: dict, out: Path) -> Path:
    pdfmetrics.registerFont(UnicodeCIDFont(F))
    W, Ht = d["size"]
    m, gut = 15 * mm, d.get("gutter", 6) * mm
    cw = (W - 2 * m - gut) / 2
    header = d["header"]

    def deco(c, doc):
        if header is None:
            return
        c.saveState()
        c.setFont(F, 8)
        c.drawString(m, Ht - 10 * mm, header[0])
        c.drawRightString(W - m, Ht - 10 * mm, header[1])
        c.setLineWidth(0.5)
        c.line(m, Ht - 11.5 * mm, W - m, Ht - 11.5 * mm)
        c.drawCentredString(W / 2, 8 * mm, f"- {doc.page} -")
        c.restoreState()

    top, bot = Ht - 14 * mm, 14 * mm
    frames = [Frame(m, top - 30 * mm, W - 2 * m, 30 * mm, id="title"),
              Frame(m, bot, cw, top - 30 * mm - bot, id="c1"), Frame(m + cw + gut, bot, cw, top - 30 * mm - bot, id="c2")]
    later = [Frame(m, bot, cw, top - bot, id="d1"), Frame(m + cw + gut, bot, cw, top - bot, id="d2")]
    path = out / f"{name}.pdf"
    doc = BaseDocTemplate(str(path), pagesize=d["size"])
    doc.addPageTemplates([PageTemplate("first", frames, onPage=deco), PageTemplate("later", later, onPage=deco)])
    body = ParagraphStyle("b", fontName=F, fontSize=d["font"], leading=d["leading"], firstLineIndent=2 * d["font"],
                          wordWrap="CJK", spaceAfter=4)
    head = ParagraphStyle("h", fontName=F, fontSize=d["font"] + 1, leading=d["leading"] - 2, spaceBefore=6, spaceAfter=4,
                          wordWrap="CJK")
    title = ParagraphStyle("t", fontName=F, fontSize=16, leading=24, alignment=TA_CENTER, spaceAfter=10, wordWrap="CJK")
    by = ParagraphStyle("by", fontName=F, fontSize=10, leading=14, alignment=TA_CENTER, spaceAfter=10, wordWrap="CJK")
    story = [Paragraph(d["title"], title), Paragraph(d["byline"], by), NextPageTemplate("later"), FrameBreak()]
    story += [Paragraph(p[1], head) if isinstance(p, tuple) else Paragraph(p, body) for p in d["paras"]]
    doc.build(story)
    return path


def main() -> int:
    gold = {}
    with tempfile.TemporaryDirectory() as tmp:
        for name, d in DOCS.items():
            pdf = build(name, d, Path(tmp))
            for suffix, flags in (("pdftotext", []), ("layout", ["-layout"]), ("raw", ["-raw"])):
                subprocess.run(["pdftotext", *flags, str(pdf), str(HERE / f"{name}_{suffix}.txt")], check=True)
            gold[name] = {"title": d["title"], "byline": d["byline"],
                          "units": [{"kind": "heading", "text": p[1]} if isinstance(p, tuple) else {"kind": "paragraph", "text": p}
                                    for p in d["paras"]]}
    (HERE / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
