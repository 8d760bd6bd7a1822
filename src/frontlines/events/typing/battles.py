"""Battles: armed, organised sides fighting each other (an exchange of fire, a clash, an ambush)."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.actors.pastoral import PASTORAL_PEOPLE
from frontlines.events.lexicon import ARMED, CIVILIAN, CROWD, RIOTER, STATE, TARGET, UNKNOWN, Cue
from frontlines.events.typing.cue_readings import told_as_background
from frontlines.events.typing.decision import (
    RULE_CIVILIANS_CLASH,
    RULE_UNORGANISED_CLASH,
    VIOLENCE,
    Classifier,
    Decision,
    _has,
    _pick,
    words,
)
from frontlines.events.typing.participants import (
    _conjoined,
    _pobjs,
    _reciprocal,
    _violence_sides,
    arguments,
    classes_of,
)


def rule_battle(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Two armed, organised sides fight; an exchange of small arms fire is a battle."""
    exchange = _pick(cues, "EXCHANGE")
    # "two rival groups opened fire on each other", "firing between the student wing and the PSF":
    # fire both ways is an exchange
    exchange += [c for c in _pick(cues, "SHOOT") if _at_each_other(doc, c) or _between_two(doc, c)]
    if not exchange and _has(cues, "RESPOND") and _has(cues, "SHELL", "SHOOT"):
        exchange = _pick(cues, "RESPOND", "SHELL", "SHOOT")
    if exchange and not _has(cues, "CLASH", "AMBUSH"):
        rule = "codebook:fire exchanged between two sides is a battle"
        return Decision("Armed clash", sentence, exchange, rule, 0.75)
    ambushes = _pick(cues, "AMBUSH")
    harms = _pick(cues, "KILL", "HARM")
    if ambushes and not _has(cues, "CLASH") and all(_on_unarmed(doc, c, classify, harms) for c in ambushes):
        rule = "codebook:an ambush of civilians or their vehicles is an attack"
        return Decision("Attack", sentence, ambushes, rule, 0.65)
    # "Syrians fleeing from the fighting elsewhere": the fight people fled is where they came from
    clash = [c for c in _pick(cues, "CLASH", "AMBUSH") if not _fled_from(c.head(doc))]
    if clash and all(_in_setting(doc, c) for c in clash) and _attack_on_civilians(doc, cues, sentence, classify):
        # "a teacher was attacked by raiders during ethnic clashes": the clashes are the setting,
        # the attack on a civilian is the event
        return None
    told_of = clash and all(_subordinate(c.head(doc)) for c in clash)
    if told_of and any(not _subordinate(c.head(doc)) for c in _pick(cues, *VIOLENCE)):
        # "police shot dead a man trying to separate supporters from fighting", "assaulted
        # journalists covering a clash": the clash is told of, the violence is the event
        clash = []
    if clash:
        # (not unarmed people the fight killed or drove out: "327 civilians have been killed in fighting")
        sides = {
            c
            for t in sentence
            if (c := classify(t)) and not _in_place_phrase(t) and not (c in UNARMED and _fled_or_fell(t))
        }
        communal = any(_communal(doc, c) for c in clash)
        between_communities = any(_between_communities(doc, c) for c in clash)
        # "a gunfight with his rivals", "shootouts involving the NSCN-IM": a fight with firearms is no riot
        gunfight = any(c.pattern in GUNFIGHT_PATTERNS for c in clash)
        # "farmers and herders clashed over grazing land": herders who fight are a communal militia (codebook)
        herding = any(t.lower_ in PASTORAL_PEOPLE for c in clash for t in _fighters(c.head(doc)))
        fought = between_communities or gunfight or herding
        if sides & {CROWD, RIOTER} and not sides & {ARMED, UNKNOWN} and not fought:
            rule = RULE_UNORGANISED_CLASH
            return Decision("Mob violence", sentence, clash, rule, 0.65)
        own = set().union(*(_clash_sides(doc, c, classify) for c in clash))
        arms = words("weapon") | words("firearm")
        guns = _has(cues, "SHOOT", "SMALLARMS", "EXCHANGE") or any(
            t.lemma_.lower() in arms and not _crude(t) for t in sentence
        )
        guns = guns or gunfight
        if own & {CIVILIAN, CROWD, RIOTER} and not (own | sides) & {ARMED, UNKNOWN} and not communal and not guns:
            rule = RULE_CIVILIANS_CLASH
            return Decision("Mob violence", sentence, clash, rule, 0.6)
        brawl = any(_reciprocal(t) for c in clash for t in c.head(doc).subtree)
        if brawl and own & {CIVILIAN, CROWD, RIOTER} and not communal and not guns:
            # "Imbonerakure and CNL supporters fought one another": a crowd trading blows with a
            # militia is rioting, whoever the other side is (codebook: rioters' violence against
            # other rioters or armed actors is mob violence)
            return Decision("Mob violence", sentence, clash, RULE_CIVILIANS_CLASH, 0.6)
        return Decision("Armed clash", sentence, clash, "codebook:armed, organised groups fight", 0.75)
    # "executed with a firearm", "attacked a patrol using grenades and firearms": the weapon of an
    # attack, not an exchange of small-arms fire
    arms = [c for c in _pick(cues, "SMALLARMS") if not _instrument(doc, c)]
    targets, _ = _violence_sides(doc, arms, sentence, classify) if arms else (set(), set())
    if arms and _has(cues, "SHOOT", "SHELL", "GRENADE", "BLAST", "ATTACK") and not targets & {CIVILIAN, CROWD, TARGET}:
        rule = "codebook:small arms fire between armed groups is a battle"
        return Decision("Armed clash", sentence, arms + _pick(cues, "SHOOT", "SHELL"), rule, 0.8)
    return None


