"""The store's tables, in SQLAlchemy Core: one schema for SQLite and PostgreSQL.

Plain tables and plain types only (text, integers, reals, ISO dates), so the SQLite file opens
in Datasette or any SQLite client. JSON lives in ``TEXT`` columns. Migrations in
``store/migrations`` create these tables; this module is what the queries are written against.

``reports`` holds each event as one article reported it; ``events`` holds the merged (canonical)
events, and ``event_reports`` links each report to its event with the merge's reasons.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Column,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    Table,
    Text,
    UniqueConstraint,
    column,
    table,
    text,
)

metadata = MetaData()

#: Events placed at province level or without coordinates (geo_precision 3 is a province's capital).
VAGUE_PLACE = "latitude IS NULL OR geo_precision = 3"


def event_columns() -> list[Column]:
    """ACLED's event columns (less ids and evidence) and ours, shared by reports and events."""
    return [
        Column("event_date", Date),
        Column("time_precision", Integer),
        Column("event_type", Text, nullable=False),
        Column("sub_event_type", Text, nullable=False),
        Column("actor1", Text),
        Column("assoc_actor_1", Text),
        Column("inter1", Integer),
        Column("actor2", Text),
        Column("assoc_actor_2", Text),
        Column("inter2", Integer),
        Column("interaction", Integer),
        Column("civilian_targeting", Text),
        Column("country", Text),
        Column("iso", Integer),
        Column("admin1", Text),
        Column("admin2", Text),
        Column("admin3", Text),
        Column("location", Text),
        Column("latitude", Float),
        Column("longitude", Float),
        Column("geo_precision", Integer),
        Column("source", Text),
        Column("source_scale", Text),
        Column("notes", Text),
        Column("fatalities", Integer, nullable=False, server_default="0"),
        Column("fatalities_low", Integer),
        Column("fatalities_high", Integer),
        Column("injuries", Integer),
        Column("confidence", Float, nullable=False, server_default="0.5"),
    ]


#: Names of the shared event columns, in order.
EVENT_COLUMNS: tuple[str, ...] = tuple(c.name for c in event_columns())

articles = Table(
    "articles",
    metadata,
    Column("article_id", Text, primary_key=True, comment="SHA-256 of the article's content"),
    Column("doc_id", Text, nullable=False, index=True, comment="The input's own id"),
    Column("url", Text, index=True),
    Column("title", Text),
    Column("source", Text),
    Column("published", Date),
    Column("country", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", Text, nullable=False, comment="UTC, ISO 8601"),
)

article_versions = Table(
    "article_versions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("doc_id", Text, nullable=False),
    Column("old_article_id", Text, nullable=False),
    Column("new_article_id", Text, nullable=False),
    Column("replaced_at", Text, nullable=False),
)

places = Table(
    "places",
    metadata,
    Column("place_id", Integer, primary_key=True),
    Column("place_key", Text, nullable=False, unique=True),
    Column("location", Text, nullable=False, index=True),
    Column("country", Text),
    Column("iso", Integer),
    Column("iso3", Text),
    Column("admin1", Text),
    Column("admin2", Text),
    Column("admin3", Text),
    Column("latitude", Float),
    Column("longitude", Float),
    Column("geo_precision", Integer),
    Column("geonameid", Integer),
)

actors = Table(
    "actors",
    metadata,
    Column("actor_pk", Integer, primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    Column("actor_id", Text),
    Column("inter", Integer),
    Column("country", Text),
    Column("cameo", Text),
)

reports = Table(
    "reports",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("report_id", Text, nullable=False, unique=True, comment="Event.event_id from the article"),
    Column("article_id", Text, ForeignKey("articles.article_id", ondelete="CASCADE"), nullable=False, index=True),
    Column("doc_id", Text, nullable=False),
    Column("published", Date),
    Column("place_id", Integer, ForeignKey("places.place_id"), index=True),
    *event_columns(),
)

report_actors = Table(
    "report_actors",
    metadata,
    Column("report_pk", Integer, ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    Column("actor_pk", Integer, ForeignKey("actors.actor_pk"), primary_key=True, index=True),
    Column("evidence", Text, comment="JSON list of Evidence"),
)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("report_pk", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("field", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    Column("rule", Text, nullable=False),
)

claims = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("report_pk", Integer, ForeignKey("reports.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("claim_index", Integer, nullable=False),
    Column("kind", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("value", Integer),
    Column("low", Integer),
    Column("high", Integer),
    Column("qualifier", Text),
    Column("sources", Text, comment="JSON list, innermost first"),
    Column("disputes", Text, comment="JSON list of claim indexes in the same report"),
    Column("evidence", Text, comment="JSON list of Evidence"),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_id", Text, nullable=False, unique=True),
    Column("doc_id", Text, nullable=False, comment="Article of the event's first report"),
    Column("sort_date", Date, nullable=False, comment="event_date, else the first report's publication"),
    Column("event_week", Date, nullable=False, comment="Monday of sort_date's week"),
    Column("n_reports", Integer, nullable=False),
    Column("n_sources", Integer, nullable=False),
    Column("updated_at", Text, nullable=False),
    *event_columns(),
    Index("ix_events_sort", "sort_date", "id"),
    Index("ix_events_week", "event_week", "event_type"),
    Index("ix_events_country", "country", "sort_date"),
    Index("ix_events_type", "event_type", "sort_date"),
    Index("ix_events_actor1", "actor1"),
    Index("ix_events_actor2", "actor2"),
    Index("ix_events_lonlat", "longitude", "latitude"),
    # Only events placed at province level: the merge's province search (write.search_query).
    Index(
        "ix_events_admin1_vague",
        "admin1",
        "sort_date",
        sqlite_where=text(VAGUE_PLACE),
        postgresql_where=text(VAGUE_PLACE),
    ),
)

event_reports = Table(
    "event_reports",
    metadata,
    Column("report_pk", Integer, ForeignKey("reports.id", ondelete="CASCADE"), primary_key=True),
    Column("event_pk", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("score", Float, comment="Merge score against the event when joined; NULL for its first report"),
    Column("features", Text, comment="JSON: the merge features and their scores"),
    Column("joined_at", Text, nullable=False),
)

disputes = Table(
    "disputes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("event_pk", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True),
    Column("kind", Text, nullable=False, comment="fatalities, territory, ..."),
    Column("summary", Text, nullable=False),
    Column("side_a", Text, nullable=False, comment="JSON: {claim, sources, report_id}"),
    Column("side_b", Text, nullable=False, comment="JSON: {claim, sources, report_id}"),
)

merge_splits = Table(
    "merge_splits",
    metadata,
    Column("report_id", Text, nullable=False, comment="The detached report"),
    Column("other_report_id", Text, nullable=False, comment="A report it must not be joined with again"),
    Column("created_at", Text, nullable=False),
    UniqueConstraint("report_id", "other_report_id"),
)

#: SQLite only: the R*Tree over events with coordinates (created by migration 0001, kept by triggers).
rtree = table(
    "events_rtree",
    column("id"),
    column("min_lon"),
    column("max_lon"),
    column("min_lat"),
    column("max_lat"),
    column("min_day"),
    column("max_day"),
)


def julian_day(day: date) -> float:
    """SQLite's julianday() of midnight of ``day``: the R*Tree's day coordinate."""
    return day.toordinal() + 1721424.5
