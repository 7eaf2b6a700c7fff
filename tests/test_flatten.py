"""The page flattener (ground truth generator) and the parser on what it lays out."""

from __future__ import annotations

from collections import Counter

import pytest

from pipelines.core.segment import Item, conservation_diff, segment_page, stitch_jumps
from pipelines.core.text import display_width, non_space_chars
from pipelines.stages import segment_issue
from pipelines.synth.flatten import CLOSING, Article, Flattener, FlattenConfig, TruthItem
from pipelines.synth.harness import (
    align, compare_headings, confidence_band, every_page, heading_error, heading_records, norm, sample_issues,
    score_page,
)
from tests.conftest import SHARED

ARTICLES = [
    Article(
        kicker="平湖以全省唯一改革试点为契机",
        headline="“学历+技能”双提升开辟教育共富路",
        paragraphs=[
            "去年，我市出台了《平湖市“学历+技能”双提升若干政策实施意见》，明确16条激励政策，构建了较为完备的人力资本提升奖励政策体系。",
            "“我一定会珍惜这个来之不易的学习机会。”盛凯强说。",
            "借助数字化改革浪潮，“增财实学”应用应运而生，推进应用2.0版本上线与运维，实现全流程闭环管理。",
        ],
    ),
    Article(
        headline="“提升专业技能，争做大国工匠”",
        subtitle="全国人大代表韩其芳与市职业中专学生分享感悟",
        paragraphs=[
            "昨天下午，全国人大代表韩其芳开启了全国两会精神的宣讲活动，第一站走进了平湖市职业中等专业学校。",
            "“韩老师，您如何看待我们未来的发展？”宣讲现场，学生们专心致志，不时低头认真做笔记。",
        ],
    ),
    Article(
        headline="我市5所学校获评省现代化学校",
        paragraphs=[
            "近日，省教育厅公示了2022年“浙江省现代化学校”评估结果，我市申报创建的5所学校全部“榜上有名”。",
            "自2020年起，浙江省开始启动现代化学校督导评估工作，评估类别分为6类学校，加上此次成功创建的5所学校，全市一共有11所学校获评。",
        ],
    ),
]

EVERYTHING = FlattenConfig(
    furniture_rate=1.0, reporter_rate=1.0, spread_role_rate=1.0, second_byline_rate=1.0,
    local_lead_rate=1.0, blank_between_paragraphs_rate=0.5, blank_inside_paragraph_rate=0.1,
    blank_before_quote_rate=1.0, justify_rate=0.1, number_space_rate=1.0, photo_rate=1.0,
)


def test_same_seed_same_page():
    first = Flattener(EVERYTHING, seed=3).page(ARTICLES)
    second = Flattener(EVERYTHING, seed=3).page(ARTICLES)
    assert first.text == second.text
    assert Flattener(EVERYTHING, seed=4).page(ARTICLES).text != first.text


@pytest.mark.parametrize("seed", range(20))
def test_wrapping_rules(seed):
    page = Flattener(FlattenConfig(justify_rate=0.0, number_space_rate=0.0), seed=seed).page(ARTICLES)
    for line in page.text.splitlines():
        assert not line or line[0] not in CLOSING
    # Latin/number runs stay whole: every run of the articles is still on one line
    for run in ("16", "2.0", "2022", "2020", "11"):
        assert run in page.text


@pytest.mark.parametrize("width", range(10, 25))
def test_no_line_opens_with_a_closing_mark_where_numbers_are_spaced(width):
    # the flattener sets its number spaces before it wraps: 增长7.6% 。 must not break at the space
    text = ("笔记本电脑出口1963.4万台，同比增长7.6% 。手机出口增长 12% ，集成电路出口增长5.3% 。"
            "货值同比增长34% ，开行班列超过 1000 列，运输货物约9万标箱。")
    lines = Flattener(seed=0)._wrap(text, width)
    assert [line for line in lines if line[0] in CLOSING] == []
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


