"""Entity mentions (people with their printed titles, places, organisations) over article text.

Recognition is the CRF in :mod:`pipelines.core.ner`; this module adds what a newspaper reader
expects on top: sentence splitting with exact offsets, junk filtering, the title printed with a
person (``市委书记仲旭东``, ``习近平总书记``), and canonical forms that let counts group
(``平湖``/``平湖市``/``我市`` → ``平湖市`` on a Pinghu paper; ``省教育厅`` → ``浙江省教育厅``).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Iterator

import jieba

from pipelines.core.gazetteer import full_name
from pipelines.core.ner import (
    ENTITY_TYPES,
    NerTagger,
    Span,
    before_a_suffix,
    name_lexicon,
    pos_words,
)
from pipelines.core.text import SURNAMES, TITLE_WORDS, find_all

SENTENCE_RE = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*|\n|$)")


@dataclass(frozen=True)
class HomeRegion:
    """Where a paper is published: ``浙江省`` / ``嘉兴市`` / ``平湖市`` (any level may be empty)."""

    province: str = ""
    prefecture: str = ""
    city: str = ""

    REGION_RE = re.compile(
        r"^(?P<province>.+?(?:省|自治区)|北京市|上海市|天津市|重庆市)?"
        r"(?P<prefecture>.+?(?:市|自治州|州|盟|地区))?"
        r"(?P<city>.+?(?:市|县|区|旗))?$"
    )

    @classmethod
    def parse(cls, region: str | None) -> "HomeRegion":
        match = cls.REGION_RE.match(region or "")
        if not region or not match:
            return cls()
        province, prefecture, city = (match.group(k) or "" for k in ("province", "prefecture", "city"))
        if prefecture and not city:  # 浙江省平湖市: a single level below the province
            prefecture, city = "", prefecture
        return cls(province, prefecture, city)

    @property
    def home(self) -> str:
        return self.city or self.prefecture or self.province

    def aliases(self) -> dict[str, str]:
        """Short and full names of each level → the full name."""
        table: dict[str, str] = {}
        for full in (self.province, self.prefecture, self.city):
            if full:
                table[full] = full
                short = re.sub(r"(省|自治区|市|自治州|州|县|区|盟|地区|旗)$", "", full)
                if len(short) >= 2:
                    table[short] = full
        return table


@dataclass
class Mention:
    text: str
    type: str  # person | place | org
    start: int
    end: int
    canonical: str
    title: str | None = None
    sentence: str = ""


@dataclass
class EntityContext:
    region: HomeRegion = field(default_factory=HomeRegion)


# Words the tagger sometimes takes for people; real names never look like these. The single
# characters end a group, a body or a state, and no person of the training or dev split
# (赫哲族, 项目部, 幸福感 read in 2020 text; not 社, which ends 彭博社 and the name 李军社).
NOT_A_PERSON_SUFFIX = ("老师", "同志", "先生", "女士", "书记", "主任", "市长", "代表", "师傅",
                       "族", "部", "员", "病", "感")
OPENING_QUOTES, CLOSING_QUOTES = ("“", "‘", "「", "『", '"'), ("”", "’", "」", "』", '"')
HOME_REFERENCES = re.compile(r"我市|本市|我县|本县|我区|本区")
PERSON_RE = re.compile(r"^[\u4e00-\u9fff]{2,4}$|^[\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff]{1,8}$")

# ---- titles --------------------------------------------------------------------------------
_TITLE_ALT = "|".join(sorted(TITLE_WORDS, key=len, reverse=True))
# An office: an optional organisation/place prefix (no punctuation, no function words) + a title.
_PREFIX = r"[\u4e00-\u9fffA-Za-z0-9（）]{0,24}?"
_OFFICE = rf"(?:副|常务副|代理)?(?:{_TITLE_ALT})"
TITLE_BEFORE_RE = re.compile(rf"((?:{_PREFIX}{_OFFICE})(?:、(?:{_PREFIX}{_OFFICE}))*)$")
TITLE_AFTER_RE = re.compile(r"^(总书记|主席|总理|委员长|副主席|书记|市长|省长|院士)")
# Words that end the organisation prefix of an office, matched as jieba words, so that 中华人民共和国
# and 工业和信息化部 keep their 和: function words, and the verbs that put an office after them
# (会见老挝总理, 热烈欢迎中国国家主席, 一条群众举报让富县检察院检察长).
STOP_BEFORE_TITLE = frozenset(
    "的 是 在 由 对 向 和 与 及 等 了 为 被 将 把 从 同 率 经 据 请 于 关于 让 使 给 跟 或 并 也 都 我 我们 谨 "
    "应 应邀 欢迎 热烈欢迎 期待 介绍 说 表示 指出 强调 宣布 会见 会谈 祝贺 致电 致信 出席 陪同 主持 参加 "
    "发表 看望 慰问 接见 任命 任 担任 当选 原任 报请 提请 签署 签发 转达 授予 "
    "以及 包括 其中 诚如 正如 亦如 例如 比如 而 但 邀请 听取 致函 指着 部署 总结".split()
)
# offices whose own name holds a stop word: 工业和信息化部副部长, 省住房和城乡建设厅厅长
NAMES_WITH_STOP_WORDS = re.compile(r"工业和信息化|住房和城乡建设|人力资源和社会保障|文化和旅游|中华人民共和国")
# a dateline ends the look-back: 新华社北京1月13日电（记者姜洁）中共中央总书记…
DATELINE_RE = re.compile(r"\d+日电(?:（[^（）]*）)?|（(?:本报)?记者[^（）]*）")


def split_sentences(text: str) -> Iterator[tuple[int, str]]:
    """(offset, sentence) pairs covering the text; sentences end at 。！？； or a newline."""
    for match in SENTENCE_RE.finditer(text):
        if match.group(0).strip():
            yield match.start(), match.group(0)


def title_before(text: str, start: int) -> str | None:
    """The office printed right before a name (``闵行区委副书记、区长`` before ``陈华文``).

    ``、`` chains offices of one person, so only other punctuation or a dateline ends the
    look-back; a function word or a verb that puts an office after it (的, 和, 会见 …), read as a
    jieba word, ends the organisation prefix.
    """
    left = re.split(r"[，。；：！？“”‘’《》\s,;:!?]", text[max(0, start - 40) : start])[-1]
    left = DATELINE_RE.split(left)[-1]
    match = TITLE_BEFORE_RE.search(left)
    if not match:
        return None
    title = match.group(1)
    protected = {i for m in NAMES_WITH_STOP_WORDS.finditer(title) for i in range(m.start(), m.end())}
    cut, offset = 0, 0
    for word in jieba.lcut(title, HMM=False):
        offset += len(word)
        if word in STOP_BEFORE_TITLE and offset - 1 not in protected:
            cut = offset
    title = title[cut:]
    return title if TITLE_BEFORE_RE.fullmatch(title) else None


def title_after(text: str, end: int) -> str | None:
    match = TITLE_AFTER_RE.match(text[end : end + 4])
    return match.group(1) if match else None


def is_plausible_person(name: str) -> bool:
    return bool(PERSON_RE.match(name)) and not name.endswith(NOT_A_PERSON_SUFFIX)


def canonical_form(text: str, entity_type: str, region: HomeRegion) -> str:
    if entity_type == "place":
        if HOME_REFERENCES.fullmatch(text) and region.home:
            return region.home
        return region.aliases().get(text) or full_name(text)
    if entity_type == "org":
        # only a bare level prefix refers to the home region: 省教育厅, 市委, 县政府
        if text.startswith("省") and region.province:
            return region.province + text[1:]
        if text.startswith("市") and region.home.endswith("市"):
            return region.home + text[1:]
        if text.startswith("县") and region.home.endswith("县"):
            return region.home + text[1:]
    return text


def repair_spans(sentence: str, spans: list[Span]) -> list[Span]:
    """Fix what the tagger gets wrong in predictable ways.

    * An organisation interrupted by a parenthesis (``可口可乐饮料（上海）有限公司``) is merged.
    * A span with unbalanced brackets or quotes (``德国“太仓日``) is dropped.
    * A person ends before an honorific, a form of address or a rank (``陈小姐`` → ``陈``,
      ``陈毅元帅`` → ``陈毅``), as the corpus annotates names.
    * An organisation takes its campus (``…太仓`` + ``校区``) and drops a leading ``随后``.
    * A bare surname before an office is a person (``汤局长`` → ``汤``), as the corpus has it.
    * A place followed by a school's name is that school (``平湖市`` + ``东湖`` + ``中学``).
    * A name cut in two at an interpunct name is joined (``阿卜都克`` + ``尤木·肉孜``).
    * A name listed beside a person is a person (``谢璞、沈石溪等``).
    """
    spans = sorted(spans, key=lambda s: s.start)
    merged: list[Span] = []
    skip_until = -1
    for i, span in enumerate(spans):
        if span.start < skip_until:
            continue
        if span.label == "ORG" and sentence[span.end : span.end + 1] in "（(" and span.end < len(sentence):
            close = _closing_paren(sentence, span.end)
            tail = next((t for t in spans[i + 1 :] if t.label == "ORG" and t.end > close >= t.start - 1), None)
            if close > 0 and tail is not None:
                span = Span(span.start, tail.end, "ORG")
                skip_until = tail.end
        merged.append(_trim_honorific(sentence, _org_ends(sentence, _trim_after_company(sentence, span))))
    kept = [s for s in merged if _well_formed(s.text(sentence))]
    kept = sorted(kept + _surnames_before_titles(sentence, kept), key=lambda s: s.start)
    return _people_in_lists(sentence, _join_split_names(sentence, _institutions_after_places(sentence, kept)))


# What ends a school's or a hospital's name, and a campus or branch in brackets after it
INSTITUTION_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fff]{1,12}?(?P<suffix>学校|小学|中学|大学|学院|幼儿园|医院|卫生院|研究院|研究所|图书馆|博物馆))"
    r"(?P<campus>[（(][\u4e00-\u9fff]{1,8}(?:校区|园区|分校|分院)[）)])?"
)
# parts of speech that make the stretch a phrase, not a name (jieba's tags: verbs, adjectives,
# pronouns, adverbs, prepositions, conjunctions, particles, abbreviations, positions: 选拔优秀大学,
# 各级各类学校, 中小学, 北京上大学), and numerals other than an ordinal (两所学校, 首批方舱医院)
NOT_IN_AN_INSTITUTION = ("v", "a", "r", "d", "p", "c", "u", "j", "y", "e", "o", "f")
# words of a phrase that jieba tags as nouns (武汉部分医院, 当地医院, 全市所有医院, 中非对口医院)
NOT_A_NAME_WORDS = frozenset("部分 所有 当地 全市 全省 全国 全县 全区 各地 对口 两地 定点 收治 附近 周边".split())
ORDINAL_RE = re.compile(r"第[一二三四五六七八九十百零〇\d]+")  # the one numeral a name holds: 第一中学, not 一所, 首批


def _institutions_after_places(sentence: str, spans: list[Span]) -> list[Span]:
    """A place followed straight by a school's or a hospital's name is that institution, whole
    (平湖市 + 职业中等专业学校, 平湖市 + 东湖 + 中学, 平湖市 + 实验幼儿园（如意园区）): the tagger
    reads the place and misses a name its training split never printed. Where the tagger reads
    the institution itself (美国 + 密执安州立大学), the corpus keeps the two apart, and so does
    this; a single word is a kind, not a name (日本 + 中小学)."""
    out: list[Span] = []
    k = 0
    while k < len(spans):
        span = spans[k]
        match = INSTITUTION_RE.match(sentence, span.end) if span.label == "LOC" else None
        words = pos_words(match["name"]) if match else []  # the name, not its campus
        if len(words) >= 2 and not any(_not_in_a_name(w) for w in words) and _ends_a_word(sentence, match):
            inside = [s for s in spans[k + 1 :] if s.start < match.end()]
            if all(s.label == "LOC" and s.end <= match.end() for s in inside):
                out.append(Span(span.start, match.end(), "ORG"))
                k += 1 + len(inside)
                continue
        out.append(span)
        k += 1
    return out


def _ends_a_word(sentence: str, match: re.Match) -> bool:
    """Does the name end where it seems to, or does its suffix run on into a longer word (大学 + 生)?"""
    return bool(match["campus"]) or not jieba.dt.FREQ.get(match["suffix"] + sentence[match.end() : match.end() + 1])


def _not_in_a_name(word) -> bool:
    if word.word in NOT_A_NAME_WORDS:
        return True
    if word.flag.startswith("m"):
        return not ORDINAL_RE.fullmatch(word.word)
    return word.flag.startswith(NOT_IN_AN_INSTITUTION) and word.flag != "vn"


def _join_split_names(sentence: str, spans: list[Span]) -> list[Span]:
    """Two persons printed back to back, one of them joined by an interpunct, are one name cut
    in two (阿卜都克 | 尤木·肉孜): the training split prints 271 such names and never one right
    beside another person."""
    joined: list[Span] = []
    for span in spans:
        last = joined[-1] if joined else None
        if (last is not None and last.label == span.label == "PER" and last.end == span.start
                and "·" in sentence[last.start : span.end]):
            joined[-1] = Span(last.start, span.end, "PER")
        else:
            joined.append(span)
    return joined


# One item of an enumeration: the text between two list marks, clause marks or conjunctions
LIST_ITEM_RE = re.compile(r"[^、，。；：！？“”《》（）\s和与及等]+")
LIST_JOINERS = ("、", "和", "与", "及")
CJK_NAME_RE = re.compile(r"[\u4e00-\u9fff]+")


def _people_in_lists(sentence: str, spans: list[Span]) -> list[Span]:
    """A name joined by ``、`` (or 和/与/及) to an item that is a person is a person too
    (``张之路、秦文君、谢璞、沈石溪等``: the tagger found three). Repeated while it finds more, so
    a name passes down a list. Person F1 on the last and first held-out tenths of the training
    split +0.82 / +0.34 points, on dev +0.58: 20 names found, 2 false ones added (docs/entities.md)."""
    items = [(m.start(), m.end()) for m in LIST_ITEM_RE.finditer(sentence)]
    while True:
        persons = [s for s in spans if s.label == "PER"]
        taken = {i for s in spans for i in range(s.start, s.end)}
        found = []
        for k, item in enumerate(items):
            for neighbour in _listed_beside(sentence, items, k):
                if _next_to_a_person(neighbour, item, persons):
                    name = _name_at_joint(sentence, item, neighbour_first=neighbour[0] < item[0])
                    if name and taken.isdisjoint(range(*name)):
                        found.append(Span(*name, "PER"))
                        break
        if not found:
            return spans
        spans = sorted(spans + found, key=lambda s: s.start)


def _name_at_joint(sentence: str, item: tuple[int, int], neighbour_first: bool) -> tuple[int, int] | None:
    """The name in a list item, at the mark that joins it to a person: the whole item if it has
    two or three characters and starts with a surname; in a longer item, its two or three
    characters nearest that mark, read as whole words by jieba, if they start with a surname
    and are not a dictionary word other than a name (其中包括|韦伯、费正清; not 王珠、|宣传|策划部)."""
    start, end = item
    if end - start <= 3:
        return item if end - start >= 2 and sentence[start] in SURNAMES else None
    text = sentence[start:end]
    cuts = {word_end for _, _, word_end in jieba.tokenize(text)}
    for length in (3, 2):
        cut = length if neighbour_first else len(text) - length
        name = text[:length] if neighbour_first else text[-length:]
        if cut in cuts and name[0] in SURNAMES and CJK_NAME_RE.fullmatch(name) and name not in HONORIFICS \
                and (not jieba.dt.FREQ.get(name) or "nr" in name_lexicon().get(name, ())):  # jieba: 元帅 nr
            return (start, start + length) if neighbour_first else (end - length, end)
    return None


def _next_to_a_person(neighbour: tuple[int, int], item: tuple[int, int], persons: list[Span]) -> bool:
    """Does a person fill the neighbouring item up to the mark that joins it to ``item``? (An
    office may precede the first name: 副主席|李赣骝、童傅.)"""
    start, end = neighbour
    if end <= item[0]:  # the neighbour comes first: the person ends where it does
        return any(p.end == end and p.start >= start for p in persons)
    return any(p.start == start and p.end <= end for p in persons)


def _listed_beside(sentence: str, items: list[tuple[int, int]], k: int) -> list[tuple[int, int]]:
    """The items joined to item ``k`` by a list mark or a conjunction alone."""
    (a, b), beside = items[k], []
    if k > 0 and sentence[items[k - 1][1] : a] in LIST_JOINERS:
        beside.append(items[k - 1])
    if k + 1 < len(items) and sentence[b : items[k + 1][0]] in LIST_JOINERS:
        beside.append(items[k + 1])
    return beside


# The corpus marks a bare surname before an office or a form of address as a person (汤局长 →
# 汤, 项市长 → 项): on the training split, 60 of 60 such surnames before these words. 向 is left
# out: far more often the preposition (向主任委员会议报告)
COMMON_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤常项樊阮"
)
TITLES_AFTER_SURNAME = re.compile(
    r"(?:副?(?:局长|市长|县长|省长|区长|镇长|乡长|部长|厅长|处长|科长|所长|院长|校长|厂长|主任|主席|书记|总理)"
    r"|老师|医生|大爷|大娘|大妈|先生|小姐|女士)"
)


def _surnames_before_titles(sentence: str, spans: list[Span]) -> list[Span]:
    """Single surnames right before an office or form of address that no span covers, unless
    the character is the end of a dictionary word (担任主任, 非常老师, 最高院长: no surnames)."""
    found = []
    taken = {i for span in spans for i in range(span.start, span.end)}
    jieba.dt.check_initialized()  # its dictionary loads on first use
    for match in TITLES_AFTER_SURNAME.finditer(sentence):
        i = match.start() - 1
        if i < 0 or sentence[i] not in COMMON_SURNAMES or i in taken or match.start() in taken:
            continue
        if i > 0 and jieba.dt.FREQ.get(sentence[i - 1 : i + 1]):
            continue
        found.append(Span(i, i + 1, "PER"))
    return found


# What follows a name without being part of it: honorifics, forms of address, ranks and
# companions (王阿姨, 邱大爷, 史老师, 陈毅元帅, 王强等人). The training split labels none of them
# inside a name and 442 printed right after one (先生 117, 同志 93, 教授 36, 一行 23, 女士 22,
# 等人 21, 博士 21, 上将 15, 老人 12 …), so the name ends before them; a bare surname left (王 of
# 王阿姨) is a person to the scorer and not a full name to the tables.
HONORIFICS = ("先生", "小姐", "女士", "同志", "师傅", "老师", "老人", "阿姨", "大爷", "大妈", "大娘",
              "大婶", "大嫂", "大姐", "大哥", "奶奶", "爷爷", "老汉", "老伯", "阿婆", "叔叔", "大夫",
              "夫人", "夫妇", "等人", "一行", "教授", "博士", "院士", "律师", "元帅", "将军", "上将",
              "中将", "少将", "医生")


def _trim_honorific(sentence: str, span: Span) -> Span:
    text = span.text(sentence)
    honorific = next((h for h in HONORIFICS if text.endswith(h) and len(text) > len(h)), None)
    return Span(span.start, span.end - len(honorific), span.label) if span.label == "PER" and honorific else span


COMPANY_SUFFIX_RE = re.compile(r"(?:有限责任公司|股份有限公司|有限公司|集团公司|公司|集团)")
ORG_END_RE = re.compile(r"(?:公司|集团|厂|局|院|所|会|委|部|中心|银行|行|社|店|处|站|队|校|馆|团|室)$")


def _trim_after_company(sentence: str, span: Span) -> Span:
    """``浙江晨光电缆股份有限公司技术监督``(科长): a company name ends at its legal suffix unless
    what follows is itself an organisation (分公司, 党委)."""
    text = span.text(sentence)
    if span.label != "ORG" or ORG_END_RE.search(text):
        return span
    last = None
    for match in COMPANY_SUFFIX_RE.finditer(text):
        last = match
    return Span(span.start, span.start + last.end(), "ORG") if last else span


BRANCH_RE = re.compile(r"校区|分校|分院|分公司|分行|支行")
# adverbs of sequence that open a clause, not a name (随后市党政代表团考察了…)
LEADING_ADVERBS = ("随后", "然后", "此后", "之后", "其后", "同时", "随即", "接着", "最后", "首先")


def _org_ends(sentence: str, span: Span) -> Span:
    """An organisation runs on into its campus or branch (西交利物浦大学太仓 + 校区) and does not
    start with an adverb of sequence (随后 + 市党政代表团)."""
    if span.label != "ORG":
        return span
    branch = BRANCH_RE.match(sentence, span.end)
    end = branch.end() if branch else span.end
    adverb = next((a for a in LEADING_ADVERBS if sentence.startswith(a, span.start)), "")
    start = span.start + len(adverb) if end - span.start - len(adverb) >= 2 else span.start
    return Span(start, end, "ORG")


def _closing_paren(sentence: str, open_at: int) -> int:
    return next((k for k in range(open_at + 1, min(len(sentence), open_at + 12)) if sentence[k] in "）)"), -1)


def _well_formed(text: str) -> bool:
    pairs = ("（）", "()", "“”", "《》", "‘’")
    return all(text.count(a) == text.count(b) for a, b in pairs)


def recognise_many(sentences: list[str], tagger: NerTagger) -> list[list[Span]]:
    """The tagger's spans, repaired: the recogniser that ``newsetl ner-eval`` scores. Sentences
    go to the tagger together, so it can batch them."""
    stripped = [sentence.rstrip("\n") for sentence in sentences]
    return [repair_spans(s, spans) for s, spans in zip(sentences, tagger.spans_many(stripped), strict=True)]


def reportable(span: Span, sentence: str) -> bool:
    """What the tables keep: no one-character places (中, 德: abbreviations whose referent the
    tables cannot know) and nothing that is not a full personal name (韩老师, single surnames, a
    "name" alone in quotes: ‘胞波’情谊, 外号“老鹰”, 取名叫“旺旺”: a term, a nickname or a pet;
    the training split labels 13 of its 6,502 persons so, none a full name)."""
    text = span.text(sentence)
    if not text or text.strip() != text:
        return False
    if span.label == "LOC":
        return len(text) >= 2
    return span.label != "PER" or (is_plausible_person(text) and not _quoted(sentence, span))


def _quoted(sentence: str, span: Span) -> bool:
    return sentence[span.start - 1 : span.start] in OPENING_QUOTES and sentence[span.end : span.end + 1] in CLOSING_QUOTES


def extract_mentions(text: str, tagger: NerTagger, context: EntityContext | None = None) -> list[Mention]:
    """All entity mentions in ``text`` with offsets into ``text``."""
    region = (context or EntityContext()).region
    mentions: list[Mention] = []
    sentences = list(split_sentences(text))
    recognised = recognise_many([sentence for _, sentence in sentences], tagger)
    for (offset, sentence), spans in zip(sentences, recognised, strict=True):
        taken = [False] * len(sentence)
        for span in (s for s in spans if reportable(s, sentence)):
            mentions.append(_mention(text, sentence, offset, span, region))
            taken[span.start : span.end] = [True] * (span.end - span.start)
        if region.home:
            for match in HOME_REFERENCES.finditer(sentence):
                if not any(taken[match.start() : match.end()]):
                    mentions.append(
                        Mention(match.group(0), "place", offset + match.start(), offset + match.end(),
                                region.home, sentence=sentence.strip())
                    )
    return sorted(mentions, key=lambda m: (m.start, m.end))


def complete_names(texts: list[str], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """One name, one reading per issue: a personal name of three or more characters recognised
    anywhere in the issue is a person wherever else the issue prints it, unless a mention there
    holds it whole (周恩来纪念馆, or the same characters read as a place). It replaces what the
    recogniser read inside it or across its edge: a person cut short (周军 before 波率…, a word
    in jieba's dictionary), a span running into it (波率党政代表团)."""
    known = {m.text for ms in mentions for m in ms if m.type == "person" and len(m.text) >= 3}
    longest_first = sorted(known, key=lambda name: (-len(name), name))
    return [_read_names_alike(text, ms, longest_first) for text, ms in zip(texts, mentions, strict=True)]


def _read_names_alike(text: str, mentions: list[Mention], names: list[str]) -> list[Mention]:
    """``mentions`` with every printing of ``names`` in ``text`` read as that person."""
    sentences: list[tuple[int, str]] | None = None
    for name in names:
        for start in find_all(text, name):
            end = start + len(name)
            if any(m.start <= start and end <= m.end for m in mentions) or before_a_suffix(text, end):
                continue  # read so already, or as something else (a place, a longer name) here
            sentences = sentences or list(split_sentences(text))
            offset, sentence = next(((o, s) for o, s in sentences if o <= start < o + len(s)), (start, name))
            person = _mention(text, sentence, offset, Span(start - offset, end - offset, "PER"), HomeRegion())
            mentions = [m for m in mentions if m.end <= start or m.start >= end] + [person]
    return sorted(mentions, key=lambda m: (m.start, m.end))


# one-character words that lead into a name (应温敏总统邀请, 致特朗普的信, 向普京总统)
WORDS_BEFORE_A_NAME = frozenset(word for word in STOP_BEFORE_TITLE if len(word) == 1) | {"致"}
# one-character words that follow a name (王晨作报告, 王毅同东盟秘书长)
WORDS_AFTER_A_NAME = WORDS_BEFORE_A_NAME | {"作"}


def names_read_elsewhere(texts: list[str], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """A person read with one character too many, where the issue reads the name alone as a
    person elsewhere: a leading word (应温敏 beside 温敏, 致特朗普 beside 特朗普), a trailing
    character after a name of three or more characters (杨维安正 beside 杨维安), or a trailing
    word after a two-character name (王晨作 beside 王晨; any other character may end the name,
    张桢 beside 张桢格, so it decides nothing). On 30 corpus issues it corrected 6 names (应温敏,
    向普京, 致特朗普, 石永乐干, 黄彦德正, 杨维安正) and changed nothing else."""
    known = {m.text for ms in mentions for m in ms if m.type == "person"}
    return [[_trimmed_to_known(text, m, known) if m.type == "person" else m for m in ms]
            for text, ms in zip(texts, mentions, strict=True)]


def _trimmed_to_known(text: str, mention: Mention, known: set[str]) -> Mention:
    name = mention.text
    start, end = mention.start, mention.end
    if len(name) >= 3 and name[0] in WORDS_BEFORE_A_NAME and name[1:] in known:
        start += 1
    elif len(name) >= 3 and name[:-1] in known and (len(name) >= 4 or name[-1] in WORDS_AFTER_A_NAME):
        end -= 1
    else:
        return mention
    return replace(mention, text=text[start:end], start=start, end=end, canonical=text[start:end],
                   title=title_before(text, start) or title_after(text, end))


COMPANY_AFTER_NAME = re.compile(r"^(?:集团|公司|股份|控股|有限)")


def companies_not_people(texts: list[str], mentions: list[list[Mention]]) -> list[list[Mention]]:
    """A "person" whose name is printed with a company suffix somewhere in the issue
    (舍弗勒 … 舍弗勒集团, a German firm's brand) is that company: its mentions become
    organisations."""
    people = {m.text for ms in mentions for m in ms if m.type == "person"}
    companies = {
        name for name in people
        if any(COMPANY_AFTER_NAME.match(text[k + len(name):]) for text in texts for k in find_all(text, name))
    }
    return [[replace(m, type="org", title=None) if m.type == "person" and m.text in companies else m for m in ms]
            for ms in mentions]


PLACE_LEVELS = ("省", "市", "区", "县", "镇", "乡", "街道", "村")


def places_not_people(mentions: list[list[Mention]]) -> list[list[Mention]]:
    """A "person" whose name is a place its article reads without its level (闵行 in 来闵行学习考察,
    where the article prints the place 闵行区) is that place, grouped under the place's canonical
    form. An article names a place both ways (杨家沟 / 杨家沟村, 柯桥 / 柯桥区); a personal name
    and a place stem in the same article coincide far more rarely, and a name printed with an
    office anywhere in the issue stays a person."""
    with_office = {m.text for ms in mentions for m in ms if m.type == "person" and m.title}
    return [_stems_as_places(ms, with_office) for ms in mentions]


def _stems_as_places(mentions: list[Mention], keep: set[str]) -> list[Mention]:
    places = Counter((m.text, m.canonical) for m in mentions if m.type == "place")
    persons = {m.text for m in mentions if m.type == "person"} - keep
    stems: dict[str, str] = {}
    for (text, canonical), _ in places.most_common():  # the form its article prints most
        stem = next((text[: -len(level)] for level in PLACE_LEVELS if text.endswith(level)), "")
        if stem in persons:
            stems.setdefault(stem, canonical)
    return [replace(m, type="place", canonical=stems[m.text], title=None)
            if m.type == "person" and m.text in stems else m for m in mentions]


def _mention(text: str, sentence: str, offset: int, span: Span, region: HomeRegion) -> Mention:
    entity_type = ENTITY_TYPES[span.label]
    surface = span.text(sentence)
    start, end = offset + span.start, offset + span.end
    title = None
    if entity_type == "person":
        title = title_before(text, start) or title_after(text, end)
    return Mention(
        surface, entity_type, start, end, canonical_form(surface, entity_type, region), title,
        sentence.strip(),
    )
