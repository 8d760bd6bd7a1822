"""Event drafts: the decisions merged into one event, with its sides; another mention of an event
merges into its draft, and sentences with no event of their own join the one told before them."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from frontlines.actors import ActorMention
from frontlines.dates import DateMention, times_apart
from frontlines.events.context import DocumentContext
from frontlines.events.roles import RoleFinder, Sides
from frontlines.events.typing import Decision
from frontlines.places import PlaceMention
from frontlines.places.geometry import haversine_km
from frontlines.records import Place


@dataclass
class EventDraft:
    """The decisions merged into one event, and its sides."""

    decisions: list[Decision]
    sides: Sides
    extra_sentences: set[int] = field(default_factory=set)

    @property
    def primary(self) -> Decision:
        return self.decisions[0]

    @property
    def sub_event_type(self) -> str:
        return self.primary.sub_event_type


def _sentences_of(draft: EventDraft, ctx: DocumentContext) -> list[int]:
    """The indices of the sentences an event was read from."""
    return sorted({ctx.sentence_index(d.sentence.start_char) for d in draft.decisions} | draft.extra_sentences)


def _attach_orphan_sentences(drafts: list[EventDraft], ctx: DocumentContext, decided: set[int]) -> None:
    """Sentences with no event of their own ("The guard died.") belong to the event told before them;
    a toll told before the first event is that event's ("Four bodies were pulled from the lake. The
    victims were killed by gunmen")."""
    starts = sorted(
        (min(ctx.sentence_index(d.sentence.start_char) for d in draft.decisions), n) for n, draft in enumerate(drafts)
    )
    if starts:
        first, n = starts[0]
        tolls = {ctx.sentence_index(c.start) for c in ctx.counts if c.kind in ("killed", "injured")}
        drafts[n].extra_sentences.update(i for i in range(first) if i not in decided and i in tolls)
    for position, (first, n) in enumerate(starts):
        end = starts[position + 1][0] if position + 1 < len(starts) else len(ctx.sentences)
        for index in range(first + 1, end):
            if index not in decided and not _another_time(drafts[n], index, ctx):
                drafts[n].extra_sentences.add(index)


def _position(draft: EventDraft, ctx: DocumentContext) -> int:
    return ctx.sentence_index(draft.primary.sentence.start_char)


def _mergeable(drafts: list[EventDraft], decision: Decision, sides: Sides, roles: RoleFinder) -> EventDraft | None:
    """The draft this decision is another mention of: same sub-event type, compatible actors; or the
    draft of a sentence it repeats (a page that prints a passage twice)."""
    for draft in drafts:
        if draft.sub_event_type == decision.sub_event_type and _repeats(draft, decision):
            return draft
    for draft in drafts:
        if (
            draft.sub_event_type == decision.sub_event_type
            and _compatible(draft.sides, sides, decision, roles)
            and not _told_of_another_day(draft, decision, roles.ctx)
            and not _told_of_another_place(draft, decision, roles.ctx)
        ):
            return draft
    return None


#: Fewest days between publication and a day of another year for a mention of it to be another event
#: (not "December 30" in a report of 2 January).
OTHER_YEAR_DAYS = 60
#: Fewest characters of a sentence that, found again inside another, is the same passage printed twice.
REPEAT_LEAST = 60


def _repeats(draft: EventDraft, decision: Decision) -> bool:
    """The decision's sentence is printed again inside one of the draft's, as pages copied whole
    repeat a passage ("Washington accuses the regime of killing 1400 people with chemical weapons",
    once after its date, "August 21 2013", once without): it tells what the first copy told."""
    text = decision.sentence.text.strip()
    if len(text) < REPEAT_LEAST:
        return False
    start = decision.sentence.start_char
    return any(d.sentence.start_char != start and text in d.sentence.text for d in draft.decisions)


