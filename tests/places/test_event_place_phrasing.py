"""Toponyms that NER cuts, mislabels or misses, and names that place an event less closely than
others (containers, roads, bare names). Sentences written for frontlines."""

from __future__ import annotations

import pytest

from frontlines.places import Gazetteer, resolve_places
from frontlines.places.matcher import find_extra_spans


def found(text: str, gaz: Gazetteer, ner: list[tuple[int, int, str]] | None = None, **kwargs: object) -> dict:
    return {m.text: m for m in resolve_places(text, ner or [], gaz, **kwargs)}  # type: ignore[arg-type]


def span(text: str, part: str, label: str = "GPE") -> tuple[int, int, str]:
    start = text.index(part)
    return start, start + len(part), label


def test_a_ner_span_across_a_parenthesis_is_cut_into_its_names(small_gazetteer: Gazetteer) -> None:
    text = "Shells fell on Harasta (Duma, Rif Dimashq) at dawn."
    places = found(text, small_gazetteer, [span(text, "Harasta (Duma, Rif Dimashq", "FAC")], find_extra=False)
    assert set(places) == {"Harasta", "Duma", "Rif Dimashq"}


def test_a_parenthesised_list_of_places_is_found_without_an_anchor(small_gazetteer: Gazetteer) -> None:
    text = "Gunmen raided a farm on Tell Hill (Kafranbel, Idlib) on Monday."
    spans = find_extra_spans(text, small_gazetteer, [])
    assert [(text[s:e], label) for s, e, label in spans] == [
        ("Kafranbel", "matcher:parenthesis"),
        ("Idlib", "matcher:parenthesis"),
    ]


@pytest.mark.parametrize(
    "text", ["Shells fell on Syria's second city Aleppo overnight.", "Shells hit the city Aleppo."]
)
def test_a_name_after_a_settlements_noun_is_found(small_gazetteer: Gazetteer, text: str) -> None:
    spans = find_extra_spans(text, small_gazetteer, [])
    assert ("Aleppo", "matcher:after_title") in [(text[s:e], label) for s, e, label in spans]


def test_a_name_after_a_preposition_and_a_direction_is_found(small_gazetteer: Gazetteer) -> None:
    text = "Hundreds marched in central Aleppo on Friday."
    places = found(text, small_gazetteer)
    assert places["Aleppo"].place.geo_precision == 1 and "direction:central" in places["Aleppo"].roles


def test_a_bare_name_of_the_article_country_is_found(small_gazetteer: Gazetteer) -> None:
    text = "Nairobi traders protest over new market fees."
    places = found(text, small_gazetteer, country_hint="Kenya")
    assert places["Nairobi"].place.location == "Nairobi" and "bare name" in places["Nairobi"].roles
    assert found(text, small_gazetteer) == {}  # without the country no bare name is a place


def test_the_bare_name_scan_skips_the_tail_of_a_longer_name(small_gazetteer: Gazetteer) -> None:
    text = "Talks with the Nairobi Traders Union failed; Al Kakuma Brigade fighters left."
    assert found(text, small_gazetteer, country_hint="Kenya") == {}


def test_a_container_after_a_comma_is_marked_and_the_place_inside_is_kept(small_gazetteer: Gazetteer) -> None:
    text = "A car bomb exploded in Kafranbel, Idlib."
    places = found(text, small_gazetteer, [span(text, "Kafranbel"), span(text, "Idlib")], country_hint="Syria")
    assert "container" in places["Idlib"].roles and "container" not in places["Kafranbel"].roles


def test_a_list_of_places_is_no_chain_of_containers(small_gazetteer: Gazetteer) -> None:
    text = "Jets struck Harasta, Duma, Darayya and Kafranbel."
    places = found(text, small_gazetteer, country_hint="Syria")
    assert not any("container" in m.roles for m in places.values())


def test_a_place_after_a_country_in_parenthesis_is_not_its_container(small_gazetteer: Gazetteer) -> None:
    text = "Air raids hit farms in western Syria (Harasta) on Sunday."
    places = found(text, small_gazetteer, [span(text, "Syria")], country_hint="Syria")
    assert "container" not in places["Harasta"].roles


def test_a_road_named_after_a_town_is_marked(small_gazetteer: Gazetteer) -> None:
    text = "Protesters blocked the Aleppo-Idlib highway near Kafranbel."
    places = found(text, small_gazetteer, [span(text, "Aleppo")], country_hint="Syria")
    assert "route" in places["Aleppo"].roles and "route" not in places["Kafranbel"].roles


@pytest.mark.slow
def test_a_small_namesake_outside_the_stated_province_gives_way_to_the_province(gazetteer: Gazetteer) -> None:
    text = "Rebels fired mortars at army positions near Viktorivka, Donetsk."
    places = found(text, gazetteer, [span(text, "Viktorivka"), span(text, "Donetsk")], country_hint="Ukraine")
    assert "Viktorivka" not in places and places["Donetsk"].place.admin1 == "Donetsk"


@pytest.mark.slow
def test_the_container_takes_the_reading_that_holds_the_town(gazetteer: Gazetteer) -> None:
    text = "In Londrina, Parana, a man was shot dead on Monday."
    places = found(text, gazetteer, [span(text, "Londrina"), span(text, "Parana")], country_hint="Brazil")
    assert places["Parana"].place.geo_precision == 3 and places["Parana"].place.admin1 == "Parana"
    assert "container" in places["Parana"].roles


@pytest.mark.slow
def test_a_unit_named_with_a_direction_keeps_its_name(gazetteer: Gazetteer) -> None:
    text = "Drivers protested in Torit town (Eastern Equatoria state) on Monday."
    places = found(
        text, gazetteer, [span(text, "Torit"), span(text, "Eastern Equatoria", "LOC")], country_hint="South Sudan"
    )
    assert places["Eastern Equatoria"].place.admin1 == "Eastern Equatoria"


@pytest.mark.slow
def test_a_province_point_does_not_pull_a_town_to_a_namesake_near_its_seat(gazetteer: Gazetteer) -> None:
    text = "Journalists rallied in Bahawalpur city (Bahawalpur, Punjab) on Sunday."
    ner = [span(text, "Bahawalpur"), span(text, "Punjab", "NORP")]
    places = resolve_places(text, ner, gazetteer, country_hint="Pakistan")
    assert {m.place.location for m in places if m.text == "Bahawalpur"} == {"Bahawalpur"}
