"""Cue words used in another sense than a political event's: a rocket that launches a crew, a gold
mine, an effigy burnt, an attack on computers, a blow a vehicle deals, public money looted, people
shut in, an air force unit, a kind of unit ("assault units"), a worker fired, a body taken away, an
"anti-" prefix, a clash reported on, a fight for a cause, bodies washed ashore, financial or
economic damage, a death from illness.
``cue_readings.live_cues`` reads them.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from frontlines.events.lexicon import Cue
from frontlines.events.typing.decision import words
from frontlines.events.typing.participants import _pobjs

#: Words of the sea's edge, where the bodies of people who crossed the sea are found drowned.
SHORE_WORDS = frozenset({"beach", "beaches", "shore", "ashore", "coast", "coastline", "sea"})
#: Words of people who cross the sea to flee.
CROSSING_PEOPLE = frozenset({"migrant", "migrants", "refugee", "refugees", "asylum"})


def _washed_ashore(doc: Doc, cue: Cue) -> bool:
    """ "Bodies of Syrian refugees are found on a beach in Turkey": migrants drowned at sea, no
    violence (not "bodies of soldiers were found on the beach", nor anything anyone did to them)."""
    if cue.cue != "BODY":
        return False
    sentence = doc[cue.start].sent
    words_in = {t.lower_ for t in sentence}
    return bool(words_in & SHORE_WORDS) and bool(words_in & CROSSING_PEOPLE)


#: Words of spaceflight, beside which a rocket is a launcher: "launches a crew of three to the ISS".
SPACEFLIGHT_WORDS = frozenset(
    {"iss", "astronaut", "astronauts", "cosmonaut", "cosmonauts", "orbit", "spacecraft", "spaceport", "cosmodrome"}
    | {"satellite", "satellites", "soyuz", "nasa", "roscosmos", "spacex"}
)


#: Verbs of a launcher's flight.
LAUNCH_VERBS = frozenset({"launch", "carry", "lift", "blast", "dock", "send", "put", "deliver"})


def _spaceflight(doc: Doc, cue: Cue) -> bool:
    """ "Russian rocket Soyuz launches a crew of three to the ISS": a rocket in a sentence of
    spaceflight is a launcher, no weapon."""
    if cue.pattern not in ("rocket", "rockets"):
        return False
    verb = cue.head(doc)
    while verb.pos_ != "VERB" and verb.head.i != verb.i:
        verb = verb.head
    targets = [o for c in verb.children if c.dep_ == "prep" and c.lower_ in ("at", "on", "against") for o in _pobjs(c)]
    aimed = any(o.ent_type_ not in ("DATE", "TIME") for o in targets)
    launched = verb.lemma_.lower() in LAUNCH_VERBS and not aimed  # not "launched rockets at a satellite station"
    return launched and any(t.lower_ in SPACEFLIGHT_WORDS for t in doc[cue.start].sent)


#: What a mine that is a pit, not a landmine, is dug for: "a gold mine", "the coal mines".
ORE_WORDS = frozenset(
    {"gold", "coal", "copper", "diamond", "tin", "salt", "iron", "uranium", "cobalt", "bauxite", "jade", "emerald"}
    | {"ruby", "lithium", "nickel", "zinc", "silver", "artisanal", "opencast", "open-pit", "manganese", "phosphate"}
)


#: Words of mining in the mine's sentence: "miners protested against the closure of a local mine".
MINING_WORDS = frozenset({"miner", "mining", "quarry", "colliery"})
#: Nouns whose "of" makes a mine a workplace: "the closure of a mine", "workers of the mine".
WORKPLACE_NOUNS = frozenset({"closure", "owner", "worker", "employee", "management", "operator", "shaft"})


#: Prepositions of being at a site: a landmine is hit, stepped on or set off, not stood at.
SITE_PREPOSITIONS = frozenset({"at", "inside", "outside", "near", "into"})


def _mine_of_ore(doc: Doc, cue: Cue) -> bool:
    """ "blocked the entrance to a gold mine", "miners protested against the closure of a local
    mine": a pit dug for ore, a workplace, is no landmine."""
    head = cue.head(doc)
    if cue.cue != "IED" or head.lemma_.lower() != "mine":
        return False
    if any(c.dep_ in ("compound", "amod") and c.lower_ in ORE_WORDS for c in head.children):
        return True
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.lemma_.lower() in WORKPLACE_NOUNS:
        return True
    if head.dep_ == "pobj" and head.head.lower_ in SITE_PREPOSITIONS:
        return True  # "workers went on strike at the mine": a place one is at is no landmine
    return any(t.lemma_.lower() in MINING_WORDS for t in head.sent)


