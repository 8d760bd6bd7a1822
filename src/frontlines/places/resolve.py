"""Toponym resolution: retrieve candidates, rank them by the article's context, explain the winner.

Features (all in :class:`Scores`): country context (the caller's hint, the actors' countries, the
dateline, the other places of the article), population, feature type against the admin words of
the phrase, the name being the place's primary name, distance to the other places, and
containment ("Yarmouk camp in Damascus"). The ranker may answer "none of these".
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache

from pydantic import Field

from frontlines.places.countries import resolve_country
from frontlines.places.gazetteer import Candidate, Gazetteer
from frontlines.places.geometry import haversine_km
from frontlines.places.matcher import NAME, UNIT_OF_WORDS, find_extra_spans, longest_known
from frontlines.places.normalize import normalize_name, skeleton
from frontlines.places.phrases import Phrase, read_phrase
from frontlines.places.sources import LOCAL_UNIT_FEATURE
from frontlines.places.words import place_words
from frontlines.records import Evidence, Place, Record

# Weights of the ranking features. Set by hand from the codebook's logic and checked on the seed
# and the UCDP dev rows; no weight was fitted to ACLED rows.
W_COUNTRY = 4.0  # the article's country outweighs a much bigger namesake elsewhere
W_POPULATION = 1.5  # per decade of log10 population, scaled to 0..1 over 1..10M people
W_FEATURE = 2.0  # admin unit asked for by "province"/"district", or a site asked for by "camp"
W_DISTANCE = 1.0  # another place of the article within NEAR_KM
W_CONTAINED = 1.5  # "X in Y" / "X, Y": X lies in Y's country and admin1
W_LINE = 1.0  # a town by the front line the text speaks of, over its namesake further off
#: Towns this far from every point of the line get no W_LINE. Chosen by hand: the listed points lie
#: 3-25 km apart along the Donbas line (one gap of 55 km, Dokuchaievsk to Pavlopil), so a town on
#: it is within about 15 km of one, 30 km in that gap.
LINE_REACH_KM = 40.0
PRIMARY_BONUS = 0.3
SKELETON_PENALTY = 1.0
ADMIN_WITHOUT_WORD_PENALTY = 0.5  # "Idlib" alone is the town, "Idlib province" the province
SEAT_BONUS = {"PPLC": 0.3, "PPLA": 0.2, "PPLA2": 0.1}
NEAR_KM = 50.0
MAX_TOWNS_FOR_UNITS = 5
REGION_KM = 250.0
#: A place outside every context country is accepted only if it is at least this big: a small
#: namesake abroad is more likely a gap in the gazetteer than the event's place.
MIN_POPULATION_OUTSIDE_CONTEXT = 100_000
# Weights of the country evidence.
HINT_WEIGHT = 3.0
ACTOR_WEIGHT = 1.0
MENTION_WEIGHT = 1.0
DATELINE_WEIGHT = 0.5
_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'’ .\-]{2,40}?)(?:,\s*[A-Z][A-Za-z .\-]{1,30})?\s*(?:\([^)]{1,40}\))?\s*[-–—]{1,2}\s"
)
LABELS = frozenset({"GPE", "LOC", "FAC"})
#: Transliteration marks for ‘ayn and hamza ("‘Ayn al ‘Arab"): ACLED's location names drop them.
_LOCATION_MARKS = re.compile(r"[\u2018\u2019\u02bb\u02bc\u02bf\u02be`]")


class PlaceMention(Record):
    """One toponym of the article, resolved to a place (the lead's pipeline picks the event's)."""

    start: int
    end: int
    text: str
    place: Place | None = Field(description="None when no candidate fits (the 'none of these' answer)")
    is_dateline: bool = False
    roles: list[str] = Field(default_factory=list, description="e.g. 'near:outskirts of', 'admin:province'")
    score: float | None = None


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
    best: Candidate | None = None
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)
    #: each candidate's score and reasons in the last ranking, by GeoNames id
    scored: dict[int, tuple[float, list[str]]] = field(default_factory=dict)

    def choose(self, candidate: Candidate | None, why: str = "") -> None:
        """Make ``candidate`` the answer (None: "none of these"), with its ranking's reasons."""
        score, reasons = self.scored.get(candidate.geonameid, (0.0, [])) if candidate else (0.0, [])
        self.best, self.score, self.reasons = candidate, score, [*reasons, *([why] if why else [])]


