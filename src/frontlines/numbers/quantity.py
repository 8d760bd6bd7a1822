"""Quantities as news reports them: "as many as six", "at least 12", "dozens", "10-15", "1.2 million".

``parse_quantity`` turns the words of one number span into a :class:`Quantity`. Qualifier phrases and
vague words come from data files (``data/numbers/qualifiers.tsv``, ``vague_words.tsv``); number words
go through number-parser; digits, commas and "million" are read here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Literal

from frontlines.datafiles import data_path, read_tsv

Qualifier = Literal["exact", "at_least", "more_than", "up_to", "about", "range", "vague"]

_MULTIPLIERS = {"thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "k": 1_000, "m": 1_000_000}
_GROUPS = {"dozen": 12, "score": 20}
_DIGITS = re.compile(r"^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$")
_RANGE_PATTERNS = (
    re.compile(r"^between (?P<a>.+?) (?:and|to) (?P<b>.+)$"),  # "between 2 to 4" also
    re.compile(r"^from (?P<a>.+?) to (?P<b>.+)$"),
    re.compile(r"^(?P<a>.+?) (?:to|or) (?P<b>.+)$"),
    re.compile(r"^(?P<a>[\d,.]+)\s*[-–—]\s*(?P<b>[\d,.]+)$"),
)
_ARTICLES = {"a", "an"}


@dataclass(frozen=True, slots=True)
class Quantity:
    """A reported number: ``value`` is what to code (ACLED's conservative reading); bounds where known.

    exact: low = high = value; at_least / more_than: low = value; up_to: high = value;
    range: low..high and value = low; about: no bounds; vague: value from the vague-word table.
    """

    value: int
    low: int | None
    high: int | None
    qualifier: Qualifier


@cache
def _qualifiers() -> tuple[dict[str, Qualifier], dict[str, Qualifier]]:
    prefix: dict[str, Qualifier] = {}
    suffix: dict[str, Qualifier] = {}
    path = data_path("numbers/qualifiers.tsv")
    for _, row in read_tsv(path, required=("phrase", "qualifier", "position")):
        table = prefix if row["position"] == "prefix" else suffix
        table[row["phrase"].lower()] = row["qualifier"]  # type: ignore[assignment]
    return prefix, suffix


@cache
def vague_words() -> dict[str, tuple[int, Qualifier]]:
    """Vague words and fixed number phrases -> (value, qualifier), from ``vague_words.tsv``."""
    path = data_path("numbers/vague_words.tsv")
    return {
        row["phrase"].lower(): (int(row["value"]), row["qualifier"])  # type: ignore[misc]
        for _, row in read_tsv(path, required=("phrase", "value", "qualifier"))
    }


def qualifier_prefixes() -> dict[str, Qualifier]:
    """Qualifier phrases that precede a number ("as many as" -> up_to)."""
    return _qualifiers()[0]


def _normalise(text: str) -> str:
    text = text.lower().replace("\u00a0", " ").strip(" \t\n.,;:()\"'“”‘’")
    text = re.sub(r"\s+", " ", text)
    return text[:-3] if text.endswith(" of") else text


def number_value(words: str) -> tuple[int, Qualifier] | None:
    """The value of a bare number phrase ("six", "1,200", "1.2 million", "dozens", "a") or None."""
    words = _normalise(words)
    if not words:
        return None
    if words in vague_words():
        return vague_words()[words]
    if words in _ARTICLES:
        return 1, "exact"
    parts = words.rsplit(" ", 1)
    multiplier = 1
    if len(parts) == 2 and parts[1] in _MULTIPLIERS and _DIGITS.match(parts[0]):
        words, multiplier = parts[0], _MULTIPLIERS[parts[1]]
    match = _DIGITS.match(words)
    if match:
        whole = int(match.group(1).replace(",", ""))
        fraction = match.group(2)
        if fraction and multiplier == 1:
            return None  # 5.5 is a measure, not a head count
        value = whole * multiplier
        if fraction:
            value += round(int(fraction) * multiplier / 10 ** len(fraction))
        return value, "exact"
    return _number_words(words)


@lru_cache(maxsize=4096)
def _number_words(words: str) -> tuple[int, Qualifier] | None:
    from number_parser import parse_number

    before, _, tail = words.partition(" of ")
    if tail and before in vague_words():  # "dozens of", "hundreds of thousands" handled by the table
        return vague_words()[before]
    head, _, unit = words.rpartition(" ")
    if unit in _GROUPS and head:  # "two dozen", "three score"
        counted = number_value(head)
        return (counted[0] * _GROUPS[unit], counted[1]) if counted else None
    value = parse_number(words, language="en")  # without it: language detection, 10 ms a call
    if value is None and words.startswith(("a ", "an ")):
        rest = words.split(" ", 1)[1]
        value = parse_number("one " + rest, language="en")
    if isinstance(value, int) and value >= 0:
        return value, "exact"
    return None


@cache
def _longest_first(position: str) -> tuple[str, ...]:
    table = qualifier_prefixes() if position == "prefix" else _qualifiers()[1]
    return tuple(sorted(table, key=len, reverse=True))


def _strip_prefix(words: str) -> tuple[str, Qualifier | None]:
    for phrase in _longest_first("prefix"):
        if words.startswith(phrase + " "):
            return words[len(phrase) + 1 :], qualifier_prefixes()[phrase]
    return words, None


def _strip_suffix(words: str) -> tuple[str, Qualifier | None]:
    suffixes = _qualifiers()[1]
    for phrase in _longest_first("suffix"):
        if words.endswith(" " + phrase):
            return words[: -len(phrase) - 1], suffixes[phrase]
    return words, None


def _range(words: str) -> Quantity | None:
    for pattern in _RANGE_PATTERNS:
        match = pattern.match(words)
        if not match:
            continue
        low, high = number_value(match.group("a")), number_value(match.group("b"))
        if low and high and low[0] <= high[0]:
            return Quantity(value=low[0], low=low[0], high=high[0], qualifier="range")
    return None


def parse_quantity(text: str) -> Quantity | None:
    """Read one number span with its qualifier; None when the words hold no number."""
    words = _normalise(text)
    words, qualifier = _strip_prefix(words)
    words, suffix_qualifier = _strip_suffix(words)
    qualifier = qualifier or suffix_qualifier
    ranged = _range(words)
    if ranged:
        return ranged
    parsed = number_value(words)
    if parsed is None:
        return None
    value, base = parsed
    if base == "vague" and qualifier in (None, "about"):
        return Quantity(value=value, low=None, high=None, qualifier="vague")
    return _qualified(value, qualifier or "exact")


def _qualified(value: int, qualifier: Qualifier) -> Quantity:
    if qualifier == "exact":
        return Quantity(value=value, low=value, high=value, qualifier="exact")
    if qualifier in ("at_least", "more_than"):
        return Quantity(value=value, low=value, high=None, qualifier=qualifier)
    if qualifier == "up_to":
        return Quantity(value=value, low=None, high=value, qualifier="up_to")
    return Quantity(value=value, low=None, high=None, qualifier=qualifier)
