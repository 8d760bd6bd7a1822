"""Batch inputs: JSONL, CSV and Parquet files, or folders of them, as a stream of articles.

JSONL and CSV go through :mod:`frontlines.ingest` (the same records and failures as ``extract``);
Parquet rows are read here with the same field names (``text`` required; ``id``, ``title``,
``published``, ``source``, ``url``, ``country`` optional; the CSV column options rename them).
The Spark engine reuses :func:`parquet_article` and the ingest functions, so both engines turn
the same record into the same article or the same failure.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, NamedTuple

from frontlines.errors import BadRecord, EmptyInput, InputError
from frontlines.ingest import ReadOptions
from frontlines.ingest.options import failure
from frontlines.ingest.readers import read_file
from frontlines.ingest.tabular import check_columns, make_article
from frontlines.records import Article, Failure

KIND_OF_SUFFIX = {".jsonl": "jsonl", ".csv": "csv", ".parquet": "parquet"}
#: Rows read from a Parquet file at a time (memory stays bounded whatever the file's size).
PARQUET_BATCH_ROWS = 1024


class InputFile(NamedTuple):
    """One file to read: ``where`` names it in failures, ``name`` makes ids of rows without one."""

    location: str
    where: str
    name: str
    kind: str


def kind_of(name: str) -> str | None:
    """The batch input kind of a file name, or None for files a batch does not read."""
    return KIND_OF_SUFFIX.get(Path(name).suffix.lower())


def join_where(root: str, relative: str) -> str:
    """How a file inside a folder input is named in failures, for local paths and URIs alike."""
    if "://" in root:
        return root.rstrip("/") + "/" + relative
    return str(Path(root) / relative)


def is_listed(relative: str) -> bool:
    """Folder members a batch reads: a known kind, and no hidden part in the path."""
    return kind_of(relative) is not None and not any(p.startswith((".", "_")) for p in relative.split("/"))


def local_input_files(paths: Sequence[str]) -> Iterator[InputFile | Failure]:
    """The files behind local paths: a file as given, a folder's members by sorted relative path."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            members = sorted((p.relative_to(path).as_posix(), p) for p in path.rglob("*") if p.is_file())
            found = [(rel, p) for rel, p in members if is_listed(rel)]
            if not found:
                yield no_inputs_failure(raw)
            for relative, member in found:
                yield InputFile(str(member), join_where(raw, relative), relative, kind_of(relative) or "")
        elif path.is_file():
            kind = kind_of(path.name)
            if kind is None:
                yield not_batch_input_failure(raw)
            else:
                yield InputFile(raw, raw, path.name, kind)
        else:
            yield failure(InputError("no such file or folder", source=raw), raw)


def no_inputs_failure(where: str) -> Failure:
    kinds = ", ".join(KIND_OF_SUFFIX)
    return failure(EmptyInput(f"folder holds no {kinds} files", source=where), where)


def not_batch_input_failure(where: str) -> Failure:
    kinds = ", ".join(KIND_OF_SUFFIX)
    return failure(InputError(f"a batch reads {kinds} files; convert this one", source=where), where)


def read_articles(paths: Sequence[str], options: ReadOptions) -> Iterator[Article | Failure]:
    """Every article (or failure) of the batch inputs, streamed in input order."""
    for item in local_input_files(paths):
        if isinstance(item, Failure):
            yield item
        elif item.kind == "parquet":
            yield from read_parquet(item, options)
        else:
            yield from read_file(Path(item.location), item.where, item.name, options)


def read_parquet(item: InputFile, options: ReadOptions) -> Iterator[Article | Failure]:
    """The articles of one Parquet file, a batch of rows at a time."""
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(item.location)
        check_parquet_columns(parquet.schema_arrow.names, options, item.where)
    except InputError as exc:
        yield failure(exc, item.where)
        return
    except (OSError, ValueError) as exc:
        yield failure(InputError(f"not a readable Parquet file ({exc})", source=item.where), item.where)
        return
    row = 0
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
        for record in batch.to_pylist():
            row += 1
            yield parquet_outcome(record, item, row, options)


def check_parquet_columns(names: Sequence[str], options: ReadOptions, where: str) -> None:
    """Raise :class:`BadRecord` when a column the options need is absent (a Parquet file has no header line)."""
    check_columns(names, options, where, line=None)


def parquet_outcome(record: Mapping[str, Any], item: InputFile, row: int, options: ReadOptions) -> Article | Failure:
    """The article of one Parquet row, or the failure naming ``file:row``."""
    try:
        return parquet_article(record, item.name, row, options)
    except InputError as exc:
        return failure(exc, item.where, row)


def parquet_article(record: Mapping[str, Any], name: str, row: int, options: ReadOptions) -> Article:
    """The article one Parquet row describes; :class:`BadRecord` says what is wrong with it."""
    text = record.get(options.text_column)
    if not isinstance(text, str):
        kind = "no" if text is None else f"a {type(text).__name__}, not a string, as"
        raise BadRecord(f"{kind} '{options.text_column}' value; every row needs the article's text")
    doc_id = record.get(options.id_column or "id")
    return make_article(
        text,
        doc_id=str(doc_id) if doc_id is not None and str(doc_id).strip() else f"{name}:{row}",
        published=_date_text(record.get(options.date_column or "published")),
        title=_text(record, "title"),
        source=_text(record, options.source_column or "source"),
        url=_text(record, "url"),
        country=_text(record, options.country_column or "country"),
        options=options,
    )


def _text(record: Mapping[str, Any], column: str) -> str | None:
    value = record.get(column)
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadRecord(f"'{column}' must be a string or null, not a {type(value).__name__}")
    return value or None


def _date_text(value: Any) -> str | None:
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if value is None or isinstance(value, str):
        return value
    raise BadRecord(f"'published' must be a date or a string, not a {type(value).__name__}")
