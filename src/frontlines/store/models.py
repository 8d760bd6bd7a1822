"""What the store's query API takes and returns: typed records, ready for JSON."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from frontlines.records import Article, Claim, Event, Failure, Record


class EventFilter(BaseModel):
    """Filters for events; every field is optional and they combine with AND."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    date_from: date | None = Field(default=None, description="First day, inclusive")
    date_to: date | None = Field(default=None, description="Last day, inclusive")
    country: str | None = Field(default=None, description="Country name, exact")
    bbox: tuple[float, float, float, float] | None = Field(
        default=None, description="west, south, east, north in degrees (lon/lat)"
    )
    actor: str | None = Field(default=None, description="Actor name: actor1, actor2 or an associated actor")
    event_type: str | None = None
    sub_event_type: str | None = None
    source: str | None = Field(default=None, description="Outlet of one of the event's reports, exact")
    text: str | None = Field(default=None, description="Words in the notes, case-insensitive")

    @model_validator(mode="after")
    def _check_bbox(self) -> EventFilter:
        if self.bbox is not None:
            west, south, east, north = self.bbox
            if west > east or south > north:
                raise ValueError(f"bbox {self.bbox} must be west, south, east, north with west<=east")
        return self


class EventPage(Record):
    """One page of events, newest first, and the cursor of the next page (None at the end)."""

    events: list[Event]
    next_cursor: str | None = None


class MergeReason(Record):
    """Why a report was joined to its event: the features and scores of the decision."""

    score: float | None = Field(description="Overall merge score; None for the event's first report")
    features: dict[str, Any] = Field(default_factory=dict)


class ReportView(Record):
    """One source's report of an event: the article it came from and the event as read there."""

    report_id: str
    article_id: str
    title: str | None = None
    source: str | None = None
    url: str | None = None
    published: date | None = None
    event: Event = Field(description="The event as this article reported it, with evidence and claims")
    fatalities: int | None = Field(description="This source's fatality figure; None if it gives none")
    reason: MergeReason


class DisputeView(Record):
    """Two sources that contradict each other on one point of an event."""

    kind: str
    summary: str
    side_a: dict[str, Any]
    side_b: dict[str, Any]


class EventDetail(Record):
    """An event with everything behind it: reports, claims, disputes, evidence, merge reasons."""

    event: Event
    reports: list[ReportView]
    claims: list[Claim] = Field(description="Every report's claims, in report order")
    disputes: list[DisputeView]


class ActorSummary(Record):
    name: str
    actor_id: str | None = None
    inter: int | None = None
    country: str | None = None
    events: int = Field(description="Reports naming this actor")


class PlaceSummary(Record):
    place_id: int
    location: str
    country: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    events: int = Field(description="Reports at this place")


class TerritoryChange(Record):
    """One change of hands at a place (or a territory claim about it), for the place's history."""

    date: date | None
    event_id: str
    sub_event_type: str
    actor1: str | None = None
    actor2: str | None = None
    claims: list[str] = Field(default_factory=list, description="Territory claims, in the articles' words")
    sources: list[str] = Field(default_factory=list)


class WeeklyCount(Record):
    week: date = Field(description="Monday of the week")
    event_type: str
    events: int
    fatalities: int


class IngestReport(Record):
    """What an ingest did: counts, and the documents that failed with their reasons."""

    articles_stored: int = 0
    articles_skipped: int = Field(default=0, description="Already stored (same content hash)")
    articles_replaced: int = Field(default=0, description="New versions that replaced an older one")
    reports_stored: int = 0
    events_created: int = 0
    reports_merged: int = Field(default=0, description="Reports joined to an existing event")
    failures: list[Failure] = Field(default_factory=list)

    def add(self, other: IngestReport) -> None:
        """Add another report's counts and failures to this one."""
        for name in type(self).model_fields:
            if name != "failures":
                setattr(self, name, getattr(self, name) + getattr(other, name))
        self.failures.extend(other.failures)


ArticleWithEvents = tuple[Article, list[Event]]
