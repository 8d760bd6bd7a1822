"""Attribution: who says so, for each claim of a parsed document, with the chain kept (SOHR via AFP).

Rules on the spaCy parse: "according to" + its object; a reporting verb (``data/attribution/
reporting_verbs.tsv``) + its subject in either order, its clause being the claim; "X told Y" (Y relays);
a verb with no subject of its own ("..., adding that") speaks for its head's subject. A claim inside
another attribution's claim ("AFP reports that ... UNRWA said", a quote closed by "..., told AFP")
takes the outer sources after its own. Hedges ("reportedly") are attributions with no source.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache
from typing import TYPE_CHECKING

from frontlines.attribution.speakers import SourceMention, source_of
from frontlines.datafiles import data_path, read_tsv

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_QUOTES = re.compile(r"“[^”]*”|\"[^\"]*\"")
#: Clause relations that carry what a reporting verb reports.
_CLAIM_DEPS = ("ccomp", "parataxis")
#: Passive verbs of saying or believing whose subject is what is said, not who says it ("rebels were
#: reported to have looted", and the reduced form "gunmen believed to belong to IS").
RAISING_VERBS = frozenset({"report", "say", "believe", "think", "allege", "suspect", "understand", "know", "see"})


@dataclass(frozen=True, slots=True)
class Cue:
    """The words that mark the attribution: a reporting verb, "according to", a hedge."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Attribution:
    """A claim (character range), the cue that attributes it, and its sources, innermost first."""

    sentence: tuple[int, int]
    claim: tuple[int, int]
    cue: Cue
    sources: list[SourceMention]
    hedge: bool = False
    rule: str = ""


@cache
def _reporting_verbs() -> frozenset[str]:
    rows = read_tsv(data_path("attribution/reporting_verbs.tsv"), required=("lemma",))
    return frozenset(row["lemma"].lower() for _, row in rows)


@cache
def _hedges() -> frozenset[str]:
    rows = read_tsv(data_path("attribution/hedges.tsv"), required=("word",))
    return frozenset(row["word"].lower() for _, row in rows)


def _cue(token: Token, last: Token | None = None) -> Cue:
    end = last or token
    return Cue(token.idx, end.idx + len(end.text), token.doc[token.i : end.i + 1].text)


def _range(tokens: Iterable[Token]) -> tuple[int, int]:
    items = list(tokens)
    items = [t for t in items if not t.is_space] or items
    while len(items) > 1 and items[-1].is_punct and items[-1].text not in '”"':
        items = items[:-1]
    while len(items) > 1 and (items[0].dep_ == "mark" or (items[0].is_punct and items[0].text not in '“"')):
        items = items[1:]
    return items[0].idx, items[-1].idx + len(items[-1].text)


def _sentence(token: Token) -> tuple[int, int]:
    return _range(token.sent)


def _is_reporting(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in _reporting_verbs()


# ---------------------------------------------------------------- one rule each


def _according_to(token: Token) -> Attribution | None:
    if token.lower_ != "according":
        return None
    to = next((c for c in token.children if c.lower_ == "to"), None)
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) if to is not None else None
    if pobj is None:
        return None
    own = set(token.subtree)
    clause = [t for t in token.head.subtree if t not in own] if token.head.i != token.i else []
    before = [t for t in clause if t.i < token.i]
    after = [t for t in clause if t.i > token.i]
    part = before if len(before) >= len(after) else after
    if not part:
        return None
    sources = [source_of(pobj, "source")] + [source_of(c, "source") for c in pobj.children if c.dep_ == "conj"]
    return Attribution(_sentence(token), _range(part), _cue(token, to), sources, rule="according_to")


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "it"]


def _claim_tokens(verb: Token) -> list[Token]:
    clauses = [c for c in verb.children if c.dep_ in _CLAIM_DEPS]
    if clauses:
        return [t for c in clauses for t in c.subtree]
    if verb.dep_ in _CLAIM_DEPS and not _is_reporting(verb.head):  # "ISIS left, activists said"
        own = set(verb.subtree)
        return [t for t in verb.head.subtree if t not in own and t.i < verb.i]
    return []


def _reduced_passive(verb: Token) -> bool:
    """ "Gunmen believed to belong to IS shot dead a man": the participle after the noun, with no
    auxiliary, then "to": what is believed of the gunmen, not what they believe (the parse makes
    them its subject)."""
    following = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    return (
        verb.lemma_.lower() in RAISING_VERBS
        and verb.tag_ in ("VBN", "VBD")
        and following is not None
        and following.lower_ == "to"
        and not any(c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children)
    )


def _reporting(verb: Token, subject: Token | None) -> Attribution | None:
    claim = _claim_tokens(verb)
    if subject is None or not claim or _reduced_passive(verb):
        return None
    if subject.lower_ in ("who", "which", "that") and verb.dep_ == "relcl":
        subject = verb.head  # "the Observatory, which said ...": the antecedent speaks
    sources = [source_of(subject, "source")]
    sources += [source_of(c, "source") for c in subject.children if c.dep_ == "conj"]
    if verb.lemma_.lower() == "tell":  # "X told AFP": AFP relays what X said
        for obj in verb.children:
            if obj.dep_ in ("dobj", "dative") and obj.pos_ == "PROPN":
                sources.append(source_of(obj, "relay"))
    return Attribution(_sentence(verb), _range(claim), _cue(verb), sources, rule=f"verb:{verb.lemma_.lower()}")


