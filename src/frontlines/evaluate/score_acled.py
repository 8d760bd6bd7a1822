"""Score our events against ACLED rows, field by field (issue 5's ACLED targets).

Every figure is over all gold items of its kind: a note that yields no event counts as wrong
for every field, so the accuracies are end to end. Where a note yields several events we score
the primary one (the first the extractor reports) and never peek at the gold to choose.
"""

from __future__ import annotations

from collections.abc import Sequence

from frontlines.evaluate.items import AcledGold, ErrorCase, Metric, Report
from frontlines.evaluate.metrics import (
    NONE,
    class_scores,
    confusion,
    haversine_km,
    macro_f1,
    median,
    ratio,
    same_admin,
    same_country,
    without_period,
)
from frontlines.evaluate.runner import Coded, make_report
from frontlines.records import Event

#: Issue 5's targets on the ACLED dev sets.
TARGETS = {
    "event_type accuracy": 0.90,
    "sub_event_type accuracy": 0.80,
    "sub_event_type macro-F1": 0.70,
    "inter1 accuracy": 0.85,
    "country accuracy": 0.97,
    "within 25 km": 0.85,
    "fatalities exact where gold > 0": 0.85,
    "date exact": 0.95,
}
DISTANCE_BANDS_KM = (10, 25, 50)


def _gold(coded: Coded) -> AcledGold:
    gold = coded.item.gold
    assert isinstance(gold, AcledGold)
    return gold


def _type_pairs(items: Sequence[Coded]) -> list[tuple[str, str]]:
    pairs = []
    for coded in items:
        gold, event = _gold(coded), coded.primary
        predicted = event.event_type if event else NONE
        label = predicted if predicted in gold.event_types else " or ".join(gold.event_types)
        pairs.append((label, predicted))
    return pairs


def _sub_pairs(items: Sequence[Coded]) -> list[tuple[str, str]]:
    return [
        (_gold(c).sub_event_type or "", c.primary.sub_event_type if c.primary else NONE)
        for c in items
        if _gold(c).sub_event_type
    ]


def _share(items: Sequence[Coded], name: str, test, applies=lambda g: True) -> Metric:
    """A metric: the share of applicable items whose primary event passes ``test(event, gold)``."""
    scoped = [c for c in items if applies(_gold(c))]
    hits = sum(1 for c in scoped if c.primary is not None and test(c.primary, _gold(c)))
    return Metric(name=name, value=ratio(hits, len(scoped)), n=len(scoped), target=TARGETS.get(name))


def _distance(event: Event, gold: AcledGold) -> float | None:
    if None in (event.latitude, event.longitude, gold.latitude, gold.longitude):
        return None
    return haversine_km(event.latitude, event.longitude, gold.latitude, gold.longitude)  # type: ignore[arg-type]


def _distance_metrics(items: Sequence[Coded]) -> list[Metric]:
    located = [c for c in items if _gold(c).latitude is not None and _gold(c).longitude is not None]
    distances = [d for c in located if c.primary and (d := _distance(c.primary, _gold(c))) is not None]
    metrics = [
        Metric(
            name="distance median km",
            value=median(distances),
            n=len(distances),
            note="over notes where we gave coordinates",
        )
    ]
    for band in DISTANCE_BANDS_KM:
        name = f"within {band} km"
        hits = sum(1 for d in distances if d <= band)
        metrics.append(Metric(name=name, value=ratio(hits, len(located)), n=len(located), target=TARGETS.get(name)))
    return metrics


def _field_metrics(items: Sequence[Coded]) -> list[Metric]:
    type_pairs, sub_pairs = _type_pairs(items), _sub_pairs(items)
    gold_subs = sorted({g for g, _ in sub_pairs})
    gold_types = sorted({g for g, _ in type_pairs})
    return [
        Metric(
            name="event_type accuracy",
            value=ratio(sum(g == p for g, p in type_pairs), len(type_pairs)),
            n=len(type_pairs),
            target=TARGETS["event_type accuracy"],
        ),
        Metric(name="event_type macro-F1", value=macro_f1(type_pairs, gold_types), n=len(type_pairs)),
        Metric(
            name="sub_event_type accuracy",
            value=ratio(sum(g == p for g, p in sub_pairs), len(sub_pairs)),
            n=len(sub_pairs),
            target=TARGETS["sub_event_type accuracy"],
        ),
        Metric(
            name="sub_event_type macro-F1",
            value=macro_f1(sub_pairs, gold_subs),
            n=len(sub_pairs),
            target=TARGETS["sub_event_type macro-F1"],
            note="mean over the gold sub-types present",
        ),
        _share(items, "inter1 accuracy", lambda e, g: e.inter1 == g.inter1, lambda g: g.inter1 is not None),
        _share(
            items,
            "inter2 accuracy",
            lambda e, g: (e.inter2 or 0) == (g.inter2 or 0),
            lambda g: g.inter1 is not None,
        ),
        _share(items, "actor1 exact", lambda e, g: e.actor1 == g.actor1, lambda g: bool(g.actor1)),
        _share(
            items,
            "actor1 ignoring period",
            lambda e, g: without_period(e.actor1) == without_period(g.actor1),
            lambda g: bool(g.actor1),
        ),
        _share(
            items,
            "country accuracy",
            lambda e, g: same_country(e.country, g.country),
            lambda g: bool(g.country),
        ),
        _share(items, "admin1 accuracy", lambda e, g: same_admin(e.admin1, g.admin1), lambda g: bool(g.admin1)),
        *_distance_metrics(items),
        _share(items, "fatalities exact", lambda e, g: e.fatalities == g.fatalities),
        _share(
            items,
            "fatalities exact where gold > 0",
            lambda e, g: e.fatalities == g.fatalities,
            lambda g: g.fatalities > 0,
        ),
        _share(items, "date exact", lambda e, g: e.event_date == g.event_date, lambda g: g.event_date is not None),
    ]


