"""Pieces more than one command uses. Not a command module: it registers nothing."""

from __future__ import annotations

from datetime import datetime

from frontlines.ingest import ReadOptions
from frontlines.settings import Settings


def read_options(settings: Settings, date_: datetime | None, country: str | None, **columns: str | None) -> ReadOptions:
    """The input options the reading commands share, from their flags (``--date``, ``--country``
    and the ``--*-column`` flags, passed by name)."""
    return ReadOptions(
        date=date_.date() if date_ else None,
        country=country,
        max_chars=settings.max_chars,
        **{name: value for name, value in columns.items() if value is not None},
    )
