"""A demonstration takes the strongest outcome reported of it anywhere in the document; arrests and
interventions reported of it are part of it, not events of their own."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from frontlines.events.context import DocumentContext
from frontlines.events.follow_ups import _anaphoric
from frontlines.events.lexicon import CROWD, PROTESTER, RIOTER, STATE, Cue
from frontlines.events.suffering import _is_passive
from frontlines.events.typing import Classifier, Decision, after_comma, arguments, is_background, is_reason
from frontlines.events.typing.battles import engaging_verb
from frontlines.events.typing.decision import VIOLENCE
from frontlines.events.typing.demonstrations import PARTITIVES
from frontlines.events.typing.participants import _conjoined, _pobjs

#: Sub-types that take the intervention, violence or lethal force reported in another sentence.
DEMONSTRATION_ORDER = (
    "Peaceful protest",
    "Protest with intervention",
    "Excessive force against protesters",
    "Violent demonstration",
)


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
    """'Police arrested 12', '7 were detained', 'several were held', '26 arrested', 'They were
    arrested' (opening its sentence): a count of people after the demonstration is told, who can
    only be demonstrators."""
    head = cue.head(doc)
    if head.pos_ == "NOUN" and any(c.dep_ == "nummod" or c.lower_ in QUANTIFIERS for c in head.children):
        return True  # "Six arrests reported", "several arrests"
    if head.pos_ == "NOUN" and head.tag_ == "NNS" and not any(c.dep_ in ("prep", "poss") for c in head.children):
        return True  # "Police made arrests", "Arrests reported": arrests of no one named
    agents, patients = arguments(head)  # objects and passive subjects among them
    if head.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in head.children):
        patients += agents  # "26 arrested for violating the lockdown": a headline's passive
    return any(
        noun.like_num
        or noun.lower_ in QUANTIFIERS
        or any(c.dep_ == "nummod" for c in noun.children)
        or (noun.lower_ in ("they", "them") and noun.i == noun.sent.start)  # "They were arrested for ..."
        for noun in patients
    )


#: Words that stand for a number of people ("several were detained").
QUANTIFIERS = (PARTITIVES - {"most"}) | {"others", "them"}


#: Cues of force that, used by state forces on demonstrators, are an intervention.
FORCE_CUES = frozenset({"HARM", "ATTACK", "BEAT"})


def _by_state_on_crowd(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    """The force is used by state forces on demonstrators: its agent is a state force and its
    patient the protesters or the crowd."""
    agents, patients = arguments(cue.head(doc))
    return any(classify(a) == STATE for a in agents) and any(classify(p) in (PROTESTER, CROWD) for p in patients)


#: Events of violence that, done by the demonstrators in another sentence, are their demonstration's.
CROWD_VIOLENCE_TYPES = frozenset({"Mob violence", "Attack", "Armed clash", "Looting/property destruction"})
#: Cues of that violence whose doers are read ("stormed the offices" is how a crowd protests, not violence).
CROWD_VIOLENCE_CUES = frozenset({*VIOLENCE, "CLASH", "ABDUCT", "DESTROY", "BURN", "LOOT"} - {"STORM"})
#: Words for the demonstrators whatever the demonstration called them ("running battles between mobs
#: and the police" after "riots").
CROWD_WORDS = frozenset({"mob", "crowd"})
#: Cues that tell a demonstration, whose doers are the demonstrators.
DEMONSTRATING_CUES = frozenset({"PROTEST", "RIOT", "LABOUR", "DEMAND", "GATHER", "BLOCK"})


def _crowd_violence_elsewhere(
    decisions: list[tuple[int, Decision]],
    demos: list[Decision],
    told: list[Decision],
    ctx: DocumentContext,
    classify: Classifier,
) -> list[Decision]:
    """Violence told in another sentence by the demonstrators themselves ("Second day of workers'
    protests at city hall. Some members of the group attacked a county official"; "a running battle
    between police and residents ... The residents were protesting"): the demonstration turned
    violent, and that violence is no event of its own. The demonstrators are the protest's own
    doers named again (the same noun), protesters or rioters, or "members of the group"; they must
    be the violence's own doers (its subject, its "by", a side "between", or the side a clash was
    "with"), not someone a claim or a passive leaves the act to. ``told`` are the demonstrations a
    demonstrating word tells (not a dispersal alone)."""
    doc = ctx.doc
    own = {a.lemma_.lower() for d in told for c in d.cues if c.cue in DEMONSTRATING_CUES for a in _doers(c.head(doc))}
    own |= CROWD_WORDS
    demo_sentences = {d.sentence for d in demos}
    after_demo = {ctx.sentence_index(d.sentence.start_char) + 1 for d in told}
    absorbed = []
    for index, decision in decisions:
        if decision in demos or decision.sub_event_type not in CROWD_VIOLENCE_TYPES:
            continue
        if decision.sentence in demo_sentences:
            continue
        if index in after_demo and _damage_by_no_one_named(decision, ctx):
            # "Prisoners demonstrated over a search of the cells. Chairs were burnt and property
            # destroyed": damage told next with no doer and no one else named is the crowd's
            absorbed.append(decision)
            continue
        for cue in decision.cues:
            if cue.cue not in CROWD_VIOLENCE_CUES or is_background(doc, cue) or is_reason(doc, cue):
                continue
            doers = _doers(cue.head(doc))
            if cue.cue == "CLASH":  # "The police engaged in running battle with the angry residents"
                sides = [c for c in cue.head(doc).children if c.dep_ == "prep" and c.lower_ == "with"]
                doers += [t for c in sides for t in _pobjs(c)]
            if any(
                classify(t) in (PROTESTER, RIOTER)
                or t.lemma_.lower() in own
                or _of_the(t, own | {"group"})
                or _named_like(t, own)
                for t in doers
            ) or (index in after_demo and _they_the_crowd(cue.head(doc), ctx.sentences[index - 1], own, classify)):
                absorbed.append(decision)
                break
    return absorbed


def _they_the_crowd(head: Token, before: Span, own: set[str], classify: Classifier) -> bool:
    """ "The students walked out to demand the head's removal. They beat up the deputy principal":
    the act's subject is "they" opening the sentence after the demonstration's, whose subject was
    the demonstrators."""
    verb = head.head if head.dep_ == "conj" else head  # "They beat up and injured"
    if not any(c.dep_ == "nsubj" and c.lower_ == "they" and c.i == c.sent.start for c in verb.children):
        return False
    subjects = [t for c in before.root.children if c.dep_ == "nsubj" for t in _conjoined(c)]
    return any(classify(t) in (PROTESTER, RIOTER, CROWD) or t.lemma_.lower() in own for t in subjects)


#: Cues of damage to property, which a passive may tell with no doer.
DAMAGE_CUES = frozenset({"BURN", "DESTROY", "LOOT"})


def _damage_by_no_one_named(decision: Decision, ctx: DocumentContext) -> bool:
    """The decision tells only damage, in the passive with no "by", and its sentence names no party."""
    if decision.sub_event_type != "Looting/property destruction" or not decision.cues:
        return False
    doc = ctx.doc
    for cue in decision.cues:
        head = cue.head(doc)
        verbs = [head, head.head] if head.dep_ == "conj" else [head]  # "burnt and property destroyed"
        passive = head.tag_ == "VBN" and any(_is_passive(v) for v in verbs)
        if cue.cue not in DAMAGE_CUES or not passive or any(c.dep_ == "agent" for c in head.children):
            return False
    sentence = decision.sentence
    return not ctx.actors_in(sentence.start_char, sentence.end_char)


def _elsewhere(decision: Decision, demonstration: Decision, ctx: DocumentContext) -> bool:
    """The decision's sentence names a place the demonstration's does not: another gathering."""

    def places(decision: Decision) -> set[str]:
        sentence = decision.sentence
        return {
            m.place.location
            for m in ctx.places
            if m.place is not None and sentence.start_char <= m.start < sentence.end_char
        }

    return bool(places(decision) - places(demonstration))


def _doers(head: Token) -> list[Token]:
    """Who does the act itself: a verb's subject or "by" agent, a noun's owner ("workers' protests")
    or "by" ("a demonstration by Keroka residents"), or the sides of "a battle between police and
    residents"."""
    head = engaging_verb(head) or head  # "supporters engaged in running battles with police"
    if head.pos_ in ("VERB", "AUX"):
        subjects = [t for c in head.children if c.dep_ == "nsubj" for t in _conjoined(c) if t.pos_ in ("NOUN", "PROPN")]
        return subjects + [t for c in head.children if c.dep_ == "agent" for t in _pobjs(c)]
    # "workers' protests": whose protest it is
    owners = [c for c in head.children if c.dep_ in ("poss", "compound") and c.pos_ in ("NOUN", "PROPN")]
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("between", "by")]
    if head.dep_ in ("nsubj", "nsubjpass"):
        # "running battles were witnessed between mobs and police": the parse hangs "between" on the verb
        preps += [c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "between"]
    return owners + [t for c in preps for t in _pobjs(c)]


