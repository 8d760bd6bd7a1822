"""Event store speed: storing events (no NLP) and bbox + date queries over generated events.

Usage: .venv/bin/python benchmarks/bench_store.py [--docs 2000] [--events-per-doc 10] [--clustered-docs 300]
       [--rows 1000000] [--db-dir /tmp] [--pg URL]

Prints two tables, each against a baseline measured in the same run:
1. events stored per second: Store.ingest_results (one transaction per document; without the merge,
   with it on reports spread over the world, and with it on reports clustered in a small box and
   20 days, where every report has candidates and some join) against a plain sqlite3 executemany
   of the same report rows in one transaction;
2. query latency p50/p95 for a bounding box + date range (one page of 100) over ``--rows`` generated
   events: Store.query_events (R*Tree on SQLite, btree on PostgreSQL) against the same SQL forced
   to scan the table.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import insert

from frontlines.pipeline import Result
from frontlines.records import Actor, Article, Event, Evidence, Place, event_id_for
from frontlines.store import EventFilter, open_store
from frontlines.store.rows import now_utc, week_of
from frontlines.store.schema import EVENT_COLUMNS
from frontlines.store.schema import events as events_table

SUB_TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Violence against civilians", "Attack"),
    ("Protests", "Peaceful protest"),
]
ACTORS = [f"Armed group {i}" for i in range(200)]
START = date(2000, 1, 1)
WORDING = ["fighting", "heavy clashes", "shelling and clashes", "an exchange of fire", "fighting at dawn"]
EMPTY_EVENT = dict.fromkeys(EVENT_COLUMNS)
DAYS = 365 * 25


def random_event(rng: random.Random, event_id: str, doc_id: str, text: str, clustered: bool = False) -> Event:
    """A generated report: anywhere in the world over 25 years, or (``clustered``) in a 0.5 x 0.5
    degree box over 20 days between three actors, where every report has candidates and some join."""
    event_type, sub = rng.choice(SUB_TYPES)
    if clustered:
        lat, lon = 36 + rng.uniform(0, 0.2), 37 + rng.uniform(0, 0.2)
        day = START + timedelta(days=rng.randrange(20))
    else:
        lat, lon = rng.uniform(-60, 70), rng.uniform(-180, 180)
        day = START + timedelta(days=rng.randrange(DAYS))
    span = Evidence(start=0, end=10, text=text[:10], rule="bench")
    a1, a2 = rng.sample(ACTORS[:3] if clustered else ACTORS, 2)
    place = Place(
        location=f"Town {rng.randrange(10**6)}",
        country="Testland",
        admin1="North",
        latitude=lat,
        longitude=lon,
        geo_precision=1,
    )
    return Event(
        event_id=event_id,
        doc_id=doc_id,
        event_date=day,
        time_precision=1,
        event_type=event_type,
        sub_event_type=sub,
        actor1=a1,
        actor2=a2,
        country="Testland",
        admin1="North",
        location=place.location,
        latitude=lat,
        longitude=lon,
        geo_precision=1,
        source="Bench News",
        notes=text,
        fatalities=rng.randrange(20),
        published=day,
        evidence={"event_date": [span], "location": [span], "actor1": [span]},
        actors=[Actor(name=a1, inter=2, evidence=[span]), Actor(name=a2, inter=1, evidence=[span])],
        place=place,
    )


def documents(n_docs: int, per_doc: int, seed: int, clustered: bool = False) -> list[Result]:
    rng = random.Random(seed)
    found = []
    for d in range(n_docs):
        text = f"Generated report {seed}-{d}: {rng.choice(WORDING)} between armed groups near a town."
        article = Article(id=f"bench-{seed}-{d}", text=text, source="Bench News", published=START)
        h = article.content_hash()
        found.append(
            Result(
                article=article,
                events=[random_event(rng, event_id_for(h, i), article.id, text, clustered) for i in range(per_doc)],
            )
        )
    return found


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def baseline_executemany(path: Path, docs: list[Result]) -> tuple[float, float]:
    """Plain sqlite3: the same report rows in one table, one executemany, one transaction."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=WAL")
    columns = [
        "report_id",
        "doc_id",
        "event_date",
        "event_type",
        "sub_event_type",
        "actor1",
        "actor2",
        "location",
        "latitude",
        "longitude",
        "notes",
        "fatalities",
    ]
    conn.execute(f"CREATE TABLE reports ({', '.join(columns)})")
    rows = [
        tuple(str(getattr(e, c if c != "report_id" else "event_id")) for c in columns)
        for doc in docs
        for e in doc.events
    ]
    start, cpu = time.perf_counter(), time.process_time()
    with conn:
        conn.executemany(f"INSERT INTO reports VALUES ({', '.join('?' * len(columns))})", rows)
    elapsed = time.perf_counter() - start, time.process_time() - cpu
    conn.close()
    return elapsed


