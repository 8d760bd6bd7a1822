"""Fill an event's ACLED fields from the document's annotations, each field with its evidence."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from frontlines.actors import ActorMention
from frontlines.datafiles import data_path, read_tsv
from frontlines.errors import DataFileError
from frontlines.events.context import DocumentContext
from frontlines.events.notes import write_notes
from frontlines.events.typing import CROWD_CLASH_RULES, RULE_REMNANT, arguments, in_description, is_background
from frontlines.numbers import BACKGROUND_PREPOSITIONS, Count
from frontlines.places import Country, PlaceMention, resolve_country
from frontlines.records import PLACE_FIELDS, Actor, Claim, Event, Evidence, Place, event_id_for
from frontlines.taxonomy import event_type_of, interaction_code

if TYPE_CHECKING:
    from frontlines.actors import ActorRegistry
    from frontlines.dates import DateMention
    from frontlines.events.assemble import EventDraft

#: Pronouns are no one's name: "he said" leaves the source to the outlet.
PRONOUNS = frozenset({"i", "he", "she", "they", "we", "it", "you", "them", "him", "her", "us"})
#: Share of a source's words an actor mention must cover to name it ("Hadi" does not name
#: "Anwar Abdel Hadi").
SOURCE_COVER = 0.8
#: A look back at the conflict's history: "since 2011", "since the war began", "the five-year war",
#: "years ago", "last year", "has since", "the republic has seen numerous bombings", "a war which
#: has killed thousands".
LOOK_BACK = re.compile(
    r"\bsince\b[^.;]{0,40}\b(?:1[89]|20)\d\d\b"
    r"|\bsince\b[^.;]{0,40}\b(?:start|started|began|begun|beginning|outbreak|erupted|broke out)\b"
    r"|\b(?:has|have) since\b"
    r"|\b(?:\w+|\d+)-year(?: civil)? (?:war|conflict|insurgency|uprising)\b"
    r"|\b(?:war|conflict|insurgency|uprising)\b[^.;]{0,30}\b(?:began|broke out|started|erupted)\b"
    r"|\b(?:years?|decades?|months?) ago\b|\blast year\b"
    r"|\b(?:has|have) (?:seen|witnessed)\b"
    r"|\b(?:has|have) (?:killed|left)\b[^.;]{0,25}\b(?:thousands|millions|hundreds of thousands)\b",
    re.IGNORECASE,
)
#: A running total: its figures are not one event's, though the event it counts may be.
RUNNING_TOTAL = re.compile(r"\bso far\b|\bto date\b|\bin total\b", re.IGNORECASE)


def is_history(text: str) -> bool:
    """True for a text that looks back at the history of a conflict."""
    return LOOK_BACK.search(text) is not None


def history_clauses(sentence: Span, pattern: re.Pattern[str] = LOOK_BACK) -> list[tuple[int, int]]:
    """Character ranges of the clauses of a sentence that tell history ("the war, which has since
    killed 300,000", "since the war began"): the subtree of the verb that governs the phrase."""
    ranges = []
    for match in pattern.finditer(sentence.text):
        span = sentence.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        # "X have been killed since the war began": the look-back phrase scopes over the verb it modifies
        verb = span[0].head if span[0].lower_ == "since" else span.root
        if span[0].lower_ == "since" and span[0].dep_ == "mark" and verb.head.i != verb.i:
            verb = verb.head  # "since the war began": the clause it is the mark of modifies the verb above
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        tokens = list(verb.subtree)
        ranges.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1])))
    return ranges


def in_history(ctx: DocumentContext, char: int) -> bool:
    """True where the character sits in a look-back or running-total clause of its sentence."""
    sentence = ctx.sentences[ctx.sentence_index(char)]
    clauses = history_clauses(sentence) + history_clauses(sentence, RUNNING_TOTAL)
    return any(start <= char < end for start, end in clauses)


#: Sub-event types whose second side defaults to the civilians of the country.
CIVILIAN_TARGET_TYPES = frozenset(
    {"Attack", "Abduction/forced disappearance", "Sexual violence", "Looting/property destruction"}
)
#: The noun the actor registry composes into the codebook's default actor for a sub-event type.
#: Political violence by no one named is by an Unidentified Armed Group (ACLED codebook).
DEFAULT_ACTOR1 = {
    "Armed clash": "gunmen",
    "Shelling/artillery/missile attack": "gunmen",
    "Suicide bomb": "gunmen",
    "Attack": "gunmen",
    "Abduction/forced disappearance": "gunmen",
    "Sexual violence": "gunmen",
    "Remote explosive/landmine/IED": "gunmen",
    "Grenade": "gunmen",
    "Peaceful protest": "protesters",
    "Protest with intervention": "protesters",
    "Excessive force against protesters": "protesters",
    "Violent demonstration": "rioters",
    "Mob violence": "rioters",
    "Arrests": "police",
}
#: Defaults of a rule rather than a sub-event type: an explosive remnant was laid by an armed group.
DEFAULT_ACTOR1_BY_RULE = {RULE_REMNANT: "gunmen"}
#: Sub-event types whose actor1 is the crowd itself.
CROWD_ACTOR_TYPES = frozenset(
    {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
        "Mob violence",
    }
)
#: Crowds that fight each other: rioters on both sides (codebook).
DEFAULT_ACTOR2_BY_RULE = dict.fromkeys(CROWD_CLASH_RULES, "rioters")
DEFAULT_ACTOR2 = {
    "Protest with intervention": "police",
    "Excessive force against protesters": "police",
}


