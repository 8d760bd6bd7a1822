"""Toponym resolution on a small index: context, phrases, precision, datelines, metonymy."""

from __future__ import annotations

import re

import pytest

from frontlines.places import PlaceMention, resolve_places
from frontlines.places.build import haversine_km
from frontlines.places.gazetteer import Gazetteer
from frontlines.places.matcher import find_extra_spans


def spans(text: str, *names: str) -> list[tuple[int, int, str]]:
    """NER-like GPE spans for every occurrence of the names (what the lead's spaCy step gives)."""
    return [(m.start(), m.end(), "GPE") for name in names for m in re.finditer(re.escape(name), text)]


def resolve(text: str, gaz: Gazetteer, *names: str, **kwargs: object) -> dict[str, PlaceMention]:
    return {m.text: m for m in resolve_places(text, spans(text, *names), gaz, **kwargs)}  # type: ignore[arg-type]


def test_tripoli_is_libyan_among_libyan_places(small_gazetteer: Gazetteer) -> None:
    text = "Militias shelled Tripoli after fighting moved west from Misrata and Benghazi."
    tripoli = resolve(text, small_gazetteer, "Tripoli", "Misrata", "Benghazi")["Tripoli"].place
    assert tripoli is not None and tripoli.country == "Libya" and tripoli.iso == 434


def test_tripoli_is_lebanese_among_lebanese_places(small_gazetteer: Gazetteer) -> None:
    text = "Clashes in Tripoli spread to Beirut on Sunday."
    tripoli = resolve(text, small_gazetteer, "Tripoli", "Beirut")["Tripoli"].place
    assert tripoli is not None and tripoli.country == "Lebanon" and tripoli.geonameid == 266826


def test_tripoli_follows_the_country_hint(small_gazetteer: Gazetteer) -> None:
    text = "Two people were killed in Tripoli."
    assert resolve(text, small_gazetteer, "Tripoli", country_hint="LBN")["Tripoli"].place.country == "Lebanon"
    assert resolve(text, small_gazetteer, "Tripoli")["Tripoli"].place.country == "Libya"


def test_kobani_is_in_syria_not_tanzania(small_gazetteer: Gazetteer) -> None:
    for text, kwargs in [
        ("Kurdish fighters pushed IS out of Kobani.", {}),
        ("Kurdish fighters pushed IS out of Kobani, east of Aleppo.", {}),
        ("Kurdish fighters pushed IS out of Kobani.", {"actor_countries": ["SYR"]}),
    ]:
        names = ("Kobani", "Aleppo") if "Aleppo" in text else ("Kobani",)
        kobani = resolve(text, small_gazetteer, *names, **kwargs)["Kobani"].place
        assert kobani is not None and kobani.country == "Syria" and kobani.admin1 == "Aleppo"


def test_actor_countries_pull_an_ambiguous_name_to_their_country(small_gazetteer: Gazetteer) -> None:
    text = "Two people were killed in Tripoli."
    found = resolve(text, small_gazetteer, "Tripoli", actor_countries=["LBN"])
    assert found["Tripoli"].place.country == "Lebanon"


def test_a_missing_place_gives_none(small_gazetteer: Gazetteer) -> None:
    text = "Shelling hit Xyzabad overnight."
    assert resolve(text, small_gazetteer, "Xyzabad") == {}
    kept = resolve_places(text, spans(text, "Xyzabad"), small_gazetteer, keep_unresolved=True)
    assert [(m.text, m.place) for m in kept] == [("Xyzabad", None)]


def test_a_small_namesake_abroad_is_none_of_these(small_gazetteer: Gazetteer) -> None:
    text = "Shelling hit Mkoani overnight."
    assert resolve(text, small_gazetteer, "Mkoani", country_hint="Syria") == {}
    assert resolve(text, small_gazetteer, "Mkoani")["Mkoani"].place.country == "Tanzania"


def test_metonymy_spans_are_excluded(small_gazetteer: Gazetteer) -> None:
    text = "Damascus said on Monday that its forces had retaken Harasta."
    damascus = (0, len("Damascus"))
    found = resolve(text, small_gazetteer, "Damascus", "Harasta", exclude=[damascus])
    assert list(found) == ["Harasta"]
    assert found["Harasta"].place.admin1 == "Rif-dimashq"


def test_yarmouk_camp_in_damascus_is_the_camp_with_precision_1(small_gazetteer: Gazetteer) -> None:
    text = "Fighters stormed the Yarmouk camp in Damascus on Wednesday."
    found = resolve(text, small_gazetteer, "Yarmouk", "Damascus")
    yarmouk = found["Yarmouk"]
    assert "site:camp" in yarmouk.roles
    place = yarmouk.place
    assert (place.geonameid, place.country, place.admin1, place.geo_precision) == (166716, "Syria", "Damascus", 1)
    assert haversine_km(place.latitude, place.longitude, 33.4699, 36.3018) < 3
    assert found["Damascus"].place.geonameid == 170654


