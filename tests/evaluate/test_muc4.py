"""MUC-4: reading texts and answer keys (alternatives, '?', OPTIONAL), and the document scorer."""

from __future__ import annotations

from datetime import date

import pytest
from _kit import FIXTURES, coded, event

from frontlines.evaluate.items import Filler
from frontlines.evaluate.muc4 import (
    lenient_match,
    match_fillers,
    muc4_items,
    muc4_type,
    score_muc4,
    sentence_case,
    strict_match,
)

MUC = FIXTURES / "muc4"


@pytest.fixture(scope="module")
def items():
    return {i.item_id: i for i in muc4_items(MUC)}


def test_messages_are_paired_with_their_keys(items):
    assert sorted(items) == ["DEV-MUC3-0001", "DEV-MUC3-0002", "DEV-MUC3-0004"]
    assert items["DEV-MUC3-0002"].gold.templates == []
    assert items["DEV-MUC3-0002"].stratum == "irrelevant"


def test_dateline_gives_the_date_and_is_cut_from_the_text(items):
    first = items["DEV-MUC3-0001"].article
    assert first.published == date(1990, 1, 3)
    assert first.text.startswith("The arce battalion command has reported that about 50 peasants")
    assert "[" not in first.text[:20]


def test_keys_keep_alternatives_optional_fillers_and_effects(items):
    kidnapping, attack = items["DEV-MUC3-0001"].gold.templates
    assert kidnapping.incident_types == ("KIDNAPPING",)
    assert kidnapping.perp_orgs == [Filler(alternatives=("FARABUNDO MARTI NATIONAL LIBERATION FRONT", "FMLN"))]
    assert kidnapping.hum_targets == [Filler(alternatives=("PEASANTS",))]
    assert attack.phys_targets == [Filler(alternatives=("LAS CANAS BRIDGE",))]
    (optional,) = items["DEV-MUC3-0004"].gold.templates
    assert optional.optional
    assert all(f.optional for f in optional.hum_targets)
    assert optional.hum_targets[0].alternatives == ("MONSIGNOR",)  # the ': "NAME"' cross-reference is dropped
    assert {f.alternatives for f in optional.effects} == {("DEATH",)}


def test_sentence_case_restores_sentence_starts():
    assert sentence_case("THREE SOLDIERS DIED. A BOMB WENT OFF.") == "Three soldiers died. A bomb went off."


def test_string_matching_strict_and_lenient():
    assert strict_match("the FMLN", "FMLN")
    assert not strict_match("FMLN guerrillas", "FMLN")
    assert lenient_match("FMLN guerrillas", "FMLN")
    assert not lenient_match("FMLNX", "FMLN")


def test_each_gold_filler_is_matched_once_and_optional_misses_are_free():
    gold = [
        Filler(alternatives=("FMLN", "FARABUNDO MARTI NATIONAL LIBERATION FRONT")),
        Filler(alternatives=("ARMY",), optional=True),
    ]
    assert match_fillers(["FMLN", "Farabundo Marti National Liberation Front", "police"], gold, strict_match) == (
        1,
        2,
        0,
    )
    assert match_fillers([], gold, strict_match) == (0, 0, 1)


def test_acled_types_read_as_muc_incident_types():
    assert muc4_type(event("Remote explosive/landmine/IED", "Explosions/Remote violence")) == "BOMBING"
    assert muc4_type(event("Abduction/forced disappearance", "Violence against civilians")) == "KIDNAPPING"
    assert muc4_type(event("Peaceful protest", "Protests")) is None
    text = "Rebels set fire to the town hall."
    arson = event(
        "Looting/property destruction", "Strategic developments", text, spans={"sub_event_type": ["set fire"]}
    )
    assert muc4_type(arson) == "ARSON"
    loot = event(
        "Looting/property destruction",
        "Strategic developments",
        "Troops looted shops.",
        spans={"sub_event_type": ["looted"]},
    )
    assert muc4_type(loot) == "ROBBERY"


