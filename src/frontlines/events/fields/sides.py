"""The event's two sides as ACLED's actor fields (actor1, actor2, their inter codes, associates and
interaction): the sides found in the text, else the codebook's default actor for the sub-event type."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from frontlines.actors import ActorMention
from frontlines.events.context import DocumentContext
from frontlines.events.fields.evidence import _cue_evidence, _mention_evidence, _sentence_evidence
from frontlines.events.parties import _speaker_spans, qualifies_another
from frontlines.events.roles import PARTY_KINDS
from frontlines.events.typing import CROWD_CLASH_RULES, RULE_FOUND_DEVICE, RULE_REMNANT, arguments, is_reason
from frontlines.events.typing.decision import VIOLENCE
from frontlines.events.typing.participants import out_of_service
from frontlines.numbers.counts.spans import ANIMAL_NOUNS
from frontlines.places import resolve_country
from frontlines.records import DEFAULT_ACTOR_RULE, FRONT_RULE, Actor, Event, Evidence
from frontlines.taxonomy import interaction_code

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

    from frontlines.actors import ActorRegistry
    from frontlines.events.assemble import EventDraft

#: Sub-event types whose second side defaults to the civilians of the country.
CIVILIAN_TARGET_TYPES = frozenset(
    {"Attack", "Abduction/forced disappearance", "Sexual violence", "Looting/property destruction"}
)
#: The noun the actor registry composes into the codebook's default actor for a sub-event type.
#: Political violence by no one named is by an Unidentified Armed Group (ACLED codebook).
DEFAULT_ACTOR1 = {
    "Armed clash": "gunmen",
    "Shelling/artillery/missile attack": "gunmen",
    "Suicide bomb": "gunmen",
    "Attack": "gunmen",
    "Abduction/forced disappearance": "gunmen",
    "Sexual violence": "gunmen",
    "Remote explosive/landmine/IED": "gunmen",
    "Grenade": "gunmen",
    "Looting/property destruction": "gunmen",
    "Peaceful protest": "protesters",
    "Protest with intervention": "protesters",
    "Excessive force against protesters": "protesters",
    "Violent demonstration": "rioters",
    "Mob violence": "rioters",
    "Arrests": "police",
}
#: Defaults of a rule rather than a sub-event type: an explosive remnant, or a device found before
#: use, was laid by an armed group.
DEFAULT_ACTOR1_BY_RULE = {RULE_REMNANT: "gunmen", RULE_FOUND_DEVICE: "gunmen"}
#: Sub-event types whose actor1 is the crowd itself.
CROWD_ACTOR_TYPES = frozenset(
    {
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
        "Violent demonstration",
        "Mob violence",
    }
)
#: Crowds that fight each other: rioters on both sides (codebook).
DEFAULT_ACTOR2_BY_RULE = dict.fromkeys(CROWD_CLASH_RULES, "rioters") | dict.fromkeys(
    # a crowd's violence against someone no party is named for: the codebook's civilians
    (
        "codebook:violence by a crowd of civilians",
        "codebook:violence by a group of civilians",
        "codebook:mob violence or lynching",
        "codebook:mob justice against suspected criminals or witches",
    ),
    "civilians",
)
DEFAULT_ACTOR2 = {
    "Protest with intervention": "police",
    "Excessive force against protesters": "police",
    # the people arrested, where the text gives them no side, are civilians (codebook)
    "Arrests": "civilians",
}


#: Rule of armed men who met a crowd with force: "gunmen opened fire on the protesters".
ARMED_FACING_RULE = "role:armed men facing the crowd"


def _a_force(mention: ActorMention) -> bool:
    """A foreign state's forces (its military, police or intelligence), not a forum ("Group of Seven")."""
    return any(code in (mention.cameo or "") for code in ("MIL", "COP", "SPY"))


