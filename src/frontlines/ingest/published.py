"""Publication dates as inputs write them: ISO, "9-May-20", "09-05-2020", "4/5/2017", RFC 2822.

Ambiguous numeric forms follow their separator: slashes are US-style month/day/year ("4/5/2017" is
5 April, as in FA-KES and most US-made CSV exports); dashes and dots are day-month-year
("09-05-2020" is 9 May). A four-digit year first always means year-month-day. Two-digit years
follow POSIX ``%y``: 69-99 are 19xx, 00-68 are 20xx. A date with a time keeps the day as written.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

ACCEPTED_FORMS = "YYYY-MM-DD (ISO, time allowed), M/D/YYYY, D-M-YYYY, D.M.YYYY, 9-May-20, May 9, 2020"

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_YMD = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[T ].*)?")
_MDY_SLASH = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})")
_DMY_DASH = re.compile(r"(\d{1,2})[-.](\d{1,2})[-.](\d{4}|\d{2})")
_D_MON_Y = re.compile(r"(\d{1,2})[- ]([A-Za-z]{3,9})\.?[- ,]+(\d{4}|\d{2})")
_MON_D_Y = re.compile(r"([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})")


def parse_published(value: str) -> date:
    """The date ``value`` names; ``ValueError`` saying which forms are accepted otherwise."""
    text = value.strip()
    try:
        return _parse(text)
    except ValueError:
        raise ValueError(f"'{value}' is not a date; accepted forms: {ACCEPTED_FORMS}") from None


def _parse(text: str) -> date:
    if m := _YMD.fullmatch(text):
        if "T" in text or " " in text:
            try:
                return datetime.fromisoformat(text).date()
            except ValueError:
                pass
        return date(int(m[1]), int(m[2]), int(m[3]))
    if m := _MDY_SLASH.fullmatch(text):
        return date(_year(m[3]), int(m[1]), int(m[2]))
    if m := _DMY_DASH.fullmatch(text):
        return date(_year(m[3]), int(m[2]), int(m[1]))
    if m := _D_MON_Y.fullmatch(text):
        return date(_year(m[3]), _month(m[2]), int(m[1]))
    if m := _MON_D_Y.fullmatch(text):
        return date(int(m[3]), _month(m[1]), int(m[2]))
    try:
        return parsedate_to_datetime(text).date()  # "Wed, 01 Apr 2015 14:32:00 +0000"
    except (TypeError, ValueError, IndexError):
        raise ValueError(text) from None


def _year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 2:
        year += 1900 if year >= 69 else 2000
    return year


def _month(name: str) -> int:
    """1-12 for an English month name or its abbreviation ("Sep", "Sept", "September")."""
    lowered = name.lower()
    for number, month in enumerate(_MONTHS, start=1):
        if month.startswith(lowered):
            return number
    raise ValueError(name)
