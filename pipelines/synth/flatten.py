"""A page flattener: lays real articles out as e-paper text with the artifacts PDF extraction
leaves, and returns the exact ground truth.

Every artifact of the sample page is reproduced at a configurable rate, with a seed:
hard wraps at a per-article column width (never inside a Latin/number run, never starting a
line with closing punctuation), blank lines inside paragraphs, paragraphs that end without a
blank line, justification spaces, spaces around numbers, headlines *after* their body
(kicker above, subtitle below, wrapped over 1–2 lines), bylines above the body (sometimes
stacked with the previous article's), leads (本报讯, datelines), photo items, furniture on top,
and jump lines for articles continued on another page.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass, field
from itertools import accumulate

from pipelines.core.text import PARAGRAPH_INDENT, display_width

CLOSING = "，。、；：？！”’）》…,.;:?!)%"
OPENING = "“‘（《"
DATELINE_RE = re.compile(
    r"^((?:本报|新华社|人民网|中新社)[\u4e00-\u9fff\d]{0,14}?电)\s*([（(](?:记者|通讯员)[^（）()]{1,30}[）)])?\s*"
)
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲菊兰凤洁梅琳素云莲真环雪荣爱妹香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽昊玥澄松慧佳怡婷"
SECTIONS = ["要闻", "综合", "经济", "社会", "文化", "民生", "时评", "城事"]
FURNITURE = ["{paper} 第{page}版", "{section} 责任编辑 {editor}", "平湖发布 今平湖客户端", "{paper}  {section}"]
CN_PAGE = "一二三四五六七八九十"


@dataclass
class FlattenConfig:
    width_min: int = 10
    width_max: int = 24
    furniture_rate: float = 0.8
    reporter_rate: float = 0.75  # article gets a ■记者 byline (when it has no dateline reporter)
    spread_role_rate: float = 0.3  # ■记 者 instead of ■记者
    second_byline_rate: float = 0.4  # 通讯员 / 实习生 line below
    displaced_byline_rate: float = 0.15
    local_lead_rate: float = 0.6  # 本报讯 when the article has no dateline
    blank_between_paragraphs_rate: float = 0.85
    blank_inside_paragraph_rate: float = 0.04  # per line break
    blank_before_quote_rate: float = 0.5  # per line break before a line starting with “
    justify_rate: float = 0.02  # per line: spaces between every character
    number_space_rate: float = 0.25  # per number: a space before/after it
    headline_wrap_rate: float = 0.5
    # where a headline broken in two breaks: "middle" balances its two lines, the upper at least
    # as wide; "phrase" breaks at a word boundary anywhere in its middle third, as a typesetter
    # breaking at sense might, so the shorter line may come first
    headline_cut: str = "middle"
    heading_blank_rate: float = 0.4  # blank line between kicker/headline/subtitle
    heading_width_min: int = 18  # heading column, wider than most body columns
    heading_width_max: int = 30
    photo_rate: float = 0.4  # per page
    photo_name_split_rate: float = 0.3
    jump_rate: float = 0.3  # per page with a following page: last article continues there
    indent_rate: float = 0.0  # per article: paragraphs open indented by two cells, as in the sample


@dataclass
class TruthItem:
    kind: str  # article | photo | other
    kicker: str | None = None
    headline: str | None = None
    subtitle: str | None = None
    lead: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    bylines: list[tuple[str, str]] = field(default_factory=list)
    piece_of: str | None = None  # id shared by the parts of an article continued across pages
    jump: str | None = None  # the jump line printed with this part (（下转第二版）)

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)


@dataclass
class FlatPage:
    page: int
    text: str
    items: list[TruthItem]
    artifacts: set[str] = field(default_factory=set)


@dataclass
class Article:
    """An article record as in the corpus."""

    headline: str
    paragraphs: list[str]
    kicker: str | None = None
    subtitle: str | None = None
    reporters: list[tuple[str, str]] = field(default_factory=list)


class Flattener:
    def __init__(self, config: FlattenConfig | None = None, seed: int = 0, paper: str = "人民日报"):
        self.config = config or FlattenConfig()
        self.rng = random.Random(seed)
        # indentation draws from its own stream: with indent_rate 0 the pages stay exactly those
        # the harness figures in the README were measured on
        self._indent_rng = random.Random(f"indent {seed}")
        self.paper = paper

    # -- public -----------------------------------------------------------------------------
    def issue(self, pages: list[list[Article]]) -> list[FlatPage]:
        """Lay out an issue; the last article of a page may continue on the next page."""
        plans: list[list[tuple[Article, TruthItem]]] = []
        carried: list[tuple[Article, TruthItem]] = []
        for number, articles in enumerate(pages, start=1):
            plan = [(a, self._truth(a)) for a in articles]
            plan = carried + plan
            carried = []
            has_next = number < len(pages)
            if has_next and plan and self.rng.random() < self.config.jump_rate:
                article, truth = plan[-1]
                if len(article.paragraphs) >= 3 and truth.kind == "article":
                    carried = [self._split_for_jump(plan, number)]
            plans.append(plan)
        return [self._page(number, plan) for number, plan in enumerate(plans, start=1)]

    def page(self, articles: list[Article], number: int = 1) -> FlatPage:
        return self._page(number, [(a, self._truth(a)) for a in articles])

    # -- truth ------------------------------------------------------------------------------
    def _truth(self, article: Article) -> TruthItem:
        """The ground truth of one article: its dateline (and the reporters named in it) as the
        lead, or 本报讯 and reporters printed as bylines above the body."""
        paragraphs = [p.strip() for p in article.paragraphs if p.strip()]
        lead, bylines = None, list(article.reporters)
        match = DATELINE_RE.match(paragraphs[0]) if paragraphs else None
        if match:
            lead = match.group(1) + (match.group(2) or "")
            paragraphs[0] = paragraphs[0][match.end() :]
            bylines = _dateline_reporters(match.group(2)) if match.group(2) else []
        else:
            if self.rng.random() < self.config.local_lead_rate:
                lead = "本报讯"
            if not bylines and self.rng.random() < self.config.reporter_rate:
                bylines = self._reporters()
        paragraphs = [p for p in paragraphs if p]
        return TruthItem("article", article.kicker, article.headline, article.subtitle, lead, paragraphs, bylines)

    def _reporters(self) -> list[tuple[str, str]]:
        people = [(self._name(), "记者")]
        if self.rng.random() < self.config.second_byline_rate:
            people.append((self._name(), self.rng.choice(["通讯员", "实习生"])))
        return people

    def _name(self) -> str:
        return self.rng.choice(SURNAMES) + "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice([1, 2, 2])))

    def _split_for_jump(self, plan, number: int) -> tuple[Article, TruthItem]:
        article, truth = plan[-1]
        cut = self.rng.randint(1, len(truth.paragraphs) - 1)
        piece = f"p{number}-{len(plan)}"
        first = TruthItem("article", truth.kicker, truth.headline, truth.subtitle, truth.lead,
                          truth.paragraphs[:cut], truth.bylines, piece, f"（下转第{CN_PAGE[number]}版）")
        rest = TruthItem("article", None, None, None, None, truth.paragraphs[cut:], [], piece,
                         f"（上接第{CN_PAGE[number - 1]}版）")
        plan[-1] = (article, first)
        return (article, rest)

    # -- layout -----------------------------------------------------------------------------
    def _page(self, number: int, plan: list[tuple[Article, TruthItem]]) -> FlatPage:
        lines: list[str] = []
        items: list[TruthItem] = []
        artifacts: set[str] = set()
        if self.rng.random() < self.config.furniture_rate:
            furniture = self.rng.choice(FURNITURE).format(
                paper=self.paper, page=CN_PAGE[number - 1] if number <= 10 else number,
                section=self.rng.choice(SECTIONS), editor=self._name())
            lines += [" " + furniture, ""]
            items.append(TruthItem("other", paragraphs=[" ".join(furniture.split())]))
            artifacts.add("furniture")
        truths = [t for _, t in plan]
        bylines = self._byline_blocks(truths, artifacts)
        photo_at = self.rng.randrange(len(plan) + 1) if self.rng.random() < self.config.photo_rate else -1
        for index, truth in enumerate(truths):
            if index == photo_at:
                self._photo(lines, items, artifacts)
            for block in bylines[index]:
                lines += block + [""]
            self._article(truth, lines, artifacts)
            items.append(truth)
        if photo_at == len(plan):
            self._photo(lines, items, artifacts)
        return FlatPage(number, "\n".join(lines) + "\n", items, artifacts)

    def _byline_blocks(self, truths: list[TruthItem], artifacts: set[str]) -> list[list[list[str]]]:
        """Byline blocks printed above each article; a displaced one sits above the previous
        article's own byline (stacked)."""
        placed: list[list[list[str]]] = [[] for _ in truths]
        for index, truth in enumerate(truths):
            dateline = truth.lead is not None and truth.lead != "本报讯"
            local = [] if dateline else list(truth.bylines)
            if truth.piece_of and truth.jump and truth.jump.startswith("（上接"):
                local = []
            if not local:
                continue
            block = self._byline_lines(local)
            target = index
            previous_has_own = index > 0 and placed[index - 1]
            if previous_has_own and self.rng.random() < self.config.displaced_byline_rate:
                target = index - 1
                artifacts.add("displaced_byline")
                placed[target].insert(0, block)
                continue
            placed[target].append(block)
        return placed

    def _byline_lines(self, people: list[tuple[str, str]]) -> list[str]:
        lines = []
        for i, (name, role) in enumerate(people):
            shown = " ".join(role) if role == "记者" and self.rng.random() < self.config.spread_role_rate else role
            lines.append(("■" if i == 0 else "") + f"{shown} {name}")
        return lines

    def _article(self, truth: TruthItem, lines: list[str], artifacts: set[str]) -> None:
        width = self.rng.randint(self.config.width_min, self.config.width_max)
        # an indent is printed as blank cells, which extraction drops: the first line holds less
        indent = PARAGRAPH_INDENT if self._indent_rng.random() < self.config.indent_rate else 0
        if indent:
            artifacts.add("indent")
        paragraphs = list(truth.paragraphs)
        if truth.jump and truth.jump.startswith("（上接"):
            lines.append(truth.jump)
            artifacts.add("jump")
        for i, paragraph in enumerate(paragraphs):
            prefix = (truth.lead + " ") if i == 0 and truth.lead else ""
            if prefix:
                artifacts.add("lead")
            wrapped = self._wrap(prefix + self._number_spaces(paragraph, artifacts), width, width - indent)
            for k, line in enumerate(wrapped):
                if k > 0 and self._blank_inside(line):
                    lines.append("")
                    artifacts.add("blank_inside_paragraph")
                if self.rng.random() < self.config.justify_rate and len(line) > 4 and not prefix:
                    line = " ".join(line.replace(" ", ""))
                    artifacts.add("justification")
                lines.append(line)
            last = i == len(paragraphs) - 1
            if not last:
                if self.rng.random() < self.config.blank_between_paragraphs_rate:
                    lines.append("")
                else:
                    artifacts.add("paragraph_without_blank")
        if truth.jump and truth.jump.startswith("（下转"):
            lines.append(truth.jump)
            artifacts.add("jump")
        if truth.headline:
            lines.append("")
            self._heading(truth, lines, artifacts)
        lines.append("")

    def _heading(self, truth: TruthItem, lines: list[str], artifacts: set[str]) -> None:
        """Kicker, headline, subtitle, each on its own line(s): a headline is sometimes broken
        in two near the middle, and any unit wider than the heading column wraps."""
        units = [(truth.kicker, "kicker"), (truth.headline, "headline"), (truth.subtitle, "subtitle")]
        column = self.rng.randint(self.config.heading_width_min, self.config.heading_width_max)
        first = True
        for text, role in units:
            if not text:
                continue
            if not first and self.rng.random() < self.config.heading_blank_rate:
                lines.append("")
            first = False
            if role == "headline" and 8 <= len(text) <= 2 * column and self.rng.random() < self.config.headline_wrap_rate:
                cut = _phrase_cut(text, self.rng) if self.config.headline_cut == "phrase" else _headline_cut(text)
                lines += [text[:cut], text[cut:]]
                artifacts.add("headline_wrapped")
            elif display_width(text) > column:
                lines += self._wrap(text, column)
                artifacts.add("heading_wrapped_at_column")
            else:
                lines.append(text)
            if role != "headline":
                artifacts.add(role)

    def _photo(self, lines: list[str], items: list[TruthItem], artifacts: set[str]) -> None:
        caption = self.rng.choice(PHOTO_CAPTIONS)
        title = self.rng.choice(PHOTO_TITLES)
        people = [self._name() for _ in range(self.rng.randint(1, 3))]
        width = self.rng.randint(self.config.width_min, min(16, self.config.width_max))
        lines += self._wrap(caption, width) + [""]
        shown = []
        for name in people:
            if len(name) == 2 and self.rng.random() < self.config.photo_name_split_rate:
                shown.append(" ".join(name))
            else:
                shown.append(name)
        byline = "■摄影 " + " ".join(shown)
        if len(people) > 1 and self.rng.random() < 0.5:
            head, tail = byline.rsplit(" ", 1)
            lines += [head, tail]
        else:
            lines.append(byline)
        lines.append("")
        if len(title) >= 6 and self.rng.random() < 0.5:
            cut = _headline_cut(title)
            lines += [title[:cut], title[cut:]]
        else:
            lines.append(title)
        lines.append("")
        items.append(TruthItem("photo", headline=title, paragraphs=[caption],
                               bylines=[(n, "摄影") for n in people]))
        artifacts.add("photo")

    # -- text -------------------------------------------------------------------------------
    def _blank_inside(self, line: str) -> bool:
        rate = self.config.blank_before_quote_rate if line.startswith("“") else self.config.blank_inside_paragraph_rate
        return self.rng.random() < rate

    def _number_spaces(self, text: str, artifacts: set[str]) -> str:
        def space(match: re.Match) -> str:
            if self.rng.random() >= self.config.number_space_rate:
                return match.group(0)
            artifacts.add("number_space")
            return self.rng.choice([" " + match.group(0), match.group(0) + " "])

        return re.sub(r"\d+(?:\.\d+)?%?", space, text)

    def _wrap(self, text: str, width: int, first_width: int | None = None) -> list[str]:
        """Hard-wrap at ``width`` cells (``first_width`` for the first line); Latin/number runs
        stay whole, no line starts with closing punctuation (it hangs at the end of the line
        above instead)."""
        # a space before a closing mark travels with it (复工复产 ，彰显…: the mark never opens a line)
        units = re.findall(rf"[A-Za-z0-9.%·]+|\s+(?=[{re.escape(CLOSING)}])\S|\s+|.", text)
        lines: list[str] = []
        current = ""
        for unit in units:
            limit = width if lines or first_width is None else first_width
            if current and display_width(current + unit) > limit and not _opens_with_closing(unit):
                lines.append(current)
                current = "" if unit.isspace() else unit
            else:
                current += unit
        if current.strip():
            lines.append(current)
        return [line.rstrip() for line in lines]


