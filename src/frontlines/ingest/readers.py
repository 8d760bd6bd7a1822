"""From paths to articles: ``read_inputs(paths, options)`` streams an ``Article`` or a ``Failure``
per document, in order, and never holds a whole JSONL or CSV file in memory."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

from frontlines.errors import EmptyInput, InputError, InputTooLarge
from frontlines.ingest.decode import (
    HEAD_BYTES,
    MAX_BYTES_PER_CHAR,
    bom_encoding,
    chain,
    check_not_binary,
    decode_text,
    read_limited,
)
from frontlines.ingest.html import decode_html, extract_page
from frontlines.ingest.options import ReadOptions, failure
from frontlines.ingest.tabular import read_csv, read_jsonl
from frontlines.records import Article, Failure

#: File kinds by name ending; a file named on the command line with another ending is read as text.
KIND_OF_SUFFIX = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".csv": "csv"}
#: Markup, scripts and styles make pages many times their text; 20 bytes a character leaves room.
HTML_BYTES_PER_CHAR = 20
STDIN = "-"


def read_inputs(
    paths: Sequence[str], options: ReadOptions, stdin: BinaryIO | None = None
) -> Iterator[Article | Failure]:
    """Articles from files, folders (recursively, sorted) and ``-`` (standard input), streamed."""
    for raw in paths:
        if raw == STDIN:
            yield from read_stdin(stdin if stdin is not None else sys.stdin.buffer, options)
            continue
        path = Path(raw)
        if path.is_dir():
            yield from read_folder(path, raw, options)
        elif path.exists():
            yield from read_file(path, raw, path.name, options)
        else:
            yield failure(InputError("no such file or folder", source=raw), raw)


def read_folder(folder: Path, where: str, options: ReadOptions) -> Iterator[Article | Failure]:
    """Every .txt, .html, .htm, .jsonl and .csv file under ``folder``, by sorted relative path."""
    found = sorted(
        (path.relative_to(folder).as_posix(), path)
        for path in folder.rglob("*")
        if path.suffix.lower() in KIND_OF_SUFFIX
        and not any(part.startswith(".") for part in path.relative_to(folder).parts)
        and path.is_file()
    )
    if not found:
        kinds = ", ".join(KIND_OF_SUFFIX)
        yield failure(EmptyInput(f"folder holds no {kinds} files", source=where), where)
    for relative, path in found:
        yield from read_file(path, str(Path(where) / relative), relative, options)


def read_file(path: Path, where: str, name: str, options: ReadOptions) -> Iterator[Article | Failure]:
    """The articles of one file; ``name`` (the file name, or path inside a folder) makes the ids."""
    kind = KIND_OF_SUFFIX.get(path.suffix.lower(), "text")
    try:
        with path.open("rb") as stream:
            yield from read_stream(stream, kind, where, name, options)
    except OSError as exc:
        yield failure(InputError(f"cannot read: {exc.strerror}", source=where), where)


def read_stdin(stream: BinaryIO, options: ReadOptions) -> Iterator[Article | Failure]:
    """Standard input: JSONL when its first non-blank character is ``{``, else one text article."""
    head = stream.read(HEAD_BYTES)
    encoding, skip = bom_encoding(head) or ("utf-8", 0)
    first = head[skip:].decode(encoding, errors="ignore").lstrip()[:1]
    kind = "jsonl" if first == "{" else "text"
    yield from read_stream(chain(head, stream), kind, "stdin", "stdin", options)


def read_stream(
    stream: BinaryIO, kind: str, where: str, name: str, options: ReadOptions
) -> Iterator[Article | Failure]:
    """Read one input of ``kind`` (text, html, jsonl, csv); whole-input errors become one Failure."""
    try:
        head = stream.peek(HEAD_BYTES)[:HEAD_BYTES] if hasattr(stream, "peek") else b""
        if not head:
            raise EmptyInput("is empty; there is nothing to read", source=where)
        check_not_binary(head, source=where)
        if kind == "jsonl":
            yield from read_jsonl(stream, where, name, options)
        elif kind == "csv":
            yield from read_csv(stream, where, name, options)
        elif kind == "html":
            yield read_html(stream, where, name, options)
        else:
            yield read_text(stream, where, name, options)
    except InputError as exc:
        yield failure(exc, where, doc_id=name)


def read_text(stream: BinaryIO, where: str, name: str, options: ReadOptions) -> Article:
    """A plain-text file is one article; its id is the file name."""
    data = read_limited(stream, options.max_chars * MAX_BYTES_PER_CHAR, source=where)
    text = decode_text(data, source=where)
    _check_text(text, where, options)
    return Article(id=name, text=text, published=options.date, country=options.country)


def read_html(stream: BinaryIO, where: str, name: str, options: ReadOptions) -> Article:
    """An HTML page is one article: main text, title, site and publication date."""
    data = read_limited(stream, options.max_chars * HTML_BYTES_PER_CHAR, source=where)
    if not data.strip():
        raise EmptyInput("is empty; there is nothing to read", source=where)
    page = extract_page(decode_html(data, source=where), source=where)
    _check_text(page.text, where, options)
    return Article(
        id=name,
        text=page.text,
        title=page.title,
        published=page.published or options.date,
        source=page.sitename,
        url=page.url,
        country=options.country,
    )


def _check_text(text: str, where: str, options: ReadOptions) -> None:
    if not text.strip():
        raise EmptyInput("holds only white space; there is nothing to code", source=where)
    if len(text) > options.max_chars:
        raise InputTooLarge(
            f"{len(text):,} characters is over the limit of {options.max_chars:,}; "
            "split the document or raise max_chars",
            source=where,
        )
