"""Our re-statement of NLTK's word tokenizer against NLTK itself (a dev dependency in pyproject.toml, so this
test never skips; the library does not need NLTK), on every non-Chinese run of CMRC 2018 dev and on random text."""

from __future__ import annotations

import json
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from nltk.tokenize import destructive

from qa._treebank import needs_rules, word_tokenize
from qa.metrics import cmrc_segment

NLTK = destructive.NLTKWordTokenizer()


def test_every_run_of_cmrc_dev(shared):
    data = json.loads((shared / "data" / "cmrc2018" / "cmrc2018_dev.json").read_text(encoding="utf-8"))
    runs = set()
    for article in data["data"]:
        for para in article["paragraphs"]:
            texts = [para["context"]] + [a["text"] for q in para["qas"] for a in q["answers"]]
            for text in texts:
                runs.update(re.findall(r"[^\u4e00-\u9fa5]+", text.lower()))
    assert len(runs) > 3000
    assert [r for r in runs if word_tokenize(r) != NLTK.tokenize(r)] == []


PIECES = st.sampled_from([
    "a", "B", "word", "Don't", "can't", "cannot", "gonna", "wanna ", "'tis", "d'ye", "x", "3", "3.88", "1,000",
    " ", "  ", "\t", ".", "..", "...", ",", ":", ";", "?", "!", "'", "''", '"', "`", "``", "(", ")", "[", "]",
    "{", "}", "<", ">", "&", "%", "$", "#", "@", "*", "-", "--", "\u2013", "\u2014", "«", "»", "“", "”", "‘",
    "’", "„", "é", "ω", "Ⅲ", "\u3000",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=12).map("".join))
def test_matches_nltk_on_random_text(text):
    assert word_tokenize(text) == NLTK.tokenize(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcXYZ 019\u00e9\t.,", max_size=30))
def test_fast_path_is_plain_split(text):
    if not needs_rules(text):
        assert text.split() == NLTK.tokenize(text)
    assert word_tokenize(text) == NLTK.tokenize(text)


def test_segmentation_examples():
    # Chinese characters one by one, English words whole, the scorer's punctuation dropped in place
    assert cmrc_segment("光荣和ω-force") == ("光", "荣", "和", "ωforce")
    assert cmrc_segment(" iPhone 6，售价5,288元。") == ("iphone", "6", "售", "价", "5,288", "元")
    assert cmrc_segment("Mr. Smith's——书") == ("mr.", "smith", "'s", "—", "—", "书")
