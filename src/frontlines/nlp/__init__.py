"""The spaCy side: the model with frontlines' components. spaCy finds; plain functions decide."""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontlines.resources import spacy_model
from frontlines.settings import Settings

if TYPE_CHECKING:
    from spacy.language import Language


def build_nlp(settings: Settings) -> Language:
    """The spaCy pipeline the extractor reads, built once per process."""
    return spacy_model(settings.spacy_model)
