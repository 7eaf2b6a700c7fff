"""The heading decider's shipped models: they load, and the shape model tells the roles apart."""

from __future__ import annotations

import pytest

from pipelines.core.headings import (
    DEFAULT_STYLE, HeadingLine, HouseStyle, decide, default_model, default_shape_model, estimate_house_style, leaves_phrase_open,
)


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


@pytest.mark.parametrize(
    "units, roles, named",
    [
        # a first unit that is an organisation's name end to end leans to kicker
        (("国务院联防联控机制联络组", "现场督导武汉三民小区及周边市场"),
         ("国务院联防联控机制联络组", "现场督导武汉三民小区及周边市场", None), True),
        (("国务院联防联控机制联络组", "协调推动中央支持湖北金融信贷政策落实"),
         ("国务院联防联控机制联络组", "协调推动中央支持湖北金融信贷政策落实", None), True),
        # … but a law's title stays the headline over its dated adoption note
        (("中华人民共和国民法典", "（2020年5月28日第十三届全国人民代表大会第三次会议通过）"),
         (None, "中华人民共和国民法典", "（2020年5月28日第十三届全国人民代表大会第三次会议通过）"), True),
        # a unit that merely opens with a name is no name
        (("国务院联防联控机制联络组赴武汉", "调研检查5所学校复学复课防控工作"),
         ("国务院联防联控机制联络组赴武汉", "调研检查5所学校复学复课防控工作", None), False),
    ],
)
def test_a_first_unit_naming_an_organisation_or_place_leans_to_kicker(units, roles, named):
    decision = decide([HeadingLine(units[0], False), HeadingLine(units[1], True)])
    assert (decision.kicker, decision.headline, decision.subtitle) == roles
    note = f"; {units[0]} names an organisation or a place, as a kicker does"
    assert decision.explanation.endswith(note) is named


ZHUFENG_LEAD = "近日，在珠穆朗玛峰6500米前进营地，中国移动联合华为成功完成全球海拔最高5G基站的建设及开通工作，实现珠峰峰顶5G覆盖。"


@pytest.mark.parametrize(
    "lead, roles",
    [
        ("", ("全球海拔最高5G基站开通", "信号覆盖珠峰峰顶", None)),  # the text alone leans to a kicker
        (ZHUFENG_LEAD, (None, "全球海拔最高5G基站开通", "信号覆盖珠峰峰顶")),  # the lead restates the first unit
        ("珠峰峰顶实现5G信号覆盖。", ("全球海拔最高5G基站开通", "信号覆盖珠峰峰顶", None)),  # … or the second
    ],
)
def test_the_headline_is_the_unit_its_lead_restates(lead, roles):
    decision = decide([HeadingLine("全球海拔最高5G基站开通", True), HeadingLine("信号覆盖珠峰峰顶", True)], lead=lead)
    assert (decision.kicker, decision.headline, decision.subtitle) == roles
    if lead == ZHUFENG_LEAD:  # the explanation says what the lead repeated
        assert decision.explanation.endswith("; the first paragraph repeats 91%|57% of the units' bigrams")


def test_a_quotation_is_the_headline_whatever_its_lead_restates():
    """A lead says who spoke, not what was quoted: in the corpus a two-unit heading with a
    unit that is one quotation has it for headline 171 times in 180, while the lead shares no
    more of its words than of the other unit's 153 times. The sample's heading, with its own lead."""
    lines = [HeadingLine("“提升专业技能，争做大国工匠”", True), HeadingLine("全国人大代表韩其芳与市职业中专学生分享感悟", False)]
    lead = "……昨天下午，参加完十四届全国人大一次会议载誉归来的全国人大代表韩其芳开启了全国两会精神的宣讲活动，第一站走进了平湖市职业中等专业学校。"
    decision = decide(lines, lead=lead)
    assert (decision.kicker, decision.headline, decision.subtitle) == (None, "“提升专业技能，争做大国工匠”", "全国人大代表韩其芳与市职业中专学生分享感悟")


def test_the_lead_does_not_move_where_the_lines_are_cut():
    """The lead shares a cut's weight among its roles and leaves the cut's total as it was: this
    kicker, leaning to a headline by its words in the lead, must not fold into one unit."""
    lines = [HeadingLine("宁夏银川全力整改，建设文明城市", True), HeadingLine("倾力创城 新风扑面", False)]
    lead = "2019年3月，在全国文明城市测评中，宁夏回族自治区银川市因成绩未达标，被停止全国文明城市资格一年。"
    decision = decide(lines, lead=lead)
    assert (decision.kicker, decision.headline, decision.subtitle) == ("宁夏银川全力整改，建设文明城市", "倾力创城新风扑面", None)
    lines = [HeadingLine("我市部署打击治理电信", True), HeadingLine("网络新型违法犯罪工作", False)]
    for lead in ("我市部署", "网络新型违法犯罪工作"):
        decision = decide(lines, lead=lead)
        assert (decision.kicker, decision.headline, decision.subtitle) == (None, "我市部署打击治理电信网络新型违法犯罪工作", None)