@pytest.mark.parametrize("seed", range(20))
def test_truth_holds_every_character_of_the_page(seed):
    page = Flattener(EVERYTHING, seed=seed).page(ARTICLES)
    def printed_bylines(item):
        if item.kind == "photo":  # one ■摄影 line for all photographers
            return "■摄影" + "".join(name for name, _ in item.bylines)
        return "".join(("■" if k == 0 else "") + role + name for k, (name, role) in enumerate(item.bylines))

    truth = "".join(
        (item.kicker or "") + (item.headline or "") + (item.subtitle or "") + (item.lead or "")
        + item.body + (item.jump or "") + printed_bylines(item)
        for item in page.items
    )
    assert Counter(non_space_chars(page.text)) == Counter(non_space_chars(truth))


@pytest.mark.parametrize("seed", range(30))
def test_parser_exact_on_generated_pages(seed):
    page = Flattener(EVERYTHING, seed=seed).page(ARTICLES)
    items = segment_page(page.text)
    tally = score_page(page, items)
    assert tally.pages_count_right == 1, page.text
    assert tally.headings_exact == tally.headings == 4, page.text
    assert tally.bodies_exact == tally.bodies == 4, page.text
    assert tally.byline_tp == tally.byline_true == tally.byline_pred, page.text


def test_harness_tallies_each_heading_in_the_band_of_its_confidence():
    page = Flattener(EVERYTHING, seed=3).page(ARTICLES)
    items = segment_page(page.text)
    for item in items:
        if item.headline == "我市5所学校获评省现代化学校":
            item.heading_confidence = 0.8
            item.headline = "我市5所学校"  # a wrong headline at confidence 0.8
    tally = score_page(page, items)
    assert tally.by_confidence[0.7] == 1 and tally.by_confidence_exact[0.7] == 0
    assert sum(tally.by_confidence.values()) == tally.headings == 4
    assert sum(tally.by_confidence_exact.values()) == tally.headings_exact == 3
    assert [confidence_band(c) for c in (1.0, 0.99, 0.95, 0.5)] == [0.99, 0.99, 0.9, 0.0]


def test_harness_counts_a_heading_whose_runner_up_reading_is_the_truth():
    page = Flattener(EVERYTHING, seed=3).page(ARTICLES)
    items = segment_page(page.text)
    wrong = [item for item in items if item.headline == "我市5所学校获评省现代化学校"]
    for item in wrong:
        item.heading_alternative = (item.kicker, item.headline, item.subtitle)
        item.kicker, item.headline = "我市5所学校获评", "省现代化学校"  # the runner-up won
    tally = score_page(page, items)
    assert len(wrong) == 1 and tally.headings_exact == 3 and tally.headings_in_two == tally.headings == 4
    wrong[0].heading_alternative = (None, "我市5所学校", "获评省现代化学校")  # both readings wrong
    assert score_page(page, items).headings_in_two == 3


def test_harness_counts_a_heading_whose_words_are_right_in_the_wrong_roles():
    page = Flattener(EVERYTHING, seed=3).page(ARTICLES)
    items = segment_page(page.text)
    wrong = [item for item in items if item.headline == "我市5所学校获评省现代化学校"]
    wrong[0].kicker, wrong[0].headline = "我市5所学校获评", "省现代化学校"  # the words, in other roles
    tally = score_page(page, items)
    assert tally.headings_exact == 3 and tally.headings_text_exact == tally.headings == 4
    assert tally.heading_errors == Counter(split=1)
    wrong[0].headline = "省现代化"  # words lost
    tally = score_page(page, items)
    assert tally.headings_text_exact == 3 and tally.heading_errors == Counter(words=1)


