"""``frontlines ingest``, ``frontlines events`` and ``frontlines export``: the event store's commands."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

import click

if TYPE_CHECKING:
    from frontlines.records import Article, Event, Failure
    from frontlines.store import EventDetail, EventFilter, Store

#: Exit codes of ingest: all stored; nothing could be read or stored; some documents failed.
EXIT_OK, EXIT_NOTHING_STORED, EXIT_SOME_FAILED = 0, 1, 3
#: Columns of ``frontlines events --format table``.
TABLE_COLUMNS = (
    "event_id",
    "event_date",
    "sub_event_type",
    "location",
    "actor1",
    "actor2",
    "fatalities",
    "source",
)
#: The progress bar appears only after this many seconds, so short runs stay quiet.
PROGRESS_DELAY_SECONDS = 2.0


def register(group: click.Group) -> None:
    group.add_command(ingest)
    group.add_command(events)
    group.add_command(export)


def db_option(function: Callable[..., Any]) -> Callable[..., Any]:
    return click.option("--db", help="Database URL (default: FRONTLINES_DB_URL, else sqlite:///frontlines.sqlite)")(
        function
    )


def open_from_flags(db: str | None) -> Store:
    from frontlines.settings import load_settings
    from frontlines.store import open_store

    return open_store(load_settings({"db_url": db}).db_url)


def filter_options(function: Callable[..., Any]) -> Callable[..., Any]:
    """The event filters shared by ``events`` and ``export``."""
    day = click.DateTime(["%Y-%m-%d"])
    options = [
        click.option("--from", "date_from", type=day, help="First day YYYY-MM-DD, inclusive"),
        click.option("--to", "date_to", type=day, help="Last day YYYY-MM-DD, inclusive"),
        click.option("--country", help="Country name, e.g. Syria"),
        click.option("--bbox", help="Bounding box west,south,east,north in degrees, e.g. 35,32,42.5,37.5"),
        click.option("--actor", help="Actor name (actor1, actor2 or associated)"),
        click.option("--type", "event_type", help="ACLED event type, e.g. Battles"),
        click.option("--sub-type", "sub_event_type", help="ACLED sub-event type, e.g. 'Armed clash'"),
        click.option("--source", help="Outlet of one of the event's reports, e.g. SOHR"),
        click.option("--text", help="Words in the notes"),
    ]
    for option in reversed(options):
        function = option(function)
    return function


def build_filter(values: dict[str, Any]) -> EventFilter:
    from frontlines.store import EventFilter

    bbox = values.pop("bbox", None)
    if bbox:
        try:
            west, south, east, north = (float(v) for v in bbox.split(","))
        except ValueError as exc:
            raise click.BadParameter("give four numbers: west,south,east,north", param_hint="--bbox") from exc
        values["bbox"] = (west, south, east, north)
    for name in ("date_from", "date_to"):
        if isinstance(values.get(name), datetime):
            values[name] = values[name].date()
    try:
        return EventFilter(**values)
    except ValueError as exc:
        raise click.BadParameter(str(exc)) from exc


# -- ingest -----------------------------------------------------------------------------------


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@db_option
@click.option("--date", "date_", type=click.DateTime(["%Y-%m-%d"]), help="Publication date for inputs without one")
@click.option("--country", help="Country hint for the geocoder, for inputs that give none")
@click.option("--no-merge", is_flag=True, help="Store reports without merging them into events")
def ingest(
    inputs: tuple[str, ...], db: str | None, date_: datetime | None, country: str | None, no_merge: bool
) -> None:
    """Extract events from news text and store them, merged across sources.

    \b
    INPUT is what `frontlines extract` reads: .txt, .html, .jsonl, .csv, a folder, or -.
    Each document is stored in its own transaction. Stored content is skipped (resumable);
    a new version of a document (same id or URL) replaces its events. Bad documents are
    listed at the end. Exit code: 0 all stored, 1 nothing stored, 3 some documents failed.
    Examples:
      frontlines ingest articles.jsonl
      frontlines ingest news/ --db postgresql+psycopg://me@localhost/frontlines
    """
    from frontlines.ingest import ReadOptions, read_inputs
    from frontlines.pipeline import build_pipeline
    from frontlines.settings import load_settings
    from frontlines.store import IngestReport, open_store

    settings = load_settings({"db_url": db})
    store = open_store(settings.db_url)
    options = ReadOptions(date=date_.date() if date_ else None, country=country, max_chars=settings.max_chars)
    read_failures: list[Failure] = []
    articles = unstored(store, read_inputs(inputs, options, stdin=sys.stdin.buffer), read_failures)
    results = build_pipeline(settings).code(articles)
    report: IngestReport = store.ingest_results(progress(results), merge=not no_merge)
    report.failures[:0] = read_failures
    for failure in report.failures:
        click.echo(f"failed {failure.input}: {failure.error}: {failure.message}", err=True)
    click.echo(
        f"frontlines: {report.articles_stored} articles stored ({report.articles_replaced} replaced), "
        f"{report.articles_skipped} already stored, {report.reports_stored} reports, "
        f"{report.events_created} new events, {report.reports_merged} merged, "
        f"{len(report.failures)} failed; database {store.url}",
        err=True,
    )
    stored = report.articles_stored + report.articles_skipped
    sys.exit(EXIT_NOTHING_STORED if not stored else EXIT_SOME_FAILED if report.failures else EXIT_OK)


def unstored(store: Store, items: Iterable[Article | Failure], failures: list[Failure]) -> Iterator[Article]:
    """Articles not stored yet (a resumed run skips the rest before any NLP); failures set aside."""
    from frontlines.records import Failure

    for item in items:
        if isinstance(item, Failure):
            failures.append(item)
        elif not store.has_article(item):
            yield item


def progress(items: Iterator[Any]) -> Iterator[Any]:
    if not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return iter(tqdm(items, unit="doc", file=sys.stderr, delay=PROGRESS_DELAY_SECONDS, leave=False))


# -- events -----------------------------------------------------------------------------------


@click.group(invoke_without_command=True)
@db_option
@filter_options
@click.option("--format", "format_", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--limit", type=click.IntRange(1, 1000), default=50, show_default=True, help="Events per page")
@click.option("--cursor", help="The next-page cursor a previous run printed")
@click.pass_context
def events(ctx: click.Context, db: str | None, format_: str, limit: int, cursor: str | None, **filters: Any) -> None:
    """List merged events, newest first, with filters; or show or split one event.

    \b
    Examples:
      frontlines events --country Syria --from 2016-01-01 --to 2016-01-31
      frontlines events --bbox 35,32,42.5,37.5 --type Battles --format csv
      frontlines events show FLE-0123456789abcdef
      frontlines events split FLE-0123456789abcdef FL-fedcba9876543210
    """
    ctx.ensure_object(dict)
    ctx.obj["db"] = db
    if ctx.invoked_subcommand is not None:
        return
    store = open_from_flags(db)
    page = store.query_events(build_filter(filters), cursor, limit)
    print_events(page.events, format_, sys.stdout)
    if page.next_cursor:
        click.echo(f"more: --cursor {page.next_cursor}", err=True)


def print_events(found: list[Event], format_: str, stream: TextIO) -> None:
    if format_ == "json":
        from frontlines.export.writers import event_record

        json.dump([event_record(e) for e in found], stream, ensure_ascii=False, indent=1)
        stream.write("\n")
    elif format_ == "csv":
        from frontlines.export.formats import write_acled_csv

        write_acled_csv(found, stream)
    else:
        rows = [[_cell(e.acled_row()[c]) for c in TABLE_COLUMNS] for e in found]
        widths = [max([len(c), *(len(r[i]) for r in rows)]) for i, c in enumerate(TABLE_COLUMNS)]
        for row in [list(TABLE_COLUMNS), *rows]:
            stream.write("  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() + "\n")


def _cell(value: Any, width: int = 32) -> str:
    text = "" if value is None else str(value)
    return text if len(text) <= width else text[: width - 1] + "…"


@events.command("show")
@click.argument("event_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="The full detail as JSON")
@click.pass_context
def show(ctx: click.Context, event_id: str, db: str | None, as_json: bool) -> None:
    """Show one event: its fields, its reports and why they were joined, and its disputes.

    \b
    Example:
      frontlines events show FLE-0123456789abcdef
    """
    detail = open_from_flags(db or ctx.obj["db"]).get_event(event_id)
    if detail is None:
        raise click.ClickException(f"no event {event_id}; list events with `frontlines events`")
    if as_json:
        click.echo(detail.model_dump_json(indent=1))
    else:
        click.echo(describe(detail))


def describe(detail: EventDetail) -> str:
    """The event, its reports with the merge's reasons, and its disputes, as readable text."""
    e = detail.event
    lines = [
        f"{e.event_id}  {e.event_date}  {e.event_type} / {e.sub_event_type}",
        f"  where: {e.location}, {e.admin1}, {e.country} ({e.latitude}, {e.longitude}; "
        f"geo_precision {e.geo_precision})",
        f"  who: {e.actor1} vs {e.actor2}",
        f"  fatalities: {e.fatalities} (lowest figure among sources)   sources: {e.source}",
        f"  notes: {e.notes}",
        f"reports ({len(detail.reports)}):",
    ]
    for r in detail.reports:
        lines.append(f"- {r.report_id}  {r.source}  published {r.published}  article {r.article_id[:12]}")
        lines.append(
            f"    {r.event.event_date} {r.event.sub_event_type} at {r.event.location}; fatalities {r.fatalities}"
        )
        if r.reason.score is None:
            lines.append("    founded the event")
        else:
            scores = r.reason.features.get("scores", {})
            detail_text = ", ".join(f"{k}={v}" for k, v in r.reason.features.items() if k not in ("scores",))
            lines.append(f"    joined with score {r.reason.score}: {scores}")
            lines.append(f"    because: {detail_text}")
    if detail.disputes:
        lines.append(f"disputes ({len(detail.disputes)}):")
        for d in detail.disputes:
            lines.append(f"- {d.kind}: {d.summary}")
            for side in (d.side_a, d.side_b):
                lines.append(
                    f"    {side.get('claim')!r} ({', '.join(side.get('sources', []))}; {side.get('report_id')})"
                )
    return "\n".join(lines)