def _told_of_another_day(draft: EventDraft, decision: Decision, ctx: DocumentContext) -> bool:
    """Both the draft's sentences and the decision's write out a day, and no two of those days are
    close: "Washington accuses the regime of killing 1,400 people with chemical weapons" in a
    timeline entry of 21 August 2013 is no mention of a gas attack of 4 April 2017. (A weekday is
    read against the publication date, which a feed may give wrong: it splits nothing.)"""
    index = ctx.sentence_index(decision.sentence.start_char)
    mine = _written_days(ctx, _decided_sentences(draft, ctx))
    if not mine and ctx.published is not None:
        # an undated event is the news of its day: a mention told only of another month ("In March,
        # shelling near the cemetery killed 40"), or of a day of another year ("August 21 2013 ..."
        # in a report of 2017), is another event
        own = ctx.in_sentence(ctx.dates, index)
        days = _written_days(ctx, {index})
        published = ctx.published
        other_year = bool(days) and all(
            d.date.year != published.year and abs((d.date - published).days) > OTHER_YEAR_DAYS for d in days
        )
        return other_year or (bool(own) and all(d.precision == 3 and times_apart(d, published) for d in own))
    theirs = _written_days(ctx, {index})
    return bool(mine and theirs) and all(times_apart(b, a.date) for a in mine for b in theirs)


#: Fewest kilometres between the towns two mentions of an event name for them to be two events.
OTHER_PLACE_KM = 50.0
#: Roles of a place that does not say where an event happened: where people come from or go, a road.
NOT_WHERE = frozenset({"origin", "destination", "route", "bare name"})
#: Words that open a sentence on where it happened: "In Daraa, ...".
OPENING_LOCATIVES = frozenset({"in", "at", "near", "outside"})


def _told_of_another_place(draft: EventDraft, decision: Decision, ctx: DocumentContext) -> bool:
    """The decision's sentence opens on a town ("In Daraa, ..."), the way a round-up moves on to its
    next place, and every town the draft's sentences name lies far from it: "An army unit clashed
    with al-Nusra in al-Tamanaa, north of Hama ... In Daraa army units clashed with terrorist groups"
    are two clashes (the codebook: one event per location). Not a sentence that only tells more of
    the same event ("The gang attacked at the Fino police station" after an attack in Mandera)."""
    opening = decision.sentence[0]
    if opening.lower_ not in OPENING_LOCATIVES:
        return False
    # the town right after the opening word ("In Daraa al-Balad army units ...", a determiner or a
    # direction between at most), however the parser hangs it
    near_start = decision.sentence[min(3, len(decision.sentence) - 1)].idx
    index = ctx.sentence_index(decision.sentence.start_char)
    theirs = [p for m, p in _towns(ctx, {index}) if m.start <= near_start]
    mine = [p for _, p in _towns(ctx, _decided_sentences(draft, ctx))]
    return bool(mine and theirs) and all(
        a.location != b.location and haversine_km(a.latitude, a.longitude, b.latitude, b.longitude) > OTHER_PLACE_KM  # type: ignore[arg-type]
        for a in mine
        for b in theirs
    )


def _towns(ctx: DocumentContext, sentences: set[int]) -> list[tuple[PlaceMention, Place]]:
    """The towns and sites (not a province or a country) that the sentences name as where something is."""
    return [
        (m, m.place)
        for m in ctx.places
        if m.place is not None
        and not m.is_dateline
        and not m.place.is_country
        and m.place.geo_precision != 3  # (a province's point is its seat, no town the event is at)
        and m.place.latitude is not None
        and not NOT_WHERE & set(m.roles)
        and ctx.sentence_index(m.start) in sentences
    ]


def _decided_sentences(draft: EventDraft, ctx: DocumentContext) -> set[int]:
    return {ctx.sentence_index(d.sentence.start_char) for d in draft.decisions}


def _in_figures(mention: DateMention) -> bool:
    """A date written with figures ("4 April 2017", "July 25"), not a weekday read against publication."""
    return any(ch.isdigit() for ch in mention.text)


def _written_days(ctx: DocumentContext, sentences: set[int]) -> list[DateMention]:
    """The days written out in figures in the given sentences."""
    return [d for i in sorted(sentences) for d in ctx.in_sentence(ctx.dates, i) if d.precision == 1 and _in_figures(d)]


