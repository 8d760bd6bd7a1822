"""The actor registry on real sentences: aliases, composition, coreference, metonymy, dates, user files."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from frontlines.actors import ActorMention, ActorRegistry, is_metonymic, load_registry
from frontlines.errors import DataFileError
from frontlines.settings import Settings

SEED_DATE = date(2015, 4, 1)


@pytest.fixture(scope="module")
def registry(tmp_path_factory: pytest.TempPathFactory) -> ActorRegistry:
    return load_registry(settings=Settings(cache_dir=tmp_path_factory.mktemp("cache")))


def names(mentions: list[ActorMention]) -> list[str]:
    return [m.name for m in mentions]


def only(registry: ActorRegistry, text: str, **kwargs: object) -> ActorMention:
    mentions = registry.find(text, **kwargs)  # type: ignore[arg-type]
    assert len(mentions) == 1, [(m.text, m.name) for m in mentions]
    return mentions[0]


# -- the seed article ---------------------------------------------------------------------------


def test_seed_resolves_every_named_actor(registry: ActorRegistry, seed_text: str) -> None:
    found = {(m.text, m.name) for m in registry.find(seed_text, country="SYR", event_date=SEED_DATE)}
    for surface, name in [
        ("ISIS", "Islamic State"),
        ("ISIL", "Islamic State"),
        ("Islamic State", "Islamic State"),
        ("Aknaf Beit al-Maqdis", "Aknaf Beit al-Maqdis"),
        ("Syrian rebels", "Rebels (Syria)"),
        ("SOHR", "Syrian Observatory for Human Rights"),
        ("Syrian Observatory for Human Rights", "Syrian Observatory for Human Rights"),
        ("the Observatory", "Syrian Observatory for Human Rights"),
        ("AFP", "Agence France-Presse"),
        ("Agence France-Presse", "Agence France-Presse"),
        ("UNRWA", "UNRWA: United Nations Relief and Works Agency"),
        ("Palestine Liberation Organization", "Palestine Liberation Organization"),
    ]:
        assert (surface, name) in found, surface


def test_seed_coreference_finds_the_palestinian_group(registry: ActorRegistry, seed_text: str) -> None:
    mentions = {m.text: m for m in registry.find(seed_text, country="SYR", event_date=SEED_DATE)}
    for phrase in ("the Palestinian group", "the Hamas loyalist group"):
        assert mentions[phrase].kind == "coref"
        assert mentions[phrase].actor_id == "aknaf-beit-al-maqdis"
    assert mentions["Aknaf Beit al-Maqdis"].ties == ["loyal to Hamas"]


def test_a_coreference_phrase_stays_inside_its_sentence(registry: ActorRegistry) -> None:
    # the folded text has no full stops: "the road. The group" must not read as one noun phrase
    for text, phrase in (
        ("Hezbollah fighters moved near the Qusayr road. The group withdrew at night.", "The group"),
        ("Al Shabaab attacked the camp, the militants said in a statement.", "the militants"),
    ):
        coref = [m for m in registry.find(text, country="SYR") if m.kind == "coref"]
        assert [m.text for m in coref] == [phrase], text


def test_seed_sources_are_marked_as_sources(registry: ActorRegistry, seed_text: str) -> None:
    kinds = {m.text: m.kind for m in registry.find(seed_text, country="SYR", event_date=SEED_DATE)}
    assert kinds["SOHR"] == kinds["AFP"] == "source"
    assert kinds["Aknaf Beit al-Maqdis"] == "named"


def test_offsets_point_into_the_original_text(registry: ActorRegistry, seed_text: str) -> None:
    for mention in registry.find(seed_text, country="SYR", event_date=SEED_DATE):
        assert seed_text[mention.start : mention.end] == mention.text


# -- aliases -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "ISIS fighters attacked the town.",
        "ISIL claimed the attack.",
        "IS claimed the attack.",
        "Daesh claimed the attack.",
        "Da'esh claimed the attack.",
        "The Islamic State claimed the attack.",
        "Islamic State of Iraq and the Levant claimed it.",
    ],
)
def test_islamic_state_aliases_are_one_actor(registry: ActorRegistry, sentence: str) -> None:
    mention = only(registry, sentence)
    assert (mention.actor_id, mention.name, mention.inter) == ("islamic-state", "Islamic State", 2)


@pytest.mark.parametrize(
    "name",
    ["Islamic State in Iraq and the Levant", "Islamic State in Iraq and Levant", "Islamic State in Iraq and Syria"],
)
def test_the_long_name_with_in_is_the_group_as_a_whole(registry: ActorRegistry, name: str) -> None:
    # news also writes "in" for "of": the country in the name is the group's, not a place of its own
    mention = only(registry, f"Fighters of the {name} stormed a village near Raqqa.")
    assert mention.name == "Islamic State"
    assert mention.text.endswith(name)


def test_short_acronym_matches_only_in_capitals(registry: ActorRegistry) -> None:
    assert registry.find("This is what it is.") == []
    assert names(registry.find("He said IS was behind it.")) == ["Islamic State"]


def test_a_name_that_leads_with_its_acronym_is_known_by_either_part(registry: ActorRegistry) -> None:
    # "CV: Red Command": the acronym alone, in capitals only, and the long name
    assert names(registry.find("A CV member was stabbed in Sinop.", country="Brazil")) == ["CV: Red Command"]
    assert names(registry.find("The Red Command controls the hill.", country="Brazil")) == ["CV: Red Command"]
    assert registry.find("She sent her cv to the firm.", country="Brazil") == []


def test_central_american_street_gangs_are_gangs_not_rebels(registry: ActorRegistry) -> None:
    # Phoenix files MS-13 as a rebel group; ACLED's codebook counts such gangs as political militias
    gang = only(registry, "Members of the Mara Salvatrucha opened fire in the market.", country="SLV")
    assert (gang.name, gang.inter) == ("MS-13: Mara Salvatrucha", 3)
    rivals = registry.find("MS-13 gunmen shot a man they took for a Barrio 18 member.", country="SLV")
    assert names(rivals) == ["MS-13: Mara Salvatrucha", "Barrio-18"]


@pytest.mark.parametrize(
    "text",
    [
        "The Morazanist Patriotic Front (FPM) said that FPM commandos blew up poles.",
        # a text written in lower case: letters all among the name's initials
        "The morazanist patriotic front (fpm) said that fpm commandos blew up poles.",
    ],
)
def test_an_acronym_the_text_defines_names_its_actor_there(registry: ActorRegistry, text: str) -> None:
    mentions = registry.find(text, country="Honduras")
    assert [m.name for m in mentions] == ["Morazanist Patriotic Front"] * 2
    assert mentions[1].text.lower() == "fpm commandos"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Sendero Luminoso claimed the blast.", "Shining Path"),
        ("The MRTA claimed the attack.", "Tupac Amaru Revolutionary Movement"),
        ("The FMLN denied it.", "Farabundo Marti National Liberation Front"),
    ],
)
def test_latin_american_insurgents_go_by_their_spanish_names_and_acronyms(
    registry: ActorRegistry, text: str, expected: str
) -> None:
    assert names(registry.find(text)) == [expected]


def test_a_place_in_brackets_after_a_name_is_no_acronym(registry: ActorRegistry) -> None:
    text = "Al-Shabaab (Somalia) fighters attacked a base, and Somalia condemned the raid."
    assert names(registry.find(text, country="Kenya")).count("Al Shabaab") == 1


def test_spelling_variants_accents_and_articles(registry: ActorRegistry) -> None:
    for text in ("Aknaf Bayt al-Maqdis", "Aknaf Bait el-Maqdis", "AKNAF BEÏT AL MAQDIS", "Jaysh al-Islam"):
        assert registry.find(text)[0].actor_id in {"aknaf-beit-al-maqdis", "jaish-al-islam"}, text
    assert only(registry, "Hayat Tahrir ash-Sham took the town.").actor_id == "hts"


def test_islamic_jihad_is_palestinian_not_hezbollah(registry: ActorRegistry) -> None:
    assert only(registry, "Islamic Jihad fired rockets.").actor_id == "palestinian-islamic-jihad"


def test_one_word_alias_needs_a_capital(registry: ActorRegistry) -> None:
    assert registry.find("They chanted hamas-like slogans.") == []
    assert only(registry, "Hamas fired rockets.").actor_id == "hamas"


def test_hyphenated_names_match_in_any_case_and_absorb_their_agent_noun(registry: ActorRegistry) -> None:
    mention = only(registry, "Anti-Balaka militias attacked the town.", country="CAF")
    assert (mention.text, mention.name, mention.inter) == ("Anti-Balaka militias", "Anti-Balaka", 4)


def test_city_is_not_an_alias_of_its_country(registry: ActorRegistry) -> None:
    assert registry.find("Fighting continued in Aleppo and Kobani.") == []


# -- composition -------------------------------------------------------------------------------


def test_country_adjective_and_agent_compose(registry: ActorRegistry) -> None:
    assert only(registry, "Syrian rebels shelled the base.").name == "Rebels (Syria)"
    army = only(registry, "The Syrian army advanced.", event_date=SEED_DATE)
    assert (army.name, army.inter, army.kind) == ("Military Forces of Syria (2000-2024)", 1, "composed")
    police = only(registry, "Kenyan police fired tear gas.", event_date=date(2020, 5, 2))
    assert police.name == "Police Forces of Kenya (2013-2022)"
    assert police.rule == "compose:KEN+COP"


def test_a_dotted_abbreviation_of_a_country_composes_with_its_agent(registry: ActorRegistry) -> None:
    # "U.S. soldiers" are American, not the article country's (the hit stops before the last dot)
    when = date(2019, 5, 2)
    for text in ("U.S. soldiers were killed near the base.", "U.S. forces raided the compound."):
        assert only(registry, text, country="AFG", event_date=when).name.startswith(
            "Military Forces of the United States"
        )
    assert only(registry, "U.K. troops left the province.", country="AFG", event_date=when).name.startswith(
        "Military Forces of the United Kingdom"
    )


def test_a_country_word_before_planes_names_its_military(registry: ActorRegistry) -> None:
    mention = only(registry, "Syrian planes bombed the market.", event_date=SEED_DATE)
    assert mention.name == "Military Forces of Syria (2000-2024)"
    assert only(registry, "Russian war planes struck the town.", country="SYR", event_date=SEED_DATE).name.startswith(
        "Military Forces of Russia"
    )
    assert registry.find("A plane crashed near the airport.", country="KEN") == []


def test_leaders_forces_and_phoenix_state_institutions_take_state_names(registry: ActorRegistry) -> None:
    for text in ("Assad's forces advanced.", "Assad forces shelled the town."):
        mention = only(registry, text, country="SYR", event_date=SEED_DATE)
        assert (mention.name, mention.inter) == ("Military Forces of Syria (2000-2024)", 1), text


def test_bare_agents_take_the_article_country(registry: ActorRegistry) -> None:
    mentions = registry.find(
        "Gunmen shot two residents; protesters and rioters gathered and villagers fled.",
        country="Kenya",
        event_date=date(2020, 5, 2),
    )
    assert [(m.name, m.inter, m.kind) for m in mentions] == [
        ("Unidentified Armed Group (Kenya)", 3, "agent"),
        ("Civilians (Kenya)", 7, "agent"),
        ("Protesters (Kenya)", 6, "agent"),
        ("Rioters (Kenya)", 5, "agent"),
        ("Civilians (Kenya)", 7, "agent"),
    ]


def test_people_named_by_trade_status_or_faith_are_civilians(registry: ActorRegistry) -> None:
    # the victims of an act, named by what they do or are, not by a side
    for text in (
        "Gunmen kidnapped three engineers near the dam.",
        "Two priests and a nun were shot dead at the mission.",
        "A businessman was abducted outside his shop.",
        "The blast wounded four pupils and a teenager.",
    ):
        mentions = registry.find(text, country="COL", event_date=date(2020, 5, 2))
        civilians = [m for m in mentions if m.inter == 7]
        assert civilians and all(m.name == "Civilians (Colombia)" for m in civilians), text


def test_people_who_protest_or_riot_are_protesters_or_rioters(registry: ActorRegistry) -> None:
    protest = only(registry, "Residents held a protest against the eviction.", country="KEN")
    riot = only(registry, "Traders rioted and torched a market stall.", country="KEN")
    assert (protest.name, protest.inter) == ("Protesters (Kenya)", 6)
    assert (riot.name, riot.inter) == ("Rioters (Kenya)", 5)


def test_people_who_suffer_or_are_busy_protesting_are_read_by_the_verb(registry: ActorRegistry) -> None:
    # the people hurt are no rioters, whoever attacked them later in the clause
    hurt = registry.find("Six people were injured when unidentified attackers attacked the village.", country="KEN")
    assert hurt[0].name == "Civilians (Kenya)"
    # "were protesting" is no passive
    assert only(registry, "Youths were protesting outside the courts.", country="KEN").name == "Protesters (Kenya)"
    # armed people are no crowd
    assert "Rioters (Kenya)" not in names(registry.find("Armed youths attacked a party meeting.", country="KEN"))


def test_a_protest_or_riot_implies_its_protesters_or_rioters(registry: ActorRegistry) -> None:
    assert names(registry.find("Large protests broke out in the capital.", country="KEN")) == ["Protesters (Kenya)"]
    assert names(registry.find("Riots in Nakuru over an unspecified issue.", country="KEN")) == ["Rioters (Kenya)"]
    farmers = registry.find("Farmers staged a demonstration to oppose the land sale.", country="KEN")
    assert [(m.text, m.name) for m in farmers] == [("Farmers", "Protesters (Kenya)")]


def test_supporters_of_a_named_actor_who_riot_are_rioters_associated_with_it(registry: ActorRegistry) -> None:
    mention = registry.find("NASA supporters pelted police with stones.", country="KEN", event_date=date(2017, 10, 1))[
        0
    ]
    assert (mention.text, mention.name, mention.inter) == ("NASA supporters", "Rioters (Kenya)", 5)
    assert mention.ties == ["associated with NASA: National Super Alliance"]


def test_protesters_who_turn_violent_are_rioters(registry: ActorRegistry) -> None:
    assert names(registry.find("Protesters threw stones at the governor's office.", country="KEN")) == [
        "Rioters (Kenya)"
    ]
    assert names(registry.find("Protesters were beaten by the crowd.", country="KEN")) == ["Protesters (Kenya)"]


def test_people_in_a_headlines_passive_are_not_rioters(registry: ActorRegistry) -> None:
    # a headline drops the "was": "Teacher attacked by raiders" tells of a victim, not a riot
    assert names(registry.find("Teacher attacked by raiders near the school", country="KEN"))[0] == "Civilians (Kenya)"
    assert names(registry.find("Journalist attacked for taking photos at the rally", country="KEN")) == [
        "Civilians (Kenya)"
    ]
    assert names(registry.find("Traders attacked a county officer", country="KEN")) == ["Rioters (Kenya)"]


def test_people_who_tell_are_sources(registry: ActorRegistry) -> None:
    mentions = registry.find(
        "Activists said ten civilians died. Residents told AFP the army shelled the town.", country="SYR"
    )
    assert [(m.text, m.kind) for m in mentions] == [
        ("Activists", "source"),
        ("civilians", "agent"),
        ("Residents", "source"),
        ("AFP", "source"),
        ("army", "agent"),
    ]


def test_people_attacked_stay_civilians(registry: ActorRegistry) -> None:
    mentions = registry.find("Villagers were attacked by a mob.", country="KEN")
    assert names(mentions) == ["Civilians (Kenya)", "Rioters (Kenya)"]


def test_agent_of_country_composes(registry: ActorRegistry) -> None:
    mention = only(registry, "Military forces of Azerbaijan fired on the hills.", country="AZE")
    assert (mention.text, mention.name, mention.inter) == (
        "Military forces of Azerbaijan",
        "Military Forces of Azerbaijan (2003-)",
        1,
    )


def test_identity_militias_are_named_after_their_community(registry: ActorRegistry) -> None:
    mentions = registry.find("Pokot raiders stole cattle; Garre clansmen retaliated. Herdsmen fled.", country="KEN")
    assert [(m.text, m.name, m.inter) for m in mentions] == [
        ("Pokot raiders", "Pokot Ethnic Militia (Kenya)", 4),
        ("Garre clansmen", "Garre Clan Militia (Kenya)", 4),
        ("Herdsmen", "Unidentified Communal Militia (Kenya)", 4),  # a side where they act, civilians if attacked
    ]
    assert names(registry.find("Militiamen attacked the village.", country="KEN")) == [
        "Unidentified Armed Group (Kenya)"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ugandan raiders crossed the border and stole cattle.",
            ("Ugandan raiders", "Unidentified Communal Militia (Uganda)"),
        ),
        (
            "South Sudanese tribesmen raided a village.",
            ("South Sudanese tribesmen", "Unidentified Communal Militia (South Sudan)"),
        ),
        (
            "Somali clan militia attacked a trading post.",
            ("Somali clan militia", "Unidentified Clan Militia (Somalia)"),
        ),
        ("Ethiopian militia shot two fishermen.", ("Ethiopian militia", "Unidentified Communal Militia (Ethiopia)")),
    ],
)
def test_a_country_word_before_a_militia_noun_is_its_country_not_a_community(
    registry: ActorRegistry, text: str, expected: tuple[str, str]
) -> None:
    mention = registry.find(text, country="KEN")[0]
    assert (mention.text, mention.name, mention.inter) == (*expected, 4)


@pytest.mark.parametrize("opener", ["One attacker", "Cattle herders", "Highway bandits"])
def test_a_sentence_opening_common_word_names_no_community(registry: ActorRegistry, opener: str) -> None:
    name = registry.find(f"{opener} killed two people near the river.", country="KEN")[0].name
    assert not name.startswith(opener.split()[0]), name


@pytest.mark.parametrize(
    "text",
    [
        "Nurses marched in Nelson Mandela Bay.",
        "Youths clashed on Raila Odinga Street.",
        "He died at Nelson Mandela Hospital.",
    ],
)
def test_a_place_named_after_a_person_is_no_mention_of_the_person(registry: ActorRegistry, text: str) -> None:
    assert not [m for m in registry.find(text, country="KEN") if m.category == "person"]
    # the person alone still is
    assert names(registry.find("Raila Odinga spoke in Kisumu.", country="KEN")) == ["Raila Odinga"]


def test_rangers_and_kenya_wildlife_service_are_state_forces(registry: ActorRegistry) -> None:
    mentions = registry.find("Bandits shot two game rangers of the Kenya Wildlife Service (KWS).", country="KEN")
    assert [(m.text, m.inter) for m in mentions] == [
        ("Bandits", 3),
        ("rangers of the Kenya Wildlife Service", 1),
        ("KWS", 1),
    ]
    assert {m.name for m in mentions[1:]} == {"Police Forces of Kenya (2022-)"}  # no date given: today's period


def test_state_forces_abroad_are_external_forces(registry: ActorRegistry) -> None:
    mention = only(registry, "Russian troops shelled the village.", country="UKR", event_date=date(2023, 1, 5))
    assert mention.name == "Military Forces of Russia (2000-)"
    assert mention.inter == 8


# -- coreference -------------------------------------------------------------------------------


def test_seed_indefinite_faction_points_forward_past_its_patron(registry: ActorRegistry, seed_text: str) -> None:
    mentions = registry.find(seed_text, country="SYR", event_date=SEED_DATE)
    lead = next(m for m in mentions if m.text == "a Palestinian faction")
    assert (lead.kind, lead.actor_id) == ("coref", "aknaf-beit-al-maqdis")
    assert "tie:hamas" in lead.rule
    fighters = next(m for m in mentions if m.text == "Palestinian fighters")
    assert fighters.actor_id == "aknaf-beit-al-maqdis"
    assert "salient-group" in fighters.rule


def test_indefinite_without_country_or_patron_stays_unresolved(registry: ActorRegistry) -> None:
    mentions = registry.find("A group attacked the base. Hamas denied it.")
    assert [(m.text, m.kind) for m in mentions] == [("Hamas", "named")]


def test_jihadists_refer_back_to_a_muslim_armed_group(registry: ActorRegistry) -> None:
    text = "Al-Shabaab attacked a base near the town. Police said the jihadists fled."
    mention = registry.find(text, country="KEN", event_date=date(2020, 5, 2))[-1]
    assert (mention.text, mention.kind, mention.actor_id) == ("the jihadists", "coref", "al-shabaab")


def test_coreference_needs_a_compatible_antecedent(registry: ActorRegistry) -> None:
    mentions = registry.find("Reuters reported clashes. The Palestinian group denied it.")
    assert [m.kind for m in mentions] == ["source"]


# -- metonymy ----------------------------------------------------------------------------------


def test_capital_as_subject_of_a_reporting_verb_is_the_government(registry: ActorRegistry) -> None:
    mention = only(registry, "Damascus said on Monday it would respond.", country="SYR", event_date=SEED_DATE)
    assert (mention.kind, mention.name, mention.inter) == ("metonym", "Government of Syria (2000-2024)", 1)
    kyiv = only(registry, "Kyiv accused Moscow of shelling.", country="UKR", event_date=date(2023, 1, 5))
    assert kyiv.name == "Government of Ukraine (2019-)"


def test_capital_of_a_country_not_in_the_story_is_not_a_government(registry: ActorRegistry) -> None:
    assert registry.find("Victoria said she would vote.", country="KEN") == []
    assert names(registry.find("Moscow said Russian troops withdrew.", country="UKR", event_date=date(2023, 1, 5)))[
        0
    ] == ("Government of Russia (2000-)")


def test_a_capital_in_capitals_opening_the_report_is_its_dateline_not_a_force(registry: ActorRegistry) -> None:
    # "BEIRUT Air strikes": the city the report was filed from, not "Beirut's air force"
    text = "BEIRUT Air strikes on a market in the city of Idlib killed at least 21 civilians on Sunday."
    assert "Military Forces of Lebanon" not in names(registry.find(text, country="SYR", event_date=SEED_DATE))
    # the capital written as a name still acts, and a headline set in capitals still names a force
    assert names(registry.find("Beirut Air Force jets flew over the border.", country="LBN"))
    headline = "SYRIAN ARMY RETAKES TOWN"
    assert names(registry.find(headline, country="SYR", event_date=SEED_DATE)) == [
        "Military Forces of Syria (2000-2024)"
    ]


def test_a_capital_that_reports_or_keeps_denying_is_its_government() -> None:
    text = "Moscow has repeatedly denied hitting civilians. Moscow reported gains. Moscow did not respond."
    starts = [i for i in range(len(text)) if text.startswith("Moscow", i)]
    assert all(is_metonymic(text, start, start + 6) for start in starts)
    assert not is_metonymic("Talks in Moscow did not end the war.", 9, 15)
    # a capital before "-backed" qualifies a force: "Washington-backed fighters" are no government
    assert not is_metonymic("Washington-backed fighters took the town.", 0, 10)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ankara sent more tanks to the border on Friday.", "Ankara"),
        ("Moscow launched its air campaign two years ago.", "Moscow"),
        ("Tehran has deployed advisers to the front.", "Tehran"),
        ("But Ankara is also seeking to contain the Kurdish fighters.", "Ankara"),
        ("Ankara sees the fighters as a threat.", "Ankara"),
    ],
)
def test_a_state_that_sends_or_launches_is_its_government(text: str, name: str) -> None:
    start = text.index(name)
    assert is_metonymic(text, start, start + len(name))


def test_a_place_told_of_in_the_passive_stays_a_place() -> None:
    # after "is" or "was", only a verb in "-ing" makes the place act
    for text in ("Kabul was planned as a garden city.", "Aleppo was shelled on Monday."):
        assert not is_metonymic(text, 0, 6 if text.startswith("Aleppo") else 5)


def test_a_groups_backer_is_not_the_group(registry: ActorRegistry) -> None:
    text = "The rebel-backer Qatar paid for the convoy, while rebels held the road."
    assert [(m.text, m.name) for m in registry.find(text) if m.name == "Rebels"] == [("rebels", "Rebels")]


def test_place_names_stay_places(registry: ActorRegistry) -> None:
    assert registry.find("Clashes broke out in Damascus and Homs.") == []


def test_is_metonymic_helper_for_the_places_code() -> None:
    text = "Officials in Damascus met. Damascus has denied the report."
    first, second = text.index("Damascus"), text.rindex("Damascus")
    assert not is_metonymic(text, first, first + 8)
    assert is_metonymic(text, second, second + 8)


def test_a_place_after_a_locative_preposition_is_no_metonym(registry: ActorRegistry) -> None:
    text = "Students in Nairobi protested on Monday. Residents near central Mogadishu said. Nairobi protested."
    first, second, third = text.index("Nairobi"), text.index("Mogadishu"), text.rindex("Nairobi")
    assert not is_metonymic(text, first, first + 7)
    assert not is_metonymic(text, second, second + 9)
    assert is_metonymic(text, third, third + 7)
    assert [m.kind for m in registry.find(text[:40], country="KEN")] == ["agent"]


def test_a_place_after_of_is_no_metonym() -> None:
    text = "Students at the University of Nairobi protested on Monday."
    start = text.index("Nairobi")
    assert not is_metonymic(text, start, start + 7)


# -- dates ------------------------------------------------------------------------------------


def test_date_bounded_names_follow_the_event_date(registry: ActorRegistry) -> None:
    text = "Kenyan police arrested him."
    assert only(registry, text, event_date=date(2010, 1, 1)).name == "Police Forces of Kenya (2002-2013)"
    assert only(registry, text, event_date=date(2023, 1, 1)).name == "Police Forces of Kenya (2022-)"
    assert only(registry, "The Syrian Arab Army advanced.", event_date=date(2025, 3, 1)).name == (
        "Military Forces of Syria (2024-)"
    )


def test_to_actor_carries_evidence(registry: ActorRegistry) -> None:
    actor = only(registry, "ISIL claimed the attack.").to_actor()
    assert actor.name == "Islamic State"
    assert actor.evidence[0].text == "ISIL"
    assert actor.evidence[0].rule == "alias:isil"


def test_country_argument_accepts_codes_and_names(registry: ActorRegistry) -> None:
    assert registry.country_code("KE") == registry.country_code("Kenya") == registry.country_code("KEN") == "KEN"
    assert registry.country_code("Syrian") == "SYR"
    assert registry.country_code("Atlantis") is None


def test_an_alias_without_a_letter_names_no_one(registry: ActorRegistry, tmp_path: Path) -> None:
    # Phoenix gives Recontra 380 the alias "380": a number in a text is no actor, in a built-in
    # dictionary or a user's
    assert "Recontra 380" not in names(registry.find("Over 380 police officers were deployed to the stadium."))
    user = tmp_path / "numbers.tsv"
    user.write_text(
        "id\tname\tinter\tcountry\tcameo\tkind\taliases\n"
        "unit-1905\tBrigade 1905\t3\tKEN\tKENREB\tmilitia\t1905|Brigade 1905\n",
        encoding="utf-8",
    )
    mine = load_registry([user], settings=Settings(cache_dir=tmp_path / "cache"))
    assert "Brigade 1905" not in names(mine.find("In 1905 the town had 400 houses."))
    assert only(mine, "Brigade 1905 raided the farm.").name == "Brigade 1905"


# -- user files and bad data ----------------------------------------------------------------------


def test_user_file_adds_and_overrides_actors(tmp_path: Path) -> None:
    user = tmp_path / "my_actors.tsv"
    user.write_text(
        "id\tname\tinter\tcountry\tcameo\tkind\taliases\n"
        "kwamba-militia\tKwamba Militia\t4\tKEN\tKENUAF\tmilitia\tKwamba boys|Kwamba\n"
        "islamic-state\tIS (user name)\t2\t\tIMG\trebel\tISIS\n",
        encoding="utf-8",
    )
    registry = load_registry([user], settings=Settings(cache_dir=tmp_path / "cache"))
    assert only(registry, "The Kwamba boys raided the farm.").name == "Kwamba Militia"
    assert only(registry, "ISIS claimed it.").name == "IS (user name)"
    assert list((tmp_path / "cache").glob("actors-*.pickle"))


def test_bad_user_row_names_file_and_line(tmp_path: Path) -> None:
    user = tmp_path / "bad.tsv"
    user.write_text("id\tname\tinter\nok\tGood Group\t2\nbad\tBad Group\t9\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"bad\.tsv:3: inter '9'"):
        load_registry([user], settings=Settings(cache_dir=tmp_path / "cache"))


def test_user_row_without_name_names_file_and_line(tmp_path: Path) -> None:
    user = tmp_path / "noname.tsv"
    user.write_text("# my actors\nid\tname\nx-group\t\n", encoding="utf-8")
    with pytest.raises(DataFileError, match=r"noname\.tsv:3: empty 'name'"):
        load_registry([user], settings=Settings(cache_dir=tmp_path / "cache"))


def test_cached_registry_gives_the_same_answers(tmp_path: Path, seed_text: str) -> None:
    from frontlines.actors.registry import _build

    first = _build((), tmp_path)
    second = _build((), tmp_path)
    assert len(list(tmp_path.glob("actors-*.pickle"))) == 1
    assert names(first.find(seed_text)) == names(second.find(seed_text))
