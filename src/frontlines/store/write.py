"""Write one coded document in one transaction: its article, reports, evidence, claims, and merges.

Re-ingesting the same content is a no-op (the article id is its SHA-256); a new version of a
document (same doc id or URL, new content) replaces the old one and its reports.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import timedelta
from functools import cache, lru_cache
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    TextClause,
    bindparam,
    delete,
    func,
    insert,
    select,
    text,
    union_all,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite

from frontlines.merge import rules
from frontlines.merge.canonical import find_disputes, merged_event
from frontlines.merge.score import FACT_COLUMNS, Decision, Facts, choose
from frontlines.pipeline import Result
from frontlines.records import Event
from frontlines.store import driver, rows
from frontlines.store.models import IngestReport
from frontlines.store.schema import (
    VAGUE_PLACE,
    actors,
    article_versions,
    articles,
    claims,
    disputes,
    event_reports,
    events,
    evidence,
    julian_day,
    merge_splits,
    places,
    report_actors,
    reports,
    rtree,
)

#: Most candidate events the merge compares a report with (the nearest in time first).
MAX_CANDIDATES = 200
#: Degrees of latitude per km, for the candidate search box around a report's place.
DEGREES_PER_KM = 1 / 111.0


# Statements built once: SQLAlchemy then reuses their compiled form (building them per row
# costs more than the database's own work).
REPORT_IDS_OF_ARTICLE = (
    select(reports.c.report_id).where(reports.c.article_id == bindparam("article_id")).order_by(reports.c.id)
)
INSERT_REPORTS = insert(reports).returning(reports.c.id, sort_by_parameter_order=True)
INSERT_REPORT = insert(reports).returning(reports.c.id)
SPLIT_PAIRS = (
    "SELECT report_id, other_report_id FROM merge_splits WHERE report_id IN ({keys}) OR other_report_id IN ({keys})"
)
REPORT_IDS_OF_EVENTS = (
    "SELECT event_reports.event_pk, reports.report_id FROM event_reports"
    " JOIN reports ON reports.id = event_reports.report_pk WHERE event_reports.event_pk IN ({keys})"
)
INSERT = {
    table.name: insert(table)
    for table in (article_versions, articles, evidence, claims, report_actors, event_reports, disputes)
}
REPORTS_OF_EVENT = (
    select(event_reports.c.report_pk)
    .where(event_reports.c.event_pk == bindparam("event_pk"))
    .order_by(event_reports.c.report_pk)
)
EVENT_ID_OF = select(events.c.event_id).where(events.c.id == bindparam("event_pk"))
UPDATE_EVENT = update(events).where(events.c.id == bindparam("event_pk"))
DELETE_DISPUTES = delete(disputes).where(disputes.c.event_pk == bindparam("event_pk"))


@cache
def insert_event_statement(dialect: str) -> Any:
    """Insert an event and return its key; nothing (None) when its event_id is taken."""
    module = sqlite if dialect == "sqlite" else postgresql
    return module.insert(events).on_conflict_do_nothing(index_elements=["event_id"]).returning(events.c.id)


def write_result(conn: Connection, result: Result, merge: bool = True) -> IngestReport:
    """Store one coded document; the caller holds the transaction."""
    article_id = result.article.content_hash()
    stored = rows.article_ids_of(conn, article_id, result.article.id, result.article.url)
    if article_id in stored:
        return IngestReport(articles_skipped=1)
    report = IngestReport(articles_stored=1)
    old_report_ids: list[str] = []
    for old_id in stored:
        old_report_ids += conn.scalars(REPORT_IDS_OF_ARTICLE, {"article_id": old_id})
        remove_article(conn, old_id)
        version = {"doc_id": result.article.id, "old_article_id": old_id, "new_article_id": article_id}
        conn.execute(INSERT["article_versions"], {**version, "replaced_at": rows.now_utc()})
        report.articles_replaced += 1
    driver.run(conn, INSERT["articles"], rows.article_row(result.article, article_id))
    report_pks = insert_reports(conn, result.events, article_id)
    report.reports_stored = len(report_pks)
    carry_splits(conn, old_report_ids, [e.event_id for e in result.events])
    if merge:
        cannot_link = split_pairs(conn, [e.event_id for e in result.events])
        # The extractor already told one article's events apart: they never join each other.
        siblings = frozenset(e.event_id for e in result.events)
        for event, pk in zip(result.events, report_pks, strict=True):
            others = siblings - {event.event_id}
            joined = merge_report(conn, event, pk, cannot_link.get(event.event_id, frozenset()) | others)
            report.reports_merged += joined
            report.events_created += not joined
    return report


def insert_reports(conn: Connection, batch: Sequence[Event], article_id: str) -> list[int]:
    """Insert the reports of one article with their places, actors, evidence and claims."""
    if not batch:
        return []
    place_ids = upsert_places(conn, batch)
    values = [rows.report_row(e, article_id, place_ids.get(i)) for i, e in enumerate(batch)]
    if conn.dialect.name == "sqlite":  # in process: a statement per row costs less than SQLAlchemy's batch
        pks = [int(driver.run(conn, INSERT_REPORT, row)[0][0]) for row in values]
    else:  # one round trip for all rows (SQLAlchemy's insertmanyvalues, in order)
        pks = list(conn.scalars(INSERT_REPORTS, values))
    insert_details(conn, batch, pks)
    return pks


def insert_details(conn: Connection, batch: Sequence[Event], pks: Sequence[int]) -> None:
    """Evidence, claims and actor links of freshly inserted reports."""
    spans = [row for e, pk in zip(batch, pks, strict=True) for row in rows.evidence_rows(e, pk)]
    driver.insert_rows(conn, evidence, spans)
    claimed = [row for e, pk in zip(batch, pks, strict=True) for row in rows.claim_rows(e, pk)]
    driver.insert_rows(conn, claims, claimed)
    link_actors(conn, batch, pks)


def upsert_places(conn: Connection, batch: Sequence[Event]) -> dict[int, int]:
    """Store the places of ``batch``; map each event's index to its place id."""
    keyed = {i: rows.place_row(e.place) for i, e in enumerate(batch) if e.place is not None}
    if not keyed:
        return {}
    unique = {row["place_key"]: row for row in keyed.values()}
    driver.insert_rows(conn, places, list(unique.values()), conflict_key="place_key")
    ids = driver.lookup(conn, places, "place_key", "place_id", list(unique))
    return {i: ids[row["place_key"]] for i, row in keyed.items()}


