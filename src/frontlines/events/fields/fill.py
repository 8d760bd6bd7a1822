"""``fill_event``: one draft's ``Event`` record with every ACLED field filled, each with its evidence."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from frontlines.actors.compose import composed_mention
from frontlines.actors.normalize import FoldedText
from frontlines.events.context import DocumentContext
from frontlines.events.fields.event_date import _set_date
from frontlines.events.fields.event_place import _event_place, _hint_country, _hint_iso3, _set_place
from frontlines.events.fields.evidence import _cue_evidence, _sentence_evidence
from frontlines.events.fields.fatalities import _set_counts, casualties, civilian_casualties
from frontlines.events.fields.front_lines import _front
from frontlines.events.fields.sides import (
    CIVILIAN_TARGET_TYPES,
    CLAIMED_RULE,
    CROWD_ACTOR_TYPES,
    DEFAULT_ACTOR1,
    DEFAULT_ACTOR1_BY_RULE,
    DEFAULT_ACTOR2,
    DEFAULT_ACTOR2_BY_RULE,
    _as_communal,
    _claimed_perpetrator,
    _crowd_as_actor1,
    _crowd_by_its_clause,
    _default,
    _demonstration_counterpart,
    _disarmed,
    _set_actors,
    _unnamed_side,
    force_meeting_the_crowd,
)
from frontlines.events.fields.sources import _set_source, _territory_claims
from frontlines.events.lexicon import ARMED, CIVILIAN, CROWD, STATE, TARGET, load_lexicon
from frontlines.events.notes import write_notes
from frontlines.events.roles import ARMED_INTERS, FIGHTING_EVENT_TYPES, NEAREST_PARTY_RULE
from frontlines.events.suffering import PEERS, _peers_of
from frontlines.events.typing.decision import words
from frontlines.records import FRONT_RULE, Event, Evidence, event_id_for
from frontlines.taxonomy import event_type_of

if TYPE_CHECKING:
    from frontlines.actors import ActorMention, ActorRegistry
    from frontlines.events.assemble import EventDraft


#: The unnamed second side of a battle, by the first side's inter code: a communal militia fights
#: another (codebook: identity militias); an unidentified armed group, or the state's forces, fight
#: an armed group the text does not name ("soldiers were killed in clashes near the border").
UNNAMED_OTHER_SIDE = {4: "communal militia", 3: "gunmen", 1: "gunmen"}


def _own_side_harmed(draft: EventDraft) -> bool:
    """The event's sentence tells the doer harming his own colleagues, commander or boss."""
    return any(t.lemma_.lower() in PEERS and _peers_of(t) for d in draft.decisions for t in d.sentence)


#: Explosive violence whose casualties, with no side named for them, are civilians.
EXPLOSIVE_TYPES = frozenset({"Remote explosive/landmine/IED", "Grenade", "Suicide bomb"})


