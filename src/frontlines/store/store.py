"""``Store``: the event store's public face. Open it with :func:`open_store`."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from sqlalchemy import Connection, Engine, delete, insert, select
from sqlalchemy.exc import SQLAlchemyError

from frontlines.errors import FrontlinesError, StoreError
from frontlines.pipeline import Result
from frontlines.records import Article, Event, Failure
from frontlines.store import query, rows, write
from frontlines.store.database import make_engine, upgrade_to_head
from frontlines.store.models import (
    ActorSummary,
    EventDetail,
    EventFilter,
    EventPage,
    IngestReport,
    PlaceSummary,
    TerritoryChange,
    WeeklyCount,
)
from frontlines.store.schema import event_reports, events, merge_splits, reports


class Store:
    """Articles, reports and merged events in SQLite or PostgreSQL; one transaction per document."""

    def __init__(self, engine: Engine):
        self.engine = engine

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- writing -------------------------------------------------------------------------------

    def ingest_results(
        self,
        results: Iterable[Result | Failure],
        merge: bool = True,
        on_document: Callable[[IngestReport], None] | None = None,
    ) -> IngestReport:
        """Store coded documents, each in its own transaction; failures are collected, not raised.

        A document that fails to store leaves nothing behind and is reported with its reason;
        the documents before and after it are stored. ``on_document`` sees each document's counts.
        """
        total = IngestReport()
        with self.engine.connect() as conn:  # one connection, one transaction per document
            for item in results:
                done = IngestReport(failures=[item]) if isinstance(item, Failure) else store_one(conn, item, merge)
                total.add(done)
                if on_document is not None:
                    on_document(done)
        return total

    def has_article(self, article: Article) -> bool:
        """Whether this exact content is stored already (resumed runs skip it before coding)."""
        return bool(self.stored_hashes([article.content_hash()]))

    def stored_hashes(self, hashes: Iterable[str]) -> set[str]:
        """The content hashes among ``hashes`` that are stored already."""
        from frontlines.store.schema import articles

        wanted = list(hashes)
        with self.engine.connect() as conn:
            found = conn.scalars(select(articles.c.article_id).where(articles.c.article_id.in_(wanted)))
            return set(found)

    def split_report(self, event_id: str, report_id: str) -> str:
        """Detach a report from its merged event into an event of its own; returns the new event's id.

        The split is recorded (``merge_splits``) so that later merges never join the two again.
        """
        with self.engine.begin() as conn:
            event_pk = conn.scalar(select(events.c.id).where(events.c.event_id == event_id))
            if event_pk is None:
                raise StoreError(f"no event {event_id!r}; list events with `frontlines events`")
            query_members = (
                select(reports.c.id, reports.c.report_id)
                .join(event_reports, event_reports.c.report_pk == reports.c.id)
                .where(event_reports.c.event_pk == event_pk)
            )
            members = dict(conn.execute(query_members).all())
            pk = next((k for k, v in members.items() if v == report_id), None)
            if pk is None:
                raise StoreError(f"report {report_id!r} is not part of event {event_id!r}")
            if len(members) == 1:
                raise StoreError(f"event {event_id!r} has only report {report_id!r}; nothing to split")
            conn.execute(delete(event_reports).where(event_reports.c.report_pk == pk))
            now = rows.now_utc()
            pairs = [
                {"report_id": report_id, "other_report_id": other, "created_at": now}
                for k, other in members.items()
                if k != pk
            ]
            conn.execute(insert(merge_splits), pairs)
            write.refresh_event(conn, event_pk)
            detached = write.found_event(conn, rows.load_reports(conn, [pk])[0], pk, None)
            return str(conn.scalar(select(events.c.event_id).where(events.c.id == detached)))

    # -- reading -------------------------------------------------------------------------------

    def query_events(self, flt: EventFilter | None = None, cursor: str | None = None, limit: int = 100) -> EventPage:
        """A page of merged events matching ``flt``, newest first (keyset pagination)."""
        with self.engine.connect() as conn:
            return query.query_events(conn, flt or EventFilter(), cursor, limit)

    def iter_events(self, flt: EventFilter | None = None) -> Iterator[Event]:
        """Every merged event matching ``flt``, newest first (for exports)."""
        with self.engine.connect() as conn:
            yield from query.iter_events(conn, flt or EventFilter())

    def get_event(self, event_id: str) -> EventDetail | None:
        with self.engine.connect() as conn:
            return query.get_event(conn, event_id)

    def get_article(self, article_id: str) -> tuple[Article, list[Event]] | None:
        with self.engine.connect() as conn:
            return query.get_article(conn, article_id)

    def list_actors(self, q: str | None = None, limit: int = 100) -> list[ActorSummary]:
        with self.engine.connect() as conn:
            return query.list_actors(conn, q, limit)

    def list_places(self, q: str | None = None, limit: int = 100) -> list[PlaceSummary]:
        with self.engine.connect() as conn:
            return query.list_places(conn, q, limit)

    def place_history(self, place: str | int) -> list[TerritoryChange]:
        with self.engine.connect() as conn:
            return query.place_history(conn, place)

    def weekly_counts(self, flt: EventFilter | None = None) -> list[WeeklyCount]:
        with self.engine.connect() as conn:
            return query.weekly_counts(conn, flt or EventFilter())

    def count_events(self) -> int:
        from sqlalchemy import func

        with self.engine.connect() as conn:
            return int(conn.scalar(select(func.count()).select_from(events)) or 0)


def store_one(conn: Connection, result: Result, merge: bool) -> IngestReport:
    """One document in one transaction: all of it is stored, or none of it and a ``Failure``."""
    try:
        with conn.begin():
            return write.write_result(conn, result, merge)
    except (SQLAlchemyError, FrontlinesError, ValueError) as exc:
        failure = Failure(
            doc_id=result.article.id,
            input=result.article.id,
            error=type(exc).__name__,
            message=f"not stored, nothing of it was written: {exc}",
        )
        return IngestReport(failures=[failure])


def open_store(url: str = "sqlite:///frontlines.sqlite") -> Store:
    """Open (and create or migrate to the newest schema) the store at ``url``."""
    engine = make_engine(url)
    upgrade_to_head(engine)
    return Store(engine)
