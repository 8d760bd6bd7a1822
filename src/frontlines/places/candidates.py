"""One toponym mention and its gazetteer candidates: the lookup of its phrase's names, the provinces
named after its towns, and a second look in the article's main country."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from frontlines.places.gazetteer import Candidate, Gazetteer
from frontlines.places.normalize import ARTICLES, normalize_name, skeleton
from frontlines.places.phrases import TRAILING_DIRECTIONS, Phrase, read_phrase
from frontlines.places.words import place_words

MAX_TOWNS_FOR_UNITS = 5
#: A town this big under its own name is the place meant, not a spelling variant of a village in the
#: article's main country; the ranking accepts a place abroad from this size.
BIG_CITY = 100_000


@dataclass
class _Mention:
    start: int
    end: int
    label: str
    phrase: Phrase
    candidates: list[Candidate]
    is_dateline: bool = False
    #: the "Y" of "X, Y" or "X (Y)", not an item of a list "X, Y and Z"
    follows_place: bool = False
    #: a name there is most often X's province or district (unless it is also its capital)
    holds_previous: bool = False
    #: the "X" of "X, Y": a container is named for it, so it is a place even without a preposition
    contained: bool = False
    #: the "Y" of "X area of Y" or "X neighbourhood in Y": X is a part of Y, so it lies close to Y
    holds_part: bool = False
    #: the Y of "X (Y": right after an opening bracket
    in_brackets: bool = False
    #: words in lower case stand between it and the place named before it ("Berlin on Wednesday as Russia")
    after_words: bool = False
    best: Candidate | None = None
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    #: each candidate's score and reasons in the last ranking, by GeoNames id
    scored: dict[int, tuple[float, list[str]]] = field(default_factory=dict)

    def choose(self, candidate: Candidate | None, why: str = "") -> None:
        """Make ``candidate`` the answer (None: "none of these"), with its ranking's reasons."""
        score, reasons = self.scored.get(candidate.geonameid, (0.0, [])) if candidate else (0.0, [])
        self.best, self.score, self.reasons = candidate, score, [*reasons, *([why] if why else [])]


def _mention(text: str, start: int, end: int, label: str, gaz: Gazetteer, dateline: tuple[int, int] | None) -> _Mention:
    phrase = read_phrase(text, start, end)
    candidates: list[Candidate] = []
    for name in phrase.names:
        candidates = _lookup(gaz, name, limit=50)
        if candidates:
            if phrase.without_side and name == phrase.without_side[0]:
                phrase.roles.append(f"part:{phrase.without_side[1]}")  # the unit holds its part
            if name.split()[0].lower() in place_words().direction:  # "Eastern Equatoria" is a name
                phrase.roles = [r for r in phrase.roles if not r.startswith("direction")]
                phrase.wants_admin = any(r.startswith("admin") for r in phrase.roles)
            break
    if phrase.wants_admin and not any(c.admin_level in (1, 2) for c in candidates):
        candidates = candidates + _units_named_after(candidates, gaz)
    written = text[start:end]
    unit_after = phrase.wants_admin and len(written.split()) == 1  # "Western" of "Western province"
    if _generic(written) and not unit_after and not text[:start].rstrip().endswith((",", "(")):
        # "attacks against the West", "the Western countryside", "jets in the area": no town West,
        # province Western, Countryside (Illinois) or Area (an old name of Mundelein); but a region
        # so named after its town ("in Lilongwe (Lilongwe, Central)") is one
        candidates = []
    is_dateline = dateline is not None and start < dateline[1] and end > dateline[0]
    if written.isupper() and len(written) <= COUNTRY_LETTERS and not is_dateline:
        # "UK MPs", "US jets": a country's letters are the country, not a village so named (Uk,
        # Russia); letters that name no country or province ("IS fighters", not "KPK") are no
        # village either (Is, Russia)
        countries = [c for c in candidates if (c.feature_code or "").startswith("PCL")]
        candidates = countries or [c for c in candidates if c.admin_level is not None]
    return _Mention(start, end, label, phrase, candidates, is_dateline=is_dateline)


