"""``frontlines actors search`` through the real CLI."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from frontlines.cli import cli


def test_search_shows_canonical_name_and_rule() -> None:
    result = CliRunner().invoke(cli, ["actors", "search", "Daesh"])
    assert result.exit_code == 0, result.output
    assert "Islamic State" in result.output
    assert "alias:daesh" in result.output


def test_search_composes_with_the_event_date() -> None:
    result = CliRunner().invoke(cli, ["actors", "search", "Kenyan police", "--date", "2020-05-01"])
    assert "Police Forces of Kenya (2013-2022)" in result.output


def test_search_falls_back_to_fuzzy_candidates() -> None:
    result = CliRunner().invoke(cli, ["actors", "search", "Jaish al Islaam"])
    assert result.exit_code == 0
    assert "Jaish al-Islam" in result.output.splitlines()[1]


def test_search_reads_a_user_file(tmp_path: Path) -> None:
    user = tmp_path / "mine.tsv"
    user.write_text("id\tname\tinter\tcountry\tkind\taliases\nx\tKwamba Militia\t4\tKEN\tmilitia\tKwamba\n")
    result = CliRunner().invoke(cli, ["actors", "search", "Kwamba", "--actors", str(user)])
    assert "Kwamba Militia" in result.output


def test_actors_help_has_an_example() -> None:
    result = CliRunner().invoke(cli, ["actors", "search", "--help"])
    assert "Example" in result.output


def test_command_is_documented() -> None:
    docs = (Path(__file__).resolve().parents[2] / "docs" / "actors.md").read_text(encoding="utf-8")
    assert "frontlines actors search" in docs