NEPAL = ["中尼执政党和医疗专家举行", "抗疫经验视频交流会"]
NEPAL_LEAD = "中国同尼泊尔两国执政党和医疗专家29日举行抗疫经验视频交流会，中联部部长宋涛出席并发表致辞。"
HONG_KONG = ["香港特区立法会换届选举", "将于7月18日起接受提名"]
HONG_KONG_LEAD = "香港特区政府6日宣布，香港特区第七届立法会换届选举将于7月18日起接受提名，9月6日投票。"
BOSNIA = ["波黑主席团塞尔维亚族成员多迪克致信习近平坚定", "支持中方在香港问题上维护国家主权安全"]
BOSNIA_LEAD = "新华社萨拉热窝6月10日电 波黑主席团塞尔维亚族成员多迪克日前致信国家主席习近平，坚定支持中方在香港问题上维护国家主权安全。"
STATE_COUNCIL = ["李克强主持召开国务院常务会议", "确定新增财政资金直接惠企利民的特殊转", "移支付机制；部署支持适销对路出口商品",
                 "开拓国内市场，帮扶外贸企业渡难关"]
STATE_COUNCIL_LEAD = ("新华社北京6月9日电  国务院总理李克强6月9日主持召开国务院常务会议，确定新增财政资金直接惠企利民的"
                      "特殊转移支付机制；部署支持适销对路出口商品开拓国内市场，帮扶外贸企业渡难关。")
QINGHAI = ["青海", "喇家国家考古遗址公园开放试运营"]
QINGHAI_LEAD = "本报西宁5月18日电 青海喇家国家考古遗址公园18日开放试运营，游客可预约参观。"


@pytest.mark.parametrize(
    "style, lines, lead, roles, seam",
    [
        # a paper that breaks its headlines at a phrase: the lead reads 举行抗疫 across the break
        (HouseStyle(below_unfinished_line=0.5), NEPAL, NEPAL_LEAD, (None, "中尼执政党和医疗专家举行抗疫经验视频交流会", None), "举行|抗疫"),
        (HouseStyle(below_unfinished_line=0.5), NEPAL, "", ("中尼执政党和医疗专家举行", "抗疫经验视频交流会", None), None),
        # one that cuts them near the middle: two lines cut evenly read either way, and the lead
        # reading 选举将于 across the break makes them one headline
        (DEFAULT_STYLE, HONG_KONG, HONG_KONG_LEAD, (None, "香港特区立法会换届选举将于7月18日起接受提名", None), "选举|将于"),
        (DEFAULT_STYLE, HONG_KONG, "", (None, *HONG_KONG), None),
        # … as does a long headline wrapped where its line fills the column (坚定支持)
        (DEFAULT_STYLE, BOSNIA, BOSNIA_LEAD, (None, "".join(BOSNIA), None), "坚定|支持"),
        # … and a subtitle wrapped at the column its lines above show (商品开拓)
        (DEFAULT_STYLE, STATE_COUNCIL, STATE_COUNCIL_LEAD, (None, STATE_COUNCIL[0], "".join(STATE_COUNCIL[1:])), "商品|开拓"),
        # … while below a line short of the column a unit ends, whatever the lead reads
        (DEFAULT_STYLE, QINGHAI, QINGHAI_LEAD, (*QINGHAI, None), None),
    ],
)
def test_a_break_the_lead_reads_across_is_a_wrap_where_the_layout_allows_one(style, lines, lead, roles, seam):
    decision = decide([HeadingLine(text, k == 0) for k, text in enumerate(lines)], style=style, lead=lead)
    assert (decision.kicker, decision.headline, decision.subtitle) == roles
    assert ("; the first paragraph reads across " in decision.explanation) == (seam is not None)
    if seam:
        assert decision.explanation.endswith("; the first paragraph reads across " + seam)


NPC = ["人大常委会第十八次会议分组审", "议全国人大常委会工作报告稿等", "栗战书参加审议"]
NPC_LEAD = "十三届全国人大常委会第十八次会议18日分组审议了拟提请十三届全国人大三次会议审议的全国人大常委会工作报告稿等。栗战书委员长参加审议。"
STATISTICS = ["人社部发布统计公报——", "第三产业就业人员占比连续五年上升", "全国农民工总量近三亿人"]
STATISTICS_OPENING = ["近日，人社部发布2019年度人力资源和社会保障事业发展统计公报。",
                      "第三产业就业人员占比连续5年上升，比2015年提高5个百分点。"]


@pytest.mark.parametrize(
    "lines, opening, roles, edge",
    [
        # 稿等 closes a sentence and 栗战 opens the next: the last line is a unit of its own
        (NPC, [NPC_LEAD], (None, "".join(NPC[:2]), NPC[2]), "稿等|栗战"),
        (NPC, [], (None, "".join(NPC), None), None),
        # 上升， in the second paragraph ends a clause: a subtitle below the headline, not its wrap
        (STATISTICS, STATISTICS_OPENING, tuple(STATISTICS), "上升|全国"),
        (STATISTICS, [], (STATISTICS[0], "".join(STATISTICS[1:]), None), None),
        # only at a break the layout reads either way: below a line short of the column a unit
        # ends whatever the paragraphs say, and they are not asked
        (QINGHAI, ["喇家遗址位于青海，是黄河上游的史前遗址。"], (*QINGHAI, None), None),
    ],
)
def test_a_clause_the_opening_paragraphs_end_or_begin_at_a_break_weighs_towards_a_new_unit(lines, opening, roles, edge):
    decision = decide([HeadingLine(text, k == 0) for k, text in enumerate(lines)],
                      lead=opening[0] if opening else "", opening=opening)
    assert (decision.kicker, decision.headline, decision.subtitle) == roles
    assert ("; the opening paragraphs set a clause's edge at " in decision.explanation) == (edge is not None)
    if edge:
        assert decision.explanation.endswith("; the opening paragraphs set a clause's edge at " + edge)


