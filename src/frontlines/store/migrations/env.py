"""Alembic environment: runs on the connection ``open_store`` passes in ``config.attributes``."""

from __future__ import annotations

from alembic import context

from frontlines.store.schema import metadata

target_metadata = metadata
connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
