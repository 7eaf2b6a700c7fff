"""Single segmentation rules on small pages, including the edges the sample does not show."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from pipelines.core.headings import HouseStyle
from pipelines.core.segment import (
    build_paragraphs, column_width, conservation_diff, explain_page, finished, parse_byline_entries, read_lines, segment_page,
    segment_pages,
)


FIXTURES = Path(__file__).parent / "fixtures"


def _parse(page: str):
    items = segment_page(page)
    lost, duplicated = conservation_diff(page, items)
    assert not lost and not duplicated
    return items


def test_byline_only_page_keeps_its_characters():
    (item,) = _parse("■记者 王强\n")
    assert item.kind == "other" and [(b.name, b.assignment) for b in item.bylines] == [("王强", "inferred")]


def test_stacked_byline_without_a_taker_stays_inferred():
    (item,) = _parse("■记者 李明\n\n■记者 王强\n\n本报讯 昨天，我市召开会议。\n\n会议召开\n")
    assert [(b.name, b.assignment) for b in item.bylines] == [("王强", "adjacent"), ("李明", "inferred")]


def test_dateline_wrapped_over_two_lines_with_reporters():
    page = "本报桂林6月13日电（记者张贺、庞\n革平，通讯员刘倩）6月13日，活动在桂林开幕。\n\n活动在桂林开幕\n"
    (item,) = _parse(page)
    assert item.lead == "本报桂林6月13日电（记者张贺、庞革平，通讯员刘倩）"
    assert item.body == "6月13日，活动在桂林开幕。"
    assert [(b.name, b.role) for b in item.bylines] == [("张贺", "记者"), ("庞革平", "记者"), ("刘倩", "通讯员")]


def test_body_lines_starting_with_a_role_word_are_not_bylines():
    (item,) = _parse("本报讯 昨天，我市召开会议。\n记者了解到，会议\n部署了工作。\n\n会议召开\n")
    assert item.bylines == [] and "记者了解到，会议部署了工作。" in item.body


def test_credit_and_signature_close_a_body():
    page = ("本报讯 笔者最近去县里办事，发现问题。\n辽宁义县 陈桂忠\n\n身边事\n\n"
            "本报讯 今年以来，我市推进工作。\n刘振清摄（影像中国）\n\n桥上架桥\n")
    first, second = _parse(page)
    assert (first.headline, second.headline) == ("身边事", "桥上架桥")
    assert first.body.endswith("辽宁义县陈桂忠") and second.body.endswith("刘振清摄（影像中国）")


def test_heading_with_a_comma_needs_confirmation():
    # followed by more body text in another column: a sentence start, not a heading
    page = "本报讯 会上，签订了协议。\n市委书记仲旭东表示，来闵行学习考察是一\n\n次走亲之行。\n\n签订合作协议\n"
    (item,) = _parse(page)
    assert item.headline == "签订合作协议"
    # followed by a lead: a heading
    page = "本报讯 会上，签订了协议。\n\n协同联动，推动发展\n\n本报讯 昨天，我市召开会议。\n\n会议召开\n"
    first, second = _parse(page)
    assert (first.headline, second.headline) == ("协同联动，推动发展", "会议召开")


@pytest.mark.parametrize("page, headline, subheading_at", [
    (("本报讯 近年来，我市持续推进改革，取得\n显著成效，群众满意度不断提升。\n\n"
      "生根\n\n"
      "当年的江边一片沙，大风一起不见家，村\n民们只能搬离，如今已经大不一样了，大\n家都说好。\n\n"
      "扎西班旦种树记\n"), "扎西班旦种树记", 1),
    # the exclaiming paragraph looks like a heading block until the subheading below it comes;
    # folded back then, it gives the body its column (24 cells, as below the subheading), so
    # 文化的盛宴 is told as the body's subheading, not the headline of an item of its own
    (("■记者 夏韵\n\n"
      "6月15日，本届书市落下帷幕。\n\n"
      "虽然今年书市，需要预约、戴口罩、测体温、出示健\n康码……但在书市逛了一圈的老读者仍不由得有些激\n"
      "动：“总算盼来了书市，这回要好好逛一逛！”\n\n"
      "文化的盛宴\n\n"
      "仲夏时节，白色尖顶展棚，绿茵茵的草坪，四大展区、\n近400个展位、近30万种优秀出版物及文化产品，读\n"
      "者徜徉在书海间，这一切，宁静而美好。\n\n"
      "数字时代 图书仍是好选择\n"), "数字时代图书仍是好选择", 2),
], ids=["between two paragraphs", "below an exclaiming paragraph"])
def test_subheading_inside_an_article_stays_in_the_body(page, headline, subheading_at):
    (item,) = _parse(page)
    assert item.headline == headline
    assert item.paragraphs[subheading_at] in ("生根", "文化的盛宴")
    # each fold is noted for explain, with the rule that made it
    subheading = "body text below runs on in the same column: a subheading inside the article"
    exclamation = "another heading block follows, and an exclamation or question ends a heading group only as its last block"
    assert list(map(str, item.edge_notes)) == {
        "扎西班旦种树记": [f"line 3 生根: read as body after all: {subheading}"],
        "数字时代图书仍是好选择": [f"line 4 虽然今年书市，需要预约、戴口罩、…: read as body after all: {exclamation}",
                         f"line 8 文化的盛宴: read as body after all: {subheading}"],
    }[headline]


def test_a_speech_reports_kicker_opens_a_heading_though_the_next_body_shares_its_column():
    # the next article opens with no byline or lead, in the same column: a subheading would read
    # so, but no paragraph ends on 强调, while 226 People's Daily kickers do
    page = (
        "胡春华强调，水利部门要按照国家防总的统一\n指挥部署，积极主动落实防汛抗旱责任，全面\n加强风险防范。\n\n"
        "胡春华强调\n切实做好防汛抗旱夺丰收工作\n\n"
        "“面对疫情，律师行业如何更好地在抗疫中发\n挥作用？新形势下，大家对平安中国建设有什\n么好的看法和建议？”全国人大代表高子程说。\n\n"
        "在法言法广纳民意\n"
    )
    first, second = _parse(page)
    assert (first.kicker, first.headline) == ("胡春华强调", "切实做好防汛抗旱夺丰收工作")
    assert second.headline == "在法言法广纳民意" and second.body.startswith("“面对疫情")


def test_a_speech_verb_the_next_line_opens_a_dash_to_stays_a_section_of_the_body():
    # 习近平总书记强调 | ——: a feature's section introducing the quotation below, as the body's
    # column running on below it says; the speech report's kicker rule leaves it to the dash's rules
    page = ("本报讯 水利部门要按照国家防总的统一指挥部\n署，积极主动落实防汛抗旱责任，全面加强风\n险防范。\n\n"
            "习近平总书记强调\n——\n\n面向未来，我们要把满足国内需求作为发展的\n出发点和落脚点，加快构建完整的内需体系，\n"
            "大力推进科技创新。\n\n在法言法广纳民意\n")
    (item,) = _parse(page)
    assert item.headline == "在法言法广纳民意" and item.paragraphs[1] == "习近平总书记强调——"


def test_jump_lines_are_kept_out_of_the_body():
    first, second = _parse("本报讯 昨天，我市召开会议，\n（下转第二版）\n\n会议召开\n\n（上接第一版）\n部署了工作。\n")
    assert first.jump == "（下转第二版）" and first.headline == "会议召开"
    assert second.jump == "（上接第一版）" and second.body == "部署了工作。" and second.headline is None


def test_names_split_by_justification_or_lines():
    entries = parse_byline_entries("■摄影 王 强 张丹燕 徐冰艳", 0)
    assert [b.name for b in entries] == ["王强", "张丹燕", "徐冰艳"]
    assert [b.name for b in parse_byline_entries("■摄影 李 小 明", 0)] == ["李小明"]


def test_explain_names_every_decision():
    text = explain_page("■记者 王强\n\n本报讯 昨天，我市召开会议。\n\n会议召开\n")
    assert "byline" in text and "lead" in text and "heading-like" in text and "headline=会议召开" in text
    assert "starts a unit at P 0.9 (the default)" in text
    assert "read otherwise" not in text  # every block was read as it looks


def test_explain_says_why_a_heading_like_block_was_read_as_body():
    text = explain_page("本报讯 近年来，我市持续推进改革，取得\n显著成效，群众满意度不断提升。\n\n生根\n\n"
                        "当年的江边一片沙，大风一起不见家，村\n民们只能搬离，如今已经大不一样了，大\n家都说好。\n\n"
                        "扎西班旦种树记\n")
    assert ("     read otherwise: line 3 生根: read as body after all: body text below runs on in the same "
            "column: a subheading inside the article") in text.splitlines()


def test_a_line_of_dialogue_closing_on_an_exclamation_is_body():
    page = (
        "本报讯 奶奶端起了酒杯，又问兜兜：“举杯邀明\n月，对影成几人啊？”\n\n"
        "“月亮、我，还有影子，对影成四人！”\n\n"
        "兜兜说完，大家都笑了，夸他聪明。\n\n"
        "一家人的中秋\n"
    )
    (item,) = _parse(page)
    assert item.headline == "一家人的中秋"
    assert item.paragraphs[1] == "“月亮、我，还有影子，对影成四人！”"


def test_an_exclaimed_quotation_above_the_next_byline_is_a_headline():
    first, second = _parse(
        "本报讯 医疗队昨天返回，队员们说，守护生命\n是我们的职责。\n\n"
        "“此刻，我们也是战士！”\n\n"
        "■记者 王强\n\n本报讯 昨天，我市召开会议。\n\n会议召开\n"
    )
    assert first.headline == "“此刻，我们也是战士！”" and second.headline == "会议召开"


def test_a_headline_wrapped_mid_word_in_heading_type_confirms_its_subtitle_with_commas():
    # the subtitle's commas ask for confirmation and nothing below gives it (no byline, no lead),
    # but 专项整 | 治 wraps deep inside a word 12 cells short of the 21-cell body: heading type
    page = (
        "据介绍，目前已有二十多个省份结合本地实际，\n增加了专题方案。但一些地区仍存在方案空转的\n"
        "情况，有的照搬照抄、上下一般粗。\n\n"
        "全国安全生产专项整\n治三年行动扎实推进\n一些地区、部门仍存在实施方案内部空转的情况\n\n"
        "近日，一名四岁女孩跟随父\n亲来到消防救援大队，向消\n防员们表示感谢。\n\n消防员的小粉丝\n"
    )
    first, second = _parse(page)
    assert (first.headline, first.subtitle) == ("全国安全生产专项整治三年行动扎实推进", "一些地区、部门仍存在实施方案内部空转的情况")
    assert first.body.endswith("上下一般粗。") and second.headline == "消防员的小粉丝"


@pytest.mark.parametrize("credit, printed", [
    ("李  彬摄（人民视觉）", "李彬摄（人民视觉）"),
    ("本报记者 李彬摄影报\n道（人民视觉）", "本报记者李彬摄影报道（人民视觉）"),  # wrapped
    ("新华社发", "新华社发"),  # the agency's picture
    ("勾  犇图  卜\n拉文", "勾犇图卜拉文"),  # a drawing and its verse, the credit wrapped
])
def test_the_title_below_a_picture_credit_is_no_subheading_though_the_next_body_shares_its_column(credit, printed):
    page = (
        "近年来，我市持续推进生态绿城建设，实施全域\n治水工程，生态环境持续改善。图为城郊河流两\n岸的景色。\n\n"
        f"{credit}\n\n绿染山川 生态富民\n\n"
        "今年以来，我市坚持把生态保护放在突出位置，\n统筹推进山水林田湖草系统治理，成效明显，群\n众的获得感不断增强。\n\n"
        "生态优先 绿色发展\n"
    )
    story, article = _parse(page)
    assert (story.headline, story.paragraphs[-1]) == ("绿染山川生态富民", printed)
    assert article.headline == "生态优先绿色发展" and article.body.startswith("今年以来")


def test_a_credit_broken_by_a_blank_line_closes_the_picture_story_whole():
    # 刘春修摄影 is no credit alone, but read on into 报道（人民视觉） it is: no heading line there
    page = (
        "瓦多港地处意大利北部，是意大利重要的港口之\n一。图为意大利瓦多港集装箱码头。\n张进刚  刘春修摄影\n\n"
        "报道（人民视觉）\n\n中企海外股权投资项目\n意大利瓦多港二期土建完工\n\n"
        "本报讯 今年一季度，甘肃省农产品出口额逆\n势上扬。\n\n甘肃农产品出口逆势上扬\n"
    )
    story, article = _parse(page)
    assert (story.kicker, story.headline) == ("中企海外股权投资项目", "意大利瓦多港二期土建完工")
    assert story.paragraphs[-2:] == ["张进刚刘春修摄影", "报道（人民视觉）"]
    assert article.headline == "甘肃农产品出口逆势上扬"


@pytest.mark.parametrize("page, headlines, paragraph", [
    # two lines filling the body's 19-cell column, the text below going on in it: a paragraph
    # broken by a blank line, not a headline wrapped in its larger type
    (("假期首日，全国旅游市场总体运行平稳，接\n待国内游客总人数超过两千万人次，实现国\n内旅游收入约九十八亿元。\n\n"
      "各地景区严格落实游客流量不超过最大承载\n量三成要求和预约制度并全面测量体温登记\n\n"
      "信息，未发现大规模人员聚集情况，基本做\n到限量、错峰、安全、有序开放。\n\n"
      "国内旅游收入近百亿元\n"),
     ["国内旅游收入近百亿元"],
     ("各地景区严格落实游客流量不超过最大承载量三成要求和预约制度并全面测量体温登记信息，"
      "未发现大规模人员聚集情况，基本做到限量、错峰、安全、有序开放。")),
    # both halves fill the 11-cell column above, but a single line of a 24-cell body follows:
    # nothing shows the text going on in the column, so they stay a headline cut in two
    (("同时，市融媒体中心同步\n上线“家乡好货征集平台”，\n累计已收到近千条商品推\n荐信息，有效缓解了部分\n"
      "商家的滞销问题。\n\n市融媒体中心为家乡下单\n带货直播销售额超一千万\n\n"
      "清晨6时，吕琼芬就进了果园，修枝疏果又快又准。\n\n8时刚过，她放下手里的活，骑上电动自行车赶往隔壁\n"
      "竹园村，难得停歇片刻。\n\n劳模奋战在脱贫一线\n"),
     ["市融媒体中心为家乡下单带货直播销售额超一千万", "劳模奋战在脱贫一线"],
     "同时，市融媒体中心同步上线“家乡好货征集平台”，累计已收到近千条商品推荐信息，有效缓解了部分商家的滞销问题。"),
    # three lines filling the 21-cell column, the paragraph's exclaiming end and the author's note
    # below: no heading wraps over full body lines, whatever heading-like line follows
    (("站在新的历史起点上，全市各级档案部门和广大\n档案工作者责任重大，使命光荣。\n\n"
      "我们要坚定信心，紧紧抓住贯彻实施新修订档案\n法的契机，勇于担当，不懈奋斗，努力开创全市\n"
      "档案工作新局面，为建设更加美好的幸福新家乡\n\n而不懈努力奋斗！\n\n（作者为市档案局局长）\n\n"
      "为档案事业发展提供法治保障\n"),
     ["为档案事业发展提供法治保障"],
     ("我们要坚定信心，紧紧抓住贯彻实施新修订档案法的契机，勇于担当，不懈奋斗，努力开创全市档案工作新局面，"
      "为建设更加美好的幸福新家乡而不懈努力奋斗！")),
], ids=["two full lines", "a headline cut in two as wide", "three full lines"])
def test_lines_filling_the_body_column_above_a_blank_line(page, headlines, paragraph):
    items = _parse(page)
    assert [item.headline for item in items] == headlines
    assert paragraph in [p for item in items for p in item.paragraphs]


def test_a_run_of_exclamations_is_body_not_a_heading_group():
    page = (
        "本报讯 同志们、朋友们！让我们更加紧密地团结在一起，为实现\n中国梦而努力奋斗！\n\n"
        "衷心祝愿伟大的中国共产党永葆青春活力！\n\n衷心祝愿伟大的祖国繁荣昌盛！\n\n"
        "衷心祝愿伟大的中国人民幸福安康！\n\n在全国政协新年茶话会上的讲话\n（二〇一九年十二月三十一日）\n"
    )
    (item,) = _parse(page)  # _parse asserts that no character is lost
    assert item.headline == "在全国政协新年茶话会上的讲话"
    assert item.subtitle == "（二〇一九年十二月三十一日）"
    assert item.paragraphs[-1] == "衷心祝愿伟大的中国人民幸福安康！"


def test_column_label_on_a_role_word_is_not_a_byline():
    page = ("■记者 王强\n本报讯 昨天，我市召开会议，部署了工作。\n\n■记者手记\n会议开得很短，\n"
            "效果很好。\n\n会议召开\n")
    (item,) = _parse(page)
    assert [(b.name, b.role) for b in item.bylines] == [("王强", "记者")]
    assert "■记者手记" in item.body and item.headline == "会议召开"


def test_a_heading_line_broken_inside_a_word_continues_its_unit():
    from pipelines.core.headings import HeadingLine, breaks_word, decide

    assert breaks_word("国务院联防联控机制联络组检查指导武汉初三年", "级复学复课防控工作")
    assert not breaks_word("十三届全国人大三次会议主席团举行第三次会议", "栗战书主持")
    lines = [HeadingLine("国务院联防联控机制联络组", False), HeadingLine("检查指导武汉初三年", True),
             HeadingLine("级复学复课防控工作", False)]
    decision = decide(lines)
    assert (decision.kicker, decision.headline) == ("国务院联防联控机制联络组", "检查指导武汉初三年级复学复课防控工作")


def test_photo_report_credit_closes_a_body():
    page = "本报讯 今年以来，我市推进工作。\n本报记者黄超摄影报道\n\n视频连线\n"
    (item,) = _parse(page)
    assert item.headline == "视频连线" and item.kicker is None
    assert item.body.endswith("本报记者黄超摄影报道")


def test_a_colon_line_before_a_verse_and_a_drawing_credit_stay_in_the_body():
    page = ("近日，西安组建首批研修共同体。\n\n这正是：\n\n名师传帮带，\n\n研修有平台。\n\n"
            "勾  犇图  臧  勾文\n\n图片报道\n")
    (item,) = _parse(page)
    assert item.headline == "图片报道" and item.kicker is None
    # People's Daily prints 这正是： as a paragraph of its own above the verse (97 of 106 in the corpus)
    assert item.paragraphs == ["近日，西安组建首批研修共同体。", "这正是：", "名师传帮带，研修有平台。", "勾犇图臧勾文"]


@pytest.mark.parametrize("page, heading, body, photo", [
    pytest.param("本报讯 长沙县简化了救助程序，群众得到实惠。\n\n长沙简化困难群体救助程序\n\n先救助，后申请\n\n"
                 "昨天，市民在公园内赏花\n游玩，享受春日好时光。\n\n■摄影 黎枫伟\n\n抢收早稻\n",
                 ("长沙简化困难群体救助程序", "先救助，后申请"), "长沙县简化了救助程序，群众得到实惠。",
                 ("抢收早稻", "昨天，市民在公园内赏花游玩，享受春日好时光。"), id="comma heading confirmed by the caption"),
    # no blank line between the units, and a photo's caption below, not a heading to confirm
    pytest.param("本报讯 基层干部有了更多时间抓落实。\n\n表格过滥，问题不小。福建从小切\n口入手为基层干部减负——\n"
                 "多共享数据 少重复填表\n\n近日，在平湖数字经\n济产业园。\n\n■摄影 董丽荷\n\n春日赏花\n",
                 ("表格过滥，问题不小。福建从小切口入手为基层干部减负——", "多共享数据少重复填表"),
                 "基层干部有了更多时间抓落实。", ("春日赏花", "近日，在平湖数字经济产业园。"),
                 id="kicker of full sentences and its headline in one block"),
    # the kicker's dash wrapped between its halves, as extraction may break it
    pytest.param("本报讯 基层干部有了更多时间抓落实。\n\n表格过滥，问题不小。福建从小切口入手为基层干部减负—\n—\n"
                 "多共享数据 少重复填表\n\n近日，在平湖数字经\n济产业园。\n\n■摄影 董丽荷\n\n春日赏花\n",
                 ("表格过滥，问题不小。福建从小切口入手为基层干部减负——", "多共享数据少重复填表"),
                 "基层干部有了更多时间抓落实。", ("春日赏花", "近日，在平湖数字经济产业园。"),
                 id="kicker of full sentences with its dash wrapped"),
])
def test_a_heading_above_a_photo_caption_closes_the_article(page, heading, body, photo):
    article, picture = _parse(page)
    assert (article.kicker, article.headline) == heading and article.body == body
    assert (picture.kind, picture.headline, picture.body) == ("photo", *photo)


def test_a_credit_wrapped_over_two_lines_is_not_a_heading():
    page = "本报讯 山区的稻田里，农民正在插秧。\n\n杨锡建朱明霞摄影报\n道（人民视觉）\n\n高山种稻 脱贫摘帽\n"
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == (None, "高山种稻脱贫摘帽")
    assert item.body.endswith("杨锡建朱明霞摄影报道（人民视觉）")


def test_a_unit_wrapped_at_the_column_fills_its_inner_lines():
    from pipelines.core.headings import HeadingLine, decide

    # 8, 7, 7 wide: one headline wrapped at 8 would fill its middle line; this is a kicker
    # above a headline cut in two
    lines = [HeadingLine("始终坚持党的领导", True), HeadingLine("不断保障和改善", False), HeadingLine("民生的根本保证", False)]
    decision = decide(lines)
    assert (decision.kicker, decision.headline) == ("始终坚持党的领导", "不断保障和改善民生的根本保证")


@pytest.mark.parametrize(
    "page, headline",
    [
        # a line wider than the body column does not continue the body
        ("本报讯 同时，山西将用好\n光伏扶贫收益，规范开发\n农村保洁、治安、护林、\n护路、护水等公益岗位。\n\n"
         "山西87.2万贫困劳动力务工就业\n\n", "山西87.2万贫困劳动力务工就业"),
        # a line filling the column above a photo caption is a heading, not a wrapped line
        ("本报讯 目前，在一些人员密集\n的场所，安全距离常被人忽视\n需要大家共同遵守规定。\n\n"
         "为了大家好，保持安全一米线\n\n", "为了大家好，保持安全一米线"),
    ],
    ids=["wider than the column", "filling the column above a caption"],
)
def test_a_heading_between_a_body_and_a_photo(page, headline):
    article, photo = _parse(page + "昨天上午，学生们在科技馆内体验\n编程课程。\n\n■摄影 郑桂育\n\n春日赏花\n")
    assert article.headline == headline
    assert (photo.kind, photo.headline) == ("photo", "春日赏花")


def test_a_note_after_a_signature_closes_the_body():
    from pipelines.core.segment import finished

    assert finished(["——王能干代表（湖北省大冶市保安", "镇农科村党总支书记）", "（本报记者李茂颖、靳博", "整理）"])
    assert not finished(["他说，财政为乡镇医院购置", "（一批）", "设备"])


def test_chapter_numbers_of_a_law_and_contact_lines_stay_in_the_body():
    page = ("本报讯 民法典全文如下。\n\n第三编 合同\n\n第一分编 通则\n\n第一章 一般规定\n\n"
            "第四百六十三条 本编调整因合同\n产生的民事关系。\n\n第一千一百四十一条 遗嘱应当为缺乏劳动能力\n\n"
            "又没有生活来源的继承人保留必要的遗产份额。\n\n电子信箱：rmrbgj@people.cn\n\n中华人民共和国民法典\n")
    (item,) = _parse(page)
    assert item.headline == "中华人民共和国民法典"
    assert "第三编合同第一分编通则第一章一般规定第四百六十三条" in item.body.replace("\n", "")
    assert item.paragraphs[-1] == "电子信箱：rmrbgj@people.cn"


def test_a_blank_line_inside_the_dateline_parenthesis():
    page = ("新华社北京5月22日电（记者李宣良、\n\n黄明） 解放军和武警部队代表团22\n日下午分组审议政府工作报告。\n\n"
            "分组审议政府工作报告\n")
    (item,) = _parse(page)
    assert item.lead == "新华社北京5月22日电（记者李宣良、黄明）"
    assert item.body == "解放军和武警部队代表团22日下午分组审议政府工作报告。"
    assert [(b.name, b.role) for b in item.bylines] == [("李宣良", "记者"), ("黄明", "记者")]


def test_column_width_counts_lines_ending_in_a_character():
    from pipelines.core.segment import column_width, read_lines

    lines = read_lines("三届三次会议圆满完成各项议程，\n在北京胜利闭幕。我们对大会的成\n功表示热烈祝贺，全体委员认真\n履职。\n")
    assert column_width(lines) == 15.0
    # lines holding half-width digits fall short of the column by half a cell
    lines = read_lines("应对这场疫情的有效方式是进行合作。为了合作\n2月，中国—东盟关于新冠肺炎问题特别外长会\n"
                       "4月14日，东盟与中日韩抗击新冠肺炎疫情领导\n人特别会议举行，各国政府保持密切沟通和协\n调。\n")
    assert column_width(lines) == 21.0
    # with nothing else to go by, half a cell short rounds up to the column
    lines = read_lines("分为关键技术验证、建造和运营 3个阶段实\n施。长五B首飞后，将先后发射“天和”核\n心舱。\n")
    assert column_width(lines) == 19.0


def test_a_wrapped_address_and_a_compiler_credit_are_not_headings():
    page = ("本报讯 欢迎读者来信。\n电子信箱：rmrbgj@\n\npeople.cn\n\n患难见真情\n\n"
            "本报讯 代表们畅所欲言。\n\n本报记者杨明方李亚楠整理\n\n坚持人民至上\n")
    first, second = _parse(page)
    assert (first.kicker, first.headline) == (None, "患难见真情")
    assert (second.kicker, second.headline) == (None, "坚持人民至上")
    assert second.body.endswith("本报记者杨明方李亚楠整理")


def test_an_editorial_label_opens_the_next_body():
    page = ("本报讯 昨天，我市召开会议。\n\n会议召开\n\n核心阅读\n\n各地不断强化困难群众基本生活保障。\n\n"
            "生活不用愁\n")
    first, second = _parse(page)
    assert (first.headline, second.headline) == ("会议召开", "生活不用愁")
    assert second.body.startswith("核心阅读")


def test_a_bracketed_label_is_not_a_heading():
    page = "本报讯 他是一名技术工人。\n\n【绝活看点】\n\n他能在头发丝上刻字。\n\n指尖上的绝活\n"
    (item,) = _parse(page)
    assert item.headline == "指尖上的绝活" and "【绝活看点】" in item.body


def test_a_line_opening_with_a_bracketed_label_opens_a_body():
    page = ("本报讯 线上同样精彩。\n\n曹一图 羽生文\n\n图片报道\n\n【人物】自学160 多门网\n课的万雪琴\n\n"
            "【故事】61岁的万雪琴，是湖\n北省武汉市汉阳区老人。\n\n银发网课达人\n")
    first, second = _parse(page)
    assert (first.headline, first.subtitle) == ("图片报道", None)
    assert second.headline == "银发网课达人" and second.body.startswith("【人物】自学160多门网课的万雪琴")


def test_a_photo_below_a_continued_article_takes_only_its_caption():
    page = ("（上接第一版）\n修堤筑坝，把香港拉回正轨。\n\n日前，志愿者走进社区，为老年\n人提供义诊服务。\n\n"
            "■摄影 于莺卿\n\n抢收早稻\n")
    continued, photo = _parse(page)
    assert continued.jump == "（上接第一版）" and continued.body == "修堤筑坝，把香港拉回正轨。"
    assert (photo.kind, photo.headline, photo.body) == ("photo", "抢收早稻", "日前，志愿者走进社区，为老年人提供义诊服务。")


def test_a_credit_wrapped_over_two_lines_closes_the_part_above_a_photo():
    page = ("（上接第一版）\n数据来源：中共东莞市委\n宣传部\n\n昨天，市民在公园内赏花游\n玩，享受春日好时光。\n\n"
            "■摄影 白苑妍\n\n春日赏花\n")
    continued, photo = _parse(page)
    assert continued.body == "数据来源：中共东莞市委宣传部"
    assert (photo.kind, photo.headline, photo.body) == ("photo", "春日赏花", "昨天，市民在公园内赏花游玩，享受春日好时光。")


def test_a_title_with_its_adoption_note_below_a_list_of_names_closes_the_list():
    page = ("本报讯 会议推选了主席团常务主席。\n\n■记者 陶倩娟\n\n栗战书\u00a0\u00a0王晨\u00a0\u00a0曹建明\n张春贤\u00a0\u00a0杨振武\n\n"
            "第十三届全国人民代表大会第三次会议主席\n团常务主席名单\n"
            "（2020年5月21日第十三届全国人民代表大会第三次会议主席团第一次会议推选）\n\n"
            "本报讯 主席团名单如下。\n\n主席团名单\n")
    _, names, _ = _parse(page)
    assert names.headline == "第十三届全国人民代表大会第三次会议主席团常务主席名单"
    assert names.subtitle == "（2020年5月21日第十三届全国人民代表大会第三次会议主席团第一次会议推选）"
    assert names.body.endswith("杨振武")


def test_an_author_note_after_a_full_stop_mid_line_finishes_the_body():
    page = ("本报讯 中非合作论坛成立20周年。让我们携手谱\n写中非共同发展的新篇章。（作者为中国驻\n塞内加尔大使）\n\n"
            "谱写中非关系的新篇章（大使随笔）\n\n日前，一列满载着防疫\n物资的列车缓缓驶入法\n国巴黎。\n\n"
            "“中欧班列具有巨\n大优势和潜力”\n")
    essay, report = _parse(page)
    assert essay.headline == "谱写中非关系的新篇章（大使随笔）" and essay.body.endswith("（作者为中国驻塞内加尔大使）")
    assert report.headline == "“中欧班列具有巨大优势和潜力”" and report.body.startswith("日前")


def test_a_short_last_line_ends_a_list_and_the_heading_below_is_its_articles():
    # a notice listing 30 craftsmen, each entry stopping short of the column without a full stop
    page = (FIXTURES / "list_then_heading.txt").read_text(encoding="utf-8") + "\n■记者 陶琬\n\n本报讯 下一篇。\n"
    notice, _ = _parse(page)
    assert (notice.kicker, notice.headline) == ("弘扬工匠精神推动创新发展", "2020“佛山·大城工匠”名单出炉")
    assert notice.body.endswith("30魏梅广东一方制药有限公司副总经理")


@pytest.mark.parametrize("page, headline", [
    # points printed without full stops at the top of a body, before its dateline
    ("■记者 秦晓敏\n\n本报讯 将继续坚持党政主要负责人直接指挥疫情防控\n的工作机制\n\n"
     "推进复工复产复市复学常态化精准管理\n\n本报武汉5月1日电（记者吴君） 湖北省新冠肺炎疫\n"
     "情防控工作指挥部5月1日召开新闻发布会。\n\n湖北突发公共卫生事件应急响应下调为二级\n",
     "湖北突发公共卫生事件应急响应下调为二级"),
    # an unfinished line, then a note and a line above （下转第二版）: the same article goes on
    ("本报讯 大会设4个展馆。展区汇聚了百余家\n知名企业和高校、科研院所，实现线上3D\n虚拟漫游\n\n"
     "具体时间以当天大会活动安排为准\n\n云上世界智能大会今日开幕\n（下转第二版）\n\n第四届世界智能大会\n",
     "第四届世界智能大会"),
])
def test_unpunctuated_points_and_a_part_going_on_elsewhere_are_not_a_list_end(page, headline):
    (item,) = _parse(page)
    assert item.headline == headline


def test_an_annex_line_stays_in_the_body_of_the_document():
    page = ("本报讯 第十三条 本措施由生态环境\n部商中央组织部负责解释。\n第十四条 本措施自2020年4\n月27日起施行。\n\n"
            "附件：省（自治区、直辖市）\n污染防治攻坚战成效考核指标\n（见图）\n\n"
            "中办国办印发\n省（自治区、直辖市）污染防治攻坚战成效考核措施\n\n■记者 熊仪\n\n本报讯 下一篇。\n")
    document, _ = _parse(page)
    assert (document.kicker, document.headline) == ("中办国办印发", "省（自治区、直辖市）污染防治攻坚战成效考核措施")
    assert document.body.endswith("附件：省（自治区、直辖市）污染防治攻坚战成效考核指标（见图）")


def test_a_digest_of_short_reports_is_one_article_under_its_label():
    page = ("本报讯 理财产品要写明白。\n\n银行理财，别让人\n看不懂（财经观）\n\n■记 者 孙丽\n通讯员 田艳\n\n"
            "2019年度收单外包服务机构评级等级发布\n\n本报电 中国支付清算协会近日发布了2019年度收\n单外包服务机构评级等级。\n\n"
            "（郭晓允）\n\n交通银行离岸中心入驻上海自贸区临港新片区\n\n本报电 交通银行离岸金融业务中心近日入驻上海\n"
            "自贸区临港新片区。\n\n（李 恬）\n\n财经短波\n\n■记者 顾玉青\n通讯员 潘松婕\n\n"
            "浙江瑞安支持民宿产业集群发展\n本报电  瑞安民宿产业发展招商大会日前举行。\n\n（冯希军）\n\n"
            "山东青岛引导外卖骑手安全驾驶\n\n本报电  山东青岛市黄岛区日前开展劝导。\n\n（冯希军）\n\n市场资讯\n")
    column, digest, market = _parse(page)
    assert column.headline == "银行理财，别让人看不懂（财经观）"
    assert (digest.headline, digest.lead) == ("财经短波", None)
    assert digest.body.startswith("2019年度收单外包服务机构评级等级发布")
    assert "交通银行离岸中心入驻上海自贸区临港新片区\n本报电 交通银行" in digest.body
    assert [b.name for b in digest.bylines] == ["孙丽", "田艳"]
    assert market.headline == "市场资讯" and market.body.startswith("浙江瑞安支持民宿产业集群发展本报电")
    assert market.body.endswith("（冯希军）") and "山东青岛引导外卖骑手安全驾驶" in market.paragraphs


# a digest's second brief, its closing note and the digest's label
SECOND_BRIEF_AND_LABEL = ("（郭晓允）\n\n交通银行离岸中心入驻上海自\n贸区临港新片区\n\n本报电 交通银行离岸金融业\n"
                          "务中心近日入驻上海自贸区临\n港新片区。\n\n（李 恬）\n\n财经短波\n")


def test_a_digests_label_closes_it_though_the_next_body_shares_its_column():
    # below a digest's last brief, its label (财经短波) is printed as a headline is; the article
    # below, set in the same column, opens with a point of its own, not a section of the digest
    page = ("近日，工人们在田间抢收早稻，确\n保颗粒归仓。\n\n■摄影 熊明英 胡勤\n\n抢收早稻\n\n"
            "2019年度收单外包服务机构\n评级等级发布\n\n本报电 中国支付清算协会近\n日发布了2019年度收单外包服\n"
            "务机构评级等级。\n\n" + SECOND_BRIEF_AND_LABEL + "\n"
            "●如果信用记录良好，能够快\n速获得贷款、信用卡，享受低\n利率\n\n今年6月14日是我国第十三个\n"
            "信用记录关爱日。作为个人的\n“经济身份证”，信用报告记\n录了个人借债还钱等信息。\n\n"
            "个人信用报告，到底有啥用\n")
    photo, digest, report = _parse(page)
    assert (photo.kind, photo.headline) == ("photo", "抢收早稻")
    assert (digest.headline, digest.lead) == ("财经短波", None)
    assert digest.body.startswith("2019年度收单外包服务机构评级等级发布")
    assert digest.body.endswith("（李恬）")
    assert report.headline == "个人信用报告，到底有啥用" and report.body.startswith("●如果信用记录良好")


def test_a_digests_first_title_below_the_heading_above_opens_the_digest():
    # the brief restates its title, the article above shares a fifth of its words (2019年度,
    # 机构, 评级): below the digest's own 本报电 that share does not keep it a heading line
    page = ("■记者 孟思\n\n银行要帮助投资者认识理财产品的风险等级。2019年度\n以来，一些机构的理财服务让投资者看不懂，评级\n"
            "也难查。投资者要选择适合自己的产品。\n\n银行理财，别让人看不懂（财经观）\n\n"
            "2019年度收单外包服务\n机构评级等级发布\n本报电 中国支付清算\n协会近日发布了2019\n年度收单外包服务机构\n评级等级。\n\n"
            + SECOND_BRIEF_AND_LABEL)
    column, digest = _parse(page)
    assert (column.kicker, column.headline, column.subtitle) == (None, "银行理财，别让人看不懂（财经观）", None)
    assert (digest.headline, digest.lead) == ("财经短波", None)
    assert digest.paragraphs[:2] == ["2019年度收单外包服务机构评级等级发布", "本报电中国支付清算协会近日发布了2019年度收单外包服务机构评级等级。"]


def test_a_photo_report_beside_a_digest_stays_an_item_of_its_own():
    page = ("本报讯 上一篇文章。\n\n上一篇的标题\n\n■记者 孙丽\n\n"
            "本报讯 近日，首个社区级科技馆在水林\n社区投入使用。\n\n图为小朋友在体验蛋椅。\n\n人民视觉\n\n"
            "社区有了科技馆\n\n本报电 “区块链与数据要素”云论坛\n在北京举办。\n\n（喻思南）\n\n"
            "新闻速递\n")
    _, photo, digest = _parse(page)
    assert photo.headline == "社区有了科技馆" and photo.body.endswith("人民视觉")
    assert digest.headline == "新闻速递" and digest.lead == "本报电"


@pytest.mark.parametrize("between_units", ["\n", "\n\n"])  # the subtitle in the headline's block, or set apart
@pytest.mark.parametrize("next_byline", ["", "■记 者 武羽琦\n\n"])
def test_a_poem_ends_at_its_headline_and_dash_subtitle_above_the_next_dateline(next_byline, between_units):
    page = ("■记者 许霞岚\n通讯员 高莲\n\n还是来时的那个人\n还穿着来时的衣装\n\n眼前飘过白云\n\n"
            "这是个孩子 在母亲的怀里苏醒\n\n致敬武汉人民" + between_units + "——一个援鄂护士的内心独白\n\n" + next_byline +
            "本报讯 小区临街的店铺，可谓五花八门。\n\n幸福的光亮（遇见）\n")
    poem, story = _parse(page)
    assert (poem.headline, poem.subtitle) == ("致敬武汉人民", "——一个援鄂护士的内心独白")
    assert poem.body.replace("\n", "") == "还是来时的那个人还穿着来时的衣装眼前飘过白云这是个孩子在母亲的怀里苏醒"
    assert [b.name for b in poem.bylines] == ["许霞岚", "高莲"]
    assert (story.lead, story.headline) == ("本报讯", "幸福的光亮（遇见）")


def test_a_kicker_of_full_sentences_handing_over_with_a_dash_is_a_kicker():
    page = ("本报讯 基层干部有了更多时间抓落实。\n\n表格过滥，问题不小。福建从小切\n口入手为基层干部减负——\n\n"
            "多共享数据 少重复填表\n\n本报北京5月13日电（记者李龙伊） 下一篇。\n\n下一篇的标题\n")
    first, second = _parse(page)
    assert (first.kicker, first.headline) == ("表格过滥，问题不小。福建从小切口入手为基层干部减负——", "多共享数据少重复填表")
    assert first.body == "基层干部有了更多时间抓落实。" and second.headline == "下一篇的标题"


def test_a_body_line_handing_over_with_a_dash_stays_in_the_body():
    page = ("本报讯 大妈们就了解到这家新房客的情况。听说男主人找了家工厂上班——\n\n"
            "白天，他们家敞着门。\n\n幸福的光亮\n")
    (item,) = _parse(page)
    assert item.headline == "幸福的光亮" and item.body.endswith("白天，他们家敞着门。")


def test_three_units_with_commas_over_five_lines_set_across_the_columns_are_a_heading():
    # kicker, headline wrapped once, subtitle wrapped once: five lines wider than the body above
    page = ("新华社北京6月19日电 外交部发言人赵立坚\n19日宣布，中国—欧盟领导人\n会晤将以视频方式举行。双方\n"
            "将就中欧关系交换意见，推动\n“后疫情”时代的中欧关系再\n出发。\n\n"
            "第二十二次中国—欧盟领导人会晤将举行\n习近平主席将以视频方式会见欧\n洲理事会主席、欧盟委员会主席\n"
            "李克强总理将以视频方式同欧洲理事会主\n席、欧盟委员会主席共同主持会晤\n\n"
            "今年前5个月，江苏省苏州市实际利用外资59.05\n亿美元，比去年同期增长157.5%，增量和增幅均\n"
            "创历史新高。\n\n苏州再展开放创新合作优势\n")
    first, second = _parse(page)
    assert (first.kicker, first.headline, first.subtitle) == (
        "第二十二次中国—欧盟领导人会晤将举行", "习近平主席将以视频方式会见欧洲理事会主席、欧盟委员会主席",
        "李克强总理将以视频方式同欧洲理事会主席、欧盟委员会主席共同主持会晤")
    assert first.body.endswith("再出发。") and second.body.startswith("今年前5个月")


@pytest.mark.parametrize("page, confirmed, below, note", [
    # set wider than the columns around it, as headlines are
    (("汽车市场加速升温，得益于当地的\n消费鼓励政策。今年4月，重庆市\n商务委、财政局等部门联合印发《\n"
      "关于鼓励汽车更新换代消费的通知》，\n出台财政补助政策，在市级商务发\n展资金中安排5000万元，对符合条\n"
      "件的“以旧换新”乘用车车主购车\n费用每辆补助 2000元，鼓励汽车\n更新换代。\n\n"
      "据统计，5 月，重庆市限额以上汽\n车类企业零售额达85.45亿元，环\n比增长11.3% ，同比增长23.7%，\n"
      "连续两个月实现同比正增长。\n\n补贴让利、直播推广……一系列促消费措\n施助力内需恢复\n消费回暖 \n潜力释放\n\n"
      "这两天，多地组织开展形\n式多样、内容精彩的端午\n文化活动，丰富节日文化\n内涵，展现传统节日新气\n象。\n\n"
      "传统节日新气象（我们的节日·端午）\n"),
     ("kicker", "补贴让利、直播推广……一系列促消费措施助力内需恢复"), ("这两天", "传统节日新气象（我们的节日·端午）"),
     "line 15 补贴让利、直播推广……一系列促消…: heading-like but for a comma, confirmed by its layout (set across the columns)"),
    # stopping short of the columns above and below, where a paragraph broken by a blank line
    # would break at a full line
    (("本报讯 人类终将依靠团结协作战胜病毒，在大疫面前彰显\n大义，结成更加紧密的命运共同体。踏过千山万水\n"
      "的中津、中非友好合作关系，也必将继续扬帆远航，\n开启新的征程！\n\n携手抗疫，书写中津友谊新篇章\n\n"
      "在意大利，每天有超过1800名病人需要输血。新冠肺炎疫情导\n致献血率急剧下降，许多医院血液严重短缺，伦巴第、艾米利\n"
      "亚—罗马涅等大区的医疗机构血液库存一度告急。\n\n“展现出了勇气和责任感”\n"),
     ("headline", "携手抗疫，书写中津友谊新篇章"), ("在意大利", "“展现出了勇气和责任感”"),
     "line 5 携手抗疫，书写中津友谊新篇章: heading-like but for a comma, confirmed by its layout (stands short of both columns)"),
])
def test_a_comma_heading_confirmed_by_how_it_is_set(page, confirmed, below, note):
    first, second = _parse(page)
    assert getattr(first, confirmed[0]) == confirmed[1]
    assert second.body.startswith(below[0]) and second.headline == below[1]
    assert (list(map(str, first.edge_notes)), list(map(str, second.edge_notes))) == ([note], [])  # explain names the rule that confirmed it


def test_an_ellipsis_hangs_past_the_column_like_a_full_stop():
    from pipelines.core.segment import Line

    # no line starts with …… (line-start rules), so it hangs past the column as 。 does
    assert Line(0, "一杯清茶、一个苹果、一块火腿、一壶小酒……", "text").set_width == 19
    assert Line(0, "一杯清茶、一个苹果、一块火腿、一壶小酒。", "text").set_width == 19


def test_a_heading_may_end_on_a_word_that_ends_in_a_function_character():
    page = ("本报上海6月25日电（记者田泓） 各国企业报名踊跃，签约\n展览面积超过规划面积的90%，部分展区已趋饱和。\n\n"
            "第三届进博会接受专业观众报名\n\n签约展览面积过九成，部分展区已趋饱和\n\n"
            "本报广州6月25日电（记者李刚） 第127届广交会于 6\n月24日在“云端”圆满落幕。\n\n第127届广交会落幕\n")
    expo, fair = _parse(page)
    assert (expo.headline, expo.subtitle) == ("第三届进博会接受专业观众报名", "签约展览面积过九成，部分展区已趋饱和")
    assert fair.body.startswith("第127届广交会于")


def test_a_series_number_wrapped_below_a_subtitle_ends_it():
    page = ("本报讯 既自欺欺人，也贻笑大方。\n\n怀疑中国病亡率纯属政治化的臆测（钟声）\n\n"
            "——造谣中伤“中国抗疫”有悖国际正义\n（五）\n\n■记者 方蕊\n\n本报讯 下一篇。\n")
    commentary, _ = _parse(page)
    assert commentary.subtitle == "——造谣中伤“中国抗疫”有悖国际正义（五）"


def test_subheadings_stacked_above_the_jump_line_close_the_part():
    page = ("本报讯 武汉市政务服务和大数据管理局开\n发了“热点区域人流量”功能，实时提示\n14个主要景点的人流量，为游客出行提供\n参考。\n\n"
            "商业人气逐渐升温\n\n出台政策纾困解难\n（下转第二版）\n\n武汉 加力复苏\n")
    (wuhan,) = _parse(page)
    assert (wuhan.headline, wuhan.jump) == ("武汉加力复苏", "（下转第二版）")
    assert wuhan.body.endswith("商业人气逐渐升温\n出台政策纾困解难")


def test_a_dash_subtitle_above_the_jump_line_closes_its_heading_group():
    # the group closed by its dash subtitle heads the body above; the heading-like paragraph
    # below it opens the next article, whose part ends at the jump line
    page = ("本报讯 委员们表示，要在民族复兴的历史上写\n上浓墨重彩的一笔。\n\n同心奔小康 \n奋进新时代\n\n"
            "——全国政协十三届三次会议开幕侧记\n\n越到最后时刻越要响鼓重锤，让扶\n贫举措更精准、办事作风更端正、\n"
            "把关考核更严格\n（下转第二版）\n\n用硬功夫完成硬任务（人民时评）\n")
    report, commentary = _parse(page)
    assert (report.headline, report.subtitle) == ("同心奔小康奋进新时代", "——全国政协十三届三次会议开幕侧记")
    assert (commentary.headline, commentary.jump) == ("用硬功夫完成硬任务（人民时评）", "（下转第二版）")
    assert commentary.paragraphs == ["越到最后时刻越要响鼓重锤，让扶贫举措更精准、办事作风更端正、把关考核更严格"]


@pytest.mark.parametrize("page, part_end, next_start, next_heading", [
    (("（上接第一版）\n乌兹别克斯坦驻华大使赛义多夫在寄语中说，乌兹别\n克斯坦与中国积极开展抗疫合作，相互伸出援助之手，\n"
      "正是全球携手战“疫”的生动实例。\n\n纪念封上贴有国家邮政局安排中国邮政特别发行的《\n众志成城抗击疫情》邮票。"
      "纪念封正面印制使节手写\n题词和中文译文，突出“上海精神”，高举多边主义\n旗帜，汇聚各国建设人类命运共同体的心声。\n\n"
      "进入6月，南方发生持续强降雨，上百条\n河流发生超警以上洪水。应急管理、水利、\n气象等部门联合会商，多支抢险救援队伍\n"
      "联合行动，一场防汛救灾的配合战、系统\n战正在打响。\n\n防灾减灾，打出联动组合拳\n"),
     "汇聚各国建设人类命运共同体的心声。", "进入6月", ("headline", "防灾减灾，打出联动组合拳")),
    # two cells wider is enough
    (("（上接第一版）\n今年2月3日，“钻石公主”号邮轮停靠在横\n滨港。出现新冠肺炎感染者后，日本政府对\n船上所有人员进行核酸检测。此后三个多月，\n"
      "该邮轮一直停泊在横滨港，大部分为日本人。\n\n"
      "天刚蒙蒙亮，全国人大代表、海南省陵水黎族自\n治县英州镇母爸村党总支书记陈飘，就到芒果园\n忙活起来，和农户一起摘果、打包，再听听他们\n"
      "的建议。\n\n陈飘代表——\n强了经济 富了乡亲（代表委员履职故事）\n"),
     "大部分为日本人。", "天刚蒙蒙亮", ("kicker", "陈飘代表——")),
])
def test_the_next_article_set_in_another_column_ends_a_continued_part(page, part_end, next_start, next_heading):
    part, following = _parse(page)
    assert part.jump == "（上接第一版）" and part.body.endswith(part_end)
    assert getattr(following, next_heading[0]) == next_heading[1] and following.body.startswith(next_start)


def test_a_verse_credit_broken_by_a_blank_line_stays_in_the_body():
    page = ("本报讯 支持电商平台等\n发展逆向物流，借助互联\n网提升回收处理体系覆盖\n率，鼓励大型回收企业与\n"
            "个体回收者进行合作。\n\n"
            "这正是：\n鼠标轻轻一点，\n\n回收高效方便。\n\n打通关键环节，\n\n产业形成闭环。\n\n魏  寅图  实  思\n\n文\n\n"
            "图片报道\n\n■记者 崔芸云\n\n本报讯 进入炎夏。\n")
    verse, _ = _parse(page)  # 魏  寅图  实  思 | 文: a drawing and verse credit
    assert (verse.kicker, verse.headline) == (None, "图片报道") and verse.body.endswith("魏寅图实思\n文")


def test_a_credit_broken_mid_word_by_a_blank_line_is_not_a_kicker():
    page = ("本报讯 同时，继续实施贫困大学生专\n项招聘，帮助贫困地区缓解就业压\n力。免费提供抗疫科技系统，帮助\n"
            "各方高效应对疫情，加快恢复社会\n秩序。\u3000\u3000数据来\n\n源：中国工商银行\n\n"
            "中国工商银行积极发挥金融服务作用 支持经济社会高质量\n发展\n")
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == (None, "中国工商银行积极发挥金融服务作用支持经济社会高质量发展")
    assert item.body.endswith("数据来源：中国工商银行")


def test_a_signer_and_date_wrapped_together_stay_in_the_body():
    page = ("本报讯 报名截止后不再受理。\n报名表请寄至国务院发展研究\n中心人事局联系人：\u3000\u3000宫\n剑 010-51780028\n"
            "13621226155\u3000\u3000姬波 010-\n65230070    18910907086\n知识中心联系人：董丹丹 010-\n"
            "57512309  15101019864\n\n"
            "国务院发展研究中心\u3000\u30002020年\n6 月17日\n\n面向社会公开选聘中国国际发展知识中心传播领域高\n层次人才公告\n")
    (notice,) = _parse(page)
    assert (notice.kicker, notice.headline) == (None, "面向社会公开选聘中国国际发展知识中心传播领域高层次人才公告")
    assert notice.body.endswith("国务院发展研究中心2020年6月17日")


def test_a_photo_title_is_one_block_and_the_next_body_may_open_with_heading_lines():
    page = ("日前，志愿者走进社区，为老年人提\n供义诊服务。\n\n■摄影 潘婷琦\n\n抢收早稻\n\n中华人民共和国主席令\n\n第四十五号\n\n"
            "《中华人民共和国民法典》已由中华人民\n共和国第十三届全国人民代表大会第三次\n会议于2020年5月28日通过，现予公布，\n"
            "自2021年1月 1日起施行。\n\n中华人民共和国民法典\n")
    photo, decree = _parse(page)
    assert (photo.kind, photo.kicker, photo.headline) == ("photo", None, "抢收早稻")
    assert decree.headline == "中华人民共和国民法典" and decree.body.startswith("中华人民共和国主席令")


@pytest.mark.parametrize("page, heading, second_headline, second_body", [
    pytest.param("本报讯 “我相信，共建‘一带一路’将继\n续走深走实。”\n\n"
                 "“共建一带一路将继续走深走实”\n——访塞拉利昂驻华大使恩多马希纳\n\n"
                 "“树高千尺根深在沃土，\n你是大地给我万般呵护”\n\n“灾难面前，祖国永远\n为我们遮风挡雨”……\n\n"
                 "连日来，越来越多在美\n中国留学生收到了来自\n祖国的“健康包”。\n\n“祖国永远为我们遮风挡雨”\n",
                 ("“共建一带一路将继续走深走实”", "——访塞拉利昂驻华大使恩多马希纳"),
                 "“祖国永远为我们遮风挡雨”", "“树高千尺根深在沃土，", id="one-line dash subtitle"),
    pytest.param("本报讯 这对带动世界经济的复苏\n具有重要意义。”\n\n（本报曼谷电）\n\n“中国展现了负责\n任大国的担当”\n"
                 "——访柬埔寨人民党中央委员、中央外委会第\n一副主席索斯亚拉\n\n“我被老师的讲解深深吸\n引了，我会去读这些书”\n\n"
                 "“这段视频让我想起15\n年前第一次上您的课。”\n\n为人师表的好榜样\n",
                 ("“中国展现了负责任大国的担当”", "——访柬埔寨人民党中央委员、中央外委会第一副主席索斯亚拉"),
                 "为人师表的好榜样", "“我被老师的讲解深深吸引了", id="dash subtitle wrapped within its block"),
])
def test_a_dash_subtitle_closes_the_heading_group_and_quotes_below_open_the_next_body(
        page, heading, second_headline, second_body):
    interview, second = _parse(page)
    assert (interview.headline, interview.subtitle) == heading
    assert second.headline == second_headline and second.body.startswith(second_body)


def test_a_kickers_dash_wrapped_alone_does_not_close_the_group():
    page = ("本报讯 她在社区工作了二十年。\n\n全国人大代表、上海长宁萍聚工作室党支部书记朱国萍\n——\n\n在群众心坎上履职尽责\n\n"
            "■记者 王强\n\n本报讯 下一篇。\n")
    deputy, _ = _parse(page)
    assert deputy.headline == "在群众心坎上履职尽责"


def test_a_second_dateline_before_the_headline_is_a_second_dispatch():
    page = ("新华社北京5月19日电（记者温馨）外交部发言人表示反对。\n\n"
            "本报北京5月19日电（记者程龙）国台办发言人也表示反对。\n\n在世卫大会炒作涉台提案问题不得人心\n")
    (item,) = _parse(page)
    assert item.lead == "新华社北京5月19日电（记者温馨）"
    assert item.headline == "在世卫大会炒作涉台提案问题不得人心"
    assert "本报北京5月19日电（记者程龙）国台办发言人也表示反对。" in item.body


def test_heading_rules_for_column_tags_and_comma_kickers():
    # an exclamation before a column tag still ends a heading
    (item,) = _parse("本报讯 队员们状态良好。\n\n出发！（2020珠峰测高）\n")
    assert item.headline == "出发！（2020珠峰测高）"
    # a kicker with commas is confirmed by a confirmed headline below it
    page = "本报讯 黄湖镇打造未来乡村。\n\n水变清了，人气旺了，产业多了\n\n在青山，遇见“未来乡村”\n\n■记者 覃岚超\n\n本报讯 一年多来，银川市全力整改。\n\n银川整改\n"
    first, second = _parse(page)
    assert (first.kicker, first.headline) == ("水变清了，人气旺了，产业多了", "在青山，遇见“未来乡村”")


@pytest.mark.parametrize("page, headline, body_end, next_headline", [
    pytest.param("本报讯 保护广大种粮农民合法权\n益。\n——国家发展改革委党组成员，国\n家粮食和物资储备局党组书记、局\n"
                 "长张务锋日前在专题会议上说\n\n（ 本 报 记 者   杜 海 涛 整 理 ）\n\n"
                 "粮食安全这根弦任何时\n候都不能放松（声音）\n\n■记者 林娣宜\n\n本报讯 作为一种新的零售模式。\n\n新零售\n",
                 "粮食安全这根弦任何时候都不能放松（声音）", "（本报记者杜海涛整理）", "新零售", id="a writer's note"),
    # an official's titles, then a name set apart by spaces, below a full stop
    pytest.param("本报讯 冉从志虽然挪用低保金时间很短，但违\n反了群众纪律。必须构建一体推进不敢腐、不能\n腐、不想腐体制机制。\n\n"
                 "——云南大理市纪委书记、监委主任\u00a0\u00a0张\u00a0\u00a0琮\n\n低保金挪用一天也得受处分（监督哨）\n\n"
                 "■记者 贾贞玥\n\n本报讯 各地相继出台了一系列措施。\n\n减负关键在落实（编辑点评）\n",
                 "低保金挪用一天也得受处分（监督哨）", "不想腐体制机制。\n——云南大理市纪委书记、监委主任张琮",
                 "减负关键在落实（编辑点评）", id="an official's signed comment"),
    # the same, the name wrapped: the two lines read as one are the signature
    pytest.param("本报讯 冉从志虽然挪用低保金时间很短，但违\n反了群众纪律。必须构建一体推进不敢腐、不能\n腐、不想腐体制机制。\n"
                 "——云南大理市纪委书记、监委主任  张\n琮\n\n低保金挪用一天也得\n受处分（监督哨）\n\n"
                 "从接受采访的基层干部反映的情况来看，各地\n相继出台了一系列措施，取得了较为明显的成\n效。\n\n减负关键在落实（编辑点评）\n",
                 "低保金挪用一天也得受处分（监督哨）", "不想腐体制机制。\n——云南大理市纪委书记、监委主任张琮",
                 "减负关键在落实（编辑点评）", id="an official's signed comment, the name wrapped"),
])
def test_a_closing_note_on_its_own_ends_the_body(page, headline, body_end, next_headline):
    first, second = _parse(page)
    assert first.headline == headline and second.headline == next_headline
    assert first.body.endswith(body_end)


def test_the_unit_wrapped_in_bigger_type_is_the_headline():
    from pipelines.core.headings import HeadingLine, decide

    lines = [HeadingLine("交通运输行", True), HeadingLine("业持续回暖", False), HeadingLine("货运量等指标已恢复九成左右", True)]
    decision = decide(lines)
    assert (decision.kicker, decision.headline, decision.subtitle) == (None, "交通运输行业持续回暖", "货运量等指标已恢复九成左右")


def test_a_layout_credit_without_its_colon_closes_a_body():
    (item,) = _parse("本报讯 倡导文明用餐。\n\n版式设计沈亦伶\n\n餐桌文明 从我做起\n")
    assert (item.kicker, item.headline) == (None, "餐桌文明从我做起")


def test_a_dash_signature_and_a_text_credit_close_the_body():
    page = "本报讯 夏日的田野一片繁忙。\n\n——编者\n\n听，这夏日交响\n\n本报讯 他走遍了山村。\n\n本报记者范昊天文\n\n路在脚下\n"
    first, second = _parse(page)
    assert (first.kicker, first.headline) == (None, "听，这夏日交响") and first.body.endswith("——编者")
    assert (second.kicker, second.headline) == (None, "路在脚下") and second.body.endswith("本报记者范昊天文")


def test_a_dated_note_below_a_laws_title_is_its_subtitle():
    page = ("第五十一条 本法自2020年6月21日起施行。\n\n中华人民共和国人民武装警察法\n\n"
            "（2009年8月27日第十一届全国人民代表大会常务委员会第十次会议通过）\n\n"
            "近日，在数字经济产业园，\n市民体验机器人。\n\n■摄影 宋华英\n\n科技体验\n")
    law, photo = _parse(page)
    assert (law.headline, law.subtitle) == ("中华人民共和国人民武装警察法", "（2009年8月27日第十一届全国人民代表大会常务委员会第十次会议通过）")
    assert (photo.kind, photo.headline) == ("photo", "科技体验")


def test_a_long_run_of_comma_lines_is_read_without_deep_recursion():
    page = "本报讯 名单如下。\n\n" + "张三，李四\n\n" * 3000
    (item,) = _parse(page)
    assert item.headline is None and item.body.count("张三，李四") == 3000


def test_a_decree_signature_and_its_date_stay_in_the_body():
    page = ("中华人民共和国主席令\n第四十五号\n《中华人民共和国民法典》已由会议通过，\n现予公布。\n\n"
            "中华人民共和国主席 习近平\n\n2020年5月28日\n\n目 录\n\n第一编 总 则\n\n第一条 为了保护民事主体的合\n"
            "法权益，制定本法。\n\n中华人民共和国民法典\n")
    (item,) = _parse(page)
    assert item.headline == "中华人民共和国民法典"
    assert "中华人民共和国主席习近平" in item.body.replace(" ", "") and "2020年5月28日" in item.body


def test_a_heading_like_line_running_on_mid_word_is_body():
    page = ("（上接第二版）\n第四百七十条 合同的内容由当事人约定。\n\n当事人可以参照各类合同的示范文本订立合\n\n"
            "同。\n第四百七十一条 当事人订立合同，可以采取要约、承诺方式。\n")
    (item,) = _parse(page)
    assert item.headline is None and "示范文本订立合同。" in item.body.replace("\n", "")


def test_a_weak_word_across_a_blank_line_does_not_join_two_heading_units():
    # 四成 | 全行业 reads 成全 across the break, a word jieba holds weakly (1.0 nats)
    page = ("本报讯 端午假期，全行业共揽收快递包裹6.07亿件。\n\n端午假期快递业务量增超四成\n\n全行业共揽收包裹6.07亿件\n\n"
            "本报北京6月28日电（记者余建斌） 下一篇。\n\n下一篇的标题\n")
    first, second = _parse(page)
    assert "".join(filter(None, (first.kicker, first.headline, first.subtitle))) == "端午假期快递业务量增超四成全行业共揽收包裹6.07亿件"
    assert first.body == "端午假期，全行业共揽收快递包裹6.07亿件。" and second.headline == "下一篇的标题"


@pytest.mark.parametrize("page, headline, body_end", [
    # 为 | 什么 costs the break 3.5 nats only, but the text below is a paragraph, not a heading
    pytest.param("本报讯 说说代入感。\n\n什么叫“代入感”？为\n\n什么读者会沉迷其中，\n是因为代入感很强。\n\n"
                 "代入感运用为网络文艺增添蓬勃生机\n", "代入感运用为网络文艺增添蓬勃生机",
                 "什么叫“代入感”？为什么读者会沉迷其中，是因为代入感很强。", id="a paragraph below"),
    # a one-character line is a word's tail, never a unit
    pytest.param("本报讯 要培养人才。\n\n培养一批具有大胸怀、大境界、大格局的一流中医药人\n\n才\n\n"
                 "建设高水平的中医疫病防治队伍\n", "建设高水平的中医疫病防治队伍", "一流中医药人才",
                 id="a one-character line below"),
])
def test_a_weak_word_across_a_blank_line_joins_a_line_to_the_text_below(page, headline, body_end):
    (item,) = _parse(page)
    assert item.headline == headline and item.body.replace("\n", "").endswith(body_end)


def test_numbered_sections_stay_in_the_body():
    page = ("本报讯 预算执行情况如下。\n\n（1）中央本级支出\n\n中央本级支出35395亿元。\n\n二、2020年预算草案\n\n"
            "今年将继续实施积极的财政政策。\n\n关于预算执行情况的报告\n")
    (item,) = _parse(page)
    assert item.headline == "关于预算执行情况的报告" and item.kicker is None
    assert "（1）中央本级支出" in item.body and "二、2020年预算草案" in item.body


def test_a_note_below_a_picture_credit_closes_the_body():
    page = ("本报讯 在尼泊尔南部，志愿者发放物资。\n\n资料图片\n\n（本报记者王慧、敬宜整理，\n版式设计：张丹峰）\n\n"
            "患难见真情 共同抗疫情\n")
    (item,) = _parse(page)
    assert item.headline == "患难见真情共同抗疫情"
    assert item.body.replace("\n", "").endswith("资料图片（本报记者王慧、敬宜整理，版式设计：张丹峰）")


def test_a_subtitle_may_join_clauses_with_a_semicolon():
    page = ("本报北京6月17日电 会议还研究了其他事项。\n\n李克强主持召开国务院常务会议\n\n"
            "部署引导金融机构让利；要求加快降费政策落地见效\n\n本报北京6月17日电 国家主席习近平同外宾通电话。\n\n"
            "习近平同外宾通电话\n")
    first, second = _parse(page)
    assert (first.headline, first.subtitle) == ("李克强主持召开国务院常务会议", "部署引导金融机构让利；要求加快降费政策落地见效")
    assert second.headline == "习近平同外宾通电话"


def test_an_exclamation_inside_a_heading():
    (item,) = _parse("本报讯 一座座大桥的建成，是新时代的剪影。\n\n壮哉！中国\n桥（快评）\n")
    assert item.headline == "壮哉！中国桥（快评）"


@pytest.mark.parametrize(
    "page, roles, next_body_start, body_end",
    [
        pytest.param(
            ("本报讯 人们正化危为机，形成新的创新\n创造大潮。\n\n"
             "（作者为中国现代国际关系研究院副研究员）\n\n化危为机，形成新的创新创造大潮（经济透视）\n"
             "\n统计数据显示，今年4\n月，曼谷的塑料垃\n圾量同比暴增62%。\n"),
            (None, "化危为机，形成新的创新创造大潮（经济透视）", None),
            "统计数据显示", "（作者为中国现代国际关系研究院副研究员）",
            id="closed by a column label",
        ),
        pytest.param(
            ("本报讯 胜利一定属于全人类！\n\n担当道义，力促团结合作（钟声）\n"
             "——瞩目抗击新冠肺炎疫情的中国行动④\n\n当前，拉美地区疫情形势严峻。中国根据拉美国\n"
             "家需求，积极提供力所能及的帮助。\n"),
            (None, "担当道义，力促团结合作（钟声）", "——瞩目抗击新冠肺炎疫情的中国行动④"),
            "当前，拉美地区", None,
            id="label inside the block",
        ),
        pytest.param(
            ("本报讯 家电消费出现恢复性增长。\n\n"
             "家电消费回暖，人气更旺（消费视窗·消费回升看“大件”①）\n\n统计数据显示，今年4\n"
             "月，家电销售额同\n比增长12%。\n"),
            (None, "家电消费回暖，人气更旺（消费视窗·消费回升看“大件”①）", None),
            "统计数据显示", None,
            id="label with quotes and a number",
        ),
        pytest.param(
            ("本报讯 企业防疫与复工复产。\n\n新冠肺炎疫情发生以来，海外中企的责任与担当赢得当地\n"
             "广泛赞誉——\n“在困难的时候，中国朋友帮助了我\n们”（患难见真情 共同抗疫情）\n\n"
             "中美两国人民友好交往源远流长，即便美国一些\n政客执意要为中美关系制造麻烦。\n"),
            ("新冠肺炎疫情发生以来，海外中企的责任与担当赢得当地广泛赞誉——", "“在困难的时候，中国朋友帮助了我们”（患难见真情共同抗疫情）", None),
            "中美两国人民", None,
            id="label with a space",
        ),
        pytest.param(
            ("本报讯 书写更加光辉灿烂的人生。\n\n（作者为湖北省宜昌市秭归县干部）\n\n"
             "“到基层去”，无悔的选择（中国道路中国\n梦）\n\n坚持发展新时代“枫桥经验”，\n"
             "积极构建疫情防控联防联控、群\n防群控、智防智控的工作格局。\n"),
            (None, "“到基层去”，无悔的选择（中国道路中国梦）", None),
            "坚持发展新时代", None,
            id="label wrapped over two lines",
        ),
        pytest.param(
            ("本报讯 邮储银行北京分行有关负责人说。\n\n"
             "投放涉农贷款三百三十五亿元，邮储银行北京分行——\n金融活水助脱贫\n\n"
             "6月，麦收时节，豫西\n地区麦浪滚滚，一派繁\n忙的丰收景象。\n"),
            ("投放涉农贷款三百三十五亿元，邮储银行北京分行——", "金融活水助脱贫", None),
            "6月，麦收时节", None,
            id="a kicker's dash in the block",
        ),
        pytest.param(
            ("本报讯 全面推进科学立法、严格执法、公正司法、\n全民守法，推进法治中国建设。只有不断\n"
             "推进全面依法治国这一国家治理领域广泛\n而深刻的革命，才能不断提升国家治理体\n"
             "系和治理能力现代化水平。\n（作者为中央党校（国家行政学院）教授）\n\n"
             "用法治保障制度优势充分发挥（思想纵横）\n\n"
             "在新冠肺炎疫情防控期间，高校思政课从面对面的课堂\n"
             "教学转向以网络技术为依托的线上教学，这对思政课教\n"
             "学带来一些新挑战。应对新挑战，提高思政课教学实效，\n"
             "基础在教学内容，关键在以理服人，贵在改进教法，需\n要不断创新。\n"),
            (None, "用法治保障制度优势充分发挥（思想纵横）", None),
            "在新冠肺炎疫情防控期间", None,
            id="filling the column above a wider body",
        ),
        pytest.param(
            ("本报讯 新时代。\n\n坚持和完善中国特色社会主义制度推\n进国家治理体系和治理能力现代化我\n"
             "国国家制度和国家治理体系的显著优\n势必将更加充分地发挥出来我国人民\n"
             "将享有更加幸福安康的生活。\n\n彰显以人民为中心的根本立场（观察者说）\n\n"
             "习近平同志指出：“中国共产党的领\n导，就是支持和保证人民实现当家作\n"
             "主。”我国国家制度和国家治理体系\n之所以具有坚持以人民为中心的发展\n"
             "思想，不断保障和改善民生。\n"),
            (None, "彰显以人民为中心的根本立场（观察者说）", None),
            "习近平同志指出", None,
            id="wider than the column",
        ),
    ],
)
def test_a_comma_or_wide_heading_closes_the_body_above_and_the_next_body_starts(page, roles, next_body_start, body_end):
    """Column labels (also with a space, quotes, a number, or wrapped), a kicker's dash and the
    column geometry confirm a heading between two bodies."""
    first, second = _parse(page)
    assert (first.kicker, first.headline, first.subtitle) == roles
    assert second.headline is None and second.body.startswith(next_body_start)
    if body_end is not None:
        assert first.body.endswith(body_end)


def test_lines_below_a_column_label_open_the_next_body_set_in_the_same_column():
    # a column's label closes its headline: the heading-like line below it, cut off by a blank
    # line, opens the next body, though that body runs in the column of the one above
    page = ("本报讯 我们已走过千山万水，但\n仍需跋山涉水。努力蓄积\n不畏难的攻坚精神，脚步\n不停、奋斗不止，我们就\n"
            "没有什么困难不能战胜。\n\n蓄积不畏难的攻坚\n精神（人民论坛）\n\n在广东广州市石牌村社区\n\n"
            "入口处的通道，智能测温\n设备对每一名进入人员进\n行体温监测，实时精准监\n测着社区的防疫情况。\n\n"
            "刘伟委员——\n聚焦科技 矢志创新（代\n表委员履职故事）\n")
    essay, report = _parse(page)
    assert (essay.kicker, essay.headline) == (None, "蓄积不畏难的攻坚精神（人民论坛）")
    assert essay.body.endswith("没有什么困难不能战胜。")
    assert (report.kicker, report.headline) == ("刘伟委员——", "聚焦科技矢志创新（代表委员履职故事）")
    assert report.paragraphs[0].startswith("在广东广州市石牌村社区入口处的通道")


def test_a_pictures_label_opens_a_caption_and_the_designers_credit_closes_the_picture_story():
    # 图③：… opens a caption, cut off by a blank line, not a headline; below 版式设计：… no
    # sentence runs on, so 图片报道 is the picture story's headline
    page = ("本报讯 图②：安徽省马鞍山经开区企业技术人员在装\n配智能机器人设备。\n\n王文生摄\n\n"
            "图③：全国人大代表黄久生到车间调研防护服\n\n生产。\n\n新华社发\n\n"
            "图④：全国人大代表何健忠（右）调研牛心甘\n蓝菜种植销售情况。\n\n张宏伟摄\n\n版式设计：蔡华伟\n\n图片报道\n\n"
            "随着全国两会临近，全国人大代表、\n\n河北省武安市淑村镇白沙村党委书\n记侯二河更忙了。为了完善关于建\n"
            "立防贫长效机制的建议，他一直在\n走访调研。\n\n全国人大代表侯二河——\n为解决因病返贫问题献计策（履职故事）\n")
    pictures, report = _parse(page)
    assert (pictures.kicker, pictures.headline) == (None, "图片报道")
    assert "图③：全国人大代表黄久生到车间调研防护服生产。" in pictures.body.replace("\n", "")
    assert pictures.paragraphs[-1] == "版式设计：蔡华伟"
    assert report.headline == "为解决因病返贫问题献计策（履职故事）" and report.body.startswith("随着全国两会临近")
    assert finished(["版式设计：蔡华伟"])


@pytest.mark.parametrize("page, first_heading, second_opening", [
    # “…增产了两成多！”江苏一位 | blank | 80后新型职业农民感慨。: a paragraph cut off by a blank line;
    # a heading holds a closed exclamation only before its column's label
    (("本报讯 让新时代的乡村越来越美，让越来越多的乡村\n成为城市的“后花园”。\n\n致富靠双手，\n小康重实干\n\n"
      "“上了几次云培训，点\n对点指导，实时解难题，\n学会大棚温度和湿度控\n制技术，今年草莓增产\n了两成多！”江苏一位\n\n"
      "80后新型职业农民感慨。\n\n今年以来，各地农业部\n门充分发挥线上培训优\n势，空中学校、乡村大\n讲堂纷纷开课。\n\n"
      "线上培训助农增收\n"),
     (None, "致富靠双手，小康重实干"), "今年草莓增产了两成多！”江苏一位80后新型职业农民感慨。"),
    # a quotation trailing off (……”) with text after it: the next body's, and the epigraph above it
    (("本报讯 李保海说，“毕竟好日子不是等来的，而\n要想过稳定的好日子，就更得加油干了！”\n\n"
      "河北邯郸精准救助脱贫不稳定户、边缘易致贫户\n筑牢防贫坝 幸福留在家（一线探民生）\n\n"
      "愿意为别人掌灯，自己的周围也不\n会缺少光亮\n\n“咔嚓咔嚓……”梁恩化一手捋起\n\n"
      "小撮发丝，一手拿着剪刀做着细微\n的修剪。从1993年退休之后开了这\n个小店，剪一次发一元钱。\n\n"
      "一元理发店\n"),
     ("河北邯郸精准救助脱贫不稳定户、边缘易致贫户", "筑牢防贫坝幸福留在家（一线探民生）"), "愿意为别人掌灯，自己的周围也不会缺少光亮"),
])
def test_a_quotation_closed_with_text_after_it_opens_a_body_not_a_subtitle(page, first_heading, second_opening):
    first, second = _parse(page)
    assert (first.kicker, first.headline, first.subtitle) == (*first_heading, None)
    assert second_opening in second.paragraphs[0]


def test_a_credit_wrapped_mid_word_keeps_its_tail():
    page = ("本报讯 “新基建”，正当时。\n\n数据来源：科大讯飞股份有限\n公司\n\n"
            "科大讯飞用人工智\n能推进“新基建”\n")
    (item,) = _parse(page)
    assert item.headline == "科大讯飞用人工智能推进“新基建”"
    assert item.body.endswith("数据来源：科大讯飞股份有限公司")


def test_a_picture_agency_on_its_own_line_closes_the_body():
    page = "本报讯 图为一艘远洋运输轮在码头装载风电叶片。\n\n影像中国\n\n图片报道\n"
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == (None, "图片报道")
    assert item.body.endswith("影像中国")


@pytest.mark.parametrize("page, headline, body_end", [
    ("本报讯 村里有个大溶洞。\n\n那个溶洞，大洞套着十八小洞，也是本村美名的\n\n来由……\n\n腾飞的十八洞村\n",
     "腾飞的十八洞村", "也是本村美名的来由……"),  # 的
    ("本报讯 国务院办公厅日前发布通知。\n\n平台即日起公开征集关于\n\n政策落实的问题线索。\n\n平台征集问题线索\n",
     "平台征集问题线索", "公开征集关于政策落实的问题线索。"),  # a preposition of two characters
    (("本报讯 龙头企业签订了代养协议。“预计每户增收\n不少于4000元。”\n万州的山地高效农业正朝着\n\n"
      "“产业兴、生态美、百姓富”\n的目标阔步前进。\n\n满坡荒变\n成漫山绿\n"),
     "满坡荒变成漫山绿", "的目标阔步前进。"),  # a coverb with 着, not the headline of the body above
    ("本报讯 改革开放迎来新的时代。\n\n中国特色社会主义进入新\n\n时代，赋予改革开放新的\n时代内涵。\n\n推进经济体制改革\n",
     "推进经济体制改革", "进入新时代，赋予改革开放新的时代内涵。"),  # 新 waits for its noun
])
def test_a_block_ending_on_a_dangling_function_word_is_body(page, headline, body_end):
    (item,) = _parse(page)
    assert (item.kicker, item.headline, item.subtitle) == (None, headline, None)
    assert item.body.endswith(body_end)


@pytest.mark.parametrize("page, first_roles, second_body_start", [
    # a verb waiting for its object: the next paragraph's first line, cut off above the quotation
    (("本报讯 公司计划到2050年所\n有钢铁产能均实现“碳\n中和”。\n\n（本报柏林电）\n\n德国推动发展绿色氢能源\n\n"
      "欧盟委员会近期发布了\n\n“2030年生物多样性战\n略”和“从农场到餐桌\n战略”。作为“欧洲绿\n色协议”的重要组成部\n"
      "分，这两项战略共同致\n力于恢复生物多样性。\n\n欧盟谋求提高生态系统可持续性\n"),
     (None, "德国推动发展绿色氢能源", None), "欧盟委员会近期发布了“2030年"),
    # as wide as the column below, but ending on no verb: the subtitle
    (("本报讯 中央第五轮巡视的15个巡视组已全部进驻。\n\n十九届中央第五\n轮巡视全部进驻\n\n将在被巡视单位工作2个月左右\n\n"
      "“上山的游客多了，生意又旺\n起来了。”初夏时节，岚雾缭\n绕、林木葱郁的九连山进入最\n佳观赏期。\n\n九连山迎来游客\n"),
     (None, "十九届中央第五轮巡视全部进驻", "将在被巡视单位工作2个月左右"), "“上山的游客多了"),
    # ending on a verbal noun (胜利): a subtitle too
    (("本报讯 赵克志、周强、张军出席会议。\n\n郭声琨强调扎实推进重点行业领域专项整治\n\n夺取扫黑除恶专项斗争全面胜利\n\n"
      "“走，上地里插苗子了！”\n\n“好嘞！这就来！”\n\n这打头吆喝的，是湖北省麻城市\n黄土岗镇伍家河村的村民伍岳；\n"
      "应声而来的，是同村的老大姐们。\n天刚蒙蒙亮，伍岳就戴上草帽，\n扛上锄头，叫上大伙儿往地里赶。\n\n菊花开出致富路\n"),
     ("郭声琨强调扎实推进重点行业领域专项整治", "夺取扫黑除恶专项斗争全面胜利", None), "“走，上地里插苗子了！”"),
    # opening with a dash (…启示, a verb to jieba): a subtitle
    (("本报讯 建设彰显鲜明时代特征的节日文化体系。\n\n制图：蔡华伟\n\n强化认同 创新形式 丰富内涵（创\n造性转化创新性发展纵横谈）\n\n"
      "——中国节日文化“两创”启示\n\n“用户生产内容”依托互联网及\n其终端的广泛普及，调动起用户\n创作积极性，释放信息时代文化\n"
      "生产力。\n\n内容生产的新方式\n"),
     (None, "强化认同创新形式丰富内涵（创造性转化创新性发展纵横谈）", "——中国节日文化“两创”启示"), "“用户生产内容”"),
])
def test_a_line_filling_the_column_above_a_quotation_opens_the_body_where_its_verb_runs_on(
        page, first_roles, second_body_start):
    first, second = _parse(page)
    assert (first.kicker, first.headline, first.subtitle) == first_roles
    assert second.body.replace("\n", "").startswith(second_body_start)


def test_a_paragraph_closed_by_an_author_note_is_body():
    page = ("本报讯 护士们日夜守护患儿。\n\n作为患儿的“临时妈妈”，\n我们感到一切都值了！\n（作者为武汉儿童医院呼吸内科护士）\n\n"
            "我在隔离病房当“临时\n妈妈”（青春日记）\n")
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == (None, "我在隔离病房当“临时妈妈”（青春日记）")
    assert item.body.endswith("（作者为武汉儿童医院呼吸内科护士）")


def test_two_balanced_heading_lines_are_one_headline_cut_in_two():
    (item,) = _parse("本报讯 中央气象台预计，华北黄淮等地将出现高温天气。\n\n华北黄淮等地\n将迎高温天气\n")
    assert (item.kicker, item.headline) == (None, "华北黄淮等地将迎高温天气")


def test_core_reading_opens_the_next_article_below_a_continued_part():
    page = ("（上接第一版）\n两股劲儿合二为一，运动健身的步伐才会\n越来越有劲儿。\n\n"
            "核心阅读\n\n运动健身，如何选择适合自己的项目？\n\n锻炼，得用巧劲儿（健身新视野）\n")
    continued, article = _parse(page)
    assert continued.jump == "（上接第一版）" and continued.headline is None
    assert continued.body == "两股劲儿合二为一，运动健身的步伐才会越来越有劲儿。"
    assert article.headline == "锻炼，得用巧劲儿（健身新视野）" and article.body.startswith("核心阅读")


def test_a_notice_signed_by_organisations_and_dated_keeps_its_signature():
    page = ("本报讯 现将信用等级A级以上企业名单予以公告。\n\n中国房地产业协会\n\n2020年3月26日\n\n"
            "房地产开发企业信用等级公告\n")
    (item,) = _parse(page)
    assert item.headline == "房地产开发企业信用等级公告"
    assert item.body.replace("\n", "").endswith("予以公告。中国房地产业协会2020年3月26日")


@pytest.mark.parametrize("page, headline, kept", [
    pytest.param(
        "本报讯 中国空间站的设计研制，秉持规模适度、安\n全可靠、技术先进、经济高效的理念，总体\n"
        "上体现中国特色和技术进步。周建平说，中\n国的空间站可以进一步扩展，为未来留有发\n展空间。\n\n"
        "空间站怎么建？\n\n"
        "分为关键技术验证、建造和运营 3个阶段实\n施。长五B首飞后，将先后发射“天和”核\n心舱、“问天”实验舱和“梦天”实验舱。\n"
        "航天员将多次出舱活动。\n\n"
        "根据飞行任务规划，空间站工程分为关键技\n术验证、建造和运营3个阶段实施。中国载\n人航天工程办公室副主任林西强介绍，为完\n"
        "成空间站建造，共规划了12次飞行任务。\n\n揭秘中国空间站(深度观察)\n",
        "揭秘中国空间站(深度观察)", "展空间。\n空间站怎么建？\n分为关键技术验证", id="told by the column below, digits and all"),
    # 万鄂湘参加河南团审议 heads a section of a dispatch, and the paragraph below it is cut off by a
    # blank line after its first, full line: not a headline wrapped short of the column
    pytest.param(
        "新华社北京5月23日电 全国人大常委会等领导同志23日\n分别在十三届全国人大三次会议有关代表团与代表们一\n起审议。\n\n"
        "到代表团参加审议的领导同志有：曹建明、万鄂湘、王\n东明、白玛赤林、武维华、张军等。\n\n"
        "万鄂湘参加河南团审议\n\n全国人大常委会副委员长万鄂湘在参加河南代表团审议\n\n"
        "时说，政府工作报告直面疫情带来的严峻挑战，充分体\n现了以人民为中心的发展思想，是一个求真务实、笃志\n"
        "进取的好报告。\n\n全国人大常委会等领导同志分别参加十三届全国人大三次会议代表团审议\n",
        "全国人大常委会等领导同志分别参加十三届全国人大三次会议代表团审议",
        "张军等。\n万鄂湘参加河南团审议\n全国人大常委会副委员长万鄂湘在参加河南代表团审议时说", id="a dispatch's section, a line cut off below"),
    # a dispatch whose sections open on a kicker's dash (减税降费为促进复工复产发挥积极 | 作用——),
    # short of the column as a headline wrapped in its own type would be
    pytest.param(
        (FIXTURES / "dispatch_sections_under_dashes.txt").read_text(encoding="utf-8"), "财政收入降幅连续两月收窄",
        "3个领域。\n减税降费为促进复工复产发挥积极作用——\n今年以来", id="a dispatch's section under a kicker's dash"),
    # a dispatch that indents its paragraphs: a section's heading (李斌参加中共界委员小组讨 | 论)
    # falls two cells short of the column, as every paragraph's first line does
    pytest.param(
        (FIXTURES / "dispatch_sections_indented.txt").read_text(encoding="utf-8"),
        "全国政协领导同志分别参加全国政协十三届三次会议分组讨论",
        "职能。\n李斌参加中共界委员小组讨论\n全国政协副主席李斌在参加中共界委员小组讨论时说", id="a dispatch's section, paragraphs indented"),
])
def test_a_subheading_stays_inside_its_article(page, headline, kept):
    (item,) = _parse(page)
    assert item.headline == headline
    assert kept in item.body


@pytest.mark.parametrize("page, roles, body_end", [
    ("本报讯 用奋斗谱写时代华章。\n\n——编 者\n\n制图：蔡华伟\n\n闪光的青春 奋斗的华章\n",
     (None, "闪光的青春奋斗的华章"), "——编者制图：蔡华伟"),  # the editors' sign-off
    # a reader's signature, the name's last character wrapped (重庆九龙坡区  秦邦 | 佑): no People's
    # Daily kicker has one character
    (("本报讯 笔者近日在重庆市九龙坡区的道路旁发现，摩托车\n随意停放、抢占消防车道的现象比较突出。希望有关\n"
      "部门管一管，治一治。\n\n重庆九龙坡区  秦邦\n佑\n\n摩托车抢占消防\n车道（曝光）\n"),
     (None, "摩托车抢占消防车道（曝光）"), "治一治。重庆九龙坡区秦邦佑"),
    # a paragraph's line as wide as its column, cut off by the blank line set before a quotation:
    # the paragraph goes on below (…组织的一架 | blank | “复工专机”，…), no headline stands there
    (("本报讯 面对突如其来的新冠肺炎疫情，湖州统筹推进疫情防\n控和经济社会发展。2月初，吴兴区在全市首推“白\n"
      "名单”制度，在坚决落实量化细化闭环管控举措前提\n下，为符合条件的企业有序复工复产做好准备。10多\n"
      "天后，一架载有165名云南籍工人的专机飞抵上海虹\n桥机场，随后工人们分乘7 辆大巴回到了所属企业。\n"
      "这是吴兴区在启动复工复产后为辖区企业组织的一架\n\n"
      "“复工专机”，全部费用由政府买单，而从决策包机\n到接回工人只用了48小时。\n\n浙江湖州\n为推进长三角一体化蓄能\n"),
     ("浙江湖州", "为推进长三角一体化蓄能"), "组织的一架“复工专机”，全部费用由政府买单，而从决策包机到接回工人只用了48小时。"),
    # a designer's credit filling its column (two no-break spaces fill a cell), its last name
    # wrapped across a blank line (汪哲 | 平)
    (("飞船搜索回收预案，在\n返回舱降落伞没及时打\n开、返回舱掉入水中或\n降落在危险地带等场景，\n都可迅速启动处置方案。\n\n"
      "众手托举之下，新一代\n载人飞船试验船飞行试\n验任务获得预期效果。\n\n制图：张丹峰\u00a0\u00a0汪哲\n\n平\n\n"
      "新一代载人飞船试验船——\n亮点在哪里？\n"),
     ("新一代载人飞船试验船——", "亮点在哪里？"), "制图：张丹峰汪哲平"),
])
def test_the_closing_lines_of_a_body_stay_in_it_above_its_heading(page, roles, body_end):
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == roles
    assert item.body.replace("\n", "").endswith(body_end)


def test_a_credit_filling_the_column_runs_on_to_the_next_line():
    page = ("本报讯 环境全面提升，探索出一\n条协同推进生态优先和绿\n色发展新途径，推动新区\n高质量发展之路越走越宽\n"
            "广。\u3000\u3000数据来源：重庆\n两江新区管理委员会\n\n开放两江 智慧之城\n")
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == (None, "开放两江智慧之城")
    assert item.body.replace("\n", "").endswith("数据来源：重庆两江新区管理委员会")


def test_a_credit_ending_on_a_registered_company_name_does_not_run_on():
    # the source fills its column, but 有限公司 closes the name: the line below is the headline
    page = ("本报讯 所有的帮扶措施实实在\n在地解决问题。\u3000\u3000争取每\n一分效果：着力发掘贫困户的\n"
            "内生动力，取得优异成绩。数\n据来源：中国保利集团有限公司\n\n保国利民 助力脱贫攻坚\n\n"
            "——保利集团，扶贫在路上\n")
    (item,) = _parse(page)
    assert (item.kicker, item.headline, item.subtitle) == (None, "保国利民助力脱贫攻坚", "——保利集团，扶贫在路上")
    assert item.body.replace("\n", "").endswith("数据来源：中国保利集团有限公司")


def test_a_credit_runs_on_over_full_lines_and_across_a_blank_line():
    # started two full lines above the break
    page = ("本报讯 老师希望他们在离开\n学校走向远方时，心怀温暖。\n讲述人：中南民族大学化\n学与材料科学学院硕士生\n"
            "导师韩晓乐\n\n人生新一站 满满仪式感（解\n码·大学生毕业就业）\n")
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == (None, "人生新一站满满仪式感（解码·大学生毕业就业）")
    assert item.body.replace("\n", "").endswith("讲述人：中南民族大学化学与材料科学学院硕士生导师韩晓乐")
    # a blank line fell inside the credit
    page = ("与时代楷模黄文秀一道，获得了广西激励干\n部担当作为一等奖奖励，全系统共有两个集\n体、七名个人获得自治区激励干部担当作为\n"
            "通令嘉奖。\u3000\u3000数据来源：广西壮族自治区\n\n自然资源宣传中心\n\n广西 筑牢绿色高质量发展基石\n")
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == (None, "广西筑牢绿色高质量发展基石")
    assert item.body.replace("\n", "").endswith("数据来源：广西壮族自治区自然资源宣传中心")
    # the writers' credit (采写：) of a composite report
    page = ("本报讯 代表委员们纷纷建言献策。\n\n采写：本报记者蒋云龙、程远州、丁怡婷、申智林、窦\n瀚洋、徐驭尧\n\n"
            "代表委员履职建言\n落实“六保” 加油干（经济新方位）\n")
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == ("代表委员履职建言", "落实“六保”加油干（经济新方位）")
    assert item.body.replace("\n", "").endswith("申智林、窦瀚洋、徐驭尧")


def test_a_closing_note_below_heading_like_lines_returns_them_to_the_body():
    page = ("本报讯 让我们以实际行动迎接这个伟大时刻的到来吧！\n\n"
            "——复旦大学党委书记焦扬在清明追思陈望道活动\n暨启动仪式上说\n\n（本报记者  姜泓冰整理）\n\n"
            "真理的味道激励前行（声音）\n")
    (item,) = _parse(page)
    assert item.headline == "真理的味道激励前行（声音）"
    assert item.body.replace("\n", "").endswith("启动仪式上说（本报记者姜泓冰整理）")
    assert list(map(str, item.edge_notes)) == ["line 2 ——复旦大学党委书记焦扬在清明追…: a quotation's source: no heading group opens with a dash"]


def test_heading_like_lines_at_the_top_of_a_continued_part_are_its_subheadings():
    page = ("（上接第一版）\n海陆空“大动脉”东进南下\n\n深 度 融 入 “ 两 湾 ” 乘 风 破 浪\n\n"
            "《粤港澳大湾区发展规划纲要》和\n《北部湾城市群发展规划》的发布，\n为玉林市增添了发展的新动能。\n")
    (part,) = _parse(page)
    assert part.jump == "（上接第一版）" and part.headline is None
    assert part.body.replace("\n", "").startswith("海陆空“大动脉”东进南下深度融入“两湾”乘风破浪《粤港澳")
    assert list(map(str, part.edge_notes)) == ["line 1 海陆空“大动脉”东进南下: at the top of a continued part, which has no headline of its own"]


def test_an_unfinished_line_at_the_top_of_a_continued_part_runs_on():
    page = ("（上接第一版）\n“阳光收益”该如何分配、\n\n使用？\n\n“要是发到个人，人均不过\n2000元。”张宏成说，“不\n"
            "能‘洒毛毛雨’。”\n")
    (part,) = _parse(page)
    assert part.jump == "（上接第一版）" and part.headline is None
    assert part.body.replace("\n", "").startswith("“阳光收益”该如何分配、使用？“要是发到个人")


@pytest.mark.parametrize("trailing_off", [
    "这是“毕业之约”，也是属于她们的“成长之约”……",
    "“谁说种粮不赚钱，这么干，准行！”这位“80后”的种粮路不断探索向前……",  # its comma quoted
    "万州的山地高效农业正朝着“产业兴、生态美、百姓富”的目标阔步前进……",  # no list: its 、 quoted
])
def test_a_sentence_trailing_off_is_body_not_a_kicker(trailing_off):
    page = f"本报讯 毕业典礼在线上举行。\n\n{trailing_off}\n\n毕业季 新起点（深聚焦）\n"
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == (None, "毕业季新起点（深聚焦）")
    assert item.body.endswith(trailing_off)


def test_a_narrator_credit_and_a_qr_prompt_are_body():
    page = ("本报讯 毕业生们走上新岗位。\n\n讲述人：中南民族大学硕士生导师韩晓乐\n\n人生新一站 满满仪式感\n\n"
            "本报讯 两会期间推出系列报道。\n\n扫码观看《来了，2020全国两会》\n\n奋力两手抓 夺取双胜利\n")
    first, second = _parse(page)
    assert (first.kicker, first.headline) == (None, "人生新一站满满仪式感")
    assert (second.kicker, second.headline) == (None, "奋力两手抓夺取双胜利")


def test_a_photo_title_with_a_middle_dot_is_not_a_drawing_credit():
    page = ("本报讯 画师在墙体绘上特色乡土图案。\n\n宁文武摄（人民视觉）\n\n村·绘\n\n"
            "本报上海6月9日电（记者曹玲娟） 上海交通大学出版社近日出版纪实作品。\n\n图书聚焦精准防贫\n")
    first, second = _parse(page)
    assert (first.headline, second.headline) == ("村·绘", "图书聚焦精准防贫")
    assert first.body.endswith("宁文武摄（人民视觉）")


def test_a_heading_like_line_above_a_jump_line_closes_the_part_of_the_body():
    page = ("本报讯 村里继续出资帮搬迁户改建老宅，\n创造就业增收机会。\n\n要有组织实施之能\n\n（下转第二版）\n\n"
            "坚持人民至上 不断造福人民\n")
    (item,) = _parse(page)
    assert (item.kicker, item.headline, item.jump) == (None, "坚持人民至上不断造福人民", "（下转第二版）")
    assert item.paragraphs == ["村里继续出资帮搬迁户改建老宅，创造就业增收机会。", "要有组织实施之能"]


@pytest.mark.parametrize("credit", ["采写：本报记者蒋云龙 程远州", "信箱：rmrbdzlx@126.com；传真：（010）65368495"])
def test_a_writers_or_mailbox_credit_closes_the_body(credit):
    page = f"本报讯 代表委员们纷纷建言献策。\n\n{credit}\n\n落实“六保” 加油干（经济新方位）\n"
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == (None, "落实“六保”加油干（经济新方位）")
    assert item.body.replace("\n", "").endswith(credit.replace(" ", ""))


def test_a_kicker_dash_confirms_the_comma_headline_below_it():
    page = ("本报讯 “中美到底谁坚持了‘人民至上、生命至上’，答案一目了然。”\n\n外交部发言人——\n\n"
            "美国应对疫情表现既让\n人费解，也令人深思\n\n"
            "6月28日，在浙江湖州长兴经济\n技术开发区，工人们正在赶制外贸订单。\n\n吴  拯摄（影像中国）\n\n图片报道\n")
    first = _parse(page)[0]
    assert (first.kicker, first.headline) == ("外交部发言人——", "美国应对疫情表现既让人费解，也令人深思")
    assert first.body == "“中美到底谁坚持了‘人民至上、生命至上’，答案一目了然。”"


def test_a_column_labelled_heading_filling_the_column_is_not_body():
    # the heading fills the column of 16 (its closing bracket hangs); the text below is set 14 wide
    page = ("互联网无障碍技术，帮助更多人拥抱\n大千世界，实现心中理想，而这，也\n正是互联网发展的题中之义。\n\n"
            "互联网发展助力美好生活（人民时评）\n\n"
            "新冠肺炎疫情防控期间，语言服\n务行业在中国积极参与全球抗疫\n过程中贡献着力量，发挥了专业\n领域的服务作用。\n")
    first, second = _parse(page)
    assert first.headline == "互联网发展助力美好生活（人民时评）"
    assert first.body.endswith("正是互联网发展的题中之义。") and second.body.startswith("新冠肺炎疫情防控期间")


@pytest.mark.parametrize("page, body_start", [
    pytest.param("本报讯 副秘书长：潘立刚 张裔炯 蒋作君\n\n（新华社北京5月19 日电）\n\n"
                 "中国人民政治协商会议第十三届全国委\n员会第三次会议秘书长、副秘书长名单\n（2020年5月19日政协第十三届全国委员会\n"
                 "常务委员会第十次会议通过）\n\n眼下，丹寨县兴仁镇城望村大力发展扶\n贫产业，绿油油的秧田构成了一幅美丽\n"
                 "的夏日画卷。\n\n潘皇权摄（人民视觉）\n\n乡村秧田美如画\n", "副秘书长：潘立刚", id="in one block"),
    # a blank line between: the note below confirms the title all the same
    pytest.param("本报讯 秘书长：李斌（女）\n\n副秘书长：潘立刚\u00a0张裔炯\u00a0郭军\u00a0邹晓东\n（新华社北京5月19日电）\n\n"
                 "中国人民政治协商会议第十三届全国委\n员会第三次会议秘书长、副秘书长名单\n\n"
                 "（2020年5月19日政协第十三届全国委员会\n常务委员会第十次会议通过）\n\n■记者 曾萍君\n\n"
                 "本报讯 眼下，丹寨县加快农业产业\n结构调整步伐。\n\n乡村秧田美如画\n", "秘书长：李斌（女）",
                 id="in a block of its own"),
])
def test_an_adoption_note_confirms_a_title_with_a_list_comma(page, body_start):
    first, second = _parse(page)
    assert (first.headline, first.subtitle) == (
        "中国人民政治协商会议第十三届全国委员会第三次会议秘书长、副秘书长名单",
        "（2020年5月19日政协第十三届全国委员会常务委员会第十次会议通过）")
    assert first.body.startswith(body_start) and second.headline == "乡村秧田美如画"
    assert second.body.startswith("眼下，丹寨县")


def test_a_relayed_dispatch_opens_a_body_and_is_never_a_subtitle():
    page = ("本报讯 他的事迹在当地广为流传。\n\n王文成：\n\n全力以赴 以身殉职（为了民族复兴·英雄烈士谱）\n\n"
            "据新华社电（记者王菲）\n\n近日，中国政府向马来西亚提供的抗疫物资运抵吉隆坡。\n\n中国援助物资运抵\n")
    first, second = _parse(page)
    assert (first.kicker, first.headline, first.subtitle) == (
        "王文成：", "全力以赴以身殉职（为了民族复兴·英雄烈士谱）", None)
    assert second.body.startswith("据新华社电（记者王菲）") and second.headline == "中国援助物资运抵"


def test_a_credit_broken_by_a_blank_line_is_not_a_heading():
    page = ("本报讯 清理各类废旧渔排20.7万口，渔排升级改造44.4万口。\n\n新华社记者  姜克红\n\n摄\n\n呵护碧海\n")
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == (None, "呵护碧海")
    assert item.body.replace("\n", "").endswith("新华社记者姜克红摄")


def test_a_tips_label_stays_in_the_body():
    page = "本报讯 织金洞是国家5A级旅游景区。\n\n■小贴士\n\n景区每日限流三千人。\n\n洞天福地 如画织金\n"
    (item,) = _parse(page)
    assert item.headline == "洞天福地如画织金" and "小贴士" in item.body


def test_a_headline_shaped_like_place_and_name_is_not_a_signature():
    # a signature's name starts with a surname: 四川绵阳市 彭 宇 closes a letter, while
    # 梦里水乡 诗意流淌 (乡 + four characters) is the headline below the body
    page = ("本报讯 粉墙黛瓦，烟雨长廊，乌篷船摇曳着缓缓远去。\n\n梦里水乡，绮丽多姿的风光令人向往。\n\n"
            "梦里水乡 诗意流淌\n")
    (item,) = _parse(page)
    assert item.headline == "梦里水乡诗意流淌" and item.body.endswith("令人向往。")


def test_a_kicker_wrapped_onto_one_character_is_read_across_its_lines():
    # 作 + 为了… reads as 作为, but the kicker's text runs …就读工作 | 为了他们: no word is broken
    page = ("本报讯 教育部基础教育司负责人介绍了情况。\n\n加强残疾儿童少年义务教育阶段随班就读工\n作\n\n"
            "为了他们不失学辍学\n\n■记者 方婕\n\n本报讯 端午假期，吴桂春感动了很多人。\n\n文化是城市的灵魂\n")
    first, _ = _parse(page)
    assert (first.kicker, first.headline) == ("加强残疾儿童少年义务教育阶段随班就读工作", "为了他们不失学辍学")
    assert first.body == "教育部基础教育司负责人介绍了情况。"


def test_a_dateline_wrapped_before_its_dispatch_word_opens_a_lead():
    # 本报呼和浩特6月17日 | 电（记者张枨）: never the subtitle of the headline above
    page = ("本报讯 当前，越来越多的河湖向年轻人敞开大门。\n\n让青春向山向\n海（说道）\n\n本报呼和浩特6月17日\n"
            "电（记者张枨） 记者\n日前获悉：为有效应对干旱，当地行动起来。\n\n抗旱保苗\n")
    first, second = _parse(page)
    assert (first.headline, first.subtitle) == ("让青春向山向海（说道）", None)
    assert second.lead == "本报呼和浩特6月17日电（记者张枨）" and second.headline == "抗旱保苗"
    assert [(b.name, b.role) for b in second.bylines] == [("张枨", "记者")]


def test_a_graphics_credit_line_with_two_labels_is_not_a_heading():
    # 采访整理：… 数据来源：… holds two credit labels: credits, not the kicker of the headline below
    page = (
        "本报讯 国务院印发《新时期产业工人队伍建设改革方案》的第\n三年。 3年来，各相关部门加快改革、鼓励创新，通过\n"
        "加强产业工人职业技能培训、全面推行学徒制培训、组\n织产业工人赴海外交流学习、建设网络公共学习平台等\n"
        "多种方式，全面提高产业工人技术技能，近2 亿人的产\n业工人队伍茁壮成长。\n"
        "3年来，经过全总和相关部门持续推进，截至目前已建\n设698个高技能人才培训基地和862个国家级技能大师工\n"
        "作室；制定了工业机器人应用、大数据、 3D打印等技\n\n术技能人才培养方案，目前已建设13家实训基地。根据\n"
        "国家规划，从2019年至2021年， 3年共开展各类补贴性\n"
        "职业技能培训5000万人次以上；经过努力，到2021年底\n技能劳动者占就业人员总量的比例达到25%以上，高技\n"
        "能人才占技能劳动者的比例达到30% 以上。\n\n采访整理：本报记者  易舒冉    数据来源：中\n华全国总工会\n"
        "\n内容统筹：本报编辑  杨烁壁    图表设计：人\n民日报全媒体平台\n\n4800万高技能人才活跃在各行各业\n"
        "\n改革赋能近2\n亿产业工人\n\n"
    )
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == ("4800万高技能人才活跃在各行各业", "改革赋能近2亿产业工人")
    assert "".join(item.body.split()).endswith(
        "采访整理：本报记者易舒冉数据来源：中华全国总工会内容统筹：本报编辑杨烁壁图表设计：人民日报全媒体平台")


def test_a_photo_caption_below_a_continued_part_is_not_the_next_article_column():
    # the caption is set 10 cells wide under its photo; the part above it (24 cells) goes on to
    # its last paragraph, and only the caption goes to the photo
    page = (
        "（上接第二版）\n在我国，开药方式大多为口服药、注射或栓剂。“透\n皮给药是口服、注射之外的用药方式，安全性更有保\n\n"
        "障。”龙本威介绍，皮肤作为人体面积最大的组织器\n官，皮肤角质层细胞呈紧密排列状态，外界物质不易\n"
        "透过。但是当高水负荷状态下，水分深入角质层，使\n紧密排列的细胞结构被打乱，药物可以更容易渗入，\n\n"
        "从而被吸收。在皮肤表面给药的药效与口服药物相当，\n并可持续控制给药速度，灵活给药，减少副作用。\n\n"
        "据爱尔兰市场研究机构预计，到2024年底全球透皮给\n药市场将达到73.58亿美元（约合495亿元人民币）。\n"
        "2018年11月，国家统计局公布了《战略性新兴产业分\n类（2018）》，在生物医学工程产业领域，透皮和黏\n"
        "膜给药制剂新剂型工艺技术基础研究被列入重点产品\n和服务。\n\n近日，在浙大之光平湖\n数字经济产业园，项目\n"
        "建设正在加快推进中。\n\n■摄影 程琬\n\n赶制订单\n\n"
    )
    part, photo = _parse(page)
    assert part.jump == "（上接第二版）" and part.body.endswith("和服务。")
    assert photo.kind == "photo" and photo.headline == "赶制订单"
    assert photo.body == "近日，在浙大之光平湖数字经济产业园，项目建设正在加快推进中。"


def test_an_advertisers_sign_off_ends_the_body():
    # …提供有力保障。 + full-width spaces + 伊利: the sentence is over, the comma block below is the
    # heading (a photo's caption follows it), not the sentence running on
    page = ("本报讯 伊利愿与社会各界携手，共话健康议题、共建健康\n生态、共享健康成果，积极构建“全球健康生态圈”，\n"
            "为全面建成小康社会提供有力保障。\u3000\u3000伊利\n\n没有全民健康，就没有全面小康加快推进健康\n"
            "中国建设努力全方位、全周期保障人民健康\n\n日前，志愿者走进社区，\n为老年人提供义诊服务。\n\n"
            "■摄影 熊珊\n\n抢收早稻\n")
    article, photo = _parse(page)
    assert article.headline == "没有全民健康，就没有全面小康加快推进健康中国建设努力全方位、全周期保障人民健康"
    assert photo.kind == "photo" and photo.headline == "抢收早稻"


def test_a_credit_after_full_width_spaces_is_no_sign_off():
    from pipelines.core.segment import finished

    assert finished(["为全面建成小康社会提供有力保障。\u3000\u3000伊利"])
    assert not finished(["加快迈向“万亿工业时代”。\u3000\u3000数据来"])  # 数据来 | 源：… runs on


_OPINION_BODY = ("习近平总书记强调：“伟大出自\n平凡，英雄来自人民。”把每一\n项平凡工作做好就是不平凡，\n"
                 "把每一项小事做好就是大事业。\n\n")
_PHOTO_REPORT = ("沪通长江大桥主航道桥是一座双\n塔五跨三索面斜拉桥，全桥共有\n432 根斜拉索，每根都需要安装\n"
                 "两个减震器和一个永久阻尼器，\n从而减轻桥梁的震动。\n\n忙碌的假日\n")


def test_a_column_label_closes_a_headline_set_in_the_body_column():
    page = _OPINION_BODY + "坚守平凡岗位 成就\n不凡人生（今日谈）\n\n" + _PHOTO_REPORT
    first, second = _parse(page)
    assert (first.headline, second.headline) == ("坚守平凡岗位成就不凡人生（今日谈）", "忙碌的假日")


@pytest.mark.parametrize("lines", [
    "巩固防疫成果推动经济发展\n应勇代表（湖北省委书记）",  # a speaker's office
    "——赵郁代表（北京奔驰汽车\n有限公司首席技师）",  # an attribution
    "不离土地紧跟时代（记者手记）",  # the body's own label
])
def test_brackets_that_name_no_column_leave_a_subheading_in_the_body(lines):
    (item,) = _parse(_OPINION_BODY + lines + "\n\n" + _PHOTO_REPORT)
    assert item.headline == "忙碌的假日" and lines.replace("\n", "") in item.body.replace("\n", "")


def test_a_heading_line_narrower_than_the_line_below_does_not_run_on_into_it():
    page = ("本报讯 注重拓宽公众参与和协商的渠道，着力提升城\n市治理的人文关怀。\n\n"
            "总结成功经验 继续先行先试\n\n用好制度创新这一制胜武器（新知新觉）\n\n"
            "本报讯 当前，经过全国上下艰苦努力，我国疫情\n防控向好态势进一步巩固。\n\n复工复产\n")
    first, second = _parse(page)
    assert (first.kicker, first.headline) == ("总结成功经验继续先行先试", "用好制度创新这一制胜武器（新知新觉）")
    assert (second.lead, second.headline) == ("本报讯", "复工复产")
    # a body line broken by a blank line across 订立合 | 同 still runs on
    (item,) = _parse("本报讯 双方在会上签订了合作协议，订立合\n\n同。会议认为，合作前景广阔。\n\n会议召开\n")
    assert item.headline == "会议召开" and "订立合同。" in item.body


def test_a_line_wider_than_the_column_does_not_continue_a_credit_that_fills_it():
    page = ("本报讯 到2021年底技能劳动者\n占就业人员总量的比例达到\n25%以上，高技能人才占比\n达到30%以上。\n\n"
            "内容统筹：本报编辑  杨烁壁\n图表设计：人民日报全媒体平台\n\n"
            "4800万高技能人才活跃在各行各业\n\n改革赋能近2亿产业工人\n")
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == ("4800万高技能人才活跃在各行各业", "改革赋能近2亿产业工人")


_NARROW_BODY = ("越到最后时刻越要响鼓重锤，让扶贫举措\n更精准、办事作风更端正、把关考核更严\n格。各级党委政府紧绷责任之弦，夯实作\n"
                "风之基，尤需通过紧抓落实来体现。\n\n")


@pytest.mark.parametrize(
    "page, first_heading, second_headline, second_body",
    [
        pytest.param(  # a column label may end with the part of a series
            "本报讯 技能人才的支撑作用日益显著，企业\n对高技能人才的需求越来越大。\n\n"
            "技能培养传帮带，产教融合长本领\n蓝领“含金量”更高了（第一落\n点·关注高技能人才(上)）\n\n"
            "半山腰突遇大雨，往山顶走，顶风冒\n雨；向山下跑，风缓雨舒。此时，应\n该继续上山还是下山？\n\n"
            "世上无难事 只要肯登攀（人民论坛）\n",
            ("技能培养传帮带，产教融合长本领", "蓝领“含金量”更高了（第一落点·关注高技能人才(上)）", None),
            "世上无难事只要肯登攀（人民论坛）", "半山腰突遇大雨", id="column label with a series part"),
        pytest.param(  # headline type is larger than body type: the heading wraps mid-word (新时|代,
            # 三|次) in a 10-cell column above text set 18 wide, so it is no subheading
            "脱贫攻坚是一项较真碰硬的工作，越到最\n后时刻越要响鼓重锤，让扶贫举措更精准、\n办事作风更端正。\n\n"
            "同心奔小康 奋进新时\n代\n——全国政协十三届三\n次会议开幕侧记\n\n" + _NARROW_BODY + "用硬功夫完成硬任\n务（人民时评）\n",
            (None, "同心奔小康奋进新时代", "——全国政协十三届三次会议开幕侧记"),
            "用硬功夫完成硬任务（人民时评）", "越到最后时刻", id="heading wrapped short of the body column"),
        pytest.param(  # a subtitle's clause ends in ； on its own line: no body ends so
            "本报讯 会议指出，要完善制度机制，从制度\n上铲除乱收费的土壤。\n\n会议还研究了其他事项。\n\n"
            "李克强主持召开\n国务院常务会议\n部署引导金融机构进一步向企业合理让利，助力稳住经济基本盘；\n"
            "要求加快降费政策落地见效，为市场主体减负\n\n"
            "本报北京6月17日电 6月17日，国务委员兼外\n长王毅同印度外长苏杰生通电话。\n\n王毅同印度外长通电话\n",
            (None, "李克强主持召开国务院常务会议",
             "部署引导金融机构进一步向企业合理让利，助力稳住经济基本盘；要求加快降费政策落地见效，为市场主体减负"),
            "王毅同印度外长通电话", "6月17日，国务委员", id="subtitle clauses joined by a semicolon"),
        pytest.param(  # an exclaiming kicker with no blank below it: the heading's, not the body's
            "本报讯 各地税务部门依法查处“假申报”行\n为，切实维护国家税收安全。\n\n"
            "骗取疫情防控税收优惠，违法！\n1859户违法企\n业被立案检查\n\n"
            "本报上海6月8日电（记者巨云鹏） 8日，\n人才大会在青浦区举行。\n\n人才大会在青浦举行\n",
            ("骗取疫情防控税收优惠，违法！", "1859户违法企业被立案检查", None),
            "人才大会在青浦举行", "8日，人才大会", id="exclaiming kicker above its headline"),
        pytest.param(  # three heading lines in one block, all short of the column: kicker and a
            # headline wrapped, though the next body is set in the same 14-cell column
            "到广州未来在数字经济领域勇于\n进取的信心和决心，腾讯、阿里\n巴巴、国美、小米、欢聚时代、\n"
            "唯品会、环球市场等一批项目正\n加快建设。阿里巴巴集团、蚂蚁\n金服战略发展部华南区总经理刘\n"
            "楠说，“广州是人工智能与数字\n经济发展的一片热土、一块试验\n田，前景十分广阔”。\n\n"
            "数字经济为发展注入活力\n广州加快提升\n经济新动能\n\n"
            "浙江新再灵科技股份有限公司（\n简称“新再灵科技”）是一家基\n于电梯场景的人工智能和大数据\n"
            "服务企业，致力于提升电梯安全\n管理能力和效率。\n\n"
            "新再灵科技给电梯植入“智慧大脑”\n",
            ("数字经济为发展注入活力", "广州加快提升经济新动能", None),
            "新再灵科技给电梯植入“智慧大脑”", "浙江新再灵科技", id="kicker and wrapped headline in one block"),
        pytest.param(  # a headline with a comma cut in two balanced lines below its kicker, both
            # short of the 13-cell column below
            "本报讯 报告提出，五是不断强化地方政府债务管\n理；六是加快推进财税改革。\n\n全国人民代表大会财政经济委员会\n\n"
            "依法开展二〇二〇年\n计划、预算审查工作\n\n“今天是我的生日，‘健康包’\n是我收到的最好礼物。”在俄罗\n"
            "斯卡尔梅克国立大学就读俄语预\n科的中国留学生山草克图说。\n\n“祖国永远是我们最坚强后盾”\n",
            ("全国人民代表大会财政经济委员会", "依法开展二〇二〇年计划、预算审查工作", None),
            "“祖国永远是我们最坚强后盾”", "“今天是我的生日", id="headline with a comma cut in two below its kicker"),
        pytest.param(  # a headline with a comma over its dash subtitle in one block, set in the
            # body's own column
            "目或产品。国家队运动员与爱好\n者在线比拼体能，发挥了接地气、\n聚人气的正向效应。\n\n"
            "“直播作为体育供给侧激发的创\n新形式，给大众提供了更多可能\n性，也增强了人们对体育的兴趣。\n"
            "从这一点来说，直播对体育事业\n和体育产业都有贡献。”张庆说。\n\n打开一扇窗，让\n更多人爱上运动\n——探析体育直播（上）\n\n"
            "把杭州亚运会办成一届与\n美紧密相连的亚运盛会，\n需要专业人士按规律办事，\n也需要城市用心、用情把\n"
            "亚运会装点成美美与共、\n多姿多彩的盛会。\n\n用心用情呈现亚运之美（体坛观澜）\n",
            (None, "打开一扇窗，让更多人爱上运动", "——探析体育直播（上）"),
            "用心用情呈现亚运之美（体坛观澜）", "把杭州亚运会", id="comma headline over its dash subtitle"),
        pytest.param(  # a dash subtitle with a comma in a block of its own, below its headline,
            # over a body that opens without a lead
            "服务”，加强政务服务移动端建设，构建全\n省一体化在线政务服务平台，实现部门间数\n据共享，推进政务服务标准化。\n\n"
            "高质量高标准建设\n海南自由贸易港\n\n——访海南省委书记、省人大常委会主任刘赐贵\n\n"
            "6月4日，经国家专家组评估确认，武汉市\n5月份确诊的7名新冠肺炎病例中的最后3\n名患者均达到出院标准。至此，武汉市在\n"
            "院新冠肺炎患者人数第二次实现清零。\n\n巩固防控成果严防出现反弹\n",
            (None, "高质量高标准建设海南自由贸易港", "——访海南省委书记、省人大常委会主任刘赐贵"),
            "巩固防控成果严防出现反弹", "6月4日", id="dash subtitle with a comma in its own block"),
    ],
)
def test_a_heading_closes_the_article_above(page, first_heading, second_headline, second_body):
    first, second = _parse(page)
    assert (first.kicker, first.headline, first.subtitle) == first_heading
    assert second.headline == second_headline and second.body.startswith(second_body)


def test_an_officials_name_wrapped_below_the_signature_stays_in_it():
    page = ("本报讯 我们将继续坚持标本兼治、综合治理，\n切实维护人民群众的根本利益。\n"
            "——福建省连江县纪委书记、监委主任\u00a0程\n靖\n\n补助款领取单为何字迹雷同（监督哨）\n")
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == (None, "补助款领取单为何字迹雷同（监督哨）")
    assert item.body.replace(" ", "").replace("\u00a0", "").endswith("监委主任程靖")


def test_a_dash_subtitle_already_gathered_confirms_no_block_below_it():
    # 让青春焕发出更加绚丽的光彩 | ——海外中国青年热议…一周年 closed the group: the sentence
    # below (a pull quote) opens the next body, it is no second subtitle
    from pipelines.core.segment import (
        Item,
        _Draft,
        _opens_dash_subtitle_below_headline,
        build_blocks,
    )

    headline, subtitle, quote = build_blocks(read_lines(
        "让青春焕发出更加绚丽的光彩\n\n——海外中国青年热议习近平总书记在纪念五四运动100周\n年大会上发表重要讲话一周年\n\n"
        "美国一些政客的拙劣表演，只会破坏全球合作\n抗疫的努力，破坏命运与共的共识\n"))
    below_headline = _Draft(Item("article", 0), heading_blocks=[headline])
    below_subtitle = _Draft(Item("article", 0), heading_blocks=[headline, subtitle])
    assert _opens_dash_subtitle_below_headline(below_headline, subtitle)
    assert not _opens_dash_subtitle_below_headline(below_subtitle, quote)


@pytest.mark.parametrize("section", [
    "赴布基纳法索专家组\n长达8小时的交流会\n梁 樑\n",  # signed by its writer
    "港区国安法\n为香港长治久安创造\n香港学者刘兆佳\n",  # its last two lines not cut evenly
], ids=["signed", "not cut evenly"])
def test_a_section_heading_of_three_lines_stays_in_the_body(section):
    # a section's heading inside an article set in a 12-cell column
    page = ("两周的时间里，专家组竭尽\n所能为埃塞俄比亚抗击疫情\n提供帮助。埃塞卫生部长莉\n亚表示，疫情发生以来，埃\n"
            "中两国密切合作、相互支持。\n\n" + section + "\n"
            "专家组抵达布基纳法索后，\n先后赴布基纳法索卫生部、\n世界卫生组织驻布代表处进\n行深入座谈。\n\n中国医疗专家组在非洲\n")
    (item,) = _parse(page)
    assert item.headline == "中国医疗专家组在非洲" and section.split("\n")[1] in item.body.replace("\n", "")


def test_a_caption_below_an_article_without_a_lead_is_split_off_it():
    page = ("第一千二百五十九条 民法所称的“以上”、“以下”、“以\n内”、“届满”，包括本数。\n\n"
            "第一千二百六十条 本法自2021年1月1日起施行。\n\n"
            "昨天上午，学生们在科技\n馆内体验机器人编程课程。\n\n■摄影 马刚\n\n抢收早稻\n")
    article, photo = _parse(page)
    assert article.kind == "article" and article.body.endswith("本法自2021年1月1日起施行。")
    assert (photo.kind, photo.headline, photo.body) == ("photo", "抢收早稻", "昨天上午，学生们在科技馆内体验机器人编程课程。")


def test_a_title_over_a_long_adoption_note_is_one_heading_however_many_lines():
    note = ("（1995年10月30日第八届全国人民代表大会常务委员会第十六次会\n议通过 2004年12月29日第十届全国人民代表大会常务委员会第十\n"
            "三次会议第一次修订 根据2013年6月29日第十二届全国人民代表大\n会常务委员会第三次会议《关于修改〈中华人民共和国文物保护法\n"
            "〉等十二部法律的决定》第一次修正 根据2015年4月24日第十二届\n全国人民代表大会常务委员会第十四次会议《关于修改〈中华人民\n"
            "共和国港口法〉等七部法律的决定》第二次修正 2020年4月29日第\n十三届全国人民代表大会常务委员会第十七次会议第二次修订）\n")
    page = ("本报讯 第一百二十六条 本法自2020\n年9月1日起施行。\n\n（新华社北京4月 29日电）\n\n"
            "中华人民共和国固体\n废物污染环境防治法\n" + note + "\n"
            "近日，某企业生产车间内，工人\n正在赶制订单。\n\n■摄影 姜 伟\n\n义诊进社区\n")
    law, photo = _parse(page)
    assert (law.headline, law.subtitle[:12]) == ("中华人民共和国固体废物污染环境防治法", "（1995年10月30日")
    assert law.subtitle.endswith("第二次修订）") and law.body.endswith("（新华社北京4月29日电）")
    assert (photo.kind, photo.headline, photo.body) == ("photo", "义诊进社区", "近日，某企业生产车间内，工人正在赶制订单。")


def test_a_photo_report_below_confirms_a_heading_with_a_comma():
    page = ("本报讯 双方同意保持沟通\n协调，推动取得积极成效。\n\n刘鹤与莱特希泽、姆努钦通话\n\n"
            "5月7日，江苏连云港码头一批风电\n设备正在装船出口海外。近年来，\n\n"
            "江苏连云港市大力发展风电设备制\n造产业，一批又一批风电设备从连\n云港装船出口到海外。\n\n"
            "耿玉和摄（影像中国）\n\n图片报道\n\n"
            "本报讯 国务委员兼国防部长魏凤和8日分\n别同俄罗斯国防部长绍伊古通电话。\n\n魏凤和通电话\n")
    talks, photo, call = _parse(page)
    assert (talks.headline, photo.headline, call.headline) == ("刘鹤与莱特希泽、姆努钦通话", "图片报道", "魏凤和通电话")
    confirmed = "heading-like but for a comma, confirmed by its layout (above a photo report)"
    assert list(map(str, talks.edge_notes)) == [f"line 3 刘鹤与莱特希泽、姆努钦通话: {confirmed}"]
    assert photo.body.startswith("5月7日") and photo.body.endswith("耿玉和摄（影像中国）")
    # a caption's own line cut off by a blank line fills the caption's column: no heading
    page = ("本报讯 双方同意保持沟通\n协调，推动取得积极成效。\n\n近日，大桥建成后将成为连接\n\n"
            "合江县南岸老城区和北岸新城\n区的重要通道，结束两岸居民\n摆渡过江的历史，意义重大。\n\n"
            "耿玉和摄（影像中国）\n\n图片报道\n")
    (item,) = _parse(page)
    assert item.headline == "图片报道" and "大桥建成后将成为连接合江县" in item.body.replace("\n", "")


def test_a_block_opening_with_a_word_that_only_continues_a_sentence_runs_on_across_the_blank():
    page = ("本报杭州6月11日电 近日，浙江温岭建立制\n度，对企业开展帮扶指导。\n\n"
            "据介绍，市级扶企服务专班\n整合该市16个镇（街道）\n\n的市级机关精干力量，下沉\n一线，为企业送政策。\n\n"
            "干部下沉一线\n助力复工复产\n")
    (item,) = _parse(page)
    assert item.headline == "干部下沉一线助力复工复产"
    assert item.body.endswith("据介绍，市级扶企服务专班整合该市16个镇（街道）的市级机关精干力量，下沉一线，为企业送政策。")


def test_opens_mid_sentence_reads_the_first_word():
    from pipelines.core.segment import opens_mid_sentence

    assert opens_mid_sentence("的市级机关") and opens_mid_sentence("们都说")
    assert not opens_mid_sentence("的确如此") and not opens_mid_sentence("市级机关")


def test_quotations_trailing_off_are_body_not_a_heading():
    page = ("本报香港5月28日电 许多市民除签名之外，还在留\n言簿上留言。\n\n"
            "“打击黑暴，国泰民安！”\n“严惩暴徒，恢复香港安宁！”……\n\n句句道出市民心声。\n\n"
            "香港各界支持全国人大决定\n")
    (item,) = _parse(page)
    assert item.headline == "香港各界支持全国人大决定"
    assert item.body.endswith("“打击黑暴，国泰民安！”\n“严惩暴徒，恢复香港安宁！”……\n句句道出市民心声。")


def test_a_line_leaving_a_title_mark_open_is_no_heading():
    page = ("本报北京6月12日电 中斯两国政党11日成立共\n商机制并举行第一次会议。\n"
            "会议通过了《中斯政党支持高质量共建\n\n“一带一路”共同倡议》。\n\n"
            "中斯政党共商机制成立\n")
    (item,) = _parse(page)
    assert item.headline == "中斯政党共商机制成立"
    assert item.body.endswith("\n会议通过了《中斯政党支持高质量共建“一带一路”共同倡议》。")


def test_a_signature_spaced_out_by_justification_closes_the_letter():
    page = ("本报讯 建议商家和顾客多想想办法，尽量减少一次性塑\n料制品的使用，防止加剧白色污染。\n\n"
            "山 东 威 海 市 \u00a0 石 志 新\n\n身边事\n")
    (item,) = _parse(page)
    assert (item.kicker, item.headline) == (None, "身边事")
    assert item.body.endswith("防止加剧白色污染。\n山东威海市石志新")


@pytest.mark.parametrize("page, headline, run_on", [
    # 赴布基纳法索专家组 | 长达8小时的交流会 holds 组长 by chance: a section of the feature above,
    # not a narrow heading
    (("本报讯 专家组的到来进一步加强了双方的医\n疗卫生防疫合作与交流，将极大提振埃方防\n疫抗疫的信心和能力，为非洲成功遏制疫情\n作出积极贡献。\n\n"
      "赴布基纳法索专家组\n长达8小时的交流会\n\n"
      "4月16日，中国专家组抵达布基纳法索。专\n家组先后赴布基纳法索卫生部、世界卫生组\n织驻布办事处和当地医院，与医护人员深入\n交流。\n\n"
      "非洲抗疫一线的中国医生\n"),
     "非洲抗疫一线的中国医生", "赴布基纳法索专家组长达8小时的交流会"),
    # a line ending in a number runs on into a line opening with its unit
    (("本报珠峰大本营5月2日电（记者袁泉） 2020珠峰高程测量首场新闻发布会\n4月30日在珠峰大本营召开。\n\n"
      "今年正值中国和尼泊尔建交65\n\n周年，为落实《中华人民共和国和尼泊尔联合声明》，自然资\n源部组织了2020珠峰高程测量工作。\n\n"
      "2020珠峰高程测量正式启动\n"),
     "2020珠峰高程测量正式启动", "今年正值中国和尼泊尔建交65周年，为落实"),
])
def test_heading_like_lines_that_run_on_stay_in_the_body(page, headline, run_on):
    (item,) = _parse(page)
    assert item.headline == headline
    assert run_on in item.body.replace("\n", "")


def test_a_bullet_opens_a_paragraph_and_its_short_unfinished_line_closes_it():
    page = ("本报讯 国务院总理李克强22日在作政府工作报告时\n说，去年我国发展面临诸多困难挑战。\n"
            "●今年发展主要目标和总体部署\n"
            "国务院总理李克强22日在作政府工作报告时说，\n做好今年政府工作，要稳中求进。\n\n"
            "政府工作报告要点\n")
    (item,) = _parse(page)
    assert item.paragraphs == ["国务院总理李克强22日在作政府工作报告时说，去年我国发展面临诸多困难挑战。",
                               "●今年发展主要目标和总体部署",
                               "国务院总理李克强22日在作政府工作报告时说，做好今年政府工作，要稳中求进。"]


@pytest.mark.parametrize(
    "page, headline, body_part",
    [
        pytest.param(  # ■ 特点一：… opens 252 People's Daily paragraphs; a heading opens with a bullet
            # only as a kicker handing over with a dash (■ 火神山医院维保组——)
            "年年岁岁花相似，岁岁年年人不同。今年获\n奖的项目呈现五大特点。\n\n"
            "■特点一：青年人才已成为基础研究领域的有\n生力量\n\n"
            "国家自然科学奖获奖成果完成人平均年龄有\n所下降，青年人才挑起大梁。\n\n"
            "2019年国家科技奖获奖项目五大特点\n",
            "2019年国家科技奖获奖项目五大特点", "\n■特点一：青年人才已成为基础研究领域的有生力量\n",
            id="bulleted subheading"),
        pytest.param(  # 中华人民共和国主席\u00a0习 fills the 11-cell column with its space, so it runs
            # on mid-name into 近平: the order's signature, not a headline closing the text above
            "本报讯 中华人民共和国\n主席令\n\n第四十五号\n\n《中华人民共和国民法典》\n已由中华人民共和国第十\n"
            "三届全国人民代表大会第\n三次会议于2020年5月28\n日通过，现予公布，自\n2021年1月1日起施行。\n\n"
            "中华人民共和国主席\u00a0习\n近平\n\n2020年5月28日\n目\u00a0录\n\n第一编\u00a0总\u00a0则\n\n"
            "第一章\u00a0基本规定\n\n第二章\u00a0自然人\n第一节\u00a0民事权利能力和\n民事行为能力\n\n"
            "中华人民共和国民法典\n",
            "中华人民共和国民法典", "起施行。\n中华人民共和国主席习近平", id="a no-break space is set as a character"),
        pytest.param(  # the sample's paper indents each paragraph two cells, which extraction drops:
            # the text below the subheading is still set in the 16-cell column above
            "巍巍太行，绵绵吕梁，群山叠翠，\n汾河荡漾。初夏时节，三晋大地生机\n勃勃，处处是忙碌的景象。\n\n"
            "在决胜全面建成小康社会、决战\n脱贫攻坚的关键时刻，习近平总书记\n来到山西考察调研，看望干部群众。\n\n"
            "“更好日子还在后头呢”\n\n"
            "离黄花种植基地不远的西坪镇坊\n城新村，是一个易地扶贫搬迁集中安\n置点，全村搬来了几百户人家。\n\n"
            "一排排白墙飞檐的平房小院，透\n出晋北传统民居的特色，村里的道路\n宽敞整洁，绿树成荫。\n\n"
            "沿着宽敞整洁的水泥路，习近平\n总书记走进新村，同乡亲们亲切交谈，\n询问他们的生活情况。\n\n"
            "蹚出新路子 书写新篇章\n",
            "蹚出新路子书写新篇章", "\n“更好日子还在后头呢”\n", id="indented paragraphs set the column by inner lines"),
        pytest.param(  # the Civil Code's articles indented: their 20-cell first lines outnumber the
            # 22-cell full lines, yet the column is 22, so a full line is not set across columns
            "第一百三十七条\u00a0\u00a0以对话方式作出的意思表\n示，相对人知道其内容时生效。\n\n"
            "第一百三十八条\u00a0\u00a0无相对人的意思表示，表\n示完成时生效。法律另有规定的，依照其规定。\n\n"
            "第一百三十九条\u00a0\u00a0以公告方式作出的意思表\n示，公告发布时生效。\n"
            "第一百四十条\u00a0\u00a0行为人可以明示或者默示作\n出意思表示。\n\n"
            "以非对话方式作出的意思表示，到达相对人时\n生效。以非对话方式作出的采用数据电文形式的意\n"
            "思表示，相对人指定特定系统接收数据电文的，该\n数据电文进入该特定系统时生效；未指定特定系统\n"
            "的生效时间另有约定的，按照其约定。\n\n"
            "第一百四十一条\u00a0\u00a0行为人可以撤回意思表示。\n撤回意思表示的通知应当在意思表示到达相对人前\n\n"
            "或者与意思表示同时到达相对人。\n\n"
            "中华人民共和国民法典\n",
            "中华人民共和国民法典", "撤回意思表示的通知应当在意思表示到达相对人前或者与意思表示同时到达相对人。",
            id="indented one- and two-line paragraphs"),
        pytest.param(  # a name with its office in brackets is no column label closing a heading
            "本报讯 本版邀请部分专家和业内人士，共同探讨旅游\n演艺的现状和未来。\n\n对话人：\n\n周飞亚（本报记者）\n\n"
            "潘 燕（中国演出行业协会秘书长）\n\n戴 斌（中国旅游研究院院长）\n\n"
            "记者：中国的旅游演艺经历了哪几个发展阶段？产生了\n哪些演出类型？\n\n旅游演艺，让“诗”和“远方”在一起（文化圆桌）\n",
            "旅游演艺，让“诗”和“远方”在一起（文化圆桌）", "周飞亚（本报记者）", id="speakers with their offices"),
        pytest.param(  # a quotation's dash wrapped to a line's start opens no subtitle
            "本报讯 豌豆是五谷杂粮，也是补养耕牛的好饲料。\n\n到了农历四月，又有一种鸟儿叫起来了：“麦库\n——”“麦库——”\n"
            "这声声不断的“麦库”，不正是叫庄稼人尽快把\n成熟的麦子收割入库吗？\n\n果然，在四月尾，麦子都已黄灿灿的，\n要开镰收割了。\n\n"
            "鸟鸣声声话农事（泥土芬芳）\n",
            "鸟鸣声声话农事（泥土芬芳）", "“麦库——”“麦库——”", id="a quotation's dash at a line start"),
    ],
)
def test_lines_that_stay_in_the_body(page, headline, body_part):
    (item,) = _parse(page)
    assert item.headline == headline and body_part in item.body


def test_a_body_in_two_columns_is_not_read_as_indented():
    # 18-cell lines inside paragraphs and 20-cell lines from another column: the narrower lines do
    # not open paragraphs, so 18 stays the column
    page = ("当前，医学类高校在公共卫生学科发展和\n人才培养存在重医轻防的发展倾向，应用\n型、复合型公共卫生人才缺乏。应加大对\n"
            "公共卫生专业人才培养的力度，加强医防\n融合，完善公共卫生人才培养体系。\n\n"
            "为了保障搬迁群众长远生计和实现安置区长治\n久安，结合六盘水市的实际探索，建议大力推\n进基本公共服务体系建设，激发安置点的经济\n活力。\n")
    lines = [line for line in read_lines(page) if line.kind != "blank"]
    assert column_width(lines) == 18.0


def test_a_long_adoption_note_keeps_the_title_above_it():
    note = ("（1995年10月30日第八届全国人民代表大会常务委员会\n第十六次会议通过 2004年12月29日第十届全国人民代\n"
            "表大会常务委员会第十三次会议第一次修订 根据2013\n年6月29日第十二届全国人民代表大会常务委员会第三\n"
            "次会议《关于修改〈中华人民共和国文物保护法〉等十\n二部法律的决定》第一次修正 根据2015年4月24日第十\n"
            "二届全国人民代表大会常务委员会第十四次会议《关于\n修改〈中华人民共和国港口法〉等七部法律的决定》第\n"
            "二次修正 2020年4月29日第十三届全国人民代表大会常\n务委员会第十七次会议第二次修订）\n")
    page = ("本报讯 第一百二十六条 本法自2020年9月1日起施行。\n\n（新华社北京4月29日电）\n\n"
            "中华人民共和国固体废物污染环境防治法\n\n" + note)
    (law,) = _parse(page)
    assert law.headline == "中华人民共和国固体废物污染环境防治法"
    assert law.subtitle.startswith("（1995年10月30日") and law.subtitle.endswith("第二次修订）")


PREVIOUS_BODY = ("本报讯 苏尼特右旗额仁淖尔苏木阿尔善图嘎\n查牧民恩和特木尔观看了习近平总书记在内蒙\n"
                 "古代表团参加审议的新闻。他当即联系合作社\n的牧户会员，商量今年的发展思路，“我们之\n"
                 "所以有今天的美好生活，就是因为有党的领导。”\n\n")
NEXT_BODY = ("伟大的时代催生伟大的法典。编纂一部真正属\n于中国人自己的、凝聚亿万人民共同意志和中\n"
             "华民族精神的民法典，是坚持和完善中国特色\n社会主义制度的现实需要，是推进全面依法治\n"
             "国的重大举措，也是增进人民福祉的必然要求。\n\n民法典标注法治中国新界碑\n")  # the same 20-cell column


@pytest.mark.parametrize("heading, headline, subtitle", [
    ("始终同人民群众想\n在一起干在一起\n\n——习近平总书记重要讲话\n在干部群众中引发热烈反响\n\n",
     "始终同人民群众想在一起干在一起", "——习近平总书记重要讲话在干部群众中引发热烈反响"),
    # the dash subtitle in the headline's own block
    ("深重的邪恶与\n被颠倒的是非\n——香港修例风波回望之三\n\n", "深重的邪恶与被颠倒的是非", "——香港修例风波回望之三"),
])
def test_a_dash_subtitle_closes_an_articles_heading_above_a_body_in_the_same_column(heading, headline, subtitle):
    article, code = _parse(PREVIOUS_BODY + heading + NEXT_BODY)
    assert (article.headline, article.subtitle) == (headline, subtitle)
    assert code.headline == "民法典标注法治中国新界碑" and code.body.startswith("伟大的时代")


@pytest.mark.parametrize("heading", ["怎么带动更多人？\n\n——全村搞直播有新招\n\n",
                                     "“我一直惦记着大家，特地来看看大家”\n\n——习近平总书记对大家说\n\n",
                                     "带动更多人\n\n——全村搞直播\n\n"])
def test_a_question_a_quote_or_a_short_answer_above_a_dash_line_stay_in_the_body(heading):
    (item,) = _parse(PREVIOUS_BODY + heading + NEXT_BODY)
    assert item.headline == "民法典标注法治中国新界碑"
    assert heading.split("\n")[0] in item.body and item.body.endswith("必然要求。")


def test_a_heading_set_in_a_narrow_column_may_take_more_lines():
    page = ("新华社北京5月30日电（记者陈菲） 中共中央政治局常委、\n全国人大常委会委员长栗战书30日在京主持召\n开执法检查组第一次全体会议并讲话。\n\n"
            "栗战书在全国人大\n常委会有关决定和\n野生动物保护法执\n法检查组第一次全\n体会议上指出\n"
            "加强依法保护野生\n动物 进一步筑牢\n织密维护公共卫生\n安全法治防线\n")
    (item,) = _parse(page)
    assert item.kicker == "栗战书在全国人大常委会有关决定和野生动物保护法执法检查组第一次全体会议上指出"
    assert item.headline == "加强依法保护野生动物进一步筑牢织密维护公共卫生安全法治防线"


def test_a_closing_note_ends_a_continued_part_and_the_next_article_follows():
    page = ("（上接第二版）\n实施好支持湖北省经济社会发展的一揽子政\n策，支持保就业、保民生、保市场主体。\n\n（新华社北京5月30日电）\n\n"
            "各位代表：\n受国务院委托，现将2019年中央和地方预算\n执行情况与2020年中央和地方预算草案提请\n十三届全国人大三次会议审查。\n\n"
            "关于2019年中央和地方预算执行情况\n与2020年中央和地方预算草案的报告\n")
    part, report = _parse(page)
    assert part.jump == "（上接第二版）" and part.body.endswith("（新华社北京5月30日电）") and part.headline is None
    assert report.body.startswith("各位代表：") and report.headline.startswith("关于2019年")


_PART_ABOVE = "（上接第一版）\n不断加强与叙方的抗疫合作，继续向叙方提供\n医疗援助，帮助叙人民守护公共卫生安全。\n\n"
_NEXT_ARTICLE = ("刚到饭点，牛肉粉馆就坐满了人，大厅里，只\n见一个中等个头的中年人正忙着招呼客人，他\n叫李飘，是这家店的老板。\n\n"
                 "2018年7月，李飘全家从大山深处搬到了县城。\n挪了穷窝，摘了穷帽，李飘一家成了新市民。\n\n搬出大山之后\n")


@pytest.mark.parametrize("closing, part_end", [
    ("（本报记者万秀斌、程焕、杨文明）", "杨文明）"),  # a dispatch's reporters
    ("金 伟摄（影像中国）", "金伟摄（影像中国）"),  # a photo credit
    ("本报记者 王汉超摄影报\n道（人民视觉）", "摄影报道（人民视觉）"),  # … wrapped
    ("数据来源：广西壮族自治区农业农村\n厅", "农业农村厅"),  # a graphic's source, wrapped
])
def test_a_note_or_credit_closing_a_continued_part_ends_it_in_the_same_column(closing, part_end):
    part, following = _parse(_PART_ABOVE + closing + "\n\n" + _NEXT_ARTICLE)
    assert part.jump == "（上接第一版）" and part.headline is None
    assert part.body.replace("\n", "").endswith(part_end)
    assert following.headline == "搬出大山之后" and following.body.startswith("刚到饭点")


@pytest.mark.parametrize("closing", ["本报记者 刘成友整理", "（作者为北京市政协委员、厦门大学新闻传播学院院长）", "新华社发"])
def test_a_contribution_closed_in_a_continued_compilation_does_not_end_it(closing):
    page = _PART_ABOVE + closing + "\n\n" + "“乡亲们一天不脱贫，我就一天放不下心来。”这\n是大家共同的心声。\n"
    (part,) = _parse(page)
    assert part.body.endswith("是大家共同的心声。")


def test_a_continued_part_of_short_indented_paragraphs_runs_on():
    # each paragraph opens two cells short of its 15-cell column: not a narrower column above
    page = ("（上接第一版）\n山大沟深、土地贫瘠，乐都区\n141个贫困村当年大多这样，靠天\n吃饭，没啥产业。\n\n"
            "短短几年，“村财政”为啥底\n气就足了呢？“靠高原天吃上‘阳\n光饭’了。”许建杰一指远山。\n\n"
            "跋涉上山，景象令人为之一振：\n海拔3100米的山顶，光伏板如鱼鳞\n阵列、蓝海翻涛。\n\n"
            "“这些‘鳞片’超过10万块，\n能用25年，去年6月并网发电，年\n底就分了一次红。”同行的青海省\n"
            "扶贫开发投资有限责任公司董事长\n张宏成指指火车厢似的“大家伙”\n说，“喏，这是箱式变电站，两台\n"
            "挖掘机，一个拽，一个推，这才运\n上山。”\n")
    (part,) = _parse(page)
    assert part.jump == "（上接第一版）" and part.body.startswith("山大沟深") and part.body.endswith("这才运上山。”")


def test_a_closing_note_two_cells_narrower_stays_with_an_indented_part():
    page = ("（上接第一版）\n“共青团是党的助手和后备军，是\n党的青年工作的重要力量。我们要牢记\n总书记嘱托，在团结带领青年志愿者坚\n"
            "守岗位、做好疫情防控工作的同时，深\n入开展‘青年大学习’、空中课堂、主\n题团日、岗位实践等活动。\n\n"
            "“团结带领广大团员青年听党话、\n跟党走，为中心工作服务助力是我们的\n主责主业。”共青团上海市青浦区委书\n"
            "记沈竹林表示，将牢记总书记嘱托，团\n结带领广大青年持续拼搏奋斗。\n\n"
            "（本报记者禹丽敏、范昊天、龚相\n娟、李家鼎、姜峰、贾丰丰、田先进、\n魏薇、刘新吾、巨云鹏）\n\n"
            "■记 者 杨佳苑\n通讯员 梁可姣\n\n本报讯 千山披绿，万树花开，明媚的春光里处处\n是劳动的身影。\n\n春光里的劳动者\n")
    part, spring = _parse(page)
    assert part.body.endswith("巨云鹏）") and spring.headline == "春光里的劳动者"


def test_the_last_block_of_a_page_is_its_last_articles_headline():
    # an advertisement's lines end no sentence, but nothing follows the last block: a headline
    page = ("■记 者 江媛莺\n\n学生的发音能得到及时纠正\u3000\u3000不懂的问题能直\n接获得反馈\n\n"
            "基于网络，师生间的距离近在咫尺\u3000\u3000基于科技，\n学习变得个性化而充满乐趣\n\n"
            "猿辅导在线教育 致力于\n用科技实现因材施教\n")
    (item,) = _parse(page)
    assert item.headline == "猿辅导在线教育致力于用科技实现因材施教"
    assert item.body.startswith("学生的发音") and item.body.endswith("学习变得个性化而充满乐趣")


def test_the_block_above_a_photos_caption_is_the_last_articles_headline():
    # a picture stands between articles, which end on their headings: the advertisement's last
    # line, ending no sentence, is its headline, not a line its body runs on into the caption
    page = ("■记 者 黎婵荔\n\n本报讯 学生的发音能得到及时纠正\u3000\u3000不懂\n的问题能直接获得反馈\n\n"
            "基于网络，师生间的距离近在咫尺\u3000\u3000基于科\n技，学习变得个性化而充满乐趣\n\n"
            "猿辅导在线教育致力于用科技实现因材施教\n\n近日，工人们在田间抢收早稻，确\n保颗粒归仓。\n\n"
            "■摄影 丁莎 马飘璧\n林洁冰\n\n赶制订单\n")
    advertisement, photo = _parse(page)
    assert advertisement.headline == "猿辅导在线教育致力于用科技实现因材施教"
    assert advertisement.body.endswith("学习变得个性化而充满乐趣")
    assert (photo.kind, photo.headline, photo.body) == ("photo", "赶制订单", "近日，工人们在田间抢收早稻，确保颗粒归仓。")
    assert [b.name for b in photo.bylines] == ["丁莎", "马飘璧", "林洁冰"]


@pytest.mark.parametrize("deck, kept", [
    # a deck of full sentences stopping without a full stop, its last line short: the subtitle
    (("他们，是中国政府友谊奖获得者。他们，与中国结缘，在这\n里工作生活，亲历了中国的快速发展，见证了中国政府和人\n"
      "民顽强拼搏、不懈斗争的力量，也见证了中国与世界守望相\n助、合作抗疫的担当\n"), True),
    # its last line fills the column: the page ends on a heading, so still the deck, not a body
    ("他们，是中国政府友谊奖获得者。他们，与中国结缘，在这\n里工作生活，亲历了中国的快速发展，见证了中国政府和人\n", True),
    # a sentence ends the block: a body, though no heading follows it on this page
    ("他们，是中国政府友谊奖获得者。他们，与中国结缘，在这\n里工作生活，亲历了中国的快速发展。\n", False),
    # every line but the last ends in a comma hanging past the column, so the body's reading of
    # the column has only the last line to go by: the widest line above shows it stops short
    (("当前，海外共建“一带一路”项目边防控、边生产，\n全力保障员工健康安全，努力满足当地生产需求，\n"
      "也把各国人民的心连接起来。一些共建“一带一路”\n项目当地员工分享了他们的抗疫故事和感受\n"), True),
    # a one-line deck: a date under an event's name
    ("2020.6.23—24\n", True),
], ids=["deck", "deck filling its column", "finished paragraph", "deck of lines ending in commas", "one-line deck"])
def test_a_deck_below_the_pages_last_heading_is_its_subtitle(deck, kept):
    page = ("本报讯 这些奉献不应被辜负，国际社会应该加强合作，团\n结起来。我们必将战胜疫情。\n\n"
            "患难见真情 共同抗疫情\n\n" + deck)
    items = _parse(page)
    assert items[0].headline == "患难见真情共同抗疫情"
    assert (items[0].subtitle == deck.replace("\n", "")) is kept and (len(items) == 1) is kept


def test_a_deck_above_a_photos_caption_is_its_headings_subtitle():
    # a picture stands between articles as the page's end does: the deck between the heading and
    # the caption opens no body, and the caption below it is the photo's alone
    page = ("本报讯 这些奉献不应被辜负，国际社会应该加强合作，团\n结起来。我们必将战胜疫情。\n\n版式设计：张丹峰\n\n"
            "患难见真情 共同抗疫情\n\n他们，是中国政府友谊奖获得者。他们，与中国\n结缘，在这里工作生活，亲历了中国的快速发展，\n"
            "见证了中国政府和人民顽强拼搏、不懈斗争的力\n量，也见证了中国与世界守望相助、合作抗疫的\n担当\n\n"
            "近日，某企业生产车间内，\n工人正在赶制订单，全力冲\n刺一季度目标。\n\n■摄影 邵岚\n付琬\n\n赶制订单\n")
    article, photo = _parse(page)
    assert (article.headline, article.subtitle) == ("患难见真情共同抗疫情", (
        "他们，是中国政府友谊奖获得者。他们，与中国结缘，在这里工作生活，亲历了中国的快速发展，"
        "见证了中国政府和人民顽强拼搏、不懈斗争的力量，也见证了中国与世界守望相助、合作抗疫的担当"))
    assert (photo.kind, photo.headline, photo.body) == ("photo", "赶制订单", "近日，某企业生产车间内，工人正在赶制订单，全力冲刺一季度目标。")


def test_a_deck_above_the_next_articles_byline_is_its_headings_subtitle():
    # the byline stands above the next body, so the deck between the heading and it opens no body
    page = ("本报讯 稳定国内农产品消费市场的同时，韩国也在积极探索农产品\n出口的新模式。\n\n"
            "促进农业生产，共同维护\n粮食安全（记者观察）\n\n"
            "粮食安全，事关人类社会健康发展。应对突如其来的新冠肺炎疫\n情，世界各国纷纷出台措施，促进农业稳定发展\n\n"
            "■记者 付佳璧\n\n新冠肺炎疫情对全世界是\n一次严重危机和严峻考验。\n\n携手保障全球粮食\n供应链稳定（观点）\n")
    first, second = _parse(page)
    assert (first.headline, first.subtitle) == (
        "促进农业生产，共同维护粮食安全（记者观察）",
        "粮食安全，事关人类社会健康发展。应对突如其来的新冠肺炎疫情，世界各国纷纷出台措施，促进农业稳定发展")
    assert second.headline == "携手保障全球粮食供应链稳定（观点）"
    assert second.body == "新冠肺炎疫情对全世界是一次严重危机和严峻考验。"
    assert [(b.name, b.role) for b in second.bylines] == [("付佳璧", "记者")]


def test_a_deck_too_long_for_a_heading_group_leaves_the_headline_above_it():
    # eleven narrow lines: taken as the subtitle, the group would overflow and push the headline
    # into the body above; the block stays out of the heading
    deck = ("习近平汪洋王沪宁赵乐\n际韩正王岐山等在主席\n台就座李克强作政府工\n作报告 栗战书主持大\n"
            "会 听取关于民法典草\n案的说明、关于全国人\n民代表大会关于建立健\n全香港特别行政区维护\n"
            "国家安全的法律制度和\n执行机制的决定草案的\n说明\n")
    page = ("本报讯 外国驻华使节旁听了大会。\n\n十三届全国人大三\n次会议在京开幕\n\n" + deck
            + "\n■记者 王羽\n\n本报讯 今年疫情原因，经济影响很大。\n")
    items = _parse(page)
    assert items[0].headline == "十三届全国人大三次会议在京开幕" and items[0].subtitle is None
    assert items[0].body == "外国驻华使节旁听了大会。"


def test_a_deck_in_the_pages_last_heading_block_is_its_subtitle():
    # no blank line between the headline, cut in two, and its deck set in a wider column
    deck = ("他们，是中国政府友谊奖获得者。他们，与\n中国结缘，在这里工作生活，亲历了中国的\n"
            "快速发展，见证了中国政府和人民顽强拼搏、\n不懈斗争的力量，也见证了中国与世界守望\n相助、合作抗疫的担当\n")
    page = ("本报讯 这些奉献不应被辜负，国际社会应该\n加强合作，团结起来。我们必将战胜疫情。\n\n"
            "患难见真情\n共同抗疫情\n" + deck)
    (item,) = _parse(page)
    assert (item.headline, item.subtitle) == ("患难见真情共同抗疫情", deck.replace("\n", ""))
    assert item.body == "这些奉献不应被辜负，国际社会应该加强合作，团结起来。我们必将战胜疫情。"


def test_a_paragraph_cut_off_at_the_pages_end_keeps_its_first_line():
    # its first line fills the column, as a body line does: no heading in larger type above a deck
    page = ("本报讯 会议强调，要坚持以人民为中心的发展思\n想，不断增强人民群众获得感。\n\n"
            "要坚持以人民为中心的发展思想不断增强\n人民群众获得感。要坚持以人民为中心的\n发展思想，不断增强人民群众的获得感幸\n福感安全感\n")
    (item,) = _parse(page)
    assert item.headline is None and item.body.replace("\n", "").endswith("要坚持以人民为中心的发展思想不断增强人民群众获得感。"
                                                                      "要坚持以人民为中心的发展思想，不断增强人民群众的获得感幸福感安全感")


@pytest.mark.parametrize("heading, headline", [
    ("电商助力“山货”\n俏销（微观）\n——抗疫细节中的发展潜能⑥\n", "电商助力“山货”俏销（微观）"),
    ("“你学习的样子真美”（暖闻热评）\n", "“你学习的样子真美”（暖闻热评）"),
], ids=["headline and dash subtitle", "headline with a column label"])
def test_a_quotations_source_under_it_stays_in_the_body_and_closes_it(heading, headline):
    page = ("本报讯 农村电商的深厚潜力被进一步挖掘。\n\n【观点摘录】\n\n从小木耳到大产业，我们\n看到的是中国经济"
            "衔接有\n序的缩影。\n\n——央视网\n\n电商扶贫：不只是带货，\n更是带“路”。\n\n——华声在线\n\n" + heading +
            "\n本报讯 今年一季度，甘肃省农产品出口额逆\n势上扬。\n\n甘肃农产品出口逆势上扬\n")
    first, second = _parse(page)
    assert first.headline == headline and first.body.endswith("——华声在线")
    assert second.headline == "甘肃农产品出口逆势上扬"


def test_a_foreign_name_wrapped_at_its_dot_runs_on_into_the_next_line():
    # the source's last line ends on the dot between the name's parts, so the short line below,
    # heading-like alone, is the rest of the name and not the next article's headline
    page = ("本报讯 抗击疫情让我们意识到，有效的合作至关\n重要，合作方法也特别重要。\n"
            "——非洲疾病预防控制中心主任 约翰·\n恩肯加松\n\n观点摘编\n\n"
            "本报讯 今年一季度，甘肃省农产品出口额逆\n势上扬。\n\n甘肃农产品出口逆势上扬\n")
    first, second = _parse(page)
    assert first.headline == "观点摘编" and first.body.endswith("——非洲疾病预防控制中心主任约翰·恩肯加松")
    assert second.headline == "甘肃农产品出口逆势上扬"


def test_a_decree_below_a_heading_opens_the_next_body():
    page = ("本报讯 会议指出，要扎实稳妥推进海南自由贸易\n港建设。\n\n"
            "韩正在推进海南全面深化改革开放领导小组\n全体会议上强调\n把握好分步骤分阶段的实施节奏扎\n实稳妥推进海南自由贸易港建设\n\n"
            "中华人民共和国主席令\n\n第四十五号\n\n《中华人民共和国民法典》已由中\n华人民共和国第十三届全国人民代\n表大会第三次会议通过，现予公布。\n\n"
            "中华人民共和国民法典\n")
    first, second = _parse(page)
    assert (first.kicker, first.headline, first.subtitle) == (
        "韩正在推进海南全面深化改革开放领导小组全体会议上强调", "把握好分步骤分阶段的实施节奏扎实稳妥推进海南自由贸易港建设", None)
    assert second.headline == "中华人民共和国民法典" and second.paragraphs[:2] == ["中华人民共和国主席令", "第四十五号"]


def test_a_fourth_heading_block_below_a_column_label_opens_the_next_body():
    page = ("本报讯 代表委员们表示，要坚决夺取脱贫攻坚战\n全面胜利。\n\n代表委员热议决战脱贫攻坚\n\n"
            "坚定必胜信心 一定如期\n打赢（决胜全面小康）\n\n国铁集团董事长陆东福代表\n\n稳投资重在有效投资\n\n"
            "政府工作报告提出，增加国家铁路建设\n资本金1000亿元。\n\n话小康·议报告\n")
    first, second = _parse(page)
    assert (first.kicker, first.headline, first.subtitle) == (
        "代表委员热议决战脱贫攻坚", "坚定必胜信心一定如期打赢（决胜全面小康）", None)
    assert second.headline == "话小康·议报告"
    assert second.paragraphs[:2] == ["国铁集团董事长陆东福代表", "稳投资重在有效投资"]


@pytest.mark.parametrize("spread, joined", [
    ("个 坐 在 桥 头 意 气 风 发 的 少 年 ！", "多想，再回到当年，还是那个坐在桥头意气风发的少年！"),
    ("“ 现 在 这 房 子 住 进 来 花 了 多 少 钱 ？ ”", "多想，再回到当年，还是那“现在这房子住进来花了多少钱？”"),
])
def test_a_line_spread_out_by_justification_is_body_not_a_heading(spread, joined):
    # justification stretches a line to its column, as it does body lines, never a headline's
    page = ("本报讯 我紧紧地偎依着她，让相机镜头定\n格这难忘的瞬间。\n\n多想，再回到当年，还是那\n\n" + spread +
            "\n\n转身的当儿，我看见了一大\n片美丽的兰花。\n\n重回兰州\n")
    (item,) = _parse(page)
    assert item.headline == "重回兰州" and item.kicker is None
    assert item.paragraphs == ["我紧紧地偎依着她，让相机镜头定格这难忘的瞬间。", joined, "转身的当儿，我看见了一大片美丽的兰花。"]


def test_phrase_spaces_and_spaced_names_are_not_justification():
    from pipelines.core.segment import spread_by_justification

    assert spread_by_justification("和 阿 联 酋 等 国 设 有 区 域 人 道 主 义")
    assert not spread_by_justification("扶老  助残  救孤  济困")  # phrases, as a slogan is set
    assert not spread_by_justification("让学生暖心 让家长放心 让社会安心")
    assert not spread_by_justification("王 强")  # a name spaced out in a byline


def test_short_lines_below_the_furniture_open_the_first_body():
    # headlines follow their bodies, so below the masthead nothing but furniture or a body can stand
    page = (" 综合 责任编辑 林瑗\n\n2020南京创新周\n\n2020年6月22日 — 6月26日\n\n"
            "2020南京创新周聚焦“高价值\n创新、高质量发展”，打造有温\n度、有实效的创新周。\n\n"
            "读懂城市创新\n南京全方位推动创新名城建设\n")
    furniture, article = _parse(page)
    assert furniture.kind == "other" and furniture.body == "综合 责任编辑 林瑗"
    assert article.headline == "南京全方位推动创新名城建设" and article.kicker == "读懂城市创新"
    assert article.paragraphs[0] == "2020南京创新周" and article.paragraphs[1].startswith("2020年6月22日—6月26日")


def test_a_second_masthead_line_stays_furniture():
    page = " 人民日报 第一版\n\n要闻 责任编辑 王强\n\n本报讯 昨天，我市召开会议。\n\n我市召开会议\n"
    first, second, article = _parse(page)
    assert (first.kind, second.kind) == ("other", "other") and second.body == "要闻 责任编辑 王强"
    assert article.headline == "我市召开会议"


def _paragraphs(lines: list[str]) -> list[str]:
    return build_paragraphs(read_lines("\n".join(lines)))


def test_a_subheading_wrapped_over_two_lines_is_a_paragraph_of_its_own():
    # its last line stops short of the 15-cell column above a blank line, without a full stop
    assert _paragraphs(["近日，我市召开全市生态环境保护", "工作会议，部署今年重点工作。", "",
                        "加快构建完整的内需体系，推动", "形成新发展格局", "",
                        "会议要求，各地各部门要切实担负", "起生态环境保护的政治责任。"]) == [
        "近日，我市召开全市生态环境保护工作会议，部署今年重点工作。", "加快构建完整的内需体系，推动形成新发展格局",
        "会议要求，各地各部门要切实担负起生态环境保护的政治责任。"]


def test_a_short_line_that_runs_on_mid_word_across_a_blank_line_stays_in_its_paragraph():
    assert _paragraphs(["近日，我市召开全市生态环境保护", "工作会议，部署今年重点工作。", "",
                        "会议要求，各地各部门要切实担负", "起生态环境保护的政治责", "", "任，抓好各项工作落实落细。"]) == [
        "近日，我市召开全市生态环境保护工作会议，部署今年重点工作。",
        "会议要求，各地各部门要切实担负起生态环境保护的政治责任，抓好各项工作落实落细。"]


def test_a_colon_above_a_blank_line_ends_a_paragraph_unless_a_quotation_opens_below():
    assert _paragraphs(["外交部20日就美方涉台举动发表声", "明。全文如下：", "",
                        "5月20日，美国国务卿蓬佩奥发表", "声明，祝贺赖清德就任。"]) == [
        "外交部20日就美方涉台举动发表声明。全文如下：", "5月20日，美国国务卿蓬佩奥发表声明，祝贺赖清德就任。"]
    assert _paragraphs(["他在发言中谈到乡村振兴时说：", "", "“我们要坚定信心，久久为功。”", "会议还部署了下一阶段的工作。"]) == [
        "他在发言中谈到乡村振兴时说：“我们要坚定信心，久久为功。”会议还部署了下一阶段的工作。"]


def test_a_source_in_brackets_a_whole_quotation_and_a_dash_end_their_paragraphs_above_a_blank_line():
    # each last line fills the column, so only how the text ends tells
    assert _paragraphs(["要持续巩固脱贫攻坚成果，同步推", "进乡村振兴，提升防控救治能力。", "",
                        "——杨洋委员（云南省卫健委主任）", "", "为巩固已经取得的脱贫成果，建议"]) == [
        "要持续巩固脱贫攻坚成果，同步推进乡村振兴，提升防控救治能力。", "——杨洋委员（云南省卫健委主任）",
        "为巩固已经取得的脱贫成果，建议"]
    assert _paragraphs(["“推进更高水平对外开放，为世界", "创造更多机遇，更多发展空间”", "",
                        "习近平主席强调，现在国际上保护"]) == [
        "“推进更高水平对外开放，为世界创造更多机遇，更多发展空间”", "习近平主席强调，现在国际上保护"]
    assert _paragraphs(["欲茂其枝，必深其根。这是一部具", "有鲜明中国特色的一部民法典——", "",
                        "弘扬社会主义核心价值观，是民法", "典的立法目的之一。"]) == [
        "欲茂其枝，必深其根。这是一部具有鲜明中国特色的一部民法典——", "弘扬社会主义核心价值观，是民法典的立法目的之一。"]


def test_an_indented_first_line_above_a_blank_line_runs_on_into_its_paragraph():
    # the sample's paper indents paragraphs and drops blank lines inside them, right below a first
    # line two or three cells short (市委书记仲旭东表示，来闵行学习考察是一 | blank | 次走亲之行…)
    assert _paragraphs(["近日，我市召开全市生态环境保护", "工作会议，部署重点工作。", "会议要求，各地各部门要切实", "",
                        "担负起生态环境保护的政治责任。"]) == [
        "近日，我市召开全市生态环境保护工作会议，部署重点工作。", "会议要求，各地各部门要切实担负起生态环境保护的政治责任。"]


def test_an_indented_first_line_alone_between_blank_lines_is_no_headline_with_a_comma():
    # 据介绍，预计2日…和通往 stops 2.5 cells short of the 21-cell body (an indent, and half a cell
    # for the digit), between a finished sentence and the rest of its paragraph: short of both
    # columns as a heading is, but as wide as a paragraph's indented first line
    page = ("本报北京5月1日电（记者张璁） 记者从公\n安部交管局获悉：“五一”假期首日，全国迎来\n"
            "出行高峰，群众近郊出行、中短途旅游集中，高\n速公路出城方向、城郊农村地区及旅游景区周边\n"
            "道路交通流量明显增加。加上高速公路对所有车\n辆免收通行费，货车流量明显高于去年同期，与\n"
            "节日出游交通流叠加，主干公路流量高位运行。\n江苏苏南地区、广东珠三角地区全天交通压力较\n\n"
            "大，北京、上海、杭州、重庆、成都、西安等大\n城市出城方向车流上升明显，午后流量逐步回落。\n"
            "截至1日 20时，全国高速公路、国省道干线通行\n基本正常，未发生长时间、大范围严重交通拥堵。\n\n"
            "据介绍，预计2日部分城市出城道路和通往\n\n"
            "景区道路仍会持续高位运行。公安部交管局提醒，\n驾车出行要提前了解沿途天气和道路情况，雨天\n"
            "行车特别是在高速公路驾车要做到“降速、控距、\n亮尾”，遇道路拥堵依次排队通行，严禁争道抢\n"
            "行或占用应急车道。\n\n"
            "“五一”假期首日\n全国道路交通总体平稳有序\n\n"
            "穿上厚厚的工装，走到巡检台，用力将调压盘\n逆时针转动，检查仪表盘……早上6时30分，中石\n"
            "油天然气销售吉林分公司淮安调压站员工唐英智开\n始了一天的忙碌，“现在用气企业都加足马力复工\n"
            "复产了，我们一定要做好安全保供。”\n\n"
            "“五一”假期，从繁忙的车站、工厂，到机器\n轰鸣的施工现场，广大劳动者坚定信心、保持干劲，\n"
            "在平凡岗位上续写不平凡的故事，用自己的辛勤劳\n动为疫情防控和经济社会发展贡献更多力量。\n\n"
            "为了群众平安健康\n\n"
            "“要确保从我们这里进京的人员万无一失。”\n为做好“五一”假期保障工作，北京市公安局房山\n"
            "分局窦店公安检查站站长张库每天都要把站里的岗\n位巡查几遍，“守护平安北京，是我们的使命和责\n")
    first, second = _parse(page)
    assert (first.kicker, first.headline) == ("“五一”假期首日", "全国道路交通总体平稳有序")
    assert first.lead == "本报北京5月1日电（记者张璁）" and first.body.endswith("严禁争道抢行或占用应急车道。")
    assert second.body.startswith("穿上厚厚的工装")


def test_a_subheading_below_a_short_indented_body_is_read_against_its_inner_lines():
    # two short paragraphs open 17 cells in under a 19-cell column: too few full lines for the
    # most common width to show the indent, so the body read 17 cells and the section below,
    # set in 19, looked like the next article under a headline
    page = ("新华社北京5月22日电 全国政协领导同\n志 22日分别在全国政协十三届三次会议有\n关界别与委员们一起讨论。\n\n"
            "到有关界别参加讨论的领导同志有：张\n庆黎、万钢、何厚铧、王正伟、汪永清、何\n立峰、郑建邦、何维、邵鸿等。\n\n"
            "张庆黎参加中共界委员小组讨论\n\n"
            "全国政协副主席张庆黎在参加中共界委\n员小组讨论时说，汪洋主席代表全国政协常\n\n"
            "委会所作的工作报告，通篇贯穿习近平总书\n记关于加强和改进人民政协工作的重要思想，\n"
            "政治站位高，主题鲜明，务实创新、内涵丰\n富。今年是深入贯彻落实中央政协工作会议\n"
            "精神的关键一年。我们要以习近平新时代中\n国特色社会主义思想为指导，增强“四个意\n"
            "识”、坚定“四个自信”、做到“两个维护”，\n在加强理论武装、制度建设、凝聚共识等方\n面下功夫。\n")
    (article,) = _parse(page)
    assert article.headline is None and article.lead == "新华社北京5月22日电"
    assert "张庆黎参加中共界委员小组讨论" in article.paragraphs
    assert article.paragraphs[-1].endswith("凝聚共识等方面下功夫。")


def test_a_headline_cut_deep_inside_a_word_short_of_the_column_is_no_subheading():
    # the next article happens to be set in the same 19-cell column and opens with no lead or
    # byline, as a section below a subheading would; but 确保贫 | 困人口 breaks 贫困 ten cells in,
    # a wrap in a headline's larger type, not in the body's
    page = ("报告说，疫情将导致今年拉美地区贫困人\n口增至2.15 亿人，极端贫困人口增至\n8340万人。拉加经委会建议该地区各国政\n"
            "府关注弱势群体的生存状况，并为贫困人\n口提供为期6个月的紧急基本收入。\n\n"
            "拉加经委会是联合国五个地区性委员会之\n一，总部设在圣地亚哥，其主要职能是促\n进拉美和加勒比地区经济和社会发展。\n\n"
            "拉加经委会呼吁确保贫\n困人口获得基本收入\n\n"
            "近期，波兰、捷克、罗马尼亚等中东欧国\n家政府相继对当前持续的旱情发出警示。\n中东欧地区是欧洲重要的农作物产区，遭\n"
            "遇旱情为受新冠肺炎疫情冲击的当地经济\n带来新挑战。\n\n"
            "中东欧多国遭遇严重旱情\n")
    first, second = _parse(page)
    assert first.headline == "拉加经委会呼吁确保贫困人口获得基本收入" and first.body.endswith("经济和社会发展。")
    assert second.headline == "中东欧多国遭遇严重旱情" and second.body.startswith("近期，波兰")


def test_a_digest_entry_title_wrapped_where_an_indented_first_line_wraps_stays_in_the_body():
    # 环比上 | 升 tears 上升 as deep as 确保贫 | 困人口 does, but on a line only as short as the
    # paragraphs' indented first lines (16 cells in an 18-cell column): set in the body's type
    page = ("IMF指出，新冠肺炎疫情也可能使其\n他的金融体系脆弱性问题暴露。例如，面\n临严重经济衰退，发达经济体和新兴经济\n"
            "体高企的企业和家庭债务可能变得难以控\n制；借款人资不抵债给银行带来损失，可\n能会考验一些国家银行业的抗风险能力；\n"
            "部分新兴和前沿经济体正面临再融资风险，\n一些国家已难以进入市场融资。\n\n"
            "IMF呼吁，各国决策者在继续支持实\n体经济的同时，需密切关注金融脆弱性并\n维护金融稳定。\n\n"
            "（据新华社华盛顿电  记者高攀、\n熊茂伶）\n\n"
            "德国7月消费者信心先行指数环比上\n升\n\n"
            "德国市场研究机构捷孚凯近日公布的\n报告显示，7月德国消费者信心先行指数\n连续第二个月上升，为负9.6点，比6 月\n"
            "调整后的终值上升9点。\n报告显示，反映德国消费者信心指数\n的三项重要指标6月份均显著回升，经济\n"
            "前景指标、收入预期指标和购买倾向指标\n环比均上升10点以上。\n\n"
            "国际经济观察\n")
    (item,) = _parse(page)
    assert item.headline == "国际经济观察"
    assert "德国7月消费者信心先行指数环比上升" in item.body.replace("\n", "")


# two paragraphs open at the margin of a 15-cell column (会议要求…, 会议强调…): one empty cell ends a paragraph
FLUSH_PARAGRAPHS = ["全市坚决落实部署。", "会议要求，各地各部门要切实担负", "起生态环境保护的政治责任。",
                    "会议强调，要坚持以人民为中心，", "推动高质量发展。"]


@pytest.mark.parametrize("lines, paragraphs", [
    # a finished sentence one cell short of the column, no blank line below
    (["近日，我市召开全市生态环境保护", "工作会议，部署今年重点工作。", "各地要抓好落实。"],
     ["近日，我市召开全市生态环境保护工作会议，部署今年重点工作。", "各地要抓好落实。"]),
    # a paragraph closing on a dash, two cells short
    (["近日，我市召开全市生态环境保护", "工作会议。市委书记强调——", "要抓好落实。"],
     ["近日，我市召开全市生态环境保护工作会议。市委书记强调——", "要抓好落实。"]),
    # the typesetter pushed 工 down rather than start a line with 。
    (["近日，我市召开全市生态环境保护", "工作会议，部署了今年的重点工", "作。各地要抓好落实。"],
     ["近日，我市召开全市生态环境保护工作会议，部署了今年的重点工作。各地要抓好落实。"]),
    # a number run moves down whole, and a space may have followed the line's last digit
    (["近日，我市召开全市生态环境保护", "工作会议，部署今年重点工作。", "2020年各地要抓好落实。"],
     ["近日，我市召开全市生态环境保护工作会议，部署今年重点工作。2020年各地要抓好落实。"]),
    (["近日，我市召开全市生态环境保护", "工作会议，人均月收入达到5000", "多元。各地要抓好落实。"],
     ["近日，我市召开全市生态环境保护工作会议，人均月收入达到5000多元。各地要抓好落实。"]),
    # … but a short run would have fitted beside a subheading five cells short
    (["坚持生态优先绿色发展", "8日下午，各地要抓好落实。"], ["坚持生态优先绿色发展", "8日下午，各地要抓好落实。"]),
    # a comma never closes a paragraph
    (["近日，我市召开全市生态环境保护", "工作会议，部署重点工作，", "各地要抓好落实。"],
     ["近日，我市召开全市生态环境保护工作会议，部署重点工作，各地要抓好落实。"]),
])
def test_a_line_that_stops_short_of_the_column_ends_its_paragraph(lines, paragraphs):
    assert _paragraphs(FLUSH_PARAGRAPHS + lines)[3:] == paragraphs


def test_the_lines_below_a_dateline_are_measured_as_printed():
    # only the dateline's own line lost its printed start; a line further down the same block
    # that stops a cell short still ends its paragraph
    lines = ["本报讯 " + FLUSH_PARAGRAPHS[0], *FLUSH_PARAGRAPHS[1:],
             "近日，我市召开全市生态环境保护", "工作会议，部署今年重点工作。", "各地要抓好落实。"]
    (article,) = _parse("\n".join([*lines, "", "我市召开生态环境保护工作会议", ""]))
    assert article.lead == "本报讯" and article.headline == "我市召开生态环境保护工作会议"
    assert article.paragraphs[3:] == ["近日，我市召开全市生态环境保护工作会议，部署今年重点工作。", "各地要抓好落实。"]


INDENTED_PARAGRAPHS = ["全市各级各部门要迅速行", "动起来，抓紧抓实抓细各项工", "作。",
                       "会议要求，各地各部门要", "切实担负起生态环境保护的政", "治责任，坚决打好污染防治攻", "坚战。",
                       "会议强调，要坚持以人民", "为中心，推动经济高质量发展"]


@pytest.mark.parametrize("lines, paragraphs", [
    # the paragraph above fills its last line (…落实落细落地。): nothing shows it ended, and the
    # indented first line below, two cells short, is no paragraph of its own
    (["抓好各项工作落实落细落地。", "近日，我市召开全市生态", "环境保护工作会议，部署今年", "的重点工作。"],
     [("会议强调，要坚持以人民为中心，推动经济高质量发展抓好各项工作落实落细落地。"
       "近日，我市召开全市生态环境保护工作会议，部署今年的重点工作。")]),
    # one cell short, and a lone short line, above an indented first line: each paragraph ended
    (["改善全市的生态环境质量。", "坚持生态优先绿色发展", "近日，我市召开全市生态", "环境保护工作会议，部署今年", "的重点工作。"],
     ["会议强调，要坚持以人民为中心，推动经济高质量发展改善全市的生态环境质量。", "坚持生态优先绿色发展",
      "近日，我市召开全市生态环境保护工作会议，部署今年的重点工作。"]),
    # an indented first line closing a sentence, its full stop hanging one cell short: it runs on
    (["改善全市的生态环境质量。", "近日，市里召开专题会议。", "会议部署今年生态环境保护的", "重点工作。"],
     ["会议强调，要坚持以人民为中心，推动经济高质量发展改善全市的生态环境质量。",
      "近日，市里召开专题会议。会议部署今年生态环境保护的重点工作。"]),
])
def test_where_paragraphs_open_indented_a_line_short_of_the_column_ends_one_above_a_first_line(lines, paragraphs):
    assert _paragraphs(INDENTED_PARAGRAPHS + lines) == [
        "全市各级各部门要迅速行动起来，抓紧抓实抓细各项工作。",
        "会议要求，各地各部门要切实担负起生态环境保护的政治责任，坚决打好污染防治攻坚战。", *paragraphs]


@pytest.mark.parametrize("page, heading, body_part", [
    # the part below the subheading is one full line before （下转第二版）: that line shows the body's
    # 14-cell column, so 各专业课要找到“角色”干出特 | 色 is a subheading, not an item's headline
    pytest.param(
        "■记者 闫澄\n\n近日，教育部印发《高等学校课\n程思政建设指导纲要》（以下简\n称《纲要》）。《纲要》提出，\n"
        "课程思政建设要在全国所有高校、\n所有学科专业全面推进。\n\n"
        "各专业课要找到“角色”干出特\n色\n\n专业课程教学是课程思政的最主\n要依托。\n（下转第二版）\n\n"
        "教育部印发纲要\n所有高校全面推\n进课程思政建设\n",
        ("教育部印发纲要", "所有高校全面推进课程思政建设"),
        "\n各专业课要找到“角色”干出特色\n专业课程教学是课程思政的最主要依托。", id="subheading above a jump-closed line"),
    # 信箱： opens a contact line, which reads as finished, but the address runs on across the
    # break (rmrbdzlx@ | 126.com): its tail is neither a kicker nor a new paragraph
    pytest.param(
        "本报讯 下期话题：脱\n贫攻坚严禁弄虚作假。\n欢迎读者结合身边所见\n所闻，说经历、谈感受、\n提建议。\n\n"
        "近期话题：如何防止返\n贫。\n\n信箱：rmrbdzlx@\n126.com；传真：（010）\n65368495\n\n致读者\n",
        (None, "致读者"), "\n信箱：rmrbdzlx@126.com；传真：（010）65368495", id="address across lines"),
    # extraction dropped the indent: 近年来…保 falls two cells short of the one full caption line
    # below it, which cannot show whether the paper indents, so it is read as text, not a heading
    pytest.param(
        "■记者 薛涛雁\n\n本报讯 5月7日，湖南省邵阳武冈市司马冲镇五星\n村村民李昌浩在放养铜鹅。\n\n"
        "近年来，武冈市安排专项经费用于“武冈铜鹅”保\n\n种，为农户无偿提供鹅苗和技术服务，并优先按合同价\n"
        "格保底回收，促进铜鹅养殖产业发展。如今，武冈拥有\n\n铜鹅规模加工企业 5家，养殖专业合作社7个，规模养\n\n"
        "殖场40多家，带动了当地1.7万余人就业。\n\n滕治中摄（人民视觉）\n\n养铜鹅 助致富\n",
        (None, "养铜鹅助致富"), "近年来，武冈市安排专项经费用于“武冈铜鹅”保种，为农户无偿提供鹅苗",
        id="indented caption paragraph"),
    # a dispatch's closing note (its dateline, its reporters) ends a body: the exclaiming
    # paragraph above it, with commas, is no kicker though a headline follows
    pytest.param(
        "本报讯 在5 月14日召开的中央政治局常委会会议上，\n习近平总书记指出，当前全国疫情防控形势总\n体是好的。\n\n"
        "从大战中总结经验教训，从大考中汲取智慧力\n量，中华民族一定能化险为夷、转危为机，风\n雨无阻向前进！\n"
        "（新华社北京5月17日电  记者赵承、霍小\n光、张旭东、吴晶、陈芳、赵超、刘华、安蓓、\n林晖、朱基钗、梁建强）\n\n"
        "风雨无阻向前进\n\n——写在全国疫情防控阻击战取得重大战略成果之际\n",
        (None, "风雨无阻向前进"), "转危为机，风雨无阻向前进！\n（新华社北京5月17日电记者赵承", id="dispatch note closing the body"),
    # a line trailing off (……) below a finished sentence closes the paragraph, not a kicker
    pytest.param(
        "本报讯 如今，方智勇又盘算着把种\n粮、加工、销售三产融合起来。\n\n"
        "“谁说种粮不赚钱，这么干，准行！”\n这位“80后”的种粮路不断探索向前……\n\n"
        "农民手机点单，合作社掌勺“炒菜”，托管服务覆盖4\n万亩农田\n\n“80后”田保姆种粮记（危\n中寻机·农业迈向高质量）\n",
        ("农民手机点单，合作社掌勺“炒菜”，托管服务覆盖4万亩农田", "“80后”田保姆种粮记（危中寻机·农业迈向高质量）"),
        "这位“80后”的种粮路不断探索向前……", id="line trailing off"),
    # a blank line cuts 本次…珠峰 off its paragraph above a credited picture: filling the column
    # the text below is set in, the line is the paragraph's, not a heading over a picture story
    pytest.param(
        "本报日喀则5月1日电（记者谷业凯、袁泉）\n近日，在珠穆朗玛峰6500 米前进营地，中\n国移动联合华为成功完成全球海拔最高5G基\n"
        "站的建设及开通工作，实现珠峰峰顶5G覆盖。\n\n同时，F 5G千兆光纤网络也实现了6500米的\n\n同步开通。\n\n"
        "本次“5 G上珠峰”活动在海拔5300米珠峰\n\n大本营、5800米过渡营地、6500米前进营地\n进行基站建设。不仅可通过5G高清视频、5G\n"
        "+VR直播珠峰美景，还将为登山、科考、测\n绘、环保提供极致的网络体验与保障。\n\n李瑞伟摄（影像中国）\n\n全球海拔最高5G基站开通\n",
        (None, "全球海拔最高5G基站开通"), "活动在海拔5300米珠峰大本营", id="column-wide line above a credited picture"),
    # the same with paragraphs indented (extraction dropped the indent): 本次…珠峰 stops 3 cells
    # short of the 21-cell column, as an indented first line with a number run in it does
    pytest.param(
        "本报日喀则5月1日电（记者谷业凯、袁泉）\n近日，在珠穆朗玛峰6500 米前进营地，中国移\n动联合华为成功完成全球海拔最高5G基站的建设\n"
        "及开通工作，实现珠峰峰顶5G覆盖。同时，F5 G\n千兆光纤网络也实现了6500米的同步开通。\n\n"
        "本次“5G上珠峰”活动在海拔 5300米珠峰\n\n大本营、 5800米过渡营地、6500 米前进营地进\n行基站建设。不仅可通过5G高清视频、5 G+VR直\n"
        "播珠峰美景，还将为登山、科考、测绘、环保提\n供极致的网络体验与保障。\n\n李瑞伟摄（影像中国）\n\n全球海拔最高5G基站开通\n",
        (None, "全球海拔最高5G基站开通"), "活动在海拔5300米珠峰大本营", id="indented line above a credited picture"),
    # 25个省份贫困劳 | 动力…总数的 are about as wide, both short of the column, but the block
    # runs on to a third line: a paragraph's lines, shortened by number runs that did not fit
    pytest.param(
        "本报讯 从乌蒙山畔到武陵山深处，各地\n统筹抓好疫情防控与脱贫攻坚。返岗复工，让\n打工者出得去；农资保供，打通“最后一公里”；\n"
        "产销对接，让地里的货运出来；拿出实招，让\n扶贫车间的机器响起来……\n\n"
        "政策给力，截至5月底，25个省份贫困劳\n动力外出务工已达去年外出务工总数的\n100.79%，中西部22个省份扶贫公益岗位安置\n\n"
        "418.49万贫困人口，扶贫车间复工率98.6％，\n消费扶贫已实现销售482.56 亿元。\n\n脱贫攻坚战稳步推进\n",
        (None, "脱贫攻坚战稳步推进"), "扶贫公益岗位安置418.49万贫困人口", id="three lines cut evenly at the top"),
])
def test_body_lines_that_read_as_heading_lines_stay_in_the_body(page, heading, body_part):
    (article,) = _parse(page)
    assert (article.kicker, article.headline) == heading and body_part in article.body


@pytest.mark.parametrize("page, items", [
    # the headline with a comma, 15 cells in the body's 16-cell column, stands above a picture whose
    # caption holds one full line, 22 cells wide: set apart from the text below, it is the headline
    pytest.param(
        "本报讯 凭借对乒乓球运动的深刻理解，中\n国乒乓球学院在合作研发乒乓球机\n器人的过程中少走了不少弯路。发\n"
        "球机器人在设计初期时，被设定的\n出球速度很快，后来发现这超过了\n多数运动员的接受能力。\n\n"
        "机器人，让乒乓球有了更多可能\n\n6 月18日，健身爱好者在舞龙。\n\n"
        "近日，在重庆市涪陵区，健身爱好者早早来到两\n江广场，进行太极、舞龙、跳舞等健身活动。\n\n"
        "肖乐峰摄（影像中国）\n\n舞 动\n\n■记者 苏媛\n\n本报讯 中国沙滩排球队日前已在南京集结。\n\n沙排备战\n",
        [("机器人，让乒乓球有了更多可能", None, "凭借对乒乓球运动"), ("舞动", None, "6月18日，健身爱好者在舞龙。")],
        id="one full caption line"),
    # …庆祝活动，让 needs what follows (让人们…): no kicker, headline or subtitle of the corpus ends so
    pytest.param(
        "本报讯 6月24日，北京延庆线上\n端午文化活动首场直播在世园\n公园精彩开启，乡土文化专家\n张义带来一段段精彩的传说故\n事。\n\n"
        "（本报记者戴林峰、程远\n州、申智林、张云河）\n\n多彩端午展\n现文化魅力\n\n"
        "为迎接端午节，各地纷纷举办庆祝活动，让\n\n人们在民俗体验活动中，感受中华传统节日\n的魅力。\n\n我们的节日·端午\n\n"
        "本报北京6月24日电 （李龙伊、丛坤）\n国防部新闻局局长、国防部新闻发言\n人吴谦24日在国防部例行记者会上\n强调，中方对加勒万河谷地区拥有\n主权。\n\n"
        "中印边境冲突责任完全在印方\n",
        [("多彩端午展现文化魅力", None, "6月24日"), ("我们的节日·端午", None, "为迎接端午节，各地纷纷举办庆祝活动，让人们")],
        id="line ending on a coverb"),
    # 向 alone would end on a coverb, but 擘画未来方 | 向 ends on 方向: the subtitle is whole
    pytest.param(
        "本报讯 中非支持全球化，坚定捍卫以联合国为核\n心的国际体系，为全球携手战胜疫情作出重\n要贡献。\n\n"
        "坚定不移推进中非友好\n\n——习近平主席主持中非团结抗疫特别峰会\n并发表主旨讲话为中非关系发展擘画未来方\n向\n\n"
        "■记 者 向锦璐\n\n本报讯 中非友好历久弥坚、永葆活力。\n\n中非友好\n",
        [("坚定不移推进中非友好", "——习近平主席主持中非团结抗疫特别峰会并发表主旨讲话为中非关系发展擘画未来方向", "中非支持全球化")],
        id="last line of one coverb"),
    # the picture story below the headline is set in a 10-cell column; the article below its
    # credit, in the 13-cell column of the one above: a credit closes what it credits, so the
    # text beyond it does not count as set in the same column (全面小康… is no subheading)
    pytest.param(
        "本报讯 要坚决打赢脱贫攻坚战，对标“两\n不愁三保障”，瞄准突出问题\n和薄弱环节，一鼓作气、尽锐\n"
        "出战，确保如期实现脱贫目标，\n让各族群众的日子越过越红火。\n\n“中华民族是一个大家庭，一\n\n"
        "家人都要过上好日子。”坚持\n中华民族一家亲、同心共筑中\n国梦，全国各族人民一定能“过\n上全面小康的生活”！\n\n"
        "全面小康一个民族都不能少\n\n"
        "初夏的大连，气温舒适，\n\n微风中带着清新的海味\n儿。\n\n恰逢退大潮，平静的海\n面好似一幅美丽的画卷。\n"
        "赶海的人们挽起裤管，\n在浅滩布满海藻的礁石\n间寻找小鱼小蟹，挖海\n蛎子海波螺，体验赶海\n的乐趣。\n\n"
        "吕文正摄（人民视觉）\n\n赶海\n\n"
        "6月8日至10日，习近平总书记\n在宁夏考察并作重要讲话，在\n当地干部群众中引发热烈反响。\n"
        "大家表示，要牢记习近平总书\n记嘱托，在决胜全面建成小康\n社会、决战脱贫攻坚的关键时\n刻，各民族团结携手、不懈奋\n"
        "斗，共同迈进全面小康。\n\n各民族团结携手共同迈进全面小康\n",
        [("全面小康一个民族都不能少", None, "要坚决打赢脱贫攻坚战"), ("赶海", None, "初夏的大连，气温舒适，")],
        id="picture story credited above the next article"),
    # the picture story below 沈跃跃出席二〇二〇 | 中国儿童发展论坛 is set in the 14-cell column of
    # the article above; the headline's lines, far short of that column, are no subheading
    pytest.param(
        "新华社北京6月1日电 “六一”\n\n儿童节，全国妇联主席沈跃跃在\n京出席2020 中国儿童发展论坛，\n并同儿童、教师一起参加升旗仪\n"
        "式，向孩子们祝贺节日，和大家\n一起学习习近平总书记寄语精神。\n\n"
        "沈跃跃说，要以习近平新时代中\n国特色社会主义思想为指导，坚\n持立德树人，注重家庭家教家风，\n落实儿童优先，促进儿童全面发\n"
        "展，依法维护儿童权益，为党的\n少年儿童事业作出更大贡献。\n\n"
        "沈跃跃出席二〇二〇\n中国儿童发展论坛\n\n"
        "6月1日，湖南省衡东县第一中学，\n高三年级的学生在田径场上运动，\n享受课间时光，相互加油鼓劲。\n\n"
        "肖亚辉摄（人民视觉）\n\n图片报道\n\n"
        "本报北京6月2日电（记者倪光辉）\n日前，教育部、中央军委国防动\n员部联合下发通知，就2020年大\n\n"
        "学生征兵工作作出部署。通知明\n确，2020年将进一步优化大学生\n征集结构，提高应届毕业生征集\n比例。\n\n"
        "教育部、中央军委国防动员部部署征兵工作\n",
        [("沈跃跃出席二〇二〇中国儿童发展论坛", None, "“六一”"), ("图片报道", None, "6月1日，湖南省衡东县")],
        id="picture story in the column of the article above"),
    # a picture story's caption holds no heading: 全国政协领导同志分别参加… closes the article
    # above it first, so the report below 苏辉参加台盟界委员小组讨论 is no picture story, and that
    # line stays a subheading of the body it shares a column with
    pytest.param(
        "本报讯 全国政协领导同志23日、24日分别在全国政协十\n三届三次会议有关界别与委员们一起讨论。应坚\n"
        "持把产业扶贫作为脱贫致富根本之策，精准定策、\n精准发力，确保民族地区同全国一道决胜全面小\n康、实现现代化。\n\n"
        "苏辉参加台盟界委员小组讨论\n\n"
        "全国政协副主席苏辉在参加台盟界委员小组讨论\n时说，政府工作报告与政协常委会工作报告，坚\n"
        "持以习近平新时代中国特色社会主义思想为指导，\n体现了以人民为中心的发展思想，对两岸融合发\n展作出了重要部署。\n\n"
        "全国政协领导同志分别参加全\n国政协十三届三次会议讨论\n\n"
        "目前，山西省运城市400多万亩小麦已陆续\n进入收获期，2000多台联合收割机投入“三\n"
        "夏”作业。图为5月23日，收割机在运城市盐湖区\n银张村田间收割。\n\n薛  俊摄（人民视觉）\n\n"
        "开镰收麦正忙 农技服\n务跟上\n",
        [("全国政协领导同志分别参加全国政协十三届三次会议讨论", None, "全国政协领导同志23日"),
         ("开镰收麦正忙农技服务跟上", None, "目前，山西省运城市")],
        id="heading above a picture story's credit"),
    # the caption's first paragraph, cut by a blank line after …的动物, is read with the text
    # below it: no heading, so a picture story follows and confirms the heading with commas
    pytest.param(
        "本报讯 中国商飞表示，将积极听取3家航空公司对产品优化、\n管理提升、客户服务提升等方面的建议，持续完善\n"
        "ARJ21飞机客户服务体系和运行支持体系，为飞机交\n付和后续航线顺畅运营提供保障。\n\n"
        "国航、东航、南航各接收ARJ21飞机\n\n近一段时间，地处海口的海南热带野生动植物园的动物\n\n"
        "“宝宝”吸引了不少游客，形成了观赏游览的高峰期。\n图为小游客兴奋地与梅花鹿互动。\n\n"
        "封  烁摄（人民视觉）\n\n图片报道\n",
        [("国航、东航、南航各接收ARJ21飞机", None, "中国商飞表示"), ("图片报道", None, "近一段时间，地处海口")],
        id="caption paragraph cut by a blank line"),
    # the next article shares the 11-cell column, but the headline's two lines stop 3 cells
    # short of it, cut evenly inside 兜售: a headline's type, broken near its middle
    pytest.param(
        "本报讯 有识之士更加清晰\n地看到，班农之流兜售的\n并不是什么新货色，这种\n逆全球化的零和博弈思维，\n"
        "不管如何声嘶力竭，无论\n怎样卖力推销，终究难逃\n罪责，被越来越多的人所\n唾弃。班农逆潮流而动，\n"
        "反世界大势，其丑陋滑稽\n的表演，无论想达到什么\n目的，注定不会得逞。\n\n"
        "“冷战活化石”兜\n售的都是什么货色\n\n"
        "为期15天的中国—拉美（\n墨西哥）国际贸易数字展\n览会日前闭幕，墨西哥、\n巴西、智利、哥斯达黎加、\n"
        "阿根廷等11个国家、超过\n4.5万人次在线参展。\n\n在线展会推动中拉经贸合作\n",
        [("“冷战活化石”兜售的都是什么货色", None, "有识之士"), ("在线展会推动中拉经贸合作", None, "为期15天")],
        id="headline cut evenly mid-word short of a shared column"),
])
def test_items_end_where_their_headings_do(page, items):
    parsed = _parse(page)
    assert [(item.headline, item.subtitle) for item in parsed[: len(items)]] == [expected[:2] for expected in items]
    assert all(item.body.startswith(expected[2]) for item, expected in zip(parsed, items))


PHRASE_BROKEN_HEADINGS = [  # an issue's headlines, each broken at a phrase in two lines
    ("“文物‘潮’我", "看”融媒活动举行"), ("“足不出户，云游", "中国”活动在英国启动"), ("“现在是国际", "社会团结的时候”"),
    ("疫情防控彰显", "深厚文化底蕴（思想纵横）"), ("增强新时代", "西部大开发的智力支撑"),
    ("塞尔维亚为中国", "专家组颁发最高荣誉勋章"), ("上海开展民间", "收藏文物鉴定咨询"), ("京雄城际铁路", "河北段开始铺轨"),
    ("印尼三度", "降息提振经济"), ("中国向古巴", "捐赠防疫物资"),
]


def phrase_broken_issue() -> list[str]:
    """Two pages of five short reports each, every headline broken at a phrase below it."""
    def page(headings):
        return "".join(f"本报讯 这是第{k}篇报道的正文，\n与标题无关。\n\n" + "\n".join(h) + "\n\n"
                       for k, h in enumerate(headings))

    return [page(PHRASE_BROKEN_HEADINGS[:5]), page(PHRASE_BROKEN_HEADINGS[5:])]


def test_an_issue_is_read_in_the_house_style_its_own_headings_show():
    pages = phrase_broken_issue()
    issue, style = segment_pages(pages)
    assert style.below_unfinished_line < 0.8
    assert [(item.kicker, item.headline) for item in issue[1]] == [
        (None, "塞尔维亚为中国专家组颁发最高荣誉勋章"), (None, "上海开展民间收藏文物鉴定咨询"),
        (None, "京雄城际铁路河北段开始铺轨"), (None, "印尼三度降息提振经济"), (None, "中国向古巴捐赠防疫物资")]
    # read in the default style, the ambiguous breaks give kickers
    assert [item.kicker for item in segment_page(pages[1])] == [None, "上海开展民间", "京雄城际铁路", "印尼三度", "中国向古巴"]
    assert all(not conservation_diff(text, items)[0] for text, items in zip(pages, issue))


def test_the_room_set_around_a_number_fills_the_line():
    # 截至5 月 15日 24时，31 个 fills its 17-cell column with the spaces set around its numbers,
    # as the sample's 明确 16 条 fills its 14 cells: a paragraph's line before a blank line that
    # fell inside the paragraph, not a line standing short of the column as a headline does
    page = ("本报讯 当前，医疗机构承担着疫情防治和提供\n正常医疗服务双重任务。\n\n"
            "做好院感预防控制，让群众看病放心。\n北京儿童医院院长倪鑫介绍，北京儿童\n医院对所有医务人员进行院感知识培训，\n"
            "到岗人员必须院感考核合格才能上岗。\n\n据介绍，截至5 月 15日 24时，31 个\n\n"
            "省区市和新疆生产建设兵团现有确诊病\n例 89例；累计治愈出院病例78219 例，\n"
            "累计死亡病例4633 例。\n\n加强院感防控 让群众放心就医\n")
    (item,) = _parse(page)
    assert item.headline == "加强院感防控让群众放心就医"
    assert item.paragraphs[-1].startswith("据介绍，截至5月15日24时，31个省区市")


LOGISTICS_BODY = ("交通运输部昨天在新闻发布会上介绍，今年\n将出台多项措施，减轻实体经济企业负担，\n"
                  "预计全年降低物流成本超过一千三百亿元。\n\n")
STANDARDS_BRIEF = ("本报电 日前，全国婴童用品标准化工作组\n成立。下一步，该工作组将开展标准研制\n工作。\n\n"
                   "婴童用品有了标准\n")


def test_a_last_heading_block_the_next_body_repeats_is_that_bodys_title():
    # a brief's own title line sits below the heading above it, with no byline between: the
    # brief repeats it, the article above does not, so it is no subtitle of that article
    page = (LOGISTICS_BODY + "交通部门进一步减轻实体经济企业负担\n预计全年降物流成本超一千三百亿元\n\n"
            "全国婴童用品标准化工作组成立\n\n" + STANDARDS_BRIEF)
    first, brief = _parse(page)
    assert first.subtitle is None and "婴童" not in (first.kicker or "") + first.headline
    assert first.heading_explanation.endswith("全国婴童用品标准化工作组成立 opens the next body, which repeats 100% of it "
                                              "(this article 0%)")
    # the title opens the body now, so 本报电 no longer does: it is the text of its line again
    assert (brief.headline, brief.lead) == ("婴童用品有了标准", None)
    assert brief.paragraphs[:2] == ["全国婴童用品标准化工作组成立", "本报电日前，全国婴童用品标准化工作组成立。下一步，该工作组将开展标准研制工作。"]


@pytest.mark.parametrize("page, heading", [
    # a law's adoption note, which the next law's dispatch repeats
    (("一、任命刘雪梅为最高人民法院立案庭副\n庭长。\n二、免去张军的最高人民法院副院长职\n务。\n\n"
      "全国人民代表大会常务委员会任免名单\n\n（2020年6月20日第十三届全国人民代表大会常务委员会第十九次会议通过）\n\n"
      "本报北京6月20日电 第十三届全国人民代\n表大会常务委员会第十九次会议6月20日通\n过了关于修改法律的决定。\n\n全国人大常委会通过决定\n"),
     (None, "全国人民代表大会常务委员会任免名单", "（2020年6月20日第十三届全国人民代表大会常务委员会第十九次会议通过）")),
    # a headline closed by its column's label, above an editor's note that quotes it
    (("留学瑞士，心无旁骛，刻苦学习只为报效\n祖国；带领团队，以身示范，工作参会严格\n守时细致入微。\n\n深耕太空探测半个多世纪\n\n"
      "向着璀璨星空不断前行（讲述·一辈子一件事）\n\n本报讯 向着璀璨星空不断前行，是这位老\n科学家一辈子的事。\n\n为坚守点赞\n"),
     ("深耕太空探测半个多世纪", "向着璀璨星空不断前行（讲述·一辈子一件事）", None)),
    # a subtitle opening with a dash
    (LOGISTICS_BODY + "交通部门进一步减轻企业负担\n\n——全国婴童用品标准化工作组成立\n\n" + STANDARDS_BRIEF,
     (None, "交通部门进一步减轻企业负担", "——全国婴童用品标准化工作组成立")),
    # the headline below a kicker's dash
    (LOGISTICS_BODY + "交通运输部——\n\n全国婴童用品标准化工作组成立\n\n" + STANDARDS_BRIEF,
     ("交通运输部——", "全国婴童用品标准化工作组成立", None)),
])
def test_a_heading_block_that_only_a_heading_holds_stays_even_where_the_next_body_repeats_it(page, heading):
    first, following = _parse(page)
    assert (first.kicker, first.headline, first.subtitle) == heading
    assert following.paragraphs[0].startswith(("第十三届", "向着璀璨星空不断前行，", "日前，"))


def test_a_subtitle_its_own_article_restates_stays_where_the_next_body_repeats_it_too():
    # two briefs on one news: the subtitle is the first one's, which its own body restates
    page = ("本报讯 市场监管总局昨天宣布，全国婴童用\n品标准化工作组成立，将统筹婴童用品标准。\n\n"
            "市场监管总局推进婴童用品标准化\n\n全国婴童用品标准化工作组成立\n\n" + STANDARDS_BRIEF)
    first, following = _parse(page)
    assert [first.kicker, first.headline, first.subtitle].count("全国婴童用品标准化工作组成立") == 1
    assert following.paragraphs[0].startswith("日前，")


def test_a_briefs_kicker_and_headline_below_a_heading_go_to_the_brief_together():
    # 国际劳工组织—— | 全球超过…停止工作 is the title of the brief below, in two blocks: both
    # move, as the headline alone would leave a kicker's dash closing the heading above
    page = (LOGISTICS_BODY + "交通部门进一步减轻实体经济企业负担\n\n国际劳工组织——\n\n全球超过1/6青年因新\n\n冠肺炎疫情停止工作\n\n"
            "国际劳工组织近日发布报告称，自新冠肺炎疫\n情发生以来，全球超过1/6的青年停止工作。\n\n青年就业受冲击\n")
    first, brief = _parse(page)
    assert (first.kicker, first.headline, first.subtitle) == (None, "交通部门进一步减轻实体经济企业负担", None)
    assert brief.headline == "青年就业受冲击"
    assert brief.paragraphs[0] == "国际劳工组织——"


def test_a_photo_title_is_not_read_into_the_caption_above_its_credit():
    # the title is as wide as the caption's column, and the next article opens with no lead or
    # byline: read past the credit it looked like the caption running on
    page = ("日前，志愿者走进社区，\n为老年人提供义诊服务。\n\n■摄影 熊荣\n周洁\n\n“产业飞地”推进建设\n\n"
            "车出成都，一路翻山越岭。6个多\n小时后，终于抵达小相岭。\n\n小相岭隧道全长21.775 千米，是\n"
            "成昆铁路复线的控制性工程。\n\n掘进小相岭\n")
    photo, article = _parse(page)
    assert (photo.kind, photo.headline, photo.body) == ("photo", "“产业飞地”推进建设", "日前，志愿者走进社区，为老年人提供义诊服务。")
    assert article.headline == "掘进小相岭" and article.body.startswith("车出成都")


def test_a_closing_note_below_a_jump_line_closes_the_continued_part_not_the_photo_above():
    page = ("昨天，市民在公园内赏花\n游玩，享受春日好时光。\n\n■摄影 余露\n范莉\n\n田间农忙正当时\n\n（上接第二版）\n"
            "（作者为北京大学教育学院研究员、博士生导师，本\n报记者魏薇采访整理）\n\n■记者 姚宁菁\n\n"
            "本报讯 当代城市题材文学在历史与现实的对话中展开。\n\n城市文学的新版图\n")
    photo, part, article = _parse(page)
    assert (photo.kind, photo.headline, photo.body) == ("photo", "田间农忙正当时", "昨天，市民在公园内赏花游玩，享受春日好时光。")
    assert part.jump == "（上接第二版）" and part.body.startswith("（作者为")
    assert article.headline == "城市文学的新版图"


def test_a_comma_inside_brackets_asks_no_confirmation_of_a_heading():
    # a picture story follows in a wider column, so nothing below confirms the heading lines: the
    # list comma inside （…） must not make them read as a sentence
    page = ("（四）结果反馈。考核\n结果经党中央、国务院\n审定后，以中央办公厅、\n国务院办公厅名义向各\n"
            "省（自治区、直辖市）\n反馈，并以适当方式进\n行通报。\n\n中办国办印发\n\n"
            "省（自治区、直辖市）污染防治攻坚战成\n效考核措施\n\n"
            "随着复工复产、复市复业加快，被称为“8D魔\n幻立体城市”的重庆车水马龙、生机勃勃。图\n"
            "为近日在九龙坡区谢家湾片区，轨道交通2 号\n线列车、行驶在龙腾大道上的汽车，与远处鹅\n"
            "公岩大桥、新建成的鹅公岩轨道大桥，在晨曦\n中形成了一道层次丰富的独特风景线。\n\n"
            "唐安冰摄（影像中国）\n\n车水马龙\n")
    article, story = _parse(page)
    assert (article.kicker, article.headline) == ("中办国办印发", "省（自治区、直辖市）污染防治攻坚战成效考核措施")
    assert article.body.endswith("并以适当方式进行通报。")
    assert story.headline == "车水马龙" and story.body.startswith("随着复工复产")


def test_below_a_heading_a_line_wider_than_the_text_below_is_no_part_of_that_text():
    # the next article opens with neither lead nor byline; the comma line, one cell wider than the
    # body above but four wider than the column below, cannot open that column's first paragraph
    page = ("方提供更多准备的时间，也有\n利于运动员备战，同时使巴黎\n奥组委、单项组织等能够尽早\n"
            "着手进行财务、场馆、后勤等\n方面的准备。\n\n国际奥委会召开执行委员会会议\n\n未来3个奥运会怎么办，有了答案\n\n"
            "健康与每个人息息相关，\n“社区健康师”对接社\n会生活的基层单元。推\n动更多体育领域的专业\n"
            "资源面向社会开放。\n\n社区里来了“健康师”\n")
    first, second = _parse(page)
    assert (first.kicker, first.headline) == ("国际奥委会召开执行委员会会议", "未来3个奥运会怎么办，有了答案")
    assert second.headline == "社区里来了“健康师”" and second.body.startswith("健康与每个人息息相关")


def test_a_collections_credit_under_a_caption_is_no_headline():
    # a feature closes on its pictures' captions, each credited to the collection that holds it;
    # the credit above the heading must not be read as the headline or its kicker
    page = ("■记者 周明\n\n本报讯 老人收藏青铜器四十年，\n藏品已有三百余件。\n\n图①：兽面纹青铜鼎，商代晚期。\n\n"
            "河南博物院藏\n\n图②：铜镜，唐代。\n\n洛阳博物馆藏\n\n王大明——\n\n与青铜器相守四十年（收藏世界）\n")
    (article,) = _parse(page)
    assert (article.kicker, article.headline) == ("王大明——", "与青铜器相守四十年（收藏世界）")
    assert article.paragraphs[-2:] == ["图②：铜镜，唐代。", "洛阳博物馆藏"]


def test_a_schedule_boxs_time_line_is_no_subtitle():
    # 时间：… and 日程：… open a box below the heading: labelled lines, never a heading's unit
    page = ("■记者 李华\n\n本报讯 代表们围绕政府工作报告\n踊跃发言，提出意见建议。\n\n"
            "栗战书在参加江苏代表团审议时强调\n坚持以人民为中心的发展思想\n\n时间：5月23日上午\n\n"
            "日程：栗战书参加江苏代表\n团审议\n\n审议现场，气氛热烈。\n")
    article, box = _parse(page)
    assert (article.kicker, article.headline, article.subtitle) == (
        "栗战书在参加江苏代表团审议时强调", "坚持以人民为中心的发展思想", None)
    assert box.body.startswith("时间：5月23日上午")


DIGEST_UNDER_A_WIDE_COLUMN = """■记者 彭叶韵
实习生 于薇荣

