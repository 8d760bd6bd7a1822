"""Read the words around a toponym: "southern Idlib", "near Douma", "Yarmouk camp", "Idlib province".

The result says which name to look up and what the phrase implies for ACLED's geo-precision.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from frontlines.places.words import place_words

#: How far before a span to look for "near", "outskirts of", "southern" (characters).
LOOK_BEHIND = 40
#: How far after a span to look for "camp", "province", "countryside" (characters).
LOOK_AHEAD = 30
#: "the" before a name: "the Middle East", "the Yarmouk camp".
LEADING_THE = re.compile(r"^(?:the|The)\s+")
_WORD_AFTER = re.compile(r"^[\s-]+(?P<word>[A-Za-z-]+(?:\s+camp)?)")


@dataclass
class Phrase:
    """A toponym mention read with its context."""

    names: list[str]
    roles: list[str] = field(default_factory=list)
    admin_level: int | None = None
    wants_admin: bool = False
    site: bool = False
    #: the name without the side that ends it and the side ("Embu", "west" of "Embu West district"),
    #: looked up last
    without_side: tuple[str, str] | None = None

    @property
    def near(self) -> bool:
        """The event is near or around the place, or in part of it (geo-precision 2)."""
        return any(r.startswith(("near", "part", "direction")) and r != "direction:central" for r in self.roles)

    @property
    def direction(self) -> bool:
        return any(r.startswith("direction") for r in self.roles)


def read_phrase(text: str, start: int, end: int) -> Phrase:
    """The lookup names (longest first) and the roles implied by the words in and around the span."""
    words = place_words()
    surface = LEADING_THE.sub("", text[start:end]).strip()
    phrase = Phrase(names=[])
    tokens = surface.split()
    named_with_direction = ""
    if len(tokens) > 1 and tokens[0].lower() in words.direction:
        phrase.roles.append(f"direction:{tokens[0].lower()}")
        if tokens[0][0].isupper():  # "Eastern Equatoria", "North Kivu": perhaps the unit's own name
            named_with_direction = " ".join(tokens)
        tokens = tokens[1:]
    rural = _read_before(text[max(0, start - LOOK_BEHIND) : start].lower(), phrase)
    if text.startswith(("'s", "’s"), end):
        # "outside Kisumu's morgue": near the thing the town has, which lies in the town
        phrase.roles = [r for r in phrase.roles if not r.startswith("near")]
    if len(tokens) > 1 and tokens[0].lower() == "rural":  # "Rural Damascus" as one name
        phrase.roles.append("part:rural")
        tokens, rural = tokens[1:], True
    full = " ".join(tokens)
    phrase.names.append(full)
    stripped = list(tokens)
    while len(stripped) > 1 and _trailing_role(stripped[-1].lower(), phrase):
        stripped.pop()
        if len(stripped) > 1 and stripped[-1].lower() == "sub":  # "Msambweni Sub County"
            stripped.pop()
            phrase.roles.pop()
            _admin_role("sub-county", phrase)
    direction_last = len(stripped) > 1 and stripped[-1][0].isupper() and stripped[-1].lower() in TRAILING_DIRECTIONS
    if direction_last and not phrase.wants_admin:
        # "Laikipia West", "Baringo South": a part of the unit named, when the whole is no known name
        # (not "Gwer East LGA": a unit of its own, whose namesake "Gwer" lies in Gwer West)
        phrase.roles.append(f"part:{stripped[-1].lower()}")
        stripped.pop()
    elif direction_last:
        # "Embu West district": a unit of its own, looked up first; when the index lacks it, the
        # unit it was cut from ("Embu"), of which it is a part
        phrase.without_side = (" ".join(stripped[:-1]), stripped[-1].lower())
    if stripped != tokens:
        phrase.names.append(" ".join(stripped))
    else:
        after = _WORD_AFTER.match(text[end : end + LOOK_AHEAD])
        if after and _trailing_role(after.group("word").lower().split()[-1], phrase):
            phrase.names.insert(0, f"{full} {after.group('word')}")
        elif (unit := _unit_of_list(text, end)) is not None:
            _admin_role(unit, phrase)  # "in Al Jawf, Ad Dali and Taizz governorates": each a governorate
    if rural:  # "rural Damascus" is what others call "Damascus countryside" (Rif Dimashq)
        phrase.names.insert(0, f"{phrase.names[-1]} countryside")
    if named_with_direction:
        phrase.names.insert(0, named_with_direction)
        if stripped != tokens:
            phrase.names.insert(1, " ".join([named_with_direction.split()[0], *stripped]))
    if phrase.without_side:
        phrase.names.append(phrase.without_side[0])
    for name in list(phrase.names):
        if "/" in name:  # "Tadmur/Palmyra": either name
            phrase.names += [part.strip() for part in name.split("/") if part.strip()]
    if _ROUTE.match(text, end):  # "Murree road", "the Kisumu-Kakamega highway": a road's name
        phrase.roles.append("route")
    before = text[max(0, start - LOOK_BEHIND * 2) : start]
    native = _NATIVE_OF.search(before)
    if _ORIGIN.search(before) or native or (_JOURNEY_FROM.search(before) and not _TO_PLACE.match(text, end)):
        phrase.roles.append("origin")  # "migrants from UP and Bihar", "a native of Kazakhstan": where people come from
    if _DESTINATION.search(before) or _JOURNEY_TO.search(before):
        phrase.roles.append("destination")  # "demanding to go back to their homes in Bihar", "heading to Djerba"
    sides = [r for r in phrase.roles if r.startswith("direction") and r != "direction:central"]
    if sides and not any(r.startswith(("part", "near")) for r in phrase.roles):
        # "southern Idlib" is the province; "western outskirts of Aleppo" and "central Thessaloniki"
        # (the middle of whatever the name names) the city
        phrase.wants_admin = True
    return phrase


#: The rest of a list of names that ends in a plural unit word: ", Ad Dali and Taizz governorates".
_LIST_OF_UNITS = re.compile(
    r"(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*\s*,?\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*"
    r"\s+(?P<word>[a-z]+s)\b"
)


def _unit_of_list(text: str, end: int) -> str | None:
    """The admin word a list's plural gives each of its names ("governorates": "governorate")."""
    found = _LIST_OF_UNITS.match(text, end, end + 4 * LOOK_AHEAD)
    if found is None:
        return None
    plural = found.group("word")
    levels = place_words().admin_level
    for singular in (plural, plural[:-1], plural[:-3] + "y"):  # "districts", "counties"
        if singular in levels:
            return singular
    return None


