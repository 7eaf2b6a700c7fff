"""Page segmentation: flattened e-paper text → items (articles, photos, page furniture).

The page is read as a sequence of lines and turned into items by a few named rules, each small
enough to print and test on its own:

1. ``classify_line``: blank, byline, lead (``本报讯``/datelines) or text.
2. ``build_blocks``: text lines grouped into blocks at blank lines, bylines and leads.
3. ``is_heading_block``: short blocks with no sentence punctuation after a finished sentence are
   headings (headlines come *after* their article in this layout); a block that follows an
   unfinished sentence continues it (blank lines fall inside paragraphs).
4. ``assemble_items``: body blocks open items, heading blocks close them, a photo byline turns
   the item above it into a photo, stacked bylines are assigned to articles; a heading's last
   blocks that only the next body repeats are handed to that body as its title.
5. :func:`pipelines.core.headings.decide`: kicker / headline / subtitle, scored; ``segment_pages``
   reads an issue's headings in the house style they show (where a headline breaks).
6. ``build_paragraphs``: hard wraps rejoined, paragraph breaks kept, typesetting spaces removed.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import Iterator

import cn2an
import jieba

from pipelines.core.headings import (
    DATED_NOTE_RE, DEFAULT_STYLE, MID_WORD_COST, HeadingLine, HouseStyle, Roles, breaks_word, dated_note_start,
    ends_on_dangling_word, estimate_house_style, word_break_cost,
)
from pipelines.core.headings import MAX_LINES as MAX_NARROW_HEADING_LINES  # the most the heading decision scores
from pipelines.core.headings import decide as decide_heading
from pipelines.core.ner import pos_words
from pipelines.core.text import (
    CONTINUING_END,
    CLOSERS,
    HANGING,
    LATIN_RUN_RE,
    NAME_DOTS,
    PARAGRAPH_INDENT,
    QUOTES_AND_BRACKETS,
    SURNAMES,
    TITLE_WORDS,
    bigram_share,
    char_bigrams,
    display_width,
    hanging_tail,
    has_punct_outside_quotes,
    is_terminal,
    join_wrapped,
    non_space_chars,
    quotes_balanced,
    remove_typesetting_spaces,
)

# ---------------------------------------------------------------------------------------------
# Records
# ---------------------------------------------------------------------------------------------


@dataclass
class Byline:
    name: str
    role: str
    assignment: str = "adjacent"  # adjacent | inferred
    confidence: float = 1.0
    line_no: int = 0


@dataclass(frozen=True)
class EdgeNote:
    """A block that a segmentation rule read otherwise than it looks, and the rules that did: for
    ``newsetl explain``, and for the harness's count of what each rule moves."""
    line: int  # the block's first line on the page
    text: str  # the block's characters, spaces removed
    why: tuple[str, ...]

    def __str__(self) -> str:
        shown = self.text[:16] + ("…" if len(self.text) > 16 else "")
        return f"line {self.line} {shown}: {'; '.join(self.why)}"


@dataclass
class Item:
    kind: str  # article | photo | other
    line_start: int
    line_end: int = 0
    kicker: str | None = None
    headline: str | None = None
    subtitle: str | None = None
    lead: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    byline_text: list[str] = field(default_factory=list)
    bylines: list[Byline] = field(default_factory=list)
    heading_confidence: float = 1.0
    jump: str | None = None  # （下转第二版） / （上接第一版）, kept out of the body
    heading_explanation: str = ""  # the scored alternatives, for `newsetl explain`
    heading_alternative: Roles | None = None  # the runner-up reading of the heading lines
    heading_lines: list[HeadingLine] = field(default_factory=list, repr=False)  # what the heading was read from
    # why heading-like text went to the body, or doubtful text to the heading (`newsetl explain`)
    edge_notes: list[EdgeNote] = field(default_factory=list, repr=False)

    @property
    def body(self) -> str:
        return "\n".join(self.paragraphs)

    def fields_text(self) -> str:
        """Every character this item holds, for the conservation check."""
        parts = [self.kicker, self.headline, self.subtitle, self.lead, self.body, self.jump, *self.byline_text]
        return "".join(p for p in parts if p)


# ---------------------------------------------------------------------------------------------
# 1. Lines
# ---------------------------------------------------------------------------------------------

ROLE_WORDS = [
    "特约通讯员", "见习记者", "特约记者", "本报记者", "首席记者", "通讯员", "实习生", "责任编辑",
    "记者", "摄影", "编辑", "摄",
]
ROLE_ALIASES = {"摄": "摄影", "本报记者": "记者"}
_SPACED = lambda word: r"\s*".join(word)  # noqa: E731 — 记 者 is 记者 spread by justification
ROLE_RE = "|".join(_SPACED(w) for w in ROLE_WORDS)
BYLINE_MARKERS = "■□▲●◆★"
_NAME_TOKEN = rf"(?:(?!{ROLE_RE})[\u4e00-\u9fff·])+"  # a role word starts the next entry
_NAME_TOKENS = rf"{_NAME_TOKEN}(?:[\s、，,]*{_NAME_TOKEN})*"
BYLINE_LINE_RE = re.compile(
    rf"^[{BYLINE_MARKERS}]?\s*(?:(?:{ROLE_RE})\s*[:：]?\s*{_NAME_TOKENS}[\s、，,]*)+$"
)
BYLINE_ENTRY_RE = re.compile(
    rf"({ROLE_RE})\s*[:：]?\s*({_NAME_TOKENS}?)(?=[\s、，,]*(?:{ROLE_RE})|[\s、，,]*$)"
)
_AGENCY = r"(?:本报|新华社|人民网|中新社|中新网)"
_DISPATCH = rf"{_AGENCY}[\u4e00-\u9fff\d]{{0,14}}?电"  # 新华社北京5月15日电
LEAD_RE = re.compile(rf"^(本报讯|{_DISPATCH})(\s*[（(](?:{ROLE_RE})[^（）()]{{1,40}}[）)])?")
# a dispatch relayed inside a body (据新华社北京5月15日电): a sentence, never a heading
RELAYED_DISPATCH_RE = re.compile(rf"^据{_DISPATCH}")
JUMP_RE = re.compile(r"^[（(]\s*(下转|上接|转|接)\s*(?:第)?\s*([一二三四五六七八九十\d]+)\s*版\s*[）)]$")
NAMES_ONLY_RE = re.compile(r"^[\u4e00-\u9fff]{1,3}(?:\s+[\u4e00-\u9fff]{1,3}){0,2}$")
MAX_BYLINE_LINE = 30
# ■记者手记, 记者观察: a column label built on a role word, not a byline
COLUMN_LABELS = {"手记", "观察", "札记", "笔记", "日记", "随笔", "来信", "调查", "点评", "述评", "视点", "探访", "连线"}
# open 1,891 People's Daily paragraphs (list entries, subheadings) and 4 of its 19,347 kickers,
# headlines and subtitles (■ 火神山医院维保组——, a kicker handing over with a dash)
BULLETS = ("●", "◆", "■", "▲")


@dataclass
class Line:
    no: int  # 0-based line number in the page
    raw: str
    kind: str  # blank | byline | lead | text
    printed_width: float | None = None  # as printed, before a lead was cut off the line

    @property
    def text(self) -> str:
        return self.raw.strip()

    @cached_property
    def width(self) -> float:  # asked for many times per line while deciding blocks
        if self.printed_width is not None:
            return self.printed_width
        # a full-width or no-break space is set as a character (■\u00a0党的领导…, 第十章\u3000期间计算);
        # plain spaces are justification or extraction noise, but for the room set around a
        # number, which the line takes up (the sample's 明确 16 条 fills its 14-cell column)
        text = self.text
        width = display_width(remove_typesetting_spaces(text, spaces=" \t"))
        if " " in text and not spread_by_justification(text):
            width += 0.5 * len(NUMBER_SPACE_RE.findall(text))
        return width

    @property
    def set_width(self) -> float:
        """Width without closing punctuation at the end, which may hang past the column."""
        return self.width - len(hanging_tail(self.text))


NUMBER_SPACE_RE = re.compile(r"(?<=[\d%％]) (?=\S)|(?<=\S) (?=\d)")  # 明确 16 条, 36.3% 。


def classify_line(raw: str, previous: Line | None) -> str:
    text = raw.strip()
    if not text:
        return "blank"
    after_byline = previous is not None and previous.kind == "byline"
    if len(text) <= MAX_BYLINE_LINE and BYLINE_LINE_RE.match(text) and not _column_label(text):
        # unmarked (通讯员 徐佳丽) only right below a marked one: 记者了解到… is body text
        if text[0] in BYLINE_MARKERS or after_byline:
            return "byline"
    if after_byline and NAMES_ONLY_RE.match(text):
        return "byline"  # photographer names wrapped onto the next line
    if LEAD_RE.match(non_space_chars(text)):
        return "lead"
    if JUMP_RE.match(text):
        return "jump"
    return "text"


def _column_label(text: str) -> bool:
    names = [entry.name for entry in parse_byline_entries(text, 0)]
    return bool(names) and all(name in COLUMN_LABELS for name in names)


def read_lines(page: str) -> list[Line]:
    lines: list[Line] = []
    previous: Line | None = None
    for no, raw in enumerate(page.splitlines()):
        line = Line(no, raw, classify_line(raw, previous))
        lines.append(line)
        previous = line
    return _demote_orphan_name_lines(lines)


def _demote_orphan_name_lines(lines: list[Line]) -> list[Line]:
    """A names-only continuation must be followed by a break, not by running text."""
    for i, line in enumerate(lines):
        if line.kind != "byline" or BYLINE_LINE_RE.match(line.text):
            continue
        following = lines[i + 1] if i + 1 < len(lines) else None
        if following is not None and following.kind == "text":
            line.kind = "text"
    return lines


# ---------------------------------------------------------------------------------------------
# 2. Blocks
# ---------------------------------------------------------------------------------------------


@dataclass
class Block:
    kind: str  # text | byline
    lines: list[Line]
    starts_with_lead: bool = False
    blank_before: bool = True
    caption: bool = False  # a text block right above a photo byline
    following: Block | None = field(default=None, repr=False, compare=False)

    @property
    def texts(self) -> list[str]:
        return [line.text for line in self.lines]


def build_blocks(lines: list[Line]) -> list[Block]:
    blocks: list[Block] = []
    current: Block | None = None
    blank_seen = True
    for line in lines:
        if line.kind == "blank":
            current, blank_seen = None, True
            continue
        if line.kind == "byline":
            if current is None or current.kind != "byline" or _starts_new_byline(line):
                current = Block("byline", [], blank_before=blank_seen)
                blocks.append(current)
            current.lines.append(line)
        elif line.kind == "jump":
            current = None
            blocks.append(Block("jump", [line], blank_before=blank_seen))
        elif line.kind == "lead" or current is None or current.kind != "text":
            current = Block("text", [line], line.kind == "lead", blank_before=blank_seen)
            blocks.append(current)
        else:
            current.lines.append(line)
        blank_seen = False
    blocks = _close_open_datelines(_mark_wrapped_datelines(blocks))
    pieces = [
        piece
        for i, block in enumerate(blocks)
        for piece in _split_trailing_heading(block, blocks[i + 1] if i + 1 < len(blocks) else None)
    ]
    if pieces:
        pieces[-1:] = _split_page_end_deck(pieces[-1])
    for block, following in zip(pieces, pieces[1:]):
        block.caption = block.kind == "text" and following.kind == "byline" and _is_photo_byline(following)
        block.following = following
    return pieces


def _split_page_end_deck(block: Block) -> list[Block]:
    """The page's last block may hold its last heading and, with no blank line between, that
    heading's deck (患难见真情 | 共同抗疫情 | 他们，是中国政府友谊奖获得者。他们，与 | … | 相助、合作抗疫的
    担当): the heading's lines, in larger type, stop short of the deck's column, and the deck's full
    stops keep it from reading as a heading. Split there, the deck is read as ``_deck_shaped``
    reads one set apart."""
    if block.kind != "text" or block.starts_with_lead or len(block.lines) < 3:
        return [block]
    for k in range(1, min(MAX_HEADING_BLOCKS, len(block.lines) - 2) + 1):
        head, deck = block.lines[:k], Block("text", block.lines[k:], blank_before=False)
        if max(line.set_width for line in head) < column_width(deck.lines) - DECK_SHORT_OF_COLUMN \
                and _heading_lines([line.text for line in head], None) and not _heading_lines(deck.texts, None) \
                and _deck_shaped(deck):
            return [Block("text", head, blank_before=block.blank_before), deck]
    return [block]


DISPATCH_START_RE = re.compile(rf"^{_AGENCY}[\u4e00-\u9fff\d]{{0,14}}$")  # 本报呼和浩特6月17日, before its 电


def _mark_wrapped_datelines(blocks: list[Block]) -> list[Block]:
    """``本报呼和浩特6月17日`` | ``电（记者张枨）…``: a dateline wrapped before its 电 opens a
    lead all the same."""
    for block in blocks:
        if block.kind == "text" and not block.starts_with_lead and len(block.lines) > 1:
            first = non_space_chars(block.texts[0])
            if DISPATCH_START_RE.match(first) and LEAD_RE.match(first + non_space_chars(block.texts[1])):
                block.starts_with_lead = True
    return blocks


def _close_open_datelines(blocks: list[Block]) -> list[Block]:
    """``新华社北京5月22日电（记者李宣良、`` + blank + ``黄明）…``: a blank line fell inside the
    dateline's parenthesis, so the next block continues it."""
    merged: list[Block] = []
    for block in blocks:
        previous = merged[-1] if merged else None
        if previous is not None and previous.starts_with_lead and block.kind == "text" and not block.starts_with_lead:
            opened = "".join(previous.texts)
            if opened.count("（") > opened.count("）") and len(previous.lines) <= 2:
                previous.lines.extend(block.lines)
                continue
        merged.append(block)
    return merged


def _starts_new_byline(line: Line) -> bool:
    return line.text[0] in BYLINE_MARKERS


# a clause ends, the sentence goes on: a subtitle's clauses are joined so (部署…经济基本盘； |
# 要求加快降费政策落地见效…), while a body never hands over to its heading on one
CLAUSE_ENDS = ("；", ";")
MID_SENTENCE_END = CONTINUING_END.replace("：", "").replace(":", "")  # a colon may close a paragraph (他说：)


def _split_trailing_heading(block: Block, next_block: Block | None) -> Iterator[Block]:
    """``…作出更大贡献。`` directly followed by headline lines, with no blank between, above the
    next article's byline or lead; never where the line above runs on into the tail mid-word
    (``数据来源：科大讯飞股份有限`` | ``公司``)."""
    texts = block.texts
    # a block trailing off (……) closes a paragraph: 388 People's Daily short paragraphs end so,
    # 18 headings (这位“80后”的种粮路不断探索向前……, the last line below a finished sentence)
    if block.kind != "text" or len(texts) < 2 or not _opens_an_article(next_block) \
            or _opened_by_a_heading_line(block, next_block) or texts[-1].rstrip().endswith("…"):
        yield block
        return
    for k in range(len(texts) - 1, max(0, len(texts) - 4), -1):
        tail = texts[k:]
        if finished(texts[:k]) and not texts[k - 1].rstrip().endswith(CLAUSE_ENDS) \
                and _heading_lines(tail, next_block) \
                and not breaks_word(non_space_chars(texts[k - 1]), non_space_chars(texts[k])) \
                and not _address_runs_on(texts[k - 1], texts[k]) \
                and not _credit_runs_on(block.lines[:k], block.lines) \
                and not _credit_finished_below(tail, next_block) \
                and not _fills_column_above(block.lines[:k], block.lines[k], next_block):
            yield Block("text", block.lines[:k], block.starts_with_lead, block.blank_before)
            yield Block("text", block.lines[k:], False, blank_before=False)
            return
    yield block


def _opens_an_article(block: Block | None) -> bool:
    """Does the block open an article by its byline or lead? Only there is a heading set right
    below a finished sentence split off it: a paragraph may end without a blank line, and its
    short last paragraph (an advertiser's name, 格兰仕) then sits above a heading, or a blank line
    cuts a paragraph's first lines (2019年，在她的热心协调推动下，… | …投资建成了内蒙古（国际） | blank |
    禁毒主题雕塑公园，…). Split there as well, the every-page runs of seeds 7 and 17 read five
    headings wrong and none more right."""
    return block is not None and (block.kind == "byline" or block.starts_with_lead)


def _fills_column_above(above: list[Line], line: Line, next_block: Block | None) -> bool:
    """Does the line that would start a trailing heading fill the column of the paragraph lines
    above it, with text below the blank line? Then it is that paragraph's line, cut off by a blank
    line (…为辖区企业组织的一架 | blank | “复工专机”，…): a headline set in the body's column is
    seldom exactly as wide as it, and a paragraph's lines all are but its last."""
    if next_block is None or next_block.kind != "text" or len(above) < 2:
        return False
    return line.set_width >= column_width(above) - 0.5


def _credit_finished_below(texts: list[str], next_block: Block | None) -> bool:
    """Do the lines read on into the short block below as a credit, which they are not alone
    (张进刚 刘春修摄影 | blank | 报道（人民视觉）): a blank line fell inside the credit."""
    if next_block is None or next_block.kind != "text" or len(next_block.lines) > 2:
        return False
    text = non_space_chars("".join(texts))
    return CREDIT_RE.search(text + non_space_chars("".join(next_block.texts))) is not None \
        and CREDIT_RE.search(text) is None


EXCLAIMING_ENDS = ("！", "？", "!", "?")


def _opened_by_a_heading_line(block: Block, next_block: Block | None) -> bool:
    """A lone line opening its block, ending in ！ or ？, right above heading lines and read with
    them as one heading group (骗取疫情防控税收优惠，违法！ | 1859户违法企 | 业被立案检查): the
    group's kicker, not a one-line paragraph closing the body above, which a blank would part
    from the heading below."""
    return block.blank_before and not block.starts_with_lead \
        and block.texts[0].rstrip().endswith(EXCLAIMING_ENDS) and _heading_lines(block.texts, next_block)


def _credit_runs_on(above: list[Line], lines: list[Line]) -> bool:
    """``数据来源：重庆`` filling the column: the credited name runs on to the next line. The
    credit may have started up to three full lines higher (``讲述人：中南民族大学化`` |
    ``学与材料科学学院硕士生`` | ``导师韩晓乐``). The width counts full-width spaces
    (``广。\u3000\u3000数据来源：重庆``), which fill cells too."""
    tail = CREDIT_TAIL_RE.search(non_space_chars("".join(line.text for line in above[-3:])))
    if tail is None or tail.group().endswith(REGISTERED_NAME_END):
        return False  # no credit ends here (a tail found in fewer lines is found in three too), or it is whole
    column = column_width(lines)
    for j in range(1, min(3, len(above)) + 1):
        if display_width(above[-j].text) < column - 0.5:
            return False
        if CREDIT_TAIL_RE.search(non_space_chars("".join(line.text for line in above[-j:]))):
            return True
    return False


# ---------------------------------------------------------------------------------------------
# 3. Headings versus body
# ---------------------------------------------------------------------------------------------

MAX_HEADING_LINE = 48
MAX_HEADING_BLOCK = 8  # lines: kicker + headline + a long subtitle, each wrapped
# a heading set in a narrow column takes more lines: 99% of People's Daily headings (kicker,
# headline and subtitle together) hold at most 75 characters
NARROW_HEADING_LINE = 14  # cells; such a group may take up to MAX_NARROW_HEADING_LINES lines
MAX_HEADING_CHARS = 80


def _fits_a_heading_group(texts: list[str]) -> bool:
    """Are the lines few enough for one heading group? More of them when every line is narrow,
    as long as they hold no more characters than a long heading (栗战书在全国人大 | 常委会有关决定和 |
    … | 安全法治防线: nine lines eight cells wide)."""
    if len(texts) <= MAX_HEADING_BLOCK:
        return True
    return len(texts) <= MAX_NARROW_HEADING_LINES and all(display_width(t.strip()) <= NARROW_HEADING_LINE for t in texts) \
        and len(non_space_chars("".join(texts))) <= MAX_HEADING_CHARS


