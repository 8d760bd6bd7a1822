"""Ranking a mention's candidates by the article's context (country evidence, population, feature
type, distance to the other places, containment, a front line), with the ranking's weights."""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from frontlines.places.candidates import BIG_CITY, _Mention
from frontlines.places.countries import resolve_country
from frontlines.places.gazetteer import Candidate
from frontlines.places.geometry import haversine_km
from frontlines.places.normalize import normalize_name
from frontlines.places.phrases import Phrase

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
REGION_KM = 250.0
#: A place outside every context country is accepted only if it is at least this big: a small
#: namesake abroad is more likely a gap in the gazetteer than the event's place.
MIN_POPULATION_OUTSIDE_CONTEXT = BIG_CITY
# Weights of the country evidence.
HINT_WEIGHT = 3.0
ACTOR_WEIGHT = 1.0
MENTION_WEIGHT = 1.0
DATELINE_WEIGHT = 0.5


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
    #: mentions that name a country ("Russia"), not a place in one
    country_names: set[int] = field(default_factory=set)

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

    def placed_in(self, skip: int) -> set[str]:
        """The countries (ISO2) that mentions of places in them back, not counting mention ``skip``
        nor the names of countries."""
        twins = self.same_name.get(skip, set())
        return {
            iso2
            for index, (iso2, _, _) in self.by_mention.items()
            if index != skip and index not in twins and index not in self.country_names
        }


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
            if m.candidates[0].admin_level == 0:
                context.country_names.add(index)
    return context


def _rank(mention: _Mention, index: int, mentions: list[_Mention], context: _Context) -> None:
    own = normalize_name(mention.phrase.names[-1])
    others = [  # another mention of the same name must not vouch for one reading of it
        m.best
        for i, m in enumerate(mentions)
        if i != index and m.best is not None and not m.is_dateline and normalize_name(m.phrase.names[-1]) != own
    ]
    parent = _parent(mention, index, mentions)
    loose = parent is not None and not mentions[index + 1].follows_place and mentions[index + 1].after_words
    placed = frozenset(context.placed_in(index))
    weights = context.weights(skip=index)
    capitals = _capital_readings(mention)
    # a big city under its own name is that city for readings only the actors' country backs, as a
    # capital is ("Geneva" in a report on talks there, with American actors: not Geneva, Illinois)
    capital = bool(capitals) or any(_big_city(c) and c.match == "exact" for c in mention.candidates)
    # "Damascus" in a report that names Syria too is Syria's capital, however many American names it holds
    named_capitals = frozenset(c.country_code for c in capitals if c.country_code in weights)
    scored = [
        (_score(c, mention, weights, others, parent, context, capital, named_capitals, loose, placed), c)
        for c in mention.candidates
    ]
    mention.scored = {c.geonameid: result for result, c in scored}
    mention.best, mention.score, mention.reasons = None, 0.0, []
    # "Turkey" is the country, not a town that has the name among its alternate names, nor one
    # called so ("Mozambique"), unless a site word says a town is meant ("Mozambique Island")
    country_named = any(c.admin_level == 0 and c.is_primary and c.match == "exact" for c in mention.candidates)
    # nor is a country's other name ("Britain") a town spelt like it elsewhere (Brighton, Colorado)
    country_alias = any(c.admin_level == 0 and c.match == "exact" for c in mention.candidates)
    for (score, reasons), candidate in sorted(scored, key=lambda x: -x[0][0]):
        if country_named and _alternate_name_only(candidate):
            continue
        if country_alias and candidate.match == "skeleton":
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
    capital_named: bool = False,
    named_capitals: frozenset[str | None] = frozenset(),
    loose_parent: bool = False,
    placed_in: frozenset[str] | None = None,
) -> tuple[float, list[str]]:
    """``capital_named``: one of the mention's readings is a country's capital or another big city
    under its own name; ``named_capitals``: the countries (ISO2) of its capital readings that the
    text names too; ``loose_parent``: the next place follows only nearby, in no form of a container
    ("talks in Berlin on Wednesday as Russia ...", not "Berlin, Russia" or "Berlin in Russia");
    ``placed_in``: the countries (ISO2) the other mentions' places lie in."""
    in_region = _in_region(c, context.regions)
    reasons = [f"in {c.admin1}, a region the text is about"] if in_region else []
    weight, why = weights.get(c.country_code, (0.0, []))
    # only the country's names back it, no place in it and no actor of it: "talks in Berlin on
    # Wednesday as Russia comes under criticism" (not "in San Jose, the army of El Salvador said")
    only_named = placed_in is not None and c.country_code not in placed_in and set(why) <= {"mentions"}
    backed_by_names = set(why) <= {"actors"} or (set(why) <= {"actors", "mentions"} and weight < 1.0) or only_named
    abroad = bool(named_capitals) and c.country_code not in named_capitals  # (capitals only)
    if capital_named and (backed_by_names or abroad) and c.population < BIG_CITY:
        # a capital under its own name is that capital, not a small namesake that only the actors'
        # country, or the names of a country the article is not mostly about, back ("the White House
        # blamed Moscow": not Moscow, Idaho; but Lebanese actors do make Tripoli the big city of
        # Lebanon); a hinted country, a container ("Moscow, Idaho") or the country the article's
        # names are mostly in (a San Jose of El Salvador beside San Salvador) still hold their own,
        # unless the text names the capital's country too: then no namesake abroad holds its own
        # ("Damascus" in a report on Syria that names the United States more often is not
        # Damascus, Maryland; "Khwlan, Sanaa" is still the province of Sanaa)
        weight, why = 0.0, []
    score = W_COUNTRY * weight
    if weight:
        reasons.append(f"country {c.country_code} ({', '.join(why)})")
    score += W_POPULATION * min(1.0, math.log10(c.population + 1) / 7)
    reasons.append(f"population {c.population}")
    feature, why_feature = _feature_score(c, mention.phrase, mention.holds_previous, _town_inside(c, mention))
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
    # a big city's small namesake is not vouched for by a place that only stands near the name
    vouched = not (capital_named and loose_parent and c.population < BIG_CITY)
    if parent is not None and c.country_code == parent.country_code and vouched:
        same_admin1 = parent.admin_level == 0 or c.admin1_code == parent.admin1_code
        score += W_CONTAINED if same_admin1 else W_CONTAINED / 3
        reasons.append(f"inside {parent.asciiname}" if same_admin1 else f"same country as {parent.asciiname}")
    return score, reasons


