"""Limits on what one request may cost: body size, page size, query string sizes, extraction time."""

from __future__ import annotations

import json
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

#: Largest request body accepted. A long news article is ~50 KB; a batch for /api/ingest fits in 1 MB.
MAX_BODY_BYTES = 1_000_000
#: Largest page of events, and the default page.
MAX_PAGE = 500
DEFAULT_PAGE = 100
#: Longest free-text query parameter (names, search text); longer ones are refused with 422.
MAX_PARAM_CHARS = 200
#: Longest cursor string; cursors are short opaque tokens.
MAX_CURSOR_CHARS = 500
#: Most actors or places a lookup returns.
MAX_LOOKUP = 200
#: Seconds /api/extract may run before it answers 504 (the seed article takes well under a second).
EXTRACT_TIMEOUT_S = 30.0
#: Most articles one /api/ingest call takes.
MAX_INGEST_ARTICLES = 100


def _error_message(status: int, code: str, message: str) -> list[Message]:
    body = json.dumps({"error": {"code": code, "message": message, "detail": None}}).encode()
    start = {
        "type": "http.response.start",
        "status": status,
        "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())],
    }
    return [start, {"type": "http.response.body", "body": body}]


class BodyLimit:
    """ASGI middleware: answer 413 for a body over ``max_bytes``, before any route reads it.

    The body is read (up to the limit) and replayed to the app, so a missing or false
    Content-Length cannot get a larger body through.
    """

    def __init__(self, app: ASGIApp, max_bytes: int = MAX_BODY_BYTES):
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in ("GET", "HEAD", "OPTIONS"):
            await self.app(scope, receive, send)
            return
        declared = dict(scope["headers"]).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await self._refuse(send)
            return
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                await self._refuse(send)
                return
            chunks.append(chunk)
            more = message.get("more_body", False)
        await self.app(scope, _replay(b"".join(chunks), receive), send)

    async def _refuse(self, send: Send) -> None:
        message = f"request body over the limit of {self.max_bytes:,} bytes; send less per request"
        for part in _error_message(413, "payload_too_large", message):
            await send(part)


def _replay(body: bytes, receive: Receive) -> Receive:
    sent = False

    async def replay() -> dict[str, Any]:
        nonlocal sent
        if not sent:
            sent = True
            return {"type": "http.request", "body": body, "more_body": False}
        return dict(await receive())

    return replay