def fill_event(
    draft: EventDraft, ctx: DocumentContext, registry: ActorRegistry, content_hash: str, index: int
) -> Event | None:
    """The event record for one draft, or None if it has no place in the codebook's terms."""
    sub = draft.sub_event_type
    sentences = sorted({ctx.sentence_index(d.sentence.start_char) for d in draft.decisions} | draft.extra_sentences)
    evidence: dict[str, list[Evidence]] = {}
    type_evidence = [_cue_evidence(ctx, c, d.rule) for d in draft.decisions for c in d.cues]
    evidence["event_type"] = evidence["sub_event_type"] = type_evidence

    place = _event_place(ctx, sentences)
    country = place[1].country if place else _hint_country(ctx)
    if sub in CROWD_ACTOR_TYPES:
        _crowd_as_actor1(draft, registry, country, ctx)
        _demonstration_counterpart(draft, ctx.doc)
    front = _front(draft, ctx, place[1].iso3 if place else _hint_iso3(ctx), sentences)
    if front is not None and _unnamed_side(draft.sides.actor1) and _unnamed_side(draft.sides.actor2):
        # fire across a known front line with no shooter named: the line's two parties (fronts.tsv)
        side1, side2, cue = front
        draft.sides.actor1 = _default(registry, side1, country, ctx)
        draft.sides.rule1 = draft.sides.rule2 = f"{FRONT_RULE}{cue!r} names the front line's parties (fronts.tsv)"
        # shells or explosions observed with no target named: the codebook's remote violence has a
        # second side only where its target is known (an exchange of fire has both)
        draft.sides.actor2 = None if sub in UNAIMED_TYPES else _default(registry, side2, country, ctx)
    if event_type_of()[sub] in FIGHTING_EVENT_TYPES:
        _unarmed_first_side(draft)
    base_rule = draft.primary.rule.split(";")[0]  # without "; outcome reported elsewhere"...
    noun1 = DEFAULT_ACTOR1_BY_RULE.get(base_rule, DEFAULT_ACTOR1.get(sub))
    actor1 = draft.sides.actor1 or _default(registry, noun1, country, ctx)
    if actor1 is not None and actor1.inter == 7 and noun1 == "gunmen":
        # civilians do no political violence (codebook): whoever harmed them is an armed group
        # the text does not name ("two elderly civilians were driven from their home and hacked to death")
        actor1 = _default(registry, noun1, country, ctx)
    if sub == "Suicide bomb" and actor1 is not None and actor1.inter == 1:
        # no state force sends suicide bombers: a regime or an army named near the blast did something
        # else ("the regime accused of bombing a town ... a suicide attack near the shrine")
        actor1, draft.sides.rule1 = _default(registry, noun1, country, ctx), ""
    if sub not in CROWD_ACTOR_TYPES and (actor1 is None or _unnamed_side(actor1)):
        claimed = _claimed_perpetrator(ctx, sentences)
        target = draft.sides.actor2
        if claimed is not None and (target is None or target.name != claimed.name):
            # "an IED hit a military truck ... Al Shabaab claimed responsibility": the claimed or
            # suspected group is actor1 (not "two suspected Al-Shabaab returnees were shot dead":
            # the group is the target's)
            actor1, draft.sides.rule1 = claimed, CLAIMED_RULE
    noun2 = DEFAULT_ACTOR2_BY_RULE.get(base_rule)
    if noun2 is None:
        noun2 = "civilians" if sub in CIVILIAN_TARGET_TYPES else DEFAULT_ACTOR2.get(sub)
    if sub == "Armed clash" and draft.sides.actor2 is None and actor1 is not None and _own_side_harmed(draft):
        # "an officer shot dead two of his colleagues": the doer's own force on both sides
        draft.sides.actor2, draft.sides.rule2 = actor1, "role:the doer's own colleagues"
    if sub == "Armed clash" and draft.sides.actor2 is None and noun2 is None and actor1 is not None:
        # a battle needs two sides: one no one names is of the same kind as an unnamed or communal
        # first side ("clan clashes", "gunmen fought" : communal militias, armed groups on both sides)
        noun2 = UNNAMED_OTHER_SIDE.get(actor1.inter)
    if (
        sub in EXPLOSIVE_TYPES | UNAIMED_TYPES
        and draft.sides.actor2 is None
        and noun2 is None
        and (
            civilian_casualties(ctx, sentences)
            or (sub in EXPLOSIVE_TYPES and not casualties(ctx, sentences) and _at_a_civilian_site(ctx, sentences))
        )
    ):
        # "a grenade hurled into a bar injured 12", "fired mortar shells at houses, killing a woman":
        # the dead and wounded of a blast or a shelling aimed at no side the text names are civilians;
        # so are those of a blast at a civilian site ("a grenade attack on a church")
        noun2 = "civilians"
    if sub == "Violent demonstration" and (draft.sides.actor2 is None or draft.sides.actor2.inter == 7):
        # "Students violently protest ... Police use tear gas to disperse the group": the force that
        # broke the demonstration up faces it (the country's police where the text names none);
        # so does a force any sentence of the event tells meeting it ("engaged police in running
        # battles"), before the civilians the crowd harmed
        force = force_meeting_the_crowd(draft, ctx, sentences)
        if force is not None:
            draft.sides.actor2, draft.sides.rule2 = force, "role:state forces that met the crowd"
        elif draft.sides.actor2 is None and _intervened(draft):
            noun2 = "police"
    if (
        sub == "Looting/property destruction"
        and draft.sides.actor2 is None
        and _contraband_seized(actor1, ctx, sentences)
    ):
        noun2 = "gang"
    target = draft.sides.actor2
    if sub in CIVILIAN_TARGET_TYPES and (_disarmed(target, ctx) or _crowd_by_its_clause(target)):
        # "an off-duty police officer", "students" a riot word nearby made rioters: civilians (codebook)
        draft.sides.actor2 = None
    actor2 = draft.sides.actor2 or _default(registry, noun2, country, ctx)
    if sub in CIVILIAN_TARGET_TYPES or sub == "Mob violence":
        actor2 = _civilians_of(actor2, draft, registry, country, ctx)
    actor1 = _party_militia(actor1)
    actor1, actor2 = _as_communal((actor1, actor2), registry, country, ctx, sentences)
    actor1, actor2 = (_in_the_events_country(m, registry, country, ctx) for m in (actor1, actor2))
    actor1, actor2 = (_government_in_arms(m, sub, registry, ctx) for m in (actor1, actor2))
    event = Event(
        event_id=event_id_for(content_hash, index),
        doc_id=ctx.article.id,
        event_type=event_type_of()[sub],
        sub_event_type=sub,
        published=ctx.published,
        confidence=round(min(max(draft.primary.confidence, 0.0), 1.0), 3),
    )
    _set_actors(event, evidence, actor1, actor2, draft, ctx)
    _set_date(event, evidence, ctx, sentences, draft)
    _set_place(event, evidence, place, ctx)
    _set_counts(event, evidence, ctx, sentences)
    _set_source(event, evidence, ctx, sentences)
    civilians = event.actor2 == f"Civilians ({event.country})" or (actor2 is not None and actor2.inter == 7)
    if civilians and event.event_type != "Protests" and sub != "Arrests":
        event.civilian_targeting = "Civilian targeting"
        evidence["civilian_targeting"] = evidence.get("actor2", [])
    if event.event_type == "Battles" and "territory" in sub:
        event.claims.extend(_territory_claims(draft, ctx))
    event.notes = write_notes(event)
    evidence["notes"] = [_sentence_evidence(ctx, i, "notes:summarised sentence") for i in sentences]
    event.evidence = {k: v for k, v in evidence.items() if v}
    return event


