"""Aggregate metrics: DuckDB SQL over the lake's views, each written back as a Parquet table."""

from __future__ import annotations

import pyarrow as pa

from pipelines.storage.schemas import Table, column

ISSUE_COUNTS = Table(
    "metric_issue_counts",
    "Per issue: pages, items by kind, entities by type, figures, keywords.",
    pa.schema([
        column("issue_key", pa.string(), "Issue partition key."),
        column("paper", pa.string(), "Newspaper."),
        column("issue_date", pa.date32(), "Publication date."),
        column("pages", pa.int64(), "Pages ingested."),
        column("articles", pa.int64(), "Items of kind article."),
        column("photos", pa.int64(), "Items of kind photo."),
        column("people", pa.int64(), "Person mentions."),
        column("places", pa.int64(), "Place mentions."),
        column("orgs", pa.int64(), "Organisation mentions."),
        column("figures", pa.int64(), "Figures extracted."),
        column("bylines", pa.int64(), "Byline entries."),
    ]),
    partitioned=False,
)

TOP_ENTITIES = Table(
    "metric_top_entities",
    "Entities by mention count per paper and type, with the titles printed with people.",
    pa.schema([
        column("paper", pa.string(), "Newspaper."),
        column("type", pa.string(), "person | place | org."),
        column("canonical", pa.string(), "Canonical entity name."),
        column("mentions", pa.int64(), "Mentions."),
        column("articles", pa.int64(), "Distinct items mentioning it."),
        column("issues", pa.int64(), "Distinct issues mentioning it."),
        column("titles", pa.list_(pa.string()), "Distinct titles printed with the person."),
        column("first_issue_date", pa.date32(), "Earliest issue date it appears in."),
        column("last_issue_date", pa.date32(), "Latest issue date it appears in."),
    ]),
    partitioned=False,
)

REPORTERS = Table(
    "metric_reporters",
    "Reporters' output: items credited per byline name and role.",
    pa.schema([
        column("paper", pa.string(), "Newspaper."),
        column("name", pa.string(), "Credited person."),
        column("role", pa.string(), "Role in the byline."),
        column("articles", pa.int64(), "Items credited."),
        column("adjacent", pa.int64(), "Of which placed directly at the item."),
        column("issues", pa.int64(), "Distinct issues."),
    ]),
    partitioned=False,
)

FIGURE_TOTALS = Table(
    "metric_figure_totals",
    "Figures per paper, kind and unit: how many, and the sum of normalised values.",
    pa.schema([
        column("paper", pa.string(), "Newspaper."),
        column("kind", pa.string(), "Figure kind."),
        column("unit", pa.string(), "Unit."),
        column("figures", pa.int64(), "Number of figures."),
        column("total_normalised", pa.float64(), "Sum of normalised values (null for dates)."),
    ]),
    partitioned=False,
)

PEOPLE = Table(
    "people",
    "One row per person per paper: the titles printed with them, when they appeared, how often.",
    pa.schema([
        column("paper", pa.string(), "Newspaper."),
        column("name", pa.string(), "Canonical name."),
        column("titles", pa.list_(pa.string()), "Distinct titles printed with the name (闵行区委副书记、区长)."),
        column("mentions", pa.int64(), "Mentions across all issues."),
        column("articles", pa.int64(), "Distinct items mentioning the person."),
        column("issues", pa.int64(), "Distinct issues mentioning the person."),
        column("first_issue_key", pa.string(), "Earliest issue (by date, then key) mentioning the person."),
        column("last_issue_key", pa.string(), "Latest issue mentioning the person."),
        column("first_issue_date", pa.date32(), "Date of the first issue; null when unknown."),
        column("last_issue_date", pa.date32(), "Date of the last issue; null when unknown."),
    ]),
    partitioned=False,
)

METRIC_TABLES = [ISSUE_COUNTS, TOP_ENTITIES, REPORTERS, FIGURE_TOTALS, PEOPLE]

_SQL = {
    "metric_issue_counts": """
        WITH pages AS (
            SELECT issue_key, any_value(paper) AS paper, any_value(issue_date) AS issue_date,
                   count(*) AS pages
            FROM raw_pages GROUP BY issue_key),
        items AS (
            SELECT issue_key, count(*) FILTER (kind = 'article') AS articles,
                   count(*) FILTER (kind = 'photo') AS photos
            FROM articles GROUP BY issue_key),
        ents AS (
            SELECT issue_key, count(*) FILTER (type = 'person') AS people,
                   count(*) FILTER (type = 'place') AS places,
                   count(*) FILTER (type = 'org') AS orgs
            FROM entities GROUP BY issue_key),
        figs AS (SELECT issue_key, count(*) AS figures FROM figures GROUP BY issue_key),
        bys AS (SELECT issue_key, count(*) AS bylines FROM bylines GROUP BY issue_key)
        SELECT p.issue_key, p.paper, p.issue_date, p.pages,
               coalesce(i.articles, 0) AS articles, coalesce(i.photos, 0) AS photos,
               coalesce(e.people, 0) AS people, coalesce(e.places, 0) AS places,
               coalesce(e.orgs, 0) AS orgs, coalesce(f.figures, 0) AS figures,
               coalesce(b.bylines, 0) AS bylines
        FROM pages p
        LEFT JOIN items i USING (issue_key) LEFT JOIN ents e USING (issue_key)
        LEFT JOIN figs f USING (issue_key) LEFT JOIN bys b USING (issue_key)
        ORDER BY p.issue_date NULLS LAST, p.issue_key
    """,
    "metric_top_entities": """
        SELECT paper, type, canonical, count(*) AS mentions,
               count(DISTINCT article_id) AS articles, count(DISTINCT issue_key) AS issues,
               list_sort(list_distinct(list(title) FILTER (title IS NOT NULL))) AS titles,
               min(issue_date) AS first_issue_date, max(issue_date) AS last_issue_date
        FROM entities
        GROUP BY paper, type, canonical
        ORDER BY mentions DESC, canonical
    """,
    "metric_reporters": """
        SELECT paper, name, role, count(DISTINCT article_id) AS articles,
               count(DISTINCT article_id) FILTER (assignment = 'adjacent') AS adjacent,
               count(DISTINCT issue_key) AS issues
        FROM bylines
        GROUP BY paper, name, role
        ORDER BY articles DESC, name
    """,
    "people": """
        SELECT paper, canonical AS name,
               list_sort(list_distinct(list(title) FILTER (title IS NOT NULL))) AS titles,
               count(*) AS mentions, count(DISTINCT article_id) AS articles,
               count(DISTINCT issue_key) AS issues,
               arg_min(issue_key, (issue_date, issue_key)) AS first_issue_key,
               arg_max(issue_key, (issue_date, issue_key)) AS last_issue_key,
               min(issue_date) AS first_issue_date, max(issue_date) AS last_issue_date
        FROM entities
        WHERE type = 'person'
        GROUP BY paper, canonical
        ORDER BY mentions DESC, name
    """,
    "metric_figure_totals": """
        SELECT paper, kind, unit, count(*) AS figures,
               CASE WHEN kind IN ('money', 'percent', 'count', 'area', 'duration')
                    THEN sum(normalised_value) END AS total_normalised
        FROM figures
        GROUP BY paper, kind, unit
        ORDER BY paper, kind, figures DESC
    """,
}


def metric_sql(name: str) -> str:
    return _SQL[name]
