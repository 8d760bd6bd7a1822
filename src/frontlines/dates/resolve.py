"""Resolve one date expression against the publication date: "on Wednesday", "last week", "9 May 2020".

Weekday expressions go through dateparser with ``PREFER_DATES_FROM='current_period'`` (the news
convention: "on Thursday" in a Thursday article is that day); everything else with ``'past'``. No
result may fall after publication. ``time_precision`` follows ACLED: 1 day, 2 week or a few days,
3 month. A month with no day is dated on its 15th (the middle of the month, ACLED's practice for
time_precision 3), never after publication. Phrases dateparser cannot read are data
(``data/dates/relative_phrases.tsv``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from frontlines.datafiles import data_path, read_tsv

if TYPE_CHECKING:
    from dateparser.date import DateDataParser

#: ACLED time_precision for dateparser's periods; a year alone is no ACLED date.
PRECISION_OF_PERIOD = {"time": 1, "day": 1, "week": 2, "month": 3}
#: A bare weekday names a day in the week up to publication, never more than this far back.
MAX_WEEKDAY_LAG = timedelta(days=7)
#: How many (expression, published) results to keep.
CACHE_SIZE = 4096

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: Month names and abbreviations, lower case -> month number.
MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTH_PART = re.compile(r"^(early|mid|late|the end of|the beginning of|the middle of)[\s-]+([a-z]+)\.?(?: (\d{4}))?$")
_DAY_SPAN = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|/|and|or|to)\s*\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(.+)$")
#: "august 10 and 11", "september 24th - 26th": the first day of a span told month first.
_MONTH_DAY_SPAN = re.compile(
    r"^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|and|or|to|&)\s*\d{1,2}(?:st|nd|rd|th)?\b(.*)$"
)
#: "26th - 27th": days with no month, the first of them.
#: Without an ordinal ending it is a count ("between 10 and 15 assailants").
_BARE_DAY_SPAN = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|–|and|or|to|&)\s*\d{1,2}(?:st|nd|rd|th)$")
#: "10 and 15" with no month or ordinal ending is a count, not a day (dateparser reads 15 October).
_BARE_NUMBERS = re.compile(r"^\d{1,2}\s*(?:-|–|and|or|to|&)\s*\d{1,2}$")
_HAS_LETTER = re.compile(r"[a-z]")
#: "the 12th": a day of the month with no month, which dateparser reads as December.
_BARE_DAY = re.compile(r"^(?:the )?(\d{1,2})(?:st|nd|rd|th)$")
#: "05/03", "05/03/2017": day and month in either order.
_NUMERIC = re.compile(r"^(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2}|\d{4}))?$")
#: With no year written, a reading further back than this misread a number as the year.
MAX_YEARLESS_LAG = timedelta(days=366)
#: A day with no year that falls this little after publication is a slip of the writer's (a time
#: zone, a dateline), not the same day a year before: no reading at all.
YEARLESS_SLIP = timedelta(days=2)
#: The day that stands for a month told without a day (ACLED codes the middle of the month).
MID_MONTH = 15
_NOISE = re.compile(r"\((?:as )?reported\)|\bas reported\b|[“”\"'‘’()]")
_DURATION = re.compile(r"^(?!.*\b(ago|earlier|before|after)\b).*\b(second|minute|hour|day|week|month|year|decade)s?$")
_NAMES_TODAY = re.compile(r"\d|\b(today|tonight|now|this (morning|afternoon|evening))\b")
_LAST_MONTH = re.compile(r"^(?:last|this past) ([a-z]+)$")
_DECADE = re.compile(r"\d0'?s\b")
_PART_OF_DAY = re.compile(r"\b(morning|afternoon|evening|night|dawn|dusk|midnight|noon)\b")
#: The day that stands for the month part ("late March" -> 21 March, "mid-March" -> 15 March, the
#: middle of the month as for a month alone), with precision 2 (a few days).
_MONTH_PARTS = {
    "early": 1,
    "the beginning of": 1,
    "mid": MID_MONTH,
    "the middle of": MID_MONTH,
    "late": 21,
    "the end of": 21,
}


@dataclass(frozen=True, slots=True)
class ResolvedDate:
    """A calendar date, its ACLED time precision (1-3) and the rule that resolved it."""

    date: date
    precision: int
    rule: str


@cache
def _strip_words() -> tuple[str, ...]:
    rows = read_tsv(data_path("dates/strip_words.tsv"), required=("phrase",))
    return tuple(sorted((row["phrase"].lower() for _, row in rows), key=len, reverse=True))


@cache
def _relative_phrases() -> dict[str, tuple[str, int]]:
    rows = read_tsv(data_path("dates/relative_phrases.tsv"), required=("phrase", "anchor", "precision"))
    return {row["phrase"].lower(): (row["anchor"], int(row["precision"])) for _, row in rows}


@lru_cache(maxsize=64)
def _parser(published: date | None, prefer: str) -> DateDataParser:
    """One DateDataParser per (publication date, preference), reused for every expression."""
    from dateparser.date import DateDataParser

    settings: dict[str, object] = {"PREFER_DATES_FROM": prefer, "PREFER_DAY_OF_MONTH": "first"}
    if published is not None:
        settings["RELATIVE_BASE"] = datetime.combine(published, datetime.min.time()).replace(hour=12)
    return DateDataParser(languages=["en"], settings=settings)


def normalise(expr: str) -> str:
    """Lower case, no quotes or "(as reported)", no leading "on"/"since"/"around"..."""
    text = _NOISE.sub(" ", expr.lower())
    text = re.sub(r"\s+", " ", text).strip(" ,.;:")
    changed = True
    while changed:
        changed = False
        for phrase in _strip_words():
            if text.startswith(phrase + " "):
                text, changed = text[len(phrase) + 1 :].strip(), True
                break
    return text


def resolve_date(expr: str, published: date | None = None) -> ResolvedDate | None:
    """The date ``expr`` names, never after ``published``; None when it names no day, week or month."""
    return _resolve(normalise(expr), published)


@lru_cache(maxsize=CACHE_SIZE)
def _resolve(text: str, published: date | None) -> ResolvedDate | None:
    if not text or _BARE_NUMBERS.match(text):
        return None
    if not _HAS_LETTER.search(text) and not _NUMERIC.match(text):
        return None  # "+ 1", "31": no month, day name or date written with slashes
    if published is None and not _YEAR.search(text):
        return None  # a relative expression needs the publication date
    resolved = (
        _relative(text, published)
        or _month_part(text, published)
        or _numeric(text, published)
        or _bare_day(text, published)
        or _parsed(text, published)
    )
    if resolved is None or (published is not None and resolved.date > published):
        return None
    if published is not None and not _YEAR.search(text):
        if published - resolved.date > MAX_YEARLESS_LAG:
            return None  # "August 10 and 11" read as 10 August 2011
        if resolved.precision == 1 and _slip_after(resolved.date, published):
            return None  # "On November 29th" in a report of 28 November: not 29 November a year before
    if resolved.precision == 3:
        resolved = _mid_month(resolved, published)
    return resolved


def _slip_after(day: date, published: date) -> bool:
    """True when ``day`` read in the publication's year falls just after publication."""
    try:
        same_year = day.replace(year=published.year)
    except ValueError:  # 29 February
        return False
    return timedelta(0) < same_year - published <= YEARLESS_SLIP


