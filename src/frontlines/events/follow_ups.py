"""Sentences that go on with the event told just before them: a bare casualty toll, the target
firing back, a killing after an abduction, a mine left from a past war, arrests in a seizure."""

from __future__ import annotations

import re
from dataclasses import replace

from spacy.tokens import Doc, Token

from frontlines.actors import ActorMention
from frontlines.events.context import DocumentContext
from frontlines.events.drafts import EventDraft, _told_of_another_place
from frontlines.events.lexicon import Cue
from frontlines.events.roles import (
    AGENT_RULE,
    BETWEEN_RULE,
    BY_AFTER_RULE,
    BY_RIGHT_AFTER_RULE,
    NEAREST_PARTY_RULE,
    WITH_OPPONENT_RULE,
    Sides,
)
from frontlines.events.typing import RULE_REMNANT, Decision
from frontlines.taxonomy import event_type_of

#: Verbs whose subject suffers the death: "1 GSU officer dies", "two soldiers succumbed".
DEATH_VERBS = frozenset({"die", "perish", "succumb"})
#: Cues of a crowd's own noun: "rioters", "protesters".
CROWD_NOUN_CUES = frozenset({"RIOT", "PROTEST"})
#: Verbs that tell what a crowd suffered: "killed", "shot", "injured".
SUFFER_VERBS = frozenset({"kill", "shoot", "injure", "wound", "die", "hurt", "beat"})


def _crowd_that_suffered(doc: Doc, cue: Cue) -> bool:
    """The crowd's own noun, as the one a casualty verb's clause tells of: "Reports of 2 rioters
    killed", "three protesters were shot dead" (the riot told before, not a new act of a crowd)."""
    token = cue.head(doc)
    if cue.cue not in CROWD_NOUN_CUES or token.pos_ != "NOUN":
        return False
    verbs = [c for c in token.children if c.dep_ in ("acl", "relcl")]
    if token.dep_ == "nsubjpass" or (token.dep_ == "nsubj" and token.head.lemma_.lower() in DEATH_VERBS):
        verbs.append(token.head)
    return any(v.lemma_.lower() in SUFFER_VERBS for v in verbs)


#: Event families whose casualties a bare "N people were killed" sentence reports.
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})


def fold_target(drafts: list[EventDraft], decision: Decision, sides: Sides, ctx: DocumentContext) -> EventDraft | None:
    """The event a bare casualty or anaphoric sentence reports on: the one told just before, or,
    past a strategic development told in between, the first violent event that takes it ("A blast
    killed six in Aleppo. Buses carrying fighters left Madaya. No one claimed the attack": the blast)."""
    if _folds_into(drafts, decision, sides, ctx):
        return drafts[-1]
    if not drafts or event_type_of()[drafts[-1].sub_event_type] != "Strategic developments":
        return None
    if drafts[-1].sub_event_type == "Looting/property destruction":
        return None  # "The attackers also torched the houses": harm done, which a later toll may be of
    if any(t.ent_type_ in ("DATE", "TIME") for t in decision.sentence):
        return None  # "On Sunday 11 civilians were killed": a day of its own, perhaps another event
    # (the first that takes it: the report's lead event, which a later "the attack" goes back to)
    violent = [i for i, d in enumerate(drafts) if event_type_of()[d.sub_event_type] in VIOLENT_TYPES]
    return next((drafts[i] for i in violent if _folds_into(drafts[: i + 1], decision, sides, ctx)), None)