@pytest.mark.parametrize("truth, guess, kind", [
    (("", "习近平向布隆迪当选总统致唁电", ""), ("", "习近平向布隆迪当选总统致唁电", ""), None),
    (("", "商合杭高铁合湖段开通运营", "豫皖浙实现高铁无缝对接"),
     ("商合杭高铁合湖段开通运营", "豫皖浙实现高铁无缝对接", ""), "roles"),
    (("线上线下全天候互动", "上海推出招聘直播", ""), ("", "线上线下全天候互动上海推出招聘直播", ""), "joined"),
    (("", "浙江上虞抓重大项目建设推动经济高质量发展", ""), ("浙江上虞抓重大项目建设", "推动经济高质量发展", ""), "split"),
    (("骗取疫情防控税收优惠，违法！", "1859户违法企业被立案检查", ""), ("", "1859户违法企业被立案检查", ""), "words"),
    (("", "粽飘香知多少", ""), None, "lost"),
])
def test_harness_names_what_went_wrong_with_a_heading(truth, guess, kind):
    assert heading_error(truth, guess) == kind


def test_harness_counts_each_rule_that_read_a_block_otherwise():
    from pipelines.synth.flatten import FlatPage

    text = ("本报讯 近年来，我市持续推进改革，取得\n显著成效，群众满意度不断提升。\n\n生根\n\n"
            "当年的江边一片沙，大风一起不见家，村\n民们只能搬离，如今已经大不一样了，大\n家都说好。\n\n扎西班旦种树记\n")
    body = ["近年来，我市持续推进改革，取得显著成效，群众满意度不断提升。", "生根",
            "当年的江边一片沙，大风一起不见家，村民们只能搬离，如今已经大不一样了，大家都说好。"]
    truth = TruthItem("article", headline="扎西班旦种树记", lead="本报讯", paragraphs=body)
    fold = "read as body after all: body text below runs on in the same column: a subheading inside the article"
    tally = score_page(FlatPage(1, text, [truth]), segment_page(text))
    assert tally.headings_exact == 1
    assert (tally.rule_blocks, tally.rule_blocks_on_unit) == (Counter({fold: 1}), Counter())
    # had the paper printed 生根 as a headline, the fold would have lost it: counted against the rule
    titled = TruthItem("article", headline="生根", paragraphs=["（略）"])
    tally = score_page(FlatPage(1, text, [truth, titled]), segment_page(text))
    assert (tally.rule_blocks, tally.rule_blocks_on_unit) == (Counter({fold: 1}), Counter({fold: 1}))


def test_harness_pairs_items_by_body_after_an_article_swallows_its_neighbour():
    bodies = [["平湖以全省唯一改革试点为契机，开辟教育共富路。"],
              ["市教育局召开全市教育工作会议，部署今年教育重点工作。"],
              ["今年全市重点工作会议召开，市教育局部署教育工作。"]]  # the same characters, reordered
    truth = [TruthItem("article", headline=f"标题{n}", paragraphs=body) for n, body in enumerate(bodies)]
    swallowed = Item("article", 0, headline="标题1", paragraphs=bodies[0] + bodies[1])
    third = Item("article", 5, headline="标题2", paragraphs=bodies[2])
    # the first item holds the first two articles (its heading is the second's); the third item
    # is the third article's alone, though the second shares nearly all its characters
    starts = [guess and guess.line_start for _, guess in align(truth, [swallowed, third])]
    assert starts[2] == 5 and set(starts[:2]) == {0, None}


def test_jump_stitched_across_pages():
    config = FlattenConfig(jump_rate=1.0, photo_rate=0.0)
    long_article = Article(headline="我市部署打击治理电信网络新型违法犯罪工作",
                           paragraphs=[p for a in ARTICLES for p in a.paragraphs])
    pages = Flattener(config, seed=1).issue([[ARTICLES[2], long_article], [ARTICLES[1]]])
    assert "（下转第二版）" in pages[0].text and "（上接第一版）" in pages[1].text
    parsed = [segment_page(page.text) for page in pages]
    (link,) = stitch_jumps(parsed)
    (first_page, first_item), (second_page, second_item) = link
    assert parsed[first_page][first_item].headline == "我市部署打击治理电信网络新型违法犯罪工作"
    assert (first_page, second_page) == (0, 1)
    whole = parsed[first_page][first_item].body + parsed[second_page][second_item].body
    assert norm(whole) == norm("".join(long_article.paragraphs))

    raw = [{"issue_key": "k", "paper": "p", "issue_date": None, "page": n + 1, "text": page.text}
           for n, page in enumerate(pages)]
    rows = {row["article_id"]: row for row in segment_issue(raw).articles}
    start = next(r for r in rows.values() if r["continued_to"])
    assert rows[start["continued_to"]]["continued_from"] == start["article_id"]
    assert rows[start["continued_to"]]["jump"] == "（上接第一版）"


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="needs ../shared/corpus")
def test_no_character_lost_on_generated_pages_of_real_articles():
    from pipelines.synth.corpus import corpus_issues

    issues = corpus_issues(SHARED / "corpus" / "peoples_daily_2020h1.jsonl.gz")
    flattener = Flattener(EVERYTHING, seed=5)
    for _, pages in issues[::6]:
        for page in flattener.issue([p[:8] for p in pages[:3]]):
            lost, duplicated = conservation_diff(page.text, segment_page(page.text))
            assert not lost and not duplicated, page.text[:300]


