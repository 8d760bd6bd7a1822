"""Decide ACLED sub-event types from the cues of a sentence, by the codebook's definitions.

The rules follow the ACLED Codebook: territory changes before battles; battles (two armed,
organised sides) before remote violence; remote violence by its method whatever the target;
violence against civilians when the target is unarmed; demonstrations by how they end. Each
decision keeps the cue that made it, so the evidence can say why.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from frontlines.events.lexicon import (
    ARMED,
    CIVILIAN,
    CROWD,
    RIOTER,
    STATE,
    TARGET,
    UNKNOWN,
    Cue,
    Lexicon,
)

#: Words that make a cue hypothetical, planned, denied or merely talked about.
MODAL_GOVERNORS = frozenset(
    [
        "threaten",
        "warn",
        "plan",
        "vow",
        "urge",
        "call",
        "pledge",
        "fear",
        "prepare",
        "intend",
        "seek",
        "demand",
        "propose",
        "consider",
        "promise",
        "aim",
        "hope",
        "want",
        "try",
        "attempt",
        "prevent",
        "avoid",
    ]
)
FUTURE_AUX = frozenset({"will", "would", "could", "might", "may", "should", "shall", "'ll"})
#: Objects of 'capture' that are ground, not people or things.
TERRITORY_NOUNS = frozenset(
    [
        "area",
        "areas",
        "village",
        "villages",
        "town",
        "towns",
        "city",
        "cities",
        "camp",
        "district",
        "neighbourhood",
        "neighborhood",
        "territory",
        "territories",
        "position",
        "positions",
        "base",
        "hill",
        "hills",
        "region",
        "province",
        "frontline",
        "front",
        "checkpoint",
        "airport",
        "road",
        "highway",
        "bridge",
        "outskirts",
        "countryside",
        "part",
        "parts",
        "control",
    ]
)
WEAPON_NOUNS = frozenset(
    [
        "weapon",
        "weapons",
        "arms",
        "ammunition",
        "explosive",
        "explosives",
        "rifle",
        "rifles",
        "gun",
        "guns",
        "grenade",
        "grenades",
        "bomb",
        "bombs",
        "drone",
        "drones",
        "missile",
        "missiles",
        "rocket",
        "rockets",
        "ied",
        "ieds",
        "mine",
        "mines",
        "cache",
    ]
)
AIR_CONTEXT = frozenset(
    [
        "air",
        "drone",
        "drones",
        "aircraft",
        "plane",
        "planes",
        "jet",
        "jets",
        "warplane",
        "warplanes",
        "helicopter",
        "helicopters",
        "coalition",
        "airstrike",
        "airstrikes",
        "aerial",
    ]
)
LABOUR_CONTEXT = frozenset(
    ["hunger", "general", "labour", "labor", "workers", "teachers", "doctors", "nurses", "unions", "union"]
)

Classifier = Callable[[Token], str | None]


@dataclass
class Decision:
    """A sub-event type decided for one sentence, with the cues that decided it."""

    sub_event_type: str
    sentence: Span
    cues: list[Cue]
    rule: str
    confidence: float
    territory_agent: Token | None = None
    extra_cues: list[Cue] = field(default_factory=list)


def live_cues(doc: Doc, cues: Iterable[Cue]) -> list[Cue]:
    """Drop cues that are negated, hypothetical or only threatened."""
    return [c for c in cues if not _is_irrealis(c.head(doc))]


def _is_irrealis(token: Token) -> bool:
    chain = [token]
    current = token
    while current.head is not current and len(chain) < 4 and current.pos_ != "VERB":
        current = current.head
        chain.append(current)
    if chain[-1].head is not chain[-1] and chain[-1].head.pos_ == "VERB":
        chain.append(chain[-1].head)
    for t in chain:
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in FUTURE_AUX for c in t.children):
            return True
    return any(t.lemma_.lower() in MODAL_GOVERNORS for t in chain[1:])


def arguments(head: Token) -> tuple[list[Token], list[Token]]:
    """Agent-side and patient-side noun heads of a cue, from the dependency parse."""
    agents: list[Token] = []
    patients: list[Token] = []
    verb = head if head.pos_ in ("VERB", "AUX") else None
    if (
        verb is None
        and head.dep_ in ("dobj", "pobj", "nsubj", "attr", "compound")
        and head.head.pos_ == "VERB"
    ):
        verb = head.head
    if verb is not None:
        for child in verb.children:
            if child.dep_ in ("nsubj",):
                agents.extend(_conjoined(child))
            elif child.dep_ in ("dobj", "nsubjpass"):
                patients.extend(_conjoined(child))
            elif child.dep_ == "agent":
                agents.extend(t for p in child.children if p.dep_ == "pobj" for t in _conjoined(p))
            elif child.dep_ == "prep" and child.lower_ in ("on", "against", "at", "upon", "targeting"):
                patients.extend(t for p in child.children if p.dep_ == "pobj" for t in _conjoined(p))
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against", "targeting", "upon"):
            patients.extend(t for p in child.children if p.dep_ == "pobj" for t in _conjoined(p))
        elif child.dep_ == "prep" and child.lower_ == "by":
            agents.extend(t for p in child.children if p.dep_ == "pobj" for t in _conjoined(p))
        elif child.dep_ in ("poss", "compound", "amod") and child is not head:
            agents.append(child)
    if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        patients.append(head.head)
    return agents, patients


def _conjoined(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


#: Modifiers that make a soldier or police officer a civilian for the codebook.
CIVILIAN_MODIFIERS = frozenset({"former", "retired", "off-duty", "ex"})


def classes_of(tokens: Iterable[Token], classify: Classifier) -> set[str]:
    """The participant classes of noun heads, looking into modifiers and 'of' phrases."""
    out: set[str] = set()
    for token in tokens:
        cls = classify(token)
        if cls is None:
            for child in token.children:
                if child.dep_ in ("compound", "amod", "nmod"):
                    cls = classify(child) or cls
        if cls in (None, TARGET):
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ == "of":
                    for pobj in child.children:
                        if pobj.dep_ == "pobj":
                            cls = classify(pobj) or cls
        if cls is None and token.ent_type_ == "PERSON":
            cls = CIVILIAN
        if cls in (STATE, ARMED) and any(c.lower_ in CIVILIAN_MODIFIERS for c in token.children):
            cls = CIVILIAN
        if cls:
            out.add(cls)
    return out


def sentence_classes(sentence: Span, classify: Classifier) -> set[str]:
    return {c for t in sentence if (c := classify(t)) is not None}


def decide(
    doc: Doc, sentence: Span, cues: list[Cue], lexicon: Lexicon, classify: Classifier
) -> list[Decision]:
    """The sub-event decisions for one sentence: territory changes, then the main event."""
    if not cues:
        return []
    decisions = _territory(doc, sentence, cues, classify)
    main = _main_event(doc, sentence, cues, classify)
    if main is not None and not (
        decisions and main.sub_event_type == "Armed clash" and not _has(main.cues, "CLASH", "AMBUSH")
    ):
        decisions.append(main)
    return decisions


def _has(cues: Iterable[Cue], *names: str) -> bool:
    return any(c.cue in names for c in cues)


def _pick(cues: list[Cue], *names: str) -> list[Cue]:
    return [c for c in cues if c.cue in names]


def _object_words(doc: Doc, cue: Cue) -> set[str]:
    _, patients = arguments(cue.head(doc))
    words = {t.lemma_.lower() for p in patients for t in p.subtree}
    head = cue.head(doc)
    for child in head.children:
        if child.dep_ == "prt":
            words |= {t.lemma_.lower() for sib in head.children if sib.dep_ == "dobj" for t in sib.subtree}
    return words


def _is_place_object(doc: Doc, cue: Cue) -> bool:
    _, patients = arguments(cue.head(doc))
    for p in patients:
        if p.ent_type_ in ("GPE", "LOC", "FAC") or p.lemma_.lower() in TERRITORY_NOUNS:
            return True
        if any(
            t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in TERRITORY_NOUNS for t in p.subtree
        ):
            return True
    return False


def _territory(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> list[Decision]:
    out: list[Decision] = []
    for cue in _pick(cues, "CAPTURE", "RECAPTURE", "SEIZE", "ENTER", "WITHDRAW", "HANDOVER"):
        if cue.cue in ("SEIZE", "ENTER", "CAPTURE") and not _is_place_object(doc, cue):
            continue
        if cue.cue == "RECAPTURE" and not (
            _is_place_object(doc, cue) or _pushes_back_armed(doc, cue, classify)
        ):
            continue
        agents, _ = arguments(cue.head(doc))
        agent_class = classes_of(agents, classify)
        if cue.cue in ("WITHDRAW", "HANDOVER"):
            if _has(cues, "CLASH", "AMBUSH", "ATTACK", "SHELL", "AIR"):
                continue
            if not _is_place_object(doc, cue) and not _has_place_prep(cue.head(doc)):
                continue
            out.append(
                Decision(
                    "Non-violent transfer of territory",
                    sentence,
                    [cue],
                    "codebook:withdrawal or handover without fighting",
                    0.55,
                )
            )
            continue
        if cue.cue == "ENTER" and not _has(cues, "CLASH", "ATTACK", "SHOOT"):
            continue
        if STATE in agent_class:
            sub = "Government regains territory"
        elif agent_class & {ARMED, UNKNOWN} or not agent_class:
            sub = "Non-state actor overtakes territory"
        else:
            continue
        agent = agents[0] if agents else None
        out.append(
            Decision(
                sub,
                sentence,
                [cue],
                f"codebook:territory taken ({cue.pattern}) by {'state' if STATE in agent_class else 'non-state'} actor",
                0.8,
                territory_agent=agent,
            )
        )
    return out


def _pushes_back_armed(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    _, patients = arguments(cue.head(doc))
    return bool(classes_of(patients, classify) & {ARMED, STATE, UNKNOWN}) or any(
        t.ent_type_ in ("ORG", "NORP") for p in patients for t in p.subtree
    )


def _has_place_prep(head: Token) -> bool:
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("from", "in", "of")
        and any(g.ent_type_ in ("GPE", "LOC", "FAC") for g in c.subtree)
        for c in head.children
    )


def _main_event(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    for rule in _RULES:
        decision = rule(doc, sentence, cues, classify)
        if decision is not None:
            return decision
    return None


def _rule_disrupted(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    for cue in _pick(cues, "DISRUPT"):
        words = _object_words(doc, cue) | {t.lower_ for t in sentence}
        if words & WEAPON_NOUNS or _has(cues, "IED", "BOMB", "SHELL", "AIR"):
            return Decision(
                "Disrupted weapons use",
                sentence,
                [cue],
                "codebook:attack prevented (defused, intercepted, foiled)",
                0.75,
            )
    for cue in _pick(cues, "SEIZE", "CACHE"):
        if cue.cue == "CACHE" or _object_words(doc, cue) & WEAPON_NOUNS:
            return Decision(
                "Disrupted weapons use", sentence, [cue], "codebook:weapons seized or cache found", 0.6
            )
    return None


def _rule_remote(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Remote violence by its method, whatever the target; not when small arms show an engagement."""
    if _has(cues, "CLASH", "AMBUSH", "SMALLARMS") and not _has(cues, "SUICIDE", "CHEM", "AIR"):
        return None
    words = {t.lower_ for t in sentence}
    order = (
        ("SUICIDE", "Suicide bomb", "codebook:suicide bombing"),
        ("CHEM", "Chemical weapon", "codebook:chemical weapon used"),
        ("AIR", "Air/drone strike", "codebook:air or drone strike"),
        ("SHELL", "Shelling/artillery/missile attack", "codebook:artillery, missiles, rockets or mortars"),
        ("IED", "Remote explosive/landmine/IED", "codebook:IED, landmine or remote explosive"),
        ("GRENADE", "Grenade", "codebook:grenade"),
    )
    for name, sub, rule in order:
        if _has(cues, name):
            return Decision(sub, sentence, _pick(cues, name), rule, 0.8)
    strikes = _pick(cues, "STRIKE")
    military_strike = words & AIR_CONTEXT or any(c.head(doc).pos_ == "NOUN" for c in strikes)
    if strikes and not _has(cues, "PROTEST", "LABOUR") and not words & LABOUR_CONTEXT and military_strike:
        return Decision("Air/drone strike", sentence, strikes, "codebook:strike by aircraft or drone", 0.65)
    bombs = _pick(cues, "BOMB", "BLAST")
    if bombs and not _has(cues, "PROTEST", "LABOUR"):
        if words & AIR_CONTEXT and any(c.cue == "BOMB" for c in bombs):
            return Decision("Air/drone strike", sentence, bombs, "codebook:bombing from the air", 0.65)
        rule = "codebook:bomb or explosion, not thrown, not from the air"
        return Decision("Remote explosive/landmine/IED", sentence, bombs, rule, 0.6)
    return None