def _another_time(draft: EventDraft, index: int, ctx: DocumentContext) -> bool:
    """A sentence with no event of its own that names only times apart from the event's ("In March
    the toll in the district stood at 40" after a shelling told of 16 April): it tells of something
    else. (Only months and days in figures: a weekday, read against publication, may be days off.)"""
    own = [d for d in ctx.in_sentence(ctx.dates, index) if d.precision == 3 or _in_figures(d)]
    days = [d.date for d in _written_days(ctx, _decided_sentences(draft, ctx))]
    reference = days or ([ctx.published] if ctx.published else [])
    return bool(own and reference) and all(times_apart(d, day) for d in own for day in reference)


def _compatible(a: Sides, b: Sides, decision: Decision, roles: RoleFinder) -> bool:
    """Territory changes are one event per taker (allies taking together count as one);
    other events merge unless their named actors are disjoint."""
    if decision.territory_agent is not None and a.actor1 is not None and b.actor1 is not None:
        return a.actor1.name == b.actor1.name or roles.are_allies(a.actor1, b.actor1)
    doc = decision.sentence.doc
    names_a = {_identity(m) for m in (a.actor1, a.actor2) if m is not None}
    names_b = {_identity(m) for m in (b.actor1, b.actor2) if m is not None and not _told_before(m, doc)}
    return not names_a or not names_b or bool(names_a & names_b)


#: Determiners by which a noun points back to people told before: "the assailants", "these gunmen".
POINTING_BACK = frozenset({"the", "these", "those"})


def _told_before(mention: ActorMention, doc: Doc) -> bool:
    """Nameless armed men named by a definite noun, "the assailants", "the attackers": the ones the
    event told before had, whoever they were, so they stand in for no new group."""
    if mention.kind != "agent" or not mention.name.startswith("Unidentified Armed Group"):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span is not None and any(t.dep_ == "det" and t.lower_ in POINTING_BACK for t in span.root.children)


#: inter codes of crowds: rioters and protesters.
CROWD_INTER = frozenset({5, 6})


#: Names of a state's government and of its military, one side for merging.
STATE_SIDE_PREFIXES = ("Government of ", "Military Forces of ")


def _identity(mention: ActorMention) -> str:
    """Who an actor is for merging: a country's unnamed crowd is one crowd, whether a sentence calls
    it protesters or rioters ("Traders protest ... Demonstrations became violent"); a state's
    government and its military are one side ("the United States launched 59 cruise missiles ...
    The US missile strike on the airbase": the government in arms is its military)."""
    if mention.inter in CROWD_INTER and mention.kind in ("agent", "composed"):
        return f"crowd:{mention.country}"
    if mention.inter in (1, 8) and mention.country and mention.name.startswith(STATE_SIDE_PREFIXES):
        return f"state:{mention.country}"
    return mention.name


def _complete_sides(target: Sides, other: Sides, doc: Doc) -> None:
    """Fill a merged event's missing sides from another mention of it, keeping each side's own; "the
    attackers" stand for the attacker the event has already, not for its other side."""
    if target.actor1 is not None and other.actor1 is not None and _told_before(other.actor1, doc):
        other = Sides(None, other.actor2, other.assoc1, other.assoc2, "", other.rule2)
    swapped = _name(other.actor1) in (_name(target.actor2), None) and _name(other.actor2) == _name(target.actor1)
    if swapped:
        other = Sides(other.actor2, other.actor1, other.assoc2, other.assoc1, other.rule2, other.rule1)
    if target.actor1 is None and other.actor1 is not None:
        target.actor1, target.rule1 = other.actor1, other.rule1
    if target.actor2 is None and other.actor2 is not None and _name(other.actor2) != _name(target.actor1):
        target.actor2, target.rule2 = other.actor2, other.rule2
    elif target.actor2 is None and other.actor1 is not None and _name(other.actor1) != _name(target.actor1):
        target.actor2, target.rule2 = other.actor1, other.rule1
        other = Sides(other.actor2, other.actor1, other.assoc2, other.assoc1, other.rule2, other.rule1)
    taken = {_name(m) for m in (target.actor1, target.actor2, *target.assoc1, *target.assoc2)}
    for mine, theirs in ((target.assoc1, other.assoc1), (target.assoc2, other.assoc2)):
        for mention in theirs:
            if _name(mention) not in taken:
                mine.append(mention)
                taken.add(_name(mention))


def _name(mention: ActorMention | None) -> str | None:
    return _identity(mention) if mention is not None else None
