"""``frontlines extract`` end to end through the command line (real readers, real pipeline)."""

from __future__ import annotations

import csv
import fcntl
import io
import json
import os
import pty
import struct
import subprocess
import sys
import termios
import time
import traceback
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from frontlines.cli import cli
from frontlines.datafiles import data_path
from frontlines.records import OUTPUT_FIELDS

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
SEED = FIXTURES / "seed_yarmouk.txt"


def run(*args: str, stdin: bytes | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, ["extract", *args], input=stdin, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_help_starts_with_one_line_and_shows_examples() -> None:
    result = CliRunner().invoke(cli, ["extract", "--help"])
    assert result.exit_code == 0
    assert "Code news text into ACLED-style event records" in result.output
    assert "Examples:" in result.output
    assert "frontlines extract article.txt --date 2015-04-02" in result.output


def test_seed_is_coded_with_exit_zero_and_a_summary(tmp_path: Path) -> None:
    code, out, err = run(str(SEED), "--date", "2015-04-02", "--country", "Syria")
    assert code == 0
    assert "frontlines: 1 documents coded" in err
    for line in out.splitlines():
        assert json.loads(line)["doc_id"] == "seed_yarmouk.txt"


def test_folder_with_one_bad_file_codes_the_rest_lists_the_bad_and_exits_3(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"%PDF-1.7 \x00\x00")
    (tmp_path / "c.jsonl").write_text('{"text": "Protesters marched in Nairobi."}\n{"text": 3}\n')
    code, _, err = run(str(tmp_path), "--date", "2015-04-02")
    assert code == 3
    assert f"skipped {tmp_path / 'b.txt'}: BinaryInput: " in err
    assert f"skipped {tmp_path / 'c.jsonl'}:2: BadRecord: 'text' must be a string" in err
    assert "frontlines: 2 documents coded, " in err and ", 2 skipped" in err


def test_nothing_readable_exits_1_and_leaves_the_output_file_alone(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    output = tmp_path / "events.jsonl"
    output.write_text("previous run\n", encoding="utf-8")
    code, _, err = run(str(tmp_path / "empty.txt"), str(tmp_path / "missing.txt"), "--output", str(output))
    assert code == 1
    assert "EmptyInput" in err and "no such file or folder" in err
    assert output.read_text(encoding="utf-8") == "previous run\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "events.jsonl"]


def test_output_file_is_replaced_whole_with_no_temporary_left(tmp_path: Path) -> None:
    output = tmp_path / "events.csv"
    output.write_text("stale content\n", encoding="utf-8")
    code, out, _ = run(str(SEED), "--date", "2015-04-02", "--format", "csv", "--output", str(output))
    assert code == 0
    assert out == ""
    header = next(csv.reader(io.StringIO(output.read_text(encoding="utf-8"))))
    assert tuple(header) == OUTPUT_FIELDS
    assert sorted(p.name for p in tmp_path.iterdir()) == ["events.csv"]


def test_csv_output_keeps_acled_column_order_then_ours() -> None:
    code, out, _ = run(str(SEED), "--date", "2015-04-02", "--format", "csv")
    assert code == 0
    header = next(csv.reader(io.StringIO(out)))
    assert header[:27] == list(OUTPUT_FIELDS[:27])
    assert header[-5:] == ["fatalities_low", "fatalities_high", "injuries", "confidence", "evidence"]


def test_stdin_text_and_stdin_jsonl(tmp_path: Path) -> None:
    code, _, err = run("-", "--date", "2015-04-02", stdin=SEED.read_bytes())
    assert code == 0 and "1 documents coded" in err
    lines = b'{"id": "k1", "text": "Police fired tear gas at protesters in Nairobi."}\n{"oops"\n'
    code, _, err = run("-", stdin=lines)
    assert code == 3
    assert "skipped stdin:2: BadRecord: not valid JSON" in err


def test_csv_input_with_named_columns(tmp_path: Path) -> None:
    path = tmp_path / "news.csv"
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([["uid", "body", "day"], ["s1", SEED.read_text(encoding="utf-8"), "2015-04-02"]])
    code, _, err = run(str(path), "--text-column", "body", "--id-column", "uid", "--date-column", "day")
    assert code == 0 and "1 documents coded" in err
    code, _, err = run(str(path))
    assert code == 1
    assert "no column 'text'; the header has 'uid', 'body', 'day'" in err


def test_output_into_a_missing_folder_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run(str(SEED), "--output", str(tmp_path / "no" / "events.jsonl"))
    assert code == 2 and "does not exist" in err


def test_bad_date_flag_is_a_usage_error() -> None:
    code, _, err = run(str(SEED), "--date", "02/04/2015")
    assert code == 2 and "--date" in err


def test_bundled_sample_is_read_whole() -> None:
    sample = data_path("sample/articles.jsonl")
    code, _, err = run(str(sample))
    assert code == 0
    assert "frontlines: 10 documents coded" in err


def test_missing_actor_file_is_a_usage_error(tmp_path: Path) -> None:
    code, _, err = run(str(SEED), "--actors", str(tmp_path / "nope.tsv"))
    assert code == 2 and "--actors" in err


def test_bad_actor_file_stops_with_its_file_and_line(tmp_path: Path) -> None:
    actors = tmp_path / "mine.tsv"
    actors.write_text("id\tname\tinter\nkwamba\tKwamba Militia\tnine\n", encoding="utf-8")
    code, _, err = run(str(SEED), "--actors", str(actors))
    assert code == 2
    assert f"{actors}:2" in err


@pytest.mark.slow
def test_installed_command_reads_a_real_pipe() -> None:
    command = [str(Path(sys.executable).parent / "frontlines"), "extract", "-", "--date", "2015-04-02"]
    done = subprocess.run(command, input=SEED.read_bytes(), capture_output=True, timeout=300, check=False)
    assert done.returncode == 0, done.stderr.decode()
    assert b"1 documents coded" in done.stderr
    assert b"it/s" not in done.stderr  # no progress bar when standard error is not a terminal


def test_seed_yields_events_dated_wednesday_with_evidence() -> None:
    code, out, _ = run(str(SEED), "--date", "2015-04-02", "--country", "Syria")
    assert code == 0
    records = [json.loads(line) for line in out.splitlines()]
    assert len(records) >= 1
    assert list(records[0])[: len(OUTPUT_FIELDS)] == list(OUTPUT_FIELDS)
    assert any(r["event_date"] == "2015-04-01" for r in records)
    assert all(r["evidence"] for r in records)


def test_bundled_sample_yields_events() -> None:
    code, out, _ = run(str(data_path("sample/articles.jsonl")))
    assert code == 0
    doc_ids = {json.loads(line)["doc_id"] for line in out.splitlines()}
    assert len(doc_ids) >= 5


def _stderr_on_a_terminal(child: Callable[[], None]) -> bytes:
    """Run ``child`` in a forked process whose standard error is a 100-column terminal."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: never return into pytest
        try:
            fcntl.ioctl(2, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))
            sys.stderr = open(2, "w", buffering=1, closefd=False)  # noqa: SIM115 (pytest captured it)
            child()
        except BaseException:
            traceback.print_exc()  # shows in the output the test reads
        finally:
            os._exit(0)
    out = b""
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        out += data
    os.waitpid(pid, 0)
    return out


def test_progress_bar_shows_on_a_terminal_only_for_long_runs() -> None:
    from frontlines.cli import extract as command
    from frontlines.records import Failure

    def documents(n: int) -> Iterator[int]:
        for i in range(n):
            time.sleep(0.1)
            yield i

    def child() -> None:
        command.PROGRESS_DELAY_SECONDS = 0.3
        for _ in command._progress(documents(2)):  # type: ignore[arg-type]
            pass
        sys.stderr.write("--short run done--\n")
        for i in command._progress(documents(8)):  # type: ignore[arg-type]
            if i == 6:
                bad = Failure(doc_id="x", input="a.jsonl:3", error="BadRecord", message="oops")
                command._report(bad, command.Tally())

    short, long = _stderr_on_a_terminal(child).split(b"--short run done--")
    assert b"doc/s" not in short
    assert b"doc/s" in long
    assert b"skipped a.jsonl:3: BadRecord: oops\r\n" in long


def test_user_actor_file_names_the_actor_in_events(tmp_path: Path) -> None:
    actors = tmp_path / "mine.tsv"
    actors.write_text(
        "id\tname\tinter\tcountry\tkind\taliases\n"
        "kwamba-militia\tKwamba Militia\t4\tKEN\tmilitia\tKwamba boys|Kwamba\n",
        encoding="utf-8",
    )
    text = tmp_path / "raid.txt"
    text.write_text(
        "The Kwamba boys attacked a village near Mandera on Tuesday, killing three people "
        "and burning homes, police said.\n",
        encoding="utf-8",
    )
    flags = ("--date", "2020-05-06", "--country", "Kenya")

    def actor_names(*extra: str) -> set[str]:
        code, out, _ = run(str(text), *flags, *extra)
        assert code == 0
        records = [json.loads(line) for line in out.splitlines()]
        return {name for r in records for name in (r["actor1"], r["actor2"]) if name}

    assert "Kwamba Militia" not in actor_names()
    assert "Kwamba Militia" in actor_names("--actors", str(actors))
