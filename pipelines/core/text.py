"""Character-level helpers: decoding page files, widths, punctuation classes, space removal."""

from __future__ import annotations

import codecs
import re
import unicodedata
from collections.abc import Iterator
from functools import lru_cache

# Sentence-final punctuation, optionally followed by closing quotes/brackets.
TERMINAL_RE = re.compile(r"[。！？!?…；;]+[”’」』）)》]*$|[。！？!?]+[”’」』）)》]+$")
CLOSERS = "”’」』）)》"
OPENERS = "“‘「『（(《"
# the dot between a foreign name's parts (约翰·恩肯加松): no People's Daily heading or paragraph
# ends on one, so a line that does runs on (约翰· | 恩肯加松)
NAME_DOTS = "·・"
# A line that ends like this cannot end a heading or a paragraph.
CONTINUING_END = "，、：:；,（(“‘《「『" + NAME_DOTS
INNER_SENTENCE_PUNCT = "，。；！？,;!?"
HANGING = "，。、；：？！”’）》,.;:?!)…"  # never start a line (line-start rules), so they hang past the column
LATIN_RUN_RE = re.compile(r"[A-Za-z0-9.%·]+")  # a wrap never breaks it: it moves to the next line whole

# Offices printed beside a name (闵行区委副书记、区长 陈华文; 应勇代表（湖北省委书记）)
TITLE_WORDS = (
    "总书记", "书记", "主席", "副主席", "总理", "副总理", "省长", "市长", "区长", "县长", "镇长", "乡长",
    "主任", "部长", "厅长", "局长", "处长", "科长", "所长", "院长", "校长", "队长", "站长", "行长",
    "社长", "董事长", "总经理", "经理", "理事长", "秘书长", "会长", "委员", "代表", "领导", "政委",
    "司令员", "检察长", "庭长", "馆长", "台长", "团长", "主委", "组长", "教授", "研究员", "总工程师",
    "工程师", "大使", "发言人", "负责人", "村支书", "第一书记",
)

# The single-character surnames of the Hundred Family Surnames (百家姓), and common ones it
# lacks (肖, 闫, 付, 覃 …); a compound surname (欧阳, 司马) starts with one of them
SURNAMES = (
    "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜戚谢邹喻柏水窦章云苏潘葛奚范彭郎鲁韦"
    "昌马苗凤花方俞任袁柳酆鲍史唐费廉岑薛雷贺倪汤滕殷罗毕郝邬安常乐于时傅皮卞齐康伍余元卜顾孟平黄和穆萧尹"
    "姚邵湛汪祁毛禹狄米贝明臧计伏成戴谈宋茅庞熊纪舒屈项祝董梁杜阮蓝闵席季麻强贾路娄危江童颜郭梅盛林刁钟徐"
    "邱骆高夏蔡田樊胡凌霍虞万支柯昝管卢莫经房裘缪干解应宗丁宣贲邓郁单杭洪包诸左石崔吉钮龚程嵇邢滑裴陆荣翁"
    "荀羊於惠甄曲家封芮羿储靳汲邴糜松井段富巫乌焦巴弓牧隗山谷车侯宓蓬全郗班仰秋仲伊宫宁仇栾暴甘钭厉戎祖武"
    "符刘景詹束龙叶幸司韶郜黎蓟薄印宿白怀蒲邰从鄂索咸籍赖卓蔺屠蒙池乔阴胥能苍双闻莘党翟谭贡劳逄姬申扶堵冉"
    "宰郦雍璩桑桂濮牛寿通边扈燕冀郏浦尚农温别庄晏柴瞿阎充慕连茹习宦艾鱼容向古易慎戈廖庾终暨居衡步都耿满弘"
    "匡国文寇广禄阙东欧殳沃利蔚越夔隆师巩厍聂晁勾敖融冷訾辛阚那简饶空曾毋沙乜养鞠须丰巢关蒯相查后荆红游竺"
    "权逯盖益桓公"
    "肖闫付覃佟代冼练粟兰银晋揭"
)


class DecodeError(ValueError):
    """A page file that is not text; the message names the reason."""


