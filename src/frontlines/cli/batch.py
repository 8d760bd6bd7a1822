"""``frontlines batch``: code a large corpus into Parquet, on local worker processes or on Spark."""

from __future__ import annotations

import os
import sys
from datetime import datetime

import click

#: Exit codes, as for ``extract``: all coded; nothing could be coded; some documents failed.
EXIT_OK, EXIT_NOTHING_CODED, EXIT_SOME_FAILED = 0, 1, 3
DEFAULT_MASTER = "local[*]"
#: spark-submit sets this for the Python driver it starts; then Spark's own settings name the master.
SPARK_SUBMIT_ENV = "PYSPARK_GATEWAY_PORT"


def register(group: click.Group) -> None:
    group.add_command(batch)


@click.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("--output", "-o", required=True, help="Folder (or, with Spark, a Hadoop URI) for the results")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True)
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Local worker processes")
@click.option("--master", help="Spark master URL (default local[*]; under spark-submit, its --master)")
@click.option("--overwrite", is_flag=True, help="Replace the results of an earlier run in --output")
@click.option("--date", "date_", type=click.DateTime(["%Y-%m-%d"]), help="Publication date where the input has none")
@click.option("--country", help="Country hint for the geocoder where the input has none")
@click.option("--text-column", default="text", show_default=True, help="CSV/Parquet column with the text")
@click.option("--id-column", help="CSV/Parquet column with the document id (default: file:line)")
@click.option("--date-column", help="CSV/Parquet column with the publication date")
@click.option("--source-column", help="CSV/Parquet column with the publisher")
@click.option("--country-column", help="CSV/Parquet column with the country hint")
@click.option("--no-prefilter", is_flag=True, help="Parse every text, even those without any conflict word")
@click.option(
    "--doc-time-limit",
    type=click.FloatRange(min=0),
    help="Seconds the rules may spend on one document before it becomes a bad record (default 60; 0: no limit)",
)
def batch(
    inputs: tuple[str, ...],
    output: str,
    engine: str,
    workers: int,
    master: str | None,
    overwrite: bool,
    date_: datetime | None,
    country: str | None,
    text_column: str,
    id_column: str | None,
    date_column: str | None,
    source_column: str | None,
    country_column: str | None,
    no_prefilter: bool,
    doc_time_limit: float | None,
) -> None:
    """Code a large corpus into Parquet events, partitioned by date and country.

    \b
    INPUT is a .jsonl, .csv or .parquet file or a folder of them (with Spark,
    any Hadoop-compatible URI: hdfs://, s3a://, file://). Writes
    OUTPUT/events/event_date=.../country=.../*.parquet and OUTPUT/bad_records/
    (doc_id, input, error, message). Both engines write the same rows.
    Exit code: 0 all coded, 1 nothing could be coded, 3 some documents failed.
    Examples:
      frontlines batch articles.jsonl --output out/ --workers 2
      frontlines batch corpus/ --output out/ --engine spark
      frontlines batch s3a://bucket/news/ -o s3a://bucket/events/ --engine spark --master yarn
    """
    from frontlines.batch import run_batch
    from frontlines.cli.common import read_options
    from frontlines.settings import load_settings

    flags = {"workers": workers, "prefilter": False if no_prefilter else None, "doc_time_limit": doc_time_limit}
    settings = load_settings(flags)
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
    if master is None and SPARK_SUBMIT_ENV not in os.environ:
        master = DEFAULT_MASTER  # not under spark-submit: a local Spark on every core
    with _progress_bar(engine) as bar:
        summary = run_batch(
            inputs,
            output,
            settings,
            options,
            engine="spark" if engine == "spark" else "local",
            workers=workers,
            master=master,
            overwrite=overwrite,
            progress=bar.update if bar is not None else None,
        )
    click.echo(
        f"frontlines: {summary.documents} documents, {summary.events} events, "
        f"{summary.bad_records} bad records -> {output}",
        err=True,
    )
    if summary.bad_records:
        click.echo(f"frontlines: the bad records and their reasons are in {output}/bad_records/", err=True)
    coded = summary.documents - summary.bad_records
    sys.exit(EXIT_NOTHING_CODED if coded == 0 else EXIT_SOME_FAILED if summary.bad_records else EXIT_OK)


def _progress_bar(engine: str):  # type: ignore[no-untyped-def]
    """A tqdm bar on standard error for the local engine (Spark reports through its own UI)."""
    from contextlib import nullcontext

    if engine != "local":
        return nullcontext(None)
    from tqdm import tqdm

    return tqdm(unit="doc", file=sys.stderr, disable=None, delay=1.0, leave=False, desc="coding")
