"""Counts of people in a parsed document: how many were killed, wounded, arrested, at risk...

``find_counts(doc)`` finds each number span (with its qualifier), reads it with ``parse_quantity`` and
decides what it counts from the dependency parse: the counted noun's role under a cue verb
("six people were killed"), a cue noun ("12 fatalities", "the death toll rose to 12"), a predicate
("left 5 dead", "shot dead") or a reduced relative ("civilians living in"). Cue words are data
(``data/numbers/count_cues.tsv``).

The modules, in the order a count is read: ``spans`` (the number phrase), ``roles`` and ``decide``
(what it counts), ``unnumbered`` (people counted without a number), ``find`` (``find_counts``);
``record`` holds ``Count`` and ``words`` the word lists they all read.
"""

from frontlines.numbers.counts.decide import BACKGROUND_PREPOSITIONS, NAME_RUN
from frontlines.numbers.counts.find import find_counts
from frontlines.numbers.counts.record import DISTINCT_MODIFIERS, Count, CountKind, Mention
from frontlines.numbers.counts.spans import MAX_QUALIFIER_TOKENS, NOT_COUNT_LABELS, TIME_LABELS
from frontlines.numbers.counts.unnumbered import PRONOUN_REACH, UNKNOWN_DEATHS
from frontlines.numbers.counts.words import UNREALISED

__all__ = [
    "BACKGROUND_PREPOSITIONS",
    "DISTINCT_MODIFIERS",
    "MAX_QUALIFIER_TOKENS",
    "NAME_RUN",
    "NOT_COUNT_LABELS",
    "PRONOUN_REACH",
    "TIME_LABELS",
    "UNKNOWN_DEATHS",
    "UNREALISED",
    "Count",
    "CountKind",
    "Mention",
    "find_counts",
]
