"""Actor registry cost: load time, memory, and matching speed against baselines in the same run.

Run: .venv/bin/python benchmarks/bench_actors.py [--articles N] [--rounds R]

Load is timed in fresh processes: "cold" builds the automaton from the data files (empty cache
folder), "warm" unpickles it from the cache. Matching runs ``registry.find`` over FA-KES articles
(../shared/eval/fa_kes, CC BY 4.0; skipped if absent) and compares it with two baselines over the
same texts: ``str.lower()`` and the spaCy English tokenizer (``spacy.blank("en")``). Median of
``--rounds`` rounds.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

FA_KES = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "fa_kes" / "FA-KES-Dataset.dev.csv"
LOAD_SNIPPET = """
import json, resource, sys, time
from pathlib import Path
start = time.perf_counter()
from frontlines.actors import load_registry
from frontlines.settings import Settings
imported = time.perf_counter()
registry = load_registry(settings=Settings(cache_dir=Path(sys.argv[1])))
loaded = time.perf_counter()
print(json.dumps({"import": imported - start, "load": loaded - imported,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "actors": len(registry.actors), "keys": len(registry.automaton)}))
"""


def load_in_fresh_process(cache_dir: Path) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-c", LOAD_SNIPPET, str(cache_dir)], check=True, capture_output=True, text=True
    ).stdout
    return json.loads(output)


def texts(limit: int) -> list[str]:
    csv.field_size_limit(10_000_000)
    with FA_KES.open(encoding="utf-8", newline="") as handle:
        return [row["article_content"] for _, row in zip(range(limit), csv.DictReader(handle), strict=False)]


def words_per_second(run: Callable[[str], object], corpus: list[str], words: int, rounds: int) -> float:
    timings = []
    for _ in range(rounds):
        start = time.perf_counter()
        for text in corpus:
            run(text)
        timings.append(time.perf_counter() - start)
    return words / statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=722)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        cold = load_in_fresh_process(Path(folder))
        warm = [load_in_fresh_process(Path(folder)) for _ in range(args.rounds)]
    sys.stdout.write("load (fresh process)       import s   load s   RSS MB   actors    keys\n")
    for label, row in [("cold (build + pickle)", cold), ("warm (median, from cache)", _median(warm))]:
        sys.stdout.write(
            f"{label:26} {row['import']:8.3f} {row['load']:8.3f} {row['rss_mb']:8.0f} "
            f"{row['actors']:8.0f} {row['keys']:7.0f}\n"
        )
    if not FA_KES.exists():
        sys.stdout.write("FA-KES absent: matching speed skipped\n")
        return
    import spacy

    from frontlines.actors import load_registry

    corpus = texts(args.articles)
    words = sum(len(t.split()) for t in corpus)
    registry = load_registry()
    tokenizer = spacy.blank("en").tokenizer
    mentions = sum(len(registry.find(t, country="SYR")) for t in corpus)
    rates = {
        "str.lower() (baseline)": words_per_second(str.lower, corpus, words, args.rounds),
        "spaCy tokenizer (baseline)": words_per_second(tokenizer, corpus, words, args.rounds),
        "registry.find": words_per_second(lambda t: registry.find(t, country="SYR"), corpus, words, args.rounds),
    }
    sys.stdout.write(f"\nmatching on {len(corpus)} FA-KES articles, {words:,} words, {mentions:,} mentions\n")
    sys.stdout.write(f"{'':28} {'words/s':>12} {'vs find':>8}\n")
    for label, rate in rates.items():
        sys.stdout.write(f"{label:28} {rate:12,.0f} {rate / rates['registry.find']:8.2f}\n")


def _median(rows: list[dict[str, float]]) -> dict[str, float]:
    return {key: statistics.median(row[key] for row in rows) for key in rows[0]}


if __name__ == "__main__":
    main()
