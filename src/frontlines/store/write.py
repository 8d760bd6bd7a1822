"""Write one coded document in one transaction: its article, reports, evidence, claims, and merges.

Re-ingesting the same content is a no-op (the article id is its SHA-256); a new version of a
document (same doc id or URL, new content) replaces the old one and its reports.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import timedelta
from typing import Any

from sqlalchemy import Connection, and_, delete, func, insert, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite

from frontlines.merge import rules
from frontlines.merge.canonical import find_disputes, merged_event
from frontlines.merge.score import Decision, Facts, choose
from frontlines.pipeline import Result
from frontlines.records import Event
from frontlines.store import rows
from frontlines.store.models import IngestReport
from frontlines.store.schema import (
    actors,
    article_versions,
    articles,
    claims,
    disputes,
    event_reports,
    events,
    evidence,
    merge_splits,
    places,
    report_actors,
    reports,
)

#: Most candidate events the merge compares a report with (the nearest in time first).
MAX_CANDIDATES = 200
#: Degrees of latitude per km, for the candidate search box around a report's place.
DEGREES_PER_KM = 1 / 111.0


def insert_ignore(conn: Connection, table: Any, values: list[dict[str, Any]], key: str) -> None:
    """Insert rows, skipping those whose ``key`` is already stored (SQLite and PostgreSQL)."""
    if not values:
        return
    dialect = sqlite if conn.dialect.name == "sqlite" else postgresql
    conn.execute(dialect.insert(table).on_conflict_do_nothing(index_elements=[key]), values)


def write_result(conn: Connection, result: Result, merge: bool = True) -> IngestReport:
    """Store one coded document; the caller holds the transaction."""
    article_id = result.article.content_hash()
    if conn.scalar(select(articles.c.article_id).where(articles.c.article_id == article_id)):
        return IngestReport(articles_skipped=1)
    report = IngestReport(articles_stored=1)
    old_report_ids: list[str] = []
    for old_id in rows.article_ids_of(conn, result.article.id, result.article.url):
        old_report_ids += conn.scalars(
            select(reports.c.report_id).where(reports.c.article_id == old_id).order_by(reports.c.id)
        )
        remove_article(conn, old_id)
        conn.execute(
            insert(article_versions).values(
                doc_id=result.article.id,
                old_article_id=old_id,
                new_article_id=article_id,
                replaced_at=rows.now_utc(),
            )
        )
        report.articles_replaced += 1
    conn.execute(insert(articles).values(rows.article_row(result.article, article_id)))
    report_pks = insert_reports(conn, result.events, article_id)
    report.reports_stored = len(report_pks)
    carry_splits(conn, old_report_ids, [e.event_id for e in result.events])
    if merge:
        cannot_link = split_pairs(conn, [e.event_id for e in result.events])
        for event, pk in zip(result.events, report_pks, strict=True):
            joined = merge_report(conn, event, pk, cannot_link.get(event.event_id, frozenset()))
            report.reports_merged += joined
            report.events_created += not joined
    return report


def insert_reports(conn: Connection, batch: Sequence[Event], article_id: str) -> list[int]:
    """Insert the reports of one article with their places, actors, evidence and claims."""
    if not batch:
        return []
    place_ids = upsert_places(conn, batch)
    values = [rows.report_row(e, article_id, place_ids.get(i)) for i, e in enumerate(batch)]
    statement = insert(reports).returning(reports.c.id, sort_by_parameter_order=True)
    pks = list(conn.scalars(statement, values))
    insert_details(conn, batch, pks)
    return pks


def insert_details(conn: Connection, batch: Sequence[Event], pks: Sequence[int]) -> None:
    """Evidence, claims and actor links of freshly inserted reports."""
    spans = [row for e, pk in zip(batch, pks, strict=True) for row in rows.evidence_rows(e, pk)]
    if spans:
        conn.execute(insert(evidence), spans)
    claimed = [row for e, pk in zip(batch, pks, strict=True) for row in rows.claim_rows(e, pk)]
    if claimed:
        conn.execute(insert(claims), claimed)
    link_actors(conn, batch, pks)


def upsert_places(conn: Connection, batch: Sequence[Event]) -> dict[int, int]:
    """Store the places of ``batch``; map each event's index to its place id."""
    keyed = {i: rows.place_row(e.place) for i, e in enumerate(batch) if e.place is not None}
    if not keyed:
        return {}
    unique = {row["place_key"]: row for row in keyed.values()}
    insert_ignore(conn, places, list(unique.values()), "place_key")
    query = select(places.c.place_key, places.c.place_id).where(places.c.place_key.in_(list(unique)))
    ids = dict(conn.execute(query).all())
    return {i: ids[row["place_key"]] for i, row in keyed.items()}


