"""The per-document time limit: one slow document becomes a bad record, the rest are coded."""

from __future__ import annotations

import signal
import threading
import time

import pytest

from frontlines.errors import TimeLimitExceeded
from frontlines.pipeline import Pipeline, Result
from frontlines.records import Article, Failure
from frontlines.settings import Settings
from frontlines.timelimit import time_limit


def _spin(seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:  # pure-Python work, as a runaway rule loop would be
        pass


def test_a_block_over_the_limit_raises_naming_the_document() -> None:
    with pytest.raises(TimeLimitExceeded, match=r"^doc-7: coding took more than 0.2 s"), time_limit(0.2, "doc-7"):
        _spin(5)


def test_a_block_within_the_limit_runs_and_leaves_the_timer_as_it_found_it() -> None:
    before = signal.getitimer(signal.ITIMER_REAL)[0]  # pytest-timeout's own timer, or none
    with time_limit(5, "doc-1"):
        _spin(0.01)
    after = signal.getitimer(signal.ITIMER_REAL)[0]
    assert after == 0 if before == 0 else before - 1 < after <= before


def test_zero_means_no_limit() -> None:
    with time_limit(0, "doc-1"):
        _spin(0.05)


def test_an_outer_timer_is_put_back_with_the_time_it_has_left() -> None:
    fired = []
    previous = signal.signal(signal.SIGALRM, lambda *_: fired.append(True))
    before = signal.setitimer(signal.ITIMER_REAL, 0.6)
    try:
        with time_limit(5, "doc-1"):
            _spin(0.1)
        left = signal.getitimer(signal.ITIMER_REAL)[0]
        assert 0.3 < left < 0.55
        _spin(0.7)
        assert fired == [True]
    finally:
        signal.signal(signal.SIGALRM, previous)
        signal.setitimer(signal.ITIMER_REAL, *before)


def test_outside_the_main_thread_the_block_runs_unlimited() -> None:
    outcome: list[str] = []

    def work() -> None:
        with time_limit(0.05, "doc-1"):
            _spin(0.2)
        outcome.append("done")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(timeout=10)
    assert outcome == ["done"]


@pytest.mark.slow
def test_a_batch_goes_on_past_a_document_that_runs_over_the_limit() -> None:
    pipeline = Pipeline(Settings(doc_time_limit=0.5, batch_size=4))
    real_build = pipeline.builder.build

    def build(doc, article):  # a fault injected into one document: its rules never finish
        if article.id == "stuck":
            _spin(30)
        return real_build(doc, article)

    pipeline.builder.build = build  # type: ignore[method-assign]
    articles = [
        Article(id="before", text="Gunmen killed two soldiers in Maiduguri on Monday."),
        Article(id="stuck", text="Police fired tear gas at protesters in Nairobi."),
        Article(id="after", text="Protesters marched peacefully in Nairobi on Tuesday."),
    ]
    started = time.monotonic()
    outcomes = list(pipeline.code(articles))
    assert time.monotonic() - started < 15
    assert [type(o) for o in outcomes] == [Result, Failure, Result]
    stuck = outcomes[1]
    assert isinstance(stuck, Failure)
    assert stuck.error == "TimeLimitExceeded" and stuck.doc_id == "stuck"
    assert outcomes[0].events and outcomes[2].events  # type: ignore[union-attr]