def _crowd_as_actor1(draft: EventDraft, registry: ActorRegistry, country: str | None, ctx: DocumentContext) -> None:
    """Demonstrations and riots: actor1 is always the protesters or rioters of the country (ACLED's
    convention); a named group among them is associated, the state forces facing them actor2.
    The crowd's kind follows the sub-event type: a violent demonstration or mob is by rioters (5),
    a peaceful or dispersed one by protesters (6)."""
    sides = draft.sides
    crowd = _default(registry, DEFAULT_ACTOR1[draft.sub_event_type], country, ctx)
    if crowd is None or (sides.actor1 is not None and sides.actor1.inter == crowd.inter):
        return
    if sides.actor1 is not None and sides.actor1.inter in (5, 6):
        # "protesters torched tyres": the same people (span and ties kept), named as the sub-event type says
        sides.actor1 = replace(
            sides.actor1,
            actor_id=crowd.actor_id,
            name=crowd.name,
            inter=crowd.inter,
            cameo=crowd.cameo,
            category=crowd.category,
            rule=f"{sides.actor1.rule}; crowd of a {draft.sub_event_type.lower()}",
        )
        return
    for mention in (sides.actor1, sides.actor2):
        if mention is None or mention.inter in (5, 6):
            continue
        if mention.inter == 1 and (sides.actor2 is None or sides.actor2 == mention or sides.actor2.inter in (5, 6)):
            sides.actor2, sides.rule2 = mention, "role:state forces facing the crowd"
        elif (
            mention is sides.actor1
            and (mention.inter in (2, 3, 4) or (mention.inter == 8 and _a_force(mention)))
            and draft.sub_event_type in FORCE_MET_TYPES
            and (sides.actor2 is None or sides.actor2.inter in (5, 6, 7))
        ):
            # "gunmen opened fire on the protesters": the armed men who met the crowd with force face it
            sides.actor2, sides.rule2 = mention, ARMED_FACING_RULE
        elif mention.inter != 1 and mention.name not in {m.name for m in sides.assoc1}:
            sides.assoc1.append(mention)
    if (
        sides.actor2 is not None
        and sides.actor2.inter != 1
        and draft.sub_event_type != "Mob violence"
        and sides.rule2 != ARMED_FACING_RULE
    ):
        sides.actor2 = None
    sides.actor1, sides.rule1 = crowd, "default:the crowd is actor1 of a demonstration or riot"


#: Inter codes of a violent demonstration's second side: state forces, another crowd of rioters,
#: external forces.
RIOT_COUNTERPARTS = frozenset({1, 5, 8})
#: Forces that meet a demonstration with force: its second side.
FORCE_MET_TYPES = frozenset({"Protest with intervention", "Excessive force against protesters"})


def _demonstration_counterpart(draft: EventDraft, doc: Doc) -> None:
    """Who faces a demonstration (codebook): a peaceful protest faces no one but counter-demonstrators
    (whom or what it protests against is its topic, not a side: "workers protested against the
    company", "protested the arrest of two activists"); one broken up or met with lethal force faces
    that force, never civilians (the country's police where the text names no force)."""
    actor2 = draft.sides.actor2
    if actor2 is None:
        return
    span = doc.char_span(actor2.start, actor2.end, alignment_mode="expand")
    if draft.sub_event_type == "Peaceful protest" and actor2.inter != 6:
        draft.sides.actor2, draft.sides.rule2 = None, "codebook:a peaceful protest has no second side"
    elif draft.sub_event_type in FORCE_MET_TYPES and actor2.inter == 7:
        draft.sides.actor2, draft.sides.rule2 = None, "codebook:the force that met the protest faces it"
    elif draft.sub_event_type in FORCE_MET_TYPES | {"Violent demonstration"} and actor2.inter is None:
        # "rioted against the Jubilee Party": a party, a person or an organisation is the topic
        draft.sides.actor2, draft.sides.rule2 = None, "codebook:what a demonstration is against is no side"
    elif draft.sub_event_type == "Violent demonstration" and actor2.inter == 1 and span and _qualifies_another(span):
        draft.sides.actor2, draft.sides.rule2 = None, "codebook:a riot faces the force that met it or another crowd"
    elif (
        draft.sub_event_type == "Violent demonstration"
        and actor2.inter not in RIOT_COUNTERPARTS
        and draft.sides.rule2 != ARMED_FACING_RULE
        and not (actor2.inter == 7 and _harmed_by_the_crowd(draft, actor2, doc))
    ):
        # "barricaded the road in protest", "rioted over the killing of people by Al Shabaab", "demanding
        # the release of the Mungiki leader": the crowd itself, its cause or its topic; a riot faces
        # the force that met it, another crowd, or the civilians its own violence harmed ("stoned a
        # journalist covering the protest")
        draft.sides.actor2, draft.sides.rule2 = None, "codebook:a riot faces the force that met it or another crowd"


