"""Entities, figures and keywords on the sample page, exact."""

from __future__ import annotations

import pytest

from pipelines.seeds import discover_issues
from pipelines.stages import extract_issue, ingest_issue, segment_issue
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def extracted():
    (issue,) = discover_issues(ROOT / "seeds")
    segmented = segment_issue(ingest_issue(issue))
    return segmented.articles, extract_issue(segmented.articles, issue.region)


def test_people_with_their_titles(extracted):
    _, result = extracted
    titled = {(e["text"], e["title"]) for e in result.entities if e["type"] == "person" and e["title"]}
    assert {
        ("仲旭东", "市委书记"),
        ("周启程", "副市长"),
        ("韩其芳", "全国人大代表"),
        ("陈华文", "闵行区委副书记、区长"),
        ("习近平", "总书记"),
        ("汪香元", "太仓市领导"),
    } <= titled


def test_canonical_places_and_orgs_on_a_pinghu_paper(extracted):
    _, result = extracted
    canonical = {(e["text"], e["canonical"]) for e in result.entities}
    assert ("平湖", "平湖市") in canonical
    assert ("我市", "平湖市") in canonical
    assert ("省教育厅", "浙江省教育厅") in canonical
    assert ("市党政代表团", "平湖市党政代表团") in canonical
    orgs = {e["text"] for e in result.entities if e["type"] == "org"}
    assert {"可口可乐饮料（上海）有限公司", "浙江晨光电缆股份有限公司", "上海人工智能研究院", "平湖市职业中等专业学校",
            # the five schools
            "平湖市实验幼儿园（如意园区）", "平湖市叔同小学", "平湖市乍浦小学", "平湖市东湖中学",
            "平湖市钟埭街道成人文化技术学校"} <= orgs


def test_entity_offsets_point_at_body(extracted):
    articles, result = extracted
    bodies = {a["article_id"]: a["body"] for a in articles}
    for entity in result.entities:
        assert bodies[entity["article_id"]][entity["start"] : entity["end"]] == entity["text"]


def test_figures_normalised(extracted):
    _, result = extracted
    figures = {(f["kind"], f["text"]): f for f in result.figures}
    assert figures[("money", "10亿元")]["normalised_value"] == 1_000_000_000
    assert figures[("money", "达3296万元")]["normalised_value"] == 32_960_000
    assert figures[("money", "200亿元")]["normalised_value"] == 20_000_000_000
    assert figures[("percent", "13.52%")]["value"] == 13.52
    assert figures[("area", "约200亩")]["value"] == 200
    assert (figures[("count", "18栋")]["value"], figures[("count", "18栋")]["unit"]) == (18, "栋")
    assert figures[("money", "10亿元")]["sentence"].startswith("据了解，作为平湖—青田“产业飞地”的首个项目")
    # the sample's date is unknown: relative dates stay unresolved, never guessed
    relative = [f for f in result.figures if f["kind"] == "relative_date"]
    assert {f["text"] for f in relative} == {"昨天上午", "昨天下午", "昨天", "去年", "近日"}
    assert all(f["date_start"] is None and f["date_end"] is None for f in relative)
    assert ("count", "三位") not in figures  # 第三位 is an ordinal


def test_keywords_keep_names_whole(extracted):
    articles, result = extracted
    by_headline = {a["headline"]: a["article_id"] for a in articles}
    韩 = [k["keyword"] for k in result.keywords if k["article_id"] == by_headline["“提升专业技能，争做大国工匠”"]]
    assert 韩[0] == "韩其芳"
    仲 = [k["keyword"] for k in result.keywords
         if k["article_id"] == by_headline["平湖市党政代表团赴江苏太仓、上海闵行考察学习"]]
    assert "仲旭东" in 仲 and "旭东" not in 仲
    assert all(not k["keyword"].isdigit() for k in result.keywords)


def test_every_person_in_the_bodies_found(extracted):
    _, result = extracted
    people = {e["text"] for e in result.entities if e["type"] == "person"}
    assert people == {"周启程", "陈华文", "王观宝", "仲旭东", "周军波", "吴金华", "何健", "盛凯强",
                      "习近平", "韩其芳", "徐超", "汪香元", "胡卫江", "王红星"}


def test_a_name_cut_short_is_completed_from_the_rest_of_the_issue(extracted):
    _, result = extracted
    people = {e["text"] for e in result.entities if e["type"] == "person"}
    assert "周军波" in people and "周军" not in people
    assert not any(e["text"].startswith("波率") for e in result.entities)


