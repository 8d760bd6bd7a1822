"""``frontlines extract``: code news text into event records (JSONL or CSV)."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from contextlib import nullcontext
from dataclasses import dataclass
from datetime import datetime
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import click

if TYPE_CHECKING:
    from frontlines.pipeline import Result
    from frontlines.records import Article, Failure
    from frontlines.settings import Settings

#: Exit codes: every document coded; nothing could be read or coded; some documents failed.
EXIT_OK, EXIT_NOTHING_READ, EXIT_SOME_FAILED = 0, 1, 3
#: The progress bar appears only after this many seconds, so short runs stay quiet.
PROGRESS_DELAY_SECONDS = 2.0


def register(group: click.Group) -> None:
    group.add_command(extract)


@dataclass
class Tally:
    """What a run did, for the summary line and the exit code."""

    coded: int = 0
    failed: int = 0
    events: int = 0

    def exit_code(self) -> int:
        if self.coded == 0:
            return EXIT_NOTHING_READ
        return EXIT_SOME_FAILED if self.failed else EXIT_OK


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option(
    "--date",
    "date_",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Publication date YYYY-MM-DD for inputs that give none (anchors 'on Wednesday')",
)
@click.option("--country", help="Country hint for the geocoder, for inputs that give none")
@click.option("--format", "format_", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False), help="File to write (atomically); default stdout")
@click.option(
    "--actors",
    type=click.Path(exists=True, dir_okay=False),
    multiple=True,
    help="Actor file that adds to or overrides the registry (repeatable)",
)
@click.option("--text-column", default="text", show_default=True, help="CSV column with the article text")
@click.option("--id-column", help="CSV column with the document id (default: file:line)")
@click.option("--date-column", help="CSV column with the publication date")
@click.option("--source-column", help="CSV column with the publisher")
@click.option("--country-column", help="CSV column with the country hint")
def extract(
    inputs: tuple[str, ...],
    date_: datetime | None,
    country: str | None,
    format_: str,
    output: str | None,
    actors: tuple[str, ...],
    text_column: str,
    id_column: str | None,
    date_column: str | None,
    source_column: str | None,
    country_column: str | None,
) -> None:
    """Code news text into ACLED-style event records, one per event, with evidence.

    \b
    INPUT is a .txt file (one article), an .html page, a .jsonl file (one JSON
    object a line with "text"; "id", "title", "published", "source", "url",
    "country" optional), a .csv file, a folder of such files, or - for
    standard input. Bad documents are listed on standard error and skipped.
    Exit code: 0 all coded, 1 nothing could be read, 3 some documents failed.
    Examples:
      frontlines extract article.txt --date 2015-04-02 --country Syria
      frontlines extract articles.jsonl --format csv --output events.csv
      frontlines extract news.csv --text-column body --date-column day
      cat article.txt | frontlines extract - --date 2015-04-02
    """
    from frontlines.cli.common import read_options
    from frontlines.ingest import read_inputs
    from frontlines.settings import load_settings

    if output and not Path(output).resolve().parent.is_dir():
        raise click.BadParameter(f"folder of {output} does not exist", param_hint="--output")
    settings = load_settings({"actors_files": tuple(Path(a) for a in actors) or None})
    options = read_options(
        settings,
        date_,
        country,
        text_column=text_column,
        id_column=id_column,
        date_column=date_column,
        source_column=source_column,
        country_column=country_column,
    )
    tally = Tally()
    read = read_inputs(inputs, options, stdin=sys.stdin.buffer)
    try:
        run(_articles(read, tally), settings, format_, output, tally)
    except BrokenPipeError:  # the reader of standard output went away (| head): stop quietly
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        sys.exit(EXIT_OK)
    skipped = f", {tally.failed} skipped" if tally.failed else ""
    click.echo(f"frontlines: {tally.coded} documents coded, {tally.events} events{skipped}", err=True)
    sys.exit(tally.exit_code())


def run(articles: Iterable[Article], settings: Settings, format_: str, output: str | None, tally: Tally) -> None:
    """Code ``articles`` and write their events; the output file is kept only if something was coded."""
    from frontlines.export.writers import AtomicOutput, open_writer
    from frontlines.pipeline import build_pipeline
    from frontlines.records import Failure

    pending = iter(articles)
    first = next(pending, None)  # nothing readable: no model to load
    results = build_pipeline(settings).code(chain([first], pending)) if first else iter(())
    target = AtomicOutput(Path(output)) if output else None
    with target if target else nullcontext(sys.stdout) as stream:
        writer = open_writer(format_, stream)
        for result in _progress(results):
            if isinstance(result, Failure):
                _report(result, tally)
                continue
            tally.coded += 1
            for event in result.events:
                writer.write(event)
                tally.events += 1
        if target and tally.coded == 0:
            target.discard()


def _articles(items: Iterable[Article | Failure], tally: Tally) -> Iterator[Article]:
    from frontlines.records import Failure

    for item in items:
        if isinstance(item, Failure):
            _report(item, tally)
        else:
            yield item


def _report(failure: Failure, tally: Tally) -> None:
    tally.failed += 1
    line = f"skipped {failure.input}: {failure.error}: {failure.message}"
    if sys.stderr.isatty():
        from tqdm import tqdm

        tqdm.write(line, file=sys.stderr)  # above the progress bar, not through it
    else:
        click.echo(line, err=True)


def _progress(results: Iterator[Result | Failure]) -> Iterator[Result | Failure]:
    stderr: TextIO = sys.stderr
    if not stderr.isatty():
        return results
    from tqdm import tqdm

    return iter(tqdm(results, unit="doc", file=stderr, delay=PROGRESS_DELAY_SECONDS, leave=False))