def _big_city(c: Candidate) -> bool:
    """A town of ``BIG_CITY`` people or more, read under its own name."""
    return c.is_primary and c.admin_level is None and c.population >= BIG_CITY


def _capital_readings(mention: _Mention) -> list[Candidate]:
    """The mention's readings that are a country's capital (a big city) under its own name."""
    return [c for c in mention.candidates if _big_city(c) and c.feature_code == "PPLC"]


def _town_inside(unit: Candidate, mention: _Mention) -> bool:
    """False where ``unit`` is a province and the mention's readings that are no admin unit include
    towns of its country, none of which lies in it (the town Idlib lies in the province of Idlib; the
    Samburu of Kwale does not lie in Samburu county); True for any other reading. Not for a district:
    a town's district is often only inferred (the nearest seat), its province is GeoNames' own. Nor
    for a province read as another spelling ("Manipuri" is no name of Manipur)."""
    if unit.admin_level != 1 or unit.match != "exact":
        return True
    towns = [t for t in mention.candidates if t.admin_level is None and t.country_code == unit.country_code]
    return not towns or any(t.admin1_code == unit.admin1_code for t in towns)


def _feature_score(
    c: Candidate, phrase: Phrase, holds_previous: bool = False, town_inside: bool = True
) -> tuple[float, str]:
    """``town_inside``: a town of the mention's readings lies in ``c`` (see ``_town_inside``); a
    unit's name alone is that town, but not a namesake town in another province ("Al Jawf" is the
    governorate, not Jawf al Maqbabah in Abyan, which GeoNames also calls Al Jawf)."""
    level = c.admin_level
    if phrase.wants_admin and level in (1, 2):
        exact = phrase.admin_level in (None, level)
        return (W_FEATURE if exact else W_FEATURE / 2), " (admin word)"
    if holds_previous and level in (1, 2):  # "Minas Viejas, Guerrero": the state, not a town Guerrero
        return W_FEATURE / 2, " (holds the place before it)"
    if phrase.site and c.feature_class in ("S", "P") and level is None:
        return W_FEATURE / 2 + (0.5 if c.feature_class == "S" else 0.0), " (site word)"
    bonus = SEAT_BONUS.get(c.feature_code or "", 0.0)
    return (bonus - ADMIN_WITHOUT_WORD_PENALTY if level in (1, 2) and town_inside else bonus), ""


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
