"""Find event cues and participants in a parsed document, from the lexicons in ``data/events``."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

from frontlines.datafiles import data_path, read_tsv

#: Participant classes, from data/events/participants.tsv.
CIVILIAN, CROWD, STATE, ARMED, UNKNOWN, PROTESTER, RIOTER, TARGET = (
    "civilian",
    "crowd",
    "state",
    "armed",
    "unknown",
    "protester",
    "rioter",
    "target",
)


#: Adjectives that make people of unknown armed affiliation ("armed men", "unidentified persons").
UNKNOWN_MARKERS = frozenset({"armed", "unidentified", "unknown", "masked", "hooded", "suspected"})


@dataclass(frozen=True)
class Pattern:
    tokens: tuple[str, ...]
    cue: str
    pos: str


@dataclass(frozen=True)
class Cue:
    """One cue found in the text: tokens ``[start, end)`` of ``doc``."""

    cue: str
    start: int
    end: int
    pattern: str

    def head(self, doc: Doc) -> Token:
        """The syntactic head of the cue's tokens."""
        return doc[self.start : self.end].root


class Lexicon:
    """Trigger patterns indexed by their first token, and participant nouns."""

    def __init__(self, patterns: list[Pattern], participants: dict[str, str]):
        self.participants = participants
        self._by_first: dict[str, list[Pattern]] = defaultdict(list)
        self._prefixes: list[Pattern] = []
        for pattern in sorted(patterns, key=lambda p: -len(p.tokens)):
            if pattern.tokens[0].endswith("*"):
                self._prefixes.append(pattern)
            else:
                self._by_first[pattern.tokens[0]].append(pattern)

    def cues(self, doc: Doc) -> list[Cue]:
        """Every cue in ``doc``, longest match first at each token, no overlaps."""
        found: list[Cue] = []
        i = 0
        while i < len(doc):
            match = self._match_at(doc, i)
            if match is None:
                i += 1
                continue
            found.append(Cue(match.cue, i, i + len(match.tokens), " ".join(match.tokens)))
            i += len(match.tokens)
        return found

    def _match_at(self, doc: Doc, i: int) -> Pattern | None:
        token = doc[i]
        for key in {token.lower_, token.lemma_.lower()}:
            for pattern in self._by_first.get(key, ()):
                if pattern.pos and token.pos_ != pattern.pos:
                    continue
                if _matches(doc, i, pattern.tokens):
                    return pattern
        return None

    def participant_class(self, token: Token) -> str | None:
        """The participant class of a noun token, by lemma or lower-case form.

        People described as armed, masked or unidentified are of unknown armed affiliation.
        """
        cls = self.participants.get(token.lemma_.lower()) or self.participants.get(token.lower_)
        if cls in (CIVILIAN, CROWD, None) and token.pos_ in ("NOUN", "PRON"):
            if any(c.dep_ == "amod" and c.lower_ in UNKNOWN_MARKERS for c in token.children):
                return UNKNOWN
        return cls


def _token_matches(token: Token, word: str) -> bool:
    if word.endswith("*"):
        return token.lower_.startswith(word[:-1])
    return word in (token.lower_, token.lemma_.lower())


def _matches(doc: Doc, i: int, words: tuple[str, ...]) -> bool:
    if i + len(words) > len(doc):
        return False
    return all(_token_matches(doc[i + k], w) for k, w in enumerate(words))


@cache
def load_lexicon() -> Lexicon:
    """The shipped lexicon, read once per process."""
    patterns = [
        Pattern(tuple(row["pattern"].lower().split()), row["cue"], row.get("pos", ""))
        for _, row in read_tsv(data_path("events/triggers.tsv"), required=("pattern", "cue"))
    ]
    participants = {
        row["noun"].lower(): row["class"]
        for _, row in read_tsv(data_path("events/participants.tsv"), required=("noun", "class"))
    }
    return Lexicon(patterns, participants)
