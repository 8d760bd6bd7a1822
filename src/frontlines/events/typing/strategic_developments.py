"""Strategic developments: disrupted weapons use, agreements, looting and property destruction, bases
established, changes to groups and the codebook's 'Other'.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from frontlines.events.lexicon import ARMED, CROWD, RIOTER, STATE, UNKNOWN, Cue
from frontlines.events.typing.civilian_violence import RULE_MOB_JUSTICE, _armed_doer_named, _mob_justice_victims
from frontlines.events.typing.cue_readings import in_description, is_reason, told_as_background
from frontlines.events.typing.decision import (
    FIGHT_CUES,
    RULE_FOUND_DEVICE,
    VIOLENCE,
    Classifier,
    Decision,
    _has,
    _pick,
    words,
)
from frontlines.events.typing.participants import (
    _armed_agent,
    _object_core_words,
    _object_words,
    _pobjs,
    arguments,
    classes_of,
)
from frontlines.events.typing.territory import _is_place_object

#: How a device someone else left is told: "a bomb planted by an unidentified man", "mines found".
FOUND_VERBS = frozenset({"plant", "leave", "find", "lay", "discover", "hide"})


#: Verbs of handling a device, by their stems (the small model's lemmas miss "primed"): "the
#: landmine they were planting", "as they primed a car bomb".
HANDLING_STEMS = ("plant", "prim", "assembl", "handl", "manufactur", "rigg", "build")


def _handled_device(sentence: Span) -> Token | None:
    """The verb of a device its own people were handling when it went off: a relative clause on the
    device or a clause of time, its subject a pronoun, in the progressive or after "as"/"while"
    ("the bomb they had planted exploded" is an attack's device, not this)."""
    explosive = words("explosive_object")
    for verb in sentence:
        if verb.pos_ != "VERB" or not verb.lower_.startswith(HANDLING_STEMS):
            continue
        if not any(c.dep_ == "nsubj" and c.pos_ == "PRON" for c in verb.children):
            continue
        ongoing = verb.tag_ == "VBG" or any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.children)
        if not ongoing:
            continue
        devices = [verb.head] if verb.dep_ == "relcl" else [c for c in verb.children if c.dep_ == "dobj"]
        if any(t.lemma_.lower() in explosive for d in devices for t in (d, *d.children)):
            return verb
    return None


#: Verbs of coming upon a device before it goes off: "a bomb was found", "police discovered two IEDs".
FIND_VERBS = frozenset({"find", "discover", "uncover", "spot", "detect", "locate", "recover", "remove", "encounter"})


def _found_device(doc: Doc, cues: list[Cue]) -> Cue | None:
    """The cue of a bomb, IED or grenade someone came upon: its finding verb's object or passive
    subject ("police discovered a bomb on a minibus", "two IEDs are discovered by police"), or a
    headline's participle ("Bomb found near the home of a former president")."""
    for cue in _pick(cues, "BOMB", "IED", "GRENADE"):
        device = cue.head(doc)
        verb = device.head
        # "soldiers found and removed a roadside bomb": the verb joined to a finding one
        finding = verb.lemma_.lower() in FIND_VERBS or (verb.dep_ == "conj" and verb.head.lemma_.lower() in FIND_VERBS)
        arrests = {c.head(doc).i for c in _pick(cues, "ARREST")}
        if device.dep_ == "pobj" and verb.lower_ == "with" and verb.head.i in arrests:
            return cue  # "three men arrested with hand grenades": the devices taken before use
        if finding and device.dep_ in ("dobj", "nsubjpass"):
            return cue
        if finding and device.dep_ == "nsubj" and not any(c.dep_ == "dobj" for c in verb.children):
            return cue  # "Bomb found in matatu": a headline's passive read as active
        if any(c.dep_ == "acl" and c.lemma_.lower() in FIND_VERBS for c in device.children):
            return cue
    return None


