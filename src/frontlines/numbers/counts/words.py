"""The words counts are read by: the cue table (``data/numbers/count_cues.tsv``), the person nouns
and non-count words, and the word tests every counting rule shares."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from frontlines.datafiles import data_path, read_tsv
from frontlines.numbers.counts.record import CountKind
from frontlines.numbers.quantity import vague_words

if TYPE_CHECKING:
    from spacy.tokens import Token

_NUMBER_WORDS = frozenset({"hundred", "thousand", "million", "billion", "dozen"})
#: Death verbs that take no object: their subject died.
_INTRANSITIVE = frozenset({"die", "perish", "drown"})
#: Nouns that point back to a victim told before: "The victim was beheaded".
_ANAPHORIC_NOUNS = frozenset({"victim", "deceased"})
#: Nouns of an act, not of a toll: their verb's subject did not suffer them.
_ACT_NOUNS = frozenset({"killing", "murder", "injuring"})
#: Verbs whose complement did not happen: "threatened to lynch the driver".
UNREALISED = frozenset({"threaten", "try", "attempt", "plan", "want", "vow", "seek", "intend"})
#: Nouns that name the dead person only by what is left of them: "his body was found". They point back
#: to a victim the text may already count, so they count only when nothing else does.
_REMAINS = frozenset({"body", "corpse", "remains", "remain"})
#: Words that make a head a dead person's: "two human heads were found", "a severed head".
_HEAD_OF_DEAD = frozenset({"human", "severed", "decapitated", "male", "female", "dismembered"})


@dataclass(frozen=True, slots=True)
class _Cue:
    kind: CountKind
    rank: int


@cache
def _cues() -> dict[tuple[str, str], _Cue]:
    path = data_path("numbers/count_cues.tsv")
    table: dict[tuple[str, str], _Cue] = {}
    for _, row in read_tsv(path, required=("lemma", "pos", "kind", "rank")):
        table[(row["lemma"], row["pos"])] = _Cue(row["kind"], int(row["rank"]))  # type: ignore[arg-type]
    return table


@cache
def _person_nouns() -> frozenset[str]:
    """Nouns of one person that a headline or a coder's note uses without an article ("Gunmen kill
    civilian", "Policeman killed in shootout"): one victim each (``person_nouns.tsv``)."""
    path = data_path("numbers/person_nouns.tsv")
    return frozenset(row["word"].lower() for _, row in read_tsv(path, required=("word",)))


@cache
def _not_count_words() -> frozenset[str]:
    path = data_path("numbers/not_count_words.tsv")
    return frozenset(row["word"].lower() for _, row in read_tsv(path, required=("word",)))


def _lemma(token: Token) -> str:
    """The token's lemma, mended where the lemmatizer cuts a plural in "-ses" one letter short
    ("corpses" -> "corps")."""
    lemma = token.lemma_.lower()
    if token.tag_ == "NNS" and token.lower_ == lemma + "es":
        return lemma + "e"
    return lemma


def _is_remains(noun: Token) -> bool:
    """A dead person's body or part of it: "the body", "corpses", "human remains", "two human heads"."""
    if noun.pos_ != "NOUN":
        return False
    lemma = _lemma(noun)
    if lemma in _REMAINS:
        return True
    return lemma == "head" and any(c.dep_ in ("amod", "compound") and c.lower_ in _HEAD_OF_DEAD for c in noun.children)


def _cue_of(token: Token, pos: str) -> _Cue | None:
    lemma = _lemma(token)
    cue = _cues().get((lemma, pos))
    if cue is None and pos == "adj":
        cue = _cues().get((token.lower_, "adj"))
    if cue is None and pos == "verb" and token.pos_ == "NOUN" and token.lower_.endswith("ing"):
        stem = token.lower_[:-3]  # a gerund the tagger took for a noun: "killing", "injuring"
        cue = _cues().get((stem, "verb")) or _cues().get((stem + "e", "verb"))
    if cue is not None and lemma == "claim" and any(c.dep_ == "xcomp" for c in token.children):
        return None  # "two people who claimed to be police officers": a claim, not lives claimed
    if cue is not None and lemma == "claim" and _said_by_someone(token):
        return None  # "Three are killed (some sources claim four)": a figure said, not lives claimed
    return cue


#: Nouns of those who tell a figure rather than take lives: "some sources claim four".
_TELLERS = frozenset({"source", "report", "official", "witness", "medium", "media", "spokesman", "spokesperson"})


def _said_by_someone(verb: Token) -> bool:
    """The verb's subject is someone who speaks (a person, a group, a source), not the attack or
    violence that "claimed" lives: "some sources claim four", "the rebels claimed 20"."""
    for subject in (c for c in verb.children if c.dep_ == "nsubj"):
        if subject.pos_ == "PRON" and subject.lower_ not in ("it", "which", "that", "this"):
            return True
        if subject.ent_type_ in ("PERSON", "ORG", "NORP") or _lemma(subject) in _TELLERS | _person_nouns():
            return True
    return False


def _is_number(token: Token) -> bool:
    return token.like_num or token.lower_ in _NUMBER_WORDS or token.lower_ in vague_words()