ZHONGFEI = ["中菲建交45周年系列", "庆祝活动线上举行"]
ZHONGFEI_OPENING = ["马尼拉消息：中国驻菲律宾大使馆与菲律宾外交部9日晚联合主办在线音乐会，庆祝中菲建交45周年。",
                    "菲律宾外交部长洛钦在致辞中对两国建交45周年献上了衷心祝愿和最美好祝福。",
                    "中菲建交45周年纪念日之际，中国驻菲律宾大使馆组织了一系列庆祝活动，包括举办在线音乐会等。"]


@pytest.mark.parametrize(
    "opening, roles, seam",
    [
        # 系列|庆祝 read across three paragraphs down: one headline cut in two, though the lead
        # opens a clause with 庆祝
        (ZHONGFEI_OPENING, (None, "".join(ZHONGFEI), None), "系列|庆祝"),
        (ZHONGFEI_OPENING[:2], (*ZHONGFEI, None), None),
    ],
)
def test_a_break_a_later_paragraph_reads_across_weighs_towards_a_wrap(opening, roles, seam):
    decision = decide([HeadingLine(text, k == 0) for k, text in enumerate(ZHONGFEI)], lead=opening[0], opening=opening)
    assert (decision.kicker, decision.headline, decision.subtitle) == roles
    assert ("; a later paragraph reads across " in decision.explanation) == (seam is not None)
    if seam:
        assert "; a later paragraph reads across " + seam in decision.explanation


ERHAI = ["从人进湖退到湖进人退", "生态廊道护卫洱海"]
ERHAI_OPENING = ["洱海扬波，绿柳拂风，沿着云南省大理市大理镇龙龛段生态廊道骑行，一边是青瓦白墙的民居，一边是波光粼粼的洱海。",
                 "洱海是大理人民的“母亲湖”，环洱海流域湖滨缓冲带生态修复与湿地建设工程3月1日全面复工。",
                 "洱海生态廊道主要包括五大工程：790多公顷的生态修复和湿地建设；129公里生态廊道。",
                 "历经长期治理探索，从人进湖退到湖进人退，洱海的天平倾向保护。生态廊道建设推动了洱海的生态治理。"]


@pytest.mark.parametrize(
    "opening, roles, edges",
    [
        # the fourth paragraph ends a clause on 人退 and opens the next with 生态: a kicker and
        # its headline, which the first three paragraphs alone leave one headline cut in two
        (ERHAI_OPENING, (*ERHAI, None), "人退|生态"),
        (ERHAI_OPENING[:3], (None, "".join(ERHAI), None), None),
    ],
)
def test_both_edges_of_a_clause_set_below_the_opening_paragraphs_weigh_towards_a_new_unit(opening, roles, edges):
    decision = decide([HeadingLine(text, k == 0) for k, text in enumerate(ERHAI)], lead=opening[0], opening=opening)
    assert (decision.kicker, decision.headline, decision.subtitle) == roles
    note = "; the later paragraphs set both a clause's edges at "
    assert (note in decision.explanation) == (edges is not None)
    if edges:
        assert note + edges in decision.explanation


def test_the_runner_up_reading_is_kept_where_the_lines_read_two_ways():
    decision = decide([HeadingLine("广东台山全力救援", False), HeadingLine("搁浅白海豚重归大海", True)])
    assert (decision.kicker, decision.headline, decision.subtitle) == ("广东台山全力救援", "搁浅白海豚重归大海", None)
    assert decision.alternative == (None, "广东台山全力救援", "搁浅白海豚重归大海")
    assert decide([HeadingLine("平湖市党政代表团赴江苏太仓、上海闵行考察学习", False)]).alternative is None


def test_the_break_model_ships_and_loads():
    from pipelines.core.headings import default_break_model

    model = default_break_model()
    assert model is not None and 0 < model.prior < 1


