"""Index only the events placed at province level, by (admin1, sort_date).

The merge's province search asks for events of one admin1 without coordinates or at
geo_precision 3; the full (admin1, sort_date) index of 0003 made it walk every event of the
province in the date window (most have precise coordinates) and cost a write per event.

Revision ID: 0004
Revises: 0003
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

#: The merge's condition (write.search_query) with the same literal, so both planners use the index.
VAGUE_PLACE = sa.text("latitude IS NULL OR geo_precision = 3")


def upgrade() -> None:
    op.drop_index("ix_events_admin1", table_name="events")
    op.create_index(
        "ix_events_admin1_vague",
        "events",
        ["admin1", "sort_date"],
        sqlite_where=VAGUE_PLACE,
        postgresql_where=VAGUE_PLACE,
    )


def downgrade() -> None:
    op.drop_index("ix_events_admin1_vague", table_name="events")
    op.create_index("ix_events_admin1", "events", ["admin1", "sort_date"])