def _folds_into(drafts: list[EventDraft], decision: Decision, sides: Sides, ctx: DocumentContext) -> bool:
    """A bare casualty sentence ("six people were killed", "13 militants were also killed")
    reports on the violent event before it, not on a new one."""
    if not drafts or decision.territory_agent is not None:
        return False
    doc = decision.sentence.doc
    previous = drafts[-1]
    told = {c.cue for d in previous.decisions for c in d.cues}

    def points_back(cue: Cue) -> bool:
        told_again = _anaphoric(doc, cue) and _told_before(cue, told)
        return (
            told_again
            or _crowd_that_suffered(doc, cue)
            or _damage_done(doc, cue)
            or _damage_by_told(doc, cue, ctx.cues, told)
        )

    # "Two LNA soldiers were reportedly killed", "Two militants were killed in the attack,
    # including a commander": a side named only as the victims of a passive casualty verb, in a
    # sentence that names no new act, does not make a new event
    suffered = any(c.cue in EFFECT_ONLY for c in decision.cues) and all(
        (c.cue in EFFECT_ONLY and (_passive(c.head(doc)) or c.head(doc).lemma_.lower() in DEATH_VERBS))
        or points_back(c)
        for c in decision.cues
    )
    # "Witnesses say they saw 4 bodies taken away from the clashes": every cue points back, and
    # the attacker named is one of the event's own; or the event had none and the words point back
    # to an event of another kind ("A land mine hit an army convoy ... No one has claimed the
    # attack, but al-Shabab has taken credit for attacks in the region": not a second, armed clash)
    unclaimed = (
        previous.sides.actor1 is None
        and event_type_of()[previous.sub_event_type] == "Explosions/Remote violence"
        and decision.sub_event_type != previous.sub_event_type
        and any(points_back(c) for c in decision.cues)
    )
    own = all(c.cue in EFFECT_ONLY or points_back(c) for c in decision.cues) and (
        _one_of(sides.actor1, previous) or unclaimed
    )
    # "Barazi said the attack served the interests of armed groups including Islamic State": every
    # event word is a noun that points back, and the parties the sentence names are not the noun's
    # own sides, so it speaks of the event told before
    own = own or (
        all(_anaphoric(doc, c) and _told_before(c, told) for c in decision.cues)
        and not {sides.rule1, sides.rule2} & NOUN_SIDE_RULES
    )
    if _same_fight(decision, previous):
        return True
    if _names_actor1(sides) and not suffered and not own:
        return False
    # force used on a crowd is violent too: "Police use live bullets against rioters. A person is
    # killed in the cross fire."
    violent_before = event_type_of()[previous.sub_event_type] in VIOLENT_TYPES or previous.sub_event_type in (
        "Excessive force against protesters",
        "Protest with intervention",
    )
    if all(c.cue in EFFECT_ONLY for c in decision.cues):
        return violent_before
    if all(c.cue in EFFECT_ONLY or points_back(c) for c in decision.cues):
        # "The attack caused material damage", "One militant was killed in the airstrike": the
        # event told before, not a new one.
        return violent_before or previous.sub_event_type == "Looting/property destruction"
    # "The clashes happened near X": the clashes already told, when no one new is named (not "In Daraa
    # army units clashed with ..." after a clash in Hama: another place, another clash)
    return (
        sides.actor2 is None
        and bool(told & {"CLASH"})
        and all(c.cue == "CLASH" for c in decision.cues)
        and not _told_of_another_place(previous, decision, ctx)
    )


#: Remote violence that becomes a battle when its target fires back.
ANSWERABLE_TYPES = frozenset({"Shelling/artillery/missile attack", "Grenade"})
#: Cues of answering fire: "fired back", "returned fire", "responded to the fire".
RETURN_FIRE_CUES = frozenset({"EXCHANGE", "RESPOND"})


def _last_sentence(draft: EventDraft, ctx: DocumentContext) -> int:
    """The index of the last sentence a draft's decisions were read from."""
    return max(ctx.sentence_index(d.sentence.start_char) for d in draft.decisions)


#: Sentences after an event within which a sentence may still tell of it ("fired back", "the
#: mine lay where fighting took place", "his corpse was found").
FOLLOW_UP_REACH = 2


