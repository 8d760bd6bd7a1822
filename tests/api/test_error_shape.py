"""Every error on every route has one JSON shape: {"error": {"code", "message", "detail"}}."""

from __future__ import annotations

import sqlite3

import pytest
from fastapi.testclient import TestClient

from frontlines.api import create_app
from frontlines.settings import Settings
from frontlines.store import open_store


def assert_error(response, status: int, code: str | None = None) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    assert set(body["error"]) == {"code", "message", "detail"}
    assert isinstance(body["error"]["message"], str) and body["error"]["message"]
    if code is not None:
        assert body["error"]["code"] == code
    return body["error"]


ERRORS = [
    ("GET", "/no/such/route", None, 404, "not_found"),
    ("GET", "/api/nothing", None, 404, "not_found"),
    ("GET", "/api/events/FLE-0000000000000000", None, 404, "not_found"),
    ("GET", "/api/articles/no-such-article", None, 404, "not_found"),
    ("DELETE", "/api/events", None, 405, "method_not_allowed"),
    ("POST", "/health", None, 405, "method_not_allowed"),
    ("PUT", "/api/extract", None, 405, "method_not_allowed"),
    ("GET", "/api/events?limit=0", None, 422, "invalid_request"),
    ("GET", "/api/events?limit=100000", None, 422, "invalid_request"),
    ("GET", "/api/events?limit=ten", None, 422, "invalid_request"),
    ("GET", "/api/events?date_from=2015-13-45", None, 422, "invalid_request"),
    ("GET", "/api/events?date_from=2016-01-01&date_to=2015-01-01", None, 422, "invalid_request"),
    ("GET", "/api/events?bbox=1,2,3", None, 422, "invalid_request"),
    ("GET", "/api/events?bbox=10,0,5,1", None, 422, "invalid_request"),
    ("GET", "/api/events?bbox=0,0,1,nan", None, 422, "invalid_request"),
    ("GET", "/api/timeline?date_to=yesterday", None, 422, "invalid_request"),
    ("GET", "/api/actors?limit=-1", None, 422, "invalid_request"),
    ("GET", "/api/places?limit=100000", None, 422, "invalid_request"),
    ("GET", "/api/events?cursor=not-a-cursor", None, 400, "bad_cursor"),
    ("POST", "/api/extract", {}, 422, "invalid_request"),
    ("POST", "/api/extract", {"text": "a", "html": "<p>a</p>"}, 422, "invalid_request"),
    ("POST", "/api/extract", {"text": "a", "unknown": 1}, 422, "invalid_request"),
    ("POST", "/api/extract", {"text": "   "}, 422, "invalid_request"),
    ("POST", "/api/ingest", {"articles": []}, 401, "unauthorized"),
]


@pytest.mark.parametrize(("method", "path", "body", "status", "code"), ERRORS)
def test_error_has_the_one_shape(api_client, method, path, body, status, code):
    response = api_client.request(method, path, json=body)
    assert_error(response, status, code)


def test_validation_error_names_the_parameter(api_client):
    error = assert_error(api_client.get("/api/events?limit=0"), 422)
    assert "limit" in error["message"]
    assert error["detail"][0]["loc"] == ["query", "limit"]


def test_body_over_one_megabyte_is_refused_with_413(api_client):
    big = {"text": "x" * 1_100_000}
    assert_error(api_client.post("/api/extract", json=big), 413, "payload_too_large")
    assert_error(api_client.post("/api/ingest", json=big), 413, "payload_too_large")


def test_body_without_content_length_is_still_limited(api_client):
    def chunks():
        for _ in range(12):
            yield b"x" * 100_000

    response = api_client.post("/api/extract", content=chunks(), headers={"content-type": "application/json"})
    assert_error(response, 413, "payload_too_large")


def test_broken_database_gives_500_in_the_same_shape(tmp_path):
    path = tmp_path / "broken.sqlite"
    store = open_store(f"sqlite:///{path}")
    with sqlite3.connect(path) as conn:
        conn.execute("DROP TABLE events")
    with TestClient(create_app(Settings(), store=store), raise_server_exceptions=False) as client:
        error = assert_error(client.get("/api/events"), 500, "internal_error")
    assert "traceback" in error["message"]
    assert "events" not in error["message"], "internals must not leak into the message"
    store.close()


def test_openapi_schema_lists_every_route(api_client):
    paths = api_client.get("/openapi.json").json()["paths"]
    for path in (
        "/api/events",
        "/api/events/{event_id}",
        "/api/articles/{article_id}",
        "/api/actors",
        "/api/places",
        "/api/places/{place}/history",
        "/api/timeline",
        "/api/extract",
        "/api/ingest",
        "/health",
    ):
        assert path in paths, path
    assert "ErrorResponse" in api_client.get("/openapi.json").json()["components"]["schemas"]
