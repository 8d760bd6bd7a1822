"""API latency under concurrent clients: the event list on a 100,000-event store, against GET /health.

Usage: .venv/bin/python benchmarks/bench_api.py [--rows 100000] [--clients 1,8,32] [--requests 400]
       [--db-file /tmp/bench_api.sqlite]   (kept, and reused when it already holds --rows events)

Starts the real server (``frontlines serve``, one uvicorn process) on a loopback port over a SQLite
store of generated events (filled as benchmarks/bench_store.py fills it), then runs ``--clients``
concurrent asyncio clients (httpx) sending ``--requests`` requests in all per row, and prints p50/p95
latency and throughput per route, with each route's p50 as a ratio to GET /health at the same
concurrency (the cost of the HTTP stack alone, measured in the same run). Loopback only.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_store import fill_events  # the same generated events as the store benchmark
from frontlines.store import open_store

#: Why requests failed, printed under the table.
FAILURE_REASONS: Counter[str] = Counter()
ROUTES = {
    "GET /health": ("/health", {}),
    "events, first page (100)": ("/api/events", {"limit": 100}),
    "events, bbox + 1 year": (
        "/api/events",
        {"bbox": "-20,-10,40,40", "date_from": "2010-01-01", "date_to": "2010-12-31", "limit": 100},
    ),
    "events, type + actor": ("/api/events", {"event_type": "Battles", "actor": "Armed group 7", "limit": 100}),
    "events, page 2 (cursor)": ("/api/events", {"limit": 100, "cursor": None}),
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db_url: str, port: int, log: Path) -> subprocess.Popen:
    """``frontlines serve`` in a subprocess; its log goes to ``log`` (a pipe nobody reads would fill and stall it)."""
    exe = Path(sys.executable).with_name("frontlines")
    command = [str(exe), "serve", "--db", db_url, "--host", "127.0.0.1", "--port", str(port)]
    with log.open("wb") as sink:
        server = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, env=os.environ.copy())
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"http://127.0.0.1:{port}/health", timeout=1).status_code == 200:
                return server
        except httpx.TransportError:
            time.sleep(0.2)
    server.kill()
    raise RuntimeError(f"server did not start: {log.read_text()[-2000:]}")


async def run_load(base: str, path: str, params: dict, clients: int, requests: int) -> tuple[list[float], int, float]:
    """``requests`` GETs shared by ``clients`` concurrent workers: latencies in ms, failures, wall seconds.

    A failure is a dropped connection or a non-200 answer; it is counted, not timed.
    """
    latencies: list[float] = []
    failures = 0
    remaining = requests
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, limits=limits, timeout=60) as client:

        async def worker() -> None:
            nonlocal remaining, failures
            while remaining > 0:
                remaining -= 1
                start = time.perf_counter()
                try:
                    response = await client.get(path, params=params)
                except httpx.TransportError as exc:
                    failures += 1
                    FAILURE_REASONS[f"{path}: {type(exc).__name__} {exc}"[:160]] += 1
                    continue
                if response.status_code != 200:
                    failures += 1
                    FAILURE_REASONS[f"{path}: HTTP {response.status_code} {response.text}"[:160]] += 1
                    continue
                latencies.append((time.perf_counter() - start) * 1000)

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(clients)))
        return latencies, failures, time.perf_counter() - start


def percentile(values: list[float], q: float) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[int(q) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--clients", default="1,8,32")
    parser.add_argument("--requests", type=int, default=400, help="requests per row of the table")
    parser.add_argument("--db-file", type=Path, help="keep the generated store here and reuse it")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_url = f"sqlite:///{args.db_file or Path(tmp) / 'bench_api.sqlite'}"
        store = open_store(db_url)
        if store.count_events() != args.rows:
            if store.count_events():
                raise SystemExit(f"{args.db_file} holds {store.count_events():,} events, not {args.rows:,}")
            start = time.perf_counter()
            fill_events(store, args.rows)
            print(f"store: {store.count_events():,} events generated in {time.perf_counter() - start:.1f} s")
        store.close()
        port = free_port()
        server = start_server(db_url, port, Path(tmp) / "server.log")
        base = f"http://127.0.0.1:{port}"
        try:
            first = httpx.get(f"{base}/api/events", params={"limit": 100}).json()
            ROUTES["events, page 2 (cursor)"][1]["cursor"] = first["next_cursor"]
            for path, params in ROUTES.values():  # warm caches and check every route answers
                httpx.get(f"{base}{path}", params=params).raise_for_status()
            print(f"\n{'route':<28} {'clients':>7} {'requests':>8} {'p50 ms':>8} {'p95 ms':>8} {'req/s':>7} "
                  f"{'p50 / health':>12} {'failed':>6}")  # fmt: skip
            for clients in (int(c) for c in args.clients.split(",")):
                health_p50 = None
                for name, (path, params) in ROUTES.items():
                    latencies, failed, wall = asyncio.run(run_load(base, path, params, clients, args.requests))
                    p50, p95 = percentile(latencies, 50), percentile(latencies, 95)
                    health_p50 = health_p50 or p50
                    print(f"{name:<28} {clients:>7} {len(latencies):>8} {p50:>8.1f} {p95:>8.1f} "
                          f"{len(latencies) / wall:>7.0f} {p50 / health_p50:>11.1f}x {failed:>6}")  # fmt: skip
                print()
            for reason, count in FAILURE_REASONS.most_common(5):
                print(f"failed {count}x: {reason}")
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