def _told_just_after(draft: EventDraft, index: int, ctx: DocumentContext) -> bool:
    """Sentence ``index`` comes after the draft's last sentence, within ``FOLLOW_UP_REACH``."""
    return 0 < index - _last_sentence(draft, ctx) <= FOLLOW_UP_REACH


def _one_of(mention: ActorMention | None, draft: EventDraft) -> bool:
    """The actor is one of the draft's two sides."""
    names = {m.name for m in (draft.sides.actor1, draft.sides.actor2) if m is not None}
    return mention is not None and mention.name in names


#: Words by which a sentence says its people fought one another.
_RECIPROCAL = re.compile(r"\b(?:each other|one another)\b", re.IGNORECASE)


def _same_fight(decision: Decision, previous: EventDraft) -> bool:
    """The sentence goes on with the fight told before, its people named only by a pronoun: "two
    groups clashed. They attacked each other with machetes, killing one"; "fishermen demonstrated.
    They clashed with police, who fired live ammunition, killing two"."""
    subjects = [
        t for c in decision.cues for t in c.head(decision.sentence.doc).children if t.dep_ in ("nsubj", "nsubjpass")
    ]
    if not subjects or any(t.lower_ not in ("they", "them") for t in subjects):
        return False
    kind = event_type_of()[previous.sub_event_type]
    if _RECIPROCAL.search(decision.sentence.text):
        return kind in ("Battles", "Riots")
    return kind in ("Protests", "Riots") and any(c.cue == "CLASH" for c in decision.cues)


#: Rules by which the event word itself names a side: "the clashes between A and B", "the attack
#: by X", "clashed with X".
NOUN_SIDE_RULES = frozenset({BETWEEN_RULE, WITH_OPPONENT_RULE, AGENT_RULE, BY_RIGHT_AFTER_RULE, BY_AFTER_RULE})


def _names_actor1(sides: Sides) -> bool:
    """The decision's own attacker is named (not left to a default or the event before it)."""
    return sides.actor1 is not None and sides.actor1.kind in ("named", "coref")


def _fired_back(drafts: list[EventDraft], decision: Decision, index: int, ctx: DocumentContext) -> bool:
    """The decision is the target of the event told just before answering its fire."""
    if not drafts or decision.sub_event_type != "Armed clash":
        return False
    if not any(c.cue in RETURN_FIRE_CUES for c in decision.cues):
        return False
    previous = drafts[-1]
    if previous.sub_event_type not in ANSWERABLE_TYPES:
        return False
    return _told_just_after(previous, index, ctx)


#: Sub-event types an explosive remnant of a past war may first be read as.
REMNANT_TYPES = frozenset({"Remote explosive/landmine/IED", "Shelling/artillery/missile attack", "Grenade"})


def _goes_on(drafts: list[EventDraft], decision: Decision, sides: Sides) -> bool:
    """The decision tells more of the event just before ("also"), of the same type, and names no
    actor of its own."""
    if not drafts or drafts[-1].sub_event_type != decision.sub_event_type:
        return False
    if _names_actor1(sides):
        return False
    return any(t.lower_ == "also" and t.dep_ == "advmod" and t.head.dep_ == "ROOT" for t in decision.sentence)


#: The rule of an abduction merged into the killing of its victim.
RULE_KILLED_AFTER_ABDUCTION = "codebook:an abduction whose victim is killed is an attack"
#: Cues that tell a death, which turn an abduction told beside them into an attack.
DEATH_CUES = frozenset({"KILL", "BODY", "EXECUTE", "LETHAL"})


def _abduction_and_killing(drafts: list[EventDraft], decision: Decision, index: int, ctx: DocumentContext) -> bool:
    """An abduction and a killing told within two sentences of each other, either first: the
    victim abducted and then killed."""
    if not drafts:
        return False
    previous = drafts[-1]
    kinds = {previous.sub_event_type, decision.sub_event_type}
    if kinds != {"Abduction/forced disappearance", "Attack"}:
        return False
    killing = decision if decision.sub_event_type == "Attack" else previous.primary
    if not any(c.cue in DEATH_CUES for c in killing.cues):
        return False
    return _told_just_after(previous, index, ctx)


