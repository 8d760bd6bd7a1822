"""Explosions and remote violence, named by their method whatever the target (suicide bombs, air or drone
strikes, shelling, IEDs, grenades).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from frontlines.events.lexicon import ARMED, CIVILIAN, CROWD, PROTESTER, STATE, TARGET, UNKNOWN, Cue
from frontlines.events.typing.cue_readings import in_description, is_reason
from frontlines.events.typing.decision import RULE_REMNANT, VIOLENCE, Classifier, Decision, _has, _pick, words
from frontlines.events.typing.participants import HARM_VERBS, _pobjs, _violence_sides, arguments

#: An explosive left from a war that is over: "a rocket believed to be leftover from the civil war",
#: "a landmine laid during the Iran-Iraq War", "unexploded ordnance".
REMNANT = re.compile(
    r"\b(?:left ?-?over|remnants? of (?:the )?war|unexploded|uxo|laid during|dating (?:back )?(?:from|to)"
    r"|from the (?:\w+ )?(?:civil )?war\b|where fighting (?:had )?(?:occurred|took place) (?:in the past|in the \d{4}s)"
    r"|decades-old)",
    re.IGNORECASE,
)

#: A calibre of 12.7 mm or more: a heavy machine gun or a cannon, fired from afar.
HEAVY_CALIBRE = re.compile(r"\b(?:1[2-9]|[2-9]\d|1\d\d)(?:\.\d)?\s?mm\b", re.IGNORECASE)
#: Heavy weapons named by the word: "heavy and medium machine guns", "machine guns, assumedly heavy".
HEAVY_WEAPONS = re.compile(
    r"\bheavy\s+(?:and\s+medium\s+)?(?:machine[- ]?guns?|weapons|weaponry)\b"
    r"|\bmachine[- ]?guns?,?\s+(?:[a-z]+ly\s+)?heavy\b",  # "machine guns, assumedly heavy"
    re.IGNORECASE,
)


def _at_unarmed(doc: Doc, cues: list[Cue], sentence: Span, classify: Classifier) -> bool:
    """The fire is aimed at homes, villages or people, not at armed positions: no engagement."""
    fire = _pick(cues, "SHELL", "SHOOT")
    if not fire:
        return False
    targets, _ = _violence_sides(doc, fire, sentence, classify)
    patients = [p for c in fire for p in arguments(c.head(doc))[1]]
    if any(c.lower_ in ("residential", "populated", "civilian") for p in patients for c in p.children):
        targets = (targets - {STATE, ARMED, UNKNOWN}) | {TARGET}  # "at residential neighbourhoods"
    return bool(targets) and targets <= {CIVILIAN, TARGET, CROWD}


#: Cues that name a weapon of remote violence.
WEAPON_CUES = frozenset({"AIR", "AIRCRAFT", "SHELL", "IED", "GRENADE", "BOMB", "CHEM"})


def rule_remote(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Remote violence by its method, whatever the target; not when small arms show an engagement."""
    remnant = _pick(cues, "IED", "SHELL", "BLAST", "BOMB", "GRENADE")
    if remnant and REMNANT.search(sentence.text):
        rule = RULE_REMNANT
        return Decision("Other", sentence, remnant, rule, 0.6)
    # "the army withdrew a squadron of fighter jets", "withdrew its tanks and heavy weapons": arms
    # taken away are not used
    withdrawn = {
        t.i for c in _pick(cues, "WITHDRAW") for o in c.head(doc).children if o.dep_ == "dobj" for t in o.subtree
    }
    cues = [c for c in cues if c.cue not in WEAPON_CUES or c.head(doc).i not in withdrawn]
    heavy = HEAVY_CALIBRE.search(sentence.text) or HEAVY_WEAPONS.search(sentence.text)
    if heavy and not _has(cues, "SHELL"):
        # "fired 14.5mm and 12.7mm machine guns at residential areas": heavy weapons
        cues = cues + [Cue("SHELL", c.start, c.end, c.pattern) for c in _pick(cues, "SHOOT", "SMALLARMS")]
    engagement = _has(cues, "CLASH", "AMBUSH", "EXCHANGE") or (
        _has(cues, "SMALLARMS") and not _at_unarmed(doc, cues, sentence, classify)
    )
    if engagement and not _has(cues, "SUICIDE", "CHEM", "AIR"):
        return None
    if _has(cues, "RESPOND") and _has(cues, "SHELL", "SHOOT"):
        return None  # "responded to the shelling": both sides fire, an engagement
    killed_bombers = [c for c in _pick(cues, "SUICIDE") if _harmed_noun(doc, c)]
    # "forces killed 2 suicide bombers": the bombers were stopped, the fight is the event
    if killed_bombers and _has(cues, "KILL", "SHOOT", "CLASH"):
        rule = "codebook:suicide bombers killed before they struck: armed men fought"
        return Decision("Armed clash", sentence, killed_bombers + _pick(cues, "KILL", "SHOOT", "CLASH"), rule, 0.7)
    cues = [c for c in cues if c not in killed_bombers]
    if _has(cues, "CLASH") and all("force" in c.pattern for c in _pick(cues, "AIR")):
        cues = [c for c in cues if c.cue != "AIR"]  # "the two air forces clashed": a battle
    forces = [c for c in _pick(cues, "AIR") if "force" in c.pattern]
    others = [c for c in cues if c not in forces]
    if forces and not _has(others, *VIOLENCE, "AIR", "BOMB", "SHELL", "BLAST", "IED", "DESTROY", "BURN"):
        cues = others  # "the air force withdrew its fighter planes": the force is named, nothing struck
    support = [c for c in _pick(cues, "AIR", "SHELL") if _in_support(doc, c)]
    if support and _has(cues, *VIOLENCE, "CLASH", "CAPTURE", "RECAPTURE"):
        # "an operation backed by airstrikes killed 18 militants": the ground fight is the event
        cues = [c for c in cues if c not in support]
    sentence_words = {t.lower_ for t in sentence} | {t.lemma_.lower() for t in sentence}
    air_context = bool(sentence_words & words("air_context"))
    order = (
        ("SUICIDE", "Suicide bomb", "codebook:suicide bombing"),
        ("CHEM", "Chemical weapon", "codebook:chemical weapon used"),
        ("AIR", "Air/drone strike", "codebook:air or drone strike"),
        ("SHELL", "Shelling/artillery/missile attack", "codebook:artillery, missiles, rockets or mortars"),
        ("IED", "Remote explosive/landmine/IED", "codebook:IED, landmine or remote explosive"),
        ("GRENADE", "Grenade", "codebook:grenade"),
    )
    aircraft = _firing_aircraft(doc, cues)
    if aircraft and not _has(cues, "SUICIDE", "CHEM", "AIR"):
        # "Helicopters fired rockets at the town": missiles fired from the air are an air strike
        rule = "codebook:missiles or rockets fired from aircraft"
        return Decision("Air/drone strike", sentence, aircraft + _pick(cues, "SHELL"), rule, 0.75)
    for name, sub, rule in order:
        if _has(cues, name):
            return Decision(sub, sentence, _pick(cues, name), rule, 0.8)
    violent = _pick(cues, *VIOLENCE, "STRIKE", "BOMB", "BLAST", "BOMBARD")
    # "a police helicopter was shot at", "militants shot down a drone": the aircraft is the target
    struck = {p.i for c in violent for p in arguments(c.head(doc))[1]}
    # nor an aircraft in a clause that describes someone: "attacked Afghan forces who were airdropped
    # by helicopters"
    flying = [c for c in _pick(cues, "AIRCRAFT") if c.head(doc).i not in struck and not in_description(c.head(doc))]
    # "suspected US drones hit Al Shabaab bases": aircraft that hit or pound something strike it
    violent += [c for c in flying if _aircraft_hits(doc, c)]
    if flying and violent:
        return Decision(
            "Air/drone strike",
            sentence,
            flying + [c for c in violent if c not in flying],
            "codebook:attack from the air",
            0.7,
        )
    if _has(cues, "BOMBARD"):
        sub = "Air/drone strike" if air_context else "Shelling/artillery/missile attack"
        return Decision(sub, sentence, _pick(cues, "BOMBARD"), "codebook:bombardment", 0.7)
    strikes = _pick(cues, "STRIKE")
    labour = _has(cues, "PROTEST", "LABOUR") or sentence_words & words("labour_context")
    # "the ongoing strike of the extension lecturers": a strike of people is a stoppage of work
    labour = labour or any(strike_of_people(doc, c, classify) for c in strikes)
    noun = any(c.head(doc).pos_ == "NOUN" for c in strikes)
    # "University workers go on strike ... The strike was over pay": a strike the report is about
    if strikes and not labour and (air_context or (noun and not _labour_report(doc))):
        return Decision("Air/drone strike", sentence, strikes, "codebook:strike by aircraft or drone", 0.65)
    bombs = _pick(cues, "BOMB", "BLAST")
    if any(t.lemma_.lower() in words("protest_word") for t in sentence):
        # "called for campaigners to protest outside the embassy over its bombing in Syria": what a
        # protest, held or only called for, is about is no bombing of the sentence's own
        bombs = [c for c in bombs if not is_reason(doc, c)]
    if bombs and not _has(cues, "PROTEST", "LABOUR"):
        if air_context and _has(bombs, "BOMB"):
            return Decision("Air/drone strike", sentence, bombs, "codebook:bombing from the air", 0.65)
        if all(c.cue == "BLAST" for c in bombs) and any(doc[c.start].tag_ == "NNS" for c in bombs):
            # "a total of 15 explosions near X": a series of blasts with no device named is indirect fire
            rule = "codebook:a series of explosions with no device named is shelling"
            return Decision("Shelling/artillery/missile attack", sentence, bombs, rule, 0.6)
        rule = "codebook:bomb or explosion, not thrown, not from the air"
        return Decision("Remote explosive/landmine/IED", sentence, bombs, rule, 0.6)
    return None