def _burnt_effigy(doc: Doc, cue: Cue) -> bool:
    """ "Students burnt effigies of the minister": burning an effigy is a form of protest, no
    destruction of property."""
    if cue.cue != "BURN":
        return False
    head = cue.head(doc)
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    return any(o.lemma_.lower() == "effigy" for o in objects)


def _on_computers(doc: Doc, cue: Cue) -> bool:
    """ "a cyber attack", "a ransomware attack": an attack on computers harms no one; "40,000 online
    rally for her": a campaign online gathers no one in a place."""
    head = cue.head(doc)
    near = [t for t in doc[max(head.i - 3, 0) : head.i] if t.i >= head.left_edge.i]
    near += [c for c in head.children if c.i == head.i + 1 and c.dep_ == "advmod"]  # "rallied online"
    return any(t.lower_.removesuffix("-") in words("online") for t in near)


#: Vehicles whose blow is a road accident's: "hit by a car", "knocked down by a speeding lorry".
VEHICLES = frozenset(
    {"vehicle", "car", "truck", "lorry", "bus", "minibus", "matatu", "train", "van", "motorbike", "motorcycle"}
    | {"tractor"}
)
#: Cues of a blow or a death that a vehicle, not a person, may deal.
VEHICLE_HARMS = frozenset({"BEAT", "HARM", "KILL", "STRIKE"})


#: Verbs of a vehicle's blow to people: "a lorry knocked him down", "a matatu ran over them".
VEHICLE_BLOWS = frozenset({"run", "knock", "hit", "strike", "mow", "crush"})
#: What a vehicle runs over that makes its blow an attack's, not an accident's: "ran over an IED".
EXPLOSIVES = frozenset({"ied", "mine", "landmine", "bomb", "device", "explosive", "explosives"})
#: Drivers, and the words that make a driver's blow a road accident's: "killed by a drunk driver".
DRIVERS = frozenset({"driver", "motorist"})
CARELESS = frozenset({"drunk", "speeding", "reckless", "careless", "drunken"})


def _by_a_vehicle(doc: Doc, cue: Cue) -> bool:
    """The cue's verb, or the clause after "when" or "after" that tells how it came about, has a
    vehicle as the one that dealt the blow: a passive's agent ("a boy was knocked down by a lorry",
    "a school bus is struck by another vehicle", "died after she was hit by a car"), an active
    subject of a blow to people ("died after a speeding matatu ran over them"), or a careless
    driver ("killed by a drunk driver"). Not a vehicle a force drives ("hit by a police truck"), one
    that ran over a bomb ("killed after their truck ran over an IED") nor one that is a bomb."""
    if cue.cue not in VEHICLE_HARMS:
        return False
    verb = cue.head(doc)
    how = [c for c in verb.children if c.dep_ == "advcl" and _after_or_when(c)]
    agents = [n for v in (verb, *how) for by in v.children if by.dep_ == "agent" for n in _pobjs(by)]
    if any(_a_vehicle(n) or _careless_driver(n) for n in agents):
        return True
    for clause in how:
        if clause.lemma_.lower() not in VEHICLE_BLOWS:
            continue
        subjects = [c for c in clause.children if c.dep_ == "nsubj"]
        hit = [c for c in clause.children if c.dep_ == "dobj"]
        hit += [o for c in clause.children if c.dep_ == "prep" and c.lower_ == "over" for o in _pobjs(c)]
        if any(_a_vehicle(n) for n in subjects) and hit and not any(n.lower_ in EXPLOSIVES for n in hit):
            return True
    return False


def _after_or_when(clause: Token) -> bool:
    return any(c.dep_ in ("mark", "advmod") and c.lower_ in ("after", "when") for c in clause.children)


#: Parts of the words that make a vehicle a bomb: "an explosives-laden vehicle", "a booby-trapped car".
BOMB_VEHICLE_WORDS = ("explosiv", "bomb", "laden", "trapped", "rigged")


