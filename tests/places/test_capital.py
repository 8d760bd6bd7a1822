""" "The capital" with no name is the capital of the country the text is about (places.capital).
Sentences written for frontlines."""

from __future__ import annotations

import re
from datetime import date

import pytest

from frontlines.places import resolve_places
from frontlines.places.gazetteer import Gazetteer
from frontlines.records import Article


def spans(text: str, *names: str) -> list[tuple[int, int, str]]:
    """NER-like GPE spans for the names."""
    return [(m.start(), m.end(), "GPE") for name in names for m in re.finditer(re.escape(name), text)]


def capitals(text: str, gaz: Gazetteer, *names: str, **kwargs: object) -> list[tuple[str, str | None]]:
    found = resolve_places(text, spans(text, *names), gaz, **kwargs)  # type: ignore[arg-type]
    return [(m.text, m.place.location if m.place else None) for m in found if "capital" in m.text]


def test_the_capital_of_the_hinted_country(small_gazetteer: Gazetteer) -> None:
    text = "Two protest marches took place in the capital on Monday."
    assert capitals(text, small_gazetteer, country_hint="Kenya") == [("the capital", "Nairobi")]
    found = resolve_places(text, [], small_gazetteer, country_hint="Kenya")
    place = found[0].place
    assert place is not None and place.country == "Kenya" and place.geo_precision == 1
    assert "the capital of the country the text is about (Kenya)" in place.evidence[0].rule


def test_without_a_hint_the_capital_of_the_one_country_of_the_other_places(small_gazetteer: Gazetteer) -> None:
    text = "Jets struck Harasta and Douma, near the country's capital, on Tuesday."
    assert capitals(text, small_gazetteer, "Harasta", "Douma") == [("the country's capital", "Damascus")]
    # places in two countries: whose capital is not told
    text = "Fighters moved from Aleppo to Tripoli near the capital."
    assert capitals(text, small_gazetteer, "Aleppo", "Tripoli") == []
    # and no place at all
    assert capitals("Protesters marched in the capital.", small_gazetteer) == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen attacked a checkpoint in the capital of Idlib province.",  # a province's capital
        "Protesters gathered in the capital, Damascus, on Friday.",  # named beside it: that name
        "Protesters gathered in the capital Damascus on Friday.",
        "Shelling hit the provincial capital on Friday.",  # not the country's
        "Investors fled the capital markets after the attack.",  # money, not a city
    ],
)
def test_no_country_capital_where_the_text_names_another_or_means_money(small_gazetteer: Gazetteer, text: str) -> None:
    found = resolve_places(text, spans(text, "Damascus", "Idlib"), small_gazetteer, country_hint="Syria")
    assert [m.place.location for m in found if m.place is not None and m.text.endswith(("capital", "city"))] == []


@pytest.mark.slow
def test_a_peoples_capital_and_the_articles_capital_place_the_event(pipeline) -> None:
    text = "Rebels shelled districts of the Syrian capital on Tuesday, killing three people."
    events = pipeline.extract(Article(id="c1", text=text, published=date(2016, 5, 4)))
    assert [(e.location, e.country) for e in events] == [("Damascus", "Syria")]
    text = "Police fired tear gas at protesters in the capital on Monday."
    events = pipeline.extract(Article(id="c2", text=text, published=date(2016, 5, 4), country="Kenya"))
    assert [(e.location, e.admin1) for e in events] == [("Nairobi", "Nairobi")]
    # a region's people name no country: no capital
    text = "Rebels shelled the Tigrayan capital on Tuesday, killing three people."
    events = pipeline.extract(Article(id="c3", text=text, published=date(2016, 5, 4)))
    assert all(e.location is None for e in events)


@pytest.mark.slow
def test_the_capital_does_not_outnumber_the_place_the_document_names(pipeline) -> None:
    # the gas attack's sentence names no place: the document's place is Jobar, named twice, not
    # the capital said three times beside it
    text = (
        "Activists said poison gas killed 300 people on Wednesday. The rockets were fired at Jobar at dawn. "
        "Jobar lies on the eastern outskirts of the capital. Inspectors who arrived in the capital this week "
        "asked to visit the capital's suburbs."
    )
    events = pipeline.extract(Article(id="c4", text=text, published=date(2013, 8, 22)))
    assert events and all(e.location == "Jobar" for e in events)
