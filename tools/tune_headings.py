"""Fit the heading scorer's weights on heading decisions replayed from generated pages.

    python tools/tune_headings.py [--seeds 101 102 103 104] [--layouts default narrow phrase nocut]
                                  [--pages 1000] [--sweeps 1] [--check 7 11 13 17 19 23]

The weights of :func:`pipelines.core.headings.decide` (each break kind's prior, the type-size
log-odds, how much the break model, the shape CRF, naive Bayes and the lead are trusted) were set
one at a time. This tool sets them together: it lays pages out as the harness does, on its own
seeds (``--seeds``, none of the harness's default seeds) and in several layouts, segments them,
and keeps every heading whose lines hold exactly the words of a heading of the truth. Replaying
``decide`` on those (a few seconds for a thousand pages, against a minute for the harness) it
walks each weight over its grid in turn, keeping a value only where it gets ``--min-gain`` of
the wrong headings right over all the layouts and none more wrong in the default one
(:func:`fit`), and repeats the walk ``--sweeps`` times. It then prints the fitted weights and, for
``--check`` seeds (default layout), the replayed errors with the shipped and the fitted weights:
the harness's own figures for the fitted weights come from ``newsetl harness`` once they are
written into ``pipelines/core/headings.py``.

The pages are drawn from May–June, as the harness's are: the text models have learnt every
earlier month, so on earlier pages they would look surer than they are and the fit would trust
them too much. The harness's seeds draw the same articles in other combinations and layouts, so
the check is a check of the weights, not a held-out test of the text.
"""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass
from multiprocessing import Pool
from pathlib import Path

from pipelines.core import headings
from pipelines.core.headings import HeadingLine, HouseStyle
from pipelines.core.segment import segment_pages
from pipelines.synth.corpus import corpus_issues
from pipelines.synth.flatten import FlattenConfig
from pipelines.synth.harness import heading_roles, norm, sample_issues

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus" / "peoples_daily_2020h1.jsonl.gz"
LAYOUTS = {  # the harness's options, as FlattenConfig fields
    "default": {},
    "narrow": {"heading_width_min": 10, "heading_width_max": 16},
    "phrase": {"headline_cut": "phrase"},
    "nocut": {"headline_wrap_rate": 0.0},
    "indent": {"indent_rate": 1.0},
}
# the break kinds whose prior is a module constant of headings, by the constant's name
BREAK_PRIORS = {
    "NEW_UNIT_AT_BALANCED_BREAK": "balanced", "NEW_UNIT_AT_PLAIN_BREAK": "plain",
    "NEW_UNIT_AT_SET_COLUMN": "set_column", "MARKED_BREAK_STARTS_A_UNIT": "marked",
    "NEW_UNIT_INSIDE_WORD": "inside_word",
}
GRIDS = {  # each weight's values, the shipped one among them
    "NEW_UNIT_AT_BALANCED_BREAK": [0.1, 0.15, 0.2, 0.25, 0.3],
    "NEW_UNIT_AT_PLAIN_BREAK": [0.3, 0.4, 0.5, 0.6, 0.7],
    "NEW_UNIT_AT_SET_COLUMN": [0.02, 0.05, 0.1],
    "MARKED_BREAK_STARTS_A_UNIT": [0.8, 0.9, 0.95],
    "NEW_UNIT_INSIDE_WORD": [0.01, 0.03, 0.06],
    "WRAPPED_SHORTER_IS_HEADLINE": [3.0, 4.0, 5.0],
    "BREAK_TEXT_WEIGHT": [0.65, 0.8, 1.0, 1.2],
    "SHAPE_MODEL_WEIGHT": [0.6, 0.75, 0.9],
    "LEAD_OVERLAP_WEIGHT": [1.0, 1.25, 1.5],
    "TEMPERATURE": [4.0, 5.0, 6.0],
    "SEAM_IN_LEAD_AT_WRAP": [0.2, 0.33, 0.5],
    "SEAM_IN_LEAD_AT_BOUNDARY": [0.005, 0.01, 0.02],
}


@dataclass(frozen=True)
class Decision:
    """One heading as ``decide`` was asked about it on a page, with the roles of the truth."""
    lines: tuple[HeadingLine, ...]
    style: HouseStyle
    lead: str
    truth: tuple[str, str, str]


_issues: list = []  # the corpus's issues, read once before the workers fork


def heading_decisions(pages: int, seed: int, layout: str) -> list[Decision]:
    """The headings of ``pages`` generated pages whose lines hold exactly the words of a heading
    of the truth: where the page was cut right and only the reading of the lines is in question."""
    decisions = []
    for flat in sample_issues(_issues, pages, seed, FlattenConfig(**LAYOUTS[layout])):
        predicted, style = segment_pages([page.text for page in flat])
        for page, items in zip(flat, predicted):
            truths = {}
            for truth in page.items:
                if truth.kind != "other" and truth.headline:
                    roles = heading_roles(truth)
                    truths.setdefault("".join(roles), roles)
            for item in items:
                words = "".join(norm(line.text) for line in item.heading_lines)
                if item.heading_lines and words in truths:
                    lead = item.paragraphs[0] if item.paragraphs else ""
                    decisions.append(Decision(tuple(item.heading_lines), style, lead, truths[words]))
    return decisions


