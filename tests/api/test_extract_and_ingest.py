"""POST /api/extract runs the real extractor and stores nothing; POST /api/ingest needs the token."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from frontlines.api import create_app
from frontlines.settings import Settings
from frontlines.store import open_store

TOKEN = "ingest-secret-1"
SEED_DATE = "2015-04-02"


@pytest.fixture()
def ingest_app(tmp_path):
    """A fresh store and the real app with TOKEN as its ingest token."""
    store = open_store(f"sqlite:///{tmp_path / 'ingest.sqlite'}")
    with TestClient(create_app(Settings(api_token=TOKEN), store=store), raise_server_exceptions=False) as client:
        yield client, store
    store.close()


def assert_evidence_points_into(text: str, events: list[dict]) -> None:
    spans = [s for e in events for spans in e["evidence"].values() for s in spans]
    assert spans, "every extracted event carries evidence"
    assert all(text[s["start"] : s["end"]] == s["text"] for s in spans)


@pytest.mark.slow
def test_extract_seed_gives_events_with_evidence(api_client, synthetic_store, seed_text):
    before = synthetic_store.count_events()
    response = api_client.post("/api/extract", json={"text": seed_text, "published": SEED_DATE, "country": "Syria"})
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["article"]["text"] == seed_text
    assert len(body["events"]) >= 1
    assert_evidence_points_into(seed_text, body["events"])
    assert synthetic_store.count_events() == before, "extract stores nothing"


@pytest.mark.slow
def test_extract_html_codes_the_page_body(api_client, seed_text):
    paragraphs = "".join(f"<p>{line}</p>" for line in seed_text.splitlines() if line.strip())
    html = (
        "<html><head><title>Yarmouk</title>"
        f'<meta property="article:published_time" content="{SEED_DATE}T10:00:00Z"></head>'
        f"<body><nav>Home | World</nav><article>{paragraphs}</article><footer>© News</footer></body></html>"
    )
    body = api_client.post("/api/extract", json={"html": html}).json()
    assert "Yarmouk" in body["article"]["text"]
    assert "Home | World" not in body["article"]["text"]
    assert body["article"]["published"] == SEED_DATE
    assert_evidence_points_into(body["article"]["text"], body["events"])


def test_extract_times_out_with_504(api_client, seed_text, monkeypatch):
    monkeypatch.setattr("frontlines.api.actions.EXTRACT_TIMEOUT_S", 0.000_001)
    response = api_client.post("/api/extract", json={"text": seed_text * 20})
    assert response.status_code == 504
    assert response.json()["error"]["code"] == "timeout"


def test_ingest_without_token_is_401(ingest_app, seed_text):
    client, store = ingest_app
    response = client.post("/api/ingest", json={"articles": [{"id": "seed", "text": seed_text}]})
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert store.count_events() == 0


@pytest.mark.parametrize("header", ["Bearer wrong", f"Bearer {TOKEN}x", f"Basic {TOKEN}", TOKEN])
def test_ingest_with_wrong_token_is_refused(ingest_app, seed_text, header):
    client, store = ingest_app
    response = client.post(
        "/api/ingest",
        json={"articles": [{"id": "seed", "text": seed_text}]},
        headers={"Authorization": header},
    )
    assert response.status_code in (401, 403)
    assert response.json()["error"]["code"] in ("unauthorized", "forbidden")
    assert store.count_events() == 0


@pytest.mark.parametrize("configured", [None, ""])
def test_ingest_is_forbidden_when_the_server_has_no_token(synthetic_store, seed_text, configured):
    app = create_app(Settings(api_token=configured), store=synthetic_store)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post(
            "/api/ingest",
            json={"articles": [{"id": "s", "text": seed_text}]},
            headers={"Authorization": "Bearer x"},
        )
    assert response.status_code == 403
    assert "api_token" in response.json()["error"]["message"]


@pytest.mark.slow
def test_ingest_with_token_stores_the_article_and_its_events(ingest_app, seed_text):
    client, store = ingest_app
    article = {"id": "seed", "text": seed_text, "published": SEED_DATE, "source": "AFP", "country": "Syria"}
    headers = {"Authorization": f"Bearer {TOKEN}"}
    report = client.post("/api/ingest", json={"articles": [article]}, headers=headers).json()
    assert report["articles_stored"] == 1 and not report["failures"]
    assert report["reports_stored"] >= 1
    assert store.count_events() >= 1
    stored = client.get("/api/articles/seed").json()
    assert stored["article"]["text"] == seed_text
    assert_evidence_points_into(seed_text, stored["events"])
    again = client.post("/api/ingest", json={"articles": [article]}, headers=headers).json()
    assert again["articles_skipped"] == 1, "re-ingesting the same article changes nothing"
