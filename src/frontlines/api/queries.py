"""Read-only routes: events, articles, actors, places and the weekly timeline."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response
from pydantic import BaseModel

from frontlines.api.errors import ERROR_RESPONSES, ApiError
from frontlines.api.limits import DEFAULT_PAGE, MAX_LOOKUP, MAX_PAGE, MAX_PARAM_CHARS
from frontlines.api.params import Cursor, EventQuery, clean_text
from frontlines.api.state import store_of
from frontlines.errors import StoreError
from frontlines.records import Article, Event
from frontlines.store.models import (
    ActorSummary,
    EventDetail,
    EventPage,
    PlaceSummary,
    TerritoryChange,
    WeeklyCount,
)

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

Id = Annotated[str, Path(max_length=MAX_PARAM_CHARS, description="An id from a list route")]
Lookup = Annotated[str | None, Query(max_length=MAX_PARAM_CHARS, description="Words the name starts with")]
LookupLimit = Annotated[int, Query(ge=1, le=MAX_LOOKUP)]


class ArticleWithEvents(BaseModel):
    article: Article
    events: list[Event]


class ActorList(BaseModel):
    actors: list[ActorSummary]


class PlaceList(BaseModel):
    places: list[PlaceSummary]


class PlaceHistory(BaseModel):
    place: str
    changes: list[TerritoryChange]


class Timeline(BaseModel):
    weeks: list[WeeklyCount]


def ok(model: BaseModel) -> Response:
    """``model`` as JSON by pydantic's own serializer (several times faster than FastAPI's encoder)."""
    return Response(model.model_dump_json(), media_type="application/json")


def doc(model: type[BaseModel]) -> dict[int | str, dict[str, Any]]:
    return {200: {"model": model, "description": "OK"}}


def _clean_id(value: str, name: str) -> str:
    cleaned = clean_text(value, name)
    if cleaned is None:
        raise ApiError(422, f"'{name}' is empty")
    return cleaned


@router.get("/events", responses=doc(EventPage), summary="Events matching the filters, one page at a time")
def list_events(
    request: Request,
    query: Annotated[EventQuery, Depends()],
    cursor: Cursor = None,
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE, description=f"Page size, at most {MAX_PAGE}")] = DEFAULT_PAGE,
) -> Response:
    """Events newest first. Pass ``next_cursor`` back as ``cursor`` for the next page."""
    cursor = clean_text(cursor, "cursor")
    try:
        page = store_of(request).query_events(query.to_filter(), cursor, limit)
    except (StoreError, ValueError) as exc:
        if cursor is not None:
            raise ApiError(400, f"bad cursor: {exc}; start again without 'cursor'", code="bad_cursor") from exc
        raise
    return ok(page)


@router.get(
    "/events/{event_id}",
    responses=doc(EventDetail),
    summary="One event with its sources, claims, disputes and evidence",
)
def get_event(request: Request, event_id: Id) -> Response:
    """The event, every report (source) merged into it, its claims and disputes, and why it was merged."""
    detail = store_of(request).get_event(_clean_id(event_id, "event_id"))
    if detail is None:
        raise ApiError(404, f"no event with id '{event_id}'; ids come from /api/events")
    return ok(detail)


@router.get(
    "/articles/{article_id}",
    responses=doc(ArticleWithEvents),
    summary="One article's text and the events extracted from it",
)
def get_article(request: Request, article_id: Id) -> Response:
    """The article (its text is what evidence offsets point into) and its events."""
    found = store_of(request).get_article(_clean_id(article_id, "article_id"))
    if found is None:
        raise ApiError(404, f"no article with id '{article_id}'; ids come from an event's sources")
    article, events = found
    return ok(ArticleWithEvents(article=article, events=events))


@router.get("/actors", responses=doc(ActorList), summary="Actors whose name matches q")
def list_actors(request: Request, q: Lookup = None, limit: LookupLimit = 50) -> Response:
    """Actors in the store, the most frequent first."""
    return ok(ActorList(actors=store_of(request).list_actors(clean_text(q, "q"), limit)))


@router.get("/places", responses=doc(PlaceList), summary="Places whose name matches q")
def list_places(request: Request, q: Lookup = None, limit: LookupLimit = 50) -> Response:
    """Places in the store, the most frequent first."""
    return ok(PlaceList(places=store_of(request).list_places(clean_text(q, "q"), limit)))


@router.get("/places/{place}/history", responses=doc(PlaceHistory), summary="Who held a place over time")
def place_history(request: Request, place: Id) -> Response:
    """Territory changes and claims at a place (its numeric id, or its name), oldest first."""
    key: str | int = _clean_id(place, "place")
    if isinstance(key, str) and key.isascii() and key.isdigit() and len(key) < 19:  # fits SQL BIGINT
        key = int(key)
    return ok(PlaceHistory(place=place, changes=store_of(request).place_history(key)))


@router.get("/timeline", responses=doc(Timeline), summary="Events and fatalities per week and event type")
def timeline(request: Request, query: Annotated[EventQuery, Depends()]) -> Response:
    """Weekly counts (week = its Monday) for the same filters as /api/events."""
    return ok(Timeline(weeks=store_of(request).weekly_counts(query.to_filter())))


@router.get("/taxonomy", summary="ACLED's event types and sub-event types")
def taxonomy() -> dict[str, Any]:
    """The event types, each with its sub-event types, in the codebook's order."""
    from frontlines.taxonomy import sub_event_types

    types: dict[str, list[str]] = {}
    for sub in sub_event_types():
        types.setdefault(sub.event_type, []).append(sub.sub_event_type)
    return {"event_types": [{"event_type": k, "sub_event_types": v} for k, v in types.items()]}
