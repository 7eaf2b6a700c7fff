"""Full names of China's administrative divisions, for grouping places (湖北/湖北省, 武汉/武汉市).

The table is cpca's (``cpca.ad_2_addr_dict``: 3,511 provinces, prefectures and counties with
their adcodes, shipped inside the wheel). A place printed short takes its full name when the
short form names exactly one unit and that unit is a province, a prefecture-level unit or a
city (``…市``): short forms of districts and counties collide with lakes and mountains (东湖,
泰山, 金山). A short form shared by several units names the province among them, if one is
(河北: 河北省, not Tianjin's 河北区; 吉林: 吉林省), and otherwise stays as printed (朝阳).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import cpca

# the name before its level; an autonomous unit also drops its peoples (广西壮族自治区 → 广西)
SHORT_FORM_RE = re.compile(
    r"^(?P<short>[\u4e00-\u9fff]{2,}?)(?:维吾尔|(?:[\u4e00-\u9fff]{1,3}族)+)?"
    r"(?:特别行政区|自治区|自治州|自治县|自治旗|省|市|地区|盟|区|县|旗)$"
)
PROVINCE, PREFECTURE = 0, 1  # cpca's ranks (counties are 2)
PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})  # no place's name


def short_form(name: str) -> str | None:
    match = SHORT_FORM_RE.match(name)
    return match.group("short") if match else None


@lru_cache(maxsize=1)
def full_names() -> dict[str, str]:
    """Short form → full name, for the units whose short form is unambiguous and safe to expand."""
    units: defaultdict[str, set[str]] = defaultdict(set)
    expandable: set[str] = set()
    provinces: set[str] = set()
    for unit in cpca.ad_2_addr_dict.values():
        short = short_form(unit.name)
        if short is None or unit.name in PLACEHOLDERS:
            continue
        units[short].add(unit.name)
        if unit.rank in (PROVINCE, PREFECTURE) or unit.name.endswith("市"):
            expandable.add(unit.name)
        if unit.rank == PROVINCE:
            provinces.add(unit.name)
    table = {}
    for short, names in units.items():
        # a province outranks the smaller units of its name (河北省 and Tianjin's 河北区)
        chosen = names if len(names) == 1 else names & provinces
        if len(chosen) == 1 and (name := next(iter(chosen))) in expandable:
            table[short] = name
    return table


def full_name(place: str) -> str:
    """The full name of a division printed short (湖北 → 湖北省), else the place as printed."""
    return full_names().get(place, place)