@pytest.mark.parametrize(
    "lines, roles",
    [
        # a kicker above a headline cut in two: the text, not the widths (7, 6, 6), shows where
        (["中国田协基地赛", "李玲夺得女子", "撑杆跳高冠军"], ("中国田协基地赛", "李玲夺得女子撑杆跳高冠军", None)),
        (["京雄城际雄安站混凝土主体结构封顶", "靠拼搏更靠创新（奋斗在复工一线）"],
         ("京雄城际雄安站混凝土主体结构封顶", "靠拼搏更靠创新（奋斗在复工一线）", None)),
        # the unit cut in two balanced lines beside a one-line unit is the headline (bigger type)
        (["“五一”假期前4日", "国内游客总人", "数超1亿人次"], ("“五一”假期前4日", "国内游客总人数超1亿人次", None)),
        (["第三届进博会", "边招展边对接", "企业商业展展区图公布"], (None, "第三届进博会边招展边对接", "企业商业展展区图公布")),
        (["国家防总通报", "全国防汛抗旱", "行政责任人"], ("国家防总通报", "全国防汛抗旱行政责任人", None)),
        # … balanced in printed width: the digits of 2020 take half a cell each
        (["2020华侨城文化旅游节", "有“量”更有“质”", "海量优质产品打造文旅“廊道” 推动行业复苏"],
         (None, "2020华侨城文化旅游节有“量”更有“质”", "海量优质产品打造文旅“廊道”推动行业复苏")),
        # a unit never starts between brackets or quotes opened above and closed below
        (["坚持人民至上 不断造福人民（在习近平新时代", "中国特色社会主义思想指引下——代表委员议国是）"],
         (None, "坚持人民至上不断造福人民（在习近平新时代中国特色社会主义思想指引下——代表委员议国是）", None)),
        (["“你守护生命 我守护你——", "人民爱医行动”正式启动"], (None, "“你守护生命我守护你——人民爱医行动”正式启动", None)),
        (["各地各部门创新举措保基本民生，筑牢兜底保障防线", "守护好每一位困难群众（做好“六", "稳”工作 落实“六保”任务）"],
         ("各地各部门创新举措保基本民生，筑牢兜底保障防线", "守护好每一位困难群众（做好“六稳”工作落实“六保”任务）", None)),
        # … nor where the break leaves a phrase open (a column wrap after 关于, a phrase break before 的)
        (["国务院“互联网+督查”平台公开征集关于", "“六稳”“六保”政策措施落实的问题线索", "和意见建议"],
         (None, "国务院“互联网+督查”平台公开征集关于“六稳”“六保”政策措施落实的问题线索和意见建议", None)),
        (["把满足国内需求作为发展", "的出发点和落脚点（我和总书记面对面）"],
         (None, "把满足国内需求作为发展的出发点和落脚点（我和总书记面对面）", None)),
        # a unit hardly ever starts deep inside a word, however the text on either side reads
        (["湘潭大学社会主义经济理论研", "究中心主任刘长庚委员", "保障好重点群体就业"],
         ("湘潭大学社会主义经济理论研究中心主任刘长庚委员", "保障好重点群体就业", None)),
        (["国务院关税税则委员会公", "布第二批对美加征关税商", "品第二次排除清单"],
         (None, "国务院关税税则委员会公布第二批对美加征关税商品第二次排除清单", None)),
        # a cut keeps the upper line at least as wide: a wider line below was set apart …
        (["体育用品企业", "复工复产赶订单"], ("体育用品企业", "复工复产赶订单", None)),
        (["外交部发言人", "就全国人大会议涉港议程发表谈话"], ("外交部发言人", "就全国人大会议涉港议程发表谈话", None)),
        # … most often: a headline broken at a phrase may put its shorter line first
        (["法国力促", "汽车产业振兴"], (None, "法国力促汽车产业振兴", None)),
        (["伊拉克首都", "“绿区”遭火箭弹袭击"], (None, "伊拉克首都“绿区”遭火箭弹袭击", None)),
        # … unless the wrap pushed a number down, or a closing mark (a phrase space takes room)
        (["在《反分裂国家法》实施", "15周年座谈会上的发言摘要"], (None, "在《反分裂国家法》实施15周年座谈会上的发言摘要", None)),
        (["摆摊有了去处 百姓得", "了好处（会后探落实·", "促消费）"], (None, "摆摊有了去处百姓得了好处（会后探落实·促消费）", None)),
        (["让作品迸发出打动人心的恒久", "魅力（影视创作如何升维（3））"], (None, "让作品迸发出打动人心的恒久魅力（影视创作如何升维（3））", None)),
        # a line is full where the number run opening the next would not have fitted (12 + 2.5
        # cells in a 14-cell column) …
        (["5月全社会用电量同比增4.6%", "互联网数据服务、软件和信息技", "术服务业用电量增速分别达", "52.7%、87.4%"],
         (None, "5月全社会用电量同比增4.6%", "互联网数据服务、软件和信息技术服务业用电量增速分别达52.7%、87.4%")),
        # … and the column is measured without a closing mark hanging past it (the colon)
        (["外交部驻港公署发言人：", "包括香港同胞在内的中", "国人民维护国家安全的", "决心坚定不移"],
         ("外交部驻港公署发言人：", "包括香港同胞在内的中国人民维护国家安全的决心坚定不移", None)),
        # a unit wrapped over three lines fills each but its last, less a number run moved down
        (["测量登山队抵达海拔", "6500米营地（2020珠峰", "测高）"], (None, "测量登山队抵达海拔6500米营地（2020珠峰测高）", None)),
        (["香港特区政府：", "对美国政府持续污名化、", "妖魔化中国正当行使权", "利和义务表示深切遗憾"],
         ("香港特区政府：", "对美国政府持续污名化、妖魔化中国正当行使权利和义务表示深切遗憾", None)),
        # a full line as wide as another wrapped line of the group is a wrap: the column shows
        (["云闪付APP 8.0版本凝聚助商惠民能量助“六", "稳”促“六保”银联金融科技赋能中小微企业", "减负转型"],
         (None, "云闪付APP8.0版本凝聚助商惠民能量助“六稳”促“六保”银联金融科技赋能中小微企业减负转型", None)),
        (["习近平和夫人彭丽媛同荷", "兰国王威廉—亚历山大和", "王后马克西玛就旅荷大熊", "猫喜诞幼崽互致贺信"],
         (None, "习近平和夫人彭丽媛同荷兰国王威廉—亚历山大和王后马克西玛就旅荷大熊猫喜诞幼崽互致贺信", None)),
        # no unit ends on a comma: the line wraps, the space before the comma notwithstanding
        (["西安创新融资担保有限公司助力小微企业复工复产 ，", "彰显国企担当"],
         (None, "西安创新融资担保有限公司助力小微企业复工复产，彰显国企担当", None)),
        # a wrapped unit whose upper line holds under a third of it is no headline in larger type
        # wrapped beside a longer kicker: the short line is the kicker's tail
        (["从细节做起、从引导抓起、从观念改起，各地开展安全", "守护行动", "骑行戴头盔 安全有标配"],
         ("从细节做起、从引导抓起、从观念改起，各地开展安全守护行动", "骑行戴头盔安全有标配", None)),
        # a two-em dash the wrap cut in two still ends the kicker
        (["全国政协召开双周协商座谈会，聚焦“加快推进工业互联网建设”—", "—", "用一朵“云”催生产业新生态（人民政协新实践）"],
         ("全国政协召开双周协商座谈会，聚焦“加快推进工业互联网建设”——", "用一朵“云”催生产业新生态（人民政协新实践）", None)),
        # and one headline broken unevenly stays one (the sample's)
        (["“零号湾”与“壹号湾”", "签订合作协议"], (None, "“零号湾”与“壹号湾”签订合作协议", None)),
        # a deputy's attribution closes the kicker, though the two lines are cut evenly
        (["湖北省宜昌市市长张家胜代表", "优化营商环境培育经济新动能"],
         ("湖北省宜昌市市长张家胜代表", "优化营商环境培育经济新动能", None)),
        (["传化集团董事长徐冠巨代表", "加快智能物流基础设施建设"], ("传化集团董事长徐冠巨代表", "加快智能物流基础设施建设", None)),
        # a line ending on a modal verb waits for its verb: the break model is not asked there
        (["国际奥委会最高提供8亿美元应", "对东京奥运会推迟及其影响"], (None, "国际奥委会最高提供8亿美元应对东京奥运会推迟及其影响", None)),
        # … but a line that is the tail of a word wrapped from above is no modal (响 | 应)
        (["信息通报、监测预警……多部门联合会商，多地协同响", "应", "防灾减灾，打出联动组合拳（第一落点）"],
         ("信息通报、监测预警……多部门联合会商，多地协同响应", "防灾减灾，打出联动组合拳（第一落点）", None)),
    ],
)
def test_line_breaks_read_as_unit_boundaries_or_wraps(lines, roles):
    decision = decide([HeadingLine(text, False) for text in lines])
    assert (decision.kicker, decision.headline, decision.subtitle) == roles


