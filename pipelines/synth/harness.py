"""Segmentation accuracy on generated pages with exact ground truth.

    newsetl harness [--pages 1000 | --every-page] [--seed 7] [--corpus ../shared/corpus/…]

Generates issues from real articles with :mod:`pipelines.synth.flatten`, segments every page
with :func:`pipelines.core.segment.segment_pages` (an issue at a time), stitches jumps with
:func:`pipelines.core.segment.stitch_jumps`, and prints, overall and per artifact kind: item
count accuracy, headline exact match (all roles, each role, the truth among the parse's two
readings, and the wrong headings by kind of error), body character F1 and exact bodies,
paragraphs found whole, byline precision/recall/assignment, jump stitching, and the worst pages
with a diff. With ``--headings-out`` it also writes every heading's truth and parse, one JSON line
each (:func:`heading_records`), and ``newsetl harness-diff`` compares two such files
(:func:`compare_headings`): which headings a change to the parser got right or wrong.
"""

from __future__ import annotations

import difflib
import json
import random
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TextIO

from pipelines.core.headings import ROLES
from pipelines.core.segment import Item, segment_pages, stitch_jumps
from pipelines.core.text import non_space_chars
from pipelines.synth.flatten import FlatPage, Flattener, FlattenConfig, TruthItem


def norm(text: str | None) -> str:
    """Whitespace removed: how truth and parse are compared."""
    return non_space_chars(text or "")


def heading_roles(item) -> tuple[str, ...]:
    """Kicker, headline and subtitle, each normalised (empty where there is none), of a truth
    item, a parsed item or a heading decision alike."""
    return tuple(norm(getattr(item, role)) for role in ROLES)


@dataclass
class Tally:
    pages: int = 0
    pages_count_right: int = 0
    headings: int = 0
    headings_exact: int = 0
    headings_in_two: int = 0  # the truth is the parse's reading or its runner-up
    headings_text_exact: int = 0  # the heading's words found whole, whatever roles they were given
    roles: Counter = field(default_factory=Counter)  # role → correct
    role_totals: Counter = field(default_factory=Counter)
    body_match: int = 0
    body_pred: int = 0
    body_true: int = 0
    bodies: int = 0
    bodies_exact: int = 0
    paragraphs: int = 0  # truth paragraphs
    paragraphs_found: int = 0  # … found whole as one parsed paragraph of the same item
    byline_tp: int = 0
    byline_pred: int = 0
    byline_true: int = 0
    byline_assigned: int = 0
    jumps: int = 0
    jumps_stitched: int = 0
    by_confidence: Counter = field(default_factory=Counter)  # band → headings
    by_confidence_exact: Counter = field(default_factory=Counter)  # band → headings exact
    heading_errors: Counter = field(default_factory=Counter)  # kind of error → headings (:func:`heading_error`)
    rule_blocks: Counter = field(default_factory=Counter)  # rule of an EdgeNote → blocks it read otherwise
    rule_blocks_on_unit: Counter = field(default_factory=Counter)  # … that are a whole truth heading unit

    def add(self, other: "Tally") -> None:
        for name, value in vars(other).items():
            if isinstance(value, Counter):
                getattr(self, name).update(value)
            else:
                setattr(self, name, getattr(self, name) + value)

    def rows(self) -> list[tuple[str, float, int]]:
        def ratio(a: int, b: int) -> float:
            return a / b if b else float("nan")

        precision = ratio(self.body_match, self.body_pred)
        recall = ratio(self.body_match, self.body_true)
        by_p, by_r = ratio(self.byline_tp, self.byline_pred), ratio(self.byline_tp, self.byline_true)
        rows = [
            ("item count right (pages)", ratio(self.pages_count_right, self.pages), self.pages),
            ("headline exact (kicker+headline+subtitle)", ratio(self.headings_exact, self.headings), self.headings),
            ("  … or its runner-up reading", ratio(self.headings_in_two, self.headings), self.headings),
            ("  … its words, roles aside", ratio(self.headings_text_exact, self.headings), self.headings),
        ]
        rows += [(f"  {role} exact", ratio(self.roles[role], self.role_totals[role]), self.role_totals[role])
                 for role in ("kicker", "headline", "subtitle", "role")]
        rows += [
            ("body char F1", 2 * precision * recall / (precision + recall) if precision + recall else 0.0, self.bodies),
            ("bodies exact", ratio(self.bodies_exact, self.bodies), self.bodies),
            ("paragraphs found whole", ratio(self.paragraphs_found, self.paragraphs), self.paragraphs),
            ("byline precision (name+role)", by_p, self.byline_pred),
            ("byline recall (name+role)", by_r, self.byline_true),
            ("byline F1", 2 * by_p * by_r / (by_p + by_r) if by_p + by_r else 0.0, self.byline_true),
            ("bylines on the right item", ratio(self.byline_assigned, self.byline_true), self.byline_true),
            ("jumps stitched", ratio(self.jumps_stitched, self.jumps), self.jumps),
        ]
        return rows


