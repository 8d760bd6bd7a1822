"""Reading batch inputs: folders, JSONL and CSV through ingest, Parquet rows here."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from batch_inputs import EXPECTED_BAD, OPTIONS, write_inputs

from frontlines.batch.sources import InputFile, local_input_files, read_articles
from frontlines.ingest import ReadOptions
from frontlines.records import Article, Failure


def test_folder_lists_batch_files_sorted_and_skips_hidden_and_other_kinds(tmp_path: Path) -> None:
    write_inputs(tmp_path)
    listed = list(local_input_files([str(tmp_path)]))
    assert [item.name for item in listed if isinstance(item, InputFile)] == [
        "articles.jsonl",
        "more.csv",
        "nested/rows.parquet",
    ]
    assert all(isinstance(item, InputFile) for item in listed)


def test_every_good_record_is_read_and_each_bad_one_named(tmp_path: Path) -> None:
    records = write_inputs(tmp_path)
    items = list(read_articles([str(tmp_path)], OPTIONS))
    articles = [i for i in items if isinstance(i, Article)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert {a.id for a in articles} >= {r["id"] for r in records}
    assert {a.id: a.published for a in articles}["fakes-1965511175"] is not None
    assert "articles.jsonl:9" in {a.id for a in articles}  # a line without an id: file:line
    assert {(f.input.removeprefix(f"{tmp_path}/"), f.error) for f in failures} == EXPECTED_BAD


def test_parquet_row_fields_and_types(tmp_path: Path) -> None:
    path = tmp_path / "typed.parquet"
    table = pa.table(
        {
            "body": ["Troops shelled the town.", "Rebels were killed."],
            "doc": [7, 8],
            "day": pa.array([datetime(2015, 4, 2, 23, 0, tzinfo=UTC), None], pa.timestamp("us", "UTC")),
            "title": ["One", None],
        }
    )
    pq.write_table(table, path)
    options = ReadOptions(text_column="body", id_column="doc", date_column="day", country="Syria")
    first, second = read_articles([str(path)], options)
    assert isinstance(first, Article) and isinstance(second, Article)
    assert (first.id, first.published, first.title, first.country) == ("7", date(2015, 4, 2), "One", "Syria")
    assert (second.id, second.published, second.title) == ("8", None, None)


def test_parquet_without_the_text_column_is_one_failure_naming_the_columns(tmp_path: Path) -> None:
    path = tmp_path / "wrong.parquet"
    pq.write_table(pa.table({"content": ["a"], "id": ["x"]}), path)
    [failure] = read_articles([str(path)], ReadOptions())
    assert isinstance(failure, Failure)
    assert failure.error == "BadRecord"
    assert "no column 'text'" in failure.message and "'content'" in failure.message


def test_parquet_row_with_a_number_as_text_is_a_bad_record(tmp_path: Path) -> None:
    path = tmp_path / "numbers.parquet"
    pq.write_table(pa.table({"text": pa.array(["ok text", None], pa.string()), "n": [1, 2]}), path)
    good, bad = read_articles([str(path)], ReadOptions())
    assert isinstance(good, Article) and good.id == "numbers.parquet:1"
    assert isinstance(bad, Failure) and bad.input == f"{path}:2"


def test_missing_path_and_unsupported_file_are_failures(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("text", encoding="utf-8")
    missing, unsupported = read_articles([str(tmp_path / "nope.jsonl"), str(tmp_path / "a.txt")], ReadOptions())
    assert isinstance(missing, Failure) and "no such file" in missing.message
    assert isinstance(unsupported, Failure) and "jsonl, .csv, .parquet" in unsupported.message
