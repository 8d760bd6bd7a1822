"""resolve_date: weekdays, relative phrases, explicit dates, precision, and never after publication."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.dates import resolve_date

THURSDAY = date(2015, 4, 2)  # the seed's publication date

CASES = [
    ("on Wednesday", THURSDAY, date(2015, 4, 1), 1),
    ("Wednesday", THURSDAY, date(2015, 4, 1), 1),
    ("on Thursday", THURSDAY, date(2015, 4, 2), 1),  # same weekday: the same day, not a week back
    ("Thursday night", THURSDAY, date(2015, 4, 2), 1),
    ("on Friday", THURSDAY, date(2015, 3, 27), 1),
    ("since Friday", THURSDAY, date(2015, 3, 27), 1),
    ("last Wednesday", THURSDAY, date(2015, 4, 1), 1),
    ("Sunday morning", THURSDAY, date(2015, 3, 29), 1),
    ("dawn Tuesday", THURSDAY, date(2015, 3, 31), 1),
    ("Tuesday, 31 March", THURSDAY, date(2015, 3, 31), 1),
    ("Wednesday seven", THURSDAY, date(2015, 4, 1), 1),  # NER's span of "on Wednesday seven of them children"
    ("yesterday", THURSDAY, date(2015, 4, 1), 1),
    ("today", THURSDAY, date(2015, 4, 2), 1),
    ("two days ago", THURSDAY, date(2015, 3, 31), 1),
    ("last week", THURSDAY, date(2015, 3, 26), 2),
    ("this week", THURSDAY, date(2015, 3, 30), 2),
    ("the past few days", THURSDAY, date(2015, 3, 30), 2),
    ("the weekend", THURSDAY, date(2015, 3, 28), 2),
    ("late March", THURSDAY, date(2015, 3, 21), 2),
    ("earlier this month", THURSDAY, date(2015, 4, 2), 3),  # the 15th is after publication
    ("in March", THURSDAY, date(2015, 3, 15), 3),  # a month alone: its middle
    ("last month", THURSDAY, date(2015, 3, 15), 3),
    ("March 2015", THURSDAY, date(2015, 3, 15), 3),
    ("last September", THURSDAY, date(2014, 9, 15), 3),
    ("in April", date(2015, 4, 10), date(2015, 4, 10), 3),  # never after publication
    ("on 30 December", THURSDAY, date(2014, 12, 30), 1),  # 'current_period' would say 2015-12-30
    ("9 May 2020", date(2020, 5, 12), date(2020, 5, 9), 1),
    ("May 9, 2020", date(2020, 5, 12), date(2020, 5, 9), 1),
    ("On 9 May 2020", date(2020, 5, 12), date(2020, 5, 9), 1),
    ("Around 9 May 2020 (as reported)", date(2020, 5, 12), date(2020, 5, 9), 1),
    ("the night of 3-4 May", date(2020, 5, 12), date(2020, 5, 3), 1),
    ("9 May 2020", None, date(2020, 5, 9), 1),
    ("on August 10 and 11", date(2017, 8, 12), date(2017, 8, 10), 1),  # not 10 August 2011
    ("from September 24th - 26th", date(2018, 9, 26), date(2018, 9, 24), 1),  # not 1926
    ("26th - 27th", date(2008, 1, 28), date(2008, 1, 26), 1),
    ("on December 14th or 15th", date(2018, 12, 16), date(2018, 12, 14), 1),
    ("in mid-March", THURSDAY, date(2015, 3, 15), 2),
    ("during the middle of September", date(2018, 9, 30), date(2018, 9, 15), 2),
    ("late March", THURSDAY, date(2015, 3, 21), 2),
    ("between 25th and 26th of Sep.", date(2019, 9, 27), date(2019, 9, 25), 1),
    ("on or before September 3rd", date(2019, 9, 5), date(2019, 9, 3), 1),
    ("on the 12th", date(2017, 8, 20), date(2017, 8, 12), 1),  # a day with no month: not December
    ("the 30th", date(2017, 3, 12), date(2017, 1, 30), 1),  # February has no 30th
    ("at the weekend", date(2014, 8, 16), date(2014, 8, 16), 2),  # a Saturday report: this weekend
    ("at the weekend", date(2014, 8, 20), date(2014, 8, 16), 2),
    ("last weekend", date(2014, 8, 16), date(2014, 8, 9), 2),  # a Saturday report: the one before
    ("05/03", date(2017, 3, 5), date(2017, 3, 5), 1),  # day/month: the reading nearest publication
    ("12/05/2017", date(2017, 5, 20), date(2017, 5, 12), 1),
    ("11/30", date(2017, 12, 2), date(2017, 11, 30), 1),  # only month/day is a date
]


@pytest.mark.parametrize(("expr", "published", "expected", "precision"), CASES)
def test_resolve_date_gives_day_and_acled_precision(
    expr: str, published: date | None, expected: date, precision: int
) -> None:
    resolved = resolve_date(expr, published)
    assert resolved is not None
    assert (resolved.date, resolved.precision) == (expected, precision)
    assert resolved.rule


@pytest.mark.parametrize(
    ("expr", "published"),
    [
        ("3 April 2015", THURSDAY),  # after publication
        ("on April 3rd", THURSDAY),  # a day after publication is a slip, not 3 April 2014
        ("between 10 and 15", THURSDAY),  # a count
        ("+ 1", THURSDAY),  # "4 dead + 1": no month, no day name, no slashes
        ("on Wednesday", None),  # relative, no anchor
        ("last week", None),
        ("2014", THURSDAY),  # a year is no ACLED date
        ("10 days", THURSDAY),  # a duration
        ("the past four years", THURSDAY),
        ("the 1990s", THURSDAY),
        ("7-year-old", THURSDAY),
        ("", THURSDAY),
    ],
)
def test_resolve_date_refuses_future_durations_years_and_unanchored_relatives(
    expr: str, published: date | None
) -> None:
    assert resolve_date(expr, published) is None


def test_a_weekday_is_never_more_than_a_week_before_publication() -> None:
    for name in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"):
        resolved = resolve_date(f"on {name}", THURSDAY)
        assert resolved is not None
        assert 0 <= (THURSDAY - resolved.date).days < 7
        assert resolved.date.strftime("%A") == name
