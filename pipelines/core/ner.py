"""Named-entity recognition: two character CRFs (python-crfsuite) with jieba word features.

* the person model (``ner_crf.model``) reads characters, jieba's segmentation, and where a name
  may start or end (surnames, offices: :func:`person_view`) and each character's class learnt
  from unlabeled text (:mod:`pipelines.core.char_clusters`), and learns BIOES labels (where a
  name ends, too);
* the place and organisation model (``ner_crf_lexicon.model``) also reads which characters
  jieba's dictionary lists inside a person, place or organisation name (``nr``/``ns``/``nt``).

The dictionary marks help places and organisations and cost persons (measured on a held-out
tenth of the training split: overall F1 0.8647 → 0.8667, PER 0.8763 → 0.8650), so persons come
from the first model and places and organisations from the second. With BIOES labels for the
person model and :func:`combine`'s rules, the pair scores PER 0.8998 / overall 0.8730 on that
tenth and 0.9236 / 0.9039 on dev (0.9316 / 0.9061 with the surname and office marks, the
names the training split only ever labels a place or organisation, the suffix rule and mention
replacement in the person model's training data: :func:`with_names_replaced`; 0.9316 / 0.9062
with the character classes, which raise the person model's recall on held-out tenths), with
the span repairs in ``entities.repair_spans`` (docs/entities.md has every step). Both are trained by
``tools/train_ner.py`` on the People's Daily NER training split and shipped inside the package.
Everything here is pure: strings in, spans out, no I/O beyond loading the model files once.
"""

from __future__ import annotations

import logging
import random
import re
import threading
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

import jieba
import pycrfsuite

from pipelines.core.char_clusters import SIZES, Clusters, read_clusters
from pipelines.core.text import SURNAMES, TITLE_WORDS, find_all

ENTITY_TYPES = {"PER": "person", "LOC": "place", "ORG": "org"}
MODEL_FILE = "ner_crf.model"  # persons: characters and words
LEXICON_MODEL_FILE = "ner_crf_lexicon.model"  # places and organisations: + dictionary marks
CLUSTERS_FILE = "ner_char_clusters.tsv"  # character classes the person model reads
KNOWN_NAMES_FILE = "ner_known_names.tsv"  # names the training split labels a place or organisation, never a person
CLUSTER_MARK = "cl"  # prefix of the class features (cl32=4): how a model shows it read them
LEXICON_TAGS = ("nr", "ns", "nt")  # jieba's person, place and organisation names

_jieba_lock = threading.Lock()
jieba.setLogLevel(logging.WARNING)  # its dictionary-loading chatter is not news


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # PER / LOC / ORG

    def text(self, sentence: str) -> str:
        return sentence[self.start : self.end]

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


def _char_class(char: str) -> str:
    if "\u4e00" <= char <= "\u9fff":
        return "h"
    if char.isdigit():
        return "d"
    if char.isascii() and char.isalpha():
        return "a"
    if char.isspace():
        return "s"
    return "p"


def pos_words(text: str) -> list:
    """jieba's words of ``text`` with their parts of speech (dictionary only, no HMM guesses),
    under the lock that guards its tokenizer: posseg and plain cuts share ``jieba.dt``."""
    import jieba.posseg

    with _jieba_lock:
        return list(jieba.posseg.cut(text, HMM=False))


def _word_positions(sentence: str) -> tuple[list[str], list[str]]:
    """jieba segmentation as per-character B/M/E/S tags plus the covering word."""
    tags: list[str] = []
    words: list[str] = []
    with _jieba_lock:
        tokens = list(jieba.cut(sentence, HMM=True))
    for word in tokens:
        n = len(word)
        tags.extend(["S"] if n == 1 else ["B"] + ["M"] * (n - 2) + ["E"])
        words.extend([word] * n)
    return tags, words