def link_actors(conn: Connection, batch: Sequence[Event], pks: Sequence[int]) -> None:
    named = {a.name: rows.actor_row(a) for e in batch for a in e.actors}
    if not named:
        return
    insert_ignore(conn, actors, list(named.values()), "name")
    query = select(actors.c.name, actors.c.actor_pk).where(actors.c.name.in_(list(named)))
    ids = dict(conn.execute(query).all())
    links: dict[tuple[int, int], dict[str, Any]] = {}
    for event, pk in zip(batch, pks, strict=True):
        for actor in event.actors:
            key = (pk, ids[actor.name])
            links[key] = {"report_pk": pk, "actor_pk": key[1], "evidence": rows.evidence_json(actor.evidence)}
    conn.execute(insert(report_actors), list(links.values()))


def split_pairs(conn: Connection, report_ids: Sequence[str]) -> dict[str, frozenset[str]]:
    """Reports each of ``report_ids`` must not be joined with (from earlier splits)."""
    query = select(merge_splits.c.report_id, merge_splits.c.other_report_id).where(
        or_(merge_splits.c.report_id.in_(report_ids), merge_splits.c.other_report_id.in_(report_ids))
    )
    pairs: dict[str, set[str]] = {}
    for a, b in conn.execute(query):
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


def candidate_events(conn: Connection, facts: Facts) -> list[tuple[int, Facts]]:
    """Stored events the report could belong to: near in time, same country, near in space."""
    conditions = []
    if facts.day is not None:
        slack = rules.DATE_WINDOW_DAYS + max(rules.DATE_WIDENING_DAYS.values())
        conditions.append(
            events.c.sort_date.between(facts.day - timedelta(slack), facts.day + timedelta(slack))
        )
    if facts.country:
        conditions.append(or_(events.c.country == facts.country, events.c.country.is_(None)))
    if facts.latitude is not None and facts.longitude is not None:
        radius = max(rules.PLACE_RADIUS_KM.values()) * DEGREES_PER_KM
        near = and_(
            events.c.latitude.between(facts.latitude - radius, facts.latitude + radius),
            events.c.longitude.between(facts.longitude - 2 * radius, facts.longitude + 2 * radius),
        )
        vague = or_(events.c.latitude.is_(None), events.c.geo_precision == 3)
        conditions.append(or_(near, vague & (events.c.admin1 == facts.admin1)) if facts.admin1 else near)
    query = select(events).where(*conditions).order_by(events.c.sort_date).limit(MAX_CANDIDATES)
    found = [(row.id, row._mapping) for row in conn.execute(query)]
    return [(pk, Facts.of_event(rows.event_of_row(row))) for pk, row in found]


def report_ids_of(conn: Connection, event_pks: Sequence[int]) -> dict[int, frozenset[str]]:
    query = (
        select(event_reports.c.event_pk, reports.c.report_id)
        .join(reports, reports.c.id == event_reports.c.report_pk)
        .where(event_reports.c.event_pk.in_(event_pks))
    )
    found: dict[int, set[str]] = {pk: set() for pk in event_pks}
    for pk, report_id in conn.execute(query):
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
    conn.execute(
        insert(event_reports).values(
            report_pk=report_pk,
            event_pk=event_pk,
            score=decision.score if decision else None,
            features=json.dumps(decision.features if decision else {}, default=str),
            joined_at=rows.now_utc(),
        )
    )


def found_event(conn: Connection, report: Event, report_pk: int, decision: Decision | None) -> int:
    """A new event with ``report`` as its only report."""
    event_id = rows.canonical_event_id(report.event_id)
    while conn.scalar(select(events.c.id).where(events.c.event_id == event_id)):
        event_id = rows.canonical_event_id(event_id)
    canonical = merged_event(event_id, [report])
    values = rows.event_row(canonical, 1, 1 if report.source else 0)
    event_pk = conn.scalar(insert(events).values(values).returning(events.c.id))
    link_report(conn, report_pk, event_pk, decision and Decision(None, None, decision.features))
    write_disputes(conn, event_pk, [report])
    return event_pk


def refresh_event(conn: Connection, event_pk: int) -> None:
    """Recompute a merged event from its reports, or delete it when none is left."""
    query = (
        select(event_reports.c.report_pk)
        .where(event_reports.c.event_pk == event_pk)
        .order_by(event_reports.c.report_pk)
    )
    report_pks = list(conn.scalars(query))
    if not report_pks:
        conn.execute(delete(events).where(events.c.id == event_pk))
        return
    members = rows.load_reports(conn, report_pks)
    event_id = conn.scalar(select(events.c.event_id).where(events.c.id == event_pk))
    canonical = merged_event(event_id, members)
    n_sources = len({m.source for m in members if m.source})
    conn.execute(
        update(events)
        .where(events.c.id == event_pk)
        .values(rows.event_row(canonical, len(members), n_sources))
    )
    write_disputes(conn, event_pk, members)


def write_disputes(conn: Connection, event_pk: int, members: Sequence[Event]) -> None:
    conn.execute(delete(disputes).where(disputes.c.event_pk == event_pk))
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
        conn.execute(insert(disputes), values)


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
