"""One event per location: an event told of a list of places becomes one record per place.

The ACLED codebook records an event at one location; a report of fighting "in Kabul, Ghor, Laghman
and Balkh provinces" is four events, and a toll given for all of them is divided evenly, the
remainder going to the first ("7 killed" over four places: 2, 2, 2, 1). This module finds such a
list in an event's sentences and splits the event.

A list is read from the words, not the parse (the parser breaks long lists of names apart): names
joined by commas, "and" or "as well as", after a preposition of place ("in", "on", "at", "near",
"across", "the areas of"), each name optionally followed by a feature word ("district") and a
parenthesised container ("Qaniyah (Mahliyah, Marib)"). It counts as a list of places only when two
of its names resolve to places, or one does and a feature word says the others are places too, or
a feature word says they are places and each name the gazetteer lacks has a container that resolves;
names of dates, people or organisations, or of a known actor, rule it out, and so does a country
among them ("relatives stranded in Morocco and Senegal").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from frontlines.events.context import DocumentContext
from frontlines.places import PlaceMention
from frontlines.places.candidates import is_direction
from frontlines.records import PLACE_FIELDS, Event, Evidence, Place, event_id_for

_PARTICLE = r"(?:al|as|ash|ad|an|az|at|ar|el|de|del|di|du|la|le|les|des|wa|da|do|dos|das|bin|ibn|bani|beni|abu)"
_WORD = r"(?:(?:al|el|as|ad|ar|an|at|az|ash)-)?[A-Z][\w'\u2019-]*"
NAME = rf"{_WORD}(?:\s+(?:{_PARTICLE}\s+)*{_WORD})*"
FEATURE = (
    r"(?:district|province|governorate|village|town|city|cities|area|region|state|county|counties|front"
    r"|frontline|neighbou?rhood|LGA|camp|sector|locality|localities|municipality|commune|subdistrict"
    r"|sub-district|axis|division|constituency|ward|township|valley)s?"
)
_PAREN = r"(?:\s*\([^()]{1,80}\))?"
_TAIL = rf"(?:\s+{FEATURE})?{_PAREN}"  # "districts", "(Mahliyah, Marib)"
ITEM = rf"(?P<name>{NAME}){_TAIL}"
_SEP = r"(?:\s*,\s*(?:and\s+|as\s+well\s+as\s+)?|\s+and\s+|\s+as\s+well\s+as\s+)"
_LEAD = (
    rf"\b(?:(?:in|on|at|near|across|around)\s+(?:the\s+)?(?:(?:{FEATURE}|[a-z]+\s+{FEATURE})\s+of\s+)?"
    rf"|(?:the\s+)?(?:[a-z]+\s+)?{FEATURE}\s+of\s+)"
)
_LIST = re.compile(rf"{_LEAD}(?P<list>{NAME}{_TAIL}(?:{_SEP}{NAME}{_TAIL})+)")
_ITEM = re.compile(ITEM)
_OTHERS = re.compile(r"^,?\s*and\s+(?:\w+\s+){0,2}(?:locations|areas|villages|places|towns|parts)\b")
_FEATURE_WORD = re.compile(rf"\b{FEATURE}\b")
_JOINER = re.compile(r"\band\b|\bas well as\b")
#: NER labels a place name never carries.
NOT_PLACE_LABELS = frozenset({"DATE", "TIME", "ORDINAL", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})
#: Labels the small model also puts on places: they rule a name out only when it resolves to none.
MAYBE_PLACE_LABELS = frozenset({"PERSON", "NORP", "ORG"})
#: Most places one list may split an event into; a longer list is a summary, not one event each.
MAX_LOCATIONS = 12


@dataclass
class LocationItem:
    """One name of a list, and the place it resolved to (None when the gazetteer lacks it)."""

    start: int
    end: int
    text: str
    mention: PlaceMention | None
    container: PlaceMention | None


@dataclass
class LocationList:
    start: int
    end: int
    items: list[LocationItem]


def find_location_list(ctx: DocumentContext, sentences: list[int]) -> LocationList | None:
    """The longest list of two or more places in the event's sentences, or None."""
    best: LocationList | None = None
    for index in sentences:
        sentence = ctx.sentences[index]
        text = sentence.text
        for match in _LIST.finditer(text):
            found = _read_list(ctx, sentence.start_char, match, text)
            if found is not None and (best is None or len(found.items) > len(best.items)):
                best = found
    return best


def _read_list(ctx: DocumentContext, offset: int, match: re.Match[str], text: str) -> LocationList | None:
    body = match.group("list")
    start = offset + match.start("list")
    tail = text[match.end("list") :]
    joined = bool(_JOINER.search(body)) or bool(_OTHERS.match(tail))
    if not joined:
        return None  # "Kabul, Afghanistan": a place and its container, not a list
    feature = bool(_FEATURE_WORD.search(match.group(0))) or bool(_FEATURE_WORD.match(tail.strip()))
    items: list[LocationItem] = []
    cursor = 0
    last_joined = None  # index of the last item a joiner ("and") introduces
    for item in _ITEM.finditer(body):
        if item.start() < cursor:
            continue
        if _JOINER.search(body[cursor : item.start()]):
            last_joined = len(items)
        cursor = item.end()
        name_start = start + item.start("name")
        name_end = start + item.end("name")
        mention = _place_at(ctx, name_start, name_end)
        if _not_a_place(ctx, name_start, name_end, known=mention is not None or feature):
            return None
        container = next(
            (m for m in _places_in(ctx, name_end, start + item.end()) if m.place is not None and m.place.latitude),
            None,
        )
        if mention is not None and "destination" in mention.roles:
            return None  # "demanding transport to their homes in Uttar Pradesh, Bihar and Odisha"
        if mention is not None and "route" in mention.roles:
            return None  # "gathered in Olmedo and Salinas intersection": two streets' names
        items.append(LocationItem(name_start, name_end, ctx.article.text[name_start:name_end], mention, container))
    if last_joined is not None:
        items = items[: last_joined + 1]  # "Shah Wali Kot and Maywand districts, Kandahar": the container
    items = _distinct(items)
    resolved = [i for i in items if i.mention is not None]
    if any(i.mention.place is not None and i.mention.place.is_country for i in resolved):
        return None  # "stranded in Morocco and Senegal": countries named, not places of the event
    if len(items) < 2 or len(items) > MAX_LOCATIONS:
        return None
    # "the fronts of Jabal al Kirsh (Al Qabbaytah, Lahij), Bab Ghaliq (Qaatabah, Ad Dali)": names the
    # gazetteer lacks, each placed by its container, after a feature word
    contained = feature and all(i.mention is not None or i.container is not None for i in items)
    if len(resolved) < 2 and not (resolved and feature) and not contained:
        return None
    return LocationList(start, start + len(body), items)