def _remnant_of_previous(drafts: list[EventDraft], decision: Decision, index: int, ctx: DocumentContext) -> bool:
    """The decision says the device of the explosion told just before is a remnant of a past war."""
    if not drafts or decision.rule != RULE_REMNANT or drafts[-1].sub_event_type not in REMNANT_TYPES:
        return False
    return _told_just_after(drafts[-1], index, ctx)


def _arrests_in_seizure(drafts: list[EventDraft], decision: Decision, index: int, ctx: DocumentContext) -> bool:
    """Arrests told in the sentence after a seizure of goods or a lab dismantled belong to that
    operation."""
    if not drafts or decision.sub_event_type != "Arrests":
        return False
    previous = drafts[-1]
    if previous.sub_event_type != "Looting/property destruction" or not any(
        c.cue == "SEIZE" or c.pattern == "dismantle" for d in previous.decisions for c in d.cues
    ):
        return False
    last = _last_sentence(previous, ctx)
    return 0 <= index - last <= 1


def _passive(verb: Token) -> bool:
    """ "were killed", "killed" in a headline or an elliptic list ("five others injured")."""
    return verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)


def _anaphoric(doc: Doc, cue: Cue) -> bool:
    """A noun cue that points back: 'the attack', 'this attack', 'the airstrike', 'the explosion'; or a
    participle before such a noun: 'the targeted airbase', 'the bombed hospital'."""
    head = cue.head(doc)
    if head.dep_ == "amod" and head.tag_ == "VBN" and head.i < head.head.i:
        head = head.head
    return head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


#: Cues of explosive violence: "the explosion" or "the blast" points back to any of them.
EXPLOSIVE_CUES = frozenset({"GRENADE", "IED", "SHELL", "AIR", "SUICIDE", "BOMB", "BLAST"})


#: Cues of a fight or a crowd's violence: "the unrest", "the riot" or "the confrontation" points back to any.
FIGHT_OR_RIOT_CUES = frozenset({"CLASH", "RIOT", "RIOTACT", "MOB"})


def _told_before(cue: Cue, told: set[str]) -> bool:
    """ "The attack" points back to any event; "the airstrike" or "the strike" to an airstrike; "the explosion" to
    any explosive violence; "the unrest" or "the confrontation" to a fight or a riot."""
    if cue.cue == "ATTACK" or cue.cue in told:
        return True
    if cue.cue in ("RIOT", "CLASH") and told & FIGHT_OR_RIOT_CUES:
        return True
    if cue.cue == "STRIKE" and told & {"AIR", "AIRCRAFT"}:
        return True  # "the strike" after "coalition airstrikes"
    return cue.cue in ("BLAST", "BOMB") and bool(told & EXPLOSIVE_CUES)


#: Cues of damage to property.
DAMAGE_CUES = frozenset({"DESTROY", "BURN"})


def _damage_done(doc: Doc, cue: Cue) -> bool:
    """Damage told in the passive with no doer named: "The school was heavily damaged", "Eleven houses
    were also burnt" (the harm of the event told before, not a new act)."""
    verb = cue.head(doc)
    if cue.cue not in DAMAGE_CUES or not _passive(verb):
        return False
    # not a damage denied ("the counter wasn't that damaged") nor one done by someone named
    holders = [verb, verb.head] if verb.dep_ == "acomp" else [verb]
    return not any(c.dep_ in ("agent", "neg") for v in holders for c in v.children)


def _damage_by_told(doc: Doc, cue: Cue, cues: list[Cue], told: set[str]) -> bool:
    """Damage done by the event told before, named again as the subject: "The raids also destroyed
    several shops", "the blast damaged nearby buildings" (its harm, not a new act of destruction);
    ``cues`` are the document's, the subject's among them."""
    verb = cue.head(doc)
    if cue.cue not in DAMAGE_CUES or verb.pos_ != "VERB" or _passive(verb):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    subjects = {c.i for c in verb.children if c.dep_ == "nsubj"}
    return any(other.head(doc).i in subjects and _anaphoric(doc, other) and _told_before(other, told) for other in cues)