def rule_disrupted(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """An attack prevented: a bomb defused, a drone downed, a weapons cache seized."""
    sentence_words = {t.lower_ for t in sentence} | {t.lemma_.lower() for t in sentence}
    for cue in _pick(cues, "DISRUPT"):
        defused = cue.pattern.startswith(("defuse", "diffuse"))  # only explosives are defused
        if defused or _object_words(doc, cue) & words("weapon") or sentence_words & words("weapon"):
            rule = "codebook:attack prevented (defused, intercepted, foiled)"
            return Decision("Disrupted weapons use", sentence, [cue], rule, 0.75)
    handled = _handled_device(sentence)
    if handled is not None and _has(cues, "BLAST", "KILL", "IED", "BOMB") and not _has(cues, "SHOOT", "CLASH"):
        rule = "codebook:a device that went off while its own people handled it"
        cue = Cue("DISRUPT", handled.i, handled.i + 1, handled.lower_)
        return Decision("Disrupted weapons use", sentence, [cue], rule, 0.7)
    found = _found_device(doc, cues)
    blasts = _pick(cues, "BLAST")
    # set off, if at all, by state forces ("bombs found near IDP houses; police detonate them")
    controlled = all(classes_of(arguments(b.head(doc))[0], classify) & {STATE} for b in blasts)
    if found is not None and controlled and not _has(cues, "KILL", "HARM", "SHOOT", "CLASH", "ATTACK"):
        return Decision("Disrupted weapons use", sentence, [found], RULE_FOUND_DEVICE, 0.6)
    if not _has(cues, "KILL", "HARM", "SHOOT"):
        for cue in blasts:
            # "police detonated a bomb planted by an unidentified man": a controlled explosion
            agents, patients = arguments(cue.head(doc))
            left = any(c.dep_ == "acl" and c.lemma_.lower() in FOUND_VERBS for p in patients for c in p.children)
            explosive = _object_core_words(doc, cue) & words("explosive_object")
            if left and explosive and classes_of(agents, classify) & {STATE}:
                rule = "codebook:explosives destroyed or dismantled before use"
                return Decision("Disrupted weapons use", sentence, [cue], rule, 0.6)
    for cue in _pick(cues, "DESTROY"):
        if _object_core_words(doc, cue) & words("explosive_object") and not _has(cues, "KILL", "HARM", "SHOOT"):
            # "engineering units are dismantling explosive devices and landmines left behind"
            rule = "codebook:explosives destroyed or dismantled before use"
            return Decision("Disrupted weapons use", sentence, [cue], rule, 0.6)
    # (not the weapons seized themselves: "seized six rifles and one RPG")
    seized = {t.i for c in _pick(cues, "SEIZE") for p in arguments(c.head(doc))[1] for t in p.subtree}
    strikes = [c for c in _pick(cues, "AIR", "AIRCRAFT", "STRIKE", "SHELL", "BOMBARD") if c.start not in seized]
    struck = bool(strikes) or any(c.head(doc).pos_ == "VERB" for c in _pick(cues, "BOMB"))
    # "a strike on a weapons depot", "warplanes bombed an arms depot": the depot was hit, not found
    if struck or _has(cues, "KILL", "SHOOT", "HARM", "EXECUTE", "CLASH", "EXCHANGE"):
        return None  # "killed four militants and recovered weapons": the fight is the event
    for cue in _pick(cues, "SEIZE", "CACHE"):
        if cue.cue == "CACHE" or _object_words(doc, cue) & words("weapon"):
            rule = "codebook:weapons seized or cache found"
            return Decision("Disrupted weapons use", sentence, [cue], rule, 0.6)
    return None


def rule_agreement(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Rival actors agree: a ceasefire reached, a deal signed, hostages or prisoners released."""
    said = [c for c in _pick(cues, "AGREE") if not _agreement_aside(doc, c)]
    agree = [c for c in said if _agreed(doc, c)]
    agree += [c for c in _pick(cues, "SURRENDER") if classes_of(arguments(c.head(doc))[0], classify) & {ARMED, STATE}]
    if agree or (said and _has(cues, "SIGN")):
        found = agree + _pick(cues, "SIGN")
        if _agreed_before_acts(doc, found, cues):
            return None  # "gangs burned homes after the peace deal was signed": the burning is the event
        return Decision("Agreement", sentence, found, "codebook:rival actors agree (ceasefire, deal)", 0.7)
    for cue in _pick(cues, "RELEASE"):
        freed = _object_words(doc, cue)
        if _from_prison(doc, cue):
            freed |= {"prisoners"}  # "52 soldiers were released from Taliban prisons": prisoners freed
        traded = any(t.lemma_.lower() in ("exchange", "swap") for t in sentence)
        if freed & words("hostage") or (freed & words("prisoner") and traded):
            # captors free hostages on terms agreed with the other side; prisoners traded both ways
            return Decision("Agreement", sentence, [cue], "codebook:hostages released or prisoners exchanged", 0.6)
        if freed & words("prisoner") and not _has(cues, "STORM", "ATTACK", "KILL", "SHOOT", "CLASH"):
            # a government frees its prisoners, even "to advance the peace process": no agreement
            # between rivals is told, so the codebook's residual type holds it (not "insurgents
            # stormed a prison, killing four guards and freeing 350 prisoners": a jailbreak by force)
            return Decision("Other", sentence, [cue], "codebook:prisoners released by one side", 0.5)
    return None


#: Cues of acts a sentence may tell against the background of an agreement.
ACTS_AFTER_AGREEMENT = (
    *(*VIOLENCE, *FIGHT_CUES, "BURN", "DESTROY", "LOOT", "ABDUCT", "PROTEST", "RIOT", "RIOTACT"),
    *("WITHDRAW", "CAPTURE", "SEIZE"),
)
#: Words before an agreement that make it what an act went against: "despite the ceasefire".
DESPITE_PREPS = frozenset({"despite", "notwithstanding"})
#: Nouns and verbs of breaking an agreement: "in violation of the truce", "breaching the ceasefire".
BREACH_WORDS = frozenset({"spite", "violation", "breach", "defiance", "violate", "break", "flout", "defy"})


def _agreed_before_acts(doc: Doc, found: list[Cue], cues: list[Cue]) -> bool:
    """Every agreement cue is what came before ("after the peace deal was signed", "since the
    truce was agreed") or what was broken ("despite the ceasefire", "in violation of the truce"),
    and the sentence tells an act of its own outside such a clause: "Militiamen attacked a village
    a day after a peace deal was signed" is an attack, "fighting resumed despite the ceasefire" a
    battle."""

    def behind(token: Token) -> bool:
        if token.pos_ == "VERB" and token.i > 0 and doc[token.i - 1].pos_ in ("NOUN", "PROPN"):
            # "despite the ceasefire agreed on Monday", however the parser hangs "agreed" (as the
            # subject of the verb, "the rebels agreed", the noun stands where the verb does)
            token = doc[token.i - 1]
        return told_as_background(token) or _broken(token)

    if not all(behind(c.head(doc)) for c in found):
        return False
    return any(not told_as_background(c.head(doc)) for c in _pick(cues, *ACTS_AFTER_AGREEMENT))


def _broken(token: Token) -> bool:
    """The agreement is the object of "despite", of a noun of breaking ("in violation of") or of a
    verb of breaking ("breached the ceasefire"), itself or through its participle ("breaching the
    ceasefire signed in May")."""
    for t in (token, *token.ancestors):
        if t.dep_ == "pobj" and (t.head.lower_ in DESPITE_PREPS or t.head.head.lemma_.lower() in BREACH_WORDS):
            return True
        if t.dep_ == "dobj" and t.head.lemma_.lower() in BREACH_WORDS:
            return True
        if t.pos_ == "VERB" and t.dep_ != "acl":
            return False
    return False


#: Places people are held in, whose inmates are prisoners whatever the text calls them.
PLACES_OF_CAPTIVITY = frozenset({"prison", "jail", "gaol", "captivity"})


def _from_prison(doc: Doc, cue: Cue) -> bool:
    """People freed in numbers "from" a prison, jail or captivity ("52 soldiers were released from
    Taliban prisons"); not one person let out of jail ("the county clerk is released from jail")."""
    _, freed = arguments(cue.head(doc))
    if not any(t.tag_ == "NNS" for t in freed):
        return False
    preps = [c for c in cue.head(doc).children if c.dep_ == "prep" and c.lower_ == "from"]
    return any(o.lemma_.lower() in PLACES_OF_CAPTIVITY for prep in preps for o in _pobjs(prep))


def _agreement_aside(doc: Doc, cue: Cue) -> bool:
    """An agreement that is not the event: a purpose ("to advance the peace deal"), a description
    ("who had accepted the reconciliation agreement", "which was agreed by the authorities", "as
    agreed with", "the agreed ceasefire zone"), or what people protest about ("against brokers'
    deals")."""
    head = cue.head(doc)
    if is_reason(doc, cue) or in_description(head):
        return True
    if _state_of_a_thing(head, through_compounds=True):
        return True  # "an area outside the agreed ceasefire zone": what was agreed once, before its noun
    if _participle_after_its_noun(head):
        return True  # "part of a de-escalation zone agreed under a deal earlier this year"
    for token in (head, *head.ancestors):
        purpose = token.dep_ == "advcl" and any(c.lower_ in ("to", "as") for c in token.children)
        if token.dep_ in ("relcl", "xcomp") or purpose:
            return True
        if token.pos_ == "VERB" and token.dep_ not in ("conj",):
            break
    return False


def _participle_after_its_noun(verb: Token) -> bool:
    """A past participle with no subject of its own right after a noun, however the parser hangs it
    ("a zone agreed under a deal", read as an adverbial clause of the verb before): it describes the
    noun, as a relative clause would."""
    if verb.tag_ not in ("VBN", "VBD") or verb.dep_ not in ("acl", "advcl") or verb.i == 0:
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "mark", "agent") for c in verb.children):
        return False  # (not "a ceasefire agreed by Russia and Turkey took effect": who agreed is told)
    before = verb.doc[verb.i - 1]
    while before.is_punct and before.i > 0:
        before = verb.doc[before.i - 1]
    return before.pos_ in ("NOUN", "PROPN")


def _agreed(doc: Doc, cue: Cue) -> bool:
    head = cue.head(doc)
    if head.pos_ == "VERB":
        return True
    return head.head.lemma_.lower() in words("agree_governor")


#: Shots fired at no one: "fired warning shots", "fired shots in the air".
IN_THE_AIR = re.compile(r"\bwarning shots?\b|\b(?:in|into) the air\b", re.IGNORECASE)
#: Violence that displacement follows: "evacuated following the eruption of hostilities".
DISPLACING = re.compile(
    r"\b(?:clash\w*|fighting|hostilities|attack\w*|violence|shelling|bombing|offensive|war-affected|conflict)\b",
    re.IGNORECASE,
)


def rule_other(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Strategic developments of the codebook's 'Other': shots fired at no one; people displaced by
    violence the sentence tells only as the cause ("evacuated following clashes")."""
    shots = _pick(cues, "SHOOT", "SMALLARMS")
    harm = _has(cues, "KILL", "HARM", "BEAT", "EXECUTE", "LETHAL", "BODY", "ATTACK", "CLASH", "EXCHANGE")
    if shots and not harm and IN_THE_AIR.search(sentence.text):
        return Decision("Other", sentence, shots, "codebook:shots fired in the air, at no one", 0.5)
    displaced = _pick(cues, "DISPLACE")
    violent = _has(cues, *VIOLENCE, *FIGHT_CUES, "KILL")
    if displaced and not violent and DISPLACING.search(sentence.text):
        rule = "codebook:displacement caused by violence told as background"
        return Decision("Other", sentence, displaced, rule, 0.45)
    moving = [c for c in _pick(cues, "RETURN", "DISPLACE", "MOVE") if _moves_displaced_people(doc, c)]
    if moving and not violent:
        rule = "codebook:refugees or displaced people return or flee"
        return Decision("Other", sentence, moving, rule, 0.45)
    return None


def _moves_displaced_people(doc: Doc, cue: Cue) -> bool:
    """ "210 migrants returned from Peru", "refugees arrived from Colombia": the ones who move are
    refugees, migrants or displaced people."""
    agents, patients = arguments(cue.head(doc))
    said = {t.lemma_.lower() for noun in (*agents, *patients) for t in noun.subtree}
    return bool(said & words("displaced_people"))


def rule_property(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Looting and destruction of property, with no other violence."""
    found = _pick(cues, "LOOT", "BURN", "DESTROY")
    # "dismantled a drug lab" is property destroyed; "dismantled a terrorist cell" is not
    found = [
        c
        for c in found
        if not (c.pattern in ("dismantle", "destroy") and _object_core_words(doc, c) & words("organisation_object"))
    ]  # not "demolished an agricultural structure"
    # "residents inspect a damaged site after airstrikes": a participle before a noun tells its state
    found = [c for c in found if not _state_of_a_thing(c.head(doc))]
    found += [c for c in _pick(cues, "RIOTACT") if c.pattern.startswith("vandal")]  # "militants vandalized"
    if found:
        agents = [a for c in found for a in arguments(c.head(doc))[0]]
        if classes_of(agents, classify) & {CROWD, RIOTER}:
            return Decision("Mob violence", sentence, found, "codebook:destruction by a crowd", 0.55)
        victims = _mob_justice_victims(sentence)
        if victims and not _armed_doer_named(sentence, victims, classify):
            # "nine huts destroyed after claims of witchcraft": mob justice on property
            return Decision("Mob violence", sentence, found, RULE_MOB_JUSTICE, 0.6)
        rule = "codebook:looting or destruction of property"
        return Decision("Looting/property destruction", sentence, found, rule, 0.6)
    for cue in _pick(cues, "SEIZE"):
        objects = _object_core_words(doc, cue)
        if objects and not objects & (words("weapon") | words("territory")) and not _is_place_object(doc, cue):
            rule = "codebook:goods or property seized"
            return Decision("Looting/property destruction", sentence, [cue], rule, 0.45)
    return None


def _state_of_a_thing(token: Token, through_compounds: bool = False) -> bool:
    """A past participle between a determiner or number and the noun it describes ("a damaged site",
    "two burnt cars"), not the act of anyone the sentence names (nor "Al Shabaab invaded Mandera,
    looted shops", where the parser may read the verb as the noun's adjective). With
    ``through_compounds``, the noun may be a part of a longer one: "the agreed ceasefire zone"."""
    if token.dep_ != "amod" or token.tag_ != "VBN" or token.i > token.head.i:
        return False
    noun = token.head
    while through_compounds and noun.dep_ == "compound" and noun.head.i > noun.i:
        noun = noun.head
    return any(c.dep_ in ("det", "nummod", "poss") and c.i < token.i for c in noun.children)


def rule_strategic(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Bases established, coups and other changes to a group or its activity."""
    for cue in _pick(cues, "ESTABLISH"):
        objects = _object_words(doc, cue)
        bases = [
            b for b in _pick(cues, "BASE") if doc[b.start].lemma_.lower() in objects or doc[b.start].lower_ in objects
        ]
        if bases:
            rule = "codebook:base or headquarters established"
            return Decision("Headquarters or base established", sentence, [cue, *bases], rule, 0.55)
        if objects & words("command_structure") and _armed_agent(doc, cue, sentence, classify):
            # "the SDF established a military council": a new structure of an armed group
            rule = "codebook:change in a group's structure"
            return Decision("Change to group/activity", sentence, [cue], rule, 0.5)
    if _has(cues, "COUP"):
        return Decision("Other", sentence, _pick(cues, "COUP"), "codebook:coup, another significant development", 0.5)
    moves = [
        c
        for c in _pick(cues, "MOVE", "ENTER")
        if _armed_agent(doc, c, sentence, classify) or _military_unit_moves(doc, c)
    ]
    # "The regime withdrew a number of fighter planes from its airbase": arms moved, no ground handed
    moves += [
        c
        for c in _pick(cues, "WITHDRAW")
        if _object_words(doc, c) & words("materiel") and _armed_agent(doc, c, sentence, classify)
    ]
    if moves:
        rule = "codebook:an armed group's movement or non-violent activity"
        return Decision("Change to group/activity", sentence, moves, rule, 0.45)
    change = [
        c
        for c in _pick(cues, "CHANGE")
        if not _object_words(doc, c) & words("treaty")
        and (not _ties_of_a_group(c) or _armed_agent(doc, c, sentence, classify) or _to_armed(doc, c, classify))
    ]
    if change:
        rule = "codebook:change in a group or its activity"
        return Decision("Change to group/activity", sentence, change, rule, 0.45)
    return None


def _ties_of_a_group(cue: Cue) -> bool:
    """An allegiance pledged or an affiliation ended: a change to a group only when it is an armed
    group's, not schoolchildren's to a flag."""
    return "allegiance" in cue.pattern or "affiliation" in cue.pattern


def _to_armed(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    """The allegiance goes to, or the affiliation was with, a state force or an armed group."""
    preps = [c for c in cue.head(doc).subtree if c.dep_ == "prep" and c.lower_ in ("to", "with")]
    return bool(classes_of([o for p in preps for o in _pobjs(p)], classify) & {STATE, ARMED, UNKNOWN})


def _military_unit_moves(doc: Doc, cue: Cue) -> bool:
    """ "A Turkish column with military vehicles entered", "reinforcements arrived": a unit on the
    move, which no actor registry names."""
    agents, _ = arguments(cue.head(doc))
    return any(t.lemma_.lower() in words("military_unit") for a in agents for t in a.subtree)