def _pages_laid_out(issues_laid_out) -> list[str]:
    return [item.headline for flat in issues_laid_out for page in flat for item in page.items if item.kind == "article"]


def test_every_page_lays_out_each_page_once_in_order_where_the_sample_draws_with_replacement():
    first, second, third = ARTICLES
    issues = [("2020-05-01", [[first], [second], [third]]),
              ("2020-05-02", [[third], [first], [second], [third], [first]])]
    printed = [first.headline, second.headline, third.headline, third.headline, first.headline,
               second.headline, third.headline, first.headline]
    plain = FlattenConfig(photo_rate=0.0, jump_rate=0.0)  # one truth item to a page
    assert _pages_laid_out(every_page(issues, seed=3, config=plain)) == printed
    assert _pages_laid_out(every_page(issues, seed=4, config=plain)) == printed  # other runs, the same pages
    drawn = _pages_laid_out(sample_issues(issues, pages=40, seed=3, config=plain))
    assert len(drawn) >= 40 and Counter(drawn)[first.headline] > 3


@pytest.mark.skipif(not (SHARED / "corpus").exists(), reason="needs ../shared/corpus")
def test_harness_runs_on_real_articles():
    from pipelines.synth.corpus import corpus_issues
    from pipelines.synth.harness import run

    issues = [i for i in corpus_issues(SHARED / "corpus" / "peoples_daily_2020h1.jsonl.gz") if i[0] >= "2020-06-20"]
    report = run(issues, pages=20, seed=1, worst=2)
    assert "headline exact (kicker+headline+subtitle)" in report
    assert "body char F1" in report and "jumps stitched" in report
    assert "blocks read otherwise, by rule" in report


def test_a_headline_cut_in_two_keeps_its_numbers_whole():
    from pipelines.synth.flatten import _headline_cut

    text = "离岛免税购物政策1600万人次受惠"
    cut = _headline_cut(text)
    assert (text[:cut], text[cut:]) == ("离岛免税购物政策", "1600万人次受惠")  # 8 cells | 7 cells


def test_a_space_before_a_closing_mark_never_lets_the_mark_open_a_line():
    from pipelines.synth.flatten import _headline_cut

    text = "西安创新融资担保有限公司助力小微企业复工复产 ，彰显国企担当"  # a corpus headline, space and all
    lines = Flattener(seed=0)._wrap(text, 22)
    assert lines == ["西安创新融资担保有限公司助力小微企业复工复产 ，", "彰显国企担当"]
    balanced = "小微企业复工复产 ，彰显国企担当"
    cut = _headline_cut(balanced)
    assert (balanced[:cut], balanced[cut:]) == ("小微企业复工复产 ，", "彰显国企担当")


