"""Build annotate/prelabel/data/t2s_chars.tsv: a one-character-to-one-character traditional → simplified table.

OpenCC's dictionaries (the ``opencc`` package, used here only to BUILD the table; the toolkit reads the TSV)
map characters and phrases; we keep only what maps ONE code point to ONE code point, so converting a text
never changes its length and every offset on the simplified view is an offset on the original.

Each CJK code point is converted alone with OpenCC's ``t2s`` (TSCharacters), then ``tw2s`` and ``hk2s``
(Taiwan / Hong Kong variant forms); a character is kept when the result is one different character.

The table is applied to every text, simplified or not, so it must leave simplified text alone: a traditional
character that is also a character of simplified Chinese (it is in GB 2312) is dropped, because there the
character is right as it stands (乾隆, 著名, 哪吒), except for the few whose simplified use is marginal
(:data:`KEEP`: 後, 於, 徵, 夥, 摺, 菸, 醣). So converting simplified text changes nothing outside those.

    /work/main/.venv/bin/python benchmarks/build_t2s.py          # rewrites both TSVs

It also writes ``data/gazetteer_variants.tsv``: the Taiwan and Hong Kong forms of the LAC corrector's gazetteer
names (OpenCC ``s2twp``/``s2hk`` phrase conversion: 意大利 → 義大利, 新西兰 → 紐西蘭, 尼日利亚 → 奈及利亞), written as
their simplified view (义大利, 纽西兰, 奈及利亚) because the corrector reads the view. The character table makes
the two scripts one; these entries make the regional names one, so the gazetteer serves both scripts.
"""
from __future__ import annotations

import sys
from pathlib import Path

DATA = Path(__file__).resolve().parents[1] / "annotate" / "prelabel" / "data"
OUT = DATA / "t2s_chars.tsv"
RANGES = [(0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x2A6DF), (0x2A700, 0x2EBEF),
          (0x30000, 0x3134F)]
#: GB 2312 characters mapped all the same: in simplified text they are rare (於 a surname, 徵 a musical note)
KEEP = set("後於徵夥摺菸醣")


def _in_gb2312(c: str) -> bool:
    try:
        c.encode("gb2312")
    except UnicodeEncodeError:
        return False
    return True


def _convert_all(config: str, chars: list[str]) -> list[str]:
    import opencc

    conv = opencc.OpenCC(config)
    out = conv.convert("\n".join(chars)).split("\n")
    if len(out) != len(chars):
        raise SystemExit(f"{config}: line count changed ({len(out)} != {len(chars)})")
    return out


def main() -> int:
    chars = [chr(c) for lo, hi in RANGES for c in range(lo, hi + 1)]
    t2s = {}
    for config in ("t2s", "tw2s", "hk2s"):
        for c, s in zip(chars, _convert_all(config, chars), strict=True):
            if c not in t2s and len(s) == 1 and s != c and (c in KEEP or not _in_gb2312(c)):
                t2s[c] = s
    lines = ["# traditional -> simplified, one code point each (built by benchmarks/build_t2s.py from OpenCC)"]
    lines += [f"{c}\t{s}" for c, s in sorted(t2s.items())]
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"{len(t2s)} traditional characters -> {OUT}", file=sys.stderr)
    variants = regional_variants(t2s)
    (DATA / "gazetteer_variants.tsv").write_text(
        "# Taiwan/Hong Kong forms of gazetteer.tsv names, as their simplified view (benchmarks/build_t2s.py)\n"
        + "".join(f"{k}\t{v}\n" for k, v in sorted(variants.items())), encoding="utf-8")
    print(f"{len(variants)} regional name variants -> {DATA / 'gazetteer_variants.tsv'}", file=sys.stderr)
    return 0


def regional_variants(t2s: dict[str, str]) -> dict[str, str]:
    import opencc

    entries = {}
    for line in (DATA / "gazetteer.tsv").read_text(encoding="utf-8").splitlines():
        if "\t" in line:
            surface, label = line.split("\t")[:2]
            if label != "ABBR":
                entries[surface] = label
    names = list(entries)
    out: dict[str, str] = {}
    for config in ("s2twp", "s2hk"):
        converted = opencc.OpenCC(config).convert("\n".join(names)).split("\n")
        for name, regional in zip(names, converted, strict=True):
            view = "".join(t2s.get(c, c) for c in regional)
            if view != name and view not in entries and len(view) >= 2:
                out.setdefault(view, entries[name])
    return out


if __name__ == "__main__":
    sys.exit(main())
