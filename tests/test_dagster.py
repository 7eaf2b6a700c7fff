"""The Dagster layer: definitions load, a partition materialises end to end, the sensor."""

from __future__ import annotations

import json
import shutil

import dagster as dg
import pytest

from pipelines.definitions import ASSETS, defs
from pipelines.defs.common import ISSUES
from pipelines.defs.metrics import metrics
from pipelines.defs.resources import LakeResource
from pipelines.defs.sensors import new_issue_sensor
from pipelines.storage.catalog import query
from pipelines.storage.lake import Lake
from tests.conftest import SAMPLE

PER_ISSUE = [a for a in ASSETS if a is not metrics]


@pytest.fixture
def folders(tmp_path):
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    seeds.mkdir()
    shutil.copy(SAMPLE, seeds / SAMPLE.name)
    shutil.copy(SAMPLE.with_name(SAMPLE.name + ".json"), seeds / (SAMPLE.name + ".json"))
    return seeds, data


@pytest.fixture
def instance():
    with dg.instance_for_test() as instance:
        yield instance


def test_definitions_load():
    graph = defs.resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    assert keys == {
        "raw_pages", "articles", "bylines", "entities", "figures", "keywords",
        "metric_issue_counts", "metric_top_entities", "metric_reporters", "metric_figure_totals",
        "people",
    }
    checks = {key.name for key in graph.asset_check_keys}
    assert checks == {"conservation", "headline_and_body", "no_wrap_artifacts", "offsets_point_at_text"}
    assert defs.resolve_sensor_def("new_issue_sensor").default_status == dg.DefaultSensorStatus.RUNNING
    assert defs.resolve_schedule_def("daily_metrics").cron_schedule == "0 6 * * *"
    assert defs.resolve_job_def("process_issue").partitions_def == ISSUES


def test_sample_issue_materialises_end_to_end(folders, instance):
    seeds, data = folders
    resources = {"lake": LakeResource(seeds_dir=str(seeds), data_dir=str(data))}
    (key,) = [issue for issue in resources["lake"].issues()]
    instance.add_dynamic_partitions(ISSUES.name, [key])

    result = dg.materialize(PER_ISSUE, instance=instance, resources=resources, partition_key=key)
    assert result.success
    evaluations = result.get_asset_check_evaluations()
    assert {e.check_name: e.passed for e in evaluations} == {
        "conservation": True, "headline_and_body": True, "no_wrap_artifacts": True,
        "offsets_point_at_text": True,
    }
    materialised = result.asset_materializations_for_node("segment_articles")
    articles_event = next(m for m in materialised if m.asset_key.to_user_string() == "articles")
    assert articles_event.metadata["articles"].value == 6
    assert articles_event.metadata["photos"].value == 1
    # “提升专业技能，争做大国工匠” (0.572) and “零号湾”与“壹号湾”签订合作协议 (0.848: its lead opens a
    # clause with 签订, as a new unit would)
    assert articles_event.metadata["headings_to_check"].value == 2

    assert dg.materialize([metrics], instance=instance, resources=resources).success
    lake = Lake(data)
    for table in ("raw_pages", "articles", "bylines", "entities", "figures", "keywords"):
        assert (data / "lake" / table / f"issue={key}" / "data.parquet").exists()
    counts = query(lake, "SELECT pages, articles, photos, bylines FROM metric_issue_counts").to_pylist()
    assert counts == [{"pages": 1, "articles": 6, "photos": 1, "bylines": 11}]
    headline = query(lake, "SELECT headline FROM articles WHERE seq = 2").to_pylist()
    assert headline == [{"headline": "我市部署打击治理电信网络新型违法犯罪工作"}]
    runner_up = query(lake, "SELECT heading_alternative.kicker AS kicker, heading_alternative.headline AS headline, "
                            "heading_alternative.subtitle AS subtitle FROM articles WHERE heading_confidence < 0.9 "
                            "ORDER BY heading_confidence").to_pylist()
    assert runner_up == [
        {"kicker": "“提升专业技能，争做大国工匠”", "headline": "全国人大代表韩其芳与市职业中专学生分享感悟", "subtitle": None},
        {"kicker": None, "headline": "“零号湾”与“壹号湾”", "subtitle": "签订合作协议"},
    ]
    reporters = query(lake, "SELECT articles FROM metric_reporters WHERE name = '胡佳英'").to_pylist()
    assert reporters == [{"articles": 2}]