def sentence_features(sentence: str, lexicon: bool = False) -> list[list[str]]:
    """Feature strings for every character of ``sentence`` (same length as the input); with
    ``lexicon``, also where jieba's dictionary finds a person, place or organisation name."""
    padded = "\x02\x02" + sentence + "\x03\x03"
    classes = [_char_class(c) for c in padded]
    tags, words = _word_positions(sentence)
    features: list[list[str]] = []
    for i in range(len(sentence)):
        p = i + 2
        c_2, c_1, c0, c1, c2 = padded[p - 2 : p + 3]
        word = words[i]
        feats = [
            "b",
            "c0=" + c0,
            "c-1=" + c_1,
            "c1=" + c1,
            "c-2=" + c_2,
            "c2=" + c2,
            "c-1c0=" + c_1 + c0,
            "c0c1=" + c0 + c1,
            "c-2c-1=" + c_2 + c_1,
            "c1c2=" + c1 + c2,
            "c-1c1=" + c_1 + c1,
            "t=" + classes[p - 1] + classes[p] + classes[p + 1],
            "wp=" + tags[i],
            "wpc=" + tags[i] + c0,
            "wl=" + str(min(len(word), 5)),
        ]
        if len(word) > 1:
            feats.append("w=" + word)
        features.append(feats)
    return add_lexicon_marks(sentence, features) if lexicon else features


def person_view(sentence: str, features: list[list[str]], clusters: Clusters | None = None) -> list[list[str]]:
    """A copy of ``features`` with where a name may start or end, for the person model: a
    surname (the Hundred Family Surnames and common ones it lacks) on this character or one or
    two before it, an office (``TITLE_WORDS``) ending right before it or starting right after
    it. The characters alone say as much only for the surnames and offices the training split
    shows often. Person F1 of the person model alone on held-out tenths of the training split
    (last / middle / first): 0.8891 / 0.8170 / 0.7385 before, 0.8957 / 0.8368 / 0.7432 with
    them. With ``clusters``, also the character's classes (:func:`cluster_marks`)."""
    office_ends, office_starts = _offices(sentence)
    view = []
    for i, (feats, char) in enumerate(zip(features, sentence)):
        extra = list(feats)
        if char in SURNAMES:
            extra.append("sur0")
        if i > 0 and sentence[i - 1] in SURNAMES:
            extra.append("surL")
        if i > 1 and sentence[i - 2] in SURNAMES:
            extra.append("surL2")
        if i in office_ends:
            extra.append("ttlL")
        if i + 1 in office_starts:
            extra.append("ttlR")
        view.append(extra)
    return cluster_marks(sentence, view, clusters) if clusters else view


def cluster_marks(sentence: str, features: list[list[str]], clusters: Clusters) -> list[list[str]]:
    """Append, in place, the character's class at every granularity (``cl32=4``, ``cl512=17``;
    ``U`` for a character without one). The classes of its neighbours too cost the last held-out
    tenth 0.2 point (docs/entities.md)."""
    unknown = ("U",) * len(SIZES)
    for char, feats in zip(sentence, features):
        feats.extend(f"{CLUSTER_MARK}{size}={label}" for size, label in zip(SIZES, clusters.get(char, unknown)))
    return features


def _offices(sentence: str) -> tuple[set[int], set[int]]:
    """Where an office word ends (the index after it) and where one starts."""
    found = [(at, at + len(word)) for word in TITLE_WORDS for at in find_all(sentence, word)]
    return {end for _, end in found}, {start for start, _ in found}


def add_lexicon_marks(sentence: str, features: list[list[str]]) -> list[list[str]]:
    """Append, in place, where jieba's dictionary finds a person, place or organisation name."""
    for tag, marks in lexicon_marks(sentence, name_lexicon()).items():
        for feats, mark in zip(features, marks):
            if mark != "O":
                feats.append(f"{tag}={mark}")
    return features


@lru_cache(maxsize=1)
def name_lexicon() -> dict[str, frozenset[str]]:
    """jieba's dictionary words of 2–6 characters tagged as a person, place or organisation
    name, each with the tags (``nr``/``ns``/``nt``) it carries."""
    import jieba.posseg

    jieba.posseg.dt.initialize()
    lexicon: dict[str, frozenset[str]] = {}
    for word, flag in jieba.posseg.dt.word_tag_tab.items():
        tags = frozenset(tag for tag in LEXICON_TAGS if flag.startswith(tag))
        if tags and 2 <= len(word) <= 6:
            lexicon[word] = tags
    return lexicon


