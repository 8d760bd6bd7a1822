"""The fast write paths: driver-cursor statements stay inside the document's transaction,
database errors on them become failures, and the province search uses its partial index."""

from __future__ import annotations

import sqlalchemy as sa

from frontlines.store import driver, open_store, write
from frontlines.store.schema import events, reports


def count(store, table) -> int:
    with store.engine.connect() as conn:
        return conn.scalar(sa.select(sa.func.count()).select_from(table))


def test_a_database_error_in_the_merge_leaves_nothing_of_the_document(any_store, make_result, monkeypatch):
    docs = [make_result(f"Shelling number {i} hit Yarmouk.", source=f"S{i}", count=2) for i in range(3)]
    real = write.link_report

    def broken_link(conn, report_pk, event_pk, decision):
        if report_pk > 2:  # every document after the first: a statement the database rejects
            driver.run_in(conn, "SELECT no_such_column FROM events WHERE id IN ({keys})", [event_pk])
        return real(conn, report_pk, event_pk, decision)

    monkeypatch.setattr(write, "link_report", broken_link)
    report = any_store.ingest_results(docs)
    assert report.articles_stored == 1 and len(report.failures) == 2
    assert "nothing of it was written" in report.failures[0].message
    assert count(any_store, reports) == 2 and count(any_store, events) == 2


def test_dates_written_through_the_driver_read_back_as_dates(any_store, make_result):
    any_store.ingest_results([make_result("Clashes in Yarmouk.", day="2016-02-03", event_day="2016-02-01")])
    event = any_store.query_events().events[0]
    assert event.event_date.isoformat() == "2016-02-01"
    assert any_store.get_article(event.doc_id)[1][0].published.isoformat() == "2016-02-03"


def test_the_province_search_uses_the_partial_index(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'plan.sqlite'}")
    with store.engine.connect() as conn:
        raw = driver.compiled(conn.dialect, write.candidate_query("sqlite", ("admin1",), True))
        values = {"day_from": "2016-01-01", "day_to": "2016-02-01", "admin1": "Damascus"}
        args = tuple(values.get(name, raw.defaults.get(name)) for name in raw.positions or ())
        plan = " ".join(row[-1] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + raw.sql, args))
    store.close()
    assert "ix_events_admin1_vague" in plan


def test_a_database_at_0003_is_upgraded_to_the_partial_index(tmp_path, make_result):
    from alembic import command
    from alembic.config import Config

    from frontlines.store.database import MIGRATIONS, make_engine

    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    engine = make_engine(url)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0003")
    engine.dispose()
    store = open_store(url)
    store.ingest_results([make_result("Clashes in Yarmouk.")])
    with store.engine.connect() as conn:
        listed = sa.text("SELECT name FROM sqlite_master WHERE tbl_name = 'events' AND type = 'index'")
        names = set(conn.scalars(listed))
    store.close()
    assert "ix_events_admin1_vague" in names and "ix_events_admin1" not in names
