"""JSONL input: one article a line, bad lines reported by number and skipped."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from frontlines.ingest import ReadOptions, read_inputs
from frontlines.records import Article, Failure


def write_lines(path: Path, lines: list[str]) -> str:
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return str(path)


def test_every_field_is_read(tmp_path: Path) -> None:
    record = {
        "id": "yarmouk-1",
        "title": "ISIS pushed back",
        "published": "2015-04-02",
        "source": "AFP",
        "url": "https://example.org/a",
        "country": "Syria",
        "text": "Fighting in Yarmouk camp.",
    }
    [article] = read_inputs([write_lines(tmp_path / "a.jsonl", [json.dumps(record)])], ReadOptions())
    assert article == Article(**{**record, "published": date(2015, 4, 2)})


def test_options_fill_only_absent_fields(tmp_path: Path) -> None:
    lines = [
        json.dumps({"text": "one", "published": "4/5/2017", "country": "Iraq"}),
        json.dumps({"text": "two", "published": None}),
    ]
    options = ReadOptions(date=date(2015, 4, 2), country="Syria")
    first, second = read_inputs([write_lines(tmp_path / "a.jsonl", lines)], options)
    assert (first.published, first.country) == (date(2017, 4, 5), "Iraq")
    assert (second.published, second.country) == (date(2015, 4, 2), "Syria")
    assert (first.id, second.id) == ("a.jsonl:1", "a.jsonl:2")


def test_numeric_id_becomes_a_string(tmp_path: Path) -> None:
    [article] = read_inputs([write_lines(tmp_path / "a.jsonl", ['{"id": 17, "text": "x"}'])], ReadOptions())
    assert isinstance(article, Article) and article.id == "17"


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "unclosed', "not valid JSON"),
        ('["text"]', "a JSON object is needed, not an array"),
        ('"text"', "a JSON object is needed, not a string"),
        ('{"title": "no text"}', "no 'text' field"),
        ('{"text": "   "}', "empty 'text'"),
        ('{"text": 12}', "'text' must be a string, not a number"),
        ('{"text": "ok", "title": ["a"]}', "'title' must be a string or null, not an array"),
        ('{"text": "ok", "id": {"a": 1}}', "'id' must be a string or a number"),
        ('{"text": "ok", "published": "last week"}', "bad 'published'"),
    ],
)
def test_malformed_line_is_a_bad_record_and_the_file_goes_on(tmp_path: Path, line: str, message: str) -> None:
    path = write_lines(tmp_path / "articles.jsonl", ['{"text": "good one"}', line, '{"text": "good two"}'])
    first, bad, last = read_inputs([path], ReadOptions())
    assert isinstance(first, Article) and isinstance(last, Article)
    assert isinstance(bad, Failure)
    assert bad.input == f"{path}:2"
    assert bad.error == "BadRecord"
    assert message in bad.message


def test_blank_lines_are_skipped_but_keep_line_numbers(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "a.jsonl", ['{"text": "one"}', "", "   ", "{oops"])
    first, bad = read_inputs([path], ReadOptions())
    assert isinstance(first, Article)
    assert isinstance(bad, Failure) and bad.input.endswith("a.jsonl:4")


def test_undecodable_line_fails_alone(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "\xd0\xdf\xe8\xe2\xe5\xf2 \xec\xe8\xf0"}\n{"text": "ok too"}\n')
    first, bad, last = read_inputs([str(path)], ReadOptions())
    assert isinstance(bad, Failure) and bad.error == "BadEncoding" and bad.input.endswith(":2")
    assert isinstance(first, Article) and isinstance(last, Article)


def test_nul_byte_near_the_start_makes_the_file_binary(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "a\x00b"}\n{"text": "ok too"}\n')
    [failure] = read_inputs([str(path)], ReadOptions())
    assert isinstance(failure, Failure) and failure.error == "BinaryInput"
    assert failure.input == str(path)


def test_nul_byte_past_the_sniffed_head_fails_its_line_only(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    good = [b'{"text": "article %d"}\n' % i for i in range(600)]
    path.write_bytes(b"".join(good) + b'{"text": "a\x00b"}\n{"text": "ok too"}\n')
    items = list(read_inputs([str(path)], ReadOptions()))
    assert len(items) == 602
    assert isinstance(items[600], Failure) and items[600].error == "BinaryInput"
    assert items[600].input.endswith(":601")
    assert isinstance(items[601], Article)


def test_utf16_jsonl_with_bom_is_read(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    path.write_bytes('{"text": "première"}\n{"text": "second"}\n'.encode("utf-16"))
    items = list(read_inputs([str(path)], ReadOptions()))
    assert [i.text for i in items] == ["première", "second"]


def test_text_over_max_chars_fails_that_line_only(tmp_path: Path) -> None:
    path = write_lines(tmp_path / "a.jsonl", [json.dumps({"text": "x" * 500}), '{"text": "short"}'])
    big, small = read_inputs([path], ReadOptions(max_chars=100))
    assert isinstance(big, Failure) and big.error == "InputTooLarge" and big.input.endswith(":1")
    assert isinstance(small, Article)


def test_line_too_long_to_hold_is_skipped_without_reading_it_whole(tmp_path: Path) -> None:
    huge = json.dumps({"text": "x" * 2_000_000})
    path = write_lines(tmp_path / "a.jsonl", [huge, '{"text": "after"}'])
    big, after = read_inputs([path], ReadOptions(max_chars=1000))
    assert isinstance(big, Failure) and big.error == "InputTooLarge" and "line is over" in big.message
    assert isinstance(after, Article) and after.text == "after"


def test_file_of_blank_lines_is_empty_input(tmp_path: Path) -> None:
    [failure] = read_inputs([write_lines(tmp_path / "a.jsonl", ["", "  "])], ReadOptions())
    assert isinstance(failure, Failure) and failure.error == "EmptyInput"


def test_bundled_sample_reads_as_ten_dated_syrian_articles() -> None:
    from frontlines.datafiles import data_path

    items = list(read_inputs([str(data_path("sample/articles.jsonl"))], ReadOptions()))
    assert len(items) == 10 and all(isinstance(i, Article) for i in items)
    assert len({i.id for i in items}) == 10
    assert all(i.id.startswith("fakes-") and i.title and i.source and i.published for i in items)
    assert {i.country for i in items} == {"Syria"}
    assert all("\ufffd" not in i.text for i in items)
