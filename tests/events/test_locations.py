"""One event per location: a report over a list of places gives one record per place, with the toll
divided evenly, the remainder to the first (ACLED codebook). Sentences written by the frontlines
team in the style of wire copy."""

from __future__ import annotations

from frontlines.records import Article


def _events(pipeline, text: str, country: str):
    return pipeline.extract(Article(id="t", text=text, country=country))


def test_toll_over_four_provinces_gives_four_events_split_evenly(pipeline) -> None:
    text = (
        "Seven Taliban fighters were killed and two were wounded during police operations in "
        "Kabul, Herat, Laghman and Balkh provinces on Monday."
    )
    events = _events(pipeline, text, "Afghanistan")
    # the remainder goes to the places first in the list
    assert {e.admin1: e.fatalities for e in events} == {"Kabul": 2, "Herat": 2, "Laghman": 2, "Balkh": 1}
    assert {e.admin1: e.injuries for e in events} == {"Kabul": 1, "Herat": 1, "Laghman": None, "Balkh": None}
    # "provinces" after the list makes each name a province: Kabul too is the province, not the city
    assert {e.geo_precision for e in events} == {3}
    assert len({e.event_id for e in events}) == 4
    assert {e.sub_event_type for e in events} == {events[0].sub_event_type}
    for event in events:
        rules = [ev.rule for ev in event.evidence["fatalities"]]
        assert any("split evenly over 4 locations" in r for r in rules)
        place = event.evidence["location"][0]
        assert text[place.start : place.end] == place.text
        assert place.text in text and place.text.split()[0] in (event.admin1 or "")


def test_place_and_its_country_is_one_location(pipeline) -> None:
    events = _events(pipeline, "Fighting in Kabul, Afghanistan killed three soldiers on Sunday.", "Afghanistan")
    assert len(events) == 1
    assert events[0].fatalities == 3


def test_days_are_not_places_but_towns_are(pipeline) -> None:
    events = _events(pipeline, "Hundreds protested on Monday and Tuesday in Kabul and Herat.", "Afghanistan")
    assert [e.location for e in events] == ["Kabul", "Herat"]
    assert all(e.sub_event_type == "Peaceful protest" for e in events)


def test_a_point_of_the_compass_after_a_town_is_no_listed_place(pipeline) -> None:
    text = "Jihadists shelled the villages east of the city of Salamiyah and Southwest of Hama, killing four."
    events = _events(pipeline, text, "Syria")
    assert "Southwest" not in [e.location for e in events]
    assert sum(e.fatalities or 0 for e in events) == 4


def test_one_place_keeps_the_whole_toll(pipeline) -> None:
    events = _events(pipeline, "Gunmen killed five villagers in Kajuru on Sunday.", "Nigeria")
    assert len(events) == 1
    assert events[0].fatalities == 5


def test_a_listed_place_the_gazetteer_locates_is_the_primary_record(pipeline) -> None:
    # "Zzyzxville" is in no gazetteer: its record keeps the name alone, and comes second
    text = "On 9 May, regime forces clashed with rebels on the Zzyzxville and Saraqab fronts in Idleb, killing four."
    first, second = _events(pipeline, text, "Syria")
    assert (first.location, first.latitude is not None) == ("Saraqab", True)
    assert (second.location, second.latitude) == ("Zzyzxville", None)
    assert first.fatalities + second.fatalities == 4


def test_places_people_want_to_go_to_are_no_list_of_event_places(pipeline) -> None:
    text = (
        "On 4 May, stranded labourers blocked a road in Rajkot city, demanding buses to their homes in "
        "Uttar Pradesh, Bihar and Odisha."
    )
    events = _events(pipeline, text, "India")
    assert [e.location for e in events] == ["Rajkot"]
    # nor is a single one the event's place, however precise
    events = _events(
        pipeline, "On 4 May, workers protested in Gujarat, asking to go back to their homes in Patna.", "India"
    )
    assert [(e.location, e.admin1) for e in events] == [("Gujarat", "Gujarat")]


def test_where_a_journey_was_heading_is_no_place_of_the_event(pipeline) -> None:
    # the seat of Medenine, named like its province, would give way to a town of the province
    # named beside it; not to where the buses were going
    text = "On 3 May, citizens protested in Medenine (Medenine) after being refused seats on buses heading to Djerba."
    events = _events(pipeline, text, "Tunisia")
    assert [e.location for e in events] == ["Medenine"]


def test_where_protesters_came_from_is_no_place_of_the_event(pipeline) -> None:
    text = "On 3 May, protesters from Kairouan gathered in front of the governorate building in Sousse."
    events = _events(pipeline, text, "Tunisia")
    assert [e.location for e in events] == ["Sousse"]


def test_a_town_ner_took_for_an_organisation_before_its_province_is_read(pipeline) -> None:
    text = "On 30 April, an IS member assassinated a regime intelligence officer in Kafr Nassij in Dar'a."
    [event, *_] = _events(pipeline, text, "Syria")
    assert event.location == "Kafr Nasij"


def test_without_a_country_hint_the_first_town_named_gives_the_event_s_country(pipeline) -> None:
    # the talks in Astana are told beside the shelling, not where it happened
    text = (
        "Five people were killed in government shelling in Eastern Ghouta on Tuesday. The shelling came "
        "as a new round of peace talks entered a second day in the Kazakh capital Astana."
    )
    event = pipeline.extract(Article(id="t", text=text))[0]
    assert event.country == "Syria"
    # a region named by a descriptive word ("the Red Sea port city") is no sign of the country
    text = "An air strike on a wedding near the Red Sea port city of Mocha in southern Yemen killed 20 people."
    assert pipeline.extract(Article(id="t", text=text))[0].country == "Yemen"
