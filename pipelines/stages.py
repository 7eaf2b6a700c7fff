"""The pipeline's stages as plain functions over records (rows are dicts matching the schemas
in :mod:`pipelines.storage.schemas`). Dagster assets and tests call these; so can anyone else."""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timezone

from pipelines.core.entities import (
    EntityContext, HomeRegion, companies_not_people, complete_names, extract_mentions, names_read_elsewhere,
    places_not_people,
)
from pipelines.core.figures import extract_figures
from pipelines.core.headings import ROLES, HouseStyle
from pipelines.core.keywords import extract_keywords
from pipelines.core.ner import NerTagger, default_tagger
from pipelines.core.segment import Item, conservation_diff, segment_pages, stitch_jumps
from pipelines.core.text import DecodeError, decode_page
from pipelines.seeds import IssueSource


class StageError(RuntimeError):
    """A partition that cannot be processed; the message names the file and the reason."""


# ---- raw pages ----------------------------------------------------------------------------


def ingest_issue(issue: IssueSource, now: datetime | None = None) -> list[dict]:
    now = now or datetime.now(timezone.utc)
    if issue.problem:
        raise StageError(issue.problem)
    if not issue.pages:
        raise StageError(f"issue {issue.key} has no page files")
    rows = []
    for page in issue.pages:
        try:
            data = page.path.read_bytes()
            text, encoding = decode_page(data)
        except DecodeError as error:
            raise StageError(f"{page.relative}: {error}") from error
        except OSError as error:
            raise StageError(f"{page.relative}: cannot read ({error.strerror})") from error
        rows.append({
            "issue_key": issue.key, "paper": issue.paper, "issue_date": issue.issue_date,
            "page": page.page, "region": issue.region, "source_path": page.relative, "byte_size": len(data),
            "encoding": encoding, "sha256": hashlib.sha256(data).hexdigest(), "text": text,
            "ingested_at": now,
        })
    return rows


# ---- articles -----------------------------------------------------------------------------


@dataclass
class SegmentedIssue:
    articles: list[dict]
    bylines: list[dict]
    lost: Counter  # characters of the pages that no field holds
    duplicated: Counter  # characters held more often than the pages have them
    house_style: HouseStyle  # how the issue's headings were read


def article_id(issue_key: str, page: int, seq: int) -> str:
    return f"{issue_key}/p{page:02d}/{seq:02d}"


def segment_issue(raw_pages: list[dict]) -> SegmentedIssue:
    """Segment every page of an issue and link the parts of articles continued across pages."""
    articles, bylines = [], []
    lost, duplicated = Counter(), Counter()
    pages, style = segment_pages([raw["text"] for raw in raw_pages])
    at_position: dict[tuple[int, int], dict] = {}  # (page index, item index) → article row
    for page_index, (raw, items) in enumerate(zip(raw_pages, pages)):
        missing, extra = conservation_diff(raw["text"], items)
        lost.update(missing)
        duplicated.update(extra)
        for seq, item in enumerate(items, start=1):
            identifier = article_id(raw["issue_key"], raw["page"], seq)
            row = _article_row(raw, identifier, seq, item)
            articles.append(row)
            at_position[(page_index, seq - 1)] = row
            bylines.extend(
                {**_ref(raw, identifier), "name": b.name, "role": b.role,
                 "assignment": b.assignment, "confidence": b.confidence, "line_no": b.line_no}
                for b in item.bylines
            )
    for source, target in stitch_jumps(pages, [raw["page"] for raw in raw_pages]):
        at_position[source]["continued_to"] = at_position[target]["article_id"]
        at_position[target]["continued_from"] = at_position[source]["article_id"]
    return SegmentedIssue(articles, bylines, lost, duplicated, style)


def _ref(raw: dict, identifier: str) -> dict:
    return {"article_id": identifier, "issue_key": raw["issue_key"], "paper": raw["paper"],
            "issue_date": raw["issue_date"]}