def resolve_places(
    text: str,
    spans: Iterable[tuple[int, int, str]],
    gaz: Gazetteer,
    country_hint: str | None = None,
    actor_countries: Sequence[str] = (),
    dateline: str | tuple[int, int] | None = None,
    exclude: Sequence[tuple[int, int]] = (),
    find_extra: bool = True,
    keep_unresolved: bool = False,
    regions: Sequence[str] = (),
    line: Sequence[tuple[float, float]] = (),
) -> list[PlaceMention]:
    """Resolve the toponym spans of ``text`` (plus those the extra-span finder adds), in text order.

    ``exclude`` drops spans that overlap an actor mention ("Damascus said"); ``dateline`` is the
    dateline's place name or span, detected from "BEIRUT (Reuters) -" when None; ``regions`` are
    first-order units the text is known to be about (a front line's oblasts), whose places come first;
    ``line`` the points of a front line it speaks of: of the towns of one name in those regions, the
    one nearer the line comes first.
    """
    hinted = resolve_country(country_hint) if country_hint else None
    chosen = _collect_spans(text, spans, exclude, gaz, find_extra, hinted.iso2 if hinted else None)
    chosen = [(s, e, label) for s, e, label in chosen if not _DAY_AFTER.match(text, e)]
    dateline_span = _dateline_span(text, dateline)
    mentions = [_mention(text, s, e, label, gaz, dateline_span) for s, e, label in chosen]
    _mark_container_positions(text, mentions)
    context = _country_context(mentions, country_hint, actor_countries)
    context.regions = {normalize_name(r) for r in regions}
    context.line = tuple(line)
    for index, mention in enumerate(mentions):
        _add_in_country_candidates(mention, context.weights(skip=index), gaz)
    for _ in range(2):  # the second pass sees where the other places of the first pass lie
        for index, mention in enumerate(mentions):
            _rank(mention, index, mentions, context)
    _read_containers(text, mentions, hinted.iso2 if hinted else None)
    _one_sense(mentions)
    _neighbourhoods_near_towns(mentions)
    _far_spelling_variants(mentions)
    return [_to_mention(text, m) for m in mentions if m.best is not None or keep_unresolved]


#: GeoNames feature codes of a province's or a country's seat, which may stand for the unit.
SEAT_CODES = frozenset({"PPLA", "PPLC"})
#: What stands between a place and its container: "Watamu, Kilifi", "Qarabagh district, Ghazni",
#: "Razih district (Sadah)", "Bahawalpur city (Bahawalpur, Punjab)".
_CONTAINER_GAP = re.compile(r"(?:\s+(?:[a-z-]+|LGA)){0,2}\s*[,(]\s*")
#: Words for a part of a place that place_words.tsv does not list as a trailing word.
_MORE_PART_WORDS = frozenset({"sector", "zone", "ward", "commune", "locality", "localities", "cities"})
#: The rest of a name NER cut short may stand before the part word ("Khan" of "Khan Agha area of").
_REST_OF_NAME = r"(?:\s+[A-Z][\w'’-]*){0,2}"


@cache
def _part_gaps() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """What stands between a part and the place it is part of, before "of" or "in": "the Ndaba
    neighbourhood of Kolofata town", "the Khan Agha area of Tarinkot district", "Tal Baydar village in
    al-Hasakeh", "Shalla prison close to El Fasher" (a place near a town lies in its reach), "Chhewari
    village under Ramgarh police station" (the unit a village comes under, in South Asian usage). The part
    words are place_words.tsv's trailing words and ``_MORE_PART_WORDS``."""
    words = sorted(place_words().type_words() | _MORE_PART_WORDS, key=len, reverse=True)
    part = "(?:" + "|".join(re.escape(w) + "s?" for w in words) + ")"
    directions = sorted(place_words().direction, key=len, reverse=True)
    # "Hays district in western Yemen (Al Hudaydah)": a direction may stand before the container
    direction = "(?:\\s+(?:" + "|".join(re.escape(w) for w in directions) + "))?"
    of = re.compile(rf"{_REST_OF_NAME}\s+{part}\s+of\s+(?:the\s+)?")
    within = re.compile(
        rf"{_REST_OF_NAME}(?:(?:\s+{part})?\s+in{direction}|\s+{part}\s+under|(?:(?:\s+(?!and\b|or\b|but\b|then\b)[a-z-]+){{0,2}}\s+|\s*\(\s*)(?:near|close\s+to|outside))"
        r"\s+(?:the\s+)?"
    )
    return of, within


@cache
def _facility_gap() -> re.Pattern[str]:
    """A site named after a place, then its container in brackets: "Al Thawrah Hospital (Salh,
    Taizz)" says where the hospital is, whatever else is called Al Thawrah (place_words.tsv's
    facility words, capitalised as in a name)."""
    words = sorted(place_words().facility, key=len, reverse=True)
    facility = "(?:" + "|".join(re.escape(w.title()) for w in words) + ")"
    return re.compile(rf"\s+{facility}\s*\(\s*")


#: A list goes on after the second name: "in Dawlat Abad, Balkh, Charbolak and Sholgara".
#: Within "(..." after a place: "Al Maton district in northern Yemen (Al Jawf)".
_IN_PARENTHESIS = re.compile(r"\([^()]{0,60}$")
_LIST_GOES_ON = re.compile(r"(?:\s*,\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)*\s*,?\s+and\s+[A-Z]")
#: A capitalised word right after a name: the name goes on ("Donald Trump"), it is no container.
_NAME_CONTINUES = re.compile(r" [A-Z][a-z]")


