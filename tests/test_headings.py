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