@pytest.mark.parametrize("above, below, left_open", [
    ("令人期待的", "盛会（我看中国两会）", True),  # ends on 的
    ("国务院“互联网+督查”平台公开征集关于", "“六稳”“六保”政策措施落实的问题线索", True),  # on a preposition
    ("旅游演艺，让“诗”和", "“远方”在一起（文化圆桌）", True),  # on a conjunction
    ("把满足国内需求作为发展", "的出发点和落脚点", True),  # opens with 的
    ("乡村振兴", "之路越走越宽", True),  # opens with 之
    ("朝中友谊在社会主义之", "路上更加坚固", True),  # ends on 之
    ("今年经济工作的重点是", "稳就业保民生", True),  # on a verb that waits for its object
    ("国际奥委会最高提供8亿美元应", "对东京奥运会推迟及其影响", True),  # on a modal that waits for its verb
    ("各地企业必须", "守住安全生产底线", True),
    ("全国各地积极响应", "爱国卫生运动深入开展", False),  # 应 closes the word 响应
    ("有的地方市场已经饱和", "价格战难以为继", False),  # 和 closes the word 饱和
    ("体育用品企业", "复工复产赶订单", False),
    ("长沙简化困难群体救助程序", "先救助，后申请", False),
])
def test_a_break_after_a_particle_or_preposition_leaves_a_phrase_open(above, below, left_open):
    assert leaves_phrase_open(above, below) is left_open


@pytest.mark.parametrize("line, attribution", [
    ("湖北省宜昌市市长张家胜代表", True),
    ("58同城首席执行官姚劲波代表", True),
    ("碧桂园集团董事局主席杨国强 委员", True),  # a justification space inside the line
    ("全国人大常委会委员", False),  # an organ's member, no name
    ("国务院关税税则委员", False),
    ("我代表", False),
    ("湖北省宜昌市市长张家胜", False),  # a name alone: 习近平同俄罗斯总统普京 | 通电话 wraps there
])
def test_a_line_ending_on_a_name_and_deputy_or_member_is_an_attribution(line, attribution):
    from pipelines.core.headings import ends_on_attribution

    assert ends_on_attribution(line) is attribution


def test_a_blank_line_starts_a_unit_even_where_the_text_reads_on():
    # 统计公报数据显示 reads as if it ran on into its object, but a blank line never falls inside
    # a wrapped unit
    lines = [HeadingLine("统计公报数据显示", False), HeadingLine("去年我国国内游超60亿人次", True),
             HeadingLine("全年旅游总收入6.63万亿元，同比增11.1%", False)]
    decision = decide(lines)
    assert (decision.kicker, decision.headline, decision.subtitle) == (
        "统计公报数据显示", "去年我国国内游超60亿人次", "全年旅游总收入6.63万亿元，同比增11.1%")


def test_breaks_inside_brackets_pair_each_mark_with_its_own_closer():
    from pipelines.core.headings import breaks_inside_brackets

    assert breaks_inside_brackets(["关于《国家安全法（草", "案）》的说明", "（新华社）"]) == {1}
    assert breaks_inside_brackets(["“一”", "二）", "三"]) == set()  # a stray closer opens nothing
    assert breaks_inside_brackets(["（甲", "乙", "丙）"]) == {1, 2}


