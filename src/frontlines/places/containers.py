"""Containment: "X, Y", "X (Y)", "X area of Y", "X in Y" and "X near Y" say that X lies in Y; the
readings of X and Y are made to agree, and Y is marked as X's container."""

from __future__ import annotations

import itertools
import math
import re
from functools import cache

from frontlines.places.candidates import _Mention
from frontlines.places.gazetteer import Candidate
from frontlines.places.geometry import haversine_km
from frontlines.places.ranking import MIN_POPULATION_OUTSIDE_CONTEXT, REGION_KM, _alternate_name_only
from frontlines.places.sources import LOCAL_UNIT_FEATURE
from frontlines.places.words import place_words

#: GeoNames feature codes of a province's or a country's seat, which may stand for the unit.
SEAT_CODES = frozenset({"PPLA", "PPLC"})
#: GeoNames feature codes of the seat of a district or a province.
DISTRICT_SEAT_CODES = frozenset({"PPLA", "PPLA2", "PPLC"})
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
    facility words, capitalised as in a name), and so does a police station's area ("Barachatti
    police station area (Gaya, Bihar)")."""
    words = sorted(place_words().facility, key=len, reverse=True)
    facility = "(?:" + "|".join(re.escape(w.title()) for w in words) + ")"
    # "Barachatti police station area (Gaya, Bihar)": the unit a police station serves, in South
    # Asian usage, is named after its town
    police = r"(?:[Pp]olice\s+[Ss]tation|PS|[Tt]hana)(?:\s+(?:area|limits|jurisdiction))?"
    return re.compile(rf"\s+(?:{facility}|{police})\s*\(\s*")


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
            _agree(
                inner,
                outer,
                keep=country is not None and inner.best.country_code == country,
                town_agrees=_agrees_with_town(mentions, index),
            )
        elif inner.best is not None:
            _nearest_namesake(inner, outer)
        in_parenthesis = _IN_PARENTHESIS.search(text[max(0, outer.start - 61) : outer.start]) is not None
        if inner.best is not None and outer.best is not None and (in_parenthesis or _inside(inner.best, outer.best)):
            outer.phrase.roles.append("container")
            inner.contained = True


def _agrees_with_town(mentions: list[_Mention], index: int) -> bool:
    """Mention ``index`` opens brackets after a town it agrees with, as a district holding it or as
    the district's seat named again: in "Nawabshah city (Nawabshah, Punjab)" and "Buni Yadi (Gujba
    LGA, Borno)" town and district agree, and the province is the slip. Not a village read twice as
    one namesake elsewhere ("Mansila (Mansila, Yagha)")."""
    inner = mentions[index]
    if index == 0 or not inner.in_brackets or inner.best is None:
        return False
    town = mentions[index - 1].best
    if town is None:
        return False
    if inner.best.admin_level == 2 and town.admin2_rule == "geonames" and town.admin2_code == inner.best.admin2_code:
        return _inside(town, inner.best)  # GeoNames files the town in the district
    if mentions[index - 1].phrase.names[-1].lower() != inner.phrase.names[-1].lower():
        return False
    seat = town.feature_code in DISTRICT_SEAT_CODES or inner.best.feature_code in DISTRICT_SEAT_CODES
    return (seat or inner.best.admin_level == 2) and _apart(town, inner.best) <= CONTAINER_REACH_KM


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


#: "Maladzyechna of the Minsk region": X of the unit Y, which the admin word after Y names.
_OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")
#: Of the readings of X in "X, Y" within reach of the town Y, one this many times nearer Y wins.
NEARER_BY = 3.0
#: A place further than this from the town or district said to hold it is a namesake elsewhere in
#: the province ("Jalalpur, Shamli": the Jalalpur near Shamli, not one 600 km away).
CONTAINER_REACH_KM = 60.0


#: A word in lower case between two place names: the text goes on between them ("Berlin on
#: Wednesday as Russia"), not a name the gazetteer lacks ("San Carlos Nuevo Guaymas, Sonora").
_WORD = re.compile(r"\b[a-z]+\b")


def _mark_container_positions(text: str, mentions: list[_Mention]) -> None:
    """Mark the Y of "X, Y", "X (Y)", "X area of Y", "X in Y" and "X of the Y region" (not the items of a
    list "X, Y and Z")."""
    part_of, within = _part_gaps()
    gaps = (_CONTAINER_GAP, within, _facility_gap())
    for inner, outer in itertools.pairwise(mentions):
        outer.after_words = _WORD.search(text, inner.end, outer.start) is not None
        part = part_of.fullmatch(text, inner.end, outer.start) is not None
        of_unit = _OF_THE.fullmatch(text, inner.end, outer.start) and any(
            r.startswith("admin:") for r in outer.phrase.roles
        )
        if not (part or of_unit or any(gap.fullmatch(text, inner.end, outer.start) for gap in gaps)):
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

    near = [c for c in inner.candidates if distance(c) <= CONTAINER_REACH_KM and not _alternate_name_only(c)]
    if distance(best) <= CONTAINER_REACH_KM:
        # "Kadikoy, Istanbul": the district beside the city, not the village of that name 50 km off
        nearest = min(near, key=distance, default=best)
        if distance(nearest) * NEARER_BY < distance(best):
            inner.choose(nearest, f"nearest {holder.asciiname}")
        return
    if near:
        inner.choose(min(near, key=distance), f"near {holder.asciiname}")
    elif outer.holds_part and (holder.admin_level is None or distance(best) > REGION_KM) and not inner.is_dateline:
        inner.choose(None)  # "Shehpur area of Ahmedabad city": not a Shahpur 200 km off; the city stands


