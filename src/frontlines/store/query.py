"""Read queries: events by filter with keyset pagination, an event's detail, articles, actors, places.

Bounding boxes use the R*Tree ``events_rtree`` on SQLite (longitude, latitude and day in one
index) and the btree on (longitude, latitude) on PostgreSQL.
"""

from __future__ import annotations

import base64
import json
from datetime import date
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Select,
    and_,
    exists,
    func,
    literal,
    or_,
    select,
    tuple_,
)

from frontlines.errors import StoreError
from frontlines.records import Article, Event
from frontlines.store import rows
from frontlines.store.models import (
    ActorSummary,
    DisputeView,
    EventDetail,
    EventFilter,
    EventPage,
    MergeReason,
    PlaceSummary,
    ReportView,
    TerritoryChange,
    WeeklyCount,
)
from frontlines.store.schema import (
    actors,
    articles,
    disputes,
    event_reports,
    events,
    julian_day,
    places,
    report_actors,
    reports,
    rtree,
)

#: Largest page the store returns, whatever the caller asks.
MAX_PAGE_SIZE = 1000
#: Above this many events in a bounding box, a page is found faster by walking the date index and
#: testing coordinates than by collecting every id from the R*Tree. Measured on 1,000,000 generated
#: events: a whole-world box took 4 s through the R*Tree and 20 ms walking; collecting ids costs about
#: as much as walking at roughly 10,000 ids.
RTREE_MAX_IDS = 10_000
#: Sub-event types that change who holds a place (ACLED's territory types).
TERRITORY_TYPES = (
    "Government regains territory",
    "Non-state actor overtakes territory",
    "Non-violent transfer of territory",
)


def escape_like(value: str) -> str:
    """A user's words as a literal inside a LIKE pattern: '%' and '_' match only themselves."""
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def encode_cursor(sort_date: date, pk: int) -> str:
    return base64.urlsafe_b64encode(f"{sort_date.isoformat()}|{pk}".encode()).decode()


def decode_cursor(cursor: str) -> tuple[date, int]:
    try:
        day, pk = base64.urlsafe_b64decode(cursor.encode()).decode().split("|")
        return date.fromisoformat(day), int(pk)
    except ValueError as exc:
        raise StoreError(f"bad cursor {cursor!r}: pass the next_cursor of a previous page unchanged") from exc


def bbox_condition(conn: Connection, flt: EventFilter) -> ColumnElement[bool] | None:
    """Events inside the bbox (and dates): through the R*Tree on SQLite when the box is selective."""
    if flt.bbox is None:
        return None
    west, south, east, north = flt.bbox
    columns = and_(events.c.longitude.between(west, east), events.c.latitude.between(south, north))
    if conn.dialect.name != "sqlite":
        return columns
    inside = [
        rtree.c.min_lon >= west,
        rtree.c.max_lon <= east,
        rtree.c.min_lat >= south,
        rtree.c.max_lat <= north,
    ]
    if flt.date_from:
        inside.append(rtree.c.max_day >= julian_day(flt.date_from))
    if flt.date_to:
        inside.append(rtree.c.min_day <= julian_day(flt.date_to))
    probe = select(func.count()).select_from(select(rtree.c.id).where(*inside).limit(RTREE_MAX_IDS).subquery())
    if (conn.scalar(probe) or 0) >= RTREE_MAX_IDS:
        # A wide box: walk the date index and test each row (``+ 0`` keeps SQLite off the lon/lat index).
        return and_((events.c.longitude + 0).between(west, east), (events.c.latitude + 0).between(south, north))
    return events.c.id.in_(select(rtree.c.id).where(*inside))


