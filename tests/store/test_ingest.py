"""Nothing lost, nothing twice: idempotence, replacement, one transaction per document."""

from __future__ import annotations

import sqlite3

import pytest
import sqlalchemy as sa

from frontlines.records import Failure
from frontlines.store import write
from frontlines.store.schema import articles, evidence, reports


def count(store, table) -> int:
    with store.engine.connect() as conn:
        return conn.scalar(sa.select(sa.func.count()).select_from(table))


def test_reingesting_the_same_article_changes_nothing(any_store, make_result):
    result = make_result("Clashes in Yarmouk camp killed six fighters.", fatalities=6, count=2)
    first = any_store.ingest_results([result])
    second = any_store.ingest_results([result])
    assert (first.articles_stored, first.reports_stored) == (1, 2)
    assert (second.articles_stored, second.articles_skipped, second.reports_stored) == (0, 1, 0)
    assert count(any_store, reports) == 2
    assert any_store.count_events() == 2  # one article's reports are distinct events: never merged


def test_a_new_version_of_an_article_replaces_its_events(any_store, make_result):
    old = make_result("IS fighters stormed Yarmouk camp.", doc_id="doc-1", fatalities=3)
    new = make_result("IS fighters stormed Yarmouk camp; 12 killed.", doc_id="doc-1", fatalities=12)
    any_store.ingest_results([old])
    report = any_store.ingest_results([new])
    assert report.articles_replaced == 1
    assert count(any_store, articles) == 1
    page = any_store.query_events()
    assert [e.fatalities for e in page.events] == [12]
    assert any_store.get_article(old.article.content_hash()) is None
    stored, found = any_store.get_article("doc-1")
    assert stored.text == new.article.text and [e.fatalities for e in found] == [12]


def test_same_url_counts_as_the_same_document(any_store, make_result):
    url = "https://example.org/news/1"
    any_store.ingest_results([make_result("First text.", doc_id="a", url=url)])
    report = any_store.ingest_results([make_result("Second text, corrected.", doc_id="b", url=url)])
    assert report.articles_replaced == 1 and count(any_store, articles) == 1


def test_a_failure_inside_a_document_leaves_nothing_of_it(any_store, make_result, monkeypatch):
    docs = [make_result(f"Report number {i} on the Yarmouk fighting.", source=f"S{i}") for i in range(3)]
    real = write.insert_details

    def fail_on_second(conn, batch, pks):
        if batch[0].doc_id == docs[1].article.id:
            raise sa.exc.OperationalError("INSERT INTO evidence", {}, RuntimeError("disk I/O error"))
        return real(conn, batch, pks)

    monkeypatch.setattr(write, "insert_details", fail_on_second)
    report = any_store.ingest_results(docs)
    assert report.articles_stored == 2
    assert [f.doc_id for f in report.failures] == [docs[1].article.id]
    assert "nothing of it was written" in report.failures[0].message
    assert count(any_store, articles) == 2
    assert count(any_store, reports) == 2  # the failed document's report rows were rolled back
    assert any_store.get_article(docs[1].article.id) is None
    monkeypatch.setattr(write, "insert_details", real)
    resumed = any_store.ingest_results(docs)
    assert (resumed.articles_stored, resumed.articles_skipped) == (1, 2)


def test_coding_failures_are_reported_at_the_end(any_store, make_result):
    bad = Failure(doc_id="x", input="in.jsonl:3", error="EmptyInput", message="the text is empty")
    report = any_store.ingest_results([make_result("Shelling hit Yarmouk."), bad])
    assert report.articles_stored == 1 and report.failures == [bad]


def test_evidence_is_stored_with_its_report(any_store, make_result):
    result = make_result("Clashes in Yarmouk camp killed six fighters.")
    any_store.ingest_results([result])
    assert count(any_store, evidence) == 1
    _, found = any_store.get_article(result.article.id)
    assert found[0].evidence["notes"][0].text == result.article.text[:20]


def test_migrations_are_recorded_in_the_database(any_store):
    with any_store.engine.connect() as conn:
        assert conn.scalar(sa.text("SELECT version_num FROM alembic_version")) == "0004"


def test_sqlite_file_is_wal_with_foreign_keys_and_plain_tables(sqlite_store, make_result):
    sqlite_store.ingest_results([make_result("Clashes in Yarmouk camp.")])
    with sqlite_store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    path = sqlite_store.engine.url.database
    plain = sqlite3.connect(f"file:{path}?mode=ro", uri=True)  # as Datasette opens it
    names = [r[0] for r in plain.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
    assert {"articles", "events", "reports", "event_reports", "events_view"} <= set(names)
    for name in names:
        plain.execute(f'SELECT * FROM "{name}" LIMIT 1').fetchall()
    types = {r[2].upper() for n in names for r in plain.execute(f'PRAGMA table_info("{n}")')}
    assert types <= {"INTEGER", "INT", "TEXT", "VARCHAR(32)", "FLOAT", "DATE", "REAL", ""}  # no custom types


def test_a_bad_database_url_is_a_store_error():
    from frontlines.errors import StoreError
    from frontlines.store import open_store

    with pytest.raises(StoreError, match="not supported"):
        open_store("mysql://nobody@localhost/x")