def fill_event(
    draft: EventDraft, ctx: DocumentContext, registry: ActorRegistry, content_hash: str, index: int
) -> Event | None:
    """The event record for one draft, or None if it has no place in the codebook's terms."""
    sub = draft.sub_event_type
    sentences = sorted({ctx.sentence_index(d.sentence.start_char) for d in draft.decisions} | draft.extra_sentences)
    evidence: dict[str, list[Evidence]] = {}
    type_evidence = [_cue_evidence(ctx, c, d.rule) for d in draft.decisions for c in d.cues]
    evidence["event_type"] = evidence["sub_event_type"] = type_evidence

    place = _event_place(ctx, sentences)
    country = place[1].country if place else _hint_country(ctx)
    if sub in CROWD_ACTOR_TYPES:
        _crowd_as_actor1(draft, registry, country, ctx)
    front = _front(draft, ctx, place[1].iso3 if place else _hint_iso3(ctx), sentences)
    if front is not None and _unnamed_side(draft.sides.actor1) and _unnamed_side(draft.sides.actor2):
        # fire across a known front line with no shooter named: the line's two parties (fronts.tsv)
        side1, side2, cue = front
        draft.sides.actor1 = _default(registry, side1, country, ctx)
        draft.sides.actor2 = _default(registry, side2, country, ctx)
        draft.sides.rule1 = draft.sides.rule2 = f"front:{cue!r} names the front line's parties (fronts.tsv)"
    base_rule = draft.primary.rule.split(";")[0]  # without "; outcome reported elsewhere"...
    noun1 = DEFAULT_ACTOR1_BY_RULE.get(base_rule, DEFAULT_ACTOR1.get(sub))
    actor1 = draft.sides.actor1 or _default(registry, noun1, country, ctx)
    noun2 = DEFAULT_ACTOR2_BY_RULE.get(base_rule)
    if noun2 is None:
        noun2 = "civilians" if sub in CIVILIAN_TARGET_TYPES else DEFAULT_ACTOR2.get(sub)
    actor2 = draft.sides.actor2 or _default(registry, noun2, country, ctx)
    event = Event(
        event_id=event_id_for(content_hash, index),
        doc_id=ctx.article.id,
        event_type=event_type_of()[sub],
        sub_event_type=sub,
        published=ctx.published,
        confidence=round(min(max(draft.primary.confidence, 0.0), 1.0), 3),
    )
    _set_actors(event, evidence, actor1, actor2, draft, ctx)
    _set_date(event, evidence, ctx, sentences, draft)
    _set_place(event, evidence, place, ctx)
    _set_counts(event, evidence, ctx, sentences)
    _set_source(event, evidence, ctx, sentences)
    if event.actor2 == f"Civilians ({event.country})" or (actor2 is not None and actor2.inter == 7):
        event.civilian_targeting = "Civilian targeting"
        evidence["civilian_targeting"] = evidence.get("actor2", [])
    if event.event_type == "Battles" and "territory" in sub:
        event.claims.extend(_territory_claims(draft, ctx))
    event.notes = write_notes(event)
    evidence["notes"] = [_sentence_evidence(ctx, i, "notes:summarised sentence") for i in sentences]
    event.evidence = {k: v for k, v in evidence.items() if v}
    return event


def _crowd_as_actor1(draft: EventDraft, registry: ActorRegistry, country: str | None, ctx: DocumentContext) -> None:
    """Demonstrations and riots: actor1 is always the protesters or rioters of the country (ACLED's
    convention); a named group among them is associated, the state forces facing them actor2.
    The crowd's kind follows the sub-event type: a violent demonstration or mob is by rioters (5),
    a peaceful or dispersed one by protesters (6)."""
    sides = draft.sides
    crowd = _default(registry, DEFAULT_ACTOR1[draft.sub_event_type], country, ctx)
    if crowd is None or (sides.actor1 is not None and sides.actor1.inter == crowd.inter):
        return
    if sides.actor1 is not None and sides.actor1.inter in (5, 6):
        # "protesters torched tyres": the same people (span and ties kept), named as the sub-event type says
        sides.actor1 = replace(
            sides.actor1,
            actor_id=crowd.actor_id,
            name=crowd.name,
            inter=crowd.inter,
            cameo=crowd.cameo,
            category=crowd.category,
            rule=f"{sides.actor1.rule}; crowd of a {draft.sub_event_type.lower()}",
        )
        return
    for mention in (sides.actor1, sides.actor2):
        if mention is None or mention.inter in (5, 6):
            continue
        if mention.inter == 1 and (sides.actor2 is None or sides.actor2 == mention or sides.actor2.inter in (5, 6)):
            sides.actor2, sides.rule2 = mention, "role:state forces facing the crowd"
        elif mention.inter != 1 and mention.name not in {m.name for m in sides.assoc1}:
            sides.assoc1.append(mention)
    if sides.actor2 is not None and sides.actor2.inter != 1 and draft.sub_event_type != "Mob violence":
        sides.actor2 = None
    sides.actor1, sides.rule1 = crowd, "default:the crowd is actor1 of a demonstration or riot"