def _lines(texts: list[str], blank_before: set[int] = frozenset()) -> list[HeadingLine]:
    return [HeadingLine(text, i in blank_before) for i, text in enumerate(texts)]


def test_a_phrase_space_takes_room_on_a_wrapped_headline_line():
    # 坚持人民至上 不断造 is as wide as the lines below it once its space is counted
    texts = ["坚持人民至上 不断造", "福人民（在习近平新时", "代中国特色社会主义思", "想指引下——代表委员", "议国是）"]
    decision = decide(_lines(texts))
    assert (decision.kicker, decision.headline, decision.subtitle) == (
        None, "坚持人民至上不断造福人民（在习近平新时代中国特色社会主义思想指引下——代表委员议国是）", None)


@pytest.mark.parametrize("blank_before", [set(), {2}])
def test_a_unit_wrapped_short_of_the_column_another_fills_is_the_headline(blank_before):
    # larger type: the headline breaks after 7 cells where its subtitle fills 15
    texts = ["经营困难企业以", "工代训可领补贴", "易地扶贫搬迁就业帮扶专项行动开", "展"]
    decision = decide(_lines(texts, blank_before))
    assert (decision.kicker, decision.headline, decision.subtitle) == (
        None, "经营困难企业以工代训可领补贴", "易地扶贫搬迁就业帮扶专项行动开展")


@pytest.mark.parametrize("texts, roles", [
    # a kicker would be wrapped at 5 cells, in smaller type than a headline line of 15: no
    (["农业银行湖", "北省分行", "打好抗疫组合拳 金融活水润荆楚"], (None, "农业银行湖北省分行", "打好抗疫组合拳金融活水润荆楚")),
    (["济南高新技术", "产业开发区", "坚持高质量发展 争创世界一流高科技园区"],
     (None, "济南高新技术产业开发区", "坚持高质量发展争创世界一流高科技园区")),
    # a kicker wrapped at 17 cells above a headline of 15 is read as one, and so is one wrapped at
    # 27 above a headline line of 29 whose last two, closing marks, hang past the column
    (["习近平在中央政治局第二十次集体学", "习时强调", "充分认识颁布实施民法典重大意义"],
     ("习近平在中央政治局第二十次集体学习时强调", "充分认识颁布实施民法典重大意义", None)),
    (["法制工作委员会负责人向十三届全国人大常委会第十九次会议", "作", "关于《中华人民共和国香港特别行政区维护国家安全法（草案）》",
      "的说明"], ("法制工作委员会负责人向十三届全国人大常委会第十九次会议作",
                 "关于《中华人民共和国香港特别行政区维护国家安全法（草案）》的说明", None)),
])
def test_a_kicker_or_subtitle_wraps_no_narrower_than_its_headline(texts, roles):
    decision = decide(_lines(texts, {2}))
    assert (decision.kicker, decision.headline, decision.subtitle) == roles


@pytest.mark.parametrize("texts", [
    ["北京冬奥会和冬残奥会制服装备视觉外观设计征集活动", "启动（走向冬奥）"],
    ["《北京二〇二二年冬奥会和冬残奥会可持续性计划》发布", "(走向冬奥)"],
])
def test_a_column_label_with_at_most_a_word_before_it_wraps_its_headline(texts):
    # a label closes the headline it follows: 启动（走向冬奥） is that headline's last line, no unit
    decision = decide(_lines(texts))
    assert (decision.kicker, decision.headline, decision.subtitle) == (None, "".join(texts), None)


def test_a_word_break_costs_much_inside_a_word_and_little_where_jieba_merely_finds_one():
    from pipelines.core.headings import MID_WORD_COST, breaks_word, word_break_cost

    assert word_break_cost("出席政协十三届三次会", "议各界别委员已报到") >= MID_WORD_COST
    assert word_break_cost("湘潭大学社会主义经济理论研", "究中心主任") >= MID_WORD_COST
    # jieba finds 健将 and 成全 across these unit ends, but they cost it little
    assert breaks_word("双人滑世界冠军庞清、佟健", "将花滑的梦想传递下去")
    assert 0 < word_break_cost("双人滑世界冠军庞清、佟健", "将花滑的梦想传递下去") < MID_WORD_COST
    assert 0 < word_break_cost("端午假期快递业务量增超四成", "全行业共揽收包裹") < MID_WORD_COST
    assert word_break_cost("高等院校专家展开研讨", "建议深化体教融合") == pytest.approx(0, abs=1e-9)


def _group(*lines: str) -> list[HeadingLine]:
    return _lines(list(lines))


# headlines broken at a phrase that the text reads as one: inside a quote, or running on
BROKEN_AT_A_PHRASE_CLEARLY = [
    _group("“文物‘潮’我", "看”融媒活动举行"), _group("“足不出户，云游", "中国”活动在英国启动"),
    _group("“现在是国际", "社会团结的时候”"), _group("疫情防控彰显", "深厚文化底蕴（思想纵横）"),
    _group("增强新时代", "西部大开发的智力支撑"), _group("塞尔维亚为中国", "专家组颁发最高荣誉勋章"),
]
# … and ones that read as well as a kicker above its headline
BROKEN_AT_A_PHRASE_EITHER_WAY = [
    _group("上海开展民间", "收藏文物鉴定咨询"), _group("京雄城际铁路", "河北段开始铺轨"),
    _group("印尼三度", "降息提振经济"), _group("中国向古巴", "捐赠防疫物资"),
]
KICKER_AND_HEADLINE = [
    _group("端午假期首日", "全国道路交通平稳有序"), _group("外交部发言人", "就全国人大会议涉港议程发表谈话"),
    _group("广东台山全力救援", "搁浅白海豚重归大海"), _group("世卫组织感谢", "武汉为抗疫所做的不懈努力"),
    _group("联合国秘书长呼吁", "用多边主义应对严峻挑战"), _group("国家卫健委", "全国累计治愈出院病例超七万"),
]


