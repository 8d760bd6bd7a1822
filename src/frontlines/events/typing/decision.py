"""The decision a typing rule returns, the word sets and cue groups the rules share, and the
rule names the event's fields read.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Span, Token

from frontlines.datafiles import data_path, read_tsv
from frontlines.events.lexicon import Cue

Classifier = Callable[[Token], str | None]
#: Cues of violence done by people to people.
VIOLENCE = ("ATTACK", "STORM", "SHOOT", "KILL", "BEAT", "TORTURE", "HARM", "EXECUTE")
#: Cues of a fight between two sides, which the deaths in the same sentence may be the effect of.
FIGHT_CUES = ("CLASH", "EXCHANGE", "AMBUSH", "ATTACK", "SHOOT", "SHELL", "AIR", "BLAST", "IED")


@cache
def words(name: str) -> frozenset[str]:
    """A word set from ``data/events/wordsets.tsv``."""
    return _wordsets().get(name, frozenset())


@cache
def _wordsets() -> dict[str, frozenset[str]]:
    sets: dict[str, set[str]] = defaultdict(set)
    for _, row in read_tsv(data_path("events/wordsets.tsv"), required=("set", "word")):
        sets[row["set"]].add(row["word"].lower())
    return {k: frozenset(v) for k, v in sets.items()}


@dataclass
class Decision:
    """A sub-event type decided for one sentence, with the cues that decided it."""

    sub_event_type: str
    sentence: Span
    cues: list[Cue]
    rule: str
    confidence: float
    territory_agent: Token | None = None


#: Rules whose decisions the event's fields default differently from their sub-event type.
RULE_REMNANT = "codebook:an explosive remnant of a past war is a strategic development"
RULE_FOUND_DEVICE = "codebook:explosives found before use"
RULE_RIOTING_CROWDS = "codebook:rioting crowds fighting each other, not a demonstration, are mob violence"
RULE_UNORGANISED_CLASH = "codebook:clashes of unorganised groups (communities, supporters) are mob violence"
RULE_CIVILIANS_CLASH = "codebook:civilians who fight each other or the police are rioters, not armed groups"
#: Crowds fighting crowds: rioters on both sides.
CROWD_CLASH_RULES = frozenset({RULE_RIOTING_CROWDS, RULE_UNORGANISED_CLASH, RULE_CIVILIANS_CLASH})


def _has(cues: Iterable[Cue], *names: str) -> bool:
    return any(c.cue in names for c in cues)


def _pick(cues: list[Cue], *names: str) -> list[Cue]:
    return [c for c in cues if c.cue in names]