def _cue_evidence(ctx: DocumentContext, cue, rule: str) -> Evidence:
    span = ctx.doc[cue.start : cue.end]
    return Evidence(start=span.start_char, end=span.end_char, text=span.text, rule=f"{rule} [{cue.pattern}]")


def _sentence_evidence(ctx: DocumentContext, index: int, rule: str) -> Evidence:
    s = ctx.sentences[index]
    return Evidence(start=s.start_char, end=s.end_char, text=s.text, rule=rule)


def _mention_evidence(mention: ActorMention | PlaceMention, rule: str) -> Evidence:
    return Evidence(start=mention.start, end=mention.end, text=mention.text, rule=rule)


def _default(
    registry: ActorRegistry, noun: str | None, country: str | None, ctx: DocumentContext
) -> ActorMention | None:
    """The codebook's default actor for a role, composed by the registry from a plain noun."""
    if noun is None:
        return None
    found = registry.find(noun, country=country, event_date=ctx.published)
    return found[0] if found else None


def _is_default(mention: ActorMention, ctx: DocumentContext) -> bool:
    return (
        not (0 <= mention.start < mention.end <= len(ctx.article.text))
        or ctx.article.text[mention.start : mention.end] != mention.text
    )


def _actor_record(mention: ActorMention, ctx: DocumentContext, rule: str) -> Actor:
    actor = mention.to_actor()
    if _is_default(mention, ctx):
        return actor.model_copy(update={"evidence": []})
    return actor


def _set_actors(
    event: Event,
    evidence: dict[str, list[Evidence]],
    actor1: ActorMention | None,
    actor2: ActorMention | None,
    draft: EventDraft,
    ctx: DocumentContext,
) -> None:
    sides = draft.sides
    for slot, mention, rule, assoc in (
        ("1", actor1, sides.rule1 or "default:codebook actor for the sub-event type", sides.assoc1),
        ("2", actor2, sides.rule2 or "default:codebook actor for the sub-event type", sides.assoc2),
    ):
        if mention is None:
            continue
        field = f"actor{slot}"
        setattr(event, field, mention.name)
        setattr(event, f"inter{slot}", mention.inter)
        span_evidence = _actor_evidence(mention, ctx, rule, draft)
        evidence[field] = span_evidence
        evidence[f"inter{slot}"] = [e.model_copy(update={"rule": f"inter:{mention.rule}"}) for e in span_evidence]
        event.actors.append(_actor_record(mention, ctx, rule))
        names = [m.name for m in assoc if m.name != mention.name]
        if names:
            setattr(event, f"assoc_actor_{slot}", "; ".join(dict.fromkeys(names)))
            evidence[f"assoc_actor_{slot}"] = [_mention_evidence(m, f"role:associate; {m.rule}") for m in assoc]
            event.actors.extend(m.to_actor() for m in assoc)
    event.interaction = interaction_code(event.inter1, event.inter2)
    if event.interaction is not None:
        evidence["interaction"] = evidence.get("inter1", []) + evidence.get("inter2", [])


def _actor_evidence(mention: ActorMention, ctx: DocumentContext, rule: str, draft: EventDraft) -> list[Evidence]:
    if not _is_default(mention, ctx):
        return [_mention_evidence(mention, f"{rule}; {mention.rule}")]
    # A default actor rests on the words that decided the event type (e.g. 'protesters' unnamed).
    if not rule.startswith("front:"):
        rule = f"default:codebook actor for {draft.sub_event_type}"
    rule = f"{rule}; {mention.rule}"
    cues = [c for d in draft.decisions for c in d.cues]
    if not cues:
        return [_sentence_evidence(ctx, ctx.sentence_index(draft.primary.sentence.start_char), rule)]
    return [_cue_evidence(ctx, cues[0], rule)]


#: Dependencies by which a date modifies a noun ("the August 8 polls", "their June salaries").
_NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss", "nummod"})
#: Nouns a day name modifies to tell the time of that day.
_TIME_NOUNS = frozenset(
    {"morning", "afternoon", "evening", "night", "dawn", "dusk", "midnight", "noon", "hours", "day", "overnight"}
)


