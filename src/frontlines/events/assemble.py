"""Build ``Event`` records from an annotated spaCy document.

The steps: find cues; decide a sub-event type per sentence (``typing``); refine demonstrations
across sentences; fold bare casualty sentences into the event they report on; merge the
mentions of one event; then fill every field from the annotations (``fields``), each with its
evidence.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Token

from frontlines.actors import ActorMention, load_registry
from frontlines.attribution import find_attributions
from frontlines.dates import find_dates
from frontlines.events.context import DocumentContext, candidate_place_spans
from frontlines.events.fields.fatalities import add_people_at_risk
from frontlines.events.fields.fill import fill_event
from frontlines.events.fields.front_lines import fronts_spoken_of
from frontlines.events.fields.history import history_clauses, is_history
from frontlines.events.fields.sources import add_territory_disputes
from frontlines.events.lexicon import (
    ARMED,
    CIVILIAN,
    CROWD,
    PROTESTER,
    RIOTER,
    STATE,
    UNKNOWN,
    Cue,
    Lexicon,
    load_lexicon,
)
from frontlines.events.locations import find_location_list, split_by_location
from frontlines.events.roles import RoleFinder, Sides
from frontlines.events.typing import (
    RULE_REMNANT,
    Classifier,
    Decision,
    after_comma,
    arguments,
    decide,
    in_description,
    is_background,
    is_reason,
    is_sport_report,
    live_cues,
    unarmed_status,
)
from frontlines.numbers import find_counts
from frontlines.places import open_gazetteer, resolve_places
from frontlines.records import Article, Event
from frontlines.settings import Settings
from frontlines.taxonomy import event_type_of

#: Each later sentence lowers a decision's rank by this much: news and notes put the main
#: event first (the inverted pyramid), so the lead's event is the document's primary one.
POSITION_PENALTY = 0.04
#: An event told only in a clause that describes a participant ("the perpetrators were two men who
#: later clashed with the police") is told in passing: its confidence is lowered by this much, so it
#: does not outrank the event the sentence is about.
DESCRIBED_PENALTY = 0.15
#: Confidence taken off an event a report gives only as the cause of what it tells (chosen by hand:
#: below any event a report tells itself, whose rules give 0.5-0.85).
CAUSE_PENALTY = 0.2
#: Only a short report (a brief, a note, a wire item's lead) is read for the cause it gives. Chosen
#: by hand: ACLED notes and news briefs run to three sentences; the RAMS commentary windows that
#: gave false events run to five.
CAUSE_MAX_SENTENCES = 3
RULE_TOLD_AS_CAUSE = "told only as the cause of what the report says (the report tells no event of its own)"
#: Actor kinds whose name, where a place has the same name, is the party ("members of Svoboda").
PARTY_CATEGORIES = frozenset({"party", "opposition"})
#: Verbs whose subject suffers the death: "1 GSU officer dies", "two soldiers succumbed".
DEATH_VERBS = frozenset({"die", "perish", "succumb"})
#: Event families whose casualties a bare "N people were killed" sentence reports.
VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"})
#: Sub-types that take the intervention, violence or lethal force reported in another sentence.
DEMONSTRATION_ORDER = (
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Violent demonstration",
)


@dataclass
class EventDraft:
    """The decisions merged into one event, and its sides."""

    decisions: list[Decision]
    sides: Sides
    extra_sentences: set[int] = field(default_factory=set)

    @property
    def primary(self) -> Decision:
        return self.decisions[0]

    @property
    def sub_event_type(self) -> str:
        return self.primary.sub_event_type


class EventBuilder:
    """Turns one annotated document into its events. Built once per pipeline."""

    def __init__(self, settings: Settings):
        self.settings = settings
        self.lexicon = load_lexicon()
        self.registry = load_registry(settings.actors_files)
        self.gazetteer = open_gazetteer(settings)

    def build(self, doc: Doc, article: Article) -> list[Event]:
        """The events of one article, primary event first."""
        ctx = self.context(doc, article)
        drafts = self.drafts(ctx)
        content_hash = article.content_hash()
        events: list[Event] = []
        for i, draft in enumerate(drafts):
            event = fill_event(draft, ctx, self.registry, content_hash, i)
            if event is None:
                continue
            found = find_location_list(ctx, _sentences_of(draft, ctx))
            if found is None:
                events.append(event)
            else:  # "in Kabul, Ghor and Balkh provinces": one event per place (codebook)
                events.extend(split_by_location(event, found, article.text, content_hash, i))
        add_territory_disputes(events, ctx)
        add_people_at_risk(events, ctx)
        return events

    def context(self, doc: Doc, article: Article) -> DocumentContext:
        """Find every annotation of the document once."""
        text = article.text
        actors = self.registry.find(text, country=article.country, event_date=article.published)
        # "Damascus said" names the government, "members of Svoboda" a party: no place of the event
        metonyms = [
            (m.start, m.end)
            for m in actors
            if m.kind == "metonym" or (m.kind == "named" and m.category in PARTY_CATEGORIES)
        ]
        actor_countries = [m.country for m in actors if m.country and m.kind in ("named", "composed")]
        fronts = fronts_spoken_of(text, article.country, article.published)
        places = resolve_places(
            text,
            candidate_place_spans(doc),
            self.gazetteer,
            country_hint=article.country,
            actor_countries=actor_countries,
            exclude=metonyms,
            regions=[region for front in fronts for region in front.regions],
            line=[point for front in fronts for point in front.line],
        )
        return DocumentContext(
            doc=doc,
            article=article,
            country=article.country,
            cues=live_cues(doc, self.lexicon.cues(doc)),
            actors=actors,
            places=places,
            dates=find_dates(doc, article.published),
            counts=find_counts(doc),
            attributions=find_attributions(doc),
        )

    def classify(self, ctx: DocumentContext) -> Classifier:
        """A participant classifier: the registry's inter code where an actor is named, else the
        noun lexicon; an ethnic or religious group the registry does not know is a community."""
        by_token: dict[int, ActorMention] = {}
        for mention in ctx.actors:
            span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            for token in span or ():
                by_token.setdefault(token.i, mention)
        armed_communities = {id(m) for m in ctx.actors if m.category == "community" and self._armed_words(m, ctx)}

        def participant(token: Token) -> str | None:
            mention = by_token.get(token.i)
            if mention is not None and mention.category == "community" and id(mention) not in armed_communities:
                # "Turkana herders", "attacked Fulani settlements": the community itself, unless it acts
                found = self.lexicon.participant_class(token)
                return found or (CIVILIAN if _suffers(token) else INTER_CLASS.get(mention.inter or 0))
            if mention is not None and mention.inter in INTER_CLASS:
                return INTER_CLASS[mention.inter]
            found = self.lexicon.participant_class(token)
            if found is None and token.ent_type_ == "NORP" and token.pos_ in ("PROPN", "NOUN"):
                return CROWD
            return found

        return participant

    def _armed_words(self, mention: ActorMention, ctx: DocumentContext) -> bool:
        """The mention names armed men of a community ('Pokot raiders', 'Fulani militiamen')."""
        span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        return any(self.lexicon.participant_class(t) in (ARMED, UNKNOWN) for t in span or ())

    def _causes(self, ctx: DocumentContext, classify: Classifier) -> list[tuple[int, Decision]]:
        """A report that tells no event of its own may give one as the cause of what it tells
        ("more than 3,000 families have fled following the killing of ten fishermen by militia"):
        that violence is the event, with less confidence."""
        found: list[tuple[int, Decision]] = []
        if len(ctx.sentences) > CAUSE_MAX_SENTENCES:
            return found  # a longer text that tells no event is commentary, history or politics
        for index, sentence in enumerate(ctx.sentences):
            if is_history(sentence.text):
                continue
            cues = [c for c in ctx.cues if sentence.start <= c.start < sentence.end]
            for decision in decide(ctx.doc, sentence, cues, self.lexicon, classify, cause_only=True):
                rule = f"{decision.rule}; {RULE_TOLD_AS_CAUSE}"
                found.append((index, replace(decision, rule=rule, confidence=decision.confidence - CAUSE_PENALTY)))
        return found

    def drafts(self, ctx: DocumentContext) -> list[EventDraft]:
        """Decide, refine, fold and merge: one draft per event, primary first."""
        classify = self.classify(ctx)
        if is_sport_report(ctx.doc, ctx.cues, classify):
            return []
        decisions: list[tuple[int, Decision]] = []
        for index, sentence in enumerate(ctx.sentences):
            past = history_clauses(sentence) if is_history(sentence.text) else []
            cues = [
                c
                for c in ctx.cues
                if sentence.start <= c.start < sentence.end and not any(s <= ctx.doc[c.start].idx < e for s, e in past)
            ]
            decisions.extend((index, d) for d in decide(ctx.doc, sentence, cues, self.lexicon, classify))
        if not decisions:
            decisions = self._causes(ctx, classify)
        decisions = _refine_demonstrations(decisions, ctx, classify)
        drafts: list[EventDraft] = []
        roles = RoleFinder(ctx, self.registry, classify)
        gang_victim = _victim_in_a_gang(ctx.doc.text)
        for index, decision in decisions:
            if _told_in_passing(decision):
                decision = replace(decision, confidence=decision.confidence - DESCRIBED_PENALTY)
            sides = roles.assign(decision)
            decision = _on_armed_target(decision, sides, self.lexicon)
            if gang_victim and decision.sub_event_type == "Attack" and _unnamed(sides.actor2):
                rule = "codebook:violence between gang members is an armed clash"
                decision = replace(decision, sub_event_type="Armed clash", rule=rule)
            if _fired_back(drafts, decision, index, ctx):
                # "X shelled Y. Y fired back": the target answers the fire, an exchange (codebook: battle)
                previous = drafts[-1]
                rule = f"{previous.primary.rule}; the target fired back: an exchange of fire is a battle"
                previous.decisions[0] = replace(previous.primary, sub_event_type="Armed clash", rule=rule)
                previous.decisions.append(decision)
                _complete_sides(previous.sides, sides)
                continue
            if _abduction_and_killing(drafts, decision, index, ctx):
                # "gunmen kidnapped a man. The next day his corpse was found": one attack, whichever
                # is told first
                previous = drafts[-1]
                if previous.sub_event_type == "Abduction/forced disappearance":
                    rule = f"{decision.rule}; {RULE_KILLED_AFTER_ABDUCTION}"
                    previous.decisions.insert(0, replace(decision, rule=rule))
                else:
                    previous.decisions.append(decision)
                _complete_sides(previous.sides, sides)
                continue
            if _remnant_of_previous(drafts, decision, index, ctx):
                # "A villager stepped on a landmine. ... It lay where fighting occurred in the 1980s"
                previous = drafts[-1]
                rule = f"{previous.primary.rule}; {decision.rule}"
                previous.decisions[0] = replace(previous.primary, sub_event_type="Other", rule=rule)
                previous.decisions.append(decision)
                continue
            if _arrests_in_seizure(drafts, decision, index, ctx):
                # "Police seized 3 tons of marijuana. A man was arrested": one operation, the seizure
                drafts[-1].decisions.append(decision)
                continue
            if _goes_on(drafts, decision, sides):
                # "LNA forces shelled GNA positions. Shells also struck the coastal road, killing
                # three": the same shelling goes on, its toll with it
                drafts[-1].decisions.append(decision)
                continue
            if self._folds_into(drafts, decision, sides):
                drafts[-1].extra_sentences.add(index)
                continue
            target = _mergeable(drafts, decision, sides, roles)
            if target is None:
                drafts.append(EventDraft([decision], sides))
            else:
                target.decisions.append(decision)
                _complete_sides(target.sides, sides)
                roles.add_allies(target.sides)
        _attach_orphan_sentences(drafts, ctx, {i for i, _ in decisions})
        ranked = sorted(
            enumerate(drafts),
            key=lambda item: -(item[1].primary.confidence - POSITION_PENALTY * _position(item[1], ctx)),
        )
        return [d for _, d in ranked]

    @staticmethod
    def _folds_into(drafts: list[EventDraft], decision: Decision, sides: Sides) -> bool:
        """A bare casualty sentence ("six people were killed", "13 militants were also killed")
        reports on the violent event before it, not on a new one."""
        if not drafts or decision.territory_agent is not None:
            return False
        doc = decision.sentence.doc
        previous = drafts[-1]
        told = {c.cue for d in previous.decisions for c in d.cues}

        def points_back(cue: Cue) -> bool:
            return _anaphoric(doc, cue) and _told_before(cue, told)

        # "Two LNA soldiers were reportedly killed", "Two militants were killed in the attack,
        # including a commander": a side named only as the victims of a passive casualty verb, in a
        # sentence that names no new act, does not make a new event
        suffered = any(c.cue in EFFECT_ONLY for c in decision.cues) and all(
            (c.cue in EFFECT_ONLY and (_passive(c.head(doc)) or c.head(doc).lemma_.lower() in DEATH_VERBS))
            or points_back(c)
            for c in decision.cues
        )
        # "Witnesses say they saw 4 bodies taken away from the clashes": every cue points back, and
        # the attacker named is one of the event's own
        own = all(c.cue in EFFECT_ONLY or points_back(c) for c in decision.cues) and _one_of(sides.actor1, previous)
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
        # "The clashes happened near X": the clashes already told, when no one new is named.
        return sides.actor2 is None and bool(told & {"CLASH"}) and all(c.cue == "CLASH" for c in decision.cues)


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


def _sentences_of(draft: EventDraft, ctx: DocumentContext) -> list[int]:
    """The indices of the sentences an event was read from."""
    return sorted({ctx.sentence_index(d.sentence.start_char) for d in draft.decisions} | draft.extra_sentences)


def _passive(verb: Token) -> bool:
    """ "were killed", "killed" in a headline or an elliptic list ("five others injured")."""
    return verb.tag_ == "VBN" or any(c.dep_ == "auxpass" for c in verb.children)


def _anaphoric(doc: Doc, cue: Cue) -> bool:
    """A noun cue that points back: 'the attack', 'this attack', 'the airstrike', 'the explosion'."""
    head = cue.head(doc)
    return head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in head.children)


#: Cues of explosive violence: "the explosion" or "the blast" points back to any of them.
EXPLOSIVE_CUES = frozenset({"GRENADE", "IED", "SHELL", "AIR", "SUICIDE", "BOMB", "BLAST"})


def _told_before(cue: Cue, told: set[str]) -> bool:
    """ "The attack" points back to any event; "the airstrike" to an airstrike; "the explosion" to
    any explosive violence."""
    if cue.cue == "ATTACK" or cue.cue in told:
        return True
    return cue.cue in ("BLAST", "BOMB") and bool(told & EXPLOSIVE_CUES)


#: Cues that report casualties without saying what happened.
EFFECT_ONLY = frozenset({"KILL", "HARM", "BODY", "SHOOT", "LETHAL"})


#: Participant class of each ACLED inter code.
INTER_CLASS = {1: STATE, 2: ARMED, 3: ARMED, 4: ARMED, 5: RIOTER, 6: PROTESTER, 7: CIVILIAN, 8: STATE}


#: Dependencies of a noun that suffers the verb's action, not performs it.
PATIENT_DEPS = frozenset({"dobj", "pobj", "nsubjpass"})


def _suffers(token: Token) -> bool:
    """The token is, or modifies, the object of its clause ('attacked Fulani settlements')."""
    noun = token
    while noun.dep_ in ("compound", "amod", "poss", "nmod") and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in ("by", "from", "between", "with", "among"):
        return False  # "killed by Fulani", "clashes between Pokot and Turkana"
    return noun.dep_ in PATIENT_DEPS


#: The text says the victim belonged to a gang or trafficked drugs ("The victim was involved in a
#: gang", "the victim had charges against him for drug trafficking"): ACLED codes gang violence,
#: its members on both sides, as armed clashes.
GANG_VICTIM = re.compile(
    r"\bvictims?\b[^.;]{0,50}\b(?:involved in|member of|members of|belonged to|linked to|charges?|"
    r"criminal record|convicted|accused)\b[^.;]{0,60}\b(?:gangs?|drug[- ]traffick\w*|cartels?)\b",
    re.IGNORECASE,
)


def _victim_in_a_gang(text: str) -> bool:
    return GANG_VICTIM.search(text) is not None


def _unnamed(mention: ActorMention | None) -> bool:
    """No one, or people the text does not name as a group ('a man', 'two siblings')."""
    return mention is None or mention.inter == 7


#: inter codes of armed, organised actors: state forces, rebels, political and identity militias.
ARMED_INTER = frozenset({1, 2, 3, 4})
#: Decisions that stay attacks whoever the victims were (captives killed are hors de combat).
ATTACK_WHATEVER_TARGET = ("codebook:killing of captives is an attack",)
#: Tokens before a target's name searched for a word that makes it unarmed ("a man who defected from").
UNARMED_WINDOW = 3


def _on_armed_target(decision: Decision, sides: Sides, lexicon: Lexicon) -> Decision:
    """Codebook: an attack is violence against unarmed people; an armed group's violence against
    a named state force or armed group (not a government as such) is an armed clash."""
    target, attacker = sides.actor2, sides.actor1
    if decision.sub_event_type != "Attack" or decision.rule in ATTACK_WHATEVER_TARGET:
        return decision
    if target is None or target.inter not in ARMED_INTER or target.name.startswith("Government of"):
        return decision
    if attacker is not None and attacker.inter not in ARMED_INTER:
        return decision  # a crowd or a civilian against the police: not a battle
    doc = decision.sentence.doc
    span = doc.char_span(target.start, target.end, alignment_mode="expand")
    if span is None:
        return decision
    if target.category == "community" and not any(lexicon.participant_class(t) in (ARMED, UNKNOWN) for t in span):
        return decision  # "attacked Fulani settlements", "killed Turkana herders": a community, not its militia
    before = doc[max(span.start - UNARMED_WINDOW, decision.sentence.start) : span.end]
    if any(unarmed_status(t) or t.lemma_.lower() == "defect" for t in before):
        return decision  # "an off-duty soldier", "a former policeman", "defected from the army"
    rule = "codebook:violence against an armed, organised group is a battle"
    return replace(decision, sub_event_type="Armed clash", rule=rule)


def _attach_orphan_sentences(drafts: list[EventDraft], ctx: DocumentContext, decided: set[int]) -> None:
    """Sentences with no event of their own ("The guard died.") belong to the event told before them."""
    starts = sorted(
        (min(ctx.sentence_index(d.sentence.start_char) for d in draft.decisions), n) for n, draft in enumerate(drafts)
    )
    for position, (first, n) in enumerate(starts):
        end = starts[position + 1][0] if position + 1 < len(starts) else len(ctx.sentences)
        for index in range(first + 1, end):
            if index not in decided:
                drafts[n].extra_sentences.add(index)


def _told_in_passing(decision: Decision) -> bool:
    """Every cue of the decision sits in a clause that describes a participant, under a main verb
    (a sentence the parser could not root in a verb is no evidence)."""
    doc = decision.sentence.doc
    return decision.sentence.root.pos_ in ("VERB", "AUX") and all(in_description(c.head(doc)) for c in decision.cues)


def _position(draft: EventDraft, ctx: DocumentContext) -> int:
    return ctx.sentence_index(draft.primary.sentence.start_char)


#: Cues that, anywhere in a document about a demonstration, say how it ended.
OUTCOME_CUES = {
    "INTERVENE": "Protest with intervention",
    "ARREST": "Protest with intervention",
    "LETHAL": "Excessive force against protesters",
    "RIOTACT": "Violent demonstration",
    "RIOT": "Violent demonstration",
}
#: Outcome cues that are acts of the crowd itself, part of the demonstration wherever they sit.
CROWD_ACTS = frozenset({"RIOTACT", "RIOT"})


def _about_crowd(ctx: DocumentContext, index: int, classify: Classifier) -> bool:
    """The sentence speaks of the demonstrators (protesters, participants, a crowd)."""
    sentence = ctx.sentences[index]
    return any(classify(t) in (PROTESTER, RIOTER, CROWD) for t in sentence) or any(
        c.cue in ("PROTEST", "RIOT") and sentence.start <= c.start < sentence.end for c in ctx.cues
    )


def _counted_people(doc: Doc, cue: Cue) -> bool:
    """'Police arrested 12', '7 were detained', 'several were held': a count of people after the
    demonstration is told, who can only be demonstrators."""
    head = cue.head(doc)
    if head.pos_ == "NOUN" and any(c.dep_ == "nummod" or c.lower_ in QUANTIFIERS for c in head.children):
        return True  # "Six arrests reported", "several arrests"
    _, patients = arguments(head)  # objects and passive subjects among them
    return any(
        noun.like_num or noun.lower_ in QUANTIFIERS or any(c.dep_ == "nummod" for c in noun.children)
        for noun in patients
    )


#: Words that stand for a number of people ("several were detained").
QUANTIFIERS = frozenset({"several", "some", "dozens", "scores", "hundreds", "many", "few", "others", "them"})


#: Cues of force that, used by state forces on demonstrators, are an intervention.
FORCE_CUES = frozenset({"HARM", "ATTACK", "BEAT"})


def _by_state_on_crowd(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    """The force is used by state forces on demonstrators: its agent is a state force and its
    patient the protesters or the crowd."""
    agents, patients = arguments(cue.head(doc))
    return any(classify(a) == STATE for a in agents) and any(classify(p) in (PROTESTER, CROWD) for p in patients)


def _refine_demonstrations(
    decisions: list[tuple[int, Decision]], ctx: DocumentContext, classify: Classifier
) -> list[tuple[int, Decision]]:
    """A demonstration takes the strongest outcome reported of it anywhere in the document.

    Arrests and interventions reported of a demonstration are part of it, not events of their own.
    """
    demos = [d for _, d in decisions if d.sub_event_type in DEMONSTRATION_ORDER]
    if not demos:
        return decisions
    outcome = max(DEMONSTRATION_ORDER.index(d.sub_event_type) for d in demos)
    outcome_cues: list[Cue] = []
    demo_sentences = {ctx.sentence_index(d.sentence.start_char) for d in demos}
    for cue in ctx.cues:
        if cue.cue in FORCE_CUES and _by_state_on_crowd(ctx.doc, cue, classify):
            # "Police Forces of Kenya injured 3 protesters", "police attacking protesting teachers"
            cue = replace(cue, cue="INTERVENE")
        if cue.cue not in OUTCOME_CUES or (is_reason(ctx.doc, cue) and not after_comma(ctx.doc, cue)):
            continue
        if cue.cue not in CROWD_ACTS and is_background(ctx.doc, cue):
            continue  # "protests after the arrest": the arrest is the cause; barricades stay the crowd's
        index = ctx.sentence_index(ctx.doc[cue.start].idx)
        if (
            cue.cue in ("ARREST", "LETHAL")
            and index not in demo_sentences
            and not _about_crowd(ctx, index, classify)
            and not (index > min(demo_sentences) and _counted_people(ctx.doc, cue))
        ):
            continue  # "he was arrested on Monday": the arrest the crowd protests, not one made of it
        rank = DEMONSTRATION_ORDER.index(OUTCOME_CUES[cue.cue])
        outcome = max(outcome, rank)
        outcome_cues.append(cue)
    kept: list[tuple[int, Decision]] = []
    for index, decision in decisions:
        if decision.sub_event_type in ("Arrests", "Protest with intervention") or decision in demos:
            if decision not in demos:
                demos[0].cues.extend(decision.cues)
                continue
            if DEMONSTRATION_ORDER.index(decision.sub_event_type) < outcome:
                decision.sub_event_type = DEMONSTRATION_ORDER[outcome]
                decision.rule += "; outcome reported elsewhere in the text"
                decision.cues.extend(c for c in outcome_cues if c not in decision.cues)
        kept.append((index, decision))
    return kept


def _mergeable(drafts: list[EventDraft], decision: Decision, sides: Sides, roles: RoleFinder) -> EventDraft | None:
    """The draft this decision is another mention of: same sub-event type, compatible actors."""
    for draft in drafts:
        if draft.sub_event_type == decision.sub_event_type and _compatible(draft.sides, sides, decision, roles):
            return draft
    return None


def _compatible(a: Sides, b: Sides, decision: Decision, roles: RoleFinder) -> bool:
    """Territory changes are one event per taker (allies taking together count as one);
    other events merge unless their named actors are disjoint."""
    if decision.territory_agent is not None and a.actor1 is not None and b.actor1 is not None:
        return a.actor1.name == b.actor1.name or roles.are_allies(a.actor1, b.actor1)
    names_a = {m.name for m in (a.actor1, a.actor2) if m is not None}
    names_b = {m.name for m in (b.actor1, b.actor2) if m is not None}
    return not names_a or not names_b or bool(names_a & names_b)


def _complete_sides(target: Sides, other: Sides) -> None:
    """Fill a merged event's missing sides from another mention of it, keeping each side's own."""
    swapped = _name(other.actor1) in (_name(target.actor2), None) and _name(other.actor2) == _name(target.actor1)
    if swapped:
        other = Sides(other.actor2, other.actor1, other.assoc2, other.assoc1, other.rule2, other.rule1)
    if target.actor1 is None and other.actor1 is not None:
        target.actor1, target.rule1 = other.actor1, other.rule1
    if target.actor2 is None and other.actor2 is not None and _name(other.actor2) != _name(target.actor1):
        target.actor2, target.rule2 = other.actor2, other.rule2
    elif target.actor2 is None and other.actor1 is not None and _name(other.actor1) != _name(target.actor1):
        target.actor2, target.rule2 = other.actor1, other.rule1
        other = Sides(other.actor2, other.actor1, other.assoc2, other.assoc1, other.rule2, other.rule1)
    taken = {_name(m) for m in (target.actor1, target.actor2, *target.assoc1, *target.assoc2)}
    for mine, theirs in ((target.assoc1, other.assoc1), (target.assoc2, other.assoc2)):
        for mention in theirs:
            if mention.name not in taken:
                mine.append(mention)
                taken.add(mention.name)


def _name(mention: ActorMention | None) -> str | None:
    return mention.name if mention is not None else None
