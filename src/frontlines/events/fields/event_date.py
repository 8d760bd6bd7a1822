"""The event's date: the date said in its sentences, else the document's first, else publication;
passing over dates that tell when something else was."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from spacy.tokens import Token

from frontlines.dates import times_apart
from frontlines.dates.find import OTHER_WEEK_DAYS
from frontlines.events.context import DocumentContext
from frontlines.events.fields.evidence import _sentence_evidence
from frontlines.events.fields.history import history_clauses_at
from frontlines.events.typing import is_background
from frontlines.records import Event, Evidence

if TYPE_CHECKING:
    from frontlines.dates import DateMention
    from frontlines.events.assemble import EventDraft

#: Dependencies by which a date modifies a noun ("the August 8 polls", "their June salaries").
_NOUN_MODIFIER_DEPS = frozenset({"compound", "nmod", "amod", "poss", "nummod"})
#: Nouns a day name modifies to tell the time of that day.
_TIME_NOUNS = frozenset(
    {"morning", "afternoon", "evening", "night", "dawn", "dusk", "midnight", "noon", "hours", "day", "overnight"}
)


def _background_date(ctx: DocumentContext, mention: DateMention, cue_tokens: set[int], own_tokens: set[int]) -> bool:
    """True when the date tells when something else was: it modifies a noun that is not the event's
    own trigger ("to uphold his October 26 election victory", "their delayed June salaries"), starts a
    state that goes on ("since May"), or sits in a clause that looks back at the conflict's history and
    holds none of the event's own words ("displaced since the conflict began in March 2011")."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    if _in_look_back(ctx, mention, own_tokens):
        return True
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


def _in_look_back(ctx: DocumentContext, mention: DateMention, own_tokens: set[int]) -> bool:
    """The date lies in a look-back or running-total clause of its sentence that holds none of the
    event's own cues: the clause's date is when the war began, not when this event was."""
    own_chars = {ctx.doc[i].idx for i in own_tokens}
    clauses = history_clauses_at(ctx, mention.start)
    return any(not any(start <= c < end for c in own_chars) for start, end in clauses)


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


def _near_publication(mention: DateMention, published: date | None) -> bool:
    if published is None:
        return True
    if mention.precision == 1:
        return abs((mention.date - published).days) <= OTHER_WEEK_DAYS
    return not times_apart(mention, published)


def _set_date(
    event: Event, evidence: dict[str, list[Evidence]], ctx: DocumentContext, sentences: list[int], draft: EventDraft
) -> None:
    """The date said in the event's sentences, else the document's first date near publication, else
    publication.
    Dates that tell when something else was (see ``_background_date``) are passed over."""
    usable = [d for d in ctx.dates if d.date is not None and (ctx.published is None or d.date <= ctx.published)]
    if usable:  # which cues are live and which are the event's own is asked only when a date is said
        cue_tokens = {i for c in ctx.cues if not is_background(ctx.doc, c) for i in range(c.start, c.end)}
        own_tokens = {i for d in draft.decisions for c in d.cues for i in range(c.start, c.end)}
        usable = [d for d in usable if not _background_date(ctx, d, cue_tokens, own_tokens)]
    local = [d for d in usable if ctx.sentence_index(d.start) in sentences]
    # an undated event takes the document's date only near publication: "... shelled the square. In
    # March two blasts killed 40" dates the blasts, not a shelling reported on 16 April
    near = [d for d in usable if _near_publication(d, ctx.published)]
    chosen = local[0] if local else (near[0] if near else None)
    if chosen is not None:
        event.event_date, event.time_precision = chosen.date, chosen.precision
        rule = chosen.rule if local else f"{chosen.rule}; document's date for an event with no date of its own"
        ev = Evidence(start=chosen.start, end=chosen.end, text=chosen.text, rule=rule)
        evidence["event_date"] = evidence["time_precision"] = [ev]
    elif ctx.published is not None:
        event.event_date, event.time_precision = ctx.published, 2
        ev = _sentence_evidence(ctx, sentences[0], "date:publication date, no date of the event in the text")
        evidence["event_date"] = evidence["time_precision"] = [ev]