def _background_date(ctx: DocumentContext, mention: DateMention, cue_tokens: set[int], own_tokens: set[int]) -> bool:
    """True when the date tells when something else was: it modifies a noun that is not the event's
    own trigger ("to uphold his October 26 election victory", "their delayed June salaries"), or
    starts a state that goes on ("since May")."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    root = span.root
    head = root.head
    if head.i in range(span.start, span.end) or head.i in cue_tokens or span.start == span.sent.start:
        return False  # the event's own noun ("Wednesday's clashes"), or a dateline ("09 Sep. Students...")
    if head.ent_type_ in ("DATE", "TIME") or head.lower_ in _TIME_NOUNS:
        return False  # "Wednesday morning", told as two spans
    if root.dep_ in _NOUN_MODIFIER_DEPS and head.pos_ in ("NOUN", "PROPN"):
        return True
    if root.dep_ == "pobj" and head.lower_ == "since":
        return True
    return _in_other_clause(root, own_tokens)


#: Prepositions of a phrase that tells what came before or what a protest is about; a date deep in
#: it is that thing's ("following a ban on kilns last month"), not one it governs ("after midnight").
_CAUSE_PREPS = frozenset({"following", "after", "since", "despite", "over", "behind"})
#: Auxiliaries of a clause that has not happened: "the referendum is to be held in January".
_UNREALISED_AUX = frozenset({"to", "will", "would", "shall"})


def _in_other_clause(token: Token, cue_tokens: set[int]) -> bool:
    """The date sits in a clause that describes someone or something and tells not the event ("Onduto,
    who vied for the nomination the previous month, was killed"), or in one that has not happened
    ("push for the referendum to be held in January")."""
    below = token
    for t in token.ancestors:
        if t.dep_ == "prep" and t.lower_ in _CAUSE_PREPS and below is not token:
            return True  # "decrying harassment following a ban last month": the ban's date
        below = t
    for t in [token, *token.ancestors]:
        if t.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("aux", "auxpass") and c.lower_ in _UNREALISED_AUX for c in t.children
        ):
            return True
        if t.dep_ in ("relcl", "acl") and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            return not any(s.i in cue_tokens for s in t.subtree)
    return False


def _set_date(
    event: Event, evidence: dict[str, list[Evidence]], ctx: DocumentContext, sentences: list[int], draft: EventDraft
) -> None:
    """The date said in the event's sentences, else the document's first date, else publication.
    Dates that tell when something else was (see ``_background_date``) are passed over."""
    usable = [d for d in ctx.dates if d.date is not None and (ctx.published is None or d.date <= ctx.published)]
    if usable:  # which cues are live and which are the event's own is asked only when a date is said
        cue_tokens = {i for c in ctx.cues if not is_background(ctx.doc, c) for i in range(c.start, c.end)}
        own_tokens = {i for d in draft.decisions for c in d.cues for i in range(c.start, c.end)}
        usable = [d for d in usable if not _background_date(ctx, d, cue_tokens, own_tokens)]
    local = [d for d in usable if ctx.sentence_index(d.start) in sentences]
    chosen = local[0] if local else (usable[0] if usable else None)
    if chosen is not None:
        event.event_date, event.time_precision = chosen.date, chosen.precision
        rule = chosen.rule if local else f"{chosen.rule}; document's date for an event with no date of its own"
        ev = Evidence(start=chosen.start, end=chosen.end, text=chosen.text, rule=rule)
        evidence["event_date"] = evidence["time_precision"] = [ev]
    elif ctx.published is not None:
        event.event_date, event.time_precision = ctx.published, 2
        ev = _sentence_evidence(ctx, sentences[0], "date:publication date, no date of the event in the text")
        evidence["event_date"] = evidence["time_precision"] = [ev]


FRONTS_FILE = "events/fronts.tsv"


@dataclass(frozen=True)
class Front:
    """A front line: where and when two known parties face each other, and the words that name it."""

    iso3: str
    start: date
    end: date
    side1: str
    side2: str
    cues: tuple[str, ...]
    regions: tuple[str, ...] = ()
    #: points the line runs past, (latitude, longitude), north to south
    line: tuple[tuple[float, float], ...] = ()


@cache
def fronts() -> tuple[Front, ...]:
    """The shipped front lines; a malformed row raises ``DataFileError`` naming file:line."""
    path = data_path(FRONTS_FILE)
    found = []
    for line, row in read_tsv(path, required=("iso3", "start", "end", "side1", "side2", "cues")):
        try:
            start, end = date.fromisoformat(row["start"]), date.fromisoformat(row["end"])
        except ValueError as exc:
            raise DataFileError(str(path), line, f"bad date: {exc}") from exc
        cues = tuple(c.strip() for c in row["cues"].split("|") if c.strip())
        if not cues or start > end:
            raise DataFileError(str(path), line, "needs at least one cue and start <= end")
        regions = tuple(r.strip() for r in (row.get("regions") or "").split("|") if r.strip())
        line_points = _line_points(row.get("line") or "", str(path), line)
        found.append(Front(row["iso3"], start, end, row["side1"], row["side2"], cues, regions, line_points))
    return tuple(found)


def _line_points(value: str, path: str, line: int) -> tuple[tuple[float, float], ...]:
    """ "Shchastia:48.738:39.23|...": the (latitude, longitude) of each town the line runs past."""
    points = []
    for item in (i.strip() for i in value.split("|") if i.strip()):
        try:
            _, lat, lon = item.rsplit(":", 2)
            point = (float(lat), float(lon))
        except ValueError as exc:
            raise DataFileError(path, line, f"bad line point {item!r}: want name:latitude:longitude") from exc
        if not (-90 <= point[0] <= 90 and -180 <= point[1] <= 180):
            raise DataFileError(path, line, f"line point {item!r} is off the globe")
        points.append(point)
    return tuple(points)


def _front_cue(front: Front, lowered: str, iso3: str, when: date | None) -> str | None:
    """The cue by which a lower-cased text of country ``iso3`` at date ``when`` speaks of the front."""
    if front.iso3 != iso3 or when is None or not front.start <= when <= front.end:
        return None
    return next((c for c in front.cues if re.search(rf"\b{re.escape(c)}\b", lowered)), None)


def front_regions(text: str, country: str | None, published: date | None) -> tuple[str, ...]:
    """The regions of the front lines a text speaks of (its country, its date, one of the cues)."""
    return tuple(r for front in fronts_spoken_of(text, country, published) for r in front.regions)


def fronts_spoken_of(text: str, country: str | None, published: date | None) -> list[Front]:
    """The front lines a text speaks of: its country, its date and one of the line's cues."""
    found = resolve_country(country) if country else None
    if found is None:
        return []
    lowered = text.lower()
    return [front for front in fronts() if _front_cue(front, lowered, found.iso3, published)]


#: Event types of fire between armed parties, which a front line may assign to its two sides.
FRONT_TYPES = frozenset({"Battles", "Explosions/Remote violence"})


def _unnamed_side(mention: ActorMention | None) -> bool:
    return mention is None or (mention.inter in (None, 3) and "Unidentified" in mention.name)


def _front(
    draft: EventDraft, ctx: DocumentContext, iso3: str | None, sentences: list[int]
) -> tuple[str, str, str] | None:
    """The two parties of a front line the event's sentences speak of, or None (see fronts.tsv)."""
    if iso3 is None or event_type_of().get(draft.sub_event_type) not in FRONT_TYPES:
        return None
    text = " ".join(ctx.sentences[i].text.lower() for i in sentences)
    for front in fronts():
        cue = _front_cue(front, text, iso3, ctx.published)
        if cue is not None:
            return front.side1, front.side2, cue
    return None


def _event_place(ctx: DocumentContext, sentences: list[int]) -> tuple[PlaceMention, Place] | None:
    """A place named in the event's sentences, else the document's most-named place."""
    places = [(m, m.place) for m in ctx.places if m.place is not None and not m.is_dateline]
    places = [(m, p) for m, p in places if p.latitude is not None and not _names_a_community(m, ctx)]
    hinted = _hint_iso3(ctx)
    if hinted is not None:
        # The input's country hint is a strong prior: a place elsewhere is where someone was
        # detained, came from or was sent to, not where this event happened.
        places = [(m, p) for m, p in places if p.iso3 == hinted]
    local = [(m, p) for m, p in places if ctx.sentence_index(m.start) in sentences]
    if local:
        return min(
            local,
            key=lambda mp: (
                _is_aside(mp[0]),
                mp[1].geo_precision or 3,
                mp[1].is_country,  # "Pakistan ... in Idak area (NW, KPK)": the province, not the country
                _is_admin_seat(mp[1]),
                mp[0].start,
            ),
        )
    if not places:
        return None
    counts: Counter[object] = Counter(p.geonameid or p.location for _, p in places)
    return min(
        places,
        key=lambda mp: (
            _is_aside(mp[0]),
            mp[1].geo_precision or 3,
            -counts[mp[1].geonameid or mp[1].location],
            mp[0].start,
        ),
    )


def _is_aside(mention: PlaceMention) -> bool:
    """A name that places the event less closely than the others: the container of a place named
    just before it ("Razih district (Sadah)", "Qarabagh district, Ghazni"), a road's name ("on
    Murree road", "the Kisumu-Kakamega highway"), where people come from ("migrants from UP and
    Bihar") or a bare name that no preposition or NER label makes a place ("Mandera teachers
    protest in Nairobi": where they come from)."""
    return any(role in mention.roles for role in ("container", "route", "origin", "bare name"))


def _names_a_community(mention: PlaceMention, ctx: DocumentContext) -> bool:
    """The name is the group of an identity militia ("Turkana raiders", "Nandi militia"), not a place."""
    return any(
        a.inter == 4
        and a.start <= mention.start
        and mention.end <= a.end
        and (a.start, a.end) != (mention.start, mention.end)
        for a in ctx.actors
    )


def _is_admin_seat(place: Place) -> bool:
    """A place named like its province ("Luhansk, Luhansk"): less specific than a village in it."""
    name = (place.location or "").lower()
    return bool(name) and any(name and name in (a or "").lower() for a in (place.admin1, place.country))


def _hint_country(ctx: DocumentContext) -> str | None:
    """The hint in ACLED's spelling ("DRC" -> "Democratic Republic of Congo"), or as given."""
    found = _hint(ctx)
    return found.name if found is not None else ctx.country


def _hint_iso3(ctx: DocumentContext) -> str | None:
    found = _hint(ctx)
    return found.iso3 if found is not None else None


def _hint(ctx: DocumentContext) -> Country | None:
    return resolve_country(ctx.country) if ctx.country else None


def _set_place(
    event: Event, evidence: dict[str, list[Evidence]], located: tuple[PlaceMention, Place] | None, ctx: DocumentContext
) -> None:
    if located is None:
        event.country = _hint_country(ctx)
        return
    mention, place = located
    for name in PLACE_FIELDS:
        value = getattr(place, name)
        setattr(event, name, value)
        if value is not None:
            evidence[name] = place.evidence or [_mention_evidence(mention, "place:gazetteer")]
    event.place = place


def _counts_of(ctx: DocumentContext, sentences: list[int], kind: str) -> list[Count]:
    return [
        c
        for c in ctx.counts
        if c.kind == kind and ctx.sentence_index(c.start) in sentences and not _is_cumulative(c, ctx)
    ]


def _is_cumulative(count: Count, ctx: DocumentContext) -> bool:
    """A running toll ("more than 300,000 killed since 2011", "the war has killed thousands") is
    background, not the event's figure."""
    sentence = ctx.sentences[ctx.sentence_index(count.start)]
    if in_history(ctx, count.start):
        return True
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in ("war", "conflict", "insurgency", "crisis")
        for t in sentence
    )


