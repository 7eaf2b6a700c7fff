"""``newsetl``: headless use of the pipeline.

    newsetl run [--seeds DIR] [--data DIR]   register issues, materialise every asset, summarise
    newsetl sql "SELECT …" [--data DIR]      query the DuckDB catalog
    newsetl entities                         stdin lines → JSON lines of entities
    newsetl ner-eval FILE.bio                score the entity recogniser on a BIO file
    newsetl explain PAGE.txt                 show how a page is segmented, rule by rule
    newsetl harness [--pages N | --every-page] [--heading-width 10-16] [--indent-rate 1]
                    [--headings-out FILE]    segmentation accuracy on generated pages
    newsetl harness-diff BEFORE AFTER        headings two harness runs (--headings-out) got
                                             right and wrong, one against the other
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from contextlib import ExitStack
from pathlib import Path

BATCH_SIZE = 50
QUIET = {"loggers": {"console": {"config": {"log_level": "CRITICAL"}}}}


def _dirs(args) -> tuple[str, str]:
    from pipelines.defs.resources import default_data_dir, default_seeds_dir

    seeds = str(Path(args.seeds or default_seeds_dir()).resolve())
    data = str(Path(args.data or default_data_dir()).resolve())
    return seeds, data


def _instance():
    """The persistent Dagster instance the UI uses, so CLI runs show up there."""
    from dagster import DagsterInstance

    from pipelines.defs.resources import PROJECT_DIR

    home = Path(os.environ.setdefault("DAGSTER_HOME", str(PROJECT_DIR / ".dagster_home")))
    home.mkdir(parents=True, exist_ok=True)
    config = home / "dagster.yaml"
    if not config.exists():  # no network at run time: telemetry off
        config.write_text("telemetry:\n  enabled: false\n", encoding="utf-8")
    return DagsterInstance.get()


def _contiguous_batches(ordered: list[str], wanted: list[str], size: int) -> list[list[str]]:
    """Split ``wanted`` into runs of keys that are adjacent in the partition order (a run covers
    a key range, so a batch must not skip keys in between)."""
    wanted_set = set(wanted)
    batches: list[list[str]] = [[]]
    for key in ordered:
        if key in wanted_set and len(batches[-1]) < size:
            batches[-1].append(key)
        elif batches[-1]:
            batches.append([key] if key in wanted_set else [])
    return [batch for batch in batches if batch]


def cmd_run(args) -> int:
    import dagster as dg
    from dagster._core.storage.tags import ASSET_PARTITION_RANGE_END_TAG, ASSET_PARTITION_RANGE_START_TAG

    from pipelines.defs.articles import segment_articles
    from pipelines.defs.common import ISSUES
    from pipelines.defs.ingest import raw_pages
    from pipelines.defs.metrics import metrics
    from pipelines.defs.nlp import extract_entities_figures_keywords
    from pipelines.defs.resources import LakeResource
    from pipelines.seeds import discover_issues

    seeds, data = _dirs(args)
    instance = _instance()
    resources = {"lake": LakeResource(seeds_dir=seeds, data_dir=data)}
    issues = discover_issues(seeds)
    keys = [issue.key for issue in issues]
    known = set(instance.get_dynamic_partitions(ISSUES.name))
    new = [key for key in keys if key not in known]
    if new:
        instance.add_dynamic_partitions(ISSUES.name, new)
    print(f"seeds: {seeds}\ndata:  {data}\nissues found: {len(keys)} ({len(new)} new)")

    per_issue = [raw_pages, segment_articles, extract_entities_figures_keywords]
    ordered = instance.get_dynamic_partitions(ISSUES.name)
    failed: list[str] = []
    done = 0
    started = time.perf_counter()
    for batch in _contiguous_batches(ordered, keys, args.batch_size):
        tags = {ASSET_PARTITION_RANGE_START_TAG: batch[0], ASSET_PARTITION_RANGE_END_TAG: batch[-1]}
        result = dg.materialize(per_issue, instance=instance, resources=resources, tags=tags, run_config=QUIET,
                                raise_on_error=False)
        if not result.success and len(batch) > 1:
            # isolate the bad issue(s): rerun one by one so the good ones complete
            for key in batch:
                single = dg.materialize(per_issue, instance=instance, resources=resources,
                                        partition_key=key, raise_on_error=False,
                                        run_config=QUIET)
                failed += [] if single.success else [f"{key}: {_failure(single)}"]
        elif not result.success:
            failed.append(f"{batch[0]}: {_failure(result)}")
        done += len(batch)
        print(f"  [{done}/{len(keys)}] {batch[0]}{' … ' + batch[-1] if len(batch) > 1 else ''}"
              f"  ({time.perf_counter() - started:.1f}s)")
    dg.materialize([metrics], instance=instance, resources=resources, run_config=QUIET)
    for line in failed:
        print(f"FAILED {line}", file=sys.stderr)
    _print_summary(data)
    return 1 if failed else 0


def _failure(result) -> str:
    for event in result.all_events:
        if event.is_step_failure and event.step_failure_data and event.step_failure_data.error:
            message = event.step_failure_data.error.message or "step failed"
            # "dagster…Failure: issue K: file: reason" → "file: reason"
            return message.strip().split(": ", 1)[-1].split(": ", 1)[-1].splitlines()[0]
        if event.event_type_value == "ASSET_CHECK_EVALUATION":
            evaluation = event.event_specific_data
            if not evaluation.passed:
                return f"check {evaluation.check_name} failed"
    return "run failed"


SUMMARY_SQL = {
    "totals": """
        SELECT (SELECT count(DISTINCT issue_key) FROM raw_pages) AS issues,
               (SELECT count(*) FROM raw_pages) AS pages,
               (SELECT count(*) FROM articles WHERE kind = 'article') AS articles,
               (SELECT count(*) FROM articles WHERE kind = 'photo') AS photos,
               (SELECT count(*) FROM bylines) AS bylines,
               (SELECT count(*) FROM entities) AS entities,
               (SELECT count(*) FROM figures) AS figures,
               (SELECT count(*) FROM keywords) AS keywords""",
    "headlines": """
        SELECT article_id, kind, headline, round(heading_confidence, 3) AS confidence FROM articles
        WHERE kind <> 'other' ORDER BY article_id LIMIT 8""",
    "headings to check (confidence < {check_below}), beside their other reading": """
        SELECT article_id,
               coalesce(nullif(concat_ws(' | ', 'kicker: ' || kicker, 'headline: ' || headline,
                                         'subtitle: ' || subtitle), ''), '(no heading found)') AS reading,
               coalesce(nullif(concat_ws(' | ', 'kicker: ' || heading_alternative.kicker,
                                         'headline: ' || heading_alternative.headline,
                                         'subtitle: ' || heading_alternative.subtitle), ''), '(none)') AS other_reading
        FROM articles WHERE kind <> 'other' AND heading_confidence < {check_below}
        ORDER BY heading_confidence LIMIT 8""",
    "example: officials with their titles": """
        SELECT name, mentions, titles FROM people
        WHERE len(titles) > 0 ORDER BY mentions DESC, name LIMIT 8""",
}


def _print_summary(data: str) -> None:
    from pipelines.storage.catalog import query
    from pipelines.storage.lake import Lake
    from pipelines.storage.schemas import HEADING_CHECK_BELOW

    lake = Lake(data)
    for title, sql in SUMMARY_SQL.items():
        print(f"\n== {title.format(check_below=HEADING_CHECK_BELOW)}")
        print(_format(query(lake, sql.format(check_below=HEADING_CHECK_BELOW))))
    print(f"\ncatalog: {lake.data_dir / 'warehouse.duckdb'}  (try: newsetl sql \"SHOW TABLES\")")


def _format(arrow) -> str:
    import pandas as pd

    frame = arrow.to_pandas()
    with pd.option_context("display.max_columns", 20, "display.width", 160,
                           "display.max_colwidth", 60, "display.unicode.east_asian_width", True):
        return frame.to_string(index=False) if len(frame) else "(no rows)"


def cmd_sql(args) -> int:
    import duckdb

    from pipelines.storage.catalog import query
    from pipelines.storage.lake import Lake

    _, data = _dirs(args)
    try:
        table = query(Lake(data), args.query)
    except duckdb.Error as error:  # a typo in the query is the user's to fix: say what, no traceback
        print(f"sql: {error}", file=sys.stderr)
        return 1
    print(_format(table))
    return 0


def cmd_entities(args) -> int:
    from pipelines.core.entities import EntityContext, HomeRegion, extract_mentions
    from pipelines.core.ner import default_tagger

    tagger = default_tagger()
    context = EntityContext(HomeRegion.parse(args.region))
    for line in sys.stdin:
        line = line.rstrip("\n")
        found = [
            {"start": m.start, "end": m.end, "text": m.text, "type": m.type,
             **({"title": m.title} if m.title else {})}
            for m in extract_mentions(line, tagger, context)
        ]
        print(json.dumps({"entities": found}, ensure_ascii=False), flush=True)
    return 0


def cmd_ner_eval(args) -> int:
    from pipelines.core.entities import recognise_many
    from pipelines.core.ner import default_tagger, read_bio
    from pipelines.core.ner_eval import score_bio

    with open(args.file, encoding="utf-8") as handle:
        sentences = read_bio(handle)
    tagger = default_tagger()
    started = time.perf_counter()
    predicted = recognise_many([sentence for sentence, _ in sentences], tagger)
    by_sentence = dict(zip((s for s, _ in sentences), predicted, strict=True))
    score = score_bio(sentences, by_sentence.__getitem__)
    elapsed = time.perf_counter() - started
    print(score.report(args.errors))
    chars = sum(len(s) for s, _ in sentences)
    print(f"{len(sentences)} sentences, {chars} chars in {elapsed:.1f}s ({chars / elapsed:,.0f} chars/s)")
    return 0


def cmd_explain(args) -> int:
    from pipelines.core.segment import explain_page, segment_pages
    from pipelines.core.text import DecodeError, decode_page
    from pipelines.seeds import issue_page_files

    try:
        text, encoding = decode_page(Path(args.page).read_bytes())
    except (DecodeError, OSError) as error:
        print(f"{args.page}: {error}", file=sys.stderr)
        return 1
    # the pipeline reads a page's headings in the house style its whole issue shows
    issue = issue_page_files(args.page)
    texts = []
    for page in issue:
        try:
            texts.append(decode_page(page.read_bytes())[0])
        except (DecodeError, OSError) as error:
            print(f"{page}: left out of the house style ({error})", file=sys.stderr)
    _, style = segment_pages(texts)
    print(f"{args.page} ({encoding}), one of {len(issue)} page(s) of its issue")
    print(explain_page(text, style))
    return 0


def harness_config(args):
    """The flattener's layout for ``newsetl harness``: its defaults, with the options given."""
    from pipelines.synth.flatten import FlattenConfig

    config = FlattenConfig()
    if args.heading_width:
        config.heading_width_min, config.heading_width_max = args.heading_width
    config.indent_rate = args.indent_rate
    if args.headline_cut_rate is not None:
        config.headline_wrap_rate = args.headline_cut_rate
    config.headline_cut = args.headline_cut
    if args.lead_rate is not None:
        config.local_lead_rate = args.lead_rate
    if args.byline_rate is not None:
        config.reporter_rate = args.byline_rate
    if args.number_space_rate is not None:
        config.number_space_rate = args.number_space_rate
    return config