def link_actors(conn: Connection, batch: Sequence[Event], pks: Sequence[int]) -> None:
    named = {a.name: rows.actor_row(a) for e in batch for a in e.actors}
    if not named:
        return
    driver.insert_rows(conn, actors, list(named.values()), conflict_key="name")
    ids = driver.lookup(conn, actors, "name", "actor_pk", list(named))
    links: dict[tuple[int, int], dict[str, Any]] = {}
    for event, pk in zip(batch, pks, strict=True):
        for actor in event.actors:
            key = (pk, ids[actor.name])
            links[key] = {"report_pk": pk, "actor_pk": key[1], "evidence": rows.evidence_json(actor.evidence)}
    driver.insert_rows(conn, report_actors, list(links.values()))


def split_pairs(conn: Connection, report_ids: Sequence[str]) -> dict[str, frozenset[str]]:
    """Reports each of ``report_ids`` must not be joined with (from earlier splits)."""
    pairs: dict[str, set[str]] = {}
    for a, b in driver.run_in(conn, SPLIT_PAIRS, report_ids):
        pairs.setdefault(a, set()).add(b)
        pairs.setdefault(b, set()).add(a)
    return {k: frozenset(v) for k, v in pairs.items()}


def carry_splits(conn: Connection, old_ids: Sequence[str], new_ids: Sequence[str]) -> None:
    """A user's splits outlive a new version of the article: its reports inherit them, in order."""
    for old, new in zip(old_ids, new_ids, strict=False):
        for column, other in (
            (merge_splits.c.report_id, merge_splits.c.other_report_id),
            (merge_splits.c.other_report_id, merge_splits.c.report_id),
        ):
            found = list(conn.scalars(select(other).where(column == old)))
            if found:
                values = [{column.name: new, other.name: o, "created_at": rows.now_utc()} for o in found]
                conn.execute(insert(merge_splits), values)


