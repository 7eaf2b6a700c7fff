from __future__ import annotations

import subprocess
import sys
from datetime import date

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines.storage.catalog import CATALOG_FILE, query, refresh_catalog
from pipelines.storage.lake import Lake
from pipelines.storage.schemas import ARTICLES, BYLINES, PARTITIONED_TABLES


def _byline(article_id, name):
    return {"article_id": article_id, "issue_key": "k1", "paper": "平湖日报",
            "issue_date": date(2023, 3, 15), "name": name, "role": "记者",
            "assignment": "adjacent", "confidence": 1.0, "line_no": 3}


def test_partition_rewrite_replaces_not_appends(tmp_path):
    lake = Lake(tmp_path)
    lake.write_partition(BYLINES, "k1", [_byline("k1/p01/01", "王强"), _byline("k1/p01/02", "李明")])
    lake.write_partition(BYLINES, "k1", [_byline("k1/p01/01", "张丹燕")])
    table = pq.read_table(lake.table_dir(BYLINES)).to_pylist()
    assert [row["name"] for row in table] == ["张丹燕"]
    files = [p.name for p in (lake.table_dir(BYLINES) / "issue=k1").iterdir()]
    assert files == ["data.parquet"]  # no temporary file left behind


def test_failed_write_keeps_old_partition(tmp_path):
    lake = Lake(tmp_path)
    lake.write_partition(BYLINES, "k1", [_byline("k1/p01/01", "王强")])
    with pytest.raises((pa.ArrowInvalid, pa.ArrowTypeError)):
        lake.write_partition(BYLINES, "k1", [{**_byline("k1/p01/01", "x"), "confidence": "high"}])
    assert lake.read_partition(BYLINES, "k1").column("name").to_pylist() == ["王强"]
    assert [p.name for p in (lake.table_dir(BYLINES) / "issue=k1").iterdir()] == ["data.parquet"]


@pytest.mark.parametrize("key", ["../escape", "a/b", "", "Upper", "a b"])
def test_unsafe_partition_keys_rejected(tmp_path, key):
    with pytest.raises(ValueError, match="unsafe partition key"):
        Lake(tmp_path).partition_path(ARTICLES, key)


def test_schema_written_once_with_descriptions(tmp_path):
    lake = Lake(tmp_path)
    lake.write_partition(BYLINES, "k1", [_byline("k1/p01/01", "王强")])
    schema = pq.read_schema(lake.partition_path(BYLINES, "k1"))
    assert schema.names == BYLINES.schema.names
    assert schema.metadata[b"newsetl.schema_version"] == b"1.2"
    assert all(f.metadata and b"description" in f.metadata for t in PARTITIONED_TABLES for f in t.schema)


def test_catalog_views_empty_then_filled(tmp_path):
    lake = Lake(tmp_path)
    refresh_catalog(lake)
    assert query(lake, "SELECT count(*) AS n FROM bylines").to_pylist() == [{"n": 0}]
    lake.write_partition(BYLINES, "k1", [_byline("k1/p01/01", "王强")])
    refresh_catalog(lake)
    assert query(lake, "SELECT name FROM bylines").to_pylist() == [{"name": "王强"}]


def test_open_reader_session_does_not_block_refresh(tmp_path):
    lake = Lake(tmp_path)
    lake.write_partition(BYLINES, "k1", [_byline("k1/p01/01", "王强")])
    refresh_catalog(lake)
    catalog = str(tmp_path / CATALOG_FILE)
    # another process holds the catalog open, read-write (the default of the duckdb shell)
    holder = subprocess.Popen(
        [sys.executable, "-c",
         f"import duckdb,sys; c=duckdb.connect({catalog!r}); print('open', flush=True); sys.stdin.read()"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        with pytest.raises(duckdb.IOException):
            duckdb.connect(catalog)  # the lock is real
        lake.write_partition(BYLINES, "k2", [{**_byline("k2/p01/01", "李明"), "issue_key": "k2"}])
        refresh_catalog(lake)
        assert query(lake, "SELECT count(*) AS n FROM bylines").to_pylist() == [{"n": 2}]
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
