"""The query API the web app uses: filters, keyset pagination, detail, actors, places, timeline."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.errors import StoreError
from frontlines.store import EventFilter

DAMASCUS = {
    "location": "Yarmouk",
    "country": "Syria",
    "admin1": "Damascus",
    "latitude": 33.47,
    "longitude": 36.30,
    "geo_precision": 1,
    "geonameid": 166716,
}
ALEPPO = {
    "location": "Aleppo",
    "country": "Syria",
    "admin1": "Aleppo",
    "latitude": 36.2,
    "longitude": 37.16,
    "geo_precision": 1,
    "geonameid": 170063,
}
MOSUL = {
    "location": "Mosul",
    "country": "Iraq",
    "admin1": "Nineveh",
    "latitude": 36.34,
    "longitude": 43.13,
    "geo_precision": 1,
    "geonameid": 99072,
}


@pytest.fixture
def filled(any_store, make_result):
    """Twelve separate events: three places, four weeks apart, a few sources and types."""
    results = []
    for i in range(12):
        place = (DAMASCUS, ALEPPO, MOSUL)[i % 3]
        results.append(
            make_result(
                f"Report {i}: fighting near {place['location']}.",
                source=("SOHR", "AFP")[i % 2],
                day=date.fromordinal(date(2016, 1, 4).toordinal() + 9 * i).isoformat(),
                place=place,
                fatalities=i,
                sub_event_type="Armed clash" if i % 4 else "Air/drone strike",
                event_type="Battles" if i % 4 else "Explosions/Remote violence",
                actor2="Military Forces of Syria (2000-)" if place is not MOSUL else "Military Forces of Iraq",
            )
        )
    report = any_store.ingest_results(results)
    assert report.events_created == 12
    return any_store


def ids(page) -> list[str]:
    return [e.location for e in page.events]


def test_pages_follow_each_other_without_gaps_or_repeats(filled):
    seen, cursor = [], None
    while True:
        page = filled.query_events(EventFilter(), cursor, limit=5)
        seen.extend(e.event_id for e in page.events)
        if page.next_cursor is None:
            break
        cursor = page.next_cursor
    assert len(seen) == len(set(seen)) == 12
    dates = [e.event_date for e in filled.query_events(limit=100).events]
    assert dates == sorted(dates, reverse=True)


def test_bbox_and_dates_select_the_events_inside(filled):
    syria_north = EventFilter(bbox=(36.5, 35.5, 38.0, 37.0), date_from=date(2016, 1, 1), date_to=date(2016, 2, 29))
    page = filled.query_events(syria_north, None, 100)
    assert {e.location for e in page.events} == {"Aleppo"}
    assert all(date(2016, 1, 1) <= e.event_date <= date(2016, 2, 29) for e in page.events)
    assert len(page.events) == 2  # reports 1 and 4 fall in January-February


@pytest.mark.parametrize(
    ("flt", "expected"),
    [
        (EventFilter(country="Iraq"), 4),
        (EventFilter(event_type="Explosions/Remote violence"), 3),
        (EventFilter(sub_event_type="Armed clash"), 9),
        (EventFilter(actor="Military Forces of Iraq"), 4),
        (EventFilter(source="SOHR"), 6),
        (EventFilter(text="near aleppo"), 4),
        (EventFilter(country="Syria", source="AFP"), 4),
    ],
)
def test_each_filter_narrows_the_events(filled, flt, expected):
    assert len(filled.query_events(flt, None, 100).events) == expected


def test_a_bad_cursor_is_a_store_error(filled):
    with pytest.raises(StoreError, match="bad cursor"):
        filled.query_events(EventFilter(), "not-a-cursor", 5)


def test_a_bbox_must_be_west_south_east_north():
    with pytest.raises(ValueError, match="west"):
        EventFilter(bbox=(40.0, 30.0, 35.0, 37.0))


def test_weekly_counts_sum_events_and_fatalities(filled):
    weeks = filled.weekly_counts(EventFilter(country="Syria"))
    assert sum(w.events for w in weeks) == 8
    assert sum(w.fatalities for w in weeks) == sum(i for i in range(12) if i % 3 != 2)
    assert all(w.week.weekday() == 0 for w in weeks)


def test_actors_and_places_are_listed_with_counts(filled):
    actors = {a.name: a.events for a in filled.list_actors()}
    assert actors["Islamic State (Syria)"] == 12 and actors["Military Forces of Iraq"] == 4
    assert [a.name for a in filled.list_actors(q="iraq")] == ["Military Forces of Iraq"]
    places = {p.location: p.events for p in filled.list_places()}
    assert places == {"Yarmouk": 4, "Aleppo": 4, "Mosul": 4}


def test_place_history_lists_territory_changes_oldest_first(any_store, make_result):
    takeover = make_result(
        "IS overran Yarmouk camp.",
        day="2015-04-01",
        sub_event_type="Non-state actor overtakes territory",
        claims=[{"kind": "territory", "text": "IS seized most of the camp"}],
    )
    regained = make_result(
        "Factions regained Yarmouk camp.",
        source="SOHR",
        day="2015-04-20",
        sub_event_type="Government regains territory",
    )
    clash = make_result("Clashes in Yarmouk.", source="AP", day="2015-05-20")
    any_store.ingest_results([regained, takeover, clash])
    history = any_store.place_history("Yarmouk")
    assert [h.sub_event_type for h in history] == [
        "Non-state actor overtakes territory",
        "Government regains territory",
    ]
    assert history[0].claims == ["IS seized most of the camp"]


def test_get_event_and_get_article_return_none_when_absent(any_store):
    assert any_store.get_event("FLE-0000000000000000") is None
    assert any_store.get_article("nope") is None