def filter_conditions(conn: Connection, flt: EventFilter) -> list[ColumnElement[bool]]:
    """The WHERE conditions of ``flt`` on the ``events`` table."""
    found: list[ColumnElement[bool] | None] = [
        events.c.sort_date >= flt.date_from if flt.date_from else None,
        events.c.sort_date <= flt.date_to if flt.date_to else None,
        events.c.country == flt.country if flt.country else None,
        events.c.event_type == flt.event_type if flt.event_type else None,
        events.c.sub_event_type == flt.sub_event_type if flt.sub_event_type else None,
        bbox_condition(conn, flt),
    ]
    if flt.actor:
        pattern = f"%{escape_like(flt.actor)}%"
        found.append(
            or_(
                events.c.actor1 == flt.actor,
                events.c.actor2 == flt.actor,
                events.c.assoc_actor_1.like(pattern, escape="\\"),
                events.c.assoc_actor_2.like(pattern, escape="\\"),
            )
        )
    if flt.source:
        found.append(
            exists()
            .where(event_reports.c.event_pk == events.c.id)
            .where(reports.c.id == event_reports.c.report_pk)
            .where(reports.c.source == flt.source)
        )
    if flt.text:
        found.append(func.lower(events.c.notes).like(f"%{escape_like(flt.text.lower())}%", escape="\\"))
    return [c for c in found if c is not None]


def query_events(conn: Connection, flt: EventFilter, cursor: str | None, limit: int) -> EventPage:
    """A page of events matching ``flt``, newest first; pass ``next_cursor`` back for the next page."""
    limit = max(1, min(limit, MAX_PAGE_SIZE))
    query: Select[Any] = select(events).where(*filter_conditions(conn, flt))
    if cursor:
        day, pk = decode_cursor(cursor)
        query = query.where(tuple_(events.c.sort_date, events.c.id) < tuple_(literal(day), literal(pk)))
    query = query.order_by(events.c.sort_date.desc(), events.c.id.desc()).limit(limit + 1)
    found = [row._mapping for row in conn.execute(query)]
    page = [rows.event_of_row(row) for row in found[:limit]]
    last = found[limit - 1] if len(found) > limit else None
    return EventPage(events=page, next_cursor=encode_cursor(last["sort_date"], last["id"]) if last else None)


def iter_events(conn: Connection, flt: EventFilter, batch: int = MAX_PAGE_SIZE) -> Any:
    """Every event matching ``flt``, newest first, page by page."""
    cursor = None
    while True:
        page = query_events(conn, flt, cursor, batch)
        yield from page.events
        if page.next_cursor is None:
            return
        cursor = page.next_cursor


def get_event(conn: Connection, event_id: str) -> EventDetail | None:
    """The event with its reports (each with evidence, claims and the reason it was joined)."""
    row = conn.execute(select(events).where(events.c.event_id == event_id)).first()
    if row is None:
        return None
    query = (
        select(
            event_reports,
            reports.c.article_id,
            articles.c.title,
            articles.c.source,
            articles.c.url,
            articles.c.published,
        )
        .join(reports, reports.c.id == event_reports.c.report_pk)
        .join(articles, articles.c.article_id == reports.c.article_id)
        .where(event_reports.c.event_pk == row.id)
        .order_by(event_reports.c.report_pk)
    )
    links = [r._mapping for r in conn.execute(query)]
    members = rows.load_reports(conn, [link["report_pk"] for link in links], with_evidence=True)
    views = [_report_view(link, report) for link, report in zip(links, members, strict=True)]
    found = conn.execute(select(disputes).where(disputes.c.event_pk == row.id).order_by(disputes.c.id))
    dispute_views = [
        DisputeView(kind=d.kind, summary=d.summary, side_a=json.loads(d.side_a), side_b=json.loads(d.side_b))
        for d in found
    ]
    return EventDetail(
        event=rows.event_of_row(row._mapping),
        reports=views,
        claims=[c for report in members for c in report.claims],
        disputes=dispute_views,
    )


def _report_view(link: Any, report: Event) -> ReportView:
    from frontlines.merge.canonical import source_figure

    return ReportView(
        report_id=report.event_id,
        article_id=link["article_id"],
        title=link["title"],
        source=link["source"],
        url=link["url"],
        published=link["published"],
        event=report,
        fatalities=source_figure(report),
        reason=MergeReason(score=link["score"], features=json.loads(link["features"] or "{}")),
    )


