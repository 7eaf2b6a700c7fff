"""The code location: ``dagster dev -w workspace.yaml`` (or ``dg dev``) loads ``defs``."""

from __future__ import annotations

import dagster as dg

from pipelines.defs.articles import segment_articles
from pipelines.defs.ingest import raw_pages
from pipelines.defs.metrics import daily_metrics_schedule, metrics, metrics_job
from pipelines.defs.nlp import extract_entities_figures_keywords
from pipelines.defs.resources import LakeResource
from pipelines.defs.sensors import issue_job, new_issue_sensor

ASSETS = [raw_pages, segment_articles, extract_entities_figures_keywords, metrics]

defs = dg.Definitions(
    assets=ASSETS,
    jobs=[issue_job, metrics_job],
    schedules=[daily_metrics_schedule],
    sensors=[new_issue_sensor],
    resources={"lake": LakeResource()},
    # One process per run, not per step: NLP imports cost seconds per process.
    executor=dg.in_process_executor,
)
