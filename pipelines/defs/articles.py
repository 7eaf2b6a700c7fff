"""Stage 2: ``raw_pages`` → ``articles`` + ``bylines``, guarded by blocking checks."""

from collections import Counter
from typing import Iterator

import dagster as dg

from pipelines.defs.common import BATCHED, ISSUES, fail_if_errors, for_each_partition, markdown_table, table_spec
from pipelines.defs.resources import LakeResource
from pipelines.stages import SegmentedIssue, segment_issue, wrap_artifacts
from pipelines.storage.schemas import ARTICLES, BYLINES, HEADING_CHECK_BELOW, RAW_PAGES

CHECKS = [
    dg.AssetCheckSpec(
        "conservation", asset=ARTICLES.name, blocking=True,
        description="Every non-space character of the pages lands in exactly one field.",
    ),
    dg.AssetCheckSpec(
        # a warning, not a stop: an item whose headline the parser missed still has entities
        "headline_and_body", asset=ARTICLES.name, blocking=False,
        description="Every article and photo has a headline and a body (warns).",
    ),
    dg.AssetCheckSpec(
        "no_wrap_artifacts", asset=ARTICLES.name, blocking=True,
        description="No spaces inside Chinese text, no empty paragraphs, none starting with punctuation.",
    ),
]


@dg.multi_asset(
    name="segment_articles",
    specs=[
        table_spec(ARTICLES, "articles", deps=[RAW_PAGES.name]),
        table_spec(BYLINES, "articles", deps=[RAW_PAGES.name]),
    ],
    check_specs=CHECKS,
    partitions_def=ISSUES,
    backfill_policy=BATCHED,
)
def segment_articles(context: dg.AssetExecutionContext, lake: LakeResource) -> Iterator:
    store = lake.lake()

    def segment(key: str) -> SegmentedIssue:
        raw = store.read_partition(RAW_PAGES, key).to_pylist()
        result = segment_issue(raw)
        store.write_partition(ARTICLES, key, result.articles)
        store.write_partition(BYLINES, key, result.bylines)
        return result

    results, errors = for_each_partition(context, segment)
    articles = [a for r in results.values() for a in r.articles]
    bylines = [b for r in results.values() for b in r.bylines]
    lost = sum((r.lost for r in results.values()), Counter())
    duplicated = sum((r.duplicated for r in results.values()), Counter())
    yield from _checks(articles, lost, duplicated)
    yield dg.MaterializeResult(
        asset_key=ARTICLES.name,
        metadata={
            "articles": sum(a["kind"] == "article" for a in articles),
            "photos": sum(a["kind"] == "photo" for a in articles),
            "items": len(articles),
            "dagster/row_count": len(articles),
            # headings read two ways: worth a look, with heading_alternative beside them
            "headings_to_check": sum(a["kind"] != "other" and a["heading_confidence"] < HEADING_CHECK_BELOW
                                     for a in articles),
            # issues whose headings break at phrases, read so (see headings.estimate_house_style)
            "issues_breaking_headlines_at_phrases": sum(r.house_style.breaks_at_phrases for r in results.values()),
            # issues whose headings show the narrowest column they are set in, read with it
            "issues_showing_a_heading_column": sum(r.house_style.narrowest_column > 0 for r in results.values()),
            "headlines": markdown_table(
                ["id", "kind", "kicker", "headline", "subtitle", "confidence", "paragraphs", "bylines"],
                [[a["article_id"], a["kind"], a["kicker"], a["headline"], a["subtitle"],
                  f"{a['heading_confidence']:.3f}", a["paragraph_count"], a["byline_text"]] for a in articles],
            ),
        },
    )
    yield dg.MaterializeResult(
        asset_key=BYLINES.name,
        metadata={
            "bylines": len(bylines),
            "dagster/row_count": len(bylines),
            "preview": markdown_table(
                ["article", "name", "role", "assignment"],
                [[b["article_id"], b["name"], b["role"], b["assignment"]] for b in bylines],
            ),
        },
    )
    fail_if_errors(errors, len(results))


def _checks(articles: list[dict], lost: Counter, duplicated: Counter) -> Iterator[dg.AssetCheckResult]:
    yield dg.AssetCheckResult(
        check_name="conservation", asset_key=ARTICLES.name,
        passed=not lost and not duplicated,
        metadata={"lost": "".join(lost.elements())[:200], "duplicated": "".join(duplicated.elements())[:200]},
    )
    missing = [a["article_id"] for a in articles
               if a["kind"] != "other" and not (a["headline"] and a["body"])]
    yield dg.AssetCheckResult(
        check_name="headline_and_body", asset_key=ARTICLES.name, passed=not missing,
        severity=dg.AssetCheckSeverity.WARN,
        metadata={"items_missing_headline_or_body": ", ".join(missing)[:500] or "none"},
    )
    artifacts = [f"{a['article_id']}: {p}" for a in articles if a["kind"] != "other"
                 for p in wrap_artifacts(a["body"])]
    yield dg.AssetCheckResult(
        check_name="no_wrap_artifacts", asset_key=ARTICLES.name, passed=not artifacts,
        metadata={"artifacts": "\n".join(artifacts)[:1000] or "none"},
    )