def _read_containers(text: str, mentions: list[_Mention], country: str | None = None) -> None:
    """ "X, Y" and "X (Y)" say that X lies in Y. Y is then marked ``container`` (it places the event
    less closely than X); a reading of X outside Y is a namesake elsewhere, so X is dropped and Y
    stands for the event. Chains are read from the outside in, and a dropped Y passes its own
    container on: in "Mansila (Mansila, Yagha)" both Mansilas are read inside Yagha. X in the
    article's ``country`` (ISO2) is kept when Y was read in another ("Lilongwe (Lilongwe, Central)":
    Y is misread, not X)."""
    for index in range(len(mentions) - 2, -1, -1):
        inner, outer = mentions[index], _holder(mentions, index)
        if inner.best is None or outer is None:
            continue
        if inner.best.admin_level == 0:
            continue  # "in western Yemen (Abs, Hajjah)": what follows a country says where in it
        _prefer_province(inner, outer)
        if not _holds(outer.best, inner.best):
            _agree(inner, outer, keep=country is not None and inner.best.country_code == country)
        elif inner.best is not None:
            _nearest_namesake(inner, outer)
        in_parenthesis = _IN_PARENTHESIS.search(text[max(0, outer.start - 61) : outer.start]) is not None
        if inner.best is not None and outer.best is not None and (in_parenthesis or _inside(inner.best, outer.best)):
            outer.phrase.roles.append("container")
            inner.contained = True


def _prefer_province(inner: _Mention, outer: _Mention) -> None:
    """In "X, Y" read as two nearby towns, Y the province of that name when X has a reading in it:
    "Guadalupe, Zacatecas" is the Guadalupe of Zacatecas state, not one of Nuevo Leon beside a
    village called Zacatecas. A province's seat ("Zacatecas" the city) already stands for it."""
    assert inner.best is not None and outer.best is not None
    if outer.best.admin_level is not None or outer.best.feature_code in SEAT_CODES:
        return
    country = outer.best.country_code
    for unit in (
        c for c in outer.candidates if c.admin_level == 1 and c.match == "exact" and c.country_code == country
    ):
        inside = [c for c in inner.candidates if _holds(unit, c) and not _alternate_name_only(c)]
        if inside:
            outer.choose(unit, f"the province holding {inner.best.asciiname}")
            inner.choose(
                max(inside, key=lambda c: inner.scored.get(c.geonameid, (0.0, []))[0]), f"inside {unit.asciiname}"
            )
            return


def _holder(mentions: list[_Mention], index: int) -> _Mention | None:
    """The resolved mention that contains mention ``index``: the next one if it follows as its
    container, or, when that one was dropped, the container it has in turn. A country passes on
    the brackets after it: in "Hays district in western Yemen (Al Hudaydah)" Al Hudaydah holds Hays."""
    for position, outer in enumerate(mentions[index + 1 :], start=index + 1):
        if not outer.follows_place:
            return None
        if outer.best is None:
            continue
        after = mentions[position + 1] if position + 1 < len(mentions) else None
        if (
            outer.best.admin_level == 0
            and mentions[index].best is not None
            and mentions[index].best.admin_level != 0
            and after is not None
            and after.follows_place
            and after.best is not None
            and after.in_brackets
        ):
            return after
        return outer
    return None


#: A place further than this from the town or district said to hold it is a namesake elsewhere in
#: the province ("Jalalpur, Shamli": the Jalalpur near Shamli, not one 600 km away).
CONTAINER_REACH_KM = 60.0


def _mark_container_positions(text: str, mentions: list[_Mention]) -> None:
    """Mark the Y of "X, Y", "X (Y)", "X area of Y" and "X in Y" (not the items of a list "X, Y and Z")."""
    part_of, within = _part_gaps()
    gaps = (_CONTAINER_GAP, within, _facility_gap())
    for inner, outer in itertools.pairwise(mentions):
        part = part_of.fullmatch(text, inner.end, outer.start) is not None
        if not (part or any(gap.fullmatch(text, inner.end, outer.start) for gap in gaps)):
            continue
        outer.holds_part = part
        outer.in_brackets = text[inner.end : outer.start].rstrip().endswith("(")
        if text[outer.start - 1 : outer.start] != "(" and _LIST_GOES_ON.match(text, outer.end):
            continue  # "in Dawlat Abad, Balkh, Charbolak and Sholgara" (not "Jaro, Iloilo City, Iloilo")
        if _NAME_CONTINUES.match(text, outer.end):
            continue  # "in Doral, Florida, Donald Trump said": a person's first name
        outer.follows_place = True
        # "Vesele, Donetsk": the city and its province are one point, and the city reading keeps
        # the sense of nearness to it; the preference is for a name that is also a village's
        seats = {
            (c.country_code, c.admin1_code) for c in outer.candidates if c.feature_code in SEAT_CODES and c.is_primary
        }
        if not any((c.country_code, c.admin1_code) in seats for c in outer.candidates if c.admin_level == 1):
            outer.holds_previous = True


