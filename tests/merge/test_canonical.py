"""The merged event: most precise date and place, every source, ACLED's lowest fatality figure."""

from __future__ import annotations

from datetime import date

from frontlines.merge.canonical import conservative_fatalities, find_disputes, merged_event, source_figure
from frontlines.records import Claim, Event


def report(event_id: str, **fields) -> Event:
    values = {
        "doc_id": f"doc-{event_id}",
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "country": "Syria",
        **fields,
    }
    return Event(event_id=event_id, **values)


def test_the_lowest_figure_wins_and_silent_sources_do_not_count():
    assert conservative_fatalities([9, None, 6, 12]) == 6
    assert conservative_fatalities([None, None]) == 0
    assert source_figure(report("a")) is None
    assert source_figure(report("b", claims=[Claim(kind="fatalities", text="no one was killed", value=0)])) == 0


def test_merged_event_takes_the_most_precise_date_and_place_and_every_source():
    vague = report(
        "a",
        event_date=date(2016, 1, 1),
        time_precision=3,
        location="Homs",
        latitude=34.7,
        longitude=36.7,
        geo_precision=3,
        source="SOHR",
        fatalities=9,
    )
    exact = report(
        "b",
        event_date=date(2016, 1, 10),
        time_precision=1,
        location="Teir Maaleh",
        latitude=34.8,
        longitude=36.7,
        geo_precision=1,
        source="AFP; SOHR",
        fatalities=4,
        sub_event_type="Shelling/artillery/missile attack",
        event_type="Explosions/Remote violence",
    )
    third = report(
        "c",
        sub_event_type="Shelling/artillery/missile attack",
        event_type="Explosions/Remote violence",
        source="SANA",
    )
    merged = merged_event("FLE-x", [vague, exact, third])
    assert (merged.event_date, merged.location) == (date(2016, 1, 10), "Teir Maaleh")
    assert merged.source == "SOHR; AFP; SANA"
    assert merged.fatalities == 4
    assert (merged.event_type, merged.sub_event_type) == (
        "Explosions/Remote violence",
        "Shelling/artillery/missile attack",
    )
    assert merged.doc_id == "doc-a"


def test_disputes_name_both_sides_and_their_sources():
    a = report(
        "a",
        source="SOHR",
        fatalities=6,
        claims=[Claim(kind="territory", text="regained all areas", sources=["SOHR"])],
    )
    b = report(
        "b",
        source="AFP",
        fatalities=9,
        claims=[Claim(kind="territory", text="still holds some areas", sources=["PLO", "AFP"])],
    )
    found = {d.kind: d for d in find_disputes([a, b])}
    assert found["fatalities"].side_a == {
        "report_id": "a",
        "claim": "6 killed",
        "value": 6,
        "sources": ["SOHR"],
    }
    assert found["fatalities"].side_b["value"] == 9
    assert found["territory"].side_b["sources"] == ["PLO", "AFP"]


def test_agreeing_sources_make_no_dispute():
    a = report("a", fatalities=6, claims=[Claim(kind="territory", text="regained all areas")])
    b = report("b", fatalities=6, claims=[Claim(kind="territory", text="took the entire town")])
    assert find_disputes([a, b]) == []


def test_a_contradiction_flagged_inside_one_article_is_kept():
    claims = [
        Claim(kind="fatalities", text="6 killed", value=6, disputes=[1]),
        Claim(kind="fatalities", text="10 killed", value=10, disputes=[0]),
    ]
    (dispute,) = find_disputes([report("a", fatalities=6, claims=claims)])
    assert (dispute.side_a["claim"], dispute.side_b["claim"]) == ("6 killed", "10 killed")
