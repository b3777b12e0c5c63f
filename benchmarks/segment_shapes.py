"""Does the text route stay linear on long runs of one line shape? (a guard against quadratic passes)

    python benchmarks/segment_shapes.py              # table on stdout
    python benchmarks/segment_shapes.py --lines 4000 --json

For each shape (lines that one of the segmenter's passes looks at closely: a browser's print header,
an infobox's cells after a gutter, a forum's author column, a table of contents, office notes,
pdftotext lines with a wide gap, a live page's times, dated strips, page counters, folios, left cells
cut short, letter-spaced lines, margin line numbers, paragraph and clause numbers, bullets alone,
margin notes, endnote markers, counter bars) a text of N and of 2N such lines is segmented with
``segment_text``; the CPU seconds of both and their ratio are reported. A linear pass gives a ratio
near 2; a quadratic one near 4.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

SHAPES = {
    "print header + prose": lambda i: "12/5/26, 6:06 PM 走近心脏_某网\n国家高新区产业创新发展科技园区经济数据增长研究发展规划建设城市交通网络。\n",
    "infobox cells": lambda i: f"中文名称段落文字内容在这里继续写，      表格{i}\n",
    "forum author column": lambda i: f"用户{i % 7}\n积分 {i}\n帖子 {i * 3}\n查看: {i}|回复: {i % 9}\n这是一段论坛帖子的正文内容，讨论了很多问题。\n",
    "table of contents": lambda i: f"第{i % 9 + 1}章 概况与发展 ........ {i}\n",
    "one-space columns": lambda i: "国家高新区产业创新发展科技 园区经济数据增长研究发展规 划建设城市\n",
    "web address + prose": lambda i: f"http://www.example.gov.cn/art/{i}.html 1/2\n国家高新区产业创新发展科技园区经济数据增长研究。\n",
    "office notes": lambda i: f"注：{i % 9 + 1}. 数据来源于统计局。\n表{i % 9 + 1} 主要指标\n某某市人民政府办公室文件\n第{i}期\n",
    "wide gaps (-layout)": lambda i: "（记者 罗晨曦 通讯员 吴海涛）      横位上有许多规则分布的柱状颗粒称为连接子\n",
    "live entries": lambda i: f"{i % 24:02d}:{i % 60:02d}\n主持人\n国家高新区产业创新发展科技园区经济数据增长研究。\n",
    "dated strips": lambda i: f"国家高新区产业创新发展科技园区经济数据增长研究发展\n2022-01-0{i % 9 + 1} 星期四 A{i % 9 + 1} 要闻 南瀛時報\n",
    "page counters": lambda i: f"国家高新区产业创新发展科技园区经济数据增长研究。\n語文試題 第{i % 9 + 1}頁（共9頁） 語文試題 第{i % 9 + 2}頁（共9頁）\n",
    "folios + form feeds": lambda i: f"{i + 1}   人文视野   2023年第10期\n国家高新区产业创新发展科技园区经济数据增长研究。\n\f",
    "left cells cut short": lambda i: f"第0{i % 9 + 1}版：要\ufffd      国家高新区产业创新发展科技园区经济数据增长研究。\n",
    "letter-spaced lines": lambda i: "短行\n中 华 人 民 共 和 国 教 育 部\n国家高新区产业创新发展科技园区经济数据增长研究。\n",
    # the shapes of this batch's passes (linenos, numbered, notes, pairs) and the two that were quadratic
    "margin line numbers": lambda i: "".join(f"{i * 5 + j}   " * (j == 0) + "国家高新区产业创新发展科技园区经济数据增长研究\n"
                                             for j in range(5)),
    "paragraph numbers": lambda i: f"[{i:04d}]\n\n国家高新区产业创新发展科技园区经济数据增长研究具体涉及一种\n\n方法。\n",
    "clause numbers (wide leading)": lambda i: f"{i + 1}\n\n一般要求\n国家高新区产业创新发展科技园区经济数据增长研究发展规划建设城市交通网络。\n",
    "bullets alone": lambda i: "◆\n\n扎实推进重点工作\n",
    "margin notes": lambda i: "国家高新区产业创新发展科技园区经济数据        想一想：这一变化给人们\n的生活带来了什么？\n",
    "endnote markers": lambda i: f"国家高新区产业创新发展科技园区经济数据增长研究。\n[{i % 9 + 1}]\n",
    "counter bars": lambda i: f"浏览 {i}\u3000收藏 3\n（责任编辑：王某）\n国家高新区产业创新发展科技园区经济数据增长研究。\n",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=4000, help="N: repeats of the shape in the smaller text")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    from annotate.segment.core import segment_text

    rows = []
    for name, make in SHAPES.items():
        seconds = []
        for n in (args.lines, 2 * args.lines):
            text = "".join(make(i) for i in range(n))
            start = time.process_time()
            segment_text(text, "shape")
            seconds.append(time.process_time() - start)
        rows.append({"shape": name, "n": args.lines, "cpu_s": seconds[0], "cpu_s_2n": seconds[1],
                     "ratio": seconds[1] / max(seconds[0], 1e-6)})
    if args.json:
        print(json.dumps(rows, ensure_ascii=False, indent=1))
        return 0
    print(f"| shape | CPU s, {args.lines} | CPU s, {2 * args.lines} | ratio (2 linear, 4 quadratic) |")
    print("|---|---|---|---|")
    for r in rows:
        print(f"| {r['shape']} | {r['cpu_s']:.2f} | {r['cpu_s_2n']:.2f} | {r['ratio']:.1f} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
