"""Decide whether a report describes an event already known: hard rules, then a weighted score.

Every decision keeps its features and their scores, so ``frontlines events show`` can say why two
reports were joined.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cache, lru_cache
from typing import Any

from frontlines.merge import rules
from frontlines.records import Event

EARTH_RADIUS_KM = 6371.0088


@dataclass(frozen=True)
class Facts:
    """What the merge compares of a report or of a merged event."""

    event_type: str
    sub_event_type: str
    day: date | None
    time_precision: int | None
    latitude: float | None
    longitude: float | None
    geo_precision: int | None
    country: str | None
    admin1: str | None
    actors: frozenset[str]
    text: str
    report_ids: frozenset[str] = field(default_factory=frozenset)

    @classmethod
    def of_event(cls, event: Event, report_ids: frozenset[str] = frozenset()) -> Facts:
        """The facts of one event; its date falls back to the article's publication date."""
        evidence_text = " ".join(e.text for spans in event.evidence.values() for e in spans)
        return cls(
            event_type=event.event_type,
            sub_event_type=event.sub_event_type,
            day=event.event_date or event.published,
            time_precision=event.time_precision if event.event_date else 3,
            latitude=event.latitude,
            longitude=event.longitude,
            geo_precision=event.geo_precision,
            country=event.country,
            admin1=event.admin1,
            actors=actor_names(event),
            text=f"{event.notes or ''} {evidence_text}".strip(),
            report_ids=report_ids or frozenset({event.event_id}),
        )

    @classmethod
    def of_stored_event(cls, event_id: str, row: Mapping[str, Any]) -> Facts:
        """The facts of a stored merged event from its columns (``FACT_COLUMNS``): what
        ``of_event`` gives for the same event without evidence, without building the ``Event``."""
        day = row["event_date"]
        return cls(
            event_type=row["event_type"],
            sub_event_type=row["sub_event_type"],
            day=day,
            time_precision=row["time_precision"] if day else 3,
            latitude=row["latitude"],
            longitude=row["longitude"],
            geo_precision=row["geo_precision"],
            country=row["country"],
            admin1=row["admin1"],
            actors=names_of_actors(row["actor1"], row["actor2"], row["assoc_actor_1"], row["assoc_actor_2"]),
            text=(row["notes"] or "").strip(),
            report_ids=frozenset({event_id}),
        )


#: The event columns ``Facts.of_stored_event`` reads.
FACT_COLUMNS = (
    "event_type",
    "sub_event_type",
    "event_date",
    "time_precision",
    "latitude",
    "longitude",
    "geo_precision",
    "country",
    "admin1",
    "actor1",
    "actor2",
    "assoc_actor_1",
    "assoc_actor_2",
    "notes",
)


def actor_names(event: Event) -> frozenset[str]:
    """The event's actor names, case-folded: actor1, actor2 and the associated actors."""
    return names_of_actors(event.actor1, event.actor2, event.assoc_actor_1, event.assoc_actor_2)


def names_of_actors(actor1: str | None, actor2: str | None, assoc_1: str | None, assoc_2: str | None) -> frozenset[str]:
    """Case-folded actor names from ACLED's four actor columns (associated actors split on ';')."""
    names = [actor1, actor2]
    for assoc in (assoc_1, assoc_2):
        names.extend((assoc or "").split(";"))
    return frozenset(n.strip().casefold() for n in names if n and n.strip())


@dataclass
class Comparison:
    """One comparison: whether the hard rules allow a join, the score and the features behind it."""

    allowed: bool
    score: float
    features: dict[str, Any]


def family_score(a: Facts, b: Facts) -> tuple[float | None, str]:
    if a.sub_event_type == b.sub_event_type:
        return rules.FAMILY_SCORES["same_sub_event_type"], "same_sub_event_type"
    if a.event_type == b.event_type:
        return rules.FAMILY_SCORES["same_event_type"], "same_event_type"
    if frozenset((a.sub_event_type, b.sub_event_type)) in rules.compatible_pairs():
        return rules.FAMILY_SCORES["compatible_types"], "compatible_types"
    return None, "different_family"


def date_score(a: Facts, b: Facts) -> tuple[float | None, dict[str, Any]]:
    if a.day is None or b.day is None:
        return rules.UNKNOWN_DATE_SCORE, {"days_apart": None}
    precisions = (a.time_precision or 1, b.time_precision or 1)
    if precisions == (1, 1):
        window = rules.EXACT_DATE_WINDOW_DAYS
    else:
        window = rules.DATE_WINDOW_DAYS + max(rules.DATE_WIDENING_DAYS.get(p, 0) for p in precisions)
    days = abs((a.day - b.day).days)
    detail = {"days_apart": days, "window_days": window}
    return (1.0 - days / (window + 1) if days <= window else None), detail


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(h))


def place_score(a: Facts, b: Facts) -> tuple[float | None, dict[str, Any]]:
    if a.country and b.country and a.country.casefold() != b.country.casefold():
        return None, {"place": "different_country"}
    same_admin1 = bool(a.admin1 and b.admin1 and a.admin1.casefold() == b.admin1.casefold())
    precision = max(a.geo_precision or 3, b.geo_precision or 3)
    radius = rules.PLACE_RADIUS_KM.get(precision)
    if None not in (a.latitude, a.longitude, b.latitude, b.longitude):
        km = distance_km(a.latitude, a.longitude, b.latitude, b.longitude)  # type: ignore[arg-type]
        detail = {"km": round(km, 1), "radius_km": radius, "same_admin1": same_admin1}
        if radius is not None:
            return (1.0 - km / (2 * radius) if km <= radius else None), detail
        return (rules.SAME_ADMIN1_SCORE if same_admin1 else None), detail
    if a.admin1 and b.admin1:
        return (rules.SAME_ADMIN1_SCORE if same_admin1 else None), {"same_admin1": same_admin1}
    return rules.SAME_COUNTRY_SCORE, {"place": "too_vague"}


