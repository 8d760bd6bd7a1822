"""Acronyms a text defines for a named actor: "the Farabundo Marti National Liberation Front (FMLN)"
makes every other "FMLN" of the text a mention of that actor."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontlines.actors.normalize import fold

if TYPE_CHECKING:
    from frontlines.actors.normalize import FoldedText
    from frontlines.actors.registry import Hit

#: "Farabundo Marti National Liberation Front (FMLN)", "... front [fmln]": an acronym the text
#: defines in brackets right after a name.
_ACRONYM_AFTER = re.compile(r"\s*[(\[]\s*([A-Za-z][A-Za-z0-9]{1,7})\s*[)\]]")
#: "ELN [Army of National Liberation]": one defined in brackets right before the name.
_ACRONYM_BEFORE = re.compile(r"\b([A-Za-z][A-Za-z0-9]{1,7})\s*[(\[]\s*$")
#: Words a name's initials skip ("Army of National Liberation": A, N, L).
_INITIAL_SKIPS = frozenset({"of", "the", "and", "for", "de", "del", "la", "el", "los", "las", "y", "al"})


def with_defined_acronyms(folded: FoldedText, hits: list[Hit]) -> list[Hit]:
    """Hits for an acronym the text defines for a named actor ("the Farabundo Marti National
    Liberation Front (FMLN) ... FMLN urban commandoes blew up poles"): wherever else it stands as
    a word, it names that actor in this text. The acronym is taken in capitals, or, in a text
    written in lower case, when its letters are all among the name's initials ("fmln"); "(Kenya)"
    after a name is a place, no acronym of it."""
    original = folded.original
    added: list[Hit] = []
    for hit in hits:
        if hit.actor is None or hit.agent is not None or hit.country is not None:
            continue
        start, end = folded.to_original(hit.start), folded.to_original(hit.end - 1) + 1
        name = original[start:end]
        if " " not in name:
            continue  # an acronym itself, or a one-word name
        after = _ACRONYM_AFTER.match(original, end)
        before = _ACRONYM_BEFORE.search(original, max(0, start - 12), start)
        initials = {w[0] for w in fold(name).split() if w not in _INITIAL_SKIPS}
        for found in (after, before):
            if found is None:
                continue
            acronym = found.group(1)
            if not (acronym.isupper() or (acronym.islower() and set(acronym) <= initials)):
                continue
            added += [
                h
                for h in _acronym_hits(folded, acronym, hit)
                if not found.start() <= folded.to_original(h.start) < found.end()
            ]
    if not added:
        return hits
    taken = [(h.start, h.end) for h in hits]
    fresh = [h for h in added if not any(h.start < e and s < h.end for s, e in taken)]
    return sorted([*hits, *dict.fromkeys(fresh)], key=lambda h: h.start)


def _acronym_hits(folded: FoldedText, acronym: str, named: Hit) -> list[Hit]:
    """A hit of ``named``'s actor at every word ``acronym`` in the text (in capitals if given so)."""
    from frontlines.actors.registry import Hit

    haystack, key = (folded.cased, acronym) if acronym.isupper() else (folded.folded, acronym.lower())
    return [
        Hit(m.start(), m.end(), named.actor, None, False, None)
        for m in re.finditer(rf"(?<![\w]){re.escape(key)}(?![\w])", haystack)
        if folded.is_word_at(m.start(), m.end())
    ]
