"""Who says so: ACLED's source field, the sources of each claim, and the claims of territory a
report makes, with the disputes between them."""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontlines.events.context import DocumentContext
from frontlines.records import Claim, Event, Evidence

if TYPE_CHECKING:
    from frontlines.events.assemble import EventDraft

#: Pronouns are no one's name: "he said" leaves the source to the outlet.
PRONOUNS = frozenset({"i", "he", "she", "they", "we", "it", "you", "them", "him", "her", "us"})
#: Share of a source's words an actor mention must cover to name it ("Hadi" does not name
#: "Anwar Abdel Hadi").
SOURCE_COVER = 0.8


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