#: Cues that report casualties without saying what happened.
EFFECT_ONLY = frozenset({"KILL", "HARM", "BODY", "SHOOT", "LETHAL"})


#: Blasts a following sentence may tell were set off by a suicide bomber.
BLAST_TYPES = frozenset({"Remote explosive/landmine/IED", "Grenade"})


def _bomber_of_previous(drafts: list[EventDraft], decision: Decision, index: int, ctx: DocumentContext) -> bool:
    """ "2 killed in bomb blast. Possible suicide bomber": the blast told just before was the
    bomber's, one suicide bombing (the codebook types a blast by its most specific method)."""
    if not drafts or decision.sub_event_type != "Suicide bomb" or drafts[-1].sub_event_type not in BLAST_TYPES:
        return False
    return _told_just_after(drafts[-1], index, ctx)


def doer_named_after(draft: EventDraft, sides: Sides) -> None:
    """Explosive or remote violence that named no doer takes the one a folded sentence names: "Urban
    guerrillas attacked the presidency with mortar fire ... The FMLN claimed the attack"."""
    if draft.sides.actor1 is not None or sides.actor1 is None or sides.actor1.kind != "named":
        return
    if sides.rule1 == NEAREST_PARTY_RULE:
        return  # "It was not reported whether president Duarte was at his office at the time of the attack"
    if event_type_of()[draft.sub_event_type] == "Explosions/Remote violence":
        draft.sides.actor1, draft.sides.rule1 = sides.actor1, sides.rule1


def harm_after_destruction(draft: EventDraft, decision: Decision) -> None:
    """Property destruction whose deaths or injuries a later sentence tells is an attack (codebook:
    destruction with no other violence): "the Cadets torched UTM offices using petrol bombs. 3 people
    died following the attack"."""
    if draft.sub_event_type != "Looting/property destruction":
        return
    if any(c.cue in ("KILL", "HARM") for c in decision.cues):
        rule = f"{draft.primary.rule}; people were killed or hurt in it: an attack"
        draft.decisions[0] = replace(draft.primary, sub_event_type="Attack", rule=rule)


#: Index of the last sentence that may tell again, with its method, an attack its headline told.
HEADLINE_AND_LEAD = 2
#: Words that name an attack without saying how it was done.
GENERIC_ATTACK_WORDS = frozenset({"attack", "target"})


def method_after_generic(
    drafts: list[EventDraft], decision: Decision, sides: Sides, index: int, ctx: DocumentContext
) -> bool:
    """ "Homs governor says U.S. attack caused deaths. A U.S. missile strike on an airbase near Homs
    caused deaths": an attack told only by the bare word, then in the next sentence by its method
    (explosive or remote violence), is one event of that method, not an attack and a strike."""
    if not drafts or event_type_of()[decision.sub_event_type] != "Explosions/Remote violence":
        return False
    previous = drafts[-1]
    if previous.sub_event_type not in ("Attack", "Armed clash") or _last_sentence(previous, ctx) != index - 1:
        return False
    if index > HEADLINE_AND_LEAD:
        return False  # a report's headline, then its lead; later, "attacks" are more often a tally
    if len(previous.decisions) > 1 or not all(
        c.cue == "ATTACK" and c.pattern in GENERIC_ATTACK_WORDS for c in previous.primary.cues
    ):
        return False
    told, own = previous.sides.actor1, sides.actor1
    if told is not None and (own is None or told.name != own.name):
        return False  # "IS attacked the town. Air strikes hit it": two acts, or a doer we cannot tell
    return not _told_of_another_place(previous, decision, ctx)
