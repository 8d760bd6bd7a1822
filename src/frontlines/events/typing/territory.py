"""Territory changes (taken by the state or a non-state actor, or handed over without fighting), decided
before the fighting around them.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span, Token

from frontlines.events.lexicon import ARMED, CROWD, PROTESTER, RIOTER, STATE, UNKNOWN, Cue
from frontlines.events.typing.cue_readings import to_infinitive
from frontlines.events.typing.decision import Classifier, Decision, _has, _pick, words
from frontlines.events.typing.participants import (
    _armed_agent,
    _noun_core,
    _object_core_words,
    _pobjs,
    arguments,
    classes_of,
)

RULE_SAME_DAY_REVERSAL = "codebook:territory taken and lost within a day is a battle"
RULE_ATTEMPT = "codebook:an attempt to take ground, not told as taken, is a battle"
#: Phrases in a sentence that make a territory change a same-day reversal (codebook: a battle).
REVERSAL_PHRASES = ("hours earlier", "hours later", "same day", "later that day", "earlier that day")

#: The text says a place changed hands peacefully: "no violence was reported", "without a fight".
WITHOUT_FIGHTING = re.compile(
    r"\b(?:no (?:violence|fighting|clash(?:es)?|resistance|shots?)|without (?:a fight|any fight\w*|fighting|"
    r"resistance|violence|a shot))\b",
    re.IGNORECASE,
)


def _is_place_object(doc: Doc, cue: Cue) -> bool:
    """The cue's object is ground: a named place, or a noun such as town, area or positions
    (with its 'of' phrase: "control of the town"), not goods or people taken there."""
    head = cue.head(doc)
    agents, patients = arguments(head)
    if _falls(cue):
        patients = agents  # "These areas have fallen into the hands of IS": the subject is the ground
    if head.lemma_.lower() == "control" and head.pos_ == "NOUN":
        patients = [*patients, head]  # "The Taliban seize control of Kunduz", "seize" tagged a noun
    scope = [t for p in patients for t in _noun_core(p)]
    if any(p.lemma_.lower() == "control" for p in patients):
        # "regained control over the areas": the parser may hang the place on the verb
        scope += [
            t
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in ("of", "over")
            for p in _pobjs(c)
            for t in _noun_core(p)
        ]
    if not patients:
        scope = [t for t in cue.head(doc).children if t.dep_ in ("dobj", "attr", "oprd")]
        scope += [g for t in scope for g in _noun_core(t)]
    if any(p.lower_ in ("it", "them") for p in patients) and head.dep_ in ("advcl", "conj", "xcomp"):
        # "stormed an air base ..., capturing it": the pronoun is the ground the verb before took
        scope += [g for t in head.head.children if t.dep_ == "dobj" for g in (t, *_noun_core(t))]
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") or _ground_word(t) for t in scope)


def _stormed_settlement(doc: Doc, cue: Cue, harmed: bool = False) -> bool:
    """What was stormed is a town, a village or a district, by its noun or its name ("stormed the
    town", "stormed Ghraneij"), not a camp, a base, a post or a checkpoint; but a refugee camp, a
    settlement of its own, is taken where the sentence tells no one harmed ("militants stormed the
    Palestinian refugee camp"; not "stormed a refugee camp, killing two residents", an attack)."""
    objects = [t for o in cue.head(doc).children if o.dep_ == "dobj" for t in (o, *o.conjuncts)]
    return any(
        t.lemma_.lower() in words("stormed_ground")
        or (t.pos_ == "PROPN" and t.ent_type_ in ("GPE", "LOC"))
        or (not harmed and _refugee_camp(t))
        for t in objects
    )


def _refugee_camp(token: Token) -> bool:
    """ "the Palestinian refugee camp", "a camp for refugees"."""
    if token.lemma_.lower() != "camp":
        return False
    return any(t.lemma_.lower() == "refugee" for t in token.subtree if t.i != token.i)


def _ground_word(token: Token) -> bool:
    """A noun for ground (town, area, base...), whatever the lemmatiser made of it ("bases": "basis")."""
    ground = words("territory")
    return token.lemma_.lower() in ground or token.lower_ in ground or token.lower_.removesuffix("s") in ground


def _forced(doc: Doc, cue: Cue) -> bool:
    """A withdrawal someone forced: "forcing Saudi forces to pull out of the area"."""
    return any(t.lemma_.lower() in ("force", "compel", "drive") for t in list(cue.head(doc).ancestors)[:2])


def _falls(cue: Cue) -> bool:
    """ "fell to the rebels", "has fallen into the hands of IS": the place is the subject."""
    return cue.pattern.startswith(("fall", "fell"))


def _territory(
    doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier, fought: list[Cue] | None = None
) -> list[Decision]:
    """``fought``: the cues that tell fighting, background phrases included (default: ``cues``)."""
    lowered = sentence.text.lower()
    reversal = any(p in lowered for p in REVERSAL_PHRASES)
    out: list[Decision] = []
    for cue in _pick(cues, "CAPTURE", "RECAPTURE", "SEIZE", "ENTER", "WITHDRAW", "HANDOVER", "STORM"):
        head = cue.head(doc)
        if head.dep_ in ("amod", "acl") or (head.dep_ == "pcomp" and head.head.lower_ == "from"):
            # "occupied Kashmir" names a place, "a town retaken by government forces" describes one;
            # "prevented them from entering" did not happen
            continue
        if _aimed_at(head):
            # "launched an operation to retake police posts", "battling to take control of Aleppo": an
            # attempt to take ground is fighting (codebook: ground changes hands only when taken)
            taking = cue.cue in ("CAPTURE", "RECAPTURE", "SEIZE", "STORM", "ENTER")
            ground = _is_place_object(doc, cue) or _has_place_prep(head)
            ground = ground or (cue.cue == "RECAPTURE" and _pushes_back_armed(doc, cue, classify))
            # (a fight the sentence tells is the battle rule's to type, with its own sides and weight:
            # "were killed in clashes with Daish ... launched an operation to liberate the towns")
            if taking and ground and not out and not _has(fought or cues, *TAKING_FIGHT):
                out.append(Decision("Armed clash", sentence, [cue], RULE_ATTEMPT, 0.6))
            continue
        if _object_core_words(doc, cue) & words("building"):
            taken = [c for c in cue.head(doc).children if c.dep_ == "dobj" and c.lemma_.lower() in words("building")]
            seized = cue.pattern in ("seize", "confiscate", "commandeer") and bool(taken)
            if seized and _armed_agent(doc, cue, sentence, classify) and not out:
                # "Houthi security forces confiscated the City Max mall": property taken, no ground
                rule = "codebook:property seized by an armed or state actor"
                out.append(Decision("Looting/property destruction", sentence, [cue], rule, 0.55))
            continue  # storming an office or occupying a factory is an attack or a protest, not ground
        if cue.cue == "WITHDRAW" and _object_core_words(doc, cue) & words("materiel"):
            continue  # "withdrew a number of fighter planes from its airbase": arms moved, no ground handed
        if cue.cue == "WITHDRAW" and _forced(doc, cue):
            continue  # "forcing Saudi forces to pull out of the area": the loser's retreat, part of a taking
        if reversal or any(c.lower_ in words("brief") for c in head.children):
            # "briefly captured Handarat ... but lost it the same day", "retook the villages after
            # losing control of them hours earlier": ground taken and lost within a day is a battle
            taken = cue.cue in ("CAPTURE", "RECAPTURE", "SEIZE", "STORM", "ENTER")
            if taken and (_is_place_object(doc, cue) or _has_place_prep(head)) and not out:
                out.append(Decision("Armed clash", sentence, [cue], RULE_SAME_DAY_REVERSAL, 0.7))
            continue
        decision = _territory_decision(doc, sentence, cues, cue, classify, fought or cues)
        if decision is not None:
            out.append(decision)
    if not out and not _has(cues, *FIGHTING):
        # (fighting told as background does not stop it: "left under a deal after weeks of clashes")
        evacuation = armed_evacuation(doc, sentence, cues, classify)
        if evacuation is not None:
            out.append(evacuation)
    return out


#: Words whose infinitive happened: "managed to capture the town", "were able to overtake the area".
IMPLICATIVE_VERBS = frozenset({"manage", "succeed", "able"})
#: Prepositions before a gerund of an aim: "aimed at liberating", "an operation on liberating",
#: "a push towards retaking".
AIM_PREPOSITIONS = frozenset({"at", "on", "for", "towards", "toward"})


def _aimed_at(verb: Token) -> bool:
    """A taking told as the aim of an operation or a fight, not as done: an infinitive ("launched an
    operation to liberate the towns", "battling to take control of Aleppo"; not "managed to capture
    the town") or a gerund after "at", "on", "for" or "towards" ("aimed at liberating Raqqa")."""
    if to_infinitive(verb):
        return verb.head.lemma_.lower() not in IMPLICATIVE_VERBS
    return verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.lower_ in AIM_PREPOSITIONS


#: Auxiliaries of a departure still to come: "a deal under which the rebels will leave", "agreed to leave".
_NOT_YET = frozenset({"will", "would", "could", "may", "might", "should", "shall", "to", "'ll"})


def _not_yet(verb: Token) -> bool:
    """The verb, or one of the two verbs it hangs on, is future, hypothetical or an infinitive; or the
    departure is told as the background of the report ("they had left under a deal")."""
    chain = [verb, *[t for t in verb.ancestors if t.pos_ in ("VERB", "AUX")][:2]]
    if any(c.dep_ == "aux" and c.lower_ in ("had", "'d") for c in verb.children):
        return True
    return any(c.dep_ in ("aux", "auxpass") and c.lower_ in _NOT_YET for t in chain for c in t.children)


#: Cues of the fighting that makes a taking or a withdrawal one by force.
TAKING_FIGHT = ("CLASH", "AMBUSH", "ATTACK", "SHELL", "AIR", "SHOOT", "SMALLARMS")
#: Cues of fighting, or of its dead, that make a departure no peaceful handover.
FIGHTING = (*TAKING_FIGHT, "KILL", "EXCHANGE")
RULE_EVACUATION = "codebook:armed men leave a place under a deal, or carried out in buses or a convoy, without fighting"


def armed_evacuation(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Fighters who leave a place, or are evacuated from it, under a deal or in buses or a convoy hand
    it over without fighting: "300 rebel fighters left the town under a deal with the army", "buses
    carrying militants and their families left Arsal". Not "the gunmen left the village", with no
    deal and no convoy, nor civilians who leave."""
    departures = [t for t in sentence if t.pos_ == "VERB" and t.lemma_.lower() in words("departure")]
    if not departures:
        return None  # (most sentences: nothing more to read)
    deal_cues = [c for c in cues if c.cue == "AGREE"]
    deal = bool(deal_cues) or any(t.lemma_.lower() in words("deal") for t in sentence)
    for token in departures:
        if _not_yet(token):
            continue
        leavers = [c for c in token.children if c.dep_ in ("nsubj", "nsubjpass")]
        # (the fighters, not the convoy that carries them, which the lexicon calls a state force's)
        people = [t for c in leavers for t in c.subtree if t.lemma_.lower() not in words("convoy")]
        armed = [t for t in people if classify(t) == ARMED] or [t for t in people if classify(t) == STATE]
        if not armed:
            continue
        carried = any(c.lemma_.lower() in words("convoy") for c in leavers)
        if not (deal or carried):
            continue
        place = _has_place_prep(token) or any(
            c.dep_ == "dobj" and (c.ent_type_ in ("GPE", "LOC", "FAC") or c.pos_ == "PROPN" or _ground_word(c))
            for c in token.children
        )
        named = any(t.ent_type_ in ("GPE", "LOC") or (t.pos_ == "PROPN" and t.dep_ == "pobj") for t in sentence)
        if not place and not named:  # ("holds Aleppo after the convoys leave": NER may call it a people)
            continue
        told = [Cue("WITHDRAW", token.i, token.i + 1, token.lemma_.lower())]
        told += deal_cues
        return Decision(
            "Non-violent transfer of territory", sentence, told, RULE_EVACUATION, 0.55, territory_agent=armed[0]
        )
    return None


def _takers(doc: Doc, cue: Cue) -> list[Token]:
    """Who takes the ground: the cue's agents, or the noun after a verb of falling ("fell to the
    rebels", "fallen into the hands of IS")."""
    head = cue.head(doc)
    if _falls(cue):  # (not "the withdrawal of the army" after it)
        return [
            t
            for t in head.subtree
            if t.dep_ == "pobj"
            and (
                (t.head.lower_ == "to" and t.head.head == head)
                or (t.head.lower_ == "of" and t.head.head.lower_ == "hands")
            )
        ][:1]
    return arguments(head)[0]


def _territory_decision(
    doc: Doc, sentence: Span, cues: list[Cue], cue: Cue, classify: Classifier, fought: list[Cue]
) -> Decision | None:
    place = _is_place_object(doc, cue) or (
        cue.cue in ("WITHDRAW", "HANDOVER", "RECAPTURE", "ENTER") and _has_place_prep(cue.head(doc))
    )
    fighting = _has(fought, *TAKING_FIGHT)
    forced = any(_forced(doc, c) for c in _pick(fought, "WITHDRAW"))  # "forcing Saudi forces to pull out"
    # (a withdrawal told as background is why the taking was peaceful: "fell into the hands of IS after
    # the withdrawal of the tribe's fighters")
    if cue.cue in ("WITHDRAW", "HANDOVER") or (
        cue.cue == "CAPTURE" and _has(fought, "WITHDRAW") and not fighting and not forced
    ):
        if fighting or not place:
            return None
        rule = "codebook:territory changes hands without fighting"
        takers = _takers(doc, cue) if cue.cue == "CAPTURE" else []
        agent = takers[0] if takers else None
        return Decision("Non-violent transfer of territory", sentence, [cue], rule, 0.6, territory_agent=agent)
    if cue.cue in ("SEIZE", "ENTER", "CAPTURE", "STORM") and not place:
        return None
    if cue.cue in ("CAPTURE", "ENTER") and not fighting and WITHOUT_FIGHTING.search(doc.text):
        # "Al Shabaab overtook the village ... No violence was reported"
        rule = "codebook:territory taken with no fighting, as the text says"
        return Decision("Non-violent transfer of territory", sentence, [cue], rule, 0.6)
    if cue.cue == "STORM" and STATE in classes_of(arguments(cue.head(doc))[0], classify):
        return None  # state forces storming a town are raiding it, not taking it
    harmed = _has(fought, *FIGHTING, "HARM", "BEAT", "LETHAL")
    if cue.cue == "STORM" and not _stormed_settlement(doc, cue, harmed):
        return None  # storming a camp, a base or a post is an assault on it; a town stormed is taken
    if cue.cue == "RECAPTURE" and not (place or _pushes_back_armed(doc, cue, classify)):
        return None
    if cue.cue == "ENTER" and (not fighting or _fights_a_crowd(sentence, classify)):
        # "officers entered the area and fought the marchers in running battles": a riot met,
        # no ground taken from an armed group
        return None
    agents = _takers(doc, cue)
    agent_class = classes_of(agents, classify)
    if agent_class and not agent_class & {STATE, ARMED, UNKNOWN}:
        return None  # protesters occupying a square, prisoners seizing a wing: not armed conquest
    if STATE in agent_class:
        sub, who = "Government regains territory", "state"
    elif agent_class & {ARMED, UNKNOWN} or not agent_class:
        sub, who = "Non-state actor overtakes territory", "non-state"
    else:
        return None
    agent = agents[0] if agents else None
    rule = f"codebook:territory taken ({cue.pattern}) by a {who} actor"
    return Decision(sub, sentence, [cue], rule, 0.85, territory_agent=agent)


def _fights_a_crowd(sentence: Span, classify: Classifier) -> bool:
    """The sentence names a crowd (protesters, rioters, residents) and no armed group or gunmen."""
    classes = {c for t in sentence if (c := classify(t))}
    return bool(classes & {CROWD, PROTESTER, RIOTER}) and not classes & {ARMED, UNKNOWN}


def _pushes_back_armed(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    _, patients = arguments(cue.head(doc))
    return bool(classes_of(patients, classify) & {ARMED, STATE, UNKNOWN}) or any(
        t.ent_type_ in ("ORG", "NORP") for p in patients for t in p.subtree
    )


def _has_place_prep(head: Token) -> bool:
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "in", "of", "into")]
    # "pulled out of the areas": the parse hangs "of" on "out"
    preps += [
        g for c in head.children if c.lower_ == "out" for g in c.children if g.dep_ == "prep" and g.lower_ == "of"
    ]
    return any(g.ent_type_ in ("GPE", "LOC", "FAC") or _ground_word(g) for c in preps for g in c.subtree)
