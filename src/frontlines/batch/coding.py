"""Coding one chunk of a batch with the worker's pipeline; shared by the local pool and Spark.

Failures from reading pass through in place. An unexpected exception (a bug) on one document
becomes that document's bad record instead of stopping a run over millions of documents; the
chunk is then re-coded a document at a time so the others are unaffected.
"""

from __future__ import annotations

from collections.abc import Sequence

from frontlines.pipeline import Pipeline, Result, build_pipeline, failure_of
from frontlines.records import Article, Failure
from frontlines.settings import Settings

INTERNAL_ERROR = "internal error, please report it with this document"

_WORKER_SETTINGS: list[Settings] = []


def code_chunk(pipeline: Pipeline, items: Sequence[Article | Failure]) -> list[Result | Failure]:
    """One ``Result`` or ``Failure`` per item, in order."""
    articles = [item for item in items if isinstance(item, Article)]
    try:
        coded = list(pipeline.code(articles))
    except Exception:
        coded = [_code_alone(pipeline, article) for article in articles]
    outcomes = iter(coded)
    return [item if isinstance(item, Failure) else next(outcomes) for item in items]


def _code_alone(pipeline: Pipeline, article: Article) -> Result | Failure:
    try:
        return next(iter(pipeline.code([article])))
    except Exception as exc:
        failed = failure_of(article, exc)
        return failed.model_copy(update={"message": f"{INTERNAL_ERROR}: {failed.message}"})


def init_worker(settings: Settings) -> None:
    """Pool initializer: build the worker's pipeline once, before its first chunk."""
    _WORKER_SETTINGS[:] = [settings]
    build_pipeline(settings)


def code_in_worker(items: Sequence[Article | Failure]) -> list[Result | Failure]:
    """Pool task: code a chunk with the pipeline :func:`init_worker` built."""
    return code_chunk(build_pipeline(_WORKER_SETTINGS[0]), items)