def _nearest_namesake(inner: _Mention, outer: _Mention) -> None:
    """In "X, Y" with Y a town or a district, X's reading nearest Y when the one chosen lies far off;
    where X is said to be a part of the town Y ("X area of Y") and no reading lies near it, X is a
    place the gazetteer lacks and Y stands for it."""
    holder, best = outer.best, inner.best
    if holder is None or best is None or holder.admin_level == 1 or holder.admin_level == 0:
        return
    if None in (holder.latitude, holder.longitude, best.latitude, best.longitude):
        return

    def distance(c: Candidate) -> float:
        if c.latitude is None or c.longitude is None:
            return math.inf
        return haversine_km(c.latitude, c.longitude, holder.latitude, holder.longitude)  # type: ignore[arg-type]

    if distance(best) <= CONTAINER_REACH_KM:
        return
    near = [c for c in inner.candidates if distance(c) <= CONTAINER_REACH_KM and not _alternate_name_only(c)]
    if near:
        inner.choose(min(near, key=distance), f"near {holder.asciiname}")
    elif outer.holds_part and (holder.admin_level is None or distance(best) > REGION_KM) and not inner.is_dateline:
        inner.choose(None)  # "Shehpur area of Ahmedabad city": not a Shahpur 200 km off; the city stands


#: Site words for a part of a town: "Periperi neighborhood", "the Christian quarter".
_TOWN_PARTS = frozenset({"site:neighbourhood", "site:neighborhood", "site:quarter"})


def _neighbourhoods_near_towns(mentions: list[_Mention]) -> None:
    """A neighbourhood lies in a town the article names: in "in Salvador, Bahia, a man was shot in
    Periperi neighborhood", a reading far from every town named (Piripiri, 1,000 km off) is a
    namesake of a part of town the gazetteer lacks."""
    towns = [m.best for m in mentions if m.best is not None and m.best.admin_level not in (0, 1) and not m.phrase.site]
    for mention in mentions:
        best = mention.best
        if best is None or not _TOWN_PARTS & set(mention.phrase.roles) or best.admin_level is not None:
            continue
        nearby = [t for t in towns if t.country_code == best.country_code and t.geonameid != best.geonameid]
        if nearby and all(_apart(best, t) > CONTAINER_REACH_KM for t in nearby):
            mention.choose(None)


def _far_spelling_variants(mentions: list[_Mention]) -> None:
    """A name known only as another spelling of a place ("Chhewari" read as Chhiri) is no evidence of
    where it lies when that place is far from every other place the article names in its country
    (Chhiri in Gujarat, in a report from Kaimur, Bihar): a village the gazetteer lacks."""
    for mention in mentions:
        best = mention.best
        if best is None or best.match != "skeleton" or best.admin_level is not None:
            continue
        others = [
            m.best
            for m in mentions
            if m is not mention
            and m.best is not None
            and m.best.country_code == best.country_code
            and m.best.admin_level != 0
        ]
        if any(_holds(o, best) for o in others):
            continue  # a reading inside a province the article names, however far from its seat
        if others and all(_apart(best, o) > REGION_KM for o in others):
            mention.choose(None)


def _one_sense(mentions: list[_Mention]) -> None:
    """One name, one place in an article: a name read twice takes the reading its container
    fixed ("in Tuzla industrial zone in Tuzla, Istanbul": both are the Tuzla in Istanbul)."""
    fixed: dict[str, _Mention] = {}
    for inner, outer in itertools.pairwise(mentions):
        if inner.best is not None and "container" in outer.phrase.roles and outer.start > inner.end:
            fixed.setdefault(normalize_name(inner.phrase.names[0]), inner)
    for mention in mentions:
        authority = fixed.get(normalize_name(mention.phrase.names[0]))
        if authority is None or authority is mention or mention.best is None or authority.best is None:
            continue
        if mention.best.geonameid != authority.best.geonameid and not mention.is_dateline:
            same = [c for c in mention.candidates if c.geonameid == authority.best.geonameid]
            if same:
                mention.choose(same[0], f"as named again with its container ({authority.best.asciiname})")


def _agree(inner: _Mention, outer: _Mention, keep: bool = False) -> None:
    """Make "X, Y" agree. When Y is read as a province or district, X's reading inside it comes
    first; then Y's reading that holds X ("Londrina, Parana": the state, not a town called Parana),
    else X's reading inside Y. Failing all, X is dropped if it lies far from Y or is a
    small place elsewhere (a village the gazetteer lacks, whose namesake lies in another province: "near
    Kamianka, Donetsk"), unless ``keep`` says X lies in the article's country and Y was read in another."""
    assert inner.best is not None and outer.best is not None
    unit = outer.best.admin_level in (1, 2)
    inside = [c for c in inner.candidates if _holds(outer.best, c) and not _alternate_name_only(c)]
    if unit and inside:  # "Acatlan, Hidalgo": the Acatlan in the state, not a village Hidalgo by Acatlan
        inner.choose(max(inside, key=lambda c: inner.scored[c.geonameid][0]), f"inside {outer.best.asciiname}")
        return
    holding = [c for c in outer.candidates if _holds(c, inner.best)]
    if holding:
        outer.choose(
            max(holding, key=lambda c: (c.admin_level is not None, c.population)), f"holds {inner.best.asciiname}"
        )
        return
    if inside:
        inner.choose(max(inside, key=lambda c: c.population), f"inside {outer.best.asciiname}")
    elif (
        not inner.is_dateline
        # "Lilongwe (Lilongwe, Central)": a region read in another country is Y misread, not X
        and not (keep and inner.best.country_code != outer.best.country_code)
    ) and (
        _apart(inner.best, outer.best) > REGION_KM  # "Benito Juarez, Nuevo Leon": not the
        or inner.best.population < MIN_POPULATION_OUTSIDE_CONTEXT  # big one of another state
        or _other_province_than_town(inner.best, outer.best)
        # "Batgran sector area (Baramulla district, J&K)": another spelling, or an alternate name,
        # of a place across a border
        or (
            (inner.best.match == "skeleton" or _alternate_name_only(inner.best))
            and inner.best.country_code != outer.best.country_code
        )
    ):
        inner.choose(None)