def cmd_harness(args) -> int:
    from pipelines.storage.lake import atomic_path
    from pipelines.synth.corpus import corpus_issues
    from pipelines.synth.harness import run

    if not Path(args.corpus).exists():
        print(f"corpus not found: {args.corpus}", file=sys.stderr)
        return 2
    started = time.perf_counter()
    issues = [issue for issue in corpus_issues(args.corpus) if issue[0] >= args.since]
    with ExitStack() as stack:  # the file is closed, then renamed into place
        headings_out = None
        if args.headings_out:
            temporary = stack.enter_context(atomic_path(Path(args.headings_out)))
            headings_out = stack.enter_context(open(temporary, "w", encoding="utf-8"))
        report = run(issues, args.pages, args.seed, harness_config(args), worst=args.worst,
                     all_pages=args.every_page, headings_out=headings_out)
    print(report)
    drawn = f"every page since {args.since} once" if args.every_page else f"{args.pages} pages"
    print(f"\n{drawn}, seed {args.seed}, {time.perf_counter() - started:.1f}s")
    return 0


def cmd_harness_diff(args) -> int:
    from pipelines.synth.harness import compare_headings, read_heading_records

    runs = []
    for name in (args.before, args.after):
        try:
            with open(name, encoding="utf-8") as handle:
                runs.append(read_heading_records(handle))
        except (OSError, ValueError) as error:
            print(f"{name}: not a file of harness headings ({error})", file=sys.stderr)
            return 2
    try:
        print(compare_headings(*runs))
    except ValueError as error:
        print(f"{args.before} and {args.after}: {error}", file=sys.stderr)
        return 2
    return 0