NOT_IN_HEADING = "。"  # a sentence ends inside: body text, not a heading (； may join the clauses of a subtitle)


# Credits and notes that close a body: 刘振清摄（影像中国）, 本版图片来源：影像中国, 版式设计：张丹峰
CREDIT_RE = re.compile(
    r"(?:(?<![·・])摄|摄影报道|供图|制图|(?<![·・])绘|记者[\u4e00-\u9fff、]{2,12}整理)(?:[（(][^）)]{1,12}[）)])?$"  # not 村·绘
    r"|新华社发$|资料(?:照片|图片)$"
    r"|^[\u4e00-\u9fff]{2,16}(?:馆|院)藏$"  # 故宫博物院藏: a museum's or library's picture, credited
    # 阳江市十八子音响博物馆提供: an institution provided the pictures (为中国设计提供 | 更多资源 is a wrap)
    r"|^(?:图片由[\u4e00-\u9fff]{2,16}|[\u4e00-\u9fff]{2,16}(?:馆|院|局|部|委|办|会|社|所|站|中心|公司|集团))提供$"
    r"|记者[\u4e00-\u9fff]{2,4}文$"  # 本报记者范昊天文
    r"|^[\u4e00-\u9fff]{2,4}图[\u4e00-\u9fff]{2,4}文$"  # 曹一图 于石文: drawing and verse credits
    r"|^[\u4e00-\u9fff]{2,12}文[／/][\u4e00-\u9fff]{2,8}图$"  # 本报记者苏航文/新华社图
    r"|^[（(][^（）()]{2,40}(?:整理|电|摄)[）)]$"  # （本报记者杜海涛整理）, （本报巴黎电）
    r"|^[\u4e00-\u9fff]{0,6}(?:来源|设计|制图|编辑|责编|统筹|摄影|撰稿|供图|图片|文字"
    r"|电子信箱|电子邮箱|信箱|邮箱|电话|传真|网址|讲述人|口述|采写|来稿请寄)[：:]\S"
    r"|^扫码"  # 扫码观看《来了，2020全国两会》: a QR code's prompt
    r"|^(?:版式设计|本版制图|本版统筹|本期统筹)[：:]?[\u4e00-\u9fff]{2,4}$"  # 版式设计沈亦伶
    r"|^(?:影像中国|人民视觉|视觉中国|东方IC|中新社发)$"  # a picture agency credited on its own line
    r"|^——(?:编者|编辑|本报编辑部)$"  # the editors sign off an editor's note
)


# a staff credit, then names only (本报记者  吴齐强, 本报记者 黄 超 左): the names a body's closing or
# opening credit gives, cut off by a blank line; 905 People's Daily paragraphs open with a staff
# credit, 1 heading (本报记者专访北斗卫星导航系统工程总设计师杨长风——, no space after it)
STAFF_CREDIT_RE = re.compile(r"^(?:本报|新华社|人民日报)(?:特约)?(?:记者|通讯员)\s+(?:[\u4e00-\u9fff·]{1,4}\s*){1,6}$")


# a picture's credit on a line of its own: 耿玉和摄（影像中国）, 王 强 徐 瑾摄影报道
PHOTO_CREDIT_RE = re.compile(r"^[\u4e00-\u9fff·]{2,16}(?:摄|摄影报道)(?:[（(][^）)]{1,12}[）)])?$")
# the other credits of a picture: the agency's (新华社发, 人民视觉) or a drawing's and its verse's
# (勾犇图 卜拉文); of the 230 People's Daily paragraphs that are one, 206 close their article and
# the rest a picture inside it, above the next picture's caption (图②：…)
PICTURE_SOURCE_RE = re.compile(
    r"^(?:新华社发(?:[（(][^）)]{1,20}[）)])?|[\u4e00-\u9fff]{2,4}图[\u4e00-\u9fff]{2,4}文"
    r"|影像中国|人民视觉|视觉中国|东方IC|中新社发)$"
)
# the end of a credit on a block of its own (新华社记者 姜克红 | 摄)
CREDIT_ONLY_RE = re.compile(r"^(?:摄|摄影|摄影报道|供图|绘)(?:[（(][^）)]{1,12}[）)])?$")
# the notes among the credits that only ever close an article (a photo credit, （…摄）, may sit
# under a picture inside one): （本报记者姜泓冰整理）, （本报巴黎电）
CLOSING_NOTE_RE = re.compile(r"^[（(][^（）()]{2,40}(?:整理|电)[）)]$")
# a dispatch's dated note closes its article: of the corpus's 669 paragraphs that are one
# (（本报布鲁塞尔6月21日电）), 653 are their article's last; of the other 16, 3 stand above a
# subheading (■点评), the rest above a credit, a cross-reference or the dispatch's own dateline.
# Its reporter may follow (（据新华社北京6月21日电 记者张千千）): 66 of the 67 such are last
_DATED_DISPATCH_NOTE = r"[（(][^（）()]*\d+日电(?:记者[^（）()]{2,20})?[）)]"
DATED_DISPATCH_NOTE_RE = re.compile(rf"^{_DATED_DISPATCH_NOTE}$")
# the page designer's credit (版式设计：沈亦伶, 制图：蔡华伟) closes its article too: 466 of the
# corpus's 485 paragraphs that are one are their article's last
DESIGN_CREDIT_RE = re.compile(r"^(?:版式设计|制图)[：:][^。，！？]{1,20}$")
_CREDIT_LABELS = "来源|设计|制图|编辑|责编|统筹|摄影|撰稿|采写|讲述人|口述"
# a company's registered name closes it: of the corpus's 22 sources (数据来源：…) naming one, none goes
# on past 有限公司, so the line below a source ending so is not its run-on (…中国保利集团有限公司 |
# blank | 保国利民 助力脱贫攻坚 is the credit, then the headline)
REGISTERED_NAME_END = "有限公司"
CREDIT_TAIL_RE = re.compile(rf"(?:{_CREDIT_LABELS})[：:][^。！？；]{{1,40}}$")
# the labels of a graphic's credits; two in one block are credits, never a heading
# (采访整理：本报记者 易舒冉 数据来源：中华全国总工会), while one may be (生肖设计：让传统更年轻)
CREDIT_LABEL_RE = re.compile(rf"(?:整理|{_CREDIT_LABELS})[：:]")
# Labels that open a part of an article's body, never its heading
BODY_LABELS = {
    "核心阅读", "开栏的话", "记者手记", "编者按", "编后", "阅读提示", "延伸阅读", "相关链接", "背景链接", "内容提要",
    "人物小传", "引子", "目录", "主持人语", "小贴士", "链接",
}
# … of which these open an article: 741 People's Daily bodies start with 核心阅读, 3 hold it later
OPENING_LABELS = {"核心阅读", "开栏的话", "内容提要", "编者的话"}
# 化危为机，形成新的创新创造大潮（经济透视）: a column's label closes headings, not sentences
COLUMN_LABEL_END_RE = re.compile(
    r"[^（(\s][^（(]*[（(][\u4e00-\u9fff·“”‘’\d①-⑳][\u4e00-\u9fff·“”‘’\d①-⑳ ]{1,19}"  # （患难见真情 共同抗疫情）
    r"(?:[（(][\u4e00-\u9fff\d]{1,4}[）)])?[）)]$"  # a part of a series: （第一落点·关注高技能人才(上)）
)
# a quotation that trails off, after its closing mark or before it (…享享福……”): 124 and 200
# People's Daily paragraphs end so, no kicker, headline or subtitle does
QUOTES_TRAILING_OFF_RE = re.compile(r"[”’」』]…+$|…+[”’」』]$")
AUTHOR_NOTE_RE = re.compile(r"[（(]作者(?:为|系|是|单位)")  # closes a body, never in a heading
# a dispatch's closing note, with its dateline or its reporters listed, closes a body too:
# （新华社北京5月17日电 记者赵承、霍小光…）, （新华社记者张晓松、朱基钗，本报记者杜尚泽）; not a
# column's tag (（记者观察）)
DISPATCH_NOTE_RE = re.compile(rf"{_DATED_DISPATCH_NOTE}$|[（(][^（）()]*记者[^（）()]*[、，][^（）()]*[）)]$")
DATE_LINE_RE = re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日$")  # under a signature: the date it was signed
# a box's labelled line (时间：5月24日下午, 日程：…, 公示时间：…): 38 People's Daily paragraphs open so, no
# heading does; nor does an event's organisers' (主办单位：…, 支持单位：…), which opens 5 paragraphs.
# Unlike a credit it may wrap and run on, so it ends no sentence
LABELLED_LINE_RE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:时间|日期|日程|地点|(?:主办|承办|协办|指导|支持)单位)[：:]\S")
# how to reach an advertiser or an office (招商电话：, 联系人：宫剑 010-51780028 13621226155): none
# of People's Daily's kickers, headlines and subtitles holds one, 202 of its paragraphs do
CONTACT_LABEL = r"(?:电话|热线|网址|地址|邮箱|信箱|传真|联系人|邮编|官网)[：:]"
CONTACT_DETAIL_RE = re.compile(CONTACT_LABEL + r"|(?<!\d)0\d{2,3}-\d{7,8}|(?<!\d)1[3-9]\d{9}(?!\d)")
SIGNED_DATE_RE = re.compile(r"^[\u4e00-\u9fff（）()·]{0,30}\d{4}年\d{1,2}月\d{1,2}日$")  # 国务院发展研究中心　　2020年6月17日
CJK_RE = re.compile(r"[\u4e00-\u9fff]")
# 第三编 合同, 第一章 一般规定, 第五条: the structure of a law or report printed in full, inside its body
SECTION_NUMBER_RE = re.compile(r"^(?:[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、|\d{1,2}、)")  # （1） 一、
ATTACHMENT_RE = re.compile(r"^附件\d*(?:[：:]|$)")  # 附件：省（自治区、直辖市）…考核指标: a document's annex, in its body
# a picture's label opening its caption (图③：全国人大代表黄久生到车间调研防护服, 底图：…, 图为…): 556
# People's Daily paragraphs open with one, none of its 19,347 kickers, headlines and subtitles
PICTURE_LABEL_RE = re.compile(r"^(?:(?:图[①-⑳\d]+|[上下左右中底题]图)[：:]|图为)")
# a speech's salutation (各位代表！, 同志们！, 主席先生！): 24 People's Daily paragraphs, no heading
SPEECH_SALUTATION_RE = re.compile(r"^(?:各位[\u4e00-\u9fff]{1,4}|(?:女士们、)?[\u4e00-\u9fff]{1,3}们|[\u4e00-\u9fff]{1,4}(?:先生|女士|阁下))[！!]$")
ARTICLE_NUMBER_RE = re.compile(r"^第[一二三四五六七八九十百千零〇两\d]+(?:分编|[编章节条款])")
# A letter's signature: place, then the writer's name (四川绵阳市 彭 宇, 山西阳泉市   高军琴)
# or an office, then the signer's name (中华人民共和国主席  习近平, under a decree). The name
# starts with a surname: 湾区都市 品质东莞 and 梦里水乡 诗意流淌 are headlines
SIGNATURE_RE = re.compile(
    r"^(?:[\u4e00-\u9fff]{2,10}[市县区省州旗镇乡]|[\u4e00-\u9fff]{2,16}(?:主席|总理|委员长|部长|主任))"
    rf"\s+[{SURNAMES}](?:\s*[\u4e00-\u9fff]){{1,3}}$"
)


JUSTIFICATION_SPACE_RE = re.compile(r"(?<=\S) (?=\S)")  # one space between two characters
WIDE_SPACE_RE = re.compile(r"\s{2,}")


def spread_by_justification(text: str) -> bool:
    """Do the line's characters stand one space apart (``个 坐 在 桥 头 意 气 风 发 的 少 年 ！``)?
    Justification stretched it to its column, as it does body lines; none of People's Daily's
    19,347 kickers, headlines and subtitles is printed so, and a name spaced out in a byline or a
    signature (``王 强``) is two or three characters."""
    tokens = text.split()
    return len(tokens) >= 4 and sum(len(token) == 1 for token in tokens) >= 0.8 * len(tokens)


def is_signature(text: str) -> bool:
    """A letter's signature, also when justification spaced out every character (山 东 威 海 市
    石 志 新: the wider run of spaces is the separator printed between place and name)."""
    if SIGNATURE_RE.match(text):
        return True
    return WIDE_SPACE_RE.search(text) is not None \
        and SIGNATURE_RE.match(JUSTIFICATION_SPACE_RE.sub("", text)) is not None


# a quotation closing on ！ or ？ with text after it on the line (…今年草莓增产了两成多！”江苏一位): 1,127
# People's Daily paragraphs of up to 80 characters open with such a quotation; of its headings only
# 14 hold one, each closed by its column's label (“我是党员，我先上！”（人民论坛）). One trailing off
# (“咔嚓咔嚓……”梁恩化一手捋起): 440 such paragraphs, no heading
QUOTATION_THEN_TEXT_RE = re.compile(r"[！？!?…][”’][^（(”’]")


def _heading_like_line(text: str, last: bool = True, first: bool = True, sentences: bool = False,
                       above: str = "") -> bool:
    """Could this line belong to a heading? Headings may hold commas, semicolons, ！ and ？
    (壮哉！中国桥) and end with ！？：——, but never hold a full stop (save a kicker in full
    ``sentences`` that hands over with a dash), never end mid-phrase (a wrapped heading's inner
    lines may), and are not credits, signatures or body labels."""
    text = text.strip()
    bare = non_space_chars(text)
    return (
        0 < len(bare) <= MAX_HEADING_LINE
        and (sentences or not any(c in NOT_IN_HEADING for c in text))
        # a last line is read with the lines above it: 方 | 向 ends on 方向, not on 向
        and (not last or text[-1] not in MID_SENTENCE_END and not ends_on_dangling_word(non_space_chars(above) + bare))
        and not CREDIT_RE.search(bare)
        and not STAFF_CREDIT_RE.match(text)
        and not is_signature(text)
        and not spread_by_justification(text)
        and not _body_label(bare, first)
        and not DATE_LINE_RE.match(bare)
        and not LABELLED_LINE_RE.match(bare)
        and not CONTACT_DETAIL_RE.search(bare)
        and not QUOTATION_THEN_TEXT_RE.search(bare)
    )


def _kicker_intro(texts: list[str], next_block: Block | None, depth: int) -> int:
    """A kicker that introduces its headline in full sentences and hands over with a dash
    (``表格过滥，问题不小。福建从小切口入手为基层干部减负——``): 7 of the corpus's 4,294 kickers.
    The headline follows, as a block of its own or on the lines below the dash (no blank line
    between the units). Returns how many lines the kicker takes (0: no such kicker)."""
    if depth:
        return 0
    for end in range(len(texts), 0, -1):
        if not non_space_chars("".join(texts[:end])).endswith("——"):  # or a dash wrapped: …减负— | —
            continue
        if NOT_IN_HEADING not in "".join(texts[:end]):
            return 0
        if end < len(texts):
            return end if _heading_lines(texts[end:], next_block, depth + 1) else 0
        return end if next_block is not None and next_block.kind == "text" and not next_block.starts_with_lead \
            and _heading_lines(next_block.texts, next_block.following, depth + 1) else 0
    return 0


def _body_label(bare: str, first: bool = True) -> bool:
    """Labels and numbering that belong to a body (``bare``: the line without spaces): 核心阅读,
    【绝活看点】, ·法律点击·, 第三编 合同, 附件：. A number in brackets below the first line
    of a block ends a wrapped unit instead (…有悖国际正义 | （五）: a series number)."""
    return (
        bare.lstrip(BYLINE_MARKERS).rstrip("：:") in BODY_LABELS
        # 【绝活看点】, 【人物】自学160多门网课的万雪琴: none of the corpus's 13,260 headings opens
        # with one, 69 of its paragraphs do
        or bare.startswith("【")
        or bare.startswith("·") and bare.endswith("·")
        or PICTURE_LABEL_RE.match(bare) is not None
        or SPEECH_SALUTATION_RE.match(bare) is not None
        or bool(ARTICLE_NUMBER_RE.match(bare) or (first and SECTION_NUMBER_RE.match(bare)) or ATTACHMENT_RE.match(bare))
    )


def is_heading_block(block: Block, next_block: Block | None = None, depth: int = 0,
                     confirmed: bool = False) -> bool:
    return block.kind == "text" and not block.starts_with_lead \
        and _heading_lines(block.texts, next_block, depth, confirmed)


def _heading_lines(texts: list[str], next_block: Block | None, depth: int = 0,
                   confirmed: bool = False) -> bool:
    """Heading-like lines; a comma makes them look like a sentence too, so a heading with a
    comma must be confirmed: by what precedes it or how it is set (``confirmed``: a kicker
    ending in ``——`` above, a line set across columns) or by what follows it (a byline, a
    lead, a confirmed heading — looking no further than a heading group reaches —, the page
    end)."""
    joined = "".join(texts)
    if len(non_space_chars(joined)) <= 1:
        return False  # 秦邦 | 佑, 汪哲 | blank | 平: a name's wrapped tail; 1 of People's Daily's 19,347 heading units has one character
    intro_lines = _kicker_intro(texts, next_block, depth)
    above_last = "".join(texts[:-1])  # the last line is read with these for a dangling word
    if not (
        (_fits_a_heading_group(texts) or _closes_with_dated_note(texts))  # a law's long adoption note
        and all(_heading_like_line(t, k == len(texts) - 1, k == 0, k < intro_lines, above_last if k == len(texts) - 1 else "")
                for k, t in enumerate(texts))
        and quotes_balanced(joined)
        and not (joined.startswith(("（", "(")) and joined.endswith(("）", ")")))  # a note
        and not AUTHOR_NOTE_RE.search(joined)  # …一切都值了！（作者为武汉儿童医院呼吸内科护士）
        and not DISPATCH_NOTE_RE.search(non_space_chars(joined))
        # a sentence trailing off (……) with a comma, ！ or ？ in it, quoted or not: none of 18 People's
        # Daily headings that end in …… has one (they are lists: 出租车司机、保洁员、物管员……), 238
        # of its 388 short paragraphs that do (“谁说种粮不赚钱，这么干，准行！”这位…不断探索向前……).
        # Nor is one that lists nothing outside its quotes (…朝着“产业兴、生态美、百姓富”的目标阔步前进……):
        # 1 of those headings, 17 paragraphs of up to 60 characters
        and not (joined.rstrip().endswith("…") and (any(c in joined for c in "，,！？!?")
                                                    or not has_punct_outside_quotes(joined, "、")))
        # quotations trailing off (“严惩暴徒，恢复香港安宁！”……, …父母也享享福……”)
        and not QUOTES_TRAILING_OFF_RE.search(joined.rstrip())
        and not CREDIT_RE.search(non_space_chars(joined))  # a credit wrapped: 摄影报\n道（人民视觉）
        and CJK_RE.search(joined) is not None  # people.cn: the tail of a wrapped address
        and not RELAYED_DISPATCH_RE.match(non_space_chars(joined))  # 据新华社电（记者王…）: a body opens
        and not SIGNED_DATE_RE.match(non_space_chars(joined))  # a notice's signer and date, wrapped
        and len(CREDIT_LABEL_RE.findall(joined)) < 2
        and not (joined.lstrip().startswith(BULLETS) and not joined.rstrip().endswith("——"))  # ■ 特点一：…
    ):
        return False
    if next_block is not None and next_block.kind == "text" and (
            _runs_on_mid_word(joined, next_block, depth) and not _narrower_than_below(texts[-1], next_block.texts[0])
            and not _wider_than_caption_below(texts[-1], next_block)
            or opens_mid_sentence(next_block.texts[0])  # …16个镇（街道） | 的市级机关…
            or _number_runs_on(joined, next_block.texts[0])  # 今年正值中国和尼泊尔建交65 | 周年，…
            or CREDIT_ONLY_RE.match(non_space_chars("".join(next_block.texts)))  # 新华社记者 姜克红 | 摄
            or _sentence_end_cut_off(next_block)):  # …越南总 | 理阮春福也向开幕式致 | blank | 贺信。
        return False  # the lines run on into the text below: mid-word, or a credit broken by a blank
    if joined.endswith(("：", ":")):  # a kicker's colon: the headline must follow (not 这正是： + verse)
        return (
            next_block is not None and next_block.kind == "text" and not next_block.starts_with_lead
            and _heading_lines(next_block.texts, None)
        )
    # a comma inside brackets or a title is no sentence's: 省（自治区、直辖市）污染防治攻坚战成效考核措施
    # (before May 32 kickers, headlines and subtitles hold commas only there, 3 short paragraphs)
    if confirmed or not (has_punct_outside_quotes(joined, "，,、", QUOTES_AND_BRACKETS) or _exclaimed_quotation(joined)) \
            or _closes_with_dated_note(texts) or any(
            COLUMN_LABEL_END_RE.search(t.strip()) for t in [*texts, join_wrapped(texts)]):  # （中国道路中国 | 梦）
        return True
    if any(texts[k - 1].rstrip().endswith("——") and _heading_lines(texts[k:], next_block, depth + 1)
           for k in range(1, len(texts))):
        return True  # a kicker's dash, then its headline, in one block (…邮储银行北京分行—— | 金融活水助脱贫)
    return (
        next_block is None
        or next_block.kind != "text"
        or next_block.starts_with_lead
        or next_block.caption
        or _dated_note(next_block)  # …秘书长、副秘书长名单 | （2020年5月19日…会议通过）: its adoption note
        or depth < MAX_HEADING_BLOCKS and is_heading_block(next_block, next_block.following, depth + 1)
    )