def set_weights(weights: dict[str, float]) -> None:
    for name, value in weights.items():
        setattr(headings, name, value)
        if name in BREAK_PRIORS:
            headings.FIXED_BREAK_PRIORS[BREAK_PRIORS[name]] = value


def count_wrong(job: tuple[dict[str, float], list[Decision]]) -> int:
    weights, decisions = job
    set_weights(weights)
    wrong = 0
    for d in decisions:
        reading = headings.decide(list(d.lines), style=d.style, lead=d.lead)
        wrong += heading_roles(reading) != d.truth
    return wrong


def errors(pool: Pool, weights: dict[str, float], decisions: list[Decision]) -> int:
    workers = os.cpu_count() or 1  # as many as Pool() starts
    shares = [decisions[k::workers] for k in range(workers)]
    return sum(pool.map(count_wrong, [(weights, share) for share in shares]))


def errors_by_layout(pool: Pool, weights: dict[str, float], decisions: dict[str, list[Decision]]) -> dict[str, int]:
    return {layout: errors(pool, weights, found) for layout, found in decisions.items()}


def fit(pool: Pool, decisions: dict[str, list[Decision]], sweeps: int, min_gain: float) -> dict[str, float]:
    """Coordinate descent over :data:`GRIDS` from the shipped weights. A value is taken only
    where it gets at least ``min_gain`` of the wrong headings right over every layout, and no
    more wrong in the default layout, which the harness's targets are measured on. The error
    count moves by a few headings either way as any weight moves, and the layouts pull apart:
    taking every gain, a walk over 16 weights gained 6% on these pages and lost 3% on the
    harness's seeds; without the default layout's veto, this one trusted the break model at 1.2
    (61 headings fewer wrong in 2,379 over four layouts, 29 more in 285 in the default one)."""
    weights = {name: getattr(headings, name) for name in GRIDS}
    best = errors_by_layout(pool, weights, decisions)
    print(f"shipped weights: {_summary(best)} of {sum(map(len, decisions.values()))} headings wrong", flush=True)
    for sweep in range(sweeps):
        for name, grid in GRIDS.items():
            tried = {value: errors_by_layout(pool, {**weights, name: value}, decisions)
                     for value in grid if value != weights[name]}
            print(f"sweep {sweep + 1} {name}: {weights[name]} → {_summary(best)}; "
                  + "; ".join(f"{v} → {_summary(n)}" for v, n in tried.items()), flush=True)
            taken = {v: n for v, n in tried.items() if sum(n.values()) < sum(best.values())  # none fixed where none was wrong
                     and sum(n.values()) <= sum(best.values()) * (1 - min_gain)
                     and n.get("default", 0) <= best.get("default", 0)}
            if taken:
                value = min(taken, key=lambda v: sum(taken[v].values()))
                weights[name], best = value, taken[value]
    return weights


def _summary(wrong: dict[str, int]) -> str:
    """Wrong headings in all, then in the default layout."""
    return f"{sum(wrong.values())}" + (f" ({wrong['default']} default)" if "default" in wrong else "")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--since", default="2020-05-01")
    parser.add_argument("--seeds", type=int, nargs="+", default=[101, 102, 103, 104])
    parser.add_argument("--layouts", nargs="+", choices=sorted(LAYOUTS), default=["default", "narrow", "phrase", "nocut"])
    parser.add_argument("--pages", type=int, default=1000, help="pages per seed and layout")
    parser.add_argument("--sweeps", type=int, default=1)
    parser.add_argument("--min-gain", type=float, default=0.005, help="share of the wrong headings a new value must fix")
    parser.add_argument("--check", type=int, nargs="*", default=[7, 11, 13, 17, 19, 23])
    args = parser.parse_args()
    _issues.extend(issue for issue in corpus_issues(str(args.corpus)) if issue[0] >= args.since)
    shipped = {name: getattr(headings, name) for name in GRIDS}
    with Pool() as pool:
        jobs = [(args.pages, seed, layout) for layout in args.layouts for seed in args.seeds]
        decisions: dict[str, list[Decision]] = {layout: [] for layout in args.layouts}
        for (_, _, layout), found in zip(jobs, pool.starmap(heading_decisions, jobs)):
            decisions[layout] += found
        fitted = fit(pool, decisions, args.sweeps, args.min_gain)
        print("fitted:", ", ".join(f"{name} = {value}" for name, value in fitted.items() if value != shipped[name]) or "the shipped weights")
        checks = pool.starmap(heading_decisions, [(args.pages, seed, "default") for seed in args.check])
        for seed, check in zip(args.check, checks):
            wrong = errors(pool, shipped, check)
            wrong_fitted = wrong if fitted == shipped else errors(pool, fitted, check)
            print(f"seed {seed}: {wrong} wrong with the shipped weights, {wrong_fitted} with the fitted, "
                  f"of {len(check)}", flush=True)


if __name__ == "__main__":
    main()
