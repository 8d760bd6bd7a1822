"""Toponym resolution: retrieve candidates, rank them by the article's context, explain the winner.

Features (all in ``ranking``): country context (the caller's hint, the actors' countries, the
dateline, the other places of the article), population, feature type against the admin words of
the phrase, the name being the place's primary name, distance to the other places, and
containment ("Yarmouk camp in Damascus"). The ranker may answer "none of these".

The steps live in sibling modules: ``spans`` (toponym spans, dateline), ``candidates`` (gazetteer
lookup), ``ranking`` (features and weights), ``containers`` ("X, Y", "X in Y"), ``agreement``
(one sense per article and other checks across mentions) and ``capital`` ("the capital" with no
name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence

from pydantic import Field

from frontlines.places.agreement import (
    _far_spelling_variants,
    _neighbourhoods_near_towns,
    _one_sense,
    _outside_named_provinces,
)
from frontlines.places.candidates import _add_in_country_candidates, _Mention, _mention
from frontlines.places.capital import capital_mentions
from frontlines.places.containers import _mark_container_positions, _read_containers, _read_distances
from frontlines.places.countries import resolve_country
from frontlines.places.gazetteer import Candidate, Gazetteer
from frontlines.places.normalize import normalize_name
from frontlines.places.phrases import Phrase
from frontlines.places.ranking import MENTION_WEIGHT, _country_context, _rank
from frontlines.places.sources import LOCAL_UNIT_FEATURE
from frontlines.places.spans import _DAY_AFTER, _collect_spans, _dateline_span
from frontlines.records import Evidence, Place, Record

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
    institutions: Sequence[tuple[int, int]] = (),
    country_of_word: Callable[[str], str | None] | None = None,
) -> list[PlaceMention]:
    """Resolve the toponym spans of ``text`` (plus those the extra-span finder adds), in text order.

    ``exclude`` drops spans that overlap an actor mention ("Damascus said"); ``dateline`` is the
    dateline's place name or span, detected from "BEIRUT (Reuters) -" when None; ``regions`` are
    first-order units the text is known to be about (a front line's oblasts), whose places come first;
    ``line`` the points of a front line it speaks of: of the towns of one name in those regions, the
    one nearer the line comes first; ``institutions`` are spans of a state's offices ("the White
    House", "the Kremlin"): a span that is one of them, and no more, is no place (a town White House).
    An unnamed "the capital" is the capital of the country the text is about (``capital``);
    ``country_of_word`` tells the country of a people's adjective ("the Syrian capital").
    """
    hinted = resolve_country(country_hint) if country_hint else None
    chosen = _collect_spans(text, spans, exclude, gaz, find_extra, hinted.iso2 if hinted else None)
    chosen = [(s, e, label) for s, e, label in chosen if not _DAY_AFTER.match(text, e)]
    offices = {text[s:e].removeprefix("the ") for s, e in institutions}
    chosen = [(s, e, label) for s, e, label in chosen if text[s:e].removeprefix("the ") not in offices]
    dateline_span = _dateline_span(text, dateline)
    mentions = [_mention(text, s, e, label, gaz, dateline_span) for s, e, label in chosen]
    _mark_container_positions(text, mentions)
    national = _national_sites(text, mentions, country_of_word) if country_of_word is not None else {}
    _keep_national(mentions, national)
    context = _country_context(mentions, country_hint, actor_countries)
    for iso2 in sorted(set(national.values())):
        context.add(iso2, MENTION_WEIGHT, "a people's adjective")  # "the Syrian border town of"
    context.regions = {normalize_name(r) for r in regions}
    context.line = tuple(line)
    for index, mention in enumerate(mentions):
        _add_in_country_candidates(mention, context.weights(skip=index), gaz)
    _keep_national(mentions, national)  # (not respelt into the main country's villages again)
    for _ in range(2):  # the second pass sees where the other places of the first pass lie
        for index, mention in enumerate(mentions):
            _rank(mention, index, mentions, context)
    _read_containers(text, mentions, hinted.iso2 if hinted else None)
    _read_distances(text, mentions)
    _one_sense(mentions)
    _neighbourhoods_near_towns(mentions)
    _far_spelling_variants(mentions)
    _outside_named_provinces(text, mentions)
    mentions += capital_mentions(text, mentions, gaz, hinted, country_of_word)
    mentions.sort(key=lambda m: m.start)
    return [_to_mention(text, m) for m in mentions if m.best is not None or keep_unresolved]


#: A people's adjective before a place word and "of": "the Syrian border town of", "the Iraqi city of".
_NATIONAL_SITE = re.compile(
    r"\b[Tt]he (?P<adjective>[A-Z][a-z]+)(?: [a-z]+){0,2} "
    r"(?:town|city|village|camp|port|province|region|district|governorate|capital) of\s*$"
)


def _national_sites(
    text: str, mentions: list[_Mention], country_of_word: Callable[[str], str | None]
) -> dict[str, str]:
    """Names a people's adjective puts in its country (normalised name -> ISO2), where they have a
    reading there: "the Syrian border town of Kobani" is not a Turkish village the name is respelt
    into, there or in the headline."""
    national: dict[str, str] = {}
    for mention in mentions:
        found = _NATIONAL_SITE.search(text, max(0, mention.start - 80), mention.start)
        if found is None or resolve_country(found.group("adjective")) is not None:
            continue  # (a country's name is no people's: "the Somalia border town of Elwak" is on that border)
        country = resolve_country(country_of_word(found.group("adjective")))
        if country is not None and any(c.country_code == country.iso2 for c in mention.candidates):
            national[normalize_name(mention.phrase.names[-1])] = country.iso2
    return national


def _keep_national(mentions: list[_Mention], national: dict[str, str]) -> None:
    """Every mention of a name ``national`` places keeps only its readings in that country."""
    for mention in mentions:
        iso2 = national.get(normalize_name(mention.phrase.names[-1]))
        there = [c for c in mention.candidates if c.country_code == iso2]
        if there:
            mention.candidates = there


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
    if "route" in phrase.roles:
        return 2, "on a road named after the town"
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
