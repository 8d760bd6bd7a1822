"""frontlines: sourced, geolocated, deduplicated conflict-event records from news text.

>>> import frontlines
>>> events = frontlines.extract(text, published="2015-04-02", country="Syria")
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from frontlines.errors import FrontlinesError
from frontlines.pipeline import Result
from frontlines.records import Article, Event, Failure

__all__ = ["Article", "Event", "Failure", "FrontlinesError", "Result", "extract", "extract_many"]
__version__ = "0.1.0"


def extract(
    text: str,
    published: date | str | None = None,
    country: str | None = None,
    doc_id: str = "text",
) -> list[Event]:
    """Code one news text into ACLED-style events, each field with its evidence."""
    from frontlines.pipeline import build_pipeline

    article = Article(id=doc_id, text=text, published=published, country=country)
    return build_pipeline().extract(article)


def extract_many(articles: Iterable[Article]) -> Iterator[Result | Failure]:
    """Code many articles, streamed in order: a ``Result`` per article, or its ``Failure``."""
    from frontlines.pipeline import build_pipeline

    return build_pipeline().code(articles)