def test_a_headline_broken_at_a_phrase_breaks_between_words_in_its_middle_third():
    import random
    from itertools import accumulate

    import jieba

    from pipelines.synth.flatten import _phrase_cut

    text = "国务院联防联控机制联络组支持武汉市继续做好核酸检测"
    ends = set(accumulate(len(word) for word in jieba.cut(text)))
    cuts = {_phrase_cut(text, random.Random(seed)) for seed in range(40)}
    assert cuts <= ends and len(cuts) > 2  # word boundaries only, and more than one of them
    assert all(len(text) / 3 <= cut <= 2 * len(text) / 3 for cut in cuts)
    assert min(cuts) < len(text) / 2  # the shorter line may come first
    numbers = "离岛免税购物政策1600万人次受惠"
    assert not {_phrase_cut(numbers, random.Random(seed)) for seed in range(40)} & {9, 10, 11}  # not inside 1600
    quoted = "持续打好“六稳”“六保”组合拳"
    assert all(quoted[cut] not in "”）》" and quoted[cut - 1] not in "“（《"
               for cut in {_phrase_cut(quoted, random.Random(seed)) for seed in range(40)})


def test_an_indented_first_line_holds_two_cells_less():
    flattener = Flattener(seed=0)
    text = ARTICLES[0].paragraphs[2]
    plain, indented = flattener._wrap(text, 12), flattener._wrap(text, 12, 10)
    assert display_width(indented[0]) <= 10 < display_width(plain[0])
    assert "".join(indented) == "".join(plain) and len(indented) >= len(plain)


@pytest.mark.parametrize("seed", range(5))
def test_an_indented_page_keeps_every_character_and_says_so(seed):
    page = Flattener(FlattenConfig(indent_rate=1.0), seed=seed).page(ARTICLES)
    assert "indent" in page.artifacts
    truth = "".join((i.kicker or "") + (i.headline or "") + (i.subtitle or "") + (i.lead or "") + i.body
                    for i in page.items)
    assert Counter(non_space_chars(truth)) <= Counter(non_space_chars(page.text))


def test_harness_records_each_heading_as_laid_out_and_as_parsed():
    page = Flattener(EVERYTHING, seed=3).page(ARTICLES)
    items = segment_page(page.text)
    for item in items:
        if item.headline == "我市5所学校获评省现代化学校":
            item.kicker, item.headline = "我市5所学校获评", "省现代化学校"
    records = heading_records(7, align(page.items, items))
    assert [r["truth"] for r in records] == [
        ["平湖以全省唯一改革试点为契机", "“学历+技能”双提升开辟教育共富路", ""],
        ["", "“提升专业技能，争做大国工匠”", "全国人大代表韩其芳与市职业中专学生分享感悟"],
        ["", "我市5所学校获评省现代化学校", ""],
        ["", "赶制订单", ""],  # the photo's title
    ]
    assert [r["error"] for r in records] == [None, None, "split", None]
    assert records[2]["parsed"] == ["我市5所学校获评", "省现代化学校", ""]
    assert {r["page"] for r in records} == {7}


def test_harness_diff_names_the_headings_gained_and_lost():
    def record(page, headline, parsed, error):
        return {"page": page, "truth": ["", headline, ""], "parsed": parsed, "error": error, "confidence": 0.9}

    before = [record(0, "粽飘香知多少", None, "lost"), record(0, "我市5所学校获评省现代化学校", ["", "我市5所学校获评省现代化学校", ""], None),
              record(1, "义诊进社区", ["", "义诊进社区", ""], None)]
    after = [record(0, "粽飘香知多少", ["", "粽飘香知多少", ""], None),
             record(0, "我市5所学校获评省现代化学校", ["我市5所学校获评", "省现代化学校", ""], "split"),
             record(1, "义诊进社区", ["", "义诊进社区", ""], None)]
    report = compare_headings(before, after).splitlines()
    assert report == [
        "headings 3: exact 2 → 2 (0.6667 → 0.6667), 1 gained, 1 lost",
        "+ page 0: |粽飘香知多少|  (was (not found), lost)",
        "- page 0: |我市5所学校获评省现代化学校|  now 我市5所学校获评|省现代化学校| (split)",
    ]
    with pytest.raises(ValueError, match="different pages"):
        compare_headings(before, after[:2])
    with pytest.raises(ValueError, match="different pages"):
        compare_headings(before, [record(0, "粽飘香", None, "lost")] + after[1:])
