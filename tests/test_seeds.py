from __future__ import annotations

import json
from datetime import date

import pytest

from pipelines.seeds import SeedError, discover_issues, issue_key
from pipelines.storage.lake import KEY_RE


def _write(path, text="本报讯 昨天，我市召开会议。\n"):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_dated_issue_folder_groups_pages_by_number(tmp_path):
    _write(tmp_path / "平湖日报" / "2023-03-15" / "02.txt")
    _write(tmp_path / "平湖日报" / "2023-03-15" / "01.txt")
    _write(tmp_path / "平湖日报" / "2023-03-15" / "10_sport.txt")
    (issue,) = discover_issues(tmp_path)
    assert issue.key == "pinghuribao-2023-03-15"
    assert (issue.paper, issue.issue_date) == ("平湖日报", date(2023, 3, 15))
    assert [p.page for p in issue.pages] == [1, 2, 10]


def test_loose_file_with_sidecar(tmp_path):
    page = _write(tmp_path / "000_abc.txt")
    (tmp_path / "000_abc.txt.json").write_text(
        json.dumps({"paper": "平湖日报", "page": 1, "region": "浙江省嘉兴市平湖市"}), encoding="utf-8"
    )
    (issue,) = discover_issues(tmp_path)
    assert issue.paper == "平湖日报" and issue.issue_date is None
    assert issue.region == "浙江省嘉兴市平湖市"
    assert issue.key.startswith("pinghuribao-000-abc-")
    assert issue.pages[0].path == page


@pytest.mark.parametrize("name", ["../../etc/passwd.txt", "a b  c.txt", "日报 (1)!.txt", "..txt"])
def test_keys_are_ascii_and_safe(tmp_path, name):
    key = issue_key("人民日报/../x", None, name)
    assert KEY_RE.match(key) and ".." not in key and "/" not in key


def test_odd_file_names_get_distinct_safe_keys(tmp_path):
    _write(tmp_path / "a b.txt")
    _write(tmp_path / "a-b.txt")
    _write(tmp_path / "sub dir" / "weird ..name!.txt")
    _write(tmp_path / ".hidden.txt")  # hidden files are not issues
    keys = [issue.key for issue in discover_issues(tmp_path)]
    assert len(set(keys)) == 3
    assert all(KEY_RE.match(k) and ".." not in k for k in keys)


def test_bad_sidecar_or_date_fails_only_its_issue(tmp_path):
    _write(tmp_path / "x.txt")
    (tmp_path / "x.txt.json").write_text("{not json", encoding="utf-8")
    _write(tmp_path / "p" / "2023-13-45" / "01.txt")
    _write(tmp_path / "p" / "2023-03-15" / "01.txt")
    issues = {issue.key: issue for issue in discover_issues(tmp_path)}
    assert len(issues) == 3
    problems = sorted(issue.problem for issue in issues.values() if issue.problem)
    assert problems[0].startswith("01.txt: date '2023-13-45' is not YYYY-MM-DD")
    assert problems[1].startswith("x.txt.json: sidecar is not valid JSON")
    assert issues["p-2023-03-15"].problem is None


def test_missing_seeds_folder_is_named(tmp_path):
    with pytest.raises(SeedError, match="does not exist"):
        discover_issues(tmp_path / "nowhere")


def test_fingerprint_changes_with_content(tmp_path):
    page = _write(tmp_path / "p" / "2023-01-01" / "01.txt")
    (issue,) = discover_issues(tmp_path)
    before = issue.fingerprint()
    assert discover_issues(tmp_path)[0].fingerprint() == before
    page.write_text("本报讯 今天，改了。\n", encoding="utf-8")
    assert discover_issues(tmp_path)[0].fingerprint() != before
