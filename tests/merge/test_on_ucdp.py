"""The merge on real data: UCDP GED headlines, each ingested as its own report (fixture: 115 events)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import sqlalchemy as sa

from frontlines.merge.metrics import cluster_scores
from frontlines.merge.ucdp import headlines, read_rows, row_coded_documents

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "merge" / "ucdp_ged_syria_2016-02_aleppo_rif_dimashq.csv"


def test_headlines_split_on_semicolons_with_their_outlets_and_dates():
    rows = list(read_rows(FIXTURE))
    multi = next(r for r in rows if ";" in r["source_headline"])
    found = headlines(multi)
    assert len(found) == len(multi["source_headline"].split(";"))
    assert all(published is not None and published >= date(2015, 1, 1) for _, _, published in found)


@pytest.mark.slow
def test_merge_joins_the_reports_of_one_event_and_beats_a_key_based_dedup(sqlite_store):
    rows = list(read_rows(FIXTURE))
    results, gold = row_coded_documents(rows)
    report = sqlite_store.ingest_results(results)
    assert not report.failures
    with sqlite_store.engine.connect() as conn:
        predicted = dict(
            conn.execute(
                sa.text(
                    "SELECT r.report_id, e.event_id FROM reports r "
                    "JOIN event_reports er ON er.report_pk = r.id JOIN events e ON e.id = er.event_pk"
                )
            ).all()
        )
    merged = cluster_scores(gold, predicted)
    by_id = {row["id"]: row for row in rows}
    key = {r: (by_id[g]["date_start"], by_id[g]["adm_1"], by_id[g]["dyad_name"]) for r, g in gold.items()}
    naive = cluster_scores(gold, {r: "|".join(k) for r, k in key.items()})
    assert merged.pairwise_recall >= 0.95  # reports coded alike from one event must meet
    assert merged.pairwise_f1 > naive.pairwise_f1
    assert merged.bcubed_precision > naive.bcubed_precision
    assert merged.predicted_clusters < len(gold)  # it did merge
