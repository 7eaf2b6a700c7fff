"""Exact expectations on the bundled sample page (a front page of 平湖日报)."""

from __future__ import annotations

from collections import Counter

from pipelines.core.segment import conservation_diff


def _articles(items):
    return [item for item in items if item.kind == "article"]


def test_item_counts(sample_items):
    kinds = Counter(item.kind for item in sample_items)
    assert kinds == {"article": 6, "photo": 1, "other": 1}


def test_masthead_is_furniture(sample_items):
    assert sample_items[0].kind == "other"
    assert sample_items[0].body == "平湖发布 今平湖客户端"


def test_headlines_whole_and_in_order(sample_items):
    assert [item.headline for item in sample_items if item.kind != "other"] == [
        "我市部署打击治理电信网络新型违法犯罪工作",
        "“零号湾”与“壹号湾”签订合作协议",
        "“学历+技能”双提升开辟教育共富路",
        "“产业飞地”推进建设",
        "我市5所学校获评省现代化学校",
        "“提升专业技能，争做大国工匠”",
        "平湖市党政代表团赴江苏太仓、上海闵行考察学习",
    ]


def test_kicker_and_subtitle_told_apart(sample_items):
    roles = {item.headline: (item.kicker, item.subtitle) for item in sample_items}
    assert roles["“学历+技能”双提升开辟教育共富路"] == ("平湖以全省唯一改革试点为契机", None)
    assert roles["“提升专业技能，争做大国工匠”"] == (None, "全国人大代表韩其芳与市职业中专学生分享感悟")
    assert roles["我市部署打击治理电信网络新型违法犯罪工作"] == (None, None)


def test_the_least_sure_heading_keeps_its_runner_up_reading(sample_items):
    least_sure = min(_articles(sample_items), key=lambda item: item.heading_confidence)
    assert least_sure.headline == "“提升专业技能，争做大国工匠”" and least_sure.heading_confidence < 0.9
    assert least_sure.heading_alternative == ("“提升专业技能，争做大国工匠”", "全国人大代表韩其芳与市职业中专学生分享感悟", None)


def test_leads_kept_out_of_body(sample_items):
    for item in _articles(sample_items):
        assert item.lead == "本报讯"
        assert not item.body.startswith("本报讯")
    assert _articles(sample_items)[0].paragraphs[0].startswith("昨天上午，我市召开全市贯彻落实")


def test_photo_feature(sample_items):
    (photo,) = [item for item in sample_items if item.kind == "photo"]
    assert photo.headline == "“产业飞地”推进建设"
    assert photo.body == (
        "近日，在浙大之光平湖数字经济产业园，项目建设正在加快推进中。据了解，作为平湖—青田"
        "“产业飞地”的首个项目，该产业园计划总投资10亿元，包含18栋高标准厂房、研发大楼、智能电子"
        "设备等数字产业。"
    )
    assert [(b.name, b.role) for b in photo.bylines] == [
        ("王强", "摄影"), ("张丹燕", "摄影"), ("徐冰艳", "摄影")
    ]


def test_all_eleven_bylines_with_roles(sample_items):
    found = sorted((b.name, b.role) for item in sample_items for b in item.bylines)
    assert found == sorted([
        ("胡佳英", "记者"), ("荣怡婷", "记者"), ("杨昊玥", "记者"), ("徐佳丽", "通讯员"),
        ("胡佳英", "记者"), ("王强", "摄影"), ("张丹燕", "摄影"), ("徐冰艳", "摄影"),
        ("钱澄蓉", "记者"), ("李雨婷", "记者"), ("程松慧", "实习生"),
    ])


def test_byline_assignment(sample_items):
    by_headline = {
        item.headline: [(b.name, b.role, b.assignment) for b in item.bylines] for item in sample_items
    }
    assert by_headline["我市部署打击治理电信网络新型违法犯罪工作"] == [("荣怡婷", "记者", "adjacent")]
    assert by_headline["“零号湾”与“壹号湾”签订合作协议"] == [("胡佳英", "记者", "adjacent")]
    assert by_headline["“提升专业技能，争做大国工匠”"] == [("钱澄蓉", "记者", "adjacent")]
    assert by_headline["平湖市党政代表团赴江苏太仓、上海闵行考察学习"] == [
        ("李雨婷", "记者", "adjacent"), ("程松慧", "实习生", "adjacent")
    ]
    # stacked bylines with no lead below them go to the articles that have none
    assert by_headline["“学历+技能”双提升开辟教育共富路"] == [
        ("杨昊玥", "记者", "inferred"), ("徐佳丽", "通讯员", "inferred")
    ]
    assert by_headline["我市5所学校获评省现代化学校"] == [("胡佳英", "记者", "inferred")]


def test_sentences_rejoined_across_wraps_and_blank_lines(sample_items):
    bodies = "\n".join(item.body for item in sample_items)
    assert "会上，签订了“零号湾”与“壹号湾”合作协议。" in bodies  # blank line before “
    assert "“学历+技能”双提升行动的开展" in bodies
    assert "市委书记仲旭东表示，来闵行学习考察是一次走亲之行" in bodies
    assert "韩其芳传达了习近平总书记在全国两会期间" in bodies  # 习近\n\n平
    assert "昨天，市委书记仲旭东，市委副书记、市长周军波率党政代表团" in bodies  # 仲\n旭东


def test_paragraph_breaks_kept(sample_items):
    second = _articles(sample_items)[1]
    assert len(second.paragraphs) == 4
    assert second.paragraphs[1].endswith("确保“零号湾”与“壹号湾”合作取得实效。")
    assert second.paragraphs[2].startswith("市委书记仲旭东表示，")
    assert [len(item.paragraphs) for item in _articles(sample_items)] == [4, 4, 6, 3, 6, 5]


def test_typesetting_spaces_removed(sample_items):
    bodies = "\n".join(item.body for item in sample_items)
    assert "您如何看待我们未来的发展？" in bodies
    assert "同比下降13.52%，万人均发案" in bodies
    assert "去年村级集体稳定性收入达3296万元。" in bodies
    assert "明确16条激励政策" in bodies
    assert "推进“增财实学”应用2.0版本上线与运维" in bodies


def test_conservation(sample_text, sample_items):
    lost, duplicated = conservation_diff(sample_text, sample_items)
    assert not lost and not duplicated


def test_conservation_detects_a_loss(sample_text, sample_items):
    sample_items[1].paragraphs.append("多")
    try:
        lost, duplicated = conservation_diff(sample_text, sample_items)
        assert duplicated == Counter("多")
    finally:
        sample_items[1].paragraphs.pop()