def _singular_victim(ctx: DocumentContext, sentences: list[int], described: bool = True) -> Evidence | None:
    """One person killed, said without a number: "The guard died", "the death of a bystander";
    without ``described``, not in a clause that describes someone ("a man who died")."""
    for cue in ctx.cues:
        if cue.cue != "KILL" or ctx.sentence_index(ctx.doc[cue.start].idx) not in sentences:
            continue
        head = cue.head(ctx.doc)
        if not described and (in_description(head) or head.pos_ == "NOUN"):
            continue  # "protested the killing of a student": the death is told by its noun, the cause
        agents, patients = arguments(head)
        victims = agents if head.lemma_.lower() in ("die", "dead") else patients
        if head.lemma_.lower() == "death":
            victims = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        for noun in victims:
            if noun.tag_ in ("NN", "NNP") and not any(c.dep_ == "nummod" for c in noun.children):
                if ctx.doc[cue.start].idx < noun.idx:
                    span = ctx.doc[cue.start : noun.i + 1]
                else:
                    span = ctx.doc[noun.left_edge.i : cue.end]
                return Evidence(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    rule="numbers:one person killed, no number said",
                )
    return None


#: Rules of a number that gives the whole toll rather than one group's ("12 fatalities", "the death
#: toll rose to 12", "36 dead"): it restates the groups' figures, so it is not added to them.
TOLL_RULES = ("toll", "noun:fatality", "noun:toll", "noun:death", "noun:dead", "noun:life")
#: Counts that stand in only when nothing else counts the dead: a pronoun or bare remains ("killing
#: him", "his body was found"), which may point back to someone counted; deaths with no number.
STAND_IN_RULES = ("anaphor+", "unknown+")