def get_article(conn: Connection, article_id: str) -> tuple[Article, list[Event]] | None:
    """The article (by content hash, or by its doc id) with the events it reported."""
    row = conn.execute(
        select(articles).where(or_(articles.c.article_id == article_id, articles.c.doc_id == article_id))
    ).first()
    if row is None:
        return None
    pks = list(conn.scalars(select(reports.c.id).where(reports.c.article_id == row.article_id).order_by(reports.c.id)))
    return rows.article_of_row(row._mapping), rows.load_reports(conn, pks, with_evidence=True)


def list_actors(conn: Connection, q: str | None, limit: int) -> list[ActorSummary]:
    """Actors whose name contains ``q`` (all when None), most reported first."""
    count = func.count(report_actors.c.report_pk).label("events")
    query = select(actors.c.name, actors.c.actor_id, actors.c.inter, actors.c.country, count).outerjoin(
        report_actors, report_actors.c.actor_pk == actors.c.actor_pk
    )
    if q:
        query = query.where(func.lower(actors.c.name).like(f"%{escape_like(q.lower())}%", escape="\\"))
    query = query.group_by(actors.c.actor_pk).order_by(count.desc(), actors.c.name).limit(min(limit, MAX_PAGE_SIZE))
    return [ActorSummary(**r._mapping) for r in conn.execute(query)]


def list_places(conn: Connection, q: str | None, limit: int) -> list[PlaceSummary]:
    """Places whose name contains ``q`` (all when None), most reported first."""
    count = func.count(reports.c.id).label("events")
    columns = [places.c[name] for name in PlaceSummary.model_fields if name != "events"]
    query = select(*columns, count).outerjoin(reports, reports.c.place_id == places.c.place_id)
    if q:
        query = query.where(func.lower(places.c.location).like(f"%{escape_like(q.lower())}%", escape="\\"))
    query = query.group_by(places.c.place_id).order_by(count.desc(), places.c.location).limit(min(limit, MAX_PAGE_SIZE))
    return [PlaceSummary(**r._mapping) for r in conn.execute(query)]


def place_history(conn: Connection, place: str | int) -> list[TerritoryChange]:
    """Territory changes and territory claims at a place (its id or its name), oldest first."""
    where = (
        places.c.place_id == place if isinstance(place, int) else func.lower(places.c.location) == str(place).lower()
    )
    query = (
        select(reports.c.id, events.c.event_id)
        .join(places, places.c.place_id == reports.c.place_id)
        .join(event_reports, event_reports.c.report_pk == reports.c.id)
        .join(events, events.c.id == event_reports.c.event_pk)
        .where(where)
        .order_by(reports.c.event_date, reports.c.id)
    )
    found = conn.execute(query).all()
    members = rows.load_reports(conn, [pk for pk, _ in found])
    changes = []
    for (_, event_id), report in zip(found, members, strict=True):
        territory = [c.text for c in report.claims if c.kind == "territory"]
        if report.sub_event_type in TERRITORY_TYPES or territory:
            changes.append(
                TerritoryChange(
                    date=report.event_date or report.published,
                    event_id=event_id,
                    sub_event_type=report.sub_event_type,
                    actor1=report.actor1,
                    actor2=report.actor2,
                    claims=territory,
                    sources=[report.source] if report.source else [],
                )
            )
    return changes


def weekly_counts(conn: Connection, flt: EventFilter) -> list[WeeklyCount]:
    """Events and fatalities per week and event type, for the timeline."""
    query = (
        select(
            events.c.event_week.label("week"),
            events.c.event_type,
            func.count().label("events"),
            func.coalesce(func.sum(events.c.fatalities), 0).label("fatalities"),
        )
        .where(*filter_conditions(conn, flt))
        .group_by(events.c.event_week, events.c.event_type)
        .order_by(events.c.event_week, events.c.event_type)
    )
    return [WeeklyCount(**r._mapping) for r in conn.execute(query)]
