"""Merging in the store: one event with every source, disputes kept, explained and reversible."""

from __future__ import annotations

SOHR_TEXT = "Fighters regained all areas of Yarmouk camp that IS had seized; 6 were killed."
PLO_TEXT = "Palestinian factions say IS still holds some areas of Yarmouk camp; 9 were killed."


def two_reports(make_result):
    first = make_result(
        SOHR_TEXT,
        source="SOHR",
        day="2015-04-01",
        fatalities=6,
        claims=[
            {"kind": "territory", "text": "regained all areas that IS had seized", "sources": ["SOHR"]},
            {"kind": "fatalities", "text": "6 were killed", "value": 6, "sources": ["SOHR"]},
        ],
    )
    second = make_result(
        PLO_TEXT,
        source="Reuters",
        day="2015-04-02",
        event_day="2015-04-01",  # published the next day, about the same day's fighting
        fatalities=9,
        claims=[
            {"kind": "territory", "text": "IS still holds some areas of the camp", "sources": ["PLO"]},
            {"kind": "fatalities", "text": "9 were killed", "value": 9, "sources": ["PLO"]},
        ],
    )
    return first, second


def test_reports_of_one_event_are_merged_with_every_source(any_store, make_result):
    report = any_store.ingest_results(two_reports(make_result))
    assert (report.events_created, report.reports_merged) == (1, 1)
    (event,) = any_store.query_events().events
    assert event.source == "SOHR; Reuters"
    assert event.fatalities == 6  # ACLED's rule: the lowest figure, not the sum
    detail = any_store.get_event(event.event_id)
    assert [r.fatalities for r in detail.reports] == [6, 9]
    assert [r.source for r in detail.reports] == ["SOHR", "Reuters"]


def test_contradicting_claims_are_recorded_as_disputes_with_both_sides(any_store, make_result):
    any_store.ingest_results(two_reports(make_result))
    (event,) = any_store.query_events().events
    disputes = {d.kind: d for d in any_store.get_event(event.event_id).disputes}
    assert set(disputes) == {"fatalities", "territory"}
    assert (disputes["fatalities"].side_a["value"], disputes["fatalities"].side_b["value"]) == (6, 9)
    sides = {disputes["territory"].side_a["claim"], disputes["territory"].side_b["claim"]}
    assert sides == {"regained all areas that IS had seized", "IS still holds some areas of the camp"}
    assert "PLO" in disputes["territory"].side_a["sources"] + disputes["territory"].side_b["sources"]


def test_the_merge_explains_why_reports_were_joined(any_store, make_result):
    any_store.ingest_results(two_reports(make_result))
    (event,) = any_store.query_events().events
    founder, joined = any_store.get_event(event.event_id).reports
    assert founder.reason.score is None
    assert joined.reason.score >= 0.6
    assert joined.reason.features["days_apart"] == 0
    assert joined.reason.features["km"] == 0.0
    assert joined.reason.features["scores"]["family"] == 1.0


def test_reports_far_apart_stay_separate_events(any_store, make_result):
    near = make_result("Clashes in Yarmouk.", source="SOHR")
    far = make_result(
        "Clashes in Aleppo.",
        source="AFP",
        place={
            "location": "Aleppo",
            "country": "Syria",
            "admin1": "Aleppo",
            "latitude": 36.2,
            "longitude": 37.16,
            "geo_precision": 1,
        },
    )
    later = make_result("Clashes in Yarmouk again.", source="AFP", day="2015-04-20")
    report = any_store.ingest_results([near, far, later])
    assert (report.events_created, report.reports_merged) == (3, 0)


def test_split_detaches_a_report_and_later_merges_respect_it(any_store, make_result):
    first, second = two_reports(make_result)
    any_store.ingest_results([first, second])
    (event,) = any_store.query_events().events
    detached_id = second.events[0].event_id
    new_event_id = any_store.split_report(event.event_id, detached_id)
    assert any_store.count_events() == 2
    assert [r.report_id for r in any_store.get_event(new_event_id).reports] == [detached_id]
    kept = any_store.get_event(event.event_id)
    assert kept.event.fatalities == 6 and kept.disputes == []
    # A new version of the first article is merged again: it must not re-join the split report.
    revised = make_result(SOHR_TEXT + " Updated.", source="SOHR", doc_id=first.article.id, fatalities=6)
    any_store.ingest_results([revised])
    assert any_store.count_events() == 2
    for found in any_store.query_events().events:
        sources = {r.source for r in any_store.get_event(found.event_id).reports}
        assert sources in ({"SOHR"}, {"Reuters"})


def test_replacing_an_article_recomputes_the_merged_event(any_store, make_result):
    first, second = two_reports(make_result)
    any_store.ingest_results([first, second])
    corrected = make_result(
        PLO_TEXT + " Correction: 4 were killed.",
        source="Reuters",
        doc_id=second.article.id,
        day="2015-04-02",
        event_day="2015-04-01",
        fatalities=4,
    )
    any_store.ingest_results([corrected])
    (event,) = any_store.query_events().events
    assert event.fatalities == 4
    assert [r.fatalities for r in any_store.get_event(event.event_id).reports] == [6, 4]


def test_splitting_the_founding_report_gives_it_a_fresh_event_id(any_store, make_result):
    first, second = two_reports(make_result)
    any_store.ingest_results([first, second])
    (event,) = any_store.query_events().events
    founder = first.events[0].event_id
    new_event_id = any_store.split_report(event.event_id, founder)
    assert new_event_id != event.event_id
    assert [r.report_id for r in any_store.get_event(new_event_id).reports] == [founder]
    assert [r.source for r in any_store.get_event(event.event_id).reports] == ["Reuters"]
