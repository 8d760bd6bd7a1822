"""A flat ``events_view`` for Datasette and SQL users: each event with its reports' articles.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

VIEW = """CREATE VIEW events_view AS
SELECT e.event_id, e.event_date, e.event_type, e.sub_event_type, e.actor1, e.actor2,
       e.location, e.admin1, e.country, e.latitude, e.longitude, e.geo_precision,
       e.fatalities, e.n_reports, e.n_sources, e.source, e.notes,
       (SELECT {aggregate} FROM event_reports er
          JOIN reports r ON r.id = er.report_pk
          JOIN articles a ON a.article_id = r.article_id
         WHERE er.event_pk = e.id) AS articles
FROM events e"""


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        aggregate = "group_concat(coalesce(a.url, a.title, a.doc_id), ' | ')"
    else:
        aggregate = "string_agg(coalesce(a.url, a.title, a.doc_id), ' | ')"
    op.execute(VIEW.format(aggregate=aggregate))


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS events_view")
