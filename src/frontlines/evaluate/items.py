"""Gold items and evaluation reports: the records the evaluator reads and writes.

A loader turns a gold file into ``GoldItem``s (an ``Article`` to code plus what the coders
said about it); a scorer turns the items and our events into a ``Report``.
"""

from __future__ import annotations

from datetime import date
from typing import Annotated, Literal

from pydantic import Field

from frontlines.records import Article, Evidence, Record


class AcledGold(Record):
    """One ACLED row: the fields we score. ``event_types`` lists every accepted event type."""

    kind: Literal["acled"] = "acled"
    event_types: tuple[str, ...] = Field(description="Accepted event types (two for legacy Riots/Protests)")
    sub_event_type: str | None = Field(default=None, description="None in the legacy schema")
    actor1: str | None = None
    actor2: str | None = None
    inter1: int | None = None
    inter2: int | None = None
    country: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    fatalities: int = 0
    event_date: date | None = None


class LabelGold(Record):
    """A text with one ACLED type, or none (``None``): news_acled_dev, CASE 2021, relevance sets."""

    kind: Literal["label"] = "label"
    event_type: str | None = None
    sub_event_type: str | None = None
    label: str | None = Field(default=None, description="The dataset's own label, e.g. CASE's ARMED_CLASH")


class UcdpGold(Record):
    """A UCDP GED event: where, when and how many died."""

    kind: Literal["ucdp"] = "ucdp"
    country: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    best: int = 0
    low: int = 0
    high: int = 0
    date_start: date | None = None


class Filler(Record):
    """One MUC-4 slot filler: its alternative strings ('/' in the key), and '?' (optional)."""

    alternatives: tuple[str, ...]
    optional: bool = False


class Muc4Template(Record):
    """One MUC-4 answer-key template (a relevant incident)."""

    incident_types: tuple[str, ...] = Field(description="Slot 4, with its '/' alternatives")
    optional: bool = Field(default=False, description="'(OPTIONAL)' after the template number")
    perp_orgs: list[Filler] = Field(default_factory=list)
    phys_targets: list[Filler] = Field(default_factory=list)
    hum_targets: list[Filler] = Field(default_factory=list)
    effects: list[Filler] = Field(default_factory=list, description="DEATH and/or INJURY (slot 23)")


class Muc4Gold(Record):
    """The answer key of one MUC-4 message; no templates means an irrelevant text."""

    kind: Literal["muc4"] = "muc4"
    templates: list[Muc4Template] = Field(default_factory=list)


class RoleFiller(Record):
    """A gold argument: its role class and every head word of its coreference cluster."""

    role: str = Field(description="attacker, victim, target or place")
    entity: str = Field(description="Coreference cluster id (or entity id where no cluster)")
    heads: tuple[str, ...]


class ArgumentGold(Record):
    """The conflict-event arguments of one WikiEvents document."""

    kind: Literal["arguments"] = "arguments"
    fillers: list[RoleFiller] = Field(default_factory=list)
    has_conflict_event: bool = False


Gold = Annotated[AcledGold | LabelGold | UcdpGold | Muc4Gold | ArgumentGold, Field(discriminator="kind")]


class GoldItem(Record):
    """One text to code, with its gold labels."""

    item_id: str
    article: Article
    gold: Gold
    stratum: str = Field(default="", description="Label used for stratified sampling")


class Metric(Record):
    """One figure of a report: value over ``n`` items, and the target where issue 5 sets one."""

    name: str
    value: float | None
    n: int = 0
    target: float | None = None
    note: str = ""

    @property
    def meets_target(self) -> bool | None:
        if self.target is None or self.value is None:
            return None
        return self.value >= self.target


class ClassScore(Record):
    label: str
    precision: float
    recall: float
    f1: float
    support: int


class Confusion(Record):
    """Counts with gold labels as rows and our labels as columns."""

    labels: list[str]
    counts: list[list[int]]


class ErrorCase(Record):
    """One error worth reading: what the gold said, what we said, and the evidence we used."""

    item_id: str
    field: str
    gold: str
    predicted: str
    severity: float = Field(description="Larger is worse; used to pick the worst errors")
    text: str
    evidence: list[Evidence] = Field(default_factory=list)


class Report(Record):
    """The scores of one gold set."""

    dataset: str
    format: str
    items: int
    sampling: str = "all"
    metrics: list[Metric] = Field(default_factory=list)
    per_class: list[ClassScore] = Field(default_factory=list)
    confusions: dict[str, Confusion] = Field(default_factory=dict)
    errors: list[ErrorCase] = Field(default_factory=list)
    failures: int = 0
    seconds: float = 0.0
    notes: list[str] = Field(default_factory=list)
    histograms: dict[str, list[tuple[str, int]]] = Field(default_factory=dict)

    def metric(self, name: str) -> Metric | None:
        """The metric called ``name``, or None."""
        return next((m for m in self.metrics if m.name == name), None)