#: Cues of a crowd's violence against people ("stoned a journalist", "attacked workers"): the
#: violence cues but storming a place or executing captives, and a riot's own acts.
CROWD_HARM = (frozenset(VIOLENCE) - {"STORM", "EXECUTE"}) | {"RIOTACT"}


def _harmed_by_the_crowd(draft: EventDraft, mention: ActorMention, doc: Doc) -> bool:
    """The mention is what an act of the event's own (not its cause: "protested the killing of
    people") was done to: "stoned a journalist", "attacked workers of the hospital"."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    for cue in (c for d in draft.decisions for c in d.cues):
        if cue.cue not in CROWD_HARM or is_reason(doc, cue):
            continue
        patients = arguments(cue.head(doc))[1]
        if any(p.i == span.root.i or p.i == span.root.head.i for p in patients):
            return True
    return False


#: Verbs by which a force speaks of or looks into what happened rather than meets the crowd.
NO_ACT_VERBS = frozenset(
    {"say", "tell", "confirm", "report", "investigate", "probe", "launch", "deny", "state", "add", "claim", "urge"}
    | {"be"}  # "demanding answers on where police were"
)
#: A force's own sites, vehicles and lines, which stand for it where a crowd attacks them, and its
#: own acts against a crowd ("with police intervention", a headline's "GSU police battle protesters").
FORCE_THINGS = frozenset(
    {"station", "post", "vehicle", "car", "truck", "van", "camp", "barrack", "checkpoint", "roadblock", "line"}
    | {"intervention", "crackdown", "operation", "response", "battle", "clash", "fire"}
)


def _qualifies_another(span: Span) -> bool:
    """The force only qualifies something else ("protesters of police practices", "under police
    escort"), not its own site, vehicle or act ("a police vehicle", "police intervention")."""
    root = span.root
    head = root.head.lemma_.lower()
    # (a headline's pile of nouns, "GSU police battle protesters", hangs the force on the crowd it met)
    return root.dep_ in ("compound", "poss", "amod") and head not in FORCE_THINGS and head not in CROWD_NOUNS


#: Nouns of a crowd that a force meets.
CROWD_NOUNS = frozenset({"protester", "demonstrator", "rioter", "crowd", "mob"})


def force_meeting_the_crowd(draft: EventDraft, ctx: DocumentContext, sentences: list[int]) -> ActorMention | None:
    """The state force a violent demonstration's report tells meeting it, in any sentence of the
    event ("Protesters burnt tyres. Police tried to contain the crowds", "the farmers engaged police
    in running battles"; codebook: the force that engaged rioters is their second side): the first
    force named, not a government, not one that speaks of or looks into it ("police said", "police
    are investigating"), nor one that did not act ("the police did not intervene"), nor one that
    only qualifies something else ("police brutality")."""
    indices = set(sentences) | {ctx.sentence_index(ctx.doc[c.start].idx) for d in draft.decisions for c in d.cues}
    speakers = _speaker_spans(ctx)
    for index in sorted(indices):
        sentence = ctx.sentences[index]
        for mention in ctx.actors_in(sentence.start_char, sentence.end_char):
            if mention.inter != 1 or mention.kind not in PARTY_KINDS or not _a_force(mention):
                continue
            if any(s < mention.end and mention.start < e for s, e in speakers):
                continue
            span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is None or _qualifies_another(span):
                continue
            verb = span.root.head
            if verb.lemma_.lower() in NO_ACT_VERBS or any(c.dep_ == "neg" for c in verb.children):
                continue
            return mention
    return None


#: Words that make violence communal (codebook: identity militias fight along community, ethnic,
#: clan or livelihood lines): an unidentified armed side of it is an unidentified communal militia.
COMMUNAL_WORDS = frozenset(
    {
        "communal",
        "intercommunal",
        "inter-communal",
        "inter-community",
        "intercommunity",
        "inter-clan",
        "interclan",
        "inter-ethnic",
        "ethnic",
        "tribal",
        "clan",
        "clans",
    }
)


#: Armed men a communal word makes a community's: "tribal militias", "clan gunmen".
COMMUNAL_ARMED = frozenset({"militia", "militiaman", "militiamen", "fighter", "gunman", "gunmen", "youth", "man"})
#: Words that make ethnic violence political ("post-election ethnic violence"): its unidentified
#: armed men are a political militia's (codebook), not a community's.
POLITICAL_WORDS = frozenset({"election", "post-election", "electoral", "political", "politically", "poll", "polls"})
#: What communities do when their violence is communal: "community clashes", "two communities fought".
COMMUNAL_FIGHTS = frozenset(
    {
        "clash",
        "skirmish",
        "fight",
        "fighting",
        "violence",
        "conflict",
        "feud",
        "attack",
        "raid",
        "tension",
        "rivalry",
        "dispute",
    }
)


#: Herds whose raiding is a pastoral community's violence: the animals the counts know, and a herd.
LIVESTOCK = ANIMAL_NOUNS | {"herd"}


def _communal_word(token: Token) -> bool:
    """A word that calls the violence communal: "ethnic clashes", "inter-clan fighting", "clashes
    between rival clans", "two communities clashed", "cattle rustlers"; not "attacked Agbere
    community" or "a communal leader" (of a commune)."""
    lemma = token.lemma_.lower()
    if lemma in ("militia", "militiaman", "militiamen") and _from_a_place(token):
        return True  # "militias from Umumubu and Omor clashed": villages' militias
    if lemma == "land" and (token.head.lemma_.lower() in COMMUNAL_FIGHTS or token.head.lower_ == "over"):
        return True  # "a land dispute", "attacked over land": neighbours' feud over land
    if lemma in ("rustling", "rustler", "ethnically"):
        return True  # "cattle rustlers", "an ethnically driven clash"
    if lemma in ("raid", "raider", "raiding") and any(c.lemma_.lower() in LIVESTOCK for c in token.children):
        return True  # "a cattle raid", "livestock raiders": pastoral communities' violence
    if lemma in LIVESTOCK and token.dep_ in ("dobj", "nsubjpass", "pobj") and _taken(token):
        return True  # "stole 100 cattle", "made away with 300 goats", "cattle were also stolen"
    family = lemma == "family"  # "clashes between two families": a feud's armed kin, only as the sides
    if lemma not in COMMUNAL_WORDS and lemma != "community" and token.lower_ not in COMMUNAL_WORDS and not family:
        return False
    head = token.head
    between = head.lower_ == "between" or (head.dep_ == "conj" and head.head.head.lower_ == "between")
    if family:
        # both sides are families: "between 2 families", "between the X and Y families"; not "a
        # dispute between a family and an assistant chief"
        sides = [token, *token.conjuncts]
        return between and (
            token.tag_ == "NNS" or (all(t.lemma_.lower() == "family" for t in sides) and len(sides) > 1)
        )
    if between:
        return True
    if token.dep_ in ("amod", "compound") and head.lemma_.lower() in COMMUNAL_ARMED:
        return True  # "two unidentified tribal militias", "clan militiamen"
    return token.dep_ in ("amod", "compound", "nsubj") and head.lemma_.lower() in COMMUNAL_FIGHTS


def _from_a_place(token: Token) -> bool:
    """Armed men "from" a place the text names (NER's place or a proper noun), not a country: a
    locality's militia ("militias from Ethiopia" are a foreign group)."""
    return any(
        p.dep_ == "pobj" and (p.ent_type_ in ("GPE", "LOC") or p.pos_ == "PROPN") and resolve_country(p.text) is None
        for c in token.children
        if c.dep_ == "prep" and c.lower_ == "from"
        for p in c.children
    )


#: Verbs by which a herd is taken: "stole 100 cattle", "drove away 300 goats", "made away with livestock".
TAKING_VERBS = frozenset({"steal", "take", "drive", "make", "loot", "rustle", "raid", "carry", "herd", "seize"})


def _taken(herd: Token) -> bool:
    """The herd is what the nearest verb above it took ("made away with an unknown number of livestock")."""
    verb = next((t for t in list(herd.ancestors)[:4] if t.pos_ in ("VERB", "AUX")), None)
    return verb is not None and verb.lemma_.lower() in TAKING_VERBS


def _as_communal(
    sides: tuple[ActorMention | None, ActorMention | None],
    registry: ActorRegistry,
    country: str | None,
    ctx: DocumentContext,
    sentences: list[int],
) -> tuple[ActorMention | None, ActorMention | None]:
    """An Unidentified Armed Group in an event its sentences call communal ("ethnic clashes",
    "inter-clan fighting", "cattle rustlers") is an Unidentified Communal Militia (codebook)."""
    if not any(_unidentified_armed(m) for m in sides):
        return sides
    tokens = [t for index in sentences for t in ctx.sentences[index]]
    found = next((t for t in tokens if _communal_word(t)), None)
    if (
        found is not None
        and found.lemma_.lower() in (*LIVESTOCK, "land")
        and any(_named_unidentified(t) for t in tokens)
    ):
        # "unidentified armed men killed four and stole livestock", "an unidentified man hacked a woman to
        # death in a land dispute": the text says who, not a community
        found = None
    word = found.text if found is not None else None
    if word is None or any(t.lower_ in POLITICAL_WORDS or t.lemma_.lower() in POLITICAL_WORDS for t in tokens):
        return sides
    militia = _default(registry, "communal militia", country, ctx)
    if militia is None:
        return sides

    # "unidentified gunmen ... confronted a local communal militia": a communal word on armed men
    # makes only those men a community's
    armed = found.head if found is not None and found.head.lemma_.lower() in COMMUNAL_ARMED else None

    def communal(mention: ActorMention | None) -> ActorMention | None:
        if mention is None or not _unidentified_armed(mention):
            return mention
        if armed is not None and not mention.start <= armed.idx < mention.end:
            return mention
        rule = f"{mention.rule}; communal violence ({word!r}): an unidentified communal militia"
        return replace(
            mention, actor_id=militia.actor_id, name=militia.name, inter=militia.inter, cameo=militia.cameo, rule=rule
        )

    return communal(sides[0]), communal(sides[1])


def _named_unidentified(token: Token) -> bool:
    """'unidentified', 'unknown', or 'armed men/group': the text calls the attackers unidentified."""
    if token.lower_ in ("unidentified", "unknown"):
        return True
    return token.lower_ == "armed" and token.head.lemma_.lower() in ("man", "men", "group", "individual")


def _unidentified_armed(mention: ActorMention | None) -> bool:
    return mention is not None and mention.inter == 3 and mention.name.startswith("Unidentified Armed Group")


def _default(
    registry: ActorRegistry, noun: str | None, country: str | None, ctx: DocumentContext
) -> ActorMention | None:
    """The codebook's default actor for a role, composed by the registry from a plain noun."""
    if noun is None:
        return None
    found = registry.find(noun, country=country, event_date=ctx.published)
    return found[0] if found else None


def _is_default(mention: ActorMention, ctx: DocumentContext) -> bool:
    return (
        not (0 <= mention.start < mention.end <= len(ctx.article.text))
        or ctx.article.text[mention.start : mention.end] != mention.text
    )


def _actor_record(mention: ActorMention, ctx: DocumentContext, rule: str) -> Actor:
    actor = mention.to_actor()
    if _is_default(mention, ctx):
        return actor.model_copy(update={"evidence": []})
    return actor


def _set_actors(
    event: Event,
    evidence: dict[str, list[Evidence]],
    actor1: ActorMention | None,
    actor2: ActorMention | None,
    draft: EventDraft,
    ctx: DocumentContext,
) -> None:
    sides = draft.sides
    for slot, mention, rule, assoc in (
        ("1", actor1, sides.rule1 or "role:a party of the event's sentences", sides.assoc1),
        ("2", actor2, sides.rule2 or "role:a party of the event's sentences", sides.assoc2),
    ):
        if mention is None:
            continue
        field = f"actor{slot}"
        setattr(event, field, mention.name)
        setattr(event, f"inter{slot}", mention.inter)
        span_evidence = _actor_evidence(mention, ctx, rule, draft)
        evidence[field] = span_evidence
        evidence[f"inter{slot}"] = [e.model_copy(update={"rule": f"inter:{mention.rule}"}) for e in span_evidence]
        event.actors.append(_actor_record(mention, ctx, rule))
        names = [m.name for m in assoc if m.name != mention.name]
        if names:
            setattr(event, f"assoc_actor_{slot}", "; ".join(dict.fromkeys(names)))
            evidence[f"assoc_actor_{slot}"] = [_mention_evidence(m, f"role:associate; {m.rule}") for m in assoc]
            event.actors.extend(m.to_actor() for m in assoc)
    event.interaction = interaction_code(event.inter1, event.inter2)
    if event.interaction is not None:
        evidence["interaction"] = evidence.get("inter1", []) + evidence.get("inter2", [])


def _actor_evidence(mention: ActorMention, ctx: DocumentContext, rule: str, draft: EventDraft) -> list[Evidence]:
    if not _is_default(mention, ctx):
        return [_mention_evidence(mention, f"{rule}; {mention.rule}")]
    # A default actor rests on the words that decided the event type (e.g. 'protesters' unnamed).
    if not rule.startswith(FRONT_RULE):
        rule = f"{DEFAULT_ACTOR_RULE}{draft.sub_event_type}"
    rule = f"{rule}; {mention.rule}"
    cues = [c for d in draft.decisions for c in d.cues]
    if not cues:
        return [_sentence_evidence(ctx, ctx.sentence_index(draft.primary.sentence.start_char), rule)]
    return [_cue_evidence(ctx, cues[0], rule)]


def _unnamed_side(mention: ActorMention | None) -> bool:
    return mention is None or (mention.inter in (None, 3) and "Unidentified" in mention.name)


def _disarmed(mention: ActorMention | None, ctx: DocumentContext) -> bool:
    """A state force's member named as out of service ("an off-duty police officer", "a former
    soldier", "a police officer who was off-duty"): a civilian (codebook)."""
    if mention is None or mention.inter not in (1, 2, 3):
        return False
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    return out_of_service(span)


#: Nouns that name a crowd by what it does: its people are protesters or rioters whatever they suffer.
CROWD_NOUNS = frozenset(
    {"protester", "protesters", "protestor", "protestors", "demonstrator", "demonstrators", "rioter", "rioters"}
    | {"marchers", "strikers", "mob", "mobs", "crowd", "crowds"}
)


def _crowd_by_its_clause(mention: ActorMention | None) -> bool:
    """People named by who they are ("students", "residents") whom a riot or protest word nearby made
    rioters or protesters: as the target of an attack they are civilians (codebook), as in "raiders
    killed 2 students when they attacked a community"; not "gunmen fired on the protesters"."""
    if mention is None or mention.inter not in (5, 6) or not mention.rule.startswith("compose:"):
        return False
    words = mention.text.lower().split()
    return bool(words) and words[-1] not in CROWD_NOUNS


#: Words that name who is held to have done an event: "X claimed responsibility", "Al Shabaab
#: suspected", "blamed on X", "believed to be linked to X", "X are the suspected perpetrators".
CLAIM_WORDS = frozenset(
    {
        "claim",
        "suspect",
        "suspected",
        "believe",
        "blame",
        "responsible",
        "responsibility",
        "behind",
        "link",
        "attribute",
        "assume",
        "perpetrator",
    }
)
#: Sentences after the event's last one in which a claim or a suspicion may follow ("... Al Shabaab suspected.").
CLAIM_REACH = 2
#: Rule of an actor1 the text names only as the claimed or suspected perpetrator.
CLAIMED_RULE = "role:the group that claimed the event or is held responsible for it"


def _claimed_perpetrator(ctx: DocumentContext, sentences: list[int]) -> ActorMention | None:
    """The named armed group the event's sentences, or the next two, hold responsible: one that
    claims it, is suspected or blamed, or is believed to be behind it. ACLED codes a claimed or
    suspected perpetrator as actor1 where the attackers are otherwise unnamed."""
    last = min(max(sentences) + CLAIM_REACH, len(ctx.sentences) - 1)
    for index in sorted({*sentences, *range(max(sentences) + 1, last + 1)}):
        sentence = ctx.sentences[index]
        for mention in ctx.actors_in(sentence.start_char, sentence.end_char):
            if mention.kind not in ("named", "composed") or mention.inter not in (2, 3, 4):
                continue
            if mention.name.startswith("Unidentified") or qualifies_another(ctx.text, mention, ctx.actors):
                continue  # (not "linked with Al-Qaeda allied Shebab insurgents": the group Shebab is tied to)
            span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if span is not None and _held_responsible(span.root):
                return mention
    return None


#: Words that leave a suspicion open: "may have been linked", "not confirmed", "or AS sympathizers".
HEDGE_WORDS = frozenset({"may", "might", "could", "not", "no", "n't", "unconfirmed", "or", "rumoured", "rumored"})


def _held_responsible(token: Token) -> bool:
    """The group's word is said to have done it, without a hedge: a claim or suspicion word is its
    modifier ("suspected al Shabaab militants"), or one of the four words above it in the parse ("X
    claimed responsibility", "blamed on X", "believed to be linked to X"). Not "Police believe the
    crimes may be linked to X", "X are suspected, but not confirmed", "X or its sympathizers"."""
    noun = token
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # "al Shabaab militants"
    if any(c.lower_ in HEDGE_WORDS for c in noun.children):
        return False
    if any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in CLAIM_WORDS and c.i < token.i and not _tied_to_a_name(c)
        for c in noun.children
    ):
        return True  # (not "al Qaeda-linked groups": the word after the name qualifies another group)
    for ancestor in list(token.ancestors)[:4]:
        if any(c.lower_ in HEDGE_WORDS for c in ancestor.children):
            return False
        if ancestor.dep_ in ("amod", "compound") and ancestor.i > token.i:
            return False  # "Al-Qaeda-linked Shebab rebels": the group another is linked to
        if ancestor.lemma_.lower() in CLAIM_WORDS or ancestor.lower_ in CLAIM_WORDS:
            return not _unconfirmed(ancestor) and not _denied_claim(ancestor) and not _of_an_outlet(ancestor)
        if _carried_out_by(ancestor, token):
            return True  # "the attacks were carried out by al-Qaeda-linked Jabhat al-Nusra"
        if ancestor.pos_ == "VERB" and ancestor.dep_ in ("ROOT", "conj") and ancestor.lemma_.lower() != "be":
            return False  # a verb of its own clause that says something else of it
    return any(c.lower_ in CLAIM_WORDS for c in token.head.children if c.dep_ in ("acomp", "attr", "xcomp"))