def _verb_attributions(doc: Doc) -> list[Attribution]:
    """Reporting verbs with their subjects, including a subject shared by an inverted inner verb."""
    verbs = [t for t in doc if _is_reporting(t)]
    subjects = {verb.i: _subjects(verb) for verb in verbs}
    for verb in verbs:
        inner = [c for c in verb.children if c.dep_ == "parataxis" and _is_reporting(c) and not subjects[c.i]]
        if inner and len(subjects[verb.i]) > 1:  # '"...," said Rahman, the chief, reports AFP'
            nearest = min(subjects[verb.i], key=lambda s: abs(s.i - inner[0].i))
            subjects[inner[0].i] = [nearest]
            subjects[verb.i] = [s for s in subjects[verb.i] if s is not nearest]
    found: list[Attribution] = []
    for verb in verbs:
        subject = subjects[verb.i][0] if subjects[verb.i] else _misparsed_subject(verb)
        attribution = _reporting(verb, subject)
        if attribution is not None:
            found.append(attribution)
    return found + _inherited(doc, found)


def _misparsed_subject(verb: Token) -> Token | None:
    """'"...," state news agency SANA reported.' parsed with SANA inside the quote: the name just
    before a sentence-final reporting verb is its subject."""
    after = [t for t in verb.sent if t.i > verb.i and not t.is_punct and not t.is_space]
    if verb.dep_ != "ROOT" or after or verb.i == verb.sent.start:
        return None
    before = verb.doc[verb.i - 1]
    return before if before.pos_ in ("PROPN", "NOUN") else None


def _inherited(doc: Doc, found: list[Attribution]) -> list[Attribution]:
    """ "The Observatory notes that ..., adding that ...": the subjectless verb speaks for its head."""
    by_cue = {a.cue.start: a for a in found}
    extra = []
    for verb in doc:
        if not _is_reporting(verb) or _subjects(verb) or verb.idx in by_cue:
            continue
        if verb.dep_ not in ("advcl", "conj", "xcomp") or verb.head.idx not in by_cue:
            continue
        head = by_cue[verb.head.idx]
        claim = _claim_tokens(verb)
        if claim:
            extra.append(Attribution(_sentence(verb), _range(claim), _cue(verb), head.sources, rule="inherited"))
    return extra


def _hedge(token: Token) -> Attribution | None:
    if token.lower_ not in _hedges() or token.dep_ != "advmod":
        return None
    return Attribution(_sentence(token), _range(token.head.subtree), _cue(token), [], hedge=True, rule="hedge")


# ---------------------------------------------------------------- quotes and chains


def _extend_to_quotes(doc: Doc, attributions: list[Attribution]) -> list[Attribution]:
    """A quote that opens sentences before its speaker's verb belongs wholly to that speaker."""
    quotes = [(m.start(), m.end()) for m in _QUOTES.finditer(doc.text)]
    out = []
    for a in attributions:
        for q_start, q_end in quotes:
            if a.sources and q_start < a.claim[0] < q_end <= a.cue.start:
                a = replace(a, claim=(q_start, max(a.claim[1], q_end)))
        out.append(a)
    return out


def _chain(attributions: list[Attribution]) -> list[Attribution]:
    """Each claim inside another's claim takes the outer sources after its own (innermost first)."""
    out = []
    for a in attributions:
        sources = list(a.sources)
        outers = [
            b
            for b in attributions
            if b is not a and b.sources and b.claim[0] <= a.cue.start < b.claim[1] and not a.hedge
        ]
        for b in sorted(outers, key=lambda b: b.claim[1] - b.claim[0]):
            texts = {s.text for s in sources}
            sources += [replace(s, role="relay") for s in b.sources if s.text not in texts]
        out.append(replace(a, sources=sources))
    return out


def find_attributions(doc: Doc) -> list[Attribution]:
    """Every attributed claim and hedge in ``doc`` (parsed with the full pipeline), in text order."""
    found = [a for t in doc if (a := _according_to(t)) is not None]
    found += _verb_attributions(doc)
    found += [a for t in doc if (a := _hedge(t)) is not None]
    found = _chain(_extend_to_quotes(doc, found))
    return sorted(found, key=lambda a: (a.claim[0], a.cue.start))


def sources_for(attributions: list[Attribution], start: int, end: int) -> list[SourceMention]:
    """The source chain of the narrowest claim covering [start, end); else of the one overlapping most."""
    sourced = [a for a in attributions if a.sources]
    covering = [a for a in sourced if a.claim[0] <= start and end <= a.claim[1]]
    if covering:
        return min(covering, key=lambda a: a.claim[1] - a.claim[0]).sources
    overlap = [(min(end, a.claim[1]) - max(start, a.claim[0]), a) for a in sourced]
    best = max(overlap, key=lambda pair: pair[0], default=(0, None))
    return best[1].sources if best[1] is not None and best[0] > 0 else []