def _article_row(raw: dict, identifier: str, seq: int, item: Item) -> dict:
    body = item.body
    return {
        **_ref(raw, identifier), "page": raw["page"], "seq": seq, "kind": item.kind,
        "kicker": item.kicker, "headline": item.headline, "subtitle": item.subtitle,
        "lead": item.lead, "body": body, "byline_text": "\n".join(item.byline_text) or None,
        "paragraph_count": len(item.paragraphs), "char_count": len(body.replace("\n", "")),
        "line_start": item.line_start, "line_end": item.line_end,
        "heading_confidence": item.heading_confidence,
        "heading_alternative": dict(zip(ROLES, item.heading_alternative))
        if item.heading_alternative else None,
        "jump": item.jump,
        "continued_to": None, "continued_from": None,
    }


# ---- entities, figures, keywords ----------------------------------------------------------


@dataclass
class ExtractedIssue:
    entities: list[dict]
    figures: list[dict]
    keywords: list[dict]


def extract_issue(
    articles: list[dict], region: str | None, tagger: NerTagger | None = None, top_k: int = 10
) -> ExtractedIssue:
    tagger = tagger or default_tagger()
    context = EntityContext(HomeRegion.parse(region))
    entities, figures, keywords = [], [], []
    articles = [a for a in articles if a["kind"] != "other" and a["body"]]
    bodies = [article["body"] for article in articles]
    all_mentions = complete_names(bodies, [extract_mentions(body, tagger, context) for body in bodies])
    all_mentions = places_not_people(companies_not_people(bodies, names_read_elsewhere(bodies, all_mentions)))
    for article, mentions in zip(articles, all_mentions, strict=True):
        body = article["body"]
        ref = {k: article[k] for k in ("article_id", "issue_key", "paper", "issue_date")}
        entities.extend(
            {**ref, "text": m.text, "canonical": m.canonical, "type": m.type, "start": m.start,
             "end": m.end, "title": m.title, "sentence": m.sentence}
            for m in mentions
        )
        figures.extend(
            {**ref, "kind": f.kind, "text": f.text, "start": f.start, "end": f.end,
             "value": f.value, "unit": f.unit, "normalised_value": f.normalised_value,
             "date_start": f.date_start, "date_end": f.date_end, "resolution": f.resolution,
             "sentence": f.sentence}
            for f in extract_figures(body, _as_date(article["issue_date"]))
        )
        names = [m.text for m in mentions]
        keyword_text = "\n".join(filter(None, [article["headline"], article["subtitle"], body]))
        keywords.extend(
            {**ref, "rank": rank, "keyword": word, "weight": weight}
            for rank, (word, weight) in enumerate(extract_keywords(keyword_text, names, top_k), 1)
        )
    return ExtractedIssue(entities, figures, keywords)


def _as_date(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return value.date() if hasattr(value, "date") else date.fromisoformat(str(value))


# ---- checks (pure; the Dagster layer turns them into asset checks) ------------------------


SPACE_IN_CHINESE_RE = re.compile(r"[\u4e00-\u9fff，。、；：][ \t\u3000]+[\u4e00-\u9fff，。、；：]")


def wrap_artifacts(body: str) -> list[str]:
    """Signs that hard wraps or typesetting spaces survived cleaning."""
    problems = []
    for paragraph in body.split("\n"):
        if not paragraph.strip():
            problems.append("empty paragraph")
        elif paragraph[0] in "，。、；：？！”’）》":
            problems.append(f"paragraph starts with punctuation: {paragraph[:12]!r}")
    problems.extend(
        f"space inside Chinese text: {m.group(0)!r}" for m in SPACE_IN_CHINESE_RE.finditer(body)
    )
    return problems


def entity_offset_errors(entities: list[dict], bodies: dict[str, str]) -> list[str]:
    errors = []
    for entity in entities:
        body = bodies.get(entity["article_id"], "")
        if body[entity["start"] : entity["end"]] != entity["text"]:
            errors.append(f"{entity['article_id']}[{entity['start']}:{entity['end']}] != {entity['text']!r}")
    return errors
