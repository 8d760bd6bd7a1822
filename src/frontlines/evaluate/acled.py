"""Read ACLED exports (2019+ schema, the Kenya variant, and the pre-2019 schema) as gold items.

The text is the row's ``notes``, published on ``event_date``, with ``country`` as the geocoder's
hint. ACLED coders end many notes with cues no news text carries ("3 fatalities.",
"[size=no report]", "(coded as Kutu)"); :func:`strip_note_cues` removes them so that we measure
the extractor as it would read news.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from pathlib import Path

from frontlines.datafiles import data_path, read_tsv
from frontlines.errors import BadEncoding, BadRecord, InputError
from frontlines.evaluate.items import AcledGold, GoldItem
from frontlines.records import Article

#: Coder tags in square brackets: "[size=dozens]", "[coded to Athens-Central Athens]"; a few are
#: left unclosed or closed with "}" at the end of the note.
_BRACKET_TAG = re.compile(r"\s*\[[^\]}]*(?:=|\bcoded\b)[^\]}]*(?:[\]}]|$)", re.IGNORECASE)
#: Coder remarks in parentheses: "(coded as Kutu, Kirinyaga County)".
_CODED_AS = re.compile(r"\s*\([^()]*\bcoded (?:as|to)\b[^()]*\)", re.IGNORECASE)
#: A sentence that states the coded fatality count: "3 fatalities.", "20 fatalities split up ...".
_COUNT_SENTENCE = re.compile(r"^\W*\d+\s+fatalit(?:y|ies)\b", re.IGNORECASE)
#: A sentence about how fatalities were coded or split: "Fatalities coded as 10 (VoJ reported 12)."
_CODING_SENTENCE = re.compile(
    r"\bfatalit(?:y|ies)\b.*\b(?:coded|split|spread)\b|\b(?:coded|split|spread)\b.*\bfatalit(?:y|ies)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
#: A coder's label before the note: "Looting: On 4 May...", "Movement of forces: ...",
#: "Explosive remnants of war: ...". It names the type, which a news text never does.
_LABEL = re.compile(r"^\s*[A-Z][A-Za-z'-]*(?:[ /-][A-Za-z'-]+){0,4}:\s+(?=[A-Z0-9])")

DATE_FORMATS = ("%d-%b-%y", "%d-%m-%y", "%Y-%m-%d", "%d-%B-%Y", "%d %B %Y", "%d/%m/%Y", "%m/%d/%Y")


def strip_note_cues(notes: str) -> str:
    """The note without ACLED-coder artefacts (fatality-count sentences, size and coding tags, a
    leading type label)."""
    text = _LABEL.sub("", _CODED_AS.sub("", _BRACKET_TAG.sub("", notes)))
    kept = [
        s for s in _SENTENCE_END.split(text.strip()) if not _COUNT_SENTENCE.search(s) and not _CODING_SENTENCE.search(s)
    ]
    return " ".join(kept).strip()


def parse_date(value: str) -> date | None:
    """An ACLED ``event_date`` in any of the export formats seen ("9-May-20", "31-12-19", ISO)."""
    value = value.strip()
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(value, fmt).date()
        except ValueError:
            continue
    return None


@cache
def legacy_types() -> dict[str, tuple[tuple[str, ...], str | None]]:
    """Pre-2019 event type -> (accepted current event types, sub-event type or None)."""
    path = data_path("evaluate/acled_legacy_types.tsv")
    return {
        row["legacy_event_type"]: (tuple(row["event_types"].split(";")), row["sub_event_type"] or None)
        for _, row in read_tsv(path, required=("legacy_event_type", "event_types"))
    }


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """CSV rows with lower-case column names; UTF-8, falling back to cp1252 (old exports)."""
    raw = path.read_bytes()
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise BadEncoding("neither UTF-8 nor cp1252; re-save the export as UTF-8", source=str(path))
    reader = csv.reader(io.StringIO(text, newline=""))
    header = [h.strip().lower() for h in next(reader, [])]
    for column in ("event_type", "notes"):
        if column not in header:
            raise InputError(f"no '{column}' column; is this an ACLED export?", source=str(path))
    for row in reader:
        if not any(cell.strip() for cell in row):
            continue
        yield reader.line_num, dict(zip(header, (c.strip() for c in row), strict=False))


def _int(value: str | None) -> int | None:
    try:
        return int(float(value)) if value not in (None, "") else None
    except ValueError:
        return None


def _float(value: str | None) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except ValueError:
        return None


def _gold_types(row: dict[str, str], where: str, line: int) -> tuple[tuple[str, ...], str | None]:
    event_type = row["event_type"]
    if row.get("sub_event_type"):
        return (event_type,), row["sub_event_type"]
    legacy = legacy_types()
    if event_type in legacy:
        return legacy[event_type]
    if event_type:
        return (event_type,), None
    raise BadRecord("empty event_type", source=where, line=line)


def acled_items(path: Path, strip_cues: bool = True) -> Iterator[GoldItem]:
    """Gold items from an ACLED export; rows without notes are skipped."""
    for line, row in read_rows(path):
        notes = row.get("notes", "")
        text = strip_note_cues(notes) if strip_cues else notes
        if not text:
            continue
        event_types, sub_event_type = _gold_types(row, str(path), line)
        event_date = parse_date(row.get("event_date", ""))
        item_id = row.get("event_id_cnty") or row.get("data_id") or f"{path.name}:{line}"
        country = row.get("country") or None
        gold = AcledGold(
            event_types=event_types,
            sub_event_type=sub_event_type,
            actor1=row.get("actor1") or None,
            actor2=row.get("actor2") or None,
            inter1=_int(row.get("inter1")),
            inter2=_int(row.get("inter2")),
            country=country,
            admin1=row.get("admin1") or None,
            latitude=_float(row.get("latitude")),
            longitude=_float(row.get("longitude")),
            fatalities=_int(row.get("fatalities")) or 0,
            event_date=event_date,
        )
        article = Article(id=item_id, text=text, published=event_date, country=country)
        yield GoldItem(item_id=item_id, article=article, gold=gold, stratum=sub_event_type or event_types[0])
