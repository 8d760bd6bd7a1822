"""The Spark engine in local[2]: the same rows as the local engine, bad records included."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from batch_inputs import EXPECTED_BAD, OPTIONS, write_inputs

from frontlines.batch import read_bad_records, read_events, run_batch
from frontlines.settings import Settings

pytestmark = [
    pytest.mark.spark,
    pytest.mark.slow,
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]


def _rows(table) -> list[str]:
    return sorted(json.dumps(row, sort_keys=True, default=str) for row in table.to_pylist())


def test_spark_and_local_engines_write_the_same_rows(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    write_inputs(inputs)
    settings = Settings(batch_size=4)
    local = run_batch([str(inputs)], str(tmp_path / "local"), settings, OPTIONS, engine="local")
    spark = run_batch([str(inputs)], str(tmp_path / "spark"), settings, OPTIONS, engine="spark", master="local[2]")
    assert spark == local
    assert local.documents == 16 and local.bad_records == len(EXPECTED_BAD)
    assert _rows(read_events(tmp_path / "spark")) == _rows(read_events(tmp_path / "local"))
    bad = read_bad_records(tmp_path / "spark")
    assert _rows(bad) == _rows(read_bad_records(tmp_path / "local"))
    assert {(b["input"].removeprefix(f"{inputs}/"), b["error"]) for b in bad.to_pylist()} == EXPECTED_BAD
    assert (tmp_path / "spark" / "events" / "_SUCCESS").exists()