#: Nouns of the acts a passive "carried out by", "committed by" or "perpetrated by" ties to its doer.
ACT_NOUNS = frozenset({"attack", "bombing", "shelling", "strike", "assault", "killing", "massacre", "blast"})
#: Verbs of doing an act, whose passive 'by' agent did it.
DOING_VERBS = frozenset({"carry", "commit", "perpetrate", "execute", "conduct", "launch", "stage"})


def _carried_out_by(verb: Token, token: Token) -> bool:
    """The group is the 'by' agent of a passive verb of doing whose subject is an act: "the
    attacks were carried out by X"."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in DOING_VERBS:
        return False
    agent = next((t for t in token.ancestors if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by")), None)
    subject = [c for c in verb.children if c.dep_ == "nsubjpass"]
    return agent is not None and agent.head.i == verb.i and any(c.lemma_.lower() in ACT_NOUNS for c in subject)


def _tied_to_a_name(word: Token) -> bool:
    """A claim word that carries the name it ties to: "Al-Qaeda-linked Shebab rebels" ties the
    rebels to al-Qaeda, it does not say who did the act."""
    return any(c.dep_ in ("npadvmod", "compound", "nmod") for c in word.children)


#: Nouns of outlets a group's tie describes: "the Amaq news agency, which is linked to Islamic State".
OUTLETS = frozenset({"agency", "outlet", "channel", "media", "website", "newspaper", "station", "radio"})


def _of_an_outlet(claim: Token) -> bool:
    """The claim word is in a relative clause that describes an outlet, not the attackers."""
    clause = next((t for t in [claim, *claim.ancestors] if t.dep_ == "relcl"), None)
    return clause is not None and clause.head.lemma_.lower() in OUTLETS


def _denied_claim(claim: Token) -> bool:
    """The claim word is inside a noun phrase that denies it: "no claim of responsibility"."""
    for head in list(claim.ancestors)[:2]:
        if head.pos_ not in ("NOUN", "ADP"):
            return False
        if any(c.lower_ in HEDGE_WORDS for c in head.children):
            return True
    return False


def _unconfirmed(claim: Token) -> bool:
    """The claim's clause says it is not confirmed: "suspected ..., though this has not been confirmed"."""
    return any(t.lemma_.lower() == "confirm" and any(c.dep_ == "neg" for c in t.children) for t in claim.subtree)
