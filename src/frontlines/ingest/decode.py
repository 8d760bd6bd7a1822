"""Bytes to text: binary sniffing and the encoding rule every reader shares.

The rule: a byte-order mark decides (UTF-8, UTF-16, UTF-32); otherwise the bytes must be UTF-8;
failing that, they are read as Windows-1252 only when every byte maps to a character, no control
characters appear, and high bytes stay rare next to the letters (Western European prose). Anything
else is :class:`~frontlines.errors.BadEncoding`.
"""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Iterator
from typing import BinaryIO

from frontlines.errors import BadEncoding, BinaryInput, InputError, InputTooLarge

#: Bytes read to sniff a file's kind and encoding (the HTML spec prescans 1,024; 8 KiB is generous).
HEAD_BYTES = 8192
#: UTF-8 takes at most 4 bytes a character: a file over 4 bytes per allowed character is too large.
MAX_BYTES_PER_CHAR = 4

#: Magic numbers of binary formats fed by mistake: PDF, images, archives, executables, Office, SQLite.
MAGIC_NUMBERS: tuple[bytes, ...] = (
    b"%PDF-",
    b"\x89PNG",
    b"GIF87a",
    b"GIF89a",
    b"\xff\xd8\xff",
    b"PK\x03\x04",
    b"\x1f\x8b",
    b"BZh9",
    b"\xfd7zXZ",
    b"7z\xbc\xaf",
    b"Rar!",
    b"\x7fELF",
    b"\xd0\xcf\x11\xe0",
    b"SQLite format 3\x00",
)
#: Byte-order marks, longest first (the UTF-32-LE mark starts with the UTF-16-LE one).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Windows-1252 is accepted only while bytes >= 0x80 are at most this share of the letters: accented
#: Western European prose stays far below it (French runs about 3-5 %), while Cyrillic, Greek or
#: Arabic legacy encodings misread as Windows-1252 make nearly every letter a high byte.
MAX_LEGACY_HIGH_BYTE_SHARE = 0.3
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_FIX = "save it as UTF-8 text"


def bom_encoding(head: bytes) -> tuple[str, int] | None:
    """The encoding a byte-order mark announces, and the mark's length."""
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return encoding, len(bom)
    return None


def check_not_binary(head: bytes, *, source: str, line: int | None = None) -> None:
    """Raise :class:`BinaryInput` when ``head`` starts with a magic number or holds NUL bytes."""
    if bom_encoding(head) and not head.startswith(codecs.BOM_UTF8):
        return  # UTF-16/32 text has NUL bytes by design
    for magic in MAGIC_NUMBERS:
        if head.startswith(magic):
            raise BinaryInput(
                f"looks like a binary file (starts with {magic[:4]!r}); give text, HTML, JSONL or CSV",
                source=source,
                line=line,
            )
    if b"\x00" in head:
        raise BinaryInput(
            "holds NUL bytes, so it is binary (or UTF-16 without a byte-order mark); " + _FIX,
            source=source,
            line=line,
        )


def decode_text(data: bytes, *, source: str, line: int | None = None) -> str:
    """Decode by the module's rule; raise :class:`BadEncoding` naming the first bad byte."""
    bom = bom_encoding(data)
    if bom:
        encoding, skip = bom
        try:
            return data[skip:].decode(encoding)
        except UnicodeDecodeError as exc:
            raise BadEncoding(
                f"announces {encoding} but byte {exc.start + skip} does not decode; {_FIX}",
                source=source,
                line=line,
            ) from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        legacy = _decode_legacy(data)
        if legacy is not None:
            return legacy
        raise BadEncoding(
            f"byte 0x{data[exc.start]:02x} at offset {exc.start} is not UTF-8, and the bytes do not "
            f"read as Windows-1252 text either; {_FIX}",
            source=source,
            line=line,
        ) from exc


def _decode_legacy(data: bytes) -> str | None:
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    if _CONTROL.search(text):
        return None
    letters = sum(ch.isalpha() for ch in text)
    high = len(_HIGH_BYTE.findall(data))
    return text if high <= MAX_LEGACY_HIGH_BYTE_SHARE * max(letters, 1) else None


def read_limited(stream: BinaryIO, limit: int, *, source: str) -> bytes:
    """Read the whole stream, raising :class:`InputTooLarge` past ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputTooLarge(f"over {limit:,} bytes; split the document or raise max_chars", source=source)
    return data


def iter_lines(stream: BinaryIO, source: str, max_line_bytes: int) -> Iterator[tuple[int, str | InputError]]:
    """Yield ``(line_number, text)`` for each line (ending kept), or the line's error; streamed."""
    head = stream.read(4)
    bom = bom_encoding(head)
    if bom and bom[0] != "utf-8":
        yield from _iter_wide_lines(chain(head, stream), bom[0], source, max_line_bytes)
        return
    raw = chain(head[bom[1] :] if bom else head, stream)
    number = 0
    while line := raw.readline(max_line_bytes + 1):
        number += 1
        if len(line) > max_line_bytes and not line.endswith(b"\n"):
            while (rest := raw.readline(HEAD_BYTES)) and not rest.endswith(b"\n"):
                pass
            yield number, _line_too_large(max_line_bytes, source, number)
            continue
        try:
            check_not_binary(line, source=source, line=number)
            yield number, decode_text(line, source=source, line=number)
        except InputError as exc:
            yield number, exc


def _iter_wide_lines(
    raw: BinaryIO, encoding: str, source: str, max_line_bytes: int
) -> Iterator[tuple[int, str | InputError]]:
    # UTF-16/32 lines cannot be split on b"\n"; a text wrapper decodes them and consumes the BOM.
    text = io.TextIOWrapper(raw, encoding=encoding.rsplit("-", 1)[0], newline="")
    limit = max_line_bytes // 2
    number = 0
    try:
        while line := text.readline(limit + 1):
            number += 1
            if len(line) > limit and not line.endswith("\n"):
                while (rest := text.readline(HEAD_BYTES)) and not rest.endswith("\n"):
                    pass
                yield number, _line_too_large(max_line_bytes, source, number)
                continue
            yield number, line
    except UnicodeDecodeError:
        error = BadEncoding(f"does not decode as {encoding}; {_FIX}", source=source, line=number + 1)
        yield number + 1, error


def _line_too_large(limit: int, source: str, line: int) -> InputTooLarge:
    return InputTooLarge(
        f"line is over {limit:,} bytes; split the document or raise max_chars", source=source, line=line
    )


class _Chain(io.RawIOBase):
    """A binary stream that replays ``head`` before the rest of ``stream`` (for sniffed stdin)."""

    def __init__(self, head: bytes, stream: BinaryIO):
        self._head = head
        self._stream = stream

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        if self._head:
            n = min(len(buffer), len(self._head))
            buffer[:n] = self._head[:n]
            self._head = self._head[n:]
            return n
        data = self._stream.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def chain(head: bytes, stream: BinaryIO) -> BinaryIO:
    """A buffered stream that yields ``head`` then the rest of ``stream``."""
    return io.BufferedReader(_Chain(head, stream))  # type: ignore[return-value]
