"""Figures in article text: money, percentages, counts, areas, years, dates, durations and
relative dates, each normalised and, for dates, resolved against the issue date.

Numbers written in Chinese (``十亿``, ``三``) are converted with cn2an on the extracted span only.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

import cn2an

from pipelines.core.entities import split_sentences

_CN_DIGITS = "零〇一二两三四五六七八九十百千"
_NUMBER = rf"(?:\d+(?:\.\d+)?|[{_CN_DIGITS}]+(?:点[{_CN_DIGITS}]+)?)"
_MULTIPLIER = r"(?:万亿|千亿|百亿|亿|千万|百万|十万|万|千)?"
_APPROX = r"(?:超过|超|约|近|逾|达|共|计)?"

MONEY_UNITS = {"元": "CNY", "人民币": "CNY", "美元": "USD", "欧元": "EUR", "日元": "JPY", "港元": "HKD",
               "英镑": "GBP"}
AREA_UNITS = ("平方公里", "平方千米", "平方米", "公顷", "亩")
COUNT_UNITS = (
    "个", "家", "名", "人", "所", "栋", "幢", "条", "项", "类", "张", "次", "位", "户", "场", "批", "辆",
    "台", "件", "座", "套", "支", "只", "株", "吨", "公里", "千米", "米", "架", "艘", "本", "篇", "份",
    "元次", "人次", "例", "起", "处", "间", "层", "轮", "款", "种", "枚", "头",
)
DURATION_UNITS = ("个月", "年", "天", "周", "小时", "分钟")

MULTIPLIERS = {"": 1, "千": 1e3, "万": 1e4, "十万": 1e5, "百万": 1e6, "千万": 1e7, "亿": 1e8,
               "百亿": 1e10, "千亿": 1e11, "万亿": 1e12}

RELATIVE_DATE_RE = re.compile(
    r"(昨天|昨日|今天|今日|前天|明天|去年|今年|明年|前年|近日|日前|近期|上周|本周|上月|本月|当天)"
    r"(上午|下午|晚上|早上|晚|凌晨|中午)?"
)


def _alt(words) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


FIGURE_RE = re.compile(
    rf"(?P<date>(?:(?P<dy>\d{{4}})年)?(?P<dm>\d{{1,2}})月(?P<dd>\d{{1,2}})日)"
    rf"|(?P<percent>{_APPROX}(?P<pn>\d+(?:\.\d+)?)\s*[%％]|百分之(?P<pcn>[{_CN_DIGITS}]+(?:点[{_CN_DIGITS}]+)?))"
    rf"|(?P<money>{_APPROX}(?P<mn>{_NUMBER})(?P<mm>{_MULTIPLIER})(?P<mu>{_alt(MONEY_UNITS)}))"
    rf"|(?P<area>{_APPROX}(?P<an>{_NUMBER})(?P<am>{_MULTIPLIER})(?P<au>{_alt(AREA_UNITS)}))"
    rf"|(?P<year>(?P<yn>(?:19|20)\d{{2}})年(?!\d{{1,2}}月))"
    rf"|(?P<duration>(?P<un>[{_CN_DIGITS}]+|\d{{1,2}})(?P<uu>{_alt(DURATION_UNITS)}))"
    rf"|(?P<count>(?<![第\d{_CN_DIGITS}]){_APPROX}(?P<cn>{_NUMBER})(?P<cm>{_MULTIPLIER})(?P<cu>{_alt(COUNT_UNITS)}))"
)


@dataclass
class Figure:
    kind: str  # money | percent | count | area | year | date | duration | relative_date
    text: str
    start: int
    end: int
    value: float | None
    unit: str | None
    normalised_value: float | None
    date_start: date | None = None
    date_end: date | None = None
    resolution: str | None = None  # how a relative date was resolved
    sentence: str = ""


def to_number(text: str) -> float | None:
    """``13.52`` → 13.52, ``十`` → 10, ``两`` → 2; None when the span is not a number."""
    if re.fullmatch(r"\d+(?:\.\d+)?", text):
        return float(text)
    try:
        return float(cn2an.cn2an(text.replace("两", "二").replace("〇", "零"), "smart"))
    except (ValueError, KeyError, IndexError):
        return None


def extract_figures(text: str, issue_date: date | None) -> list[Figure]:
    figures: list[Figure] = []
    for offset, sentence in split_sentences(text):
        for match in FIGURE_RE.finditer(sentence):
            figure = _figure(match, issue_date)
            if figure is not None:
                figure.start += offset
                figure.end += offset
                figure.sentence = sentence.strip()
                figures.append(figure)
        for match in RELATIVE_DATE_RE.finditer(sentence):
            figure = resolve_relative_date(match.group(0), issue_date)
            figure.start, figure.end = offset + match.start(), offset + match.end()
            figure.sentence = sentence.strip()
            figures.append(figure)
    return sorted(figures, key=lambda f: (f.start, f.end))


def _figure(match: re.Match, issue_date: date | None) -> Figure | None:
    kind = match.lastgroup
    group = match.group
    span = (match.group(0), match.start(), match.end())
    if kind is None:
        return None
    if kind == "date":
        year = int(group("dy")) if group("dy") else (issue_date.year if issue_date else None)
        try:
            day = date(year, int(group("dm")), int(group("dd"))) if year else None
        except ValueError:
            return None
        resolution = None if group("dy") else ("year taken from the issue date" if year else "no year")
        return Figure("date", *span, None, None, None, day, day, resolution)
    if kind == "year":
        year = int(group("yn"))
        return Figure("year", *span, year, "年", year, date(year, 1, 1), date(year, 12, 31))
    if kind == "percent":
        value = to_number(group("pn") or group("pcn"))
        return Figure("percent", *span, value, "%", value / 100 if value is not None else None)
    if kind == "duration":
        value = to_number(group("un"))
        return Figure("duration", *span, value, group("uu"), value) if value else None
    prefix = {"money": "m", "area": "a", "count": "c"}[kind]
    value = to_number(group(prefix + "n"))
    if value is None or (kind == "count" and group(prefix + "n") == "一"):
        return None  # 一个/一名 is an article, not a figure
    multiplier = MULTIPLIERS[group(prefix + "m") or ""]
    unit = group(prefix + "u")
    normalised = value * multiplier
    if kind == "money":
        unit = MONEY_UNITS[unit]
    return Figure(kind, *span, value, unit, normalised)


def resolve_relative_date(expression: str, issue_date: date | None) -> Figure:
    """``昨天上午`` → the day before the issue; ``去年`` → last calendar year; ``近日`` → the
    issue date and the seven days before it (a stated convention, since the paper does not say)."""
    word = RELATIVE_DATE_RE.match(expression).group(1)
    start = end = None
    rule = RELATIVE_RULES[word]
    if issue_date is not None:
        start, end = rule[0](issue_date)
    return Figure("relative_date", expression, 0, 0, None, None, None, start, end, rule[1])


def _days(first: int, last: int):
    return lambda d: (d + timedelta(days=first), d + timedelta(days=last))


def _year(delta: int):
    return lambda d: (date(d.year + delta, 1, 1), date(d.year + delta, 12, 31))


def _week(delta: int):
    def rule(d: date):
        monday = d - timedelta(days=d.weekday()) + timedelta(weeks=delta)
        return monday, monday + timedelta(days=6)
    return rule


def _month(delta: int):
    def rule(d: date):
        year, month = divmod(d.year * 12 + d.month - 1 + delta, 12)
        month += 1
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return rule


RELATIVE_RULES = {
    "昨天": (_days(-1, -1), "issue date - 1 day"),
    "昨日": (_days(-1, -1), "issue date - 1 day"),
    "前天": (_days(-2, -2), "issue date - 2 days"),
    "今天": (_days(0, 0), "issue date"),
    "今日": (_days(0, 0), "issue date"),
    "当天": (_days(0, 0), "issue date"),
    "明天": (_days(1, 1), "issue date + 1 day"),
    "近日": (_days(-7, 0), "range: the issue date and the 7 days before it"),
    "日前": (_days(-14, -1), "range: the 14 days before the issue date"),
    "近期": (_days(-30, 0), "range: the issue date and the 30 days before it"),
    "去年": (_year(-1), "previous calendar year"),
    "前年": (_year(-2), "calendar year before last"),
    "今年": (_year(0), "calendar year of the issue"),
    "明年": (_year(1), "next calendar year"),
    "上周": (_week(-1), "previous Monday-Sunday week"),
    "本周": (_week(0), "Monday-Sunday week of the issue"),
    "上月": (_month(-1), "previous calendar month"),
    "本月": (_month(0), "calendar month of the issue"),
}