def _count_metrics(items: Sequence[Coded]) -> list[Metric]:
    events = sum(len(c.events) for c in items)
    missed = sum(1 for c in items if not c.events)
    return [
        Metric(
            name="events missed",
            value=ratio(missed, len(items)),
            n=len(items),
            note="share of notes that yield no event (lower is better)",
        ),
        Metric(
            name="events per note",
            value=ratio(events, len(items)),
            n=len(items),
            note="ACLED codes one event per note",
        ),
    ]


def _errors_of(coded: Coded) -> list[ErrorCase]:
    gold, event, text = _gold(coded), coded.primary, coded.item.article.text

    def case(field: str, gold_value: object, predicted: object, severity: float, fields: Sequence[str]) -> ErrorCase:
        evidence = [e for f in fields for e in (event.evidence.get(f, []) if event else [])]
        return ErrorCase(
            item_id=coded.item.item_id,
            field=field,
            gold=str(gold_value),
            predicted=str(predicted),
            severity=severity,
            text=text,
            evidence=evidence,
        )

    if event is None:
        return [case("event", " or ".join(gold.event_types), NONE, 3.0, ())]
    cases = []
    if event.event_type not in gold.event_types:
        cases.append(
            case(
                "event_type",
                f"{' or '.join(gold.event_types)} / {gold.sub_event_type}",
                f"{event.event_type} / {event.sub_event_type}",
                3.0,
                ("event_type", "sub_event_type"),
            )
        )
    elif gold.sub_event_type and event.sub_event_type != gold.sub_event_type:
        cases.append(case("sub_event_type", gold.sub_event_type, event.sub_event_type, 2.0, ("sub_event_type",)))
    if gold.country and not same_country(event.country, gold.country):
        cases.append(case("country", gold.country, event.country, 2.0, ("country", "location")))
    distance = _distance(event, gold)
    if distance is not None and distance > DISTANCE_BANDS_KM[-1]:
        cases.append(
            case(
                "location",
                f"{gold.admin1} ({gold.latitude}, {gold.longitude})",
                f"{event.location}, {event.admin1} ({distance:.0f} km away)",
                1.0 + min(distance / 1000, 1.0),
                ("location",),
            )
        )
    if gold.fatalities > 0 and event.fatalities != gold.fatalities:
        cases.append(case("fatalities", gold.fatalities, event.fatalities, 1.0, ("fatalities",)))
    return cases


def score_acled(items: Sequence[Coded], dataset: str) -> Report:
    """The ACLED report: field accuracies, type confusions, worst errors."""
    type_pairs, sub_pairs = _type_pairs(items), _sub_pairs(items)
    errors = [e for c in items for e in _errors_of(c)]
    distances = [d for c in items if c.primary and (d := _distance(c.primary, _gold(c))) is not None]
    confusions = {"event_type": confusion(type_pairs)}
    if sub_pairs:
        confusions["sub_event_type"] = confusion(sub_pairs)
    report = make_report(
        items,
        dataset,
        "acled",
        _field_metrics(items) + _count_metrics(items),
        errors,
        per_class=class_scores(sub_pairs, sorted({g for g, _ in sub_pairs})),
        confusions=confusions,
        histograms={"distance to gold point (km)": distance_histogram(distances)},
    )
    if not sub_pairs:
        report.notes.append("legacy schema: no sub_event_type in the gold; event types mapped to today's")
    return report


def distance_histogram(distances: Sequence[float]) -> list[tuple[str, int]]:
    """Counts of distances in bands, for the report's bar chart."""
    bands = [(0, 1), (1, 10), (10, 25), (25, 50), (50, 100), (100, 250), (250, float("inf"))]
    return [
        (f"{lo}-{hi} km" if hi != float("inf") else f">{lo} km", sum(1 for d in distances if lo <= d < hi))
        for lo, hi in bands
    ]