#: Words that make weapons a crowd's, not firearms: "crude weapons", "sharp weapons".
CRUDE_WEAPON_WORDS = frozenset({"crude", "traditional", "rudimentary", "sharp", "blunt", "homemade", "local"})


def _crude(weapon: Token) -> bool:
    """ "clashed with crude weapons": clubs, machetes and stones, which a crowd may carry."""
    return any(c.dep_ in ("amod", "compound") and c.lower_ in CRUDE_WEAPON_WORDS for c in weapon.children)


def _at_each_other(doc: Doc, cue: Cue) -> bool:
    """The shooting is aimed "at each other" or "on one another" (its own phrase, not a later clause's)."""
    head = cue.head(doc)
    aims = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "upon")]
    aims += [c for d in head.children if d.dep_ in ("dobj", "prt") for c in d.children if c.dep_ == "prep"]
    return any(_reciprocal(t) for a in aims for t in a.subtree)


#: Clash words that are fights with firearms by definition.
GUNFIGHT_PATTERNS = frozenset({"gunfight", "gun battle", "gunbattle", "firefight", "shootout", "shoot-out"})


def _between_two(doc: Doc, cue: Cue) -> bool:
    """The firing noun is "between" two sides: "firing between the PML-N's student wing and the PSF"."""
    head = cue.head(doc)
    if head.pos_ != "NOUN" and head.tag_ != "VBG":  # "during firing between": the parser's gerund
        return False
    sides = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "between" for p in _pobjs(c)]
    return any(p.conjuncts for p in sides)


#: Prepositions that make a clash the setting of something else: "during clashes", "amid fighting".
SETTING_PREPS = frozenset({"during", "amid", "amidst", "after", "following", "of", "in"})


def _in_setting(doc: Doc, cue: Cue) -> bool:
    head = cue.head(doc)
    return head.dep_ == "pobj" and head.head.lower_ in SETTING_PREPS


def _attack_on_civilians(doc: Doc, cues: list[Cue], sentence: Span, classify: Classifier) -> bool:
    """Someone named attacks or kills civilians in the sentence, outside the clash's phrase."""
    acts = [c for c in _pick(cues, "ATTACK", "KILL", "SHOOT", "BEAT", "HARM") if not _in_setting(doc, c)]
    # (not what came before: "shot dead two civilians after one of their fighters was killed in clashes")
    acts = [c for c in acts if not told_as_background(c.head(doc))]
    if not acts:
        return False
    targets, perpetrators = _violence_sides(doc, acts, sentence, classify)
    armed = {STATE, ARMED, UNKNOWN}
    return bool(targets & {CIVILIAN}) and not targets & armed and bool(perpetrators & armed)


def _instrument(doc: Doc, cue: Cue) -> bool:
    head = cue.head(doc)
    return any(
        (t.dep_ == "prep" and t.lower_ in ("with", "by")) or t.lemma_.lower() in ("use", "using")
        for t in list(head.ancestors)[:3]
    )


#: Verbs whose subject takes part "in" the fight they govern: "engaged in running battles".
ENGAGING_VERBS = frozenset({"engage", "involve", "participate"})


