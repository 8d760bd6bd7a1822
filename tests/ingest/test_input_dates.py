"""Publication dates as inputs write them."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.ingest import parse_published


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2015-04-02", date(2015, 4, 2)),
        ("2015-04-01T23:30:00+03:00", date(2015, 4, 1)),
        ("2015-04-01T14:32:00Z", date(2015, 4, 1)),
        ("2015/4/1", date(2015, 4, 1)),
        ("9-May-20", date(2020, 5, 9)),
        ("09-05-2020", date(2020, 5, 9)),
        ("09.05.2020", date(2020, 5, 9)),
        ("4/5/2017", date(2017, 4, 5)),
        ("12/31/99", date(1999, 12, 31)),
        ("9 May 2020", date(2020, 5, 9)),
        ("May 9, 2020", date(2020, 5, 9)),
        ("Sept 9 2020", date(2020, 9, 9)),
        ("Wed, 01 Apr 2015 14:32:00 +0000", date(2015, 4, 1)),
    ],
)
def test_parse_published_reads_common_forms(value: str, expected: date) -> None:
    assert parse_published(value) == expected


def test_slashes_are_month_first_and_dashes_day_first() -> None:
    assert parse_published("4/5/2017") == date(2017, 4, 5)
    assert parse_published("4-5-2017") == date(2017, 5, 4)


@pytest.mark.parametrize("value", ["", "yesterday", "13/13/2020", "2015-02-30", "9 Mayo 2020"])
def test_parse_published_rejects_non_dates_naming_the_accepted_forms(value: str) -> None:
    with pytest.raises(ValueError, match="accepted forms"):
        parse_published(value)
