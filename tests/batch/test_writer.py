"""The local writer: Parquet events partitioned by event_date and country, bad records beside."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from frontlines.batch.schema import event_row, read_bad_records, read_events
from frontlines.batch.writer import DatasetWriter, prepare_output
from frontlines.errors import OutputError
from frontlines.pipeline import Result
from frontlines.records import Actor, Article, Event, Evidence, Failure, Place


def _event(index: int, when: date | None, country: str | None) -> Event:
    span = Evidence(start=0, end=6, text="killed", rule="test")
    return Event(
        event_id=f"FL-{index}",
        doc_id="a1",
        event_date=when,
        event_type="Battles",
        sub_event_type="Armed clash",
        country=country,
        fatalities=index,
        evidence={"event_type": [span]},
        actors=[Actor(name="Islamic State", inter=2, evidence=[span])],
        place=Place(location="Yarmouk", country=country, latitude=33.47, longitude=36.3) if country else None,
    )


def _write(output: Path, outcomes: list[Result | Failure]) -> None:
    prepare_output(output, overwrite=False)
    writer = DatasetWriter(output, flush_rows=2)
    for outcome in outcomes:
        writer.add(outcome)
    summary = writer.close()
    assert summary.documents == len(outcomes)


def test_events_round_trip_partitioned_by_date_and_country(tmp_path: Path) -> None:
    article = Article(id="a1", text="Six were killed.")
    events = [_event(1, date(2015, 4, 1), "Syria"), _event(2, date(2015, 4, 1), "Côte d'Ivoire"), _event(3, None, None)]
    _write(tmp_path, [Result(article=article, events=events)])
    assert (tmp_path / "events" / "event_date=2015-04-01" / "country=Syria").is_dir()
    assert (tmp_path / "events" / "event_date=__HIVE_DEFAULT_PARTITION__").is_dir()
    rows = sorted(read_events(tmp_path).to_pylist(), key=lambda r: r["event_id"])
    assert rows == [event_row(e) for e in events]
    assert '"Islamic State"' in rows[0]["actors"] and '"Yarmouk"' in rows[0]["place"]


def test_bad_records_are_written_beside_the_events(tmp_path: Path) -> None:
    bad = Failure(doc_id="x.jsonl:3", input="x.jsonl:3", error="BadRecord", message="not valid JSON")
    _write(tmp_path, [bad, Result(article=Article(id="b", text="calm"), events=[])])
    assert read_bad_records(tmp_path).to_pylist() == [bad.model_dump()]
    assert read_events(tmp_path).num_rows == 0
    assert (tmp_path / "events" / "_SUCCESS").exists() and (tmp_path / "bad_records" / "_SUCCESS").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".staging")]


def test_an_earlier_result_is_not_overwritten_without_asking(tmp_path: Path) -> None:
    _write(tmp_path, [Result(article=Article(id="b", text="calm"), events=[])])
    with pytest.raises(OutputError, match="--overwrite"):
        prepare_output(tmp_path, overwrite=False)
    prepare_output(tmp_path, overwrite=True)
    assert not (tmp_path / "events").exists()


def test_aborted_run_leaves_no_result(tmp_path: Path) -> None:
    prepare_output(tmp_path, overwrite=False)
    writer = DatasetWriter(tmp_path)
    writer.add(Result(article=Article(id="a1", text="x"), events=[_event(1, date(2015, 4, 1), "Syria")]))
    writer.abort()
    assert list(tmp_path.iterdir()) == []
