"""Who suffered an act, read from the parse: the subject of a passive, of "died" or "are dead", of a
device struck or losses suffered, and the object of a harm verb. RoleFinder (events/roles.py)
reads its sides with these; a demonstration's outcomes (events/demonstrations.py) too."""

from __future__ import annotations

from spacy.tokens import Span, Token

from frontlines.attribution.find import RAISING_VERBS
from frontlines.events.typing import HARM_VERBS, Decision
from frontlines.events.typing.participants import ASSAULT_VERBS, headline_victim, misread_place

#: Verbs whose passive subject is the one charged with the act, not its victim ("police are
#: accused of assaulting a driver").
CHARGE_VERBS = frozenset({"accuse", "charge", "blame"})


def _agentless_harm(decision: Decision) -> bool:
    """The event's word is a passive harm with no "by" agent: "two suspects were shot and injured"."""
    for cue in decision.cues:
        head = decision.sentence.doc[cue.start]
        verb = head if head.pos_ == "VERB" else head.head
        if _is_passive(verb) and not any(c.dep_ == "agent" for v in (verb, *verb.conjuncts) for c in v.children):
            return True
    return False


def _is_passive(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and any(c.dep_ in ("auxpass", "nsubjpass") for c in token.children)


#: Nouns of quantity whose "of" phrase is what was counted: "killed a total of 4 PKK militants".
QUANTITY_NOUNS = frozenset({"total", "number", "dozen", "dozens", "score", "scores", "handful"})


def _object_of_harm(token: Token) -> bool:
    """The object of a harm or assault verb ("killed two soldiers", "attacked a military position"),
    also through a noun of quantity ("killed or injured a total of 4 PKK militants")."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in QUANTITY_NOUNS:
        token = token.head.head
    harmed = token.dep_ == "dobj" and token.head.lemma_.lower() in HARM_VERBS | ASSAULT_VERBS
    return harmed and not misread_place(token)  # not "killed outside police post"


def _harmed_subject(decision: Decision) -> bool:
    """The verb the event word hangs from tells its subject suffered ("a man was killed after exchanging fire")."""
    for cue in decision.cues:
        head = cue.head(decision.sentence.doc)
        for token in (head, *list(head.ancestors)[:3]):
            if any(c.dep_ in ("nsubj", "nsubjpass") and _suffering_subject(c) for c in token.children):
                return True
    return False


def _suffering_subject(token: Token) -> bool:
    """The subject of a passive verb other than a raising one ("were killed", not "were reported to")."""
    if headline_victim(token):
        return True  # "Two soldiers killed in IED blast", "One officer reported dead": a headline drops 'was'
    if any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in HARM_VERBS for c in token.children):
        return True  # the same headline parsed as a noun phrase, "soldiers [killed in ...]"
    if token.dep_ == "nsubj" and (_told_dead(token.head) or _met_harm(token)):
        return True  # "seven officers are dead following an attack", "two soldiers died"
    return token.dep_ == "nsubjpass" and token.head.lemma_.lower() not in RAISING_VERBS | CHARGE_VERBS


#: Verbs whose subject took losses: "ANDSF forces suffered casualties".
SUFFERING_VERBS = frozenset({"suffer", "sustain", "incur"})
#: Verbs whose subject met a device ("an army vehicle struck an IED", "a soldier stepped on a landmine").
MEETING_VERBS = frozenset({"strike", "hit", "step", "run", "drive", "trigger", "tread"})
#: Explosive devices a subject may strike or step on.
DEVICE_WORDS = frozenset({"ied", "mine", "landmine", "explosive", "device", "bomb"})


def _met_harm(subject: Token) -> bool:
    """The subject took losses or struck a device: "ANDSF forces suffered casualties", "an army
    vehicle struck an IED", "a soldier stepped on a landmine" (not "militants detonated an IED")."""
    verb = subject.head
    lemma = verb.lemma_.lower()
    if lemma in SUFFERING_VERBS:
        return True
    if lemma not in MEETING_VERBS:
        return False
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "over") for p in c.children]
    return any(o.lemma_.lower() in DEVICE_WORDS or o.lower_ in DEVICE_WORDS for o in objects)


#: What a subject "is" when it suffered: "seven officers are dead", "two were missing".
SUFFERED_STATES = frozenset({"dead", "injured", "wounded", "missing", "hurt"})


def _told_dead(verb: Token) -> bool:
    """'died', 'perished', 'are dead', 'were injured' (as a state): its subject suffered."""
    if verb.lemma_.lower() in ("die", "perish"):
        return True
    return verb.lemma_.lower() == "be" and any(c.dep_ == "acomp" and c.lower_ in SUFFERED_STATES for c in verb.children)


def _members_of(words: Span) -> bool:
    """ "members of the Garre clan": people of a community, not its armed men."""
    return any(t.lemma_.lower() == "member" and t.nbor(1).lower_ == "of" for t in words[:-1])


#: Nouns for the people of one's own side: "his colleagues", "their commander".
PEERS = frozenset({"colleague", "comrade", "boss", "superior", "commander"})


def _peers_of(token: Token) -> list[Token]:
    """The subjects of the verb whose object is someone's own colleague ("shot dead two of his
    colleagues", "killed his boss"): whose side the colleague is on."""
    if any(c.dep_ == "poss" and c.lower_ in ("our", "my", "your") for c in token.children):
        return []  # "gunmen killed two of our colleagues": the speaker's
    verb = next((t for t in token.ancestors if t.pos_ == "VERB"), None)
    if verb is None:
        return []
    subjects = [t for c in verb.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
    # "a rogue officer who shot dead two colleagues": the officer
    subjects = [verb.head if t.lower_ in ("who", "that") and verb.dep_ == "relcl" else t for t in subjects]
    return [t for t in subjects if t.lemma_.lower() not in PEERS]


def harm_suffered(span: Span) -> bool:
    """The mention is the subject of a harm verb's passive: "rebel fighters were killed"."""
    return span.root.head.lemma_.lower() in HARM_VERBS