本报讯 兴业银行发行
300 亿元小微企业专项
金融债

本报电 兴业银行近日
在银行间市场成功发行
首期300亿元小微企业
专项金融债，募集资金
将专项用于小微企业贷
款。

（欧阳洁）

广发银行推出“扶贫贷”
金融扶贫产品

本报电 广发银行近日
结合人寿集团公司“扶
贫保”工程和扶贫地区
的产业特点，推出“扶
贫贷”专项信贷产品。

（陈 捷）

财经短波
"""


def test_a_digest_report_whose_title_reads_as_two_units_stays_in_its_digest():
    # where the issue's headings are set 20 cells wide, 广发银行推出“扶贫贷” (11 cells) reads as a
    # kicker; it is a title set at the digest's text column, a line of the digest all the same
    items = segment_page(DIGEST_UNDER_A_WIDE_COLUMN, HouseStyle(narrowest_column=20.0))
    assert [(item.kicker, item.headline) for item in items] == [(None, "财经短波")]
    assert items[0].paragraphs[3] == "广发银行推出“扶贫贷”金融扶贫产品"
    assert [(b.name, b.role) for b in items[0].bylines] == [("彭叶韵", "记者"), ("于薇荣", "实习生")]


POEM_WITH_AN_EXCLAIMED_LINE = """■记者 许霞岚

