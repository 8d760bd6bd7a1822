"""The store's commands end to end: ingest, events (list, show, split) and export."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from frontlines.cli import cli
from frontlines.records import ACLED_FIELDS
from frontlines.store import open_store


@pytest.fixture
def db(tmp_path, make_result) -> str:
    """A SQLite store with one merged event (two sources) and one single-source event."""
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    store = open_store(url)
    store.ingest_results(
        [
            make_result("Clashes in Yarmouk camp killed six.", source="SOHR", fatalities=6),
            make_result(
                "Yarmouk fighting left nine dead.", source="AFP", day="2015-04-02", event_day="2015-04-01", fatalities=9
            ),
            make_result(
                "Air strike on Aleppo market.",
                source="SANA",
                day="2015-03-01",
                event_type="Explosions/Remote violence",
                sub_event_type="Air/drone strike",
                place={
                    "location": "Aleppo",
                    "country": "Syria",
                    "admin1": "Aleppo",
                    "latitude": 36.2,
                    "longitude": 37.16,
                    "geo_precision": 1,
                },
            ),
        ]
    )
    store.close()
    return url


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


def merged_id(db: str) -> str:
    found = json.loads(run("events", "--db", db, "--format", "json", "--source", "SOHR"))
    return found[0]["event_id"]


def test_events_lists_a_table_newest_first(db):
    lines = run("events", "--db", db).splitlines()
    assert lines[0].split()[:2] == ["event_id", "event_date"]
    assert "2015-04-01" in lines[1] and "Yarmouk" in lines[1] and "SOHR; AFP" in lines[1]
    assert "Aleppo" in lines[2]


def test_events_filters_and_formats(db):
    found = json.loads(run("events", "--db", db, "--format", "json", "--bbox", "37,36,38,37"))
    assert [e["location"] for e in found] == ["Aleppo"]
    frame = pd.read_csv(io.StringIO(run("events", "--db", db, "--format", "csv", "--type", "Battles")))
    assert tuple(frame.columns) == ACLED_FIELDS and frame["fatalities"].tolist() == [6]


def test_events_show_says_why_reports_were_joined(db):
    text = run("events", "show", merged_id(db), "--db", db)
    assert "reports (2):" in text
    assert "founded the event" in text
    assert "joined with score" in text and "days_apart=0" in text
    assert "fatalities: sources give 6 to 9 fatalities" in text


def test_events_split_detaches_a_report(db):
    event_id = merged_id(db)
    detail = json.loads(run("events", "--db", db, "show", event_id, "--json"))
    report_id = detail["reports"][1]["report_id"]
    assert "is now event FLE-" in run("events", "--db", db, "split", event_id, report_id)
    assert len(json.loads(run("events", "--db", db, "--format", "json"))) == 3


def test_show_of_an_unknown_event_fails_cleanly(db):
    result = CliRunner().invoke(cli, ["events", "--db", db, "show", "FLE-nope"])
    assert result.exit_code == 1 and "no event FLE-nope" in result.output


@pytest.mark.parametrize("format_", ["acled-csv", "jsonl", "geojson", "parquet"])
def test_export_writes_a_file_that_reads_back(db, tmp_path, format_):
    path = tmp_path / f"out.{format_}"
    run("export", "--db", db, "--format", format_, "--output", str(path), "--country", "Syria")
    if format_ == "acled-csv":
        assert pd.read_csv(path)["source"].tolist() == ["SOHR; AFP", "SANA"]
    elif format_ == "jsonl":
        assert [json.loads(line)["fatalities"] for line in path.read_text().splitlines()] == [6, 0]
    elif format_ == "geojson":
        coordinates = [f["geometry"]["coordinates"] for f in json.loads(path.read_text())["features"]]
        assert coordinates == [[36.3018, 33.4699], [37.16, 36.2]]
    else:
        assert pq.read_table(path).column("location").to_pylist() == ["Yarmouk", "Aleppo"]


def test_parquet_export_needs_an_output_file(db):
    result = CliRunner().invoke(cli, ["export", "--db", db, "--format", "parquet"])
    assert result.exit_code == 2 and "--output" in result.output


def test_every_store_command_has_help_with_an_example():
    for args in (["ingest"], ["events"], ["events", "show"], ["events", "split"], ["export"]):
        text = run(*args, "--help")
        assert "Example" in text and "frontlines " + args[0] in text


@pytest.mark.slow
def test_ingest_stores_the_sample_articles_once(tmp_path):
    from frontlines.datafiles import data_path

    url = f"sqlite:///{tmp_path / 'ingest.sqlite'}"
    sample = str(data_path("sample/articles.jsonl"))
    lines = sum(1 for line in Path(sample).read_text(encoding="utf-8").splitlines() if line.strip())
    first = CliRunner().invoke(cli, ["ingest", sample, "--db", url])
    assert first.exit_code in (0, 3), first.output
    assert f"{lines} articles stored" in first.stderr
    again = CliRunner().invoke(cli, ["ingest", sample, "--db", url])
    assert "0 articles stored" in again.stderr
    with open_store(url).engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT count(*) FROM articles").scalar() == lines
