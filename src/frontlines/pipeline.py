"""The one code path from articles to events: ``build_pipeline(settings).code(articles)``.

The CLI, the API, the store's ingest, the local pool and Spark all call :meth:`Pipeline.code`;
each worker builds its pipeline once.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice
from typing import TYPE_CHECKING

from frontlines.errors import EmptyInput, FrontlinesError, InputTooLarge
from frontlines.ingest.page_tail import keyword_run, story_end
from frontlines.prefilter import could_hold_event
from frontlines.records import Article, Event, Failure, Record
from frontlines.settings import Settings
from frontlines.timelimit import time_limit

if TYPE_CHECKING:
    from spacy.tokens import Doc

    from frontlines.events.assemble import EventBuilder


class Result(Record):
    """The events coded from one article."""

    article: Article
    events: list[Event]


def check_article(article: Article, max_chars: int) -> None:
    """Raise an :class:`~frontlines.errors.InputError` for an article the pipeline cannot code."""
    if not article.text.strip():
        raise EmptyInput("the text is empty; there is nothing to code", source=article.id)
    if len(article.text) > max_chars:
        raise InputTooLarge(
            f"{len(article.text):,} characters is over the limit of {max_chars:,}; "
            "split the document or raise max_chars",
            source=article.id,
        )


class Pipeline:
    """Codes articles into events. Build it once per process with :func:`build_pipeline`."""

    def __init__(self, settings: Settings):
        from frontlines.events.assemble import EventBuilder
        from frontlines.nlp import build_nlp

        self.settings = settings
        self.nlp = build_nlp(settings)
        self.builder: EventBuilder = EventBuilder(settings)

    def code(self, articles: Iterable[Article]) -> Iterator[Result | Failure]:
        """Code articles in order: one ``Result`` or ``Failure`` per article, streamed."""
        iterator = iter(articles)
        while batch := list(islice(iterator, self.settings.batch_size)):
            yield from self._code_batch(batch)

    def _code_batch(self, batch: list[Article]) -> Iterator[Result | Failure]:
        stories: list[str] = []  # the texts spaCy parses, of the articles neither failed nor skipped
        failures: dict[int, Failure] = {}
        skipped: dict[int, Result] = {}  # the prefilter found no conflict word: no event, no spaCy
        for i, article in enumerate(batch):
            try:
                check_article(article, self.settings.max_chars)
                story = story_of(article)
                if self.settings.prefilter and not could_hold_event(story):
                    skipped[i] = Result(article=article, events=[])
                else:
                    stories.append(story)
            except FrontlinesError as exc:
                failures[i] = failure_of(article, exc)
        docs = iter(self.nlp.pipe(stories, batch_size=self.settings.batch_size))
        for i, article in enumerate(batch):
            if i in failures:
                yield failures[i]
                continue
            if i in skipped:
                yield skipped[i]
                continue
            doc = next(docs)
            try:
                yield Result(article=article, events=self._build(doc, article))
            except FrontlinesError as exc:
                yield failure_of(article, exc)

    def extract(self, article: Article) -> list[Event]:
        """Code one article; raise its error instead of returning a ``Failure``."""
        check_article(article, self.settings.max_chars)
        story = story_of(article)
        if self.settings.prefilter and not could_hold_event(story):
            return []
        doc = next(iter(self.nlp.pipe([story])))
        return self._build(doc, article)

    def _build(self, doc: Doc, article: Article) -> list[Event]:
        """The rules on one parsed document, within the per-document time limit."""
        with time_limit(self.settings.doc_time_limit, article.id):
            return self.builder.build(doc, article)


def story_of(article: Article) -> str:
    """The text the rules read: the article's text up to the page's lists of other stories, with
    the page's keywords before the story blanked (the evidence's offsets stay those of
    ``Article.text``, of which this is the beginning, of the same length)."""
    story = article.text[: story_end(article.text)]
    run = keyword_run(story)
    if run is not None:
        story = story[: run[0]] + " " * (run[1] - run[0]) + story[run[1] :]
    return story


def failure_of(article: Article, exc: Exception) -> Failure:
    return Failure(doc_id=article.id, input=article.id, error=type(exc).__name__, message=str(exc))


_PIPELINES: dict[Settings, Pipeline] = {}


def build_pipeline(settings: Settings | None = None) -> Pipeline:
    """The pipeline for ``settings``, built once per process and reused."""
    settings = settings or Settings()
    if settings not in _PIPELINES:
        _PIPELINES[settings] = Pipeline(settings)
    return _PIPELINES[settings]
