"""Communities (communities.tsv) and communal violence: identity militias, inter 4 (ACLED codebook),
and the place or people uses of a community's name that are no militia. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.actors import ActorRegistry, load_registry
from frontlines.settings import Settings


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> ActorRegistry:
    return load_registry(settings=Settings(cache_dir=tmp_path_factory.mktemp("cache")))


def found(registry: ActorRegistry, text: str, country: str = "KEN") -> list[tuple[str, str, int | None]]:
    return [(m.text, m.name, m.inter) for m in registry.find(text, country=country, event_date=date(2016, 3, 1))]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a community's name that acts, or names armed men, is its militia
        ("Samburu raided a manyatta at night.", [("Samburu", "Samburu Ethnic Militia (Kenya)", 4)]),
        (
            "The Gabra and Borana fought on Monday.",
            [("Gabra", "Gabra Ethnic Militia (Kenya)", 4), ("Borana", "Borana Ethnic Militia (Kenya)", 4)],
        ),
        ("Members of the Orma tribe burnt huts.", [("Orma tribe", "Orma Ethnic Militia (Kenya)", 4)]),
        # a community's youths: its people, typed by what they do (see the events' tests)
        ("Kalenjin youths burnt huts.", [("Kalenjin youths", "Kalenjin Ethnic Militia (Kenya)", 4)]),
        # (the herders they fire at are their own community's people: civilians as a target, see roles)
        (
            "Ajuran clansmen fired at herders.",
            [
                ("Ajuran clansmen", "Ajuran Clan Militia (Kenya)", 4),
                ("herders", "Unidentified Communal Militia (Kenya)", 4),
            ],
        ),
        # in another country the community's militia takes the article's country
        ("Fulani gunmen stormed the village.", [("Fulani gunmen", "Fulani Ethnic Militia (Nigeria)", 4)]),
    ],
)
def test_a_community_that_acts_is_its_militia(registry: ActorRegistry, text: str, expected: list) -> None:
    assert [f for f in found(registry, text, "NGA" if "Fulani" in text else "KEN") if f[2] == 4] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Two people were shot near Lake Turkana.",
        "Bandits struck in West Pokot on Sunday.",
        "The attack happened in Samburu at dawn.",
        "Samburu County officials counted the dead.",
        "Tourists left the Maasai Mara early.",
    ],
)
def test_a_community_name_used_for_a_place_is_no_actor(registry: ActorRegistry, text: str) -> None:
    assert [f for f in found(registry, text) if f[2] == 4] == []


def test_people_of_a_community_are_those_people(registry: ActorRegistry) -> None:
    assert found(registry, "Raiders shot two Turkana fishermen.") == [
        ("Raiders", "Unidentified Communal Militia (Kenya)", 4),
        ("fishermen", "Civilians (Kenya)", 7),
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ethnic clashes left three dead.", "Unidentified Communal Militia (Kenya)"),
        ("Tribal violence flared again.", "Unidentified Communal Militia (Kenya)"),
        ("Inter-clan clashes displaced 300 families.", "Unidentified Clan Militia (Kenya)"),
        ("Cattle rustlers drove off 200 goats.", "Unidentified Communal Militia (Kenya)"),
        ("Rival ethnic groups fought over water.", "Unidentified Communal Militia (Kenya)"),
        # a descriptor before the militia word names no community
        ("Ongoing ethnic violence displaced 300 families.", "Unidentified Communal Militia (Kenya)"),
        ("Renewed clan clashes left two dead.", "Unidentified Clan Militia (Kenya)"),
        ("Fresh ethnic clashes left two dead.", "Unidentified Communal Militia (Kenya)"),
        ("Post-election ethnic violence displaced 300 families.", "Unidentified Communal Militia (Kenya)"),
        ("Anti-government tribal clashes left two dead.", "Unidentified Communal Militia (Kenya)"),
    ],
)
def test_communal_violence_unnamed_is_by_communal_militias(registry: ActorRegistry, text: str, name: str) -> None:
    assert found(registry, text)[0][1:] == (name, 4)


@pytest.mark.parametrize(
    "text", ["Security officers rounded up traders.", "County askaris confiscated goods.", "Security personnel fired."]
)
def test_security_officers_and_askaris_are_state_forces(registry: ActorRegistry, text: str) -> None:
    assert found(registry, text)[0][1:] == ("Police Forces of Kenya (2013-2022)", 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Armed militias from the Garre clan attacked the wells.",
            ("militias from the Garre", "Garre Ethnic Militia (Kenya)"),
        ),
        ("Gunmen of the Pokot community stole cattle.", ("Gunmen of the Pokot", "Pokot Ethnic Militia (Kenya)")),
        ("Communal militiamen burned huts.", ("Communal militiamen", "Unidentified Communal Militia (Kenya)")),
    ],
)
def test_armed_men_from_a_community_are_its_militia(registry: ActorRegistry, text: str, expected: tuple) -> None:
    militias = [f for f in found(registry, text) if f[2] == 4]
    assert [(t, n) for t, n, _ in militias] == [expected]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # herders, pastoralists and land invaders with no community named: an unidentified communal militia
        ("Herders attacked a village at dawn.", "Unidentified Communal Militia (Kenya)"),
        ("Armed pastoralists torched two homes.", "Unidentified Communal Militia (Kenya)"),
        ("Land invaders burnt a farmhouse.", "Unidentified Communal Militia (Kenya)"),
        # bandits are an armed group unless their sentence names cattle, grazing, land or a community
        ("Bandits stole 200 goats and shot a boy.", "Unidentified Communal Militia (Kenya)"),
        ("Bandits robbed a bus on the highway.", "Unidentified Armed Group (Kenya)"),
    ],
)
def test_pastoral_raiders_are_communal_militias(registry: ActorRegistry, text: str, name: str) -> None:
    assert [m.name for m in registry.find(text, country="KEN")] == [name]


def test_herders_killed_by_raiders_are_their_peoples_and_the_raiders_a_militia(registry: ActorRegistry) -> None:
    mentions = registry.find("Two herders were killed by bandits who stole their cattle.", country="KEN")
    assert [(m.text, m.category, m.rule.endswith("+community")) for m in mentions] == [
        ("herders", "community", True),
        ("bandits", "militia", False),
    ]


@pytest.mark.parametrize(
    ("text", "country"),
    [
        # a tie, a quantity or an organisation's letters before "militias" names no community
        ("US-backed militias attacked the village.", "SYR"),
        ("Iranian-trained militias shelled the town.", "SYR"),
        ("Most militias withdrew from the town.", "SYR"),
        ("PM militias raided the market.", "IRQ"),
    ],
)
def test_a_word_that_is_no_community_makes_no_ethnic_militia(registry: ActorRegistry, text: str, country: str) -> None:
    [(_, name, inter)] = found(registry, text, country)
    assert "Ethnic Militia" not in name and inter == 3


def test_fateh_al_sham_is_the_nusra_front_not_fatah(registry: ActorRegistry) -> None:
    # Jabhat al-Nusra's name from 2016, spelt with "Fatah" as often as "Fateh"
    for text in ("Fighters of Fatah al-Sham shelled the town.", "The Jabhat Fatah al-Sham front said."):
        assert [name for _, name, _ in found(registry, text, "SYR")] == ["Jabhat al-Nusra"]