#: Longest sentence read as a closing summary of the toll ("2 killed.", "1 killed, 3 injured.").
SUMMARY_CHARS = 30


def _summary(count: Count) -> bool:
    """A bare figure that is its own short sentence sums the event up; it is not one more group."""
    start, end = count.sentence
    return count.rule.startswith("adjacent:") and end - start <= SUMMARY_CHARS


def _total(counts: list[Count]) -> tuple[int | None, int | None, int | None]:
    """Value, low and high: distinct counted groups add up, repeated figures for one group do not; a
    whole toll is not added to the groups it sums up; a pronoun, bare remains or deaths with no
    number count only when nothing else does."""
    known = [c for c in counts if not c.rule.startswith(STAND_IN_RULES)]
    if not known:
        known = sorted(counts, key=lambda c: c.rule.startswith("unknown+"))[:1]
    tolls = [c for c in known if c.subject is None and (c.rule.startswith(TOLL_RULES) or _summary(c))]
    by_subject: dict[str, Count] = {}
    for count in known:
        if count in tolls:
            continue
        key = count.subject.text.lower() if count.subject else ""
        held = by_subject.get(key)
        if held is None or (count.quantity.value or 0) > (held.quantity.value or 0):
            by_subject[key] = count
    toll = max(tolls, key=lambda c: c.quantity.value or 0, default=None)
    if not by_subject and toll is None:
        return None, None, None
    value = sum(c.quantity.value or 0 for c in by_subject.values())
    if toll is not None and (toll.quantity.value or 0) >= value:
        return toll.quantity.value, toll.quantity.low, toll.quantity.high
    lows = [c.quantity.low for c in by_subject.values()]
    highs = [c.quantity.high for c in by_subject.values()]
    low = sum(x for x in lows if x is not None) if any(x is not None for x in lows) else None
    high = sum(x for x in highs if x is not None) if all(x is not None for x in highs) else None
    return value, low, high


