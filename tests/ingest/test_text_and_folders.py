"""Plain-text files, folders and standard input."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

from frontlines.ingest import ReadOptions, read_inputs
from frontlines.records import Article, Failure


def test_text_file_is_one_article_named_after_the_file(tmp_path: Path, seed_text: str) -> None:
    path = tmp_path / "seed.txt"
    path.write_text(seed_text, encoding="utf-8")
    [article] = read_inputs([str(path)], ReadOptions(date=date(2015, 4, 2), country="Syria"))
    assert isinstance(article, Article)
    assert article.id == "seed.txt"
    assert article.text == seed_text
    assert article.published == date(2015, 4, 2)
    assert article.country == "Syria"


def test_utf8_bom_is_dropped_and_utf16_with_bom_is_read(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(b"\xef\xbb\xbfRebels shelled the town.")
    (tmp_path / "b.txt").write_bytes("Rebels shelled the town.".encode("utf-16"))
    texts = [a.text for a in read_inputs([str(tmp_path)], ReadOptions()) if isinstance(a, Article)]
    assert texts == ["Rebels shelled the town.", "Rebels shelled the town."]


def test_windows_1252_prose_is_read(tmp_path: Path) -> None:
    path = tmp_path / "legacy.txt"
    path.write_bytes("Le café du quartier a été touché, selon l’armée.".encode("cp1252"))
    [article] = read_inputs([str(path)], ReadOptions())
    assert isinstance(article, Article)
    assert article.text == "Le café du quartier a été touché, selon l’armée."


def test_folder_is_read_recursively_in_sorted_order_skipping_other_files(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text("Second article.", encoding="utf-8")
    (tmp_path / "a.txt").write_text("First article.", encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "c.jsonl").write_text(json.dumps({"text": "Third article."}) + "\n")
    (tmp_path / "notes.md").write_text("not an input", encoding="utf-8")
    (tmp_path / ".hidden.txt").write_text("hidden", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)], ReadOptions()))
    assert [i.id for i in items if isinstance(i, Article)] == ["a.txt", "b.txt", "sub/c.jsonl:1"]
    assert [i.text for i in items if isinstance(i, Article)] == [
        "First article.",
        "Second article.",
        "Third article.",
    ]


def test_one_bad_file_in_a_folder_does_not_stop_the_good_ones(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Clashes in the north.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"%PDF-1.7\n\x00\x01binary")
    (tmp_path / "c.txt").write_text("Protest in the capital.", encoding="utf-8")
    items = list(read_inputs([str(tmp_path)], ReadOptions()))
    assert [type(i).__name__ for i in items] == ["Article", "Failure", "Article"]
    failure = items[1]
    assert isinstance(failure, Failure)
    assert failure.input == str(tmp_path / "b.txt")
    assert failure.error == "BinaryInput"


def test_missing_path_and_empty_folder_are_failures(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    missing, empty = read_inputs([str(tmp_path / "nope.txt"), str(tmp_path / "empty")], ReadOptions())
    assert isinstance(missing, Failure) and missing.error == "InputError"
    assert "no such file" in missing.message
    assert isinstance(empty, Failure) and empty.error == "EmptyInput"
    assert ".jsonl" in empty.message


def test_stdin_plain_text_is_one_article() -> None:
    stream = io.BytesIO(b"On Wednesday, battles broke out in the camp.\n")
    [article] = read_inputs(["-"], ReadOptions(date=date(2015, 4, 2)), stdin=stream)
    assert isinstance(article, Article)
    assert article.id == "stdin"
    assert article.text == "On Wednesday, battles broke out in the camp.\n"
    assert article.published == date(2015, 4, 2)


def test_stdin_starting_with_a_brace_is_read_as_jsonl() -> None:
    lines = [{"id": "x1", "text": "Clashes in Aleppo."}, {"text": "Protest in Homs."}, {"title": "no text"}]
    stream = io.BytesIO("".join(json.dumps(line) + "\n" for line in lines).encode())
    items = list(read_inputs(["-"], ReadOptions(), stdin=stream))
    assert [i.id if isinstance(i, Article) else i.input for i in items] == ["x1", "stdin:2", "stdin:3"]
    assert isinstance(items[2], Failure) and items[2].error == "BadRecord"


def test_empty_stdin_is_empty_input() -> None:
    [failure] = read_inputs(["-"], ReadOptions(), stdin=io.BytesIO(b""))
    assert isinstance(failure, Failure)
    assert (failure.input, failure.error) == ("stdin", "EmptyInput")