def _opens_with_closing(text: str) -> bool:
    """Would a line starting here open with a closing mark (a space before it counts for none)?"""
    text = text.lstrip()
    return bool(text) and text[0] in CLOSING


def _latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


def _headline_cut(text: str) -> int:
    """Where a two-line headline breaks: near the middle of its printed width (a half-width digit
    takes half a cell: 1859户违法企 | 业被立案检查, not 1859户违法 | 企业被立案检查), first line at
    least as wide, never inside a Latin/number run: a run at the middle moves the break to
    whichever of its ends balances the two lines' widths best (政策 | 1600万人次, not
    政策1 | 600万人次)."""
    cut = next(k for k in range(1, len(text) + 1) if display_width(text[:k]) >= display_width(text[k:]))
    if 0 < cut < len(text) and _latin(text[cut - 1]) and _latin(text[cut]):
        start, end = cut, cut
        while start > 0 and _latin(text[start - 1]):
            start -= 1
        while end < len(text) and _latin(text[end]):
            end += 1
        ends = [k for k in (start, end) if 0 < k < len(text)]
        cut = min(ends, key=lambda k: abs(display_width(text[:k]) - display_width(text[k:])), default=cut)
    while cut < len(text) - 1 and (_opens_with_closing(text[cut:]) or text[cut - 1] in OPENING):
        cut += 1
    return cut