SENTENCE_END_CUT_OFF_MOST = 6  # characters


def _sentence_end_cut_off(block: Block) -> bool:
    """Is the block a paragraph's last few characters, cut off by a blank line (贺信。)? One line
    of at most :data:`SENTENCE_END_CUT_OFF_MOST` characters that ends on a full stop, with no
    comma: 1 of People's Daily's 13,260 articles opens on such a paragraph (板栗熟了。), so the
    heading-like lines above it are no heading whose next article it opens, but the paragraph's
    head. Not ！ or ？, which end short headlines (新一代载人飞船试验船—— | 亮点在哪里？)."""
    bare = non_space_chars("".join(block.texts))
    return block.kind == "text" and len(block.lines) == 1 and 0 < len(bare) <= SENTENCE_END_CUT_OFF_MOST \
        and bare.endswith("。") and not any(c in bare for c in "，,")


def _runs_on_mid_word(joined: str, next_block: Block, depth: int) -> bool:
    """Does the text run on across the blank line into ``next_block`` mid-word (订立合 | 同。)?
    Read across the whole block: its last line may be one character (…随班就读工 | 作). A blank
    line seldom falls inside a paragraph, so where the block below reads as a heading of its own,
    only a word jieba holds strongly joins them (``MID_WORD_COST``): not 端午假期快递业务量增超四成 |
    全行业共揽收包裹6.07亿件, whose 成全 costs the break 1.0 nats."""
    above, below = non_space_chars(joined), non_space_chars(next_block.texts[0])
    if not breaks_word(above, below):
        return False
    if len(non_space_chars("".join(next_block.texts))) < 2 or depth >= MAX_HEADING_BLOCKS:
        return True  # a one-character line is a wrapped word's tail, never a unit (…中医药人 | 才)
    return word_break_cost(above, below) >= MID_WORD_COST \
        or not is_heading_block(next_block, next_block.following, depth + 1)


def _exclaimed_quotation(joined: str) -> bool:
    """A quotation closing on ！ or ？ (“对影成四人！”): a line of dialogue far more often than a
    headline. People's Daily prints 381 such paragraphs of up to 40 characters against 13 such
    kickers, headlines and subtitles, so it asks for confirmation as a comma does."""
    text = joined.strip()
    return text.startswith(("“", "‘")) and text.endswith(("”", "’")) and text[:-1].endswith(EXCLAIMING_ENDS)


# Units and measure words that follow a number (65 | 周年, 3 | 万元): a line ending in a number
# runs on into a line opening with one. 4 of People's Daily's 19,347 headings end in a digit.
NUMBER_UNITS = "年月日时周个万亿千百元岁位名家项次倍件辆台吨米亩户座所条批人%％"