def _read(group, style=DEFAULT_STYLE):
    decision = decide(group, style=style)
    return decision.kicker, decision.headline


def test_an_issue_that_breaks_its_headlines_at_phrases_teaches_its_style():
    style = estimate_house_style(BROKEN_AT_A_PHRASE_CLEARLY + BROKEN_AT_A_PHRASE_EITHER_WAY)
    assert style.below_unfinished_line < 0.5 and style.evidence == 10
    assert [_read(group) for group in BROKEN_AT_A_PHRASE_EITHER_WAY] == [
        ("上海开展民间", "收藏文物鉴定咨询"), ("京雄城际铁路", "河北段开始铺轨"), ("印尼三度", "降息提振经济"),
        ("中国向古巴", "捐赠防疫物资")]
    assert [_read(group, style) for group in BROKEN_AT_A_PHRASE_EITHER_WAY] == [
        (None, "上海开展民间收藏文物鉴定咨询"), (None, "京雄城际铁路河北段开始铺轨"), (None, "印尼三度降息提振经济"),
        (None, "中国向古巴捐赠防疫物资")]


def test_an_issue_of_kickers_or_one_clear_break_leaves_the_style_as_it_was():
    kept = HouseStyle(DEFAULT_STYLE.below_unfinished_line)
    assert estimate_house_style(KICKER_AND_HEADLINE) == kept
    # kickers outweigh the breaks that read either way, which alone would move it
    assert estimate_house_style(KICKER_AND_HEADLINE + BROKEN_AT_A_PHRASE_EITHER_WAY) == kept
    assert estimate_house_style(BROKEN_AT_A_PHRASE_CLEARLY[:1]) == kept
    assert estimate_house_style([]) == kept
    assert [_read(group) for group in KICKER_AND_HEADLINE] == [tuple(line.text for line in group)
                                                               for group in KICKER_AND_HEADLINE]


# a kicker wrapped at its 20-cell column deep inside a word (调 | 研): the issue's headings are
# set 20 cells wide or more
WRAPPED_AT_ITS_COLUMN = _group("国务院联防联控机制联络组赴华中科技大学调", "研", "检查高校复学复课前防控工作")
# 17 cells above 9: the widest line of its group, yet no column of this issue
SHORT_KICKER = _group("世界体坛积极应对疫情，共同面对困难", "让体育精神更加闪耀")


def test_a_line_narrower_than_any_column_the_issue_wraps_at_ends_its_unit():
    style = estimate_house_style([WRAPPED_AT_ITS_COLUMN, SHORT_KICKER])
    assert style.narrowest_column == 20.0
    assert _read(SHORT_KICKER, style) == ("世界体坛积极应对疫情，共同面对困难", "让体育精神更加闪耀")
    # alone, the page could set its headings 17 cells wide: read as one headline wrapped there
    assert estimate_house_style([SHORT_KICKER]).narrowest_column == 0.0
    assert _read(SHORT_KICKER) == (None, "世界体坛积极应对疫情，共同面对困难让体育精神更加闪耀")


def test_a_headline_cut_near_its_middle_shows_no_column():
    # each cut moved on by one character, past a closing mark or an opening one, for the
    # line-start rules: 11 and 9 cells, 10.5 and 8, yet cut near the middle all the same
    groups = [_group("“苦熬”没出路“苦干”", "结硕果（扶贫手记）"), _group("徐自强委员——", "冲锋一线 全心战疫（代", "表委员履职故事）")]
    assert estimate_house_style(groups).narrowest_column == 0.0


