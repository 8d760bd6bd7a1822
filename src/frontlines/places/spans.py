"""Toponym spans of a text: NER's spans cut at commas and brackets, grown to the longest name the
gazetteer holds, plus the extra-span finder's; and the dateline's place."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from frontlines.places.gazetteer import Gazetteer
from frontlines.places.matcher import (
    BETWEEN_WORDS,
    NAME,
    UNIT_OF_WORDS,
    find_extra_spans,
    is_known,
    is_world_region,
    longest_known,
    names_with_words,
    place_word_keys,
    possessive_place,
    town_of_facility,
)
from frontlines.places.normalize import normalize_name
from frontlines.places.words import place_words

_DATELINE = re.compile(
    r"^\s*(?P<place>[A-Z][A-Z'’ .\-]{2,40}?)(?:,\s*[A-Z][A-Za-z .\-]{1,30})?\s*(?:\([^)]{1,40}\))?\s*[-–—]{1,2}\s"
)
LABELS = frozenset({"GPE", "LOC", "FAC"})


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
    if country:
        given = [_facility_town(text, s, e, label, gaz, country) for s, e, label in given]
        given = [_variant_run(text, s, e, label, gaz, country) for s, e, label in given]
    given = sorted(
        _widen(text, s, e, label, gaz, max((e2 for _, e2, _ in given if e2 <= s), default=0)) for s, e, label in given
    )
    # "the Los Enanos gang", "the Sinaloa cartel": a name that heads a gang or a clan is no place
    local += [(s, e) for s, e, _ in given if _GROUP_AFTER.match(text, e)]
    # nor is a region larger than a country ("the Middle East" is not Middle East, Maryland)
    local += [(s, e) for s, e, _ in given if is_world_region(text[s:e])]
    whole = names_with_words(text, gaz) if extra else []
    # a known name with its unit's word ("Khabb wa ash Shaaf district") outranks the piece of it NER
    # kept ("Shaaf"): the piece is dropped, and the matcher below adds the whole name
    given = [(s, e, label) for s, e, label in given if not _inside_longer(s, e, whole)]
    for start, end, label in given:
        if _overlaps(start, end, local):
            continue
        if not _overlaps(start, end, exclude) and not _overlaps(start, end, [(s, e) for s, e, _ in kept]):
            kept.append((start, end, label))
    if extra:
        anchors = [(s, e) for s, e, _ in kept]
        found = find_extra_spans(text, gaz, anchors + list(exclude) + local, anchors, country=country, named=whole)
        kept += [(s, e, label) for s, e, label in found if not is_world_region(text[s:e])]
    return sorted(kept)


#: Words of a route or an area named after a town that may lie far from it: "Mombasa Road".
_AREA_WORDS = frozenset(
    {"road", "highway", "street", "avenue", "bridge", "junction", "zone", "sector", "commune", "locality"}
    | {"location", "constituency", "estate", "square", "park", "forest", "complex", "plaza"}
)


def _facility_town(text: str, start: int, end: int, label: str, gaz: Gazetteer, country: str) -> tuple[int, int, str]:
    """NER's span of a facility or an office named after its town, which the gazetteer lacks
    whole: the town ("at Nyeri Prison", "the Mandera Hospital", "the Mandera District Hospital", "the
    offices of Homa Bay Governor")."""
    if gaz.has_key(normalize_name(text[start:end])):
        return start, end, label
    if text[start:end].lower().startswith("the "):
        start += 4
    words = text[start:end].split()
    unit = words[-1].lower() in place_words().admin_level  # "Marsabit County", not "Mandera District Hospital"
    if unit or any(w.lower() in _AREA_WORDS for w in words):
        return start, end, label  # "Mombasa Road", "the Central Zone"; a unit
    town = town_of_facility(text[start:end], gaz, country)
    if town is None or normalize_name(town) in place_word_keys():
        return start, end, label
    return start, start + len(town), "matcher:in_country"  # a bare name, less exact than a town named


def _inside_longer(start: int, end: int, wholes: list[tuple[int, int]]) -> bool:
    """The span is a later piece of a longer known name ("Shaaf" of "Khabb wa ash Shaaf district");
    one that begins it is grown by ``_widen`` instead ("Tenango" of "Tenango del Valle")."""
    return any(ws < start and end <= we for ws, we in wholes)


def _widen(text: str, start: int, end: int, label: str, gaz: Gazetteer, floor: int = 0) -> tuple[int, int, str]:
    """NER's span grown to the longest name the gazetteer holds that starts with it: spaCy cuts
    "Tenango del Valle" into two places and "Sao Sebastiao da Boa Vista" after "Sebastiao"."""
    name = _NAME_AT.match(text, start)
    if name is not None and name.end() > end:
        longest = longest_known(text, start, name.group(0), gaz)
        if longest is not None and longest[1] > end:
            end = longest[1]
    # "Syrias Hasakeh city", "Nairobis CBD": a possessive whose apostrophe was lost, unknown whole
    owned = None if gaz.has_key(normalize_name(text[start:end])) else possessive_place(text, start, end, gaz)
    if owned is not None:
        return owned[0], owned[1], label
    return _widen_left(text, start, end, gaz, floor), end, label


def _variant_run(text: str, start: int, end: int, label: str, gaz: Gazetteer, country: str) -> tuple[int, int, str]:
    """NER's span grown over the capitalised words after it when the span is no name the gazetteer
    holds and the whole run is a spelling of a place in the article's ``country``: NER keeps only
    "Joubb" of "in Joubb Janine" (Joubb Jannîne)."""
    name = _NAME_AT.match(text, start)
    if name is None or name.end() <= end or "\n" in name.group(0) or gaz.has_key(normalize_name(text[start:end])):
        return start, end, label
    run = normalize_name(name.group(0))
    if gaz.has_key(run) or gaz.skeleton_candidates(run, country):
        return start, name.end(), label
    return start, end, label


#: Capitalised words, with the lower-case links and articles of a name between them, right before
#: a span: "Khabb wa ash" before NER's "Shaaf", "Barra de Santo" before "Antonio".
_WORDS_BEFORE = re.compile(rf"(?:[A-Z][\w'’\-]+\s+{BETWEEN_WORDS}){{1,3}}$")


def _widen_left(text: str, start: int, end: int, gaz: Gazetteer, floor: int = 0) -> int:
    """The start of the longest known name that ends with the span: NER keeps only "Antonio" of
    "in Barra de Santo Antonio, Alagoas". Not into another span, which ends at ``floor`` or before."""
    before = _WORDS_BEFORE.search(text, max(floor, start - 60), start)
    if before is None:
        return start
    for word in re.finditer(r"[A-Z]\S*", text[before.start() : start]):
        at = before.start() + word.start()
        if is_known(text[at:end], gaz):
            return at
    return start


#: A city's neighbourhood named by its generic word ("Colonia Centenario", "Bairro Jardim"): the
#: gazetteer holds towns, and the name alone matches namesakes elsewhere.
_NEIGHBOURHOOD = re.compile(
    r"\b(?:Colonia|Barrio|Bairro|Fraccionamiento)(?:\s+(?:de|del|la|las|los|do|da|dos|das)?\s*[A-Z0-9][\w'-]*)+"
)

#: Words after a name that make it a group's: "the Los Enanos gang", "the Garre clan militia".
_GROUP_AFTER = re.compile(r"\s+(?:gangs?|cartels?|clans?|sub-?clans?|militias?|brigades?|factions?)\b", re.IGNORECASE)
_NAME_AT = re.compile(NAME)
_SEPARATOR = re.compile(r"\s*[(),;]\s*")


def _parts(text: str, start: int, end: int, label: str) -> list[tuple[int, int, str]]:
    """A span cut at parentheses and commas: NER's "Kayole (Nairobi" or "Watamu, Kilifi" is two
    names, each of which the gazetteer knows, not one it does not. The name of a road between two
    towns is cut at its dash: "the Sidon-Tyr highway" names Sidon and Tyr; and a dash with spaces
    around it or a distance ends a name: NER's "Molo district - 30" names Molo district, "Jayrud 60
    kilometres" Jayrud."""
    found = [*_SEPARATOR.finditer(text, start, end), *_SPACED_DASH.finditer(text, start, end)]
    found += _DISTANCE.finditer(text, start, end)
    if _ROAD_AFTER.match(text, end):
        found += _ROAD_DASH.finditer(text, start, end)
    separators: list[re.Match[str]] = []
    for match in sorted(found, key=lambda m: m.start()):
        if not separators or match.start() >= separators[-1].end():
            separators.append(match)
    parts, at = [], start
    for sep in [*separators, None]:
        stop = sep.start() if sep else end
        unit_of = _UNIT_OF.match(text, at, stop)
        if unit_of is not None:
            at = unit_of.end()  # NER's "the Municipality of Venustiano Carranza": the name after "of"
        if stop > at and any(c.isalpha() for c in text[at:stop]):
            parts.append((at, stop, label))
        at = sep.end() if sep else end
    return parts


#: A road's word after its name: "the Nakuru-Nairobi highway".
_ROAD_AFTER = re.compile(r"\s+(?i:road|highway)\b")
#: The dash between the two towns a road's name joins ("Sidon-Tyr", "Areesheh - Daoudiyeh"); not
#: one inside a name ("Ras al-Ain").
#: A distance, which ends a name NER ran on over it: "the town of Jayrud 60 kilometres from Damascus".
_DISTANCE = re.compile(
    r"\s+(?:some\s+|about\s+)?\d[\d,.]*\s*(?:km|kms|kilometres|kilometers|miles|mi|metres|meters)\b.*", re.DOTALL
)
#: A dash with spaces on both sides, which no name holds: NER's "Molo district - 30".
_SPACED_DASH = re.compile(r"\s+[-–—]\s+")
_ROAD_DASH = re.compile(r"(?<=[a-z])\s?[-–]\s?(?=[A-Z])")

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
