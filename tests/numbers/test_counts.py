"""find_counts on one-line annotated cases from real news text (FA-KES, the seed, WikiEvents).

Tags name the kind: fat (killed), inj (injured), risk (at_risk), arr (arrested), kid (kidnapped),
disp (displaced); ``best`` is the value to code and ``qual`` its qualifier. Every count of those
kinds in the sentence must be annotated, and every annotation found.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.numbers import find_counts
from helpers import parse_annotated

KINDS = {
    "fat": "killed",
    "inj": "injured",
    "risk": "at_risk",
    "arr": "arrested",
    "kid": "kidnapped",
    "disp": "displaced",
}

CASES = [
    line
    for line in (Path(__file__).parent / "count_cases.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]

NOT_COUNTS = [
    "A 7-year-old boy was hit by a 155mm shell on 3 May 2020 at 5 pm.",
    "The reconstruction will cost $5 million, or 20 percent of the budget.",
    "Gunmen killed a soldier",  # one victim via the article, checked below as the only killed count
]


def _expected(line: str) -> tuple[str, set[tuple[int, int, str, int, str]]]:
    text, annotations = parse_annotated(line)
    return text, {(a.start, a.end, KINDS[a.tag], int(a.attrs["best"]), a.attrs["qual"]) for a in annotations}


@pytest.mark.parametrize("line", CASES)
def test_count_kind_value_and_qualifier_match_annotation(nlp, line: str) -> None:
    text, expected = _expected(line)
    found = {
        (c.start, c.end, c.kind, c.quantity.value, c.quantity.qualifier)
        for c in find_counts(nlp(text))
        if c.kind != "other"
    }
    assert found == expected


@pytest.mark.parametrize("text", NOT_COUNTS[:2])
def test_ages_calibres_dates_times_money_and_percentages_are_not_counts(nlp, text: str) -> None:
    assert find_counts(nlp(text)) == []


def test_killer_is_not_counted_but_the_victim_is(nlp) -> None:
    counts = find_counts(nlp("Three gunmen killed a soldier near Mandera."))
    assert [(c.kind, c.quantity.value, c.subject.text if c.subject else None) for c in counts] == [
        ("other", 3, "gunmen"),
        ("killed", 1, "soldier"),
    ]


def test_armed_people_shooting_at_something_are_no_one_hurt(nlp) -> None:
    # the parser reads "individuals shot at a car wash" as a passive relative; armed people fire
    text = "On 4 May, in the town centre, at least three armed individuals shot at a car wash."
    assert [c.kind for c in find_counts(nlp(text))] == ["other"]
    # guard: people shot at a place are its victims
    assert [c.kind for c in find_counts(nlp("Three people shot at a party were taken to hospital."))] == ["injured"]


def test_seed_counts_separate_deaths_injuries_and_people_at_risk(nlp, seed_text: str) -> None:
    counts = [c for c in find_counts(nlp(seed_text)) if c.quantity.value in (6, 17, 3500, 18000)]
    assert {(c.kind, c.quantity.value) for c in counts} == {
        ("killed", 6),
        ("injured", 17),
        ("at_risk", 3500),
        ("at_risk", 18000),
    }
    killed = next(c for c in counts if c.kind == "killed")
    assert (killed.cue.text, killed.subject.text, killed.text) == ("killed", "people", "As many as six")
    assert seed_text[killed.sentence[0] : killed.sentence[1]].startswith("As many as six people")


def test_a_bylines_time_before_its_date_is_no_count(nlp) -> None:
    text = (
        "Daesh Attacks Deir ez-Zor With Rockets Kill 3 Civilians - Reports Sputnik Mikhail Voskresenskiy Middle "
        "East 2159 18.05.2017 Militants attacked the city on Thursday with rocket shells."
    )
    assert 2159 not in {c.quantity.value for c in find_counts(nlp(text))}


def test_a_pages_share_counters_are_no_count(nlp) -> None:
    text = "16.04.2017 Get short URL 0 612 A woman and a child were killed after shells hit the square."
    assert 612 not in {c.quantity.value for c in find_counts(nlp(text))}
