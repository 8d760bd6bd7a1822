"""Everything the event builder reads about one document, found once: cues, actors, places, dates,
counts and attributions, all in character offsets of the article's text.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Span, Token

from frontlines.actors import ActorMention
from frontlines.attribution import Attribution
from frontlines.dates import DateMention
from frontlines.events.lexicon import Cue
from frontlines.events.typing.decision import words
from frontlines.numbers import Count
from frontlines.places import PlaceMention
from frontlines.records import Article

#: NER labels that may name a place.
PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})


@dataclass
class DocumentContext:
    """The annotations of one document that event assembly reads."""

    doc: Doc
    article: Article
    country: str | None
    cues: list[Cue]
    actors: list[ActorMention]
    places: list[PlaceMention]
    dates: list[DateMention]
    counts: list[Count]
    attributions: list[Attribution]
    sentences: list[Span] = field(default_factory=list)
    _starts: list[int] = field(default_factory=list)
    #: The document's text, read once: a Doc joins its tokens again on every read of ``doc.text``.
    text: str = ""

    def __post_init__(self) -> None:
        self.text = self.doc.text
        self.sentences = list(self.doc.sents)
        self._starts = [s.start_char for s in self.sentences]

    @property
    def published(self) -> date | None:
        return self.article.published

    def sentence_index(self, char: int) -> int:
        """Index of the sentence holding character offset ``char``."""
        return max(bisect_right(self._starts, char) - 1, 0)

    def they_before(self, token: Token) -> Token | None:
        """The subject of the sentence before that an active "they" opening a sentence takes up
        ("Youths attacked election officials. They also beat voters"), where that sentence has one."""
        if token.lower_ != "they" or token.dep_ != "nsubj" or token.i != token.sent.start:
            return None
        index = self.sentence_index(token.idx)
        if index == 0:
            return None
        root = self.sentences[index - 1].root
        return next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)

    def in_sentence(self, items: list, index: int) -> list:
        """The items (with ``start``) that lie in sentence ``index``."""
        sentence = self.sentences[index]
        return [x for x in items if sentence.start_char <= x.start < sentence.end_char]

    def actors_in(self, start: int, end: int) -> list[ActorMention]:
        """Actor mentions inside the character range."""
        return [m for m in self.actors if m.start >= start and m.end <= end]

    def actor_at(self, token: Token) -> ActorMention | None:
        """The actor a noun head names: a mention on the head itself or its core (compounds,
        adjectives, possessives, appositions, 'members of X'), never one inside a modifier
        such as 'linked to Hamas'."""
        core = _core_tokens(token)
        found = [m for m in self.actors if any(m.start <= t.idx < m.end for t in core)]
        if not found:
            return None
        return min(found, key=lambda m: (abs(m.start - token.idx), m.kind == "source"))


#: Dependencies that stay inside a noun phrase's core.
CORE_DEPS = frozenset({"compound", "amod", "poss", "appos", "nmod", "det", "npadvmod", "nummod"})


#: Verbs that name a group: "called", "named", "known as", "dubbed".
NAMING_VERBS = frozenset({"call", "name", "know", "dub", "style"})


def _core_tokens(token: Token) -> list[Token]:
    core = [token]
    stack = [token]
    while stack:
        current = stack.pop()
        for child in current.children:
            if child.dep_ in CORE_DEPS:
                core.append(child)
                stack.append(child)
            elif child.dep_ == "acl" and child.lemma_.lower() in NAMING_VERBS:
                # "a faction called Aknaf Beit al-Maqdis", "a group known as al-Shabaab"
                for named in child.subtree:
                    if named.dep_ in ("oprd", "attr", "pobj", "dobj"):
                        core.append(named)
                        stack.append(named)
            elif child.dep_ == "prep" and child.lower_ == "of":
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        core.append(pobj)
                        stack.append(pobj)
    return core


#: NER labels the small model gives a town it does not know ("shelled Menbij": a person).
MISREAD_PLACE_LABELS = frozenset({"PERSON", "NORP", "ORG"})


def candidate_place_spans(doc: Doc) -> list[tuple[int, int, str]]:
    """Character spans spaCy's NER thinks may be places, for the geocoder to resolve; and a name it
    read as a person, a people or an organisation where a verb that takes a place has it as object
    ("shelled Menbij", "Menbij was bombarded", "stormed Kinda and Ankawi") or a place owns it
    ("Syria's Al-Bab"). The gazetteer decides whether either is a place."""
    spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in PLACE_LABELS]
    for e in doc.ents:
        if e.label_ in MISREAD_PLACE_LABELS and (_object_of_place_verb(e.root) or _of_a_place(e) or _in_then_place(e)):
            name = _leading_name(e)  # "Bara in Idleb" read as one person: "Bara"
            spans.append((name.start_char, name.end_char, "matcher:object"))
    return spans


def _leading_name(span: Span) -> Span:
    """The span up to its first word that is no part of a name (a preposition, a conjunction)."""
    stops = ("ADP", "CCONJ", "VERB", "PUNCT", "SPACE")  # "SPACE": a headline's line break NER took in
    end = next((t.i for t in span if t.pos_ in stops and t.text not in "-'"), span.end)
    return span.doc[span.start : max(end, span.start + 1)]


def _in_then_place(span: Span) -> bool:
    """The name stands after "in" and before another "in", or a comma, with a name after it:
    "assassinated an officer in Kafr Nassij in Dar'a", where NER took both for organisations (the
    gazetteer decides whether the name is a place)."""
    doc = span.doc
    if span.start < 1 or doc[span.start - 1].lower_ != "in" or span.end + 1 >= len(doc):
        return False
    return doc[span.end].lower_ in ("in", ",") and doc[span.end + 1].ent_type_ in ("GPE", "LOC", "ORG")


def _of_a_place(span: Span) -> bool:
    """The name follows a place NER knows and its "'s": "Syria's Al-Bab", "Nigeria's Maiduguri"
    (read from the words: the parser often hangs the possessive elsewhere)."""
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ in ("'s", "’s") and doc[span.start - 2].ent_type_ == "GPE"


def _object_of_place_verb(token: Token) -> bool:
    """The token is the object (or the passive subject) of a verb whose object is a place."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head  # "shelled Kinda and Ankawi"
    verb = token.head
    return token.dep_ in ("dobj", "nsubjpass") and verb.pos_ == "VERB" and verb.lemma_.lower() in words("place_verb")
