"""A cheap document gate: skip texts that cannot hold a conflict event before spaCy runs.

A keyword automaton (pyahocorasick) over the broad conflict vocabulary in
``data/prefilter/conflict_vocabulary.tsv``. It is triage for mixed feeds, not a relevance
classifier: a text passes when any conflict form occurs in it as a whole word or phrase.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from frontlines.datafiles import data_path, read_tsv
from frontlines.errors import DataFileError

if TYPE_CHECKING:
    import ahocorasick

VOCABULARY_FILE = "prefilter/conflict_vocabulary.tsv"
PREFIX_MARK = "*"

_SPACES = re.compile(r"\s+")
_FORM = re.compile(r"[a-z0-9][a-z0-9' .-]*\*?")


class Form(NamedTuple):
    """One vocabulary entry as the automaton stores it."""

    text: str
    prefix: bool
    area: str


def normalise(text: str) -> str:
    """Lower-case, straight apostrophes, one space for every run of white space."""
    return _SPACES.sub(" ", text.lower().replace("\u2019", "'"))


def read_vocabulary(path: Path) -> list[Form]:
    """The forms of a vocabulary file; a malformed form raises ``DataFileError`` naming file:line."""
    forms = []
    for line, row in read_tsv(path, required=("form", "area")):
        form = row["form"]
        if not _FORM.fullmatch(form) or form != normalise(form):
            raise DataFileError(str(path), line, f"bad form {form!r}: lower-case words, '*' only at the end")
        prefix = form.endswith(PREFIX_MARK)
        forms.append(Form(form.rstrip(PREFIX_MARK), prefix, row["area"]))
    return forms


class Prefilter:
    """Whole-word keyword matching over one vocabulary."""

    def __init__(self, forms: list[Form]):
        import ahocorasick

        self.automaton: ahocorasick.Automaton = ahocorasick.Automaton()
        for form in forms:
            self.automaton.add_word(form.text, form)
        self.automaton.make_automaton()

    def first_hit(self, text: str) -> Form | None:
        """The first vocabulary form found in ``text``, or None."""
        low = normalise(text)
        size = len(low)
        for end, form in self.automaton.iter(low):
            start = end - len(form.text) + 1
            if start > 0 and low[start - 1].isalnum():
                continue
            if not form.prefix and end + 1 < size and low[end + 1].isalnum():
                continue
            return form
        return None

    def could_hold_event(self, text: str) -> bool:
        """True when ``text`` holds any conflict form, so it is worth parsing."""
        return self.first_hit(text) is not None


@cache
def default_prefilter() -> Prefilter:
    """The prefilter over the shipped vocabulary, built once per process."""
    return Prefilter(read_vocabulary(data_path(VOCABULARY_FILE)))


def could_hold_event(text: str) -> bool:
    """True when ``text`` holds a conflict word or phrase; False means no event can be coded from it."""
    return default_prefilter().could_hold_event(text)
