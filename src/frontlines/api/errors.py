"""One JSON error shape on every route: ``{"error": {"code", "message", "detail"}}``.

HTTP errors from routing (404, 405), validation (422), our own limits (413, 504), library errors
and unexpected exceptions (500) all go through :func:`install_error_handlers`.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from frontlines.errors import ConfigError, FrontlinesError, InputError, ResourceError, StoreError

log = logging.getLogger(__name__)

#: Short machine-readable codes for the HTTP statuses the API returns.
CODES: dict[int, str] = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    413: "payload_too_large",
    415: "unsupported_media_type",
    422: "invalid_request",
    500: "internal_error",
    503: "unavailable",
    504: "timeout",
}


class ErrorBody(BaseModel):
    code: str
    message: str
    detail: Any = None


class ErrorResponse(BaseModel):
    """The shape of every error the API returns."""

    error: ErrorBody


class ApiError(Exception):
    """An error a route raises on purpose, with its status, code and message."""

    def __init__(self, status: int, message: str, *, code: str | None = None, detail: Any = None):
        super().__init__(message)
        self.status = status
        self.code = code or CODES.get(status, "error")
        self.message = message
        self.detail = detail


def error_response(
    status: int, message: str, *, code: str | None = None, detail: Any = None, headers: dict | None = None
) -> JSONResponse:
    """The JSON response for one error, in the shape every route shares."""
    body = {"error": {"code": code or CODES.get(status, "error"), "message": message, "detail": detail}}
    return JSONResponse(body, status_code=status, headers=headers)


#: Documented on every route in the OpenAPI schema.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": CODES[status].replace("_", " ")} for status in (404, 413, 422, 500)
}


def _validation_detail(exc: RequestValidationError) -> list[dict[str, Any]]:
    """Validation errors without the offending input echoed back (it may be huge or hostile)."""
    return [
        {"loc": [str(p) for p in err.get("loc", ())], "msg": err.get("msg", ""), "type": err.get("type", "")}
        for err in exc.errors()
    ]


def _status_of(exc: FrontlinesError) -> int:
    if isinstance(exc, InputError):
        return 422
    if isinstance(exc, (StoreError, ResourceError, ConfigError)):
        return 503
    return 500


def install_error_handlers(app: FastAPI) -> None:
    """Route every error the app can raise into the one JSON shape."""

    @app.exception_handler(ApiError)
    async def _api_error(request: Request, exc: ApiError) -> JSONResponse:
        headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
        return error_response(exc.status, exc.message, code=exc.code, detail=exc.detail, headers=headers)

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        message = exc.detail if isinstance(exc.detail, str) else CODES.get(exc.status_code, "error")
        if exc.status_code == 404 and message == "Not Found":
            message = f"no route for {request.method} {request.url.path}; see /docs for the API"
        elif exc.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}; see /docs for the API"
        return error_response(exc.status_code, message, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        detail = _validation_detail(exc)
        where = ", ".join(".".join(d["loc"]) + ": " + d["msg"] for d in detail[:3])
        return error_response(422, f"invalid request: {where}", detail=detail)

    @app.exception_handler(FrontlinesError)
    async def _library_error(request: Request, exc: FrontlinesError) -> JSONResponse:
        status = _status_of(exc)
        if status >= 500:
            log.error("%s %s failed: %s", request.method, request.url.path, exc)
        return error_response(status, str(exc), detail={"type": type(exc).__name__})

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("%s %s failed", request.method, request.url.path)
        return error_response(500, "internal error; the server log has the traceback", code="internal_error")
