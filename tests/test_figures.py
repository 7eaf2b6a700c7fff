from __future__ import annotations

from datetime import date

from pipelines.core.figures import extract_figures

TEXT = (
    "该产业园计划总投资10亿元，包含18栋高标准厂房。全市电诈案件受理数同比下降13.52%，"
    "去年村级集体稳定性收入达3296万元。该公司占地面积约200亩，我市申报创建的5所学校全部上榜。"
    "昨天上午，我市召开会议。近日，省教育厅公示了2022年评估结果。"
)


def _by_text(figures):
    return {f.text: f for f in figures}


def test_money_normalised_to_yuan():
    figures = _by_text(extract_figures(TEXT, None))
    assert figures["10亿元"].kind == "money"
    assert figures["10亿元"].normalised_value == 1_000_000_000
    assert figures["10亿元"].unit == "CNY"
    assert figures["达3296万元"].normalised_value == 32_960_000


def test_percent_counts_area_and_year():
    figures = _by_text(extract_figures(TEXT, None))
    assert (figures["13.52%"].kind, figures["13.52%"].value) == ("percent", 13.52)
    assert (figures["18栋"].kind, figures["18栋"].value, figures["18栋"].unit) == ("count", 18, "栋")
    assert (figures["5所"].kind, figures["5所"].unit) == ("count", "所")
    assert (figures["约200亩"].kind, figures["约200亩"].value, figures["约200亩"].unit) == ("area", 200, "亩")
    assert figures["2022年"].kind == "year"
    assert figures["10亿元"].sentence == "该产业园计划总投资10亿元，包含18栋高标准厂房。"


def test_relative_dates_resolved_against_issue_date():
    figures = _by_text(extract_figures(TEXT, date(2023, 3, 15)))
    assert (figures["昨天上午"].date_start, figures["昨天上午"].date_end) == (date(2023, 3, 14),) * 2
    assert (figures["去年"].date_start, figures["去年"].date_end) == (date(2022, 1, 1), date(2022, 12, 31))
    assert (figures["近日"].date_start, figures["近日"].date_end) == (date(2023, 3, 8), date(2023, 3, 15))


def test_relative_dates_stay_null_without_issue_date():
    figures = _by_text(extract_figures(TEXT, None))
    assert figures["昨天上午"].kind == "relative_date"
    assert figures["昨天上午"].date_start is None and figures["去年"].date_end is None


def test_offsets_point_at_text():
    for figure in extract_figures(TEXT, None):
        assert TEXT[figure.start : figure.end] == figure.text


def test_chinese_numerals():
    figures = _by_text(extract_figures("连续三年获评，共建成十二个站点，投入两千万元。", None))
    assert figures["三年"].kind == "duration" and figures["三年"].value == 3
    assert figures["十二个"].value == 12
    assert figures["两千万元"].normalised_value == 20_000_000
