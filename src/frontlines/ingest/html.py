"""One HTML page to one article: trafilatura for the text, title and site; our own code for the date.

The publication date anchors every relative date in the text, so it comes from the page's JSON-LD
``datePublished`` or its ``article:published_time`` meta first; htmldate (through trafilatura,
``original_date=True``) is the fallback, as it may return the modified date.
"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from typing import Any

from frontlines.errors import EmptyInput
from frontlines.ingest.decode import HEAD_BYTES, decode_text
from frontlines.ingest.published import parse_published

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:\-]+)""", re.IGNORECASE)
_PUBLISHED_XPATHS = (
    '//meta[@property="article:published_time" or @name="article:published_time"]/@content',
    '//meta[@property="og:published_time" or @name="pubdate" or @name="publishdate"]/@content',
    '//meta[@itemprop="datePublished"]/@content',
    '//time[@itemprop="datePublished"]/@datetime',
)


@dataclass(frozen=True)
class Page:
    """What an HTML page gives an article."""

    text: str
    title: str | None
    sitename: str | None
    url: str | None
    published: date | None


def decode_html(data: bytes, *, source: str) -> str:
    """Decode by the page's declared charset when it names one, else by the shared text rule."""
    declared = _META_CHARSET.search(data[:HEAD_BYTES])
    if declared:
        try:
            encoding = codecs.lookup(declared[1].decode("ascii")).name
            return data.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, source=source)


def extract_page(html: str, *, source: str) -> Page:
    """Main text and metadata of a page; :class:`EmptyInput` when it has no article text."""
    import trafilatura
    from trafilatura.settings import Document

    tree = trafilatura.load_html(html)
    if tree is None:
        raise EmptyInput("holds no HTML that can be parsed; is it an HTML page?", source=source)
    published = published_date(tree)
    document = trafilatura.bare_extraction(
        tree,
        with_metadata=True,
        include_comments=False,
        date_extraction_params={"original_date": True, "extensive_search": True},
    )
    if not isinstance(document, Document) or not (text := document.text or "").strip():
        raise EmptyInput("no article text found in the page (only navigation or boilerplate)", source=source)
    if published is None and document.date:
        published = _maybe_date(document.date)
    return Page(
        text=text,
        title=document.title or None,
        sitename=document.sitename or None,
        url=document.url or None,
        published=published,
    )


def published_date(tree: Any) -> date | None:
    """The page's own publication date: JSON-LD ``datePublished``, then published-time metas."""
    for script in tree.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        for value in _find_key(data, "datePublished"):
            if isinstance(value, str) and (found := _maybe_date(value)):
                return found
    for xpath in _PUBLISHED_XPATHS:
        for value in tree.xpath(xpath):
            if found := _maybe_date(str(value)):
                return found
    return None


def _find_key(data: Any, key: str) -> Iterator[Any]:
    if isinstance(data, dict):
        if key in data:
            yield data[key]
        for value in data.values():
            yield from _find_key(value, key)
    elif isinstance(data, list):
        for item in data:
            yield from _find_key(item, key)


def _maybe_date(value: str) -> date | None:
    try:
        return parse_published(value)
    except ValueError:
        return None