本报讯 报载，4月26日武汉在院新
冠肺炎患者清零，武汉保卫战、湖
北保卫战取得决定性成果。

武汉三城，

春风骤，

突遭疫瘼。

静静平湖卷滔浪，

滚滚长江动怒色。

休欺我！

仲景和华佗，

又扁鹊。

飞黄鹤。

满江红·武汉战疫
"""


def test_a_poems_exclaimed_line_set_alone_is_a_line_of_the_poem():
    # 休欺我！ stands alone between blank lines like a one-line headline; the verse lines above
    # and below it make it one of the poem's lines
    (item,) = _parse(POEM_WITH_AN_EXCLAIMED_LINE)
    assert (item.kicker, item.headline, item.subtitle) == (None, "满江红·武汉战疫", None)
    assert item.paragraphs[-4:] == ["休欺我！", "仲景和华佗，", "又扁鹊。", "飞黄鹤。"]


PICTURES_PROVIDED_BY_A_MUSEUM = """■记者 黄瑾娥

本报讯 收藏人李积回的“发烧”人生
更令人感叹不已。

此外，判别重放声音高保真程度的
高低，还要有良好的听音环境。

阳江市十八子音响博物馆提供

图①：VIVID音箱，南非2002年产。

李积回——

从音响发烧友到音响收藏家（收藏世界）
"""


def test_a_line_crediting_who_provided_the_pictures_is_no_headline():
    (item,) = _parse(PICTURES_PROVIDED_BY_A_MUSEUM)
    assert (item.kicker, item.headline) == ("李积回——", "从音响发烧友到音响收藏家（收藏世界）")
    assert item.paragraphs[-2:] == ["阳江市十八子音响博物馆提供", "图①：VIVID音箱，南非2002年产。"]


@pytest.mark.parametrize("letter_opening", [
    "袁隆平、钟南山、叶培建等25位同志：\n\n你们好，来信收悉。希望你们再接再厉。\n",
    "西藏大学医学院2015级临床医学专业的同\n学们：\n\n你们好，来信收悉。希望你们再接再厉。\n",
    "值此哈尔滨工业大学建校100周年之际，我\n代表党中央，向全校师生员工致以热烈的\n祝贺！\n哈尔滨工业大学历史悠久。\n",  # no salutation
])
def test_a_letters_title_above_the_letter_opens_the_next_body(letter_opening):
    # 回 信 below a kicker and its headline reads as their subtitle; above the letter it is the
    # title of the letter the next body prints
    page = ("本报讯 全党要切实推动民法典实施，更好保障人民权益。\n\n"
            "习近平在中央政治局第二十次集体学习时强调\n充分认识颁布实施民法典重大意义\n\n回 信\n\n"
            + letter_opening + "\n习近平回信勉励全国广大科技工作者\n")
    first, letter = _parse(page)
    assert (first.kicker, first.headline, first.subtitle) == (
        "习近平在中央政治局第二十次集体学习时强调", "充分认识颁布实施民法典重大意义", None)
    assert letter.paragraphs[0] == "回信" and letter.headline == "习近平回信勉励全国广大科技工作者"


def test_a_letters_title_and_salutation_set_apart_open_the_next_body():
    # the salutation stands alone, heading-like (a colon ends a kicker too): 回 信 and it are the
    # letter's opening, not a subtitle and kicker of the telephone call's report above them
    page = ("国和两国人民根本利益。中方高度重视\n中捷关系发展，愿同捷方一道努力，推\n动中捷战略伙伴关系不断发展。我期待\n疫情之后同你会面，共同擘画中捷和中\n"
            "国—中东欧国家关系未来。\n泽曼表示，中国成功控制新冠肺炎疫情，\n经济展现良好发展前景。感谢中方为捷\n克抗击疫情提供宝贵支持和援助。捷中\n"
            "友谊根深蒂固，双方人民互怀友好感情。\n我是中国真诚的朋友，将努力推动双边\n合作，确保两国关系排除干扰，继续向\n前发展。我期待不久再次访华。\n"
            "\n习近平同捷克总统泽曼通电话\n\n回 信\n\n郑州圆方集团全体职工：\n\n你们好！新冠肺炎疫情发\n生后，你们在集团党委带\n领下，一直坚守保洁、物\n"
            "业等岗位，不少同志主动\n\n请战驰援武汉等地的医院，\n以实际行动为抗击疫情作\n出了贡献。大家辛苦了！\n\n伟大出自平凡，英雄来自\n"
            "人民。面对这次突如其来\n的疫情，从一线医务人员\n到各个方面参与防控的人\n员，从环卫工人、快递小\n哥到生产防疫物资的工人，\n"
            "千千万万劳动群众在各自\n岗位上埋头苦干、默默奉\n献，汇聚起了战胜疫情的\n强大力量。希望广大劳动\n群众坚定信心、保持干劲，\n"
            "弘扬劳动精神，克服艰难\n险阻，在平凡岗位上续写\n不平凡的故事，用自己的\n辛勤劳动为疫情防控和经\n济社会发展贡献更多力量。\n"
            "\n习近平\n\n2020年4月30日\n\n习近平给郑州圆方集团职工回信勉励广大劳动\n群众\n")
    call, letter = _parse(page)
    assert (call.kicker, call.headline, call.subtitle) == (None, "习近平同捷克总统泽曼通电话", None)
    assert letter.paragraphs[:2] == ["回信", "郑州圆方集团全体职工："]
    assert letter.headline == "习近平给郑州圆方集团职工回信勉励广大劳动群众"


AN_ADVERTISERS_NAME_ABOVE_ITS_CONTACT_LINES = (
    "本报讯 稳步提升现有功能性口岸业务\n规模，积极申报建设新的功能\n性口岸，进一步丰富口岸功能。\n\n"
    "郑州航空港经济综合实验区\n\n（郑州新郑综合保税区）管理\n委员会\n\n招商电话：0371 —86199999\n\n"
    "网址：http://\nwww.zzhkgq.gov.cn/\n\n执子之手 与子兴业\n郑州航空港经济综合实验区\n"
)
A_TOPIC_ABOVE_THE_COLUMNS_MAILBOX = (
    "■记者 戴娥\n\n疫情防控常态化，如何应对疫情对产业就业扶贫\n项目带来的影响，欢迎读者结合身边所见所闻，\n"
    "说经历、谈感受、提建议。\n\n近期话题：脱贫攻坚严禁弄虚作假\n\n信箱：rmrbdzlx@126.com；传真：（010）\n65368495\n\n"
    "下期话题：如何巩固\n好产业就业扶贫成果\n"
)


def test_heading_like_lines_above_contact_lines_sign_off_the_body():
    # no body opens with 招商电话： or 信箱：, so the name or the topic above them is no headline
    (advertisement,) = _parse(AN_ADVERTISERS_NAME_ABOVE_ITS_CONTACT_LINES)
    assert advertisement.paragraphs[1:3] == ["郑州航空港经济综合实验区（郑州新郑综合保税区）管理委员会", "招商电话：0371—86199999"]
    (column,) = _parse(A_TOPIC_ABOVE_THE_COLUMNS_MAILBOX)
    assert (column.kicker, column.headline, column.subtitle) == (None, "下期话题：如何巩固好产业就业扶贫成果", None)
    assert column.paragraphs[1] == "近期话题：脱贫攻坚严禁弄虚作假"


CONTACT_LINES_BELOW_A_NOTICE = (  # laid out from a real notice: its contacts, its signature, its title
    "本报讯 对拟聘任人员进行不少于5个工作日的公示。公示期\n\n满，未发现影响聘任问题的，办理聘任手续。\n"
    "国务院发展研究中心人事局联系人：　　宫剑 010\n-51780028  13621226155　　姬波 010 -\n\n"
    "65230070  18910907086　　知识中心联系人：董\n丹丹 010-57512309  15101019864 　　胡登胜\n"
    "010-57512308  18810979099\n\n国务院发展研究中心　　2020 年6月17日\n\n"
    "面向社会公开选聘中国国际发展知\n识中心传播领域高层次人才公告\n"
)


def test_lines_holding_a_contact_or_a_phone_number_are_no_heading():
    # no People's Daily heading holds 联系人： or a phone number; 202 paragraphs do
    (notice,) = _parse(CONTACT_LINES_BELOW_A_NOTICE)
    assert (notice.kicker, notice.headline, notice.subtitle) == (
        None, "面向社会公开选聘中国国际发展知识中心传播领域高层次人才公告", None)
    assert notice.paragraphs[-1] == "国务院发展研究中心2020年6月17日"
    assert any("知识中心联系人：董丹丹" in paragraph for paragraph in notice.paragraphs)


A_NOTICE_WITH_ITS_ANNEX = (
    "本报讯 现将名单公示，接受广大群众监督。\n\n公示时间：2020年 6月19日—2020年6 月25日\n\n中央依法治国办\n\n"
    "2020年6月19日\n附件\n\n第一批全国法治政府建设示范地区和项目名单\n\n（按行政区划排列）\n\n"
    "一、全国法治政府建设示范市（县、区）（40\n个）\n\n北京市海淀区（推进行政审批制度改\n革）\n\n"
    "宁夏回族自治区银川市（推进行政审批制度改\n革）\n\n中央依法治国办\n关于第一批全国法治政府建设示范地区和项目名单的公示\n"
)


def test_an_annex_and_its_title_stay_in_the_documents_body():
    # 附件 alone on its line opens a document's annex; its title below is no headline
    (notice,) = _parse(A_NOTICE_WITH_ITS_ANNEX)
    assert (notice.kicker, notice.headline) == ("中央依法治国办", "关于第一批全国法治政府建设示范地区和项目名单的公示")
    assert notice.paragraphs[3:5] == ["附件", "第一批全国法治政府建设示范地区和项目名单（按行政区划排列）"]


def test_a_notice_keeps_its_heading_below_the_list_its_annex_prints():
    # laid out from a real notice: 附件 and the annex's title stay in the body, and the list's
    # short entries (北京市海淀区) do not set the column its last entry is measured against
    notice, dispatch = _parse((FIXTURES / "notice_annex_after_its_list.txt").read_text(encoding="utf-8"))
    assert (notice.kicker, notice.headline) == ("中央依法治国办", "关于第一批全国法治政府建设示范地区和项目名单的公示")
    assert "附件" in notice.paragraphs and dispatch.lead == "新华社香港6月18日电"


def test_a_signatures_date_with_the_annex_below_it_keeps_the_signer_in_the_body():
    # 中央依法治国办 | 2020 年6 月19日 + 附件 (no blank line between them): the signer is no headline
    items = _parse((FIXTURES / "notice_signed_above_its_annex.txt").read_text(encoding="utf-8"))
    assert "中央依法治国办" not in [item.headline for item in items]
    assert "2020年6月19日" in items[0].body


NAMES_UNDER_A_TITLE_AND_ITS_ADOPTION_NOTE = (
    "本报讯 杨振武  信春鹰（\n女）  李飞  张业遂\n唐方裕  李宝荣\n\n第十三届全国人民代表大会\n第三次会议副秘书长名单\n\n"
    "（2020年5月21日第十三届全国人民代表\n大会第三次会议主席团第一次会议决定）\n\n"
    "本报北京5月21日电（记者徐隽） 十三届全国人大三次会议21日晚举行预备会议。\n\n十三届全国人大三次会议举行预备会议\n"
)
LISTS_OF_NAMES_EACH_UNDER_ITS_TITLE = (
    "本报讯 丁仲礼  郝明金  蔡达峰  武维华\n\n杨振武\n\n第十三届全国人民代表大会第三次会议主席团常\n务主席名单\n\n"
    "（2020年5月21日第十三届全国人民代表大会第\n三次会议主席团第一次会议推选）\n\n主席团（174人，按姓名笔\n划为序）\n\n"
    "丁仲礼  丁薛祥  乃依\n木·亚森（维吾尔族）\n于伟国  万鄂湘  习近\n平  马伟明  马逢国\n\n"
    "第十三届全国人民代表大会第三次会议主席团和秘书长名单\n\n（2020年5月21日第十三届全国人民代表大会第三次会议预备会议通过）\n"
)


def test_an_adoption_note_set_apart_ends_its_titles_heading():
    # above the title, names end on no full stop (…唐方裕  李宝荣), yet the title is a headline:
    # its note follows one blank line below; and the note is the heading's last unit, so
    # 主席团（174人，按姓名笔划为序） below it opens the next list
    names, meeting = _parse(NAMES_UNDER_A_TITLE_AND_ITS_ADOPTION_NOTE)
    assert (names.headline, names.subtitle) == (
        "第十三届全国人民代表大会第三次会议副秘书长名单", "（2020年5月21日第十三届全国人民代表大会第三次会议主席团第一次会议决定）")
    assert meeting.headline == "十三届全国人大三次会议举行预备会议"
    first, second = _parse(LISTS_OF_NAMES_EACH_UNDER_ITS_TITLE)
    assert (first.headline, first.subtitle) == (
        "第十三届全国人民代表大会第三次会议主席团常务主席名单", "（2020年5月21日第十三届全国人民代表大会第三次会议主席团第一次会议推选）")
    assert second.paragraphs[0] == "主席团（174人，按姓名笔划为序）"
    assert second.headline == "第十三届全国人民代表大会第三次会议主席团和秘书长名单"


@pytest.mark.parametrize("credit", ["本报记者  吴齐强\n\n郝迎灿整理", "本报记者 黄 超 左\n\n潇摄影报道"])
def test_a_staff_credit_cut_off_by_a_blank_line_is_no_kicker(credit):
    page = f"本报讯 全省规上工业企业复工率超过九成。\n\n{credit}\n\n打通堵点，服\n务实体经济\n"
    (item,) = _parse(page)
    assert (item.kicker, item.headline, item.subtitle) == (None, "打通堵点，服务实体经济", None)
    assert item.body.endswith(credit.replace(" ", "").replace("\n", ""))


def _set(*paragraphs: str, width: int = 16) -> str:
    """Paragraphs wrapped at one column, a blank line after each."""
    return "\n\n".join("\n".join(textwrap.wrap(paragraph, width)) for paragraph in paragraphs) + "\n\n"


CUSTOMS_BODY = _set("深圳海关缉私局侦查二处负责人表示，“奉献”“博弈”和“亮剑”是这支队伍最突出的精神品质。",
                    "5年来，深圳海关缉私局侦查二处先后摧毁了42个毒品走私犯罪团伙，缉毒干警练就了识毒辨毒的“火眼金睛”。")
FESTIVAL_BODY = _set("端午节来临之际，各地举办系列主题活动，勾勒出一幅幅精彩纷呈的民俗画卷，展现了文化魅力。",
                     "6月22日上午，在湖北省秭归县，2020屈原故里端午文化节开幕，来自各界的代表向屈原祠敬献兰草。")
CUSTOMS_HEADING = "深圳海关缉私局侦查二处——\n\n战毒品 练就“火眼金睛”\n\n"


def test_a_kicker_dash_heading_repeating_the_body_above_closes_it_though_the_next_body_shares_its_column():
    # the next body has neither lead nor byline and is set in the same 16-cell column, as a
    # section below a subheading would be; the heading repeats the body above, not the one below
    page = CUSTOMS_BODY + CUSTOMS_HEADING + FESTIVAL_BODY + "多彩端午展现文化魅力\n"
    customs, festival = _parse(page)
    assert (customs.kicker, customs.headline) == ("深圳海关缉私局侦查二处——", "战毒品练就“火眼金睛”")
    assert customs.body.endswith("识毒辨毒的“火眼金睛”。")
    assert festival.headline == "多彩端午展现文化魅力" and festival.body.startswith("端午节来临之际")


def test_an_article_with_sections_headed_by_a_kickers_dash_keeps_them_as_subheadings():
    opening = _set("今年以来，深圳海关缉私局侦查二处坚持打防并举，禁毒宣传进口岸、进校园、进社区。")
    page = (opening + "禁毒宣传——\n\n“让孩子们远离毒品”\n\n" + CUSTOMS_BODY + CUSTOMS_HEADING
            + FESTIVAL_BODY + "多彩端午展现文化魅力\n")
    (article,) = _parse(page)
    assert article.headline == "多彩端午展现文化魅力"
    assert article.paragraphs[1:3] == ["禁毒宣传——", "“让孩子们远离毒品”"]
    assert "深圳海关缉私局侦查二处——" in article.paragraphs


def test_a_heading_line_opening_on_a_space_continues_the_headline_above():
    page = _set("浙江省绍兴市上虞区在做好常态化疫情防控的同时，积极有序推进重大项目建设，为经济高质量发展注入强劲动力。",
                width=19) + "浙江上虞抓重大项目建设\n 推动经济高质量发展\n"
    (article,) = _parse(page)
    assert (article.kicker, article.headline) == (None, "浙江上虞抓重大项目建设推动经济高质量发展")


def test_a_heading_line_ending_on_a_space_continues_on_the_line_below():
    # 黄鹤楼下␣直播带货 cut at its phrase space keeps the space at the upper line's end: the break
    # wraps the headline, where the text alone read 黄鹤楼下 as its kicker
    page = ("本报讯 5月 9日，湖北武汉黄鹤楼下，当地主播\n正为湖北特色产品进行线上直播推广。\n"
            "湖北是农业大省，是全国重要农产品生产基地。\n疫情防控中，部分农产品出现滞销情况。为解决\n"
            "该问题，多地政府鼓励优先采购湖北农产品，不\n\n少主流媒体也开展了线上带货。其中，直播带货\n"
            "已经成为助益湖北经济复苏的重要方式，连日来\n在众多电商平台持续火爆。\n\n"
            "黄鹤楼下 \n直播带货\n")
    (article,) = _parse(page)
    assert (article.kicker, article.headline) == (None, "黄鹤楼下直播带货")


def test_a_heading_right_below_a_finished_sentence_above_the_next_lead_is_split_off():
    page = ("本报讯 近日，我市召开全市生态环境保护工作会议，\n部署今年重点工作。会议要求各地为建设美丽家园\n作出更大贡献。\n"
            "我市部署生态环境保护工作\n\n本报讯 昨天，市民在公园内赏花游玩，享受春日\n好时光。\n\n春日赏花\n")
    first, second = _parse(page)
    assert first.headline == "我市部署生态环境保护工作" and first.body.endswith("作出更大贡献。")
    assert second.headline == "春日赏花"


@pytest.mark.parametrize("page, roles, body_part", [
    # 格兰仕, the advertisement's last paragraph, right below its finished sentence and above the
    # heading: the paragraph's end, not a kicker split off (a full line above: no paragraph break)
    pytest.param("■记者 邵眉莺\n\n新冠肺炎疫情发生以来，各行各业积极发\n挥主观能动性，把握“危中见机”的对策、\n"
                 "路径和办法，创新创造新经济业态，努力\n推动经济发展。格兰仕集团着力推进开源\n芯片、边缘计算和无线电力前沿技术的集\n"
                 "成创新，上线格兰仕工业4.0示范基地，\n在变局中勇闯新路，推动企业科技转型。\n格兰仕\n\n在危机中育新机 \n于变局中开新局\n",
                 (None, "在危机中育新机于变局中开新局"), "推动企业科技转型。格兰仕", id="advertiser's name"),
    # 2019年，… | …（国际） opens a paragraph that a blank line cuts, right below 工作热情。
    pytest.param("本报讯 受聘成为“草原禁毒宣传形象大使”\n更激发了陶迎春的工作热情。\n 2019年，在她的热心协调推动下，\n"
                 "地方政府、企业和相关部门、爱心\n人士，投资建成了内蒙古（国际）\n\n禁毒主题雕塑公园，成为当地首个\n大型禁毒主题雕塑公园。\n\n"
                 "内蒙古自治区血液中心血液保障科主任陶迎春——\n\n誓做草原无毒净土的守护者\n",
                 ("内蒙古自治区血液中心血液保障科主任陶迎春——", "誓做草原无毒净土的守护者"), "爱心人士，投资建成了内蒙古（国际）",
                 id="paragraph cut by a blank"),
])
def test_lines_below_a_finished_sentence_with_no_blank_stay_body_unless_an_article_opens_below(page, roles, body_part):
    (article,) = _parse(page)
    assert (article.kicker, article.headline) == roles
    assert body_part in article.body


def test_a_paragraphs_first_lines_cut_off_by_a_blank_below_a_heading_open_the_next_body():
    # 北京海淀区的中关村图 | 书大厦开设了建在书店 fill the 10-cell column of the caption below, which
    # a blank line cut them off: not a subtitle of the heading above
    page = ("本报讯 在业内人士看来，未来，互动剧并不\n会代替普通影视剧，而是将以另一种\n赛道的形式与普通影视剧共存。\n\n"
            "在多个视频平台相继上线，支持多视角切换与分支剧情\n\n互动剧 换条赛道奔跑（解码·文化市场新观察）\n\n"
            "北京海淀区的中关村图\n书大厦开设了建在书店\n\n内的博物馆，并开展“\n自然科学营”活动。参\n与的小读者们不仅可以\n"
            "免费阅读大量的科普图\n书，还能一览动物化石、\n昆 虫 琥 珀 、 蝴 蝶 标 本 等\n展品，留下更深刻的科\n普印象。图为5月13日，\n"
            "小朋友在工作人员带领\n下观看大蓝闪蝶标本。\n\n本报记者  贺  勇\n摄\n\n图片报道\n")
    article, photo = _parse(page)
    assert (article.kicker, article.headline, article.subtitle) == (
        "在多个视频平台相继上线，支持多视角切换与分支剧情", "互动剧换条赛道奔跑（解码·文化市场新观察）", None)
    assert photo.headline == "图片报道" and photo.body.startswith("北京海淀区的中关村图书大厦开设了建在书店内的博物馆")


def test_a_comma_heading_set_wider_than_the_body_above_with_a_short_line_is_a_heading():
    # 15 and 18 cells below a 12-cell body: a paragraph's lines fill their column but the last,
    # so lines set apart like these are heading units, though the text below shares the wider one
    page = (_set("会议强调，六是加快推进财税改革，着力打好脱贫攻坚战和污染防治攻坚战。", width=12)
            + "全国人民代表大会财政经济委员会\n依法开展二〇二〇年计划、预算审查工作\n\n"
            + _set("日前，中国驻俄罗斯大使馆向中国在俄留学人员派发抗疫物资，以最大限度保障留学人员的健康安全。", width=18)
            + "“祖国永远是我们最坚强后盾”\n")
    first, second = _parse(page)
    assert (first.headline, first.subtitle) == ("全国人民代表大会财政经济委员会", "依法开展二〇二〇年计划、预算审查工作")
    assert first.body.endswith("污染防治攻坚战。")
    assert second.body.startswith("日前，中国驻俄罗斯大使馆") and second.headline == "“祖国永远是我们最坚强后盾”"


def test_a_comma_heading_set_short_of_the_body_above_with_a_shorter_line_first_is_a_heading():
    # 18 and 21 cells below a 23-cell body: no paragraph leaves a line that short above a wider one
    page = (_set("据介绍，目前已有28个省份结合本地区实际，增加了专题方案或专项方案，各地、各部门措施有软有硬、质量有高有低。", width=23)
            + "全国安全生产专项整治三年行动扎实推进\n一些地区、部门仍存在实施方案内部空转的情况\n\n"
            + _set("近日，4岁女孩李馨普跟随父亲来到浙江乐清市消防救援大队，向消防员们表示感谢。", width=11)
            + "种下消防梦\n")
    first, second = _parse(page)
    assert (first.headline, first.subtitle) == ("全国安全生产专项整治三年行动扎实推进", "一些地区、部门仍存在实施方案内部空转的情况")
    assert second.body.startswith("近日，4岁女孩李馨普") and second.headline == "种下消防梦"


def test_a_paragraphs_line_stopping_short_above_a_number_run_is_no_heading_line():
    # 此外… stops short because 21.7万亿元 did not fit, and a blank line cuts the paragraph off
    page = ("5月份，银行间货币市场成交共计101.1万亿元，同比\n增长19.48%，同业拆借月加权平均利率为1.25%，较\n"
            "上月上行14个基点，质押式回购月加权平均利率为\n1.29%。\n\n此外，5月份，银行间债券市场现券成交\n"
            "21.7万亿元，日均成交1.14万亿元，同比增长\n\n29.38%。交易所债券市场现券成交1.3万亿元。\n\n"
            "5月债券市场发行债券4.8万亿元\n")
    (article,) = _parse(page)
    assert article.headline == "5月债券市场发行债券4.8万亿元"
    assert "此外，5月份，银行间债券市场现券成交21.7万亿元" in article.body


def test_a_dated_dispatch_note_closes_its_article_though_the_next_body_shares_its_column():
    # （本报布鲁塞尔 6月 21 | 日电） ends the report: the heading below it is the report's, not a
    # subheading of one article running on in the same 11-cell column
    page = ("本报讯 世卫组织欧洲区域办事处\n主任克卢格 18日在哥本\n哈根举行的视频记者会上\n提示，欧洲各国要做好准\n"
            "备，“以应对非常可能出\n现的新冠肺炎疫情反复”。\n\n（本报布鲁塞尔 6月 21\n日电）\n\n欧洲多国进入“边\n恢复边防疫”阶段\n\n"
            "自首先报告新冠肺炎疫情\n到现在，中国人民经过艰\n苦卓绝的努力，有效遏制\n了疫情蔓延，进入了统筹\n推进疫情防控与经济社会\n"
            "发展新阶段。面对来势汹\n汹的疫情和经济复苏双重\n挑战，包括中国和阿拉伯\n国家在内的世界各国都在\n根据自身国情调整政策，\n"
            "争取早日战胜疫情，恢复\n正常生产和生活。\n")
    report, commentary = _parse(page)
    assert (report.kicker, report.headline, report.subtitle) == (None, "欧洲多国进入“边恢复边防疫”阶段", None)
    assert report.paragraphs[-1] == "（本报布鲁塞尔6月21日电）"
    assert commentary.paragraphs[0].startswith("自首先报告新冠肺炎疫情到现在，")


def test_a_heading_below_a_closing_credit_is_no_subheading_above_the_jump_line():
    # 版式设计：沈亦伶 closes the feature, so 好菜上门 大厨上 | 镜（逐梦小康） is its headline; the
    # short paragraph below it opens the part that （下转第三版） sends on, under 到怀来 说葡萄
    page = ("在蔡光江的带动下，还有几名本地厨师也做\n起了直播。“时代进步了，我的生活也越来\n越好。”这位厨师念念不忘，“黔江是一片\n\n"
            "神奇的土地，美景美食样样有。”\n\n版式设计：沈亦伶\n\n好菜上门 大厨上\n镜（逐梦小康）\n\n"
            "品尝葡萄、欣赏美景、品味红酒、游览酒\n庄，这样的体验，是不是令人向往？\n（下转第三版）\n\n到怀来 说葡萄\n")
    feature, part = _parse(page)
    assert feature.headline == "好菜上门大厨上镜（逐梦小康）"
    assert (part.headline, part.jump) == ("到怀来说葡萄", "（下转第三版）")
    assert part.paragraphs == ["品尝葡萄、欣赏美景、品味红酒、游览酒庄，这样的体验，是不是令人向往？"]


def test_a_paragraph_whose_quotation_trails_off_inside_its_marks_is_no_kicker():
    # …享享福……” ends a quotation in a body: 200 People's Daily paragraphs end so, no heading does
    page = ("部享受每人每年3000元的雨露计划资金。目\n前，学校已累计为学生免除学费1356万元，\n免教材费103.42万元。\n\n"
            "谈及未来的计划，已经被扬州旅游烹饪学院\n录取的赵统鑫信心满满：“我准备大专毕业\n后再读个本科，提高自己烹饪技术的同时，\n"
            "也提高自己的知识文化水平，将来好好找份\n工作，让辛苦了一辈子的父母也享享福……”\n\n"
            "教育扶贫多措并举精准发力\n\n多照看，保证孩子有书念（解\n决好群众的操心事②）\n\n"
            "本报北京6月29日电（记者曲\n哲涵） 经全国人大批准，日\n前财政部下达全国妇联2020年\n农村贫困母亲乳腺癌、宫颈癌\n救助资金。\n")
    schooling, funds = _parse(page)
    assert (schooling.kicker, schooling.headline) == ("教育扶贫多措并举精准发力", "多照看，保证孩子有书念（解决好群众的操心事②）")
    assert schooling.paragraphs[-1].endswith("让辛苦了一辈子的父母也享享福……”")
    assert funds.lead.startswith("本报北京6月29日电")


def test_a_question_kicker_set_wider_than_the_body_above_is_no_closing_paragraph():
    # a block ending in ？ above another heading block is folded into the body, unless it is set
    # wider than any line of that body: 26 cells over a 15-cell column is no paragraph of it
    page = ("中央财经大学财政税务学院教授\n樊勇认为，在较密集出台优惠政\n策时期，税收立法或执行部门在\n制定解读税收优惠政策时，应该\n"
            "尽量通俗易懂。中小企业要及时\n学懂用好新政策。\n\n（冯亚涛参与采写）\n\n"
            "中小企业复工复产，哪些问题须关注？哪些行业待帮扶？\n\n"
            "畅通政策传导 落实优惠举措（经济新方位·中小企业闯\n关记①）\n\n"
            "本报北京5月5日电（记者邱超奕） 国务院联防联控\n机制5日召开新闻发布会，介绍北京协和医院支援湖\n北医疗队赴武汉救治的情况。\n")
    feature, briefing = _parse(page)
    assert (feature.kicker, feature.headline) == (
        "中小企业复工复产，哪些问题须关注？哪些行业待帮扶？", "畅通政策传导落实优惠举措（经济新方位·中小企业闯关记①）")
    assert feature.paragraphs[-1] == "（冯亚涛参与采写）"
    assert briefing.lead.startswith("本报北京5月5日电")


# the same paragraph ending on ！” twice, as wide as its column: below a two-line lead (本报讯
# 6月15 日，北 | 京书市落下帷幕。, its first line indented), whose two lines show no column; and
# where paragraphs open indented, so that the lines above ending in a character are first lines,
# two cells short, and 出示健康码…… shows the column
BOOK_FAIR_PAGES = {
    "below_a_two_line_lead": (
        "■记者 郭娣梦\n实习生 陈璐\n\n本报讯 6月15 日，北\n\n京书市落下帷幕。\n\n虽然本次书市，需要预\n约、戴口罩、测体温、出示\n"
        "健康码……但在书市逛了一\n圈的于琳琳仍不由得有些激\n动：“总算盼来了书市，这\n回要好好逛一逛！”\n\n文化的盛宴\n\n"
        "仲夏时节，白色尖顶展\n棚，绿茵茵的草坪，四大展\n区、近400个展位、近30万\n种优秀出版物及文化产品，\n读者徜徉在书海间，这一切，\n"
        "宁静而美好。\n\n北京书市步入而立之年——\n数字时代图书仍是好选择（假日观察）\n"),
    "in_an_indented_column": (
        "■记 者 任敏刚\n\n 6月 15日，北京书市落下\n帷幕。\n\n虽然本次书市，需要预约、\n戴口罩、测体温、出示健康码……\n"
        "但在书市逛了一圈的于琳琳仍不\n由得有些激动：“总算盼来了书\n市，这回要好好逛一逛！”\n\n文化的盛宴\n\n"
        "仲夏时节，白色尖顶展棚，\n绿茵茵的草坪，四大展区、近\n400个展位、近30万种优秀出版\n\n物及文化产品，读者徜徉在书海\n"
        "间，这一切，宁静而美好。\n\n北京书市步入而立之年——\n数字时代图书仍是好选择（假日观察）\n"),
}


@pytest.mark.parametrize("page", BOOK_FAIR_PAGES.values(), ids=BOOK_FAIR_PAGES.keys())
def test_an_exclaiming_paragraph_no_wider_than_its_column_stays_in_the_body(page):
    (fair,) = _parse(page)
    assert (fair.kicker, fair.headline) == ("北京书市步入而立之年——", "数字时代图书仍是好选择（假日观察）")
    assert "文化的盛宴" in fair.paragraphs
    assert any(paragraph.endswith("这回要好好逛一逛！”") for paragraph in fair.paragraphs)


def test_a_subtitle_with_a_comma_wrapped_short_of_the_column_below_stays_a_subtitle():
    # below a headline, two lines broken at 19 cells over a 22-cell body are no first paragraph of
    # it, whose lines would fill their column: the subtitle is set in a heading's own measure
    page = ("本报讯 四川省服务业综合\n实力不断增强，逐步成长为\n第一大产业，服务业增加值\n年均增长9.2%。\n\n"
            "四川 服务业加速转型（经济聚焦）\n\n通过援企稳岗、刺激消费等对冲疫情影响，\n加快行业恢复振兴\n\n"
            "积极改善农村网络信贷发展环境，创新产品和服\n务模式，便捷金融服务……邮储银行北京分行坚\n"
            "持以乡村振兴战略为引领，以金融活水服务“三\n农”，助力脱贫攻坚。\n\n"
            "投放涉农贷款三百三十五亿元，邮储银行北京分行——\n金融活水助脱贫\n")
    services, bank = _parse(page)
    assert (services.kicker, services.headline, services.subtitle) == (
        None, "四川服务业加速转型（经济聚焦）", "通过援企稳岗、刺激消费等对冲疫情影响，加快行业恢复振兴")
    assert bank.paragraphs[0].startswith("积极改善农村网络信贷发展环境")
    assert (bank.kicker, bank.headline) == ("投放涉农贷款三百三十五亿元，邮储银行北京分行——", "金融活水助脱贫")


# below a headline, one line with a comma that stops two cells or more short of the body below and
# ends no sentence is no paragraph of it, which would fill its column or end a sentence: it is set
# as a heading unit; one as wide as that body is its first line, cut off by a blank line
ONE_LINE_BELOW_A_HEADLINE = {
    "short_of_the_column": ("靠它，天气预报更靠谱", ("我国建立自主技术的气象事业“芯片”", "靠它，天气预报更靠谱"), "珠峰脚下"),
    "as_wide_as_the_column": ("靠它，天气预报越来越准", (None, "我国建立自主技术的气象事业“芯片”"), "靠它，天气预报越来越准"),
}


@pytest.mark.parametrize("line, heading, opening", ONE_LINE_BELOW_A_HEADLINE.values(), ids=ONE_LINE_BELOW_A_HEADLINE.keys())
def test_one_line_with_a_comma_short_of_the_column_below_a_headline_is_a_heading_unit(line, heading, opening):
    page = ("本报讯 展望未来，国家重点领域科技创新\n团队负责人说：“未来将继续瞄准国际\n科技前沿，为国家做出更大贡献。”\n\n"
            "我国建立自主技术的气象事业“芯片”\n\n" + line + "\n\n"
            "珠峰脚下，空气稀薄，气象\n\n万千，瞬息万变。\n\n连日来，执行2020珠峰高程\n测量任务的国测一大队测绘\n"
            "队员们在珠峰脚下争分夺秒\n地忙碌着。平均海拔4200米\n的珠峰大本营，气候多变。\n\n"
            "住了三晚，两晚都遇暴风雪\n")
    weather, everest = _parse(page)
    assert (weather.kicker, weather.headline) == heading
    assert everest.paragraphs[0].startswith(opening)


def test_one_short_line_below_a_headline_opens_the_body_where_the_page_indents_its_paragraphs():
    # two cells short of the column is where a paragraph's first line stops on a page that indents
    # its paragraphs (extraction drops the indent): there the line is the next body's first line
    page = ("记者从有关部门获悉今\n年全国各地都积极推进科技\n创新工作均取得明显成效各\n项任务顺利完成。\n\n"
            "我国建立自主技术的气象事业“芯片”\n\n靠它，天气预报更靠谱\n\n"
            "珠峰脚下空气稀薄气象\n万千瞬息万变连日来国测一\n大队测绘队员们都在珠峰脚\n下忙碌着。\n\n"
            "平均海拔四千二百米的\n珠峰大本营气候多变测绘队\n员们克服困难坚持工作。\n\n住了三晚，两晚都遇暴风雪\n")
    weather, everest = _parse(page)
    assert (weather.kicker, weather.headline, weather.subtitle) == (None, "我国建立自主技术的气象事业“芯片”", None)
    assert everest.paragraphs[0].startswith("靠它，天气预报更靠谱珠峰脚下")


# blocks below a heading whose lines stop short of the column below but that open the next body:
# a section's title signed by its writer, and two lines of dialogue, each a paragraph of its own
SHORT_BLOCKS_OPENING_A_BODY = {
    "a_signed_title": ("背起 95岁老人，一步步转移\n许 东\n", "背起95岁老人，一步步转移"),
    "lines_of_dialogue": ("“走，上地里插苗子了！”\n“好嘞！这就来！”\n", "“走，上地里插苗子了！”"),
}


@pytest.mark.parametrize("block, opening", SHORT_BLOCKS_OPENING_A_BODY.values(), ids=SHORT_BLOCKS_OPENING_A_BODY.keys())
def test_a_short_block_below_a_heading_that_opens_the_next_body_is_no_subtitle(block, opening):
    page = ("本报讯 实践证明，人民军队\n始终是党和人民完全可以信\n赖的英雄军队，为党旗、军\n旗增添光彩。\n\n"
            "向奋战在抗洪一线的官\n兵致敬（金台点兵）\n\n" + block + "\n"
            "洪水来了！广西贺州市富川瑶族自治县上田村，住\n在简易木房子里的95岁空巢老人林秀英一直在腾挪\n"
            "位置。一楼被淹，她挪到了二楼，眼看着水又涨起\n来，她站到床上，隔一段时间就朝着外边喊一喊。\n\n"
            "汛期官兵冲锋在前\n")
    salute, rescue = _parse(page)
    assert (salute.headline, salute.subtitle) == ("向奋战在抗洪一线的官兵致敬（金台点兵）", None)
    assert rescue.paragraphs[0].startswith(opening)


def test_a_heading_above_an_opening_label_closes_the_article_above():
    # 核心阅读 opens an article (741 of People's Daily's 744 are a body's first paragraph), so the
    # heading above it, though set in the same column as the body below, is no subheading of that body
    page = ("本报讯 当冬奥梦想又一次靠近，于柏巍期待在\n赛场“圆梦”，也希望将中国冰球的追\n梦精神传递下去。“每一天都要把脚下\n"
            "的路走好，坚定信念、明确目标，相信\n中国女冰会在冬奥赛场取得好成绩。”\n\n"
            "冰球老将于柏巍\n重拾冬奥梦 再上新赛场\n\n核心阅读\n\n"
            "栉风沐雨走过60多年，北京体育大学\n肩负时代使命，将自身发展融入中华民\n族伟大复兴的历史坐标系中，以“带头\n"
            "拼、加油干”的状态，在全面育才、创\n新办学和服务社会等方面交出一份生动\n有力的答卷。\n\n"
            "北京体育大学创新办学实践\n")
    hockey, university = _parse(page)
    assert (hockey.kicker, hockey.headline) == ("冰球老将于柏巍", "重拾冬奥梦再上新赛场")
    assert university.headline == "北京体育大学创新办学实践" and university.paragraphs[0] == "核心阅读"


def test_a_line_filling_the_column_does_not_run_on_into_two_lines_set_narrower():
    # a headline as wide as the body above, then two lines of a 14-cell column cut off by a blank
    # line: the text below is another article's, which the headline does not open
    page = ("本报讯 此次赴津专家组由国家卫健委组建，\n湖南省卫健委选派，成员分别来自湖南省内9\n个部门和单位，包括呼吸科、传染科、重症医\n"
            "学科、传统医药、感染控制、公共卫生、实验\n室检测、护理等领域共12位专家。\n\n"
            "中国政府决定向非洲三国派遣抗疫医疗专家组\n\n"
            "联合国世界旅游组织日前发布最\n新《世界旅游晴雨表》预测指出，\n\n"
            "受新冠肺炎疫情影响，2020年全\n球国际游客数量将较去年下降\n58%至78%，同比减少8.5亿至11\n亿人次，经济损失达9100亿至\n1.2万亿美元。\n\n"
            "全球旅游业恢复尚需时日\n")
    experts, tourism = _parse(page)
    assert experts.headline == "中国政府决定向非洲三国派遣抗疫医疗专家组"
    assert tourism.headline == "全球旅游业恢复尚需时日"
    assert tourism.paragraphs[0].startswith("联合国世界旅游组织日前发布最新《世界旅游晴雨表》预测指出，受新冠肺炎")


def test_a_subtitle_wider_than_the_caption_below_does_not_run_on_into_it():
    # 唐力明 | 日前 holds jieba's 明日, but a line wider than both lines of the caption below is
    # set in no column of theirs: the dash subtitle closes its heading group
    page = ("去年6月8日，努尔比亚姆的第二家餐厅\n开业了，取名“非常开心餐厅”。开业\n那天，唐力明和队员们一起前去道贺。\n\n"
            "“这三年，\n没白来”\n\n——记新疆疏附县委原副书记、广州援疆工作队原队长唐力明\n\n"
            "日前，志愿者走进社区，\n为老年人提供义诊服务。\n\n■摄影 姚澜 顾叶\n\n春日赏花\n")
    profile, photo = _parse(page)
    assert (profile.headline, profile.subtitle) == ("“这三年，没白来”", "——记新疆疏附县委原副书记、广州援疆工作队原队长唐力明")
    assert (photo.kind, photo.headline, photo.paragraphs) == ("photo", "春日赏花", ["日前，志愿者走进社区，为老年人提供义诊服务。"])


def test_the_summary_below_an_opening_label_is_read_as_the_lead():
    # the summary restates the first unit, so it is the headline; read as the lead, 核心阅读
    # would say nothing, and the text alone leans to a kicker
    page = ("本报讯 核心阅读\n\n近日，在珠穆朗玛峰6500\n米前进营地，中国移动联合华\n为成功完成全球海拔最高5G\n"
            "基站的建设及开通工作，实现\n珠峰峰顶5G覆盖。\n\n全球海拔最高5G基站开通\n\n信号覆盖珠峰峰顶\n")
    (article,) = _parse(page)
    assert article.paragraphs[0] == "核心阅读"
    assert (article.kicker, article.headline, article.subtitle) == (None, "全球海拔最高5G基站开通", "信号覆盖珠峰峰顶")
    assert article.heading_explanation.endswith("; the first paragraph repeats 91%|57% of the units' bigrams")


def test_a_heading_below_a_dated_dispatch_note_is_its_article_s_though_it_holds_a_comma():
    # （本报布鲁塞尔6月18日电） closes the report for good, so the block below it is the report's
    # heading, comma and all, though the text below (a picture's caption credited 新华社发, which
    # no ■摄影 line marks) is set wider than it
    page = ("与会者指出，保护人权首先是各国\n政府的责任，各国政府应重新考虑\n相关政策，更好执行《德班宣言和\n"
            "行动纲领》。与会者呼吁加强社区\n教育和理解，营造宽容、尊重与和\n平的公共政策环境，各国应保护少\n"
            "数族裔权利，防止种族主义引发的\n犯罪，保障公平正义，并在国际层\n面团结一致，对种族主义和种族歧\n视行为作出集体回应。\n\n"
            "（本报布鲁塞尔6月18日电）\n\n联合国人权理事会举行紧急会议呼吁——\n采取切实行动，消除种族主义\n\n"
            "根据意大利政府规划，从6月15日起进一步放\n松管控措施，允许儿童夏令营、舞厅、电影院、\n"
            "剧院和其他文化场所重新开放，但必须保持社\n交距离和佩戴口罩。图为15日，戴口罩的观众\n在罗马一家电影院里挑选座位。\n\n"
            "新华社发\n\n图片报道\n")
    report, picture = _parse(page)
    assert (report.kicker, report.headline) == ("联合国人权理事会举行紧急会议呼吁——", "采取切实行动，消除种族主义")
    assert report.paragraphs[-1] == "（本报布鲁塞尔6月18日电）"
    assert picture.headline == "图片报道"
    assert picture.paragraphs[0].startswith("根据意大利政府规划，")


def test_a_kicker_dash_split_across_two_lines_still_closes_the_body_above():
    # …复工复产— | — (the dash broken at the line's end) above 在国际舞台彰显担当: the group
    # repeats the report above it, not the text below set in the same column, so it is that
    # report's heading and no subheading of one article running on
    page = ("他们统筹兼顾，防疫生产“两不误”。春节过后，\n因部分技术人员无法按时返厂，中国华电印尼巴\n厘岛电厂留守的6名中方员工个个身兼数职，在\n"
            "20多名当地员工配合下做好防疫工作，确保安全\n稳定运营。\n\n"
            "他们伸出援手，助力当地渡难关。在埃塞俄比亚，\n中国建筑第一时间组织30多名员工火速进场，仅\n5天就完成了一家医院隔离病房的改造任务；在\n"
            "希腊，中远海运比雷埃夫斯港口有限公司多次向\n当地公立医院、警卫部门捐赠防疫物资，支持当\n\n"
            "地抗击疫情；在意大利，宝钢股份向当地企业详\n细介绍企业应对疫情的防控措施，毫无保留地逐\n一解答对方问题……在一个个项目所在国，国资\n"
            "央企海外项目积极向相关方面提供力所能及的支\n援和帮助，展现了中国企业的良好国际形象。\n\n"
            "国资央企力推海外项目防疫抗疫复工复产—\n—\n\n在国际舞台彰显担当\n\n"
            "“希望通过今天的学习，大家能够知道如何保护\n好自己的呼吸系统。”疫情期间，在好未来集团\n"
            "旗下学而思网校的一节科学素养线上直播课上，\n共有超过13万名小学生参与了学习。\n\n"
            "为阻断疫情向校园蔓延，教育部要求2020年春季\n学期延期开学，并提出利用网络平台“停课不停\n"
            "学”。致力于在线教育的好未来集团积极响应国\n家号召，2月10日起推出与校内时间同步的免费\n直播课和自学课，课程涵盖小学一年级到高中三\n年级全部学科。\n")
    report, lessons = _parse(page)
    assert (report.kicker, report.headline) == ("国资央企力推海外项目防疫抗疫复工复产——", "在国际舞台彰显担当")
    assert report.paragraphs[-1].endswith("展现了中国企业的良好国际形象。")
    assert lessons.paragraphs[0].startswith("“希望通过今天的学习，")


@pytest.mark.parametrize("fixture", [
    "notice_list_entry_above_its_heading.txt",  # each entry a block of its own (harness seed 17)
    "notice_list_entries_in_one_block.txt",  # the last two entries in one block (every number spaced, seed 7)
])
def test_a_list_s_last_entry_above_a_notice_s_heading_stays_in_the_list(fixture):
    # laid out from a real notice: 宁夏回族自治区银川市（推进行政审批制度改革） reads as the entries
    # above it do, so it ends the annex's list, and 中央依法治国办 | 关于…的公示 below it is the
    # notice's whole heading, not the subtitle of a kicker made of that entry
    notice, statement = _parse((FIXTURES / fixture).read_text(encoding="utf-8"))
    assert (notice.kicker, notice.headline) == ("中央依法治国办", "关于第一批全国法治政府建设示范地区和项目名单的公示")
    assert notice.paragraphs[-1] == "宁夏回族自治区银川市（推进行政审批制度改革）"
    assert statement.lead.startswith("新华社香港6月18日电")


def test_a_dated_dispatch_note_naming_its_reporter_closes_its_article():
    # （据新华社北京6月21日电  记者张千千） closes the report as a note without its reporter does,
    # so the heading below it, comma and all, is the report's, and the picture below keeps its own
    page = ("专家表示，投资者应充分考量自身的风险承受能力，\n平衡好风险与收益，理性选择适合自己风险偏好、投\n"
            "资能力的理财产品，并对自己的选择负责。金融机构\n要加强信息披露，全面、及时、准确披露理财产品相\n"
            "关信息。总之，要做到“卖者尽责，买者自负”。\n\n（据新华社北京6月21日电  记者张千千）\n\n"
            "打破刚性兑付，投资者应理性看待理财产品\n净值波动\n“较低风险”理财也有风险\n\n"
            "香云纱是一种纱绸制品，用薯\n莨的汁水对桑蚕丝织物进行涂\n层，再用含矿物质的河涌塘泥\n覆盖，经太阳暴晒加工而成的。\n"
            "这种面料具有凉爽宜人、轻薄\n柔软等特点，受到不少消费者\n的喜爱。\n\n魏劲松摄（影像中国）\n\n多彩香云纱\n")
    report, picture = _parse(page)
    assert (report.kicker, report.headline) == ("打破刚性兑付，投资者应理性看待理财产品净值波动", "“较低风险”理财也有风险")
    assert report.paragraphs[-1] == "（据新华社北京6月21日电记者张千千）"
    assert (picture.headline, picture.paragraphs[0][:5]) == ("多彩香云纱", "香云纱是一")


def test_a_block_set_wider_than_the_body_with_a_short_line_inside_is_a_heading():
    # 地处海南山区的保亭县，靠绿色发展脱贫摘帽 (20 cells over an 11-cell body) | 喜看保亭变 | “宝亭”:
    # a line stopping short of the block's widest with another below it is no paragraph's, so the
    # block, comma and all, is the heading of the body above, not the opening of the one below
    page = ("“今年是我们海南自贸港\n建设开局之年。浑身是宝\n的保亭，将更好地践行绿\n水青山就是金山银山理念，\n为海南自贸港建设添绿增\n\n"
            "光、作出贡献。”王昱正\n说。\n\n地处海南山区的保亭县，靠绿色发展脱贫摘帽\n喜看保亭变\n“宝亭”\n\n"
            "临近端午节，山西省吕梁市临县前青塘村，\n方圆几里都飘着甜甜粽香。端午节前，1000\n"
            "万个粽子从这里销往各地。谁能想到，这个\n全国数一数二的北方甜粽生产基地，6年前\n还是个贫困村。\n\n"
            "青塘粽子名气大 整村脱贫步子快\n")
    baoting, qingtang = _parse(page)
    assert (baoting.kicker, baoting.headline) == ("地处海南山区的保亭县，靠绿色发展脱贫摘帽", "喜看保亭变“宝亭”")
    assert qingtang.headline == "青塘粽子名气大整村脱贫步子快"
    assert qingtang.paragraphs[0].startswith("临近端午节，")


def test_a_caption_ends_at_a_blank_line_where_the_column_changes():
    # the unfinished deck above (21 cells, …分享了他们的抗疫故事 | 和感受) is no part of the photo's
    # 14-cell caption below the blank line: a paragraph broken by a blank line keeps its column
    page = ("工作以来，我见证了工业园建设的\n不断推进，也感受着白中两国对工\n业园的认可和支持。我相信，未来\n将会有更多跨国公司、机构和研究\n"
            "所入驻，进一步带动白俄罗斯乃至\n东欧地区的创新和经济发展。\n\n版式设计：蔡华伟\n\n"
            "患难见真情 \n共同抗疫情\n当前，海外共建“一带一路”项目边防控、边生\n产，全力保障员工健康安全，努力满足当地生产\n"
            "需求，也把各国人民的心连接起来。一些共建“\n一带一路”项目当地员工分享了他们的抗疫故事\n和感受\n\n"
            "昨天上午，学生们在科技馆内体\n验机器人编程课程。\n\n■摄影 龙洁婕\n\n赶制订单\n")
    photo = _parse(page)[-1]
    assert (photo.kind, photo.headline) == ("photo", "赶制订单")
    assert photo.paragraphs == ["昨天上午，学生们在科技馆内体验机器人编程课程。"]


@pytest.mark.parametrize("page, first_heading, second_opening, second_headline", [
    # 主办单位：… | 支持单位：… heads an advertorial; no People's Daily heading holds such a label
    pytest.param(
        "本报香港5月27日电 《国歌条例草案》二读获得立法会过半数在\n席议员的赞成。立法会将于下周继续审\n议《国歌条例草案》。\n\n"
        "香港特区立法会\n\n二读通过《国\n歌条例草案》\n\n"
        "主办单位：人民日报全国党媒信\n息公共平台     支持单位：\n腾讯云\n\n"
        "数字化，新浪潮。以数字化转型为标志的\n全球科技浪潮蔚为壮观。今天，人类的抗\n疫故事有了新的叙述。\n\n"
        "科技战疫2020中国数字化转型成功案例揭晓\n",
        ("香港特区立法会", "二读通过《国歌条例草案》"), "主办单位：人民日报全国党媒信息公共平台",
        "科技战疫2020中国数字化转型成功案例揭晓", id="an event's organisers' line"),
    # the next article has no lead or byline and happens to be set 11 cells wide, as the
    # dispatch is; a dispatch this short heads no section
    pytest.param(
        "新华社莫斯科6月4日电（\n记者张骁） 俄罗斯外交\n部发言人扎哈罗娃4日说，\n俄罗斯视香港事务为中国\n"
        "内政，呼吁其他国家不要\n干预香港事务。\n\n俄外交部：其他国家\n不要干涉香港事务\n\n"
        "“我对中国的发展前景持\n乐观态度。”日本贸易振\n兴机构上海代表处首席代\n表小栗道明近日表示。\n\n"
        "中国深化改革开放是日企的巨大机遇\n",
        (None, "俄外交部：其他国家不要干涉香港事务"), "“我对中国的发展前景持乐观态度。”",
        "中国深化改革开放是日企的巨大机遇", id="a short dispatch's headline, the next body in its column"),
])
def test_the_next_body_opens_below_the_heading(page, first_heading, second_opening, second_headline):
    first, second = _parse(page)
    assert (first.kicker, first.headline, first.subtitle) == (*first_heading, None)
    assert second.paragraphs[0].startswith(second_opening) and second.headline == second_headline


def test_a_paragraph_cut_off_before_its_last_words_is_no_heading():
    # 贺信。 alone below a blank line is the paragraph's tail: the two lines above it are the
    # paragraph's head, not the headline of an article opening on 贺信。
    page = ("新华社北京6月12日电\n国务院总理李克强12\n日向2020中国—东盟数\n字经济合作年开幕式\n致贺信。\n\n"
            "李克强在贺信中表示，\n希望中国和东盟以数字\n经济合作年为契机，为\n本地区实现持久稳定与\n繁荣注入新活力。\n\n"
            "东盟轮值主席国越南总\n理阮春福也向开幕式致\n\n贺信。\n\n"
            "李克强向2020中国—东盟数字经济合作年开幕式致贺信\n")
    (item,) = _parse(page)
    assert item.headline == "李克强向2020中国—东盟数字经济合作年开幕式致贺信"
    assert item.paragraphs[-1] == "东盟轮值主席国越南总理阮春福也向开幕式致贺信。"


def test_a_speechs_salutation_is_body_not_a_headline():
    # 各位同事！ stands alone between two paragraphs of one speech, as 各位代表！ and 同志们！ do (24
    # People's Daily paragraphs, no heading)
    page = ("本报讯 中非比以往任何时候都更加需要加强合作。我愿\n同各位同事保持密切联系，夯实友好互信，在涉\n"
            "及彼此核心利益问题上相互支持，共同维护中非\n和发展中国家根本利益，推进中非全面战略合作\n\n伙伴关系高水平发展。\n\n"
            "各位同事！\n\n我们在中非合作论坛北京峰会上一致决定构建更\n加紧密的中非命运共同体。今天我们召开团结抗\n"
            "疫特别峰会，就是用实际行动践行北京峰会承诺，\n也是为国际抗疫合作贡献力量。我相信，人类终\n"
            "将战胜疫情，中非人民也终将过上更加美好的生\n活。\n\n谢谢。\n\n（新华社北京6 月17日电）\n\n"
            "团结抗疫 \n共克时艰\n\n——在中非团结抗疫特别峰会上的主旨讲话 （2020年6月17\n日，北京）\n\n"
            "新冠肺炎疫情是全人类面临的重大挑战，是第二次世\n界大战结束以来最严重的全球公共卫生突发事件。为\n"
            "加强团结合作、携手战胜疫情，彰显更加紧密的中非\n\n命运共同体，经中国、非洲联盟轮值主席国南非、中\n"
            "非合作论坛非方共同主席国塞内加尔共同倡议，中非\n领导人于2020年6月17 日通过视频连线召开中非团结\n"
            "抗疫特别峰会。\n\n中非团结抗疫特别峰会联合声明\n")
    speech, statement = _parse(page)
    assert (speech.headline, speech.subtitle) == ("团结抗疫共克时艰", "——在中非团结抗疫特别峰会上的主旨讲话（2020年6月17日，北京）")
    assert "各位同事！" in speech.paragraphs
    assert statement.headline == "中非团结抗疫特别峰会联合声明"
