"""Code gold items through the one pipeline path, ``build_pipeline(settings).code(articles)``."""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TYPE_CHECKING

from pydantic import Field

from frontlines.evaluate.items import ErrorCase, GoldItem, Metric, Report
from frontlines.records import Article, Event, Failure, Record
from frontlines.settings import Settings

if TYPE_CHECKING:
    from frontlines.pipeline import Pipeline, Result


class Coded(Record):
    """A gold item with the events we coded from it (or the failure that stopped us)."""

    item: GoldItem
    events: list[Event] = Field(default_factory=list)
    failure: Failure | None = None

    @property
    def primary(self) -> Event | None:
        """The event we would report first (``primary_event``), chosen without looking at the gold,
        so a text with several events is scored honestly."""
        return primary_event(self.events)


#: How many of the worst errors a report keeps.
MAX_ERRORS = 60


def make_report(
    items: Sequence[Coded], dataset: str, fmt: str, metrics: list[Metric], errors: Iterable[ErrorCase], **extra
) -> Report:
    """A report over ``items``: the worst errors first (at most ``MAX_ERRORS``), failures counted."""
    worst = sorted(errors, key=lambda e: -e.severity)[:MAX_ERRORS]
    failures = sum(1 for c in items if c.failure is not None)
    return Report(
        dataset=dataset, format=fmt, items=len(items), metrics=metrics, errors=worst, failures=failures, **extra
    )


def primary_event(events: Sequence[Event]) -> Event | None:
    """The event the extractor reports first (its primary event); the gold is never looked at."""
    return events[0] if events else None


def code_items(
    items: Iterable[GoldItem], settings: Settings, progress: Callable[[int], None] | None = None
) -> Iterator[Coded]:
    """Code every item in batches through the pipeline; results come back in order.

    A batch whose coding raises an unexpected error (an extractor bug, not a bad input) is coded
    again one text at a time, and the texts that still fail are recorded as ``Failure``s named
    after the exception, so one crash costs one text, not the whole evaluation.
    """
    from frontlines.pipeline import build_pipeline

    pipeline = build_pipeline(settings)
    iterator = iter(items)
    while batch := list(islice(iterator, settings.batch_size)):
        try:
            outcomes = list(pipeline.code(item.article for item in batch))
        except Exception:  # an extractor bug: isolate the texts that trigger it
            outcomes = [_code_one(pipeline, item.article) for item in batch]
        for item, outcome in zip(batch, outcomes, strict=True):
            if progress is not None:
                progress(1)
            yield _coded(item, outcome)


def _code_one(pipeline: Pipeline, article: Article) -> Result | Failure:
    try:
        return next(iter(pipeline.code([article])))
    except Exception as exc:  # recorded as the text's failure, reported in the evaluation
        where = f"{type(exc).__name__} in {_innermost_frame(exc)}"
        return Failure(doc_id=article.id, input=article.id, error=type(exc).__name__, message=f"{where}: {exc}")


def _innermost_frame(exc: BaseException) -> str:
    tb = exc.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    return f"{tb.tb_frame.f_code.co_filename.rsplit('/', 2)[-1]}:{tb.tb_lineno}" if tb else "?"


def _coded(item: GoldItem, outcome: Result | Failure) -> Coded:
    if isinstance(outcome, Failure):
        return Coded(item=item, failure=outcome)
    return Coded(item=item, events=outcome.events)


def sample_items(items: list[GoldItem], size: int | None, seed: int, stratified: bool) -> list[GoldItem]:
    """``size`` items drawn with ``seed``: stratified by gold label (proportional) or at random.

    Stratified draws give each label its share of ``size`` by largest remainder, at least one
    for every label while there is room; the chosen items keep the file's order.
    """
    if size is None or size >= len(items):
        return items
    rng = random.Random(seed)
    if not stratified:
        chosen = set(rng.sample(range(len(items)), size))
        return [item for i, item in enumerate(items) if i in chosen]
    strata: dict[str, list[int]] = defaultdict(list)
    for i, item in enumerate(items):
        strata[item.stratum].append(i)
    quotas = _quotas({k: len(v) for k, v in strata.items()}, size)
    chosen = set()
    for label in sorted(strata):
        chosen.update(rng.sample(strata[label], quotas[label]))
    return [item for i, item in enumerate(items) if i in chosen]


def _quotas(counts: dict[str, int], size: int) -> dict[str, int]:
    total = sum(counts.values())
    exact = {k: size * n / total for k, n in counts.items()}
    quotas = {k: min(counts[k], max(1, int(v))) for k, v in exact.items()}
    order = sorted(counts, key=lambda k: exact[k] - int(exact[k]), reverse=True)
    while sum(quotas.values()) > size:
        largest = max(quotas, key=lambda k: quotas[k])
        quotas[largest] -= 1
    i = 0
    while sum(quotas.values()) < size and i < 10 * len(order):
        label = order[i % len(order)]
        if quotas[label] < counts[label]:
            quotas[label] += 1
        i += 1
    return quotas
