"""``decide``: the sub-event decisions for one sentence, territory changes first, then the codebook's rules
in order.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from frontlines.events.lexicon import Cue, Lexicon
from frontlines.events.typing.battles import rule_battle
from frontlines.events.typing.civilian_violence import rule_abduction_arrest, rule_sexual, rule_violence
from frontlines.events.typing.cue_readings import (
    _READING_CAUSES,
    CAUSE_PREPOSITIONS,
    EFFECT_CUES,
    _foreground,
    in_description,
    is_background,
)
from frontlines.events.typing.decision import FIGHT_CUES, VIOLENCE, Classifier, Decision, _has, _pick
from frontlines.events.typing.demonstrations import rule_demonstration
from frontlines.events.typing.participants import _has_object, done_with_a_doer
from frontlines.events.typing.remote_violence import _in_support, rule_remote
from frontlines.events.typing.sport import _is_sport_talk
from frontlines.events.typing.strategic_developments import (
    rule_agreement,
    rule_disrupted,
    rule_other,
    rule_property,
    rule_strategic,
)
from frontlines.events.typing.territory import _territory, armed_evacuation


def decide(
    doc: Doc, sentence: Span, cues: list[Cue], lexicon: Lexicon, classify: Classifier, cause_only: bool = False
) -> list[Decision]:
    """The sub-event decisions for one sentence: territory changes, then the main event. With
    ``cause_only`` (a report that tells no event of its own), the attack a sentence gives as the
    cause of what it reports is read ("security was beefed up following an attack on a village")."""
    if not cause_only:
        return _decide(doc, sentence, _foreground(doc, cues), classify, told=cues)
    cues = _violence_as_cause(doc, cues)
    if not cues:
        return []
    reading = _READING_CAUSES.set(True)
    try:
        return _decide(doc, sentence, cues, classify)
    finally:
        _READING_CAUSES.reset(reading)


def _decide(
    doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier, told: list[Cue] | None = None
) -> list[Decision]:
    """``told``: all the sentence's cues, background phrases too ("entered the town after fierce
    clashes": the fighting that won the ground)."""
    if not cues:
        # "buses carrying militants left Arsal": a handover no cue word tells
        evacuation = armed_evacuation(doc, sentence, cues, classify)
        return [evacuation] if evacuation is not None else []
    if _is_sport_talk(sentence, cues, classify):
        return []
    decisions = _territory(doc, sentence, cues, classify, fought=told or cues)
    used = {id(c) for d in decisions for c in d.cues}
    rest = [c for c in cues if id(c) not in used]
    main = _main_event(doc, sentence, rest, classify) if rest else None
    fire = _pick(main.cues, "AIR", "SHELL") if main is not None else []
    if decisions and fire and all(_in_support(doc, c) for c in fire):
        main = None  # "fighters, backed by air strikes, retook the villages": the strikes support the taking
    if main is not None and not (decisions and main.sub_event_type == "Armed clash" and not _has(main.cues, "CLASH")):
        decisions.append(main)
    return decisions


#: Cues of a crowd's own event, which a report may also give only as a cause.
CROWD_CUES = frozenset({"PROTEST", "RIOT"})


def _violence_as_cause(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """The violent cues of phrases that give the cause of what a sentence reports ("following an
    attack on a Turkana village by armed raiders", "after a grenade attack on a bus"), with the
    cues inside them; none when the sentence has a violent cue of its own."""
    violent = {*VIOLENCE, *FIGHT_CUES, "GRENADE", "SUICIDE"}
    if any(c.cue in violent and not is_background(doc, c) for c in cues):
        return []
    caused = [c for c in cues if _under_cause_preposition(c.head(doc))]
    # "offices were paralysed following protests against the board": the protest is an event too
    return caused if any(c.cue in violent or c.cue in CROWD_CUES for c in caused) else []


def _under_cause_preposition(token: Token) -> bool:
    """In "following an attack", "after a grenade attack", "after they were attacked"."""
    for t in [token, *token.ancestors][:4]:
        if t.dep_ in ("pobj", "pcomp", "dobj") and t.head.lower_ in CAUSE_PREPOSITIONS:
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CAUSE_PREPOSITIONS for c in t.children):
            return True
    return False


def _main_event(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    if _is_accident(doc, cues):
        return None
    for rule in RULES:
        decision = rule(doc, sentence, cues, classify)
        if decision is not None:
            return decision
    return None


def _done_to(verb: Token) -> bool:
    """The act has someone it is done to: an object, or a passive subject ("was shot dead")."""
    return _has_object(verb) or any(c.dep_ == "nsubjpass" for c in verb.children)


#: Acts only people do to someone, which no accident does: "set ablaze a driver", "beat a man".
HANDS_ON = frozenset({"BURN", "BEAT", "MOB", "TORTURE", "SHOOT", "ABDUCT", "SEXUAL"})
#: First words of killings done by hand: "shot dead", "stabbed", "hacked to death".
HANDS_ON_KILLINGS = frozenset({"shot", "shoot", "stab", "stabbed", "hack", "hacked", "beat", "stone", "stoned", "gun"})


def _hands_on(cue: Cue) -> bool:
    return cue.cue in HANDS_ON or (cue.cue == "KILL" and cue.pattern.split()[0] in HANDS_ON_KILLINGS)


def _is_accident(doc: Doc, cues: list[Cue]) -> bool:
    """An explosion or deaths in an accident (a crash, a tanker, a gas leak) is not political violence;
    an accident that describes someone ("set ablaze a driver that killed a rider in an accident")
    is only the reason for what was done to them."""
    accidents = [c for c in cues if c.cue == "ACCIDENT"]
    if not accidents:
        return False
    done_to_someone = any(_hands_on(c) and not in_description(c.head(doc)) and _done_to(c.head(doc)) for c in cues)
    if done_to_someone and all(in_description(c.head(doc)) or is_background(doc, c) for c in accidents):
        return False  # ("shot dead by police as he was assisting victims following a road accident")
    deliberate = (
        *("ATTACK", "SHOOT", "IED", "SUICIDE", "AIR", "SHELL", "CLASH", "EXECUTE", "PROTEST", "RIOT", "RIOTACT"),
        *("SEIZE", "LOOT"),  # "seized a number of diesel tankers": no accident
    )
    return not _has(cues, *deliberate)


def toll_of_accident(doc: Doc, cues: list[Cue]) -> bool:
    """The sentence tells only deaths, wounds or bodies, no act of anyone's ("Most of the people
    killed were pilgrims"): after an accident told before it, the accident's toll, not an event."""
    acts = [c for c in cues if c.cue != "ACCIDENT"]
    done_by = any(t.dep_ == "agent" for c in acts for t in c.head(doc).children)  # "murdered by BJD activists"
    # "Gunmen killed two villagers": a doer and the done-to, an act of someone's
    done_by = done_by or any(done_with_a_doer(c.head(doc)) for c in acts)
    return bool(acts) and not done_by and all(c.cue in EFFECT_CUES and not _hands_on(c) for c in acts)


RULES: tuple[Callable[[Doc, Span, list[Cue], Classifier], Decision | None], ...] = (
    rule_disrupted,
    rule_sexual,
    rule_agreement,
    rule_remote,
    rule_demonstration,
    rule_other,
    rule_battle,
    rule_violence,
    rule_abduction_arrest,
    rule_property,
    rule_strategic,
)
