"""Full names of administrative divisions (cpca's table), for grouping places printed short."""

import pytest

from pipelines.core.entities import EntityContext, HomeRegion, extract_mentions
from pipelines.core.gazetteer import full_name, short_form
from pipelines.core.ner import default_tagger


@pytest.mark.parametrize("full, short", [
    ("湖北省", "湖北"), ("广西壮族自治区", "广西"), ("新疆维吾尔自治区", "新疆"), ("内蒙古自治区", "内蒙古"),
    ("湘西土家族苗族自治州", "湘西"), ("香港特别行政区", "香港"), ("平湖市", "平湖"), ("阿里地区", "阿里"),
])
def test_a_division_drops_its_level_and_peoples_for_its_short_form(full, short):
    assert short_form(full) == short


@pytest.mark.parametrize("printed, canonical", [
    ("湖北", "湖北省"), ("武汉", "武汉市"), ("北京", "北京市"), ("平湖", "平湖市"), ("广西", "广西壮族自治区"),
    ("河北", "河北省"),  # the province, not Tianjin's 河北区
    ("湖北省", "湖北省"),  # a full name stays
    ("朝阳", "朝阳"),  # 朝阳市, 朝阳区, 朝阳县: no province among them, so as printed
    ("东湖", "东湖"), ("泰山", "泰山"),  # districts' short forms (东湖区, 泰山区) are lakes and mountains too
    ("黄河", "黄河"), ("美国", "美国"),  # not a division
])
def test_a_place_printed_short_takes_the_full_name_of_its_division(printed, canonical):
    assert full_name(printed) == canonical


def test_places_printed_short_and_full_group_under_one_canonical_form():
    text = "湖北省卫健委通报，湖北新增病例。武汉市和武汉均在其中。"
    context = EntityContext(HomeRegion.parse("浙江省嘉兴市平湖市"))
    places = {(m.text, m.canonical) for m in extract_mentions(text, default_tagger(), context) if m.type == "place"}
    assert {("湖北", "湖北省"), ("武汉市", "武汉市"), ("武汉", "武汉市")} <= places
