"""parse_quantity: qualifiers, ranges, vague words, digits and number words."""

from __future__ import annotations

import pytest

from frontlines.numbers import Quantity, parse_quantity

CASES = [
    ("as many as six", Quantity(6, None, 6, "up_to")),
    ("As many as six", Quantity(6, None, 6, "up_to")),
    ("up to 40", Quantity(40, None, 40, "up_to")),
    ("At least 12", Quantity(12, 12, None, "at_least")),
    ("no fewer than 9", Quantity(9, 9, None, "at_least")),
    ("More than 150", Quantity(150, 150, None, "more_than")),
    ("over 325", Quantity(325, 325, None, "more_than")),
    ("Nearly 2,000", Quantity(2000, None, None, "about")),
    ("some 3,500", Quantity(3500, None, None, "about")),
    ("an estimated 5,000", Quantity(5000, None, None, "about")),
    ("between 10 and 15", Quantity(10, 10, 15, "range")),
    ("10 to 15", Quantity(10, 10, 15, "range")),
    ("10-15", Quantity(10, 10, 15, "range")),
    ("two or three", Quantity(2, 2, 3, "range")),
    ("tens", Quantity(10, None, None, "vague")),
    ("Dozens", Quantity(12, None, None, "vague")),
    ("hundreds", Quantity(100, None, None, "vague")),
    ("tens of thousands", Quantity(10000, None, None, "vague")),
    ("several", Quantity(3, None, None, "vague")),
    ("a few", Quantity(3, None, None, "vague")),
    ("a dozen", Quantity(12, 12, 12, "exact")),
    ("Twenty-three", Quantity(23, 23, 23, "exact")),
    ("one hundred and five", Quantity(105, 105, 105, "exact")),
    ("1,200", Quantity(1200, 1200, 1200, "exact")),
    ("1.2 million", Quantity(1_200_000, 1_200_000, 1_200_000, "exact")),
    ("a", Quantity(1, 1, 1, "exact")),
    ("12 or more", Quantity(12, 12, None, "at_least")),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parse_quantity_reads_qualifier_and_value(text: str, expected: Quantity) -> None:
    assert parse_quantity(text) == expected


@pytest.mark.parametrize("text", ["", "people", "5.5", "the camp"])
def test_parse_quantity_returns_none_without_a_head_count(text: str) -> None:
    assert parse_quantity(text) is None


def test_range_value_is_the_low_end_by_acleds_conservative_rule() -> None:
    quantity = parse_quantity("between 20 and 30")
    assert quantity is not None and quantity.value == quantity.low == 20 and quantity.high == 30
