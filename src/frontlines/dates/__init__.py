"""Dates: resolve date expressions against the publication date, with ACLED's time precision."""

from frontlines.dates.find import DateMention, find_dates, times_apart
from frontlines.dates.resolve import ResolvedDate, resolve_date

__all__ = ["DateMention", "ResolvedDate", "find_dates", "resolve_date", "times_apart"]
