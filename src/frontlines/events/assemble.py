"""Build ``Event`` records from an annotated spaCy document.

The steps: find cues; decide a sub-event type per sentence (``typing``); refine demonstrations
across sentences; fold bare casualty sentences into the event they report on; merge the
mentions of one event; then fill every field from the annotations (``fields``), each with its
evidence.

This module runs the steps; demonstrations are refined in ``demonstrations``, sentences folded into
the event before them in ``follow_ups`` and the mentions of one event merged in ``drafts``.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from frontlines.actors import ActorMention, load_registry
from frontlines.attribution import find_attributions
from frontlines.dates import find_dates
from frontlines.events.context import DocumentContext, candidate_place_spans
from frontlines.events.demonstrations import _refine_demonstrations
from frontlines.events.drafts import (
    OTHER_YEAR_DAYS,
    STATE_SIDE_PREFIXES,
    EventDraft,
    _attach_orphan_sentences,
    _complete_sides,
    _mergeable,
    _position,
    _sentences_of,
)
from frontlines.events.fields.fatalities import add_people_at_risk
from frontlines.events.fields.fill import fill_event
from frontlines.events.fields.front_lines import fronts_spoken_of
from frontlines.events.fields.history import history_clauses, is_history
from frontlines.events.fields.sources import add_territory_disputes
from frontlines.events.follow_ups import (
    EFFECT_ONLY,
    RULE_KILLED_AFTER_ABDUCTION,
    _abduction_and_killing,
    _anaphoric,
    _arrests_in_seizure,
    _bomber_of_previous,
    _fired_back,
    _goes_on,
    _remnant_of_previous,
    doer_named_after,
    fold_target,
    harm_after_destruction,
    method_after_generic,
)
from frontlines.events.lexicon import (
    ARMED,
    CIVILIAN,
    CROWD,
    PROTESTER,
    RIOTER,
    STATE,
    UNKNOWN,
    UNKNOWN_MARKERS,
    Lexicon,
    load_lexicon,
)
from frontlines.events.locations import find_location_list, split_by_location
from frontlines.events.roles import (
    AGENT_RULE,
    BY_AFTER_RULE,
    BY_RIGHT_AFTER_RULE,
    NEAREST_PARTY_RULE,
    SPEECH_VERBS,
    WEAPON_OWNER_RULE,
    RoleFinder,
    Sides,
)
from frontlines.events.suffering import PEERS, _members_of, _peers_of
from frontlines.events.typing import (
    Classifier,
    Decision,
    decide,
    in_description,
    is_sport_report,
    live_cues,
    toll_of_accident,
    unarmed_status,
)
from frontlines.events.typing.battles import _subordinate
from frontlines.events.typing.cue_readings import EFFECT_CUES
from frontlines.events.typing.decision import words
from frontlines.events.typing.not_events import tells_a_disaster
from frontlines.events.typing.participants import headline_victim, out_of_service
from frontlines.numbers import find_counts
from frontlines.places import open_gazetteer, resolve_places
from frontlines.places.words import place_words
from frontlines.records import Article, Event
from frontlines.settings import Settings
from frontlines.taxonomy import event_type_of

__all__ = ["EventBuilder", "EventDraft"]

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
        groups: list[list[Event]] = []
        in_passing: set[int] = set()  # groups whose event is told only in a clause on a participant
        for i, draft in enumerate(drafts):
            event = fill_event(draft, ctx, self.registry, content_hash, i)
            if event is None:
                continue
            if _told_in_passing(draft.primary):
                in_passing.add(len(groups))
            found = find_location_list(ctx, _sentences_of(draft, ctx))
            if found is None:
                groups.append([event])
            else:  # "in Kabul, Ghor and Balkh provinces": one event per place (codebook)
                groups.append(split_by_location(event, found, article.text, content_hash, i))
        # a report that tells of deaths is about them: an event that killed goes before one that did
        # not (the surrender, the arrest or the protest that followed), otherwise the ranked order;
        # not a killing of other days told as background ("stabbed a man ... on 24 May 2018"), nor
        # one told in passing ("villagers protested the murder ... the suspect who killed the woman")
        lead = groups[0][0].event_date if groups else None
        # (a killing of the report's own day is no background either, whatever the lead's date)
        news = [lead, *([article.published] if article.published else [])]
        # and an event of the report's time goes before one long past ("before Assad's forces
        # retook full control of the city in December", in a report of April)
        order = sorted(
            range(len(groups)),
            key=lambda k: (
                k in in_passing
                or not any(e.fatalities and any(_same_days(e.event_date, d) for d in news) for e in groups[k]),
                all(_long_before(e.event_date, article.published) for e in groups[k]),
            ),
        )
        groups = [groups[k] for k in order]
        events = [event for group in groups for event in group]
        add_territory_disputes(events, ctx)
        add_people_at_risk(events, ctx)
        return events

    def context(self, doc: Doc, article: Article) -> DocumentContext:
        """Find every annotation of the document once."""
        text = doc.text  # the story: the article's text up to the page's lists of other stories
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
            # "the West Wing of the White House": a state's office, not the town White House
            institutions=[
                (m.start, m.end) for m in actors if m.kind == "named" and m.category in ("government", "state")
            ],
            country_of_word=self.registry.country_code,
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
        placed = {
            token.i
            for place in ctx.places
            if place.place is not None
            for token in ctx.doc.char_span(place.start, place.end, alignment_mode="expand") or ()
        }

        def participant(token: Token) -> str | None:
            mention = by_token.get(token.i)
            if mention is not None and mention.category == "community" and id(mention) not in armed_communities:
                # "Turkana herders", "attacked Fulani settlements": the community itself, unless it acts
                found = self.lexicon.participant_class(token)
                return found or (CIVILIAN if _suffers(token) else INTER_CLASS.get(mention.inter or 0))
            if mention is not None and mention.inter == 7 and _acting_crowd(token):
                return CROWD  # "residents attack and kill a suspected robber": civilians acting as a crowd
            if mention is not None and mention.inter in INTER_CLASS:
                return INTER_CLASS[mention.inter]
            found = self.lexicon.participant_class(token)
            if found is None and mention is None and (before := ctx.they_before(token)) is not None:
                # "Youths attacked election officials. They also beat voters": the same doers
                return participant(before)
            if found is None and mention is None and token.lemma_.lower() in PEERS:
                # "an officer shot dead two of his colleagues": the doer's own side
                return next((c for t in _peers_of(token) if (c := participant(t)) in (STATE, ARMED)), None)
            # (not a nationality that qualifies another word, "the Kenyan port", "a Greek-owned tanker":
            # the word it qualifies is the one classed)
            qualifies = token.dep_ in NATIONALITY_MODIFIER_DEPS and token.head.ent_type_ != "NORP"
            people = token.ent_type_ == "NORP" and token.pos_ in ("PROPN", "NOUN") and not qualifies
            if found is None and people and token.i not in placed and not _names_a_unit(token):
                if any(c.dep_ == "amod" and c.lower_ in UNKNOWN_MARKERS for c in token.children):
                    return UNKNOWN  # "fourteen armed Islamists": armed men of no known group
                if token.tag_ in ("NN", "NNP") and any(c.lower_ in ("a", "an") for c in token.children):
                    return CIVILIAN  # "stabbed by a Palestinian": one person, no crowd
                return CROWD  # (not "Poonch district", a place NER took for a people)
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
        accident = False  # an accident was told, and no event yet
        for index, sentence in enumerate(ctx.sentences):
            past = history_clauses(sentence) if is_history(sentence.text) else []
            cues = [
                c
                for c in ctx.cues
                if sentence.start <= c.start < sentence.end and not any(s <= ctx.doc[c.start].idx < e for s, e in past)
            ]
            found = decide(ctx.doc, sentence, cues, self.lexicon, classify)
            if accident and not decisions and toll_of_accident(ctx.doc, cues):
                found = []  # "A crane collapsed on the mosque. Most of the people killed were pilgrims."
            # (not an explosion: "a fuel tanker exploded under unknown circumstances" may be a bomb,
            # whose toll the next sentence tells)
            # a disaster told with no act is one too: "The death toll rises to five in the Butte and
            # Valley Fires. Most bodies have been found in evacuation areas."
            accident = accident or (
                not found
                and (
                    any(c.cue == "ACCIDENT" for c in cues)
                    or (any(c.cue in EFFECT_CUES for c in cues) and tells_a_disaster(sentence))
                )
                and not any(c.cue == "BLAST" for c in cues)
            )
            decisions.extend((index, d) for d in found)
        if not decisions:
            decisions = self._causes(ctx, classify)
        decisions = _refine_demonstrations(decisions, ctx, classify)
        drafts: list[EventDraft] = []
        roles = RoleFinder(ctx, self.registry, classify)
        gang_victim = _victim_in_a_gang(ctx.text)
        for index, decision in decisions:
            if _told_in_passing(decision):
                decision = replace(decision, confidence=decision.confidence - DESCRIBED_PENALTY)
            sides = roles.assign(decision)
            decision = _on_armed_target(decision, sides, self.lexicon)
            decision = _state_bombing(decision, sides)
            if gang_victim and decision.sub_event_type == "Attack" and _unnamed(sides.actor2):
                rule = "codebook:violence between gang members is an armed clash"
                decision = replace(decision, sub_event_type="Armed clash", rule=rule)
            if _fired_back(drafts, decision, index, ctx):
                # "X shelled Y. Y fired back": the target answers the fire, an exchange (codebook: battle)
                previous = drafts[-1]
                rule = f"{previous.primary.rule}; the target fired back: an exchange of fire is a battle"
                previous.decisions[0] = replace(previous.primary, sub_event_type="Armed clash", rule=rule)
                previous.decisions.append(decision)
                _complete_sides(previous.sides, sides, decision.sentence.doc)
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
                _complete_sides(previous.sides, sides, decision.sentence.doc)
                continue
            if _remnant_of_previous(drafts, decision, index, ctx):
                # "A villager stepped on a landmine. ... It lay where fighting occurred in the 1980s"
                previous = drafts[-1]
                rule = f"{previous.primary.rule}; {decision.rule}"
                previous.decisions[0] = replace(previous.primary, sub_event_type="Other", rule=rule)
                previous.decisions.append(decision)
                continue
            if _bomber_of_previous(drafts, decision, index, ctx):
                previous = drafts[-1]
                rule = f"{decision.rule}; the blast told before"
                previous.decisions.insert(0, replace(decision, rule=rule))
                _complete_sides(previous.sides, sides, decision.sentence.doc)
                continue
            if _arrests_in_seizure(drafts, decision, index, ctx):
                # "Police seized 3 tons of marijuana. A man was arrested": one operation, the seizure
                drafts[-1].decisions.append(decision)
                continue
            if method_after_generic(drafts, decision, sides, index, ctx):
                # "Governor says U.S. attack caused deaths. A U.S. missile strike on an airbase ...":
                # the strike is the attack, of the method the second sentence tells
                previous = drafts[-1]
                previous.decisions.insert(0, decision)
                told, previous.sides = previous.sides, sides
                _complete_sides(previous.sides, told, decision.sentence.doc)
                continue
            if _goes_on(drafts, decision, sides):
                # "LNA forces shelled GNA positions. Shells also struck the coastal road, killing
                # three": the same shelling goes on, its toll with it
                drafts[-1].decisions.append(decision)
                continue
            told_of = fold_target(drafts, decision, sides, ctx)
            if told_of is not None:
                _armed_victims_told(told_of, decision, sides)
                harm_after_destruction(told_of, decision)
                doer_named_after(told_of, sides)
                if (
                    told_of.sides.actor1 is None
                    and event_type_of()[told_of.sub_event_type] == "Battles"
                    and _between(sides.actor1, ctx)
                ):
                    # "Clashes erupted in Olulunga ... The clashes follow violence between the Maasai and
                    # Kipsigi": a fight told with no side takes those its next mention names between
                    # them (not "after gendarmerie forces called a member of the family": who acted)
                    _complete_sides(told_of.sides, sides, decision.sentence.doc)
                told_of.extra_sentences.add(index)
                continue
            target = _mergeable(drafts, decision, sides, roles)
            if target is None:
                drafts.append(EventDraft([decision], sides))
            else:
                _armed_victims_told(target, decision, sides)
                target.decisions.append(decision)
                _complete_sides(target.sides, sides, decision.sentence.doc)
                roles.add_allies(target.sides)
        _attach_orphan_sentences(drafts, ctx, {i for i, _ in decisions})
        ranked = sorted(
            enumerate(drafts),
            key=lambda item: -(item[1].primary.confidence - POSITION_PENALTY * _position(item[1], ctx)),
        )
        return [d for _, d in ranked]


#: Dependencies by which a nationality qualifies another word rather than names people.
NATIONALITY_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "npadvmod"})
#: Days apart within which two events of one report are told of the same time.
SAME_TIME_DAYS = 2


#: People of a place who, when they do violence together, are a crowd (rioters), not civilians.
PEOPLE_OF_A_PLACE = frozenset(
    {"resident", "villager", "inhabitant", "student", "local", "neighbour", "neighbor", "relative", "citizen"}
)


def _acting_crowd(token: Token) -> bool:
    """'Residents', 'villagers', 'students' who act, not who only speak of what happened."""
    if token.lemma_.lower() not in PEOPLE_OF_A_PLACE:
        return False
    if headline_victim(token):
        return False  # "two villagers found dead", "3 residents killed": a headline's dropped 'were'
    return not (token.dep_ == "nsubj" and token.head.lemma_.lower() in SPEECH_VERBS)  # "residents claim"


def _long_before(day: date | None, published: date | None) -> bool:
    """The event's day lies more than OTHER_YEAR_DAYS before the report's."""
    return day is not None and published is not None and (published - day).days > OTHER_YEAR_DAYS


def _same_days(day: date | None, lead: date | None) -> bool:
    return day is None or lead is None or abs((day - lead).days) <= SAME_TIME_DAYS


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
    if headline_victim(noun):
        return True  # "3 Kalenjin killed in Eldoret", "3 Kalenjin reported dead": a headline's dropped 'were'
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
#: External forces (ACLED inter 8): a foreign army acting in the country, a coalition, a mission's
#: troops; but also UN agencies and NGOs, armed only where their words say so.
EXTERNAL_INTER = 8
ARMED_OR_EXTERNAL_INTER = ARMED_INTER | {EXTERNAL_INTER}
ARMED_EXTERNAL_CATEGORIES = frozenset({"coalition", "pmc"})
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
    if target is None or target.inter not in ARMED_OR_EXTERNAL_INTER or target.name.startswith("Government of"):
        return decision
    if attacker is not None and attacker.inter not in ARMED_OR_EXTERNAL_INTER:
        return decision  # a crowd or a civilian against the police: not a battle
    doc = decision.sentence.doc
    span = doc.char_span(target.start, target.end, alignment_mode="expand")
    if span is None:
        return decision
    if target.inter == EXTERNAL_INTER and not _armed_external(target, span, lexicon):
        return decision  # "shoots and kills a UNHCR official"
    before = doc[max(span.start - UNARMED_WINDOW, decision.sentence.start) : span.end]
    if target.category == "community" and (
        not any(lexicon.participant_class(t) in (ARMED, UNKNOWN) for t in span) or _members_of(before)
    ):
        return decision  # "killed Turkana herders", "two members of the Garre clan": a community, not its militia
    if any(unarmed_status(t) or t.lemma_.lower() == "defect" for t in before) or out_of_service(span):
        # "an off-duty soldier", "a former policeman", "defected from the army", "a police officer
        # who was off-duty"
        return decision
    rule = "codebook:violence against an armed, organised group is a battle"
    return replace(decision, sub_event_type="Armed clash", rule=rule)


#: Rules by which the parse names who did the act (not a party found only near it).
DOER_RULES = frozenset({AGENT_RULE, NEAREST_PARTY_RULE, BY_RIGHT_AFTER_RULE, BY_AFTER_RULE, WEAPON_OWNER_RULE})


def _state_bombing(decision: Decision, sides: Sides) -> Decision:
    """ "Regime bombing raids in and around Aleppo killed 31", "killed in Syrian regime and Russian
    bombing", "Assads Bombing of Aleppo": a state's forces bomb from the air (codebook: air strike),
    where the bomb is no device of its own ("a car bombing", "a roadside bomb")."""
    if decision.sub_event_type != "Remote explosive/landmine/IED" or sides.actor1 is None:
        return decision
    doer = sides.actor1
    if doer.inter not in (1, 8) or not doer.name.startswith(STATE_SIDE_PREFIXES) or sides.rule1 not in DOER_RULES:
        return decision
    doc = decision.sentence.doc
    for cue in decision.cues:
        head = cue.head(doc)
        bombing = head.lemma_.lower() == "bombing" or (head.lemma_.lower() == "bomb" and head.pos_ == "VERB")
        if cue.cue != "BOMB" or not bombing:
            return decision  # "a bomb fired by UPDF", "destroyed bombs belonging to ADF": a device
        if any(c.i < head.i and c.lower_ in words("planted_device") for c in head.children):
            return decision  # "a car bombing", "a roadside bomb": a device planted, whoever planted it
    rule = f"{decision.rule}; codebook:a state's forces bomb from the air"
    return replace(decision, sub_event_type="Air/drone strike", rule=rule)


def _armed_external(mention: ActorMention, span: Span, lexicon: Lexicon) -> bool:
    """An external actor that is armed: a foreign army ("Burkinabe forces" in Mali), a coalition, a
    military company, or a mission named by its troops ("AMISOM troops"); not a UN agency's official."""
    if mention.category in ARMED_EXTERNAL_CATEGORIES or mention.name.startswith(("Military Forces", "Police Forces")):
        return True
    return any(lexicon.participant_class(t) == STATE for t in span)