#: Words of the rules that make a side the one who suffered, not the doer.
SUFFERED_RULE_WORDS = ("harmed", "target", "victim", "suffer")


def _unarmed_first_side(draft: EventDraft) -> None:
    """Civilians only guessed as the first side of a battle, a strike or an attack, as the nearest
    party named before the event word ("a convoy carrying supplies for 78000 people ... was targeted
    by airstrikes"): the codebook gives civilians no such act, so they are its target instead, and an
    armed side found second goes first, unless it was found as the one who suffered ("a soldier
    guarding teachers was wounded by a bomb": the default doer). Civilians the parse makes the doers
    are left to the default actor of the sub-event type, and so are those of remote violence however
    they were found (civilians fire no shell), the target kept; a crowd found nearest ("a mob ...
    killed a man") stays."""
    sides = draft.sides
    first = sides.actor1
    # (civilians fire no shell and fly no plane: in remote violence they are never the doer, whatever
    # the parse made of "Some 15 civilians killed in relief convoy attack ... The air raids")
    remote = event_type_of()[draft.sub_event_type] == "Explosions/Remote violence"
    nearest = sides.rule1.startswith(NEAREST_PARTY_RULE)
    if first is None or first.inter != 7 or not (remote or nearest):
        return
    target_rule = "codebook:civilians are the target of political violence, never its doer"
    if not nearest and sides.actor2 is not None:
        sides.actor1, sides.rule1 = None, ""  # "youths planted a mine at an army base": the doer unknown
    elif sides.actor2 is None:
        sides.actor1, sides.rule1 = None, ""
        sides.actor2, sides.rule2 = first, target_rule
    elif sides.actor2.inter in ARMED_INTERS and not any(w in sides.rule2 for w in SUFFERED_RULE_WORDS):
        sides.actor1, sides.rule1 = sides.actor2, sides.rule2
        sides.actor2, sides.rule2 = first, target_rule
    else:
        sides.actor1, sides.rule1 = None, ""  # "a soldier guarding teachers was wounded by a bomb"