def engaging_verb(head: Token) -> Token | None:
    """The verb whose subject takes part in the fight ``head`` names: "engaged in running battles"."""
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "in" else None
    return verb if verb is not None and verb.lemma_.lower() in ENGAGING_VERBS else None


def _fighters(head: Token) -> list[Token]:
    """Who fights in a clash: its subjects and the nouns after 'between', 'with' or 'among', not
    the victims or bystanders elsewhere in the sentence."""
    agents, _ = arguments(head)
    sides = [t for a in agents for t in _conjoined(a)]
    holders = [head]
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB":
        holders.append(head.head)  # "a clash erupted between police and shopkeepers"
    verb = engaging_verb(head)
    if verb is not None:
        # "hawkers and police engaged in running battles": who engaged fought
        sides += [t for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") for t in _conjoined(c)]
        holders.append(verb)
    for child in (c for h in holders for c in h.children):
        if child.dep_ == "prep" and child.lower_ in ("between", "with", "among", "amongst"):
            sides += _pobjs(child)
    return sides


def _clash_sides(doc: Doc, cue: Cue, classify: Classifier) -> set[str]:
    """The participant classes of who fights in a clash."""
    sides = _fighters(cue.head(doc))
    classes = classes_of(sides, classify) - {TARGET}
    for token in sides:
        # "two groups clashed", "rival factions fought": people with no arms named, unless the
        # words say they are armed ("criminal groups", "gangs") or say who they are ("groups of gunmen")
        if token.lemma_.lower() in ("group", "faction") and not classes_of([token], classify):
            modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound", "nmod")}
            if not modifiers & words("armed_group_modifier"):
                classes.add(CROWD)
    if any(t.pos_ == "PROPN" and classify(t) is None and not _shares_noun(t, classify) for t in sides):
        classes.add(UNKNOWN)  # "JaS clashed with Hamza Division": a named group the registry lacks
    return classes


def _shares_noun(name: Token, classify: Classifier) -> bool:
    """ "between Congress and BJP workers": the name is the first of two that share the noun of
    people after the second ("Congress workers and BJP workers"), no armed group of its own."""
    return any(
        classify(c) in (CIVILIAN, CROWD) and any(m.dep_ == "compound" and m.pos_ == "PROPN" for m in c.children)
        for c in name.conjuncts
    )


def _communal(doc: Doc, cue: Cue) -> bool:
    """'clashes between farmers and herders', 'two clans clashed', 'ethnic clashes': communities
    that fight are communal militias (codebook), so their clash is a battle, not a riot. A
    nationality ("Palestinian youths", "Israeli forces") is no community."""
    head = cue.head(doc)
    people = [*_fighters(head), head]  # and the clash word itself: "ethnic clashes"
    near = [m for t in people for m in (t, *t.children) if m.dep_ != "prep"]
    near += [p for t in people for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)]
    communal = words("communal_side")
    return any(t.lemma_.lower() in communal or t.lower_ in communal for t in near)


#: Groups by descent that, in the plural, fight as communities ("two rival communities clashed").
DESCENT_GROUPS = frozenset({"community", "clan", "subclan", "sub-clan", "tribe"})
#: Words that make a clash one between communities ("inter-clan clashes", "ethnic fighting").
BETWEEN_COMMUNITIES = frozenset(
    {
        "communal",
        "intercommunal",
        "inter-communal",
        "inter-community",
        "inter-clan",
        "interclan",
        "inter-ethnic",
        "ethnic",
        "tribal",
    }
)


def _between_communities(doc: Doc, cue: Cue) -> bool:
    """A clash between communities ("two rival pastoralist communities clashed", "clashes between
    two clans", "inter-clan fighting"), not between groups of one community ("two groups of the
    Bugti community clashed") nor villagers or herders, who may be a crowd."""
    head = cue.head(doc)
    if any(c.lower_ in BETWEEN_COMMUNITIES for c in head.children if c.dep_ in ("amod", "compound")):
        return True
    return any(t.lemma_.lower() in DESCENT_GROUPS and t.tag_ == "NNS" for t in _fighters(head))


