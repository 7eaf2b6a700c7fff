"""Keywords per article: jieba's TF-IDF extractor, with recognised names kept whole."""

from __future__ import annotations

import re
import threading

import jieba
import jieba.analyse

_lock = threading.Lock()
NUMERIC_RE = re.compile(r"^[\d.%％,，]+$")  # 10, 18, 2.0: figures, not keywords
_extractor: jieba.analyse.TFIDF | None = None


def _tfidf() -> jieba.analyse.TFIDF:
    """A private tokenizer so per-article names never leak into jieba's global dictionary."""
    global _extractor
    if _extractor is None:
        extractor = jieba.analyse.TFIDF()
        extractor.tokenizer = jieba.Tokenizer()
        extractor.postokenizer = None
        _extractor = extractor
    return _extractor


def extract_keywords(text: str, names: list[str], top_k: int = 10) -> list[tuple[str, float]]:
    """Top ``top_k`` (keyword, weight) pairs; ``names`` (people, places, organisations found in
    the article) are added to the dictionary for this call only, so ``仲旭东`` is not cut into
    ``仲`` + ``旭东``."""
    with _lock:
        extractor = _tfidf()
        tokenizer = extractor.tokenizer
        tokenizer.check_initialized()
        # a name missing from the dictionary, or present only as a prefix of longer words (0)
        before = {n: tokenizer.FREQ.get(n) for n in set(names) if len(n) >= 2 and not tokenizer.FREQ.get(n)}
        for name in before:
            tokenizer.add_word(name, freq=None)
        try:
            ranked = extractor.extract_tags(text, topK=top_k + 10, withWeight=True)
            return [(w, weight) for w, weight in ranked if not NUMERIC_RE.match(w)][:top_k]
        finally:
            for name, previous in before.items():
                _forget(tokenizer, name, previous)


def _forget(tokenizer: jieba.Tokenizer, word: str, previous: int | None) -> None:
    """Undo ``add_word``, putting back the entry the word had (a prefix entry keeps jieba finding
    the longer words it starts). Not ``del_word``: that stores the word with frequency 0 and adds
    it to jieba's *global* force-split set, which changes how every tokenizer in the process (the
    entity recogniser's included) cuts later text."""
    tokenizer.total -= tokenizer.FREQ.pop(word, 0)
    if previous is not None:
        tokenizer.FREQ[word] = previous
