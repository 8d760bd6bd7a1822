"""Find and resolve the date mentions of a parsed document.

spaCy finds the spans (DATE, and TIME for "last night" / "this morning"); ``resolve_date`` reads them.
Spans it cannot place on a day, week or month (durations, bare years, ages) are left out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from frontlines.dates.resolve import MONTHS, resolve_date

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Entity labels whose spans may name an event's date.
DATE_LABELS = frozenset({"DATE", "TIME"})
_DAY_TOKENS = frozenset({"-", "–", "/", "and", "to", "of", ","})


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date span of the text, the date it names, its ACLED precision and the rule that read it."""

    start: int
    end: int
    text: str
    date: date
    precision: int
    rule: str


#: A date written with slashes and a full year, which NER may leave untagged: "on 31/03/2017" (not
#: "1/2" or "3/4 of", nor "05/03" alone, which NER tags when it is a date).
_SLASHED = re.compile(r"\b\d{1,2}/\d{1,2}/\d{4}\b")


def find_dates(doc: Doc, published: date | None) -> list[DateMention]:
    """Every date span of ``doc`` that resolves to a day, week or month up to ``published``."""
    mentions = []
    for ent in doc.ents:
        if ent.label_ not in DATE_LABELS:
            continue
        span = _expand(doc, ent)
        resolved = resolve_date(span.text, published)
        if resolved is None:
            continue
        mentions.append(
            DateMention(span.start_char, span.end_char, span.text, resolved.date, resolved.precision, resolved.rule)
        )
    for match in _SLASHED.finditer(doc.text):
        if any(m.start < match.end() and match.start() < m.end for m in mentions):
            continue
        resolved = resolve_date(match.group(), published)
        if resolved is not None:
            mentions.append(
                DateMention(match.start(), match.end(), match.group(), resolved.date, resolved.precision, resolved.rule)
            )
    return sorted(mentions, key=lambda m: m.start)


#: Days apart beyond which a day is another day than an event's.
OTHER_DAY_DAYS = 2
#: Days apart beyond which a week or a part of a month ("late March") is another time than an event's.
OTHER_WEEK_DAYS = 10


def times_apart(mention: DateMention, day: date) -> bool:
    """The mention, of its precision (1 a day, 2 a week or part of a month, 3 a month), cannot be the
    time of an event of ``day``: "In March two blasts killed 40" in a report of a shelling on 16 April."""
    if mention.precision == 1:
        return abs((mention.date - day).days) > OTHER_DAY_DAYS
    if mention.precision == 2:
        return abs((mention.date - day).days) > OTHER_WEEK_DAYS
    return (mention.date.year, mention.date.month) != (day.year, day.month)


def _is_month(token: Token) -> bool:
    return token.is_title and token.lower_.rstrip(".") in MONTHS


def _is_year(text: str) -> bool:
    return len(text) == 4 and text.isdigit() and 1900 <= int(text) <= 2100


def _is_day(text: str) -> bool:
    return text.isdigit() and 1 <= int(text) <= 31


def _expand(doc: Doc, ent: Span) -> Span:
    """Take in the day numbers the small model leaves out: "9 [May 2020]", "[the night] of 3-4 May"."""
    start, end = ent.start, ent.end
    if start > 0 and _is_month(doc[start - 1]) and not _is_month(doc[start]):
        start -= 1  # "Aug [2nd 2019]"
    if (
        _is_month(doc[start])
        and start > 0
        and _is_day(doc[start - 1].text)
        and end - start == 2
        and _is_day(doc[start + 1].text)
    ):
        return doc[start - 1 : start + 1]  # "12 Sep. 4 killed": the day is before the month, 4 is a count
    while (
        _is_month(doc[start])
        and start > 0
        and (_is_day(doc[start - 1].text) or (doc[start - 1].text in "-–/" and start > 1))
    ):
        if not _is_day(doc[start - 1].text) and not _is_day(doc[start - 2].text):
            break
        start -= 1
    right = end
    while right < len(doc) and (_is_day(doc[right].text) or _is_month(doc[right]) or doc[right].lower_ in _DAY_TOKENS):
        right += 1
    while right > end and doc[right - 1].lower_ in _DAY_TOKENS:
        right -= 1
    if any(_is_month(t) for t in doc[end:right]):
        end = right
    if end < len(doc) and _is_year(doc[end].text) and any(_is_month(t) for t in doc[start:end]):
        end += 1  # "Tuesday 20 Sep 2016": the year NER left after the month
    last = doc[end - 1]
    spelt = last.like_num and last.is_alpha  # "two", not "30th"
    before = doc[end - 2] if end - start >= 2 else None
    if (
        before is not None
        and (_is_month(before) or _is_year(before.text))
        and spelt
        and end < len(doc)
        and doc[end].tag_ == "NNS"
    ):
        end -= 1  # "In March two blasts occurred": a number word before a plural counts it, no day
    return doc[start:end]
