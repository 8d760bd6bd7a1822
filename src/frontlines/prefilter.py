"""A cheap document gate: skip texts that cannot hold an event before spaCy runs.

Keyword automata (pyahocorasick) over three word lists in ``data/prefilter/``. A text passes when
it holds a strong conflict form (``conflict_vocabulary.tsv``: killed, airstrike, militants...), or
a weak one (``weak_vocabulary.tsv``: attack, shot, strike, beat...) outside a context that is
plainly another domain (``off_topic_cues.tsv``: football, oven, stocks...). It is triage for mixed
feeds, not a relevance classifier.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from frontlines.datafiles import data_path, read_tsv
from frontlines.errors import DataFileError

if TYPE_CHECKING:
    import ahocorasick

VOCABULARY_FILE = "prefilter/conflict_vocabulary.tsv"
WEAK_VOCABULARY_FILE = "prefilter/weak_vocabulary.tsv"
OFF_TOPIC_FILE = "prefilter/off_topic_cues.tsv"
PREFIX_MARK = "*"
#: Distinct off-topic cues that outweigh weak conflict words: one cue ("referee", "oven") also
#: turns up in conflict news, two distinct ones rarely do.
OFF_TOPIC_CUES_TO_DROP = 2

_SPACES = re.compile(r"\s+")
_FORM = re.compile(r"[a-z0-9][a-z0-9' .-]*\*?")


class Form(NamedTuple):
    """One word-list entry as the automaton stores it."""

    text: str
    prefix: bool
    area: str


def normalise(text: str) -> str:
    """Lower-case, straight apostrophes, one space for every run of white space."""
    return _SPACES.sub(" ", text.lower().replace("\u2019", "'"))


def read_vocabulary(path: Path, label: str = "area") -> list[Form]:
    """The forms of a word-list file; a malformed form raises ``DataFileError`` naming file:line."""
    forms = []
    for line, row in read_tsv(path, required=("form", label)):
        form = row["form"]
        if not _FORM.fullmatch(form) or form != normalise(form):
            raise DataFileError(str(path), line, f"bad form {form!r}: lower-case words, '*' only at the end")
        forms.append(Form(form.rstrip(PREFIX_MARK), form.endswith(PREFIX_MARK), row[label]))
    return forms


class WordList:
    """Whole-word, case-insensitive matching of one list of forms."""

    def __init__(self, forms: Sequence[Form]):
        import ahocorasick

        self.automaton: ahocorasick.Automaton = ahocorasick.Automaton()
        for form in forms:
            self.automaton.add_word(form.text, form)
        self.empty = not forms
        if forms:
            self.automaton.make_automaton()

    def hits(self, low: str) -> Iterator[Form]:
        """Every form found in ``low`` (already :func:`normalise`d), in text order."""
        if self.empty:
            return
        size = len(low)
        for end, form in self.automaton.iter(low):
            start = end - len(form.text) + 1
            if start > 0 and low[start - 1].isalnum():
                continue
            if not form.prefix and end + 1 < size and low[end + 1].isalnum():
                continue
            yield form


class Prefilter:
    """Strong conflict forms pass a text; weak ones pass it unless off-topic cues outweigh them."""

    def __init__(self, strong: Sequence[Form], weak: Sequence[Form] = (), off_topic: Sequence[Form] = ()):
        self.strong = WordList(strong)
        self.weak = WordList(weak)
        self.off_topic = WordList(off_topic)

    def first_hit(self, text: str) -> Form | None:
        """The conflict form that lets ``text`` through, or None when it cannot hold an event."""
        low = normalise(text)
        strong = next(self.strong.hits(low), None)
        if strong is not None:
            return strong
        weak = next(self.weak.hits(low), None)
        if weak is None:
            return None
        cues = set()
        for cue in self.off_topic.hits(low):
            cues.add(cue.text)
            if len(cues) >= OFF_TOPIC_CUES_TO_DROP:
                return None
        return weak

    def could_hold_event(self, text: str) -> bool:
        """True when ``text`` is worth parsing: it may hold a conflict event."""
        return self.first_hit(text) is not None


@cache
def default_prefilter() -> Prefilter:
    """The prefilter over the shipped word lists, built once per process."""
    return Prefilter(
        read_vocabulary(data_path(VOCABULARY_FILE)),
        read_vocabulary(data_path(WEAK_VOCABULARY_FILE)),
        read_vocabulary(data_path(OFF_TOPIC_FILE), label="domain"),
    )


def could_hold_event(text: str) -> bool:
    """True when ``text`` may hold a conflict event; False means none can be coded from it."""
    return default_prefilter().could_hold_event(text)
