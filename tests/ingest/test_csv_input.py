"""CSV input: one article a row, columns named by options, bad rows reported by line."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from frontlines.ingest import ReadOptions, read_inputs
from frontlines.records import Article, Failure


def write_csv(path: Path, rows: list[list[str]]) -> str:
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows(rows)
    return str(path)


def test_named_columns_are_read(tmp_path: Path) -> None:
    rows = [
        ["uid", "body", "day", "outlet", "where"],
        ["a1", "Shelling hit the market.\nTwo were killed.", "4/5/2017", "AFP", "Syria"],
        ["a2", "Protesters marched.", "", "", ""],
    ]
    options = ReadOptions(
        text_column="body",
        id_column="uid",
        date_column="day",
        source_column="outlet",
        country_column="where",
        date=date(2020, 1, 1),
        country="Kenya",
    )
    first, second = read_inputs([write_csv(tmp_path / "news.csv", rows)], options)
    assert first == Article(
        id="a1",
        text="Shelling hit the market.\nTwo were killed.",
        published=date(2017, 4, 5),
        source="AFP",
        country="Syria",
    )
    assert second == Article(id="a2", text="Protesters marched.", published=date(2020, 1, 1), country="Kenya")


def test_default_id_is_file_and_line_of_the_row(tmp_path: Path) -> None:
    rows = [["text"], ["first\nspans two lines"], ["second"]]
    first, second = read_inputs([write_csv(tmp_path / "n.csv", rows)], ReadOptions())
    assert (first.id, second.id) == ("n.csv:2", "n.csv:4")


def test_row_with_wrong_cell_count_is_a_bad_record(tmp_path: Path) -> None:
    path = tmp_path / "n.csv"
    path.write_text("id,text\n1,good\n2,bad,extra\n3,good too\n", encoding="utf-8")
    first, bad, last = read_inputs([str(path)], ReadOptions(id_column="id"))
    assert isinstance(first, Article) and isinstance(last, Article)
    assert isinstance(bad, Failure)
    assert (bad.input, bad.error) == (f"{path}:3", "BadRecord")
    assert "3 cells but the header names 2 columns" in bad.message


def test_missing_text_column_fails_the_whole_file_naming_the_columns(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "n.csv", [["id", "body"], ["1", "text here"]])
    [failure] = read_inputs([path], ReadOptions())
    assert isinstance(failure, Failure) and failure.error == "BadRecord"
    assert failure.input == f"{path}:1"
    assert "no column 'text'" in failure.message
    assert "'id', 'body'" in failure.message
    assert "--text-column" in failure.message


def test_missing_named_date_column_fails_the_whole_file(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "n.csv", [["text"], ["x"]])
    [failure] = read_inputs([path], ReadOptions(date_column="when"))
    assert isinstance(failure, Failure) and "no column 'when'" in failure.message


def test_bad_date_and_empty_text_fail_their_rows(tmp_path: Path) -> None:
    rows = [["text", "day"], ["ok", "2015-04-02"], ["ok", "soon"], ["", "2015-04-02"]]
    good, bad_date, empty = read_inputs([write_csv(tmp_path / "n.csv", rows)], ReadOptions(date_column="day"))
    assert isinstance(good, Article) and good.published == date(2015, 4, 2)
    assert isinstance(bad_date, Failure) and "bad 'published'" in bad_date.message
    assert isinstance(empty, Failure) and "empty 'text'" in empty.message


def test_header_only_is_empty_and_empty_file_is_empty(tmp_path: Path) -> None:
    header_only = write_csv(tmp_path / "h.csv", [["text"]])
    (tmp_path / "e.csv").write_bytes(b"")
    items = list(read_inputs([header_only, str(tmp_path / "e.csv")], ReadOptions()))
    assert [(i.error, i.input) for i in items if isinstance(i, Failure)] == [
        ("EmptyInput", header_only),
        ("EmptyInput", str(tmp_path / "e.csv")),
    ]


def test_csv_with_bom_and_windows_1252_cells(tmp_path: Path) -> None:
    path = tmp_path / "n.csv"
    path.write_bytes(b"\xef\xbb\xbftext\nfirst\n")
    (tmp_path / "w.csv").write_bytes("text\nLe café a été touché\n".encode("cp1252"))
    first, second = read_inputs([str(path), str(tmp_path / "w.csv")], ReadOptions())
    assert first.text == "first"
    assert second.text == "Le café a été touché"


def test_text_over_max_chars_fails_its_row(tmp_path: Path) -> None:
    rows = [["text"], ["y" * 300], ["short"]]
    big, small = read_inputs([write_csv(tmp_path / "n.csv", rows)], ReadOptions(max_chars=100))
    assert isinstance(big, Failure) and big.error == "InputTooLarge"
    assert isinstance(small, Article)
