"""Known front lines (``data/events/fronts.tsv``): where and when two parties face each other, the
words that name the line, and the line's parties for fire across it with no shooter named."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from frontlines.datafiles import data_path, read_tsv
from frontlines.errors import DataFileError
from frontlines.events.context import DocumentContext
from frontlines.places import resolve_country
from frontlines.taxonomy import event_type_of

if TYPE_CHECKING:
    from frontlines.events.assemble import EventDraft

FRONTS_FILE = "events/fronts.tsv"


@dataclass(frozen=True)
class Front:
    """A front line: where and when two known parties face each other, and the words that name it."""

    iso3: str
    start: date
    end: date
    side1: str
    side2: str
    cues: tuple[str, ...]
    regions: tuple[str, ...] = ()
    #: points the line runs past, (latitude, longitude), north to south
    line: tuple[tuple[float, float], ...] = ()


@cache
def fronts() -> tuple[Front, ...]:
    """The shipped front lines; a malformed row raises ``DataFileError`` naming file:line."""
    path = data_path(FRONTS_FILE)
    found = []
    for line, row in read_tsv(path, required=("iso3", "start", "end", "side1", "side2", "cues")):
        try:
            start, end = date.fromisoformat(row["start"]), date.fromisoformat(row["end"])
        except ValueError as exc:
            raise DataFileError(str(path), line, f"bad date: {exc}") from exc
        cues = tuple(c.strip() for c in row["cues"].split("|") if c.strip())
        if not cues or start > end:
            raise DataFileError(str(path), line, "needs at least one cue and start <= end")
        regions = tuple(r.strip() for r in (row.get("regions") or "").split("|") if r.strip())
        line_points = _line_points(row.get("line") or "", str(path), line)
        found.append(Front(row["iso3"], start, end, row["side1"], row["side2"], cues, regions, line_points))
    return tuple(found)


def _line_points(value: str, path: str, line: int) -> tuple[tuple[float, float], ...]:
    """ "Shchastia:48.738:39.23|...": the (latitude, longitude) of each town the line runs past."""
    points = []
    for item in (i.strip() for i in value.split("|") if i.strip()):
        try:
            _, lat, lon = item.rsplit(":", 2)
            point = (float(lat), float(lon))
        except ValueError as exc:
            raise DataFileError(path, line, f"bad line point {item!r}: want name:latitude:longitude") from exc
        if not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
            raise DataFileError(path, line, f"line point {item!r} is off the globe")
        points.append(point)
    return tuple(points)


def _front_cue(front: Front, lowered: str, iso3: str, when: date | None) -> str | None:
    """The cue by which a lower-cased text of country ``iso3`` at date ``when`` speaks of the front."""
    if front.iso3 != iso3 or when is None or not front.start <= when <= front.end:
        return None
    return next((c for c in front.cues if re.search(rf"\b{re.escape(c)}\b", lowered)), None)


def front_regions(text: str, country: str | None, published: date | None) -> tuple[str, ...]:
    """The regions of the front lines a text speaks of (its country, its date, one of the cues)."""
    return tuple(r for front in fronts_spoken_of(text, country, published) for r in front.regions)


def fronts_spoken_of(text: str, country: str | None, published: date | None) -> list[Front]:
    """The front lines a text speaks of: its country, its date and one of the line's cues."""
    found = resolve_country(country) if country else None
    if found is None:
        return []
    lowered = text.lower()
    return [front for front in fronts() if _front_cue(front, lowered, found.iso3, published)]


#: Event types of fire between armed parties, which a front line may assign to its two sides.
FRONT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})


def _front(
    draft: EventDraft, ctx: DocumentContext, iso3: str | None, sentences: list[int]
) -> tuple[str, str, str] | None:
    """The two parties of a front line the event's sentences speak of, or None (see fronts.tsv)."""
    if iso3 is None or event_type_of().get(draft.sub_event_type) not in FRONT_TYPES:
        return None
    text = " ".join(ctx.sentences[i].text.lower() for i in sentences)
    for front in fronts():
        cue = _front_cue(front, text, iso3, ctx.published)
        if cue is not None:
            return front.side1, front.side2, cue
    return None