def _agree(inner: _Mention, outer: _Mention, keep: bool = False, town_agrees: bool = False) -> None:
    """Make "X, Y" agree. When Y is read as a province or district, X's reading inside it comes
    first; then Y's reading that holds X ("Londrina, Parana": the state, not a town called Parana),
    else X's reading inside Y. Failing all, X is dropped if it lies far from Y or is a
    small place elsewhere (a village the gazetteer lacks, whose namesake lies in another province: "near
    Kamianka, Donetsk"), unless ``keep`` says X lies in the article's country and Y was read in another,
    or ``town_agrees`` says X, in brackets, agrees with the town before it ("Nawabshah city (Nawabshah,
    Punjab)", "Buni Yadi (Gujba LGA, Borno)")."""
    assert inner.best is not None and outer.best is not None
    unit = outer.best.admin_level in (1, 2)
    inside = [c for c in inner.candidates if _holds(outer.best, c) and not _alternate_name_only(c)]
    if unit and inside:  # "Acatlan, Hidalgo": the Acatlan in the state, not a village Hidalgo by Acatlan
        inner.choose(max(inside, key=lambda c: inner.scored[c.geonameid][0]), f"inside {outer.best.asciiname}")
        return
    # a Y already read inside its own container keeps to that province: in "Montalban, Libertador
    # municipality in Caracas" Libertador is Caracas's, not the Libertador that holds a Montalban 160 km off
    province = (outer.best.country_code, outer.best.admin1_code)
    holding = [
        c
        for c in outer.candidates
        if _holds(c, inner.best) and (not outer.contained or (c.country_code, c.admin1_code) == province)
    ]
    if holding:
        outer.choose(
            max(holding, key=lambda c: (c.admin_level is not None, c.population)), f"holds {inner.best.asciiname}"
        )
        return
    if inside:
        inner.choose(max(inside, key=lambda c: c.population), f"inside {outer.best.asciiname}")
    elif (
        not inner.is_dateline
        and not town_agrees
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
    ``CONTAINER_REACH_KM`` lies in it whatever its codes say; a town GeoNames files in a district lies
    in it however far from the district's point (a large district's point is one spot of it)."""
    same_country = place.country_code == container.country_code
    if place.feature_code == LOCAL_UNIT_FEATURE and same_country and _apart(place, container) <= CONTAINER_REACH_KM:
        return True  # a local unit's province comes from its name in geoBoundaries, perhaps an older one
    if not _inside(place, container):
        return False
    if container.admin_level == 2 and place.admin2_rule == "geonames" and place.admin2_code == container.admin2_code:
        return True  # GeoNames files the town in the district: "Fraserburg (Namakwa, Northern Cape)", 430 km
    return container.admin_level in (0, 1) or _apart(place, container) <= REGION_KM


#: "X 30 km north of Y", "X, some 20 kilometres from the city of Y", "X 12 miles (19 km) south of Y".
_DISTANCE_GAP = re.compile(
    r",?\s*(?:about |some |around |nearly |approximately |roughly )?(?P<n>\d+(?:\.\d+)?)\s*"
    r"(?P<unit>km|kms|kilomet(?:re|er)s?|miles?)\s+(?:\([^()]{1,20}\)\s+)?"
    r"(?:[a-z]+(?:-[a-z]+)?\s+)?(?:of|from)\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?"
)
#: Slack on a distance the text gives: roads wind, and a town's point is not where the reporter measured.
DISTANCE_SLACK = 1.5
#: ... and at least this many kilometres.
DISTANCE_MIN_KM = 20.0
MILE_KM = 1.609


def _read_distances(text: str, mentions: list[_Mention]) -> None:
    """ "Maan 30 km north of Hama city": X lies about that far from Y, so a reading of X far beyond it
    is a namesake elsewhere (Ma'an in Jordan, 400 km off); the reading within reach wins, and with
    none X is a place the gazetteer lacks and Y, named beside it, stands for the event."""
    for inner, outer in itertools.pairwise(mentions):
        found = _DISTANCE_GAP.fullmatch(text, inner.end, outer.start)
        if found is None or inner.best is None or outer.best is None or outer.best.admin_level == 0:
            continue
        if None in (outer.best.latitude, outer.best.longitude) or inner.is_dateline:
            continue
        stated = float(found.group("n")) * (MILE_KM if found.group("unit").startswith("mile") else 1.0)
        reach = max(stated * DISTANCE_SLACK, stated + DISTANCE_MIN_KM)
        if _apart(inner.best, outer.best) <= reach:
            continue
        near = [c for c in inner.candidates if _apart(c, outer.best) <= reach]
        holder = outer.best.asciiname
        if near:
            inner.choose(max(near, key=lambda c: inner.scored.get(c.geonameid, (0.0, []))[0]), f"near {holder}")
        else:
            inner.choose(None)  # the gazetteer lacks X; Y stands for it
