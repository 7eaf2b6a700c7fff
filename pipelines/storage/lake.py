"""The Parquet lake: ``<data>/lake/<table>/issue=<key>/data.parquet`` (Hive style).

Each partition is exactly one file, replaced with an atomic rename: a reader globbing
``*/*.parquet`` sees the old file or the new one, never a mix, never a half-written file
(temporary files are hidden names that do not end in ``.parquet``).
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.storage.schemas import SCHEMA_VERSION, Table

PARTITION_FILE = "data.parquet"
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,150}$")


@contextmanager
def atomic_path(target: Path) -> Iterator[Path]:
    """A hidden temporary path beside ``target`` to write to, renamed onto ``target`` when the block
    ends without an error and removed otherwise: a reader sees the old file or the new one, never
    a half-written one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.parent / f".{target.name}.{uuid.uuid4().hex}.tmp"
    try:
        yield temporary
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


class Lake:
    def __init__(self, data_dir: str | os.PathLike):
        self.data_dir = Path(data_dir).resolve()
        self.root = self.data_dir / "lake"

    # -- paths ------------------------------------------------------------------------------
    def table_dir(self, table: Table) -> Path:
        return self.root / table.name

    def partition_path(self, table: Table, key: str) -> Path:
        if not KEY_RE.match(key) or ".." in key:
            raise ValueError(f"unsafe partition key {key!r}")
        return self.table_dir(table) / f"issue={key}" / PARTITION_FILE

    def glob(self, table: Table) -> str:
        if table.partitioned:
            return str(self.table_dir(table) / "*" / "*.parquet")
        return str(self.table_dir(table) / "*.parquet")

    def has_files(self, table: Table) -> bool:
        pattern = "*/*.parquet" if table.partitioned else "*.parquet"
        return any(self.table_dir(table).glob(pattern))

    # -- writing ----------------------------------------------------------------------------
    def write_partition(self, table: Table, key: str, rows: Iterable[Mapping] | pa.Table) -> Path:
        arrow = rows if isinstance(rows, pa.Table) else to_arrow(table, rows)
        return self._write_atomic(arrow, self.partition_path(table, key))

    def write_table(self, table: Table, arrow: pa.Table) -> Path:
        """An unpartitioned table (the metrics): one file, replaced atomically."""
        return self._write_atomic(arrow, self.table_dir(table) / PARTITION_FILE)

    def _write_atomic(self, arrow: pa.Table, target: Path) -> Path:
        metadata = dict(arrow.schema.metadata or {})
        metadata[b"newsetl.schema_version"] = SCHEMA_VERSION.encode()
        arrow = arrow.replace_schema_metadata(metadata)
        with atomic_path(target) as temporary:
            pq.write_table(arrow, temporary, compression="zstd")
            with open(temporary, "rb") as handle:
                os.fsync(handle.fileno())
        return target

    # -- reading ----------------------------------------------------------------------------
    def read_partition(self, table: Table, key: str) -> pa.Table:
        path = self.partition_path(table, key)
        if not path.exists():
            raise FileNotFoundError(f"{table.name} has no partition {key!r} (looked for {path})")
        return pq.read_table(path, schema=table.schema)

    def partitions(self, table: Table) -> list[str]:
        if not self.table_dir(table).exists():
            return []
        return sorted(
            p.parent.name.removeprefix("issue=")
            for p in self.table_dir(table).glob(f"issue=*/{PARTITION_FILE}")
        )


def to_arrow(table: Table, rows: Iterable[Mapping]) -> pa.Table:
    """Rows (dicts) → an Arrow table with exactly the table's schema (missing keys are null)."""
    rows = list(rows)
    columns = {name: [row.get(name) for row in rows] for name in table.schema.names}
    return pa.Table.from_pydict(columns, schema=table.schema)