def test_complete_names_needs_the_full_name_elsewhere():
    from pipelines.core.entities import Mention, complete_names

    texts = ["市长周军波率代表团考察。", "周军波、吴金华参加。"]
    short = [Mention("周军", "person", 2, 4, "周军"), Mention("波率代表团", "org", 4, 9, "波率代表团")]
    full = [Mention("周军波", "person", 0, 3, "周军波")]
    first, second = complete_names(texts, [short, full])
    assert [(m.text, m.start, m.end) for m in first] == [("周军波", 2, 5)] and second == full
    (alone,) = complete_names(texts[:1], [short])
    assert [m.text for m in alone] == ["周军", "波率代表团"]


def test_a_name_read_in_one_article_is_a_person_wherever_the_issue_prints_it():
    from pipelines.core.entities import Mention, complete_names

    texts = ["市长周军波率代表团考察。", "周军波、吴金华参加。", "参观周军波纪念馆。"]
    missed = [Mention("波率代表团", "org", 4, 9, "波率代表团")]  # the name itself not read at all
    hall = [Mention("周军波纪念馆", "org", 2, 8, "周军波纪念馆")]
    first, second, third = complete_names(texts, [missed, [Mention("周军波", "person", 0, 3, "周军波")], hall])
    assert [(m.text, m.type, m.start, m.title) for m in first] == [("周军波", "person", 2, "市长")]
    assert first[0].sentence == "市长周军波率代表团考察。"
    assert [m.text for m in second] == ["周军波"]
    assert third == hall  # held whole by a longer mention: left as read


def test_a_name_read_elsewhere_is_no_person_before_a_place_suffix():
    from pipelines.core.entities import Mention, complete_names

    texts = ["考古发现让万寿岩露出一角。", "对万寿岩遗址两次批示。", "黄文秀大学毕业后回乡。"]
    read = [[Mention("万寿岩", "person", 5, 8, "万寿岩")], [], [Mention("黄文秀", "person", 0, 3, "黄文秀")]]
    _, second, third = complete_names(texts, read)
    assert second == []  # 万寿岩遗址: a site, as the recogniser reads it there
    assert [m.text for m in third] == ["黄文秀"]


def test_keyword_names_do_not_leak_into_jieba():
    import jieba
    import jieba.finalseg

    from pipelines.core.keywords import extract_keywords

    sentence = "党政代表团成员走进舍弗勒太仓"
    before = jieba.lcut(sentence)
    force_split = set(jieba.finalseg.Force_Split_Words)
    extract_keywords(sentence, ["舍弗勒", "周军波"])
    assert jieba.lcut(sentence) == before and jieba.finalseg.Force_Split_Words == force_split


def test_a_name_that_is_a_dictionary_prefix_leaves_the_longer_word_findable():
    from pipelines.core.keywords import extract_keywords

    extract_keywords("中华人民共和国成立。", ["中华人民共"])  # 中华人民共: only a prefix entry in jieba
    keywords = [word for word, _ in extract_keywords("中华人民共和国成立七十周年，中华人民共和国繁荣富强。", [], 3)]
    assert keywords[0] == "中华人民共和国"


def test_repair_spans_ends_a_person_before_an_honorific():
    from pipelines.core.entities import repair_spans
    from pipelines.core.ner import Span

    sentence = "陈小姐和王先生见到了先生。"
    spans = [Span(0, 3, "PER"), Span(4, 7, "PER"), Span(10, 12, "PER")]
    assert [s.text(sentence) for s in repair_spans(sentence, spans)] == ["陈", "王", "先生"]


@pytest.mark.parametrize("name, plausible", [
    ("赫哲族", False), ("项目部", False), ("幸福感", False), ("韩老师", False), ("韩", False),
    ("李军社", True), ("王晨", True), ("阿卜都克尤木·肉孜", True),
])
def test_the_tables_keep_full_personal_names_only(name, plausible):
    from pipelines.core.entities import is_plausible_person

    assert is_plausible_person(name) is plausible


def test_a_name_cut_in_two_beside_its_interpunct_is_joined():
    from pipelines.core.entities import repair_spans
    from pipelines.core.ner import Span

    sentence = "阿卜都克尤木·肉孜家的院门，汤尤杯赛场。"
    spans = [Span(0, 4, "PER"), Span(4, 9, "PER"), Span(14, 15, "PER"), Span(15, 16, "PER")]
    # 汤 | 尤 (the Thomas and Uber cups) stay two: no interpunct, as the corpus marks them
    assert [s.text(sentence) for s in repair_spans(sentence, spans)] == ["阿卜都克尤木·肉孜", "汤", "尤"]


