"""The event's place among the article's places (events.fields._event_place), end to end.
Sentences written for frontlines."""

from __future__ import annotations

import pytest

from frontlines.records import Article

pytestmark = pytest.mark.slow


def place_of(pipeline, text: str, country: str) -> tuple[str | None, str | None]:
    [event, *_] = pipeline.extract(Article(id="t", text=text, country=country))
    return event.location, event.admin1


def test_the_district_wins_over_its_province_in_parenthesis(pipeline) -> None:
    text = "On 5 May, air raids hit Baqim district (Sadah), damaging farms."
    assert place_of(pipeline, text, "Yemen")[0] == "Baqim"


def test_a_town_wins_over_the_road_named_after_another(pipeline) -> None:
    text = "On 2 May, journalists protested on Murree road in Rawalpindi against the arrest of an editor."
    assert place_of(pipeline, text, "Pakistan")[0] == "Rawalpindi"


def test_where_people_come_from_gives_way_to_where_they_protest(pipeline) -> None:
    text = "Mandera teachers protested over insecurity outside the union offices in Nairobi."
    assert place_of(pipeline, text, "Kenya")[0] == "Nairobi"


def test_a_community_named_like_a_county_is_no_place(pipeline) -> None:
    text = "Turkana raiders attacked herders near Baragoi and stole 200 goats."
    assert place_of(pipeline, text, "Kenya")[0] == "Baragoi"
