"""UCDP GED rows as reports, to measure the merge: each source headline of a row is one report.

UCDP GED (CC BY 4.0) lists, for each event, the headlines of its sources joined by ``;``. Ingesting
each headline as its own article and comparing the merged events with UCDP's events measures
the merge. ``report_from_row`` builds the report from the row's own coded fields (a merge-only
measure, independent of the extractor); ``article_of_headline`` gives the article for the extractor.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from frontlines.pipeline import Result
from frontlines.records import Actor, Article, Event, Place, event_id_for

#: UCDP type_of_violence to the ACLED type a report of it would most often get. UCDP's three
#: types are coarser than ACLED's, so every state-based or non-state event maps to an armed clash.
UCDP_TYPES = {
    "1": ("Battles", "Armed clash"),
    "2": ("Battles", "Armed clash"),
    "3": ("Violence against civilians", "Attack"),
}
#: UCDP where_prec (1 exact place, 2 within 25 km, 3 second-order admin, 4 first-order admin,
#: 5-7 vaguer) to ACLED geo_precision (1 town, 2 nearby/part of region, 3 province).
UCDP_GEO_PRECISION = {"1": 1, "2": 2, "3": 3, "4": 3, "5": 3, "6": 3, "7": 3}
#: UCDP date_prec (1 day, 2 two to six days, 3 a week, 4 a month, 5 a year) to ACLED time_precision.
UCDP_TIME_PRECISION = {"1": 1, "2": 2, "3": 2, "4": 3, "5": 3}


def read_rows(path: Path, date_from: date | None = None, date_to: date | None = None) -> Iterator[dict[str, str]]:
    """The CSV's rows whose date_start falls in [date_from, date_to]."""
    with path.open(encoding="utf-8", newline="") as stream:
        for row in csv.DictReader(stream):
            day = date.fromisoformat(row["date_start"])
            if (date_from is None or day >= date_from) and (date_to is None or day <= date_to):
                yield row


def headlines(row: dict[str, str]) -> list[tuple[str, str, date | None]]:
    """(office, headline, published) for each source of the row; dates fall back to the first one."""
    texts = [h.strip() for h in row["source_headline"].split(";")]
    offices = row["source_office"].split(";")
    dates = row["source_date"].split(";")
    found = []
    for i, text in enumerate(texts):
        if not text:
            continue
        raw = (dates[i] if i < len(dates) else dates[0]).strip()
        try:
            published = date.fromisoformat(raw)
        except ValueError:
            published = None
        found.append(((offices[i] if i < len(offices) else offices[0]).strip(), text, published))
    return found


def report_from_row(row: dict[str, str], article: Article, index: int) -> Event:
    """The report as the row's own fields code it (UCDP's coding, not the extractor's)."""
    event_type, sub_event_type = UCDP_TYPES[row["type_of_violence"]]
    actors = [name for name in (row["side_a"], row["side_b"]) if name]
    place = Place(
        location=row["where_coordinates"],
        country=row["country"],
        admin1=row["adm_1"] or None,
        admin2=row["adm_2"] or None,
        latitude=float(row["latitude"]),
        longitude=float(row["longitude"]),
        geo_precision=UCDP_GEO_PRECISION.get(row["where_prec"], 3),
    )
    return Event(
        event_id=event_id_for(article.content_hash(), index),
        doc_id=article.id,
        event_date=date.fromisoformat(row["date_start"]),
        time_precision=UCDP_TIME_PRECISION.get(row["date_prec"], 3),
        event_type=event_type,
        sub_event_type=sub_event_type,
        actor1=actors[0] if actors else None,
        actor2=actors[1] if len(actors) > 1 else None,
        country=place.country,
        admin1=place.admin1,
        admin2=place.admin2,
        location=place.location,
        latitude=place.latitude,
        longitude=place.longitude,
        geo_precision=place.geo_precision,
        source=article.source,
        notes=article.text,
        fatalities=int(row["best"] or 0),
        published=article.published,
        actors=[Actor(name=name) for name in actors],
        place=place,
    )


def headline_articles(rows: Iterable[dict[str, str]]) -> list[tuple[Article, list[dict[str, str]]]]:
    """Each distinct headline (outlet, text, date) as one article, with the UCDP rows it is a source of.

    One headline often reports several UCDP events (a daily round-up): it is one article with
    several reports, as an outlet's article would be.
    """
    found: dict[tuple[str, str, date | None], tuple[Article, list[dict[str, str]]]] = {}
    for row in rows:
        for office, text, published in headlines(row):
            key = (office, text, published)
            if key not in found:
                article = Article(
                    id=f"ucdp-{row['id']}-{len(found)}",
                    text=text,
                    source=office or None,
                    published=published,
                    country=row["country"],
                )
                found[key] = (article, [])
            found[key][1].append(row)
    return list(found.values())


def row_coded_documents(rows: Iterable[dict[str, str]]) -> tuple[list[Result], dict[str, str]]:
    """Documents whose reports are coded from the rows' fields, and each report's UCDP event id."""
    results: list[Result] = []
    gold: dict[str, str] = {}
    for article, sources in headline_articles(rows):
        events = [report_from_row(row, article, i) for i, row in enumerate(sources)]
        gold.update((event.event_id, row["id"]) for event, row in zip(events, sources, strict=True))
        results.append(Result(article=article, events=events))
    return results, gold