ADDRESS_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+|(?:www\.|https?://)[A-Za-z0-9./_-]+")


def _address_runs_on(above: str, below: str) -> bool:
    """Does an e-mail or web address run on across the break (信箱：rmrbdzlx@ | 126.com；传真…)?
    A contact line reads as a finished body, but the address's tail below it is no heading."""
    above, below = non_space_chars(above)[-40:], non_space_chars(below)[:40]
    if not (above[-1:].isascii() and below[:1].isascii()):  # most breaks: no regex needed
        return False
    return any(m.start() < len(above) < m.end() for m in ADDRESS_RE.finditer(above + below))


def _number_runs_on(above: str, below: str) -> bool:
    above, below = non_space_chars(above), non_space_chars(below)
    return bool(above) and bool(below) and above[-1].isascii() and above[-1].isdigit() and below[0] in NUMBER_UNITS


# Words that never open a paragraph or a heading: 的 opens 11 of the corpus's 193,117 paragraphs
# (as 的确 …, another word) though it is its commonest character after the comma; 们 and 者 open
# none. A block starting with one continues the text above it across a blank line.
NEVER_OPEN = frozenset("的们者")


@lru_cache(maxsize=4096)
def opens_mid_sentence(text: str) -> bool:
    """Does ``text`` start with a word that only continues a sentence (…（街道） | 的市级…)?"""
    bare = non_space_chars(text)
    return bool(bare) and bare[0] in NEVER_OPEN and next(jieba.cut(bare[:4], HMM=False)) == bare[0]


def _narrower_than_below(line: str, below: str) -> bool:
    """A line that runs on into the next was full (its column) or the longer half of a headline
    cut in two, so one clearly narrower than the line below did not run on: the jieba word across
    the break is chance (先行先试 | 用好制度 holds 试用)."""
    return display_width(line.strip()) < display_width(below.strip()) - 1.5


def _wider_than_caption_below(line: str, below: Block) -> bool:
    """A line set wider than every line of a photo's caption below it is in no column of the
    caption's, so it does not run on into it: the jieba word across the break is chance
    (——记…援疆工作队原队长唐力明 | 日前，志愿者走进社区， holds 明日). Only a caption: a body's
    block may hold a paragraph's short last line and a credit (市圈首善区贡献更大力量。 |
    数据来源：西安高新区管委会), narrower than a full line that does run on into it."""
    return below.caption and len(below.lines) >= 2 \
        and Line(0, line, "text").set_width > max(b.set_width for b in below.lines) + 1.5


PHOTO_REPORT_BLOCKS = 4  # caption paragraphs above a picture's credit


def _above_photo_report(current: _Draft | None, block: Block, blocks: list[Block], index: int) -> bool:
    """A heading with a comma below a finished body, above a photo report (its caption, the
    picture's credit, its title) and narrower than the caption's lines: the report opens with
    neither byline nor lead, so it alone confirms the heading (刘鹤与莱特希泽、姆努钦通话 |
    5月7日，江苏连云港码头… | 耿玉和摄（影像中国） | 图片报道). A line of the caption cut off by
    a blank line fills the caption's column."""
    if current is None or not current.body_lines or current.heading_blocks \
            or not finished([line.text for line in current.body_lines_only]) or not _photo_report(block.following):
        return False
    # a caption is short: one full line shows its column, but not whether the paper indents its
    # paragraphs, so the heading must then fall short of it by more than an indent (近年来，武冈
    # 市安排专项经费用于“武冈铜鹅”保 is the first line of an indented caption paragraph)
    runs = _following_runs(blocks, index + 1)
    caption_width = _runs_column(runs, minimum=1)
    margin = 1 if len(_full_lines(runs)) >= 2 else 1 + PARAGRAPH_INDENT
    return caption_width is not None and block.lines[-1].set_width < caption_width - margin


def _photo_report(block: Block | None) -> bool:
    """Does a photo report start at ``block``: a caption of a few paragraphs (not a heading),
    the picture's credit on a line of its own, then a heading, its title? Each caption block is
    read with the block below it: a caption paragraph cut by a blank line (近一段时间，…的动物 |
    “宝宝”吸引了不少游客…) is no heading, and a heading above the credit (全国政协领导同志分别
    参加… | 目前，山西省运城市…) closes an article first, so the caption starts below it."""
    current: Block | None = block
    for _ in range(PHOTO_REPORT_BLOCKS + 1):
        if current is None or current.kind != "text" or current.starts_with_lead:
            return False
        if current is not block and _photo_credit(current):
            following = current.following
            return following is not None and following.kind == "text" and not following.starts_with_lead \
                and _heading_lines(following.texts, None, MAX_HEADING_BLOCKS)
        if _heading_lines(current.texts, current.following, MAX_HEADING_BLOCKS):
            return False
        current = current.following
    return False


# an advertiser signing off after the last sentence, set apart by full-width spaces:
# …提供有力保障。(U+3000 ×2)伊利 — not a credit that starts there (…时代”。(U+3000 ×2)数据来 | 源：…)
SIGN_OFF_RE = re.compile(
    r"[。！？!?][”’]?\u3000+(?!数据|资料|图|摄|文字|来源|设计|制图|编辑|责编|统筹|撰稿|讲述|口述|采访|内容)"
    r"[\u4e00-\u9fff·（）()A-Za-z]{1,12}$"
)


QUOTED_SOURCE_RE = re.compile(r"^——[@\w·]{1,15}$")  # ——央视网, ——@雒兵: under a quotation it ends
# ——云南大理市纪委书记、监委主任  张  琮: an official's titles, then the name set apart by spaces
# (two to four characters, so that 主任 程 | 靖, a name wrapped, is not yet one)
SIGNED_SOURCE_RE = re.compile(r"^——[\w·、]{2,40}\s+(?:[\u4e00-\u9fff]\s*){2,4}$")


def _closed_by_source(texts: list[str]) -> bool:
    """Does a quotation's source close the finished sentence above it: on a line of its own
    (…是我们的榜样。 | ——@雒兵), or a signature whose name wrapped, its two lines read as one
    (…体制机制。 | ——云南大理市纪委书记、监委主任  张 | 琮)?"""
    for k in (1, 2):
        if len(texts) < k + 1 or not texts[-k].strip().startswith("——") or not is_terminal(texts[-k - 1]):
            continue
        source = " ".join(text.strip() for text in texts[-k:])
        if SIGNED_SOURCE_RE.match(source) or (k == 1 and QUOTED_SOURCE_RE.match(non_space_chars(source))):
            return True
    return False


def finished(texts: list[str]) -> bool:
    """Does this run of body lines end a sentence? A closing parenthetical note that started a
    line (``（作者为……研究员）``) ends one too. Called for every line of every paragraph, so
    it looks only at the last few lines."""
    if not texts:
        return True
    last = texts[-1].strip()
    if last.endswith(tuple(NAME_DOTS)):
        return False  # 约翰· | 恩肯加松: a foreign name wrapped between its parts
    if is_terminal(last) or is_signature(last) or DATE_LINE_RE.match(non_space_chars(last)) \
            or SIGN_OFF_RE.search(last) or DESIGN_CREDIT_RE.match(non_space_chars(last)):
        return True  # a full stop, a signature, the date under it, an advertiser's sign-off, 版式设计：蔡华伟
    if CREDIT_RE.search(non_space_chars(last)) or CREDIT_RE.search(non_space_chars("".join(texts[-2:]))):
        return True  # 摄影报\n道（人民视觉）
    if _closed_by_source(texts):
        return True  # …是我们的榜样。 | ——@雒兵: the quotation's source closes it
    if CREDIT_TAIL_RE.search(non_space_chars("".join(texts[-4:]))):
        return True  # 数据来源：\n辽宁沈抚改革创新示范区\n管委会
    if not last.endswith(("）", ")")):
        return False
    if _note_after_sentence(non_space_chars("".join(texts[-3:]))):
        return True  # …共同繁荣的新篇章。（作者为中国驻 | 塞内加尔大使）
    for k in range(len(texts) - 1, -1, -1):
        if not texts[k].strip().startswith(("（", "(")):
            continue
        if k == 0 or finished(texts[k - 1 : k]) or texts[k - 1].strip().endswith(("）", ")")):
            return quotes_balanced("".join(t.strip() for t in texts[k:]))
    return False


def _note_after_sentence(text: str) -> bool:
    """Does ``text`` end with a bracketed note that opens right after a finished sentence?"""
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        if text[i] in "）)":
            depth += 1
        elif text[i] in "（(":
            depth -= 1
            if depth == 0:
                return i > 0 and is_terminal(text[:i])
    return False


HALF_WIDTH_RE = re.compile(r"[\x00-\x7f]")


def column_width(lines: list[Line]) -> float:
    """The body's column width: the most common width of lines that end in a character
    (justified lines fill the column; a closing punctuation mark may sit inside the column or
    hang past it, so lines ending in one only count when there is nothing else), preferring
    lines without half-width digits or letters, which may fall half a cell short."""
    ending_in_a_character = [line for line in lines if line.width >= 4 and line.text[-1] not in HANGING]
    # a half-width digit or letter leaves a line up to half a cell short of the column
    full_width_only = [line for line in ending_in_a_character if not HALF_WIDTH_RE.search(line.text)]
    # half a cell short rounds up to the column (round() would send 18.5 to 18, 19.5 to 20)
    widths = [math.floor(line.width + 0.5)
              for line in (full_width_only if len(full_width_only) >= 2 else ending_in_a_character)]
    widths = widths or [math.floor(line.set_width + 0.5) for line in lines if line.width >= 4]
    if not widths:
        return max((line.width for line in lines), default=0.0)
    counts = Counter(widths)
    best = max(counts.values())
    column = max(w for w, c in counts.items() if c == best)
    if _indented_column(lines, column, counts):
        column += PARAGRAPH_INDENT
    return float(column)


INDENTED_FULL_LINES = 3
INDENTED_FULL_SHARE = 0.25
INDENTED_STARTS = 0.7


def _indented_column(lines: list[Line], column: int, counts: Counter) -> bool:
    """Paragraphs of one or two lines, indented two cells: their first lines outnumber the full
    lines (the Civil Code's articles: 20 cells under a 22-cell column). Read so only when lines
    two cells wider are common too and the narrower ones open paragraphs (below a blank line or
    a finished sentence), not when a body is set in two columns."""
    if counts[column + PARAGRAPH_INDENT] < max(INDENTED_FULL_LINES, counts[column] * INDENTED_FULL_SHARE):
        return False
    by_number = {line.no: line for line in lines}
    narrow = [line for line in lines if math.floor(line.width + 0.5) == column]
    opening = sum(1 for line in narrow if line.no - 1 not in by_number or finished([by_number[line.no - 1].text]))
    return opening >= INDENTED_STARTS * len(narrow)


def _jumps_away(block: Block | None) -> bool:
    """Is ``block`` a ``（下转第二版）`` line, which closes the part of a body above it?"""
    return block is not None and block.kind == "jump" \
        and jump_target(remove_typesetting_spaces(block.texts[0]))[0] == "to"


def _headings_then_jump(block: Block | None) -> bool:
    """Is ``block`` the ``（下转…）`` line, or reached from here over heading-like blocks only?
    Subheadings stacked above the jump line close the part (商业人气逐渐升温 | 出台政策纾困解难 |
    （下转第二版）); the article's headline comes after the jump line."""
    for _ in range(MAX_HEADING_BLOCKS):  # no further than a heading group reaches
        if _jumps_away(block):
            return True
        if block is None or not is_heading_block(block, block.following) or _opens_on_dash(block):
            return False  # a dash subtitle closes its heading group: a body opens below it
        block = block.following
    return _jumps_away(block)


def _opens_on_dash(block: Block) -> bool:
    """Does the block open on a two-em dash, as a subtitle closing its heading group does (——…侧记)?"""
    return block.texts[0].lstrip().startswith("——")


def _before_next_article(block: Block | None) -> bool:
    """Does ``block`` start something new: a byline, a dateline, a caption, the page's end (not
    ``（下转第二版）``, below which the same article goes on elsewhere)?"""
    return block is None or (block.kind != "text" and not _jumps_away(block)) or block.starts_with_lead \
        or block.caption


PROSE_MARK_RE = re.compile("[，。；]")  # inside a line: prose, not a list's entry
# a list's entry: a name and what it is known for, in brackets (贵州省贵阳市（立法引领保障大数据产业发展）)
_LIST_ENTRY = r"[^（）()，。；：]{2,24}[（(][^（）()。]{2,40}[）)]"
LIST_ENTRY_RE = re.compile(rf"^{_LIST_ENTRY}$")
LIST_ENTRIES_RE = re.compile(rf"^(?:{_LIST_ENTRY})+$")  # a block may hold several, no blank line between


def _ends_a_list(previous_body: list[Line], block: Block, next_block: Block | None) -> bool:
    """Below a paragraph that stops short of the column without a full stop (a list entry:
    总经理), heading lines right before the next article are its heading, unless they finish
    a credit broken by the blank line (数据来 | 源：中国工商银行, 魏 寅图 实 思 | 文) or look like
    the rest of a paragraph (a line filling the column, a clause with a comma)."""
    last = previous_body[-1]
    if not any("。" in line.text for line in previous_body):
        return False  # a body of unpunctuated points so far (本报讯 将继续坚持… | 推进复工复产…): it runs on
    if len(previous_body) < 2 or CREDIT_RE.search(
            non_space_chars(re.split("[。！？]", last.text)[-1] + "".join(block.texts))):
        return False
    # a list's short entries (北京市海淀区, 天津市西青区) may outnumber the lines of the notice
    # above them: the column is where its prose is set
    prose = [line for line in previous_body if PROSE_MARK_RE.search(line.text[:-1])]
    column = column_width(prose if len(prose) >= 2 else previous_body)
    filled = last.set_width + last.text.count("\u3000")  # full-width spaces fill cells too
    # an entry that reads as one (贵州省贵阳市（立法引领保障大数据产业发展）) is whole, however wide,
    # so no line below continues it
    entry_above = _ends_on(LIST_ENTRY_RE, [line.text for line in previous_body[-2:]])
    fills_column = any(abs(line.set_width - column) <= 0.5 for line in block.lines)
    if not entry_above and (filled >= column - 1 or fills_column):
        return False
    if has_punct_outside_quotes("".join(block.texts), "，,；;"):
        return False
    if _before_next_article(next_block):
        return True
    # the heading is below: the block is the list's next entries where it reads as such too
    # (宁夏回族自治区银川市（推进行政审批制度改革） below 贵州省贵阳市（立法引领保障大数据产业发展）)
    return is_heading_block(next_block) and _before_next_article(next_block.following) \
        and not (entry_above and LIST_ENTRIES_RE.match(non_space_chars("".join(block.texts))))


FULL_BODY_LINES = 3  # lines filling the body's column above a blank line: body text, whatever follows


def _continues(previous_body: list[Line], block: Block, next_block: Block | None) -> bool:
    """Does a heading-looking block continue the body above it?"""
    if _closes_with_dated_note(block.texts) or _adoption_note(next_block):
        return False  # a title and its adoption note, even below a list of names with no full stop
    if _closed_for_good(previous_body):
        return False  # …王旺旺摄 | 版式设计：蔡华伟 | 图片报道: the designer's credit closed the body
    if not finished([line.text for line in previous_body]):
        # the sentence above is unfinished: a blank line fell inside a paragraph, unless a poem
        # ends there and its headline and dash subtitle sit above the next article's dateline
        # or its byline
        if _headline_over_dash_subtitle(block, next_block):
            return False
        return not _ends_a_list(previous_body, block, next_block)
    first = block.texts[0]
    if first[0] in "，。、；：？！" + CLOSERS:
        return True
    if _a_verse_line_among_verses(previous_body, block, next_block):
        return True  # 静静平湖卷滔浪， | 滚滚长江动怒色。 | 休欺我！ | 仲景和华佗，: a poem's line, set alone
    if _credit_runs_on(previous_body, previous_body) and len(block.lines) == 1 \
            and block.lines[0].set_width <= column_width(previous_body) + 0.5 \
            and next_block is not None and is_heading_block(next_block):
        return True  # 数据来源：广西壮族自治区 | (blank) | 自然资源宣传中心 | the headline; a wider line is no run-on
    if _contact_lines_below(next_block):
        return True  # 郑州航空港经济综合实验区 | 招商电话：…: an advertiser's name, part of its advertisement
    if next_block is None or next_block.kind != "text" or next_block.starts_with_lead:
        return False
    column = column_width(previous_body)
    # every line fills the column (wider: not this column), as lines above a blank line that fell
    # inside a paragraph do (各地景区严格落实游客 | 流量不超过最大承载量 | blank | 30% 的要求，…);
    # a headline wrapped over two lines in its larger type fills no body column
    fills_column = all(column - 0.5 <= line.set_width <= column + 0.5 for line in block.lines)
    if block.blank_before and len(block.lines) >= FULL_BODY_LINES and fills_column and not is_terminal(block.texts[-1]):
        return True  # whatever follows (…为实现 | blank | 中华民族伟大复兴中国梦作出新的更大贡献！)
    if is_heading_block(next_block) or COLUMN_LABEL_END_RE.search(block.texts[-1].strip()):
        return False  # …的题中之义。 | 互联网发展助力美好生活（人民时评）: a column label closes a heading
    return fills_column and not is_terminal(block.texts[-1]) and not next_block.caption \
        and next_block.texts[0][0] not in "“‘「（(《" and _same_column_below(block, next_block, column)


CONTACT_LINE_RE = re.compile(r"^[\u4e00-\u9fff]{0,4}" + CONTACT_LABEL)


def _opens_with_contact_line(block: Block | None) -> bool:
    return block is not None and block.kind == "text" and bool(CONTACT_LINE_RE.match(non_space_chars(block.texts[0])))


def _contact_lines_below(next_block: Block | None) -> bool:
    """Do contact lines (招商电话：, 信箱：) follow, right below or below one further heading-like
    block? No article opens with one (none of the corpus's 13,260 bodies), so the heading-like
    lines above them sign off the body: an advertiser's name and address, a reader column's
    topic line. The regex is asked first: most blocks are followed by no contact line at all."""
    if next_block is None:
        return False
    return _opens_with_contact_line(next_block) \
        or (_opens_with_contact_line(next_block.following) and is_heading_block(next_block))


VERSE_LINE = 12  # characters, its closing mark included: 龟作雷公蛇舞火，
VERSE_RUN = 3  # verse lines above a block that would read as a verse line too
VERSE_ENDS = ("，", "。", "！", "？", "；", "、")


def _verse_text(line: Line) -> bool:
    """A poem's line as text: short, closed by a clause's or a sentence's mark."""
    text = non_space_chars(line.text)
    return 0 < len(text) <= VERSE_LINE and text.endswith(VERSE_ENDS)


def _a_verse_line_among_verses(previous_body: list[Line], block: Block, next_block: Block | None) -> bool:
    """Is a one-line block ending with a mark (休欺我！) a line of the poem around it? Each of a
    poem's lines is a paragraph of its own: a heading-like block among them, with verse lines
    above and a verse line below, is verse. A headline ends on no clause's mark and is followed
    by a body that fills its column."""
    if len(block.lines) != 1 or next_block is None or next_block.kind != "text" \
            or len(previous_body) < VERSE_RUN:
        return False
    lines = [*previous_body[-VERSE_RUN:], block.lines[0], next_block.lines[0]]
    if not all(map(_verse_text, lines)):
        return False  # the body's column is measured only around lines that read as verse
    column = column_width(previous_body)
    return all(line.set_width < column - 1 for line in lines)  # each short of the body's column


def _same_column_below(block: Block, next_block: Block, column: float) -> bool:
    """Does the body a block would continue run on below in the same column (用法治保障制度优势充分
    发挥（思想纵横） fills a column of 18, but the text below is set 24 wide: a new article)? Below
    several lines, two lines must show the column, as a headline cut in two may match it by chance
    (人民日报新媒体“为鄂下单” | 带货直播单场销售额超2亿元 over a 12-cell body, one line of a 24-cell
    body below). Below one line, fewer than four lines show their column only roughly (a
    paragraph's first line is indented, a line ending a sentence stops short, a short body's own
    column is read roughly), so only a column far off the body's is another
    (中国政府决定向非洲三国派遣抗疫医疗专家组, 20 cells, over two lines of a 14-cell column cut off
    by a blank line)."""
    if len(block.lines) == 1 and len(next_block.lines) < 4:
        filled = [line for line in next_block.lines[:-1] if line.text.rstrip()[-1:] not in HANGING]
        return not filled or abs(column_width(filled) - column) <= NARROWER_COLUMN + PARAGRAPH_INDENT
    return len(next_block.lines) > 1 and abs(column_width(next_block.lines[:-1]) - column) <= 2


def _headline_over_dash_subtitle(block: Block, next_block: Block | None) -> bool:
    """A headline and its dash subtitle right above the next article's dateline or byline, in
    one block or with a blank line between them (致敬武汉人民 | ——一个援鄂护士的内心独白)."""
    if next_block is None:
        return False
    if _dash_subtitled(block):
        below = next_block
    elif next_block.kind == "text" and _dash_subtitle(next_block.texts[0]):
        below = next_block.following
    else:
        return False
    return _opens_an_article(below)


def _dash_subtitled(block: Block) -> bool:
    """A headline, then a subtitle that opens with a dash (致敬武汉人民 | ——一个援鄂护士的内心独白)."""
    texts = [text.strip() for text in block.texts]
    return len(texts) >= 2 and not texts[0].startswith("—") and _dash_subtitle(texts[-1])


def _dash_subtitle(text: str) -> bool:
    """A line that opens a subtitle with a dash and holds more than it (not a kicker's dash
    wrapped alone, nor a quotation's dash wrapped to the line's start: ——”“麦库——”)."""
    rest = text.strip().lstrip("—")
    return text.startswith("——") and bool(rest) and rest[0] not in HANGING


# ---------------------------------------------------------------------------------------------
# 4. Items
# ---------------------------------------------------------------------------------------------


@dataclass
class _Draft:
    item: Item
    body_lines: list[Line] = field(default_factory=list)  # blank lines kept as paragraph hints
    heading_blocks: list[Block] = field(default_factory=list)
    adjacent_bylines: list[Block] = field(default_factory=list)
    at_part_top: bool = False  # a continued part whose body so far is heading-like or unfinished
    handed_on: str = ""  # why the heading's last blocks went to the next body, for explain
    deck: Block | None = None  # the page's last block, below its last heading: that heading's deck

    @property
    def body_lines_only(self) -> list[Line]:
        return [line for line in self.body_lines if line.kind != "blank"]


def _note(draft: _Draft, block: Block, why: list[str]) -> None:
    """Say, for ``newsetl explain``, why the rules read ``block`` otherwise than it looks (if they did)."""
    if why:
        draft.item.edge_notes.append(EdgeNote(block.lines[0].no, non_space_chars("".join(block.texts)), tuple(why)))


def _confirming_layout(current: _Draft | None, block: Block, blocks: list[Block], index: int) -> str | None:
    """The first layout rule that confirms a block heading-like but for a comma, by its name for
    ``newsetl explain``; None where none does."""
    rules = (
        ("set across the columns", lambda: _set_across_columns(current, block, blocks, index)),
        ("above a photo report", lambda: _above_photo_report(current, block, blocks, index)),
        ("stands short of both columns", lambda: _stands_short_of_columns(current, block, blocks, index)),
        ("wide lines set apart", lambda: _wide_lines_set_apart(current, block)),
        ("short lines set apart", lambda: _short_lines_set_apart(current, block, blocks, index)),
        ("cut in two below a heading", lambda: _cut_in_two_below_heading(current, block, blocks, index)),
        ("wrapped in a heading's type", lambda: _wrapped_in_heading_type(current, block, blocks, index)),
        ("wrapped short of the column below", lambda: _wrapped_short_of_column_below(current, block, blocks, index)),
        ("opens a dash subtitle below its headline", lambda: _opens_dash_subtitle_below_headline(current, block)),
        # …（本报布鲁塞尔6月18日电） | 呼吁—— | 采取…，消除…
        ("below an article closed for good", lambda: _below_article_closed_for_good(current, block, blocks, index)),
    )
    return next((name for name, confirms in rules if confirms()), None)


def _next_body_opening(block: Block, blocks: list[Block], index: int) -> str | None:
    """The first rule that reads a heading-like block right below a heading as the opening of the
    next body, by its note for ``newsetl explain``; None where none does."""
    rules = (
        # 中华人民共和国主席令 | 第四十五号 below a heading: the next body opens
        ("a decree's title below a heading opens the next body", lambda: _opens_a_decree(block)),
        # 北京海淀区的中关村图 | 书大厦开设了建在书店 | blank | 内的博物馆，并开展“…
        ("a paragraph's first lines, cut off by a blank line: each fills the column below",
         lambda: _lines_cut_off_above_paragraph(block, blocks, index)),
        # 欧盟委员会近期发布了 | blank | “2030年生物多样性战…
        ("a paragraph's first line, cut off above a quotation: it fills the column below and its verb runs on",
         lambda: _line_cut_off_above_quotation(block, blocks, index)),
    )
    return next((why for why, reads in rules if reads()), None)


def assemble_items(lines: list[Line], style: HouseStyle = DEFAULT_STYLE) -> list[Item]:
    blocks = build_blocks(lines)
    drafts: list[_Draft] = []
    current: _Draft | None = None
    byline_stack: list[Block] = []
    displaced: list[Block] = []  # stacked bylines waiting for the article they belong to
    continuation: str | None = None  # （上接第一版） seen: the next body continues an article
    for index, block in enumerate(blocks):
        next_block = block.following
        if block.kind == "jump":
            text = remove_typesetting_spaces(block.texts[0])
            if _jumps_away(block) and current is not None:
                current.item.jump = text
            else:
                continuation = text
            continue
        if block.kind == "byline":
            photo = None
            if _is_photo_byline(block) and current is not None and current.body_lines:
                photo = _make_photo(current, block, drafts)
            if photo is not None:
                current = photo
                continue
            byline_stack.append(block)
            continue
        # below a byline a new article begins: headings come after a body, so a heading-like
        # block here opens the body (a pull quote, a lead-in), unless nothing follows it
        opens_after_byline = bool(byline_stack) and next_block is not None and next_block.kind == "text"
        below_kicker_dash = current is not None and bool(current.heading_blocks) \
            and current.heading_blocks[-1].texts[-1].rstrip().endswith("——")  # 外交部发言人——
        heading_like = is_heading_block(block, next_block, confirmed=below_kicker_dash)
        why: list[str] = []  # the rules below that read the block otherwise than it looks, for explain
        carried: list[Block] = []  # heading blocks below a column's label, handed to the body this block opens
        if not heading_like and is_heading_block(block, next_block, confirmed=True):
            # heading-like but for a comma that asks for confirmation: the layout may give it
            confirmed_by = _confirming_layout(current, block, blocks, index)
            heading_like = confirmed_by is not None
            if heading_like:
                why.append(f"heading-like but for a comma, confirmed by its layout ({confirmed_by})")
        # right below （上接第一版） the continued part begins: a part has no headline of its own,
        # so heading-like blocks at its top are subheadings of its body
        part_top = continuation is not None or (current is not None and current.at_part_top)
        heading = heading_like and not opens_after_byline and not part_top
        if heading_like and opens_after_byline:
            why.append("below a byline a body begins, and this opens it")
        elif heading_like and part_top:
            why.append("at the top of a continued part, which has no headline of its own")
        if heading and current is None and drafts and not masthead_like(block.texts):
            heading = False  # below the page's furniture, short lines open the first body (2020南京创新周)
            why.append("below the page's furniture, short lines open the first body")
        if heading and current is not None and not current.heading_blocks and _opens_on_dash(block):
            heading = False  # ——央视网: a quotation's source; no heading group opens with a dash
            why.append("a quotation's source: no heading group opens with a dash")
        opening = _next_body_opening(block, blocks, index) if heading and current is not None \
            and current.heading_blocks else None
        if opening is not None:
            heading = False
            why.append(opening)
        if current is not None and current.heading_blocks and _dated_note(block):
            if not heading:
                why.append("a dated note below a heading is its subtitle")
            heading = True  # （2020年5月28日第十三届全国人民代表大会第三次会议通过）: a law's subtitle
        if heading and current is not None and current.body_lines and _headings_then_jump(next_block) \
                and (current.heading_blocks or not _closed_for_good(current.body_lines_only)) \
                and not (current.heading_blocks and _opens_on_dash(block)):
            heading = False  # …要有组织实施之能 | （下转第二版）: the part's last subheading; its headline follows
            why.append("above the jump line, the continued part's last subheading; its headline follows elsewhere")
        if heading and current is not None and current.body_lines and not current.heading_blocks \
                and current.item.jump is None:  # a part ending in （下转…） stops mid-sentence
            # the page's last block, or the block above a photo's caption, if no comma makes it
            # read as a sentence, is its article's headline: a body ends a sentence before its
            # headline, or goes on elsewhere (（下转…）), and a picture stands between articles
            # (…因材施教 above 近日，工人们在田间抢收早稻，… | ■摄影 …)
            last_headline = _page_end_or_picture(next_block) \
                and not has_punct_outside_quotes("".join(block.texts), "，,、")
            # a caption never runs on below its photographer's credit: the title follows there
            if not last_headline and current.item.kind != "photo" \
                    and _continues(current.body_lines_only, block, next_block):
                heading = False
                why.append("it continues the body's unfinished sentence above")
        if heading and current is not None and current.heading_blocks and (
                current.item.kind == "photo" or _closed_by_dash_subtitle(current.heading_blocks)
                or _adoption_note(current.heading_blocks[-1])):
            # a photo's title is one block (抢收早稻 | 中华人民共和国主席令 opens the next body), and
            # a subtitle opening with a dash is the last unit (——访… | “树高千尺根深在沃土，…”), as
            # is an adoption note (（…主席团第一次会议推选） | 主席团（174人，按姓名笔划为序）)
            heading = False
            why.append("the heading group above is closed (a photo's title, a dash subtitle or an adoption note)")
        if heading:
            label = _overflowing_label(current)
            if label is not None:  # a fourth unit: the group closed at its column label
                opened = _open_with(current.heading_blocks[label + 1 :] + [block])
                del current.heading_blocks[label + 1 :]
                current = opened
                drafts.append(current)
                why.append("a fourth unit below a column's label: it opens the next body with the blocks after the label")
                holder = current
            elif current is not None and (current.body_lines or current.item.kind == "photo"):
                _fold_exclaiming_headings(current)
                current.heading_blocks.append(block)
                holder = current
            else:
                holder = _furniture(block)
                drafts.append(holder)
            _note(holder, block, why)
            continue
        if current is not None and current.heading_blocks and not byline_stack:
            if (next_block is None or next_block.kind == "byline") and _deck_shaped(block) \
                    and _fits_a_heading_group(_heading_group_texts(current.heading_blocks + [block])):
                # the page's last heading, then its deck; or a deck above the next article's
                # byline, which stands above that article's body, so no body runs between. Not
                # above its lead: in a column of briefs a brief's title stands above its 本报电, and
                # taken for a deck it cost more headings than it mended. A deck too long for a
                # heading group would push the headline above it out into the body
                current.heading_blocks.append(block)
                _note(current, block, why + ["a deck below the heading: the page's last, or above the next byline"])
                continue
            if _page_end_or_picture(next_block) and _ends_no_sentence(block):
                # the page's last heading, then its deck, however long or wide: headings follow
                # their bodies, so a page ends on a heading, and text below it that ends no
                # sentence opens no body (…赢得国际社会的普遍赞誉 under 患难见真情 共同抗疫情;
                # 2020.6.23—24 under a fair's name). Four lines as wide as a body's are no unit the
                # heading readings were fitted on: the deck stands apart from the group, its
                # subtitle (_with_deck). A picture stands between articles as the page's end
                # does, so the same holds above a photo's caption
                current.deck = block
                _note(current, block, why + ["the deck of the heading above: text ending no sentence at the page's end or above a picture"])
                continue
        if current is not None and current.heading_blocks and not block.caption \
                and _subheading_inside(current, blocks, index, byline_stack) \
                and not _kicker_dash_heading_of_body_above(current, blocks, index):
            label = _label_above_last_block(current)
            if label is None:
                _fold_headings_into_body(current, "body text below runs on in the same column: a subheading inside the article")
            else:  # 蓄积不畏难的攻坚 | 精神（人民论坛） | 在广东广州市石牌村社区 | blank | 入口处的通道，…
                carried = current.heading_blocks[label + 1 :]
                del current.heading_blocks[label + 1 :]
                why.append("the heading group closed at its column's label: the blocks below it open the body")
        if current is not None and current.heading_blocks and not byline_stack and continuation is None \
                and (_date_line(block) or _closing_note(block)):
            # 中国房地产业协会 / 2020年3月26日: who signed a notice, and when; a credit closes a body,
            # so the heading-like lines above it were body (——复旦大学党委书记…上说 / （本报记者…整理）);
            # below （上接…） it closes the continued part, not the item above the jump line
            _fold_headings_into_body(current, "a date line or closing note below closes the body, so this was body")
        opens_item = (
            current is None
            or (block.starts_with_lead and not _second_dispatch(current))
            or (_continued_part(current) and (_opens_article(block) or _column_changes(current, blocks, index)
                                              or _closed_by_note(current.body_lines_only)))
            or bool(current.heading_blocks)
            or bool(byline_stack)
            or continuation is not None
        )
        if opens_item:
            current = _open_with(carried) if carried else _Draft(Item("article", block.lines[0].no))
            current.item.jump = continuation
            if carried and block.blank_before:
                current.body_lines.append(Line(block.lines[0].no - 1, "", "blank"))
            continuation = None
            drafts.append(current)
            if byline_stack:
                displaced.extend(byline_stack[:-1])
                current.adjacent_bylines.append(byline_stack[-1])
                byline_stack = []
            if block.starts_with_lead:
                _take_lead(current, block)
        elif block.blank_before:
            current.body_lines.append(Line(block.lines[0].no - 1, "", "blank"))
        current.body_lines.extend(block.lines)
        current.at_part_top = part_top and (heading_like or not finished(block.texts))
        _note(current, block, why)
    displaced.extend(byline_stack)  # bylines after the last article
    _hand_titles_to_next_bodies(drafts)
    for draft in drafts:
        _attach_bylines(draft)
    _assign_displaced(drafts, displaced)
    return [_finish(draft, style) for draft in drafts]


NEXT_TITLE_REPEATED_BELOW = 0.5  # share of the block's character bigrams the next body's opening repeats
NEXT_TITLE_REPEATED_ABOVE = 0.2  # … and at most this share in its own article's body
NEXT_BODY_OPENING = 300  # characters of the next body read


def _hand_titles_to_next_bodies(drafts: list[_Draft]) -> None:
    """A heading's last blocks that the next body's opening repeats, and its own article's body
    hardly does, are the next body's title lines, not a subtitle: a brief's or an advertorial's
    (`全国婴童用品标准化工作组成立` above `本报电 日前，…批准成立了全国婴童用品标准化工作组`,
    `云米5G loT开启全屋智能化新生活` above `…云米科技召开线上…`, `国际劳工组织——` |
    `全球超过1/6青年因新冠肺炎疫情停止工作` above `国际劳工组织近日发布报告称…`). A subtitle
    restates its own article, printed above it. The blocks move to the top of the next body.
    Never a dated note (a law's subtitle, which the next law repeats), a column-labelled block,
    blocks opening with a dash subtitle, or blocks below a kicker's dash, which a headline must
    follow."""
    for draft, following in pairwise(drafts):
        if draft.item.kind != "article" or following.item.kind != "article" or len(draft.heading_blocks) < 2 \
                or not following.body_lines:
            continue
        if _letter_title_above_next_body(draft.heading_blocks[-1], following):
            _hand_on(draft, following, len(draft.heading_blocks) - 1,
                     "; a letter's title opens the next body, above the letter")
            continue
        if len(draft.heading_blocks) > 2 and _letter_title_over_salutation(*draft.heading_blocks[-2:]):
            # the salutation stood apart, heading-like (…全体职工：, a colon as a kicker's)
            _hand_on(draft, following, len(draft.heading_blocks) - 2,
                     "; a letter's title and salutation open the next body")
            continue
        below = char_bigrams(_body_text(following)[:NEXT_BODY_OPENING])
        own = char_bigrams(_body_text(draft))
        # a brief under the digest's own 本报电 restates its title whatever the article above
        # shares with it (2019年度收单外包服务机构评级等级发布 under 银行理财，别让人看不懂（财经观）)
        bound_above = 1.0 if following.item.lead == DIGEST_DISPATCH else NEXT_TITLE_REPEATED_ABOVE
        for start in range(1, len(draft.heading_blocks)):  # the most blocks first: a brief's kicker and headline
            blocks = draft.heading_blocks[start:]
            if _only_a_heading_holds(draft.heading_blocks, start):
                continue
            unit = non_space_chars("".join("".join(block.texts) for block in blocks))
            repeated_below, repeated_above = bigram_share(unit, below), bigram_share(unit, own)
            if repeated_below >= NEXT_TITLE_REPEATED_BELOW and repeated_above < bound_above:
                _hand_on(draft, following, start, f"; {unit} opens the next body, which repeats "
                                                  f"{repeated_below:.0%} of it (this article {repeated_above:.0%})")
                break


def _body_text(draft: _Draft) -> str:
    """The draft's body so far as one string, spaces removed: what its headings are read against."""
    return non_space_chars("".join(line.text for line in draft.body_lines_only))


def _hand_on(draft: _Draft, following: _Draft, start: int, note: str) -> None:
    """Move the heading blocks from ``start`` on to the top of the next body."""
    blocks = draft.heading_blocks[start:]
    draft.handed_on = note
    del draft.heading_blocks[start:]
    if following.item.lead:  # a lead opens a body: below a title it is text again (…发布 | 本报电 中国…)
        _return_lead_to_text(following)
    following.body_lines[:0] = [line for block in blocks
                                for line in block.lines + [Line(block.lines[-1].no + 1, "", "blank")]]
    following.item.line_start = blocks[0].lines[0].no


def _return_lead_to_text(draft: _Draft) -> None:
    """Put the draft's lead back in front of its first body line, where it was printed (a line of
    its own where the lead filled its lines)."""
    first = next((i for i, line in enumerate(draft.body_lines) if line.kind != "blank"), None)
    if first is None:
        draft.body_lines.insert(0, Line(draft.item.line_start, draft.item.lead, "text"))
    else:
        line = draft.body_lines[first]
        draft.body_lines[first] = Line(line.no, f"{draft.item.lead} {line.text}", line.kind, line.width)
    draft.item.lead = None


LETTER_TITLE_RE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:信|电|书)$")  # 回信, 贺信, 贺电, 倡议书
SALUTATION_RE = re.compile(r"^[^。！？：]{2,40}：$")  # 袁隆平、钟南山、叶培建等25位同志：