#: Remote violence whose target a report across a front line need not name.
UNAIMED_TYPES = frozenset({"Shelling/artillery/missile attack", "Air/drone strike", "Remote explosive/landmine/IED"})
#: Sub-event types of a decision that tells a force acting on a gathering.
INTERVENTION_TYPES = frozenset({"Protest with intervention", "Excessive force against protesters"})


def _intervened(draft: EventDraft) -> bool:
    """A decision of the event tells a force breaking the gathering up (tear gas, dispersal)."""
    return any(
        d.sub_event_type in INTERVENTION_TYPES or any(c.cue == "INTERVENE" for c in d.cues) for d in draft.decisions
    )


def _contraband_seized(actor1: ActorMention | None, ctx: DocumentContext, sentences: list[int]) -> bool:
    """State forces seize or destroy drugs or smuggled goods ("federal police seized 5 tons of
    marijuana", "destroyed 12 marijuana crops", "seized packs of smuggled cigarettes"): the property
    is a trafficking gang's, not civilians' (ACLED gang methodology: an Unidentified Gang in Latin
    America and the Caribbean, an Unidentified Armed Group elsewhere)."""
    if actor1 is None or actor1.inter != 1:
        return False
    contraband = words("contraband")
    return any(t.lemma_.lower() in contraband or t.lower_ in contraband for i in sentences for t in ctx.sentences[i])


#: Rule prefix of an agent noun composed: the input gave none ("priests" -> Civilians).
_COUNTRYLESS = "compose:?+"


def _in_the_events_country(
    mention: ActorMention | None, registry: ActorRegistry, country: str | None, ctx: DocumentContext
) -> ActorMention | None:
    """An unnamed side composed without a country ("villagers", "angry youths" as rioters, in an input
    with no country) takes the event's country, as the codebook's defaults do: "Civilians (Syria)",
    not "Civilians". The agent role and the span stay the text's."""
    if mention is None or country is None or not mention.rule.startswith(_COUNTRYLESS):
        return mention
    agent = mention.rule.removeprefix(_COUNTRYLESS).split("+")[0]
    iso3 = registry.country_code(country)
    data = registry.data
    if iso3 is None or agent not in data.compose:
        return mention
    if "{group}" in data.compose[agent][2]:  # a community's militia: its name names the group
        named = registry.find(mention.text, country=country, event_date=ctx.published)
        found = named[0] if len(named) == 1 else None
    else:
        text = FoldedText(mention.text)
        found = composed_mention(data, text, (0, len(text.folded)), iso3, agent, ctx.published, mention.kind, iso3)
    if found is None or found.inter != mention.inter or found.country is None:
        return mention
    # keeps what the first composition added ("+community"), once
    added = [part for part in mention.rule.removeprefix(_COUNTRYLESS + agent).split("+") if part]
    rule = found.rule + "".join(f"+{part}" for part in added if f"+{part}" not in found.rule)
    return replace(mention, name=found.name, country=found.country, cameo=found.cameo, rule=rule)


