"""ACLED's event taxonomy and actor-type codes, read from ``data/``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from frontlines.datafiles import data_path, read_tsv


@dataclass(frozen=True)
class SubEventType:
    event_type: str
    sub_event_type: str
    disorder: str
    definition: str


@cache
def sub_event_types() -> tuple[SubEventType, ...]:
    """The 25 sub-event types, in the codebook's order."""
    path = data_path("acled_taxonomy.tsv")
    return tuple(
        SubEventType(r["event_type"], r["sub_event_type"], r["disorder"], r["definition"])
        for _, r in read_tsv(path, required=("event_type", "sub_event_type", "disorder"))
    )


@cache
def event_type_of() -> dict[str, str]:
    """Map each sub-event type to its event type."""
    return {s.sub_event_type: s.event_type for s in sub_event_types()}


@cache
def inter_names() -> dict[int, str]:
    """ACLED inter code to its name."""
    return {int(r["inter"]): r["name"] for _, r in read_tsv(data_path("inter_codes.tsv"), ("inter", "name"))}


def interaction_code(inter1: int | None, inter2: int | None) -> int | None:
    """ACLED's interaction: the two inter codes, the lower first; a lone actor gives e.g. 60."""
    if not inter1:
        return None
    if not inter2:
        return inter1 * 10
    low, high = sorted((inter1, inter2))
    return low * 10 + high