def lexicon_marks(sentence: str, lexicon: dict[str, frozenset[str]], longest: int = 6) -> dict[str, list[str]]:
    """Per tag, B/I/E/O marks of the longest dictionary word with that tag starting at each
    character. Matches may overlap; a character already marked keeps its B or E."""
    marks = {tag: ["O"] * len(sentence) for tag in LEXICON_TAGS}
    for i in range(len(sentence)):
        seen: set[str] = set()
        for length in range(min(longest, len(sentence) - i), 1, -1):
            tags = lexicon.get(sentence[i : i + length])
            if not tags or tags <= seen:
                continue
            for tag in tags - seen:  # the longest word with this tag starting here
                row, last = marks[tag], i + length - 1
                if row[i] == "O":
                    row[i] = "B"
                for k in range(i + 1, last):
                    row[k] = "I"
                if row[last] == "O":
                    row[last] = "E"
            seen |= tags
    return marks


def decode_spans(labels: Sequence[str]) -> list[Span]:
    """BIO or BIOES labels → spans. ``S-`` is a one-character span and ``E-`` closes one; an
    ``I-``/``E-`` without a matching ``B-`` starts a new span."""
    spans: list[Span] = []
    start, kind = -1, ""
    for i, label in enumerate(list(labels) + ["O"]):
        prefix, label_kind = label[:2], label[2:]
        continues = prefix in ("I-", "E-") and kind == label_kind
        if start >= 0 and not continues:
            spans.append(Span(start, i, kind))
            start, kind = -1, ""
        if prefix in ("B-", "S-") or (prefix in ("I-", "E-") and not continues):
            start, kind = i, label_kind
        if prefix in ("S-", "E-"):  # the span ends on this character
            spans.append(Span(start, i + 1, kind))
            start, kind = -1, ""
    return spans


def encode_spans(spans: Sequence[Span], length: int, scheme: str = "BIO") -> list[str]:
    """Spans → labels over ``length`` characters (the inverse of :func:`decode_spans`). BIO is
    what the evaluation files use; BIOES is what the models are trained on."""
    labels = ["O"] * length
    for span in spans:
        labels[span.start] = "B-" + span.label
        for k in range(span.start + 1, span.end):
            labels[k] = "I-" + span.label
        if scheme == "BIOES":
            if span.end - span.start == 1:
                labels[span.start] = "S-" + span.label
            else:
                labels[span.end - 1] = "E-" + span.label
    return labels


def to_bioes(labels: Sequence[str]) -> list[str]:
    """BIO labels → BIOES, which mark where a name ends (the person model's training labels:
    they raised person F1 on held-out tenths of the training split, see docs/entities.md)."""
    return encode_spans(decode_spans(labels), len(labels), scheme="BIOES")


def combine(person_model: Sequence[Span], place_org_model: Sequence[Span], sentence: str = "") -> list[Span]:
    """Persons from the first model's spans; places and organisations from the second's, unless
    they overlap one of those persons. The second model's reading wins where it reads the very
    same characters as a place or organisation (person F1 +0.13 on the held-out tenth of the
    training split, +0.09 on dev), and where a "name" joined by an interpunct overlaps one
    (平湖·壹号湾 with the place 平湖: a place and a brand, not a transliterated name; neither
    split holds such a case, so both scores stay as they are). A "name" printed right before a
    place's or an institution's suffix (苏扎克区, 王和医院) is part of that name, not a person."""
    others = [span for span in place_org_model if span.label != "PER"]
    placed = {(span.start, span.end) for span in others}

    def a_person(span: Span) -> bool:
        if span.label != "PER" or (span.start, span.end) in placed or before_a_suffix(sentence, span.end):
            return False
        return "·" not in span.text(sentence) or not any(span.overlaps(other) for other in others)

    persons = [span for span in person_model if a_person(span)]
    kept = [span for span in others if not any(span.overlaps(person) for person in persons)]
    return sorted(persons + kept, key=lambda span: span.start)


