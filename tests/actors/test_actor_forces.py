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
    mention = first(registry, text, country, date(2024, 6, 1))
    assert (mention.text, mention.name, mention.inter) == (surface, name, 1 if country != "Azerbaijan" else 8)


@pytest.mark.parametrize(
    "text",
    [
        "Kurdish forces entered the town.",
        "Turkish-backed forces shelled it.",
        "They took the town by force.",
        "Coalition forces withdrew.",
    ],
)
def test_forces_with_an_unknown_owner_or_force_alone_are_not_the_state(registry: ActorRegistry, text: str) -> None:
    assert not [m for m in registry.find(text, country="Syria") if m.inter == 1]


def test_forces_loyal_to_someone_are_not_the_article_state(registry: ActorRegistry) -> None:
    assert found(registry, "Forces loyal to Haftar shelled Tripoli.", "Libya") == [
        ("Haftar", "Military Forces of Libya (2014-) Libyan National Army", 1)
    ]


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
    ("text", "country", "name"),
    [
        (
            "GNA forces attacked LNA positions.",
            "Libya",
            "Military Forces of Libya (2016-2021) Government of National Accord",
        ),
        ("LNA forces shot down a drone.", "Libya", "Military Forces of Libya (2014-) Libyan National Army"),
        ("The FARDC retook Kamango.", "DRC", "Military Forces of Democratic Republic of Congo (2019-)"),
        ("ANDSF repelled a Taliban attack.", "Afghanistan", "Military Forces of Afghanistan (2014-2021)"),
        ("Saudi-led coalition airstrikes hit Saada.", "Yemen", "Operation Restoring Hope"),
        ("QSD raided the camp.", "Syria", "SDF: Syrian Democratic Forces"),
    ],
)
def test_state_forces_and_coalitions_by_acronym_or_name(
    registry: ActorRegistry, text: str, country: str, name: str
) -> None:
    assert first(registry, text, country, date(2020, 5, 1)).name == name


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
    ],
)
def test_more_state_forces_militias_and_contractors(
    registry: ActorRegistry, text: str, country: str, name: str, inter: int
) -> None:
    mention = first(registry, text, country, date(2020, 5, 1))
    assert (mention.name, mention.inter) == (name, inter)
