"""The exception tree. Every error the library raises on purpose is a ``FrontlinesError``.

::

    FrontlinesError
    ├── InputError              the input cannot be read as an article
    │   ├── EmptyInput          nothing but white space
    │   ├── BinaryInput         looks like a binary file
    │   ├── BadEncoding         bytes that do not decode
    │   ├── InputTooLarge       over the size limit
    │   ├── TimeLimitExceeded   took longer to code than the per-document limit
    │   └── BadRecord           a malformed JSONL line or CSV row (has ``line``)
    ├── DataFileError           a bad row in one of the project's data files (has ``path``, ``line``)
    ├── ResourceError           a model, index or package that cannot be loaded
    ├── StoreError              the database refused or failed
    ├── ConfigError             a bad setting
    └── OutputError             an output that cannot be written (e.g. an earlier result in the way)

Messages say what happened, where, and what to do.
"""

from __future__ import annotations


class FrontlinesError(Exception):
    """Base of every error frontlines raises on purpose."""


class InputError(FrontlinesError):
    """The input cannot be read as an article."""

    def __init__(self, message: str, *, source: str | None = None, line: int | None = None):
        self.source = source
        self.line = line
        where = source or ""
        if line is not None:
            where = f"line {line} of {where}" if where else f"line {line}"
        super().__init__(f"{where}: {message}" if where else message)


class EmptyInput(InputError):
    """The input holds nothing but white space."""


class BinaryInput(InputError):
    """The input looks like a binary file, not text."""


class BadEncoding(InputError):
    """The input's bytes do not decode as text."""


class InputTooLarge(InputError):
    """The input is over the size limit."""


class TimeLimitExceeded(InputError):
    """Coding the document took longer than ``Settings.doc_time_limit`` seconds."""


class BadRecord(InputError):
    """A malformed JSONL line or CSV row."""


class DataFileError(FrontlinesError):
    """A bad row in one of the project's data files."""

    def __init__(self, path: str, line: int, message: str):
        self.path = path
        self.line = line
        super().__init__(f"{path}:{line}: {message}")


class ResourceError(FrontlinesError):
    """A model, index or package that cannot be loaded."""


class StoreError(FrontlinesError):
    """The database refused or failed."""


class ConfigError(FrontlinesError):
    """A bad setting."""


class OutputError(FrontlinesError):
    """An output that cannot be written, e.g. an earlier result is in the way."""