def _mid_month(resolved: ResolvedDate, published: date | None) -> ResolvedDate:
    """A month told without a day: its 15th, or publication when that is earlier."""
    day = resolved.date.replace(day=MID_MONTH)
    if published is not None and day > published:
        day = published
    return ResolvedDate(day, 3, resolved.rule)


def _bare_day(text: str, published: date | None) -> ResolvedDate | None:
    """ "the 12th": the last 12th of a month up to publication."""
    match = _BARE_DAY.match(text)
    if not match or published is None:
        return None
    day, month_start = int(match.group(1)), published.replace(day=1)
    for _ in range(3):  # the 31st may lie two months back
        try:
            found = month_start.replace(day=day)
        except ValueError:
            found = None
        if found is not None and found <= published:
            return ResolvedDate(found, 1, "bare_day:latest up to publication")
        month_start = (month_start - timedelta(days=1)).replace(day=1)
    return None


def _numeric(text: str, published: date | None) -> ResolvedDate | None:
    """'05/03': the reading, day/month or month/day, nearest before publication; day/month on a tie
    (most of the world writes the day first)."""
    match = _NUMERIC.match(text)
    if not match or published is None:
        return None
    a, b = int(match.group(1)), int(match.group(2))
    year_text = match.group(3)
    candidates = []
    for day, month in ((a, b), (b, a)):
        if not 1 <= month <= 12:
            continue
        years = (
            [int(year_text) + (2000 if len(year_text) == 2 else 0)]
            if year_text
            else [published.year, published.year - 1]
        )
        for year in years:
            try:
                found = date(year, month, day)
            except ValueError:
                continue
            if found <= published:
                candidates.append(found)
                break
    if not candidates:
        return None
    best = min(candidates, key=lambda d: published - d)  # min is stable: day/month first on a tie
    return ResolvedDate(best, 1, "numeric:nearest_reading")


