"""Who did what to whom: actor1, actor2 and their associated actors for one decided event.

The dependency parse gives the sides (subject or 'by' agent against object or 'on/against'
target; 'between A and B' for battles); the actor registry gives each side its canonical actor.
Where the text names no one, the codebook's defaults stand in: an unidentified armed group for
unclaimed violence, civilians for its victims, protesters and rioters of the country.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from frontlines.actors import ActorMention
from frontlines.events.context import DocumentContext
from frontlines.events.typing import Decision, arguments

#: Prepositions that attach an ally to a side: "with the help of", "backed by", "alongside".
ALLY_CUES = frozenset({"help", "support", "backing", "alongside", "backed", "supported", "aided", "assisted"})
#: Actor kinds that name a party to events (sources and metonyms of a government speak, not fight).
PARTY_KINDS = frozenset({"named", "composed", "agent", "coref", "metonym"})


@dataclass
class Sides:
    """The two sides of an event, each a main actor and its associates, with the rule that chose them."""

    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    assoc1: list[ActorMention] = field(default_factory=list)
    assoc2: list[ActorMention] = field(default_factory=list)
    rule1: str = ""
    rule2: str = ""


def assign_sides(decision: Decision, ctx: DocumentContext) -> Sides:
    """Find actor1 and actor2 of a decision from the parse of its sentence."""
    sides = Sides()
    heads = [c.head(ctx.doc) for c in decision.cues]
    if decision.territory_agent is not None:
        sides.actor1 = ctx.actor_at(decision.territory_agent)
        sides.rule1 = "role:subject of the territory verb"
    for head in heads:
        pair = _between(head, ctx)
        if pair and sides.actor1 is None:
            sides.actor1, sides.actor2 = pair
            sides.rule1 = sides.rule2 = "role:'between A and B'"
            break
    for head in heads:
        agents, patients = arguments(head)
        if sides.actor1 is None:
            sides.actor1, extra = _first_party(agents, ctx)
            sides.assoc1.extend(extra)
            sides.rule1 = "role:agent of the event verb"
        if sides.actor2 is None:
            sides.actor2, extra = _first_party(patients, ctx)
            sides.assoc2.extend(extra)
            sides.rule2 = "role:target of the event verb"
    _fill_from_sentence(decision, ctx, sides)
    _allies(decision, ctx, sides)
    if sides.actor1 is not None and sides.actor2 is not None and _same(sides.actor1, sides.actor2):
        sides.actor2 = None
    return sides


def _party(mention: ActorMention | None) -> bool:
    return mention is not None and mention.kind in PARTY_KINDS


def _same(a: ActorMention, b: ActorMention) -> bool:
    return a.name == b.name


def _first_party(tokens: list[Token], ctx: DocumentContext) -> tuple[ActorMention | None, list[ActorMention]]:
    found = [m for t in tokens if _party(m := ctx.actor_at(t))]
    if not found:
        return None, []
    main, rest = found[0], [m for m in found[1:] if not _same(m, found[0])]
    return main, rest


def _between(head: Token, ctx: DocumentContext) -> tuple[ActorMention, ActorMention] | None:
    """'clashes between A and B', 'fighting between A and B' (also on the verb the noun hangs from)."""
    for token in (head, head.head):
        for prep in token.children:
            if prep.dep_ == "prep" and prep.lower_ == "between":
                objs = [t for p in prep.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
                parties = [m for t in objs if _party(m := ctx.actor_at(t))]
                if len(parties) >= 2 and not _same(parties[0], parties[1]):
                    return parties[0], parties[1]
    return None


def _fill_from_sentence(decision: Decision, ctx: DocumentContext, sides: Sides) -> None:
    """Where the parse named no side, take the parties the sentence names, in order of mention."""
    sentence = decision.sentence
    parties = [m for m in ctx.actors_in(sentence.start_char, sentence.end_char) if _party(m)]
    cue_char = ctx.doc[decision.cues[0].start].idx if decision.cues else sentence.start_char
    if sides.actor1 is None:
        before = [m for m in parties if m.end <= cue_char]
        pick = before[-1] if before else next((m for m in parties if not _taken(m, sides)), None)
        if pick is not None:
            sides.actor1 = pick
            sides.rule1 = "role:nearest party named in the sentence"
    if sides.actor2 is None and sides.actor1 is not None:
        after = [m for m in parties if m.start >= cue_char and not _same(m, sides.actor1)]
        if after:
            sides.actor2 = after[0]
            sides.rule2 = "role:party named after the event word"


def _taken(mention: ActorMention, sides: Sides) -> bool:
    return any(m is not None and _same(m, mention) for m in (sides.actor1, sides.actor2))


def _allies(decision: Decision, ctx: DocumentContext, sides: Sides) -> None:
    """Associates: 'with the help of X', 'backed by X', and parties conjoined to a side."""
    sentence = decision.sentence
    for token in sentence:
        if token.lemma_.lower() not in ALLY_CUES:
            continue
        for sub in token.subtree:
            mention = ctx.actor_at(sub) if sub.dep_ in ("pobj", "dobj") else None
            if _party(mention) and not _taken(mention, sides) and mention not in sides.assoc1:
                sides.assoc1.append(mention)