def bench_ingest(folder: Path, docs_n: int, per_doc: int, clustered_n: int) -> list[tuple[str, int, float, float]]:
    """Each run into a fresh SQLite file, after a warm-up run (imports, lazy data files)."""
    with open_store(f"sqlite:///{folder / 'warm_up.sqlite'}") as store:
        store.ingest_results(documents(10, per_doc, 4, clustered=True))
    lines = []
    for i, (label, merge, seed, clustered) in enumerate(
        (
            ("Store.ingest_results, no merge", False, 1, False),
            ("Store.ingest_results + merge", True, 2, False),
            ("+ merge, clustered (candidates, joins)", True, 3, True),
        )
    ):
        docs = documents(clustered_n if clustered else docs_n, per_doc, seed, clustered)
        store = open_store(f"sqlite:///{folder / f'ingest_{i}.sqlite'}")
        start, cpu = time.perf_counter(), time.process_time()
        report = store.ingest_results(docs, merge=merge)
        elapsed, cpu = time.perf_counter() - start, time.process_time() - cpu
        assert not report.failures, report.failures[:1]
        lines.append((label, report.reports_stored, elapsed, cpu))
        if clustered:
            print(f"(clustered: {report.reports_merged:,} of {report.reports_stored:,} reports joined an event)")
        store.close()
    return lines


def fill_events(store, rows: int, seed: int = 7) -> None:
    """Generated merged events straight into ``events`` (the R*Tree follows by trigger)."""
    rng = random.Random(seed)
    now = now_utc()
    chunk = 50_000
    for offset in range(0, rows, chunk):
        batch = []
        for i in range(offset, min(rows, offset + chunk)):
            event_type, sub = rng.choice(SUB_TYPES)
            day = START + timedelta(days=rng.randrange(DAYS))
            a1, a2 = rng.sample(ACTORS, 2)
            batch.append(
                {
                    **EMPTY_EVENT,
                    "event_id": f"FLE-{i:016d}",
                    "doc_id": "bench",
                    "sort_date": day,
                    "event_week": week_of(day),
                    "event_date": day,
                    "time_precision": 1,
                    "event_type": event_type,
                    "sub_event_type": sub,
                    "actor1": a1,
                    "actor2": a2,
                    "country": "Testland",
                    "admin1": "North",
                    "location": f"Town {i}",
                    "latitude": rng.uniform(-60, 70),
                    "longitude": rng.uniform(-180, 180),
                    "geo_precision": 1,
                    "source": "Bench News",
                    "notes": "generated",
                    "fatalities": rng.randrange(20),
                    "confidence": 0.5,
                    "n_reports": 1,
                    "n_sources": 1,
                    "updated_at": now,
                }
            )
        with store.engine.begin() as conn:
            conn.execute(insert(events_table), batch)


def query_windows(n: int, seed: int = 11) -> list[EventFilter]:
    """Random 5x5 degree boxes and 90-day ranges (about 0.013% of a global 25-year table each)."""
    rng = random.Random(seed)
    found = []
    for _ in range(n):
        west, south = rng.uniform(-180, 175), rng.uniform(-60, 65)
        day = START + timedelta(days=rng.randrange(DAYS - 90))
        found.append(
            EventFilter(bbox=(west, south, west + 5, south + 5), date_from=day, date_to=day + timedelta(days=90))
        )
    return found


