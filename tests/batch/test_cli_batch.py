"""``frontlines batch`` end to end through the CLI on the local engine."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_inputs import EXPECTED_BAD, write_inputs
from click.testing import CliRunner

from frontlines.batch import read_bad_records, read_events
from frontlines.cli import cli


def test_help_starts_with_a_line_and_shows_examples() -> None:
    result = CliRunner().invoke(cli, ["batch", "--help"])
    assert result.exit_code == 0
    assert "Code a large corpus into Parquet events" in result.output
    assert "frontlines batch articles.jsonl --output out/ --workers 2" in result.output


@pytest.mark.slow
def test_batch_writes_events_and_bad_records_and_exits_3(tmp_path: Path) -> None:
    inputs, output = tmp_path / "in", tmp_path / "out"
    records = write_inputs(inputs)
    args = ["batch", str(inputs), "--output", str(output), "--id-column", "id", "--date-column", "published"]
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 3, result.output
    assert "16 documents" in result.output and "4 bad records" in result.output
    bad = read_bad_records(output).to_pylist()
    assert {(b["input"].removeprefix(f"{inputs}/"), b["error"]) for b in bad} == EXPECTED_BAD
    events = read_events(output)
    assert set(events.column("doc_id").to_pylist()) <= {r["id"] for r in records}
    again = CliRunner().invoke(cli, args)
    assert again.exit_code == 2 and "--overwrite" in again.output
    assert CliRunner().invoke(cli, [*args, "--overwrite", "--workers", "2"]).exit_code == 3
    assert sorted(read_events(output).column("doc_id").to_pylist()) == sorted(events.column("doc_id").to_pylist())


@pytest.mark.slow
def test_seed_events_land_in_their_date_and_country_partition(tmp_path: Path, seed_text: str) -> None:
    source = tmp_path / "seed.jsonl"
    source.write_text(
        json.dumps({"id": "seed", "text": seed_text, "published": "2015-04-02", "country": "Syria"}) + "\n",
        encoding="utf-8",
    )
    result = CliRunner().invoke(cli, ["batch", str(source), "--output", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    events = read_events(tmp_path / "out").to_pylist()
    assert events and all(e["doc_id"] == "seed" for e in events)
    assert (tmp_path / "out" / "events" / "event_date=2015-04-01" / "country=Syria").is_dir()
