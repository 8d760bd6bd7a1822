"""The one loader for the project's tab-separated data files.

A data file is UTF-8 text. Lines starting with ``#`` are comments (licence, provenance), blank
lines are skipped, the first other line names the columns. A bad row raises
:class:`~frontlines.errors.DataFileError` naming ``file:line``.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from importlib import resources
from pathlib import Path

from frontlines.errors import DataFileError


def data_path(name: str) -> Path:
    """Path of a file shipped in ``frontlines/data``."""
    return Path(str(resources.files("frontlines") / "data" / name))


def read_tsv(path: Path, required: Sequence[str] = ()) -> Iterator[tuple[int, dict[str, str]]]:
    """Yield ``(line_number, row)`` for each data row; empty cells are empty strings."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError as exc:
        raise DataFileError(str(path), 0, f"not UTF-8 ({exc.reason}); save the file as UTF-8") from exc
    except OSError as exc:
        raise DataFileError(str(path), 0, f"cannot read: {exc.strerror}") from exc
    header: list[str] | None = None
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            missing = [c for c in required if c not in header]
            if missing:
                raise DataFileError(str(path), number, f"header lacks column(s) {', '.join(missing)}")
            continue
        if len(cells) > len(header):
            raise DataFileError(str(path), number, f"{len(cells)} cells but the header names {len(header)} columns")
        row = dict(zip(header, (c.strip() for c in cells), strict=False))
        for column in header[len(cells) :]:
            row[column] = ""
        for column in required:
            if not row[column]:
                raise DataFileError(str(path), number, f"empty '{column}'; every row needs one")
        yield number, row