def _evaluate(instance, seeds, data, cursor):
    context = dg.build_sensor_context(
        instance=instance, cursor=cursor,
        resources={"lake": LakeResource(seeds_dir=str(seeds), data_dir=str(data))},
    )
    return new_issue_sensor(context)


def test_sensor_new_changed_untouched(folders, instance):
    seeds, data = folders
    first = _evaluate(instance, seeds, data, None)
    assert len(first.run_requests) == 1
    (request,) = first.dynamic_partitions_requests
    assert request.partition_keys == [first.run_requests[0].partition_key]
    instance.add_dynamic_partitions(ISSUES.name, request.partition_keys)

    untouched = _evaluate(instance, seeds, data, first.cursor)
    assert untouched.run_requests == [] and untouched.dynamic_partitions_requests == []

    page = seeds / SAMPLE.name
    page.write_text(page.read_text(encoding="utf-8") + "\n本报讯 新增一段。\n", encoding="utf-8")
    changed = _evaluate(instance, seeds, data, untouched.cursor)
    assert len(changed.run_requests) == 1
    assert changed.run_requests[0].partition_key == first.run_requests[0].partition_key
    assert changed.run_requests[0].run_key != first.run_requests[0].run_key
    assert changed.dynamic_partitions_requests == []  # the partition exists already

    # a corrected sidecar changes the issue too
    sidecar = seeds / (SAMPLE.name + ".json")
    sidecar.write_text(sidecar.read_text(encoding="utf-8").replace('"date": null', '"date": "2023-03-15"'),
                       encoding="utf-8")
    residecar = _evaluate(instance, seeds, data, changed.cursor)
    assert [r.partition_key for r in residecar.run_requests] == [first.run_requests[0].partition_key]
    changed = residecar

    # a new issue dropped into seeds/
    new_page = seeds / "平湖日报" / "2023-03-16" / "01.txt"
    new_page.parent.mkdir(parents=True)
    new_page.write_text("本报讯 昨天，我市召开会议。\n\n会议召开\n", encoding="utf-8")
    added = _evaluate(instance, seeds, data, changed.cursor)
    assert [r.partition_key for r in added.run_requests] == ["pinghuribao-2023-03-16"]
    assert json.loads(added.cursor).keys() == {
        first.run_requests[0].partition_key, "pinghuribao-2023-03-16"
    }


def test_failed_blocking_check_stops_downstream(folders, instance, monkeypatch):
    seeds, data = folders
    resources = {"lake": LakeResource(seeds_dir=str(seeds), data_dir=str(data))}
    (key,) = resources["lake"].issues()
    instance.add_dynamic_partitions(ISSUES.name, [key])
    monkeypatch.setattr("pipelines.defs.articles.wrap_artifacts", lambda body: ["planted artifact"])
    result = dg.materialize(PER_ISSUE, instance=instance, resources=resources, partition_key=key,
                            raise_on_error=False)
    assert not result.success
    checks = {e.check_name: e.passed for e in result.get_asset_check_evaluations()}
    assert checks["no_wrap_artifacts"] is False
    materialised = {e.asset_key.to_user_string() for e in result.get_asset_materialization_events()}
    assert "articles" in materialised and "entities" not in materialised
    assert not (data / "lake" / "entities").exists()


def test_several_issues_run_in_one_batch(tmp_path, instance):
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    for day in ("2023-03-14", "2023-03-15", "2023-03-16"):
        page = seeds / "平湖日报" / day / "01.txt"
        page.parent.mkdir(parents=True)
        page.write_text(f"本报讯 昨天，我市召开会议，{day}。\n\n我市召开会议\n", encoding="utf-8")
    resources = {"lake": LakeResource(seeds_dir=str(seeds), data_dir=str(data))}
    keys = list(resources["lake"].issues())
    instance.add_dynamic_partitions(ISSUES.name, keys)
    from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

    tags = {ASSET_PARTITION_RANGE_START_TAG: keys[0], ASSET_PARTITION_RANGE_END_TAG: keys[-1]}
    result = dg.materialize(PER_ISSUE, instance=instance, resources=resources, tags=tags)
    assert result.success
    assert len(instance.get_run_records()) == 1
    resolved = query(Lake(data), "SELECT issue_date, date_start FROM figures WHERE kind = 'relative_date' ORDER BY 1")
    assert [(r["issue_date"].isoformat(), r["date_start"].isoformat()) for r in resolved.to_pylist()] == [
        ("2023-03-14", "2023-03-13"), ("2023-03-15", "2023-03-14"), ("2023-03-16", "2023-03-15")
    ]
