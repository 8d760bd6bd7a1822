"""How inputs are read (``ReadOptions``) and how a bad input becomes a ``Failure``."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from frontlines.errors import InputError
from frontlines.records import Failure


@dataclass(frozen=True)
class ReadOptions:
    """Reading choices: defaults for absent fields, CSV column names, and the size limit."""

    date: date | None = None
    country: str | None = None
    text_column: str = "text"
    id_column: str | None = None
    date_column: str | None = None
    source_column: str | None = None
    country_column: str | None = None
    max_chars: int = 200_000

    def columns(self) -> tuple[str | None, ...]:
        """The optional CSV columns the user named."""
        return (self.id_column, self.date_column, self.source_column, self.country_column)


def failure(exc: InputError, where: str, line: int | None = None, doc_id: str | None = None) -> Failure:
    """A ``Failure`` for input ``where`` (``articles.jsonl:12`` when a line is known)."""
    location = f"{where}:{line}" if line is not None else where
    message = str(exc.args[0]) if exc.args else str(exc)
    prefix = _prefix(exc)
    if prefix and message.startswith(prefix):
        message = message[len(prefix) :]
    return Failure(doc_id=doc_id or location, input=location, error=type(exc).__name__, message=message)


def _prefix(exc: InputError) -> str:
    # InputError puts "line N of SOURCE: " in front of its message; the Failure's input says that.
    where = exc.source or ""
    if exc.line is not None:
        where = f"line {exc.line} of {where}" if where else f"line {exc.line}"
    return f"{where}: " if where else ""