@events.command("split")
@click.argument("event_id")
@click.argument("report_id")
@db_option
@click.pass_context
def split(ctx: click.Context, event_id: str, report_id: str, db: str | None) -> None:
    """Detach a report from a merged event into its own event; later merges never re-join them.

    \b
    Example:
      frontlines events split FLE-0123456789abcdef FL-fedcba9876543210
    """
    new_id = open_from_flags(db or ctx.obj["db"]).split_report(event_id, report_id)
    click.echo(f"report {report_id} is now event {new_id}")


# -- export -----------------------------------------------------------------------------------


@click.command()
@db_option
@filter_options
@click.option(
    "--format",
    "format_",
    type=click.Choice(["acled-csv", "jsonl", "geojson", "parquet"]),
    default="acled-csv",
    show_default=True,
)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="File to write (atomically); default stdout")
def export(db: str | None, format_: str, output: str | None, **filters: Any) -> None:
    """Export merged events as ACLED CSV, JSONL, GeoJSON (QGIS-ready) or Parquet.

    \b
    Examples:
      frontlines export --format acled-csv --output events.csv
      frontlines export --format geojson --country Syria --output syria.geojson
      frontlines export --format parquet --from 2016-01-01 --output 2016.parquet
    """
    from frontlines.export.formats import export_events
    from frontlines.export.writers import AtomicOutput

    store = open_from_flags(db)
    found = store.iter_events(build_filter(filters))
    if format_ == "parquet":
        if not output:
            raise click.BadParameter("Parquet is binary: give --output FILE", param_hint="--output")
        count = write_parquet_atomically(found, Path(output))
    elif output:
        with AtomicOutput(Path(output)) as stream:
            count = export_events(found, format_, stream)
    else:
        count = export_events(found, format_, sys.stdout)
    click.echo(f"frontlines: {count} events exported ({format_})", err=True)


def write_parquet_atomically(found: Iterable[Event], path: Path) -> int:
    from frontlines.export.formats import write_parquet

    temp = path.with_name(f".{path.name}.tmp")
    try:
        count = write_parquet(found, temp)
        temp.replace(path)
    finally:
        temp.unlink(missing_ok=True)
    return count