CONFIDENCE_BANDS = (0.99, 0.9, 0.7, 0.0)  # lower edges, highest first


def confidence_band(confidence: float) -> float:
    """The lower edge of the band holding ``confidence``."""
    return next(edge for edge in CONFIDENCE_BANDS if confidence >= edge)


def align(truth: list[TruthItem], predicted: list[Item]) -> list[tuple[TruthItem, Item | None]]:
    """Pair truth items with the predicted items holding most of their bodies, best pairs first.

    A pair scores the character bigrams the two bodies share over the longer body's count, and
    pairs under 0.3 are not made. Bigrams, not single characters: two unrelated Chinese texts
    share many characters, so when one article swallows its neighbour, a character count paired
    the swallowed article with the next item and every article below it with the one after.
    """
    truth_grams = [_bigrams(norm(item.body)) for item in truth]
    predicted_grams = [_bigrams(norm(item.body)) for item in predicted]
    scored = []
    for i, item in enumerate(truth):
        for j, candidate in enumerate(predicted):
            if candidate.kind == "other" and item.kind != "other":
                continue
            shared = sum((truth_grams[i] & predicted_grams[j]).values())
            score = shared / max(sum(truth_grams[i].values()), sum(predicted_grams[j].values()), 1)
            if score >= 0.3:
                scored.append((-score, i, j))
    match: dict[int, int] = {}
    for _, i, j in sorted(scored):
        if i not in match and j not in match.values():  # a page holds a few dozen items at most
            match[i] = j
    return [(item, predicted[match[i]] if i in match else None) for i, item in enumerate(truth)]


def _bigrams(text: str) -> Counter:
    return Counter(text[k : k + 2] for k in range(len(text) - 1)) if len(text) > 1 else Counter(text)


HEADING_ERRORS = {  # what went wrong with a heading, in the order the report lists them
    "roles": "the words right, the roles swapped",
    "joined": "the words right, units read as one",
    "split": "the words right, a unit read as two",
    "words": "words gained from or lost to a body",
    "lost": "the item not found",
}


WORDS_WRONG = ("words", "lost")  # the kinds of heading error where the heading's words are not found whole


def heading_error(truth: tuple[str, ...], guess: tuple[str, ...] | None) -> str | None:
    """Which of :data:`HEADING_ERRORS` a parsed heading (kicker, headline, subtitle, normalised)
    makes against the truth, or None where it is right. Kept apart because they have different
    causes: the roles of units found whole are the text models' call, a cut between units is
    the layout's and the break model's, and words moved across a heading's edge are the
    segmenter's."""
    if guess == truth:
        return None
    if guess is None:
        return "lost"
    if "".join(guess) != "".join(truth):
        return "words"
    units, guessed_units = sum(map(bool, truth)), sum(map(bool, guess))
    return "roles" if units == guessed_units else "joined" if guessed_units < units else "split"