def _a_vehicle(noun: Token) -> bool:
    """A vehicle no force drives and no one made a bomb of: "a lorry", "a speeding matatu"; not "a
    police truck", "the KDF truck" (a name before it) nor "an explosives-laden vehicle"."""
    driven = any(c.dep_ in ("compound", "amod", "poss") and c.ent_type_ != "" for c in noun.children)
    police = any(c.lemma_.lower() in ("police", "military", "army", "security") for c in noun.children)
    bomb = any(part in t.lower_ for t in noun.subtree if t.i < noun.i for part in BOMB_VEHICLE_WORDS)
    return noun.lemma_.lower() in VEHICLES and not driven and not police and not bomb


def _careless_driver(noun: Token) -> bool:
    return noun.lemma_.lower() in DRIVERS and any(c.lower_ in CARELESS for c in noun.children)


#: What is looted when the word means embezzled: "the recovery of looted funds", "looted public money".
MONEY = frozenset({"fund", "funds", "asset", "assets", "coffer", "coffers", "treasury", "revenue"})
#: Words that make money the state's: "looted public money".
PUBLIC = frozenset({"public", "state", "government", "national"})


def _embezzled(doc: Doc, cue: Cue) -> bool:
    """ "looted funds", "looted public money": money stolen from the state, no looting in the streets."""
    if cue.cue != "LOOT":
        return False
    head = cue.head(doc)
    said_of = [head.head] if head.dep_ in ("amod", "acl") else []
    said_of += [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    public = [t for t in said_of if t.lower_ == "money" and any(c.lower_ in PUBLIC for c in t.children)]
    return bool(public) or any(t.lemma_.lower() in MONEY or t.lower_ in MONEY for t in said_of)


def _shut_in(doc: Doc, cue: Cue) -> bool:
    """ "barricaded themselves into an office": people who shut themselves in do no violence."""
    if cue.cue != "RIOTACT" or not cue.pattern.startswith("barricade"):
        return False
    return any(c.dep_ == "dobj" and c.lower_ in ("themselves", "himself", "herself") for c in cue.head(doc).children)


def _air_force_unit(doc: Doc, cue: Cue) -> bool:
    """ "air force" before a noun names a unit or a person, not a strike: "a colonel in the air force
    intelligence", "an air force officer", "the air force base"."""
    if cue.pattern != "air force" or cue.end >= len(doc):
        return False
    after = doc[cue.end]
    return after.pos_ in ("NOUN", "PROPN") and after.head.i != cue.end - 1


#: Nouns of units, crews and craft that an attack word before them names the kind of: "assault
#: units", "attack helicopters", "a strike force".
UNIT_KINDS = frozenset(
    {"unit", "team", "troop", "force", "squad", "brigade", "battalion", "regiment", "detachment", "group"}
    | {"helicopter", "aircraft", "plane", "jet", "craft", "boat", "ship", "submarine", "vessel", "rifle"}
)


#: What "combat" before it names the kind of, besides units and craft: "one wearing combat fatigues",
#: "combat boots", "combat training".
COMBAT_KINDS = frozenset(
    {"fatigue", "uniform", "gear", "boot", "dress", "helmet", "vest", "jacket", "training", "experience", "readiness"}
)


def _kind_of_unit(doc: Doc, cue: Cue) -> bool:
    """ "the actions of Daesh assault units", "Attack helicopters flew over the town", "a man wearing
    combat fatigues": an attack or combat word before a unit, a craft or gear names what kind it is,
    not an attack (what the unit does may be one)."""
    if cue.end - cue.start != 1:
        return False
    head = doc[cue.start]
    combat = cue.cue == "CLASH" and head.lower_ == "combat"
    if cue.cue not in ("ATTACK", "STRIKE") and not combat:
        return False
    kinds, deps = (UNIT_KINDS | COMBAT_KINDS, ("compound", "amod")) if combat else (UNIT_KINDS, ("compound",))
    return head.dep_ in deps and head.head.i == cue.end and head.head.lemma_.lower() in kinds


#: Objects of "fire" that are the people an employer dismisses: "to fire those implicated in graft".
DISMISSED = frozenset({"those", "him", "her", "them", "official", "minister", "staff", "employee", "worker"})


def _dismissal(doc: Doc, cue: Cue) -> bool:
    """ "fire" with a person as its object and no target or arm ("at", "on", "with"): a dismissal, not gunfire."""
    head = cue.head(doc)
    if cue.pattern != "fire" or head.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "upon", "towards", "with") for c in head.children):
        return False
    objects = [c for c in head.children if c.dep_ == "dobj"]
    return any(o.lower_ in DISMISSED or o.lemma_.lower() in DISMISSED for o in objects)


