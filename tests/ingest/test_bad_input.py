"""Each kind of bad input becomes a Failure naming the input, with the error class from errors.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from frontlines.errors import BadEncoding, BinaryInput, EmptyInput, InputTooLarge
from frontlines.ingest import ReadOptions, read_inputs
from frontlines.ingest.decode import decode_text
from frontlines.records import Article, Failure

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"
CYRILLIC_CP1251 = "Повстанцы обстреляли город, погибли шесть человек.".encode("cp1251")


def read_one(tmp_path: Path, name: str, data: bytes, **options: object) -> Article | Failure:
    path = tmp_path / name
    path.write_bytes(data)
    [item] = read_inputs([str(path)], ReadOptions(**options))  # type: ignore[arg-type]
    return item


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("empty.txt", b"", "EmptyInput"),
        ("blank.txt", b"  \n\t\n", "EmptyInput"),
        ("empty.html", b"", "EmptyInput"),
        ("empty.jsonl", b"", "EmptyInput"),
        ("nul.txt", b"Rebels\x00\x00\x00 shelled", "BinaryInput"),
        ("scan.txt", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "BinaryInput"),
        ("photo.html", PNG, "BinaryInput"),
        ("archive.jsonl", b"PK\x03\x04\x14\x00\x00\x00", "BinaryInput"),
        ("archive.csv", b"\x1f\x8b\x08\x00", "BinaryInput"),
        ("russian.txt", CYRILLIC_CP1251, "BadEncoding"),
        ("broken16.txt", b"\xff\xfeR\x00e\x00\x00\xd8", "BadEncoding"),
    ],
)
def test_bad_file_becomes_a_failure_naming_it(tmp_path: Path, name: str, data: bytes, error: str) -> None:
    failure = read_one(tmp_path, name, data)
    assert isinstance(failure, Failure)
    assert failure.error == error
    assert failure.input == str(tmp_path / name)
    assert failure.message


def test_file_over_max_chars_is_input_too_large(tmp_path: Path) -> None:
    failure = read_one(tmp_path, "long.txt", ("é" * 60).encode(), max_chars=50)
    assert isinstance(failure, Failure) and failure.error == "InputTooLarge"
    assert "over the limit of 50" in failure.message


def test_file_over_the_byte_limit_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    failure = read_one(tmp_path, "huge.txt", b"x" * 5_000, max_chars=1_000)
    assert isinstance(failure, Failure) and failure.error == "InputTooLarge"
    assert "over 4,000 bytes" in failure.message


def test_decode_text_rule() -> None:
    assert decode_text("naïve".encode(), source="s") == "naïve"
    assert decode_text("naïve café".encode("cp1252"), source="s") == "naïve café"
    assert decode_text(b"\xff\xfe" + "plain".encode("utf-16-le"), source="s") == "plain"
    assert decode_text(b"\xef\xbb\xbfplain", source="s") == "plain"
    with pytest.raises(BadEncoding, match="not UTF-8"):
        decode_text(CYRILLIC_CP1251, source="s")
    with pytest.raises(BadEncoding):
        decode_text(b"ok\x81\x8d", source="s")  # bytes undefined in Windows-1252


def test_failures_name_the_classes_of_the_error_tree(tmp_path: Path) -> None:
    names = {cls.__name__ for cls in (EmptyInput, BinaryInput, BadEncoding, InputTooLarge)}
    failures = [
        read_one(tmp_path, "a.txt", b""),
        read_one(tmp_path, "b.txt", PNG),
        read_one(tmp_path, "c.txt", CYRILLIC_CP1251),
        read_one(tmp_path, "d.txt", b"x" * 100, max_chars=10),
    ]
    assert {f.error for f in failures if isinstance(f, Failure)} == names
