"""The same API over a PostgreSQL store: pages, filters, detail, and hostile parameters."""

from __future__ import annotations

from urllib.parse import quote

import pytest
from fastapi.testclient import TestClient
from synthetic_store import synthetic_results
from test_hostile_input import HOSTILE

from frontlines.api import create_app
from frontlines.settings import Settings

pytestmark = pytest.mark.postgres


@pytest.fixture()
def pg_client(pg_store):
    report = pg_store.ingest_results(synthetic_results(30, seed=11))
    assert not report.failures, report.failures
    with TestClient(create_app(Settings(), store=pg_store), raise_server_exceptions=False) as client:
        yield client, pg_store


def test_postgres_pages_filters_and_detail(pg_client):
    client, store = pg_client
    seen, cursor = [], None
    while True:
        page = client.get("/api/events", params={"limit": 17, **({"cursor": cursor} if cursor else {})}).json()
        seen += [e["event_id"] for e in page["events"]]
        if not (cursor := page["next_cursor"]):
            break
    assert len(seen) == len(set(seen)) == store.count_events()
    battles = client.get("/api/events", params={"event_type": "Battles", "limit": 500}).json()["events"]
    assert battles and all(e["event_type"] == "Battles" for e in battles)
    boxed = client.get("/api/events", params={"bbox": "35.5,32.5,37.5,35.0", "limit": 500}).json()["events"]
    assert boxed and all(35.5 <= e["longitude"] <= 37.5 and 32.5 <= e["latitude"] <= 35 for e in boxed)
    detail = client.get(f"/api/events/{seen[0]}").json()
    assert detail["reports"] and detail["reports"][0]["event"]["evidence"]
    weeks = client.get("/api/timeline").json()["weeks"]
    assert sum(w["events"] for w in weeks) == len(seen)


def test_postgres_hostile_parameters_are_clean(pg_client):
    client, store = pg_client
    before = store.count_events()
    for value in HOSTILE:
        for param in ("country", "actor", "source", "q", "bbox", "cursor", "date_from"):
            response = client.get("/api/events", params={param: value})
            assert response.status_code < 500, (param, value, response.text)
        for path in ("/api/events/{}", "/api/places/{}/history"):
            assert client.get(path.format(quote(value, safe=""))).status_code < 500
        assert client.get("/api/actors", params={"q": value}).status_code < 500
    assert store.count_events() == before