#: What is carried away without being looted: "took away the body of the man".
BODY_OBJECTS = frozenset({"body", "bodies", "corpse", "corpses", "remains"})


def _takes_a_body(doc: Doc, cue: Cue) -> bool:
    """ "marched to the mortuary and took away the body": a body carried off is no looting."""
    if cue.cue != "LOOT":
        return False
    objects = [c for c in cue.head(doc).children if c.dep_ == "dobj"]
    return any(o.lower_ in BODY_OBJECTS for o in objects)


def _against_prefix(doc: Doc, cue: Cue) -> bool:
    """ "anti-riot police", "counter-terrorism unit": the word names what a unit is against; "fire-fighting
    operations", "crime-fighting": a fight against an ill, which the word before the hyphen names."""
    if cue.start < 2 or doc[cue.start - 1].text != "-":
        return False
    before = doc[cue.start - 2].lower_
    if before in ("anti", "counter"):
        return True
    return cue.cue == "CLASH" and doc[cue.start].lemma_.lower() == "fight" and before in words("fought_ill")


#: Verbs whose object is what someone reports on, not what happens in the sentence.
COVERING_VERBS = frozenset({"cover", "film", "photograph", "document", "report"})


def _reported_on(doc: Doc, cue: Cue) -> bool:
    """ "journalists assaulted by police while they were covering political riots": the riots are
    what the journalists report on; the assault is the event."""
    if cue.cue not in ("RIOT", "PROTEST", "CLASH"):
        return False
    head = cue.head(doc)
    return head.dep_ == "dobj" and head.head.lemma_.lower() in COVERING_VERBS and head.head.tag_ == "VBG"


def _fight_for_a_cause(doc: Doc, cue: Cue) -> bool:
    """ "an author who fought for peace and human rights", "measures to fight the pandemic": a
    campaign, not a battle (not "fought for control of the town")."""
    head = cue.head(doc)
    if cue.cue != "CLASH" or head.lemma_.lower() != "fight":
        return False
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"):
        if any(t.lemma_.lower() in words("cause_noun") for t in _pobjs(prep)):
            return True
    # "measures to fight the coronavirus pandemic", "to fight corruption": a campaign against an ill
    objects = [t for o in head.children if o.dep_ == "dobj" for t in (o, *o.children) if t.dep_ in ("dobj", "compound")]
    return any(t.lemma_.lower() in words("fought_ill") or t.lower_ in words("fought_ill") for t in objects)


#: Words that make damage no harm to property: "to cause financial damage", "economic damage".
INTANGIBLE_DAMAGE = frozenset({"financial", "economic", "reputational", "political", "psychological", "environmental"})


def _intangible_damage(doc: Doc, cue: Cue) -> bool:
    """ "the aim had been to cause financial damage": damage to money or name, no property destroyed."""
    return any(
        t.lemma_.lower() == "damage"
        and any(c.dep_ in ("amod", "compound") and c.lower_ in INTANGIBLE_DAMAGE for c in t.children)
        for t in doc[cue.start : cue.end]
    )


#: Verbs of dying, and the prepositions that give the cause: "died of", "died from", "succumbed to".
DYING_VERBS = frozenset({"die", "succumb", "perish"})
CAUSE_PREPOSITIONS = frozenset({"of", "from", "to"})


def _died_of_illness(doc: Doc, cue: Cue) -> bool:
    return cue.cue == "KILL" and died_of_illness(cue.head(doc))


def died_of_illness(head: Token) -> bool:
    """ "a Somali resident died from coronavirus", "two inmates died of cholera", "succumbed to
    malaria": a death from illness or hunger, no one's act (not "died of his wounds")."""
    if head.lemma_.lower() not in DYING_VERBS:
        return False
    illness = words("illness")
    causes = [p for c in head.children if c.dep_ == "prep" and c.lower_ in CAUSE_PREPOSITIONS for p in _pobjs(c)]
    return any(t.lemma_.lower() in illness or t.lower_ in illness for p in causes for t in (p, *p.children))
