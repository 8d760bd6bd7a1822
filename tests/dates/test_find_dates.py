"""find_dates on annotated sentences from real news text, each with its publication date."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from frontlines.dates import find_dates
from helpers import parse_annotated

CASES = [
    line
    for line in (Path(__file__).parent / "date_cases.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@pytest.mark.parametrize("case", CASES)
def test_every_annotated_date_and_nothing_else_is_found(nlp, case: str) -> None:
    published, line = case.split(" | ", 1)
    text, expected = parse_annotated(line)
    found = find_dates(nlp(text), date.fromisoformat(published))
    assert len(found) == len(expected), [m.text for m in found]
    for want in expected:
        match = [m for m in found if _overlaps((m.start, m.end), (want.start, want.end))]
        assert match, f"no date found over {want.text!r}"
        assert (match[0].date.isoformat(), match[0].precision) == (
            want.attrs["value"],
            int(want.attrs["precision"]),
        )
        assert text[match[0].start : match[0].end] == match[0].text


def test_seed_wednesday_is_the_day_before_publication(nlp, seed_text: str) -> None:
    mentions = find_dates(nlp(seed_text), date(2015, 4, 2))
    assert [(m.text, m.date, m.precision) for m in mentions] == [("Wednesday", date(2015, 4, 1), 1)]


def test_without_publication_date_only_absolute_dates_resolve(nlp) -> None:
    doc = nlp("On Wednesday, a day after the 9 May 2020 attack, clashes resumed.")
    assert [(m.date, m.precision) for m in find_dates(doc, None)] == [(date(2020, 5, 9), 1)]


def test_a_month_before_the_span_and_a_count_after_it(nlp) -> None:
    doc = nlp("On Aug 2nd 2019, residents rioted in the town.")
    assert [m.date for m in find_dates(doc, date(2019, 8, 5))] == [date(2019, 8, 2)]
    doc = nlp("12 Sep. 4 killed by armed men in the village.")
    assert [m.date for m in find_dates(doc, date(2019, 9, 14))] == [date(2019, 9, 12)]


def test_a_number_word_after_a_month_that_counts_a_plural_is_no_day(nlp) -> None:
    doc = nlp("In March two blasts went off near the cemetery.")
    assert [(m.date, m.precision) for m in find_dates(doc, date(2017, 4, 16))] == [(date(2017, 3, 15), 3)]
    doc = nlp("On Jan 30th residents blocked the road.")
    assert [(m.date, m.precision) for m in find_dates(doc, date(2017, 4, 16))] == [(date(2017, 1, 30), 1)]
    doc = nlp("On March two, gunmen struck the town.")
    assert [(m.date, m.precision) for m in find_dates(doc, date(2017, 4, 16))] == [(date(2017, 3, 2), 1)]
    # ... and after a month and its year
    doc = nlp("In March 2016 two blasts went off near the cemetery.")
    assert [(m.date, m.precision) for m in find_dates(doc, date(2017, 4, 16))] == [(date(2016, 3, 15), 3)]


def test_the_year_after_a_day_and_month_is_the_dates(nlp) -> None:
    # a byline's "Tuesday 20 Sep 2016": the year NER leaves out decides which 20 September
    doc = nlp("AFP Tuesday 20 Sep 2016 The air raids hit a convoy near the city.")
    assert [(m.text, m.date) for m in find_dates(doc, date(2016, 9, 25))] == [
        ("Tuesday 20 Sep 2016", date(2016, 9, 20))
    ]
    assert find_dates(doc, date(2016, 9, 5)) == []  # after publication: no date, not 20 September 2015
