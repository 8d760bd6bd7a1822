"""Extra toponym spans that spaCy's NER misses, found with two patterns and the gazetteer.

1. A capitalised name followed by a site or admin word: "Yarmouk camp", "Douma district".
2. A capitalised name after a locative preposition: "in Jobar", "near Harasta".

A candidate is kept only if the gazetteer holds the name, it is not in ``not_places.tsv`` and it
does not overlap a span the caller already has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from frontlines.datafiles import data_path, read_tsv
from frontlines.places.gazetteer import Gazetteer
from frontlines.places.normalize import normalize_name
from frontlines.places.words import place_words

NOT_PLACES = "places/not_places.tsv"
#: Shorter keys ("al", "as") are articles or abbreviations far more often than places.
MIN_KEY_LENGTH = 3
_WORD = r"[A-Z][\w'‘’ʼ\-]{2,}"
# al-/el- with a hyphen or a space; the assimilated forms (an-, as-, at-...) lower case only with a
# hyphen, so English "an", "as", "at" never start a name
_ARTICLE = r"(?:(?:[Aa]l|[Ee]l)[-\s]|(?:a[dnrstz]|ash)-|(?:A[dnrstz]|Ash)[-\s])"
_NAME = rf"{_ARTICLE}?{_WORD}(?:\s+{_ARTICLE}?{_WORD}){{0,3}}"
_CONTAINER = re.compile(rf"\s*(?:,|\()\s*(?P<name>{_NAME})")


@cache
def _not_places() -> frozenset[str]:
    return frozenset(normalize_name(row["word"]) for _, row in read_tsv(data_path(NOT_PLACES), ("word",)))


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = place_words()
    trailing = sorted(set(words.admin_level) | words.site | {"countryside"}, key=len, reverse=True)
    preps = sorted(words.prep, key=len, reverse=True)
    with_word = re.compile(rf"\b(?P<name>{_NAME})\s+(?P<word>{'|'.join(map(re.escape, trailing))})\b")
    after_prep = re.compile(rf"\b(?:{'|'.join(map(re.escape, preps))})\s+(?:the\s+)?(?P<name>{_NAME})")
    return with_word, after_prep


def find_extra_spans(
    text: str,
    gazetteer: Gazetteer,
    known: list[tuple[int, int]],
    anchors: Sequence[tuple[int, int]] = (),
) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, label)`` the patterns find and the gazetteer knows; label says which pattern.

    ``anchors`` are the place spans already found: a name after one of them and a comma or an
    opening parenthesis is its container ("Watamu, Kilifi", "Hagarsu (Mandera)"), even where NER
    called it a person or an organisation.
    """
    found: list[tuple[int, int, str]] = []
    taken = list(known)
    with_word, after_prep = _patterns()
    for match in with_word.finditer(text):
        start, end = match.start("name"), match.end("word")
        full = normalize_name(match.group(0))
        if _is_known(match.group("name"), gazetteer) or gazetteer.has_key(full):
            _add(found, taken, (start, end, "matcher:name+word"))
    for match in after_prep.finditer(text):
        span = _longest_known(text, match.start("name"), match.group("name"), gazetteer)
        if span is not None:
            _add(found, taken, (*span, "matcher:after_preposition"))
    queue = sorted([*anchors, *((s, e) for s, e, _ in found)])
    while queue:
        _, end = queue.pop(0)
        container = _CONTAINER.match(text, end)
        span = _longest_known(text, container.start("name"), container.group("name"), gazetteer) if container else None
        if span is not None and _add(found, taken, (*span, "matcher:container")):
            queue.append(span)
    return sorted(found)


def _is_known(name: str, gazetteer: Gazetteer) -> bool:
    key = normalize_name(name)
    return len(key) >= MIN_KEY_LENGTH and key not in _not_places() and gazetteer.has_key(key)


def _longest_known(text: str, start: int, name: str, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The longest leading run of words of ``name`` that the gazetteer knows."""
    words = list(re.finditer(r"\S+", name))
    for count in range(len(words), 0, -1):
        end = words[count - 1].end()
        if _is_known(name[:end], gazetteer):
            return start, start + end
    return None


def _add(found: list[tuple[int, int, str]], taken: list[tuple[int, int]], span: tuple[int, int, str]) -> bool:
    start, end, _ = span
    if all(end <= s or start >= e for s, e in taken):
        found.append(span)
        taken.append((start, end))
        return True
    return False
