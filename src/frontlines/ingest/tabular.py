"""Many articles in one file: JSONL (one JSON object a line) and CSV (one row an article), streamed."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from typing import Any, BinaryIO

from frontlines.errors import BadRecord, EmptyInput, InputError, InputTooLarge
from frontlines.ingest.decode import MAX_BYTES_PER_CHAR, iter_lines
from frontlines.ingest.options import ReadOptions, failure
from frontlines.ingest.published import parse_published
from frontlines.records import Article, Failure

#: Room on a JSONL line for the fields around the text (title, url, ...).
LINE_OVERHEAD_BYTES = 64 * 1024
JSONL_OPTIONAL = ("title", "source", "url", "country")


def read_jsonl(stream: BinaryIO, where: str, name: str, options: ReadOptions) -> Iterator[Article | Failure]:
    """One article per non-blank line; a bad line becomes a :class:`Failure` and the file goes on."""
    max_line = options.max_chars * MAX_BYTES_PER_CHAR + LINE_OVERHEAD_BYTES
    seen = False
    for number, line in iter_lines(stream, where, max_line):
        if isinstance(line, InputError):
            seen = True
            yield failure(line, where, number)
            continue
        if not line.strip():
            continue
        seen = True
        try:
            yield jsonl_article(line, name, number, options)
        except InputError as exc:
            yield failure(exc, where, number)
    if not seen:
        yield failure(EmptyInput("holds no JSON lines; give one article a line", source=where), where)


def jsonl_article(line: str, name: str, number: int, options: ReadOptions) -> Article:
    """The article one JSONL line describes; :class:`BadRecord` says what is wrong with it."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BadRecord(f"not valid JSON ({exc.msg} at column {exc.colno})") from None
    if not isinstance(record, dict):
        raise BadRecord(f"a JSON object is needed, not {_json_type(record)}")
    text = record.get("text")
    if text is None:
        raise BadRecord("no 'text' field; every line needs one")
    if not isinstance(text, str):
        raise BadRecord(f"'text' must be a string, not {_json_type(text)}")
    fields = {key: _optional_str(record, key) for key in JSONL_OPTIONAL}
    doc_id = record.get("id")
    if (doc_id is not None and not isinstance(doc_id, (str, int))) or isinstance(doc_id, bool):
        raise BadRecord(f"'id' must be a string or a number, not {_json_type(doc_id)}")
    published = _optional_str(record, "published")
    return make_article(
        text,
        doc_id=str(doc_id) if doc_id is not None and str(doc_id).strip() else f"{name}:{number}",
        published=published,
        options=options,
        **fields,
    )


def read_csv(stream: BinaryIO, where: str, name: str, options: ReadOptions) -> Iterator[Article | Failure]:
    """One article per row; the header names the columns (``--text-column`` and friends)."""
    max_line = options.max_chars * MAX_BYTES_PER_CHAR + LINE_OVERHEAD_BYTES
    pending: list[Failure] = []
    consumed: list[int] = []
    lines = _good_lines(iter_lines(stream, where, max_line), where, pending, consumed)
    _raise_field_limit(options.max_chars * MAX_BYTES_PER_CHAR)
    reader = csv.reader(lines)
    header: list[str] | None = None
    rows = 0
    try:
        for row in reader:
            yield from _drain(pending)
            row_line = consumed[0]
            consumed.clear()
            if not row or row == [""]:
                continue
            if header is None:
                header = [cell.strip() for cell in row]
                check_columns(header, options, where)
                continue
            rows += 1
            try:
                yield csv_article(header, row, name, row_line, options)
            except InputError as exc:
                yield failure(exc, where, row_line)
    except csv.Error as exc:
        yield from _drain(pending)
        line = consumed[0] if consumed else None
        error = BadRecord(f"CSV cannot be parsed ({exc}); the rest of the file is skipped")
        yield failure(error, where, line)
        return
    except InputError as exc:
        yield failure(exc, where, exc.line)
        return
    yield from _drain(pending)
    if not rows:
        yield failure(EmptyInput("holds no CSV data rows under a header", source=where), where)


def check_columns(names: Sequence[str], options: ReadOptions, where: str, line: int | None = 1) -> None:
    """Raise :class:`BadRecord` when the text column, or a column the options name, is absent.

    Shared by every tabular reader (CSV here; Parquet in ``batch``): ``line`` is the header's line.
    """
    wanted = [options.text_column] + [c for c in options.columns() if c]
    missing = [column for column in wanted if column not in names]
    if missing:
        raise BadRecord(
            f"no column {', '.join(repr(c) for c in missing)}; the header has "
            f"{', '.join(repr(c) for c in names)}; name the text column with --text-column",
            source=where,
            line=line,
        )


def csv_article(header: list[str], row: list[str], name: str, line: int, options: ReadOptions) -> Article:
    """The article one CSV row describes."""
    if len(row) != len(header):
        raise BadRecord(f"{len(row)} cells but the header names {len(header)} columns")
    cells = dict(zip(header, row, strict=True))

    def cell(column: str | None) -> str | None:
        value = cells.get(column, "").strip() if column else ""
        return value or None

    return make_article(
        cells[options.text_column],
        doc_id=cell(options.id_column) or f"{name}:{line}",
        published=cell(options.date_column),
        source=cell(options.source_column),
        country=cell(options.country_column),
        options=options,
    )


def make_article(
    text: str,
    *,
    doc_id: str,
    published: str | None,
    options: ReadOptions,
    title: str | None = None,
    source: str | None = None,
    url: str | None = None,
    country: str | None = None,
) -> Article:
    """An article from one record's values, with the options' defaults filled in where absent."""
    if not text.strip():
        raise BadRecord("empty 'text'; every record needs the article's text")
    if len(text) > options.max_chars:
        raise InputTooLarge(
            f"text of {len(text):,} characters is over the limit of {options.max_chars:,}; "
            "split the document or raise max_chars"
        )
    return Article(
        id=doc_id,
        text=text,
        title=title,
        published=_published(published) or options.date,
        source=source,
        url=url,
        country=country or options.country,
    )


def _published(value: str | None) -> date | None:
    if value is None or not value.strip():
        return None
    try:
        return parse_published(value)
    except ValueError as exc:
        raise BadRecord(f"bad 'published': {exc}") from None


def _optional_str(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value is not None and not isinstance(value, str):
        raise BadRecord(f"'{key}' must be a string or null, not {_json_type(value)}")
    return value or None


def _json_type(value: Any) -> str:
    names = {dict: "an object", list: "an array", str: "a string", bool: "true/false", type(None): "null"}
    return names.get(type(value), "a number")


def _good_lines(
    lines: Iterable[tuple[int, str | InputError]], where: str, pending: list[Failure], consumed: list[int]
) -> Iterator[str]:
    # csv.reader pulls decoded lines; a line that does not decode is set aside as a Failure, and the
    # numbers of the lines handed over tell where each row starts.
    for number, line in lines:
        if isinstance(line, InputError):
            pending.append(failure(line, where, number))
        else:
            consumed.append(number)
            yield line


def _drain(pending: list[Failure]) -> Iterator[Failure]:
    while pending:
        yield pending.pop(0)


def _raise_field_limit(limit: int) -> None:
    # csv's field limit is process-wide: only ever raise it, so other users are not cut short.
    if csv.field_size_limit() < limit:
        csv.field_size_limit(limit)