def _relative(text: str, published: date | None) -> ResolvedDate | None:
    entry = _relative_phrases().get(text)
    if entry is None or published is None:
        return None
    anchor, precision = entry
    if anchor == "today":
        day = published
    elif anchor.startswith("days_ago:"):
        day = published - timedelta(days=int(anchor.split(":", 1)[1]))
    elif anchor == "week_start":
        day = published - timedelta(days=published.weekday())
    elif anchor == "this_weekend":  # the weekend in progress on a Saturday or Sunday, else the last one
        day = published - timedelta(days=(published.weekday() - 5) % 7)
    elif anchor == "last_weekend":
        day = published - timedelta(days=(published.weekday() - 5) % 7 or 7)
    elif anchor == "month_start":
        day = published.replace(day=1)
    else:  # last_month
        day = (published.replace(day=1) - timedelta(days=1)).replace(day=1)
    return ResolvedDate(day, precision, f"relative:{text}")


def _month_part(text: str, published: date | None) -> ResolvedDate | None:
    match = _MONTH_PART.match(text)
    if not match or match.group(2) not in MONTHS:
        return None
    month = MONTHS[match.group(2)]
    if match.group(3):
        year = int(match.group(3))
    elif published is not None:
        year = published.year if month <= published.month else published.year - 1
    else:
        return None
    day = date(year, month, _MONTH_PARTS[match.group(1)])
    if published is not None and day > published:
        day = published
    return ResolvedDate(day, 2, f"month_part:{match.group(1)}")


def _spelt_count(words: str) -> bool:
    """Words that spell a count ("seven", "dozens"), which NER may join to a weekday before them."""
    from frontlines.numbers.quantity import number_value  # (numbers imports dates' month names)

    return words.isalpha() and number_value(words) is not None


def _parsed(text: str, published: date | None) -> ResolvedDate | None:
    last_month_name = _LAST_MONTH.match(text)
    if last_month_name and last_month_name.group(1) in MONTHS:
        text = last_month_name.group(1)  # "last September": the most recent September, as 'past' reads it
    day_span = _DAY_SPAN.match(text)
    if day_span:  # "3-4 may": the first day
        text = f"{day_span.group(1)} {day_span.group(2)}"
    month_span = _MONTH_DAY_SPAN.match(text)
    if month_span and month_span.group(1).rstrip(".") in MONTHS:  # "august 10 and 11": the first day
        text = f"{month_span.group(1)} {month_span.group(2)}{month_span.group(3)}".strip()
        day_span = month_span
    bare = _BARE_DAY_SPAN.match(text)
    if bare:  # "26th - 27th": the first day, in the month dateparser places it
        text = bare.group(1)
        day_span = bare
    weekday = _WEEKDAY.search(text)
    if weekday:
        rest = _PART_OF_DAY.sub(" ", _WEEKDAY.sub(" ", text))
        rest = re.sub(r"\b(last|this|past|the|of|on|,)\b|,", " ", rest).strip()
        if _spelt_count(rest):  # NER's "Wednesday seven" of "on Wednesday seven of them children"
            text, rest = weekday.group(0), ""
        if not rest:
            return _weekday(text, weekday.group(1), published) if published is not None else None
        text = re.sub(r"\s+", " ", _WEEKDAY.sub(" ", text)).strip(" ,")  # "Tuesday, 31 March"
    if _DURATION.match(text) or _DECADE.search(text):
        return None  # "10 days", "the past four years", "the 1990s": how long or an era, not when
    data = _parser(published, "past").get_date_data(text)
    if data.date_obj is None or data.period not in PRECISION_OF_PERIOD:
        return None
    if published is not None and data.date_obj.date() == published and not _NAMES_TODAY.search(text):
        return None  # dateparser falls back to the base date on words it half-reads ("the 1990s")
    rule = "dateparser:past" + (":first_day" if day_span else "")
    return ResolvedDate(data.date_obj.date(), PRECISION_OF_PERIOD[data.period], rule)


def _weekday(text: str, name: str, published: date) -> ResolvedDate | None:
    """A weekday: the most recent one up to publication, same day included."""
    bare = _PART_OF_DAY.sub(" ", text)
    bare = re.sub(r"\s+", " ", bare).strip()
    data = _parser(published, "current_period").get_date_data(bare or name)
    day = data.date_obj.date() if data.date_obj is not None else None
    if day is None or day.strftime("%A").lower() != name:
        lag = (published.weekday() - _WEEKDAYS.index(name)) % 7
        day, rule = published - timedelta(days=lag), "weekday:most_recent"
    else:
        rule = "weekday:current_period"
    if day > published:
        day -= timedelta(days=7)
    if published - day > MAX_WEEKDAY_LAG:
        return None
    return ResolvedDate(day, 1, rule)