def _letter_title_above_next_body(block: Block, following: _Draft) -> bool:
    """A letter's title (回 信, 贺信) at the foot of a heading group opens the next body, where it
    was printed above the letter: the corpus opens 9 bodies so, 8 of them above the salutation
    (…同志：) and one above the greeting (值此哈尔滨工业大学建校100周年之际，…), and no kicker or
    subtitle is such a title. Not above a lead: a dispatch opens its own body."""
    return _letter_title(block) and bool(following.body_lines_only) and not following.item.lead


def _letter_title_over_salutation(title: Block, salutation: Block) -> bool:
    """A letter's title block (回 信) above a salutation block (郑州圆方集团全体职工：)."""
    return _letter_title(title) and bool(SALUTATION_RE.match(non_space_chars("".join(salutation.texts))))


def _letter_title(block: Block) -> bool:
    """A block of one line that is a letter's title: 回 信, 贺电, 倡议书."""
    return len(block.lines) == 1 and bool(LETTER_TITLE_RE.match(non_space_chars(block.texts[0])))


def _only_a_heading_holds(heading_blocks: list[Block], start: int) -> bool:
    """Do the heading's blocks from ``start`` on hold what no body's opening does: a headline
    below a kicker's dash, a subtitle opening with a dash, a dated note, a column's label?"""
    blocks = heading_blocks[start:]
    return heading_blocks[start - 1].texts[-1].rstrip().endswith("——") or _dash_subtitle(blocks[0].texts[0].strip()) \
        or any(_dated_note(block) or _column_labelled(block) for block in blocks)


SET_ACROSS_MARGIN = 2  # cells: punctuation squeezed by the typesetter (？”……) lets a body line run long
COLUMN_SHOWN_BY = 3  # lines of a body, at least, before its column is read from them
# a heading block with a comma: kicker, headline and subtitle, each wrapped once (第二十二次中国—欧盟
# 领导人会晤将举行 | 习近平主席将以视频方式会见欧 | 洲理事会主席、… | 李克强总理… | 席、…: five lines,
# set across a 12-cell body; at 4 lines it went unconfirmed and was lost)
SET_ACROSS_MAX_LINES = 6


def _set_across_columns(current: _Draft | None, block: Block, blocks: list[Block], index: int) -> bool:
    """A line wider than the body column above it and than the text below is set across
    columns, as headlines are: it confirms a heading with a comma (``截至今年5月底，全军定点帮扶的
    4100个贫困村`` | ``全部脱贫`` above a 16-cell column). Below a heading block only the text below
    counts (``国际奥委会召开执行委员会会议`` | ``未来3个奥运会怎么办，有了答案``, 15 cells over an
    11-cell body): the body above is closed. Elsewhere the body above is read as the exclamation
    fold reads it (:func:`_set_across_body`)."""
    if current is None or not current.body_lines or block.kind != "text" or len(block.lines) > SET_ACROSS_MAX_LINES:
        return False
    widest = max(line.set_width for line in block.lines)
    below = _following_width(blocks, index + 1)
    if current.heading_blocks and below is not None and len(blocks[index + 1].lines) >= 2:
        # a one-line block below (可参与体验。, a paragraph's tail) shows no column
        return widest > below + SET_ACROSS_MARGIN
    return _set_across_body(block, current.body_lines_only) and (below is None or widest > below + SET_ACROSS_MARGIN)


SHORT_OF_BODY = 2  # cells short of the body columns around it (2 over 4: headline exact +0.07 / +0.04 / +0.09 point, seeds 7 / 11 / 13)


def _finished_body_above(current: _Draft | None, block: Block) -> list[Line] | None:
    """The body above ``block``, where the block may be set apart from it as a heading by its
    widths: a body of two lines or more that ends a sentence and has no heading yet (below a
    heading, a short line with a comma may open the next body as well), and a block no taller
    than a heading group. None elsewhere."""
    if current is None or not current.body_lines or current.heading_blocks or len(block.lines) > SET_ACROSS_MAX_LINES:
        return None
    body = current.body_lines_only
    return body if len(body) >= 2 and finished([line.text for line in body]) else None


def _stands_short_of_columns(current: _Draft | None, block: Block, blocks: list[Block], index: int) -> bool:
    """Between a finished sentence and the text below, a block whose last line stops well short
    of both body columns and of any sentence end is a heading: a paragraph broken by a blank
    line breaks at a full line (…踏过千山万水的中津、中非友好合作关系，…开启新的征程！ |
    携手抗疫，书写中津友谊新篇章 | 在意大利，每天有…)."""
    body = _finished_body_above(current, block)
    last = block.lines[-1]
    if body is None or not _bare_end(last.text):
        return False
    below = _following_width(blocks, index + 1)
    if below is None or _indented_first_line_alone(current, block, blocks, index, below):
        return False
    return last.set_width < min(column_width(body), below) - SHORT_OF_BODY


def _page_end_or_picture(next_block: Block | None) -> bool:
    """Is the block below the page's end or a photo's caption? A picture stands between articles
    as the page's end does, so an article ends on its heading (and deck) above either."""
    return next_block is None or next_block.caption


def _below_article_closed_for_good(current: _Draft | None, block: Block, blocks: list[Block], index: int) -> bool:
    """Is the block the first below a body that a dated dispatch note or its designer's credit
    closes for good (:func:`_closed_for_good`), and does it not run in the column of the text
    below it, as the opening of a paragraph cut off by a blank line would? Headings follow their
    bodies, so it is that body's heading (联合国人权理事会举行紧急会议呼吁—— | 采取切实行动，消除种族主义
    below （本报布鲁塞尔6月18日电）, over a picture's wider caption)."""
    if current is None or current.heading_blocks or not _closed_for_good(current.body_lines_only):
        return False
    running = block.lines[:-1] or block.lines  # the lines a paragraph fills its column with
    return not _as_wide_as_column_below(running, blocks, index + 1)


def _wide_lines_set_apart(current: _Draft | None, block: Block) -> bool:
    """Below a finished sentence, a block set wider than the body above with a line that stops
    well short of its widest, above another line, is no paragraph, whose lines fill their column
    but the last: each line is set on its own, as heading units are (全国人民代表大会财政经济委员会 |
    依法开展二〇二〇年计划、预算审查工作, 15 and 18 cells below a 12-cell body)."""
    body = _finished_body_above(current, block) if len(block.lines) >= 2 else None
    if body is None:
        return False
    widest = max(line.set_width for line in block.lines)
    if widest <= column_width(body) + SET_ACROSS_MARGIN:
        return False
    return _line_short_above_another(block, widest)


def _short_lines_set_apart(current: _Draft | None, block: Block, blocks: list[Block], index: int) -> bool:
    """Below a finished sentence, a block of two lines or more, none ending a sentence, every
    one stopping a cell or more short of the body's column above and one stopping well short of
    the block's widest above another line: a paragraph's lines fill their column but the last, so
    each line is set on its own, as heading units are (全国安全生产专项整治三年行动扎实推进 |
    一些地区、部门仍存在实施方案内部空转的情况, 18 and 21 cells below a 23-cell body). Not where the
    text below is set as wide as the block's widest line: the next article's paragraphs may be."""
    body = _finished_body_above(current, block) if len(block.lines) >= 2 else None
    if body is None or not all(_bare_end(line.text) for line in block.lines):
        return False
    widest, below = max(line.set_width for line in block.lines), _following_width(blocks, index + 1)
    if widest > column_width(body) - 1 or below is not None and abs(widest - below) <= SET_ACROSS_MARGIN:
        return False
    return _line_short_above_another(block, widest)


def _line_short_above_another(block: Block, widest: float) -> bool:
    """Does a line of the block stop well short of its ``widest``, with a line below it, as no
    paragraph's line does (喜看保亭变 | “宝亭” under a 20-cell kicker)? Not above a number run,
    which did not fit on it (…现券成交 | 21.7万亿元，…: a paragraph's)."""
    return any(upper.set_width < widest - SHORT_OF_BODY and not LATIN_RUN_RE.match(lower.text)
               for upper, lower in zip(block.lines, block.lines[1:]))


def _indented_first_line_alone(current: _Draft, block: Block, blocks: list[Block], index: int, below: float) -> bool:
    """Where paragraphs open indented, is the block a lone line as wide as a paragraph's first
    line, cut off from the rest by a blank line? It stops an indent short of the column above or
    of the one below, half a cell more for a half-width digit (据介绍，预计2日部分城市出城道路和通往,
    18.5 cells, between blank lines in a 21-cell body: the paragraph runs on in 景区道路仍会…)."""
    if len(block.lines) != 1:
        return False
    if not (_indented(_body_runs(current.body_lines)) or _indented(_following_runs(blocks, index + 1))):
        return False
    width = block.lines[0].set_width
    return any(column - PARAGRAPH_INDENT - 0.5 <= width <= column - PARAGRAPH_INDENT
               for column in (_body_column(current), below))


def _cut_in_two_below_heading(current: _Draft | None, block: Block, blocks: list[Block], index: int) -> bool:
    """Below a heading block, two lines of one width, both short of the column below and
    ending on no punctuation, are a headline cut in two (全国人民代表大会财政经济委员会 |
    依法开展二〇二〇年 | 计划、预算审查工作): the next body's first paragraph would fill a line of
    its column."""
    if current is None or not current.heading_blocks or len(block.lines) != 2 or not _bare_end(block.lines[-1].text):
        return False
    first, second = (line.set_width for line in block.lines)
    below = _following_width(blocks, index + 1)
    return below is not None and _cut_evenly(first, second) and first < below - SHORT_OF_BODY


def _wrapped_in_heading_type(current: _Draft | None, block: Block, blocks: list[Block], index: int) -> bool:
    """A block wrapped deep inside a word well short of the body's column (全国安全生产专项整 |
    治三年行动扎实推进 above a 20-cell body) is set in a heading's larger type: body text only
    wraps at its column. Its lines but the last must stop short of the column below too: a block
    that fills the column below is that text's first paragraph (…合 | 作的力量 above a 13-cell
    body; 中国朋友始终支持非洲， | 非中合作是非洲发展的重要动 | 力之一 above an indented one)."""
    if current is None or not current.body_lines or len(block.lines) > SET_ACROSS_MAX_LINES \
            or not _wrapped_in_narrower_column([block], column_width(current.body_lines_only)):
        return False
    below = _following_width(blocks, index + 1)
    return below is None or all(line.set_width < below - NARROWER_COLUMN for line in block.lines[:-1])


def _wrapped_short_of_column_below(current: _Draft | None, block: Block, blocks: list[Block], index: int) -> bool:
    """Below a heading block, a block ending on no sentence's end whose lines all stop well short
    of the column below is no paragraph of that body, whose lines fill their column but the
    last: it is set in a heading's own measure (通过援企稳岗、刺激消费等对冲疫情影响， | 加快行业恢复振兴,
    19 and 8 cells above a 22-cell body). Not where the body below opens its paragraphs
    indented, nor where a number run that did not fit opens the next line; and a block whose
    last line fills the column is a paragraph cut off by a blank line (5月10日，云上福建展馆以“福 |
    来福往”为主题，亮相云上中国自主, an indented first line and a full one), and one whose last line
    is a writer's name a section's signed title (背起 95岁老人，一步步转移 | 许 东).

    One line alone may stop just :data:`NARROWER_COLUMN` short (靠它，天气预报更靠谱, 10 cells above
    a 12-cell body): a paragraph of one line ends a sentence, and a paragraph's first line cut off
    by a blank line fills the column. Not on a page that indents its paragraphs
    (:func:`_page_indents`), where a first line stops two cells short, nor above a quotation,
    before which a blank line often cuts a paragraph (近日，天津滨海新区中阳里社区推出 | blank |
    “绿地认领计划”，…, read against a column measured partly on the next article's lines)."""
    if current is None or not current.heading_blocks or len(block.lines) > SET_ACROSS_MAX_LINES \
            or not _bare_end(block.lines[-1].text) or _signed(block.texts[-1]):
        return False
    runs = _following_runs(blocks, index + 1)
    below = _following_width(blocks, index + 1, runs)
    if below is None or _indented(runs):
        return False
    if len(block.lines) == 1:
        return block.lines[0].set_width <= below - NARROWER_COLUMN and not _opens_quotation(block.following) \
            and not _page_indents(blocks)
    return all(line.set_width < below - NARROWER_COLUMN for line in block.lines) \
        and not any(LATIN_RUN_RE.match(line.text.lstrip()) for line in block.lines[1:])


def _page_indents(blocks: list[Block]) -> bool:
    """Does the page open its paragraphs indented? More text blocks of three lines or more open on
    a line two cells short of the block's widest inner line than on one as wide."""
    indented = flush = 0
    for block in blocks:
        if block.kind == "text" and len(block.lines) >= 3:
            short = max(line.set_width for line in block.lines[1:-1]) - block.lines[0].set_width
            indented += abs(short - PARAGRAPH_INDENT) <= 0.5
            flush += abs(short) <= 0.5
    return indented > flush


def _opens_quotation(block: Block | None) -> bool:
    """Does the text block open with a quotation mark, as a paragraph cut off by the blank line
    set before a quotation goes on (近日，天津滨海新区中阳里社区推出 | blank | “绿地认领计划”，…)?"""
    return block is not None and block.kind == "text" and block.texts[0].lstrip().startswith("“")


# jieba's parts of speech of a word that waits for its object: a verb (要求) or 了 (发布了); not a
# verbal noun (vn: 胜利, 发展, 建设), which ends many headings (夺取…专项斗争全面胜利)
RUNNING_ON_TAGS = frozenset({"v", "ul"})


def _line_cut_off_above_quotation(block: Block, blocks: list[Block], index: int) -> bool:
    """Is a heading-like line below a heading the first line of the next body's paragraph, cut
    off by the blank line set before a quotation (欧盟委员会近期发布了 | blank | “2030年生物多样性战…)?
    It fills the column below, as a paragraph's lines do, and ends on a verb or 了 that waits for
    its object. A subtitle as wide as that column that ends on anything else (将在被巡视单位工作2个
    月左右 above a paragraph opening with “) stays a subtitle."""
    if _dash_subtitle(block.texts[0].strip()):
        return False  # ——中国节日文化“两创”启示: a dash opens a subtitle, never a paragraph
    below_block = block.following
    if len(block.lines) != 1 or not _bare_end(block.lines[0].text) \
            or not _opens_quotation(below_block):
        return False
    if not _as_wide_as_column_below(block.lines, blocks, index + 1):
        return False
    words = pos_words(non_space_chars(block.texts[0])[-6:])
    return bool(words) and words[-1].flag in RUNNING_ON_TAGS


def _lines_cut_off_above_paragraph(block: Block, blocks: list[Block], index: int) -> bool:
    """Is a heading-like block of two lines or more below a heading the first lines of the next
    body's paragraph, cut off by a blank line (北京海淀区的中关村图 | 书大厦开设了建在书店 | blank |
    内的博物馆，并开展“…, a photo's caption)? Every line of it fills the column below, as a
    paragraph's lines do but its last; a heading unit wrapped at its own column ends on a shorter
    line. Not above a lead, which opens an article: a headline cut near its middle may match the
    next article's column by chance (加快制造业转型升级 提高生态环境治 | 理成效坚定不移推动经济高质量
    发展 above 本报香港6月3日电（记者连锦添、陈 …)."""
    below_block = block.following
    if len(block.lines) < 2 or below_block is None or below_block.kind != "text" or below_block.starts_with_lead:
        return False
    return _as_wide_as_column_below(block.lines, blocks, index + 1)


def _as_wide_as_column_below(lines: list[Line], blocks: list[Block], index: int) -> bool:
    """Is every one of ``lines`` as wide as the column of the body text starting at
    ``blocks[index]`` (:func:`_following_width`), as a paragraph's lines are, within half a cell?
    False where too few lines below show the column."""
    below = _following_width(blocks, index)
    return below is not None and all(abs(line.set_width - below) <= 0.5 for line in lines)


def _cut_evenly(above: float, below: float) -> bool:
    """Two set widths of a unit broken near its middle: the first line as wide as the second or
    one cell wider."""
    return 0 <= above - below <= 1


def _bare_end(text: str) -> bool:
    """Does the line end on a character or a closing bracket, without sentence punctuation?"""
    tail = text.strip()[-1:]
    return bool(tail) and (tail.isalnum() or tail in "）)》")


def _closed_by_dash_subtitle(heading_blocks: list[Block]) -> bool:
    """Does the heading group end with a subtitle that opens with a dash, below a headline? It
    may wrap, within its block (——访柬埔寨人民党中央委员、中央外委会第 | 一副主席索斯亚拉)."""
    texts = _group_texts(heading_blocks)
    start = _dash_subtitle_start(texts)
    return start is not None and start >= len(texts) - len(heading_blocks[-1].lines)


def _group_texts(heading_blocks: list[Block]) -> list[str]:
    return [text.strip() for block in heading_blocks for text in block.texts]