#: Directions that end the name of a unit's part ("Laikipia West", "Kisumu Central").
TRAILING_DIRECTIONS = frozenset({"north", "south", "east", "west", "central"})


def _trailing_role(word: str, phrase: Phrase) -> bool:
    words = place_words()
    if word in words.admin_level:
        _admin_role(word, phrase)
        return True
    if word in words.part:
        phrase.roles.append(f"part:{word}")
        return True
    if word in words.site:
        phrase.roles.append(f"site:{word}")
        phrase.site = True
        return True
    return word == "refugee"


def _admin_role(word: str, phrase: Phrase) -> None:
    levels = place_words().admin_level
    phrase.roles.append(f"admin:{word}")
    phrase.wants_admin = True
    phrase.admin_level = levels[word]


#: A road's name after a place's ("Murree road", "the Kisumu-Kakamega highway"), and a crossing of
#: two streets named after places ("Olmedo and Salinas intersection", the corner of two streets).
_ROUTE = re.compile(
    r"(?:\s*[-–]\s*[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)*)*"
    r"(?:\s+and\s+[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*)*)?"
    r"\s+(?:road|highway|street|avenue|motorway|route|expressway|streets|roads|avenues|intersection|crossroads"
    r"|roundabout)\b"
)
_ADMIN_OF = re.compile(r"(?:^|\W)(?P<word>[a-z-]+)\s+of$")
#: People said to come from a place (the place of the event is elsewhere): "migrants from UP and
#: Bihar", "hundreds of workers from Surat", "whose fighters are from Deir-ez-Zor".
_ORIGIN = re.compile(
    r"\b(?i:migrants?|workers?|labou?rers?|people|persons|residents|natives|youths|men|women|traders|pilgrims"
    r"|students|citizens|nationals|herders|farmers|delegates|delegation|refugees|returnees|travell?ers|passengers|visitors"
    r"|fighters|militants|troops|soldiers|protesters|demonstrators|activists|supporters)"
    r"\s+(?:(?:are|were|is|was)\s+(?:also\s+)?)?from\s+(?:the\s+)?"
    r"(?:(?:[a-z]+\s+){1,2}(?:of|in)\s+(?:the\s+)?)?"  # "from the bordering villages of", "from villages in"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*(?:,|and)\s+)*$"
)
#: Where a person was born or is a citizen of: "including a native of Kazakhstan", "a national of Chad".
_NATIVE_OF = re.compile(r"\b(?i:natives?|citizens?|nationals?)\s+of\s+(?:the\s+)?$|\bborn\s+in\s+$")
#: A journey's start: "as he was travelling from Aden to spend Ramadan at home", "on their way back
#: from Kisumu", "heading to Mandera from Elwak". Not a road's end ("a bus travelling from Merti to
#: Isiolo"), which may be all there is.
_JOURNEY_FROM = re.compile(
    r"\b(?:travell?(?:ing|ed)|returning|returned|coming|came|arriving|arrived|driving|drove|heading|headed"
    r"|on\s+(?:his|her|their|its)\s+way)\s+(?:back\s+)?"
    r"(?:(?:to|towards|for)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s+)?from\s+(?:the\s+)?$"
)
#: Where people want to go or were sent home to: "demanding transport to their homes in Uttar
#: Pradesh, Bihar and Odisha", "sent back to their native places in Jharkhand".
_DESTINATION = re.compile(
    r"\b(?:to|back)\s+(?:their|his|her|its)\s+(?:own\s+)?(?:homes?|hometowns?|home\s+(?:states?|towns?|villages?)"
    r"|native\s+(?:places?|states?|towns?|villages?|districts?))\s+in\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*\s*(?:,|and)\s+)*$"
)
#: A journey's end: "buses heading to Djerba", "a convoy on its way to Kabul", "travelling to Mandera".
_JOURNEY_TO = re.compile(
    r"\b(?:travell?(?:ing|ed)|heading|headed|bound|going|on\s+(?:his|her|their|its)\s+way)\s+(?:back\s+)?"
    r"(?:to|towards|for)\s+(?:the\s+)?$"
)
_TO_PLACE = re.compile(r"\s+(?:to|towards|for)\s+(?:the\s+)?[A-Z]")


def _read_before(before: str, phrase: Phrase) -> bool:
    """Read proximity, direction and "province of" before the name; True after "rural"."""
    words = place_words()
    trimmed = re.sub(r"\s+(?:the\s+)?$", "", before)
    admin_of = _ADMIN_OF.search(trimmed)
    if admin_of and admin_of.group("word") in words.admin_level:
        _admin_role(admin_of.group("word"), phrase)  # "the province of Aleppo"
        return False
    for near in words.near:
        if trimmed.endswith(near) and (len(trimmed) == len(near) or not trimmed[-len(near) - 1].isalnum()):
            phrase.roles.append(f"near:{near}")
            trimmed = trimmed[: -len(near)].rstrip()
            break
    last = trimmed.split()[-1] if trimmed.split() else ""
    if last in words.direction:
        phrase.roles.append(f"direction:{last}")
    if last == "rural":
        phrase.roles.append("part:rural")
        return True
    return False
