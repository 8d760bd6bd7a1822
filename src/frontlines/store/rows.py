"""Records to rows and back: the one place that knows both the record family and the tables."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, bindparam, select

from frontlines.records import Actor, Article, Claim, Event, Evidence, Place
from frontlines.store import driver
from frontlines.store.schema import EVENT_COLUMNS, articles, claims, evidence, reports

#: sort_date of an event with neither an event date nor a publication date.
UNDATED = date(1, 1, 1)


def now_utc() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def week_of(day: date) -> date:
    """Monday of ``day``'s week."""
    return day - timedelta(days=day.weekday())


def canonical_event_id(seed: str) -> str:
    """A stable id for a merged event, from the id of the report that founded it."""
    return "FLE-" + hashlib.sha256(f"event:{seed}".encode()).hexdigest()[:16]


def place_key(place: Place) -> str:
    """One key per distinct place: its GeoNames id, else a hash of its name, admin levels and point."""
    if place.geonameid is not None:
        return f"geonames:{place.geonameid}"
    parts = [place.location, place.country, place.admin1, place.admin2, place.latitude, place.longitude]
    return "hash:" + hashlib.sha256(json.dumps(parts).encode()).hexdigest()[:24]


def place_row(place: Place) -> dict[str, Any]:
    row = place.model_dump(exclude={"evidence"})
    row["place_key"] = place_key(place)
    return row


def actor_row(actor: Actor) -> dict[str, Any]:
    return {
        "name": actor.name,
        "actor_id": actor.actor_id,
        "inter": actor.inter,
        "country": actor.country,
        "cameo": actor.cameo,
    }


def article_row(article: Article, article_id: str) -> dict[str, Any]:
    row = article.model_dump(include={"url", "title", "source", "published", "country", "text"})
    return {**row, "article_id": article_id, "doc_id": article.id, "ingested_at": now_utc()}


def event_values(event: Event) -> dict[str, Any]:
    """The shared event columns of ``event``."""
    return {name: getattr(event, name) for name in EVENT_COLUMNS}


def report_row(event: Event, article_id: str, place_id: int | None) -> dict[str, Any]:
    return {
        **event_values(event),
        "report_id": event.event_id,
        "article_id": article_id,
        "doc_id": event.doc_id,
        "published": event.published,
        "place_id": place_id,
    }


def event_row(event: Event, n_reports: int, n_sources: int) -> dict[str, Any]:
    sort_date = event.event_date or event.published or UNDATED
    return {
        **event_values(event),
        "event_id": event.event_id,
        "doc_id": event.doc_id,
        "sort_date": sort_date,
        "event_week": week_of(sort_date),
        "n_reports": n_reports,
        "n_sources": n_sources,
        "updated_at": now_utc(),
    }


def evidence_json(spans: Sequence[Evidence]) -> str:
    return json.dumps([e.model_dump() for e in spans], ensure_ascii=False)


def evidence_rows(event: Event, report_pk: int) -> list[dict[str, Any]]:
    return [
        {
            "report_pk": report_pk,
            "field": field,
            "start": span.start,
            "end": span.end,
            "text": span.text,
            "rule": span.rule,
        }
        for field, spans in event.evidence.items()
        for span in spans
    ]


def claim_rows(event: Event, report_pk: int) -> list[dict[str, Any]]:
    return [
        {
            "report_pk": report_pk,
            "claim_index": i,
            **claim.model_dump(include={"kind", "text", "value", "low", "high", "qualifier"}),
            "sources": json.dumps(claim.sources, ensure_ascii=False),
            "disputes": json.dumps(claim.disputes),
            "evidence": evidence_json(claim.evidence),
        }
        for i, claim in enumerate(event.claims)
    ]


def event_of_row(row: Mapping[Any, Any], event_id: str | None = None) -> Event:
    """An ``Event`` from a row of ``events`` or ``reports`` (no evidence, claims or actors)."""
    values = {name: row[name] for name in EVENT_COLUMNS}
    published = row.get("published")
    return Event(event_id=event_id or row["event_id"], doc_id=row["doc_id"], published=published, **values)


def claim_of_row(row: Mapping[Any, Any]) -> Claim:
    return Claim(
        kind=row["kind"],
        text=row["text"],
        value=row["value"],
        low=row["low"],
        high=row["high"],
        qualifier=row["qualifier"],
        sources=json.loads(row["sources"] or "[]"),
        disputes=json.loads(row["disputes"] or "[]"),
        evidence=[Evidence(**e) for e in json.loads(row["evidence"] or "[]")],
    )


def load_reports(conn: Connection, report_pks: Sequence[int], with_evidence: bool = False) -> list[Event]:
    """The reports ``report_pks`` as events, in the given order, with their claims (and evidence)."""
    if not report_pks:
        return []
    params = {"pks": list(report_pks)}
    rows = {r.id: r._mapping for r in conn.execute(REPORTS_BY_PK, params)}
    claim_map: dict[int, list[Claim]] = {pk: [] for pk in report_pks}
    for row in conn.execute(CLAIMS_BY_REPORT, params):
        claim_map[row.report_pk].append(claim_of_row(row._mapping))
    spans: dict[int, dict[str, list[Evidence]]] = {pk: {} for pk in report_pks}
    if with_evidence:
        for row in conn.execute(EVIDENCE_BY_REPORT, params):
            span = Evidence(start=row.start, end=row.end, text=row.text, rule=row.rule)
            spans[row.report_pk].setdefault(row.field, []).append(span)
    result = []
    for pk in report_pks:
        event = event_of_row(rows[pk], rows[pk]["report_id"])
        result.append(event.model_copy(update={"claims": claim_map[pk], "evidence": spans[pk]}))
    return result


def article_of_row(row: Mapping[Any, Any]) -> Article:
    return Article(
        id=row["doc_id"],
        text=row["text"],
        title=row["title"],
        published=row["published"],
        source=row["source"],
        url=row["url"],
        country=row["country"],
    )


ARTICLES_BY_ID_OR_DOC_ID = select(articles.c.article_id).where(
    (articles.c.article_id == bindparam("article_id")) | (articles.c.doc_id == bindparam("doc_id"))
)
ARTICLES_BY_ID_OR_DOC_ID_OR_URL = select(articles.c.article_id).where(
    (articles.c.article_id == bindparam("article_id"))
    | (articles.c.doc_id == bindparam("doc_id"))
    | (articles.c.url == bindparam("url"))
)
REPORTS_BY_PK = select(reports).where(reports.c.id.in_(bindparam("pks", expanding=True)))
CLAIMS_BY_REPORT = (
    select(claims).where(claims.c.report_pk.in_(bindparam("pks", expanding=True))).order_by(claims.c.claim_index)
)
EVIDENCE_BY_REPORT = select(evidence).where(evidence.c.report_pk.in_(bindparam("pks", expanding=True)))


def article_ids_of(conn: Connection, article_id: str, doc_id: str, url: str | None) -> list[str]:
    """Stored articles with this content hash, or that are versions of the document ``doc_id``
    (same doc id, or same URL): one query for both questions an ingest asks."""
    query = ARTICLES_BY_ID_OR_DOC_ID_OR_URL if url else ARTICLES_BY_ID_OR_DOC_ID
    return [row[0] for row in driver.run(conn, query, {"article_id": article_id, "doc_id": doc_id, "url": url})]
