"""Numbers: quantities with their qualifiers, and counts of people killed, injured, at risk..."""

from frontlines.numbers.counts import Count, CountKind, Mention, find_counts
from frontlines.numbers.quantity import Quantity, parse_quantity

__all__ = ["Count", "CountKind", "Mention", "Quantity", "find_counts", "parse_quantity"]
