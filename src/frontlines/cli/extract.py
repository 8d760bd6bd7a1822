"""``frontlines extract``: code news text into event records."""

from __future__ import annotations

import click


def register(group: click.Group) -> None:
    group.add_command(extract)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
def extract(inputs: tuple[str, ...]) -> None:
    """Code news text into ACLED-style event records (work in progress)."""
