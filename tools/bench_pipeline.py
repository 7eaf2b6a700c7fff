"""End-to-end throughput: the stages as plain functions beside the same work through Dagster.

    python tools/bench_pipeline.py [--issues 40] [--pages-per-issue 4]

Lays out issues from the corpus (or copies of the bundled sample when ../shared is absent)
into a temporary seeds folder, then times (1) ingest → segment → extract as plain function
calls and (2) ``newsetl run`` on the same folder (Dagster, batched runs, metrics, catalog).
Prints pages/s and characters/s for both, their ratio, and the peak memory of this process.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "peoples_daily_2020h1.jsonl.gz"
SAMPLE = ROOT / "seeds" / "000_811247cb87430da3.txt"


def lay_out(seeds: Path, issues: int, pages_per_issue: int) -> None:
    if not CORPUS.exists():
        for n in range(issues):
            folder = seeds / "平湖日报" / f"2023-03-{n % 28 + 1:02d}"
            folder.mkdir(parents=True, exist_ok=True)
            for page in range(1, pages_per_issue + 1):
                shutil.copy(SAMPLE, folder / f"{page:02d}.txt")
        return
    from pipelines.synth.corpus import corpus_issues
    from pipelines.synth.flatten import Flattener
    from pipelines.synth.harness import ARTICLES_PER_PAGE

    flattener = Flattener(seed=1)
    for day, pages in corpus_issues(CORPUS)[:issues]:
        for page in flattener.issue([p[:ARTICLES_PER_PAGE] for p in pages[:pages_per_issue]]):
            path = seeds / "人民日报" / day / f"{page.page:02d}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(page.text, encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--issues", type=int, default=40)
    parser.add_argument("--pages-per-issue", type=int, default=4)
    args = parser.parse_args()

    from pipelines.seeds import discover_issues
    from pipelines.stages import extract_issue, ingest_issue, segment_issue

    work = Path(tempfile.mkdtemp(prefix="newsetl-bench-"))
    try:
        seeds = work / "seeds"
        lay_out(seeds, args.issues, args.pages_per_issue)
        issues = discover_issues(seeds)
        pages = sum(len(issue.pages) for issue in issues)
        chars = sum(len(p.path.read_text(encoding="utf-8")) for issue in issues for p in issue.pages)
        print(f"{len(issues)} issues, {pages} pages, {chars:,} characters "
              f"({'corpus' if CORPUS.exists() else 'bundled sample'})")

        extract_issue([], None)  # load the models before timing
        started = time.perf_counter()
        for issue in issues:
            raw = ingest_issue(issue)
            segmented = segment_issue(raw)
            extract_issue(segmented.articles, issue.region)
        plain = time.perf_counter() - started
        print(f"{'stages as functions':<28}{pages / plain:8.1f} pages/s {chars / plain:12,.0f} chars/s")

        os.environ["DAGSTER_HOME"] = str(work / "dagster_home")
        from pipelines.cli import main as newsetl

        started = time.perf_counter()
        newsetl(["run", "--seeds", str(seeds), "--data", str(work / "data")])
        dagster = time.perf_counter() - started
        print(f"{'newsetl run (Dagster)':<28}{pages / dagster:8.1f} pages/s {chars / dagster:12,.0f} chars/s"
              f"  ({dagster / plain:.2f}x the plain stages' time)")
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak memory of this process: {peak:,.0f} MB")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
