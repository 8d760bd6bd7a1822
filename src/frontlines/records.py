"""The record family that flows through the pipeline.

``Article`` goes in, ``Event`` comes out. ``Actor``, ``Place``, ``Claim`` and
``Evidence`` hang off an event. Every filled field of an event has at least one
``Evidence`` in ``Event.evidence`` under the field's ACLED name, and
``Evidence.rule`` names the rule or model that decided it.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

#: ACLED's columns that describe where an event happened, in ACLED's order.
PLACE_FIELDS: tuple[str, ...] = (
    "country",
    "iso",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
)
#: ACLED's export columns, in ACLED's order.
ACLED_FIELDS: tuple[str, ...] = (
    "event_id",
    "doc_id",
    "event_date",
    "time_precision",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    *PLACE_FIELDS,
    "source",
    "source_scale",
    "notes",
    "fatalities",
)
#: Our columns after ACLED's.
EXTRA_FIELDS: tuple[str, ...] = (
    "fatalities_low",
    "fatalities_high",
    "injuries",
    "confidence",
    "evidence",
)
OUTPUT_FIELDS: tuple[str, ...] = ACLED_FIELDS + EXTRA_FIELDS


class Record(BaseModel):
    """Base of every record: strict fields, no silent extras."""

    model_config = ConfigDict(extra="forbid", validate_assignment=False)


#: Rule prefixes of an actor the codebook's defaults or the front-line table supplied where the text
#: names none: such evidence is the words that decided the event, not words naming the actor.
DEFAULT_ACTOR_RULE = "default:codebook actor for "
FRONT_RULE = "front:"
INFERRED_RULE_PREFIXES = (DEFAULT_ACTOR_RULE, FRONT_RULE)


class Evidence(Record):
    """A span of the article's text that decided a field, and the rule that read it."""

    start: int = Field(ge=0, description="Character offset of the span's start in Article.text")
    end: int = Field(ge=0, description="Character offset one past the span's end")
    text: str = Field(description="The text of the span, Article.text[start:end]")
    rule: str = Field(description="The rule or model that decided the field from this span")

    @property
    def inferred(self) -> bool:
        """The value is the codebook's default or the front line's, not named by this span
        ("Unidentified Armed Group" for "gunfire was heard"; the span is the event word)."""
        return self.rule.startswith(INFERRED_RULE_PREFIXES)


class Article(Record):
    """One input document."""

    id: str = Field(description="The input's id, or the file name")
    text: str
    title: str | None = None
    published: date | None = Field(default=None, description="Publication date, anchors relative dates")
    source: str | None = Field(default=None, description="Publisher or outlet")
    url: str | None = None
    country: str | None = Field(default=None, description="Country hint for the geocoder (name or ISO code)")

    def content_hash(self) -> str:
        """SHA-256 of the article's canonical content: same article, same hash, on any run."""
        canonical = json.dumps(
            {
                "text": self.text,
                "title": self.title,
                "published": self.published.isoformat() if self.published else None,
                "source": self.source,
                "url": self.url,
            },
            sort_keys=True,
            ensure_ascii=False,
        )
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


class Actor(Record):
    """An actor resolved against the registry (or composed from a country and an agent)."""

    name: str = Field(description="Canonical name, ACLED's conventions")
    actor_id: str | None = Field(default=None, description="Registry id, None for composed actors")
    inter: int | None = Field(default=None, ge=1, le=8, description="ACLED inter code 1-8")
    country: str | None = Field(default=None, description="ISO 3166-1 alpha-3 of the actor's country")
    cameo: str | None = Field(default=None, description="CAMEO code from the source dictionary")
    ties: list[str] = Field(default_factory=list, description="e.g. 'loyal to Hamas'")
    evidence: list[Evidence] = Field(default_factory=list)


class Place(Record):
    """A resolved location with ACLED's admin levels and precision code."""

    location: str
    country: str | None = None
    iso: int | None = Field(default=None, description="ISO 3166-1 numeric, as in ACLED's export")
    iso3: str | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = Field(default=None, ge=1, le=3)
    geonameid: int | None = None
    evidence: list[Evidence] = Field(default_factory=list)

    @property
    def is_country(self) -> bool:
        """The place is a whole country ("Pakistan"), not a place in one."""
        return self.admin1 is None and self.location == self.country


ClaimKind = Literal["fatalities", "injuries", "at_risk", "territory", "statement", "other"]


class Claim(Record):
    """Something a source asserts about an event, with the chain of who says so."""

    kind: ClaimKind
    text: str = Field(description="What is claimed, in the article's words")
    value: int | None = None
    low: int | None = None
    high: int | None = None
    qualifier: str | None = Field(default=None, description="exact, at_least, up_to, about, more_than, vague, range")
    sources: list[str] = Field(default_factory=list, description="Attribution chain, innermost first: ['SOHR', 'AFP']")
    disputes: list[int] = Field(
        default_factory=list, description="Indexes of the claims in the same event this one contradicts"
    )
    evidence: list[Evidence] = Field(default_factory=list)


TimePrecision = Literal[1, 2, 3]


class Event(Record):
    """One event in ACLED's schema, with the evidence for every filled field."""

    event_id: str
    doc_id: str
    event_date: date | None = None
    time_precision: int | None = Field(default=None, ge=1, le=3)
    event_type: str
    sub_event_type: str
    actor1: str | None = None
    assoc_actor_1: str | None = None
    inter1: int | None = Field(default=None, ge=0, le=8)
    actor2: str | None = None
    assoc_actor_2: str | None = None
    inter2: int | None = Field(default=None, ge=0, le=8)
    interaction: int | None = None
    civilian_targeting: str | None = None
    country: str | None = None
    iso: int | None = None
    admin1: str | None = None
    admin2: str | None = None
    admin3: str | None = None
    location: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = Field(default=None, ge=1, le=3)
    source: str | None = None
    source_scale: str | None = None
    notes: str | None = None
    fatalities: int = 0
    fatalities_low: int | None = None
    fatalities_high: int | None = None
    injuries: int | None = None
    confidence: float = Field(default=0.5, ge=0.0, le=1.0)
    evidence: dict[str, list[Evidence]] = Field(default_factory=dict)
    actors: list[Actor] = Field(default_factory=list, description="Every actor of the event, resolved")
    place: Place | None = None
    claims: list[Claim] = Field(default_factory=list)
    published: date | None = Field(default=None, description="The article's publication date")

    def acled_row(self) -> dict[str, Any]:
        """The event as one flat row: ACLED's columns in order, then ours; evidence as JSON."""
        row: dict[str, Any] = {}
        for name in OUTPUT_FIELDS:
            value = getattr(self, name)
            if name == "evidence":
                value = json.dumps({k: [e.model_dump() for e in v] for k, v in value.items()}, ensure_ascii=False)
            elif isinstance(value, (date, datetime)):
                value = value.isoformat()
            row[name] = value
        return row


class Failure(Record):
    """A document that could not be coded, and why."""

    doc_id: str
    input: str = Field(description="File, and line or row where it applies")
    error: str = Field(description="Exception class name")
    message: str


def event_id_for(content_hash: str, index: int | str) -> str:
    """A stable event id from the article's content: the same article always gives the same ids.
    ``index`` is the event's position, or "position/place" for one of the places of a split event."""
    digest = hashlib.sha256(f"{content_hash}:{index}".encode()).hexdigest()
    return f"FL-{digest[:16]}"
