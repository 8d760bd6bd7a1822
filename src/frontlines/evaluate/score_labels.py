"""Score event typing on labelled texts (news_acled_dev, CASE 2021) and event detection on
relevance sets (CEHA, WCEP).

Sub-type micro-F1 is detect-and-classify: a true positive is a text whose primary event has the
gold sub-type; a text of a null or non-ACLED label that yields an event is a false positive.
Macro-F1 averages the F1 of the gold sub-types present.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from frontlines.evaluate.items import ErrorCase, LabelGold, Metric, Report
from frontlines.evaluate.labelled import IRRELEVANT, RELEVANT, governorate_names
from frontlines.evaluate.metrics import (
    NONE,
    accuracy,
    class_scores,
    confusion,
    f1,
    fold,
    macro_f1,
    micro_f1,
    ratio,
    same_country,
    share,
)
from frontlines.evaluate.runner import Coded, make_report
from frontlines.records import Event


def _gold(coded: Coded) -> LabelGold:
    gold = coded.item.gold
    assert isinstance(gold, LabelGold)
    return gold


def _pairs(items: Sequence[Coded], field: str) -> list[tuple[str, str]]:
    pairs = []
    for coded in items:
        event = coded.primary
        gold = getattr(_gold(coded), field) or NONE
        pairs.append((gold, getattr(event, field) if event else NONE))
    return pairs


def _error(coded: Coded) -> ErrorCase | None:
    gold, event = _gold(coded), coded.primary
    predicted = f"{event.event_type} / {event.sub_event_type}" if event else NONE
    expected = f"{gold.event_type} / {gold.sub_event_type}" if gold.sub_event_type else NONE
    if predicted == expected:
        return None
    if gold.label and gold.label != gold.sub_event_type:
        expected = f"{expected} ({gold.label})"
    wrong_type = event is None or gold.event_type != event.event_type
    evidence = [e for f in ("event_type", "sub_event_type") for e in (event.evidence.get(f, []) if event else [])]
    return ErrorCase(
        item_id=coded.item.item_id,
        field="event_type" if wrong_type else "sub_event_type",
        gold=expected,
        predicted=predicted,
        severity=2.0 if wrong_type else 1.0,
        text=coded.item.article.text,
        evidence=evidence,
    )


def score_labels(items: Sequence[Coded], dataset: str, fmt: str) -> Report:
    """Typing accuracy on event texts, sub-type micro/macro-F1, and false events on null texts."""
    sub_pairs, type_pairs = _pairs(items, "sub_event_type"), _pairs(items, "event_type")
    events_only = [(g, p) for g, p in sub_pairs if g != NONE]
    type_events = [(g, p) for g, p in type_pairs if g != NONE]
    nulls = [p for g, p in sub_pairs if g == NONE]
    precision, recall, micro = micro_f1(sub_pairs)
    gold_subs = sorted({g for g, _ in events_only})
    metrics = [
        accuracy("event_type accuracy", type_events, note="texts with an ACLED type"),
        accuracy("sub_event_type accuracy", events_only, note="texts with an ACLED type"),
        Metric(
            name="sub_event_type micro-F1",
            value=micro if sub_pairs else None,
            n=len(sub_pairs),
            note=f"precision {precision:.3f}, recall {recall:.3f}",
        ),
        Metric(
            name="sub_event_type macro-F1",
            value=macro_f1(sub_pairs, gold_subs),
            n=len(events_only),
            note="mean over the gold sub-types present",
        ),
        share(
            "events missed", [p == NONE for _, p in events_only], note="texts with an ACLED type that yield no event"
        ),
        share(
            "false-event rate",
            [p != NONE for p in nulls],
            note="null or non-ACLED texts that yield an event (lower is better)",
        ),
    ]
    return make_report(
        items,
        dataset,
        fmt,
        metrics,
        [e for c in items if (e := _error(c))],
        per_class=class_scores(sub_pairs, gold_subs),
        confusions={"event_type": confusion(type_pairs), "sub_event_type": confusion(sub_pairs)},
        histograms={"predicted event types": Counter(p for _, p in type_pairs).most_common()},
    )


def score_relevance(items: Sequence[Coded], dataset: str, fmt: str) -> Report:
    """How often conflict texts yield an event, and how often non-conflict texts wrongly do."""
    by_label: dict[str, list[bool]] = {}
    for coded in items:
        by_label.setdefault(_gold(coded).label or "", []).append(bool(coded.events))
    relevant, irrelevant = by_label.get(RELEVANT, []), by_label.get(IRRELEVANT, [])
    tp, fp = sum(relevant), sum(irrelevant)
    precision = ratio(tp, tp + fp) or 0.0
    recall = ratio(tp, len(relevant)) or 0.0
    metrics = [
        share("detection rate", relevant, note="conflict texts that yield an event"),
        share("false-event rate", irrelevant, note="non-conflict texts that yield an event (lower is better)"),
        Metric(
            name="relevance F1",
            value=f1(precision, recall) if relevant else None,
            n=len(relevant) + len(irrelevant),
            note=f"precision {precision:.3f}, recall {recall:.3f}",
        ),
    ]
    metrics += [
        share(f"event rate: {label}", by_label[label], note="not scored: either answer can be right")
        for label in sorted(set(by_label) - {RELEVANT, IRRELEVANT})
    ]
    errors = [
        ErrorCase(
            item_id=c.item.item_id,
            field="relevance",
            gold=_gold(c).label or "",
            predicted=f"{len(c.events)} event(s)",
            severity=1.0,
            text=c.item.article.text,
            evidence=[e for f in ("event_type", "sub_event_type") for e in c.events[0].evidence.get(f, [])]
            if c.events
            else [],
        )
        for c in items
        if (_gold(c).label == RELEVANT and not c.events) or (_gold(c).label == IRRELEVANT and c.events)
    ]
    return make_report(
        items,
        dataset,
        fmt,
        metrics,
        errors,
        histograms={"texts with an event, by label": [(k, sum(v)) for k, v in sorted(by_label.items())]},
    )


def _squash(name: str | None) -> str:
    return "".join(fold(name).split())


def in_governorate(event: Event, place: str) -> bool:
    """Whether the event's admin1 or location names the governorate of FA-KES's ``place``."""
    names = {_squash(n) for n in governorate_names().get(place, (place,))}
    return _squash(event.admin1) in names or _squash(event.location) in names


def score_places(items: Sequence[Coded], dataset: str, fmt: str) -> Report:
    """FA-KES: do Syrian-war articles yield events, in Syria, in the governorate named?"""
    primaries = [(c, e, _gold(c).label or "") for c in items if (e := c.primary) is not None]
    metrics = [
        share("articles with an event", [c.primary is not None for c in items]),
        share(
            "country Syria",
            [same_country(e.country, "Syria") for _, e, _ in primaries],
            note="primary event, no country hint",
        ),
        share(
            "governorate agreement",
            [in_governorate(e, place) for _, e, place in primaries],
            note="primary event's admin1 or location is FA-KES's place (a coarse label)",
        ),
    ]
    errors = [
        ErrorCase(
            item_id=c.item.item_id,
            field="place",
            gold=place,
            predicted=f"{e.location}, {e.admin1}, {e.country}",
            severity=1.0,
            text=c.item.article.text[:600],
            evidence=e.evidence.get("location", []),
        )
        for c, e, place in primaries
        if not in_governorate(e, place)
    ]
    return make_report(
        items,
        dataset,
        fmt,
        metrics,
        errors,
    )