@cache
def candidate_query(dialect: str, searches: tuple[str, ...], by_day: bool) -> Any:
    """One statement for the candidate searches (``search_query``), in one round trip."""
    parts = [search_query(dialect, by, by_day) for by in searches]
    if len(parts) == 1:
        return parts[0]
    return union_all(*(select(part.subquery()) for part in parts))


def search_query(dialect: str, by: str, by_day: bool) -> Any:
    """Candidate events near a point ("point"), in a province ("admin1") or a country ("country")."""
    conditions: list[ColumnElement[bool] | TextClause] = []
    if by_day:
        conditions.append(events.c.sort_date.between(bindparam("day_from"), bindparam("day_to")))
    if by == "point" and dialect == "sqlite":
        box = [
            rtree.c.min_lon >= bindparam("west"),
            rtree.c.max_lon <= bindparam("east"),
            rtree.c.min_lat >= bindparam("south"),
            rtree.c.max_lat <= bindparam("north"),
        ]
        if by_day:
            box += [rtree.c.max_day >= bindparam("jday_from"), rtree.c.min_day <= bindparam("jday_to")]
        conditions.append(events.c.id.in_(select(rtree.c.id).where(*box)))
    elif by == "point":
        conditions += [
            events.c.latitude.between(bindparam("south"), bindparam("north")),
            events.c.longitude.between(bindparam("west"), bindparam("east")),
        ]
    elif by == "admin1":
        conditions += [
            events.c.admin1 == bindparam("admin1"),
            text(f"({VAGUE_PLACE})"),  # as written in the partial index ix_events_admin1_vague
        ]
    else:
        conditions.append(events.c.country == bindparam("country"))
    columns = [events.c.id, events.c.event_id, *(events.c[name] for name in FACT_COLUMNS)]
    return select(*columns).where(*conditions).order_by(events.c.sort_date).limit(MAX_CANDIDATES)


def candidate_events(conn: Connection, facts: Facts) -> list[tuple[int, Facts]]:
    """Stored events the report could belong to: near in time, and near its point, or in its
    province when either place is only known at province level, or in its country."""
    params: dict[str, Any] = {"country": facts.country, "admin1": facts.admin1}
    if facts.day is not None:
        slack = timedelta(rules.DATE_WINDOW_DAYS + max(rules.DATE_WIDENING_DAYS.values()))
        params.update(day_from=facts.day - slack, day_to=facts.day + slack)
        params.update(jday_from=julian_day(facts.day - slack), jday_to=julian_day(facts.day + slack))
    searches = []
    if facts.latitude is not None and facts.longitude is not None:
        radius = max(rules.PLACE_RADIUS_KM.values()) * DEGREES_PER_KM
        lat, lon = facts.latitude, facts.longitude
        params.update(south=lat - radius, north=lat + radius, west=lon - 2 * radius, east=lon + 2 * radius)
        searches.append("point")
    if facts.admin1:
        searches.append("admin1")
    if not searches and facts.country:
        searches.append("country")
    if not searches:
        return []
    query = candidate_query(conn.dialect.name, tuple(searches), facts.day is not None)
    found = {row[0]: tuple(row[1:]) for row in driver.run(conn, query, params)}
    return [(pk, facts_of_row(values)) for pk, values in sorted(found.items())]


@lru_cache(maxsize=100_000)
def facts_of_row(values: tuple[Any, ...]) -> Facts:
    """The facts of a stored event from its (event_id, *FACT_COLUMNS) row; cached by the row's
    values, since each stored event is a candidate of every new report near it."""
    event_id, *rest = values
    columns = dict(zip(FACT_COLUMNS, rest, strict=True))
    columns["event_date"] = driver.as_date(columns["event_date"])
    return Facts.of_stored_event(event_id, columns)


