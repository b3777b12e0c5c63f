"""LAC's analyses cached on disk by text (``build/lac_cache/words.jsonl``), for benchmarks that train often.

``CachedAnalyzer().analyze(texts)`` returns exactly what :class:`annotate.prelabel.lac.LacAnalyzer`
returns (it computes what is missing with it and appends it to the cache); delete the folder to recompute.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from annotate.prelabel.lac import LacAnalyzer, Word

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "build" / "lac_cache" / "words.jsonl"


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class CachedAnalyzer:
    def __init__(self, path: Path = CACHE) -> None:
        self.path = path
        self.cache: dict[str, list[Word]] = {}
        self.lac = LacAnalyzer()
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                for line in fh:
                    rec = json.loads(line)
                    self.cache[rec["k"]] = [Word(*w) for w in rec["w"]]

    def analyze(self, texts):
        keys = [_key(t) for t in texts]
        missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in self.cache}.items())
        if missing:
            words = self.lac.analyze([t for _, t in missing])
            self.path.parent.mkdir(parents=True, exist_ok=True)
            with self.path.open("a", encoding="utf-8") as fh:
                for (k, _), ws in zip(missing, words, strict=True):
                    self.cache[k] = ws
                    fh.write(json.dumps({"k": k, "w": [[w.start, w.end, w.tag] for w in ws]}) + "\n")
        return [self.cache[k] for k in keys]
