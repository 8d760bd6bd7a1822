"""``frontlines schema``: the JSON Schema of the event records ``extract`` writes."""

from __future__ import annotations

import json
from pathlib import Path

import click


def register(group: click.Group) -> None:
    group.add_command(schema)


def schema_text() -> str:
    """The schema as the committed docs/event.schema.json holds it (2-space indent, final newline)."""
    from frontlines.export.writers import event_schema

    return json.dumps(event_schema(), indent=2, ensure_ascii=False) + "\n"


@click.command()
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="File to write; default stdout")
def schema(output: str | None) -> None:
    """Print the JSON Schema of one event record, generated from the typed model.

    \b
    The same schema is published as docs/event.schema.json.
    Examples:
      frontlines schema
      frontlines schema --output docs/event.schema.json
    """
    text = schema_text()
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=False)
