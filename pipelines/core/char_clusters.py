"""Character clusters learnt from unlabeled text, as features for the person model.

A character that a name uses (伟, 芳, 磊) sits between the same neighbours as other such
characters — after a surname, before 说 or 同志 — so characters that share their neighbours
form classes, and a given name the training split never shows still reads as one. This is the
classic word-cluster feature of NER (Brown clusters, Turian et al. 2010) built the way word
vectors are: counts of each character's left and right neighbours, positive pointwise mutual
information, a truncated SVD (100 dimensions) and k-means at three granularities (32, 128, 512
classes; a coarse class generalises, a fine one stays precise). ``tools/train_ner.py`` learns
them from the People's Daily corpus and the NER training split and ships them as
``ner_char_clusters.tsv``; clustering needs scikit-learn, reading the file needs nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import pairwise

import numpy as np

SIZES = (32, 128, 512)  # classes per granularity, coarse to fine
DIMENSIONS = 100
MOST_CHARACTERS = 7000  # characters that get a class; rarer ones read as unknown
MOST_CONTEXTS = 3000  # neighbours counted
MIN_COUNT = 5
Clusters = dict[str, tuple[str, ...]]  # character → its class at each granularity


def neighbour_counts(texts: Iterable[str]) -> tuple[list[str], np.ndarray]:
    """The characters seen at least ``MIN_COUNT`` times (most frequent first, at most
    ``MOST_CHARACTERS``) and, for each, how often each of the ``MOST_CONTEXTS`` most frequent
    characters stands right before it (first half of the row) and right after it (second half)."""
    texts = list(texts)
    frequency = Counter(char for text in texts for char in text if not char.isspace())
    characters = [c for c, n in frequency.most_common(MOST_CHARACTERS) if n >= MIN_COUNT]
    row = {c: i for i, c in enumerate(characters)}
    column = {c: i for i, (c, _) in enumerate(frequency.most_common(MOST_CONTEXTS))}
    width = len(column)
    bigrams: Counter = Counter()
    for text in texts:
        bigrams.update(pairwise(text))
    counts = np.zeros((len(characters), 2 * width))
    for (left, right), n in bigrams.items():
        if right in row and left in column:
            counts[row[right], column[left]] += n
        if left in row and right in column:
            counts[row[left], width + column[right]] += n
    return characters, counts


def positive_pmi(counts: np.ndarray, smoothing: float = 0.75) -> np.ndarray:
    """PPMI with context-distribution smoothing (Levy, Goldberg & Dagan 2015)."""
    total = counts.sum()
    p_row = counts.sum(axis=1, keepdims=True) / total
    p_context = counts.sum(axis=0, keepdims=True) ** smoothing
    p_context /= p_context.sum()
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(counts / total / (p_row * p_context))
    return np.where(np.isfinite(pmi) & (pmi > 0), pmi, 0.0)


def learn_clusters(texts: Iterable[str], sizes: tuple[int, ...] = SIZES, seed: int = 0) -> Clusters:
    """Each frequent character's class at each granularity in ``sizes``; deterministic for a
    ``seed``."""
    from sklearn.cluster import KMeans  # training only: the shipped file is plain text
    from sklearn.utils.extmath import randomized_svd

    characters, counts = neighbour_counts(texts)
    dimensions = min(DIMENSIONS, len(characters) - 1, counts.shape[1] - 1)
    left, singular, _ = randomized_svd(positive_pmi(counts), dimensions, random_state=seed)
    vectors = left * np.sqrt(singular)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-12  # cosine k-means
    classes = [KMeans(n_clusters=min(k, len(characters)), n_init=4, random_state=seed).fit_predict(vectors)
               for k in sizes]
    return {char: tuple(str(labels[i]) for labels in classes) for i, char in enumerate(characters)}


def write_clusters(clusters: Clusters, path: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.writelines(char + "\t" + "\t".join(classes) + "\n" for char, classes in clusters.items())


def read_clusters(path: str) -> Clusters:
    with open(path, encoding="utf-8") as handle:
        return {line[0]: tuple(line.rstrip("\n").split("\t")[1:]) for line in handle if line.strip("\n")}
