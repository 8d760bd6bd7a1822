"""Dev diagnostic: actor resolution on ACLED notes (inter1/inter2 accuracy, actor1 name agreement).

Reads ../shared/eval/acled_global_2020_05/acled.csv and ../shared/eval/acled_kenya/acled_data.csv
(ACLED terms: internal evaluation only; nothing from these rows is written anywhere). For each note the
first non-source actor mention is compared with actor1/inter1, the next one with another name with
actor2/inter2. "before" is the system without a registry: no actor at all.

    .venv/bin/python benchmarks/actors_on_acled.py [--limit N]
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from datetime import date, datetime
from pathlib import Path

from frontlines.actors import load_registry

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
SETS = {
    "acled_global_2020_05": (SHARED / "acled_global_2020_05" / "acled.csv", "%d-%B-%Y"),
    "acled_kenya": (SHARED / "acled_kenya" / "acled_data.csv", "%d-%m-%y"),
}
PARTY_KINDS = {"named", "composed", "agent", "coref", "metonym"}


def parse_date(raw: str, fmt: str) -> date | None:
    for candidate in (fmt, "%d-%b-%y", "%d %B %Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(raw, candidate).date()
        except ValueError:
            continue
    return None


def open_period(name: str) -> str:
    """'Police Forces of Kenya (2013-2022)' -> '... (2013-': an export names the period as of coding."""
    return re.sub(r"\((\d{4})-\d{0,4}\)", r"(\1-", name)


def evaluate(path: Path, fmt: str, limit: int | None) -> dict[str, float]:
    registry = load_registry()
    counts = dict.fromkeys(["rows", "found1", "inter1", "name1", "name1_open", "rows2", "inter2"], 0)
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle)):
            if limit and number >= limit:
                break
            if not row.get("notes"):
                continue
            parties = [
                m
                for m in registry.find(
                    row["notes"],
                    country=row.get("iso3") or row["country"],
                    event_date=parse_date(row["event_date"], fmt),
                )
                if m.kind in PARTY_KINDS
            ]
            counts["rows"] += 1
            first = parties[0] if parties else None
            if first is not None:
                counts["found1"] += 1
                counts["inter1"] += str(first.inter) == row["inter1"]
                counts["name1"] += first.name == row["actor1"]
                counts["name1_open"] += open_period(first.name) == open_period(row["actor1"])
            if row.get("inter2") not in (None, "", "0"):
                counts["rows2"] += 1
                second = next((m for m in parties[1:] if first and m.name != first.name), None)
                counts["inter2"] += second is not None and str(second.inter) == row["inter2"]
    rows, rows2 = max(counts["rows"], 1), max(counts["rows2"], 1)
    return {
        "notes": counts["rows"],
        "actor found": counts["found1"] / rows,
        "inter1 acc": counts["inter1"] / rows,
        "actor1 name": counts["name1"] / rows,
        "actor1 name (open period)": counts["name1_open"] / rows,
        "inter2 acc (rows with actor2)": counts["inter2"] / rows2,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="rows per set")
    args = parser.parse_args()
    for label, (path, fmt) in SETS.items():
        if not path.exists():
            sys.stdout.write(f"{label}: absent, skipped\n")
            continue
        after = evaluate(path, fmt, args.limit)
        sys.stdout.write(f"\n{label}\n{'metric':32} {'before':>8} {'after':>8}\n")
        for metric, value in after.items():
            before = value if metric == "notes" else 0.0
            shown = f"{value:8d}" if metric == "notes" else f"{value:8.3f}"
            sys.stdout.write(f"{metric:32} {before if metric == 'notes' else 0.0:>8} {shown}\n")


if __name__ == "__main__":
    main()
