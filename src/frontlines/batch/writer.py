"""The local engine's writer: events as Parquet partitioned by date and country, bad records beside.

Everything is written into a hidden staging folder inside the output and moved into place at the
end, with a ``_SUCCESS`` marker in each folder as Spark writes it: a run that stops half-way never
looks finished.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa

from frontlines.batch.schema import (
    BAD_RECORD_SCHEMA,
    BAD_RECORDS_DIR,
    EVENT_SCHEMA,
    EVENTS_DIR,
    PARTITIONING_SCHEMA,
    SUCCESS_MARKER,
    rows_of,
)
from frontlines.errors import OutputError
from frontlines.pipeline import Result
from frontlines.records import Failure

#: Event rows held before they are written out; bounds the writer's memory.
FLUSH_ROWS = 20_000
OUTPUT_PARTS = (EVENTS_DIR, BAD_RECORDS_DIR)


@dataclass
class BatchSummary:
    """What a batch run did."""

    documents: int = 0
    events: int = 0
    bad_records: int = 0


def prepare_output(output: Path, overwrite: bool) -> None:
    """Check that ``output`` may be written; with ``overwrite``, remove an earlier run's results."""
    existing = [output / part for part in OUTPUT_PARTS if (output / part).exists()]
    if existing and not overwrite:
        raise OutputError(
            f"{output}: already holds a batch result ({existing[0].name}/); choose another folder or pass --overwrite"
        )
    for path in existing:
        shutil.rmtree(path)
    output.mkdir(parents=True, exist_ok=True)


class DatasetWriter:
    """Collects outcomes and writes them as the batch output under ``output``."""

    def __init__(self, output: Path, flush_rows: int = FLUSH_ROWS):
        self.output = output
        self.staging = output / f".staging-{os.getpid()}"
        self.flush_rows = flush_rows
        self.summary = BatchSummary()
        self._events: list[dict[str, Any]] = []
        self._parts = 0
        self.staging.mkdir(parents=True)
        (self.staging / EVENTS_DIR).mkdir()
        (self.staging / BAD_RECORDS_DIR).mkdir()
        import pyarrow.parquet as pq

        bad_path = self.staging / BAD_RECORDS_DIR / "part-00000.parquet"
        self._bad = pq.ParquetWriter(bad_path, BAD_RECORD_SCHEMA)

    def add(self, outcome: Result | Failure) -> None:
        """Take one article's outcome."""
        events, bad = rows_of(outcome)
        self.summary.documents += 1
        self.summary.events += len(events)
        self.summary.bad_records += len(bad)
        self._events.extend(events)
        if bad:
            self._bad.write_table(pa.Table.from_pylist(bad, schema=BAD_RECORD_SCHEMA))
        if len(self._events) >= self.flush_rows:
            self._flush()

    def _flush(self) -> None:
        import pyarrow.dataset as ds

        if not self._events:
            return
        table = pa.Table.from_pylist(self._events, schema=EVENT_SCHEMA)
        ds.write_dataset(
            table,
            self.staging / EVENTS_DIR,
            format="parquet",
            partitioning=ds.partitioning(PARTITIONING_SCHEMA, flavor="hive"),
            basename_template=f"part-{self._parts:05d}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
        )
        self._parts += 1
        self._events = []

    def close(self) -> BatchSummary:
        """Write what is left, move the results into place and mark them complete."""
        self._flush()
        self._bad.close()
        for part in OUTPUT_PARTS:
            (self.staging / part / SUCCESS_MARKER).touch()
            (self.staging / part).rename(self.output / part)
        self.staging.rmdir()
        return self.summary

    def abort(self) -> None:
        """Drop the staging folder after a failed run."""
        self._bad.close()
        shutil.rmtree(self.staging, ignore_errors=True)