def _tune_tool():
    """tools/tune_headings.py, which is a script, not a package module."""
    import importlib.util
    import sys
    from pathlib import Path
    path = Path(__file__).resolve().parent.parent / "tools" / "tune_headings.py"
    spec = importlib.util.spec_from_file_location("tune_headings", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up there
    spec.loader.exec_module(module)
    return module


def test_the_weight_fitter_replays_a_decision_under_other_weights():
    """The fitter sets a break kind's prior where the scorer reads it, and counts a replayed
    decision wrong where the weights change its reading: two lines of about one width, no blank
    between, are one headline cut in two at the shipped prior, a kicker and its headline where
    such a break nearly always starts a unit."""
    from pipelines.core import headings
    tool = _tune_tool()
    lines = (HeadingLine("退役军人保障法草案提请初审", True), HeadingLine("立法保障退役军人合法权益", False))
    as_kicker = tool.Decision(lines, DEFAULT_STYLE, "", ("退役军人保障法草案提请初审", "立法保障退役军人合法权益", ""))
    shipped = {name: getattr(headings, name) for name in tool.GRIDS}
    try:
        assert tool.count_wrong((shipped, [as_kicker])) == 1
        assert tool.count_wrong(({**shipped, "NEW_UNIT_AT_BALANCED_BREAK": 0.999}, [as_kicker])) == 0
        assert headings.FIXED_BREAK_PRIORS["balanced"] == 0.999
    finally:
        tool.set_weights(shipped)
    assert headings.FIXED_BREAK_PRIORS["balanced"] == shipped["NEW_UNIT_AT_BALANCED_BREAK"]


def test_a_line_opening_on_a_space_wraps_the_unit_above():
    """A headline cut where its phrase space falls (浙江上虞抓重大项目建设  推动经济高质量发展) leaves
    the space at the head of its second line; no unit opens with one, so the break is a wrap.
    Without the space the two lines read as a kicker and its headline."""
    upper, lower = "浙江上虞抓重大项目建设", "推动经济高质量发展"
    as_two = decide([HeadingLine(upper, True), HeadingLine(lower, False)])
    assert (as_two.kicker, as_two.headline) == (upper, lower)
    as_one = decide([HeadingLine(upper, True), HeadingLine(lower, False, breaks_on_space=True)])
    assert (as_one.kicker, as_one.headline, as_one.subtitle) == (None, upper + lower, None)


def test_a_headline_of_two_characters_does_not_stand_beside_a_kicker_and_subtitle():
    """A long title wrapped at its column leaves 报告 alone on the second line. Where the issue's
    headings are set wider than that first line, the break below it reads as unfinished, and
    without the length prior the lines read as kicker 常务委员会工作, headline 报告, subtitle."""
    lines = [HeadingLine("中国人民政治协商会议全国委员会常务委员会工作", True), HeadingLine("报告", False),
             HeadingLine("——在政协第十三届全国委员会第三次会议上（", False), HeadingLine("2020年5月21日）", False)]
    decision = decide(lines, style=HouseStyle(narrowest_column=26.0))
    assert (decision.kicker, decision.headline, decision.subtitle) == (
        None, "中国人民政治协商会议全国委员会常务委员会工作报告", "——在政协第十三届全国委员会第三次会议上（2020年5月21日）")


def test_a_line_ending_a_wrapped_unit_is_no_half_of_a_cut_near_the_middle():
    """出席政协十三届三次会 | 议各界别委员已报到 is a headline cut near its middle; the line below,
    as wide as its second half, is its subtitle. Read as a cut near the middle, the second break
    would start a unit one time in five, and the three lines read as one headline; but the
    headline began on the line above, so the short line ends it, and the break below is one
    below an unfinished line."""
    lines = [HeadingLine("出席政协十三届三次会", True), HeadingLine("议各界别委员已报到", False),
             HeadingLine("大会筹备工作就绪", False)]
    decision = decide(lines)
    assert (decision.kicker, decision.headline, decision.subtitle) == (
        None, "出席政协十三届三次会议各界别委员已报到", "大会筹备工作就绪")


def test_a_line_set_with_a_phrase_space_is_more_often_a_unit_of_its_own():
    """The headline below its kicker holds a space between its two phrases; read without it
    the two lines, 13 and 12.5 cells, are one headline cut near its middle."""
    upper, lower = "运用新机制新技术提高便利度", "优化政务服务 助力复工复产"
    decision = decide([HeadingLine(upper, True), HeadingLine(lower, False)])
    assert (decision.kicker, decision.headline, decision.subtitle) == (upper, lower.replace(" ", ""), None)


def test_three_units_set_apart_by_blank_lines_stay_three():
    """A kicker, headline and subtitle each on a line of its own, blank lines between: no blank
    falls inside a unit, so the rarity of three units (1% of the corpus's headings) does not
    join the kicker to the headline."""
    texts = ["6月1日至18日", "网联平台网络支付交易16.91万亿元", "6月1日单日交易处理规模达15.99亿笔，创历史新高"]
    decision = decide(_lines(texts, blank_before={0, 1, 2}))
    assert (decision.kicker, decision.headline, decision.subtitle) == tuple(texts)


def test_a_break_inside_a_term_the_heading_holds_whole_elsewhere_is_a_wrap():
    """青岛国信 opens the heading, so the break between 青岛 and 国信 at its end falls inside one
    unit: the text models alone read a kicker and a headline there."""
    lead = ("地标建筑是一个城市的名片，也是城市发展的重要标志。6月20日，城市总部经济与新旧动能转换发展趋势（青岛）"
            "论坛暨海天中心全球发布会在青岛国际会议中心启幕，海内外专家精英齐聚一堂，共同见证目前山东省最高建筑——"
            "青岛国信·海天中心（以下简称“海天中心”）的华丽亮相。")
    decision = decide(_lines(["青岛国信集团打造青岛城市新名片——青岛", "国信·海天中心"], blank_before={0}), lead=lead)
    assert (decision.kicker, decision.headline, decision.subtitle) == (
        None, "青岛国信集团打造青岛城市新名片——青岛国信·海天中心", None)


@pytest.mark.parametrize("texts, repeated", [
    (["青岛国信集团打造青岛城市新名片——青岛", "国信·海天中心"], (1,)),
    (["国务院联防联控机制联络组赴武汉", "调研重点场所疫情防控（国务院联防联控", "机制发布会）"], (2,)),
    (["37个央企项目在武汉签约", "总额超1800亿元"], ()),  # nothing repeated
    (["2020年2020", "年的计划"], ()),  # digits are no term
])
def test_the_breaks_inside_a_repeated_term_are_found(texts, repeated):
    from pipelines.core.headings import breaks_inside_repeated_terms

    assert breaks_inside_repeated_terms(_lines(texts)) == repeated
