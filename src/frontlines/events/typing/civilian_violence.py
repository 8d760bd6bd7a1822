"""Violence against civilians: attacks on unarmed people, mob violence, sexual violence, abductions and
arrests.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from frontlines.events.lexicon import ARMED, CIVILIAN, CROWD, RIOTER, STATE, TARGET, UNKNOWN, Cue
from frontlines.events.typing.cue_readings import is_reason
from frontlines.events.typing.decision import VIOLENCE, Classifier, Decision, _has, _pick, words
from frontlines.events.typing.not_events import for_a_crime
from frontlines.events.typing.participants import (
    _armed_agent,
    _conjoined,
    _noun_core,
    _violence_sides,
    arguments,
    classes_of,
)
from frontlines.events.typing.sport import _is_sport


def rule_sexual(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Sexual violence is named for what it is, whatever else happened."""
    found = [c for c in _pick(cues, "SEXUAL") if not is_reason(doc, c)]  # "in solidarity with the raped women"
    return Decision("Sexual violence", sentence, found, "codebook:sexual violence", 0.8) if found else None


#: Verbs by which remains come to light or are left: "found", "dumped", "left by armed men".
BODY_VERBS = frozenset(
    {"find", "discover", "recover", "dump", "leave", "abandon", "throw", "exhume", "locate", "collect", "retrieve"}
)