def _other_province_than_town(place: Candidate, town: Candidate) -> bool:
    """``town`` is a town (no unit) whose GeoNames province differs from ``place``'s, and the two lie
    more than ``CONTAINER_REACH_KM`` apart: "Macarthur, Monreal, Masbate" is not the Macarthur of
    Leyte, 210 km off. Both codes come from GeoNames, so an outdated province code cannot explain it."""
    if town.admin_level is not None or not town.admin1_code or not place.admin1_code:
        return False
    if town.feature_code in SEAT_CODES:
        return False  # "Mariupol, Zaporizhia": a province's seat may stand for its province
    if place.country_code != town.country_code or place.admin1_code == town.admin1_code:
        return False
    return _apart(place, town) > CONTAINER_REACH_KM


def _apart(one: Candidate, other: Candidate) -> float:
    """Kilometres between two readings (a unit's point is its seat); 0 if one has no point. Admin
    codes alone can mislead: GeoNames still files some Kenyan towns under the old provinces."""
    if None in (one.latitude, one.longitude, other.latitude, other.longitude):
        return 0.0
    return haversine_km(one.latitude, one.longitude, other.latitude, other.longitude)  # type: ignore[arg-type]


def _inside(place: Candidate, container: Candidate) -> bool:
    if place.country_code != container.country_code:
        return False
    return container.admin_level == 0 or not container.admin1_code or place.admin1_code == container.admin1_code


def _holds(container: Candidate, place: Candidate) -> bool:
    """``place`` lies in ``container``: same country and province, and, for a district, a town or a
    local unit, within ``REGION_KM`` of it whatever its (perhaps missing) codes say; a local unit within
    ``CONTAINER_REACH_KM`` lies in it whatever its codes say."""
    same_country = place.country_code == container.country_code
    if place.feature_code == LOCAL_UNIT_FEATURE and same_country and _apart(place, container) <= CONTAINER_REACH_KM:
        return True  # a local unit's province comes from its name in geoBoundaries, perhaps an older one
    if not _inside(place, container):
        return False
    return container.admin_level in (0, 1) or _apart(place, container) <= REGION_KM


def _overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    return any(start < e and end > s for s, e in spans)


def _collect_spans(
    text: str,
    spans: Iterable[tuple[int, int, str]],
    exclude: Sequence[tuple[int, int]],
    gaz: Gazetteer,
    extra: bool,
    country: str | None = None,
) -> list[tuple[int, int, str]]:
    given = sorted(
        {
            part
            for s, e, label in spans
            if label in LABELS or label.startswith("matcher")
            for part in _parts(text, s, e, label)
        }
    )
    kept: list[tuple[int, int, str]] = []
    local: list[tuple[int, int]] = []  # "Colonia Centenario": a neighbourhood no gazetteer holds
    for match in _NEIGHBOURHOOD.finditer(text):
        local.append((match.start(), match.end()))
    given = sorted(_widen(text, s, e, label, gaz) for s, e, label in given)
    for start, end, label in given:
        if _overlaps(start, end, local):
            continue
        if not _overlaps(start, end, exclude) and not _overlaps(start, end, [(s, e) for s, e, _ in kept]):
            kept.append((start, end, label))
    if extra:
        anchors = [(s, e) for s, e, _ in kept]
        kept += find_extra_spans(text, gaz, anchors + list(exclude) + local, anchors, country=country)
    return sorted(kept)


def _widen(text: str, start: int, end: int, label: str, gaz: Gazetteer) -> tuple[int, int, str]:
    """NER's span grown to the longest name the gazetteer holds that starts with it: spaCy cuts
    "Tenango del Valle" into two places and "Sao Sebastiao da Boa Vista" after "Sebastiao"."""
    name = _NAME_AT.match(text, start)
    if name is None or name.end() <= end:
        return start, end, label
    longest = longest_known(text, start, name.group(0), gaz)
    return (start, longest[1], label) if longest is not None and longest[1] > end else (start, end, label)


#: A city's neighbourhood named by its generic word ("Colonia Centenario", "Bairro Jardim"): the
#: gazetteer holds towns, and the name alone matches namesakes elsewhere.
_NEIGHBOURHOOD = re.compile(
    r"\b(?:Colonia|Barrio|Bairro|Fraccionamiento)(?:\s+(?:de|del|la|las|los|do|da|dos|das)?\s*[A-Z0-9][\w'-]*)+"
)

