"""Web and dump residuals of the development splits (dev2, dev5, dev6, dev9, dev9xw, dev10, dev11): one rule each."""

from __future__ import annotations

from annotate.segment import segment_text


def _units(text: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in segment_text(text, "t").units]


# a scrape that kept a closing tag after the paragraph's full stop, wrapped at 40 columns, a short bracketed
# heading right under it (c2-009): the tag hides the sentence end, the heading must not be glued on
TAG_AFTER_STOP = (
    "　　叶为二回偶数羽状复叶，互生，椭圆形，长约三十厘米；叶柄披锈色\n"
    "毛，粗壮，长约四厘米；羽片八对，对生或近对生，羽轴长约十二厘米。\n"
    "　　果为木质荚果，纺锤形，扁平，边缘具翅，两端尖，中央具条纹，绿\n"
    "色，成熟时转深褐色，不自裂；种子赤褐色，扁平，长约一厘米。</div>\n"
    "【严长寿】\n"
    "　　严长寿，出生于上海市，祖籍浙江杭州，台湾基隆中学毕业，目前为\n"
    "公益平台文化基金会董事长，长期关心台湾的发展，也参与多次规划。\n"
)


def test_closing_tag_after_a_full_stop_ends_the_paragraph():
    units = _units(TAG_AFTER_STOP)
    assert ("heading", "【严长寿】") in units or ("title", "【严长寿】") in units
    tagged = [t for _, t in units if t.endswith("</div>")]
    assert len(tagged) == 1 and tagged[0].startswith("果为木质荚果")
