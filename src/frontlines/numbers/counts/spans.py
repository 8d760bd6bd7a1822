"""Number phrases in a parsed document: where a number and its qualifier begin and end, and the
numbers that count no one (dates, money, units, "no one")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontlines.dates.resolve import MONTHS
from frontlines.numbers.counts.words import _NUMBER_WORDS, _is_number, _not_count_words
from frontlines.numbers.quantity import qualifier_prefixes, vague_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Entity labels whose numbers are never head counts.
NOT_COUNT_LABELS = frozenset({"MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
#: Labels the sm model also puts on head counts ("Between 10 and 15 people"): kept when the number
#: modifies a noun that is not itself a time word.
TIME_LABELS = frozenset({"DATE", "TIME"})
#: Longest qualifier phrase, in tokens, looked for before a number.
MAX_QUALIFIER_TOKENS = 4
_RANGE_JOINERS = frozenset({"to", "or", "-", "–", "and"})


def _number_span(doc: Doc, i: int) -> tuple[int, int] | None:
    """Token range [start, end) of the number phrase starting at token i, with qualifier words."""
    end = i + 1
    while end < len(doc) and (
        _continues_number(doc[end - 1], doc[end])
        or (doc[end].text in {"-", "and"} and end + 1 < len(doc) and doc[end + 1].like_num)
        or (doc[end].lower_ in _RANGE_JOINERS and end + 1 < len(doc) and _is_number(doc[end + 1]))
    ):
        end += 1
    of_phrase = f"{doc[i:end].text.lower()} of {doc[end + 1].lower_}" if end + 1 < len(doc) else ""
    if end < len(doc) and doc[end].lower_ == "of" and of_phrase in vague_words():
        end += 2  # "tens of thousands"
    return _with_prefix(doc, i), end


def _continues_number(last: Token, token: Token) -> bool:
    """ "one hundred", "twenty three", "1.2 million"; not "2016 Four" (a year, then a count)."""
    if not _is_number(token):
        return False
    if last.lower_ in _RANGE_JOINERS:  # "Seventy-six", "10 and 15" (the joiner was taken already)
        return True
    return token.lower_ in _NUMBER_WORDS or (token.is_alpha and last.is_alpha)


def _with_prefix(doc: Doc, i: int) -> int:
    sent_start = doc[i].sent.start
    for width in range(MAX_QUALIFIER_TOKENS, 0, -1):
        start = i - width
        if start < sent_start:
            continue
        words = doc[start:i].text.lower()
        if words in qualifier_prefixes() or words == "between" or f"{words} {doc[i].lower_}" in vague_words():
            return start
    return i


#: Animals, never people: "shot dead a camel", "killing livestock".
ANIMAL_NOUNS = frozenset({"goat", "cattle", "cow", "camel", "sheep", "donkey", "livestock", "animal"})
#: What a number may count that is no people ("killed 15 livestock", "200 head of cattle").
ANIMALS = ANIMAL_NOUNS | {"head"}
#: Buildings and vehicles a number may count ("30 houses razed", "two cars torched"): never people.
STRUCTURES = frozenset(
    {"house", "home", "hut", "homestead", "building", "shop", "stall", "structure", "vehicle", "car", "truck"}
)
#: Words of a school year before its number: "a form four student", "standard eight pupils".
SCHOOL_YEARS = frozenset({"form", "grade", "standard", "class", "year"})
#: "a father of four", "a mother of two": the number counts children, not people of the event.
PARENTS = frozenset({"father", "mother", "parent"})


def _excluded(doc: Doc, start: int, end: int, root: Token) -> bool:
    if any(t.ent_type_ in NOT_COUNT_LABELS for t in doc[start:end]):
        # "5 km", "$3 million": the unit is in the entity; "1 TMF fighter" (the model's QUANTITY
        # "1 TMF") counts a noun outside it
        counted = root.head if root.dep_ == "nummod" else None
        if counted is None or counted.pos_ != "NOUN":
            return True
        # the model also calls "3 TMF fighters" a QUANTITY: a noun that is no unit is counted
        if counted.ent_type_ in NOT_COUNT_LABELS and (
            counted.ent_type_ != "QUANTITY" or {counted.lower_, counted.lemma_.lower()} & _not_count_words()
        ):
            return True
    before = doc[start - 1] if start > 0 else None
    # a number after a day and its month is no part of the date, unless it is the year: "12 Sep. 4
    # killed", "01 Oct. 7 people", not "6 May 2020"
    year = _is_year(doc[start])
    of_day = start > 2 and doc[start - 2].lower_ == "of" and _is_day(doc[start - 3])
    day = start > 1 and (_is_day(doc[start - 2]) or of_day)
    after_a_date = _is_month(before) and day and not year  # also "26th of Sep. two people killed"
    if any(t.ent_type_ in TIME_LABELS for t in doc[start:end]) and not after_a_date:
        head = root.head
        counts_a_noun = root.dep_ == "nummod" and head.pos_ == "NOUN" and head.ent_type_ not in TIME_LABELS
        if not counts_a_noun or head.lower_ in _not_count_words():
            return True
    after = doc[end] if end < len(doc) else None
    if after is not None:
        if after.lower_ in _not_count_words():
            return True
        if after.text == "-" and end + 1 < len(doc) and doc[end + 1].lower_ in _not_count_words():
            return True
    if _is_month(after):  # "9 May", "12 Sep."
        return True
    if _is_month(before) and not after_a_date:  # "May 9"
        return True
    if year and before is not None and _is_day(before) and start > 1 and _is_month(doc[start - 2]):
        return True  # "Published November 17 2017 A car bomb killed ...": the year of a date without commas
    if after is not None and _NUMERIC_DATE.match(after.text):
        return True  # "Sputnik 2159 18.05.2017": a byline's time of day before its date
    if any(t.text == "URL" for t in doc[max(0, start - 2) : start]):
        return True  # "Get short URL 0 612": a page's share counters
    if before is not None and before.lower_ == "no" and doc[start].lower_ == "one":
        return True  # "no one was killed": nobody
    if before is not None and before.lower_ == "as" and doc[start].lower_ in ("many", "few"):
        # "aimed at killing as many people as possible": a comparison, no one counted
        return any(t.lower_ == "as" for t in doc[end : min(end + 3, len(doc))])
    if after is not None and after.lemma_.lower() in ANIMALS | STRUCTURES and after.dep_ != "compound":
        return True  # "killed two goats", "32 sheep were killed", "30 houses razed"; not "six cattle thieves"
    if before is not None and before.lower_ == "of" and start > 1 and doc[start - 2].lemma_.lower() in PARENTS:
        return True  # "a father of four was killed": his children are no count
    if before is not None and before.lower_ in SCHOOL_YEARS and after is not None and after.pos_ == "NOUN":
        return True  # "a form four student", "Grade 3 pupils": a school year
    return before is not None and before.text in {"$", "£", "€", "#", "No.", "no."}


#: A date written in figures: "18.05.2017", "18/05/2017".
_NUMERIC_DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
#: A day of the month written as an ordinal: "26th".
_ORDINAL_DAY = re.compile(r"\d{1,2}(?:st|nd|rd|th)")


def _is_year(token: Token) -> bool:
    """A year written in figures: "2014"."""
    return len(token.text) == 4 and token.text.isdigit()


def _is_day(token: Token) -> bool:
    """A day of the month: "12", "26th"."""
    return token.like_num or _ORDINAL_DAY.fullmatch(token.lower_) is not None


def _is_month(token: Token | None) -> bool:
    return token is not None and token.is_title and token.lower_.rstrip(".") in MONTHS


def _span_root(doc: Doc, start: int, end: int) -> Token:
    numeric = [t for t in doc[start:end] if _is_number(t) and not start <= t.head.i < end]
    if numeric:
        return numeric[0]
    outside = [t for t in doc[start:end] if not start <= t.head.i < end]
    return outside[0] if outside else doc[end - 1]


def _is_vague_number_noun(doc: Doc, i: int) -> bool:
    """ "a number of", "an unknown number of": "number" with a vague-word prefix, before "of"."""
    token = doc[i]
    if token.lower_ != "number" or i + 1 >= len(doc) or doc[i + 1].lower_ != "of":
        return False
    return _with_prefix(doc, i) < i