#: Event types, and a sub-event type, in which a state takes part by its armed forces: the
#: codebook's actor is the state's military, not its government.
ARMED_FORCE_FAMILIES = frozenset({"Battles", "Explosions/Remote violence"})
ARMED_FORCE_SUB_TYPES = frozenset({"Government regains territory"})


def _government_in_arms(
    mention: ActorMention | None, sub: str, registry: ActorRegistry, ctx: DocumentContext
) -> ActorMention | None:
    """A government that fights, shells or strikes does it by its military: "clashes between regime and
    pro-regime militia forces", "pro-Hadi forces thwarted an incursion", "the United States launched
    59 cruise missiles" are the Military Forces of Syria, of Yemen, of the United States (codebook)."""
    if mention is None or not mention.name.startswith("Government of"):
        return mention
    if event_type_of()[sub] not in ARMED_FORCE_FAMILIES and sub not in ARMED_FORCE_SUB_TYPES:
        return mention
    if mention.country is None or mention.inter not in (1, 8):
        return mention
    text = FoldedText(mention.text)
    article = _hint_iso3(ctx) or mention.country
    found = composed_mention(
        registry.data, text, (0, len(text.folded)), mention.country, "MIL", ctx.published, "composed", article
    )
    if found is None or found.inter != mention.inter:
        return mention
    rule = f"{mention.rule}; a government in arms: its military forces"
    return replace(mention, name=found.name, cameo=found.cameo, rule=rule)


def _civilians_of(
    target: ActorMention | None, draft: EventDraft, registry: ActorRegistry, country: str | None, ctx: DocumentContext
) -> ActorMention | None:
    """A party, a politician or an organisation named as whom an attack harmed ("ODM members attacked a
    Jubilee official") is no side of its own: the victims are civilians associated with it (codebook)."""
    if target is None or target.inter is not None:
        return target
    civilians = _default(registry, "civilians", country, ctx)
    if civilians is None:
        return target
    draft.sides.assoc2 = [target, *draft.sides.assoc2]
    return replace(civilians, start=target.start, end=target.end, text=target.text, rule=f"{civilians.rule}+assoc")


def _party_militia(doer: ActorMention | None) -> ActorMention | None:
    """A political party that does violence is coded by its name as a political militia (inter 3)."""
    if doer is None or doer.inter is not None or doer.category not in ("party", "opposition"):
        return doer
    return replace(doer, inter=3)


#: Sites of the participants lexicon's targets that stand for the people in them; not a whole
#: settlement ("a village", "a town"), which names where, not at whom.
SETTLEMENTS = frozenset({"village", "town", "camp", "pipeline", "tower", "farm", "company", "property"})
#: Prepositions that aim a blast at a site: "an attack on a church", "a grenade into a bar".
AIMING_PREPOSITIONS = frozenset({"on", "at", "into", "inside", "outside"})


def _at_a_civilian_site(ctx: DocumentContext, sentences: list[int]) -> bool:
    """A blast aimed at a civilian site or at people ("a grenade attack on a church", "hurled a grenade
    into a group of tourists"), and no armed side named as its target."""
    lexicon = load_lexicon()
    for index in sentences:
        for token in ctx.sentences[index]:
            if token.dep_ != "pobj" or token.head.lower_ not in AIMING_PREPOSITIONS:
                continue
            # (its whole phrase: "a vehicle carrying government soldiers" is an armed target)
            if {lexicon.participant_class(t) for t in token.subtree} & {STATE, ARMED}:
                return False
            core = [token, *(p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children)]
            site = lexicon.participant_class(token) == TARGET and token.lemma_.lower() not in SETTLEMENTS
            if site or {lexicon.participant_class(t) for t in core} & {CIVILIAN, CROWD}:
                return True
    return False
