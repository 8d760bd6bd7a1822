"""Build ``Event`` records from an annotated spaCy document."""

from __future__ import annotations

from spacy.tokens import Doc

from frontlines.records import Article, Event
from frontlines.settings import Settings


class EventBuilder:
    """Turns one annotated document into its events. Built once per pipeline."""

    def __init__(self, settings: Settings):
        self.settings = settings

    def build(self, doc: Doc, article: Article) -> list[Event]:
        return []
