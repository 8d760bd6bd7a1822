"""How fast the readers are, and whether they stream, against plain-library baselines in the same run.

Run: .venv/bin/python benchmarks/ingest_readers.py [--copies N]

The input is the bundled sample (10 real FA-KES articles) repeated ``--copies`` times as JSONL,
CSV, a folder of .txt files and .html pages. Baselines: ``json.loads`` per line, ``csv.DictReader``,
``Path.read_text``, ``trafilatura.bare_extraction``: what the readers add is decoding checks,
validation into ``Article`` and failure reporting. Peak memory (tracemalloc) on JSONL of two sizes
shows whether memory grows with the file.
"""

from __future__ import annotations

import argparse
import csv
import json
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from frontlines.datafiles import data_path
from frontlines.ingest import ReadOptions, read_inputs

PAGE = """<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title>
<meta property="og:site_name" content="Example News">
<meta property="article:published_time" content="{published}T09:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>{title}</h1>{paragraphs}</article>
<aside><h3>Related</h3><a href="/x">Football: a late winner</a></aside>
<footer>Copyright</footer></body></html>"""


def sample() -> list[dict[str, str]]:
    with data_path("sample/articles.jsonl").open(encoding="utf-8") as stream:
        return [json.loads(line) for line in stream]


def write_inputs(folder: Path, records: list[dict[str, str]], copies: int, html_pages: int) -> None:
    with (folder / "a.jsonl").open("w", encoding="utf-8") as jsonl:
        for i in range(copies):
            for r in records:
                jsonl.write(json.dumps({**r, "id": f"{r['id']}-{i}"}, ensure_ascii=False) + "\n")
    with (folder / "a.csv").open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["id", "published", "text"])
        for i in range(copies):
            writer.writerows([f"{r['id']}-{i}", r["published"], r["text"]] for r in records)
    (folder / "txt").mkdir()
    (folder / "html").mkdir()
    for i in range(copies):
        for r in records:
            (folder / "txt" / f"{r['id']}-{i}.txt").write_text(r["text"], encoding="utf-8")
    for i in range(html_pages):
        r = records[i % len(records)]
        sentences = r["text"].split(". ")
        paragraphs = "".join(f"<p>{'. '.join(sentences[k : k + 3])}.</p>" for k in range(0, len(sentences), 3))
        page = PAGE.format(title=r["title"], published=r["published"], paragraphs=paragraphs)
        (folder / "html" / f"{i:04d}.html").write_text(page, encoding="utf-8")


def timed(run: Callable[[], int], repeats: int = 3) -> tuple[float, int]:
    """Best of ``repeats`` runs (the first also warms imports and caches), and the count."""
    best, count = float("inf"), 0
    for _ in range(repeats):
        start = time.perf_counter()
        count = run()
        best = min(best, time.perf_counter() - start)
    return best, count


def baselines(folder: Path) -> dict[str, Callable[[], int]]:
    import trafilatura

    def jsonl() -> int:
        with (folder / "a.jsonl").open(encoding="utf-8") as stream:
            return sum(1 for line in stream if json.loads(line)["text"])

    def csv_rows() -> int:
        with (folder / "a.csv").open(encoding="utf-8", newline="") as stream:
            return sum(1 for row in csv.DictReader(stream) if row["text"])

    def txt() -> int:
        return sum(1 for p in sorted((folder / "txt").iterdir()) if p.read_text(encoding="utf-8"))

    def html() -> int:
        pages = sorted((folder / "html").iterdir())
        return sum(1 for p in pages if trafilatura.bare_extraction(p.read_text(encoding="utf-8"), with_metadata=True))

    return {"jsonl": jsonl, "csv": csv_rows, "txt folder": txt, "html folder": html}


def ours(folder: Path) -> dict[str, Callable[[], int]]:
    csv_options = ReadOptions(id_column="id", date_column="published")

    def count(paths: list[str], options: ReadOptions | None = None) -> int:
        return sum(1 for _ in read_inputs(paths, options or ReadOptions()))

    return {
        "jsonl": lambda: count([str(folder / "a.jsonl")]),
        "csv": lambda: count([str(folder / "a.csv")], csv_options),
        "txt folder": lambda: count([str(folder / "txt")]),
        "html folder": lambda: count([str(folder / "html")]),
    }


def peak_memory(path: Path) -> float:
    tracemalloc.start()
    for _ in read_inputs([str(path)], ReadOptions()):
        pass
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=300, help="copies of the 10-article sample")
    parser.add_argument("--html-pages", type=int, default=100)
    args = parser.parse_args()
    records = sample()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_inputs(folder, records, args.copies, args.html_pages)
        base, mine = baselines(folder), ours(folder)
        print(f"{'input':<12} {'docs':>6} {'baseline s':>11} {'readers s':>10} {'docs/s':>9} {'ratio':>6}")
        for name in base:
            base_s, _ = timed(base[name])
            our_s, docs = timed(mine[name])
            rate, ratio = docs / our_s, our_s / base_s
            print(f"{name:<12} {docs:>6} {base_s:>11.3f} {our_s:>10.3f} {rate:>9.0f} {ratio:>6.2f}")
        size = (folder / "a.jsonl").stat().st_size / 2**20
        small = folder / "small.jsonl"
        with (folder / "a.jsonl").open(encoding="utf-8") as src, small.open("w", encoding="utf-8") as dst:
            for i, line in enumerate(src):
                if i >= len(records) * max(1, args.copies // 10):
                    break
                dst.write(line)
        small_size = small.stat().st_size / 2**20
        print()
        print(f"{'jsonl file MiB':<16} {'peak MiB':>9}")
        print(f"{small_size:<16.1f} {peak_memory(small):>9.2f}")
        print(f"{size:<16.1f} {peak_memory(folder / 'a.jsonl'):>9.2f}")


if __name__ == "__main__":
    main()
