"""Agreement between the mentions of one article once ranked: one name, one place; a neighbourhood
lies near a town the article names; a far spelling variant is a place the gazetteer lacks."""

from __future__ import annotations

import itertools
import re

from frontlines.places.candidates import _Mention
from frontlines.places.containers import CONTAINER_REACH_KM, SEAT_CODES, _apart, _holds
from frontlines.places.gazetteer import Candidate
from frontlines.places.normalize import normalize_name
from frontlines.places.ranking import MIN_POPULATION_OUTSIDE_CONTEXT, REGION_KM
from frontlines.places.sources import strip_type_words

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


def _outside_named_provinces(text: str, mentions: list[_Mention]) -> None:
    """A small town or a district outside every province its sentence names as one ("Kandal village,
    Samraong commune, Ou Chrov district of Banteay Meanchey province") is a namesake elsewhere (the
    Samraong of Oddar Meanchey) of a place the gazetteer lacks; the province then stands for the event. A town
    near such a province, or in the province of another place the article names ("Sirwah (Sirwah,
    Marib)", Marib read as the city), is kept."""
    provinces = [
        m
        for m in mentions
        if m.best is not None
        and (m.phrase.wants_admin or "container" in m.phrase.roles)
        and (m.best.admin_level == 1 or _seat_named_as_province(m))
    ]
    for mention in mentions:
        best = mention.best
        if best is None or (best.feature_class != "P" and best.admin_level != 2) or mention.is_dateline:
            continue
        if best.population >= MIN_POPULATION_OUTSIDE_CONTEXT or best.feature_code in SEAT_CODES:
            continue
        if best.admin_level == 2 and normalize_name(strip_type_words(best.name)) == normalize_name(best.admin1 or ""):
            continue  # "Meru County", the district of Meru province that bears its name
        named = [
            p.best
            for p in provinces
            if p.best is not None and p.best.country_code == best.country_code and _same_sentence(text, mention, p)
        ]
        if not named or any(_in_province(p, best) or _apart(p, best) <= CONTAINER_REACH_KM for p in named):
            continue
        if any(
            m is not mention
            and m.best is not None
            and m.best.admin_level != 0
            and m.best.country_code == best.country_code
            and m.best.admin1_code == best.admin1_code
            for m in mentions
        ):
            continue
        mention.choose(None)


def _seat_named_as_province(mention: _Mention) -> bool:
    """A container read as the seat of the province that bears its name stands for the province:
    "Kankara LGA (Katsina)" names Katsina state, whose seat is read first."""
    best = mention.best
    if best is None or best.feature_code not in SEAT_CODES or not best.admin1:
        return False
    return normalize_name(best.admin1).startswith(normalize_name(mention.phrase.names[0]))


def _in_province(province: Candidate, place: Candidate) -> bool:
    """``place`` lies in the province ``province`` is, or is the seat of."""
    if province.admin_level == 1:
        return _holds(province, place)
    return place.country_code == province.country_code and place.admin1_code == province.admin1_code


#: A sentence ends between two mentions: a full stop, then a capital.
_SENTENCE_END = re.compile(r"[.!?]\s+[A-Z]")


def _same_sentence(text: str, one: _Mention, other: _Mention) -> bool:
    first, second = sorted((one, other), key=lambda m: m.start)
    return _SENTENCE_END.search(text, first.end, second.start) is None
