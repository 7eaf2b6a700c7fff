"""The DuckDB catalog (``<data>/warehouse.duckdb``): one view per lake table, plus the metrics.

The catalog holds views only, so it is rebuilt from scratch into a temporary file and renamed
over the old one. A user's open session (read-only or not) keeps reading the file it opened
and never blocks a refresh; the pipeline holds no lock beyond building the small new file.
"""

from __future__ import annotations

from pathlib import Path

import duckdb
import pyarrow as pa

from pipelines.storage.lake import Lake, atomic_path
from pipelines.storage.metrics import METRIC_TABLES, metric_sql
from pipelines.storage.schemas import PARTITIONED_TABLES, Table

CATALOG_FILE = "warehouse.duckdb"

_DUCKDB_TYPES = {
    pa.string(): "VARCHAR",
    pa.int64(): "BIGINT",
    pa.int32(): "INTEGER",
    pa.float64(): "DOUBLE",
    pa.date32(): "DATE",
    pa.bool_(): "BOOLEAN",
    pa.timestamp("us", tz="UTC"): "TIMESTAMPTZ",
}


def _duckdb_type(arrow_type: pa.DataType) -> str:
    """The DuckDB type of a column, for the typed empty view of a table with no files yet."""
    if pa.types.is_list(arrow_type):
        return _duckdb_type(arrow_type.value_type) + "[]"
    if pa.types.is_struct(arrow_type):
        fields = ", ".join(f'"{field.name}" {_duckdb_type(field.type)}' for field in arrow_type)
        return f"STRUCT({fields})"
    return _DUCKDB_TYPES[arrow_type]


def _quote(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def view_sql(lake: Lake, table: Table) -> str:
    """SELECT over the table's Parquet files, or a typed empty relation when it has none yet."""
    if lake.has_files(table):
        return f"SELECT * FROM read_parquet({_quote(lake.glob(table))}, union_by_name = true)"
    columns = ", ".join(
        f"CAST(NULL AS {_duckdb_type(field.type)}) AS \"{field.name}\"" for field in table.schema
    )
    return f"SELECT {columns} WHERE false"


def create_views(connection: duckdb.DuckDBPyConnection, lake: Lake, tables: list[Table]) -> None:
    for table in tables:
        connection.execute(f'CREATE OR REPLACE VIEW "{table.name}" AS {view_sql(lake, table)}')
        description = table.description.replace("'", "''")
        connection.execute(f"COMMENT ON VIEW \"{table.name}\" IS '{description}'")


def compute_metrics(lake: Lake) -> dict[str, pa.Table]:
    """Recompute every metric table with SQL over the lake and write it as Parquet."""
    connection = duckdb.connect()
    try:
        create_views(connection, lake, PARTITIONED_TABLES)
        results = {}
        for table in METRIC_TABLES:
            arrow = connection.sql(metric_sql(table.name)).to_arrow_table()
            arrow = arrow.select(table.schema.names).cast(table.schema)
            lake.write_table(table, arrow)
            results[table.name] = arrow
        return results
    finally:
        connection.close()


def refresh_catalog(lake: Lake) -> Path:
    """Rebuild the catalog's views into a new file and swap it in atomically."""
    target = lake.data_dir / CATALOG_FILE
    with atomic_path(target) as temporary:
        try:
            connection = duckdb.connect(str(temporary))
            try:
                create_views(connection, lake, PARTITIONED_TABLES + METRIC_TABLES)
                connection.execute("CHECKPOINT")
            finally:
                connection.close()
        finally:
            Path(f"{temporary}.wal").unlink(missing_ok=True)
    return target


def query(lake: Lake, sql: str) -> pa.Table:
    """Run SQL against the catalog, read-only (never blocks a refresh)."""
    catalog = lake.data_dir / CATALOG_FILE
    if not catalog.exists():
        refresh_catalog(lake)
    connection = duckdb.connect(str(catalog), read_only=True)
    try:
        return connection.sql(sql).to_arrow_table()
    finally:
        connection.close()
