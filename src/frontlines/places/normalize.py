"""Name normalisation shared by the index builder and the resolver.

Both sides must fold names the same way: accents, apostrophes (‘Ayn al ‘Arab), hyphens and the
Arabic article (al-/el-/ash-...) are folded, so "Ain al-Arab", "‘Ayn al ‘Arab" and "Ayn el Arab"
share one key.
"""

from __future__ import annotations

import re
import unicodedata

#: Arabic article forms, with their sun-letter assimilations, dropped wherever they stand as a word.
ARTICLES = frozenset(
    {"al", "el", "ad", "adh", "an", "ar", "as", "ash", "at", "ath", "az", "ed", "en", "er", "es", "et", "ez"}
)
_APOSTROPHES = re.compile(r"[\u0027\u2018\u2019\u02bc\u02bb\u02be\u02bf\u0060\u00b4\u2032]")
_NON_WORD = re.compile(r"[^\w]+")
# letters NFKD does not decompose
_EXTRA_FOLDS = str.maketrans({"ı": "i", "ø": "o", "đ": "d", "ł": "l", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th"})


def fold_accents(text: str) -> str:
    """The text without diacritics ("Ḩalab" -> "Halab"), script otherwise kept."""
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_EXTRA_FOLDS)


def normalize_name(name: str) -> str:
    """The lookup key of a place name: folded, lower case, articles and punctuation removed."""
    text = _APOSTROPHES.sub("", fold_accents(name).lower())
    words = [w for w in _NON_WORD.sub(" ", text).replace("_", " ").split() if w]
    kept = [w for w in words if w not in ARTICLES]
    return " ".join(kept or words)


_VOWEL_H = re.compile(r"(?<=[aeiou])h(?![aeiou])")
_VOWELS = re.compile(r"[aeiouyw]")
_SOUND_FOLDS = str.maketrans({"q": "k", "c": "k", "z": "s", "j": "g"})


def skeleton(key: str) -> str:
    """A transliteration-tolerant key of a normalised name ("idleb"/"idlib", "raqqah"/"raqa").

    Only a fallback: used when the exact key finds nothing, and only inside the context country.
    """
    words = []
    for word in key.split():
        if not word.isascii():
            return ""
        body = _VOWEL_H.sub("", word).translate(_SOUND_FOLDS)
        head, tail = body[:1], _VOWELS.sub("", body[1:])
        if head in "aeiouy":  # Ain/Ein/Ayn, Idlib/Edleb
            head = "a"
        squeezed = re.sub(r"(.)\1+", r"\1", head + tail)
        if squeezed:
            words.append(squeezed)
    return " ".join(words)


def is_latin(name: str) -> bool:
    """True if the name holds at least one Latin letter (other scripts are not indexed)."""
    return any("a" <= c <= "z" for c in fold_accents(name).lower())
