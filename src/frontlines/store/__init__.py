"""The event store: articles, their reports and the merged events, in SQLite or PostgreSQL.

::

    from frontlines.store import open_store, EventFilter
    store = open_store("sqlite:///frontlines.sqlite")       # creates or migrates
    store.ingest_results(build_pipeline(settings).code(articles))
    page = store.query_events(EventFilter(country="Syria"), cursor=None, limit=100)

Names are imported lazily, so importing the package does nothing heavy.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from frontlines.store.models import (
        ActorSummary,
        DisputeView,
        EventDetail,
        EventFilter,
        EventPage,
        IngestReport,
        MergeReason,
        PlaceSummary,
        ReportView,
        TerritoryChange,
        WeeklyCount,
    )
    from frontlines.store.store import Store, open_store

__all__ = [
    "ActorSummary",
    "DisputeView",
    "EventDetail",
    "EventFilter",
    "EventPage",
    "IngestReport",
    "MergeReason",
    "PlaceSummary",
    "ReportView",
    "Store",
    "TerritoryChange",
    "WeeklyCount",
    "open_store",
]


def __getattr__(name: str) -> Any:
    if name in ("Store", "open_store"):
        from frontlines.store import store

        return getattr(store, name)
    if name in __all__:
        from frontlines.store import models

        return getattr(models, name)
    raise AttributeError(f"module 'frontlines.store' has no attribute {name!r}")
