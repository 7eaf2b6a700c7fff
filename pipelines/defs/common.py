"""Helpers shared by the asset modules: partitions, metadata, per-partition error isolation."""

from __future__ import annotations

import warnings
from typing import Callable, TypeVar

import dagster as dg

from pipelines.stages import StageError
from pipelines.storage.schemas import Table, column_docs

# backfill_policy is marked beta; batching backfills is what we want from it
warnings.filterwarnings("ignore", category=dg.BetaWarning)

ISSUES = dg.DynamicPartitionsDefinition(name="issues")
OWNERS = ["team:newsetl"]
# A backfill of many issues runs in batches, not one run per issue.
BATCHED = dg.BackfillPolicy.multi_run(max_partitions_per_run=50)

T = TypeVar("T")


def column_schema(table: Table) -> dg.TableSchema:
    docs = column_docs(table)
    return dg.TableSchema(
        columns=[dg.TableColumn(f.name, str(f.type), description=docs[f.name]) for f in table.schema]
    )


def table_spec(table: Table, group: str, deps=(), kinds=("python", "parquet")) -> dg.AssetSpec:
    return dg.AssetSpec(
        key=table.name,
        description=table.description,
        group_name=group,
        owners=OWNERS,
        kinds=set(kinds),
        deps=list(deps),
        metadata={"dagster/column_schema": column_schema(table)},
    )


def for_each_partition(
    context: dg.AssetExecutionContext, work: Callable[[str], T]
) -> tuple[dict[str, T], list[str]]:
    """Run ``work`` per partition key of the run; one bad issue does not stop the others."""
    results: dict[str, T] = {}
    errors: list[str] = []
    for key in context.partition_keys:
        try:
            results[key] = work(key)
        except (StageError, FileNotFoundError, ValueError) as error:
            context.log.error(f"issue {key}: {error}")
            errors.append(f"issue {key}: {error}")
    return results, errors


def fail_if_errors(errors: list[str], done: int) -> None:
    if errors:
        raise dg.Failure(
            description="\n".join(errors),
            metadata={"failed_issues": len(errors), "completed_issues": done},
        )


def markdown_table(header: list[str], rows: list[list], limit: int = 30) -> dg.MetadataValue:
    def cell(value) -> str:
        return str("" if value is None else value).replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(cell(v) for v in row) + " |" for row in rows[:limit]]
    if len(rows) > limit:
        lines.append(f"\n… {len(rows) - limit} more rows")
    return dg.MetadataValue.md("\n".join(lines))