def known_non_persons(sentences: Iterable[tuple[str, Sequence[str]]]) -> dict[str, str]:
    """Names of two or more characters that the training split labels a place or an organisation
    and never a person, each with its commonest label (哈瓦那 → LOC)."""
    counts: Counter[tuple[str, str]] = Counter()
    for sentence, labels in sentences:
        counts.update((span.text(sentence), span.label) for span in decode_spans(labels))
    persons = {text for text, label in counts if label == "PER"}
    known: dict[str, str] = {}
    for (text, label), _ in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        if label != "PER" and len(text) >= 2 and text not in persons:
            known.setdefault(text, label)
    return known


def with_names_replaced(sentences: Sequence[tuple[str, Sequence[str]]], seed: int = 5) -> list[tuple[str, list[str]]]:
    """One more copy of every sentence that names a person, each name replaced by another name of
    the split, for training the person model (mention replacement): it learns the context that
    frames a name, not which name the sentence happened to print. A surname with one or two
    characters (王强) takes another such name, any other name (约翰逊, 阿西夫·阿里·扎尔达里, 稻神)
    another of those, so the copies keep the split's mix of native and foreign names.
    Deterministic for a ``seed``."""
    rng = random.Random(seed)
    persons_in = [[span for span in decode_spans(labels) if span.label == "PER"] for _, labels in sentences]
    names = [span.text(sentence) for (sentence, _), persons in zip(sentences, persons_in) for span in persons]
    native = [name for name in names if _native_name(name)]
    foreign = [name for name in names if len(name) >= 2 and not _native_name(name)]

    copies: list[tuple[str, list[str]]] = []
    for (sentence, labels), persons in zip(sentences, persons_in):
        if not persons:
            continue
        text, new_labels, at = "", [], 0
        for span in persons:
            pool = native if _native_name(span.text(sentence)) else foreign
            name = rng.choice(pool) if pool else span.text(sentence)
            text += sentence[at:span.start] + name
            new_labels += [*labels[at:span.start], "B-PER", *["I-PER"] * (len(name) - 1)]
            at = span.end
        copies.append((text + sentence[at:], new_labels + list(labels[at:])))
    return copies


def _native_name(text: str) -> bool:
    return 2 <= len(text) <= 3 and text[0] in SURNAMES


def relabel_known(spans: Sequence[Span], sentence: str, known: dict[str, str]) -> list[Span]:
    """A person whose very characters the training split only ever labels a place or an
    organisation (哈瓦那, 达沃斯: transliterations the person model takes for names) takes that
    label."""
    return [Span(span.start, span.end, known[span.text(sentence)])
            if span.label == "PER" and span.text(sentence) in known else span for span in spans]


