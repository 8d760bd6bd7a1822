"""Clauses that look back at a conflict's history or give a running total ("since 2011", "the war
has killed thousands", "so far"): their figures are not one event's."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from frontlines.events.context import DocumentContext

#: A toll no single event has: tens of thousands or more ("280000", "more than 250,000", "thousands").
WAR_TOLL = (
    r"(?:\b(?:\d{2,3}(?:,\d{3})+|\d(?:,\d{3}){2,})\b|\b\d{5,}\b|\bthousands\b|\bmillions\b|\bhundreds of thousands\b)"
)
#: A look back at the conflict's history: "since 2011", "since the war began", "since an uprising
#: against the regime began in 2011", "the five-year war", "years ago", "last year",
#: "between May 2011 and August 2013", "from 2011 to 2016", "has since",
#: "the republic has seen numerous bombings", "there have been several attacks in the region", "a
#: war which has killed thousands", "a conflict that has killed 280000 people".
LOOK_BACK = re.compile(
    r"\bsince\b[^.;]{0,80}\b(?:1[89]|20)\d\d\b"
    r"|\bsince\b[^.;]{0,80}\b(?:start|started|began|begun|beginning|outbreak|erupted|broke out)\b"
    r"|\b(?:has|have) since\b"
    r"|\b(?:\w+|\d+)-year(?: civil)? (?:war|conflict|insurgency|uprising)\b"
    r"|\b(?:war|conflict|insurgency|uprising)\b[^.;]{0,60}\b(?:began|broke out|started|erupted)\b"
    r"|\b(?:years?|decades?|months?) ago\b|\blast year\b"
    r"|\bbetween (?:\w+ )?(?:1[89]|20)\d\d and (?:\w+ )?(?:1[89]|20)\d\d\b"
    r"|\bfrom (?:\w+ )?(?:1[89]|20)\d\d (?:to|until|through) (?:\w+ )?(?:1[89]|20)\d\d\b"
    r"|\b(?:has|have) (?:seen|witnessed)\b"
    r"|\bthere (?:has|have) been (?:several|many|numerous|multiple|repeated|frequent|dozens of|hundreds of"
    r"|a (?:number|series|spate|string|wave) of)\b"
    r"|\b(?:has|have) (?:killed|left|claimed)\b[^.;]{0,30}" + WAR_TOLL,
    re.IGNORECASE,
)
#: Starts of a fight's own span after "since": "killed in battles since Wednesday afternoon" is one
#: fight's toll, not a running total.
_RECENT = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last night|this|early|dawn"
    r"|the (?:morning|evening|afternoon|night))"
)
#: A running total: its figures are not one event's, though the event it counts may be ("so far",
#: "in the last two weeks", "during the past month", "in the last 10 days", "in one week", "last
#: month", "since the end of July", "have been killed ... since the talks broke off", a sentence
#: opening "Since then", "the deadliest month", "a month of infighting", "have also claimed
#: hundreds of lives", "earlier this month"; not "over the past six days", which a report may still
#: give one event's toll for).
RUNNING_TOTAL = re.compile(
    r"\bso far\b|\bto date\b|\bin total\b"
    r"|\b(?:in|over|during) the (?:last|past) (?:\w+ )?(?:weeks|months|years|month|year)\b|\blast month\b"
    # a week of days or more: "in the last 10 days" (not "over the past six days")
    r"|\b(?:in|over|during) the (?:last|past) (?:[7-9]|[1-9]\d+|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty)"
    r" days\b"
    r"|\bsince (?:the (?:start|beginning|end|middle) of |early |late |mid-?)?(?:January|February|March|April|May|June"
    r"|July|August|September|October|November|December)\b"
    r"|\bin (?:one|a|two|three|four|\d+) (?:weeks?|months?)\b"
    # "Hundreds of people have been killed there since peace talks broke off", "warplanes have killed
    # 4000 civilians since it first intervened", "6000 militants have been killed on this front"
    r"|\b(?:has|have) (?:been )?(?:killed|wounded|injured|hurt)\b[^.;]{0,60}\bsince\b(?!\s+" + _RECENT + r")"
    r"|\b(?:has|have) been killed on (?:this|that|the) front\b"
    r"|^since then\b"
    # "September was the deadliest month ... killing 3000", "a month of infighting has killed 300"
    r"|\bdeadliest (?:week|month|year)\b"
    # "coalition strikes have also claimed hundreds of civilian lives", "earlier this month the coalition
    # said its raids killed 220 civilians"
    r"|\b(?:has|have) (?:also )?(?:killed|claimed)\b[^.;]{0,30}\b(?:hundreds|thousands)\b"
    r"|\bearlier this (?:month|year)\b"
    r"|\b(?:a|one|two|three|four|five|six|\d+) (?:weeks?|months?|years?) of (?:fighting|infighting|clashes|violence"
    r"|war|bombing|bombardment|strikes|air strikes|airstrikes|shelling)\b",
    re.IGNORECASE,
)


def is_history(text: str) -> bool:
    """True for a text that looks back at the history of a conflict."""
    return LOOK_BACK.search(text) is not None


def history_clauses(sentence: Span, pattern: re.Pattern[str] = LOOK_BACK) -> list[tuple[int, int]]:
    """Character ranges of the clauses of a sentence that tell history ("the war, which has since
    killed 300,000", "since the war began"): the subtree of the verb that governs the phrase."""
    ranges = []
    for match in pattern.finditer(sentence.text):
        span = sentence.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        # "X have been killed since the war began": the look-back phrase scopes over the verb it modifies
        verb = span[0].head if span[0].lower_ == "since" else span.root
        if span[0].lower_ == "since" and span[0].dep_ == "mark" and verb.head.i != verb.i:
            verb = verb.head  # "since the war began": the clause it is the mark of modifies the verb above
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        while (joined := _borrowed_perfect(verb)) is not None:
            # "have been killed in Syria and 11 million displaced since the conflict began": a joined
            # verb that borrows the first one's "have" shares its look-back (not "shelled the town on
            # Monday and have killed 300 since 2011", nor "staged rallies ... and mark the deaths")
            verb = joined
        tokens = list(verb.subtree)
        ranges.append((tokens[0].idx, tokens[-1].idx + len(tokens[-1])))
    return ranges


def _auxiliaries(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("aux", "auxpass")]


def _borrowed_perfect(verb: Token) -> Token | None:
    """The perfect verb a participle with no auxiliary of its own is joined to, whose "have" it
    borrows, or None: "have been killed and millions displaced", whether the parse makes "displaced"
    the verb's conjunct or a modifier of "millions", the conjunct."""
    if verb.tag_ not in ("VBN", "VBD") or _auxiliaries(verb) or verb.dep_ not in ("conj", "acl"):
        return None
    head = verb.head
    if verb.dep_ == "acl":
        if head.dep_ != "conj" or head.pos_ not in ("NOUN", "PROPN", "NUM"):
            return None  # "people displaced since 2011": a noun's own modifier
        head = head.head
    return head if head.pos_ in ("VERB", "AUX") and _perfect(head) else None


def _perfect(verb: Token) -> bool:
    """A verb in a perfect tense: "have been killed", "had fled"."""
    return any(a.lemma_.lower() == "have" for a in _auxiliaries(verb))


def history_clauses_at(ctx: DocumentContext, char: int) -> list[tuple[int, int]]:
    """Character ranges of the look-back and running-total clauses of its sentence that hold the
    character."""
    sentence = ctx.sentences[ctx.sentence_index(char)]
    clauses = history_clauses(sentence) + history_clauses(sentence, RUNNING_TOTAL)
    return [(start, end) for start, end in clauses if start <= char < end]


def in_history(ctx: DocumentContext, char: int) -> bool:
    """True where the character sits in a look-back or running-total clause of its sentence."""
    return bool(history_clauses_at(ctx, char))
