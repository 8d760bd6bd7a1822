"""A demonstration takes the strongest outcome reported of it anywhere in the document; arrests and
interventions reported of it are part of it, not events of their own."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from frontlines.events.context import DocumentContext
from frontlines.events.lexicon import CROWD, PROTESTER, RIOTER, STATE, Cue
from frontlines.events.typing import Classifier, Decision, after_comma, arguments, is_background, is_reason

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
    """'Police arrested 12', '7 were detained', 'several were held': a count of people after the
    demonstration is told, who can only be demonstrators."""
    head = cue.head(doc)
    if head.pos_ == "NOUN" and any(c.dep_ == "nummod" or c.lower_ in QUANTIFIERS for c in head.children):
        return True  # "Six arrests reported", "several arrests"
    if head.pos_ == "NOUN" and head.tag_ == "NNS" and not any(c.dep_ in ("prep", "poss") for c in head.children):
        return True  # "Police made arrests", "Arrests reported": arrests of no one named
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
