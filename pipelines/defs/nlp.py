"""Stage 3: ``articles`` → ``entities``, ``figures``, ``keywords``."""

from collections import Counter
from typing import Iterator

import dagster as dg

from pipelines.defs.common import BATCHED, ISSUES, fail_if_errors, for_each_partition, markdown_table, table_spec
from pipelines.defs.resources import LakeResource
from pipelines.stages import ExtractedIssue, entity_offset_errors, extract_issue
from pipelines.storage.catalog import refresh_catalog
from pipelines.storage.schemas import ARTICLES, ENTITIES, FIGURES, KEYWORDS, RAW_PAGES

CHECKS = [
    dg.AssetCheckSpec(
        "offsets_point_at_text", asset=ENTITIES.name, blocking=True,
        description="body[start:end] equals the mention's text for every entity.",
    ),
]


@dg.multi_asset(
    name="extract_entities_figures_keywords",
    specs=[
        table_spec(ENTITIES, "nlp", deps=[ARTICLES.name], kinds=("python", "parquet", "crfsuite")),
        table_spec(FIGURES, "nlp", deps=[ARTICLES.name]),
        table_spec(KEYWORDS, "nlp", deps=[ARTICLES.name], kinds=("python", "parquet", "jieba")),
    ],
    check_specs=CHECKS,
    partitions_def=ISSUES,
    backfill_policy=BATCHED,
)
def extract_entities_figures_keywords(context: dg.AssetExecutionContext, lake: LakeResource) -> Iterator:
    store = lake.lake()
    bodies: dict[str, str] = {}

    def extract(key: str) -> ExtractedIssue:
        articles = store.read_partition(ARTICLES, key).to_pylist()
        region = next(iter(store.read_partition(RAW_PAGES, key).column("region").to_pylist()), None)
        bodies.update((a["article_id"], a["body"]) for a in articles)
        result = extract_issue(articles, region)
        store.write_partition(ENTITIES, key, result.entities)
        store.write_partition(FIGURES, key, result.figures)
        store.write_partition(KEYWORDS, key, result.keywords)
        return result

    results, errors = for_each_partition(context, extract)
    refresh_catalog(store)
    entities = [e for r in results.values() for e in r.entities]
    figures = [f for r in results.values() for f in r.figures]
    keywords = [k for r in results.values() for k in r.keywords]
    offset_errors = entity_offset_errors(entities, bodies)
    yield dg.AssetCheckResult(
        check_name="offsets_point_at_text", asset_key=ENTITIES.name, passed=not offset_errors,
        metadata={"mismatches": "\n".join(offset_errors)[:1000] or "none"},
    )
    types = Counter(e["type"] for e in entities)
    people = Counter((e["canonical"], e["title"] or "") for e in entities if e["type"] == "person")
    yield dg.MaterializeResult(
        asset_key=ENTITIES.name,
        metadata={
            "entities": len(entities),
            "people": types["person"], "places": types["place"], "orgs": types["org"],
            "dagster/row_count": len(entities),
            "top_people": markdown_table(
                ["person", "title", "mentions"], [[n, t, c] for (n, t), c in people.most_common(20)]
            ),
        },
    )
    yield dg.MaterializeResult(
        asset_key=FIGURES.name,
        metadata={
            "figures": len(figures), "dagster/row_count": len(figures),
            "preview": markdown_table(
                ["kind", "text", "normalised", "unit", "dates"],
                [[f["kind"], f["text"], f["normalised_value"], f["unit"],
                  f"{f['date_start'] or ''}…{f['date_end'] or ''}"] for f in figures],
            ),
        },
    )
    yield dg.MaterializeResult(
        asset_key=KEYWORDS.name,
        metadata={
            "keywords": len(keywords), "dagster/row_count": len(keywords),
            "preview": markdown_table(
                ["article", "top keywords"],
                [[aid, "、".join(k["keyword"] for k in keywords if k["article_id"] == aid)]
                 for aid in dict.fromkeys(k["article_id"] for k in keywords)],
            ),
        },
    )
    fail_if_errors(errors, len(results))