def _armed_victims_told(draft: EventDraft, decision: Decision, sides: Sides) -> None:
    """ "Al Shabaab fighters attacked Fino. Four police officers were killed": an attack whose toll a
    later sentence gives as a state force or an armed group is a battle (codebook), the named force
    its second side. Only a toll counts, not a new act or one told of someone ("he was suspected
    of killing two officers"), and a community's people are no armed group."""
    victims = sides.actor2
    if draft.sub_event_type != "Attack" or draft.primary.rule in ATTACK_WHATEVER_TARGET:
        return
    if decision.sub_event_type != "Armed clash" or victims is None or victims.inter not in ARMED_INTER:
        return
    if victims.name.startswith("Government of") or victims.category == "community":
        return
    if victims.inter != STATE_INTER and victims.kind == "agent":
        return  # "shot by the attackers": unnamed gunmen are the attackers more often than the toll
    attacker = draft.sides.actor1
    if attacker is not None and attacker.name == victims.name:
        return
    doc = decision.sentence.doc
    effects = [c for c in decision.cues if c.cue in EFFECT_ONLY]
    if not effects or any(in_description(c.head(doc)) or _subordinate(c.head(doc)) for c in effects):
        return
    if not all(c.cue in EFFECT_ONLY or _anaphoric(doc, c) for c in decision.cues):
        return  # a toll ("were killed in the attack"), not a new act
    rule = f"{draft.primary.rule}; {RULE_ARMED_VICTIMS}"
    draft.decisions[0] = replace(draft.primary, sub_event_type="Armed clash", rule=rule)
    if draft.sides.actor2 is None or draft.sides.actor2.inter == CIVILIAN_INTER:
        draft.sides.actor2 = victims


