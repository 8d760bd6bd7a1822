"""Query parameters shared by the event routes, checked before they reach the store.

Hostile input (control characters, NUL, huge strings, bad boxes) is refused here with a 422,
so the store only sees clean, bounded values.
"""

from __future__ import annotations

import unicodedata
from datetime import date
from typing import Annotated, Any

from fastapi import Query

from frontlines.api.errors import ApiError
from frontlines.api.limits import MAX_CURSOR_CHARS, MAX_PARAM_CHARS

Text = Annotated[str | None, Query(max_length=MAX_PARAM_CHARS)]


def clean_text(value: str | None, name: str) -> str | None:
    """``value`` stripped, or None when blank; 422 on control characters such as NUL."""
    if value is None:
        return None
    if any(unicodedata.category(ch) == "Cc" for ch in value):
        raise ApiError(422, f"parameter '{name}' holds control characters (such as NUL); remove them")
    value = value.strip()
    return value or None


def parse_bbox(raw: str | None) -> tuple[float, float, float, float] | None:
    """``"west,south,east,north"`` in degrees, or None; 422 with the reason when malformed."""
    if raw is None or not raw.strip():
        return None
    parts = raw.split(",")
    try:
        if len(parts) != 4:
            raise ValueError
        west, south, east, north = (float(p) for p in parts)
    except ValueError:
        raise ApiError(
            422,
            "parameter 'bbox' must be four numbers 'west,south,east,north', e.g. bbox=35.7,32.3,42.4,37.3",
        ) from None
    ok = -180 <= west <= east <= 180 and -90 <= south <= north <= 90
    if not ok:
        raise ApiError(422, "parameter 'bbox' is out of range: need -180<=west<=east<=180 and -90<=south<=north<=90")
    return west, south, east, north


class EventQuery:
    """The event filters of /api/events and /api/timeline, as a FastAPI dependency."""

    def __init__(
        self,
        date_from: Annotated[date | None, Query(description="First day, YYYY-MM-DD")] = None,
        date_to: Annotated[date | None, Query(description="Last day, YYYY-MM-DD")] = None,
        country: Text = None,
        bbox: Annotated[str | None, Query(max_length=100, description="west,south,east,north in degrees")] = None,
        actor: Text = None,
        event_type: Text = None,
        sub_event_type: Text = None,
        source: Text = None,
        q: Annotated[str | None, Query(max_length=MAX_PARAM_CHARS, description="Words in the notes")] = None,
    ):
        if date_from and date_to and date_from > date_to:
            raise ApiError(422, f"date_from {date_from} is after date_to {date_to}; swap them")
        self.values: dict[str, Any] = {
            "date_from": date_from,
            "date_to": date_to,
            "country": clean_text(country, "country"),
            "bbox": parse_bbox(clean_text(bbox, "bbox")),
            "actor": clean_text(actor, "actor"),
            "event_type": clean_text(event_type, "event_type"),
            "sub_event_type": clean_text(sub_event_type, "sub_event_type"),
            "source": clean_text(source, "source"),
            "text": clean_text(q, "q"),
        }

    def to_filter(self) -> Any:
        """The store's ``EventFilter`` for these values."""
        from frontlines.store import EventFilter

        return EventFilter(**self.values)


Cursor = Annotated[str | None, Query(max_length=MAX_CURSOR_CHARS, description="next_cursor of the last page")]
