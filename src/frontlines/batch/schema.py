"""The batch output's tables: one row per event, one row per bad record, the same on every engine.

Events are partitioned by ``event_date`` and ``country`` (Hive layout: ``event_date=2015-04-01/
country=Syria/``); evidence, actors, place and claims are JSON strings.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pyarrow as pa

from frontlines.pipeline import Result
from frontlines.records import OUTPUT_FIELDS, Event, Failure

EVENTS_DIR = "events"
BAD_RECORDS_DIR = "bad_records"
SUCCESS_MARKER = "_SUCCESS"
PARTITION_COLUMNS = ("event_date", "country")

_INTEGER_FIELDS = {
    "time_precision",
    "inter1",
    "inter2",
    "interaction",
    "iso",
    "geo_precision",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "injuries",
}
_FLOAT_FIELDS = {"latitude", "longitude", "confidence"}
_DATE_FIELDS = {"event_date", "published"}
#: Nested records, stored as JSON text so any Parquet reader can open the files.
JSON_FIELDS = ("actors", "place", "claims")


def _arrow_type(name: str) -> pa.DataType:
    if name in _INTEGER_FIELDS:
        return pa.int64()
    if name in _FLOAT_FIELDS:
        return pa.float64()
    if name in _DATE_FIELDS:
        return pa.date32()
    return pa.string()


EVENT_FIELDS: tuple[str, ...] = (*OUTPUT_FIELDS, *JSON_FIELDS, "published")
EVENT_SCHEMA = pa.schema([(name, _arrow_type(name)) for name in EVENT_FIELDS])
BAD_RECORD_SCHEMA = pa.schema(
    [("doc_id", pa.string()), ("input", pa.string()), ("error", pa.string()), ("message", pa.string())]
)
PARTITIONING_SCHEMA = pa.schema([EVENT_SCHEMA.field(name) for name in PARTITION_COLUMNS])


def event_row(event: Event) -> dict[str, Any]:
    """One event as a flat row of :data:`EVENT_SCHEMA`."""
    row = event.acled_row()
    row["event_date"] = event.event_date
    row["published"] = event.published
    row["actors"] = json.dumps([a.model_dump(mode="json") for a in event.actors], ensure_ascii=False)
    row["place"] = event.place.model_dump_json() if event.place else None
    row["claims"] = json.dumps([c.model_dump(mode="json") for c in event.claims], ensure_ascii=False)
    return row


def bad_record_row(failure: Failure) -> dict[str, Any]:
    """One failure as a row of :data:`BAD_RECORD_SCHEMA`."""
    return failure.model_dump()


def rows_of(outcome: Result | Failure) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The event rows and bad-record rows one article's outcome gives."""
    if isinstance(outcome, Failure):
        return [], [bad_record_row(outcome)]
    return [event_row(event) for event in outcome.events], []


def read_events(output: Path | str) -> pa.Table:
    """The events a batch run wrote under ``output`` (partition columns restored)."""
    import pyarrow.dataset as ds

    partitioning = ds.partitioning(PARTITIONING_SCHEMA, flavor="hive")
    folder = Path(output) / EVENTS_DIR
    dataset = ds.dataset(folder, format="parquet", schema=EVENT_SCHEMA, partitioning=partitioning)
    return dataset.to_table()


def read_bad_records(output: Path | str) -> pa.Table:
    """The bad records a batch run wrote under ``output``."""
    import pyarrow.dataset as ds

    folder = Path(output) / BAD_RECORDS_DIR
    dataset = ds.dataset(folder, format="parquet", schema=BAD_RECORD_SCHEMA)
    return dataset.to_table()
