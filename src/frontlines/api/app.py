"""The app factory: ``create_app(settings)`` gives the REST API and the web app in one FastAPI app."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI

from frontlines import __version__
from frontlines.api import actions, queries, webapp
from frontlines.api.errors import install_error_handlers
from frontlines.api.limits import MAX_BODY_BYTES, BodyLimit
from frontlines.api.state import AppState
from frontlines.settings import Settings

DESCRIPTION = """Conflict events from news text, in ACLED's schema, each figure traced to its sentence.

Every error, on every route, has the shape `{"error": {"code", "message", "detail"}}`.
Writes (`POST /api/ingest`) need `Authorization: Bearer <api_token>`.
"""


def create_app(settings: Settings | None = None, *, store: Any = None) -> FastAPI:
    """The API and web app for ``settings``; ``store`` overrides the one opened from ``settings.db_url``."""
    settings = settings or Settings()
    app = FastAPI(
        title="frontlines", version=__version__, description=DESCRIPTION, docs_url=None, redoc_url=None
    )  # /docs is served from the built assets by webapp, so it works offline
    app.state.frontlines = AppState(settings, store)
    install_error_handlers(app)
    app.add_middleware(BodyLimit, max_bytes=MAX_BODY_BYTES)

    @app.get("/health", tags=["meta"], summary="Liveness: answers without touching the store")
    def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    app.include_router(queries.router, tags=["events"])
    app.include_router(actions.router, tags=["extraction"])
    webapp.mount_web_app(app)
    return app
