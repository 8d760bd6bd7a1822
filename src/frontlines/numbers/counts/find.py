"""``find_counts(doc)``: every count of people in a parsed document, with or without a number."""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontlines.numbers.counts.decide import _decide
from frontlines.numbers.counts.record import DISTINCT_MODIFIERS, Count, _mention, _subject
from frontlines.numbers.counts.spans import _excluded, _is_month, _is_vague_number_noun, _number_span, _span_root
from frontlines.numbers.counts.unnumbered import (
    _article_counts,
    _group_pronoun_counts,
    _misread_shot_dead_counts,
    _misread_verb_counts,
    _unknown_deaths,
)
from frontlines.numbers.counts.words import _ANAPHORIC_NOUNS, _NUMBER_WORDS, _is_number, _is_remains
from frontlines.numbers.quantity import parse_quantity

if TYPE_CHECKING:
    from spacy.tokens import Doc


def find_counts(doc: Doc) -> list[Count]:
    """Every count of people in ``doc`` (parsed with the full pipeline), in text order."""
    counts: list[Count] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if _is_number(token) or _is_vague_number_noun(doc, i):
            span = _number_span(doc, i)
            if span is not None:
                start, end = span
                count = _count(doc, start, end)
                if count is not None:
                    counts.append(count)
                i = end
                continue
        i += 1
    counts.extend(_article_counts(doc, counts))
    counts.extend(_misread_verb_counts(doc, counts))
    counts.extend(_misread_shot_dead_counts(doc, counts))
    counts.extend(_unknown_deaths(doc, counts))
    counts.extend(_group_pronoun_counts(doc, counts))
    counts.sort(key=lambda c: c.start)
    return counts


def _count(doc: Doc, start: int, end: int) -> Count | None:
    if end - start == 1 and doc[start].lower_ in _NUMBER_WORDS:
        return None  # "million" alone: part of a name or an amount, not a count
    root = _span_root(doc, start, end)
    if _excluded(doc, start, end, root):
        return None
    quantity = parse_quantity(doc[start:end].text)
    if quantity is None:
        return None
    decision, noun = _decide(doc, root, end)
    # "25 ADF fighters and 6 military fatalities": the last group is named by its toll noun; it is a
    # group of its own, not the whole toll
    listed = noun is not None and noun.dep_ == "conj" and any(c.dep_ == "nummod" for c in noun.head.children)
    before = doc[start - 1] if start > 0 else None
    # "both victims died", "the two victims", "Both their bodies were found": the people told before
    pointing_back = (
        noun is not None
        and (noun.lemma_.lower() in _ANAPHORIC_NOUNS or _is_remains(noun))
        and (doc[start].lower_ == "both" or (before is not None and before.lower_ in ("the", "their")))
    )
    if noun is not None and ((decision.cue is noun and not listed) or not noun.is_alpha):
        noun = None
    if noun is not None and _is_month(noun):
        noun = None  # "Wednesday 26 October 2016 26 People Killed": the parse hung the figure on the date
    sentence = doc[start].sent
    distinct = before if before is not None and before.lower_ in DISTINCT_MODIFIERS else None
    rule = f"anaphor+{decision.rule}" if pointing_back else decision.rule
    return Count(
        kind=decision.kind,
        quantity=quantity,
        start=doc[start].idx,
        end=doc[end - 1].idx + len(doc[end - 1].text),
        text=doc[start:end].text,
        sentence=(sentence.start_char, sentence.end_char),
        cue=_mention(decision.cue) if decision.cue is not None else None,
        subject=_subject(doc, noun, distinct) if noun is not None else None,
        rule=rule,
    )
