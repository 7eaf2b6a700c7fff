"""Reading the People's Daily corpus (``date, page, seq, kicker, headline, subtitle, paragraphs``)
into issues and pages of :class:`~pipelines.synth.flatten.Article`."""

from __future__ import annotations

import gzip
import json
from collections import defaultdict
from pathlib import Path
from typing import Iterator

from pipelines.synth.flatten import Article


def read_articles(path: str | Path) -> Iterator[dict]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            yield json.loads(line)


def corpus_issues(path: str | Path) -> list[tuple[str, list[list[Article]]]]:
    """``[(date, [page1 articles, page2 articles, …]), …]`` in date order; articles without a
    headline or body are skipped."""
    pages: dict[str, dict[int, list[tuple[int, Article]]]] = defaultdict(lambda: defaultdict(list))
    for record in read_articles(path):
        paragraphs = [p.strip() for p in record.get("paragraphs") or [] if p and p.strip()]
        if not record.get("headline") or not paragraphs:
            continue
        article = Article(
            headline=" ".join(record["headline"].split()),
            paragraphs=paragraphs,
            kicker=(record.get("kicker") or None) and " ".join(record["kicker"].split()),
            subtitle=(record.get("subtitle") or None) and " ".join(record["subtitle"].split()),
        )
        pages[record["date"]][int(record["page"])].append((int(record.get("seq") or 0), article))
    return [
        (day, [[a for _, a in sorted(by_page[n], key=lambda x: x[0])] for n in sorted(by_page)])
        for day, by_page in sorted(pages.items())
    ]