def _firing_aircraft(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """Aircraft that are the agents of the verb a rocket or missile hangs on: "Helicopters fired
    rockets at the town", "missiles fired by warplanes"."""
    verbs = {c.head(doc).head.i for c in _pick(cues, "SHELL") if c.head(doc).dep_ in ("dobj", "nsubjpass")}
    agents = {a.i for v in verbs for a in arguments(doc[v])[0]}
    return [c for c in _pick(cues, "AIRCRAFT") if c.head(doc).i in agents and not in_description(c.head(doc))]


def strike_of_people(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    """The strike noun is "of" or "by" people who are no armed force ("the strike of the lecturers",
    "a student strike"),
    or such people launch, announce or hold it ("the employees launched a strike"), or it lasts a
    span of time ("a three-day strike", "a 24-hour strike"): a stoppage of work, not a blow."""
    head = cue.head(doc)
    if head.pos_ != "NOUN":
        return False
    people = [p for c in head.children if c.dep_ == "prep" and c.lower_ in ("of", "by") for p in _pobjs(c)]
    # "a student strike", "the students' strike", "a teachers strike": people who strike named before it
    people += [c for c in head.children if c.dep_ in ("compound", "poss", "nmod") and c.pos_ in ("NOUN", "PROPN")]
    if head.dep_ == "dobj":
        people += [s for s in head.head.children if s.dep_ == "nsubj"]
    if any(classify(p) in (CIVILIAN, CROWD, PROTESTER) for p in people):
        return True
    before = doc[max(head.left_edge.i, head.i - 4) : head.i]
    return any(t.lemma_.lower() in STRIKE_SPANS for t in before)


#: Words of a span of time before a strike noun: a strike that lasts is a stoppage of work.
STRIKE_SPANS = frozenset({"hour", "day", "week", "month", "indefinite", "open-ended"})


#: Verbs of aircraft striking a target that the trigger lexicon leaves out as too general alone.
AIRCRAFT_HIT_VERBS = frozenset({"hit", "pound", "pummel", "strafe", "destroy", "target"})


def _aircraft_hits(doc: Doc, cue: Cue) -> bool:
    """The aircraft is the subject of a verb of hitting, with an object: "drones hit bases", "Russian
    warplanes destroyed a depot"."""
    noun = cue.head(doc)
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.lemma_.lower() in AIRCRAFT_HIT_VERBS
        and any(c.dep_ == "dobj" for c in verb.children)
    )


def _labour_report(doc: Doc) -> bool:
    """The report speaks of a strike by workers ("go on strike", "strike action", "workers")."""
    text = doc.text.lower()
    if any(phrase in text for phrase in ("on strike", "strike action", "general strike", "strikers")):
        return True
    return any(t.lemma_.lower() in words("labour_context") for t in doc)


def _harmed_noun(doc: Doc, cue: Cue) -> bool:
    """The cue's noun is what a harm or arrest verb was done to ("killed two suicide bombers"), by
    the parse or, where the parse fails ("killed 2 IS suicide bombers", "IS" read as a verb), by a
    harm verb right before the noun phrase."""
    verbs = HARM_VERBS | {"arrest", "capture", "detain"}
    head = cue.head(doc)
    if head.dep_ in ("dobj", "nsubjpass") and head.head.lemma_.lower() in verbs:
        return True
    at = cue.start - 1
    while at >= 0 and at > cue.start - 5 and (doc[at].pos_ in ("NUM", "DET", "PROPN", "ADJ") or doc[at].is_upper):
        at -= 1
    return at >= 0 and at < cue.start - 1 and doc[at].lemma_.lower() in verbs and doc[at].pos_ == "VERB"


def _in_support(doc: Doc, cue: Cue) -> bool:
    """'backed by airstrikes', 'supported by air strikes', 'with air support': air power that helps
    a ground operation, not an event of its own."""
    head = cue.head(doc)
    if any(t.lemma_.lower() in ("support", "cover") for t in doc[cue.start : cue.end]):
        return True  # "air support", "air cover"
    for t in list(head.ancestors)[:3]:
        if t.lemma_.lower() in ("back", "support", "cover", "assist") and t.tag_ == "VBN":
            return True
        if t.lemma_.lower() in ("support", "cover", "help") and t.pos_ == "NOUN":
            return True
    return False
