"""Kicker / headline / subtitle: which lines of a heading group form which unit.

A heading group is the run of short lines printed after an article's body. The lines are cut
into at most three contiguous units and each unit gets a role; every way of doing so is scored
and the best kept, so the decision can be printed and its margin serves as a confidence:

* how the text reads: a naive Bayes model over character n-grams of kickers, headlines and
  subtitles (``tools/train_headings.py`` learns it from the People's Daily corpus; kickers
  tend to set a scene — ``就法国发生新冠肺炎疫情``, ``…时强调`` — subtitles to summarise or start
  with ``——``); for two units, a small CRF over the units (same corpus) weighs each against
  its neighbour, and the two models together pick kicker + headline or headline + subtitle;
* how the lines are set: a headline wrapped over two lines fills its first line or is cut near
  its middle, so a line wider than the one above it more likely starts a new unit, two lines of
  about the same width more likely form one, and a blank line almost always starts one;
* how often each shape occurs (headline alone, kicker + headline, headline + subtitle, all
  three).
"""

from __future__ import annotations

import json
import logging
import math
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import combinations
from typing import NamedTuple

import jieba
import pycrfsuite

from pipelines.core.ner import default_tagger, pos_words
from pipelines.core.text import (
    LATIN_RUN_RE,
    OPENERS,
    bigram_share,
    char_bigrams,
    display_width,
    hanging_tail,
    is_cjk,
    join_wrapped,
    non_space_chars,
    remove_typesetting_spaces,
)

jieba.setLogLevel(logging.WARNING)  # its dictionary-loading chatter is not news

MODEL_FILE = "heading_roles.json"
SHAPE_MODEL_FILE = "heading_shapes.crf"
BREAK_MODEL_FILE = "heading_breaks.crf"
ROLE_TAGS = {"kicker": "K", "headline": "H", "subtitle": "S"}
ROLES = ("kicker", "headline", "subtitle")
SHAPES = {1: [("headline",)], 2: [("kicker", "headline"), ("headline", "subtitle")],
          3: [("kicker", "headline", "subtitle")]}
MAX_LINES = 12  # lines of one heading group scored; a narrow column's heading takes up to this many
# The three weights below marked "fitted" were set together on heading decisions replayed as
# tools/tune_headings.py does, from pages of seeds 101–104 in the default layout and 101–102 with
# 10–16-cell headings, headlines broken at a phrase, never broken: 1,353 of 48,443 wrong →
# 1,325, no set of 1,000 pages worse by more than 4 headings; on the harness's default seeds
# 7 / 11 / 13 / 17 / 19 / 23, 88 / 103 / 98 / 100 / 110 / 109 heading errors → 84 / 100 / 91 /
# 98 / 107 / 107
TEMPERATURE = 5.0  # naive Bayes is overconfident: per-feature average log-likelihood × this (fitted; was 6)
# P(a line break with no blank, dash or colon starts a new unit), fitted; was 0.4. Such a break
# below the wider line of two starts one 58% of the time on the default layout, 13% with 10–16-cell
# headings, which wrap more: the house style's narrowest column tells those apart where it can
NEW_UNIT_AT_PLAIN_BREAK = 0.6
# … where the two lines are about as wide: a headline cut in two is balanced, while a kicker and
# its headline match in width only by chance (set in different type, of unrelated lengths)
NEW_UNIT_AT_BALANCED_BREAK = 0.2  # 0.2 over 0.15: roles +0.09 / +0.38 / +0.20 point on seeds 7 / 11 / 13
# … where another line of the group, running on below, is set as wide: the column shows. On
# 1,000 pages of seeds 7 / 11 / 13 such a break started a unit 8 times in 353 (44 in 2,826 with
# 10–16-cell headings). Fitted with the two weights above (was 0.05); alone, 0.02 lost a heading
# on seeds 11 and 13 and gained 3 / 1 / 2 with narrow headings
NEW_UNIT_AT_SET_COLUMN = 0.02
# … below a line that neither fills the column nor is cut evenly with the next: the unit above has
# ended, unless the headline was broken at a phrase with its shorter line first (法国力促 |
# 汽车产业振兴), as a house style that breaks at sense does. 0.9 over 0.95: with such breaks
# (`newsetl harness --headline-cut phrase`) 59 headings of seed 7's 1,000 pages more are right;
# on the default layout one of seed 13's fewer
NEW_UNIT_BELOW_UNFINISHED_LINE = 0.9
WRAPPED_SHORTER_IS_HEADLINE = 4.0  # log-odds: see _type_size_score
NEW_UNIT_INSIDE_WORD = 0.03  # P(a new unit starts inside a word: 初三年|级, 适|应) — a wrap, not a unit
BREAK_TEXT_WEIGHT = 0.8  # the break model is sharper than the layout priors it is added to: damped (seeds 7, 11, 13)
BREAK_CLIP = 0.01  # the break model is never surer than 99%: bounds what one overconfident break costs
SHAPE_MODEL_WEIGHT = 0.75  # the shape CRF beside naive Bayes: damped, it is the sharper of the two
BRACKET_PAIRS = {"（": "）", "(": ")", "《": "》", "“": "”", "【": "】", "〈": "〉", "‘": "’"}
# a wrapped unit's lines are one text block: no blank falls inside it (0.97 merged 统计公报数据显示 |
# blank | 去年我国国内游超60亿人次; 0.999 on 1,000 pages: headline exact +0.04 / +0.08 / +0.04 point
# on seeds 7 / 11 / 13, the sample unchanged; 0.9999: a three-unit heading set apart by blanks,
# 6月1日至18日 | blank | 网联平台网络支付交易16.91万亿元 | blank | 6月1日单日…, is no longer read as two
# units for the rarity of three: replayed on the heading groups of the six default seeds and seed
# 7's narrow, unbroken and phrase-broken layouts, 8 more right and none fewer)
BLANK_STARTS_A_UNIT = 0.9999
MARKED_BREAK_STARTS_A_UNIT = 0.9  # a kicker's dash or colon, a subtitle's dash, an adoption note
FIXED_BREAK_PRIORS = {  # P(a break of this kind starts a new unit), whatever the paper
    "blank": BLANK_STARTS_A_UNIT, "marked": MARKED_BREAK_STARTS_A_UNIT, "inside_word": NEW_UNIT_INSIDE_WORD,
    "set_column": NEW_UNIT_AT_SET_COLUMN, "balanced": NEW_UNIT_AT_BALANCED_BREAK, "plain": NEW_UNIT_AT_PLAIN_BREAK,
}


@dataclass(frozen=True)
class HouseStyle:
    """How a paper breaks its headings, where papers differ: how often a break below a line that
    neither fills the column nor is cut evenly with the next starts a new unit. A paper that cuts
    its two-line headlines near the middle starts one there nearly always; one that breaks them
    at a phrase (法国力促 | 汽车产业振兴) often does not. And how narrow a column it sets its
    headings in: a line narrower than any the issue's headings are seen to wrap at does not fill
    its column, though it is the widest of its group. :func:`estimate_house_style` reads both
    from an issue's own headings."""

    below_unfinished_line: float = NEW_UNIT_BELOW_UNFINISHED_LINE
    evidence: int = field(default=0, compare=False)  # breaks of that kind the estimate read
    narrowest_column: float = 0.0  # cells; 0 where no heading of the issue shows its column

    def start_probability(self, kind: str, width_above: float) -> float:
        """P(a break of this ``kind`` below a line set ``width_above`` cells wide starts a unit)."""
        if kind == "plain" and width_above < self.narrowest_column - COLUMN_SEEN_MARGIN:
            kind = "unfinished"  # the widest line of its group, yet short of any column the paper sets
        return self.below_unfinished_line if kind == "unfinished" else FIXED_BREAK_PRIORS[kind]

    @property
    def breaks_at_phrases(self) -> bool:
        """Does the paper break its headlines at a phrase rather than near their middle, as its
        issue's estimate says (fewer breaks below an unfinished line start a unit)?"""
        return self.below_unfinished_line < NEW_UNIT_BELOW_UNFINISHED_LINE


DEFAULT_STYLE = HouseStyle()
# cells: other articles of the issue may be set narrower than the narrowest column seen. Heading
# errors on 1,000 pages each: with 0.5, default seeds 7 / 11 / 13 / 17 / 19 / 23 668 → 646 and
# 10–16-cell headings (seeds 7 / 11 / 13) 428 → 435; with 2, 647 and 433
COLUMN_SEEN_MARGIN = 2.0


def unit_features(text: str) -> list[str]:
    text = "".join(text.split())
    if not text:
        return []
    length = len(text)
    bucket = "s" if length <= 8 else "m" if length <= 16 else "l" if length <= 26 else "xl"
    feats = ["^" + text[0], text[-1] + "$", "^" + text[:2], text[-2:] + "$", "len:" + bucket]
    feats += list(text)
    feats += [text[i : i + 2] for i in range(length - 1)]
    return feats