#: Event types for which a death told only by its noun ("protesting the death of a student", "after
#: the body of a girl was found") is what the event is about, not a death in it.
NOT_VIOLENT_TYPES = frozenset({"Protests", "Riots", "Strategic developments"})
#: Rules of one death told by its noun: "the death of a bystander", "the body of a woman", "his body".
DEATH_NOUN_RULES = ("noun:death", "noun:killing", "noun:murder", "noun:body", "noun:corpse", "noun:remains")


#: Verbs that make a death the cause of a riot rather than its toll: "rioted to protest the death of"
#: (with the background prepositions of counts: "rioted over the death of").
CAUSE_VERBS = frozenset({"protest", "demand", "condemn", "denounce", "commemorate", "mourn", "demonstrate"})


def _cue_token(ctx: DocumentContext, count: Count) -> Token | None:
    """The token of the word that decided a count's kind."""
    if count.cue is None:
        return None
    span = ctx.doc.char_span(count.cue.start, count.cue.end, alignment_mode="expand")
    return span.root if span is not None else None


def _death_as_cause(ctx: DocumentContext, count: Count) -> bool:
    """A riot's death told by its noun is the riot's cause ("rioted over the death of a boy"), not
    its toll ("clashes erupted, leading to the death of a bystander")."""
    cue = _cue_token(ctx, count)
    if cue is None:
        return True
    for token in cue.ancestors:
        if token.dep_ == "prep" and token.lower_ in BACKGROUND_PREPOSITIONS:
            return True
        if token.lemma_.lower() in CAUSE_VERBS:
            return True
        if token.pos_ == "VERB":
            return False
    return False


def _claimed(ctx: DocumentContext, count: Count) -> bool:
    """The count is what a party claims: its cue sits under "claim" ("claims eight dead", "also
    claimed 15 soldiers died"), not the "claimed the lives of" that is its cue."""
    cue = _cue_token(ctx, count)
    return cue is not None and any(t.lemma_.lower() == "claim" and t.pos_ == "VERB" for t in cue.ancestors)


def _describes_someone(ctx: DocumentContext, count: Count) -> bool:
    """The count's cue sits in a clause that describes a person: "for a youth who was killed by
    influential men", "to honour a man who died of his wounds"."""
    cue = _cue_token(ctx, count)
    return cue is not None and in_description(cue)


def _set_counts(event: Event, evidence: dict[str, list[Evidence]], ctx: DocumentContext, sentences: list[int]) -> None:
    killed = _counts_of(ctx, sentences, "killed")
    if event.event_type in NOT_VIOLENT_TYPES:
        # a protest over a death is about it; the dead person is no fatality of the protest
        killed = [
            c
            for c in killed
            if (
                c.subject is None
                or not c.rule.split("+", 1)[-1].startswith(DEATH_NOUN_RULES)
                or (event.event_type == "Riots" and not _death_as_cause(ctx, c))
            )
            and not _describes_someone(ctx, c)
        ]
    # "Al Shabaab, in taking credit, claims eight dead": a party's claim does not raise a toll the
    # report gives itself (the codebook keeps the most conservative figure)
    if any(not _claimed(ctx, c) for c in killed):
        killed = [c for c in killed if not _claimed(ctx, c)]
    value, low, high = _total(killed)
    if value is None:
        victim = _singular_victim(ctx, sentences, described=event.event_type not in NOT_VIOLENT_TYPES)
        if victim is not None:
            event.fatalities, event.fatalities_low, event.fatalities_high = 1, 1, 1
            evidence["fatalities"] = evidence["fatalities_low"] = evidence["fatalities_high"] = [victim]
            return
    if value is not None:
        event.fatalities, event.fatalities_low, event.fatalities_high = value, low, high
        ev = [Evidence(start=c.start, end=c.end, text=c.text, rule=c.rule) for c in killed]
        evidence["fatalities"] = ev
        if low is not None:
            evidence["fatalities_low"] = ev
        if high is not None:
            evidence["fatalities_high"] = ev
    injured = _counts_of(ctx, sentences, "injured")
    value, _, _ = _total(injured)
    if value is not None:
        event.injuries = value
        evidence["injuries"] = [Evidence(start=c.start, end=c.end, text=c.text, rule=c.rule) for c in injured]
    for count in killed + injured:
        event.claims.append(_count_claim(count, ctx))


