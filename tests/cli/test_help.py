"""Every command has help that starts with one line and shows a worked example, and is documented."""

from __future__ import annotations

from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from frontlines.cli import cli

DOCS = Path(__file__).resolve().parents[2] / "docs"


def _commands(group: click.Group, prefix: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], click.Command]]:
    found = []
    for name, command in sorted(group.commands.items()):
        path = (*prefix, name)
        found.append((path, command))
        if isinstance(command, click.Group):
            found.extend(_commands(command, path))
    return found


COMMANDS = _commands(cli)


def test_there_are_commands() -> None:
    assert {"extract", "ingest", "events", "export", "serve", "batch", "evaluate"} <= {p[0] for p, _ in COMMANDS}


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_command_help_has_summary_and_example(path: tuple[str, ...], command: click.Command) -> None:
    result = CliRunner().invoke(cli, [*path, "--help"])
    assert result.exit_code == 0, result.output
    assert command.help and command.help.strip().splitlines()[0].strip()
    assert "frontlines " + path[0] in result.output, f"'frontlines {' '.join(path)} --help' shows no example"


@pytest.mark.parametrize(("path", "command"), COMMANDS, ids=[" ".join(p) for p, _ in COMMANDS])
def test_command_appears_in_docs(path: tuple[str, ...], command: click.Command) -> None:
    docs = "\n".join(p.read_text(encoding="utf-8") for p in DOCS.glob("*.md"))
    assert "frontlines " + " ".join(path) in docs, f"'frontlines {' '.join(path)}' is not in docs/"