@dataclass
class HeadingModel:
    prior_shape: dict[str, float]  # "headline", "kicker+headline", … → log probability
    loglik: dict[str, dict[str, float]]  # role → feature → log P(feature | role)
    unknown: dict[str, float]  # role → log P(unseen feature | role)
    boundary_prior: float | None = None  # share of unit boundaries among the break model's examples

    def role_logprob(self, text: str) -> dict[str, float]:
        """log P(role | text), normalised over the three roles."""
        feats = unit_features(text)
        scores = {
            role: sum(self.loglik[role].get(f, self.unknown[role]) for f in feats) / max(1, len(feats)) * TEMPERATURE
            for role in ROLES
        }
        top = max(scores.values())
        total = math.log(sum(math.exp(s - top) for s in scores.values())) + top
        return {role: s - total for role, s in scores.items()}

    def to_json(self) -> str:
        return json.dumps({"prior_shape": self.prior_shape, "loglik": self.loglik, "unknown": self.unknown,
                           "boundary_prior": self.boundary_prior}, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> "HeadingModel":
        data = json.loads(text)
        return cls(data["prior_shape"], data["loglik"], data["unknown"], data.get("boundary_prior"))


@lru_cache(maxsize=1)
def default_model() -> HeadingModel | None:
    path = resources.files("pipelines.models").joinpath(MODEL_FILE)
    return HeadingModel.from_json(path.read_text(encoding="utf-8")) if path.is_file() else None


def shape_features(units: list[str]) -> list[list[str]]:
    """Features of each unit in a heading group, for the shape model: the unit's own n-grams,
    its words' parts of speech (a kicker often sets a scene without a verb), and how long it is
    beside its neighbours (a kicker sets the scene at length, a subtitle adds detail, the
    headline between them is short)."""
    lengths = [len("".join(u.split())) for u in units]
    features = []
    for i, unit in enumerate(units):
        feats = unit_features(unit) + list(_unit_grammar(unit))
        feats.append(f"pos={i}/{len(units)}")
        feats.append("len4=%d" % (min(lengths[i], 40) // 4))
        if i > 0:
            feats.append("longer_than_prev" if lengths[i] > lengths[i - 1] else "shorter_than_prev")
            feats.append("dprev=%d" % max(-3, min(3, (lengths[i] - lengths[i - 1]) // 4)))
        if i + 1 < len(units):
            feats.append("longer_than_next" if lengths[i] > lengths[i + 1] else "shorter_than_next")
            feats.append("dnext=%d" % max(-3, min(3, (lengths[i] - lengths[i + 1]) // 4)))
        features.append([f.replace(":", "_") for f in feats])  # crfsuite reads name:weight
    return features


@lru_cache(maxsize=8192)  # every way of cutting a heading group asks about the same units
def _unit_grammar(unit: str) -> tuple[str, ...]:
    """The parts of speech in a unit, its first and last word, whether it holds a verb, and how
    many words it has."""
    text = "".join(unit.split())
    if not text:
        return ()
    words = pos_words(text)
    return (*("pb_" + w.flag for w in words),
            "fp_" + words[0].flag, "lp_" + words[-1].flag, "fw_" + words[0].word, "lw_" + words[-1].word,
            "verb=%d" % any(w.flag.startswith("v") for w in words), "nw=%d" % min(len(words), 8))


class ShapeModel:
    """P(roles | the texts of the units): a linear-chain CRF over the units of a heading group,
    trained discriminatively on the same corpus as the naive Bayes roles. Alone it tells kicker +
    headline from headline + subtitle in 94.1% of May–June two-unit headings (93.9% on the
    characters alone, before the parts of speech), against 91.9% for the naive Bayes scores."""

    def __init__(self, path: str):
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(path)
        self._lock = threading.Lock()

    def log_probabilities(self, units: list[str], shapes: list[tuple[str, ...]]) -> list[float]:
        features = shape_features(units)
        with self._lock:
            self._tagger.set(features)
            return [math.log(max(self._tagger.probability([ROLE_TAGS[r] for r in shape]), 1e-12))
                    for shape in shapes]


@lru_cache(maxsize=1)
def default_shape_model() -> ShapeModel | None:
    model = resources.files("pipelines.models").joinpath(SHAPE_MODEL_FILE)
    if not model.is_file():
        return None
    with resources.as_file(model) as path:
        return ShapeModel(str(path))


def boundary_features(above: str, below: str) -> list[str]:
    """Features of a line break between two pieces of heading text, for the break model: the
    characters and words on either side and their parts of speech, whether each piece holds a
    verb or a comma (a kicker or headline is a clause; a wrapped piece often is not), the words
    and parts of speech each piece holds, and how long each is."""
    above, below = "".join(above.split()), "".join(below.split())
    words_above, words_below = pos_words(above), pos_words(below)
    last = words_above[-1] if words_above else None
    first = words_below[0] if words_below else None
    length = lambda n: "s" if n <= 6 else "m" if n <= 12 else "l" if n <= 20 else "xl"
    balance = ("longer" if len(above) > len(below) + 1 else "shorter" if len(below) > len(above) + 1
               else "even")
    is_verb = lambda word: word is not None and word.flag.startswith("v")
    feats = [
        "bias", "u1=" + above[-1:], "u2=" + above[-2:], "u3=" + above[-3:],
        "l1=" + below[:1], "l2=" + below[:2], "l3=" + below[:3],
        "ul=" + above[-1:] + below[:1], "ub=" + length(len(above)), "lb=" + length(len(below)),
        "lu=%d" % min(len(above), 30), "ll=%d" % min(len(below), 30),
        "r=" + balance, "uf1=" + above[:1], "ll1=" + below[-1:],
        "up=" + (last.flag if last else ""), "lp=" + (first.flag if first else ""),
        "upl=" + (last.flag if last else "") + "_" + (first.flag if first else ""),
        "up2=" + "_".join(w.flag for w in words_above[-2:]), "lp2=" + "_".join(w.flag for w in words_below[:2]),
        "uverb=%d" % any(is_verb(w) for w in words_above), "lverb=%d" % any(is_verb(w) for w in words_below),
        "uendv=%d" % is_verb(last), "lstartv=%d" % is_verb(first),
        "ucomma=%d" % ("，" in above), "lcomma=%d" % ("，" in below),
        "nu=%d" % min(len(words_above), 8), "nl=%d" % min(len(words_below), 8),
        "uw2=" + (words_above[-2].word if len(words_above) > 1 else "^"),
        "lw2=" + (words_below[1].word if len(words_below) > 1 else "$"),
        "ubag=" + "|".join(sorted({w.flag[:1] for w in words_above})),
        "lbag=" + "|".join(sorted({w.flag[:1] for w in words_below})),
    ]
    feats += ["upb_" + w.flag for w in words_above] + ["lpb_" + w.flag for w in words_below]
    feats += ["uwb_" + w.word for w in words_above] + ["lwb_" + w.word for w in words_below]
    if last:
        feats.append("uw=" + last.word)
    if first:
        feats.append("lw=" + first.word)
    return [f.replace(":", "_") for f in feats]  # crfsuite reads name:weight


class BreakModel:
    """P(a break between two pieces of heading text is a boundary between units | the text):
    one-item CRF (a logistic model) trained on People's Daily units — kicker|headline and
    headline|subtitle boundaries against units cut at word boundaries. It tells
    ``“零号湾”与“壹号湾”`` | ``签订合作协议`` (one headline) from ``长沙简化困难群体救助程序`` |
    ``先救助，后申请`` (kicker and headline), which the layout cannot."""

    def __init__(self, path: str, prior: float):
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(path)
        self._lock = threading.Lock()
        self.prior = prior

    @lru_cache(maxsize=8192)  # every way of cutting a heading group asks about the same breaks
    def probability(self, above: str, below: str) -> float:
        features = boundary_features(above, below)
        with self._lock:
            self._tagger.set([features])
            return min(max(self._tagger.marginal("B", 0), BREAK_CLIP), 1 - BREAK_CLIP)

    def log_ratio(self, above: str, below: str, boundary: bool) -> float:
        """log P(text | a boundary or a wrap here), against the base rate of the training set."""
        p = self.probability(above, below)
        return math.log(p / self.prior) if boundary else math.log((1 - p) / (1 - self.prior))


@lru_cache(maxsize=1)
def default_break_model() -> BreakModel | None:
    model = resources.files("pipelines.models").joinpath(BREAK_MODEL_FILE)
    roles = default_model()
    if not model.is_file() or roles is None or not roles.boundary_prior:
        return None
    with resources.as_file(model) as path:
        return BreakModel(str(path), roles.boundary_prior)


@dataclass
class HeadingLine:
    text: str
    blank_before: bool  # a blank line separates it from the line above
    # the line opens with a space or the line above ends on one: the break fell on a phrase space
    # inside one unit (浙江上虞抓重大项目建设 | ␣推动经济高质量发展, 黄鹤楼下␣ | 直播带货), as no
    # kicker, headline or subtitle opens or ends with one
    breaks_on_space: bool = False


Roles = tuple[str | None, str | None, str | None]  # kicker, headline, subtitle


@dataclass
class HeadingDecision:
    kicker: str | None
    headline: str | None
    subtitle: str | None
    confidence: float
    explanation: str
    # the runner-up reading, kept where the lines read two ways: the truth is one of the two
    # for 98.94% of the headings of 1,000 generated pages (seed 7), against 97.45% for the first
    alternative: Roles | None = None


def decide(lines: list[HeadingLine], model: HeadingModel | None = None,
           shapes: ShapeModel | None = None, breaks_model: BreakModel | None = None,
           style: HouseStyle = DEFAULT_STYLE, lead: str = "", opening: Sequence[str] = ()) -> HeadingDecision:
    """Best (units, roles) for the heading lines of one item: the naive Bayes scores weigh each
    way of cutting the lines into units, and with the shape model and the words they share with
    the article's first paragraph (``lead``) they pick the roles of two. A line break the lead
    reads straight across weighs towards a wrap where the layout reads it either way, and at
    every break where ``style`` breaks its headlines at a phrase (:func:`_lead_seams`); at the
    same breaks, the article's first paragraphs (``opening``) closing a clause on the characters
    above or opening one on those below weigh towards a new unit (:func:`_clause_cues`). Where
    those paragraphs are silent, the ones below them speak at their own rates
    (:func:`_body_seams`, :func:`_later_clause_cues`)."""
    group = _group_layout(lines)
    if not group.lines:
        return HeadingDecision(None, None, None, 0.0, "no heading lines")
    cues = _article_cues(group, lead, opening, style)
    candidates = [(r.score, r.shape, r.texts) for r in _readings(group, model, shapes, breaks_model, style, cues)]
    if not candidates:  # too many lines to score: the headline, then its subtitle
        return _long_heading([line.text for line in group.lines])
    candidates.sort(key=lambda c: -c[0])
    best = candidates[0]
    margin = best[0] - candidates[1][0] if len(candidates) > 1 else 10.0
    readings = (_roles(shape, texts) for _, shape, texts in candidates)
    first = next(readings)
    alternative = next((r for r in readings if r != first), None)  # read no further than needed
    explanation = "; ".join(f"{'+'.join(s)} {'|'.join(t)} = {sc:.2f}" for sc, s, t in candidates[:3])
    explanation += _lead_note(best[2], cues.lead_bigrams) + cues.notes(group.lines)
    explanation += _named_body_note(best[2])
    return HeadingDecision(*first, round(1 / (1 + math.exp(-margin)), 3), explanation, alternative)


@dataclass
class _Reading:
    score: float  # log-probability, up to a constant shared by every reading of the lines
    shape: tuple[str, ...]
    texts: list[str]
    starts: frozenset[int]  # the lines that start a unit


class _GroupLayout(NamedTuple):
    lines: list[HeadingLine]  # the non-empty lines, without the spaces typesetting put in them
    widths: list[float]  # the widths they are set in, phrase spaces included
    column: float  # the heading column (:func:`_column`)
    kinds: list[str]  # what each break is (:func:`_break_kinds`)
    phrase_space_breaks: tuple[int, ...]  # the breaks :func:`_phrase_space_breaks` weighs


def _group_layout(lines: list[HeadingLine]) -> _GroupLayout:
    """A heading group's lines as the readings are scored on them: the same for every reading."""
    lines = [l for l in lines if l.text.strip()]
    widths = [heading_line_width(l.text) for l in lines]  # phrase spaces included: do wrapped lines fill one column?
    spaced = [holds_phrase_space(l.text) for l in lines]  # read before the spaces are removed
    lines = [HeadingLine(remove_typesetting_spaces(l.text).strip() or l.text.strip(), l.blank_before, l.breaks_on_space)
             for l in lines]
    column = _column(lines, widths) if lines else 0.0
    kinds = _break_kinds(lines, widths, column) if lines else []
    return _GroupLayout(lines, widths, column, kinds, _phrase_space_breaks(kinds, spaced))


PHRASE_SPACE_RE = re.compile(r"(?<=[^\sA-Za-z0-9.%])[ \u3000]+(?=[^\sA-Za-z0-9.%])")


def holds_phrase_space(text: str) -> bool:
    """Does the line hold a space between two phrases (优化政务服务 助力复工复产), not one set
    beside a number or between letters, in a line not spread out by justification?"""
    text = text.strip()
    gaps = PHRASE_SPACE_RE.findall(text)
    return 0 < len(gaps) and len(gaps) * 3 < len(non_space_chars(text))


# People's Daily sets a space between the phrases of a unit (优化政务服务 助力复工复产), and a
# unit of two phrases is more often one of two units than a headline cut in two: of January–
# April's 3,904 two-unit headings 37% hold a phrase space, of 3,987 one-unit headlines cut near
# their middle (off the space, which would mark the wrap) 12% hold one on a line. Weighed only
# where the layout reads a cut near the middle, as measured: at every break, a unit wrapped at
# a narrow column holds its spaces on its lines and lost headings there (10–16-cell headings,
# indented or not, −12 on seeds 11 and 13; phrase-broken headlines −9). Weighed both ways, with
# the 63% and 88% of lines without one, the six default seeds lost 8 headings: the text models
# and the break priors were fitted on groups that mostly hold no space, so that side is in them
# already.
PHRASE_SPACE_AT_BOUNDARY = 0.37
PHRASE_SPACE_AT_WRAP = 0.12


def _phrase_space_breaks(kinds: list[str], spaced: list[bool]) -> tuple[int, ...]:
    """The breaks read as a cut near the middle with a phrase space on the line above or below."""
    return tuple(i for i in range(1, len(kinds)) if kinds[i] == "balanced" and (spaced[i - 1] or spaced[i]))


def _readings(group: _GroupLayout, model: HeadingModel | None, shapes: ShapeModel | None,
              breaks_model: BreakModel | None, style: HouseStyle,
              cues: _ArticleCues | None = None) -> list[_Reading]:
    """Every way of cutting the group's lines into units and giving the units roles, scored,
    with what the article's own paragraphs say about the breaks (``cues``, :func:`_article_cues`)."""
    cues = cues or _ArticleCues()
    model = model or default_model()
    shapes = shapes or default_shape_model()
    breaks_model = breaks_model or default_break_model()
    lines, set_widths = group.lines, group.widths
    breaks = [style.start_probability(kind, set_widths[i - 1]) if kind else 0.0 for i, kind in enumerate(group.kinds)]
    below_wrap = _breaks_below_wrapped_lines(group, breaks, style)
    bracketed = breaks_inside_brackets([line.text for line in lines])
    read = _breaks_the_text_model_reads(lines)  # the same for every way of cutting the lines
    joins = tuple(i for i in range(1, len(lines)) if lines[i - 1].text.endswith(CLAUSE_JOINS))  # no unit ends so
    repeated = breaks_inside_repeated_terms(lines)  # the same for every way of cutting the lines
    readings = []
    for units in _segmentations(len(lines)) if len(lines) <= MAX_LINES else []:
        if any(a in bracketed for a, _ in units):
            continue  # a unit never starts inside 《…》, （…） or “…” (one unit always remains)
        starts = frozenset(a for a, _ in units)
        layout = _layout_score(lines, set_widths, breaks, units, below_wrap) + cues.score(starts) \
            + _break_evidence_score(group.phrase_space_breaks, starts, PHRASE_SPACE_AT_BOUNDARY, PHRASE_SPACE_AT_WRAP) \
            + _break_evidence_score(joins, starts, CLAUSE_JOIN_AT_BOUNDARY, CLAUSE_JOIN_AT_WRAP) \
            + _break_evidence_score(repeated, starts, REPEATED_TERM_AT_BOUNDARY, REPEATED_TERM_AT_WRAP)
        if breaks_model is not None:
            layout += BREAK_TEXT_WEIGHT * _break_text_score(lines, units, breaks_model, read)
        texts = [join_wrapped([lines[i].text for i in range(a, b)]) for a, b in units]
        role_scores = [model.role_logprob(t) for t in texts] if model else []
        text_scores = {
            shape: (model.prior_shape.get("+".join(shape), -9.0)
                    + sum(scores[role] for scores, role in zip(role_scores, shape))) if model else 0.0
            for shape in SHAPES.get(len(units), [])
        }
        if shapes is not None and len(text_scores) > 1:
            text_scores = _with_shape_model(text_scores, shapes, texts)
        if len(text_scores) > 1 and _quotes_a_unit(texts):  # the lead says who spoke, not what
            text_scores = _with_quotation_as_headline(text_scores, texts)
        elif len(text_scores) > 1 and cues.lead_bigrams:
            text_scores = _with_lead_overlap(text_scores, texts, cues.lead_bigrams)
        if len(text_scores) > 1 and names_a_body(texts[0]):
            text_scores = _with_named_body_as_kicker(text_scores)
        for shape, text_score in text_scores.items():
            readings.append(_Reading(layout + _type_size_score(lines, set_widths, units, shape) + text_score
                                     + _short_headline_score(shape, texts), shape, texts, starts))
    return readings


# Of People's Daily's January–April headings, 148 have a headline of three characters or fewer
# (来论, 资讯, 回  家: column labels and photo titles), one of them beside a kicker or subtitle
# (战疫身影—— | 护送) among the 4,000 with one: such a headline is 1.6% of all, 0.05% of those
# (add-one) beside another unit, and a reading that makes one is that much less likely
# (中国人民政治协商会议全国委员会常务委员会工作 | 报告 | ——在政协… is one headline and its subtitle).
SHORT_HEADLINE_MOST = 3  # characters
SHORT_HEADLINE_BESIDE_OTHERS = math.log((1 + 1) / (4000 + 2)) - math.log(148 / 9062)


def _short_headline_score(shape: tuple[str, ...], texts: list[str]) -> float:
    """log P(the headline's length | beside other units) against P(its length) where it has at
    most :data:`SHORT_HEADLINE_MOST` characters and stands beside a kicker or subtitle."""
    if len(shape) < 2 or len(non_space_chars(texts[shape.index("headline")])) > SHORT_HEADLINE_MOST:
        return 0.0
    return SHORT_HEADLINE_BESIDE_OTHERS


# Replayed on the heading groups of 1,000 pages laid out with phrase breaks (seed 7), two pages
# to an issue: 467 headings wrong with the default style, 377 read in each issue's own, against
# 452 with a prior worth 20 breaks, 365 with 1 and 363 with 0.5. With the default layout (seeds 7,
# 11, 13, 17, 19: 2,010 issues) the style of 3 issues moves at 2 breaks and 2 nats and no heading
# changes, while a threshold of 1 nat moves 5 issues of seeds 11, 13, 19 and loses a heading
STYLE_PRIOR_WEIGHT = 2.0  # breaks' worth of belief in the default style
STYLE_EVIDENCE = 2.0  # nats: a likelihood-ratio test at about 5% for the one number estimated
STYLE_ROUNDS = 4  # rounds of expectation-maximisation: the estimate settles within a few
STYLE_BOUNDS = (0.1, 0.95)  # the estimate's range: no paper's breaks are certain either way


def estimate_house_style(groups: list[list[HeadingLine]]) -> HouseStyle:
    """The house style an issue's heading groups show, by expectation-maximisation over the
    breaks below unfinished lines: each group's readings, scored with the current estimate, say
    how likely each such break starts a unit (the text models and the rest of the layout judge
    it, beside the prior), and the expected share becomes the next estimate, shrunk towards
    the default by :data:`STYLE_PRIOR_WEIGHT` breaks. The estimate replaces the default only
    where it explains the headings better by :data:`STYLE_EVIDENCE` nats: a few headings that read
    either way leave the style as it was. The narrowest column is the narrowest line any group
    is seen to wrap at (:func:`_columns_seen`)."""
    layouts = [_group_layout(lines) for lines in groups]  # read once, for both estimates
    evidence = [e for e in map(_unfinished_break_evidence, layouts) if e is not None]
    breaks = sum(n for _, _, n in evidence)
    default = p = DEFAULT_STYLE.below_unfinished_line
    for _ in range(STYLE_ROUNDS if breaks else 0):
        expected = sum(_expected_starts(scores, starts, n, p) for scores, starts, n in evidence)
        p = (expected + STYLE_PRIOR_WEIGHT * default) / (breaks + STYLE_PRIOR_WEIGHT)
        p = min(max(p, STYLE_BOUNDS[0]), STYLE_BOUNDS[1])
    gain = sum(_group_loglik(*e, p) - _group_loglik(*e, default) for e in evidence)
    columns = [width for group in layouts for width in _columns_seen(group)]
    return HouseStyle(round(p, 3) if gain >= STYLE_EVIDENCE else default, breaks, min(columns, default=0.0))


def _columns_seen(group: _GroupLayout) -> list[float]:
    """The heading columns a group shows: the width of a line broken deep inside a word or with
    a phrase left open (…防控工 | 作, …的 | …), which only a full column does, above a line two
    cells shorter or more that is not the lower half of a cut near the middle (a headline cut so
    fills no column)."""
    if len(group.lines) > MAX_LINES:
        return []
    columns = []
    for i in range(1, len(group.lines)):
        above, here = group.lines[i - 1].text, group.lines[i].text
        upper, lower = group.widths[i - 1], group.widths[i]
        if group.kinds[i] != "inside_word" or _splits_a_dash(above, here) or upper - lower < 2 \
                or _cut_near_middle(above, here, upper, lower):
            continue
        if word_break_cost(above, here) >= MID_WORD_COST or leaves_phrase_open(above, here):
            columns.append(upper - display_width(hanging_tail(above)))
    return columns


def _unfinished_break_evidence(group: _GroupLayout) -> tuple[list[float], list[int], int] | None:
    """For a group with breaks below unfinished lines: every reading's score without those
    breaks' prior, how many of them the reading starts a unit at, and how many there are."""
    if len(group.lines) > MAX_LINES:
        return None
    unfinished = [i for i, kind in enumerate(group.kinds) if kind == "unfinished"]
    if not unfinished:
        return None
    p = DEFAULT_STYLE.below_unfinished_line
    scores, counts = [], []
    for reading in _readings(group, None, None, None, DEFAULT_STYLE):
        k = sum(i in reading.starts for i in unfinished)
        scores.append(reading.score - _starts_logprob(k, len(unfinished), p))
        counts.append(k)
    return scores, counts, len(unfinished)


def _starts_logprob(k: int, n: int, p: float) -> float:
    """log P(k given breaks of n start a unit, the others not), each with probability ``p``."""
    return k * math.log(p) + (n - k) * math.log(1 - p)


def _reading_logliks(scores: list[float], starts: list[int], n: int, p: float) -> list[float]:
    """Each reading's score with the prior of its unfinished breaks at ``p`` put back."""
    return [s + _starts_logprob(k, n, p) for s, k in zip(scores, starts)]


def _group_loglik(scores: list[float], starts: list[int], n: int, p: float) -> float:
    """log P(the group's lines | its unfinished breaks start a unit with probability ``p``)."""
    return _logsumexp(_reading_logliks(scores, starts, n, p))


def _expected_starts(scores: list[float], starts: list[int], n: int, p: float) -> float:
    """The expected number of the group's unfinished breaks that start a unit, where such a
    break does so with prior probability ``p``."""
    weighted = _reading_logliks(scores, starts, n, p)
    total = _logsumexp(weighted)
    return sum(math.exp(w - total) * k for w, k in zip(weighted, starts))


def _roles(shape: tuple[str, ...], texts: list[str]) -> Roles:
    roles = dict(zip(shape, texts))
    return roles.get("kicker"), roles.get("headline"), roles.get("subtitle")


PHRASE_SPACES = 2  # more spaces than this in one line is justification, not a headline's phrase breaks


def heading_line_width(text: str) -> float:
    """The width a heading line is set in. A space between a headline's phrases takes room on
    the line (坚持人民至上 不断造 | 福人民…: 3,494 People's Daily headlines hold one), so it is
    counted; spaces spread between every character by justification are not."""
    text = text.strip()
    if len(re.findall(r"\s+", text)) <= PHRASE_SPACES:
        return display_width(text)
    return display_width(remove_typesetting_spaces(text))


def dated_note_start(texts: list[str]) -> int | None:
    """The line where a title's closing adoption note opens (…秘书长、副秘书长名单 |
    （2020年5月19日…通过）), if its last lines are one."""
    return next((k for k in range(1, len(texts)) if texts[k].lstrip().startswith(("（", "("))
                 and DATED_NOTE_RE.match(non_space_chars("".join(texts[k:])))), None)


def _long_heading(texts: list[str]) -> HeadingDecision:
    """A heading of more lines than are scored: a title above its adoption note (…防治法 |
    （1995年10月30日…通过 …修订）) is split there, else the first line is the headline."""
    cut = dated_note_start(texts) or 1
    return HeadingDecision(None, join_wrapped(texts[:cut]), join_wrapped(texts[cut:]) or None, 0.3,
                           "too many lines to score")


def _breaks_the_text_model_reads(lines: list[HeadingLine]) -> list[int]:
    """The line breaks the break model is asked about: not below a blank line, which already
    says it all, nor deep inside a word, beyond the wraps at word boundaries it learnt from, nor
    above a column's label left alone on its line, which it never saw wrapped, nor below a
    speaker's attribution, which it never saw at all (:func:`ends_on_attribution`), nor below a
    word that waits for what follows, where no unit ends (:func:`ends_on_dangling_word`: it read
    ``…8亿美元应`` | ``对东京奥运会…`` as a boundary at its surest)."""
    return [i for i in range(1, len(lines)) if not lines[i].blank_before
            and word_break_cost(lines[i - 1].text, lines[i].text) < MID_WORD_COST
            and not _label_left_alone(lines[i].text) and not ends_on_attribution(lines[i - 1].text)
            and not ends_on_dangling_word(_line_read_back(lines, i - 1))]


def _line_read_back(lines: list[HeadingLine], k: int) -> str:
    """Line ``k`` with the line above it in the same block: a short line may be the tail of a
    word wrapped from above (多地协同响 | 应: not the modal 应)."""
    return (lines[k - 1].text if k >= 1 and not lines[k].blank_before else "") + lines[k].text


def _break_text_score(lines: list[HeadingLine], units: list[tuple[int, int]], model: BreakModel,
                      read: list[int]) -> float:
    """How the text reads at the breaks in ``read``: a boundary between two whole units, or a
    wrap between two pieces of one unit. A likelihood ratio against the base rate, added to the
    layout's log-probability."""
    score = 0.0
    starts = {a for a, _ in units}
    unit_at = {i: (a, b) for a, b in units for i in range(a, b)}
    text = lambda a, b: "".join(line.text for line in lines[a:b])
    for i in read:
        if i in starts:  # two whole units meet here
            score += model.log_ratio(text(*unit_at[i - 1]), text(*unit_at[i]), boundary=True)
        else:  # one unit wraps here
            a, b = unit_at[i]
            score += model.log_ratio(text(a, i), text(i, b), boundary=False)
    return score


def _with_shape_model(text_scores: dict[tuple[str, ...], float], shapes: ShapeModel,
                      texts: list[str]) -> dict[tuple[str, ...], float]:
    """Share the naive Bayes mass of one way of cutting the lines among its shapes in
    proportion to naive Bayes × CRF (a product of the two experts: 95.4% of May–June two-unit
    headings get their roles right, against 91.9% and 94.1% for each alone)."""
    crf = shapes.log_probabilities(texts, list(text_scores))
    return _reshared(text_scores, {shape: score + SHAPE_MODEL_WEIGHT * extra
                                   for (shape, score), extra in zip(text_scores.items(), crf)})


# On the two-unit headings of May–June's articles, a logistic regression over a reading's score
# and the difference of its units' overlaps with the first paragraph gets 95.5% of the roles
# right, against 95.0% for the score alone (5-fold, by day), and weighs the difference at 2.6
# nats: 1.3 for each of the two readings it moves apart.
LEAD_OVERLAP_WEIGHT = 1.25
# A lead says who spoke, not what was quoted: of the corpus's 180 two-unit headings with a unit
# that is one quotation, 171 have it for headline, but the lead shares no more of its words than
# of the other unit's in 153.
QUOTATION_RE = re.compile(r"^“[^“”]+”$")  # “提升专业技能，争做大国工匠”
# … and the text models read that from the words only in part: the sample's heading, a quotation
# above the speaker's deed, is a near tie between headline + subtitle and kicker + headline
# (0.13 nats at naive Bayes' temperature 5). Leaning 1 nat towards the quotation as headline
# (0.5 and 2 alike) changes none of the 783 headings with a quotation unit on seven sets of 1,000
# replayed pages (seeds 101–104, and 101 with narrow, phrase-broken and uncut headlines): 6 are
# read wrong with or without it, all among the 27 two-unit ones whose quotation is no headline.
QUOTATION_HEADLINE_LEAN = 1.0


def _with_lead_overlap(text_scores: dict[tuple[str, ...], float], texts: list[str],
                       lead_bigrams: frozenset[str]) -> dict[tuple[str, ...], float]:
    """Share one way of cutting the lines among its shapes again, now weighing how much more of
    the headline than of the other units the article's first paragraph repeats. A lead restates
    its headline's news and seldom the detail a subtitle adds, while it names the scene a kicker
    sets about as often as its headline's words: where the text models waver, a subtitle shares
    0.23 less of its bigrams with the lead than its headline, a headline 0.04 less than its
    kicker (`湖北高校毕业生就业促进行动启动` above `40万个优质岗位集中发布`, led by
    `…启动实施“湖北高校毕业生就业促进行动”`, is headline + subtitle). Not asked where a unit is
    a quotation. The way's total stays as it was, so the cut is not moved."""
    overlaps = [bigram_share(text, lead_bigrams) for text in texts]
    def lean(shape: tuple[str, ...]) -> float:
        headline = shape.index("headline")
        others = [o for k, o in enumerate(overlaps) if k != headline]
        return LEAD_OVERLAP_WEIGHT * (overlaps[headline] - sum(others) / len(others))
    return _reshared(text_scores, {shape: score + lean(shape) for shape, score in text_scores.items()})


def _with_quotation_as_headline(text_scores: dict[tuple[str, ...], float],
                                texts: list[str]) -> dict[tuple[str, ...], float]:
    """Share one way of cutting the lines among its shapes again, leaning to those that make a
    unit that is one quotation the headline (:data:`QUOTATION_HEADLINE_LEAN`)."""
    def lean(shape: tuple[str, ...]) -> float:
        return QUOTATION_HEADLINE_LEAN if QUOTATION_RE.match(texts[shape.index("headline")]) else 0.0
    return _reshared(text_scores, {shape: score + lean(shape) for shape, score in text_scores.items()})


# A first unit that is nothing but the name of an organisation or a place (国务院联防联控机制联络组,
# 中国气象局, 青岛城阳区) sets the scene for the headline below it: of January–April's two-unit
# headings 61 open so (as the shipped NER reads them), 59 of them as a kicker, against 2,877 of
# all 3,904. The lean is that ratio of odds, counted, not tuned (2.3 nats).
NAMED_BODY_KICKER_LEAN = math.log((59 / 2) / (2877 / 1027))


@lru_cache(maxsize=4096)
def names_a_body(unit: str) -> bool:
    """Is the unit one organisation's or place's name, end to end, as the shipped NER reads it?"""
    unit = non_space_chars(unit)
    return any(span.label in ("ORG", "LOC") and span.start == 0 and span.end == len(unit)
               for span in default_tagger().spans(unit))


def _with_named_body_as_kicker(text_scores: dict[tuple[str, ...], float]) -> dict[tuple[str, ...], float]:
    """Share one way of cutting the lines among its shapes again, leaning to those that make a
    first unit that names an organisation or a place the kicker (:data:`NAMED_BODY_KICKER_LEAN`)."""
    return _reshared(text_scores, {shape: score + (NAMED_BODY_KICKER_LEAN if shape[0] == "kicker" else 0.0)
                                   for shape, score in text_scores.items()})


def _reshared(text_scores: dict[tuple[str, ...], float],
              leaned: dict[tuple[str, ...], float]) -> dict[tuple[str, ...], float]:
    """``leaned``, scaled so that the shapes of one way of cutting the lines keep the total of
    ``text_scores``: evidence about roles moves mass among the shapes, never onto another cut."""
    return {shape: _logsumexp(text_scores.values()) + score - _logsumexp(leaned.values())
            for shape, score in leaned.items()}


# In People's Daily, the first paragraph holds the two characters either side of the break of a
# headline cut near its middle for 33% of January–April's headlines (7,982), and those either
# side of the break between a kicker and its headline or a headline and its subtitle for 1%
# (40 of 4,096). Weighed in every paper, the seam costs the roles of kickers the lead reads
# into (青海 | 喇家国家考古遗址公园开放试运营), below lines that the default style rightly trusts
# to end a unit; so where the paper cuts its headlines near the middle, it is weighed only at the
# breaks where a wrap is as plausible as a new unit by the layout (:data:`SEAM_BREAKS`), and where
# it breaks them at a phrase, so that the layout cannot tell a wrap from a new unit, at every break.
SEAM_IN_LEAD_AT_WRAP = 0.33
SEAM_IN_LEAD_AT_BOUNDARY = 0.01
# Where the first paragraph does not read a break across, a later one may (中菲建交45周年系列 |
# 庆祝活动线上举行 over …组织了一系列庆祝活动… in the fifth paragraph): of January–April's 8,039
# headlines of 8 characters or more cut near the middle, 2,082 are read across only below the
# first paragraph; of the 4,096 boundaries between units, 82. Weighed at the same breaks.
SEAM_IN_BODY_AT_WRAP = 2082 / 8039
SEAM_IN_BODY_AT_BOUNDARY = 82 / 4096
# Breaks below a line that fills the column or is cut evenly with the next, unmarked. On 1,000
# pages each of seeds 7 / 11 / 13 / 17 / 19 / 23: 4 / 8 / 2 / 5 / 5 / 4 headings right that were
# wrong, 4 / 1 / 2 / 0 / 0 / 0 the other way (kickers the lead reads into: 2020—2021学年 |
# 全国拟派22842名教师支教). Weighed below an unfinished line as well, the net gain on seeds
# 7 / 11 / 13 / 19 falls from 0 / 7 / 0 / 5 headings to -1 / 3 / -1 / 4.
SEAM_BREAKS = frozenset({"balanced", "plain", "set_column"})


@dataclass(frozen=True)
class _ArticleCues:
    """What the article's own paragraphs say about a heading group's breaks, read once per group
    (:func:`_article_cues`): each tuple holds the breaks (line indices) where its cue is seen."""

    lead_bigrams: frozenset[str] = frozenset()  # the first paragraph's; the roles weigh them too
    seams: tuple[int, ...] = ()  # read across by the first paragraph (:func:`_lead_seams`)
    body_seams: tuple[int, ...] = ()  # read across by a later one only (:func:`_body_seams`)
    clauses: _ClauseCues = ((), ())  # a clause's edge set by the first paragraphs (:func:`_clause_cues`)
    later_clauses: tuple[int, ...] = ()  # both edges set only below them (:func:`_later_clause_cues`)

    def score(self, starts: frozenset[int]) -> float:
        """log P(the cues seen | the units start at ``starts``), each at its measured rates."""
        return _break_evidence_score(self.seams, starts, SEAM_IN_LEAD_AT_BOUNDARY, SEAM_IN_LEAD_AT_WRAP) \
            + _break_evidence_score(self.body_seams, starts, SEAM_IN_BODY_AT_BOUNDARY, SEAM_IN_BODY_AT_WRAP) \
            + _break_evidence_score(self.clauses[0], starts, ONE_CLAUSE_EDGE_AT_BOUNDARY, ONE_CLAUSE_EDGE_AT_WRAP) \
            + _break_evidence_score(self.clauses[1], starts, BOTH_CLAUSE_EDGES_AT_BOUNDARY, BOTH_CLAUSE_EDGES_AT_WRAP) \
            + _break_evidence_score(self.later_clauses, starts, LATER_CLAUSE_EDGES_AT_BOUNDARY, LATER_CLAUSE_EDGES_AT_WRAP)

    def notes(self, lines: list[HeadingLine]) -> str:
        """The cues seen, for ``newsetl explain``."""
        return _seam_note(lines, self.seams) \
            + _breaks_note(lines, self.body_seams, "a later paragraph reads across") \
            + _clause_note(lines, self.clauses) \
            + _breaks_note(lines, self.later_clauses, "the later paragraphs set both a clause's edges at")


def _article_cues(group: _GroupLayout, lead: str, opening: Sequence[str], style: HouseStyle) -> _ArticleCues:
    """The cues the article's first paragraph (``lead``) and its paragraphs from the first
    (``opening``) give at the breaks where the layout reads either way, found once for all five
    (most groups have none, and then the body is not read)."""
    lead_bigrams = char_bigrams(lead)
    breaks = _breaks_read_either_way(group, style)
    if not breaks:
        return _ArticleCues(lead_bigrams)
    seams = _lead_seams(group, lead_bigrams, breaks)
    clauses = _clause_cues(group, opening[:CLAUSE_CUE_PARAGRAPHS], breaks)
    return _ArticleCues(lead_bigrams, seams, _body_seams(group, opening[1:], seams, breaks), clauses,
                        _later_clause_cues(group, opening[CLAUSE_CUE_PARAGRAPHS:], clauses, breaks))


def _lead_seams(group: _GroupLayout, lead_bigrams: frozenset[str], breaks: Sequence[int]) -> tuple[int, ...]:
    """The line breaks the article's first paragraph reads straight across (香港特区立法会换届选举 |
    将于7月18日起接受提名, led by …换届选举将于7月18日…), where the paper breaks its headlines
    at a phrase, or at a break that the layout reads either way (:data:`SEAM_BREAKS`; the
    example, 11 cells over 11, is as likely a headline cut in two as a headline and its subtitle):
    there the layout cannot tell a wrap from a new unit, and the seam can (``breaks``: those,
    :func:`_breaks_read_either_way`)."""
    return tuple(i for i in breaks if _seam(group.lines, i) in lead_bigrams)


def _body_seams(group: _GroupLayout, later: Sequence[str], lead_seams: tuple[int, ...],
                breaks: Sequence[int]) -> tuple[int, ...]:
    """The ``breaks`` that the first paragraph does not read across (``lead_seams``) and a later
    paragraph (``later``) does."""
    return tuple(i for i in breaks
                 if i not in lead_seams and any(_seam(group.lines, i) in paragraph for paragraph in later))


def _seam(lines: list[HeadingLine], i: int) -> str:
    """The two characters either side of the break above line ``i``."""
    return lines[i - 1].text[-1:] + lines[i].text[:1]


def _breaks_read_either_way(group: _GroupLayout, style: HouseStyle) -> list[int]:
    """The breaks where the article's text may weigh in, as the layout cannot tell a wrap from a
    new unit there: not below a blank line, and of a kind in :data:`SEAM_BREAKS` unless the paper
    breaks its headlines at a phrase, where any break may be either."""
    return [i for i in range(1, len(group.lines))
            if not group.lines[i].blank_before and (style.breaks_at_phrases or group.kinds[i] in SEAM_BREAKS)]


# Where a unit ends, the article often uses its last words to end a clause (…活动共签约，) or the
# next unit's first words to begin one (，总额超…); a headline cut near its middle is seldom cut
# so. Of January–April's 2,508 two-unit headings (units of 4 and 3 characters or more, the upper
# not ending on a mark), the first three paragraphs hold the two characters above the boundary
# followed by a mark, or those below it after a mark or opening a paragraph, 1,034 times one of
# the two and 469 times both; of 3,973 one-unit headlines cut as the flattener cuts them near
# the middle, 415 and 46 times. Weighed only where seen, at the breaks the lead's seams are. On
# 1,000 pages each of the six default seeds: 23 headings gained, 13 lost; with phrase breaks or
# none, +6 to +10 a seed; with 10–16-cell headings, where a column may wrap a unit at a clause's
# edge, −3 / −3 / 0 (docs/segmentation.md, "Kept since `b718f85`", with the variants left out).
CLAUSE_CUE_CHARS = 2
# No heading unit ends on a comma, an enumeration comma or a semicolon: of January–April's 4,096
# boundaries between units none follows one (add-one: 1 in 4,098), while 346 of 11,623 headlines
# cut as the flattener cuts them near the middle are cut after one. Weighed as evidence at every
# such break rather than as a kind of break, so that an issue's house style still counts the
# break below an unfinished line (建设好环境， | 招来好项目（治理者说）, a headline broken at a phrase)
CLAUSE_JOINS = ("，", "、", "；", ",")
CLAUSE_JOIN_AT_BOUNDARY = 1 / 4098
CLAUSE_JOIN_AT_WRAP = 346 / 11623
CLAUSE_CUE_PARAGRAPHS = 3
CLAUSE_MARKS = frozenset("，。；：！？、")
ONE_CLAUSE_EDGE_AT_BOUNDARY = 1034 / 2508
ONE_CLAUSE_EDGE_AT_WRAP = 415 / 3973
BOTH_CLAUSE_EDGES_AT_BOUNDARY = 469 / 2508
BOTH_CLAUSE_EDGES_AT_WRAP = 46 / 3973
_ClauseCues = tuple[tuple[int, ...], tuple[int, ...]]  # breaks where one edge is seen, where both are
# Where the first three paragraphs set neither edge, the paragraphs below them may set both
# (从人进湖退到湖进人退 | 生态廊道护卫洱海 over …从人进湖退到湖进人退，洱海的天平倾向保护。生态廊道建设…, the
# article's eighth paragraph): so for 128 of January–April's 3,899 unit boundaries (units of 4
# and 3 characters or more, the upper not ending on a mark) and 30 of its 8,039 headlines of 8
# characters or more cut near the middle. One edge seen there only is weak (570 against 593, a
# ratio of 2) and, weighed too, lost a heading for each it gained on the every-page runs.
LATER_CLAUSE_EDGES_AT_BOUNDARY = 128 / 3899
LATER_CLAUSE_EDGES_AT_WRAP = 30 / 8039
# A break that cuts four characters the heading holds whole elsewhere (青岛国信集团打造青岛城市新名片——青岛 |
# 国信·海天中心) falls inside a unit: of January–April's 4,096 boundaries between units one does so
# (add-one: 2 in 4,098); of their 11,623 units of 8 characters or more, cut as the flattener cuts a
# headline near its middle, 87. Weighed as evidence at every break not below a blank line.
REPEATED_TERM_AT_BOUNDARY = 2 / 4098
REPEATED_TERM_AT_WRAP = 87 / 11623
REPEATED_TERM_CHARS = 2  # on either side of the break


def breaks_inside_repeated_terms(lines: list[HeadingLine]) -> tuple[int, ...]:
    """The breaks, not below a blank line, whose :data:`REPEATED_TERM_CHARS` characters either
    side read as a term the group's text holds whole elsewhere too: no marks, digits or spaces."""
    texts = [non_space_chars(line.text) for line in lines]
    whole = "".join(texts)
    found, offset = [], 0
    for i in range(1, len(lines)):
        offset += len(texts[i - 1])
        term = whole[offset - REPEATED_TERM_CHARS : offset + REPEATED_TERM_CHARS]
        if not lines[i].blank_before and len(term) == 2 * REPEATED_TERM_CHARS \
                and all(map(is_cjk, term)) and whole.count(term) >= 2:
            found.append(i)
    return tuple(found)


def _clause_cues(group: _GroupLayout, opening: Sequence[str], breaks: Sequence[int]) -> _ClauseCues:
    """The ``breaks`` (those the layout reads either way, :func:`_breaks_read_either_way`) where
    the opening paragraphs end a clause on the characters above (签约，) or begin one on those
    below (，总额), split by whether one edge or both are seen."""
    paragraphs = [non_space_chars(text) for text in opening]
    if not any(paragraphs):
        return (), ()
    one, both = [], []
    for i in breaks:
        edges = _ends_clause(group.lines[i - 1].text, paragraphs) + _begins_clause(group.lines[i].text, paragraphs)
        if edges:
            (one if edges == 1 else both).append(i)
    return tuple(one), tuple(both)


def _later_clause_cues(group: _GroupLayout, later: Sequence[str], clauses: _ClauseCues,
                       breaks: Sequence[int]) -> tuple[int, ...]:
    """The breaks where the paragraphs below the opening ones (``later``) set both a clause's
    edges and the opening ones (``clauses``, :func:`_clause_cues`) set neither."""
    seen = set(clauses[0] + clauses[1])
    return tuple(i for i in _clause_cues(group, later, breaks)[1] if i not in seen)


def _ends_clause(above: str, paragraphs: list[str]) -> bool:
    """Do the paragraphs follow the line's last characters with a mark (签约，)?"""
    tail = above[-CLAUSE_CUE_CHARS:]
    if len(tail) < CLAUSE_CUE_CHARS or tail[-1] in CLAUSE_MARKS:
        return False
    return any(text[m.end() : m.end() + 1] in CLAUSE_MARKS
               for text in paragraphs for m in re.finditer(re.escape(tail), text))


def _begins_clause(here: str, paragraphs: list[str]) -> bool:
    """Do the paragraphs open a paragraph, or follow a mark, with the line's first characters (，总额)?"""
    head = here[:CLAUSE_CUE_CHARS]
    if len(head) < CLAUSE_CUE_CHARS:
        return False
    return any(m.start() == 0 or text[m.start() - 1] in CLAUSE_MARKS
               for text in paragraphs for m in re.finditer(re.escape(head), text))


def _clause_note(lines: list[HeadingLine], clauses: _ClauseCues) -> str:
    """The breaks the opening paragraphs set a clause's edge at, each shown by two characters either side."""
    return _breaks_note(lines, sorted(clauses[0] + clauses[1]), "the opening paragraphs set a clause's edge at")


def _break_evidence_score(breaks: tuple[int, ...], starts: frozenset[int], at_boundary: float, at_wrap: float) -> float:
    """log P(what was seen at these breaks | the units start at ``starts``): ``at_boundary``
    where a break starts a unit, ``at_wrap`` where a unit wraps there (the lead's seams, phrase
    spaces)."""
    return sum(math.log(at_boundary if i in starts else at_wrap) for i in breaks)


def _seam_note(lines: list[HeadingLine], seams: tuple[int, ...]) -> str:
    """The breaks the first paragraph read across, each shown by two characters either side."""
    return _breaks_note(lines, seams, "the first paragraph reads across")


def _breaks_note(lines: list[HeadingLine], breaks, saying: str) -> str:
    """``saying`` of each break, shown by the two characters either side (稿等|栗战)."""
    return "".join(f"; {saying} {lines[i - 1].text[-2:]}|{lines[i].text[:2]}" for i in breaks)


def _lead_note(texts: list[str], lead_bigrams: frozenset[str]) -> str:
    """What the first paragraph repeated of the best reading's two units, where it had a say."""
    if not lead_bigrams or len(texts) != 2 or _quotes_a_unit(texts):
        return ""
    shares = "|".join(f"{bigram_share(text, lead_bigrams):.0%}" for text in texts)
    return f"; the first paragraph repeats {shares} of the units' bigrams"


def _named_body_note(texts: list[str]) -> str:
    """Whether the best reading's first unit of two names an organisation or a place."""
    if len(texts) != 2 or not names_a_body(texts[0]):
        return ""
    return f"; {texts[0]} names an organisation or a place, as a kicker does"


def _quotes_a_unit(texts: list[str]) -> bool:
    return any(QUOTATION_RE.match(text) for text in texts)


def _logsumexp(values) -> float:
    values = list(values)
    top = max(values)
    return top + math.log(sum(math.exp(v - top) for v in values))


def _segmentations(n: int):
    """Ways to cut n lines into 1..3 contiguous units, as (start, end) pairs."""
    for cuts in range(0, min(2, n - 1) + 1):
        for points in combinations(range(1, n), cuts):
            bounds = [0, *points, n]
            yield [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


UNIT_END = ("——", "：", ":", "）", ")")  # a kicker's dash or colon, a headline's column tag
UNIT_START = ("——", "—")  # a subtitle's dash
DATED_NOTE_RE = re.compile(r"^[（(][^）)]*[\d〇一二三四五六七八九十]+年[^）)]*[）)]$")  # （2019年12月31日）


def _type_size_score(lines: list[HeadingLine], widths: list[float], units: list[tuple[int, int]],
                     shape: tuple[str, ...]) -> float:
    """The headline is set in the largest type, so it wraps first: a unit broken over lines
    beside a longer unit kept on one line, cut in two balanced lines while the other units
    fit on one, or broken short of the column another unit fills, is the headline, not its
    kicker or subtitle; and a kicker or subtitle, in smaller type, wraps no narrower than a
    line of the headline (``widths``: as set, phrase spaces included)."""
    if len(units) < 2:
        return 0.0
    sizes = [(b - a, sum(len(lines[i].text) for i in range(a, b))) for a, b in units]
    score = 0.0
    for k, ((n_lines, n_chars), role) in enumerate(zip(sizes, shape)):
        a = units[k][0]
        wraps_though_shorter = n_lines > 1 and any(m == 1 and c >= n_chars for m, c in sizes) \
            and not _upper_line_under_a_third(lines, units[k])
        # balanced in printed width, not characters: digits take half a cell (2020华侨城文化旅游节
        # is 12 characters but 10 cells above 有“量”更有“质”, 9 of each)
        cut_in_two = n_lines == 2 and abs(display_width(lines[a].text) - display_width(lines[a + 1].text)) <= 1.5 \
            and all(m == 1 for j, (m, _) in enumerate(sizes) if j != k)
        if wraps_though_shorter or cut_in_two or _wraps_short_of_column(lines, units, k):
            score += WRAPPED_SHORTER_IS_HEADLINE if role == "headline" else -WRAPPED_SHORTER_IS_HEADLINE
        # evidence of its own, added to the above: those tell the headline by how a unit wraps
        # beside the others; this one finds a reading whose roles contradict the type sizes
        if _wraps_narrower_than_headline(lines, widths, units, shape, k):
            score -= WRAPPED_SHORTER_IS_HEADLINE
    return score


def _upper_line_under_a_third(lines: list[HeadingLine], unit: tuple[int, int]) -> bool:
    """Does the unit's first line hold less than a third of the width of its first and last
    together? Larger type wraps at its column, which its first line fills, and a typesetter
    breaking a headline at sense keeps a third of it above the break (the flattener's phrase
    breaks do): such a unit is no headline wrapped beside a longer one-line unit, but a kicker's
    tail taken with the headline below it (…各地开展安全 | 守护行动 | 骑行戴头盔 安全有标配)."""
    first, last = display_width(lines[unit[0]].text), display_width(lines[unit[1] - 1].text)
    return 2 * first < last


NARROWER_MARGIN = 0.5  # cells: a half-width digit may leave a line half a cell short of its column


def _wraps_narrower_than_headline(lines: list[HeadingLine], widths: list[float], units: list[tuple[int, int]],
                                  shape: tuple[str, ...], k: int) -> bool:
    """Unit ``k``, a kicker or subtitle, wraps its first line narrower than a line of the
    headline, closing marks that hang past the column aside: smaller type fits more to the line,
    so the reading is unlikely (农业银行湖 | 北省分行 above 打好抗疫组合拳 金融活水润荆楚 is a
    headline cut in two and its subtitle, not a kicker wrapped at five cells)."""
    a, b = units[k]
    if shape[k] == "headline" or b - a < 2 or "headline" not in shape:
        return False
    c, d = units[shape.index("headline")]
    return widths[a] < _column(lines[c:d], widths[c:d]) - NARROWER_MARGIN


SHORT_OF_COLUMN = 2  # cells


def _wraps_short_of_column(lines: list[HeadingLine], units: list[tuple[int, int]], k: int) -> bool:
    """Unit ``k`` breaks its first line short of the column that another unit fills when it
    wraps: larger type, fewer characters to the line (经营困难企业以 | 工代训可领补贴 above
    易地扶贫搬迁就业帮扶专项行动开 | 展)."""
    a, b = units[k]
    if b - a < 2:
        return False
    column = max((display_width(lines[i].text) for j, (c, d) in enumerate(units) if j != k for i in range(c, d - 1)),
                 default=0.0)
    return display_width(lines[a].text) < column - SHORT_OF_COLUMN


@lru_cache(maxsize=4096)  # the segmenter asks again for the same line pairs
def breaks_word(above: str, here: str, context: int = 4) -> bool:
    """Does the line break fall inside a dictionary word? jieba (dictionary only, no HMM
    guesses) segments the text around the break; a unit never starts mid-word."""
    left, right = above[-context:], here[:context]
    offset = 0
    for word in jieba.cut(left + right, HMM=False):
        if offset < len(left) < offset + len(word):
            return True
        offset += len(word)
    return False


# Function words and coverbs that need what follows them: a unit hardly ever ends on one, as
# jieba's last word (4 of People's Daily's 19,347 kickers, headlines and subtitles do: …锻造出来的,
# 两连和, 暖心晒被, …是大有可为的; none on 之, which 378 hold; 到 and 为 end 3 each, so they are
# left out), while a line broken mid-phrase often does, in a body (…水潦乡至, …庆祝活动，让) as in
# a wrapped heading (…公开征集关于, …在社会主义之). Modal verbs wait for their verb: none of the
# 19,347 ends on 应, 须, 该, 应当, 应该 or 必须 (会, 能 and 要 do: …年会, 赋能, 述要). Nor on a coverb
# with 着 or on 按照, 依照, 遵照 (…高效农业正朝着 | “产业兴…”; 根据 and 通过 end some: 毫无根据)
DANGLING_WORDS = frozenset("的地得之和及或把被从是于而并且至向对在与将给让以由自使令同跟替朝按据经应须该") | {
    "关于", "对于", "为了", "以及", "应当", "应该", "必须",
    "朝着", "沿着", "随着", "本着", "顺着", "冲着", "趁着", "按照", "依照", "遵照",
    # 新 alone waits for its noun (…进入新 | 时代): 1 of People's Daily's 19,347 heading units ends on
    # it (…购物方式更迭换新)
    "新"}
_DANGLING_ENDS = tuple(DANGLING_WORDS)  # the text a line ends on before jieba is asked
PARTICLE_TAGS = frozenset({"uj", "ud", "uv"})  # jieba's tags for 的, 得, 地
_OPEN_STARTS = ("的", "地", "得", "之")


def ends_on_dangling_word(text: str) -> bool:
    """Does the text end on a function word or coverb that needs what follows (…的, …和,
    …关于)? Read as a word of its own by jieba's dictionary: 饱和, 目的 and 自由 end a phrase."""
    if not text.endswith(_DANGLING_ENDS):
        return False
    return list(jieba.cut(text[-4:], HMM=False))[-1] in DANGLING_WORDS


@lru_cache(maxsize=4096)
def leaves_phrase_open(above: str, here: str) -> bool:
    """Does the break leave a phrase open, so that the text runs on (`国务院“互联网+督查”平台公开
    征集关于` | `“六稳”“六保”…`, `把满足国内需求作为发展` | `的出发点和落脚点`)? The line above ends on a
    word that waits for what follows, or the line below opens with a particle (by jieba's parts of
    speech) or 之; a wrap may fall there, a unit's end does not."""
    if ends_on_dangling_word(above):
        return True
    if not here.startswith(_OPEN_STARTS):
        return False  # the slower tagger need not be asked
    lower = pos_words(here)
    return bool(lower) and (lower[0].flag in PARTICLE_TAGS or lower[0].word == "之")


MID_WORD_COST = 5.0  # nats: 三次会|议各界 9.0, 理论研|究中心 15.0; 佟健|将花滑 2.9 and 四成|全行业 1.0 read on


@lru_cache(maxsize=4096)
def word_break_cost(above: str, here: str, context: int = 4) -> float:
    """What a word boundary at the line break costs the text around it: the log-probability of
    jieba's best segmentation (dictionary only, no HMM guesses) less that of the two sides
    segmented apart; 0 where the best segmentation breaks there anyway."""
    left, right = above[-context:], here[:context]
    return _best_segmentation_logprob(left + right) - _best_segmentation_logprob(left) - _best_segmentation_logprob(right)


def _best_segmentation_logprob(text: str) -> float:
    if not text:
        return 0.0
    tokenizer = jieba.dt
    tokenizer.check_initialized()
    route: dict[int, tuple[float, int]] = {}
    tokenizer.calc(text, tokenizer.get_DAG(text), route)
    return route[0][0]


def breaks_inside_brackets(lines: list[str]) -> set[int]:
    """Line indexes i whose break (between line i-1 and line i) falls inside a bracket or quote
    pair opened above it and closed below it: a unit never starts there."""
    closers = {close: open_ for open_, close in BRACKET_PAIRS.items()}
    stack: list[tuple[str, int]] = []  # (opening mark, its line)
    inside: set[int] = set()
    for index, line in enumerate(lines):
        for char in line:
            if char in BRACKET_PAIRS:
                stack.append((char, index))
            elif char in closers and stack and stack[-1][0] == closers[char]:
                _, opened_on = stack.pop()
                inside.update(range(opened_on + 1, index + 1))
    return inside


def _break_kinds(lines: list[HeadingLine], widths: list[float], column: float) -> list[str]:
    """What each line break is, for i ≥ 1 (index 0 unused); :class:`HouseStyle` says how often
    each kind starts a new unit.

    A blank line, a dash or colon ending the line above, a dash opening this line, or a line
    above that neither fills the heading column (the widest line, less a closing mark hanging
    past it; a line is full too where the number run opening the next did not fit) nor
    matches this one's width (a cut near the middle) mark a new unit; a break inside a
    dictionary word, one that falls on a space (a unit's phrase space), one that
    leaves a phrase open (after 的 or 关于, before 的), or one between the two halves of a dash
    almost never does, nor one below a full line as wide as another that runs on in the group.
    """
    kinds = [""]
    for i in range(1, len(lines)):
        above, here = lines[i - 1].text, lines[i].text
        # a unit wraps where its line is full (the heading column) or is cut near its middle
        balanced = _cut_near_middle(above, here, widths[i - 1], widths[i])
        wraps_here = balanced or _fills_column(widths[i - 1], here, column)
        if lines[i].blank_before:
            kind = "blank"
        elif _splits_a_dash(above, here):
            kind = "inside_word"  # as unlikely as inside a word
        elif here.startswith(UNIT_START) or above.endswith(UNIT_END) or DATED_NOTE_RE.match(here):
            kind = "marked"
        elif lines[i].breaks_on_space:
            kind = "inside_word"  # a unit's phrase space at the break: the line wraps that unit
        elif breaks_word(above, here) or leaves_phrase_open(_line_read_back(lines, i - 1), here) \
                or _label_left_alone(here):
            kind = "inside_word"
        elif ends_on_attribution(above):
            kind = "marked"  # a speaker's attribution closes its kicker as a colon would
        elif not wraps_here:
            kind = "unfinished"
        elif _column_set_elsewhere(lines, widths, i - 1):
            kind = "set_column"
        elif balanced:
            kind = "balanced"
        else:
            kind = "plain"
        kinds.append(kind)
    return kinds


ATTRIBUTION_ROLES = ("代表", "委员")  # a deputy to a people's congress, a member of a political consultative conference


@lru_cache(maxsize=4096)  # asked of each break twice: for its kind and for the break model
def ends_on_attribution(line: str) -> bool:
    """Does the line end on a person's name and ``代表`` or ``委员`` (传化集团董事长徐冠巨代表)? In a
    session's coverage such an attribution is the kicker over what the speaker proposes, and no
    kicker, headline or subtitle of People's Daily runs on past one (January–June: 9 kickers
    end on one as jieba tags the name, 13 more add a dash or colon, and the one headline holding
    one, …秘书处对万卫星代表去世表示哀悼, is not read as a name by the NER). The break model never saw
    one, as the year's sessions met in May, so it reads ``…张家胜代表`` | ``优化营商环境…`` as a wrap
    at P 0.98. The shipped NER tells the name from an organ that ends so (全国人大常委会委员)."""
    line = non_space_chars(line)
    if not line.endswith(ATTRIBUTION_ROLES):
        return False
    name_end = len(line) - 2
    return any(span.label == "PER" and span.end == name_end for span in default_tagger().spans(line))


# a column's label at a line's end: （走向冬奥）, (一追到底)
LINE_END_LABEL_RE = re.compile(r"[（(][^（）()]{2,20}[）)]$")
LABEL_ALONE_MOST = 2  # characters before the label: 守护（暖相册） is a photo's whole title


def _label_left_alone(line: str) -> bool:
    """Is the line a column's label with at most a word before it (（走向冬奥）, 启动（走向冬奥）)? A
    label closes the headline it is printed after, so the line is that headline's wrap. Of
    People's Daily's 4,966 kickers, headlines and subtitles that end in brackets, only 33 are so
    short: five photo titles with no kicker (守护（暖相册）), one （第一号）, and 27 subtitles that
    are a date in brackets (（2020年6月）), which :func:`_break_kinds` reads as marked first."""
    label = LINE_END_LABEL_RE.search(line)
    return label is not None and len(non_space_chars(line[: label.start()])) <= LABEL_ALONE_MOST


def _column_set_elsewhere(lines: list[HeadingLine], widths: list[float], k: int) -> bool:
    """Is line ``k`` as wide as another line of the group that runs on into the next line of
    its block? Then the column is seen set at that width, and a unit ending exactly there would
    be a coincidence (`习近平和夫人彭丽媛同荷` | `兰国王威廉—亚历山大和` | `王后…`)."""
    return any(abs(widths[j] - widths[k]) <= 0.5 and not lines[j + 1].blank_before
               for j in range(len(lines) - 1) if j not in (k, k + 1))


def _splits_a_dash(above: str, here: str) -> bool:
    """Does the break cut a two-em dash (——) in two? Extraction may wrap between its halves
    (`…聚焦“加快推进工业互联网建设”—` | `—` | `用一朵“云”…`), a typesetter never does."""
    return above.endswith("—") and not above.endswith("——") and here.startswith("—")


def _column(lines: list[HeadingLine], widths: list[float]) -> float:
    """The widest of the lines, less a closing mark at its end, which may hang past the column."""
    return max(width - display_width(hanging_tail(line.text)) for line, width in zip(lines, widths))


def _fills_column(width: float, below: str, column: float) -> bool:
    """Is a line set ``width`` cells wide full: at the column, or short of it only by the number
    or Latin run opening the line ``below``, which did not fit?"""
    return width >= column - 0.5 or _run_did_not_fit(width, below, column)


def _run_did_not_fit(width: float, below: str, column: float) -> bool:
    """Is the line full after all, because the number or Latin run opening the line below was
    too wide for what it left of the column? A wrap moves such a run down whole
    (``测量登山队抵达海拔`` | ``6500米营地…``, 9 and 10 cells)."""
    run = LATIN_RUN_RE.match(below)
    return run is not None and width + display_width(run.group()) > column


def _cut_near_middle(upper: str, lower: str, upper_width: float, lower_width: float) -> bool:
    """Could the two lines be one unit cut near its middle? Their widths are within 1.5 cells,
    and the cut keeps the upper line at least as wide: a lower line wider by half a cell or more
    was set apart from the upper (`体育用品企业` | `复工复产赶订单`, a kicker and its headline), unless
    the wrap pushed a closing mark or a number or Latin run down with it (`在《反分裂国家法》实施` |
    `15周年座谈会上的发言摘要`). On pages laid out from January–April articles, such a break below
    a line that does not fill the heading's column starts a unit 290 times in 326."""
    difference = upper_width - lower_width
    if difference <= -0.5 and not _pushed_down(upper, lower):
        return False
    # or cut near its middle, then moved on by one character because a line neither starts with
    # a closing mark nor ends with an opening one (“苦熬”没出路“苦干” | 结硕果（扶贫手记）, 11 and 9)
    moved = _moved_up(upper)
    return abs(difference) <= 1.5 or (moved > 0 and abs(difference - 2 * moved) <= 1.5)


def _moved_up(upper: str) -> float:
    """The width of what a cut near the middle may have moved up into ``upper`` for the line-start
    rules: the closing marks it ends on, or the character after an opening mark."""
    if len(upper) > 1 and upper[-2] in OPENERS:
        return display_width(upper[-1])
    return display_width(hanging_tail(upper))


def _pushed_down(upper: str, lower: str) -> bool:
    latin = lambda char: char.isascii() and char.isalnum()
    return lower.endswith(tuple(BRACKET_PAIRS.values())) or latin(lower[:1]) or latin(upper[-1:])


def _breaks_below_wrapped_lines(group: _GroupLayout, breaks: list[float], style: HouseStyle) -> list[float]:
    """P(a break starts a unit) where the line above it continues a unit begun higher up. A
    break read as a cut near the middle (two lines of even width) is then no such cut, as the
    unit did not start on the line above: that line is its unit's last, and the break is one
    below an unfinished line (出席政协十三届三次会 | 议各界别委员已报到 | 大会筹备工作就绪: the
    9-cell second half of a headline above its 8-cell subtitle)."""
    lines, widths = group.lines, group.widths
    return [style.start_probability("unfinished", widths[i - 1])
            if kind == "balanced" and not _fills_column(widths[i - 1], lines[i].text, group.column) else p
            for i, (kind, p) in enumerate(zip(group.kinds, breaks))]


def _layout_score(lines: list[HeadingLine], widths: list[float], breaks: list[float],
                  units: list[tuple[int, int]], below_wrap: list[float]) -> float:
    """log-probability of the layout under ``units``: every break either starts a unit or not
    (``breaks``; ``below_wrap`` where the line above continues a unit begun higher up), a unit
    wrapped over three lines or more fills every line but its last (the unit's column), and its
    last line is no wider than its first."""
    starts = {a for a, _ in units}
    score = 0.0
    for i in range(1, len(breaks)):
        p = breaks[i] if i - 1 in starts else below_wrap[i]
        score += math.log(p if i in starts else 1 - p)
    for a, b in units:
        if b - a < 2:
            continue
        if b - a > 2:  # two lines may be a cut near the middle, which fills neither
            score += math.log(0.05) * _lines_short_of_column(lines, widths, a, b)
        if widths[b - 1] > widths[a] + 0.5:
            score += math.log(0.08)  # a wrapped unit's last line is never its widest
    return score


def _lines_short_of_column(lines: list[HeadingLine], widths: list[float], a: int, b: int) -> int:
    """How many lines of the unit ``a:b``, but its last, stop short of the column its other lines
    fill, with no number run below to explain it (``测量登山队抵达海拔`` | ``6500米营地（2020珠峰`` |
    ``测高）`` is one headline)."""
    column = _column(lines[a : b - 1], widths[a : b - 1])
    return sum(widths[i] < column - 0.75 and not _run_did_not_fit(widths[i], lines[i + 1].text, column)
               for i in range(a, b - 1))
