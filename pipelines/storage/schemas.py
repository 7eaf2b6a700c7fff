"""Every table of the lake, defined once: a pyarrow schema with a description per column.

Bump ``SCHEMA_VERSION`` when a column changes meaning or type; it is written into each Parquet
file's metadata so a reader can tell which contract a file follows.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa

SCHEMA_VERSION = "1.2"  # 1.1: articles.jump, continued_from, continued_to; people. 1.2: articles.heading_alternative


# heading_confidence under which a heading is one to check by hand, beside heading_alternative
# (98.3–98.5% of the headings at or above it are exact on generated pages, seeds 7 / 11 / 13)
HEADING_CHECK_BELOW = 0.9


def column(name: str, type_: pa.DataType, doc: str, nullable: bool = True) -> pa.Field:
    return pa.field(name, type_, nullable=nullable, metadata={"description": doc})


_ISSUE_COLUMNS = [
    column("issue_key", pa.string(), "Partition key of the issue (ASCII, stable).", False),
    column("paper", pa.string(), "Newspaper name, e.g. 平湖日报."),
    column("issue_date", pa.date32(), "Publication date; null when unknown."),
]
_ARTICLE_REF = [
    column("article_id", pa.string(), "`<issue_key>/p<page>/<seq>`: the item this row belongs to.", False),
    *_ISSUE_COLUMNS,
]


@dataclass(frozen=True)
class Table:
    name: str
    description: str
    schema: pa.Schema
    partitioned: bool = True

    def empty(self) -> pa.Table:
        return self.schema.empty_table()


RAW_PAGES = Table(
    "raw_pages",
    "One row per page file: exact decoded text plus provenance.",
    pa.schema([
        *_ISSUE_COLUMNS,
        column("page", pa.int32(), "Page number within the issue."),
        column("region", pa.string(), "The paper's home region (浙江省嘉兴市平湖市), for canonical places."),
        column("source_path", pa.string(), "Path of the page file relative to the seeds folder."),
        column("byte_size", pa.int64(), "Size of the file in bytes."),
        column("encoding", pa.string(), "Detected encoding (utf-8, utf-8-sig, utf-16, gb18030)."),
        column("sha256", pa.string(), "SHA-256 of the file's bytes."),
        column("text", pa.string(), "Decoded text, exactly as in the file (nothing dropped)."),
        column("ingested_at", pa.timestamp("us", tz="UTC"), "When this row was written."),
    ]),
)

ARTICLES = Table(
    "articles",
    "One row per item on a page: news article, photo feature, or page furniture (`other`).",
    pa.schema([
        *_ARTICLE_REF,
        column("page", pa.int32(), "Page number."),
        column("seq", pa.int32(), "Position of the item on the page (1 = first in reading order)."),
        column("kind", pa.string(), "article | photo | other (page furniture)."),
        column("kicker", pa.string(), "引题: the line above the headline."),
        column("headline", pa.string(), "Main headline."),
        column("subtitle", pa.string(), "副题: the line below the headline."),
        column("lead", pa.string(), "Dateline such as 本报讯, kept out of the body."),
        column("body", pa.string(), "Paragraphs joined by a newline; for a photo, its caption."),
        column("byline_text", pa.string(), "Byline lines as printed, newline-separated."),
        column("paragraph_count", pa.int32(), "Number of paragraphs in body."),
        column("char_count", pa.int32(), "Characters in body, newlines excluded."),
        column("line_start", pa.int32(), "First line of the item in the page text (0-based)."),
        column("line_end", pa.int32(), "Last line of the item in the page text (0-based)."),
        column("heading_confidence", pa.float64(), "Confidence of the kicker/headline/subtitle roles."),
        column("heading_alternative", pa.struct([("kicker", pa.string()), ("headline", pa.string()),
                                                 ("subtitle", pa.string())]),
               "The runner-up reading of the heading lines (kicker, headline, subtitle): worth a look "
               "where heading_confidence is low; null when the lines read only one way."),
        column("jump", pa.string(), "Jump line printed with the item: （下转第二版） or （上接第一版）."),
        column("continued_to", pa.string(), "article_id of the part this item continues on (下转)."),
        column("continued_from", pa.string(), "article_id of the part this item continues (上接)."),
    ]),
)

BYLINES = Table(
    "bylines",
    "One row per person credited on an item.",
    pa.schema([
        *_ARTICLE_REF,
        column("name", pa.string(), "Person's name, justification spaces removed."),
        column("role", pa.string(), "记者, 通讯员, 实习生, 摄影, …"),
        column("assignment", pa.string(), "adjacent (directly above the lead / below the caption) or inferred."),
        column("confidence", pa.float64(), "Confidence that the byline belongs to this item."),
        column("line_no", pa.int32(), "Line of the byline in the page text (0-based)."),
    ]),
)

ENTITIES = Table(
    "entities",
    "One row per entity mention in an item's body.",
    pa.schema([
        *_ARTICLE_REF,
        column("text", pa.string(), "Mention as printed."),
        column("canonical", pa.string(), "Canonical form for grouping (平湖/我市 → 平湖市)."),
        column("type", pa.string(), "person | place | org."),
        column("start", pa.int32(), "Start offset (characters) in articles.body."),
        column("end", pa.int32(), "End offset (exclusive) in articles.body."),
        column("title", pa.string(), "For people: the office printed with them (市委书记)."),
        column("sentence", pa.string(), "The sentence the mention is in."),
    ]),
)

FIGURES = Table(
    "figures",
    "One row per figure in an item's body: money, percentages, counts, areas, years, dates.",
    pa.schema([
        *_ARTICLE_REF,
        column("kind", pa.string(), "money | percent | count | area | year | date | duration | relative_date."),
        column("text", pa.string(), "The figure as printed (10亿元, 昨天上午)."),
        column("start", pa.int32(), "Start offset in articles.body."),
        column("end", pa.int32(), "End offset (exclusive) in articles.body."),
        column("value", pa.float64(), "Number as printed (10 for 10亿元)."),
        column("unit", pa.string(), "CNY/USD… for money, % for percent, the measure word for counts."),
        column("normalised_value", pa.float64(), "Money in units of the currency (yuan), percent as a fraction, counts × multiplier."),
        column("date_start", pa.date32(), "First day a date, year or relative date covers; null if unresolved."),
        column("date_end", pa.date32(), "Last day covered; null if unresolved."),
        column("resolution", pa.string(), "How a relative or partial date was resolved."),
        column("sentence", pa.string(), "The sentence the figure is in."),
    ]),
)

KEYWORDS = Table(
    "keywords",
    "Top TF-IDF keywords per item (jieba.analyse), names kept whole.",
    pa.schema([
        *_ARTICLE_REF,
        column("rank", pa.int32(), "1 = highest weight."),
        column("keyword", pa.string(), "The keyword."),
        column("weight", pa.float64(), "TF-IDF weight."),
    ]),
)

PARTITIONED_TABLES = [RAW_PAGES, ARTICLES, BYLINES, ENTITIES, FIGURES, KEYWORDS]
TABLES = {table.name: table for table in PARTITIONED_TABLES}


def column_docs(table: Table) -> dict[str, str]:
    return {f.name: (f.metadata or {}).get(b"description", b"").decode() for f in table.schema}
