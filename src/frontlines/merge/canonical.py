"""Build the merged (canonical) event from its reports, and find where the sources disagree.

The canonical fatality figure follows ACLED's conservative rule: the lowest figure any source
gives, never the sum. Every source's own figure stays on its report.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from itertools import combinations
from typing import Any

from pydantic import Field

from frontlines.merge.rules import territory_extent
from frontlines.records import Claim, Event, Record
from frontlines.taxonomy import event_type_of


class Dispute(Record):
    """Two sources that contradict each other on one point of an event, each side with its sources."""

    kind: str = Field(description="fatalities, territory, or the kind of the claims in conflict")
    summary: str
    side_a: dict[str, Any]
    side_b: dict[str, Any]


def source_figure(report: Event) -> int | None:
    """The report's own fatality figure, or None when it gives none (no count, no fatality claim)."""
    if report.fatalities > 0 or any(c.kind == "fatalities" and c.value is not None for c in report.claims):
        return report.fatalities
    return None


def conservative_fatalities(figures: Sequence[int | None]) -> int:
    """ACLED's rule: the lowest figure among the sources that give one; 0 when none does."""
    given = [f for f in figures if f is not None]
    return min(given) if given else 0


def _unique(values: Sequence[str | None]) -> list[str]:
    seen: dict[str, None] = {}
    for value in values:
        for part in (value or "").split(";"):
            if part.strip():
                seen.setdefault(part.strip(), None)
    return list(seen)


def _first(values: Sequence[Any]) -> Any:
    return next((v for v in values if v is not None), None)


def merged_event(event_id: str, reports: Sequence[Event]) -> Event:
    """The canonical event of ``reports`` (in ingest order): the most precise date and place,
    the most common sub-event type, every source, and the conservative fatality figure."""
    first = reports[0]
    counts = Counter(r.sub_event_type for r in reports)
    sub_event_type = max(counts, key=lambda s: (counts[s], -[r.sub_event_type for r in reports].index(s)))
    dated = [r for r in reports if r.event_date is not None]
    when = min(dated, key=lambda r: (r.time_precision or 3, r.event_date)) if dated else first
    placed = [r for r in reports if r.latitude is not None] or [r for r in reports if r.country] or [first]
    where = min(placed, key=lambda r: r.geo_precision or 3)
    who = max(reports, key=lambda r: (r.actor1 is not None) + (r.actor2 is not None))
    lows = [r.fatalities_low for r in reports if r.fatalities_low is not None]
    highs = [r.fatalities_high for r in reports if r.fatalities_high is not None]
    injuries = [r.injuries for r in reports if r.injuries is not None]
    published = [r.published for r in reports if r.published is not None]
    return Event(
        event_id=event_id,
        doc_id=first.doc_id,
        event_date=when.event_date,
        time_precision=when.time_precision,
        event_type=event_type_of().get(sub_event_type, first.event_type),
        sub_event_type=sub_event_type,
        actor1=who.actor1,
        assoc_actor_1="; ".join(_unique([r.assoc_actor_1 for r in reports])) or None,
        inter1=who.inter1,
        actor2=who.actor2,
        assoc_actor_2="; ".join(_unique([r.assoc_actor_2 for r in reports])) or None,
        inter2=who.inter2,
        interaction=who.interaction,
        civilian_targeting=_first([r.civilian_targeting for r in reports]),
        **{k: getattr(where, k) for k in ("country", "iso", "admin1", "admin2", "admin3", "location")},
        latitude=where.latitude,
        longitude=where.longitude,
        geo_precision=where.geo_precision,
        source="; ".join(_unique([r.source for r in reports])) or None,
        source_scale=_first([r.source_scale for r in reports]),
        notes=first.notes,
        fatalities=conservative_fatalities([source_figure(r) for r in reports]),
        fatalities_low=min(lows) if lows else None,
        fatalities_high=max(highs) if highs else None,
        injuries=min(injuries) if injuries else None,
        confidence=max(r.confidence for r in reports),
        published=min(published) if published else None,
    )


def _side(report: Event, claim: Claim | None, value: int | None = None) -> dict[str, Any]:
    sources = _unique([*(claim.sources if claim else []), report.source])
    text = claim.text if claim else f"{value} killed"
    return {"report_id": report.event_id, "claim": text, "value": value, "sources": sources}


def _fatality_claim(report: Event) -> Claim | None:
    return next((c for c in report.claims if c.kind == "fatalities"), None)


def fatality_dispute(reports: Sequence[Event]) -> Dispute | None:
    """One dispute between the lowest and the highest fatality figure, when the sources differ."""
    given = [(f, r) for r in reports if (f := source_figure(r)) is not None]
    if len({f for f, _ in given}) < 2:
        return None
    low, low_report = min(given, key=lambda x: x[0])
    high, high_report = max(given, key=lambda x: x[0])
    return Dispute(
        kind="fatalities",
        summary=f"sources give {low} to {high} fatalities; the event keeps {low} (lowest figure)",
        side_a=_side(low_report, _fatality_claim(low_report), low),
        side_b=_side(high_report, _fatality_claim(high_report), high),
    )


def territory_disputes(reports: Sequence[Event]) -> list[Dispute]:
    """Complete-control claims against partial-control claims, across the event's reports."""
    claims = [(r, c, territory_extent(c.text)) for r in reports for c in r.claims if c.kind == "territory"]
    found = []
    for (ra, ca, ea), (rb, cb, eb) in combinations(claims, 2):
        if ra.event_id != rb.event_id and {ea, eb} == {"complete", "partial"}:
            found.append(
                Dispute(
                    kind="territory",
                    summary=f"one source claims {ea} control, another {eb} control",
                    side_a=_side(ra, ca),
                    side_b=_side(rb, cb),
                )
            )
    return found


def within_report_disputes(reports: Sequence[Event]) -> list[Dispute]:
    """Contradictions the extractor already found inside one article (Claim.disputes)."""
    found = []
    for report in reports:
        for i, claim in enumerate(report.claims):
            for j in claim.disputes:
                if i < j < len(report.claims):
                    other = report.claims[j]
                    found.append(
                        Dispute(
                            kind=claim.kind,
                            summary=f"two claims in one article contradict each other ({claim.kind})",
                            side_a=_side(report, claim, claim.value),
                            side_b=_side(report, other, other.value),
                        )
                    )
    return found


def find_disputes(reports: Sequence[Event]) -> list[Dispute]:
    """Every dispute among an event's reports: fatality figures, territory claims, flagged claims."""
    fatalities = fatality_dispute(reports)
    return [
        *([fatalities] if fatalities else []),
        *territory_disputes(reports),
        *within_report_disputes(reports),
    ]