def add_people_at_risk(events: list[Event], ctx: DocumentContext) -> None:
    """Counts of people at risk, displaced or trapped are claims about the article's primary event."""
    if events:
        events[0].claims.extend(_count_claim(c, ctx) for c in ctx.counts if c.kind in ("at_risk", "displaced"))


def _count_claim(count: Count, ctx: DocumentContext) -> Claim:
    q = count.quantity
    kind = {"killed": "fatalities", "injured": "injuries", "at_risk": "at_risk", "displaced": "at_risk"}.get(
        count.kind, "other"
    )
    sentence = ctx.sentences[ctx.sentence_index(count.start)]
    return Claim(
        kind=kind,
        text=sentence.text,
        value=q.value,
        low=q.low,
        high=q.high,
        qualifier=q.qualifier,
        sources=_sources_for(ctx, count.start, count.end),
        evidence=[Evidence(start=count.start, end=count.end, text=count.text, rule=count.rule)],
    )


def _sources_for(ctx: DocumentContext, start: int, end: int) -> list[str]:
    from frontlines.attribution import sources_for

    return [s.text for s in sources_for(ctx.attributions, start, end)]


def _set_source(event: Event, evidence: dict[str, list[Evidence]], ctx: DocumentContext, sentences: list[int]) -> None:
    """ACLED's source: who reports the event, innermost source first, then the outlet."""
    spans = [ctx.sentences[i] for i in sentences]
    chains = [
        a for a in ctx.attributions if any(a.sentence[0] < s.end_char and s.start_char < a.sentence[1] for s in spans)
    ]
    if not chains:
        chains = ctx.attributions[:1]
    names: list[str] = []
    ev: list[Evidence] = []
    for attribution in chains:
        for source in attribution.sources:
            if source.text.lower() in PRONOUNS:
                continue
            name = _source_name(source, ctx)
            if name not in names:
                names.append(name)
            ev.append(Evidence(start=source.start, end=source.end, text=source.text, rule="source:attribution"))
    if ctx.article.source and ctx.article.source not in names:
        names.append(ctx.article.source)
    if names:
        event.source = "; ".join(names)
        if ev:
            evidence["source"] = ev


def _source_name(source, ctx: DocumentContext) -> str:
    """A source's canonical name where the registry knows it (SOHR for 'the Observatory'), else its words."""
    covered: dict[str, int] = {}
    for m in ctx.actors:
        size = min(m.end, source.end) - max(m.start, source.start)
        if size > 0:
            covered[m.name] = covered.get(m.name, 0) + size
    span = max(len(source.text.strip()), 1)
    best = max(covered.items(), key=lambda item: item[1], default=None)
    return best[0] if best is not None and best[1] >= SOURCE_COVER * span else source.text


def _territory_claims(draft: EventDraft, ctx: DocumentContext) -> list[Claim]:
    """Each sentence that reports the territory change is a claim by whoever reports it."""
    claims = []
    for decision in draft.decisions:
        sentence = decision.sentence
        claims.append(
            Claim(
                kind="territory",
                text=sentence.text,
                sources=_sources_for(ctx, sentence.start_char, sentence.end_char),
                evidence=[
                    Evidence(start=sentence.start_char, end=sentence.end_char, text=sentence.text, rule=decision.rule)
                ],
            )
        )
    return claims


def add_territory_disputes(events: list[Event], ctx: DocumentContext) -> None:
    """'X still holds some areas' against a report that X was driven out: a dispute, both sides kept."""
    for cue in ctx.cues:
        if cue.cue != "HOLD" or not any(c.lower_ == "still" for c in cue.head(ctx.doc).children):
            continue
        index = ctx.sentence_index(ctx.doc[cue.start].idx)
        sentence = ctx.sentences[index]
        holders = {m.name for m in ctx.actors_in(sentence.start_char, sentence.end_char) if m.kind != "source"}
        for event in events:
            if "territory" not in event.sub_event_type or event.actor1 in holders:
                continue
            losers = {event.actor2} | {
                m.name for c in event.claims for e in c.evidence for m in ctx.actors_in(e.start, e.end)
            }
            if not holders & losers:
                continue
            disputed = [i for i, c in enumerate(event.claims) if c.kind == "territory"]
            claim = Claim(
                kind="territory",
                text=sentence.text,
                sources=_sources_for(ctx, sentence.start_char, sentence.end_char),
                disputes=disputed,
                evidence=[
                    Evidence(
                        start=sentence.start_char,
                        end=sentence.end_char,
                        text=sentence.text,
                        rule="claim:territory still held",
                    )
                ],
            )
            event.claims.append(claim)
            for i in disputed:
                event.claims[i].disputes.append(len(event.claims) - 1)
