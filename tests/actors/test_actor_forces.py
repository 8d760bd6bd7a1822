"""State forces and armed groups as conflict reports name them: force nouns, acronyms shared between
countries, rival governments, de facto states, "forces of X", community militias, plural demonyms."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.actors import ActorMention, ActorRegistry, load_registry
from frontlines.settings import Settings


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> ActorRegistry:
    return load_registry(settings=Settings(cache_dir=tmp_path_factory.mktemp("cache")))


def found(
    registry: ActorRegistry, text: str, country: str, when: date | None = None
) -> list[tuple[str, str, int | None]]:
    return [(m.text, m.name, m.inter) for m in registry.find(text, country=country, event_date=when)]


def first(registry: ActorRegistry, text: str, country: str, when: date | None = None) -> ActorMention:
    mentions = registry.find(text, country=country, event_date=when)
    assert mentions, text
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "country", "surface", "name"),
    [
        ("The forces shelled the village.", "Mali", "forces", "Military Forces of Mali (2021-)"),
        ("Later the police forces beat a vendor.", "Kenya", "police forces", "Police Forces of Kenya (2022-)"),
        ("Federal police seized 1.5 tons of cannabis.", "Brazil", "Federal police", "Police Forces of Brazil (2023-)"),
        ("Prison guards beat a journalist.", "Kenya", "Prison guards", "Police Forces of Kenya (2022-)"),
        ("A military patrol killed two militants.", "Kenya", "military patrol", "Military Forces of Kenya (2022-)"),
        ("Security services fired at civilians.", "Kenya", "Security services", "Military Forces of Kenya (2022-)"),
        ("The state security arrested him.", "Kenya", "state security", "Military Forces of Kenya (2022-)"),
        ("Army officers fired on the crowd.", "Kenya", "Army officers", "Military Forces of Kenya (2022-)"),
        ("Military personnel raided the camp.", "Kenya", "Military personnel", "Military Forces of Kenya (2022-)"),
        (
            "The National Guard clashed with armed men.",
            "Mexico",
            "National Guard",
            "Military Forces of Mexico (2018-2024)",
        ),
        # a longer noun led by a word that alone is the country's force is that force too
        ("Gunmen raided the police post at night.", "Kenya", "police post", "Police Forces of Kenya (2022-)"),
        ("A police chief was shot dead.", "Kenya", "police chief", "Police Forces of Kenya (2022-)"),
        ("An army unit shelled the hills.", "Mali", "army unit", "Military Forces of Mali (2021-)"),
        # a clause before the noun is no owner; an owner after it ("forces from X") still is
        ("On 9 May 2020, forces shelled the village.", "Mali", "forces", "Military Forces of Mali (2021-)"),
        (
            "The military and the NPA fought for an hour.",
            "Philippines",
            "military",
            "Military Forces of the Philippines (2022-)",
        ),
        (
            "Clashes with military forces of Armenia.",
            "Azerbaijan",
            "military forces of Armenia",
            "Military Forces of Armenia (2018-)",
        ),
    ],
)
def test_force_nouns_without_an_owner_take_the_article_country(
    registry: ActorRegistry, text: str, country: str, surface: str, name: str
) -> None:
    mention = next(m for m in registry.find(text, country=country, event_date=date(2024, 6, 1)) if m.inter != 3)
    assert (mention.text, mention.name, mention.inter) == (surface, name, 1 if country != "Azerbaijan" else 8)


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish forces entered the town.",
        "Turkish-backed forces shelled it.",
        "They took the town by force.",
        "Coalition forces withdrew.",
        "A shell hit the Military Hospital in the old town.",
        "The convoy crossed into regime-held areas at dawn.",
    ],
)
def test_forces_with_an_unknown_owner_or_force_alone_are_not_the_state(registry: ActorRegistry, text: str) -> None:
    assert not [m for m in registry.find(text, country="Syria") if m.inter == 1]


def test_a_bare_force_word_with_no_article_country_names_no_one(registry: ActorRegistry) -> None:
    # "Military Forces" of no country would tell a reader nothing
    assert not registry.find("The military and the regime shelled the town.", country=None)


def test_the_regime_alone_is_the_article_state(registry: ActorRegistry) -> None:
    found = registry.find("Clashes took place between regime and pro-regime militia forces.", country="Syria")
    assert (found[0].text, found[0].name.split(" (")[0], found[0].inter) == ("regime", "Government of Syria", 1)
    # with a state agent noun it composes as before: "a regime sniper" is the regime's forces
    found = registry.find("A regime sniper shot a civilian.", country="Syria")
    assert (found[0].text, found[0].name.split(" (")[0]) == ("regime sniper", "Military Forces of Syria")


def test_forces_of_two_countries_are_each_countrys_forces(registry: ActorRegistry) -> None:
    found = registry.find("Military forces of India and Pakistan exchanged fire across the LoC.", country="India")
    assert [(m.text, m.name.split(" (")[0]) for m in found] == [
        ("Military forces of India", "Military Forces of India"),
        ("Pakistan", "Military Forces of Pakistan"),
    ]
    # a second country that names its own force composes on its own
    found = registry.find("The forces of India and Pakistani troops exchanged fire.", country="India")
    assert [m.text for m in found] == ["forces of India", "Pakistani troops"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("US troops shelled the village.", "Military Forces of the United States"),
        ("Emirati soldiers shelled the village.", "Military Forces of the United Arab Emirates"),
        ("Congolese police shelled the village.", "Police Forces of the Democratic Republic of Congo"),
        ("Philippine police shelled the village.", "Police Forces of the Philippines"),
        ("Ivorian soldiers shelled the village.", "Military Forces of the Ivory Coast"),
        ("Kenyan police shelled the village.", "Police Forces of Kenya"),
        ("Moroccan soldiers shelled the village.", "Military Forces of Morocco"),
    ],
)
def test_a_republic_a_union_islands_or_a_plural_take_the_after_of(
    registry: ActorRegistry, text: str, name: str
) -> None:
    mention = registry.find(text, country="Somalia")[0]
    assert mention.name.split(" (")[0] == name
    assert registry.data.countries[mention.country].name.startswith(name.split(" of ")[1].removeprefix("the "))


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        ("Soldiers of the Syrian army shelled the village.", "Soldiers of the Syrian army", "Military Forces of Syria"),
        ("Forces of the Syrian regime shelled the village.", "Forces of the Syrian regime", "Military Forces of Syria"),
        ("Troops of the Malian army entered the town.", "Troops of the Malian army", "Military Forces of Mali"),
    ],
)
def test_a_force_noun_after_the_owners_country_word_is_part_of_the_owners_name(
    registry: ActorRegistry, text: str, span: str, name: str
) -> None:
    found = registry.find(text, country="Israel")
    # one mention: the trailing noun is no mention of the article country's army
    assert [(m.text, m.name.split(" (")[0]) for m in found] == [(span, name)]


def test_forces_loyal_to_someone_are_not_the_article_state(registry: ActorRegistry) -> None:
    # the tie reads as "of": the mention spans the whole phrase, as "fighters of the Islamic State"
    assert found(registry, "Forces loyal to Haftar shelled Tripoli.", "Libya") == [
        ("Forces loyal to Haftar", "Military Forces of Libya (2014-) Libyan National Army", 1)
    ]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Gunmen believed to belong to Al Shabaab attacked a bus.", "Gunmen believed to belong to Al Shabaab"),
        ("An armed group believed to be Al Shabaab attacked a bus.", "armed group believed to be Al Shabaab"),
        ("Militants affiliated with Al Shabaab attacked a bus.", "Militants affiliated with Al Shabaab"),
    ],
)
def test_an_armed_noun_tied_to_a_named_group_is_that_group(registry: ActorRegistry, text: str, span: str) -> None:
    mention = first(registry, text, "Kenya")
    assert (mention.text, mention.name) == (span, "Al Shabaab")


def test_forces_of_a_named_actor_are_that_actor(registry: ActorRegistry) -> None:
    mention = first(registry, "the fighters of the Islamic State retreated", "Iraq")
    assert (mention.text, mention.name) == ("fighters of the Islamic State", "Islamic State")
    mention = first(registry, "the forces of Khalifa Haftar advanced", "Libya")
    assert mention.actor_id == "libya-lna-forces"


def test_acronym_shared_by_two_countries_takes_the_article_country(registry: ActorRegistry) -> None:
    assert (
        first(registry, "the NAF rebel forces fired grenades", "Ukraine").name
        == "NAF: United Armed Forces of Novorossiya"
    )
    assert first(registry, "NAF jets bombed a camp", "Nigeria").name.startswith("Military Forces of Nigeria")
    assert first(registry, "SNA troops retook the town", "Somalia").name.startswith("Military Forces of Somalia")
    assert first(registry, "SNA fighters shelled Manbij", "Syria").name == "Syrian National Army"


@pytest.mark.parametrize(
    ("country", "name"),
    [("Somalia", "AMISOM: African Union Mission in Somalia"), ("Sudan", "African Union")],
)
def test_african_union_troops_are_its_mission_where_it_is_active(registry: ActorRegistry, country, name) -> None:
    assert first(registry, "African Union troops repelled the attack.", country).name == name
    assert first(registry, "AU forces withdrew from the base.", country).name == name


@pytest.mark.parametrize(
    ("text", "country", "name"),
    [
        (
            "GNA forces attacked LNA positions.",
            "Libya",
            "Military Forces of Libya (2016-2021) Government of National Accord",
        ),
        ("LNA forces shot down a drone.", "Libya", "Military Forces of Libya (2014-) Libyan National Army"),
        ("The FARDC retook Kamango.", "DRC", "Military Forces of the Democratic Republic of Congo (2019-)"),
        ("ANDSF repelled a Taliban attack.", "Afghanistan", "Military Forces of Afghanistan (2014-2021)"),
        ("Saudi-led coalition airstrikes hit Saada.", "Yemen", "Operation Restoring Hope"),
        ("QSD raided the camp.", "Syria", "SDF: Syrian Democratic Forces"),
        # a coalition's craft and strikes: the coalition fighting in the article's country
        ("Coalition warplanes struck a wedding in Saada.", "Yemen", "Operation Restoring Hope"),
        ("Coalition airstrikes hit a bridge near Raqqa.", "Syria", "Global Coalition Against Daesh"),
        ("Coalition jets bombed a bridge near Raqqa.", "Syria", "Global Coalition Against Daesh"),
    ],
)
def test_state_forces_and_coalitions_by_acronym_or_name(
    registry: ActorRegistry, text: str, country: str, name: str
) -> None:
    assert first(registry, text, country, date(2020, 5, 1)).name == name


@pytest.mark.parametrize(
    ("text", "country", "name", "inter"),
    [
        ("OLF rebels attacked a village near Moyale.", "Kenya", "OLF: Oromo Liberation Front", 2),
        ("The Oromo Liberation Front denied the abduction.", "Ethiopia", "OLF: Oromo Liberation Front", 2),
        ("Imbonerakure beat up a man in Gitega.", "Burundi", "Imbonerakure", 3),
        ("The CNL denied the charges in Ngozi.", "Burundi", "CNL: National Congress for Freedom", None),
    ],
)
def test_rebels_militias_and_parties_of_the_horn_and_the_great_lakes(
    registry: ActorRegistry, text: str, country: str, name: str, inter: int | None
) -> None:
    mention = first(registry, text, country, date(2020, 5, 1))
    assert (mention.name, mention.inter) == (name, inter)


def test_pro_leader_forces_are_the_leaders_state_forces(registry: ActorRegistry) -> None:
    mention = first(registry, "pro-Hadi forces repelled an attack", "Yemen", date(2020, 5, 1))
    assert (mention.name, mention.inter) == ("Military Forces of Yemen (2012-2022)", 1)


def test_houthis_are_coded_as_state_forces_once_they_govern(registry: ActorRegistry) -> None:
    before = first(registry, "Houthi rebels attacked Aden", "Yemen", date(2015, 5, 1))
    after = first(registry, "pro-Houthi forces assaulted a trader", "Yemen", date(2020, 5, 1))
    assert (before.name, before.inter) == ("Houthi Movement", 2)
    assert (after.name, after.inter) == ("Military Forces of Yemen (2016-) Supreme Political Council", 1)
    assert after.ties == []  # the coding rule is not a tie to show


def test_forces_of_a_de_facto_state_are_state_forces_on_its_territory(registry: ActorRegistry) -> None:
    mention = first(registry, "military forces of Artsakh fired at positions", "Azerbaijan", date(2020, 4, 27))
    assert (mention.name, mention.inter) == ("Military Forces of Artsakh (2007-2020)", 1)
    assert first(registry, "military forces of Artsakh fired", "Armenia", date(2020, 4, 27)).inter == 8


def test_unnamed_attackers_after_a_community_are_its_militia(registry: ActorRegistry) -> None:
    assert found(registry, "Turkana attackers killed five herders.", "Kenya")[0] == (
        "Turkana attackers",
        "Turkana Ethnic Militia (Kenya)",
        4,
    )
    assert found(registry, "On Monday gunmen killed two.", "Kenya")[0][1] == "Unidentified Armed Group (Kenya)"
    assert found(registry, "Ethnic militias burned homes.", "Kenya")[0][1:] == (
        "Unidentified Communal Militia (Kenya)",
        4,
    )


def test_plural_demonym_is_the_articles_salient_armed_group(registry: ActorRegistry, seed_text: str) -> None:
    mentions = [
        m for m in registry.find(seed_text, country="SYR", event_date=date(2015, 4, 1)) if m.text == "Palestinians"
    ]
    assert mentions and all(m.actor_id == "aknaf-beit-al-maqdis" and m.kind == "coref" for m in mentions)


def test_plural_demonym_without_a_salient_group_stays_a_people(registry: ActorRegistry) -> None:
    text = (
        "Hamas fired rockets. Islamic Jihad fired rockets. Hamas and Islamic Jihad said the Palestinians would resist."
    )
    assert not [m for m in registry.find(text, country="Palestine") if m.text == "Palestinians"]
    assert all(
        m.kind != "coref" for m in registry.find("The Philippines said the talks failed.", country="Philippines")
    )


def test_state_word_before_a_force_noun_is_the_article_state(registry: ActorRegistry) -> None:
    mention = first(registry, "members of the regime's air force intelligence opened fire", "Syria", date(2020, 5, 9))
    assert (mention.text, mention.name, mention.inter) == (
        "regime's air force",
        "Military Forces of Syria (2000-2024)",
        1,
    )


def test_militias_made_part_of_the_armed_forces_are_state_forces_from_that_date(registry: ActorRegistry) -> None:
    before = first(registry, "the PMF retook Tikrit", "Iraq", date(2015, 4, 1))
    after = first(registry, "the PMF carried out an operation against IS", "Iraq", date(2020, 5, 5))
    assert (before.name, before.inter) == ("PMF: Popular Mobilization Forces", 3)
    assert (after.name, after.inter) == ("Military Forces of Iraq (2018-2020) Popular Mobilization Forces", 1)


@pytest.mark.parametrize(
    ("text", "country", "name", "inter"),
    [
        ("the IRGC sealed off al-Bukamal", "Syria", "Military Forces of Iran (2013-2021)", 8),
        ("Security Belt forces attacked", "Yemen", "Military Forces of Yemen (2012-2022) Security Belt Forces", 1),
        ("Southern Resistance forces shelled Islah positions", "Yemen", "Southern Resistance", 3),
        ("Dyck Advisory Group helicopters fired", "Mozambique", "Dyck Advisory Group", 8),
        # state forces and armed groups by the acronyms news uses (supplement, public record)
        ("SSPDF soldiers burned a cattle camp.", "South Sudan", "Military Forces of South Sudan (2011-)", 1),
        ("SPLA troops entered Yei.", "South Sudan", "Military Forces of South Sudan (2011-)", 1),
        ("NAS rebels ambushed a convoy.", "South Sudan", "NAS: National Salvation Front", 2),
        ("NDS forces raided a hideout.", "Afghanistan", "Military Forces of Afghanistan (2014-2021)", 1),
        ("ALP members were ambushed.", "Afghanistan", "Police Forces of Afghanistan (2014-2021)", 1),
        (
            "General Command of Police Special Units raided a compound.",
            "Afghanistan",
            "Police Forces of Afghanistan (2014-2021)",
            1,
        ),
        ("UPDF soldiers crossed the border.", "Uganda", "Military Forces of Uganda (1986-)", 1),
        ("Malian Armed Forces repelled the attack.", "Mali", "Military Forces of Mali (2013-2020)", 1),
        ("The FDS killed ten insurgents.", "Mozambique", "Military Forces of Mozambique (2015-2025)", 1),
        ("The FDS killed ten insurgents.", "Niger", "Military Forces of Niger (2011-2021)", 1),
        ("ISF units cleared the village.", "Iraq", "Military Forces of Iraq (2018-2020)", 1),
        ("CRPF personnel were hit by an IED.", "India", "Police Forces of India (2014-)", 1),
        ("Jaish-e-Mohammed militants attacked a camp.", "India", "JeM: Jaish-e-Mohammed", 2),
        ("PNP officers shot a suspect.", "Philippines", "Police Forces of the Philippines (2016-2022)", 1),
        (
            "MONUSCO peacekeepers patrolled Beni.",
            "DRC",
            "MONUSCO: United Nations Organization Stabilization Mission in the Democratic Republic of Congo",
            8,
        ),
        ("Barkhane forces struck a convoy.", "Mali", "Military Forces of France (2017-)", 8),
        ("CJTF members repelled the raid.", "Nigeria", "CJTF: Civilian Joint Task Force", 3),
        ("FAES officers killed two men.", "Venezuela", "Police Forces of Venezuela (2013-)", 1),
        ("GSU officers dispersed the crowd.", "Kenya", "Police Forces of Kenya (2013-2022)", 1),
        ("Puntland Dervish forces attacked a base.", "Somalia", "Military Forces of Somalia (2017-2022)", 1),
        ("JWS shelled the village.", "Syria", "Syrian National Army", 2),
        ("Turkish-backed factions looted the crops.", "Syria", "Syrian National Army", 2),
        # a country word before a weapon, craft or soldier noun: that country's military
        ("Saudi shelling killed two farmers.", "Yemen", "Military Forces of Saudi Arabia (2015-)", 8),
        ("Israeli airstrikes hit Gaza City.", "Palestine", "Military Forces of Israel (2009-2021)", 8),
        ("Turkish drones struck a car.", "Iraq", "Military Forces of Turkey (2002-)", 8),
        ("Russian fighter jets bombed Idlib.", "Syria", "Military Forces of Russia (2000-)", 8),
        ("Afghan gunships pounded the hideouts.", "Afghanistan", "Military Forces of Afghanistan (2014-2021)", 1),
        ("A regime sniper shot a farmer.", "Syria", "Military Forces of Syria (2000-2024)", 1),
        ("Govt forces clashed with militants.", "Somalia", "Military Forces of Somalia (2017-2022)", 1),
        # unnamed gangs: an Unidentified Gang in Latin America and the Caribbean, elsewhere an armed group
        ("Gang members shot a bus driver.", "Mexico", "Unidentified Gang (Mexico)", 3),
        ("Hitmen killed a shopkeeper.", "Brazil", "Unidentified Gang (Brazil)", 3),
        ("A criminal group set fire to a bar.", "Honduras", "Unidentified Gang (Honduras)", 3),
        ("A gang of robbers attacked a shop.", "Kenya", "Unidentified Armed Group (Kenya)", 3),
        # guards hired to protect a site or a person: private security forces, inter 8
        ("A security guard shot a man outside the bank.", "South Africa", "Private Security Forces (South Africa)", 8),
        ("Private security guards beat up a vendor.", "Liberia", "Private Security Forces (Liberia)", 8),
        ("A watchman was killed by raiders at the farm.", "Kenya", "Private Security Forces (Kenya)", 8),
    ],
)
def test_more_state_forces_militias_and_contractors(
    registry: ActorRegistry, text: str, country: str, name: str, inter: int
) -> None:
    mention = first(registry, text, country, date(2020, 5, 1))
    assert (mention.name, mention.inter) == (name, inter)


def test_coalition_forces_where_no_known_coalition_fights_are_no_one(registry: ActorRegistry) -> None:
    assert found(registry, "Coalition forces withdrew from the base.", "Afghanistan", date(2020, 5, 1)) == []


def test_intelligence_organization_is_no_fatah_militia(registry: ActorRegistry) -> None:
    names = [n for _, n, _ in found(registry, "the National Intelligence Organization said", "Turkey")]
    assert "Tanzim" not in names


@pytest.mark.parametrize(
    ("text", "span", "name"),
    [
        # possessives whose apostrophe the scraped text lost
        ("Assads forces shelled the village.", "Assads forces", "Military Forces of Syria"),
        ("Syrias army shelled the village.", "Syrias army", "Military Forces of Syria"),
        ("Russias Aerospace Forces struck the village.", "Russias Aerospace Forces", "Military Forces of Russia"),
        ("The Syrian armys air force struck the village.", "Syrian armys", "Military Forces of Syria"),
    ],
)
def test_a_possessive_that_lost_its_apostrophe_still_names_the_owner(
    registry: ActorRegistry, text: str, span: str, name: str
) -> None:
    assert [(m.text, m.name.split(" (")[0]) for m in registry.find(text, country="Syria")] == [(span, name)]


# (guards: a name + "s" that is a word or a name of its own stays one)
@pytest.mark.parametrize("text", ["Frances said the village was shelled.", "Fans in Guineas and jerseys cheered."])
def test_a_name_plus_s_that_is_a_word_of_its_own_is_no_possessive(registry: ActorRegistry, text: str) -> None:
    assert registry.find(text, country="Syria") == []


def test_the_us_led_international_coalition_is_the_global_coalition(registry: ActorRegistry) -> None:
    mention = first(registry, "Aircraft of the US-led international coalition struck the village.", "Syria")
    assert mention.name == "Global Coalition Against Daesh"