def _dash_subtitle_start(texts: list[str]) -> int | None:
    """The last line below the first that opens a subtitle with a dash, if any."""
    return next((k for k in range(len(texts) - 1, 0, -1) if _dash_subtitle(texts[k])), None)


def _opens_dash_subtitle_below_headline(current: _Draft | None, block: Block) -> bool:
    """Does a subtitle opening with a dash start in ``block``, below its headline in the same
    block or in the heading blocks gathered above it (高质量高标准建设海南自由贸易港 | blank |
    ——访海南省委书记、省人大常委会主任刘赐贵)? A dash subtitle already gathered is the last unit."""
    blocks = [*(current.heading_blocks if current is not None else []), block]
    return _closed_by_dash_subtitle(blocks) and _subtitle_block_below_headline(blocks)


def _subtitle_block_below_headline(heading_blocks: list[Block]) -> bool:
    """Does the heading group close with a subtitle opening with a dash, below a headline? Not
    below a quotation (“…” | ——习近平: a quote and its speaker), a question or a colon, and not
    a short answer (怎么带动更多人？ | ——全村搞直播): none of People's Daily's 974 dash subtitles
    sits below a headline ending in ？ or ：, one is as short as eight characters; 48 of the 66
    such pairs inside its bodies are one or the other."""
    texts = _group_texts(heading_blocks)
    start = _dash_subtitle_start(texts)
    if start is None:
        return False
    above, subtitle = non_space_chars("".join(texts[:start])), non_space_chars("".join(texts[start:]))
    return len(subtitle) > SHORT_DASH_LINE and not above.endswith(("？", "?", "：", ":")) \
        and not (above.startswith(("“", "「")) and above.endswith(("”", "」")))


SHORT_DASH_LINE = 8  # characters, dashes included


DECK_SHORT_OF_COLUMN = 2  # cells


def _deck_shaped(block: Block) -> bool:
    """Is the block shaped as a heading's deck: a subtitle of a sentence or two that stops without
    a full stop (…也见证了中国与世界守望相助、合作抗疫的担当), its last line short of its column? The
    callers take it for one where no body can start below a heading (the page's end, the next
    article's byline just below): the deck's full stops, which keep it from reading as a
    heading, do not make it one either."""
    texts = block.texts
    return _ends_no_sentence(block) and len(texts) >= 2 \
        and display_width(texts[-1]) <= _deck_column(block.lines) - DECK_SHORT_OF_COLUMN


def _ends_no_sentence(block: Block) -> bool:
    """Is it a text block, no lead or caption, that stops short of a sentence's end, on no comma,
    with its quotes closed, as a deck does and the last block of a body does not?"""
    texts = block.texts
    return block.kind == "text" and not block.starts_with_lead and not block.caption \
        and not finished(texts) and texts[-1].rstrip()[-1] not in CONTINUING_END \
        and quotes_balanced("".join(texts))


def _deck_column(lines: list[Line]) -> float:
    """A deck's column: where its lines end in a comma that hangs past the column, the body's
    reading (:func:`column_width`) has only the last line to go by, so the widest line above it,
    less the mark hanging, bounds it from below."""
    return max(column_width(lines), max(line.width for line in lines[:-1]) - 1)


DECREE_TITLE_RE = re.compile(r"^[\u4e00-\u9fff]{2,20}令$")  # 中华人民共和国主席令, 国务院令
DECREE_NUMBER_RE = re.compile(r"^第[一二三四五六七八九十百千零〇\d]+号$")


def _opens_a_decree(block: Block) -> bool:
    """A decree's title above its number: it opens the body of 27 People's Daily articles and is
    the heading of 2 (中华人民共和国主席令 | 第四十四号), which follow the decree's text, not
    another heading."""
    following = block.following
    return DECREE_TITLE_RE.match(non_space_chars("".join(block.texts))) is not None \
        and following is not None and following.kind == "text" \
        and DECREE_NUMBER_RE.match(non_space_chars("".join(following.texts))) is not None


def _closing_note(block: Block) -> bool:
    return block.kind == "text" and bool(CLOSING_NOTE_RE.match(non_space_chars("".join(block.texts))))


def _closed_by_note(body: list[Line]) -> bool:
    """Does the body end with a note or credit that closes an article: a dispatch's or
    interviewer's note (（新华社北京5月30日电）, （本报记者…整理）, （本报记者万秀斌、程焕）), a
    photographer's credit (金 伟摄（影像中国）) or a graphic's source (数据来源：…, wrapped or not)?
    It ends a continued part: what follows is the next article, though it opens with no lead. Not
    an author's note (（作者为…）), a writer's credit out of brackets (本报记者 刘成友整理) or an
    agency's (新华社发): a compilation closes each contribution or picture with one, and goes on."""
    if not body:
        return False
    last = non_space_chars(body[-1].text)
    tail = non_space_chars("".join(line.text for line in body[-2:]))  # a source wraps: 数据来源：… | …厅
    return CLOSING_NOTE_RE.match(last) is not None or DISPATCH_NOTE_RE.match(last) is not None \
        or _ends_on_photo_credit([line.text for line in body[-2:]]) \
        or (CREDIT_TAIL_RE.search(tail) is not None and len(tail) <= 50)


def _date_line(block: Block) -> bool:
    """A signature's date, alone on its first line (2020年6月19日, perhaps with 附件 below it)."""
    return block.kind == "text" and bool(DATE_LINE_RE.match(non_space_chars(block.texts[0])))


def _opens_article(block: Block) -> bool:
    """核心阅读 and the like open an article's body."""
    return block.kind == "text" and _opening_label(block.texts[0])


def _opening_label(text: str) -> bool:
    return non_space_chars(text).rstrip("：:") in OPENING_LABELS


def _continued_part(current: _Draft) -> bool:
    """A part continued from another page (（上接第一版）) has no headline of its own to close
    it, so only a label that opens an article tells where the next one starts."""
    target = jump_target(current.item.jump) if current.item.jump else None
    return bool(current.body_lines) and target is not None and target[0] == "from"


COLUMN_CHANGE = 2  # cells: a continued part and the next article set in different columns (2 over 3: jumps stitched +0.8 point, seed 7)


def _column_changes(current: _Draft, blocks: list[Block], index: int) -> bool:
    """Below a finished sentence, is the text from ``blocks[index]`` on set in a column at least
    ``COLUMN_CHANGE`` cells wider or narrower than the continued part above? Then it is the next
    article (…的心声。 in a 24-cell part | 进入6月，南方发生持续强降雨 in 18 cells)."""
    body = current.body_lines_only
    if len(body) < 4 or not finished([line.text for line in body]):
        return False
    runs, below_runs = _body_runs(current.body_lines), _following_runs(blocks, index)
    above, below = _runs_column(runs), _runs_column(below_runs)
    # where paragraphs are indented, a short paragraph's column is read two cells off as easily
    change = COLUMN_CHANGE + 1 if _indented(runs) or _indented(below_runs) else COLUMN_CHANGE
    return above is not None and below is not None and abs(above - below) >= change


def _closes_with_dated_note(texts: list[str]) -> bool:
    """A title whose last lines are its adoption note: …秘书长、副秘书长名单 | （2020年5月19日…通过）."""
    return dated_note_start(texts) is not None


def _dated_note(block: Block) -> bool:
    return block.kind == "text" and bool(DATED_NOTE_RE.match(non_space_chars("".join(block.texts))))


def _adoption_note(block: Block | None) -> bool:
    """A dated note set apart below a title (（2020年5月21日…主席团第一次会议决定）), not an
    author's note closing a body (（作者为2019年度…获得者）)."""
    return block is not None and _dated_note(block) and not AUTHOR_NOTE_RE.search("".join(block.texts))


def _second_dispatch(current: _Draft) -> bool:
    """A dateline below an article body that has no headline yet is a second dispatch in the
    same article (headlines come after their body, so a finished article has its headline)."""
    return current.item.kind == "article" and bool(current.body_lines) and not current.heading_blocks \
        and current.item.jump is None


def _subheading_inside(current: _Draft, blocks: list[Block], index: int, byline_stack: list[Block]) -> bool:
    """A heading-like block followed by body text set in the same column is a subheading inside
    the article (小标题), not its headline: the next article would be set in its own column
    (``blocks[index]``: the block below the heading group)."""
    block, following_width = blocks[index], _following_width(blocks, index)
    if byline_stack or block.starts_with_lead or current.item.kind != "article" or following_width is None:
        return False
    if _opens_article(block):
        return False  # 冰球老将于柏巍 | 重拾冬奥梦 再上新赛场 above 核心阅读: the label opens the next article
    if _column_labelled(current.heading_blocks[-1]):
        return False  # 坚守平凡岗位 成就 | 不凡人生（今日谈）: a column's label closes a headline
    if _closes_a_digest(current):
        return False  # …（李 恬） | 财经短波: a digest's label closes its briefs, whatever column follows
    if _speech_kicker(current.heading_blocks):
        return False  # 胡春华强调 | 切实做好防汛抗旱夺丰收工作: a speech report's kicker, no section's title
    if _subtitle_block_below_headline(current.heading_blocks):
        return False  # 始终同人民群众想 | 在一起干在一起 | ——习近平总书记重要讲话…: an article's subtitle
    body = current.body_lines_only
    if _ends_on_dated_dispatch_note(body):
        return False  # …（本报布鲁塞尔 6月 21 | 日电） | 欧洲多国进入“边 | 恢复边防疫”阶段: the note closed the article
    if _ends_on_picture_credit([line.text for line in body[-2:]]):
        # 李 彬摄（人民视觉） | 绿染山川 生态富民, 新华社发 | 图片报道: a credit closes a picture story,
        # and its title follows; in People's Daily no short paragraph without a full stop follows one
        return False
    column = _body_column(current)
    # short of an indented first line too, where the body opens its paragraphs indented (李斌参加
    # 中共界委员小组讨 | 论, 13 cells in a 15-cell column); not below a kicker's dash, which a
    # headline follows or a section's text (减税降费为…积极作用——): _kicker_dash_heading_of_body_above reads those
    if _short_dispatch(current) and _wrapped_short_of_column(current.heading_blocks, column - _paragraph_indent(current)) \
            and not _holds_kickers_dash(current.heading_blocks, last_too=True) \
            and not _heads_the_text_below(current, blocks, index):
        return False  # 新华社莫斯科6月4日电 … | 俄外交部：其他国家 | 不要干涉香港事务: the dispatch's headline
    if any(line.set_width > column + 0.5 for b in current.heading_blocks for line in b.lines):
        return False  # wider than the column: set across columns, as headlines are, not inside one
    if _wrapped_in_narrower_column(current.heading_blocks, column):
        return False  # 同心奔小康 奋进新时 | 代: wrapped short of the body's column, in a heading's type
    if any(_kicker_over_headline_cut_in_two(b, column) for b in current.heading_blocks):
        return False  # 数字经济为发展注入活力 | 广州加快提升 | 经济新动能
    if all(line.set_width < column - NARROWER_COLUMN - PARAGRAPH_INDENT
           for b in current.heading_blocks for line in b.lines) and _photo_report(block):
        # 沈跃跃出席二〇二〇 | 中国儿童发展论坛 above 6月1日，湖南省衡东县… | 肖亚辉摄（人民视觉） |
        # 图片报道: a picture story is an item of its own, so the lines above it, set short of
        # the column in heading type, close the article above; a line filling the column, or
        # an indented first line's width, is more likely a paragraph's, cut off by a blank line
        return False
    return abs(column - following_width) <= 0.5


NARROWER_COLUMN = 2  # cells

# People's Daily's dispatches (本报北京5月24日电, 新华社…电) seldom head sections: 51 of its 3,621
# hold a short paragraph without a sentence end inside their body, against 3,001 of its 9,639
# other articles. Within their first 1,250 characters 139 such paragraphs stand against 3,459
# dispatches ending there; past them, 169 against 162
DISPATCH_LEAD_RE = re.compile(rf"^{_DISPATCH}")
SHORT_DISPATCH_MOST = 1250  # characters


def _wrapped_short_of_column(heading_blocks: list[Block], column: float) -> bool:
    """Do the heading lines wrap, every line stopping more than a cell short of the body's column,
    as no paragraph's lines do? A paragraph's line cut off by a blank line fills its column
    (万鄂湘参加河南团审议 | blank | 全国人大常委会副委员长万鄂湘在参加河南代表团审议 | blank | 时说，…)."""
    lines = [line for block in heading_blocks for line in block.lines]
    return len(lines) >= 2 and all(line.set_width < column - 1 for line in lines)


def _paragraph_indent(current: _Draft) -> int:
    """Cells a paragraph's first line falls short of the body's column: an indent where the body
    opens its paragraphs indented, else none."""
    return PARAGRAPH_INDENT if _indented(_body_runs(current.body_lines)) else 0


def _heads_the_text_below(current: _Draft, blocks: list[Block], index: int) -> bool:
    """Does the heading group repeat more of the text below than of the body above, as a section's
    heading does (张庆黎参加中共界委员小组讨论 above 全国政协副主席张庆黎在参加中共界委员小组讨论时说)?"""
    repeated_above, repeated_below = _repeated_above_and_below(current, blocks, index)
    return repeated_below > repeated_above


def _repeated_above_and_below(current: _Draft, blocks: list[Block], index: int) -> tuple[float, float]:
    """The shares of the heading group's character bigrams that the body above and the opening of
    the text below (from ``blocks[index]``, :func:`_text_below`) repeat."""
    group = non_space_chars("".join(_group_texts(current.heading_blocks)))
    return (bigram_share(group, char_bigrams(_body_text(current))),
            bigram_share(group, char_bigrams(_text_below(blocks, index))))


def _short_dispatch(current: _Draft) -> bool:
    """Is the article a dispatch (a dated lead, not a digest's 本报电) whose body so far is shorter
    than :data:`SHORT_DISPATCH_MOST`? A heading-like block below it is then its headline, though
    the next article happens to share its column."""
    lead = non_space_chars(current.item.lead or "")
    return DISPATCH_LEAD_RE.match(lead) is not None and not lead.startswith(DIGEST_DISPATCH) \
        and len(_body_text(current)) < SHORT_DISPATCH_MOST


def _ends_on_dated_dispatch_note(body: list[Line]) -> bool:
    """Does the body end on a dispatch's dated note, on a line of its own or wrapped over two?"""
    return _ends_on(DATED_DISPATCH_NOTE_RE, [line.text for line in body[-2:]])


def _closed_for_good(body: list[Line]) -> bool:
    """Does the body end on a dispatch's dated note or on its page designer's credit (版式设计：沈亦伶)?
    Either closes the article for good, unlike the undated notes and the writers' credits that
    close each contribution of a compilation (（本报墨西哥城电）, 讲述人：…), which goes on."""
    return _ends_on_dated_dispatch_note(body) \
        or (bool(body) and DESIGN_CREDIT_RE.match(non_space_chars(body[-1].text)) is not None)


def _closes_a_digest(current: _Draft) -> bool:
    """Is the heading group a digest's label (财经短波, 新闻速递) below briefs that print the
    digest's own ``本报电`` lead? The label is printed after the last brief, as a headline is."""
    label = non_space_chars("".join(_group_texts(current.heading_blocks)))
    return bool(DIGEST_LABEL_RE.match(label)) and (current.item.lead == DIGEST_DISPATCH or any(
        non_space_chars(line.text).startswith(DIGEST_DISPATCH) for line in current.body_lines_only))


# a kicker's dash heading group is the body's above, not a subheading, where it repeats more of
# that body than of the text below by this share of its bigrams, and at most this much of the latter
DASH_HEADING_REPEATED_ABOVE = 0.2
DASH_HEADING_REPEATED_BELOW = 0.1
DASH_KICKER_MOST = 16  # characters of a line that is a section's kicker (心系人民——)


def _kicker_dash_heading_of_body_above(current: _Draft, blocks: list[Block], index: int) -> bool:
    """Is the heading group, with a kicker's dash (古稀老人左文康—— | 与龙舟相守六十年), the
    heading of the body above, though the text below is set in the same column? A headline
    sums up the body it closes; a subheading opens the section below it. In People's Daily,
    where no short paragraph ending in a dash came before, 4 of 596 such subheading pairs inside
    bodies repeat the body above and not the 300 characters below by these shares, against 661
    of 826 kicker-dash headings read against the next article's opening. An article whose
    sections are headed so (心系人民—— | “…” above, 造福人民—— | “…” here) keeps them."""
    if not _holds_kickers_dash(current.heading_blocks):
        return False
    if any(_section_kicker(line.text) for line in current.body_lines_only):
        return False
    repeated_above, repeated_below = _repeated_above_and_below(current, blocks, index)
    return repeated_below <= DASH_HEADING_REPEATED_BELOW \
        and repeated_above - repeated_below >= DASH_HEADING_REPEATED_ABOVE


def _holds_kickers_dash(heading_blocks: list[Block], last_too: bool = False) -> bool:
    """Does a line of the heading group, not its last (``last_too``: or its last), end on a
    kicker's dash? A line may end on half the dash, the other half opening the next (…复工复产— | —)."""
    texts = _group_texts(heading_blocks)
    return any(non_space_chars("".join(texts[:k])).endswith("——") for k in range(1, len(texts) + last_too))


def _section_kicker(text: str) -> bool:
    text = non_space_chars(text)
    return text.endswith("——") and len(text) <= DASH_KICKER_MOST


def _text_below(blocks: list[Block], index: int, characters: int = NEXT_BODY_OPENING) -> str:
    """The first ``characters`` of the text from ``blocks[index]`` on, up to a byline or the
    next lead, spaces removed."""
    text = ""
    for block in blocks[index:]:
        if block.kind != "text" or (block.starts_with_lead and block is not blocks[index]) or len(text) >= characters:
            break
        text += non_space_chars("".join(block.texts))
    return text[:characters]


def _body_column(current: _Draft) -> float:
    """The column of the body above, read as the text below is: where its paragraphs open
    indented, from the lines inside them, as a short body holds too few full lines for
    :func:`column_width` to see the indent (新华社北京5月22日电 全国政协领导同 | 志 22日分别在…
    first lines of 17 cells under a 19-cell column)."""
    runs = _body_runs(current.body_lines)
    return _inner_column(runs) if _indented(runs) else column_width(current.body_lines_only)


def _kicker_over_headline_cut_in_two(block: Block, column: float) -> bool:
    """Three or more heading lines in one block, all short of the body's column, the last two
    cut evenly (数字经济为发展注入活力 | 广州加快提升 | 经济新动能): a kicker over a headline in
    larger type, broken near its middle, as a subheading set in the body's type is not. A
    section heading signed by its writer (… | 本报记者 倪 弋) is the body's own."""
    if len(block.lines) < 3 or _signed(block.texts[-1]):
        return False
    *_, above, last = (line.set_width for line in block.lines)
    return all(line.set_width < column - NARROWER_COLUMN for line in block.lines) and _cut_evenly(above, last)


def _signed(text: str) -> bool:
    """A writer's name under a subheading (一张“身份证” | 引资兴业奔小康 | 本报记者 倪 弋, or
    梁 樑): a section of the article, signed."""
    text = text.strip()
    return re.search(ROLE_RE, text) is not None or (len(text.split()) > 1 and NAMES_ONLY_RE.match(text) is not None)


