"""The merge's named thresholds and its data files (``data/merge/``).

Where the values come from: ACLED's codebook defines time_precision (1 day, 2 week, 3 month) and
geo_precision (1 the named town, 2 a nearby or larger area, 3 the province's capital); the windows
below give each precision its own slack. The weights and the join score were set once from the
structure of the problem (place and date carry most of an event's identity; actor names and words
vary between outlets), then checked, not tuned, on the UCDP GED Syria development set
(benchmarks/merge_on_ucdp.py).
"""

from __future__ import annotations

import re
from functools import cache

from frontlines.datafiles import data_path, read_tsv

#: Days two reports of one event may differ by when both give an exact day (time_precision 1): none.
#: ACLED's (and UCDP's) unit of event is one day, one place, one pair of actors, so fighting at the
#: same place on the next day is another event. On UCDP GED Syria, January 2016 (coded reports), a
#: one-day window joined 44 pairs of distinct daily events for 7 pairs of one event.
EXACT_DATE_WINDOW_DAYS = 0
#: Days two reports may differ by when one date is vaguer than a day, before widening.
DATE_WINDOW_DAYS = 2
#: Extra days allowed by the vaguer report's time_precision (ACLED: 2 = within a week, 3 = a month).
DATE_WIDENING_DAYS = {1: 0, 2: 7, 3: 31}

#: Largest distance, in km, between two reports' places by the vaguer report's geo_precision.
#: Precision 1 points at the town itself; 10 km covers a town and its outskirts, where clashes
#: "around" or "near" it are placed. Precision 2 is "near" a town: 25 km, UCDP GED's definition of
#: its where_prec 2 ("within 25 km"), which ACLED's "near a town" matches.
#: Precision 3 is a province capital standing for the province: the places must share admin1.
PLACE_RADIUS_KM = {1: 10.0, 2: 25.0}
#: Score of a place match that rests only on the same admin1 (no usable distance).
SAME_ADMIN1_SCORE = 0.5
#: Score of a place match that rests only on the same country (one report has no finer place).
SAME_COUNTRY_SCORE = 0.25

#: Score of the event-family feature: same sub-event type, same event type, a listed compatible pair.
FAMILY_SCORES = {"same_sub_event_type": 1.0, "same_event_type": 0.7, "compatible_types": 0.5}
#: Score of the date feature when one report has no date at all (not even a publication date).
UNKNOWN_DATE_SCORE = 0.5
#: Score of the actor feature when one report names no actor (neither for nor against a match).
UNKNOWN_ACTORS_SCORE = 0.5

#: Weights of the features in the merge score; text similarity is the smallest, a tie-breaker.
WEIGHTS = {"family": 0.2, "date": 0.25, "place": 0.3, "actors": 0.15, "text": 0.1}
#: A report joins its best candidate event only at or above this score (all hard rules passed).
#: With every feature at its "unknown" value the score is about 0.45, so joining needs positive
#: evidence from at least place or date beyond mere compatibility.
JOIN_SCORE = 0.6


@cache
def compatible_pairs() -> frozenset[frozenset[str]]:
    """Cross-type sub-event-type pairs that may describe one event (data/merge/compatible_types.tsv)."""
    path = data_path("merge/compatible_types.tsv")
    return frozenset(
        frozenset((row["sub_event_type_a"], row["sub_event_type_b"]))
        for _, row in read_tsv(path, required=("sub_event_type_a", "sub_event_type_b"))
    )


@cache
def territory_cues() -> tuple[tuple[re.Pattern[str], str], ...]:
    """Cue patterns and the extent they signal, 'complete' or 'partial' (data/merge/territory_cues.tsv)."""
    path = data_path("merge/territory_cues.tsv")
    return tuple(
        (re.compile(rf"\b{re.escape(row['cue'])}\b", re.IGNORECASE), row["extent"])
        for _, row in read_tsv(path, required=("cue", "extent"))
    )


def territory_extent(claim_text: str) -> str | None:
    """'partial' if the claim has a partial-control cue, else 'complete' if it has one, else None."""
    extents = {extent for pattern, extent in territory_cues() if pattern.search(claim_text)}
    if "partial" in extents:
        return "partial"
    return "complete" if "complete" in extents else None
