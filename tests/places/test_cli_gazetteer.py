"""``frontlines gazetteer build|add|search`` through the real CLI, on small indexes."""

from __future__ import annotations

import shutil
from pathlib import Path

from click.testing import CliRunner

from frontlines.cli import cli
from frontlines.places.gazetteer import Gazetteer

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "places"


def test_gazetteer_help_lists_commands_with_examples() -> None:
    result = CliRunner().invoke(cli, ["gazetteer", "--help"])
    assert result.exit_code == 0
    for command in ("build", "add", "search"):
        assert command in result.output
    assert "frontlines gazetteer add SY.txt" in result.output
    for command in ("build", "add", "search"):
        sub = CliRunner().invoke(cli, ["gazetteer", command, "--help"])
        assert sub.exit_code == 0 and "Example" in sub.output


def test_build_from_a_cities_file_then_search(tmp_path: Path) -> None:
    index = tmp_path / "gaz.sqlite"
    runner = CliRunner()
    cities = str(FIXTURES / "mini_cities500.txt")
    built = runner.invoke(cli, ["gazetteer", "build", "--index", str(index), "--cities", cities])
    assert built.exit_code == 0, built.output
    assert "places 20" in built.output
    found = runner.invoke(cli, ["gazetteer", "search", "Kobani", "--index", str(index)])
    assert found.exit_code == 0
    lines = found.output.strip().splitlines()
    assert lines[0].startswith("geonameid\tname")
    assert lines[1].split("\t")[:3] == ["172256", "‘Ayn al ‘Arab", "Syria"]
    only_tz = runner.invoke(cli, ["gazetteer", "search", "Kobani", "--country", "TZ", "--index", str(index)])
    assert [line.split("\t")[2] for line in only_tz.output.strip().splitlines()[1:]] == ["Tanzania"]


def test_add_a_dump_then_search_the_village(small_gazetteer: Gazetteer, tmp_path: Path) -> None:
    index = tmp_path / "gaz.sqlite"
    shutil.copy(small_gazetteer.path, index)
    runner = CliRunner()
    added = runner.invoke(cli, ["gazetteer", "add", str(FIXTURES / "SY_sample.txt"), "--index", str(index)])
    assert added.exit_code == 0, added.output
    assert "merged 1 places" in added.output
    found = runner.invoke(cli, ["gazetteer", "search", "Zamalka", "--index", str(index)])
    assert "90000001\tZamalka\tSyria" in found.output


def test_search_for_a_missing_place_says_so(small_gazetteer: Gazetteer) -> None:
    result = CliRunner().invoke(cli, ["gazetteer", "search", "Xyzabad", "--index", str(small_gazetteer.path)])
    assert result.exit_code == 0 and "no place found for 'Xyzabad'" in result.output


def test_bad_dump_is_a_clean_error(small_gazetteer: Gazetteer, tmp_path: Path) -> None:
    index = tmp_path / "gaz.sqlite"
    shutil.copy(small_gazetteer.path, index)
    bad = tmp_path / "bad.txt"
    bad.write_text("not\ta\tdump\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["gazetteer", "add", str(bad), "--index", str(index)])
    assert result.exit_code == 2
    assert "line 1 of" in result.output and "GeoNames dump" in result.output
