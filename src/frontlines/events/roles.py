"""Who did what to whom: actor1, actor2 and their associated actors for one decided event.

The dependency parse gives the sides (subject or 'by' agent against object or 'on/against'
target; 'between A and B' for battles); the actor registry gives each side its canonical actor.
People who only report the event (sources, spokesmen) are never parties. A side named by its
nationality alone ("the Palestinians", "a Palestinian faction") stands for the armed group of
that country the article names most. Allies found anywhere in the article ("with the help of
X", "backed by X", "X helped Y") join the side they help as associated actors.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from frontlines.actors import ActorMention, ActorRegistry
from frontlines.events.context import DocumentContext
from frontlines.events.lexicon import ARMED, CROWD, STATE, UNKNOWN
from frontlines.events.parties import (
    _groups_by_country,
    _speaker_spans,
    in_clause_on,
    landmark,
    names_a_deed,
    partner,
    qualifies_another,
    same_force,
    unarmed_body,
)
from frontlines.events.suffering import (
    _agentless_harm,
    _harmed_subject,
    _is_passive,
    _members_of,
    _met_harm,
    _object_of_harm,
    _suffering_subject,
    _told_dead,
    harm_suffered,
)
from frontlines.events.typing import Classifier, Decision, arguments
from frontlines.events.typing.participants import (
    SUSPECT_WORDS,
    VIOLENCE_NOUNS,
    clause_assailant,
    observes,
    under_attack,
)
from frontlines.taxonomy import event_type_of

#: Words that make their object an ally: "with the help of", "backed by", "alongside".
ALLY_CUES = frozenset({"help", "support", "backing", "alongside", "backed", "supported", "aided", "assisted"})
#: Words that tie a group to a patron named after "to" or "with": "a faction linked to Hamas".
PATRON_TIES = frozenset({"linked", "loyal", "affiliated", "allied", "aligned", "tied", "belonging", "close"})
#: A tie word and the capitalised title words that end right before a name: "loyal to Syrian President ".
_PATRON_BEFORE = re.compile(
    rf"\b((?i:{'|'.join(sorted(PATRON_TIES))}))\s+(?:to|with)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){{0,3}}$"
)
#: Ties of allegiance: the group named after them leads or backs a side ("forces loyal to the
#: president"), where "belonging to" may name the owner of a target ("sites belonging to Hamas").
ALLEGIANCE_TIES = PATRON_TIES - {"belonging"}
#: Actor kinds that may be a party to an event; sources and monitors only speak.
PARTY_KINDS = frozenset({"named", "composed", "agent", "coref", "metonym"})
#: Registry categories of actors that report events (outlets, monitors) and are never parties.
SOURCE_CATEGORIES = frozenset({"media", "monitor"})
#: Cues of a weapon whose owner may be named right before it: "Russian shelling", "Israeli airstrikes".
WEAPON_CUES = frozenset({"SHELL", "AIR"})
#: Event types whose sides fight or strike; a body of the UN or an NGO is none of them.
FIGHTING_EVENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
#: ACLED inter codes of armed, organised actors (the sides of a battle).
ARMED_INTERS = frozenset({1, 2, 3, 4, 8})
#: ACLED inter codes of armed groups with no aircraft: rebels, political and identity militias (a
#: drone is another matter).
GROUND_ONLY_INTERS = frozenset({2, 3, 4})
#: Words of a cue that make an air strike a drone's.
DRONE_WORDS = ("drone", "uav")
#: Nouns for an organised group, which a nationality may stand in for ("a Palestinian faction").
GROUP_NOUNS = frozenset({"group", "faction", "movement", "organization", "organisation", "member", "brigade"})
PEOPLE = frozenset({ARMED, UNKNOWN, STATE, CROWD})
BATTLE_TYPES = frozenset({"Armed clash", "Government regains territory", "Non-state actor overtakes territory"})
#: ACLED inter codes of crowds: rioters, protesters.
CROWD_INTERS = frozenset({5, 6})
#: Sub-event types only an armed, organised actor carries out (aircraft, artillery, chemical arms).
ARMED_ONLY_TYPES = frozenset({"Air/drone strike", "Shelling/artillery/missile attack", "Chemical weapon"})
#: Sub-event types whose target is people, not an armed side.
CIVILIAN_TARGET_TYPES = frozenset({"Attack", "Abduction/forced disappearance", "Sexual violence"})
#: Verbs whose subject speaks of the event rather than doing it ("residents accused police of torching").
SPEECH_VERBS = frozenset({"accuse", "say", "claim", "report", "allege", "blame", "tell", "deny", "condemn", "urge"})
#: Verbs whose subject fought off an attack by the other side ("repelled an attack by X").
REPEL_VERBS = frozenset({"repel", "repulse", "thwart", "foil", "fend", "counter"})
WITH_OPPONENT_RULE = "role:'clashed / exchanged fire with X'"
#: Rule of actor1 taken as the party named nearest before the event word (a guess, not a role).
NEAREST_PARTY_RULE = "role:nearest party named before the event word"
#: Rules by which the parse ties a side to the event word itself.
BETWEEN_RULE = "role:'between A and B'"
AGENT_RULE = "role:agent of the event verb"
BY_RIGHT_AFTER_RULE = "role:'by' agent right after the event word"
BY_AFTER_RULE = "role:'by' agent named after the event word"
WEAPON_OWNER_RULE = "role:the force named right before the weapon word"


@dataclass
class Sides:
    """The two sides of an event, each a main actor and its associates, with the rule that chose them."""

    actor1: ActorMention | None = None
    actor2: ActorMention | None = None
    assoc1: list[ActorMention] = field(default_factory=list)
    assoc2: list[ActorMention] = field(default_factory=list)
    rule1: str = ""
    rule2: str = ""


class RoleFinder:
    """Assigns sides for the decisions of one document."""

    def __init__(self, ctx: DocumentContext, registry: ActorRegistry, classify: Classifier):
        self.ctx = ctx
        self.registry = registry
        self.classify = classify
        self.speakers = _speaker_spans(ctx)
        self.groups_by_country = _groups_by_country(ctx)
        self._qualifies: dict[tuple[int, int], bool] = {}
        self.allies = self._alliances()

    # -- parties ---------------------------------------------------------------------------

    def is_party(self, mention: ActorMention | None, decision: Decision | None = None) -> bool:
        if mention is None or mention.kind not in PARTY_KINDS or mention.category in SOURCE_CATEGORIES:
            return False
        if any(s < mention.end and mention.start < e for s, e in self.speakers):
            return False
        if self._qualifies_another(mention):
            return False  # "al Qaeda-linked al-Nusra Front", "the al Qaeda offshoot": another group
        fighting = decision is not None and event_type_of().get(decision.sub_event_type) in FIGHTING_EVENT_TYPES
        if fighting and unarmed_body(self.ctx.text, mention):
            return False  # "the UN said ... air strikes", "MSF's hospital was shelled": no side
        if mention.category == "person" and decision is not None and decision.sub_event_type != "Agreement":
            return False  # a person acts through a force ("Assad's forces"), never as a side alone
        if decision is not None and decision.sub_event_type in BATTLE_TYPES:
            return mention.inter in ARMED_INTERS
        return True

    def _qualifies_another(self, mention: ActorMention) -> bool:
        """``qualifies_another`` for the mention, read once per span (``is_party`` runs for every
        token the roles look at)."""
        key = (mention.start, mention.end)
        if key not in self._qualifies:
            self._qualifies[key] = qualifies_another(self.ctx.text, mention, self.ctx.actors)
        return self._qualifies[key]

    def party_at(self, token: Token, decision: Decision | None = None) -> ActorMention | None:
        """The party a noun head names, or the armed group its nationality stands for."""
        mention = self.ctx.actor_at(token)
        if self.is_party(mention, decision):
            return mention
        if mention is None and (before := self.ctx.they_before(token)) is not None:
            return self.party_at(before, decision)  # "Police arrived. They shot dead two men"
        if mention is None:
            return self._by_nationality(token, decision)
        return None

    def _by_nationality(self, token: Token, decision: Decision | None) -> ActorMention | None:
        kind = self.classify(token)
        if not (token.ent_type_ == "NORP" or token.lemma_.lower() in GROUP_NOUNS or kind in PEOPLE):
            return None
        if kind == STATE or (token.dep_ in ("amod", "compound") and self.classify(token.head) == STATE):
            return None  # "the Syrian armys air force": a state's own force, never the country's armed group
        words = [token] + [c for c in token.children if c.dep_ in ("amod", "compound")]
        for word in words:
            if word.ent_type_ != "NORP":
                continue
            country = self.registry.country_code(word.text)
            groups = self.groups_by_country.get(country or "")
            if groups:
                return groups[0]
        return None

    # -- sides -----------------------------------------------------------------------------

    def assign(self, decision: Decision) -> Sides:
        """Find actor1 and actor2 of a decision from the parse of its sentence."""
        sides = Sides()
        heads = [c.head(self.ctx.doc) for c in decision.cues]
        if decision.territory_agent is not None:
            sides.actor1 = self.party_at(decision.territory_agent, decision)
            sides.rule1 = "role:subject of the territory verb"
        owner = self._weapon_owner(decision)
        if sides.actor1 is None and owner is not None:
            # "killed in Russian shelling", "in regime shelling": the parser may make the weapon a
            # verb and its owner its object
            sides.actor1, sides.rule1 = owner, WEAPON_OWNER_RULE
        for head in heads:
            pair = self._between(head, decision)
            if pair and sides.actor1 is None:
                sides.actor1, sides.actor2 = pair
                sides.rule1 = sides.rule2 = BETWEEN_RULE
                break
        for head in heads:
            opponent = self._with_opponent(head, decision)
            if (
                opponent is not None
                and sides.actor2 is None
                and (sides.actor1 is None or sides.actor1.name != opponent.name)
            ):
                sides.actor2, sides.rule2 = opponent, WITH_OPPONENT_RULE
        for head in heads:
            agents, patients = arguments(head)
            dead = [a for a in agents if a.dep_ == "nsubj" and (_told_dead(a.head) or _met_harm(a))]
            agents, patients = [a for a in agents if a not in dead], patients + dead  # "two soldiers died"
            patients = [p for p in patients if p.lemma_.lower() not in VIOLENCE_NOUNS]  # see _violence_itself
            if _is_passive(head):
                # "2 were wounded" after "members were killed": a passive verb's inherited subject suffered too
                agents = [a for a in agents if not (a.dep_ == "nsubjpass" and a.head != head)]
            if sides.actor1 is None:
                sides.actor1, extra = self._first_party(agents, decision)
                sides.assoc1.extend(extra)
                sides.rule1 = AGENT_RULE
            if sides.actor2 is None:
                sides.actor2, extra = self._first_party(patients, decision)
                sides.assoc2.extend(extra)
                sides.rule2 = "role:target of the event verb"
        if owner is not None and sides.actor1 is owner and sides.actor2 is not None and sides.actor2.name == owner.name:
            sides.actor2 = None  # "in regime shelling" parsed as shelling done to the regime
        self._fill_from_sentence(decision, sides)
        self._attacker_first(decision, sides)
        self._killer_first(decision, sides)
        if sides.actor1 is not None and sides.actor2 is not None and sides.actor1.name == sides.actor2.name:
            sides.actor2 = None
        if decision.sub_event_type in CIVILIAN_TARGET_TYPES and (
            _community_alone(sides.actor2) or self._members_of_community(sides.actor2)
        ):
            # "attacked the Turkana", "killed two members of the Garre clan": the community's people,
            # civilians (ACLED codebook)
            sides.actor2 = None
        if decision.sub_event_type == "Mob violence" and self._suspected(sides.actor2):
            sides.actor2 = None  # "a mob killed a suspected cattle rustler": a civilian, whatever he is suspected of
        self.add_allies(sides)
        return sides

    def _weapon_owner(self, decision: Decision) -> ActorMention | None:
        """The armed party named right before a shelling or air-strike word: "Russian shelling",
        "regime shelling", "Israeli airstrikes"; in a shelling or an air strike, not in a battle that
        answers it ("responded to pro-Houthi shelling")."""
        if decision.sub_event_type not in ("Shelling/artillery/missile attack", "Air/drone strike"):
            return None
        for cue in decision.cues:
            if cue.cue not in WEAPON_CUES:
                continue
            start = self.ctx.doc[cue.start].idx
            for mention in self.ctx.actors:
                adjacent = mention.end <= start and _adjacent(self.ctx.text[mention.end : start], mention)
                if adjacent and self.is_party(mention, decision) and mention.inter in ARMED_INTERS:
                    return mention
        return None

    def _span(self, mention: ActorMention) -> Span | None:
        return self.ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")

    def _told_as_ally(self, mention: ActorMention) -> bool:
        """The mention stands in an ally phrase: "backed by Yemeni troops", "with the help of
        Russian air strikes", "alongside the militias"."""
        span = self._span(mention)
        if span is None:
            return False
        return any(t.lower_ in ALLY_CUES for t in span.doc[max(span.start - 4, span.sent.start) : span.start])

    def _told_as_patron(self, mention: ActorMention, allegiance: bool = False) -> bool:
        """The mention names whom a group is tied to ("a faction linked to the terror group Hamas",
        "militias loyal to the government"): a description of that group, not a party of its own."""
        span = self._span(mention)
        if span is None:
            return False
        ties = ALLEGIANCE_TIES if allegiance else PATRON_TIES
        before = _PATRON_BEFORE.search(self.ctx.text, max(0, mention.start - 60), mention.start)
        if before is not None and before.group(1).lower() in ties:
            return True  # "loyal to Syrian President Bashar Assad", which the parse may hang elsewhere
        if span.root.dep_ != "pobj" or span.root.head.lower_ not in ("to", "with"):
            return False
        tie = span.root.head.head
        # not a name after "and" the parse hangs there: "forces loyal to Syrian President Bashar Assad
        # and opposition factions" names the other side
        return tie.lower_ in ties and " and " not in self.ctx.text[tie.idx : mention.start]

    def _joined(self, first: ActorMention | None, mention: ActorMention) -> bool:
        """The mention is joined to the first by "and" or "or", or stands beside it as its apposition:
        one side ("JNIM or ISGS militants", "the army and allied militias", "Liwa al-Quds, a militia
        loyal to the government"), not its opponent."""
        if first is None:
            return False
        first_span, span = self._span(first), self._span(mention)
        if first_span is None or span is None:
            return False
        words = {t.i for t in first_span}
        if any(c.i in words for t in span for c in t.conjuncts):  # (conjuncts run both ways)
            return True
        own = {t.i for t in span}
        return (span.root.dep_ == "appos" and span.root.head.i in words) or (
            first_span.root.dep_ == "appos" and first_span.root.head.i in own
        )

    def _taken_from(self, mention: ActorMention) -> bool:
        """The mention is whom ground was taken "from": "captured the villages from rival rebel groups"."""
        span = self._span(mention)
        return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ == "from"

    def _members_of_community(self, mention: ActorMention | None) -> bool:
        """ "members of the Garre clan", "members of the Turkana tribe": a community's people."""
        if mention is None or mention.category != "community":
            return False
        span = self._span(mention)
        return span is not None and _members_of(span.doc[max(span.start - 3, 0) : span.start + 1])

    def _suspected(self, mention: ActorMention | None) -> bool:
        """The mention names people only suspected of something ("a suspected cattle rustler", "two
        alleged thieves"), not a state force."""
        if mention is None or mention.inter == 1:
            return False
        span = self._span(mention)
        if span is None:
            return False
        before = span.doc[max(span.start - 2, 0) : span.start]
        return any(t.lower_ in SUSPECT_WORDS for t in (*span, *before))

    def _first_party(self, tokens: list[Token], decision: Decision) -> tuple[ActorMention | None, list[ActorMention]]:
        # the subject of a passive ("policemen were killed following an attack by Taliban militants") is
        # who suffered; a 'by' agent or an active subject goes first
        tokens = sorted(tokens, key=_suffering_subject)
        found = [m for t in tokens if (m := self.party_at(t, decision)) is not None]
        if not found:
            return None, []
        main = found[0]
        return main, [m for m in found[1:] if m.name != main.name]

    def _between(self, head: Token, decision: Decision) -> tuple[ActorMention, ActorMention] | None:
        """'clashes between A and B', 'fighting between A and B' (also on the verb the noun hangs from)."""
        for token in (head, head.head):
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "between":
                    sides = self._on_one_hand(prep, decision)
                    if sides is not None:
                        return sides
                    objs = [t for p in prep.children if p.dep_ == "pobj" for t in (p, *p.conjuncts)]
                    parties = [m for t in objs if (m := self.party_at(t, decision)) is not None]
                    if len(parties) >= 2 and parties[0].name != parties[1].name:
                        return parties[0], parties[1]
        return None

    def _on_one_hand(self, prep: Token, decision: Decision) -> tuple[ActorMention, ActorMention] | None:
        """ "between Nusra Front as well as the FSA on one hand and ISIL on the other": the first
        party of each hand (the parse of such a list is no guide)."""
        doc = prep.doc
        end = min(len(doc), prep.sent.end)
        hand = next(
            (t for t in doc[prep.i : end - 1] if t.lower_ == "one" and doc[t.i + 1].lower_ == "hand"),
            None,
        )
        if hand is None:
            return None
        found = [
            (t, m)
            for t in doc[prep.i + 1 : end]
            if t.pos_ in ("NOUN", "PROPN") and (m := self.party_at(t, decision)) is not None
        ]
        first = next((m for t, m in found if t.i < hand.i), None)
        second = next((m for t, m in found if t.i > hand.i + 1), None)
        if first is None or second is None or first.name == second.name:
            return None
        return first, second

    def _subject_over(self, mention: ActorMention, decision: Decision) -> bool:
        """The mention is the active subject of a verb the event word hangs from ("HTS targeted regime
        forces with a guided missile": HTS, not the regime forces, fired the missile)."""
        span = self._span(mention)
        if span is None or not decision.cues:
            return False
        root = span.root
        if root.dep_ == "compound" and root.head.i == span.end and root.head.pos_ in ("NOUN", "PROPN"):
            root = root.head  # "Turkish Army Forces killed ...": the noun right after the name is the subject
        if root.dep_ != "nsubj":
            return False
        if root.head.lemma_.lower() in SPEECH_VERBS:
            return False  # "residents accused police of torching houses": the speaker did not torch them
        cue = decision.cues[0].head(self.ctx.doc)
        return root.head == cue or root.head in cue.ancestors

    def _sentence_before(self, decision: Decision) -> Span | None:
        """The sentence before the decision's, in the same paragraph."""
        index = self.ctx.sentence_index(decision.sentence.start_char)
        if index == 0:
            return None
        previous = self.ctx.sentences[index - 1]
        if "\n" in self.ctx.text[previous.end_char : decision.sentence.start_char]:
            return None
        return previous

    def _previous_parties(self, decision: Decision) -> list[ActorMention]:
        previous = self._sentence_before(decision)
        if previous is None:
            return []
        found = self.ctx.actors_in(previous.start_char, previous.end_char)
        return [m for m in found if self.is_party(m, decision)]

    def _operating_force(self, decision: Decision) -> ActorMention | None:
        """The state force the sentence before names as the subject of an operation, a raid or a
        patrol ("police carried out an operation", "soldiers raided the village")."""
        previous = self._sentence_before(decision)
        for token in previous if previous is not None else ():
            operation = token.lemma_.lower() in OPERATION_VERBS or (
                token.pos_ == "VERB"
                and any(c.dep_ == "dobj" and c.lemma_.lower() in OPERATION_NOUNS for c in token.children)
            )
            if not operation or token.pos_ != "VERB":
                continue
            for subject in (c for c in token.children if c.dep_ == "nsubj"):
                mention = self.party_at(subject, decision)
                if mention is not None and mention.inter in (1, 8):
                    return mention
        return None

    def _attacker_first(self, decision: Decision, sides: Sides) -> None:
        """ "Afghan forces repelled an attack by the Taliban", "police repulsed their attack": the side that
        attacked began the battle and is actor1; the side that repelled it is actor2."""
        if decision.sub_event_type not in BATTLE_TYPES | {"Attack"} or sides.actor1 is None or sides.actor2 is None:
            return  # an attack on forces becomes a battle after the sides are known
        for token in decision.sentence:
            if token.lemma_.lower() not in REPEL_VERBS or token.pos_ != "VERB":
                continue
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if not subjects and token.dep_ == "conj":  # "forces engaged in a fire fight and repelled an attack"
                subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
            if any((m := self.party_at(s, decision)) is not None and m.name == sides.actor1.name for s in subjects):
                sides.actor1, sides.actor2 = sides.actor2, sides.actor1
                sides.rule1, sides.rule2 = "role:the attacker of a repelled attack", "role:the side that repelled it"
                return

    def _killer_first(self, decision: Decision, sides: Sides) -> None:
        """ "A drug trafficker was killed after exchanging fire with police", "a policeman was wounded in
        clashes with the militants": the side the clash was fought with did the harm, and goes first."""
        if decision.sub_event_type not in BATTLE_TYPES or sides.actor2 is None or sides.rule2 != WITH_OPPONENT_RULE:
            return
        if sides.actor1 is None and _harmed_subject(decision):  # "a man was killed after exchanging fire with"
            sides.actor1, sides.actor2 = sides.actor2, None
            sides.rule1 = "role:the side a harmed party fought with"
        elif sides.actor1 is not None and self._suffers(sides.actor1):
            sides.actor1, sides.actor2 = sides.actor2, sides.actor1
            sides.rule1, sides.rule2 = "role:the side a harmed party fought with", "role:the side harmed in the clash"

    def _observer(self, mention: ActorMention) -> bool:
        """The subject of a verb that looks into or tells of an act: "police are investigating"; or
        people a clause says tell of it: "confirmed by Turkish health officials who said post-mortem
        tests on victims of the attack ..."."""
        span = self._span(mention)
        if span is None:
            return False
        if span.root.dep_ == "nsubj" and observes(span.root.head):
            return True
        return any(c.dep_ == "relcl" and (c.lemma_.lower() in SPEECH_VERBS or observes(c)) for c in span.root.children)

    def _speaker(self, mention: ActorMention) -> bool:
        """The subject of a verb of saying: "police said", "the army claims"."""
        span = self._span(mention)
        return span is not None and span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in SPEECH_VERBS

    def _in_by_phrase(self, mention: ActorMention) -> bool:
        span = self._span(mention)
        return span is not None and any(t.dep_ in ("agent", "prep") and t.lower_ == "by" for t in span.root.ancestors)

    def _by_right_after(self, mention: ActorMention, decision: Decision) -> bool:
        """The mention's "by" is the word right after an event word: "air strikes by the coalition"."""
        span = self._span(mention)
        if span is None:
            return False
        by = next((t for t in span.root.ancestors if t.lower_ == "by"), None)
        return by is not None and any(c.end == by.i for c in decision.cues)

    def _clause_attacker(self, mention: ActorMention) -> bool:
        """The subject of an assault told in a clause of time ("two died as gunmen stormed the camp")."""
        span = self._span(mention)
        return span is not None and clause_assailant(span.root)

    def _aside(self, mention: ActorMention, sides: Sides) -> bool:
        """Named only around the event: a post that says where ("near a QSD checkpoint"), a deed's
        qualifier ("gang activities"), a clause on the first side ("deployed to flush out bandits")."""
        span = self._span(mention)
        return span is not None and (landmark(span) or names_a_deed(span) or in_clause_on(span, sides.actor1))

    def _with_opponent(self, head: Token, decision: Decision) -> ActorMention | None:
        """'clashed with X', 'exchanging fire with X': X is the other side; so is the object of
        'engaged X in running battles'."""
        if head.dep_ == "pobj" and head.head.lower_ == "in" and head.head.head.lemma_.lower() == "engage":
            for obj in head.head.head.children:
                if obj.dep_ == "dobj" and (m := self.party_at(obj, decision)) is not None:
                    return m
        for token in (head, head.head):
            for prep in token.children:
                if prep.dep_ == "prep" and prep.lower_ == "with":
                    for pobj in prep.children:
                        if pobj.dep_ != "pobj" or _among_the_harmed(pobj):
                            continue
                        if (m := self.party_at(pobj, decision)) is not None:
                            return m
        return None

    def _fill_from_sentence(self, decision: Decision, sides: Sides) -> None:
        """Where the parse named no side, take the parties the sentence names, in order of mention."""
        sentence = decision.sentence
        parties = [m for m in self.ctx.actors_in(sentence.start_char, sentence.end_char) if self.is_party(m, decision)]
        cue_char = self.ctx.doc[decision.cues[0].start].idx if decision.cues else sentence.start_char
        taken = {m.name for m in (sides.actor1, sides.actor2) if m is not None}
        suffering = [m for m in parties if m.end <= cue_char and self._suffers(m)]
        if sides.actor1 is None:
            before = [
                m
                for m in parties
                if m.end <= cue_char and m.name not in taken and m not in suffering and not self._observer(m)
            ]
            if decision.sub_event_type in ARMED_ONLY_TYPES:
                # "residents inspect a damaged site after airstrikes": no crowd strikes or shells (civilians
                # found so are made the target later, see fields/fill.py)
                before = [m for m in before if m.inter not in CROWD_INTERS]
            subjects = [m for m in before if self._subject_over(m, decision)]
            before = before if not subjects else [m for m in before if m not in subjects] + subjects
            agents = [m for m in parties if m.start >= cue_char and m.name not in taken and self._in_by_phrase(m)]
            if decision.sub_event_type == "Air/drone strike" and not _drone(decision):
                # "air strikes on a town held by Daesh", "rebels hold Idlib, a target of air bombardment":
                # a group named near an air strike with no drone in it has no aircraft to strike with
                before = [m for m in before if m.inter not in GROUND_ONLY_INTERS]
                agents = [m for m in agents if m.inter not in GROUND_ONLY_INTERS]
            attackers = [m for m in parties if m.start >= cue_char and m.name not in taken and self._clause_attacker(m)]
            right_after = [m for m in agents if self._by_right_after(m, decision)]
            if right_after:
                # "with the help of air strikes by the U.S.-led coalition" (the parse hangs "by" on "help")
                sides.actor1 = right_after[0]
                sides.rule1 = BY_RIGHT_AFTER_RULE
                taken.add(right_after[0].name)
            elif before:
                sides.actor1 = before[-1]
                sides.rule1 = NEAREST_PARTY_RULE
                taken.add(before[-1].name)
            elif agents:
                sides.actor1 = agents[0]
                sides.rule1 = BY_AFTER_RULE
                taken.add(agents[0].name)
            elif attackers:
                sides.actor1 = attackers[0]
                sides.rule1 = "role:subject of an assault in a clause of time"
                taken.add(attackers[0].name)
        if sides.actor1 is None and decision.sub_event_type in BATTLE_TYPES and decision.territory_agent is None:
            # "Clashes between Borana and Samburu militias" (the parse gave no side): in a battle every
            # armed party named is a side, in the order named
            # (not who only tells of it: "Two soldiers were killed in Lamu, police said")
            named = [m for m in parties if m.name not in taken and not self._speaker(m)]
            if named:
                sides.actor1, sides.rule1 = named[0], "role:first armed party named in the battle's sentence"
                taken.add(named[0].name)
        if sides.actor1 is None and not parties and decision.sub_event_type == "Armed clash":
            # "Military police raided the favela. A shoot-out broke out": a clash whose sentence names no
            # side is fought by the armed parties of the sentence before it, in the same paragraph
            named = self._previous_parties(decision)
            if named:
                sides.actor1, sides.rule1 = named[0], "role:armed party of the sentence before the clash"
                taken.add(named[0].name)
        if sides.actor1 is None and decision.sub_event_type == "Attack" and _agentless_harm(decision):
            # "Military police carried out an operation in the favela. Two suspects were shot and
            # injured": harm with no doer named, right after a state force's operation, is the force's
            force = self._operating_force(decision)
            if force is not None:
                sides.actor1, sides.rule1 = force, "role:the state force whose operation the sentence before tells"
                taken.add(force.name)
        if sides.actor2 is None and decision.territory_agent is None:
            # "Two soldiers were killed in an IED blast", "militants killed two soldiers in an IED blast":
            # the people the sentence says suffered are the target, wherever they stand; in a battle,
            # the armed side that lost men ("62 rebels were killed in an army ambush")
            victims = [m for m in parties if m.name not in taken and (m in suffering or self._harmed(m))]
            if decision.sub_event_type in BATTLE_TYPES:
                # (not "killing 5 militants" after "an attack by Taliban militants": the same men; nor
                # the attacker's own side, "Al-Nusra Front and rebel fighters killed in battles"; nor
                # "were involved in the attack", no harm)
                victims = [
                    m
                    for m in victims
                    if not m.name.startswith("Unidentified")
                    and not same_force(sides.actor1, m)
                    and not self._joined(sides.actor1, m)
                    and (self._harmed(m) or ((span := self._span(m)) is not None and harm_suffered(span)))
                ]
            if victims:
                sides.actor2, sides.rule2 = victims[0], "role:the party the sentence says was harmed"
                taken.add(victims[0].name)
        if sides.actor2 is None and decision.territory_agent is not None:
            # "took control of the area from pro-Houthi forces", "recaptured Quissanga after it was
            # taken over by Islamic militants", "after clashes with the militiamen": the side that
            # lost the ground is the other armed party the sentence names
            losers = [
                m
                for m in parties
                if m.name not in taken
                and not self.are_allies(sides.actor1, m)
                and not self._told_as_ally(m)
                and not self._told_as_patron(m)
                and not self._joined(sides.actor1, m)
            ]
            losers.sort(key=lambda m: not self._taken_from(m))  # "from pro-Houthi forces" first
            if losers:
                sides.actor2, sides.rule2 = losers[0], "role:the other armed party of the territory's sentence"
                taken.add(losers[0].name)
        if sides.actor2 is None and sides.actor1 is not None and decision.territory_agent is None:
            after = [
                m
                for m in parties
                if m.start >= cue_char
                and m.name not in taken
                and not self._aside(m, sides)
                # "the forces loyal to President Bashar Assad" (not "likely linked to demonstrations")
                and not (m.inter in ARMED_INTERS and self._told_as_patron(m, allegiance=True))
            ]
            if decision.sub_event_type not in BATTLE_TYPES:
                after = [m for m in after if not self._violence_itself(m)]  # "... - ongoing ethnic violence"
                after = [m for m in after if not partner(self._span(sides.actor1), self._span(m))]  # its partner
            if not after and decision.sub_event_type in BATTLE_TYPES:
                after = [m for m in parties if m.name not in taken]  # "Degodia and Garre clans battle"
            if after:
                sides.actor2 = after[0]
                sides.rule2 = "role:party named after the event word"

    def _harmed(self, mention: ActorMention) -> bool:
        """The mention is the object of a harm or assault verb ("killed two soldiers", "targeted a truck")."""
        span = self._span(mention)
        if span is None:
            return False
        return _object_of_harm(span.root) and span.root.lemma_.lower() not in VIOLENCE_NOUNS

    def _violence_itself(self, mention: ActorMention) -> bool:
        """The mention is violence that stands for its unnamed doers ("ethnic violence", "tribal
        clashes"): who does it, never whom it harms."""
        span = self._span(mention)
        return span is not None and span.root.lemma_.lower() in VIOLENCE_NOUNS

    def _suffers(self, mention: ActorMention) -> bool:
        """The mention is the subject of a passive ("soldiers were killed", "soldiers killed in...")."""
        span = self._span(mention)
        if span is None:
            return False
        root = span.root
        while root.dep_ in ("compound", "poss", "amod") and root.head.i != root.i:
            root = root.head  # "a police vehicle was hit": the vehicle suffered, and its owners with it
        while root.dep_ == "conj" and root.head.pos_ in ("NOUN", "PROPN") and root.head.i < root.i:
            root = root.head  # "a woman and a child were killed": the child suffered as the woman did
        # "claimed to have attacked a military position with mortar shells": the position is the target;
        # so is "a military convoy came under attack"
        return _suffering_subject(root) or _object_of_harm(root) or under_attack(root)

    # -- allies ----------------------------------------------------------------------------

    def _alliances(self) -> dict[str, list[ActorMention]]:
        """Principal name -> its allies, from every ally phrase in the document."""
        allies: dict[str, list[ActorMention]] = {}
        for sentence in self.ctx.sentences:
            for token in sentence:
                if token.lemma_.lower() not in ALLY_CUES:
                    continue
                for ally, principal in self._ally_pairs(token):
                    known = allies.setdefault(principal.name, [])
                    if ally.name != principal.name and ally.name not in {m.name for m in known}:
                        known.append(ally)
        return allies

    def _ally_pairs(self, cue: Token) -> list[tuple[ActorMention, ActorMention]]:
        """(ally, principal) pairs: 'P, with the help of A', 'P, backed by A', 'A helped P'."""
        pairs: list[tuple[ActorMention, ActorMention]] = []
        allies = [m for t in cue.subtree if t.dep_ == "pobj" and (m := self.party_at(t)) is not None]
        governor = cue
        while governor.dep_ not in ("nsubj", "nsubjpass", "ROOT") and governor.head.i != governor.i:
            governor = governor.head
            if governor.pos_ in ("NOUN", "PROPN"):
                break
        principal = self.party_at(governor) if governor.pos_ in ("NOUN", "PROPN") else None
        if principal is None and governor.pos_ in ("VERB", "AUX"):
            subjects = [c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")]
            principal = next((m for s in subjects if (m := self.party_at(s)) is not None), None)
        if cue.pos_ == "VERB":
            helped = [m for c in cue.children if c.dep_ == "dobj" and (m := self.party_at(c)) is not None]
            helpers = [m for c in cue.children if c.dep_ == "nsubj" and (m := self.party_at(c)) is not None]
            if not helpers and cue.dep_ == "conj":
                helpers = [m for c in cue.head.children if c.dep_ == "nsubj" and (m := self.party_at(c)) is not None]
            pairs.extend((a, p) for a in helpers for p in helped)
        elif principal is not None:
            pairs.extend((a, principal) for a in allies)
        return pairs

    def are_allies(self, a: ActorMention | None, b: ActorMention | None) -> bool:
        """True where the document names one of the two as the other's ally."""
        if a is None or b is None:
            return False
        return any(m.name == b.name for m in self.allies.get(a.name, [])) or any(
            m.name == a.name for m in self.allies.get(b.name, [])
        )

    def add_allies(self, sides: Sides) -> None:
        """Give each side the allies the document names for its main actor."""
        for main, assoc in ((sides.actor1, sides.assoc1), (sides.actor2, sides.assoc2)):
            if main is None:
                continue
            taken = {m.name for m in (sides.actor1, sides.actor2, *sides.assoc1, *sides.assoc2) if m}
            for ally in self.allies.get(main.name, []):
                if ally.name not in taken:
                    assoc.append(ally)
                    taken.add(ally.name)


#: Verbs and objects of a force's operation: "raided the house", "carried out an operation".
OPERATION_VERBS = frozenset({"raid", "storm", "patrol"})
OPERATION_NOUNS = frozenset({"operation", "raid", "crackdown", "patrol", "sweep", "search"})


def _community_alone(mention: ActorMention | None) -> bool:
    """A community's name alone ("the Turkana") or its herders, not its armed men ("Turkana raiders")."""
    return mention is not None and mention.rule.endswith("+community")


def _drone(decision: Decision) -> bool:
    """The air strike is told as a drone's ("a drone strike", "UAVs hit")."""
    return any(word in cue.pattern for cue in decision.cues for word in DRONE_WORDS)


def _among_the_harmed(noun: Token) -> bool:
    """ "with women and children among the victims": who was harmed, not an opponent fought with."""
    return any(c.dep_ == "prep" and c.lower_ == "among" for t in (noun, *noun.conjuncts) for c in t.children)


def _adjacent(gap: str, mention: ActorMention) -> bool:
    """Nothing but a space or a hyphen stands between a name and the word after it; or the full stop
    of an abbreviation the name's span left out ("A U.S. missile strike")."""
    return gap in ("", " ", "-") or (gap in (". ", ".-") and "." in mention.text)
