"""Character clusters for the NER model, learnt without labels from the People's Daily corpus.

    python tools/build_clusters.py [--corpus ../shared/corpus/peoples_daily_2020h1.jsonl.gz]

Each frequent character is described by which characters occur right before and right after it
(positive PMI), reduced with a randomized SVD and grouped by k-means. Characters that behave alike
(given-name characters, surnames, place suffixes, verbs of speech) share a cluster, which lets
the CRF generalise to names it never saw in the labelled data. Writes
``pipelines/models/char_clusters.tsv`` (``char<TAB>cluster``), a few tens of kilobytes.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "peoples_daily_2020h1.jsonl.gz"
OUT = ROOT / "pipelines" / "models" / "char_clusters.tsv"


def read_corpus(path: Path) -> list[str]:
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            texts.extend(p for p in record["paragraphs"] if p)
            texts.extend(t for t in (record["headline"], record["kicker"], record["subtitle"]) if t)
    return texts


def context_matrix(texts: list[str], vocab: list[str], contexts: list[str]) -> np.ndarray:
    """counts[w, c] of context c immediately left of w, then immediately right (two blocks)."""
    index = {c: i for i, c in enumerate(vocab)}
    ctx_index = {c: i for i, c in enumerate(contexts)}
    n_ctx = len(contexts) + 1  # last column: any rarer context, text boundaries included
    joined = "\n".join(texts)
    ids = np.fromiter((index.get(c, -1) for c in joined), dtype=np.int64, count=len(joined))
    ctx = np.fromiter((ctx_index.get(c, n_ctx - 1) for c in joined), dtype=np.int64, count=len(joined))
    width = 2 * n_ctx
    cells = []
    for word, context in ((ids[1:], ctx[:-1]), (ids[:-1], n_ctx + ctx[1:])):
        keep = word >= 0
        cells.append(word[keep] * width + context[keep])
    flat = np.bincount(np.concatenate(cells), minlength=len(vocab) * width)
    return flat.reshape(len(vocab), width).astype(np.float64)


def ppmi(counts: np.ndarray) -> np.ndarray:
    total = counts.sum()
    row = counts.sum(axis=1, keepdims=True)
    col = counts.sum(axis=0, keepdims=True) ** 0.75  # context distribution smoothing
    col = col / col.sum() * total
    with np.errstate(divide="ignore", invalid="ignore"):
        pmi = np.log(counts * total / (row * col))
    return np.nan_to_num(np.maximum(pmi, 0.0), posinf=0.0)


def randomized_svd(matrix: np.ndarray, rank: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    sketch = matrix @ rng.standard_normal((matrix.shape[1], rank + 20))
    q, _ = np.linalg.qr(matrix @ (matrix.T @ sketch))
    u, s, _ = np.linalg.svd(q.T @ matrix, full_matrices=False)
    return (q @ u)[:, :rank] * np.sqrt(s[:rank])


def kmeans(points: np.ndarray, k: int, seed: int, iterations: int = 50) -> np.ndarray:
    rng = np.random.default_rng(seed)
    centres = points[rng.choice(len(points), k, replace=False)]
    labels = np.zeros(len(points), dtype=np.int64)
    for _ in range(iterations):
        distances = (points**2).sum(1)[:, None] - 2 * points @ centres.T + (centres**2).sum(1)[None]
        labels = distances.argmin(axis=1)
        for j in range(k):
            members = points[labels == j]
            centres[j] = members.mean(axis=0) if len(members) else points[rng.integers(len(points))]
    return labels


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=OUT)
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--contexts", type=int, default=3000)
    parser.add_argument("--rank", type=int, default=64)
    parser.add_argument("--clusters", type=int, default=256)
    parser.add_argument("--seed", type=int, default=13)
    args = parser.parse_args()

    started = time.perf_counter()
    texts = read_corpus(args.corpus)
    frequency = Counter(c for text in texts for c in text)
    vocab = sorted(c for c, n in frequency.items() if n >= args.min_count and not c.isspace())
    contexts = [c for c, _ in frequency.most_common(args.contexts)]
    counts = context_matrix(texts, vocab, contexts)
    vectors = randomized_svd(ppmi(counts), args.rank, args.seed)
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True) + 1e-9
    labels = kmeans(vectors, args.clusters, args.seed)
    args.out.write_text("".join(f"{c}\t{label}\n" for c, label in zip(vocab, labels)), encoding="utf-8")
    print(f"{len(texts)} texts, {sum(frequency.values()):,} chars, {len(vocab)} characters → "
          f"{args.clusters} clusters in {time.perf_counter() - started:.0f}s → {args.out}")


if __name__ == "__main__":
    main()