def rule_violence(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Attacks: on armed forces a battle, by a crowd of civilians mob violence, else on civilians."""
    mob = _pick(cues, "MOB")
    if mob and not any(_names_the_crowd(doc, c) for c in mob):
        # "beaten to death by police personnel", "shot dead in a vigilante-style attack by unidentified
        # assailants": a mob's manner of violence, done by state forces or in a shooting by armed
        # men, is theirs; a mob, vigilantes or a lynch mob named as such stay a mob
        doers = _violence_sides(doc, mob, sentence, classify)[1]
        armed = STATE in doers or (_gunfire(cues) and doers & {ARMED, UNKNOWN})
        if armed or _of_armed_community(doc, mob, classify):  # "beaten to death by Pokot youths"
            cues, mob = [replace(c, cue=_violence_of(c)) if c in mob else c for c in cues], []
    if mob:
        return Decision("Mob violence", sentence, mob, "codebook:mob violence or lynching", 0.7)
    executions = _pick(cues, "EXECUTE")
    if executions:
        return Decision("Attack", sentence, executions, "codebook:killing of captives is an attack", 0.7)
    violent = [c for c in _pick(cues, *VIOLENCE) if not is_reason(doc, c) and not _abstract_agent(doc, c)]
    # "unidentified assailants petrol bomb a house": a fire bomb thrown by armed men, not by a crowd
    violent += [
        c for c in _pick(cues, "RIOTACT") if c.pattern in FIRE_BOMBS and _armed_agent(doc, c, sentence, classify)
    ]
    if _has(cues, "BODY") and any(t.lemma_.lower() in BODY_VERBS for t in sentence):
        violent += _pick(cues, "BODY")
    if not violent:
        return None
    targets, perpetrators = _violence_sides(doc, violent, sentence, classify)
    if _property_only(doc, violent, cues, targets, classify):
        return None  # "an arson attack on a shopping mall": looting/property destruction
    armed_target = bool(targets & {STATE, ARMED, UNKNOWN}) and not targets & {CIVILIAN, CROWD}
    if armed_target and (perpetrators & {STATE, ARMED, UNKNOWN} or not perpetrators):
        return Decision("Armed clash", sentence, violent, "codebook:attack on armed forces is a battle", 0.65)
    crowd = perpetrators & {CROWD, RIOTER} and not perpetrators & {STATE, ARMED, UNKNOWN}
    if crowd and _of_armed_community(doc, violent, classify):
        # "Kalenjin youths killed 2 Kikuyu civilians", "Orma youth attack journalists": a community's
        # men who kill or attack are its identity militia (codebook), not a mob
        rule = "codebook:a community's men who do violence are an identity militia"
        return Decision("Attack", sentence, violent, rule, 0.6)
    if crowd and not _gunfire(cues):
        return Decision("Mob violence", sentence, violent, "codebook:violence by a crowd of civilians", 0.6)
    beating = _has(violent, "BEAT") or any(c.pattern.startswith(("beat ", "stone")) for c in violent)  # "... to death"
    beaten = perpetrators == {CIVILIAN} and beating and not _has(cues, "SHOOT", "SMALLARMS")
    if beaten and _a_group_of_people(doc, violent):
        # "five persons beat up a man", "Israeli settlers beat and attacked a Palestinian man":
        # civilians who beat someone together are rioters (codebook), not an armed group
        return Decision("Mob violence", sentence, violent, "codebook:violence by a group of civilians", 0.55)
    victims = _mob_justice_victims(sentence)
    if victims and not _armed_doer_named(sentence, victims, classify):
        # "four suspected burglars were burnt to death", "a woman was killed over witchcraft claims":
        # no armed doer named, and victims suspected of a crime or of witchcraft (codebook: mob justice)
        return Decision("Mob violence", sentence, violent, RULE_MOB_JUSTICE, 0.55)
    if _has(cues, "ABDUCT") and not _has(cues, "KILL", "SHOOT"):
        return None
    if not targets | perpetrators and all(c.cue in ("HARM", "BEAT") for c in violent):
        return None
    if _is_sport(sentence) and not _has(violent, "KILL", "SHOOT", "EXECUTE"):
        return None
    return Decision("Attack", sentence, violent, "codebook:violence against unarmed people", 0.65)


RULE_MOB_JUSTICE = "codebook:mob justice against suspected criminals or witches"
#: Qualifiers that make a victim only suspected of something: "suspected thieves", "alleged witches".
SUSPICION = frozenset({"suspected", "alleged", "presumed"})


def _mob_justice_victims(sentence: Span) -> list[Token]:
    """The sentence tells witchcraft as the cause ("over witchcraft claims": its word is returned), or
    names victims suspected of a crime or of witchcraft ("suspected thieves", "alleged witches")."""
    mob_targets = words("mob_justice")
    found = []
    for token in sentence:
        lemma = token.lemma_.lower()
        if lemma in ("witchcraft", "sorcery"):
            found.append(token)
        suspected = any(c.lower_ in SUSPICION for c in token.children)
        if (lemma in mob_targets or token.lower_ in mob_targets) and suspected and _done_to(token):
            found.append(token)
    return found


def _armed_doer_named(sentence: Span, victims: list[Token], classify: Classifier) -> bool:
    """An armed or state doer is named: a subject or a "by" agent of that class, not the victims."""
    skip = {t.i for v in victims for t in v.subtree}
    return any(
        classify(t) in (STATE, ARMED, UNKNOWN) and (t.dep_ == "nsubj" or (t.dep_ == "pobj" and t.head.lower_ == "by"))
        for t in sentence
        if t.i not in skip
    )


def _done_to(noun: Token) -> bool:
    """The noun is who the act is done to (its object or passive subject), not its doer ("suspected
    cattle rustlers shot and hacked 38 people": the rustlers did it)."""
    while noun.dep_ == "conj":
        noun = noun.head
    if noun.dep_ == "pobj":
        return noun.head.lower_ != "by"
    # "12 suspected witches burned to death": a headline's passive read as active
    verb = noun.head
    bare_participle = verb.tag_ == "VBN" and not any(c.dep_ in ("dobj", "aux", "auxpass") for c in verb.children)
    return noun.dep_ in ("dobj", "nsubjpass") or (noun.dep_ == "nsubj" and bare_participle)


def _violence_of(cue: Cue) -> str:
    """The cue of violence a mob's word tells when no mob does it: a killing ("beaten to death",
    "lynched") or an attack ("a vigilante-style attack")."""
    return "KILL" if "death" in cue.pattern or cue.pattern.startswith("lynch") else "ATTACK"


def _names_the_crowd(doc: Doc, cue: Cue) -> bool:
    """The cue is a noun for the people who do it ("a mob", "vigilantes", "a lynch mob"), not a
    verb or a modifier of their manner ("beaten to death", "a vigilante-style attack")."""
    head = cue.head(doc)
    return head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("compound", "amod", "npadvmod", "nmod")


#: First words of killings by firearm ("shot dead", "gunned down").
GUNFIRE_KILLINGS = frozenset({"shot", "shoot", "gun", "gunned"})


def _gunfire(cues: list[Cue]) -> bool:
    """Shots fired, or a killing told by its firearm ("shot dead"): no crowd's violence."""
    return _has(cues, "SHOOT", "SMALLARMS") or any(
        c.cue == "KILL" and c.pattern.split()[0] in GUNFIRE_KILLINGS for c in cues
    )


#: Riot weapons that are an attack's when armed men or unknown assailants throw them.
FIRE_BOMBS = frozenset({"petrol bomb", "molotov", "molotov cocktail"})


def _of_armed_community(doc: Doc, violent: list[Cue], classify: Classifier) -> bool:
    """Those who act are named by a community the registry knows ("Kalenjin youths", "Maasai
    tribesmen"): the modifier reads as the community's armed side, not its victims."""
    agents = [a for c in violent for a in arguments(c.head(doc))[0]]
    named = [m for a in agents for m in a.children if m.dep_ in ("compound", "amod", "nmod")]
    # (or the name right before, where a headline's parse hung it elsewhere: "Orma youth attack journalists")
    named += [doc[a.i - 1] for a in agents if a.i > 0 and doc[a.i - 1].pos_ == "PROPN"]
    return any(classify(m) == ARMED for m in named)


def _a_group_of_people(doc: Doc, violent: list[Cue]) -> bool:
    """Those who act are several: a plural noun or "a group of" ("five persons", "settlers")."""
    agents = [a for c in violent for a in arguments(c.head(doc))[0]]
    if any(a.lemma_.lower() == "official" for a in agents):
        return False  # "officials evicting settlers beat people": the state's agents
    return any(a.tag_ in ("NNS", "NNPS") or a.lemma_.lower() in ("group", "gang", "band") for a in agents)


def _property_only(doc: Doc, violent: list[Cue], cues: list[Cue], targets: set[str], classify: Classifier) -> bool:
    """Codebook: destruction of property with no other violence, e.g. an attack that burns or
    damages buildings or vehicles and harms no one; an attack on a village, a police station or
    people is not."""
    if targets - {TARGET} or not _has(cues, "LOOT", "BURN", "DESTROY"):
        return False
    if _has(cues, "KILL", "HARM", "SHOOT", "BEAT", "TORTURE", "EXECUTE", "ABDUCT", "LETHAL", "BODY", "SEXUAL"):
        return False
    acts = violent + _pick(cues, "LOOT", "BURN", "DESTROY")
    heads = {c.head(doc).i for c in acts}
    patients = [p for c in acts for p in arguments(c.head(doc))[1] if p.i not in heads]
    direct = [t for c in acts for o in _direct_objects(c.head(doc)) for t in _noun_core(o)]
    direct += [t for c in violent for p in arguments(c.head(doc))[1] if p.i not in heads for t in _noun_core(p)]
    if any(t.ent_type_ in ("GPE", "LOC") or t.lemma_.lower() in words("settlement") for t in direct):
        return False  # "attacked Dogo", "attacked the town and burned houses", "an attack on a village"
    # "an arson attack targeting a shopping mall"
    patients += [o for c in acts for v in c.head(doc).children if v.dep_ == "acl" for o in _objects(v)]
    classes = {cls for p in patients for t in _noun_core(p) if (cls := _class_or_compound(t, classify))}
    # a building or vehicle named, and no people among the objects ("police station")
    return classes == {TARGET}


def _class_or_compound(noun: Token, classify: Classifier) -> str | None:
    """A noun's class, else that of the compound words before it: the parser makes "electronics"
    the head of "a factory manufacturing electronics"."""
    cls = classify(noun)
    if cls is not None:
        return cls
    # also a noun the parser hung as a measure: "a chemical plant producing paint"
    compounds = [t for t in noun.subtree if t.dep_ in ("compound", "npadvmod") and t.i < noun.i]
    return next((c for t in compounds if (c := classify(t))), None)


def _objects(verb: Token) -> list[Token]:
    return [t for c in verb.children if c.dep_ == "dobj" for t in _conjoined(c)]


def _direct_objects(head: Token) -> list[Token]:
    """What a verb acts on directly (its object, or its subject in the passive)."""
    return [t for c in head.children if c.dep_ in ("dobj", "nsubjpass") for t in _conjoined(c)]


def _abstract_agent(doc: Doc, cue: Cue) -> bool:
    """'The war has killed thousands': a toll of a whole conflict, not one event. A passive cue
    with no agent of its own takes none from the clause above ("violence continues - a family of 3
    were killed": the family was killed, not by "violence")."""
    head = cue.head(doc)
    children = {c.dep_ for c in head.children}
    if "nsubjpass" in children and "agent" not in children:
        return False
    agents, _ = arguments(head)
    return bool(agents) and all(a.lemma_.lower() in words("abstract_agent") for a in agents)


def rule_abduction_arrest(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Abductions; arrests by state forces, which by a non-state group are abductions."""
    if _has(cues, "ABDUCT"):
        rule = "codebook:abduction or forced disappearance"
        return Decision("Abduction/forced disappearance", sentence, _pick(cues, "ABDUCT"), rule, 0.7)
    for cue in _pick(cues, "ARREST"):
        if for_a_crime(cue.head(doc)):
            continue  # "arrested a fugitive for kidnapping two women": policing, not a political event
        agents, _ = arguments(cue.head(doc))
        agent_class = classes_of(agents, classify)
        if agent_class & {ARMED, UNKNOWN} and STATE not in agent_class:
            rule = "codebook:arrest by a non-state group is an abduction"
            return Decision("Abduction/forced disappearance", sentence, [cue], rule, 0.6)
        return Decision("Arrests", sentence, [cue], "codebook:arrests by state forces", 0.6)
    return None