def score_page(page: FlatPage, predicted: list[Item],
               pairs: list[tuple[TruthItem, Item | None]] | None = None) -> Tally:
    """The page's tally; ``pairs``: :func:`align` of its truth and parse, where the caller has
    paired them already."""
    tally = Tally(pages=1, pages_count_right=int(len(page.items) == len(predicted)))
    for truth, guess in align(page.items, predicted) if pairs is None else pairs:
        if truth.kind == "other":
            continue
        body, guess_body = norm(truth.body), norm(guess.body if guess else "")
        tally.bodies += 1
        tally.bodies_exact += int(body == guess_body)
        parsed = Counter(norm(p) for p in guess.paragraphs) if guess else Counter()
        truth_paragraphs = Counter(norm(p) for p in truth.paragraphs if norm(p))
        tally.paragraphs += sum(truth_paragraphs.values())
        tally.paragraphs_found += sum((truth_paragraphs & parsed).values())
        tally.body_true += len(body)
        tally.body_pred += len(guess_body)
        tally.body_match += sum((Counter(body) & Counter(guess_body)).values())
        if truth.headline:
            tally.headings += 1
            truth_reading = heading_roles(truth)
            guess_reading = heading_roles(guess) if guess is not None else None
            right = {role: guess_reading is not None and truth_reading[k] == guess_reading[k]
                     for k, role in enumerate(ROLES)}
            exact = all(right.values())
            tally.headings_exact += exact
            runner_up = guess.heading_alternative if guess is not None else None
            tally.headings_in_two += exact or runner_up is not None and tuple(map(norm, runner_up)) == truth_reading
            error = heading_error(truth_reading, guess_reading)
            if error:
                tally.heading_errors[error] += 1
            # the words right but cut into other roles: role ambiguity, not a segmentation error
            tally.headings_text_exact += error not in WORDS_WRONG
            band = confidence_band(guess.heading_confidence if guess is not None else 0.0)
            tally.by_confidence[band] += 1
            tally.by_confidence_exact[band] += exact
            for role in ROLES:
                if getattr(truth, role):
                    tally.role_totals[role] += 1
                    tally.roles[role] += int(right[role])
            if truth.kicker or truth.subtitle:  # two or more units: were the roles told apart?
                tally.role_totals["role"] += 1
                tally.roles["role"] += exact
        if guess is not None:
            tally.byline_assigned += len(Counter(truth.bylines) & Counter((b.name, b.role) for b in guess.bylines))
    _count_rules(page, predicted, tally)
    true_bylines = Counter(b for item in page.items for b in item.bylines)
    guessed = Counter((b.name, b.role) for item in predicted for b in item.bylines)
    tally.byline_true += sum(true_bylines.values())
    tally.byline_pred += sum(guessed.values())
    tally.byline_tp += sum((true_bylines & guessed).values())
    return tally


def _count_rules(page: FlatPage, predicted: list[Item], tally: Tally) -> None:
    """Each rule that read a block otherwise than it looks (``Item.edge_notes``), and how often
    that block is a whole kicker, headline or subtitle of the truth: a heading lost to the body
    where the rule folds, one rightly kept where it confirms."""
    units = {norm(unit) for truth in page.items if truth.kind != "other"
             for unit in (truth.kicker, truth.headline, truth.subtitle) if unit}
    for note in (note for item in predicted for note in item.edge_notes):
        for rule in note.why:
            tally.rule_blocks[rule] += 1
            tally.rule_blocks_on_unit[rule] += note.text in units


def heading_records(page_number: int, pairs: list[tuple[TruthItem, Item | None]]) -> list[dict]:
    """One record per truth heading of a page (``pairs``: :func:`align` of its truth and parse),
    in the page's order: its kicker, headline and subtitle as laid out and as parsed (whitespace
    removed; ``parsed`` None where no item holds its body), what went wrong
    (:func:`heading_error`, None where right) and the parse's confidence. ``page_number`` counts
    the run's pages, so two runs over the same layout line up record for record."""
    records = []
    for truth, guess in pairs:
        if truth.kind == "other" or not truth.headline:
            continue
        truth_reading = heading_roles(truth)
        guess_reading = heading_roles(guess) if guess is not None else None
        records.append({"page": page_number, "truth": list(truth_reading),
                        "parsed": list(guess_reading) if guess_reading is not None else None,
                        "error": heading_error(truth_reading, guess_reading),
                        "confidence": guess.heading_confidence if guess is not None else 0.0})
    return records


def compare_headings(before: list[dict], after: list[dict]) -> str:
    """Which headings two runs of the harness over the same pages (:func:`heading_records`, say
    before and after a change to the parser) got right or wrong: the totals, then every heading
    gained and lost with the other run's parse. Runs over different pages (another seed, layout
    or corpus) are refused, as their headings cannot be paired."""
    if len(before) != len(after) or any(
            (a["page"], a["truth"]) != (b["page"], b["truth"]) for a, b in zip(before, after)):
        raise ValueError("the two runs laid out different pages: compare runs of one seed, layout and corpus")
    show = lambda reading: "|".join(reading) if reading is not None else "(not found)"
    gained = [(b, a) for a, b in zip(before, after) if a["error"] and not b["error"]]
    lost = [(b, a) for a, b in zip(before, after) if not a["error"] and b["error"]]
    right = lambda run: sum(not r["error"] for r in run)
    total = len(before)
    share = lambda run: right(run) / total if total else float("nan")
    summary = (f"headings {total}: exact {right(before)} → {right(after)} ({share(before):.4f} → "
               f"{share(after):.4f}), {len(gained)} gained, {len(lost)} lost")
    lines = [summary]
    lines += [f"+ page {now['page']}: {show(now['truth'])}  (was {show(then['parsed'])}, {then['error']})"
              for now, then in gained]
    lines += [f"- page {now['page']}: {show(now['truth'])}  now {show(now['parsed'])} ({now['error']})"
              for now, then in lost]
    return "\n".join(lines)


