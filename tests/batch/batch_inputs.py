"""Batch test inputs: real articles (the seed and the bundled FA-KES sample) in JSONL, CSV and
Parquet, with bad records of each kind mixed in."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from frontlines.ingest import ReadOptions

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "src" / "frontlines" / "data" / "sample" / "articles.jsonl"
SEED = ROOT / "tests" / "fixtures" / "seed_yarmouk.txt"

#: Known pipeline bug that makes results differ between processes (reported to the lead).
#: Read options for these inputs: the CSV and Parquet files name their id and date columns.
OPTIONS = ReadOptions(id_column="id", date_column="published")
#: Bad records written below, as (input, error) pairs relative to the input folder.
EXPECTED_BAD = {
    ("articles.jsonl:3", "BadRecord"),  # not JSON
    ("articles.jsonl:5", "BadRecord"),  # empty text
    ("more.csv:3", "BadRecord"),  # wrong number of cells
    ("nested/rows.parquet:2", "BadRecord"),  # no text
}


def sample_records() -> list[dict]:
    """The seed article and the bundled sample, as JSONL records."""
    seed = {
        "id": "seed-yarmouk",
        "text": SEED.read_text(encoding="utf-8"),
        "published": "2015-04-02",
        "source": "AFP",
        "country": "Syria",
    }
    sample = [json.loads(line) for line in SAMPLE.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [seed, *sample]


def write_inputs(folder: Path) -> list[dict]:
    """A folder with a JSONL, a CSV and a Parquet file of real articles and a few bad records."""
    records = sample_records()
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(r) for r in records[:6]]
    lines.insert(2, "{not json")
    lines.insert(4, json.dumps({"id": "blank", "text": "   "}))
    lines.append(json.dumps({"text": "Beat the butter and sugar, fold in the flour and bake for 40 minutes."}))
    (folder / "articles.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with (folder / "more.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "text", "published"])
        writer.writerow([records[6]["id"], " ".join(records[6]["text"].split()), records[6]["published"]])
        writer.writerow(["short-row"])
        writer.writerow([records[7]["id"], " ".join(records[7]["text"].split()), records[7]["published"]])
    (folder / "nested").mkdir(exist_ok=True)
    rows = records[8:]
    table = pa.table(
        {
            "id": [r["id"] for r in rows[:1]] + [None] + [r["id"] for r in rows[1:]],
            "text": [r["text"] for r in rows[:1]] + [None] + [r["text"] for r in rows[1:]],
            "published": [r["published"] for r in rows[:1]] + [None] + [r["published"] for r in rows[1:]],
            "country": ["Syria"] * (len(rows) + 1),
        }
    )
    pq.write_table(table, folder / "nested" / "rows.parquet")
    (folder / ".hidden.jsonl").write_text("{not read", encoding="utf-8")
    (folder / "notes.txt").write_text("not a batch input", encoding="utf-8")
    return records