def decode_page(data: bytes) -> tuple[str, str]:
    """Decode a page file, returning ``(text, encoding)``.

    A BOM is authoritative; strict UTF-8 is cheap to verify and rarely passes by accident.
    Otherwise GB18030 (a superset of GBK/GB2312) and BOM-less UTF-16 are all tried, and the
    decode that reads most like Chinese newspaper text wins: GB18030 accepts many byte
    sequences, and UTF-16 without a BOM has no signature of its own.
    """
    if not data:
        raise DecodeError("empty file")
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return _checked(_strict(data, encoding), encoding)
    try:
        return _checked(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as error:
        reasons = [f"utf-8: {error.reason} at byte {error.start}"]
    decoded: list[tuple[float, str, str]] = []
    for encoding in ("gb18030", "utf-16-le", "utf-16-be"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as error:
            reasons.append(f"{encoding}: {error.reason} at byte {error.start}")
            continue
        if encoding.startswith("utf-16") and "\n" not in text:
            continue  # a page has lines; without a BOM, that is UTF-16's only tell
        decoded.append((_plausibility(text), encoding, text))
    if not decoded:
        raise DecodeError("binary or undecodable: no text encoding fits (" + "; ".join(reasons) + ")")
    score, encoding, text = max(decoded)
    if score < 0.5:
        raise DecodeError(f"binary content (best guess {encoding} reads as text at {score:.0%})")
    return _checked(text, encoding)


def _strict(data: bytes, encoding: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as error:
        raise DecodeError(f"has a {encoding} BOM but {error.reason} at byte {error.start}") from error


def _plausibility(text: str) -> float:
    """Share of characters that newspaper text is made of (CJK, ASCII, common punctuation)."""
    if not text:
        return 0.0
    good = sum(
        1
        for c in text
        if is_cjk(c) or (" " <= c <= "~") or c in "\n\r\t" or "\u3000" <= c <= "\u303f"
        or "\uff01" <= c <= "\uff5e" or c in "“”‘’…—·■"
    )
    return good / len(text)


def _checked(text: str, encoding: str) -> tuple[str, str]:
    controls = sum(1 for c in text if unicodedata.category(c) == "Cc" and c not in "\n\r\t\f\v")
    if text and controls / len(text) > 0.01:
        raise DecodeError(f"binary content ({controls} control characters after {encoding} decode)")
    if not any(c.isalnum() for c in text):
        raise DecodeError("page has no text")
    return text, encoding


def is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def hanging_tail(line: str) -> str:
    """The closing marks ending the line, which may hang past the column (``…发言人：`` → ``：``)."""
    return line[len(line.rstrip(HANGING)):]


def display_width(line: str) -> float:
    """Width in full-width cells: ASCII counts half, everything else one."""
    return sum(0.5 if ord(c) < 128 else 1.0 for c in line)


@lru_cache(maxsize=4096)  # asked of each body line twice: as a paragraph's last line and beside its neighbours
def is_terminal(line: str) -> bool:
    """Does the line end a sentence? Justification spaces may sit between the full stop and its
    closing quote (``翻 过 去 。 ”``), so the line's tail is read without them."""
    return bool(TERMINAL_RE.search("".join(line.rstrip()[-12:].split())))


def quotes_balanced(line: str) -> bool:
    """Quotes, brackets and title marks closed as often as opened: none of the corpus's 19,347
    kickers, headlines and subtitles leaves a 《 open (会议通过了《中斯政党支持高质量共建 | blank |
    “一带一路”共同倡议》。 is a paragraph cut by a blank line)."""
    return all(line.count(a) == line.count(b) for a, b in ("“”", "（）", "《》"))


QUOTES = ("“‘「『", "”’」』")
QUOTES_AND_BRACKETS = (OPENERS + "【", CLOSERS + "】")


def has_punct_outside_quotes(line: str, punct: str = INNER_SENTENCE_PUNCT,
                             nesting: tuple[str, str] = QUOTES) -> bool:
    """Does ``punct`` occur outside the quotations (``nesting``: the opening and closing marks
    whose contents are skipped; :data:`QUOTES_AND_BRACKETS` skips brackets and titles too)?"""
    openers, closers = nesting
    depth = 0
    for char in line:
        if char in openers:
            depth += 1
        elif char in closers:
            depth = max(0, depth - 1)
        elif depth == 0 and char in punct:
            return True
    return False


_ASCII_WORD = re.compile(r"[A-Za-z]")  # digits split by justification (1 3日) are rejoined


TYPESETTING_SPACES = " \t\u3000\u00a0"
PARAGRAPH_INDENT = 2  # cells: Chinese typesetting opens a paragraph two cells in (the sample's paper does)


def remove_typesetting_spaces(text: str, spaces: str = TYPESETTING_SPACES) -> str:
    """Drop spaces that justification or PDF extraction put inside Chinese text.

    A space survives only between two Latin letters (``Coca Cola``), where it separates words;
    ``您 如 何`` → ``您如何``, ``下降13.52% ，`` → ``下降13.52%，``, ``1 3日`` → ``13日``.
    """
    out: list[str] = []
    pending_space = False
    for char in text:
        if char in spaces:
            pending_space = bool(out)
            continue
        if pending_space and _ASCII_WORD.match(out[-1]) and _ASCII_WORD.match(char):
            out.append(" ")
        pending_space = False
        out.append(char)
    return "".join(out)


def join_wrapped(lines: list[str]) -> str:
    """Rejoin hard-wrapped lines of one paragraph; a wrap between Latin letters was a space."""
    text = ""
    for line in lines:
        line = remove_typesetting_spaces(line)
        if text and line and _ASCII_WORD.match(text[-1]) and _ASCII_WORD.match(line[0]):
            text += " "
        text += line
    return text


def non_space_chars(text: str) -> str:
    return "".join(text.split())


def char_bigrams(text: str) -> frozenset[str]:
    return frozenset(text[k : k + 2] for k in range(len(text) - 1))


def bigram_share(unit: str, bigrams: frozenset[str]) -> float:
    """The share of the unit's character bigrams found among ``bigrams``: how much of a heading
    unit a text repeats."""
    own = char_bigrams(unit)
    return len(own & bigrams) / len(own) if own else 0.0


def find_all(text: str, word: str) -> Iterator[int]:
    """Every index where ``word`` starts in ``text``, overlapping ones included."""
    start = text.find(word)
    while start >= 0:
        yield start
        start = text.find(word, start + 1)
