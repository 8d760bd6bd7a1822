"""Who a source is, from the noun phrase that names it: a name, its affiliation, or an outlet.

"Rami Abdel Rahman, the Observatory's chief" -> Rami Abdel Rahman (affiliation Observatory);
"UNRWA spokesman Chris Gunness" -> Chris Gunness (UNRWA); "the U.N. agency for Palestinian refugees,
UNRWA" -> UNRWA; "a statement carried by SANA" -> SANA; "activists" -> activists.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

#: Dependents that belong to a name ("Agence France-Presse", "the Syrian Observatory").
_NAME_DEPS = frozenset({"compound", "amod", "nmod", "det", "poss", "case", "nummod", "punct", "quantmod"})
#: Prepositions that continue a proper name ("Observatory for Human Rights").
_NAME_PREPS = frozenset({"for", "of"})
#: Descriptive modifiers that are not part of a name ("the U.K.-based Syrian Observatory").
_DESCRIPTIVE_SUFFIXES = ("based", "backed", "linked", "led", "run", "affiliated", "funded", "controlled")
#: Nouns for documents and channels whose author, when named, is the real source.
_CARRIERS = frozenset(
    {"statement", "report", "video", "footage", "communique", "post", "tweet", "bulletin", "broadcast"}
)


@dataclass(frozen=True, slots=True)
class SourceMention:
    """One link of an attribution chain: who, where in the text, its role, and its affiliation."""

    start: int
    end: int
    text: str
    role: str
    affiliation: SourceMention | None = None


def _is_proper(token: Token) -> bool:
    return token.pos_ == "PROPN" or (token.ent_type_ in ("ORG", "PERSON", "NORP") and token.is_title)


def phrase(head: Token) -> list[Token]:
    """The tokens of the name headed by ``head``: modifiers on the left, "for/of <Name>" on the right."""
    tokens = [head]
    for child in head.lefts:
        if child.dep_ == "amod" and child.lower_.endswith(_DESCRIPTIVE_SUFFIXES):
            continue
        if child.dep_ in _NAME_DEPS:
            tokens.extend(t for t in child.subtree if t.dep_ not in ("appos", "relcl", "acl"))
    for child in head.rights:
        if child.dep_ == "prep" and child.lower_ in _NAME_PREPS:
            objects = [c for c in child.children if c.dep_ == "pobj" and _is_proper(c)]
            if objects and _is_proper(head):
                tokens.append(child)
                tokens.extend(phrase(objects[0]))
        elif child.dep_ == "appos" and child.i == head.i + 2 and head.nbor(1).text == "(":
            tokens.extend([head.nbor(1), child] + ([child.nbor(1)] if child.nbor(1).text == ")" else []))
    tokens.sort(key=lambda t: t.i)
    return _trim(tokens) or tokens  # a phrase of punctuation alone keeps its tokens


def _trim(tokens: list[Token]) -> list[Token]:
    while tokens and (tokens[0].dep_ in ("det", "punct") or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].dep_ in ("case", "punct") and tokens[-1].text != ")":
        tokens = tokens[:-1]
    return tokens


def mention(tokens: list[Token], role: str, affiliation: SourceMention | None = None) -> SourceMention:
    """A SourceMention over a contiguous run of tokens (from the first to the last)."""
    first, last = tokens[0], tokens[-1]
    doc = first.doc
    text = doc[first.i : last.i + 1].text
    return SourceMention(first.idx, last.idx + len(last.text), text, role, affiliation)


def _person_name(head: Token) -> list[Token]:
    tokens = [head]
    for left in reversed(list(head.lefts)):
        if (left.dep_ == "compound" and left.pos_ == "PROPN" and left.i == tokens[0].i - 1) or (
            left.dep_ == "punct" and left.text == "-" and left.i == tokens[0].i - 1
        ):
            tokens.insert(0, left)
    return tokens


def _affiliation(head: Token, name: list[Token]) -> SourceMention | None:
    """An organisation named in the titles around a person: appositions, possessives, compounds."""
    name_ids = {t.i for t in name}
    for child in head.children:
        if child.i in name_ids or not (child.dep_ == "appos" or (child.dep_ == "compound" and child.pos_ == "NOUN")):
            continue  # titles only: "the Observatory's chief", "UNRWA spokesman"
        for token in child.subtree:
            inside_name = token.dep_ == "compound" and _is_proper(token.head)
            if token.i not in name_ids and _is_proper(token) and not inside_name and _same_quote(token, head):
                return mention(phrase(token), "affiliation")
    return None


def _same_quote(a: Token, b: Token) -> bool:
    """No quotation mark between two tokens (a misparse can link a quote's last word to its speaker)."""
    low, high = sorted((a.i, b.i))
    return not any(t.is_quote for t in a.doc[low:high])


def _carried_by(head: Token) -> Token | None:
    """ "a statement carried by SANA", "a report from Human Rights Watch": the named author."""
    if head.lemma_.lower() not in _CARRIERS:
        return None
    for token in head.subtree:
        if token.dep_ == "pobj" and _is_proper(token) and token.head.lower_ in ("by", "from", "of"):
            return token
    return None


def _appos_name(head: Token) -> Token | None:
    """ "the U.N. agency for Palestinian refugees, UNRWA": the proper name in apposition."""
    for token in head.subtree:
        if token.dep_ == "appos" and _is_proper(token) and token.i > head.i:
            return token
    return None


def source_of(head: Token, role: str) -> SourceMention:
    """The source named by the noun phrase headed by ``head``."""
    if head.pos_ == "PROPN" and (head.ent_type_ == "PERSON" or _has_title(head)):
        name = _person_name(head)
        return mention(name, role, _affiliation(head, name))
    if head.pos_ != "PROPN":
        named = _carried_by(head) or _appos_name(head)
        if named is not None:
            return mention(phrase(named), role)
    return mention(phrase(head), role)


def _has_title(head: Token) -> bool:
    return any(c.dep_ in ("appos", "compound") and c.pos_ == "NOUN" for c in head.children)
