"""Export events: ACLED CSV, JSONL, GeoJSON (QGIS-friendly) and Parquet (typed columns).

Every writer streams: it takes an iterable of events and never holds them all in memory
(Parquet writes row groups of ``PARQUET_ROW_GROUP`` events).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from frontlines.records import ACLED_FIELDS, OUTPUT_FIELDS, Event

FORMATS: tuple[str, ...] = ("acled-csv", "jsonl", "geojson", "parquet")
#: Formats written as bytes to a file (not to a text stream).
BINARY_FORMATS = frozenset({"parquet"})
#: Events per Parquet row group: bounds memory while keeping row groups large enough to scan fast.
PARQUET_ROW_GROUP = 50_000


def write_acled_csv(events: Iterable[Event], stream: TextIO) -> int:
    """ACLED's columns in ACLED's order, one row an event; empty cells for missing values."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(ACLED_FIELDS)
    count = 0
    for event in events:
        row = event.acled_row()
        writer.writerow("" if row[name] is None else row[name] for name in ACLED_FIELDS)
        count += 1
    return count


def write_jsonl(events: Iterable[Event], stream: TextIO) -> int:
    """One JSON object a line, in the extractor's JSONL layout (export/writers.py)."""
    from frontlines.export.writers import JsonlWriter

    writer = JsonlWriter(stream)
    count = 0
    for event in events:
        writer.write(event)
        count += 1
    return count


def geojson_feature(event: Event) -> dict[str, Any]:
    """A GeoJSON Point feature (RFC 7946: longitude first) with flat, scalar properties."""
    properties = {k: v for k, v in event.acled_row().items() if k != "evidence"}
    return {
        "type": "Feature",
        "id": event.event_id,
        "geometry": {"type": "Point", "coordinates": [event.longitude, event.latitude]},
        "properties": properties,
    }


def write_geojson(events: Iterable[Event], stream: TextIO) -> int:
    """A FeatureCollection of the events that have coordinates, streamed feature by feature."""
    stream.write('{"type": "FeatureCollection", "features": [\n')
    count = 0
    for event in events:
        if event.latitude is None or event.longitude is None:
            continue
        stream.write((",\n" if count else "") + json.dumps(geojson_feature(event), ensure_ascii=False))
        count += 1
    stream.write("\n]}\n")
    return count


def parquet_schema() -> Any:
    """Typed columns: dates as date32, counts as int32, coordinates as float64, the rest strings."""
    import pyarrow as pa

    integers = {"time_precision", "inter1", "inter2", "interaction", "iso", "geo_precision"}
    integers |= {"fatalities", "fatalities_low", "fatalities_high", "injuries"}
    floats = {"latitude", "longitude", "confidence"}
    fields = []
    for name in OUTPUT_FIELDS:
        if name == "event_date":
            kind = pa.date32()
        elif name in integers:
            kind = pa.int32()
        elif name in floats:
            kind = pa.float64()
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind, nullable=name not in ("event_id", "event_type")))
    return pa.schema(fields)


def write_parquet(events: Iterable[Event], path: Path) -> int:
    """A Parquet file of ``OUTPUT_FIELDS`` with typed columns (see :func:`parquet_schema`)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = parquet_schema()
    count = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        batch: list[dict[str, Any]] = []
        for event in events:
            row = event.acled_row()
            row["event_date"] = event.event_date
            batch.append(row)
            if len(batch) >= PARQUET_ROW_GROUP:
                writer.write_table(pa.Table.from_pylist(batch, schema=schema))
                count += len(batch)
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=schema))
            count += len(batch)
    return count


def export_events(events: Iterable[Event], format_: str, target: TextIO | Path) -> int:
    """Write ``events`` in ``format_`` to a text stream (or a path for Parquet); returns the count."""
    if format_ == "parquet":
        if not isinstance(target, Path):
            raise ValueError("Parquet is binary: give a file path")
        return write_parquet(events, target)
    writers = {"acled-csv": write_acled_csv, "jsonl": write_jsonl, "geojson": write_geojson}
    if format_ not in writers or isinstance(target, Path):
        raise ValueError(f"unknown format {format_!r}; choose one of {', '.join(FORMATS)}")
    return writers[format_](events, target)