def _not_a_place(ctx: DocumentContext, start: int, end: int, known: bool) -> bool:
    """The name is a date, a number, a point of the compass or a known actor; or a person or a group
    neither the gazetteer nor a feature word ("provinces") makes a place (the small model calls many
    a province a person)."""
    span = ctx.doc.char_span(start, end, alignment_mode="expand")
    if span is None or any(t.ent_type_ in NOT_PLACE_LABELS for t in span):
        return True
    if is_direction(span.text):
        return True  # "Southeast of the city of Salamiyah and Southwest of Aqayrabat": where, from a place
    if not known and any(t.ent_type_ in MAYBE_PLACE_LABELS for t in span):
        return True
    return any(a.kind == "named" and a.start < end and start < a.end for a in ctx.actors)


def _places_in(ctx: DocumentContext, start: int, end: int) -> list[PlaceMention]:
    return [m for m in ctx.places if start <= m.start and m.end <= end]


def _place_at(ctx: DocumentContext, start: int, end: int) -> PlaceMention | None:
    """The resolved place the name itself is (not its container), in the input's country if hinted."""
    for mention in ctx.places:
        overlaps = mention.start < end and start < mention.end and "container" not in mention.roles
        located = mention.place is not None and mention.place.latitude is not None
        if overlaps and located and not mention.is_dateline:
            return mention
    return None


def _distinct(items: list[LocationItem]) -> list[LocationItem]:
    """One item per place: "Sirwah (Sirwah, Marib)" and a second "Sirwah" are one location."""
    seen: set[object] = set()
    out = []
    for item in items:
        key = item.mention.place.geonameid if item.mention and item.mention.place else item.text.lower()
        if key in seen:
            continue
        seen.add(key)
        out.append(item)
    return out


def split_by_location(event: Event, found: LocationList, text: str, content_hash: str, index: int) -> list[Event]:
    """The event once per listed place, its toll divided evenly (the remainder to the first)."""
    from frontlines.events.notes import write_notes

    count = len(found.items)
    span = Evidence(
        start=found.start,
        end=found.end,
        text=text[found.start : found.end],
        rule=f"split evenly over {count} locations (codebook: one event per location)",
    )
    admins = {i.mention.place.admin1 for i in found.items if i.mention and i.mention.place}
    shared_admin1 = admins.pop() if len(admins) == 1 else None
    events = []
    for k, item in enumerate(found.items):
        copy = event.model_copy(deep=True)
        if k:
            copy.event_id = event_id_for(content_hash, f"{index}/{k}")
        _set_item_place(copy, item, shared_admin1)
        for name in ("fatalities", "fatalities_low", "fatalities_high", "injuries"):
            total = getattr(event, name)
            if total:
                share = total // count + (1 if k < total % count else 0)
                # the codebook codes a fatality share of 0; an injury share of 0 is "not known here"
                setattr(copy, name, share if share or name != "injuries" else None)
                copy.evidence[name] = [*copy.evidence.get(name, []), span]
                if not getattr(copy, name) and name == "injuries":
                    copy.evidence.pop(name, None)
        copy.notes = write_notes(copy)
        events.append(copy)
    # the place the event was given before the split (the best located) stays the primary record;
    # else a listed place the gazetteer located comes before a name alone
    chosen = event.place.geonameid if event.place is not None else None
    events.sort(
        key=lambda e: (
            not (chosen is not None and e.place is not None and e.place.geonameid == chosen),
            e.latitude is None,
        )
    )
    return events


def _set_item_place(event: Event, item: LocationItem, shared_admin1: str | None) -> None:
    """The item's own place; else its container, with the precision of an area (codebook: 2);
    else the name alone, in the event's country and the list's province, with no coordinates."""
    evidence = Evidence(start=item.start, end=item.end, text=item.text, rule="place:one of the listed locations")
    place: Place | None = None
    if item.mention is not None and item.mention.place is not None:
        place = item.mention.place
    elif item.container is not None and item.container.place is not None:
        precision = max(item.container.place.geo_precision or 1, 2)
        place = item.container.place.model_copy(update={"geo_precision": precision})
    if place is None:
        for name in PLACE_FIELDS:
            if name not in ("country", "iso"):
                setattr(event, name, None)
                event.evidence.pop(name, None)
        event.location = item.text
        event.admin1 = shared_admin1
        event.evidence["location"] = [evidence]
        event.place = None
        return
    for name in PLACE_FIELDS:
        value = getattr(place, name)
        setattr(event, name, value)
        if value is not None:
            event.evidence[name] = [evidence]
        else:
            event.evidence.pop(name, None)
    event.place = place
