"""Event records to JSONL or CSV, streamed; files written atomically (a temporary file, then rename).

JSONL records hold ACLED's columns in ACLED's order, then ours, then ``actors``, ``place`` and
``claims``; CSV rows hold ACLED's columns then ours, with ``evidence`` as a JSON string.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any, Protocol, TextIO

from frontlines.records import OUTPUT_FIELDS, Event

FORMATS: tuple[str, ...] = ("jsonl", "csv")


def event_record(event: Event) -> dict[str, Any]:
    """The event as a JSON-ready dict, ACLED's columns first, then ours, then the nested records."""
    dumped = event.model_dump(mode="json")
    record = {name: dumped.pop(name) for name in OUTPUT_FIELDS}
    record.update(dumped)
    return record


def event_schema() -> dict[str, Any]:
    """JSON Schema of one JSONL record, generated from ``Event``, properties in output order."""
    schema = Event.model_json_schema()
    properties = schema["properties"]
    order = list(OUTPUT_FIELDS) + [name for name in properties if name not in OUTPUT_FIELDS]
    schema["properties"] = {name: properties[name] for name in order}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        **schema,
    }


class EventWriter(Protocol):
    """Writes events one at a time to a text stream."""

    def write(self, event: Event) -> None: ...


class JsonlWriter:
    """One JSON object a line (see :func:`event_record`)."""

    def __init__(self, stream: TextIO):
        self.stream = stream

    def write(self, event: Event) -> None:
        self.stream.write(json.dumps(event_record(event), ensure_ascii=False) + "\n")


class CsvWriter:
    """A header of ``OUTPUT_FIELDS``, then one row an event; empty cells for missing values."""

    def __init__(self, stream: TextIO):
        self.writer = csv.writer(stream, lineterminator="\n")
        self.writer.writerow(OUTPUT_FIELDS)

    def write(self, event: Event) -> None:
        row = event.acled_row()
        self.writer.writerow("" if row[name] is None else row[name] for name in OUTPUT_FIELDS)


def open_writer(format: str, stream: TextIO) -> EventWriter:
    """The writer for ``format`` ("jsonl" or "csv")."""
    if format == "jsonl":
        return JsonlWriter(stream)
    if format == "csv":
        return CsvWriter(stream)
    raise ValueError(f"unknown format {format!r}; choose one of {', '.join(FORMATS)}")


class AtomicOutput:
    """A text file that appears whole or not at all: written to a temporary file beside it, then
    renamed over ``path`` on success; on an error or :meth:`discard`, the old file stays untouched."""

    def __init__(self, path: Path):
        self.path = path
        self.discarded = False
        self.stream: TextIO | None = None
        self._temp: str | None = None

    def __enter__(self) -> TextIO:
        fd, self._temp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        os.chmod(self._temp, _file_mode(self.path))
        self.stream = open(fd, "w", encoding="utf-8", newline="")
        return self.stream

    def discard(self) -> None:
        """Keep the old file: the temporary one is removed on exit."""
        self.discarded = True

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None, tb: TracebackType | None) -> None:
        if self.stream is None or self._temp is None:
            return
        try:
            if kind is None and not self.discarded:
                self.stream.flush()
                os.fsync(self.stream.fileno())
        finally:
            self.stream.close()
        if kind is None and not self.discarded:
            os.replace(self._temp, self.path)
        else:
            Path(self._temp).unlink(missing_ok=True)


def _file_mode(path: Path) -> int:
    # mkstemp makes 0600 files; the output gets the old file's mode, or what the umask allows.
    if path.exists():
        return path.stat().st_mode & 0o777
    umask = os.umask(0)
    os.umask(umask)
    return 0o666 & ~umask
