"""``frontlines evaluate`` and ``evaluate-all`` end to end, through the real pipeline."""

from __future__ import annotations

import json
import shutil
from datetime import date

import pytest
from _kit import FIXTURES, synthetic_acled
from click.testing import CliRunner

from frontlines import __version__
from frontlines.cli import cli


def test_both_commands_have_help_with_examples():
    runner = CliRunner()
    for command in ("evaluate", "evaluate-all"):
        result = runner.invoke(cli, [command, "--help"])
        assert result.exit_code == 0
        assert "Examples:" in result.output


def test_unreadable_gold_exits_2_and_names_the_line(tmp_path):
    bad = tmp_path / "bad.tsv"
    bad.write_text("1\tA bomb exploded.\tREM_EXPLOS\n2\tno label here\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["evaluate", str(bad), "--format", "case2021"])
    assert result.exit_code == 2
    assert "line 2" in result.output


@pytest.mark.slow
def test_evaluate_prints_the_table_and_writes_json_and_html(tmp_path):
    out = tmp_path / "figures.json"
    result = CliRunner().invoke(
        cli,
        [
            "evaluate",
            str(FIXTURES / "news_snippets.jsonl"),
            "--format",
            "news",
            "--json",
            str(out),
            "--report",
            str(tmp_path / "html"),
        ],
    )
    assert result.exit_code == 0, result.output
    assert "sub_event_type micro-F1" in result.output
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["items"] == 4
    assert data["failures"] == 0
    (page,) = (tmp_path / "html").glob("*.html")
    assert "<svg" in page.read_text(encoding="utf-8")


@pytest.mark.slow
def test_evaluate_all_writes_the_accuracy_page_with_date_and_version(tmp_path):
    layout = {
        "news_acled_dev/news_acled_dev.jsonl": FIXTURES / "news_snippets.jsonl",
        "acled_kenya/acled_data.csv": synthetic_acled("acled_kenya_synthetic.csv"),
        "wcep_sept2015/wikitimes_CEP_2015-09.json": FIXTURES / "wcep_sample.json",
    }
    for target, source in layout.items():
        (tmp_path / target).parent.mkdir(parents=True)
        shutil.copy(source, tmp_path / target)
    page = tmp_path / "accuracy.md"
    result = CliRunner().invoke(cli, ["evaluate-all", str(tmp_path), "--write", str(page), "--seed", "2"])
    assert result.exit_code == 0, result.output
    text = page.read_text(encoding="utf-8")
    assert f"Generated on {date.today().isoformat()} with frontlines {__version__}" in text
    assert "### acled_kenya/acled_data.csv (`--format acled`)" in text
    assert "### wcep_sept2015/wikitimes_CEP_2015-09.json (`--format wcep`)" in text
    assert "crowd beat" not in text  # figures only, never gold text