_NAME_AT = re.compile(NAME)
_SEPARATOR = re.compile(r"\s*[(),;]\s*")


def _parts(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """A span cut at parentheses and commas: NER's "Kayole (Nairobi" or "Watamu, Kilifi" is two
    names, each of which the gazetteer knows, not one it does not."""
    parts, at = [], start
    for sep in [*_SEPARATOR.finditer(text, start, end), None]:
        stop = sep.start() if sep else end
        unit_of = _UNIT_OF.match(text, at, stop)
        if unit_of is not None:
            at = unit_of.end()  # NER's "the Municipality of Venustiano Carranza": the name after "of"
        if stop > at and text[at:stop].strip():
            parts.append((at, stop, label))
        at = sep.end() if sep else end
    return parts


#: A name followed by "day" names a day: "Saba Saba day", "Independence Day".
_DAY_AFTER = re.compile(r"\s+[Dd]ay\b")
#: A unit's word and "of" that NER took into a name: "the Municipality of", "Province of".
_UNIT_OF = re.compile(rf"(?:[Tt]he\s+)?(?i:{'|'.join((*UNIT_OF_WORDS, 'city', 'town', 'village'))})\s+of\s+")


def _dateline_span(text: str, dateline: str | tuple[int, int] | None) -> tuple[int, int] | None:
    if isinstance(dateline, tuple):
        return dateline
    if isinstance(dateline, str):
        at = text.find(dateline, 0, 200)
        return (at, at + len(dateline)) if at >= 0 else None
    match = _DATELINE.match(text)
    return (match.start("place"), match.end()) if match else None


def _mention(text: str, start: int, end: int, label: str, gaz: Gazetteer, dateline: tuple[int, int] | None) -> _Mention:
    phrase = read_phrase(text, start, end)
    candidates: list[Candidate] = []
    for name in phrase.names:
        candidates = _lookup(gaz, name, limit=50)
        if candidates:
            if name.split()[0].lower() in place_words().direction:  # "Eastern Equatoria" is a name
                phrase.roles = [r for r in phrase.roles if not r.startswith("direction")]
                phrase.wants_admin = any(r.startswith("admin") for r in phrase.roles)
            break
    if phrase.wants_admin and not any(c.admin_level in (1, 2) for c in candidates):
        candidates = candidates + _units_named_after(candidates, gaz)
    is_dateline = dateline is not None and start < dateline[1] and end > dateline[0]
    return _Mention(start, end, label, phrase, candidates, is_dateline=is_dateline)


def _lookup(gaz: Gazetteer, name: str, country: str | None = None, limit: int = 20) -> list[Candidate]:
    """The gazetteer's candidates for a name; an acronym ("DMK", "BJP") only as spelt ("UAE", "KPK"),
    never by its consonants (Dumka, Bajpe)."""
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


@dataclass
class _Context:
    """Country evidence: the caller's (hint, actors) and each mention's, kept apart so that a
    mention never counts as context for itself."""

    base: dict[str, float] = field(default_factory=dict)
    why: dict[str, set[str]] = field(default_factory=dict)
    by_mention: dict[int, tuple[str, float, str]] = field(default_factory=dict)
    #: mentions that name the same place name ("Al Maleh" three times) do not vouch for each other
    same_name: dict[int, set[int]] = field(default_factory=dict)
    #: normalised admin1 names of the regions the text is about (see ``resolve_places``)
    regions: set[str] = field(default_factory=set)
    #: points of a front line the text speaks of (see ``resolve_places``)
    line: tuple[tuple[float, float], ...] = ()

    def add(self, value: str | None, weight: float, reason: str, mention: int | None = None) -> None:
        country = resolve_country(value)
        if country is None:
            return
        if mention is None:
            self.base[country.iso2] = self.base.get(country.iso2, 0.0) + weight
            self.why.setdefault(country.iso2, set()).add(reason)
        else:
            self.by_mention[mention] = (country.iso2, weight, reason)

    def weights(self, skip: int) -> dict[str, tuple[float, list[str]]]:
        """Country ISO2 -> (weight 0..1, reasons), without the evidence of mention ``skip``."""
        weights = dict(self.base)
        why = {k: set(v) for k, v in self.why.items()}
        twins = self.same_name.get(skip, set())
        for index, (iso2, weight, reason) in self.by_mention.items():
            if index != skip and index not in twins:
                weights[iso2] = weights.get(iso2, 0.0) + weight
                why.setdefault(iso2, set()).add(reason)
        top = max(weights.values(), default=0.0)
        return {k: (w / top, sorted(why[k])) for k, w in weights.items()} if top else {}


def _add_in_country_candidates(mention: _Mention, weights: dict, gaz: Gazetteer) -> None:
    """If no candidate lies in the article's main country, look there again with spelling variants
    ("Ein Terma" for "Ayn Tarma"), so a foreign namesake does not win by default."""
    strong = [(w, iso2) for iso2, (w, why) in weights.items() if set(why) - {"dateline"}]
    if not strong:
        return
    _, iso2 = max(strong)
    if any(c.country_code == iso2 for c in mention.candidates):
        return
    for name in mention.phrase.names:
        found = _lookup(gaz, name, country=iso2, limit=20)
        if found:
            mention.candidates = mention.candidates + found
            return


def _country_context(mentions: list[_Mention], hint: str | None, actor_countries: Sequence[str]) -> _Context:
    """Country evidence from the hint, the actors, the dateline and the unambiguous mentions."""
    context = _Context()
    context.add(hint, HINT_WEIGHT, "hint")
    for actor_country in actor_countries:
        context.add(actor_country, ACTOR_WEIGHT, "actors")
    keys = [normalize_name(m.phrase.names[-1]) for m in mentions]
    for index, key in enumerate(keys):
        context.same_name[index] = {i for i, other in enumerate(keys) if other == key}
    for index, m in enumerate(mentions):
        countries = {c.country_code for c in m.candidates}
        if len(countries) == 1 or (m.candidates and m.candidates[0].admin_level == 0):
            weight, reason = (DATELINE_WEIGHT, "dateline") if m.is_dateline else (MENTION_WEIGHT, "mentions")
            context.add(m.candidates[0].country_code, weight, reason, mention=index)
    return context


def _rank(mention: _Mention, index: int, mentions: list[_Mention], context: _Context) -> None:
    own = normalize_name(mention.phrase.names[-1])
    others = [  # another mention of the same name must not vouch for one reading of it
        m.best
        for i, m in enumerate(mentions)
        if i != index and m.best is not None and not m.is_dateline and normalize_name(m.phrase.names[-1]) != own
    ]
    parent = _parent(mention, index, mentions)
    weights = context.weights(skip=index)
    scored = [(_score(c, mention, weights, others, parent, context), c) for c in mention.candidates]
    mention.scored = {c.geonameid: result for result, c in scored}
    mention.best, mention.score, mention.reasons = None, 0.0, []
    # "Turkey" is the country, not a town that has the name among its alternate names, nor one
    # called so ("Mozambique"), unless a site word says a town is meant ("Mozambique Island")
    country_named = any(c.admin_level == 0 and c.is_primary and c.match == "exact" for c in mention.candidates)
    for (score, reasons), candidate in sorted(scored, key=lambda x: -x[0][0]):
        if country_named and _alternate_name_only(candidate):
            continue
        if country_named and candidate.admin_level is None and not mention.phrase.site:
            continue  # "the military forces of Mozambique": the country, not the town of that name
        if _acceptable(candidate, weights) and _acceptable_in_regions(candidate, context.regions):
            mention.best, mention.score, mention.reasons = candidate, score, reasons
            return


def _alternate_name_only(c: Candidate) -> bool:
    """Matched by one of a town's GeoNames alternate names (old names, other languages, codes), not
    by its name, the supplement's, an admin unit's curated aliases or a local unit's own names."""
    return (
        c.match == "exact"
        and not c.is_primary
        and c.admin_level is None
        and not c.source.startswith(("supplement", "geoboundaries"))
    )


def _parent(mention: _Mention, index: int, mentions: list[_Mention]) -> Candidate | None:
    """The place after "X in Y" or "X, Y", if the next mention is Y."""
    if index + 1 >= len(mentions):
        return None
    nxt = mentions[index + 1]
    return nxt.best if nxt.start - mention.end <= 40 and nxt.best is not None else None


def _in_region(candidate: Candidate, regions: set[str]) -> bool:
    """The candidate lies in one of the regions the text is about."""
    return bool(candidate.admin1) and normalize_name(candidate.admin1) in regions


def _acceptable_in_regions(candidate: Candidate, regions: set[str]) -> bool:
    """With regions known (a front line's oblasts), a small place elsewhere is a gap in the
    gazetteer, not the place meant ("near Sokilnyky" on the Luhansk front is not the Lviv village)."""
    if not regions or candidate.admin_level is not None or candidate.population >= MIN_POPULATION_OUTSIDE_CONTEXT:
        return True
    return _in_region(candidate, regions)


def _acceptable(candidate: Candidate, context: dict[str, tuple[float, list[str]]]) -> bool:
    """False for a small or alias-only place outside every country the article points to (not
    counting a dateline, which is often a neighbour's capital)."""
    strong = {iso2 for iso2, (_, why) in context.items() if set(why) - {"dateline"}}
    if not strong or candidate.country_code in context:
        return True
    if candidate.feature_code in ("PPLC", "PCLI"):
        return True
    # abroad, only a big place under its own name: GeoNames alternate names hold airport codes and
    # old names ("IFO" is Ivano-Frankivsk) that would otherwise pull events out of the country
    return candidate.is_primary and candidate.population >= MIN_POPULATION_OUTSIDE_CONTEXT


def _score(
    c: Candidate,
    mention: _Mention,
    weights: dict,
    others: list[Candidate],
    parent: Candidate | None,
    context: _Context,
) -> tuple[float, list[str]]:
    in_region = _in_region(c, context.regions)
    reasons = [f"in {c.admin1}, a region the text is about"] if in_region else []
    weight, why = weights.get(c.country_code, (0.0, []))
    score = W_COUNTRY * weight
    if weight:
        reasons.append(f"country {c.country_code} ({', '.join(why)})")
    score += W_POPULATION * min(1.0, math.log10(c.population + 1) / 7)
    reasons.append(f"population {c.population}")
    feature, why_feature = _feature_score(c, mention.phrase, mention.holds_previous)
    score += feature
    reasons.append(f"feature {c.feature_code}{why_feature}")
    if c.is_primary:
        score += PRIMARY_BONUS
    if c.match == "skeleton":
        score -= SKELETON_PENALTY
        reasons.append("spelling variant")
    near = _distance_score(c, others)
    if near:
        score += near
        reasons.append("near other places of the article")
    if in_region:
        score += W_CONTAINED
        near_line = _line_score(c, context.line)
        if near_line:
            score += near_line
            reasons.append("near the front line the text speaks of")
    if parent is not None and c.country_code == parent.country_code:
        same_admin1 = parent.admin_level == 0 or c.admin1_code == parent.admin1_code
        score += W_CONTAINED if same_admin1 else W_CONTAINED / 3
        reasons.append(f"inside {parent.asciiname}" if same_admin1 else f"same country as {parent.asciiname}")
    return score, reasons


def _feature_score(c: Candidate, phrase: Phrase, holds_previous: bool = False) -> tuple[float, str]:
    level = c.admin_level
    if phrase.wants_admin and level in (1, 2):
        exact = phrase.admin_level in (None, level)
        return (W_FEATURE if exact else W_FEATURE / 2), " (admin word)"
    if holds_previous and level in (1, 2):  # "Minas Viejas, Guerrero": the state, not a town Guerrero
        return W_FEATURE / 2, " (holds the place before it)"
    if phrase.site and c.feature_class in ("S", "P") and level is None:
        return W_FEATURE / 2 + (0.5 if c.feature_class == "S" else 0.0), " (site word)"
    bonus = SEAT_BONUS.get(c.feature_code or "", 0.0)
    return (bonus - ADMIN_WITHOUT_WORD_PENALTY if level in (1, 2) else bonus), ""


def _line_score(c: Candidate, line: Sequence[tuple[float, float]]) -> float:
    """Up to W_LINE for a town by a front line, nothing from LINE_REACH_KM away."""
    if not line or c.admin_level is not None or c.latitude is None or c.longitude is None:
        return 0.0
    nearest = min(haversine_km(c.latitude, c.longitude, lat, lon) for lat, lon in line)
    return W_LINE * max(0.0, 1.0 - nearest / LINE_REACH_KM)


def _distance_score(c: Candidate, others: list[Candidate]) -> float:
    if c.latitude is None or c.longitude is None:
        return 0.0
    distances = [  # a province's or country's point is its seat, not where the region lies
        haversine_km(c.latitude, c.longitude, o.latitude, o.longitude)
        for o in others
        if o.latitude is not None and o.longitude is not None and o.geonameid != c.geonameid and o.admin_level is None
    ]
    nearest = min(distances, default=math.inf)
    return W_DISTANCE if nearest <= NEAR_KM else W_DISTANCE / 2 if nearest <= REGION_KM else 0.0


def geo_precision(c: Candidate, phrase: Phrase) -> tuple[int, str]:
    """ACLED's geo-precision for this reading: 1 the town or site named, 2 near it or a part of a
    region, 3 only a province or country named."""
    if c.admin_level in (0, 1):
        return 3, "only a province or country named"
    if c.admin_level == 2:
        return 2, "a district named"
    if c.feature_class in ("L", "T") or c.feature_code == "RGN":
        return 2, "a named part of a region"
    if c.feature_code == LOCAL_UNIT_FEATURE:
        return 2, "a local unit (ward, sub-district) named, at its centre"
    if phrase.near:
        return 2, "near or around a named town"
    return 1, "the town or site named"


def _to_mention(text: str, m: _Mention) -> PlaceMention:
    place = None
    if m.best is not None:
        precision, why = geo_precision(m.best, m.phrase)
        rule = "places.resolve: " + "; ".join([*m.reasons, *m.phrase.roles, f"precision {precision}: {why}"])
        evidence = Evidence(start=m.start, end=m.end, text=text[m.start : m.end], rule=rule)
        place = _place(m.best, precision, evidence)
    return PlaceMention(
        start=m.start,
        end=m.end,
        text=text[m.start : m.end],
        place=place,
        is_dateline=m.is_dateline,
        roles=[
            *m.phrase.roles,
            *(["dateline"] if m.is_dateline else []),
            *(["bare name"] if m.label == "matcher:in_country" and not m.contained else []),
        ],
        score=round(m.score, 3) if m.best else None,
    )


def _place(c: Candidate, precision: int, evidence: Evidence) -> Place:
    return Place(
        location=_LOCATION_MARKS.sub("", c.asciiname if c.admin_level is None else c.name),
        country=c.country,
        iso=c.isonum,
        iso3=c.iso3,
        admin1=c.admin1,
        admin2=c.admin2,
        admin3=None,
        latitude=c.latitude,
        longitude=c.longitude,
        geo_precision=precision,
        geonameid=c.geonameid,
        evidence=[evidence],
    )