#: The inter codes of state forces and of civilians.
STATE_INTER, CIVILIAN_INTER = 1, 7
RULE_ARMED_VICTIMS = "codebook:the victims a later sentence names are armed forces: a battle"


def _told_in_passing(decision: Decision) -> bool:
    """Every cue of the decision sits in a clause that describes a participant, under a main verb
    (a sentence the parser could not root in a verb is no evidence)."""
    doc = decision.sentence.doc
    return decision.sentence.root.pos_ in ("VERB", "AUX") and all(in_description(c.head(doc)) for c in decision.cues)


def _names_a_unit(token: Token) -> bool:
    """The word names a place by the unit word after it ("Haveli district", "Poonch sector"), or by
    the place noun its list of names qualifies ("Burkan and Dhi Masal areas"), not a people."""
    words = place_words()
    after = token.nbor(1).lower_ if token.i + 1 < len(token.doc) else ""
    if after in words.admin_level:
        return True
    first = token
    while first.dep_ == "conj" and first.head.i < first.i:
        first = first.head
    head = first.head.lower_
    return first.dep_ in ("compound", "nmod") and (head in words.admin_level or head in words.part | words.site)


def _between(mention: ActorMention | None, ctx: DocumentContext) -> bool:
    """The mention is named in a "between" phrase: "violence between the Maasai and Kipsigi"."""
    if mention is None:
        return False
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = span.root
    while root.dep_ in ("conj", "compound", "amod", "nmod") and root.head.i != root.i:
        root = root.head  # "between the Maasai and Kipsigi groups"
    return root.dep_ == "pobj" and root.head.lower_ == "between"
