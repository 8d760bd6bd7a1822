"""The read routes through the real app over a real SQLite store of generated events."""

from __future__ import annotations

from datetime import date

import pytest


def all_events(client, **params) -> list[dict]:
    """Every page of /api/events for ``params``, following next_cursor."""
    found, cursor = [], None
    while True:
        query = {**params, "limit": 37, **({"cursor": cursor} if cursor else {})}
        response = client.get("/api/events", params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["events"]) <= 37
        found.extend(page["events"])
        cursor = page["next_cursor"]
        if cursor is None:
            return found


def test_pagination_visits_every_event_once_newest_first(api_client, synthetic_store):
    events = all_events(api_client)
    ids = [e["event_id"] for e in events]
    assert len(ids) == len(set(ids)) == synthetic_store.count_events() > 100
    dates = [e["event_date"] for e in events]
    assert dates == sorted(dates, reverse=True)


def test_default_page_is_capped_and_has_a_cursor(api_client):
    page = api_client.get("/api/events").json()
    assert len(page["events"]) == 100
    assert page["next_cursor"]


@pytest.mark.parametrize(
    ("params", "check"),
    [
        ({"country": "Nigeria"}, lambda e: e["country"] == "Nigeria"),
        ({"event_type": "Battles"}, lambda e: e["event_type"] == "Battles"),
        ({"sub_event_type": "Air/drone strike"}, lambda e: e["sub_event_type"] == "Air/drone strike"),
        ({"actor": "Boko Haram"}, lambda e: "Boko Haram" in (e["actor1"], e["actor2"])),
        (
            {"bbox": "35.5,32.5,37.5,35.0"},
            lambda e: 35.5 <= e["longitude"] <= 37.5 and 32.5 <= e["latitude"] <= 35,
        ),
        (
            {"date_from": "2015-03-01", "date_to": "2015-06-30"},
            lambda e: date(2015, 3, 1) <= date.fromisoformat(e["event_date"]) <= date(2015, 6, 30),
        ),
        ({"q": "SHELLED"}, lambda e: "shelled" in e["notes"].lower()),
    ],
)
def test_filter_keeps_only_matching_events(api_client, params, check):
    everything = all_events(api_client)
    kept = all_events(api_client, **params)
    assert 0 < len(kept) < len(everything)
    assert all(check(e) for e in kept)
    assert len(kept) == sum(1 for e in everything if check(e))


def test_source_filter_keeps_events_reported_by_that_outlet(api_client):
    kept = all_events(api_client, source="BBC")
    assert kept
    for event in kept[:5]:
        detail = api_client.get(f"/api/events/{event['event_id']}").json()
        assert "BBC" in {r["source"] for r in detail["reports"]}


def test_filters_combine_with_and(api_client):
    both = all_events(api_client, country="Syria", event_type="Protests")
    assert both
    assert all(e["country"] == "Syria" and e["event_type"] == "Protests" for e in both)


def test_event_detail_has_reports_with_evidence_into_the_article_text(api_client):
    event_id = api_client.get("/api/events", params={"limit": 1}).json()["events"][0]["event_id"]
    detail = api_client.get(f"/api/events/{event_id}").json()
    assert detail["event"]["event_id"] == event_id
    assert set(detail) >= {"reports", "claims", "disputes"}
    report = detail["reports"][0]
    text = api_client.get(f"/api/articles/{report['article_id']}").json()["article"]["text"]
    spans = [span for spans in report["event"]["evidence"].values() for span in spans]
    assert {"actor1", "location", "fatalities"} <= set(report["event"]["evidence"])
    assert all(text[s["start"] : s["end"]] == s["text"] for s in spans)


def test_article_route_gives_text_and_its_events(api_client):
    body = api_client.get("/api/articles/synthetic-7-3").json()
    assert body["article"]["id"] == "synthetic-7-3"
    assert len(body["events"]) == 3
    assert all(e["doc_id"] == "synthetic-7-3" for e in body["events"])


def test_actor_and_place_lookups_match_the_query(api_client):
    actors = api_client.get("/api/actors", params={"q": "haram"}).json()["actors"]
    assert [a["name"] for a in actors] == ["Boko Haram"]
    places = api_client.get("/api/places", params={"q": "yarm", "limit": 5}).json()["places"]
    assert places and all("Yarmouk" in p["location"] for p in places)


def test_place_history_by_name_and_by_id_agree(api_client):
    place = api_client.get("/api/places", params={"q": "Aleppo"}).json()["places"][0]
    by_name = api_client.get("/api/places/Aleppo/history").json()["changes"]
    by_id = api_client.get(f"/api/places/{place['place_id']}/history").json()["changes"]
    assert by_name == by_id
    assert by_name, "the generated Aleppo events include territory takeovers"
    assert all(c["sub_event_type"] == "Non-state actor overtakes territory" for c in by_name)
    assert [c["date"] for c in by_name] == sorted(c["date"] for c in by_name)


def test_timeline_counts_add_up_to_the_event_list(api_client):
    params = {"country": "Iraq"}
    weeks = api_client.get("/api/timeline", params=params).json()["weeks"]
    events = all_events(api_client, **params)
    assert sum(w["events"] for w in weeks) == len(events)
    assert sum(w["fatalities"] for w in weeks) == sum(e["fatalities"] for e in events)
    assert all(date.fromisoformat(w["week"]).weekday() == 0 for w in weeks)


def test_health_answers_ok(api_client):
    assert api_client.get("/health").json()["status"] == "ok"


def test_taxonomy_lists_the_six_event_types(api_client):
    types = api_client.get("/api/taxonomy").json()["event_types"]
    assert [t["event_type"] for t in types][:1] == ["Battles"]
    assert len(types) == 6
