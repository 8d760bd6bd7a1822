"""The web app's pages: the built front end (``frontlines/web/static``) served at ``/``.

Every page of the app (map, event, place, article, extract) is the same ``index.html``; the
front end reads the path. Built assets are under ``/assets``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from fastapi import APIRouter, FastAPI, Request
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse
from fastapi.staticfiles import StaticFiles

from frontlines.api.errors import ApiError
from frontlines.api.state import state_of

STATIC_DIR = Path(__file__).resolve().parents[1] / "web" / "static"
BUILD_HINT = "cd src/frontlines/web && npm ci && npm run build"

router = APIRouter(include_in_schema=False)


def content_policy(tile_url: str | None) -> str:
    """The pages' Content-Security-Policy: our own scripts only; images also from the tile server."""
    images = "'self' data:"
    if tile_url:
        parts = urlsplit(tile_url.replace("{s}", "a"))  # {s}: Leaflet's subdomain placeholder
        if parts.scheme in ("http", "https") and parts.hostname:
            host = parts.hostname
            if "{s}" in tile_url and "." in host:
                host = "*." + host.split(".", 1)[1]
            images += f" {parts.scheme}://{host}" + (f":{parts.port}" if parts.port else "")
    # Leaflet positions its panes and markers with style attributes, hence 'unsafe-inline' for styles.
    return (
        f"default-src 'self'; img-src {images}; style-src 'self' 'unsafe-inline'; "
        "object-src 'none'; base-uri 'none'; frame-ancestors 'none'"
    )


def _index(request: Request) -> FileResponse:
    index = STATIC_DIR / "index.html"
    if not index.is_file():
        raise ApiError(503, f"the web app is not built; run: {BUILD_HINT}", code="web_app_not_built")
    headers = {
        "Cache-Control": "no-cache",
        "Content-Security-Policy": content_policy(state_of(request).settings.map_tile_url),
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "same-origin",
    }
    return FileResponse(index, headers=headers)


@router.get("/")
@router.get("/extract")
def home(request: Request) -> FileResponse:
    return _index(request)


@router.get("/events/{event_id}")
@router.get("/articles/{article_id}")
@router.get("/places/{place_id}")
def page(request: Request) -> FileResponse:
    return _index(request)


@router.get("/docs")
def api_docs() -> HTMLResponse:
    """The OpenAPI schema as Swagger UI, from the built assets (no CDN: works offline)."""
    swagger = STATIC_DIR / "assets" / "swagger"
    if not (swagger / "swagger-ui-bundle.js").is_file():
        raise ApiError(
            503, f"the API docs page is not built (/openapi.json is); run: {BUILD_HINT}", code="web_app_not_built"
        )
    return get_swagger_ui_html(
        openapi_url="/openapi.json",
        title="frontlines API",
        swagger_js_url="/assets/swagger/swagger-ui-bundle.js",
        swagger_css_url="/assets/swagger/swagger-ui.css",
        swagger_favicon_url="/assets/swagger/favicon-32x32.png",
    )


@router.get("/api/config")
def config(request: Request) -> dict[str, Any]:
    """What the front end needs from the settings: an optional tile server URL."""
    settings = state_of(request).settings
    return {"tile_url": settings.map_tile_url, "tile_attribution": settings.map_tile_attribution}


def mount_web_app(app: FastAPI) -> None:
    """Serve the built front end, or a clear 503 on its pages when it has not been built."""
    app.include_router(router)
    if (STATIC_DIR / "assets").is_dir():
        app.mount("/assets", StaticFiles(directory=STATIC_DIR / "assets"), name="assets")