def write_known_names(known: dict[str, str], path: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.writelines(f"{text}\t{label}\n" for text, label in sorted(known.items()))


def read_known_names(path: str) -> dict[str, str]:
    with open(path, encoding="utf-8") as handle:
        return dict(line.rstrip("\n").split("\t") for line in handle if line.strip())


# What ends a place's or an institution's name. In the training split 5 persons are printed
# right before one that opens no office (市长, 市委 …): three are the surname 区 in a list of
# names (王雪冰、区宗杰), one 克林顿州长, one 茅以升桥梁大奖. On dev it drops 3 false persons and
# no true one (苏扎克区, 乔治·梅森大学, 王和医院: the rule was read from dev's errors). The second
# and third lines, read from 60 corpus issues (罗家岙派出所, 沃尔玛超市, 恩托托山, 万寿岩遗址,
# 埃博拉病毒), follow no person in the training split; they move neither dev nor the held-out
# tenth. (Not 疫情: 蓬佩奥疫情期间.) A graduate is no institution: 黄文秀大学毕业后.
NAME_SUFFIX_RE = re.compile(r"(?:区|镇|县|市|省|州|河|村|乡|街|路|大学|医院|公司|中学|小学|学院|集团|广场|机场|港|湾|岛|峰|桥"
                            r"|派出所|社区|法院|检察院|中心|银行|公园|宾馆|饭店|酒店|商场|超市|寺|庙|山|湖|沟|坪|岭|寨|庄|屯"
                            r"|遗址|遗迹|景区|古镇|古城|石窟|矿|病毒)")
# an office (陈华文区长, 王和市长) or a graduation (黄文秀大学毕业) after a name: no suffix
NO_SUFFIX_AFTER_NAME = (*TITLE_WORDS, "州长", "市委", "县委", "区委", "省委", "州委",
                        "大学毕业", "中学毕业", "小学毕业", "学院毕业")


def before_a_suffix(sentence: str, end: int) -> bool:
    """Does a place's or an institution's suffix start at ``end`` (a "name" before it is none)?"""
    return bool(NAME_SUFFIX_RE.match(sentence, end)) and not sentence.startswith(NO_SUFFIX_AFTER_NAME, end)


def _check_clusters_match(model_path: str, clusters: Clusters | None) -> None:
    """A person model trained on character classes runs without them all the same, only weaker,
    so a tagger built without the class file (or with it, for a model that never read one) is
    refused here instead of silently scoring lower. The model file stores its feature names as
    plain strings, so a byte search tells (4 ms; reading the model's attribute table takes 0.4 s)."""
    with open(model_path, "rb") as handle:
        trained_on_classes = f"{CLUSTER_MARK}{SIZES[0]}=".encode() in handle.read()
    if trained_on_classes and not clusters:
        raise ValueError(f"{model_path}: the person model was trained on character classes; pass clusters=")
    if clusters and not trained_on_classes:
        raise ValueError(f"{model_path}: the person model was trained without character classes; drop clusters=")


class NerTagger:
    """Persons from one crfsuite model, places and organisations from another (when given) —
    one instance per process is enough."""

    def __init__(self, model_path: str, lexicon_model_path: str | None = None,
                 known_names: dict[str, str] | None = None, clusters: Clusters | None = None):
        self._known = known_names or {}
        self._clusters = clusters  # the person model's character classes, as it was trained
        self._person = pycrfsuite.Tagger()
        self._person.open(model_path)
        _check_clusters_match(model_path, clusters)
        self._place_org = None
        if lexicon_model_path is not None:
            self._place_org = pycrfsuite.Tagger()
            self._place_org.open(lexicon_model_path)
        self._lock = threading.Lock()

    def spans(self, sentence: str) -> list[Span]:
        if not sentence:
            return []
        features = sentence_features(sentence)
        person_features = person_view(sentence, features, self._clusters)
        with self._lock:
            first = decode_spans(self._person.tag(person_features))
            if self._place_org is None:
                return first
            second = decode_spans(self._place_org.tag(add_lexicon_marks(sentence, features)))
        return relabel_known(combine(first, second, sentence), sentence, self._known)

    def tag(self, sentence: str) -> list[str]:
        return encode_spans(self.spans(sentence), len(sentence))

    def spans_many(self, sentences: list[str]) -> list[list[Span]]:
        return [self.spans(sentence) for sentence in sentences]


@lru_cache(maxsize=1)
def default_tagger() -> NerTagger:
    """The models shipped inside the package."""
    models = resources.files("pipelines.models")
    with resources.as_file(models.joinpath(MODEL_FILE)) as person, \
            resources.as_file(models.joinpath(LEXICON_MODEL_FILE)) as place_org, \
            resources.as_file(models.joinpath(KNOWN_NAMES_FILE)) as known, \
            resources.as_file(models.joinpath(CLUSTERS_FILE)) as clusters:
        return NerTagger(str(person), str(place_org), read_known_names(str(known)), read_clusters(str(clusters)))


def read_bio(lines: Iterable[str]) -> list[tuple[str, list[str]]]:
    """Parse a BIO file (``char tag`` per line, blank line between sentences)."""
    sentences: list[tuple[str, list[str]]] = []
    chars: list[str] = []
    labels: list[str] = []
    for raw in lines:
        line = raw.rstrip("\n")
        if not line.strip():
            if chars:
                sentences.append(("".join(chars), labels))
                chars, labels = [], []
            continue
        parts = line.split()
        if len(parts) == 1:  # a bare tag: the character was a space
            chars.append(" ")
            labels.append(parts[0])
        else:
            chars.append(parts[0][0])
            labels.append(parts[-1])
    if chars:
        sentences.append(("".join(chars), labels))
    return sentences
