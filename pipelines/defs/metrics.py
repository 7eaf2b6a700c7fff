"""Stage 4: metrics over every issue (unpartitioned), recomputed with DuckDB SQL; the catalog."""

from typing import Iterator

import dagster as dg

from pipelines.defs.common import markdown_table, table_spec
from pipelines.defs.resources import LakeResource
from pipelines.storage.catalog import compute_metrics, refresh_catalog
from pipelines.storage.metrics import METRIC_TABLES
from pipelines.storage.schemas import ARTICLES, BYLINES, ENTITIES, FIGURES, RAW_PAGES

UPSTREAM = [RAW_PAGES.name, ARTICLES.name, BYLINES.name, ENTITIES.name, FIGURES.name]


@dg.multi_asset(
    name="compute_metrics",
    specs=[table_spec(t, "metrics", deps=UPSTREAM, kinds=("duckdb", "parquet")) for t in METRIC_TABLES],
)
def metrics(context: dg.AssetExecutionContext, lake: LakeResource) -> Iterator[dg.MaterializeResult]:
    store = lake.lake()
    results = compute_metrics(store)
    catalog = refresh_catalog(store)
    context.log.info(f"catalog refreshed: {catalog}")
    for table in METRIC_TABLES:
        arrow = results[table.name]
        rows = arrow.slice(0, 15).to_pylist()
        yield dg.MaterializeResult(
            asset_key=table.name,
            metadata={
                "dagster/row_count": arrow.num_rows,
                "preview": markdown_table(list(arrow.schema.names), [list(r.values()) for r in rows]),
                "catalog": dg.MetadataValue.path(str(catalog)),
            },
        )


metrics_job = dg.define_asset_job(
    "refresh_metrics", selection=dg.AssetSelection.assets(*[t.name for t in METRIC_TABLES])
)

daily_metrics_schedule = dg.ScheduleDefinition(
    name="daily_metrics",
    job=metrics_job,
    cron_schedule="0 6 * * *",
    default_status=dg.DefaultScheduleStatus.RUNNING,
    description="Recompute the metrics and the catalog every morning.",
)
