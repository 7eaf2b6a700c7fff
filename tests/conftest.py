from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "000_811247cb87430da3.txt"
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_items(sample_text):
    from pipelines.core.segment import segment_page

    return segment_page(sample_text)


@pytest.fixture(scope="session")
def tagger():
    from pipelines.core.ner import default_tagger

    return default_tagger()
