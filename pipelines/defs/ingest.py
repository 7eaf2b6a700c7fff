"""Stage 1: page files → ``raw_pages``."""

import dagster as dg

from pipelines.defs.common import BATCHED, ISSUES, OWNERS, column_schema, fail_if_errors, for_each_partition, markdown_table
from pipelines.defs.resources import LakeResource
from pipelines.stages import StageError, ingest_issue
from pipelines.storage.schemas import RAW_PAGES


@dg.asset(
    name=RAW_PAGES.name,
    description=RAW_PAGES.description,
    partitions_def=ISSUES,
    backfill_policy=BATCHED,
    group_name="ingest",
    owners=OWNERS,
    kinds={"python", "parquet"},
    metadata={"dagster/column_schema": column_schema(RAW_PAGES)},
)
def raw_pages(context: dg.AssetExecutionContext, lake: LakeResource) -> dg.MaterializeResult:
    issues = lake.issues()
    store = lake.lake()

    def ingest(key: str) -> list[dict]:
        if key not in issues:
            raise StageError(f"no files for this issue under {lake.seeds()}")
        rows = ingest_issue(issues[key])
        store.write_partition(RAW_PAGES, key, rows)
        return rows

    results, errors = for_each_partition(context, ingest)
    fail_if_errors(errors, len(results))
    rows = [row for key in results for row in results[key]]
    return dg.MaterializeResult(
        metadata={
            "pages": len(rows),
            "bytes": sum(r["byte_size"] for r in rows),
            "dagster/row_count": len(rows),
            "preview": markdown_table(
                ["issue", "page", "file", "encoding", "bytes"],
                [[r["issue_key"], r["page"], r["source_path"], r["encoding"], r["byte_size"]] for r in rows],
            ),
        }
    )