def test_scorer_credits_types_fillers_effects_and_penalises_events_on_irrelevant_texts(items):
    text = items["DEV-MUC3-0001"].article.text
    kidnap = event(
        "Abduction/forced disappearance",
        "Violence against civilians",
        text,
        actor1="Farabundo Marti National Liberation Front",
        actor2="Civilians (El Salvador)",
        spans={"actor2": ["peasants"]},
    )
    clash = event("Armed clash", "Battles", text, fatalities=3, spans={"actor1": ["terrorists"]})
    stray = event("Armed clash", "Battles")
    report = score_muc4(
        [
            coded(items["DEV-MUC3-0001"], kidnap, clash),
            coded(items["DEV-MUC3-0002"], stray),
            coded(items["DEV-MUC3-0004"]),
        ],
        "muc4-sample",
    )
    # KIDNAPPING and ATTACK found (recall 1); the stray ATTACK on the irrelevant text is a false positive
    assert report.metric("incident type F1").value == pytest.approx(0.8)
    assert report.metric("irrelevant texts with an event").value == 1.0
    perp = report.metric("perpetrator org (strict) F1")
    assert perp.value == pytest.approx(2 / 3)  # FMLN found; "terrorists" is a wrong filler
    # "peasants" (the span behind actor2) found; the name "Civilians (El Salvador)" is not used
    # when a span exists; National Guard units missed: P 1, R 1/2
    assert report.metric("human target (strict) F1").value == pytest.approx(2 / 3)
    assert report.metric("effect DEATH F1").value == 0.0  # deaths claimed where the key has none


def perpetrator_note(items, *events) -> str:
    """The strict perpetrator metric's note ("P ... R ...") for ``events`` coded from message 0001."""
    report = score_muc4([coded(items["DEV-MUC3-0001"], *events)], "muc4-sample")
    return report.metric("perpetrator org (strict) F1").note


@pytest.mark.parametrize(
    "how",
    [
        # the codebook's default: no words of the text name it, its evidence is the event word
        {"defaults": {"actor1": ["kidnapped"]}},
        # read from words of the text ("terrorists"): MUC-4 keeps armed men it does not name for the
        # perpetrator individual (slot 9), not the organisation (slot 10)
        {"spans": {"actor1": ["terrorists"]}, "inter1": 3},
    ],
    ids=["default", "unnamed"],
)
def test_an_unidentified_armed_group_fills_no_perpetrator_organisation(items, how):
    text = items["DEV-MUC3-0001"].article.text
    named = event("Armed clash", "Battles", text, actor1="Farabundo Marti National Liberation Front")
    unnamed = event(
        "Abduction/forced disappearance",
        "Violence against civilians",
        text,
        actor1="Unidentified Armed Group (El Salvador)",
        **how,
    )
    assert perpetrator_note(items, named, unnamed).startswith("P 1.000 R 1.000")


def test_only_events_that_read_as_incidents_fill_slots(items):
    text = items["DEV-MUC3-0001"].article.text
    named = event("Armed clash", "Battles", text, actor1="Farabundo Marti National Liberation Front")
    # soldiers who arrest someone are no perpetrator of a terrorist incident: an arrest is no template
    arrest = event("Arrests", "Strategic developments", text, actor1="Military Forces", spans={"actor1": ["battalion"]})
    assert perpetrator_note(items, named, arrest).startswith("P 1.000 R 1.000")


def test_the_names_of_one_perpetrator_are_one_filler(items):
    text = items["DEV-MUC3-0001"].article.text
    # one actor named twice, in full and by its acronym, across two events: one filler, matched once
    full = event(
        "Abduction/forced disappearance",
        "Violence against civilians",
        text,
        actor1="FMLN",
        spans={"actor1": ["farabundo marti national liberation front"]},
    )
    short = event("Armed clash", "Battles", text, actor1="FMLN", spans={"actor1": ["fmln"]})
    assert perpetrator_note(items, full, short).startswith("P 1.000 R 1.000")
