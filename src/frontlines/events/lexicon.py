"""Find event cues and participants in a parsed document, from the lexicons in ``data/events``."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

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
#: The markers that say only that a person's name is not known.
UNNAMED_MARKERS = frozenset({"unidentified", "unknown"})
#: The markers that leave one person done to a civilian: "an unidentified man was shot", "killed a
#: suspected witch".
VICTIM_MARKERS = UNNAMED_MARKERS | {"suspected"}
#: Dependencies in which the tagger's "verb" is a noun it mistook ("Police forces" as a verb).
NOUN_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "pobj", "compound", "appos", "amod"})
#: Prefixes written with a hyphen ("post-election", "anti-government"), never participants.
PREFIXES = frozenset({"post", "pre", "anti", "pro", "non"})
#: Participants only as nouns: "the locals", "foreign nationals"; not "a local bar", "national police".
NOUN_ONLY = frozenset({"local", "national", "native"})


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
        self._by_first: dict[str, list[tuple[int, Pattern]]] = defaultdict(list)
        for rank, pattern in enumerate(patterns):
            self._by_first[pattern.tokens[0]].append((rank, pattern))

    def cues(self, doc: Doc) -> list[Cue]:
        """Every cue in ``doc``, longest match first at each token, no overlaps."""
        found: list[Cue] = []
        i = 0
        while i < len(doc):
            match = self._match_at(doc, i)
            if match is None:
                i += 1
                continue
            pattern, end = match
            found.append(Cue(pattern.cue, i, end, " ".join(pattern.tokens)))
            i = end
        return found

    def _match_at(self, doc: Doc, i: int) -> tuple[Pattern, int] | None:
        """The longest pattern starting at token ``i``; ties go to the pattern listed first in the
        data file, so the result never depends on set order (identical on every process)."""
        token = doc[i]
        best: tuple[int, int, Pattern] | None = None
        for key in forms(token):
            for rank, pattern in self._by_first.get(key, ()):
                if pattern.pos and _pos(token) != pattern.pos:
                    continue
                end = _match_end(doc, i, pattern.tokens)
                if end is not None and (best is None or (end, -rank) > (best[0], -best[1])):
                    best = (end, rank, pattern)
        return (best[2], best[0]) if best is not None else None

    def _compound_class(self, token: Token) -> str | None:
        """The class of a two-word noun the lexicon lists whole: "a crossing guard" is a civilian,
        though a guard alone is a force."""
        compounds = [c for c in token.children if c.dep_ == "compound" and c.i == token.i - 1]
        return self.participants.get(f"{compounds[0].lower_} {token.lemma_.lower()}") if compounds else None

    def participant_class(self, token: Token) -> str | None:
        """The participant class of a noun token, by lemma or lower-case form.

        People described as armed, masked or unidentified are of unknown armed affiliation.
        """
        if token.pos_ == "VERB" and token.dep_ not in NOUN_ROLES:
            return None  # "after being forced to show ID": a verb names no force
        if token.tag_ == "VBN" and token.dep_ == "amod":
            return None  # "a suspected sorcerer": a participle qualifies its noun, which is the one classed
        if token.pos_ == "ADJ" and token.lower_ in NOUN_ONLY:
            return None  # "a local bar" (not "the locals")
        if token.lower_ in PREFIXES and token.i + 1 < len(token.doc) and token.nbor(1).text == "-":
            return None  # "post-election violence": a prefix, not a military post
        if token.lemma_.lower() in FORCE_SITES and token.dep_ == "compound":
            return None  # "a post office", "a station wagon": the word only qualifies another noun
        cls = self._compound_class(token) or self.participants.get(token.lemma_.lower())
        cls = cls or self.participants.get(token.lower_)
        if cls is None and token.tag_ == "NNPS" and token.lower_.endswith("s"):
            # "Malay Muslim Separatists": a plural the tagger kept as a name
            cls = self.participants.get(token.lower_[:-1])
        if cls == STATE and token.lemma_.lower() in FORCE_SITES and _civil_site(token, self.participants):
            return TARGET  # "a radio station", "a petrol station": not a police station
        people = cls in (CIVILIAN, CROWD, None) and token.pos_ in ("NOUN", "PRON")
        markers = {c.lower_ for c in token.children if c.dep_ == "amod"} & UNKNOWN_MARKERS
        # (not one person whose name is not known, or who is only suspected of something, to whom
        # something is done: "an unidentified man was shot by the GSU" and "gunmen killed a suspected
        # sorcerer" tell of civilians; "an unidentified man shot a trader" is armed)
        unnamed_victim = token.tag_ == "NN" and token.dep_ in ("nsubjpass", "dobj") and markers <= VICTIM_MARKERS
        if people and markers and not unnamed_victim:
            return UNKNOWN
        return cls


#: Sites that stand for the force that holds them ("attacked a police station", "a military post").
FORCE_SITES = frozenset({"station", "post"})
#: Words that make a station or post a force's although no force is named: "a border post".
FORCE_SITE_WORDS = frozenset({"border", "security", "observation", "command", "customs", "guard", "army"})


def _civil_site(site: Token, participants: dict[str, str]) -> bool:
    """The site's own word says it is no force's: "radio station", "fuel station", "trading post"."""
    words = [c for c in site.children if c.dep_ in ("compound", "amod") and c.i == site.i - 1]
    return bool(words) and all(
        participants.get(w.lemma_.lower()) != STATE and w.lemma_.lower() not in FORCE_SITE_WORDS for w in words
    )


def _pos(token: Token) -> str:
    """The token's part of speech; a lower-case word tagged as a proper noun is a common noun
    ("activists stage march": the small model reads the month)."""
    return "NOUN" if token.pos_ == "PROPN" and token.is_lower else token.pos_


#: A pattern token that matches a gap of up to ``MAX_GAP`` tokens ("set ... on fire").
GAP = "..."
MAX_GAP = 4


@lru_cache(maxsize=65536)
def _word_forms(lower: str, lemma: str, verb: bool) -> frozenset[str]:
    """The forms a token is looked up under: itself, its lemma, and its regular stem.

    The small model lemmatises some verbs badly ("raped" -> "rap"); the stem catches them.
    """
    out = {lower, lemma}
    if lower.endswith("ed") and len(lower) > 4:
        out |= {lower[:-1], lower[:-2]}
    elif lower.endswith("ing") and len(lower) > 5 and verb:
        out |= {lower[:-3], lower[:-3] + "e"}
    elif lower.endswith("s") and len(lower) > 3:
        out.add(lower[:-1])
    return frozenset(out)


def forms(token: Token) -> frozenset[str]:
    return _word_forms(token.lower_, token.lemma_.lower(), token.pos_ == "VERB")


def _token_matches(token: Token, word: str) -> bool:
    if word.endswith("*"):
        return token.lower_.startswith(word[:-1])
    return word in forms(token)


def _match_end(doc: Doc, i: int, words: tuple[str, ...]) -> int | None:
    """End (exclusive) of ``words`` matched from token ``i``, or None."""
    if not words:
        return i
    word, rest = words[0], words[1:]
    if word == GAP:
        for skip in range(1, MAX_GAP + 1):
            if i + skip <= len(doc) and (end := _match_end(doc, i + skip, rest)) is not None:
                return end
        return None
    if i >= len(doc) or not _token_matches(doc[i], word):
        return None
    return _match_end(doc, i + 1, rest)


def pattern_tokens(pattern: str) -> tuple[str, ...]:
    """A pattern as spaCy tokenises it: 'sit-in' is three tokens, 'sit', '-', 'in'."""
    tokens: list[str] = []
    for word in pattern.lower().split():
        if "-" in word.strip("-") and word != GAP:
            parts = word.split("-")
            for i, part in enumerate(parts):
                if i:
                    tokens.append("-")
                if part:
                    tokens.append(part)
        else:
            tokens.append(word)
    return tuple(tokens)


@cache
def load_lexicon() -> Lexicon:
    """The shipped lexicon, read once per process."""
    patterns = [
        Pattern(pattern_tokens(row["pattern"]), row["cue"], row.get("pos", ""))
        for _, row in read_tsv(data_path("events/triggers.tsv"), required=("pattern", "cue"))
    ]
    participants = {
        row["noun"].lower(): row["class"]
        for _, row in read_tsv(data_path("events/participants.tsv"), required=("noun", "class"))
    }
    return Lexicon(patterns, participants)