def _phrase_cut(text: str, rng: random.Random) -> int:
    """A break at a word boundary (jieba, which keeps a Latin/number run whole) whose upper line
    takes a third to two thirds of the headline's width, drawn at random; never before a
    closing mark or after an opening one. Where there is none, the balanced cut."""
    import jieba  # only this house style needs the dictionary

    total, ends = display_width(text), list(accumulate(len(word) for word in jieba.cut(text)))
    cuts = [k for k in ends[:-1] if total / 3 <= display_width(text[:k]) <= 2 * total / 3
            and not _opens_with_closing(text[k:]) and text[k - 1] not in OPENING]
    return rng.choice(cuts) if cuts else _headline_cut(text)


def _dateline_reporters(parenthetical: str) -> list[tuple[str, str]]:
    from pipelines.core.segment import parse_byline_entries

    return [(b.name, b.role) for b in parse_byline_entries(parenthetical, 0)]


PHOTO_CAPTIONS = [
    "近日，在浙大之光平湖数字经济产业园，项目建设正在加快推进中。",
    "昨天，市民在公园内赏花游玩，享受春日好时光。",
    "日前，志愿者走进社区，为老年人提供义诊服务。",
    "近日，工人们在田间抢收早稻，确保颗粒归仓。",
    "昨天上午，学生们在科技馆内体验机器人编程课程。",
    "近日，某企业生产车间内，工人正在赶制订单，全力冲刺一季度目标。",
]
PHOTO_TITLES = ["“产业飞地”推进建设", "春日赏花", "义诊进社区", "抢收早稻", "科技体验", "赶制订单", "田间农忙正当时"]
