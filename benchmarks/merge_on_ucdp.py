"""The merge on real data: UCDP GED Syria events, each source headline ingested as its own report.

Usage: .venv/bin/python benchmarks/merge_on_ucdp.py [--from 2016-01-01] [--to 2016-03-31]
       [--csv ../shared/eval/ucdp_ged_syria/ged191_syria_2016_2017.csv] [--extractor]

Prints pairwise precision/recall/F1 and B-cubed precision/recall/F1 of the merged events against
UCDP's events, for:
- merge-only: each report is coded from its UCDP row's own fields (type, date, place, actors,
  deaths) and only the headline text differs, so the figure measures the merge alone;
- baselines in the same run: every report its own event (no merge) and one event per
  (day, admin1, dyad) (a naive key-based dedup);
- with --extractor: reports come from the extractor run on the headline text (needs a working
  pipeline); scored over the reports it produced.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from frontlines.merge.metrics import ClusterScores, cluster_scores
from frontlines.merge.ucdp import headline_articles, read_rows, row_coded_documents
from frontlines.store import open_store

DEFAULT_CSV = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval" / "ucdp_ged_syria"
DEFAULT_CSV = DEFAULT_CSV / "ged191_syria_2016_2017.csv"


def predicted_clusters(store) -> dict[str, str]:
    """report id -> merged event id, for every stored report."""
    with store.engine.connect() as conn:
        found = conn.exec_driver_sql(
            "SELECT r.report_id, e.event_id FROM reports r JOIN event_reports er ON er.report_pk = r.id "
            "JOIN events e ON e.id = er.event_pk"
        )
        return dict(found.all())


def merge_only(rows: list[dict[str, str]], folder: Path) -> tuple[ClusterScores, ClusterScores, ClusterScores, float]:
    results, gold = row_coded_documents(rows)
    store = open_store(f"sqlite:///{folder / 'merge_only.sqlite'}")
    start = time.perf_counter()
    report = store.ingest_results(results)
    seconds = time.perf_counter() - start
    assert not report.failures, report.failures[:3]
    merged = cluster_scores(gold, predicted_clusters(store))
    singletons = cluster_scores(gold, {r: r for r in gold})
    by_row = {row["id"]: row for row in rows}
    naive = {
        r: "|".join((by_row[g]["date_start"], by_row[g]["adm_1"], by_row[g]["dyad_name"])) for r, g in gold.items()
    }
    return merged, singletons, cluster_scores(gold, naive), seconds


def with_extractor(rows: list[dict[str, str]], folder: Path) -> tuple[ClusterScores, int, int]:
    """Reports from the extractor; each report's gold is the UCDP event of its headline (if only one)."""
    from frontlines.pipeline import build_pipeline
    from frontlines.records import Failure

    pairs = headline_articles(rows)
    single = {article.id: sources[0]["id"] for article, sources in pairs if len(sources) == 1}
    store = open_store(f"sqlite:///{folder / 'extractor.sqlite'}")
    articles = [article for article, _ in pairs if article.id in single]
    results = [r for r in build_pipeline().code(articles) if not isinstance(r, Failure)]
    store.ingest_results(results)
    gold = {e.event_id: single[r.article.id] for r in results for e in r.events}
    predicted = predicted_clusters(store)
    scores = cluster_scores(gold, {k: predicted[k] for k in gold})
    return scores, len(articles), len(gold)


def print_table(lines: list[tuple[str, ClusterScores]]) -> None:
    print(
        f"| {'clustering':44} | {'pair P':>6} | {'pair R':>6} | {'pair F1':>7} | {'B3 P':>6} | {'B3 R':>6} | "
        f"{'B3 F1':>6} | {'events':>6} |"
    )
    print(f"|{'-' * 46}|{'-' * 7}:|{'-' * 7}:|{'-' * 8}:|{'-' * 7}:|{'-' * 7}:|{'-' * 7}:|{'-' * 7}:|")
    for label, s in lines:
        print(
            f"| {label:44} | {s.pairwise_precision:6.3f} | {s.pairwise_recall:6.3f} | {s.pairwise_f1:7.3f} | "
            f"{s.bcubed_precision:6.3f} | {s.bcubed_recall:6.3f} | {s.bcubed_f1:6.3f} | {s.predicted_clusters:6} |"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--csv", type=Path, default=DEFAULT_CSV)
    parser.add_argument("--from", dest="date_from", type=date.fromisoformat, default=date(2016, 1, 1))
    parser.add_argument("--to", dest="date_to", type=date.fromisoformat, default=date(2016, 3, 31))
    parser.add_argument("--extractor", action="store_true", help="Also score reports from the extractor")
    args = parser.parse_args()
    rows = list(read_rows(args.csv, args.date_from, args.date_to))
    folder = Path(tempfile.mkdtemp(prefix="merge_on_ucdp_"))
    merged, singletons, naive, seconds = merge_only(rows, folder)
    multi = sum(1 for r in rows if len(r["source_headline"].split(";")) > 1)
    print(
        f"\nUCDP GED Syria {args.date_from}..{args.date_to}: {len(rows):,} events ({multi:,} with several "
        f"sources), {merged.items:,} reports; merged in {seconds:.1f} s\n"
    )
    print_table(
        [
            ("merge-only (reports coded from UCDP's fields)", merged),
            ("baseline: no merge (each report its own event)", singletons),
            ("baseline: one event per day + admin1 + dyad", naive),
        ]
    )
    if args.extractor:
        scores, n_articles, n_reports = with_extractor(rows, folder)
        print(f"\nextractor on {n_articles:,} single-event headlines: {n_reports:,} reports\n")
        print_table([("extractor + merge", scores)])


if __name__ == "__main__":
    main()
