"""Numbers: quantities with their qualifiers, and counts of people killed, injured, at risk..."""

from frontlines.numbers.counts import BACKGROUND_PREPOSITIONS, UNREALISED, Count, CountKind, Mention, find_counts
from frontlines.numbers.quantity import Quantity, parse_quantity

__all__ = [
    "BACKGROUND_PREPOSITIONS",
    "UNREALISED",
    "Count",
    "CountKind",
    "Mention",
    "Quantity",
    "find_counts",
    "parse_quantity",
]
