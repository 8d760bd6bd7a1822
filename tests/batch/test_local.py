"""The local engine: worker processes give the in-process results, in order, reading ahead boundedly."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from batch_inputs import OPTIONS, write_inputs

from frontlines.batch.local import IN_FLIGHT_PER_WORKER, code_local
from frontlines.batch.sources import read_articles
from frontlines.pipeline import Result
from frontlines.records import Article, Failure
from frontlines.settings import Settings

pytestmark = pytest.mark.slow


def _summary(outcome: Result | Failure) -> tuple:
    if isinstance(outcome, Failure):
        return ("failure", outcome.input, outcome.error)
    return ("result", outcome.article.id, [e.model_dump_json() for e in outcome.events])


def test_two_workers_give_the_same_outcomes_in_the_same_order(tmp_path) -> None:
    write_inputs(tmp_path)
    settings = Settings(batch_size=4)
    items = list(read_articles([str(tmp_path)], OPTIONS))
    alone = [_summary(o) for o in code_local(items, settings, workers=1)]
    pooled = [_summary(o) for o in code_local(items, settings, workers=2)]
    assert pooled == alone
    assert len(alone) == len(items)
    assert [s[1] for s in alone if s[0] == "result"] == [i.id for i in items if isinstance(i, Article)]


def test_workers_read_a_bounded_number_of_chunks_ahead() -> None:
    settings = Settings(batch_size=2)
    workers = 2
    pulled = 0

    def endless() -> Iterator[Article]:
        nonlocal pulled
        while True:
            pulled += 1
            yield Article(id=f"doc-{pulled}", text="Beat the eggs and bake the cake for 40 minutes.")

    outcomes = code_local(endless(), settings, workers=workers)
    for _ in range(10):
        next(outcomes)
    outcomes.close()  # stops the pool
    # 10 results consumed (5 chunks) + at most the in-flight chunks + the one the feeder holds
    limit = 10 + (workers * IN_FLIGHT_PER_WORKER + 1) * settings.batch_size
    assert 10 <= pulled <= limit
