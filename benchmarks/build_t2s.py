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

    /work/main/.venv/bin/python benchmarks/build_t2s.py          # rewrites the TSV
"""
from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "annotate" / "prelabel" / "data" / "t2s_chars.tsv"
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
    return 0


if __name__ == "__main__":
    sys.exit(main())
