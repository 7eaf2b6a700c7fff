"""A sensor that turns new or changed issue files into partitions and runs."""

import json

import dagster as dg

from pipelines.defs.common import ISSUES
from pipelines.defs.resources import LakeResource
from pipelines.seeds import SeedError, discover_issues

issue_job = dg.define_asset_job(
    "process_issue",
    selection=dg.AssetSelection.groups("ingest", "articles", "nlp"),
    description="All per-issue stages for one issue (or a batch of issues).",
)


def _stat_signature(issue) -> str:
    """Cheap change detection (size and mtime of every file); hashing only when it moves."""
    return ";".join(f"{path}:{path.stat().st_size}:{path.stat().st_mtime_ns}" for path in issue.files())


@dg.sensor(
    job=issue_job,
    minimum_interval_seconds=30,
    default_status=dg.DefaultSensorStatus.RUNNING,
    description="Adds a partition for each new issue under seeds/ and runs it; a changed file "
    "runs again (run key = content hash); an untouched one never does.",
)
def new_issue_sensor(context: dg.SensorEvaluationContext, lake: LakeResource) -> dg.SensorResult:
    cursor = json.loads(context.cursor) if context.cursor else {}
    try:
        issues = discover_issues(lake.seeds())
    except SeedError as error:
        return dg.SensorResult(skip_reason=str(error))
    known = set(context.instance.get_dynamic_partitions(ISSUES.name))
    new_keys, run_requests, next_cursor = [], [], {}
    for issue in issues:
        signature = _stat_signature(issue)
        previous = cursor.get(issue.key)
        if previous and previous["stat"] == signature:
            next_cursor[issue.key] = previous  # untouched: skip without hashing
            continue
        fingerprint = issue.fingerprint()
        next_cursor[issue.key] = {"stat": signature, "hash": fingerprint}
        if issue.key not in known:
            new_keys.append(issue.key)
        if not previous or previous["hash"] != fingerprint:
            run_requests.append(
                dg.RunRequest(partition_key=issue.key, run_key=f"{issue.key}:{fingerprint}")
            )
    return dg.SensorResult(
        run_requests=run_requests,
        dynamic_partitions_requests=[ISSUES.build_add_request(new_keys)] if new_keys else [],
        cursor=json.dumps(next_cursor, sort_keys=True),
    )