def _width_range(text: str) -> tuple[int, int]:
    low, _, high = text.partition("-")
    try:
        low_width, high_width = int(low), int(high or low)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected MIN-MAX in cells, e.g. 10-16, not {text!r}") from None
    if not 0 < low_width <= high_width:
        raise argparse.ArgumentTypeError(f"expected 0 < MIN <= MAX, not {text!r}")
    return low_width, high_width


def _rate(text: str) -> float:
    try:
        rate = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a rate between 0 and 1, not {text!r}") from None
    if not 0.0 <= rate <= 1.0:
        raise argparse.ArgumentTypeError(f"expected a rate between 0 and 1, not {text!r}")
    return rate


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="newsetl", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="register every issue, materialise all assets, summarise")
    run.add_argument("--seeds", help="seeds folder (default $NEWSETL_SEEDS or ./seeds)")
    run.add_argument("--data", help="data folder (default $NEWSETL_DATA or ./data)")
    run.add_argument("--batch-size", type=int, default=BATCH_SIZE, help="issues per run")
    run.set_defaults(func=cmd_run)

    sql = sub.add_parser("sql", help="run a query on the DuckDB catalog")
    sql.add_argument("query")
    sql.add_argument("--data", help="data folder (default $NEWSETL_DATA or ./data)")
    sql.set_defaults(func=cmd_sql, seeds=None)

    entities = sub.add_parser("entities", help="stdin lines → JSON lines of entities")
    entities.add_argument("--region", help="home region for canonical forms, e.g. 浙江省嘉兴市平湖市")
    entities.set_defaults(func=cmd_entities)

    ner_eval = sub.add_parser("ner-eval", help="score the entity recogniser on a BIO file")
    ner_eval.add_argument("file")
    ner_eval.add_argument("--errors", type=int, default=15, help="most frequent errors to list")
    ner_eval.set_defaults(func=cmd_ner_eval)
    explain = sub.add_parser("explain", help="show how a page file is segmented, rule by rule")
    explain.add_argument("page")
    explain.set_defaults(func=cmd_explain)

    harness = sub.add_parser("harness", help="segmentation accuracy on generated pages")
    harness.add_argument("--corpus", default=str(Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "peoples_daily_2020h1.jsonl.gz"))
    harness.add_argument("--pages", type=int, default=1000)
    harness.add_argument("--seed", type=int, default=7)
    harness.add_argument("--every-page", action="store_true",
                         help="lay out every page since --since once instead of drawing --pages pages, "
                              "so that every page weighs the same")
    harness.add_argument("--worst", type=int, default=10)
    harness.add_argument("--since", default="2020-05-01",
                         help="use issues from this date on (the heading model learns from earlier ones)")
    harness.add_argument("--heading-width", type=_width_range, metavar="MIN-MAX",
                         help="heading column in cells (default 18-30; the sample's headline is set 10 wide)")
    harness.add_argument("--indent-rate", type=_rate, default=0.0, metavar="R",
                         help="share of articles whose paragraphs open indented by two cells (the sample's are)")
    harness.add_argument("--headline-cut-rate", type=_rate, metavar="R",
                         help="share of headlines broken in two lines near the middle (default 0.5; a paper's "
                              "house style: 0 sets every headline on one line unless the column wraps it)")
    harness.add_argument("--headline-cut", choices=("middle", "phrase"), default="middle",
                         help="where a headline broken in two breaks: near its middle, the upper line at least as "
                              "wide (default), or at any word boundary in its middle third")
    harness.add_argument("--lead-rate", type=_rate, metavar="R",
                         help="share of articles without a dateline that open with 本报讯 (default 0.6; 0: none)")
    harness.add_argument("--byline-rate", type=_rate, metavar="R",
                         help="share of articles without a dateline that carry a ■记者 byline (default 0.75; 0: none)")
    harness.add_argument("--number-space-rate", type=_rate, metavar="R",
                         help="share of numbers set with a space before or after them, taking room on the line "
                              "(default 0.25; the sample's 明确 16 条)")
    harness.add_argument("--headings-out", metavar="FILE",
                         help="also write every heading's truth and parse, one JSON line each, for harness-diff")
    harness.set_defaults(func=cmd_harness)

    harness_diff = sub.add_parser("harness-diff", help="headings two harness runs got right and wrong")
    harness_diff.add_argument("before", help="--headings-out of the first run")
    harness_diff.add_argument("after", help="--headings-out of the second run, same seed and layout")
    harness_diff.set_defaults(func=cmd_harness_diff)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:  # the reader stopped early (`| head`): nothing of ours went wrong
        # the interpreter flushes stdout once more on its way out: let that write go nowhere
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 128 + 13  # as a shell reports a writer stopped by SIGPIPE


if __name__ == "__main__":
    sys.exit(main())