#: Points of the compass between the four a phrase may end with (``TRAILING_DIRECTIONS``).
_BETWEEN_POINTS = frozenset({"northeast", "northwest", "southeast", "southwest"})


@cache
def _directions() -> frozenset[str]:
    """Points of the compass and their adjectives, without hyphens ("northeast", "southwestern")."""
    return TRAILING_DIRECTIONS | _BETWEEN_POINTS | {w.replace("-", "") for w in place_words().direction}


#: The parts every town has, named as such: "the Old City" (of Aleppo, not Philadelphia's quarter).
_TOWN_PARTS = frozenset(
    {"old city", "old town", "old quarter", "city centre", "city center", "town centre", "downtown"}
)


def is_direction(word: str) -> bool:
    """The word is a point of the compass or its adjective ("Southwest", "north-eastern")."""
    return word.lower().replace("-", "") in _directions()


def _generic(written: str) -> bool:
    """The span is a direction, a part of a place or both, and nothing more ("the West", "Western",
    "North-East", "Area", "Western countryside", "the Old City")."""
    tokens = [t.replace("-", "") for t in written.lower().split() if t != "the"]
    if len(tokens) > 1 and tokens[0] in _directions():
        tokens = tokens[1:]
    if " ".join(tokens) in _TOWN_PARTS:
        return True
    return len(tokens) == 1 and (tokens[0] in _directions() or tokens[0] in place_words().part)


#: Longest abbreviation read as a country's letters: "UK", "US", "UAE", "DRC".
COUNTRY_LETTERS = 3


def _country_letters(mention: _Mention) -> bool:
    """The mention is a country's letters ("UK"), which no namesake in another country outranks."""
    return (
        bool(mention.candidates)
        and all((c.feature_code or "").startswith("PCL") for c in mention.candidates)
        and (mention.end - mention.start <= COUNTRY_LETTERS)
    )


def _lookup(gaz: Gazetteer, name: str, country: str | None = None, limit: int = 20) -> list[Candidate]:
    """The gazetteer's candidates for a name; an acronym ("DMK", "BJP") only as spelt ("UAE", "KPK"),
    never by its consonants (Dumka, Bajpe); no place for an Arabic article alone ("Ash" of "Ash Shairat",
    which NER cut off the name: not a respelling of Ashe County)."""
    if name.strip().lower() in ARTICLES:
        return []
    found = gaz.candidates(name, country=country, limit=limit)
    return [c for c in found if c.match == "exact"] if name.isupper() else found


def _units_named_after(towns: list[Candidate], gaz: Gazetteer) -> list[Candidate]:
    """The provinces named like these towns ("southern Idleb": Idleb is only the town's alternate
    name, but the province that bears the town's name is meant)."""
    units = []
    for town in towns[:MAX_TOWNS_FOR_UNITS]:
        if town.admin_level is not None or not town.country_code or not town.admin1_code:
            continue
        unit = gaz.admin_unit(town.country_code, town.admin1_code)
        if unit is not None and skeleton(normalize_name(unit.name)) == skeleton(normalize_name(town.name)):
            units.append(unit)
    return units


def _add_in_country_candidates(mention: _Mention, weights: dict, gaz: Gazetteer) -> None:
    """If no candidate lies in the article's main country, look there again with spelling variants
    ("Ein Terma" for "Ayn Tarma"), so a foreign namesake does not win by default."""
    strong = [(w, iso2) for iso2, (w, why) in weights.items() if set(why) - {"dateline"}]
    if not strong:
        return
    _, iso2 = max(strong)
    if any(c.country_code == iso2 for c in mention.candidates) or _country_letters(mention):
        return
    # a big city under its own name ("Aleppo City") is not respelt into a village of the main
    # country (Alpaugh, US); a namesake there spelt the same still joins the candidates
    exact_only = any(c.match == "exact" and c.is_primary and c.population >= BIG_CITY for c in mention.candidates)
    for name in mention.phrase.names:
        found = _lookup(gaz, name, country=iso2, limit=20)
        if exact_only:
            found = [c for c in found if c.match == "exact"]
        if found:
            mention.candidates = mention.candidates + found
            return
