"""Sport words and match reports, whose 'attack', 'beat' and 'shot' are no violence."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.events.lexicon import ARMED, STATE, UNKNOWN, Cue
from frontlines.events.typing.cue_readings import in_description, told_as_background
from frontlines.events.typing.decision import Classifier, _has, words

#: Cues of a demonstration, which sport words do not explain away ("protested the penalty fees").
DEMONSTRATION_CUES = ("PROTEST", "LABOUR", "RIOT", "RIOTACT")
#: Distinct sport words that make a whole document a match report.
SPORT_REPORT_WORDS = 2


def is_sport_report(doc: Doc, cues: list[Cue], classify: Classifier) -> bool:
    """A match report: several sport words, no one killed, no armed or state participant."""
    found = {t.lemma_.lower() for t in doc if _sport_word(t)}
    if len(found) < SPORT_REPORT_WORDS or _has(cues, "KILL", "EXECUTE", "LETHAL", *DEMONSTRATION_CUES):
        return False
    return not any(classify(t) in (ARMED, STATE, UNKNOWN) for t in doc)


def _is_sport_talk(sentence: Span, cues: list[Cue], classify: Classifier) -> bool:
    """A match report's 'battle', 'attack', 'strike' and 'shot': sport words, no one killed, no
    armed or state participant."""
    if not _is_sport(sentence) or _has(cues, "KILL", "EXECUTE", "LETHAL", "MOB", *DEMONSTRATION_CUES):
        return False  # "fans protested the referee's decision" is a protest
    if all(told_as_background(t) or in_description(t) for t in sentence if _sport_word(t)):
        return False  # "burnt their dormitories after teachers refused to let them watch a football match"
    return not any(classify(t) in (ARMED, STATE, UNKNOWN) for t in sentence)


def _is_sport(sentence: Span) -> bool:
    """'Beat', 'attack' and 'shot' in a match report are sport, not violence."""
    return any(_sport_word(t) for t in sentence)


def _sport_word(token: Token) -> bool:
    """A sport word, not inside a name: "a local leader of Awami League", "the Muslim League", nor
    "scores" as a number of people ("scores of people were injured", "scores are injured")."""
    if token.lemma_.lower() not in words("sport") or token.pos_ == "PROPN":
        return False
    return not _scores_of_people(token) and not _team_of_people(token)


def _team_of_people(token: Token) -> bool:
    """ "a team of engineers", "a team of doctors": a group of people, not a side in a match."""
    return token.lemma_.lower() == "team" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ == "of"


def _scores_of_people(token: Token) -> bool:
    if token.lower_ != "scores":
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (after is not None and after.lower_ == "of") or (
        token.dep_ in ("nsubj", "nsubjpass") and token.head.tag_ == "VBN"
    )