def actor_score(a: Facts, b: Facts) -> tuple[float | None, dict[str, Any]]:
    """Jaccard overlap of the actors; two reports that each name two sides must name the same two
    (ACLED's event is one pair of actors), and reports naming disjoint actors never join."""
    if not a.actors or not b.actors:
        return rules.UNKNOWN_ACTORS_SCORE, {"shared_actors": []}
    shared = a.actors & b.actors
    detail: dict[str, Any] = {"shared_actors": sorted(shared)}
    if len(a.actors) >= 2 and len(b.actors) >= 2 and len(shared) < 2:
        detail["actors"] = "different_pairs"
        return None, detail
    return (len(shared) / len(a.actors | b.actors) if shared else None), detail


def compare(a: Facts, b: Facts, text_similarity: float = 0.0) -> Comparison:
    """Compare two sets of facts: the hard rules first, then the weighted score."""
    family, family_kind = family_score(a, b)
    day, day_detail = date_score(a, b)
    place, place_detail = place_score(a, b)
    actors, actor_detail = actor_score(a, b)
    scores = {"family": family, "date": day, "place": place, "actors": actors, "text": text_similarity}
    features: dict[str, Any] = {"family_kind": family_kind, **day_detail, **place_detail, **actor_detail}
    features["scores"] = {k: (round(v, 3) if v is not None else None) for k, v in scores.items()}
    failed = [name for name, value in scores.items() if value is None]
    if failed:
        features["blocked_by"] = failed
        return Comparison(False, 0.0, features)
    total = sum(rules.WEIGHTS[name] * float(value or 0.0) for name, value in scores.items())
    return Comparison(True, round(total, 4), features)


#: scikit-learn's default token pattern: words of two or more letters or digits.
TOKEN = re.compile(r"(?u)\b\w\w+\b")


@cache
def english_stop_words() -> frozenset[str]:
    """scikit-learn's English stop words (``stop_words="english"``)."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return frozenset(ENGLISH_STOP_WORDS)


@lru_cache(maxsize=65536)
def term_counts(text: str) -> Mapping[str, int]:
    """Terms of ``text`` and their counts, as TfidfVectorizer tokenizes it; cached, since a stored
    event's text is compared with every new report near it (do not modify the result)."""
    stop = english_stop_words()
    return Counter(t for t in TOKEN.findall(text.lower()) if t not in stop)


def text_similarities(text: str, others: Sequence[str]) -> list[float]:
    """TF-IDF cosine similarity of ``text`` with each of ``others``, fitted on these texts alone.

    The same figures as scikit-learn's ``TfidfVectorizer(sublinear_tf=True, stop_words="english")``
    (smoothed idf, l2 norm), computed directly: the vectorizer's set-up cost per call was most of
    the merge's time when reports have many candidates.
    """
    if not text.strip() or not others:
        return [0.0] * len(others)
    counts = [term_counts(t) for t in (text, *others)]
    frequency = Counter(term for c in counts for term in c)
    if not frequency:  # nothing but stop words
        return [0.0] * len(others)
    n = len(counts) + 1
    idf = {term: math.log(n / (df + 1)) + 1.0 for term, df in frequency.items()}
    vectors = [unit_vector({term: (math.log(tf) + 1.0) * idf[term] for term, tf in c.items()}) for c in counts]
    query = vectors[0]
    return [sum(weight * query[term] for term, weight in v.items() if term in query) for v in vectors[1:]]


def unit_vector(weights: dict[str, float]) -> dict[str, float]:
    norm = math.sqrt(sum(w * w for w in weights.values()))
    return {term: w / norm for term, w in weights.items()} if norm else {}


def may_join(report: Facts, candidate: Facts) -> bool:
    """Whether the candidate passes the hard rules and could reach JOIN_SCORE with the best text
    similarity: when no candidate can, ``choose`` skips the text similarities (same decision)."""
    comparison = compare(report, candidate)
    return comparison.allowed and comparison.score + rules.WEIGHTS["text"] + 1e-6 >= rules.JOIN_SCORE


@dataclass
class Decision:
    """The merge's choice for a report: the index of the candidate joined (or None) and why."""

    index: int | None
    score: float | None
    features: dict[str, Any]


def choose(report: Facts, candidates: Sequence[Facts], cannot_link: frozenset[str] = frozenset()) -> Decision:
    """The best candidate the report may join at or above JOIN_SCORE; text similarity breaks ties."""
    # Only candidates that may reach JOIN_SCORE are scored with the text (the others cannot win).
    hopeful = [i for i, c in enumerate(candidates) if not c.report_ids & cannot_link and may_join(report, c)]
    if not hopeful:
        return Decision(None, None, {"candidates": len(candidates)})
    similarities = text_similarities(report.text, [c.text for c in candidates])
    best: tuple[float, float, int, Comparison] | None = None
    for i in hopeful:
        similarity = similarities[i]
        comparison = compare(report, candidates[i], similarity)
        if comparison.allowed and comparison.score >= rules.JOIN_SCORE:
            key = (comparison.score, similarity, -i, comparison)
            if best is None or key[:3] > best[:3]:
                best = key
    if best is None:
        return Decision(None, None, {"candidates": len(candidates)})
    score, _, negative_index, comparison = best
    return Decision(-negative_index, score, {**comparison.features, "candidates": len(candidates)})
