"""The REST API and web app server: ``create_app(settings) -> FastAPI``.

>>> from frontlines.api import create_app
>>> app = create_app(load_settings({"db_url": "sqlite:///events.sqlite"}))
"""

from __future__ import annotations

from frontlines.api.app import create_app

__all__ = ["create_app"]