def _rule_demonstration(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Demonstrations by how they end: violence by the crowd, lethal force, intervention, or none."""
    protest = [c for c in _pick(cues, "PROTEST", "LABOUR", "RIOT") if not _is_reason(doc, c)]
    acts = _pick(cues, "RIOTACT")
    if not protest and not acts:
        return None
    if _has(cues, "MOB"):
        return Decision("Mob violence", sentence, _pick(cues, "MOB"), "codebook:mob violence", 0.7)
    violent = [
        c
        for c in _pick(cues, "RIOT", "RIOTACT", "LOOT", "BURN", "DESTROY", "CLASH")
        if not _is_reason(doc, c)
    ]
    if violent:
        rule = "codebook:demonstrators use violence or destroy property"
        return Decision("Violent demonstration", sentence, protest + violent, rule, 0.7)
    lethal = [
        c
        for c in _pick(cues, "KILL", "SHOOT")
        if not _is_reason(doc, c) and (c.cue == "KILL" or _is_live_fire(doc, c))
    ]
    if lethal:
        rule = "codebook:lethal force against protesters"
        return Decision("Excessive force against protesters", sentence, protest + lethal, rule, 0.7)
    intervention = [c for c in _pick(cues, "INTERVENE", "ARREST", "BEAT") if not _is_reason(doc, c)]
    if intervention:
        rule = "codebook:protest dispersed or arrests made"
        return Decision("Protest with intervention", sentence, protest + intervention, rule, 0.7)
    rule = "codebook:demonstration without violence or intervention"
    return Decision("Peaceful protest", sentence, protest, rule, 0.7)


#: Prepositions and verbs that make an event the topic of a protest or statement, not an event here.
REASON_PREPS = frozenset({"over", "against", "about", "following", "after", "for", "at", "condemning"})
REASON_VERBS = frozenset({"protest", "condemn", "denounce", "demand", "decry", "mourn", "demonstrate"})


def _is_reason(doc: Doc, cue: Cue) -> bool:
    """True where the cue names what people protest about ('rallied over the killing of...')."""
    head = cue.head(doc)
    for t in head.ancestors:
        if (
            t.dep_ == "prep"
            and t.lower_ in REASON_PREPS
            and t.head.lemma_.lower() in REASON_VERBS | {"gather", "rally", "march", "hold", "stage"}
        ):
            return True
        if t.lemma_.lower() in REASON_VERBS and t is not head:
            return head.dep_ in ("dobj", "pobj") or any(a.dep_ in ("dobj", "pobj") for a in head.ancestors)
        if t.pos_ == "VERB":
            return False
    return False


def _is_live_fire(doc: Doc, cue: Cue) -> bool:
    window = doc[max(cue.start - 3, 0) : cue.end + 4]
    return not any(t.lower_ in ("tear", "teargas", "rubber", "cannon", "air", "warning") for t in window)


def _rule_battle(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Two armed, organised sides fight; an exchange of small arms fire is a battle."""
    clash = _pick(cues, "CLASH", "AMBUSH")
    if clash:
        return Decision("Armed clash", sentence, clash, "codebook:armed, organised groups fight", 0.75)
    arms = _pick(cues, "SMALLARMS")
    if arms and _has(cues, "SHOOT", "SHELL", "GRENADE", "BLAST", "ATTACK"):
        rule = "codebook:small arms fire between armed groups is a battle"
        return Decision("Armed clash", sentence, arms + _pick(cues, "SHOOT", "SHELL"), rule, 0.7)
    return None


def _violence_sides(
    doc: Doc, violent: list[Cue], sentence: Span, classify: Classifier
) -> tuple[set[str], set[str]]:
    targets: set[str] = set()
    perpetrators: set[str] = set()
    for cue in violent:
        agents, patients = arguments(cue.head(doc))
        targets |= classes_of(patients, classify)
        perpetrators |= classes_of(agents, classify)
    if not targets and not perpetrators:
        found = sentence_classes(sentence, classify)
        targets = found & {CIVILIAN, CROWD, STATE, ARMED, TARGET}
        perpetrators = found & {UNKNOWN, ARMED, STATE}
    return targets, perpetrators


def _rule_violence(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Attacks: on armed forces a battle, by a crowd of civilians mob violence, else an attack on civilians."""
    if _has(cues, "SEXUAL"):
        return Decision("Sexual violence", sentence, _pick(cues, "SEXUAL"), "codebook:sexual violence", 0.75)
    if _has(cues, "MOB"):
        return Decision(
            "Mob violence", sentence, _pick(cues, "MOB"), "codebook:mob violence or lynching", 0.7
        )
    violent = [
        c for c in _pick(cues, "ATTACK", "SHOOT", "KILL", "BEAT", "TORTURE", "HARM") if not _is_reason(doc, c)
    ]
    if _has(cues, "BODY") and any(
        t.lemma_.lower() in ("find", "discover", "recover", "dump") for t in sentence
    ):
        violent += _pick(cues, "BODY")
    if not violent:
        return None
    targets, perpetrators = _violence_sides(doc, violent, sentence, classify)
    armed_target = bool(targets & {STATE, ARMED}) and not targets & {CIVILIAN, CROWD}
    if armed_target and (perpetrators & {STATE, ARMED, UNKNOWN} or not perpetrators):
        return Decision("Armed clash", sentence, violent, "codebook:attack on armed forces is a battle", 0.65)
    crowd_violence = perpetrators & {CROWD, RIOTER} and not perpetrators & {STATE, ARMED, UNKNOWN}
    if crowd_violence and not _has(cues, "SHOOT", "SMALLARMS"):
        return Decision("Mob violence", sentence, violent, "codebook:violence by a crowd or civilians", 0.6)
    if _has(cues, "ABDUCT") and not _has(cues, "KILL", "SHOOT"):
        return None
    if violent and all(c.cue == "HARM" for c in violent) and not targets | perpetrators:
        return None
    return Decision("Attack", sentence, violent, "codebook:violence against unarmed people", 0.65)


def _rule_abduction_arrest(
    doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier
) -> Decision | None:
    if _has(cues, "ABDUCT"):
        return Decision(
            "Abduction/forced disappearance",
            sentence,
            _pick(cues, "ABDUCT"),
            "codebook:abduction or forced disappearance",
            0.7,
        )
    for cue in _pick(cues, "ARREST"):
        agents, _ = arguments(cue.head(doc))
        agent_class = classes_of(agents, classify)
        if agent_class & {ARMED, UNKNOWN} and STATE not in agent_class:
            return Decision(
                "Abduction/forced disappearance",
                sentence,
                [cue],
                "codebook:arrest by a non-state group is an abduction",
                0.6,
            )
        return Decision("Arrests", sentence, [cue], "codebook:arrests by state forces", 0.6)
    return None


def _rule_property(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    found = _pick(cues, "LOOT", "BURN", "DESTROY")
    if found:
        return Decision(
            "Looting/property destruction",
            sentence,
            found,
            "codebook:looting or destruction of property",
            0.6,
        )
    for cue in _pick(cues, "SEIZE"):
        if not _object_words(doc, cue) & WEAPON_NOUNS:
            return Decision(
                "Looting/property destruction", sentence, [cue], "codebook:goods or property seized", 0.45
            )
    return None


def _rule_strategic(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    agree = _pick(cues, "AGREE", "SURRENDER")
    if agree and (_has(cues, "SIGN") or any(_agreed(doc, c) for c in agree)):
        return Decision(
            "Agreement",
            sentence,
            agree + _pick(cues, "SIGN"),
            "codebook:rival actors agree (ceasefire, deal, exchange)",
            0.6,
        )
    if _has(cues, "BASE") and _has(cues, "ESTABLISH"):
        return Decision(
            "Headquarters or base established",
            sentence,
            _pick(cues, "BASE", "ESTABLISH"),
            "codebook:base or headquarters established",
            0.55,
        )
    change = _pick(cues, "CHANGE")
    if change:
        return Decision(
            "Change to group/activity", sentence, change, "codebook:change in a group or its activity", 0.45
        )
    return None


def _agreed(doc: Doc, cue: Cue) -> bool:
    head = cue.head(doc)
    if head.pos_ == "VERB":
        return True
    governor = head.head
    return governor.lemma_.lower() in (
        "reach",
        "sign",
        "agree",
        "announce",
        "broker",
        "accept",
        "hold",
        "take",
        "seal",
        "conclude",
        "strike",
        "declare",
        "implement",
        "begin",
        "enter",
        "come",
    )


_RULES: tuple[Callable[[Doc, Span, list[Cue], Classifier], Decision | None], ...] = (
    _rule_disrupted,
    _rule_demonstration,
    _rule_remote,
    _rule_battle,
    _rule_violence,
    _rule_abduction_arrest,
    _rule_property,
    _rule_strategic,
)

__all__ = ["Decision", "arguments", "decide", "live_cues"]
