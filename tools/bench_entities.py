"""Throughput of the entity stage beside jieba's own cut, on the same text, one core.

    python tools/bench_entities.py [--chars 300000]

Text: article bodies from ../shared/corpus (when present), else the bundled sample repeated.
Prints characters per second for jieba.cut (the baseline) and for each part of the entity
stage, and the ratio to the baseline.
"""

from __future__ import annotations

import argparse
import gzip
import json
import time
from pathlib import Path

import jieba

from pipelines.core.entities import EntityContext, HomeRegion, extract_mentions
from pipelines.core.figures import extract_figures
from pipelines.core.ner import default_tagger
from pipelines.core.segment import segment_page

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "peoples_daily_2020h1.jsonl.gz"


def load_text(limit: int) -> list[str]:
    texts, total = [], 0
    if CORPUS.exists():
        with gzip.open(CORPUS, "rt", encoding="utf-8") as handle:
            for line in handle:
                body = "\n".join(json.loads(line)["paragraphs"])
                texts.append(body)
                total += len(body)
                if total >= limit:
                    break
        return texts
    sample = ROOT / "seeds" / "000_811247cb87430da3.txt"
    bodies = [i.body for i in segment_page(sample.read_text(encoding="utf-8")) if i.kind != "other"]
    while total < limit:
        texts.extend(bodies)
        total += sum(map(len, bodies))
    return texts


def rate(label: str, texts: list[str], work, baseline: float | None = None) -> float:
    chars = sum(map(len, texts))
    started = time.perf_counter()
    for text in texts:
        work(text)
    elapsed = time.perf_counter() - started
    per_second = chars / elapsed
    ratio = f"  ({per_second / baseline:.2f}x jieba.cut)" if baseline else ""
    print(f"{label:<34}{per_second:>12,.0f} chars/s{ratio}")
    return per_second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--chars", type=int, default=300_000)
    args = parser.parse_args()
    texts = load_text(args.chars)
    tagger = default_tagger()
    jieba.initialize()
    tagger.tag("预热")  # load everything before timing
    context = EntityContext(HomeRegion.parse("浙江省嘉兴市平湖市"))
    print(f"{len(texts)} texts, {sum(map(len, texts)):,} characters, source: "
          f"{'corpus' if CORPUS.exists() else 'bundled sample'}")
    baseline = rate("jieba.cut (baseline)", texts, lambda t: list(jieba.cut(t)))
    rate("entities (CRF + titles + canonical)", texts, lambda t: extract_mentions(t, tagger, context), baseline)
    rate("figures", texts, lambda t: extract_figures(t, None), baseline)


if __name__ == "__main__":
    main()
