"""The ``newsetl`` command on temporary folders, bad input included."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys

import pytest

from pipelines.cli import _contiguous_batches, main
from tests.conftest import SAMPLE
from tests.test_segment_rules import phrase_broken_issue


@pytest.fixture
def folders(tmp_path, monkeypatch):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    seeds, data = tmp_path / "seeds", tmp_path / "data"
    seeds.mkdir()
    shutil.copy(SAMPLE, seeds / SAMPLE.name)
    shutil.copy(SAMPLE.with_name(SAMPLE.name + ".json"), seeds / (SAMPLE.name + ".json"))
    return seeds, data


def test_run_processes_good_issues_and_names_bad_files(folders, capsys):
    seeds, data = folders
    gbk = seeds / "嘉兴日报" / "2023-03-15" / "01.txt"
    gbk.parent.mkdir(parents=True)
    gbk.write_bytes("本报讯 昨天，嘉兴市召开会议。\n\n嘉兴召开会议\n".encode("gbk"))
    broken = seeds / "broken" / "2023-03-15" / "01.txt"
    broken.parent.mkdir(parents=True)
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    empty = seeds / "empty.txt"
    empty.write_bytes(b"")
    (seeds / "bad.txt").write_text("本报讯 昨天，我市召开会议。\n", encoding="utf-8")
    headless = seeds / "嘉兴日报" / "2023-03-16" / "01.txt"
    headless.parent.mkdir(parents=True)
    headless.write_text("本报讯 昨天，嘉兴市召开会议，部署今年的重点工作。\n", encoding="utf-8")
    (seeds / "bad.txt.json").write_text("{oops", encoding="utf-8")

    assert main(["run", "--seeds", str(seeds), "--data", str(data)]) == 1
    out, err = capsys.readouterr()
    assert "issues found: 6 (6 new)" in out
    assert "FAILED broken-2023-03-15: broken/2023-03-15/01.txt: binary or undecodable" in err
    assert "empty.txt: empty file" in err
    assert "bad.txt.json: sidecar is not valid JSON" in err
    assert "Traceback" not in err
    assert "我市部署打击治理电信网络新型违法犯罪工作" in out
    # the one heading read two ways is listed with its other reading
    assert "kicker: “提升专业技能，争做大国工匠” | headline: 全国人大代表韩其芳与市职业中专学生分享感悟" in out
    # an article printed without a heading is listed as such, not as blank cells
    assert re.search(r"jiaxingribao-2023-03-16/p01/01\s+\(no heading found\)\s+\(none\)", out)

    assert main(["sql", "SELECT issue_key, encoding FROM raw_pages ORDER BY issue_key", "--data", str(data)]) == 0
    out, _ = capsys.readouterr()
    assert "jiaxingribao-2023-03-15" in out and "gb18030" in out
    assert "pinghuribao-000-811247cb87430da3" in out
    assert "broken" not in out


def test_rerun_replaces_partitions(folders, capsys):
    seeds, data = folders
    assert main(["run", "--seeds", str(seeds), "--data", str(data)]) == 0
    assert main(["run", "--seeds", str(seeds), "--data", str(data)]) == 0
    capsys.readouterr()
    main(["sql", "SELECT count(*) AS n FROM articles", "--data", str(data)])
    assert capsys.readouterr().out.split() == ["n", "8"]


def test_a_query_that_does_not_bind_says_why_without_a_traceback(folders, capsys):
    seeds, data = folders
    assert main(["run", "--seeds", str(seeds), "--data", str(data)]) == 0
    capsys.readouterr()
    assert main(["sql", "SELECT normalized_value FROM figures", "--data", str(data)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("sql: Binder Error") and '"normalized_value" not found' in err
    assert "normalised_value" in err  # duckdb's candidate columns point to the right spelling


def test_entities_command_reads_stdin():
    lines = "市委书记仲旭东，闵行区委副书记、区长陈华文赴江苏省太仓市考察。\n韩其芳是浙江晨光电缆股份有限公司技术监督科长。\n"
    result = subprocess.run(
        [sys.executable, "-m", "pipelines.cli", "entities"], input=lines, capture_output=True,
        text=True, check=True,
    )
    first, second = (json.loads(line) for line in result.stdout.splitlines())
    people = {e["text"]: e.get("title") for e in first["entities"] if e["type"] == "person"}
    assert people == {"仲旭东": "市委书记", "陈华文": "闵行区委副书记、区长"}
    assert {"start": 22, "end": 25, "text": "江苏省", "type": "place"} in first["entities"]
    orgs = [e for e in second["entities"] if e["type"] == "org"]
    assert [(o["text"], o["start"], o["end"]) for o in orgs] == [("浙江晨光电缆股份有限公司", 4, 16)]


def test_a_reader_that_stops_early_gets_no_traceback(tmp_path):
    """`newsetl harness-diff … | head -1`: the pipe closes before the command writes."""
    record = {"page": 0, "truth": ["", "标题", ""], "parsed": ["", "标题", ""], "error": None, "confidence": 1.0}
    runs = [tmp_path / "before.jsonl", tmp_path / "after.jsonl"]
    for run in runs:
        run.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    command = subprocess.Popen([sys.executable, "-m", "pipelines.cli", "harness-diff", *map(str, runs)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    command.stdout.close()  # before the interpreter has even started: its first write finds no reader
    assert command.wait(timeout=60) == 141
    assert command.stderr.read() == b""
    command.stderr.close()


def test_contiguous_batches():
    ordered = ["a", "b", "c", "d", "e"]
    assert _contiguous_batches(ordered, ["a", "b", "d", "e"], 10) == [["a", "b"], ["d", "e"]]
    assert _contiguous_batches(ordered, ordered, 2) == [["a", "b"], ["c", "d"], ["e"]]


def test_harness_layout_options_are_parsed_and_checked(capsys):
    from pipelines.cli import build_parser

    assert build_parser().parse_args(["harness", "--heading-width", "10-16"]).heading_width == (10, 16)
    assert build_parser().parse_args(["harness", "--heading-width", "12"]).heading_width == (12, 12)
    for bad in ("16-10", "wide", "0-4"):
        with pytest.raises(SystemExit):
            build_parser().parse_args(["harness", "--heading-width", bad])
    assert "expected" in capsys.readouterr().err
    assert build_parser().parse_args(["harness", "--indent-rate", "0.5"]).indent_rate == 0.5
    with pytest.raises(SystemExit):
        build_parser().parse_args(["harness", "--indent-rate", "2"])
    assert build_parser().parse_args(["harness", "--headline-cut-rate", "0"]).headline_cut_rate == 0.0
    assert build_parser().parse_args(["harness"]).headline_cut_rate is None
    with pytest.raises(SystemExit):
        build_parser().parse_args(["harness", "--headline-cut-rate", "-1"])


def test_harness_options_set_the_flattener_layout():
    from pipelines.cli import build_parser, harness_config

    layout = lambda c: (c.heading_width_min, c.heading_width_max, c.indent_rate, c.headline_wrap_rate, c.local_lead_rate,
                        c.reporter_rate, c.headline_cut, c.number_space_rate)
    assert layout(harness_config(build_parser().parse_args(["harness"]))) == (18, 30, 0.0, 0.5, 0.6, 0.75, "middle", 0.25)
    args = ["harness", "--heading-width", "10-16", "--indent-rate", "1", "--headline-cut-rate", "0", "--lead-rate", "0",
            "--byline-rate", "0", "--headline-cut", "phrase", "--number-space-rate", "1"]
    assert layout(harness_config(build_parser().parse_args(args))) == (10, 16, 1.0, 0.0, 0.0, 0.0, "phrase", 1.0)


def test_explain_reads_a_page_in_its_issue_s_house_style(tmp_path, capsys):
    folder = tmp_path / "人民日报" / "2020-05-20"
    folder.mkdir(parents=True)
    for number, text in enumerate(phrase_broken_issue(), start=1):
        (folder / f"{number:02d}.txt").write_text(text, encoding="utf-8")
    assert main(["explain", str(folder / "02.txt")]) == 0
    out = capsys.readouterr().out
    assert "one of 2 page(s)" in out and "read from 10 such breaks of the issue" in out
    assert "kicker=None | headline=上海开展民间收藏文物鉴定咨询" in out
    loose = tmp_path / "page.txt"  # a loose file is an issue of its own
    loose.write_text(phrase_broken_issue()[1], encoding="utf-8")
    assert main(["explain", str(loose)]) == 0
    assert "one of 1 page(s)" in capsys.readouterr().out


def test_explain_names_a_page_it_cannot_decode(tmp_path, capsys):
    folder = tmp_path / "人民日报" / "2020-05-20"
    folder.mkdir(parents=True)
    (folder / "01.txt").write_text(phrase_broken_issue()[0], encoding="utf-8")
    (folder / "02.txt").write_bytes(b"\xff\xfe\x00\xd8\x00")  # a UTF-16 BOM, then half a character
    assert main(["explain", str(folder / "01.txt")]) == 0  # its neighbour is left out of the style
    captured = capsys.readouterr()
    assert "02.txt: left out of the house style (has a utf-16 BOM" in captured.err
    assert "headline=“文物‘潮’我看”融媒活动举行" in captured.out
    assert main(["explain", str(folder / "02.txt")]) == 1
    assert "02.txt: has a utf-16 BOM but unexpected end of data" in capsys.readouterr().err


def _tiny_corpus(path):
    """Two May issues of two pages, three short articles each: enough for the harness to lay out."""
    import gzip

    with gzip.open(path, "wt", encoding="utf-8") as handle:
        for day in ("2020-05-06", "2020-05-07"):
            for page in (1, 2):
                for seq in range(3):
                    handle.write(json.dumps({
                        "date": day, "page": page, "seq": seq, "kicker": "", "subtitle": "",
                        "headline": f"{day[-2:]}日第{page}版第{seq + 1}篇报道的标题",
                        "paragraphs": [f"{day}，第{page}版第{seq + 1}篇报道的第一段正文，讲述了一件事情的来龙去脉。",
                                       "第二段正文补充了更多细节，并说明了下一步的工作安排。"],
                        "url": ""}, ensure_ascii=False) + "\n")


def test_harness_writes_its_headings_and_harness_diff_compares_two_runs(tmp_path, capsys):
    corpus, before, after = tmp_path / "corpus.jsonl.gz", tmp_path / "before.jsonl", tmp_path / "after.jsonl"
    _tiny_corpus(corpus)
    for out in (before, after):
        assert main(["harness", "--corpus", str(corpus), "--pages", "6", "--seed", "3", "--headings-out", str(out)]) == 0
    capsys.readouterr()
    records = [json.loads(line) for line in before.read_text(encoding="utf-8").splitlines()]
    assert len(records) >= 6 and records[0]["truth"][1].endswith("篇报道的标题")
    assert not list(tmp_path.glob(".*.tmp"))  # written under a hidden name, then renamed
    assert main(["harness-diff", str(before), str(after)]) == 0
    assert re.match(rf"headings {len(records)}: exact (\d+) → \1 \(.*\), 0 gained, 0 lost$", capsys.readouterr().out.strip())

    other_seed = tmp_path / "other.jsonl"
    assert main(["harness", "--corpus", str(corpus), "--pages", "6", "--seed", "4", "--headings-out", str(other_seed)]) == 0
    capsys.readouterr()
    assert main(["harness-diff", str(before), str(other_seed)]) == 2
    assert "laid out different pages" in capsys.readouterr().err
    (tmp_path / "broken.jsonl").write_text("{oops\n", encoding="utf-8")
    assert main(["harness-diff", str(before), str(tmp_path / "broken.jsonl")]) == 2
    assert "broken.jsonl: not a file of harness headings" in capsys.readouterr().err