def _on_unarmed(doc: Doc, cue: Cue, classify: Classifier, harms: list[Cue]) -> bool:
    """'ambushed a bus', 'ambushed three people': the ambushed are civilians or their vehicles;
    'ambushed an army convoy' or 'ambushed police' is an attack on armed forces. An ambush that
    names no one ambushed ('a man was shot dead when gunmen laid an ambush') fell on those the
    sentence says were killed or hurt."""
    head = cue.head(doc)
    _, patients = arguments(head)
    # "laid an ambush at Pimbinyiet": neither the ambush itself nor its place was ambushed
    patients = [p for p in patients if p.i != head.i and not _placed_by(p)]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("of", "on", "against"):
            patients += _pobjs(child)
    if not patients:
        patients = [p for h in harms for p in arguments(h.head(doc))[1]]
    if not patients:
        return False
    words_in = [t for p in patients for t in (p, *(c for c in p.children if c.dep_ in ("compound", "amod", "nmod")))]
    classes = {cls for t in words_in if (cls := classify(t))} | classes_of(patients, classify)
    # "ambushed an escort vehicle ... two police officers died": armed forces were in it
    agents = {t.i for a in arguments(cue.head(doc))[0] for t in a.subtree}
    sentence = cue.head(doc).sent
    armed_elsewhere = any(classify(t) in (STATE, ARMED) for t in sentence if t.i not in agents)
    return bool(classes & {CIVILIAN, TARGET, CROWD}) and not classes & {STATE, ARMED, UNKNOWN} and not armed_elsewhere


#: Prepositions that open a phrase of place: who stands in it is not a side of the fight.
PLACE_PREPS = frozenset({"in", "at", "near", "across", "around", "inside", "outside", "along", "outskirts"})


def _placed_by(token: Token) -> bool:
    """The noun is the object of a preposition of place: 'at Pimbinyiet', 'near the border'."""
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPS


def _subordinate(token: Token) -> bool:
    """The word sits in a clause that describes a noun or a gerund's object ('journalists covering
    a clash', 'separate them from fighting'), not in the sentence's main clause."""
    for t in [token, *token.ancestors]:
        if t.dep_ == "acl" and t.tag_ == "VBG":
            return True  # "journalists covering a clash" (not "a girl injured in a shootout")
        if t.dep_ == "pcomp" and t.head.lower_ in ("from", "of", "about", "against", "for"):
            return True  # "separate them from fighting"
    return False


def _in_place_phrase(token: Token) -> bool:
    """'... exchanged fire across the LoC in Degwar sector (Poonch district)': Poonch is a place."""
    return any(t.dep_ == "prep" and t.lower_ in PLACE_PREPS for t in token.ancestors)


#: Classes of people who, killed or fleeing, were no side of the fight that hit them.
UNARMED = frozenset({CIVILIAN, CROWD, RIOTER})
#: Verbs whose object or passive subject suffered, and verbs of people who flee: none of them fights.
FALLEN_OR_FLED_VERBS = frozenset({"kill", "injure", "wound", "hurt", "displace", "trap", "flee", "escape", "evacuate"})


def _fled_or_fell(token: Token) -> bool:
    """People a fight killed or drove out: "327 civilians have been killed in fighting", "Syrians
    fleeing from the fighting"."""
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ in ("NOUN", "NUM"):
        token = token.head.head  # "dozens of residents have been killed"
    if token.dep_ in ("nsubjpass", "dobj") and token.head.lemma_.lower() in FALLEN_OR_FLED_VERBS:
        return True
    if token.dep_ == "nsubj" and token.head.lemma_.lower() in ("flee", "escape"):
        return True
    return any(c.dep_ == "acl" and c.lemma_.lower() in ("flee", "escape") for c in token.children)


def _fled_from(head: Token) -> bool:
    """The fight, no side named, is what people fled or escaped, or what drove them out: "fleeing
    (from) the fighting elsewhere", "escaped the clashes", "people displaced by fighting in nearby
    areas" (who they are, not what happened); not "fled the fighting between the army and rebels"."""
    sides = any(c.dep_ == "prep" and c.lower_ in ("between", "with") for c in head.children)
    if head.dep_ in ("pobj", "pcomp") and head.head.lower_ == "by":  # ("by fighting": a gerund)
        # (a participle that describes people, not "thousands were displaced by the fighting on Monday")
        displaced = head.head.head
        return displaced.lemma_.lower() == "displace" and displaced.dep_ == "acl" and not sides
    verb = head.head.head if head.dep_ == "pobj" and head.head.lower_ == "from" else head.head
    return head.dep_ in ("pobj", "dobj") and verb.lemma_.lower() in ("flee", "escape") and not sides
