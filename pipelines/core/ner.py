"""Named-entity recognition: a character CRF (python-crfsuite) with jieba word features.

The model is trained by ``tools/train_ner.py`` on the People's Daily NER training split and
shipped inside the package (``pipelines/models/ner_crf.model``). Everything here is pure:
strings in, spans out, no I/O beyond loading the model file once.
"""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Iterable, Sequence

import jieba
import pycrfsuite

ENTITY_TYPES = {"PER": "person", "LOC": "place", "ORG": "org"}
MODEL_FILE = "ner_crf.model"

_jieba_lock = threading.Lock()
jieba.setLogLevel(logging.WARNING)  # its dictionary-loading chatter is not news


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str  # PER / LOC / ORG

    def text(self, sentence: str) -> str:
        return sentence[self.start : self.end]


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


def sentence_features(sentence: str) -> list[list[str]]:
    """Feature strings for every character of ``sentence`` (same length as the input)."""
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
    return features


def decode_spans(labels: Sequence[str]) -> list[Span]:
    """BIO labels → spans; an I- without a matching B- starts a new span."""
    spans: list[Span] = []
    start, kind = -1, ""
    for i, label in enumerate(list(labels) + ["O"]):
        inside = label.startswith("I-") and kind == label[2:]
        if start >= 0 and not inside:
            spans.append(Span(start, i, kind))
            start, kind = -1, ""
        if label.startswith("B-") or (label.startswith("I-") and not inside):
            start, kind = i, label[2:]
    return spans


class NerTagger:
    """Thin wrapper around a crfsuite model; one instance per process is enough."""

    def __init__(self, model_path: str):
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(model_path)
        self._lock = threading.Lock()

    def tag(self, sentence: str) -> list[str]:
        if not sentence:
            return []
        features = sentence_features(sentence)
        with self._lock:
            return self._tagger.tag(features)

    def spans(self, sentence: str) -> list[Span]:
        return decode_spans(self.tag(sentence))

    def spans_many(self, sentences: list[str]) -> list[list[Span]]:
        return [self.spans(sentence) for sentence in sentences]


@lru_cache(maxsize=1)
def default_tagger() -> NerTagger:
    """The model shipped inside the package."""
    model = resources.files("pipelines.models").joinpath(MODEL_FILE)
    with resources.as_file(model) as path:
        return NerTagger(str(path))


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
