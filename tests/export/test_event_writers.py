"""The extract output writers: JSONL and CSV records in ACLED's order, and atomic files."""

from __future__ import annotations

import csv
import io
import json
import os
from datetime import date
from pathlib import Path

import pytest

from frontlines.export.writers import AtomicOutput, event_record, event_schema, open_writer
from frontlines.records import OUTPUT_FIELDS, Actor, Event, Evidence, Place


@pytest.fixture
def event() -> Event:
    wednesday = Evidence(start=0, end=13, text="On Wednesday,", rule="dates.weekday")
    return Event(
        event_id="FL-0123456789abcdef",
        doc_id="seed_yarmouk.txt",
        event_date=date(2015, 4, 1),
        time_precision=1,
        event_type="Battles",
        sub_event_type="Armed clash",
        actor1="Islamic State",
        inter1=2,
        actor2="Aknaf Beit al-Maqdis",
        inter2=3,
        interaction=23,
        country="Syria",
        iso=760,
        location="Yarmouk Camp",
        latitude=33.47,
        longitude=36.30,
        geo_precision=1,
        source="SOHR; AFP",
        notes="On 1 April 2015, Islamic State clashed with Aknaf Beit al-Maqdis in Yarmouk camp.",
        fatalities=6,
        injuries=17,
        confidence=0.8,
        evidence={"event_date": [wednesday]},
        actors=[Actor(name="Islamic State", inter=2)],
        place=Place(location="Yarmouk Camp", country="Syria", latitude=33.47, longitude=36.30),
        published=date(2015, 4, 2),
    )


def test_jsonl_record_puts_acled_fields_first_then_ours_then_nested(event: Event) -> None:
    stream = io.StringIO()
    open_writer("jsonl", stream).write(event)
    record = json.loads(stream.getvalue())
    assert list(record)[: len(OUTPUT_FIELDS)] == list(OUTPUT_FIELDS)
    assert list(record)[len(OUTPUT_FIELDS) :] == ["actors", "place", "claims", "published"]
    assert record["event_date"] == "2015-04-01"
    assert record["evidence"]["event_date"][0]["text"] == "On Wednesday,"
    assert record == event_record(event)
    assert Event.model_validate(record) == event


def test_csv_rows_follow_output_fields_with_evidence_as_json(event: Event) -> None:
    stream = io.StringIO()
    writer = open_writer("csv", stream)
    writer.write(event)
    writer.write(event.model_copy(update={"actor2": None}))
    header, first, second = list(csv.reader(io.StringIO(stream.getvalue())))
    assert tuple(header) == OUTPUT_FIELDS
    row = dict(zip(header, first, strict=True))
    assert (row["event_type"], row["fatalities"], row["injuries"]) == ("Battles", "6", "17")
    assert json.loads(row["evidence"])["event_date"][0]["rule"] == "dates.weekday"
    assert row["admin1"] == ""
    assert dict(zip(header, second, strict=True))["actor2"] == ""


def test_unknown_format_is_refused() -> None:
    with pytest.raises(ValueError, match="jsonl, csv"):
        open_writer("xml", io.StringIO())


def test_atomic_output_replaces_on_success_and_keeps_the_old_file_otherwise(tmp_path: Path) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), AtomicOutput(path) as stream:
        stream.write("half written")
        raise RuntimeError("crash mid-run")
    assert path.read_text(encoding="utf-8") == "old\n"
    output = AtomicOutput(path)
    with output as stream:
        stream.write("discarded")
        output.discard()
    assert path.read_text(encoding="utf-8") == "old\n"
    with AtomicOutput(path) as stream:
        stream.write("new\n")
        assert path.read_text(encoding="utf-8") == "old\n"  # not visible before the rename
    assert path.read_text(encoding="utf-8") == "new\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.jsonl"]


def test_new_output_file_gets_ordinary_permissions(tmp_path: Path) -> None:
    path = tmp_path / "fresh.csv"
    with AtomicOutput(path) as stream:
        stream.write("x\n")
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask  # as open() would make it, not mkstemp's 0600


def test_schema_lists_properties_in_output_order() -> None:
    schema = event_schema()
    assert list(schema["properties"])[: len(OUTPUT_FIELDS)] == list(OUTPUT_FIELDS)
    assert schema["$schema"].endswith("2020-12/schema")
    assert set(schema["required"]) >= {"event_id", "doc_id", "event_type", "sub_event_type"}