def _wrapped_in_narrower_column(heading_blocks: list[Block], column: float) -> bool:
    """Do heading lines twice run on into the next line mid-word while they stop short of the
    body's column? Headline type is larger than body type, so a headline wraps in fewer
    characters (the sample: 我市部署打击治理电信 | 网络新型违法犯罪工作, 10 cells over a 19-cell
    body); a subheading set inside the body wraps at the body's column. Once is not enough,
    unless the break tears a word jieba holds strongly (确保贫 | 困人口, costing 12.9 nats) on a
    line short of the column by more than an indent (a digest entry's title wraps where an
    indented first line does, …先行指数环比上 | 升) or cut near its middle, as no paragraph's
    lines are (a block of two lines, “冷战活化石”兜 | 售的都是什么货色, 8 and 8 cells over an
    11-cell body; a paragraph's lines fall as short where number runs did not fit): jieba finds
    words across true unit ends (赴布基纳法索专家组 | 长达8小时的交流会 holds 组长, 0.6)."""
    wraps = [(above, below, len(block.lines)) for block in heading_blocks
             for above, below in zip(block.lines, block.lines[1:])
             if above.set_width < column - NARROWER_COLUMN
             and breaks_word(non_space_chars(above.text), non_space_chars(below.text))]
    return len(wraps) >= 2 or any(
        (above.set_width < column - NARROWER_COLUMN - PARAGRAPH_INDENT  # short of an indented first line too
         or lines == 2 and _cut_evenly(above.set_width, below.set_width))
        and word_break_cost(non_space_chars(above.text), non_space_chars(below.text)) >= MID_WORD_COST
        for above, below, lines in wraps)


# the verbs a speech report's kicker ends on (胡春华强调, 李克强在…时强调): 226 People's Daily kickers
# do, and no paragraph but a quotation's source (——习近平总书记…时指出)
SPEECH_KICKER_ENDS = ("强调", "指出")


def _speech_kicker(blocks: list[Block]) -> bool:
    """Does a line of the heading group, above its last, end on a speech report's verb? Not one
    the next line opens on a dash to (习近平总书记强调 | ——), which introduces the quotation below
    it in a feature's section as often as it is a kicker, and the dash's rules read."""
    texts = [non_space_chars(text) for block in blocks for text in block.texts]
    return any(text.endswith(SPEECH_KICKER_ENDS) and not text.startswith("——") and not below.startswith("——")
               for text, below in pairwise(texts))


def _column_labelled(block: Block) -> bool:
    """Does the block end with a column's label (（今日谈）, （人民论坛）)? Not a body's own label
    (（记者手记）), a speaker's office (应勇代表（湖北省委书记）) or an attribution (——赵郁代表（…）)."""
    texts = [text.strip() for text in block.texts]
    label = COLUMN_LABEL_END_RE.search(join_wrapped(texts))
    if label is None or _dash_subtitle(texts[0]):
        return False
    label_text = non_space_chars(label.group())
    inner = label_text[re.search(r"[（(]", label_text).end() : -1]  # inside the outer brackets
    return inner not in BODY_LABELS and not inner.endswith(TITLE_WORDS)


def _following_width(blocks: list[Block], index: int, runs: list[list[Line]] | None = None) -> float | None:
    """Column width of the body text starting at ``blocks[index]``, from two full lines; None
    when there are too few to tell. A part that a jump line closes may hold one (各专业课要找到
    “角色”干出特 | 色 above 专业课程教学是课程思政的最主 | 要依托。 | （下转第二版）: a subheading in
    the body's column, not a headline). ``runs``: :func:`_following_runs` of the same index, where
    the caller has read them already."""
    runs = _following_runs(blocks, index) if runs is None else runs
    after = index + len(runs)
    closed_by_jump = after < len(blocks) and _jumps_away(blocks[after])
    return _runs_column(runs, minimum=1 if closed_by_jump else 2)


def _following_runs(blocks: list[Block], index: int, enough: int = 10) -> list[list[Line]]:
    """The lines of the next few text blocks from ``blocks[index]``: ten full lines, because a
    line holding digits or Latin letters may fall half a cell short of the column. A photo
    caption is set to the photo's width, not the body's: the lines stop above it."""
    runs: list[list[Line]] = []
    full = 0  # counted as the runs come: recounting them made a page of 3,000 one-line blocks cubic
    for block in blocks[index:]:
        if block.kind != "text" or block.caption or (block.starts_with_lead and block is not blocks[index]):
            break
        runs.append(block.lines)
        full += len(_full_lines([block.lines]))
        if full >= enough or _photo_credit(block):
            break
    return runs


def _photo_credit(block: Block) -> bool:
    """吕文正摄（人民视觉）, on a line of its own or wrapped over two: a picture's credit, closing a
    picture story or sitting under a picture; the text below it may be the next article's, set
    in another column."""
    return len(block.lines) <= 2 and _is_photo_credit(block.texts)


def _is_photo_credit(texts: list[str]) -> bool:
    return PHOTO_CREDIT_RE.match(non_space_chars("".join(texts))) is not None


def _ends_on_photo_credit(texts: list[str]) -> bool:
    """Do the lines end on a picture's credit, on a line of its own or wrapped over two
    (摄影报 | 道（人民视觉）)?"""
    return _ends_on(PHOTO_CREDIT_RE, texts)


def _ends_on_picture_credit(texts: list[str]) -> bool:
    """Do the lines end on a photographer's credit or another picture's (新华社发, 勾犇图 卜 | 拉文)?"""
    return _ends_on_photo_credit(texts) or _ends_on(PICTURE_SOURCE_RE, texts)


def _ends_on(pattern: re.Pattern, texts: list[str]) -> bool:
    """Does ``pattern`` match the last line, or the last two read as one (a note or credit
    wrapped: （本报布鲁塞尔 6月 21 | 日电）, 摄影报 | 道（人民视觉）)?"""
    return any(pattern.match(non_space_chars("".join(texts[-k:]))) for k in (1, 2) if len(texts) >= k)


def _full_lines(runs: list[list[Line]]) -> list[Line]:
    """All but the last line of each run: the lines that run on, so fill the column."""
    return [line for run in runs for line in run[:-1]]


def _runs_column(runs: list[list[Line]], minimum: int = 2) -> float | None:
    """The column of runs of body lines (blocks, or a body's lines between blank lines), from
    their full lines: all but the last of each run. Where the paper indents its paragraphs, the
    first lines fall two cells short, and the inner lines give the column."""
    if _indented(runs):
        return _inner_column(runs)
    full = _full_lines(runs)
    return column_width(full) if len(full) >= minimum else None


def _inner_column(runs: list[list[Line]]) -> float:
    """The column of indented runs, from their full lines but the first of each, which fall two
    cells short."""
    firsts = {id(run[0]) for run in runs}
    return column_width([line for line in _full_lines(runs) if id(line) not in firsts])


def _indented(runs: list[list[Line]]) -> bool:
    """Do the runs' first lines fall two cells short of their inner lines (a paper that indents
    its paragraphs)?"""
    full = _full_lines(runs)
    firsts = {id(run[0]) for run in runs if len(run) > 1}
    inner = [line for line in full if id(line) not in firsts]
    first_lines = [line for line in full if id(line) in firsts]
    return len(inner) >= 2 and bool(first_lines) \
        and abs(column_width(first_lines) + PARAGRAPH_INDENT - column_width(inner)) <= 0.5


def _body_runs(body: list[Line]) -> list[list[Line]]:
    """A body's lines cut at its blank lines."""
    runs: list[list[Line]] = [[]]
    for line in body:
        if line.kind == "blank":
            runs.append([])
        else:
            runs[-1].append(line)
    return [run for run in runs if run]


def _fold_headings_into_body(draft: _Draft, why: str) -> None:
    while draft.heading_blocks:
        _heading_block_to_body(draft, why)


NAMED_OFFICE_RE = re.compile(r"^[\u4e00-\u9fff·]{2,4}[（(][^）)]+[）)]$")  # 周飞亚（本报记者）: a name and office


def _label_above_last_block(current: _Draft) -> int | None:
    """The last heading block above the group's last that a column's label closes (not a named
    office's bracket), if any: a label closes its headline (4,030 of People's Daily's 4,530
    labelled headlines stand alone, 423 above a dash subtitle), so heading-like blocks below
    it, set in the column of the body below, open that body."""
    labelled = [k for k, block in enumerate(current.heading_blocks[:-1])
                if _column_labelled(block) and not NAMED_OFFICE_RE.match(non_space_chars("".join(block.texts)))]
    return labelled[-1] if labelled else None


def _overflowing_label(current: _Draft | None) -> int | None:
    """A heading group that already holds its three blocks and gets another, with a column's
    label closing one before its last (代表委员热议决战脱贫攻坚 | 坚定必胜信心 一定如期打赢（决胜
    全面小康） | 国铁集团董事长陆东福代表 | 稳投资重在有效投资): the blocks after the label open
    the next body, a composite report's speaker and their words. Where the label closes the
    group's last block (a subtitle may follow), or the group has room, nothing changes."""
    if current is None or len(current.heading_blocks) < MAX_HEADING_BLOCKS:
        return None
    return _label_above_last_block(current)


def _open_with(blocks: list[Block]) -> _Draft:
    """A new article whose body opens with ``blocks``, taken from the heading group above."""
    draft = _Draft(Item("article", blocks[0].lines[0].no))
    for k, block in enumerate(blocks):
        if k and block.blank_before:
            draft.body_lines.append(Line(block.lines[0].no - 1, "", "blank"))
        draft.body_lines.extend(block.lines)
    return draft


def _heading_block_to_body(draft: _Draft, why: str) -> None:
    """The first heading block was body text after all: a paragraph set off by blank lines."""
    block = draft.heading_blocks.pop(0)
    _note(draft, block, [f"read as body after all: {why}"])
    draft.body_lines.append(Line(block.lines[0].no - 1, "", "blank"))
    draft.body_lines.extend(block.lines)
    draft.body_lines.append(Line(block.lines[-1].no + 1, "", "blank"))


def _is_photo_byline(block: Block) -> bool:
    return bool(re.match(rf"^[{BYLINE_MARKERS}]?\s*(?:{_SPACED('摄影')}|摄)", block.texts[0]))


def _make_photo(current: _Draft, byline: Block, drafts: list[_Draft]) -> _Draft | None:
    """The text right above a photo byline is the photo's caption; returns the photo item.

    The caption either opened an item of its own (it followed a headline) or was read as the
    last paragraph of the article above; in the second case it is split off.
    """
    if current.heading_blocks:
        return None
    caption_start = _last_paragraph_start(current.body_lines)
    if caption_start == 0:
        if current.item.lead is not None or current.adjacent_bylines or current.item.jump is not None:
            return None
        # one paragraph with neither lead nor byline: the caption below a headline (a continued
        # article has no heading either, and an article with no lead may run on for pages: both
        # have finished paragraphs above the caption, and the caption is split off them)
        current.item.kind = "photo"
        current.adjacent_bylines.append(byline)
        return current
    caption = current.body_lines[caption_start:]
    current.body_lines = current.body_lines[:caption_start]
    photo = _Draft(Item("photo", caption[0].no), body_lines=caption)
    photo.adjacent_bylines.append(byline)
    drafts.append(photo)
    return photo


def _last_paragraph_start(body: list[Line]) -> int:
    """Where the last paragraph that follows a finished one, or text set in another column,
    starts; the lines above the blank are read together, as a credit may run over them
    (``数据来源：中共东莞市委`` | ``宣传部``)."""
    for i in range(len(body) - 1, 0, -1):
        if body[i].kind == "blank" and (finished(_paragraph_tail(body[:i])) or _column_changes_at(body, i)):
            return i + 1
    return 0


def _column_changes_at(body: list[Line], blank: int) -> bool:
    """Are the lines either side of the blank line set in columns more than two cells apart? A
    paragraph broken by a blank line keeps its column, so a caption (14 cells) is no part of the
    unfinished text above it (a heading's 21-cell deck, ``…分享了他们的抗疫故事`` | ``和感受``).
    Below, the lines that run on show the column; above, every line, as a paragraph broken by a
    blank line breaks at a full one."""
    start, end = blank, blank + 1
    while start > 0 and body[start - 1].kind != "blank":
        start -= 1
    while end < len(body) and body[end].kind != "blank":
        end += 1
    above, below = body[start:blank], body[blank + 1 : end]
    if len(above) < 2 or len(below) < 2:
        return False
    return abs(column_width(above) - column_width(below[:-1])) > NARROWER_COLUMN


def _paragraph_tail(body: list[Line], most: int = 4) -> list[str]:
    """The texts of the last few lines of ``body`` back to its last blank line."""
    texts: list[str] = []
    for line in reversed(body):
        if line.kind == "blank" or len(texts) == most:
            break
        texts.insert(0, line.text)
    return texts


# What page furniture holds: the paper's name, the page and its section, the editor, the date
MASTHEAD_RE = re.compile(r"第[一二三四五六七八九十\d]+版|[A-Z]?\d{1,2}版|编辑|报$|报\s|日报|晚报|时报|客户端|星期[一二三四五六日天]|版面")


def masthead_like(texts: list[str]) -> bool:
    """Do the lines read as page furniture (``人民日报 第一版``, ``综合 责任编辑 林瑗``,
    ``平湖发布 今平湖客户端``) rather than the opening of the page's first body?"""
    return MASTHEAD_RE.search(" ".join(texts)) is not None


def _furniture(block: Block) -> _Draft:
    draft = _Draft(Item("other", block.lines[0].no, line_end=block.lines[-1].no))
    draft.item.paragraphs = [" ".join(" ".join(block.texts).split())]
    return draft


def _take_lead(draft: _Draft, block: Block) -> None:
    """Move the dateline (``本报讯``, ``本报桂林6月13日电（记者张贺、李纵）``) out of the body; a
    dateline may wrap onto the next lines."""
    match = LEAD_RE.match("".join(non_space_chars(line.text) for line in block.lines[:4]))
    assert match is not None
    line_no = block.lines[0].no
    draft.item.lead = match.group(0)
    remaining = len(match.group(0))
    kept: list[Line] = []
    for line in block.lines:
        text = line.text
        i = 0
        while i < len(text) and remaining:
            remaining -= not text[i].isspace()
            i += 1
        if i == 0:
            kept.append(line)  # below the dateline: printed as it stands
        elif text[i:].strip():
            kept.append(Line(line.no, text[i:].strip(), "text", line.width))
    block.lines[:] = kept
    if match.group(2):
        draft.item.bylines.extend(parse_byline_entries(match.group(2), line_no))


MAX_HEADING_BLOCKS = 3  # kicker, headline, subtitle: each may stand apart


# the exclamation rule, as explain and the harness name it wherever it folds a block
EXCLAMATION_ENDS_GROUP = "an exclamation or question ends a heading group only as its last block"


def _keep_last_heading_blocks(draft: _Draft) -> None:
    """A heading group is at most three blocks and MAX_HEADING_BLOCK lines, an exclamation or
    question ends a heading group only as its last block, and no group opens with a ——
    signature; anything before belongs to the body (a run of short exclaiming paragraphs
    closing a speech, ——编者, say)."""
    fold = _through_last_exclamation(draft.heading_blocks[:-1], draft.body_lines_only)
    while draft.heading_blocks and draft.heading_blocks[0].texts[0].startswith("——"):
        _heading_block_to_body(draft, "no heading group opens with a —— signature")
        fold -= 1
    while len(draft.heading_blocks) > 1:
        if fold > 0:
            why = EXCLAMATION_ENDS_GROUP
        elif len(draft.heading_blocks) > MAX_HEADING_BLOCKS:
            why = f"a heading group holds at most {MAX_HEADING_BLOCKS} blocks"
        elif not _fits_a_heading_group(_heading_group_texts(draft.heading_blocks)):
            why = "too many lines for one heading group"
        else:
            break
        fold -= 1
        _heading_block_to_body(draft, why)


def _fold_exclaiming_headings(draft: _Draft) -> None:
    """Another heading block is coming: blocks up to one ending in ！ or ？ are body after all
    (an exclamation ends a heading group only as its last block), so the rules that weigh the
    body's column see these lines in it."""
    for _ in range(_through_last_exclamation(draft.heading_blocks, draft.body_lines_only)):
        _heading_block_to_body(draft, f"another heading block follows, and {EXCLAMATION_ENDS_GROUP}")


def _through_last_exclamation(blocks: list[Block], body: list[Line]) -> int:
    """How many blocks, from the first, run through the last one ending in ！ or ？ (0: none).
    A block set wider than the column of the ``body`` above is no paragraph of that body, however
    it ends: a kicker asking its questions across the columns (中小企业复工复产，哪些问题须关注？
    哪些行业待帮扶？, 26 cells over a 15-cell column)."""
    exclaiming = [i for i, b in enumerate(blocks)
                  if b.texts[-1].rstrip("”’").endswith(EXCLAIMING_ENDS) and not _set_across_body(b, body)]
    return exclaiming[-1] + 1 if exclaiming else 0


def _set_across_body(block: Block, body: list[Line]) -> bool:
    """Is a line of ``block`` set wider than the column of ``body`` and than any of its lines, by
    more than the punctuation a typesetter squeezes in? Only a body of a few lines shows its
    column: below a two-line lead (本报讯 6月15 日，北 | 京书市落下帷幕。, its first line
    indented) the next paragraph's lines are as wide as the column, wider than both; and where
    paragraphs open indented, the lines that end in a character may all be first lines, two
    cells short of the column that a line ending in …… shows (出示健康码……)."""
    if len(body) < COLUMN_SHOWN_BY:
        return False
    column = max(column_width(body), max(line.set_width for line in body))
    return max(line.set_width for line in block.lines) > column + SET_ACROSS_MARGIN


def _heading_group_texts(blocks: list[Block]) -> list[str]:
    """The lines of a heading group, but for a closing adoption note: a law's note runs to a
    dozen lines (（1995年10月30日…通过 …第二次修订）) below a one-line title that must stay."""
    closing_note = len(blocks) > 1 and _dated_note(blocks[-1])
    return [text for block in (blocks[:-1] if closing_note else blocks) for text in block.texts]


def _breaks_on_space(above: Line, line: Line) -> bool:
    """Does the break between two lines of a heading block fall on a phrase space, left at the
    head of the line (浙江上虞抓重大项目建设 | ␣推动经济高质量发展) or at the end of the line above
    (黄鹤楼下␣ | 直播带货)? No kicker, headline or subtitle opens or ends on a space, so the break
    wraps one unit."""
    return line.raw[:1].isspace() or above.raw[-1:].isspace()


def _finish(draft: _Draft, style: HouseStyle) -> Item:
    item = draft.item
    if item.kind == "other":
        return item
    _keep_last_heading_blocks(draft)
    item.paragraphs = build_paragraphs(draft.body_lines)
    item.heading_lines = [HeadingLine(line.text, block.blank_before and k == 0, k > 0 and _breaks_on_space(block.lines[k - 1], line))
                          for block in draft.heading_blocks for k, line in enumerate(block.lines)]
    opening = _opening_paragraphs(item.paragraphs)
    decision = decide_heading(item.heading_lines, style=style, lead=opening[0] if opening else "", opening=opening)
    item.kicker, item.headline, item.subtitle = _with_deck((decision.kicker, decision.headline, decision.subtitle),
                                                           draft.deck)
    item.heading_confidence = decision.confidence if draft.heading_blocks else 0.0
    item.heading_explanation = decision.explanation + draft.handed_on
    item.heading_alternative = decision.alternative and _with_deck(decision.alternative, draft.deck)
    if draft.deck is not None:
        item.heading_explanation += "; the page's last block, below this heading, is its deck"
    last_lines = [b.lines[-1].no for b in draft.heading_blocks + ([draft.deck] if draft.deck else [])] + [
        line.no for line in draft.body_lines
    ]
    item.line_end = max(last_lines, default=item.line_start)
    return item


def _opening_paragraphs(paragraphs: list[str]) -> list[str]:
    """The paragraphs that open the article's text, from the first one below a label that opens
    a body (核心阅读, 内容提要): the label says nothing of the heading, the summary below it does."""
    start = 0
    while start < len(paragraphs) and _opening_label(paragraphs[start]):
        start += 1
    return paragraphs[start:]


def _with_deck(roles: Roles, deck: Block | None) -> Roles:
    """A reading of the heading group with the page's closing deck below it (``_Draft.deck``)
    as the subtitle: a group read as headline and subtitle is then a kicker and headline."""
    if deck is None:
        return roles
    kicker, headline, subtitle = roles
    deck_text = join_wrapped(deck.texts)
    if subtitle is None:
        return kicker, headline, deck_text
    if kicker is None:
        return headline, subtitle, deck_text
    return kicker, headline, join_wrapped([subtitle, deck_text])


# ---------------------------------------------------------------------------------------------
# Bylines
# ---------------------------------------------------------------------------------------------