@pytest.mark.parametrize("sentence, name, kept", [
    ("不断为‘胞波’情谊注入新的活力。", "胞波", False),  # a term in quotes
    ("一名外号叫“老鹰”的稽查队员", "老鹰", False),  # a nickname
    ("中缅胞波情谊源远流长。", "胞波", True),  # unquoted: the recogniser's word stands
    ("“韩其芳说得对”，他说。", "韩其芳", True),  # a quote that only starts at the name
])
def test_a_name_alone_in_quotes_is_no_person_for_the_tables(sentence, name, kept):
    from pipelines.core.entities import reportable
    from pipelines.core.ner import Span

    start = sentence.index(name)
    assert reportable(Span(start, start + len(name), "PER"), sentence) is kept


def test_a_form_of_address_is_no_part_of_a_name_and_leaves_no_person_in_the_tables():
    from pipelines.core.entities import extract_mentions, repair_spans
    from pipelines.core.ner import Span, default_tagger

    sentence = "业主王阿姨和邱大爷找到史老师。"
    spans = [Span(2, 5, "PER"), Span(6, 9, "PER"), Span(11, 14, "PER")]
    assert [s.text(sentence) for s in repair_spans(sentence, spans)] == ["王", "邱", "史"]
    sentence = "李医生和张大夫"
    spans = [Span(0, 3, "PER"), Span(4, 7, "PER")]
    assert [s.text(sentence) for s in repair_spans(sentence, spans)] == ["李", "张"]
    sentence = "陈毅元帅与钱学森等人"  # a rank, the companions
    spans = [Span(0, 4, "PER"), Span(5, 10, "PER")]
    assert [s.text(sentence) for s in repair_spans(sentence, spans)] == ["陈毅", "钱学森"]
    text = "有一天，于国贤帮助业主王阿姨审核申领特种行业许可证相关材料时，王阿姨为难地说。"
    assert [m.text for m in extract_mentions(text, default_tagger()) if m.type == "person"] == ["于国贤"]


@pytest.mark.parametrize("sentence, persons", [
    ("当汤局长为西藏“游说”时，能不能托项市长找房子？", ["汤", "项"]),  # as the corpus marks them
    ("他担任主任多年，常副局长表示支持。", ["常"]),  # 任 ends 担任: no surname
    ("并向主任委员会议报告，最高院长会议通过。", []),  # 向 the preposition, 高 the end of 最高
])
def test_a_bare_surname_before_an_office_is_a_person(sentence, persons):
    from pipelines.core.entities import repair_spans

    assert [s.text(sentence) for s in repair_spans(sentence, []) if s.label == "PER"] == persons


@pytest.mark.parametrize("sentence, tagged, persons", [
    # 潘长松 was tagged: the names beside it follow, one after another down the list
    ("副主席潘长松、童傅、厉无畏和钮小明等出席。", ["潘长松"], ["潘长松", "童傅", "厉无畏", "钮小明"]),
    ("数额大、范围广、时间长", [], []),  # no person in the list
    ("潘长松、北京、重庆人代表", ["潘长松"], ["潘长松"]),  # 北京 and 重庆人 start with no surname
    ("潘长松、刘大伟同志", ["潘长松"], ["潘长松", "刘大伟"]),  # the name opens a longer item
    ("其中包括韦伯、费正清等人", ["费正清"], ["韦伯", "费正清"]),  # the name ends a longer item
    ("总经理王珠、宣传策划部经理高军", ["王珠"], ["王珠"]),  # 宣传 is a dictionary word
])
def test_a_name_listed_beside_a_person_is_a_person(sentence, tagged, persons):
    from pipelines.core.entities import repair_spans
    from pipelines.core.ner import Span

    spans = [Span(sentence.index(name), sentence.index(name) + len(name), "PER") for name in tagged]
    assert [s.text(sentence) for s in repair_spans(sentence, spans) if s.label == "PER"] == persons


def test_a_name_printed_with_a_company_suffix_is_a_company():
    from pipelines.core.entities import Mention, companies_not_people

    texts = ["代表团考察了舍弗勒太仓制造新基地。", "前者属于舍弗勒集团。王强参加。"]
    mentions = [[Mention("舍弗勒", "person", 6, 9, "舍弗勒")], [Mention("王强", "person", 10, 12, "王强")]]
    first, second = companies_not_people(texts, mentions)
    assert [(m.text, m.type) for m in first] == [("舍弗勒", "org")]
    assert [(m.text, m.type) for m in second] == [("王强", "person")]


