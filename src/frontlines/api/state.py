"""What the app holds for its lifetime: the settings, the store and the pipeline, opened lazily."""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from fastapi import Request

from frontlines.settings import Settings

if TYPE_CHECKING:
    from frontlines.pipeline import Pipeline


class AppState:
    """The store and pipeline of one app, each opened once, on first use."""

    def __init__(self, settings: Settings, store: Any = None):
        self.settings = settings
        self._store = store
        self._lock = threading.Lock()
        #: One extraction at a time: spaCy is CPU-bound, and requests queue rather than thrash.
        self.extract_lock = threading.Lock()

    @property
    def store(self) -> Any:
        """The event store at ``settings.db_url``."""
        if self._store is None:
            with self._lock:
                if self._store is None:
                    from frontlines.store import open_store

                    self._store = open_store(self.settings.db_url)
        return self._store

    @property
    def pipeline(self) -> Pipeline:
        """The extraction pipeline (spaCy and its indexes), built once per process."""
        from frontlines.pipeline import build_pipeline

        return build_pipeline(self.settings)


def state_of(request: Request) -> AppState:
    return request.app.state.frontlines


def store_of(request: Request) -> Any:
    return state_of(request).store
