"""WikiEvents and RAMS argument gold with the role-filler scorer; UCDP headlines with the place scorer."""

from __future__ import annotations

from datetime import date

import pytest
from _kit import FIXTURES, coded, event

from frontlines.evaluate.arguments import head_word, rams_items, role_class, score_arguments, wikievents_items
from frontlines.evaluate.ucdp import score_ucdp, ucdp_items


@pytest.mark.parametrize(
    ("span", "head"),
    [
        ("members of the Afghan security forces", "members"),
        ("the Taliban", "taliban"),
        ("Islamic State fighters, who fled", "fighters"),
        ("Kandahar", "kandahar"),
        ("", ""),
    ],
)
def test_head_word_is_the_last_word_before_a_post_modifier(span, head):
    assert head_word(span) == head


def test_role_classes_follow_the_ontologies():
    assert role_class("Life.Die.Unspecified", "Killer") == "attacker"
    assert role_class("conflict.attack.airstrikemissilestrike", "target") == "target"
    assert role_class("life.die.nonviolentdeath", "victim") is None
    assert role_class("Contact.Contact.Broadcast", "Communicator") is None


def test_wikievents_fillers_gather_heads_over_coreference():
    doc, other = wikievents_items(FIXTURES / "wikievents" / "dev.jsonl")
    fillers = {(f.role, f.heads) for f in doc.gold.fillers}
    assert ("attacker", ("fighters", "taliban")) in fillers  # 'fighters' is coreferent with 'Taliban'
    assert ("victim", ("soldiers",)) in fillers and ("target", ("soldiers",)) in fillers
    assert ("attacker", ("police",)) in fillers  # the Jailer of the arrest
    assert doc.gold.has_conflict_event and not other.gold.has_conflict_event


def test_argument_scorer_matches_evidence_heads_per_role():
    doc, other = wikievents_items(FIXTURES / "wikievents" / "dev.jsonl")
    text = doc.article.text
    bombing = event(
        "Remote explosive/landmine/IED",
        "Explosions/Remote violence",
        text,
        spans={"actor1": ["The Taliban"], "actor2": ["two soldiers"], "location": ["Kandahar"]},
    )
    report = score_arguments([coded(doc, bombing), coded(other)], "wikievents", "wikievents")
    attacker = report.metric("attacker F1")
    # gold attackers: the Taliban cluster and the police; we found the first
    assert attacker.value == pytest.approx(2 * 1.0 * 0.5 / 1.5)
    assert report.metric("victim recall").value == pytest.approx(0.5)  # soldiers yes, the suspect no
    assert report.metric("target recall").value == 1.0
    assert report.metric("place F1").value == 1.0  # Kandahar and 'the city' are one entity
    assert report.metric("conflict texts with an event").value == 1.0
    assert report.metric("event rate: texts of other event types").value == 0.0


def test_rams_examples_read_as_argument_gold():
    attack, sale = rams_items(FIXTURES / "rams_dev.jsonlines")
    assert {(f.role, f.heads) for f in attack.gold.fillers} == {
        ("attacker", ("militants",)),
        ("target", ("base",)),
        ("place", ("mosul",)),
    }
    assert attack.article.text.startswith("Militants fired rockets")
    assert not sale.gold.has_conflict_event and sale.gold.fillers == []


def test_ucdp_items_join_headlines_and_pick_a_plausible_publication_date():
    items = list(ucdp_items(FIXTURES / "ucdp_ged_sample.csv"))
    assert len(items) == 4
    first, _, _, multi = items
    assert first.article.published == date(2016, 1, 1)  # the source says 2015-01-01: a year off, not used
    assert first.article.country is None
    assert multi.article.text.count("\n") == 1
    assert (multi.gold.best, multi.gold.low, multi.gold.high) == (28, 28, 28)
    assert multi.gold.admin1 == "Idlib Governorate"


def test_ucdp_scorer_compares_place_and_deaths():
    items = list(ucdp_items(FIXTURES / "ucdp_ged_sample.csv"))
    multi = items[3]
    near = event(
        "Air/drone strike",
        "Explosions/Remote violence",
        country="Syria",
        admin1="Idlib",
        latitude=36.19,
        longitude=36.72,
        fatalities=28,
    )
    report = score_ucdp([coded(multi, near), coded(items[0])], "ucdp")
    assert report.metric("country accuracy").value == 0.5
    assert report.metric("admin1 accuracy").value == 0.5  # "Idlib" = "Idlib Governorate"
    assert report.metric("within 10 km").value == 0.5
    assert report.metric("deaths = best").value == 0.5
    assert report.metric("events missed").value == 0.5
    assert report.errors[0].field == "event"


def test_an_attacker_the_codebook_supplied_is_no_argument():
    doc, _ = wikievents_items(FIXTURES / "wikievents" / "dev.jsonl")
    text = doc.article.text
    named = event(
        "Remote explosive/landmine/IED", "Explosions/Remote violence", text, spans={"actor1": ["The Taliban"]}
    )
    unnamed = event("Armed clash", "Battles", text, defaults={"actor1": ["arrested"]})
    report = score_arguments([coded(doc, named, unnamed)], "wikievents", "wikievents")
    assert report.metric("attacker F1").note.startswith("P 1.000")  # the default's event word is no filler