def test_a_person_read_with_one_character_too_many_takes_the_name_the_issue_reads_elsewhere():
    from pipelines.core.entities import Mention, names_read_elsewhere

    texts = ["很高兴应温敏总统邀请访问。缅甸总统温敏表示欢迎。王晨作报告。王晨说。",
             "副市长杨维安正在调研。杨维安说。张桢格说，张桢同意。"]
    mentions = [[Mention("应温敏", "person", 3, 6, "应温敏"), Mention("温敏", "person", 17, 19, "温敏", "缅甸总统"),
                 Mention("王晨作", "person", 24, 27, "王晨作"), Mention("王晨", "person", 30, 32, "王晨")],
                [Mention("杨维安正", "person", 3, 7, "杨维安正"), Mention("杨维安", "person", 11, 14, "杨维安"),
                 Mention("张桢格", "person", 16, 19, "张桢格"), Mention("张桢", "person", 21, 23, "张桢")]]
    first, second = names_read_elsewhere(texts, mentions)
    assert [(m.text, m.start, m.end) for m in first] == [("温敏", 4, 6), ("温敏", 17, 19), ("王晨", 24, 26), ("王晨", 30, 32)]
    assert [(m.text, m.title) for m in second] == [("杨维安", "副市长"), ("杨维安", None), ("张桢格", None), ("张桢", None)]


def test_a_name_that_is_a_place_the_issue_reads_without_its_level_is_that_place():
    from pipelines.core.entities import Mention, places_not_people

    # 来闵行学习考察 beside 闵行区; 王强 is printed before no place level (a company is not a place)
    mentions = [[Mention("闵行", "person", 1, 3, "闵行"), Mention("王强", "person", 9, 11, "王强"),
                 Mention("闵行区", "place", 20, 23, "闵行区"), Mention("王强公司", "org", 25, 29, "王强公司")],
                [Mention("王强", "person", 0, 2, "王强"), Mention("王强村", "place", 9, 12, "王强村")]]
    first, second = places_not_people(mentions)
    assert [(m.text, m.type, m.canonical) for m in first] == [
        ("闵行", "place", "闵行区"), ("王强", "person", "王强"), ("闵行区", "place", "闵行区"), ("王强公司", "org", "王强公司")]
    assert second == [Mention("王强", "place", 0, 2, "王强村"), mentions[1][1]]  # its own article prints 王强村


def test_a_name_printed_with_an_office_stays_a_person_beside_a_place_of_that_name():
    from pipelines.core.entities import Mention, places_not_people

    # 纽约州州长库莫 in one article; another prints 库莫 and a village 库莫乡
    mentions = [[Mention("库莫", "person", 5, 7, "库莫", title="纽约州州长")],
                [Mention("库莫", "person", 0, 2, "库莫"), Mention("库莫乡", "place", 9, 12, "库莫乡")]]
    assert places_not_people(mentions) == mentions


@pytest.mark.parametrize(
    "sentence, name, title",
    [
        ("新华社北京1月13日电（记者姜洁）中共中央总书记、国家主席、中央军委主席习近平", "习近平",
         "中共中央总书记、国家主席、中央军委主席"),  # the dateline is not part of the office
        ("国务院总理李克强在人民大会堂会见老挝总理通伦", "通伦", "老挝总理"),  # nor the verb before it
        ("一条群众举报让富县检察院检察长李明", "李明", "富县检察院检察长"),
        ("中华人民共和国主席习近平", "习近平", "中华人民共和国主席"),  # 和 inside a name stays
        ("工业和信息化部副部长辛国斌", "辛国斌", "工业和信息化部副部长"),
        ("据中国矿业大学（北京）科学技术研究院院长王强介绍", "王强", "中国矿业大学（北京）科学技术研究院院长"),
        ("全国人大常委会报请国家主席习近平签署主席令", "习近平", "国家主席"),  # 报请 is the verb
        ("许其亮、张又侠以及中央军委委员魏凤和", "魏凤和", "中央军委委员"),  # a conjunction
        ("诚如联合国前秘书长、博鳌亚洲论坛理事长潘基文所说", "潘基文", "联合国前秘书长、博鳌亚洲论坛理事长"),
        ("大使馆日前邀请天津中医药大学校长张伯礼", "张伯礼", "天津中医药大学校长"),  # verbs seen in 2020 text
        ("●今年发展主要目标和下一阶段工作总体部署国务院总理李克强", "李克强", "国务院总理"),  # a subheading run in
    ],
)
def test_an_office_starts_after_datelines_function_words_and_verbs(sentence, name, title):
    from pipelines.core.entities import title_before

    assert title_before(sentence, sentence.index(name)) == title
