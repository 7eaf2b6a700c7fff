"""The heading decider's shipped models: they load, and the shape model tells the roles apart."""

from __future__ import annotations

import pytest

from pipelines.core.headings import HeadingLine, decide, default_model, default_shape_model


def test_the_shipped_heading_models_load():
    assert default_model() is not None and default_shape_model() is not None


@pytest.mark.parametrize(
    "units, roles",
    [
        (("世界羽联更新奥运积分方案", "未进行的资格赛将在明年的前17周内完成"),
         (None, "世界羽联更新奥运积分方案", "未进行的资格赛将在明年的前17周内完成")),
        (("广东台山全力救援", "搁浅白海豚重归大海"), ("广东台山全力救援", "搁浅白海豚重归大海", None)),
    ],
)
def test_two_units_get_their_roles_from_both_models(units, roles):
    decision = decide([HeadingLine(units[0], False), HeadingLine(units[1], True)])
    assert (decision.kicker, decision.headline, decision.subtitle) == roles


def test_the_break_model_ships_and_loads():
    from pipelines.core.headings import default_break_model

    model = default_break_model()
    assert model is not None and 0 < model.prior < 1


@pytest.mark.parametrize(
    "lines, roles",
    [
        # a kicker above a headline cut in two: the text, not the widths (7, 6, 6), shows where
        (["中国田协基地赛", "李玲夺得女子", "撑杆跳高冠军"], ("中国田协基地赛", "李玲夺得女子撑杆跳高冠军", None)),
        (["方向不变、力度不减，突出精准、科学、依法", "保持定力 打好污染防治攻坚战"],
         ("方向不变、力度不减，突出精准、科学、依法", "保持定力打好污染防治攻坚战", None)),
        # the unit cut in two balanced lines beside a one-line unit is the headline (bigger type)
        (["“五一”假期前4日", "国内游客总人", "数超1亿人次"], ("“五一”假期前4日", "国内游客总人数超1亿人次", None)),
        # and one headline broken unevenly stays one (the sample's)
        (["“零号湾”与“壹号湾”", "签订合作协议"], (None, "“零号湾”与“壹号湾”签订合作协议", None)),
    ],
)
def test_line_breaks_read_as_unit_boundaries_or_wraps(lines, roles):
    decision = decide([HeadingLine(text, False) for text in lines])
    assert (decision.kicker, decision.headline, decision.subtitle) == roles
