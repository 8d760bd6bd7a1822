"""Batch coding of large corpora: the same pipeline on a local process pool or on Apache Spark.

    >>> from frontlines.batch import run_batch
    >>> summary = run_batch(["articles.jsonl"], "out/", settings, options, engine="local", workers=2)

Writes ``out/events/`` (Parquet, partitioned by ``event_date`` and ``country``) and
``out/bad_records/`` (Parquet: doc_id, input, error, message). Both engines give the same rows.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Literal

from frontlines.batch.schema import read_bad_records, read_events
from frontlines.batch.writer import BatchSummary
from frontlines.ingest import ReadOptions
from frontlines.settings import Settings

__all__ = ["BatchSummary", "read_bad_records", "read_events", "run_batch"]

Engine = Literal["local", "spark"]


def run_batch(
    paths: Sequence[str],
    output: str,
    settings: Settings,
    options: ReadOptions,
    *,
    engine: Engine = "local",
    workers: int = 1,
    master: str | None = "local[*]",
    overwrite: bool = False,
    progress: Callable[[int], object] | None = None,
) -> BatchSummary:
    """Code every article under ``paths`` and write events and bad records under ``output``.

    ``master`` (Spark): a master URL, or None for the session Spark is configured with (as under
    ``spark-submit``). ``progress`` (local engine) is called with the number of documents done.
    """
    if engine == "spark":
        from frontlines.batch.spark import run_spark

        return run_spark(paths, output, settings, options, master=master, overwrite=overwrite)
    return _run_local(paths, Path(output), settings, options, workers, overwrite, progress)


def _run_local(
    paths: Sequence[str],
    output: Path,
    settings: Settings,
    options: ReadOptions,
    workers: int,
    overwrite: bool,
    progress: Callable[[int], object] | None,
) -> BatchSummary:
    from frontlines.batch.local import code_local
    from frontlines.batch.sources import read_articles
    from frontlines.batch.writer import DatasetWriter, prepare_output

    prepare_output(output, overwrite)
    writer = DatasetWriter(output)
    try:
        for outcome in code_local(read_articles(paths, options), settings, workers):
            writer.add(outcome)
            if progress:
                progress(1)
    except BaseException:
        writer.abort()
        raise
    return writer.close()
