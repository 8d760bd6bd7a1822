"""Names used in a place's name: a community's ("Lake Turkana", "Samburu County", "in Pokot") or a
person's ("Nelson Mandela Bay", "Raila Odinga Street"). Such a name is no actor there."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontlines.actors.normalize import FoldedText, fold
from frontlines.places.words import place_words

if TYPE_CHECKING:
    from frontlines.actors.registry import Hit

#: Words before a community's name that make it a place: "Lake Turkana", "West Pokot", "in Samburu".
PLACE_BEFORE = frozenset(
    {"lake", "mount", "mt", "east", "west", "north", "south", "central", "upper", "lower", "trans"}
    | {"in", "at", "near", "into", "across", "around", "from", "to", "of", "within", "through", "outside"}
)
#: Words after a community's name that make it a place: "Samburu County", "Amhara region".
PLACE_AFTER = frozenset(
    {"county", "counties", "district", "districts", "sub", "subcounty", "division", "region", "regional", "state"}
    | {"province", "zone", "town", "village", "villages", "area", "areas", "border", "constituency", "land"}
    | {"lands", "valley", "forest", "plateau", "highlands", "hills", "river", "reserve", "conservancy", "side"}
    | {"north", "south", "east", "west", "central", "special", "regional", "language", "elders", "leaders"}
)
#: Capitalised words after a person's name that make it the name of a place or a site.
SITE_AFTER_A_NAME = frozenset({"bay", "avenue", "boulevard", "drive", "lane", "grounds", "gardens", "memorial"})

_WORD = re.compile(r"[a-z0-9]+")


def community_place(folded: FoldedText, hit: Hit) -> bool:
    """The community's name names a place: "Lake Turkana", "in Samburu", "Samburu County", "Maasai Mara"."""
    first = folded.to_original(hit.start)
    before = _WORD.findall(fold(folded.original[max(0, first - 30) : first]))
    following = _word_after(folded, hit)
    if before and before[-1] in PLACE_BEFORE:
        return True
    if following.lower().split("-")[0] in PLACE_AFTER:
        return True
    # "Maasai Mara", "Turkana South": a capitalised word after the name makes a place's name
    return following[:1].isupper() and following.lower() not in ("and", "or")


def names_a_site(folded: FoldedText, hit: Hit) -> bool:
    """The capitalised word after the name is a site's, a facility's or a unit's: "Nelson Mandela
    Bay", "Raila Odinga Street", "Nelson Mandela Hospital" (not "Odinga said", "Ruto, the deputy")."""
    following = _word_after(folded, hit)
    if not following[:1].isupper():
        return False
    words = place_words()
    word = following.lower()
    return word in SITE_AFTER_A_NAME or word in words.facility or word in words.site or word in words.admin_level


def _word_after(folded: FoldedText, hit: Hit) -> str:
    """The word after the hit in the original text, without the punctuation around it."""
    last = folded.to_original(hit.end - 1) + 1
    after = folded.original[last : last + 30].split()
    return after[0].strip(",.;:()'\"") if after else ""