def parse_byline_entries(text: str, line_no: int) -> list[Byline]:
    """``■记 者 杨昊玥 通讯员 徐佳丽`` → [杨昊玥/记者, 徐佳丽/通讯员]."""
    text = text.strip().lstrip(BYLINE_MARKERS).strip("（）() ")
    entries: list[Byline] = []
    for match in BYLINE_ENTRY_RE.finditer(text):
        role = ROLE_ALIASES.get(non_space_chars(match.group(1)), non_space_chars(match.group(1)))
        for name in split_names(match.group(2)):
            entries.append(Byline(name=name, role=role, line_no=line_no))
    return entries


def split_names(names: str) -> list[str]:
    """Split a run of names; single characters spread by justification are rejoined."""
    tokens = [t for t in re.split(r"[\s、，,]+", names) if t]
    result: list[str] = []
    singles: list[str] = []
    for token in tokens + [""]:
        if len(token) == 1:
            singles.append(token)
            continue
        if singles:
            result.extend(_group_single_chars(singles, result))
            singles = []
        if token:
            result.append(token)
    return result


def _group_single_chars(chars: list[str], previous: list[str]) -> list[str]:
    if len(chars) == 1:
        if previous and len(previous[-1]) <= 2:  # 张\n丹燕 split across lines: 张 + 丹燕
            previous[-1] += chars[0]
            return []
        return chars
    groups, i = [], 0
    while i < len(chars):
        size = 3 if len(chars) - i in (3, 5) else 2
        groups.append("".join(chars[i : i + size]))
        i += size
    return groups


def _assign_displaced(drafts: list[_Draft], displaced: list[Block]) -> None:
    """Bylines stacked above another article's byline belong to a nearby article without one.

    The nearest following article with no byline of its own takes the displaced byline closest
    to it (the most recent); one that finds no such article stays with the article it sits
    above (or the last article, or a furniture item when there is none), inferred with a lower
    confidence.
    """
    articles = [d for d in drafts if d.item.kind == "article"]
    remaining = sorted(displaced, key=lambda block: block.lines[0].no)
    pending: list[tuple[Block, _Draft]] = []  # (byline, the article it sits above)
    for draft in articles:
        while remaining and remaining[0].lines[-1].no < draft.item.line_start:
            pending.append((remaining.pop(0), draft))
        if not draft.adjacent_bylines and not draft.item.bylines and pending:
            _add_bylines(draft, pending.pop()[0], "inferred", 0.7)
    leftovers = pending + [(block, articles[-1] if articles else None) for block in remaining]
    for block, above in leftovers:
        if above is None:
            above = _Draft(Item("other", block.lines[0].no, line_end=block.lines[-1].no))
            drafts.append(above)
        _add_bylines(above, block, "inferred", 0.4)


def _add_bylines(draft: _Draft, block: Block, assignment: str, confidence: float) -> None:
    draft.item.byline_text.extend(remove_typesetting_spaces(text) for text in block.texts)
    for entry in parse_byline_entries(" ".join(block.texts), block.lines[0].no):
        entry.assignment, entry.confidence = assignment, confidence
        draft.item.bylines.append(entry)


def _attach_bylines(draft: _Draft) -> None:
    for block in draft.adjacent_bylines:
        _add_bylines(draft, block, "adjacent", 1.0)


# ---------------------------------------------------------------------------------------------
# 6. Paragraphs
# ---------------------------------------------------------------------------------------------


def build_paragraphs(body: list[Line]) -> list[str]:
    """Rejoin hard wraps; a paragraph ends at a finished sentence followed by a blank line or
    on a line shorter than the column; a short line standing alone is a paragraph too, and so
    is text above a blank line that closes a paragraph without a full stop
    (``_closes_paragraph``), and a line that leaves a cell of the column empty although the
    next line's first character would have fitted there (``_stops_short``)."""
    text_lines = [line for line in body if line.kind != "blank"]
    width = column_width(text_lines)
    # where paragraphs open at the margin or two cells in, one empty cell ends a paragraph; where
    # that cannot be told, an indented first line may leave two, so a paragraph's end must leave three
    opening = _paragraph_opening(text_lines, width)
    empty_cells = 1 if opening else 1 + PARAGRAPH_INDENT
    paragraphs: list[str] = []
    current: list[str] = []
    for i, line in enumerate(body):
        if line.kind == "blank":
            continue
        if current and line.text.startswith(BULLETS):  # ●提升县城公共设施和服务能力: a list entry or subheading
            paragraphs.append(join_wrapped(current))
            current = []
        current.append(line.text)
        set_off = i + 1 == len(body) or body[i + 1].kind == "blank"  # a blank line (or the body's end) below
        short = line.width < width - 1.5
        # a lone line well short of the column, set off by a blank line, is a paragraph of its
        # own even without punctuation (a subheading, a signature)
        alone = len(current) == 1 and line.width < width - 3 and set_off
        # a bullet's subheading stops short of the column without a full stop (●今年发展主要目标…);
        # a line closing on a comma is mid-sentence however short (real lines vary by a few cells)
        bullet_ends = short and current[0].startswith(BULLETS) and not line.text.rstrip().endswith(("，", "、", "；", ","))
        below = _next_text_line(body, i) if set_off or line.width <= width - empty_cells else None
        stops_short = _stops_short(line, below, width, empty_cells) \
            and _ends_where_it_stops(current, line, below, width, opening)
        ends = alone or bullet_ends or stops_short or (finished(current) and (set_off or short)) \
            or (set_off and _closes_paragraph(current, below, short))
        if ends and not _address_runs_on_below(body, i):
            paragraphs.append(join_wrapped(current))
            current = []
    if current:
        paragraphs.append(join_wrapped(current))
    return [p for p in paragraphs if p]


def _address_runs_on_below(body: list[Line], i: int) -> bool:
    if not body[i].text.rstrip()[-1:].isascii():  # an address breaks after a half-width character
        return False
    following = _next_text_line(body, i)
    return following is not None and _address_runs_on(body[i].text, following.text)


def _ends_where_it_stops(current: list[str], line: Line, below: Line, width: float, opening: str | None) -> bool:
    """A paragraph whose last ``line`` stops short ends there, unless it stops mid-sentence on a
    comma, or it is a lone line where paragraphs may open indented, or, where they do, it is a
    first line running on."""
    if opening == "indented" and _first_line_running_on(line, below, width, len(current) == 1):
        return False
    return finished(current) or ((len(current) > 1 or opening is not None)
                                 and not line.text.endswith(tuple(MID_SENTENCE_END)))


def _paragraph_opening(lines: list[Line], width: float) -> str | None:
    """How the body's paragraphs open, where its column is set to the cell: ``"flush"`` at the
    margin, ``"indented"`` two cells in, None where that cannot be told. Lines that follow a
    finished sentence and run on into the next line mostly open a paragraph: at least two of
    them, and more than half, fill the column or stop two cells short. No line may run past the
    column but by a hanging mark: where the typesetter squeezes punctuation to justify a line
    (the sample's 14-cell column holds lines of 13 to 16 characters), a line a cell short
    tells nothing."""
    if any(line.width > width + 0.5 and line.set_width > width + 0.5 for line in lines):  # width is cached
        return None
    ends_sentence = [is_terminal(line.text) for line in lines[:-1]]
    openings = [lines[k] for k in range(1, len(ends_sentence)) if ends_sentence[k - 1] and not ends_sentence[k]]
    for opening, opens in (("flush", lambda line: line.width >= width - 0.5),
                           ("indented", lambda line: _indented_width(line, width))):
        count = sum(1 for line in openings if opens(line))
        if count >= 2 and count * 2 > len(openings):
            return opening
    return None


def _indented_width(line: Line, width: float) -> bool:
    """Is the line two cells short of the column, as an indented first line is (a closing mark
    may hang past its end)?"""
    return abs(width - PARAGRAPH_INDENT - line.width) <= 0.5 or abs(width - PARAGRAPH_INDENT - line.set_width) <= 0.5


def _first_line_running_on(line: Line, below: Line, width: float, first: bool) -> bool:
    """Where paragraphs open indented: is ``line`` a paragraph's first line running on into the
    line below? It stops two cells short (a number run pushed down may leave it shorter still),
    or, as the ``first`` line of its paragraph, a cell short with a closing mark hanging past
    its end (a paragraph's last line one cell short may end so too); and the line below is no
    indented first line."""
    indented = line.width <= width - PARAGRAPH_INDENT + 0.5 or first and _indented_width(line, width)
    return indented and not _indented_width(below, width)


NUMBER_SPACE = 0.5  # cells: the half-width space set beside a number


def _stops_short(line: Line, below: Line | None, width: float, empty_cells: float) -> bool:
    """Does ``line`` leave ``empty_cells`` of the column empty although the first character of
    the line below would have fitted there? Then the paragraph ended. A Latin or number run
    moves down whole, so it must have fitted entire (with a space that may come before it); not
    where a closing mark follows (a typesetter pushes a character down rather than start a line
    with ，or 。). A space beside a number took room when the line was set, so it counts, and one
    may have followed a line's last digit (``月收入5000`` | ``多元。``); a line cut after a
    dateline (``本报讯 “为了向…``) is not measured."""
    if line.width > width - empty_cells or below is None or line.printed_width is not None:
        return False  # most lines fill the column: the cached width settles them
    trailing_space = NUMBER_SPACE if HALF_WIDTH_RE.match(line.text[-1]) else 0.0
    room = width - max(line.width, display_width(line.text)) - trailing_space
    following = non_space_chars(below.text)
    run = LATIN_RUN_RE.match(following)
    first = run.group() if run else following[:1]
    needed = display_width(first) + NUMBER_SPACE if run else 1.0  # a space may come before a number
    return room >= max(empty_cells, needed) and len(following) > len(first) and following[len(first)] not in HANGING


def _next_text_line(body: list[Line], index: int) -> Line | None:
    return next((line for line in body[index + 1 :] if line.kind != "blank"), None)


def _closes_paragraph(current: list[str], below: Line | None, short: bool) -> bool:
    """Text above a blank line that ends its paragraph without ending a sentence, unless it runs
    on into the line below mid-word or mid-sentence (``“我希望通过我的宣讲和我`` | blank |
    ``的经历，…``: a blank line inside a paragraph, as in the sample): a last line short of the
    column below a full one, as a paragraph's last line is (a subheading wrapped over lines,
    ``加快构建完整的内需体系，推动`` | ``形成新发展格局``), unless it stops on a comma or colon or
    leaves a quotation open; a colon introducing what follows (``全文如下：``), unless a
    quotation opens below (``他说：`` | blank | ``“……”`` is one paragraph); a closing bracket that
    closes the paragraph's own (``——杨洋委员（云南省卫健委主任）``); a paragraph that is one
    quotation (``“帮助拉美国家补齐基`` | ``础设施短板”``); a dash (``习近平总书记强调——``).
    On 1,000 generated pages, paragraphs found whole rose from 0.7904 / 0.7918 / 0.8029 to
    0.8716 / 0.8700 / 0.8778 (seeds 7 / 11 / 13); the sample's paragraphs are unchanged."""
    text = non_space_chars("".join(current))
    below_text = non_space_chars(below.text) if below is not None else ""
    if below_text and (opens_mid_sentence(below_text) or breaks_word(text, below_text)):
        return False
    if short and len(current) > 1 and not text.endswith(tuple(CONTINUING_END)) and quotes_balanced(text):
        return True  # a lone line is held to more (``alone``): a paragraph's indented first line falls short too
    if text.endswith(("：", ":")):
        return not below_text.startswith(("“", "‘", '"'))
    if text.endswith(("）", ")")) or (text.startswith("“") and text.endswith("”") and text.count("“") == 1):
        return quotes_balanced(text)
    return text.endswith("——")


# ---------------------------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------------------------


def segment_page(page: str, style: HouseStyle = DEFAULT_STYLE) -> list[Item]:
    """Segment one page of flattened text into items, in page order, its headings read in
    ``style``."""
    items = assemble_items(read_lines(page), style)
    return merge_digests(sorted(items, key=lambda item: item.line_start))


def segment_pages(pages: list[str]) -> tuple[list[list[Item]], HouseStyle]:
    """Segment the pages of one issue, their headings read in the house style the issue's own
    heading groups show (:func:`pipelines.core.headings.estimate_house_style`): where it is not
    the default, a second pass reads the pages again in it."""
    segmented = [segment_page(page) for page in pages]
    style = estimate_house_style([item.heading_lines for items in segmented for item in items if item.heading_lines])
    if style != DEFAULT_STYLE:
        segmented = [segment_page(page, style) for page in pages]
    return segmented, style


# A digest's label: 财经短波, 新闻速递, 资讯速递, 市场资讯 (People's Daily), 简讯, 快讯
DIGEST_LABEL_RE = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:短波|速递|资讯|简讯|快讯|速览|简报|短讯)$")
DIGEST_DISPATCH = "本报电"  # a digest's own lead: the paper's other reports give place and date (本报北京5月1日电)
DIGEST_LEADS = (DIGEST_DISPATCH, "本报讯")
MAX_DIGEST_ENTRY = 800  # characters: a digest's entries are a paragraph or two


def merge_digests(items: list[Item]) -> list[Item]:
    """A digest prints short reports, each with its title above a ``本报电`` lead, and its label
    (``财经短波``) after the last of them; the reports read as items of their own, each headed
    by the next one's title. They are merged back into one article under the label, walking
    back from it to the report that carries the digest's byline."""
    merged: list[Item] = []
    for item in items:
        entries = [item]
        if _digest_label(item):
            while merged and _digest_entry(merged[-1]) and not _has_adjacent_byline(entries[0]):
                entries.insert(0, merged.pop())
        if len(entries) >= 2:
            merged.append(_merge_entries(entries))
        else:
            merged.extend(entries)
    return merged


def _digest_label(item: Item) -> bool:
    return _headline_over_dispatch(item) and bool(DIGEST_LABEL_RE.match(non_space_chars(item.headline)))


def _digest_entry(item: Item) -> bool:
    """A short report under a ``本报电`` lead. Where it prints the digest's own ``本报电`` (not a
    paper's everyday ``本报讯``), any heading will do: the title below it is a line of the
    digest's text, set at the text's column, so the units its lines read as say nothing
    (``广发银行推出“扶贫贷”`` | ``金融扶贫产品``)."""
    if item.kind != "article" or item.headline is None or item.jump is not None \
            or len(non_space_chars(item.body)) > MAX_DIGEST_ENTRY or _photo_news(item):
        return False
    return _headline_over_dispatch(item) or _holds_dispatch(item, (DIGEST_DISPATCH,))


def _photo_news(item: Item) -> bool:
    """A report that describes its photo (``图为小朋友在体验9DVR蛋椅。``) is a photo item of its
    own, printed beside a digest rather than in it."""
    return any(non_space_chars(p).startswith("图为") for p in item.paragraphs)


def _headline_over_dispatch(item: Item) -> bool:
    """An article headed by one unit alone, whose text holds a ``本报电`` lead."""
    return item.kind == "article" and item.headline is not None and not item.kicker and not item.subtitle \
        and _holds_dispatch(item)


def _holds_dispatch(item: Item, leads: tuple[str, ...] = DIGEST_LEADS) -> bool:
    """A ``本报电`` lead (one of ``leads``), or one inside a paragraph (a title printed right above
    it, no blank)."""
    return item.lead in leads or any(lead in p for p in item.paragraphs for lead in leads)


def _has_adjacent_byline(item: Item) -> bool:
    return any(byline.assignment == "adjacent" for byline in item.bylines)


def _merge_entries(entries: list[Item]) -> Item:
    """One article under the last entry's label; every other heading was the title of the
    report below it, and every lead goes back into its paragraph, as the digest prints them."""
    paragraphs: list[str] = []
    for k, entry in enumerate(entries):
        own = list(entry.paragraphs)
        if entry.lead:
            own = [entry.lead + " " + own[0], *own[1:]] if own else [entry.lead]
        paragraphs += own
        if k + 1 < len(entries):
            paragraphs.append("".join(unit for unit in (entry.kicker, entry.headline, entry.subtitle) if unit))
    label = entries[-1]
    return replace(
        label, line_start=entries[0].line_start, lead=None, paragraphs=paragraphs,
        byline_text=[text for entry in entries for text in entry.byline_text],
        bylines=[byline for entry in entries for byline in entry.bylines],
        heading_explanation=f"digest of {len(entries)} reports; {label.heading_explanation}",
    )


def explain_page(page: str, style: HouseStyle = DEFAULT_STYLE) -> str:
    """Every line with its class and block, then every item with its heading decision (read in
    ``style``)."""
    lines = read_lines(page)
    source = "the default" if style == DEFAULT_STYLE else f"read from {style.evidence} such breaks of the issue"
    rate = style.below_unfinished_line
    out = [f"heading house style: a break below an unfinished line starts a unit at P {rate} ({source})"]
    if style.narrowest_column:
        out.append(f"narrowest heading column seen in the issue: {style.narrowest_column} cells")
    out += ["", "lines (class, text):"]
    out += [f"  {line.no:4d} {line.kind:<6} {line.text}" for line in lines if line.kind != "blank"]
    blocks = build_blocks(lines)
    out.append("\nblocks (kind, heading-like, first line):")
    for block in blocks:
        heading = "heading-like" if is_heading_block(block, block.following) else ""
        lead = "lead" if block.starts_with_lead else ""
        out.append(f"  {block.lines[0].no:4d}-{block.lines[-1].no:<4d} {block.kind:<6} {heading:<12} {lead:<4} "
                   f"{block.texts[0][:30]}")
    out.append("\nitems:")
    for item in segment_page(page, style):
        out.append(f"  [{item.kind}] lines {item.line_start}-{item.line_end} lead={item.lead} jump={item.jump}")
        out.append(f"     kicker={item.kicker} | headline={item.headline} | subtitle={item.subtitle} "
                   f"(confidence {item.heading_confidence})")
        if item.heading_explanation:
            out.append(f"     heading candidates: {item.heading_explanation}")
        out += [f"     read otherwise: {note}" for note in item.edge_notes]
        out += [f"     byline {b.name}/{b.role} {b.assignment} {b.confidence}" for b in item.bylines]
        out += [f"     ¶ {p[:50]}" for p in item.paragraphs]
    return "\n".join(out)


def jump_target(jump: str | None) -> tuple[str, int] | None:
    """``（下转第二版）`` → ("to", 2); ``（上接第一版）`` → ("from", 1)."""
    match = JUMP_RE.match(jump or "")
    if not match:
        return None
    number = match.group(2)
    page = int(number) if number.isdigit() else int(cn2an.cn2an(number, "smart"))
    return ("to" if match.group(1) in ("下转", "转") else "from", page)


def stitch_jumps(
    pages: list[list[Item]], numbers: list[int] | None = None
) -> set[tuple[tuple[int, int], tuple[int, int]]]:
    """Links ``((page_index, item_index), (page_index, item_index))`` from each part ending in
    ``下转第N版`` to the first unclaimed part on page N that starts with ``上接第M版`` (M = its page)."""
    numbers = numbers or list(range(1, len(pages) + 1))
    where = {number: index for index, number in enumerate(numbers)}
    claimed: set[tuple[int, int]] = set()
    links = set()
    for page_index, items in enumerate(pages):
        for item_index, item in enumerate(items):
            target = jump_target(item.jump)
            if not target or target[0] != "to" or target[1] not in where:
                continue
            other = where[target[1]]
            for other_index, candidate in enumerate(pages[other]):
                back = jump_target(candidate.jump)
                key = (other, other_index)
                if back == ("from", numbers[page_index]) and key not in claimed:
                    claimed.add(key)
                    links.add(((page_index, item_index), key))
                    break
    return links


def conservation_diff(page: str, items: list[Item]) -> tuple[Counter, Counter]:
    """Characters of the page missing from the items, and characters the items hold extra."""
    page_chars = Counter(non_space_chars(page))
    item_chars = Counter(non_space_chars("".join(item.fields_text() for item in items)))
    return page_chars - item_chars, item_chars - page_chars
