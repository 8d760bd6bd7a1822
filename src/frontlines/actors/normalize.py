"""Text folding for alias matching: one character in, one character out, so offsets stay true.

Case and accents fold, punctuation (hyphens, apostrophes, dots) becomes a space; runs of spaces are
squeezed with an offset map back into the original text. Spelling variants (Beit/Bait/Bayt,
al-/ad-/ash-, Abdel/Abdul) are expanded on the alias side when the automaton is built.
"""

from __future__ import annotations

import bisect
import itertools
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence

#: Characters folded by the table; beyond it text passes through unchanged.
FOLD_RANGE = 0x2100
#: Arabic article forms before a sun letter ("ad-Dawla", "ash-Sham", "an-Nusra").
SUN_LETTER_ARTICLES = {
    "t": "at",
    "th": "ath",
    "d": "ad",
    "dh": "adh",
    "r": "ar",
    "z": "az",
    "s": "as",
    "sh": "ash",
    "n": "an",
}
#: Most variants generated for one alias (keeps the automaton small when a name has many parts).
MAX_VARIANTS = 24
_SPACES = re.compile(r" {2,}")


def _fold_char(char: str) -> str:
    if char.isspace() or (not char.isalnum() and char not in "&"):
        return " "
    lower = char.lower()
    if len(lower) != 1:
        lower = char
    base = unicodedata.normalize("NFKD", lower)[:1]
    return base if base.isalnum() else lower


def _fold_char_keep_case(char: str) -> str:
    folded = _fold_char(char)
    if folded == " " or not char.isupper():
        return folded
    upper = folded.upper()
    return upper if len(upper) == 1 else char


FOLD_TABLE: dict[int, str] = {code: _fold_char(chr(code)) for code in range(FOLD_RANGE)}
#: Like FOLD_TABLE but keeping capitals, for the capitals-only aliases (IS, AFP, U.N.).
CASED_TABLE: dict[int, str] = {code: _fold_char_keep_case(chr(code)) for code in range(FOLD_RANGE)}


class FoldedText:
    """``text`` folded and squeezed, with a map from folded offsets back to ``text`` offsets."""

    __slots__ = ("_breaks", "_cased", "_shifts", "folded", "original")

    def __init__(self, text: str):
        self.original = text
        folded = text.translate(FOLD_TABLE)
        self._breaks: list[int] = []
        self._shifts: list[int] = []
        shift = 0
        parts = []
        last = 0
        for match in _SPACES.finditer(folded):
            parts.append(folded[last : match.start() + 1])
            last = match.end()
            self._breaks.append(match.start() - shift + 1)
            shift += match.end() - match.start() - 1
            self._shifts.append(shift)
        parts.append(folded[last:])
        self.folded = "".join(parts)
        self._cased: str | None = None

    @property
    def cased(self) -> str:
        """The folded text with its capitals kept (same offsets as ``folded``)."""
        if self._cased is None:
            self._cased = _SPACES.sub(" ", self.original.translate(CASED_TABLE))
        return self._cased

    def to_original(self, offset: int) -> int:
        """Offset in the original text of folded offset ``offset``."""
        index = bisect.bisect_right(self._breaks, offset) - 1
        return offset + (self._shifts[index] if index >= 0 else 0)

    def to_folded(self, offset: int) -> int:
        """Folded offset of original offset ``offset`` (inside a squeezed run: its kept space)."""
        index = bisect.bisect_right([b + s for b, s in zip(self._breaks, self._shifts, strict=True)], offset) - 1
        return offset - (self._shifts[index] if index >= 0 else 0)

    def is_word_at(self, start: int, end: int) -> bool:
        """True if folded[start:end] stands on word boundaries."""
        text = self.folded
        return (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum())


def fold(text: str) -> str:
    """The folded, squeezed, stripped form of a short string (an alias or a query)."""
    return " ".join(text.translate(FOLD_TABLE).split())


def is_case_sensitive(alias: str) -> bool:
    """A short alias written in capitals (IS, UN, AFP, ISIS) matches only in capitals."""
    letters = [c for c in alias if c.isalpha()]
    return 0 < len(letters) <= 4 and all(c.isupper() for c in letters) and " " not in alias.strip()


def variants(alias: str, spellings: Mapping[str, Sequence[str]]) -> Iterator[str]:
    """Folded forms of ``alias``: itself, without a leading "the", and with spelling variants."""
    words = fold(alias).split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    options: list[list[str]] = []
    for i, word in enumerate(words):
        choices = [word, *spellings.get(word, ())]
        if word in {"al", "el"} and i + 1 < len(words):
            following = words[i + 1]
            for letters, article in SUN_LETTER_ARTICLES.items():
                if following.startswith(letters):
                    choices.append(article)
        options.append(list(dict.fromkeys(choices)))
    for combo in itertools.islice(itertools.product(*options), MAX_VARIANTS):
        yield " ".join(combo)
