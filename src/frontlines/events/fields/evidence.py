"""Evidence for a field from the words it rests on: an event cue, a whole sentence, or an actor's or
place's mention."""

from __future__ import annotations

from frontlines.actors import ActorMention
from frontlines.events.context import DocumentContext
from frontlines.places import PlaceMention
from frontlines.records import Evidence


def _cue_evidence(ctx: DocumentContext, cue, rule: str) -> Evidence:
    span = ctx.doc[cue.start : cue.end]
    return Evidence(start=span.start_char, end=span.end_char, text=span.text, rule=f"{rule} [{cue.pattern}]")


def _sentence_evidence(ctx: DocumentContext, index: int, rule: str) -> Evidence:
    s = ctx.sentences[index]
    return Evidence(start=s.start_char, end=s.end_char, text=s.text, rule=rule)


def _mention_evidence(mention: ActorMention | PlaceMention, rule: str) -> Evidence:
    return Evidence(start=mention.start, end=mention.end, text=mention.text, rule=rule)
