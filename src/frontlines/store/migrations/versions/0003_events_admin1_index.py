"""Index events by (admin1, sort_date): the merge's search for province-level events.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_events_admin1", "events", ["admin1", "sort_date"])


def downgrade() -> None:
    op.drop_index("ix_events_admin1", table_name="events")