def report_ids_of(conn: Connection, event_pks: Sequence[int]) -> dict[int, frozenset[str]]:
    found: dict[int, set[str]] = {pk: set() for pk in event_pks}
    for pk, report_id in driver.run_in(conn, REPORT_IDS_OF_EVENTS, event_pks):
        found[pk].add(report_id)
    return {k: frozenset(v) for k, v in found.items()}


def merge_report(conn: Connection, event: Event, report_pk: int, cannot_link: frozenset[str]) -> bool:
    """Join the report to its best candidate event, or found a new event; True if it joined."""
    facts = Facts.of_event(event)
    candidates = candidate_events(conn, facts)
    if cannot_link and candidates:
        members = report_ids_of(conn, [pk for pk, _ in candidates])
        candidates = [(pk, Facts(**{**c.__dict__, "report_ids": members[pk]})) for pk, c in candidates]
    decision = choose(facts, [c for _, c in candidates], cannot_link)
    if decision.index is None:
        found_event(conn, event, report_pk, decision)
        return False
    event_pk = candidates[decision.index][0]
    link_report(conn, report_pk, event_pk, decision)
    refresh_event(conn, event_pk)
    return True


def link_report(conn: Connection, report_pk: int, event_pk: int, decision: Decision | None) -> None:
    link = {
        "report_pk": report_pk,
        "event_pk": event_pk,
        "score": decision.score if decision else None,
        "features": json.dumps(decision.features if decision else {}, default=str),
        "joined_at": rows.now_utc(),
    }
    driver.run(conn, INSERT["event_reports"], link)


def found_event(conn: Connection, report: Event, report_pk: int, decision: Decision | None) -> int:
    """A new event with ``report`` as its only report."""
    event_id = rows.canonical_event_id(report.event_id)
    canonical = merged_event(event_id, [report])
    values = rows.event_row(canonical, 1, 1 if report.source else 0)
    statement = insert_event_statement(conn.dialect.name)
    # The id is taken only when an event founded by an earlier copy of this report outlived it.
    while not (inserted := driver.run(conn, statement, values)):
        values["event_id"] = rows.canonical_event_id(values["event_id"])
    event_pk = int(inserted[0][0])
    link_report(conn, report_pk, event_pk, decision and Decision(None, None, decision.features))
    write_disputes(conn, event_pk, [report], replace=False)
    return event_pk


def refresh_event(conn: Connection, event_pk: int) -> None:
    """Recompute a merged event from its reports, or delete it when none is left."""
    report_pks = list(conn.scalars(REPORTS_OF_EVENT, {"event_pk": event_pk}))
    if not report_pks:
        conn.execute(delete(events).where(events.c.id == event_pk))
        return
    members = rows.load_reports(conn, report_pks)
    event_id = str(conn.scalar(EVENT_ID_OF, {"event_pk": event_pk}))
    canonical = merged_event(event_id, members)
    n_sources = len({m.source for m in members if m.source})
    values = rows.event_row(canonical, len(members), n_sources)
    conn.execute(UPDATE_EVENT, {"event_pk": event_pk, **values})
    write_disputes(conn, event_pk, members)


def write_disputes(conn: Connection, event_pk: int, members: Sequence[Event], replace: bool = True) -> None:
    if replace:
        conn.execute(DELETE_DISPUTES, {"event_pk": event_pk})
    found = find_disputes(members)
    if found:
        values = [
            {
                "event_pk": event_pk,
                "kind": d.kind,
                "summary": d.summary,
                "side_a": json.dumps(d.side_a, ensure_ascii=False),
                "side_b": json.dumps(d.side_b, ensure_ascii=False),
            }
            for d in found
        ]
        conn.execute(INSERT["disputes"], values)


def remove_article(conn: Connection, article_id: str) -> None:
    """Delete an article with its reports, and recompute (or drop) the events they belonged to."""
    query = (
        select(func.distinct(event_reports.c.event_pk))
        .join(reports, reports.c.id == event_reports.c.report_pk)
        .where(reports.c.article_id == article_id)
    )
    affected = list(conn.scalars(query))
    conn.execute(delete(articles).where(articles.c.article_id == article_id))
    for event_pk in affected:
        refresh_event(conn, event_pk)