def read_heading_records(lines) -> list[dict]:
    return [json.loads(line) for line in lines if line.strip()]


def render(items) -> list[str]:
    lines = []
    for item in items:
        lines.append(f"[{item.kind}] K={item.kicker or ''} H={item.headline or ''} S={item.subtitle or ''} L={item.lead or ''}")
        lines += [f"    by {n}/{r}" for n, r in (
            item.bylines if isinstance(item, TruthItem) else [(b.name, b.role) for b in item.bylines])]
        lines += [f"    {p[:60]}" for p in item.paragraphs]
    return lines


ARTICLES_PER_PAGE = 8  # a page laid out holds at most this many of its corpus articles


def sample_issues(issues, pages: int, seed: int, config: FlattenConfig | None = None) -> Iterator[list[FlatPage]]:
    """Issues of one to three consecutive pages (:data:`ARTICLES_PER_PAGE` articles at most
    each), drawn from ``issues`` with replacement and laid out by the flattener, until ``pages``
    pages: the same sample for the same ``seed``."""
    rng = random.Random(seed)
    flattener = Flattener(config, seed=seed)
    done = 0
    while done < pages:
        _, issue_pages = rng.choice(issues)
        first = rng.randrange(len(issue_pages))
        chosen = issue_pages[first : first + rng.choice([1, 2, 3])]
        flat = flattener.issue([p[:ARTICLES_PER_PAGE] for p in chosen])
        yield flat
        done += len(flat)


def every_page(issues, seed: int, config: FlattenConfig | None = None) -> Iterator[list[FlatPage]]:
    """Every page of ``issues`` once, in order, cut into issues of one to three consecutive pages
    and laid out as :func:`sample_issues` lays them out. That one draws the issue first, so a
    page of an 8-page issue comes up three times as often as one of a 24-page issue, and a
    1,000-page sample of May–June (939 pages) holds some 590 distinct pages; here every page
    weighs the same, once."""
    rng = random.Random(seed)
    flattener = Flattener(config, seed=seed)
    for _, issue_pages in issues:
        start = 0
        while start < len(issue_pages):
            size = rng.choice([1, 2, 3])
            yield flattener.issue([p[:ARTICLES_PER_PAGE] for p in issue_pages[start : start + size]])
            start += size


def run(issues, pages: int, seed: int, config: FlattenConfig | None = None, worst: int = 10,
        all_pages: bool = False, headings_out: TextIO | None = None) -> str:
    """The harness's report on ``pages`` pages drawn by :func:`sample_issues`, or on every page of
    ``issues`` once (``all_pages``, :func:`every_page`); every heading's record
    (:func:`heading_records`) goes to ``headings_out`` as a JSON line, where given."""
    overall, per_artifact = Tally(), defaultdict(Tally)
    scored: list[tuple[float, FlatPage, list[Item]]] = []
    issues_laid_out = every_page(issues, seed, config) if all_pages else sample_issues(issues, pages, seed, config)
    for flat in issues_laid_out:
        predicted, _ = segment_pages([page.text for page in flat])
        links = stitch_jumps(predicted)
        for page, items in zip(flat, predicted):
            pairs = align(page.items, items)
            if headings_out is not None:
                for record in heading_records(len(scored), pairs):
                    headings_out.write(json.dumps(record, ensure_ascii=False) + "\n")
            tally = score_page(page, items, pairs)
            overall.add(tally)
            for artifact in page.artifacts:
                per_artifact[artifact].add(tally)
            badness = (tally.bodies - tally.bodies_exact) + (tally.headings - tally.headings_exact) + (
                1 - tally.pages_count_right)
            scored.append((badness, page, items))
        jumps = _score_jumps(flat, predicted, links)
        overall.jumps += jumps[0]
        overall.jumps_stitched += jumps[1]
        per_artifact["jump"].jumps += jumps[0]
        per_artifact["jump"].jumps_stitched += jumps[1]
    return _report(overall, per_artifact, scored, worst)


