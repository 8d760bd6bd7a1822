"""Routes that run the extractor: ``POST /api/extract`` (stores nothing) and ``POST /api/ingest`` (token)."""

from __future__ import annotations

import asyncio
import hmac
from datetime import date
from typing import Annotated, Any, Self

from fastapi import APIRouter, Depends, Header, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.encoders import jsonable_encoder
from pydantic import BaseModel, ConfigDict, Field, model_validator

from frontlines.api.errors import ERROR_RESPONSES, ApiError, ErrorResponse
from frontlines.api.limits import EXTRACT_TIMEOUT_S, MAX_INGEST_ARTICLES, MAX_PARAM_CHARS
from frontlines.api.state import state_of
from frontlines.pipeline import check_article
from frontlines.records import Article, Event

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)


class ExtractRequest(BaseModel):
    """A news text, or an HTML page, to code; exactly one of ``text`` and ``html``."""

    model_config = ConfigDict(extra="forbid")

    text: str | None = Field(default=None, description="Plain article text")
    html: str | None = Field(default=None, description="An article's HTML page; the body text is extracted")
    published: date | None = Field(default=None, description="Publication date, anchors relative dates")
    title: str | None = Field(default=None, max_length=1000)
    source: str | None = Field(default=None, max_length=MAX_PARAM_CHARS)
    country: str | None = Field(default=None, max_length=MAX_PARAM_CHARS, description="Country hint")

    @model_validator(mode="after")
    def _one_body(self) -> Self:
        if (self.text is None) == (self.html is None):
            raise ValueError("send exactly one of 'text' and 'html'")
        return self


class ExtractResponse(BaseModel):
    """The article as coded (its text is what evidence offsets point into) and its events."""

    article: Article
    events: list[Event]


class IngestRequest(BaseModel):
    """Articles to code and store."""

    model_config = ConfigDict(extra="forbid")

    articles: list[Article] = Field(min_length=1, max_length=MAX_INGEST_ARTICLES)


def article_from_html(html: str, request: ExtractRequest) -> Article:
    """The article in an HTML page, read as ``frontlines ingest`` reads pages; the request's fields win."""
    from frontlines.ingest.html import extract_page

    page = extract_page(html, source="posted html")
    return Article(
        id="posted",
        text=page.text,
        title=request.title or page.title,
        published=request.published or page.published,
        source=request.source or page.sitename,
        url=page.url,
        country=request.country,
    )


def article_of(request: ExtractRequest) -> Article:
    if request.html is not None:
        return article_from_html(request.html, request)
    return Article(
        id="posted",
        text=request.text or "",
        title=request.title,
        published=request.published,
        source=request.source,
        country=request.country,
    )


@router.post(
    "/extract",
    response_model=ExtractResponse,
    summary="Code a posted text or HTML page into events; stores nothing",
    responses={504: {"model": ErrorResponse, "description": "timeout"}},
)
async def extract(request: Request, body: ExtractRequest) -> dict[str, Any]:
    """Run the extractor on the posted article and return its events with their evidence."""
    state = state_of(request)

    def code() -> dict[str, Any]:
        article = article_of(body)
        check_article(article, state.settings.max_chars)
        with state.extract_lock:
            return {"article": article, "events": state.pipeline.extract(article)}

    try:
        return await asyncio.wait_for(run_in_threadpool(code), timeout=EXTRACT_TIMEOUT_S)
    except TimeoutError:
        raise ApiError(504, f"extraction took over {EXTRACT_TIMEOUT_S:.0f} s; send a shorter text") from None


def require_token(
    request: Request,
    authorization: Annotated[str | None, Header(description="Bearer <api_token>")] = None,
) -> None:
    """401 without a Bearer token, 403 with a wrong one or when the server has none configured.

    A dependency, so it runs before the body is validated: no token, no 422 hints either.
    """
    expected = state_of(request).settings.api_token
    if not expected:
        raise ApiError(403, "ingest is disabled: the server has no api_token; start it with --token")
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise ApiError(401, "send the API token as 'Authorization: Bearer <token>'")
    if not hmac.compare_digest(token.strip().encode(), expected.encode()):
        raise ApiError(403, "the API token is wrong")


@router.post(
    "/ingest",
    summary="Code articles and store their events (needs the API token)",
    responses={
        401: {"model": ErrorResponse, "description": "no token"},
        403: {"model": ErrorResponse, "description": "wrong token"},
    },
)
def ingest(request: Request, body: IngestRequest, _: Annotated[None, Depends(require_token)]) -> Any:
    """Extract and store each article, one transaction per article; returns the store's report."""
    state = state_of(request)
    with state.extract_lock:
        results = list(state.pipeline.code(body.articles))
    return jsonable_encoder(state.store.ingest_results(results))