@pytest.mark.parametrize(
    ("text", "name", "level", "precision"),
    [
        ("Air strikes hit southern Idlib on Monday.", "Idlib", 1, 3),
        ("Air strikes hit Idlib province on Monday.", "Idlib province", 1, 3),
        ("Air strikes hit Idlib on Monday.", "Idlib", None, 1),
        ("Air strikes hit villages near Idlib on Monday.", "Idlib", None, 2),
        ("Shells fell on the outskirts of Aleppo.", "Aleppo", None, 2),
        ("Clashes in the Aleppo countryside killed four.", "Aleppo countryside", None, 2),
        ("Clashes in Douma district killed four.", "Douma district", 2, 2),
        ("Shells fell on the western outskirts of Aleppo.", "Aleppo", None, 2),
        ("Fighters from the province of Aleppo arrived.", "Aleppo", 1, 3),
        ("Shelling hit Zamalka in rural Damascus.", "Damascus", 1, 3),
    ],
)
def test_phrase_words_set_the_admin_level_and_geo_precision(
    small_gazetteer: Gazetteer, text: str, name: str, level: int | None, precision: int
) -> None:
    mention = resolve(text, small_gazetteer, name)[name]
    assert mention.place is not None and mention.place.country == "Syria"
    assert mention.place.geo_precision == precision
    is_admin = mention.place.geonameid not in (169389, 170063, 170592, 170654)
    assert is_admin == (level is not None)


def test_dateline_place_is_marked_and_not_the_event_place(small_gazetteer: Gazetteer) -> None:
    text = "BEIRUT (Reuters) - Fighting raged in Yarmouk camp in Damascus on Wednesday."
    found = resolve(text, small_gazetteer, "BEIRUT", "Yarmouk", "Damascus")
    assert found["BEIRUT"].is_dateline and "dateline" in found["BEIRUT"].roles
    assert found["BEIRUT"].place.country == "Lebanon"
    assert not found["Yarmouk"].is_dateline and found["Yarmouk"].place.country == "Syria"


def test_dateline_given_by_the_caller(small_gazetteer: Gazetteer) -> None:
    text = "Beirut - Fighting raged in Harasta."
    found = resolve(text, small_gazetteer, "Beirut", "Harasta", dateline="Beirut")
    assert found["Beirut"].is_dateline and not found["Harasta"].is_dateline


def test_extra_spans_are_found_where_ner_gave_none(small_gazetteer: Gazetteer) -> None:
    text = "On Friday clashes broke out in Harasta and near Jobar, and in March the Yarmouk camp fell."
    found = {m.text: m for m in resolve_places(text, [], small_gazetteer)}
    assert set(found) == {"Harasta", "Jobar", "Yarmouk camp"}
    assert found["Jobar"].place.geo_precision == 2 and found["Yarmouk camp"].place.geo_precision == 1
    assert resolve_places(text, [], small_gazetteer, find_extra=False) == []


def test_evidence_names_the_features_that_won(small_gazetteer: Gazetteer) -> None:
    text = "Kurdish fighters pushed IS out of Kobani, east of Aleppo."
    kobani = resolve(text, small_gazetteer, "Kobani", "Aleppo")["Kobani"]
    [evidence] = kobani.place.evidence
    assert (evidence.start, evidence.end, evidence.text) == (kobani.start, kobani.end, "Kobani")
    assert "country SY (mentions)" in evidence.rule and "population 50000" in evidence.rule
    assert "precision 1" in evidence.rule


def test_non_place_labels_are_ignored(small_gazetteer: Gazetteer) -> None:
    text = "Beirut Bank said profits rose."
    assert resolve_places(text, [(0, 6, "ORG")], small_gazetteer, find_extra=False) == []


def test_a_second_mention_of_a_name_does_not_vouch_for_its_province(small_gazetteer: Gazetteer) -> None:
    text = "A car bomb hit Homs on Thursday. The district in the east of Aleppo is quiet; Aleppo is not."
    found = resolve_places(text, spans(text, "Aleppo"), small_gazetteer, country_hint="Syria")
    assert [m.place.geonameid for m in found] == [170063, 170063]
    assert [m.place.geo_precision for m in found] == [2, 1]


def test_extra_span_finder_skips_english_words_that_are_also_place_names(small_gazetteer: Gazetteer) -> None:
    text = "The neighbourhood was hit by an IS fighter in Jul and by the Free Syrian Army at Al Bab."
    assert find_extra_spans(text, small_gazetteer, []) == []


def test_repeats_of_a_foreign_name_do_not_make_their_own_country_context(small_gazetteer: Gazetteer) -> None:
    text = "Fighting around Mkoani went on; rebels left Mkoani and then Mkoani fell."
    assert resolve(text, small_gazetteer, "Mkoani", country_hint="Syria") == {}


def test_a_container_after_a_comma_or_parenthesis_is_found_even_if_ner_mislabels_it(
    small_gazetteer: Gazetteer,
) -> None:
    text = "A mob attacked a clinic in Kafranbel (Idlib) and in Duma, Harasta."
    kafranbel, idlib = text.index("Kafranbel"), text.index("Idlib")
    ner = [
        (kafranbel, kafranbel + 9, "GPE"),
        (idlib, idlib + 5, "ORG"),
        (text.index("Duma"), text.index("Duma") + 4, "GPE"),
    ]
    found = {m.text: m for m in resolve_places(text, ner, small_gazetteer)}
    assert set(found) == {"Kafranbel", "Idlib", "Duma", "Harasta"}
    assert found["Idlib"].place.admin1 == "Idlib"


def test_a_region_larger_than_a_country_after_a_preposition_is_no_place(gazetteer: Gazetteer) -> None:
    # the extra-span finder's "of Levant" as much as NER's "the Levant": not Levant, Maine
    text = "The gas had never been used before, Director of Levant Institute for Strategic Affairs Sami Nader said."
    assert "Levant" not in {m.text for m in resolve_places(text, [], gazetteer, keep_unresolved=True)}