def _score_jumps(flat: list[FlatPage], predicted: list[list[Item]], links) -> tuple[int, int]:
    """A jump is stitched when the predicted link joins the items that hold its two parts."""
    parts: dict[str, list[tuple[int, TruthItem]]] = defaultdict(list)
    for page_index, page in enumerate(flat):
        for item in page.items:
            if item.piece_of:
                parts[item.piece_of].append((page_index, item))
    total = stitched = 0
    for pieces in parts.values():
        if len(pieces) != 2:
            continue
        total += 1
        ends = []
        for page_index, truth in pieces:
            guess = dict((id(t), g) for t, g in align(flat[page_index].items, predicted[page_index])).get(id(truth))
            ends.append((page_index, predicted[page_index].index(guess)) if guess is not None else None)
        stitched += int(None not in ends and (ends[0], ends[1]) in links)
    return total, stitched


def _confidence_table(overall: Tally) -> list[str]:
    """Headline exact match per band of ``heading_confidence``, and the share of headings kept
    when a reader accepts only the bands at or above it: what the confidence is worth."""
    lines = ["\nheadline exact by heading_confidence:",
             f"{'band':<14}{'headings':>9}{'exact':>8}{'kept ≥ band':>13}{'exact ≥ band':>14}"]
    kept = exact_kept = 0
    for index, edge in enumerate(CONFIDENCE_BANDS):
        upper = CONFIDENCE_BANDS[index - 1] if index else 1.0
        n, exact = overall.by_confidence[edge], overall.by_confidence_exact[edge]
        kept, exact_kept = kept + n, exact_kept + exact
        lines.append(f"{f'{edge:.2f}–{upper:.2f}':<14}{n:9d}{exact / n if n else float('nan'):8.4f}"
                     f"{kept / overall.headings if overall.headings else float('nan'):13.4f}"
                     f"{exact_kept / kept if kept else float('nan'):14.4f}")
    return lines


def _heading_error_table(overall: Tally) -> list[str]:
    """The wrong headings by :func:`heading_error`, each kind as a count and a share of all
    headings: what stands between headline exact and 1."""
    lines = ["\nwrong headings by kind:", f"{'kind':<44}{'headings':>9}{'share':>8}"]
    for kind, label in HEADING_ERRORS.items():
        n = overall.heading_errors[kind]
        lines.append(f"{label:<44}{n:9d}{n / overall.headings if overall.headings else float('nan'):8.4f}")
    return lines


def _rule_table(overall: Tally) -> list[str]:
    """The rules that read blocks otherwise than they look, most used first (:func:`_count_rules`)."""
    lines = ["\nblocks read otherwise, by rule (`newsetl explain`: read otherwise):",
             f"{'blocks':>7}{'a heading unit':>16}  rule"]
    lines += [f"{n:7d}{overall.rule_blocks_on_unit[rule]:16d}  {rule}" for rule, n in overall.rule_blocks.most_common()]
    return lines


def _report(overall: Tally, per_artifact: dict, scored, worst: int) -> str:
    lines = [f"{'metric':<44}{'overall':>9}{'n':>8}"]
    lines += [f"{name:<44}{value:9.4f}{n:8d}" for name, value, n in overall.rows()]
    lines += _heading_error_table(overall)
    lines += _rule_table(overall)
    lines += _confidence_table(overall)
    lines.append("\nper artifact kind (pages showing it):")
    metrics = ["item count right (pages)", "headline exact (kicker+headline+subtitle)", "body char F1",
               "bodies exact", "byline F1", "bylines on the right item", "jumps stitched"]
    header = "".join(f"{m[:12]:>13}" for m in metrics)
    lines.append(f"{'artifact':<26}{header}")
    for artifact in sorted(per_artifact):
        values = dict((n, v) for n, v, _ in per_artifact[artifact].rows())
        lines.append(f"{artifact:<26}" + "".join(f"{values[m]:13.4f}" for m in metrics))
    lines.append(f"\nworst {worst} pages:")
    for badness, page, items in sorted(scored, key=lambda s: -s[0])[:worst]:
        if badness <= 0:
            break
        diff = difflib.unified_diff(render(page.items), render(items), "truth", "parsed", lineterm="", n=1)
        lines.append(f"--- page {page.page} (badness {badness}, artifacts: {', '.join(sorted(page.artifacts))})")
        lines += list(diff)[2:60]
    return "\n".join(lines)
