"""Every export format, read back by the tools analysts use: pandas, json, pyarrow."""

from __future__ import annotations

import io
import json
from datetime import date

import pandas as pd
import pyarrow.parquet as pq
import pytest

from frontlines.export.formats import export_events, write_parquet
from frontlines.records import ACLED_FIELDS, OUTPUT_FIELDS, Event


def events() -> list[Event]:
    common = {
        "event_type": "Battles",
        "sub_event_type": "Armed clash",
        "country": "Syria",
        "source": "SOHR; AFP",
    }
    return [
        Event(
            event_id="FLE-1",
            doc_id="d1",
            event_date=date(2016, 1, 10),
            latitude=34.8,
            longitude=36.7,
            location="Teir Maaleh",
            fatalities=4,
            notes='Shelling, then "clashes"',
            **common,
        ),
        Event(event_id="FLE-2", doc_id="d2", event_date=None, location="Somewhere", fatalities=0, **common),
    ]


def test_acled_csv_has_acleds_columns_in_order_and_reads_back_in_pandas():
    stream = io.StringIO()
    assert export_events(events(), "acled-csv", stream) == 2
    frame = pd.read_csv(io.StringIO(stream.getvalue()))
    assert tuple(frame.columns) == ACLED_FIELDS
    assert frame.loc[0, "notes"] == 'Shelling, then "clashes"'
    assert frame.loc[0, "latitude"] == 34.8 and frame["fatalities"].tolist() == [4, 0]


def test_geojson_is_a_feature_collection_of_lon_lat_points_with_flat_properties():
    stream = io.StringIO()
    assert export_events(events(), "geojson", stream) == 1  # the event without coordinates is left out
    data = json.loads(stream.getvalue())
    assert data["type"] == "FeatureCollection"
    (feature,) = data["features"]
    assert feature["geometry"] == {"type": "Point", "coordinates": [36.7, 34.8]}  # RFC 7946: lon, lat
    assert all(not isinstance(v, (dict, list)) for v in feature["properties"].values())
    assert feature["properties"]["event_date"] == "2016-01-10"


def test_jsonl_holds_one_event_a_line_that_validates_as_an_event():
    stream = io.StringIO()
    export_events(events(), "jsonl", stream)
    lines = stream.getvalue().splitlines()
    assert [Event.model_validate(json.loads(line)).event_id for line in lines] == ["FLE-1", "FLE-2"]


def test_parquet_has_typed_columns(tmp_path):
    path = tmp_path / "events.parquet"
    assert write_parquet(events(), path) == 2
    table = pq.read_table(path)
    assert table.column_names == list(OUTPUT_FIELDS)
    assert str(table.schema.field("event_date").type) == "date32[day]"
    assert str(table.schema.field("fatalities").type) == "int32"
    assert str(table.schema.field("latitude").type) == "double"
    assert table.column("event_date").to_pylist() == [date(2016, 1, 10), None]


def test_an_empty_parquet_export_still_has_the_schema(tmp_path):
    path = tmp_path / "empty.parquet"
    assert write_parquet([], path) == 0
    assert pq.read_table(path).num_rows == 0 and "fatalities" in pq.read_schema(path).names


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown format"):
        export_events(events(), "xlsx", io.StringIO())


@pytest.mark.parametrize("format_", ["acled-csv", "jsonl", "geojson", "parquet"])
def test_every_format_exports_from_the_store_and_reads_back(any_store, make_result, tmp_path, format_):
    any_store.ingest_results(
        [
            make_result("Clashes in Yarmouk camp killed six.", source="SOHR", fatalities=6),
            make_result(
                "Yarmouk fighting left nine dead.", source="AFP", day="2015-04-02", event_day="2015-04-01", fatalities=9
            ),
        ]
    )
    path = tmp_path / "out"
    if format_ == "parquet":
        export_events(any_store.iter_events(), format_, path)
        rows = pq.read_table(path).to_pylist()
    else:
        with path.open("w", encoding="utf-8", newline="") as stream:
            export_events(any_store.iter_events(), format_, stream)
        text = path.read_text(encoding="utf-8")
        if format_ == "acled-csv":
            rows = pd.read_csv(io.StringIO(text)).to_dict("records")
        elif format_ == "jsonl":
            rows = [json.loads(line) for line in text.splitlines()]
        else:
            rows = [f["properties"] for f in json.loads(text)["features"]]
    assert [(r["source"], r["fatalities"], r["location"]) for r in rows] == [("SOHR; AFP", 6, "Yarmouk")]