def full_scan_query(store, flt: EventFilter) -> int:
    """The same selection with every index disabled (SQLite NOT INDEXED / PostgreSQL seqscan)."""
    west, south, east, north = flt.bbox
    where = (
        "longitude BETWEEN :w AND :e AND latitude BETWEEN :s AND :n AND sort_date BETWEEN :a AND :b "
        "ORDER BY sort_date DESC, id DESC LIMIT 101"
    )
    params = {"w": west, "e": east, "s": south, "n": north, "a": flt.date_from, "b": flt.date_to}
    from sqlalchemy import text

    with store.engine.connect() as conn:
        if conn.dialect.name == "sqlite":
            sql = f"SELECT * FROM events NOT INDEXED WHERE {where}"
            params = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in params.items()}
        else:
            conn.exec_driver_sql("SET enable_indexscan = off; SET enable_bitmapscan = off")
            sql = f"SELECT * FROM events WHERE {where}"
        return len(conn.execute(text(sql), params).all())


def timings(function, filters: list[EventFilter]) -> tuple[float, float, float]:
    found = []
    hits = 0
    for flt in filters:
        start = time.perf_counter()
        hits += function(flt)
        found.append((time.perf_counter() - start) * 1000)
    found.sort()
    return statistics.median(found), found[int(len(found) * 0.95) - 1], hits / len(filters)


def bench_query(url: str, rows: int, n_queries: int) -> list[tuple[str, float, float, float]]:
    store = open_store(url)
    if store.count_events() < rows:
        start = time.perf_counter()
        fill_events(store, rows - store.count_events())
        print(f"(generated {rows:,} events in {time.perf_counter() - start:.0f} s)")
    filters = query_windows(n_queries)
    indexed = timings(lambda f: len(store.query_events(f, None, 100).events), filters)
    scan = timings(lambda f: full_scan_query(store, f), filters[: max(5, n_queries // 10)])
    store.close()
    return [("Store.query_events (index)", *indexed), ("same query, full scan (baseline)", *scan)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=2000)
    parser.add_argument("--events-per-doc", type=int, default=10)
    parser.add_argument("--clustered-docs", type=int, default=300, help="Documents of the clustered merge run")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--db-dir", type=Path, default=Path(tempfile.gettempdir()))
    parser.add_argument("--pg", help="Also measure queries on PostgreSQL at this URL (filled up to --rows events)")
    args = parser.parse_args()
    args.db_dir.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="bench_store_", dir=args.db_dir))

    print(f"\n## Storing {args.docs:,} documents x {args.events_per_doc} events (SQLite, WAL)\n")
    base = baseline_executemany(folder / "baseline.sqlite", documents(args.docs, args.events_per_doc, 0))
    n = args.docs * args.events_per_doc
    lines = bench_ingest(folder, args.docs, args.events_per_doc, args.clustered_docs)
    print("(wall: elapsed time; CPU: this process's CPU time, fairer on a shared machine)\n")
    print(
        f"| {'what':40} | {'events':>8} | {'wall s':>7} | {'events/s':>9} | {'CPU s':>6} | "
        f"{'events/CPU-s':>12} | {'vs baseline (CPU)':>17} |"
    )
    print(f"|{'-' * 42}|{'-' * 9}:|{'-' * 8}:|{'-' * 10}:|{'-' * 7}:|{'-' * 13}:|{'-' * 18}:|")
    rows = [("sqlite3 executemany, 1 table (baseline)", n, *base), *lines]
    for label, count, wall, cpu in rows:
        ratio = rate(count, cpu) / rate(n, base[1])  # per CPU-second against the baseline's
        print(
            f"| {label:40} | {count:8,} | {wall:7.2f} | {rate(count, wall):9,.0f} | {cpu:6.2f} | "
            f"{rate(count, cpu):12,.0f} | {ratio:17.4f} |"
        )

    targets = [("SQLite", f"sqlite:///{args.db_dir / 'bench_store_query.sqlite'}")]
    if args.pg:
        targets.append(("PostgreSQL", args.pg))
    for name, url in targets:
        print(f"\n## bbox (5x5 deg) + 90-day query, page of 100, over {args.rows:,} events ({name})\n")
        results = bench_query(url, args.rows, args.queries)
        print(f"| {'what':36} | {'p50 ms':>8} | {'p95 ms':>8} | {'rows/query':>10} | {'p50 vs baseline':>15} |")
        print(f"|{'-' * 38}|{'-' * 9}:|{'-' * 9}:|{'-' * 11}:|{'-' * 16}:|")
        baseline_p50 = results[1][1]
        for label, p50, p95, hits in results:
            print(f"| {label:36} | {p50:8.2f} | {p95:8.2f} | {hits:10.1f} | {baseline_p50 / p50:14.1f}x |")


if __name__ == "__main__":
    main()