def _named_like(token: Token, own: set[str]) -> bool:
    """ "NASA supporters" after "NASA demonstrations": people named for whoever the protest was of."""
    return any(c.dep_ in ("compound", "poss") and c.pos_ == "PROPN" and c.lemma_.lower() in own for c in token.children)


def _of_the(token: Token, own: set[str]) -> bool:
    """ "members of the group": the noun a part of the crowd is "of"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lemma_.lower() in own for p in c.children)
        for c in token.children
    )


def _riot_told_again(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    """A riot noun with a definite determiner: "the unrest", "this riot" (not "the rioters")."""
    return cue.cue == "RIOT" and _anaphoric(doc, cue) and classify(cue.head(doc)) is None


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
    told = [d for d in demos if any(c.cue in DEMONSTRATING_CUES for c in d.cues)]
    if all(_riot_told_again(ctx.doc, c, classify) for d in told for c in d.cues if c.cue in DEMONSTRATING_CUES):
        # "Supporters clashed at a convention. The unrest lasted two days": where only "the unrest"
        # or "the riot" tells of a crowd, it points back to the fight told before, no demonstration
        told = []
    absorbed = _crowd_violence_elsewhere(decisions, demos, told, ctx, classify) if told else []
    if absorbed:
        outcome = max(outcome, DEMONSTRATION_ORDER.index("Violent demonstration"))
        outcome_cues.extend(c for d in absorbed for c in d.cues)
    kept: list[tuple[int, Decision]] = []
    for index, decision in decisions:
        if any(decision is d for d in absorbed):
            continue
        if told and decision in demos and decision not in told and not _elsewhere(decision, told[0], ctx):
            # "Students violently protested. Police used tear gas to disperse the group": the
            # dispersal is the demonstration's, not a second one
            told[0].cues.extend(c for c in decision.cues if c not in told[0].cues)
            continue
        if decision.sub_event_type in ("Arrests", "Protest with intervention") or decision in demos:
            if decision not in demos:
                demos[0].cues.extend(decision.cues)
                continue
            if DEMONSTRATION_ORDER.index(decision.sub_event_type) < outcome:
                decision.sub_event_type = DEMONSTRATION_ORDER[outcome]
                decision.rule += "; outcome reported elsewhere in the text"
            # the intervention told of a demonstration already violent is still part of it
            decision.cues.extend(c for c in outcome_cues if c not in decision.cues)
        kept.append((index, decision))
    return kept
