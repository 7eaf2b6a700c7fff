"""Where the pipeline reads seeds and writes data; configurable per deployment."""

from __future__ import annotations

import os
from pathlib import Path

import dagster as dg
from pydantic import Field

from pipelines.seeds import IssueSource, discover_issues
from pipelines.storage.lake import Lake

PROJECT_DIR = Path(__file__).resolve().parents[2]


def default_seeds_dir() -> str:
    return os.environ.get("NEWSETL_SEEDS", str(PROJECT_DIR / "seeds"))


def default_data_dir() -> str:
    return os.environ.get("NEWSETL_DATA", str(PROJECT_DIR / "data"))


class LakeResource(dg.ConfigurableResource):
    """The seeds folder (input) and the data folder (Parquet lake + DuckDB catalog)."""

    seeds_dir: str = Field(default="", description="Seeds folder; empty: $NEWSETL_SEEDS or ./seeds.")
    data_dir: str = Field(default="", description="Data folder; empty: $NEWSETL_DATA or ./data.")

    def seeds(self) -> Path:
        return Path(self.seeds_dir or default_seeds_dir()).resolve()

    def lake(self) -> Lake:
        return Lake(self.data_dir or default_data_dir())

    def issues(self) -> dict[str, IssueSource]:
        return {issue.key: issue for issue in discover_issues(self.seeds())}
