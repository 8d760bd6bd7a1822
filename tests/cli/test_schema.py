"""``frontlines schema`` and the documents that describe the event record."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from frontlines.cli import cli
from frontlines.cli.schema import schema_text
from frontlines.records import OUTPUT_FIELDS, Event

DOCS = Path(__file__).resolve().parents[2] / "docs"


def test_committed_json_schema_is_current() -> None:
    committed = (DOCS / "event.schema.json").read_text(encoding="utf-8")
    assert committed == schema_text(), "run: frontlines schema --output docs/event.schema.json"


def test_schema_command_prints_the_schema_and_writes_a_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["schema"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["title"] == "Event"
    output = tmp_path / "event.schema.json"
    assert CliRunner().invoke(cli, ["schema", "--output", str(output)]).exit_code == 0
    assert output.read_text(encoding="utf-8") == schema_text()


def test_schema_help_shows_an_example() -> None:
    result = CliRunner().invoke(cli, ["schema", "--help"])
    assert result.exit_code == 0 and "frontlines schema --output docs/event.schema.json" in result.output


def test_schema_doc_describes_every_event_field() -> None:
    text = (DOCS / "schema.md").read_text(encoding="utf-8")
    missing = [name for name in Event.model_fields if f"| `{name}` |" not in text]
    assert missing == []
    positions = [text.index(f"| `{name}` |") for name in OUTPUT_FIELDS]
    assert positions == sorted(positions), "schema.md lists the columns in output order"


def test_cli_doc_covers_extract_and_schema() -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    assert "## frontlines extract" in text and "## frontlines schema" in text
    for flag in ("--date", "--country", "--format", "--output", "--actors", "--text-column", "--id-column"):
        assert flag in text
