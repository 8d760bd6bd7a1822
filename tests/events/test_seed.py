"""The founding example end to end: the Yarmouk camp article of 2 April 2015.

Expectations from the extraction issue: Islamic State overruns the camp (Non-state actor
overtakes territory); Islamic State and Aknaf Beit al-Maqdis, with Syrian rebels, clash with six
killed and 17 wounded; Aknaf Beit al-Maqdis retakes the camp; all on Wednesday 1 April, all at
Yarmouk camp, Damascus; sourced to SOHR and AFP; evidence on every field.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from frontlines.records import Article

YARMOUK = (33.4699, 36.3018)
#: Fields that are identifiers or scores, not read from the text.
NOT_FROM_TEXT = {"event_id", "doc_id", "confidence", "evidence", "published"}


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(a))


@pytest.fixture(scope="module")
def seed_events(pipeline, seed_text):
    article = Article(id="seed_yarmouk.txt", text=seed_text, published=date(2015, 4, 2))
    return pipeline.extract(article)


def _by_type(events, sub):
    return [e for e in events if e.sub_event_type == sub]


def test_seed_islamic_state_overtakes_the_camp(seed_events) -> None:
    takes = _by_type(seed_events, "Non-state actor overtakes territory")
    assert any(e.actor1 == "Islamic State" for e in takes)


def test_seed_storming_of_the_camp_is_its_takeover_not_an_attack(seed_events) -> None:
    # "ISIS militants stormed the Palestinian refugee camp", no one harmed: the overrun, told again
    assert not [e for e in seed_events if e.sub_event_type == "Attack"]
    takeovers = [e for e in seed_events if e.sub_event_type == "Non-state actor overtakes territory"]
    assert sorted(e.actor1 for e in takeovers) == ["Aknaf Beit al-Maqdis", "Islamic State"]


def test_seed_aknaf_beit_al_maqdis_retakes_the_camp(seed_events) -> None:
    takes = _by_type(seed_events, "Non-state actor overtakes territory")
    assert any(e.actor1 == "Aknaf Beit al-Maqdis" for e in takes)
    # it took the camp back from Islamic State, not from Hamas, the patron it is "linked to"
    retake = next(e for e in takes if e.actor1 == "Aknaf Beit al-Maqdis")
    assert retake.actor2 == "Islamic State"


def test_seed_clash_between_islamic_state_and_aknaf_with_casualties(seed_events) -> None:
    clashes = _by_type(seed_events, "Armed clash")
    assert len(clashes) == 1
    clash = clashes[0]
    assert {clash.actor1, clash.actor2} == {"Islamic State", "Aknaf Beit al-Maqdis"}
    assert "Syria" in " ".join(filter(None, [clash.assoc_actor_1, clash.assoc_actor_2]))
    assert clash.fatalities == 6
    assert clash.fatalities_high == 6
    assert clash.injuries == 17
    assert clash.evidence["fatalities"][0].text.lower().startswith("as many as six")


def test_seed_events_dated_wednesday(seed_events) -> None:
    clash = _by_type(seed_events, "Armed clash")[0]
    assert clash.event_date == date(2015, 4, 1)
    assert clash.evidence["event_date"][0].text.endswith("Wednesday")
    assert all(e.event_date == date(2015, 4, 1) for e in seed_events)


def test_seed_events_located_at_yarmouk_camp(seed_events) -> None:
    for event in seed_events:
        assert event.country == "Syria"
        assert event.latitude is not None and event.longitude is not None
        assert _km(event.latitude, event.longitude, *YARMOUK) < 3
        assert event.geo_precision == 1


def test_seed_sources_name_sohr_and_afp(seed_events) -> None:
    for event in seed_events:
        assert event.source is not None
        assert "Syrian Observatory for Human Rights" in event.source or "SOHR" in event.source
    assert any("AFP" in e.source or "Agence France-Presse" in e.source for e in seed_events)


def test_seed_every_filled_field_has_evidence(seed_events, seed_text) -> None:
    for event in seed_events:
        for name, value in event.model_dump().items():
            if name in NOT_FROM_TEXT or value in (None, [], {}, 0) or not isinstance(value, (str, int, float)):
                continue
            assert event.evidence.get(name), f"{event.sub_event_type}: no evidence for {name}"
            for ev in event.evidence[name]:
                assert seed_text[ev.start : ev.end] == ev.text
                assert ev.rule


def test_seed_claims_keep_their_sources(seed_events) -> None:
    clash = _by_type(seed_events, "Armed clash")[0]
    fatality_claims = [c for c in clash.claims if c.kind == "fatalities"]
    assert fatality_claims and fatality_claims[0].qualifier == "up_to"
    at_risk = {c.value for e in seed_events for c in e.claims if c.kind == "at_risk"}
    assert {18000, 3500} <= at_risk


def test_seed_records_the_dispute_over_who_holds_the_camp(seed_events) -> None:
    retake = next(e for e in seed_events if e.actor1 == "Aknaf Beit al-Maqdis")
    holds = [c for c in retake.claims if c.kind == "territory" and "still holds" in c.text]
    assert holds, "the Observatory's 'ISIS still holds some areas' is not recorded"
    disputed = [retake.claims[i] for i in holds[0].disputes]
    assert any("regain control over all of the areas" in c.text for c in disputed)
    back = retake.claims.index(holds[0])
    assert all(back in c.disputes for c in disputed)
