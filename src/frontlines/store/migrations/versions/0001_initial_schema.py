"""Initial schema: every table of store/schema.py, and on SQLite an R*Tree over events.

Revision ID: 0001
Revises: (none)
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "actors",
        sa.Column("actor_pk", sa.Integer(), nullable=False),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.Text(), nullable=True),
        sa.Column("inter", sa.Integer(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("cameo", sa.Text(), nullable=True),
        sa.PrimaryKeyConstraint("actor_pk"),
        sa.UniqueConstraint("name"),
    )
    op.create_table(
        "article_versions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("doc_id", sa.Text(), nullable=False),
        sa.Column("old_article_id", sa.Text(), nullable=False),
        sa.Column("new_article_id", sa.Text(), nullable=False),
        sa.Column("replaced_at", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "articles",
        sa.Column("article_id", sa.Text(), nullable=False, comment="SHA-256 of the article's content"),
        sa.Column("doc_id", sa.Text(), nullable=False, comment="The input's own id"),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("ingested_at", sa.Text(), nullable=False, comment="UTC, ISO 8601"),
        sa.PrimaryKeyConstraint("article_id"),
    )
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_articles_doc_id"), ["doc_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_articles_url"), ["url"], unique=False)

    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Text(), nullable=False),
        sa.Column("doc_id", sa.Text(), nullable=False, comment="Article of the event's first report"),
        sa.Column("sort_date", sa.Date(), nullable=False, comment="event_date, else the first report's publication"),
        sa.Column("event_week", sa.Date(), nullable=False, comment="Monday of sort_date's week"),
        sa.Column("n_reports", sa.Integer(), nullable=False),
        sa.Column("n_sources", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.Text(), nullable=False),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("time_precision", sa.Integer(), nullable=True),
        sa.Column("event_type", sa.Text(), nullable=False),
        sa.Column("sub_event_type", sa.Text(), nullable=False),
        sa.Column("actor1", sa.Text(), nullable=True),
        sa.Column("assoc_actor_1", sa.Text(), nullable=True),
        sa.Column("inter1", sa.Integer(), nullable=True),
        sa.Column("actor2", sa.Text(), nullable=True),
        sa.Column("assoc_actor_2", sa.Text(), nullable=True),
        sa.Column("inter2", sa.Integer(), nullable=True),
        sa.Column("interaction", sa.Integer(), nullable=True),
        sa.Column("civilian_targeting", sa.Text(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("iso", sa.Integer(), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("admin2", sa.Text(), nullable=True),
        sa.Column("admin3", sa.Text(), nullable=True),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("source_scale", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("fatalities", sa.Integer(), server_default="0", nullable=False),
        sa.Column("fatalities_low", sa.Integer(), nullable=True),
        sa.Column("fatalities_high", sa.Integer(), nullable=True),
        sa.Column("injuries", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), server_default="0.5", nullable=False),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("event_id"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.create_index("ix_events_actor1", ["actor1"], unique=False)
        batch_op.create_index("ix_events_actor2", ["actor2"], unique=False)
        batch_op.create_index("ix_events_country", ["country", "sort_date"], unique=False)
        batch_op.create_index("ix_events_lonlat", ["longitude", "latitude"], unique=False)
        batch_op.create_index("ix_events_sort", ["sort_date", "id"], unique=False)
        batch_op.create_index("ix_events_type", ["event_type", "sort_date"], unique=False)
        batch_op.create_index("ix_events_week", ["event_week", "event_type"], unique=False)

    op.create_table(
        "merge_splits",
        sa.Column("report_id", sa.Text(), nullable=False, comment="The detached report"),
        sa.Column("other_report_id", sa.Text(), nullable=False, comment="A report it must not be joined with again"),
        sa.Column("created_at", sa.Text(), nullable=False),
        sa.UniqueConstraint("report_id", "other_report_id"),
    )
    op.create_table(
        "places",
        sa.Column("place_id", sa.Integer(), nullable=False),
        sa.Column("place_key", sa.Text(), nullable=False),
        sa.Column("location", sa.Text(), nullable=False),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("iso", sa.Integer(), nullable=True),
        sa.Column("iso3", sa.Text(), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("admin2", sa.Text(), nullable=True),
        sa.Column("admin3", sa.Text(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.Integer(), nullable=True),
        sa.Column("geonameid", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("place_id"),
        sa.UniqueConstraint("place_key"),
    )
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_places_location"), ["location"], unique=False)

    op.create_table(
        "disputes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("event_pk", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False, comment="fatalities, territory, ..."),
        sa.Column("summary", sa.Text(), nullable=False),
        sa.Column("side_a", sa.Text(), nullable=False, comment="JSON: {claim, sources, report_id}"),
        sa.Column("side_b", sa.Text(), nullable=False, comment="JSON: {claim, sources, report_id}"),
        sa.ForeignKeyConstraint(["event_pk"], ["events.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("disputes", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_disputes_event_pk"), ["event_pk"], unique=False)

    op.create_table(
        "reports",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_id", sa.Text(), nullable=False, comment="Event.event_id from the article"),
        sa.Column("article_id", sa.Text(), nullable=False),
        sa.Column("doc_id", sa.Text(), nullable=False),
        sa.Column("published", sa.Date(), nullable=True),
        sa.Column("place_id", sa.Integer(), nullable=True),
        sa.Column("event_date", sa.Date(), nullable=True),
        sa.Column("time_precision", sa.Integer(), nullable=True),
        sa.Column("event_type", sa.Text(), nullable=False),
        sa.Column("sub_event_type", sa.Text(), nullable=False),
        sa.Column("actor1", sa.Text(), nullable=True),
        sa.Column("assoc_actor_1", sa.Text(), nullable=True),
        sa.Column("inter1", sa.Integer(), nullable=True),
        sa.Column("actor2", sa.Text(), nullable=True),
        sa.Column("assoc_actor_2", sa.Text(), nullable=True),
        sa.Column("inter2", sa.Integer(), nullable=True),
        sa.Column("interaction", sa.Integer(), nullable=True),
        sa.Column("civilian_targeting", sa.Text(), nullable=True),
        sa.Column("country", sa.Text(), nullable=True),
        sa.Column("iso", sa.Integer(), nullable=True),
        sa.Column("admin1", sa.Text(), nullable=True),
        sa.Column("admin2", sa.Text(), nullable=True),
        sa.Column("admin3", sa.Text(), nullable=True),
        sa.Column("location", sa.Text(), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("geo_precision", sa.Integer(), nullable=True),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("source_scale", sa.Text(), nullable=True),
        sa.Column("notes", sa.Text(), nullable=True),
        sa.Column("fatalities", sa.Integer(), server_default="0", nullable=False),
        sa.Column("fatalities_low", sa.Integer(), nullable=True),
        sa.Column("fatalities_high", sa.Integer(), nullable=True),
        sa.Column("injuries", sa.Integer(), nullable=True),
        sa.Column("confidence", sa.Float(), server_default="0.5", nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.article_id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(
            ["place_id"],
            ["places.place_id"],
        ),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("report_id"),
    )
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reports_article_id"), ["article_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_reports_place_id"), ["place_id"], unique=False)

    op.create_table(
        "claims",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_pk", sa.Integer(), nullable=False),
        sa.Column("claim_index", sa.Integer(), nullable=False),
        sa.Column("kind", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("value", sa.Integer(), nullable=True),
        sa.Column("low", sa.Integer(), nullable=True),
        sa.Column("high", sa.Integer(), nullable=True),
        sa.Column("qualifier", sa.Text(), nullable=True),
        sa.Column("sources", sa.Text(), nullable=True, comment="JSON list, innermost first"),
        sa.Column("disputes", sa.Text(), nullable=True, comment="JSON list of claim indexes in the same report"),
        sa.Column("evidence", sa.Text(), nullable=True, comment="JSON list of Evidence"),
        sa.ForeignKeyConstraint(["report_pk"], ["reports.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_claims_report_pk"), ["report_pk"], unique=False)

    op.create_table(
        "event_reports",
        sa.Column("report_pk", sa.Integer(), nullable=False),
        sa.Column("event_pk", sa.Integer(), nullable=False),
        sa.Column(
            "score",
            sa.Float(),
            nullable=True,
            comment="Merge score against the event when joined; NULL for its first report",
        ),
        sa.Column("features", sa.Text(), nullable=True, comment="JSON: the merge features and their scores"),
        sa.Column("joined_at", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["event_pk"], ["events.id"], ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["report_pk"], ["reports.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("report_pk"),
    )
    with op.batch_alter_table("event_reports", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_event_reports_event_pk"), ["event_pk"], unique=False)

    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("report_pk", sa.Integer(), nullable=False),
        sa.Column("field", sa.Text(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("rule", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(["report_pk"], ["reports.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_evidence_report_pk"), ["report_pk"], unique=False)

    op.create_table(
        "report_actors",
        sa.Column("report_pk", sa.Integer(), nullable=False),
        sa.Column("actor_pk", sa.Integer(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=True, comment="JSON list of Evidence"),
        sa.ForeignKeyConstraint(
            ["actor_pk"],
            ["actors.actor_pk"],
        ),
        sa.ForeignKeyConstraint(["report_pk"], ["reports.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("report_pk", "actor_pk"),
    )
    with op.batch_alter_table("report_actors", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_report_actors_actor_pk"), ["actor_pk"], unique=False)

    if op.get_bind().dialect.name == "sqlite":
        create_sqlite_rtree()


#: SQLite R*Tree over the events that have coordinates: longitude, latitude and the day number of
#: sort_date (float32 holds day numbers exactly), kept in step by triggers.
SQLITE_RTREE = (
    "CREATE VIRTUAL TABLE events_rtree USING rtree(id, min_lon, max_lon, min_lat, max_lat, min_day, max_day)",
    """CREATE TRIGGER events_rtree_insert AFTER INSERT ON events
    WHEN new.latitude IS NOT NULL AND new.longitude IS NOT NULL BEGIN
      INSERT INTO events_rtree VALUES (new.id, new.longitude, new.longitude, new.latitude, new.latitude,
        julianday(new.sort_date), julianday(new.sort_date));
    END""",
    """CREATE TRIGGER events_rtree_update AFTER UPDATE OF latitude, longitude, sort_date ON events BEGIN
      DELETE FROM events_rtree WHERE id = old.id;
      INSERT INTO events_rtree SELECT new.id, new.longitude, new.longitude, new.latitude, new.latitude,
        julianday(new.sort_date), julianday(new.sort_date)
      WHERE new.latitude IS NOT NULL AND new.longitude IS NOT NULL;
    END""",
    """CREATE TRIGGER events_rtree_delete AFTER DELETE ON events BEGIN
      DELETE FROM events_rtree WHERE id = old.id;
    END""",
)


def create_sqlite_rtree() -> None:
    for statement in SQLITE_RTREE:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in ("events_rtree_insert", "events_rtree_update", "events_rtree_delete"):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
        op.execute("DROP TABLE IF EXISTS events_rtree")
    with op.batch_alter_table("report_actors", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_report_actors_actor_pk"))

    op.drop_table("report_actors")
    with op.batch_alter_table("evidence", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_evidence_report_pk"))

    op.drop_table("evidence")
    with op.batch_alter_table("event_reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_event_reports_event_pk"))

    op.drop_table("event_reports")
    with op.batch_alter_table("claims", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_claims_report_pk"))

    op.drop_table("claims")
    with op.batch_alter_table("reports", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reports_place_id"))
        batch_op.drop_index(batch_op.f("ix_reports_article_id"))

    op.drop_table("reports")
    with op.batch_alter_table("disputes", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_disputes_event_pk"))

    op.drop_table("disputes")
    with op.batch_alter_table("places", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_places_location"))

    op.drop_table("places")
    op.drop_table("merge_splits")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_index("ix_events_week")
        batch_op.drop_index("ix_events_type")
        batch_op.drop_index("ix_events_sort")
        batch_op.drop_index("ix_events_lonlat")
        batch_op.drop_index("ix_events_country")
        batch_op.drop_index("ix_events_actor2")
        batch_op.drop_index("ix_events_actor1")

    op.drop_table("events")
    with op.batch_alter_table("articles", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_articles_url"))
        batch_op.drop_index(batch_op.f("ix_articles_doc_id"))

    op.drop_table("articles")
    op.drop_table("article_versions")
    op.drop_table("actors")
