"""A count of people and what happened to them (``Count``), with the spans of text it rests on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from frontlines.numbers.quantity import Quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CountKind = Literal["killed", "injured", "at_risk", "displaced", "arrested", "kidnapped", "other"]
#: Modifiers that make a group distinct from one named before: "two other policemen were killed".
DISTINCT_MODIFIERS = frozenset({"other", "another", "more", "additional", "further"})


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the document's text by character offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Count:
    """A number of people and what happened to them, with the words that decided it."""

    kind: CountKind
    quantity: Quantity
    start: int
    end: int
    text: str
    sentence: tuple[int, int]
    cue: Mention | None
    subject: Mention | None
    rule: str


def _mention(tokens: Token | Span) -> Mention:
    if hasattr(tokens, "idx"):
        token: Token = tokens  # type: ignore[assignment]
        return Mention(token.idx, token.idx + len(token.text), token.text)
    span: Span = tokens  # type: ignore[assignment]
    return Mention(span.start_char, span.end_char, span.text)


def _subject(doc: Doc, noun: Token, marker: Token | None = None) -> Mention:
    """The counted noun; with "other", "another", "more" before it, the words from that modifier on,
    so that "two other policemen" is a group apart from "two policemen"."""
    modifiers = [c for c in noun.children if c.lower_ in DISTINCT_MODIFIERS and c.i < noun.i]
    if marker is None and modifiers:
        marker = modifiers[0]
    # a side's name before the noun makes the group its own: "40 GNA soldiers and 8 LNA soldiers";
    # so does a people's: "two Somali citizens and four Kenyan citizens"
    sides = [
        c
        for c in noun.children
        if c.i < noun.i
        and (
            (c.dep_ in ("compound", "nmod") and c.pos_ == "PROPN")
            or (c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP")
        )
    ]
    if marker is None and sides:
        marker = sides[0]
    if marker is None or marker.i > noun.i:
        return _mention(noun)
    return Mention(marker.idx, noun.idx + len(noun.text), doc.text[marker.idx : noun.idx + len(noun.text)])
