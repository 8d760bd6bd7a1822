"""``frontlines actors search NAME``: how a name resolves in the actor registry, and why."""

from __future__ import annotations

from pathlib import Path

import click


def register(group: click.Group) -> None:
    group.add_command(actors)


@click.group()
def actors() -> None:
    """Look names up in the actor registry.

    \b
    Examples:
      frontlines actors search ISIL
      frontlines actors search "Syrian rebels"
      frontlines actors search "Kenyan police" --date 2020-05-01
      frontlines actors search "Jaish al Islam" --actors my_actors.tsv
    """


@actors.command()
@click.argument("name")
@click.option(
    "--actors",
    "actors_files",
    multiple=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    help="A TSV of extra actors (id, name, inter, country, cameo, kind, aliases); overrides the registry.",
)
@click.option(
    "--date",
    "event_date",
    type=click.DateTime(["%Y-%m-%d"]),
    default=None,
    help="Event date for date-bounded names (regime periods), YYYY-MM-DD.",
)
@click.option("--limit", default=5, show_default=True, help="Most candidates shown.")
def search(name: str, actors_files: tuple[Path, ...], event_date: object, limit: int) -> None:
    """Show how NAME resolves: canonical name, inter code, country and the rule that decided it.

    \b
    Example:
      frontlines actors search Daesh
    """
    from frontlines.actors import load_registry
    from frontlines.settings import load_settings

    settings = load_settings({"actors_files": actors_files or None})
    registry = load_registry(settings=settings)
    when = event_date.date() if event_date is not None else None  # type: ignore[attr-defined]
    results = registry.search(name, limit=limit, event_date=when)
    if not results:
        click.echo(f"no actor found for '{name}'")
        return
    click.echo("score\tname\tinter\tcountry\tid\twhy")
    for entry, score, why in results:
        click.echo(f"{score:.2f}\t{entry.name}\t{entry.inter or ''}\t{entry.country}\t{entry.id}\t{why}")
