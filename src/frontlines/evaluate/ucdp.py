"""UCDP GED events as gold: the headlines are the text; country, admin1, point and deaths are scored.

The text is every headline of ``source_headline`` (';'-separated), one per line. The publication
date is the first ``source_date`` when it falls within 30 days after ``date_start``, else
``date_start`` (a few rows carry a source date a year off). No country hint is given: finding
Syria is part of the test.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator, Sequence
from datetime import date, timedelta
from pathlib import Path

from frontlines.errors import InputError
from frontlines.evaluate.items import ErrorCase, GoldItem, Metric, Report, UcdpGold
from frontlines.evaluate.metrics import haversine_km, median, ratio, same_admin, same_country
from frontlines.evaluate.runner import Coded, make_report
from frontlines.evaluate.score_acled import DISTANCE_BANDS_KM, distance_histogram
from frontlines.records import Article, Event

#: How far after the event a source date may lie and still be its publication date.
MAX_REPORT_DELAY = timedelta(days=30)
REQUIRED = ("id", "source_headline", "date_start", "country", "adm_1", "latitude", "longitude", "best")


def _date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def _published(source_dates: str, start: date | None) -> date | None:
    first = _date(source_dates.split(";")[0]) if source_dates else None
    if first and start and start <= first <= start + MAX_REPORT_DELAY:
        return first
    return start or first


def _number(value: str) -> float | None:
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def ucdp_items(path: Path) -> Iterator[GoldItem]:
    """Gold items from a UCDP GED CSV export (GED 19.1 variables)."""
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
        if missing:
            raise InputError(f"no column(s) {', '.join(missing)}; is this a UCDP GED export?", source=str(path))
        for row in reader:
            headlines = [h.strip() for h in row["source_headline"].split(";") if h.strip()]
            if not headlines:
                continue
            start = _date(row["date_start"])
            gold = UcdpGold(
                country=row["country"] or None,
                admin1=row["adm_1"] or None,
                latitude=_number(row["latitude"]),
                longitude=_number(row["longitude"]),
                best=int(_number(row["best"]) or 0),
                low=int(_number(row.get("low", "")) or 0),
                high=int(_number(row.get("high", "")) or 0),
                date_start=start,
            )
            item_id = f"UCDP-{row['id']}"
            article = Article(
                id=item_id, text="\n".join(headlines), published=_published(row.get("source_date", ""), start)
            )
            yield GoldItem(item_id=item_id, article=article, gold=gold, stratum=row["adm_1"])


def _gold(coded: Coded) -> UcdpGold:
    gold = coded.item.gold
    assert isinstance(gold, UcdpGold)
    return gold


def _distance(event: Event | None, gold: UcdpGold) -> float | None:
    if event is None or None in (event.latitude, event.longitude, gold.latitude, gold.longitude):
        return None
    return haversine_km(event.latitude, event.longitude, gold.latitude, gold.longitude)  # type: ignore[arg-type]


def _share(items: Sequence[Coded], name: str, test) -> Metric:
    hits = sum(1 for c in items if c.primary is not None and test(c.primary, _gold(c)))
    return Metric(name=name, value=ratio(hits, len(items)), n=len(items))


def score_ucdp(items: Sequence[Coded], dataset: str) -> Report:
    """Country, admin1, distance and deaths of the primary event against UCDP's."""
    distances = [d for c in items if (d := _distance(c.primary, _gold(c))) is not None]
    located = sum(1 for c in items if _gold(c).latitude is not None)
    metrics = [
        _share(items, "country accuracy", lambda e, g: same_country(e.country, g.country)),
        _share(items, "admin1 accuracy", lambda e, g: same_admin(e.admin1, g.admin1)),
        Metric(
            name="distance median km",
            value=median(distances),
            n=len(distances),
            note="over headlines where we gave coordinates",
        ),
        *[
            Metric(name=f"within {b} km", value=ratio(sum(d <= b for d in distances), located), n=located)
            for b in DISTANCE_BANDS_KM
        ],
        _share(items, "deaths = best", lambda e, g: e.fatalities == g.best),
        _share(items, "deaths within low-high", lambda e, g: g.low <= e.fatalities <= g.high),
        Metric(
            name="events missed",
            value=ratio(sum(1 for c in items if not c.events), len(items)),
            n=len(items),
            note="headlines that yield no event (lower is better)",
        ),
    ]
    errors = []
    for coded in items:
        gold, event = _gold(coded), coded.primary
        distance = _distance(event, gold)
        if event is None or (distance is not None and distance > DISTANCE_BANDS_KM[-1]):
            errors.append(
                ErrorCase(
                    item_id=coded.item.item_id,
                    field="location" if event else "event",
                    gold=f"{gold.admin1} ({gold.latitude}, {gold.longitude})",
                    predicted=f"{event.location}, {event.admin1} ({distance:.0f} km away)" if event else "(none)",
                    severity=2.0 if event is None else 1.0 + min((distance or 0) / 1000, 1.0),
                    text=coded.item.article.text,
                    evidence=event.evidence.get("location", []) if event else [],
                )
            )
    return make_report(
        items,
        dataset,
        "ucdp",
        metrics,
        errors,
        histograms={"distance to gold point (km)": distance_histogram(distances)},
    )
