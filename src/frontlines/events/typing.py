"""Decide ACLED sub-event types from the cues of a sentence, by the codebook's definitions.

The order of the rules is the codebook's: a prevented attack is not an attack; sexual violence
and agreements are named for what they are; territory changes come before the fighting around
them; remote violence is named by its method whatever the target; demonstrations by how they
end; an attack on armed forces is a battle, on unarmed people violence against civilians, by a
crowd of civilians mob violence. Each decision keeps the cues that made it, so the evidence can
say why.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from frontlines.datafiles import data_path, read_tsv
from frontlines.events.lexicon import ARMED, CIVILIAN, CROWD, PROTESTER, RIOTER, STATE, TARGET, UNKNOWN, Cue, Lexicon

Classifier = Callable[[Token], str | None]
#: Cues of violence done by people to people.
VIOLENCE = ("ATTACK", "STORM", "SHOOT", "KILL", "BEAT", "TORTURE", "HARM", "EXECUTE")
#: Cues whose decision may be the document's event even in a background phrase.
NEVER_BACKGROUND = frozenset({"PROTEST", "LABOUR"})
#: Participant classes of a crowd that may demonstrate.
CROWDS = frozenset({"crowd", "civilian", "protester", "rioter"})
#: Cues that report what an event did to people, not what happened.
EFFECT_CUES = frozenset({"KILL", "HARM", "BODY", "LETHAL"})
#: Cues of a fight between two sides, which the deaths in the same sentence may be the effect of.
FIGHT_CUES = ("CLASH", "EXCHANGE", "AMBUSH", "ATTACK", "SHOOT", "SHELL", "AIR", "BLAST", "IED")
#: Labels of named entities whose words are names, not events ("Chemical Weapons Convention").
NAME_LABELS = frozenset({"ORG", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"})
RULE_SAME_DAY_REVERSAL = "codebook:territory taken and lost within a day is a battle"
#: Phrases in a sentence that make a territory change a same-day reversal (codebook: a battle).
REVERSAL_PHRASES = ("hours earlier", "hours later", "same day", "later that day", "earlier that day")


@cache
def words(name: str) -> frozenset[str]:
    """A word set from ``data/events/wordsets.tsv``."""
    return _wordsets().get(name, frozenset())


@cache
def _wordsets() -> dict[str, frozenset[str]]:
    sets: dict[str, set[str]] = defaultdict(set)
    for _, row in read_tsv(data_path("events/wordsets.tsv"), required=("set", "word")):
        sets[row["set"]].add(row["word"].lower())
    return {k: frozenset(v) for k, v in sets.items()}


@dataclass
class Decision:
    """A sub-event type decided for one sentence, with the cues that decided it."""

    sub_event_type: str
    sentence: Span
    cues: list[Cue]
    rule: str
    confidence: float
    territory_agent: Token | None = None


# -- which cues count -------------------------------------------------------------------------


def live_cues(doc: Doc, cues: Iterable[Cue]) -> list[Cue]:
    """Drop cues that are names, negated, hypothetical or only threatened, and a fight for a cause."""
    return [
        c
        for c in cues
        if not _in_name(doc, c)
        and (c.pattern in NEGATED_CUES or not _is_irrealis(c.head(doc)))
        and not _fight_for_a_cause(doc, c)
    ]


def _fight_for_a_cause(doc: Doc, cue: Cue) -> bool:
    """ "an author who fought for peace and human rights": a campaign, not a battle (not "fought
    for control of the town")."""
    head = cue.head(doc)
    if cue.cue != "CLASH" or head.lemma_.lower() != "fight":
        return False
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "for"):
        if any(t.lemma_.lower() in words("cause_noun") for t in _pobjs(prep)):
            return True
    return False


#: Cue patterns whose negation is their meaning: "the grenade did not explode" is a disrupted attack.
NEGATED_CUES = frozenset({"did not explode", "did not detonate", "failed to explode", "failed to detonate"})


def _in_name(doc: Doc, cue: Cue) -> bool:
    token = doc[cue.start]
    if all(t.is_lower for t in doc[cue.start : cue.end]):
        return False  # a name's words are capitalised: "suicide bombers" in "Islamic State suicide bombers"
    if token.ent_type_ in NAME_LABELS and token.ent_iob_ != "O" and doc[cue.end - 1].ent_type_ in NAME_LABELS:
        return True
    # "the Chemical Weapons Convention", "the Suicide Prevention Day": capitalised words before a
    # head noun of names, whether or not the model tagged them.
    end = cue.end
    while end < len(doc) and doc[end].is_title and doc[end].lower_ not in words("name_head"):
        end += 1
    capitalised = all(t.is_title or t.is_upper for t in doc[cue.start : end]) and not token.is_sent_start
    return capitalised and end < len(doc) and doc[end].is_title and doc[end].lower_ in words("name_head")


#: Nouns whose object is forbidden, not done: "a ban on all marches and protests".
BAN_NOUNS = frozenset({"ban", "prohibition", "moratorium"})


def _banned(token: Token) -> bool:
    for t in list(token.ancestors)[:6]:
        if t.pos_ == "VERB":
            break
        if t.lemma_.lower() in BAN_NOUNS:
            return True
    if token.pos_ not in ("NOUN", "PROPN"):
        return False  # "despite the ban on protests, thousands marched": the march is done
    # the parser often hangs "on ..." on the verb: read "ban on all forms of marches" in the words
    start = max(token.sent.start, token.i - 8)
    window = token.doc[start : token.i]
    for i, t in enumerate(window):
        if t.lemma_.lower() in BAN_NOUNS and i + 1 < len(window) and window[i + 1].lower_ in ("on", "of"):
            return not any(w.pos_ == "VERB" for w in window[i + 1 :])
    return False


def _is_irrealis(token: Token) -> bool:
    if _banned(token):
        return True
    chain = [token]
    current = token
    while current.head.i != current.i and len(chain) < 4 and current.pos_ != "VERB":
        current = current.head
        chain.append(current)
    governor = chain[-1].head
    if governor.i != chain[-1].i and governor.pos_ == "VERB" and not _reported_after(chain[-1], governor):
        chain.append(governor)
    if chain[-1].dep_ == "acl" and governor.lemma_.lower() in words("modal_noun"):
        return True  # "asked permission to resume air strikes", "plans to attack the city"
    for t in chain:
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in words("future_aux") for c in t.children):
            return True
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in token.children):
        return True
    if any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in token.children):
        return True  # "nobody was killed", "no one was hurt" (not the attack in which no one was)
    if token.dep_ == "pobj" and token.head.lower_ == "without":
        return True  # "entered the town without a fight"
    denied = any(t.lemma_.lower() == "deny" and prev.dep_ == "ccomp" for prev, t in pairwise(chain))
    governed = any(
        t.lemma_.lower() in words("modal_governor")
        and prev.dep_ not in ("nsubj", "nsubjpass", "agent", "conj")
        and not _feared_toll(t)
        and not _reported_after(prev, t)  # "Students riot - demanding the resignation of..."
        for prev, t in pairwise(chain)
    )  # "protesters demanded ..." is a protest; "they demanded an attack" is not an attack
    return denied or governed


def _feared_toll(token: Token) -> bool:
    """ "Four officers are feared dead following an attack": a likely toll of an attack that
    happened, not an attack someone fears."""
    if token.lemma_.lower() != "fear":
        return False
    passive = token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)
    return passive or any(c.lower_ in ("dead", "killed") for c in token.children)  # "officers feared dead"


def _nobody(token: Token) -> bool:
    """ "nobody", "none", "no one"."""
    no_one = token.lower_ == "one" and token.i > 0 and token.doc[token.i - 1].lower_ == "no"
    return no_one or token.lower_ in ("nobody", "none", "noone")


#: Nouns whose 'for' phrase names the event itself, not its cause.
CLAIM_NOUNS = frozenset({"responsibility", "credit", "blame", "claim"})


def _reported_after(clause: Token, governor: Token) -> bool:
    """'X was attacked - details not specified', 'X was killed, police said': a clause told first
    and commented on after a dash or comma keeps its own mood."""
    if clause.i > governor.i:
        return False
    doc = clause.doc
    if any(t.text in CLAUSE_BREAKS for t in doc[clause.right_edge.i + 1 : governor.i]):
        return True
    # "1 killed in clashes, FATALITY: ACTOR NOT SPECIFIED": the break the parser hung on the clause
    return any(
        t.text in CLAUSE_BREAKS and t.head.i == clause.i and t.i > clause.i for t in doc[clause.i + 1 : governor.i]
    ) and any(c.dep_ in ("nsubj", "nsubjpass") and c.i > clause.i for c in governor.children)


#: Punctuation that closes a told clause before a comment on it.
CLAUSE_BREAKS = frozenset({"-", "\u2013", "\u2014", ";", ":", ","})


def is_background(doc: Doc, cue: Cue) -> bool:
    """True where the cue sits in a phrase that gives background ('following the capture of')."""
    head = cue.head(doc)
    if _gerund_in_phrase_before(head):
        return True  # "arrest X for kidnapping and torturing two women", "torturing" hung on "arrest"
    below = head
    for t in head.ancestors:
        if t.dep_ == "prep" and t.lower_ == "for" and t.head.lemma_.lower() in CLAIM_NOUNS:
            return False  # "claimed responsibility for the killing": the event itself
        if t.dep_ == "prep" and t.lower_ in words("background_prep"):
            if t.lower_ == "before" and below.tag_ == "VBG" and below.dep_ == "pcomp" and _has_object(below):
                return False  # "demanded photos before shooting him dead": what they did next to someone
            if t.lower_ in ("after", "following") and t.head.lemma_.lower() in words("treatment_verb"):
                return False  # "were treated in hospital after being raped": the harm is the news
            # (not "Al-Shabab is believed to be behind the murder": that is the event)
            return t.lower_ != "behind" or t.head.lemma_.lower() != "be"
        if t.dep_ == "prep" and t.lower_ in ("in", "of", "for") and _charged_person(t.head):
            return True  # "another suspect in the bombing is arrested": the bombing is the charge
        if (
            t.dep_ == "prep"
            and t.lower_ == "in"
            and any(c.dep_ == "dobj" and _charged_person(c) for c in t.head.children)
        ):
            return True  # "police arrested a suspect in the bombing", the parse hanging "in" on the verb
        if t.lower_ in ("connection", "context") or (t.lower_ in ("retaliation", "response") and t.head.lower_ == "in"):
            return True
        if t.pos_ == "VERB" and t.dep_ == "pcomp" and t.head.lower_ == "for":
            below = t  # "sentenced for inciting violence at rallies": the gerund is inside the 'for'
            continue
        if t.pos_ == "VERB" and t.dep_ == "relcl":
            below = t  # "the bombing which killed 209 and injured 714": the clause describes the noun
            continue
        if t.pos_ == "VERB":
            # "convicted twelve men for their roles in the bombing": a court tells a past event
            # (not "sentenced to death and executed": the execution is done)
            return t.lemma_.lower() in words("judicial_verb") and below.dep_ == "prep"
        below = t
    return False


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def _gerund_in_phrase_before(token: Token) -> bool:
    """A gerund joined by "and" to the end of a background phrase whose head the parser took for
    its own: in "arrest X for kidnapping and torturing two women", "torturing" belongs to "for"."""
    if token.dep_ != "conj" or token.tag_ != "VBG" or token.i < 2 or token.nbor(-1).lower_ not in ("and", "or"):
        return False
    before = token.nbor(-2)
    return any(
        t.dep_ == "prep" and t.lower_ in words("background_prep") and token.head.i < t.i < token.i
        for t in [before, *before.ancestors]
    )


def _charged_person(token: Token) -> bool:
    """A noun for whom an act is charged ("a suspect", "the perpetrators"); not "are suspected of
    burning down two dorms", where the act is the event."""
    return token.pos_ == "NOUN" and token.lemma_.lower() in words("charged_person")


def _judged(doc: Doc, cue: Cue) -> bool:
    """'sentenced for inciting violence at rallies': a court's verdict tells of the protest."""
    below = cue.head(doc)
    for t in below.ancestors:
        if t.pos_ == "VERB" and t.dep_ != "pcomp":
            return t.lemma_.lower() in words("judicial_verb") and below.dep_ == "prep"
        below = t
    return False


def _foreground(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """The sentence's cues without background phrases, unless nothing else is left."""
    fore = [c for c in cues if (c.cue in NEVER_BACKGROUND and not _judged(doc, c)) or not is_background(doc, c)]
    if not fore:
        return []  # "police seek a suspect in connection with the killing": only background
    acts = [c for c in fore if c.cue in VIOLENCE or c.cue in EFFECT_CUES]
    background = [c for c in cues if c not in fore]
    if acts and all(c.cue in EFFECT_CUES for c in acts) and (len(acts) == len(fore) or _has(background, *FIGHT_CUES)):
        # "ten people were killed following clashes", "a man was killed after exchanging fire
        # with police during a patrol": the deaths are the background event's.
        return cues
    return fore


# -- who is involved --------------------------------------------------------------------------


RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
#: Verbs whose object is the agent of the verb they govern: "X helped Y push back Z".
HELP_VERBS = frozenset({"help", "assist", "aid", "support", "enable"})


def arguments(head: Token) -> tuple[list[Token], list[Token]]:
    """Agent-side and patient-side noun heads of a cue, from the dependency parse."""
    agents: list[Token] = []
    patients: list[Token] = []
    verb = head if head.pos_ in ("VERB", "AUX") else None
    if verb is None and head.dep_ in ("dobj", "pobj", "nsubj", "attr", "compound") and head.head.pos_ == "VERB":
        verb = head.head
    if verb is not None:
        _verb_arguments(verb, agents, patients)
        children = {c.dep_ for c in verb.children}
        if "auxpass" in children and "nsubjpass" not in children:
            patients.extend(_inherited_subject(verb))  # "youths blocked roads and were dispersed by police"
        elif not agents:
            agents.extend(_inherited_subject(verb))
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            # "the camp that had been seized by IS": the relative pronoun stands for the camp.
            relatives = [t for t in patients + agents if t.lower_ in RELATIVE_PRONOUNS]
            patients[:] = [t for t in patients if t not in relatives]
            agents[:] = [t for t in agents if t not in relatives]
            (agents if any(r.dep_ == "nsubj" for r in relatives) else patients).append(verb.head)
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against", "targeting", "upon"):
            patients.extend(_pobjs(child))
        elif child.dep_ == "prep" and child.lower_ == "by":
            agents.extend(_pobjs(child))
        elif child.dep_ in ("poss", "compound", "amod"):
            agents.append(child)
    if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        patients.append(head.head)
    return agents, patients


def _inherited_subject(verb: Token) -> list[Token]:
    """The subject a subjectless verb takes from the clause it hangs from ('was able to retake')."""
    current = verb
    for _ in range(3):
        if current.dep_ not in ("xcomp", "ccomp", "advcl", "conj", "acomp") or current.head.i == current.i:
            return []
        governor = current.head
        if governor.lemma_.lower() in HELP_VERBS:
            helped = [t for c in governor.children if c.dep_ == "dobj" for t in _conjoined(c)]
            if helped:
                return helped
        subjects = [t for c in governor.children if c.dep_ in ("nsubj", "nsubjpass") for t in _conjoined(c)]
        if subjects:
            return subjects
        current = governor
    return []


#: Verbs that always take the harmed as object: with a subject and no object, in a headline's
#: reduced passive ("Forty warriors killed in a raid", "5 members shot dead"), the subject suffers.
HARM_VERBS = frozenset({"kill", "shoot", "injure", "wound", "behead", "abduct", "kidnap", "stab", "hack", "lynch"})


def headline_passive(verb: Token) -> bool:
    """'Forty Jie warriors killed in attempted raid': a harm verb in the past participle or past
    form with a subject, no object and no auxiliary, as headlines drop 'were'."""
    if verb.lemma_.lower() not in HARM_VERBS or verb.tag_ not in ("VBN", "VBD"):
        return False
    children = list(verb.children)
    if any(c.dep_ in ("dobj", "aux", "auxpass", "agent", "ccomp", "xcomp") for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    # a count or people word as subject ("5 members", "Forty warriors"), never a named force alone
    if any(any(g.dep_ == "nummod" or g.like_num for g in s.children) or s.like_num for s in subjects):
        return True
    # "Kenyan police reservist shot dead while patrolling", "Police officers killed when responding":
    # a main verb that takes an object has none; "shot" only with "dead" ("police shot in the air")
    if verb.dep_ != "ROOT" or any(s.lower_ in ("who", "that", "which") for s in subjects):
        return False
    if any(c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in children):
        return False  # "gunmen killed and injured 5 people": the object is shared
    if any(c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "toward", "towards") for c in children):
        return False
    return verb.lemma_.lower() != "shoot" or any(c.lower_ == "dead" for c in children)


def _verb_arguments(verb: Token, agents: list[Token], patients: list[Token]) -> None:
    headline = headline_passive(verb)
    for child in verb.children:
        if child.dep_ == "nsubj":
            (patients if headline else agents).extend(_conjoined(child))
        elif child.dep_ in ("dobj", "nsubjpass"):
            patients.extend(_conjoined(child))
        elif child.dep_ == "agent":
            agents.extend(_pobjs(child))
        elif child.dep_ == "prep" and child.lower_ in ("on", "against", "at", "upon", "targeting"):
            patients.extend(_pobjs(child))


def _pobjs(prep: Token) -> list[Token]:
    return [t for p in prep.children if p.dep_ == "pobj" for t in _conjoined(p)]


def _conjoined(token: Token) -> list[Token]:
    return [token, *token.conjuncts]


def unarmed_status(token: Token) -> bool:
    """A word that makes a soldier or a policeman a civilian: former, retired, off-duty, "off duty"."""
    if token.lower_ in words("civilian_modifier"):
        return True
    if token.lower_ != "duty" or token.i == 0:
        return False
    before = token.nbor(-1)
    return before.lower_ == "off" or (before.text == "-" and token.i > 1 and token.nbor(-2).lower_ == "off")


def _off_duty(noun: Token) -> bool:
    """'an off duty soldier', 'an off-duty intelligence officer': the parser hangs the words
    anywhere left of the noun."""
    return any(t.lower_ == "duty" and unarmed_status(t) for t in noun.subtree if t.i < noun.i)


def classes_of(tokens: Iterable[Token], classify: Classifier) -> set[str]:
    """The participant classes of noun heads, looking into modifiers and 'of' phrases."""
    out: set[str] = set()
    for token in tokens:
        modifiers = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod")]
        if any(unarmed_status(c) for c in modifiers) or _off_duty(token):
            out.add(CIVILIAN)
            continue
        cls = classify(token)
        if cls is None:
            cls = next((m for c in modifiers if (m := classify(c))), None)
        if cls in (None, TARGET):
            of_objects = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)]
            cls = next((m for p in of_objects if (m := classify(p))), cls)
        if cls is None and token.ent_type_ == "PERSON":
            cls = CIVILIAN
        if cls:
            out.add(cls)
    return out


def _sides_by_position(doc: Doc, cue: Cue, sentence: Span, classify: Classifier) -> tuple[set[str], set[str]]:
    """Where the parse gives no arguments: classes named before the cue act, those after it suffer;
    before a passive verb they suffer it ("in Culiacan, Sinaloa, a man and a woman were found dead",
    where the parse hung the two on the place names)."""
    blamed = {t.i for t in sentence if _blamed(t)}
    before = {c for t in sentence if t.i < cue.start and t.i not in blamed and (c := classify(t))}
    after = {c for t in sentence if t.i >= cue.end and t.i not in blamed and (c := classify(t))}
    named = {c for t in sentence if t.i in blamed and (c := classify(t))}
    if any(c.dep_ == "auxpass" for c in cue.head(doc).children):
        return after | named, before
    return before | named, after


#: Words by which a report names whom it blames: "attacks linked to armed groups", "blamed on bandits".
BLAME_WORDS = frozenset({"link", "blame", "attribute", "tie", "connect"})


def _blamed(token: Token) -> bool:
    """The word stands in a phrase that names who is blamed ("linked to armed groups from
    Uganda", "blamed on bandits", "by gunmen"), wherever it stands in the sentence."""
    for t in token.ancestors:
        if t.dep_ == "agent":
            return True
        if t.dep_ == "prep" and t.lower_ in ("to", "on") and t.head.lemma_.lower() in BLAME_WORDS:
            return True
    return False


# -- the decision -----------------------------------------------------------------------------


def decide(
    doc: Doc, sentence: Span, cues: list[Cue], lexicon: Lexicon, classify: Classifier, cause_only: bool = False
) -> list[Decision]:
    """The sub-event decisions for one sentence: territory changes, then the main event. With
    ``cause_only`` (a report that tells no event of its own), the attack a sentence gives as the
    cause of what it reports is read ("security was beefed up following an attack on a village")."""
    if not cause_only:
        return _decide(doc, sentence, _foreground(doc, cues), classify)
    cues = _violence_as_cause(doc, cues)
    if not cues:
        return []
    reading = _READING_CAUSES.set(True)
    try:
        return _decide(doc, sentence, cues, classify)
    finally:
        _READING_CAUSES.reset(reading)


def _decide(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> list[Decision]:
    if not cues or _is_sport_talk(sentence, cues, classify):
        return []
    decisions = _territory(doc, sentence, cues, classify)
    used = {id(c) for d in decisions for c in d.cues}
    rest = [c for c in cues if id(c) not in used]
    main = _main_event(doc, sentence, rest, classify) if rest else None
    fire = _pick(main.cues, "AIR", "SHELL") if main is not None else []
    if decisions and fire and all(_in_support(doc, c) for c in fire):
        main = None  # "fighters, backed by air strikes, retook the villages": the strikes support the taking
    if main is not None and not (decisions and main.sub_event_type == "Armed clash" and not _has(main.cues, "CLASH")):
        decisions.append(main)
    return decisions


#: Prepositions that put an event before what a sentence reports: "fled following the killing of".
CAUSE_PREPOSITIONS = frozenset({"after", "following"})
#: Set while ``decide`` reads the violence a sentence gives as a cause: its "following" is then no
#: reason for a protest, and its background phrases are what is read.
_READING_CAUSES: ContextVar[bool] = ContextVar("frontlines_reading_causes", default=False)


def _violence_as_cause(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """The violent cues of phrases that give the cause of what a sentence reports ("following an
    attack on a Turkana village by armed raiders", "after a grenade attack on a bus"), with the
    cues inside them; none when the sentence has a violent cue of its own."""
    violent = {*VIOLENCE, *FIGHT_CUES, "GRENADE", "SUICIDE"}
    if any(c.cue in violent and not is_background(doc, c) for c in cues):
        return []
    caused = [c for c in cues if _under_cause_preposition(c.head(doc))]
    return caused if any(c.cue in violent for c in caused) else []


def _under_cause_preposition(token: Token) -> bool:
    """In "following an attack", "after a grenade attack", "after they were attacked"."""
    for t in [token, *token.ancestors][:4]:
        if t.dep_ in ("pobj", "pcomp", "dobj") and t.head.lower_ in CAUSE_PREPOSITIONS:
            return True
        if t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CAUSE_PREPOSITIONS for c in t.children):
            return True
    return False


def _has(cues: Iterable[Cue], *names: str) -> bool:
    return any(c.cue in names for c in cues)


def _pick(cues: list[Cue], *names: str) -> list[Cue]:
    return [c for c in cues if c.cue in names]


def _object_words(doc: Doc, cue: Cue) -> set[str]:
    _, patients = arguments(cue.head(doc))
    found = {t.lemma_.lower() for p in patients for t in p.subtree}
    return found | {t.lower_ for p in patients for t in p.subtree}


def _object_core_words(doc: Doc, cue: Cue) -> set[str]:
    """The object noun, its modifiers and what it is 'of' ("3 tons of marijuana"), not where or when
    ("hidden in a truck during a highway inspection")."""
    _, patients = arguments(cue.head(doc))
    core = []
    for noun in patients:
        core += [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod", "nmod"))]
        for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"):
            for obj in _pobjs(prep):
                core += [obj, *(c for c in obj.children if c.dep_ in ("compound", "amod"))]
    return {t.lemma_.lower() for t in core} | {t.lower_ for t in core}


def _is_place_object(doc: Doc, cue: Cue) -> bool:
    """The cue's object is ground: a named place, or a noun such as town, area or positions
    (with its 'of' phrase: "control of the town"), not goods or people taken there."""
    head = cue.head(doc)
    agents, patients = arguments(head)
    if _falls(cue):
        patients = agents  # "These areas have fallen into the hands of IS": the subject is the ground
    if head.lemma_.lower() == "control" and head.pos_ == "NOUN":
        patients = [*patients, head]  # "The Taliban seize control of Kunduz", "seize" tagged a noun
    scope = [t for p in patients for t in _noun_core(p)]
    if any(p.lemma_.lower() == "control" for p in patients):
        # "regained control over the areas": the parser may hang the place on the verb
        scope += [
            t
            for c in head.children
            if c.dep_ == "prep" and c.lower_ in ("of", "over")
            for p in _pobjs(c)
            for t in _noun_core(p)
        ]
    if not patients:
        scope = [t for t in cue.head(doc).children if t.dep_ in ("dobj", "attr", "oprd")]
        scope += [g for t in scope for g in _noun_core(t)]
    return any(t.ent_type_ in ("GPE", "LOC", "FAC") or t.lemma_.lower() in words("territory") for t in scope)


def _forced(doc: Doc, cue: Cue) -> bool:
    """A withdrawal someone forced: "forcing Saudi forces to pull out of the area"."""
    return any(t.lemma_.lower() in ("force", "compel", "drive") for t in list(cue.head(doc).ancestors)[:2])


def _falls(cue: Cue) -> bool:
    """ "fell to the rebels", "has fallen into the hands of IS": the place is the subject."""
    return cue.pattern.startswith(("fall", "fell"))


def _noun_core(noun: Token) -> list[Token]:
    """A noun with its compounds and modifiers, and the head of its 'of'/'over' phrase, recursively."""
    core = [noun]
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "appos"):
            core.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "over"):
            core.extend(t for p in _pobjs(child) for t in _noun_core(p))
    return core


def _territory(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> list[Decision]:
    lowered = sentence.text.lower()
    reversal = any(p in lowered for p in REVERSAL_PHRASES)
    out: list[Decision] = []
    for cue in _pick(cues, "CAPTURE", "RECAPTURE", "SEIZE", "ENTER", "WITHDRAW", "HANDOVER", "STORM"):
        head = cue.head(doc)
        if head.dep_ in ("amod", "acl") or (head.dep_ == "pcomp" and head.head.lower_ == "from"):
            # "occupied Kashmir" names a place, "a town retaken by government forces" describes one;
            # "prevented them from entering" did not happen
            continue
        if _object_core_words(doc, cue) & words("building"):
            continue  # storming an office or occupying a factory is an attack or a protest, not ground
        if cue.cue == "WITHDRAW" and _object_core_words(doc, cue) & words("materiel"):
            continue  # "withdrew a number of fighter planes from its airbase": arms moved, no ground handed
        if cue.cue == "WITHDRAW" and _forced(doc, cue):
            continue  # "forcing Saudi forces to pull out of the area": the loser's retreat, part of a taking
        if reversal or any(c.lower_ in words("brief") for c in head.children):
            # "briefly captured Handarat ... but lost it the same day", "retook the villages after
            # losing control of them hours earlier": ground taken and lost within a day is a battle
            taken = cue.cue in ("CAPTURE", "RECAPTURE", "SEIZE", "STORM", "ENTER")
            if taken and (_is_place_object(doc, cue) or _has_place_prep(head)) and not out:
                out.append(Decision("Armed clash", sentence, [cue], RULE_SAME_DAY_REVERSAL, 0.7))
            continue
        decision = _territory_decision(doc, sentence, cues, cue, classify)
        if decision is not None:
            out.append(decision)
    return out


def _territory_decision(doc: Doc, sentence: Span, cues: list[Cue], cue: Cue, classify: Classifier) -> Decision | None:
    place = _is_place_object(doc, cue) or (
        cue.cue in ("WITHDRAW", "HANDOVER", "RECAPTURE", "ENTER") and _has_place_prep(cue.head(doc))
    )
    fighting = _has(cues, "CLASH", "AMBUSH", "ATTACK", "SHELL", "AIR", "SHOOT", "SMALLARMS")
    forced = any(_forced(doc, c) for c in _pick(cues, "WITHDRAW"))  # "forcing Saudi forces to pull out"
    if cue.cue in ("WITHDRAW", "HANDOVER") or (
        cue.cue == "CAPTURE" and _has(cues, "WITHDRAW") and not fighting and not forced
    ):
        if fighting or not place:
            return None
        rule = "codebook:territory changes hands without fighting"
        return Decision("Non-violent transfer of territory", sentence, [cue], rule, 0.6)
    if cue.cue in ("SEIZE", "ENTER", "CAPTURE", "STORM") and not place:
        return None
    if cue.cue in ("CAPTURE", "ENTER") and not fighting and WITHOUT_FIGHTING.search(doc.text):
        # "Al Shabaab overtook the village ... No violence was reported"
        rule = "codebook:territory taken with no fighting, as the text says"
        return Decision("Non-violent transfer of territory", sentence, [cue], rule, 0.6)
    if cue.cue == "STORM" and STATE in classes_of(arguments(cue.head(doc))[0], classify):
        return None  # state forces storming a town are raiding it, not taking it
    if cue.cue == "RECAPTURE" and not (place or _pushes_back_armed(doc, cue, classify)):
        return None
    if cue.cue == "ENTER" and not fighting:
        return None
    agents, _ = arguments(cue.head(doc))
    if _falls(cue):  # "fell to the rebels", "fallen into the hands of IS": the taker follows
        agents = [t for t in cue.head(doc).subtree if t.dep_ == "pobj" and t.head.lower_ in ("to", "of")][-1:]
    agent_class = classes_of(agents, classify)
    if agent_class and not agent_class & {STATE, ARMED, UNKNOWN}:
        return None  # protesters occupying a square, prisoners seizing a wing: not armed conquest
    if STATE in agent_class:
        sub, who = "Government regains territory", "state"
    elif agent_class & {ARMED, UNKNOWN} or not agent_class:
        sub, who = "Non-state actor overtakes territory", "non-state"
    else:
        return None
    agent = agents[0] if agents else None
    rule = f"codebook:territory taken ({cue.pattern}) by a {who} actor"
    return Decision(sub, sentence, [cue], rule, 0.85, territory_agent=agent)


def _pushes_back_armed(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    _, patients = arguments(cue.head(doc))
    return bool(classes_of(patients, classify) & {ARMED, STATE, UNKNOWN}) or any(
        t.ent_type_ in ("ORG", "NORP") for p in patients for t in p.subtree
    )


def _has_place_prep(head: Token) -> bool:
    preps = [c for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "in", "of", "into")]
    # "pulled out of the areas": the parse hangs "of" on "out"
    preps += [
        g for c in head.children if c.lower_ == "out" for g in c.children if g.dep_ == "prep" and g.lower_ == "of"
    ]
    return any(
        g.ent_type_ in ("GPE", "LOC", "FAC") or g.lemma_.lower() in words("territory") for c in preps for g in c.subtree
    )


def _main_event(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    if _is_accident(doc, cues):
        return None
    for rule in RULES:
        decision = rule(doc, sentence, cues, classify)
        if decision is not None:
            return decision
    return None


def _done_to(verb: Token) -> bool:
    """The act has someone it is done to: an object, or a passive subject ("was shot dead")."""
    return _has_object(verb) or any(c.dep_ == "nsubjpass" for c in verb.children)


#: Acts only people do to someone, which no accident does: "set ablaze a driver", "beat a man".
HANDS_ON = frozenset({"BURN", "BEAT", "MOB", "TORTURE", "SHOOT", "ABDUCT", "SEXUAL"})
#: First words of killings done by hand: "shot dead", "stabbed", "hacked to death".
HANDS_ON_KILLINGS = frozenset({"shot", "shoot", "stab", "stabbed", "hack", "hacked", "beat", "stone", "stoned", "gun"})


def _hands_on(cue: Cue) -> bool:
    return cue.cue in HANDS_ON or (cue.cue == "KILL" and cue.pattern.split()[0] in HANDS_ON_KILLINGS)


def _is_accident(doc: Doc, cues: list[Cue]) -> bool:
    """An explosion or deaths in an accident (a crash, a tanker, a gas leak) is not political violence;
    an accident that describes someone ("set ablaze a driver that killed a rider in an accident")
    is only the reason for what was done to them."""
    accidents = [c for c in cues if c.cue == "ACCIDENT"]
    if not accidents:
        return False
    done_to_someone = any(_hands_on(c) and not in_description(c.head(doc)) and _done_to(c.head(doc)) for c in cues)
    if done_to_someone and all(in_description(c.head(doc)) or is_background(doc, c) for c in accidents):
        return False  # ("shot dead by police as he was assisting victims following a road accident")
    deliberate = ("ATTACK", "SHOOT", "IED", "SUICIDE", "AIR", "SHELL", "CLASH", "EXECUTE", "PROTEST", "RIOT", "RIOTACT")
    return not _has(cues, *deliberate)


def rule_disrupted(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """An attack prevented: a bomb defused, a drone downed, a weapons cache seized."""
    sentence_words = {t.lower_ for t in sentence} | {t.lemma_.lower() for t in sentence}
    for cue in _pick(cues, "DISRUPT"):
        if _object_words(doc, cue) & words("weapon") or sentence_words & words("weapon"):
            rule = "codebook:attack prevented (defused, intercepted, foiled)"
            return Decision("Disrupted weapons use", sentence, [cue], rule, 0.75)
    for cue in _pick(cues, "DESTROY"):
        if _object_core_words(doc, cue) & words("explosive_object") and not _has(cues, "KILL", "HARM", "SHOOT"):
            # "engineering units are dismantling explosive devices and landmines left behind"
            rule = "codebook:explosives destroyed or dismantled before use"
            return Decision("Disrupted weapons use", sentence, [cue], rule, 0.6)
    if _has(cues, "KILL", "SHOOT", "HARM", "EXECUTE", "CLASH", "EXCHANGE"):
        return None  # "killed four militants and recovered weapons": the fight is the event
    for cue in _pick(cues, "SEIZE", "CACHE"):
        if cue.cue == "CACHE" or _object_words(doc, cue) & words("weapon"):
            rule = "codebook:weapons seized or cache found"
            return Decision("Disrupted weapons use", sentence, [cue], rule, 0.6)
    return None


def rule_sexual(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Sexual violence is named for what it is, whatever else happened."""
    found = _pick(cues, "SEXUAL")
    return Decision("Sexual violence", sentence, found, "codebook:sexual violence", 0.8) if found else None


def rule_agreement(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Rival actors agree: a ceasefire reached, a deal signed, hostages or prisoners released."""
    said = [c for c in _pick(cues, "AGREE") if not _agreement_aside(doc, c)]
    agree = [c for c in said if _agreed(doc, c)]
    agree += [c for c in _pick(cues, "SURRENDER") if classes_of(arguments(c.head(doc))[0], classify) & {ARMED, STATE}]
    if agree or (said and _has(cues, "SIGN")):
        found = agree + _pick(cues, "SIGN")
        return Decision("Agreement", sentence, found, "codebook:rival actors agree (ceasefire, deal)", 0.7)
    for cue in _pick(cues, "RELEASE"):
        freed = _object_words(doc, cue)
        traded = any(t.lemma_.lower() in ("exchange", "swap") for t in sentence)
        if freed & words("hostage") or (freed & words("prisoner") and traded):
            # captors free hostages on terms agreed with the other side; prisoners traded both ways
            return Decision("Agreement", sentence, [cue], "codebook:hostages released or prisoners exchanged", 0.6)
        if freed & words("prisoner") and not _has(cues, "STORM", "ATTACK", "KILL", "SHOOT", "CLASH"):
            # a government frees its prisoners, even "to advance the peace process": no agreement
            # between rivals is told, so the codebook's residual type holds it (not "insurgents
            # stormed a prison, killing four guards and freeing 350 prisoners": a jailbreak by force)
            return Decision("Other", sentence, [cue], "codebook:prisoners released by one side", 0.5)
    return None


def _agreement_aside(doc: Doc, cue: Cue) -> bool:
    """An agreement that is not the event: a purpose ("to advance the peace deal"), a description
    ("who had accepted the reconciliation agreement", "which was agreed by the authorities", "as
    agreed with"), or what people protest about ("against brokers' deals")."""
    head = cue.head(doc)
    if is_reason(doc, cue) or in_description(head):
        return True
    for token in (head, *head.ancestors):
        purpose = token.dep_ == "advcl" and any(c.lower_ in ("to", "as") for c in token.children)
        if token.dep_ in ("relcl", "xcomp") or purpose:
            return True
        if token.pos_ == "VERB" and token.dep_ not in ("conj",):
            break
    return False


def _agreed(doc: Doc, cue: Cue) -> bool:
    head = cue.head(doc)
    if head.pos_ == "VERB":
        return True
    return head.head.lemma_.lower() in words("agree_governor")


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


#: Rules whose decisions the event's fields default differently from their sub-event type.
RULE_REMNANT = "codebook:an explosive remnant of a past war is a strategic development"
RULE_RIOTING_CROWDS = "codebook:rioting crowds fighting each other, not a demonstration, are mob violence"
RULE_UNORGANISED_CLASH = "codebook:clashes of unorganised groups (communities, supporters) are mob violence"
RULE_CIVILIANS_CLASH = "codebook:civilians who fight each other or the police are rioters, not armed groups"
#: Crowds fighting crowds: rioters on both sides.
CROWD_CLASH_RULES = frozenset({RULE_RIOTING_CROWDS, RULE_UNORGANISED_CLASH, RULE_CIVILIANS_CLASH})

#: An explosive left from a war that is over: "a rocket believed to be leftover from the civil war",
#: "a landmine laid during the Iran-Iraq War", "unexploded ordnance".
REMNANT = re.compile(
    r"\b(?:left ?-?over|remnants? of (?:the )?war|unexploded|uxo|laid during|dating (?:back )?(?:from|to)"
    r"|from the (?:\w+ )?(?:civil )?war\b|where fighting (?:had )?(?:occurred|took place) (?:in the past|in the \d{4}s)"
    r"|decades-old)",
    re.IGNORECASE,
)
#: The text says a place changed hands peacefully: "no violence was reported", "without a fight".
WITHOUT_FIGHTING = re.compile(
    r"\b(?:no (?:violence|fighting|clash(?:es)?|resistance|shots?)|without (?:a fight|any fight\w*|fighting|"
    r"resistance|violence|a shot))\b",
    re.IGNORECASE,
)
#: Shots fired at no one: "fired warning shots", "fired shots in the air".
IN_THE_AIR = re.compile(r"\bwarning shots?\b|\b(?:in|into) the air\b", re.IGNORECASE)
#: Violence that displacement follows: "evacuated following the eruption of hostilities".
DISPLACING = re.compile(
    r"\b(?:clash\w*|fighting|hostilities|attack\w*|violence|shelling|bombing|offensive|war-affected|conflict)\b",
    re.IGNORECASE,
)


def rule_other(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Strategic developments of the codebook's 'Other': shots fired at no one; people displaced by
    violence the sentence tells only as the cause ("evacuated following clashes")."""
    shots = _pick(cues, "SHOOT", "SMALLARMS")
    harm = _has(cues, "KILL", "HARM", "BEAT", "EXECUTE", "LETHAL", "BODY", "ATTACK", "CLASH", "EXCHANGE")
    if shots and not harm and IN_THE_AIR.search(sentence.text):
        return Decision("Other", sentence, shots, "codebook:shots fired in the air, at no one", 0.5)
    displaced = _pick(cues, "DISPLACE")
    violent = _has(cues, *VIOLENCE, *FIGHT_CUES, "KILL")
    if displaced and not violent and DISPLACING.search(sentence.text):
        rule = "codebook:displacement caused by violence told as background"
        return Decision("Other", sentence, displaced, rule, 0.45)
    moving = [c for c in _pick(cues, "RETURN", "DISPLACE", "MOVE") if _moves_displaced_people(doc, c)]
    if moving and not violent:
        rule = "codebook:refugees or displaced people return or flee"
        return Decision("Other", sentence, moving, rule, 0.45)
    return None


def _moves_displaced_people(doc: Doc, cue: Cue) -> bool:
    """ "210 migrants returned from Peru", "refugees arrived from Colombia": the ones who move are
    refugees, migrants or displaced people."""
    agents, patients = arguments(cue.head(doc))
    said = {t.lemma_.lower() for noun in (*agents, *patients) for t in noun.subtree}
    return bool(said & words("displaced_people"))


#: A calibre of 12.7 mm or more: a heavy machine gun or a cannon, fired from afar.
HEAVY_CALIBRE = re.compile(r"\b(?:1[2-9]|[2-9]\d|1\d\d)(?:\.\d)?\s?mm\b", re.IGNORECASE)


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


def rule_remote(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Remote violence by its method, whatever the target; not when small arms show an engagement."""
    remnant = _pick(cues, "IED", "SHELL", "BLAST", "BOMB", "GRENADE")
    if remnant and REMNANT.search(sentence.text):
        rule = RULE_REMNANT
        return Decision("Other", sentence, remnant, rule, 0.6)
    if HEAVY_CALIBRE.search(sentence.text) and not _has(cues, "SHELL"):
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
    for name, sub, rule in order:
        if _has(cues, name):
            return Decision(sub, sentence, _pick(cues, name), rule, 0.8)
    violent = _pick(cues, *VIOLENCE, "STRIKE", "BOMB", "BLAST", "BOMBARD")
    if _has(cues, "AIRCRAFT") and violent:
        return Decision(
            "Air/drone strike",
            sentence,
            _pick(cues, "AIRCRAFT") + violent,
            "codebook:attack from the air",
            0.7,
        )
    if _has(cues, "BOMBARD"):
        sub = "Air/drone strike" if air_context else "Shelling/artillery/missile attack"
        return Decision(sub, sentence, _pick(cues, "BOMBARD"), "codebook:bombardment", 0.7)
    strikes = _pick(cues, "STRIKE")
    labour = _has(cues, "PROTEST", "LABOUR") or sentence_words & words("labour_context")
    noun = any(c.head(doc).pos_ == "NOUN" for c in strikes)
    # "University workers go on strike ... The strike was over pay": a strike the report is about
    if strikes and not labour and (air_context or (noun and not _labour_report(doc))):
        return Decision("Air/drone strike", sentence, strikes, "codebook:strike by aircraft or drone", 0.65)
    bombs = _pick(cues, "BOMB", "BLAST")
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


def _labour_report(doc: Doc) -> bool:
    """The report speaks of a strike by workers ("go on strike", "strike action", "workers")."""
    text = doc.text.lower()
    if any(phrase in text for phrase in ("on strike", "strike action", "general strike", "strikers")):
        return True
    return any(t.lemma_.lower() in words("labour_context") for t in doc)


def _crowd_named(doc: Doc, cue: Cue) -> bool:
    """The cue's targets are named as a gathering: "a crowd", "the mob", "the demonstrators"."""
    return any(p.lemma_.lower() in words("gathering") for p in arguments(cue.head(doc))[1])


def rule_demonstration(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Demonstrations by how they end: violence by the crowd, lethal force, intervention, or none."""
    protest = [c for c in _pick(cues, "PROTEST", "LABOUR", "RIOT") if not is_reason(doc, c)]
    # "supporters poured into the streets", not "water poured into the streets"
    protest = [
        c
        for c in protest
        if not c.pattern.startswith("pour ") or classes_of(arguments(c.head(doc))[0], classify) & CROWDS
    ]
    blocks = [c for c in _pick(cues, "BLOCK") if _object_words(doc, c) & words("blocked_way")]
    armed_blocks = [c for c in blocks if classes_of(arguments(c.head(doc))[0], classify) & {STATE, ARMED}]
    if armed_blocks and not protest:
        # "HTS members blocked the road in front of a Turkish column": forces stop forces, no protest
        rule = "codebook:armed or state forces block a road: a strategic development"
        return Decision("Other", sentence, armed_blocks, rule, 0.5)
    protest += blocks
    protest += [c for c in _pick(cues, "GATHER") if _gathered_to_demand(doc, c)]
    dispersed = [
        c
        for c in _pick(cues, "INTERVENE")
        if classes_of(arguments(c.head(doc))[1], classify) & CROWDS
        or (_crowd_named(doc, c) and not classes_of(arguments(c.head(doc))[0], classify) & CROWDS)
    ]  # a gathering broken up ("a prayer meeting"), not by rowdy youths
    # a crowd said to be broken up ("dispersed the villagers"), or named as one ("fired tear gas at
    # the crowd"); not rubber bullets fired at fishermen in their boats, which is an attack on them
    dispersed = [c for c in dispersed if doc[c.start].pos_ == "VERB" or _crowd_named(doc, c)]
    if dispersed and not protest:
        rule = "codebook:a crowd dispersed by force is a protest with intervention"
        return Decision("Protest with intervention", sentence, dispersed, rule, 0.6)
    # "broke into" is the crowd's violence only in a protest ("thieves broke into a shop" is not one)
    acts = [c for c in _pick(cues, "RIOTACT") if c.pattern != "break into" or protest]
    if not protest and not acts:
        return None
    if _has(cues, "MOB"):
        return Decision("Mob violence", sentence, _pick(cues, "MOB"), "codebook:mob violence", 0.7)
    if not _has(protest, "PROTEST", "LABOUR"):
        if acts and not protest and not _crowd_acts(doc, acts, sentence, classify):
            return None
        against = _pick(cues, "CLASH", *VIOLENCE)
        if against and not sentence_has_class(sentence, classify, STATE):
            rule = RULE_RIOTING_CROWDS
            return Decision("Mob violence", sentence, protest + against, rule, 0.65)
    violent = [c for c in _pick(cues, "RIOT", "RIOTACT", "LOOT", "BURN", "DESTROY", "CLASH") if not is_reason(doc, c)]
    violent += [c for c in _pick(cues, "RIOTACT") if c not in violent and after_comma(doc, c)]
    crowd_violence = [c for c in _pick(cues, *VIOLENCE) if c.cue != "STORM" and _crowd_agent(doc, c, classify)]
    violent += [c for c in crowd_violence if not is_reason(doc, c)]
    if violent or _violent_manner(doc, protest, sentence, classify):
        rule = "codebook:demonstrators use violence or destroy property"
        return Decision("Violent demonstration", sentence, protest + violent, rule, 0.7)
    lethal = [
        c
        for c in _pick(cues, "KILL", "SHOOT", "LETHAL")
        if not is_reason(doc, c)
        and _is_live_fire(doc, c)
        and not in_description(c.head(doc))  # "relatives of a man who was shot dead protested"
        and not told_as_background(c.head(doc))  # "protested after 40 prisoners were killed"
    ]
    if lethal:
        rule = "codebook:lethal force against protesters"
        return Decision("Excessive force against protesters", sentence, protest + lethal, rule, 0.7)
    intervention = [c for c in _pick(cues, "INTERVENE", "ARREST", "BEAT") if not is_reason(doc, c)]
    if intervention:
        rule = "codebook:protest dispersed or arrests made"
        return Decision("Protest with intervention", sentence, protest + intervention, rule, 0.7)
    rule = "codebook:demonstration without violence or intervention"
    return Decision("Peaceful protest", sentence, protest, rule, 0.7)


def after_comma(doc: Doc, cue: Cue) -> bool:
    """', burning tyres', ', lighting bonfires': a riot act told as what the crowd did while
    protesting, whatever the parser hangs it on."""
    if (cue.start > 0 and doc[cue.start - 1].text == ",") or (cue.start > 1 and doc[cue.start - 2].text == ","):
        return True
    if cue.cue not in ("RIOTACT", "RIOT"):
        return False  # ", condemning the arrest of...": the reason, not what the crowd did
    # ", burning posters and lighting bonfires": a participle clause after a comma (the parser
    # often mangles such lists, so this reads the words, not the tree)
    for j in range(cue.start - 1, max(cue.start - 8, 0), -1):
        if doc[j].text == ",":
            return doc[j + 1].lower_.endswith("ing")
        if doc[j].is_punct:
            break
    return False


def _gathered_to_demand(doc: Doc, cue: Cue) -> bool:
    """People gathered 'demanding...', 'to denounce...', 'and chanted...', 'holding placards':
    a gathering with a message is a demonstration (codebook)."""
    head = cue.head(doc)
    return any(
        c.dep_ in ("advcl", "xcomp", "conj", "ccomp") and c.lemma_.lower() in words("gather_purpose")
        for c in head.children
    )


def _crowd_agent(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    """The violence is the crowd's: 'the protesters injured a police officer'."""
    agents, _ = arguments(cue.head(doc))
    return bool(classes_of(agents, classify) & {CROWD, PROTESTER, RIOTER})


def _violent_manner(doc: Doc, protest: list[Cue], sentence: Span, classify: Classifier) -> bool:
    """'residents violently protested', 'a violent demonstration', 'rowdy youths': the word
    qualifies the protest or the crowd, not a topic ('a protest against violent crime')."""
    heads = {c.head(doc).i for c in protest}

    def qualifies(token: Token) -> bool:
        if token.head.i in heads or classify(token.head) in CROWDS:
            return True
        # "the protest turned violent", "the crowd became unruly"
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
        return token.dep_ == "acomp" and any(c.i in heads or classify(c) in CROWDS for c in subjects)

    return any(token.lower_ in words("violent_manner") and qualifies(token) for token in sentence)


def sentence_has_class(sentence: Span, classify: Classifier, cls: str) -> bool:
    return any(classify(t) == cls for t in sentence)


def _crowd_acts(doc: Doc, acts: list[Cue], sentence: Span, classify: Classifier) -> bool:
    """Stone-throwing, barricades, burning tyres by a crowd (not by gunmen or assailants)."""
    agents = [a for c in acts for a in arguments(c.head(doc))[0]]
    classes = classes_of(agents, classify) if agents else {c for t in sentence if (c := classify(t))}
    return not classes & {UNKNOWN, ARMED, STATE} or bool(classes & {CROWD, RIOTER, PROTESTER})


def in_description(token: Token) -> bool:
    """In a restrictive relative clause on a person ("a youth who was killed", not "vigilantes,
    who killed one", which goes on with the story, nor "a riot in which one died"), or in a reduced
    one on a noun inside a larger phrase ("justice for a student killed by a car", not the
    headline "one police officer killed")."""
    while token.dep_ != "ROOT":
        head = token.head
        if token.dep_ == "relcl" and head.pos_ in ("NOUN", "PROPN", "PRON"):
            relatives = [t for t in token.subtree if t.tag_ in ("WP", "WDT", "WRB", "WP$")]
            event_like = any(w.lower_ in ("which", "where", "when") for w in relatives)
            goes_on = head.doc[token.left_edge.i - 1].text == "," if token.left_edge.i > 0 else False
            if not event_like and not goes_on:
                return True
        if token.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN") and head.dep_ in ("pobj", "dobj", "poss"):
            return True
        token = head
    return False


def told_as_background(token: Token) -> bool:
    """In a clause that tells what came before: "after a gas leak killed 11", "since police shot".
    The protest or the arrest that follows is the event."""
    while token.dep_ != "ROOT":
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _BEFORE_MARKS for c in token.children):
            return True
        token = token.head
    return False


_BEFORE_MARKS = frozenset({"after", "since", "because"})


def is_reason(doc: Doc, cue: Cue) -> bool:
    """True where the cue names what people protest about or commemorate ('rallied over the
    killing of...', 'demanding the arrest of...', 'to commemorate the massacres')."""
    previous = cue.head(doc)
    start = previous.i
    if (
        previous.pos_ == "NOUN"
        and previous.lemma_.lower() in words("gathering")
        and previous.dep_ == "pobj"
        and previous.head.lower_ in ("against", "at", "on", "upon")
    ):
        return False  # "lob tear gas against election protesters": force on people, not a protest's topic
    for t in previous.ancestors:
        if t.i > start:
            previous = t
            continue  # a reason is told before what it is about ("demanding the arrest of"); a verb
            # after the cue that the parser made its head ("protested, ... and called for") is not one
        if t.dep_ == "prep" and t.lower_ in words("reason_prep"):
            return not (_READING_CAUSES.get() and t.lower_ in CAUSE_PREPOSITIONS)
        if t.dep_ == "prep" and t.lower_ == "before" and previous.tag_ == "VBG" and _has_object(previous):
            return False  # "demanded photos before shooting him": what they did next, not what they demanded
        if (
            t.pos_ == "VERB"
            and t.dep_ in ("dep", "conj")
            and t.head.dep_ == "ROOT"
            and t.lemma_.lower() not in words("reason_verb")
        ):
            return False  # "farmers protest ..., engage in running battles": an act of their own
        if t.lemma_.lower() in words("reason_verb"):
            # "protesters demanded...": the subject of 'demand' is no topic of it
            return previous.dep_ not in ("nsubj", "nsubjpass", "agent")
        previous = t
    return False


def _is_live_fire(doc: Doc, cue: Cue) -> bool:
    window = doc[max(cue.start - 3, 0) : cue.end + 4]
    return not any(t.lower_ in words("live_fire_blocker") for t in window)


def rule_battle(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Two armed, organised sides fight; an exchange of small arms fire is a battle."""
    exchange = _pick(cues, "EXCHANGE")
    if not exchange and _has(cues, "RESPOND") and _has(cues, "SHELL", "SHOOT"):
        exchange = _pick(cues, "RESPOND", "SHELL", "SHOOT")
    if exchange and not _has(cues, "CLASH", "AMBUSH"):
        rule = "codebook:fire exchanged between two sides is a battle"
        return Decision("Armed clash", sentence, exchange, rule, 0.75)
    ambushes = _pick(cues, "AMBUSH")
    if ambushes and not _has(cues, "CLASH") and all(_on_unarmed(doc, c, classify) for c in ambushes):
        rule = "codebook:an ambush of civilians or their vehicles is an attack"
        return Decision("Attack", sentence, ambushes, rule, 0.65)
    clash = _pick(cues, "CLASH", "AMBUSH")
    if clash and all(_in_setting(doc, c) for c in clash) and _attack_on_civilians(doc, cues, sentence, classify):
        # "a teacher was attacked by raiders during ethnic clashes": the clashes are the setting,
        # the attack on a civilian is the event
        return None
    told_of = clash and all(_subordinate(c.head(doc)) for c in clash)
    if told_of and any(not _subordinate(c.head(doc)) for c in _pick(cues, *VIOLENCE)):
        # "police shot dead a man trying to separate supporters from fighting", "assaulted
        # journalists covering a clash": the clash is told of, the violence is the event
        clash = []
    if clash:
        sides = {c for t in sentence if (c := classify(t)) and not _in_place_phrase(t)}
        if sides & {CROWD, RIOTER} and not sides & {ARMED, UNKNOWN}:
            rule = RULE_UNORGANISED_CLASH
            return Decision("Mob violence", sentence, clash, rule, 0.65)
        own = set().union(*(_clash_sides(doc, c, classify) for c in clash))
        communal = any(_communal(doc, c) for c in clash)
        arms = words("weapon") | words("firearm")
        guns = _has(cues, "SHOOT", "SMALLARMS", "EXCHANGE") or any(t.lemma_.lower() in arms for t in sentence)
        if own & {CIVILIAN, CROWD, RIOTER} and not (own | sides) & {ARMED, UNKNOWN} and not communal and not guns:
            rule = RULE_CIVILIANS_CLASH
            return Decision("Mob violence", sentence, clash, rule, 0.6)
        return Decision("Armed clash", sentence, clash, "codebook:armed, organised groups fight", 0.75)
    # "executed with a firearm", "attacked a patrol using grenades and firearms": the weapon of an
    # attack, not an exchange of small-arms fire
    arms = [c for c in _pick(cues, "SMALLARMS") if not _instrument(doc, c)]
    targets, _ = _violence_sides(doc, arms, sentence, classify) if arms else (set(), set())
    if arms and _has(cues, "SHOOT", "SHELL", "GRENADE", "BLAST", "ATTACK") and not targets & {CIVILIAN, CROWD, TARGET}:
        rule = "codebook:small arms fire between armed groups is a battle"
        return Decision("Armed clash", sentence, arms + _pick(cues, "SHOOT", "SHELL"), rule, 0.8)
    return None


#: Prepositions that make a clash the setting of something else: "during clashes", "amid fighting".
SETTING_PREPS = frozenset({"during", "amid", "amidst", "after", "following", "of"})


def _in_setting(doc: Doc, cue: Cue) -> bool:
    head = cue.head(doc)
    return head.dep_ == "pobj" and head.head.lower_ in SETTING_PREPS


def _attack_on_civilians(doc: Doc, cues: list[Cue], sentence: Span, classify: Classifier) -> bool:
    """Someone named attacks or kills civilians in the sentence, outside the clash's phrase."""
    acts = [c for c in _pick(cues, "ATTACK", "KILL", "SHOOT", "BEAT", "HARM") if not _in_setting(doc, c)]
    if not acts:
        return False
    targets, perpetrators = _violence_sides(doc, acts, sentence, classify)
    armed = {STATE, ARMED, UNKNOWN}
    return bool(targets & {CIVILIAN}) and not targets & armed and bool(perpetrators & armed)


def _instrument(doc: Doc, cue: Cue) -> bool:
    head = cue.head(doc)
    return any(
        (t.dep_ == "prep" and t.lower_ in ("with", "by")) or t.lemma_.lower() in ("use", "using")
        for t in list(head.ancestors)[:3]
    )


def _fighters(head: Token) -> list[Token]:
    """Who fights in a clash: its subjects and the nouns after 'between', 'with' or 'among', not
    the victims or bystanders elsewhere in the sentence."""
    agents, _ = arguments(head)
    sides = [t for a in agents for t in _conjoined(a)]
    holders = [head]
    if head.dep_ in ("nsubj", "nsubjpass") and head.head.pos_ == "VERB":
        holders.append(head.head)  # "a clash erupted between police and shopkeepers"
    for child in (c for h in holders for c in h.children):
        if child.dep_ == "prep" and child.lower_ in ("between", "with", "among", "amongst"):
            sides += _pobjs(child)
    return sides


def _clash_sides(doc: Doc, cue: Cue, classify: Classifier) -> set[str]:
    """The participant classes of who fights in a clash."""
    sides = _fighters(cue.head(doc))
    classes = classes_of(sides, classify) - {TARGET}
    for token in sides:
        # "two groups clashed", "rival factions fought": people with no arms named, unless the
        # words say they are armed ("criminal groups", "gangs") or say who they are ("groups of gunmen")
        if token.lemma_.lower() in ("group", "faction") and not classes_of([token], classify):
            modifiers = {c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound", "nmod")}
            if not modifiers & words("armed_group_modifier"):
                classes.add(CROWD)
    if any(t.pos_ == "PROPN" and classify(t) is None for t in sides):
        classes.add(UNKNOWN)  # "JaS clashed with Hamza Division": a named group the registry lacks
    return classes


def _communal(doc: Doc, cue: Cue) -> bool:
    """'clashes between farmers and herders', 'two clans clashed', 'ethnic clashes': communities
    that fight are communal militias (codebook), so their clash is a battle, not a riot. A
    nationality ("Palestinian youths", "Israeli forces") is no community."""
    head = cue.head(doc)
    people = [*_fighters(head), head]  # and the clash word itself: "ethnic clashes"
    near = [m for t in people for m in (t, *t.children) if m.dep_ != "prep"]
    near += [p for t in people for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)]
    communal = words("communal_side")
    return any(t.lemma_.lower() in communal or t.lower_ in communal for t in near)


def _on_unarmed(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    """'ambushed a bus', 'ambushed three people': the ambushed are civilians or their vehicles;
    'ambushed an army convoy' or 'ambushed police' is an attack on armed forces."""
    _, patients = arguments(cue.head(doc))
    for child in cue.head(doc).children:
        if child.dep_ == "prep" and child.lower_ in ("of", "on", "against"):
            patients += _pobjs(child)
    if not patients:
        return False
    words_in = [t for p in patients for t in (p, *(c for c in p.children if c.dep_ in ("compound", "amod", "nmod")))]
    classes = {cls for t in words_in if (cls := classify(t))} | classes_of(patients, classify)
    # "ambushed an escort vehicle ... two police officers died": armed forces were in it
    agents = {t.i for a in arguments(cue.head(doc))[0] for t in a.subtree}
    sentence = cue.head(doc).sent
    armed_elsewhere = any(classify(t) in (STATE, ARMED) for t in sentence if t.i not in agents)
    return bool(classes & {CIVILIAN, TARGET, CROWD}) and not classes & {STATE, ARMED, UNKNOWN} and not armed_elsewhere


#: Prepositions that open a phrase of place: who stands in it is not a side of the fight.
PLACE_PREPS = frozenset({"in", "at", "near", "across", "around", "inside", "outside", "along", "outskirts"})


def _subordinate(token: Token) -> bool:
    """The word sits in a clause that describes a noun or a gerund's object ('journalists covering
    a clash', 'separate them from fighting'), not in the sentence's main clause."""
    for t in [token, *token.ancestors]:
        if t.dep_ == "acl" and t.tag_ == "VBG":
            return True  # "journalists covering a clash" (not "a girl injured in a shootout")
        if t.dep_ == "pcomp" and t.head.lower_ in ("from", "of", "about", "against", "for"):
            return True  # "separate them from fighting"
    return False


def _in_place_phrase(token: Token) -> bool:
    """'... exchanged fire across the LoC in Degwar sector (Poonch district)': Poonch is a place."""
    return any(t.dep_ == "prep" and t.lower_ in PLACE_PREPS for t in token.ancestors)


#: Verbs by which remains come to light or are left: "found", "dumped", "left by armed men".
BODY_VERBS = frozenset(
    {"find", "discover", "recover", "dump", "leave", "abandon", "throw", "exhume", "locate", "collect", "retrieve"}
)


def rule_violence(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Attacks: on armed forces a battle, by a crowd of civilians mob violence, else on civilians."""
    if _has(cues, "MOB"):
        return Decision("Mob violence", sentence, _pick(cues, "MOB"), "codebook:mob violence or lynching", 0.7)
    executions = _pick(cues, "EXECUTE")
    if executions:
        return Decision("Attack", sentence, executions, "codebook:killing of captives is an attack", 0.7)
    violent = [c for c in _pick(cues, *VIOLENCE) if not is_reason(doc, c) and not _abstract_agent(doc, c)]
    # "unidentified assailants petrol bomb a house": a fire bomb thrown by armed men, not by a crowd
    violent += [
        c for c in _pick(cues, "RIOTACT") if c.pattern in FIRE_BOMBS and _armed_agent(doc, c, sentence, classify)
    ]
    if _has(cues, "BODY") and any(t.lemma_.lower() in BODY_VERBS for t in sentence):
        violent += _pick(cues, "BODY")
    if not violent:
        return None
    targets, perpetrators = _violence_sides(doc, violent, sentence, classify)
    if _property_only(doc, violent, cues, targets, classify):
        return None  # "an arson attack on a shopping mall": looting/property destruction
    armed_target = bool(targets & {STATE, ARMED, UNKNOWN}) and not targets & {CIVILIAN, CROWD}
    if armed_target and (perpetrators & {STATE, ARMED, UNKNOWN} or not perpetrators):
        return Decision("Armed clash", sentence, violent, "codebook:attack on armed forces is a battle", 0.65)
    crowd = perpetrators & {CROWD, RIOTER} and not perpetrators & {STATE, ARMED, UNKNOWN}
    if crowd and not _has(cues, "SHOOT", "SMALLARMS"):
        return Decision("Mob violence", sentence, violent, "codebook:violence by a crowd of civilians", 0.6)
    beating = _has(violent, "BEAT") or any(c.pattern.startswith(("beat ", "stone")) for c in violent)  # "... to death"
    beaten = perpetrators == {CIVILIAN} and beating and not _has(cues, "SHOOT", "SMALLARMS")
    if beaten and _a_group_of_people(doc, violent):
        # "five persons beat up a man", "Israeli settlers beat and attacked a Palestinian man":
        # civilians who beat someone together are rioters (codebook), not an armed group
        return Decision("Mob violence", sentence, violent, "codebook:violence by a group of civilians", 0.55)
    if _has(cues, "ABDUCT") and not _has(cues, "KILL", "SHOOT"):
        return None
    if not targets | perpetrators and all(c.cue in ("HARM", "BEAT") for c in violent):
        return None
    if _is_sport(sentence) and not _has(violent, "KILL", "SHOOT", "EXECUTE"):
        return None
    return Decision("Attack", sentence, violent, "codebook:violence against unarmed people", 0.65)


#: Riot weapons that are an attack's when armed men or unknown assailants throw them.
FIRE_BOMBS = frozenset({"petrol bomb", "molotov", "molotov cocktail"})


def _a_group_of_people(doc: Doc, violent: list[Cue]) -> bool:
    """Those who act are several: a plural noun or "a group of" ("five persons", "settlers")."""
    agents = [a for c in violent for a in arguments(c.head(doc))[0]]
    if any(a.lemma_.lower() == "official" for a in agents):
        return False  # "officials evicting settlers beat people": the state's agents
    return any(a.tag_ in ("NNS", "NNPS") or a.lemma_.lower() in ("group", "gang", "band") for a in agents)


def _property_only(doc: Doc, violent: list[Cue], cues: list[Cue], targets: set[str], classify: Classifier) -> bool:
    """Codebook: destruction of property with no other violence, e.g. an attack that burns or
    damages buildings or vehicles and harms no one; an attack on a village, a police station or
    people is not."""
    if targets - {TARGET} or not _has(cues, "LOOT", "BURN", "DESTROY"):
        return False
    if _has(cues, "KILL", "HARM", "SHOOT", "BEAT", "TORTURE", "EXECUTE", "ABDUCT", "LETHAL", "BODY", "SEXUAL"):
        return False
    acts = violent + _pick(cues, "LOOT", "BURN", "DESTROY")
    direct = [t for c in acts for o in _direct_objects(c.head(doc)) for t in _noun_core(o)]
    if any(t.ent_type_ in ("GPE", "LOC") or t.lemma_.lower() in words("settlement") for t in direct):
        return False  # "attacked Dogo", "attacked the town and burned houses"
    heads = {c.head(doc).i for c in acts}
    patients = [p for c in acts for p in arguments(c.head(doc))[1] if p.i not in heads]
    # "an arson attack targeting a shopping mall"
    patients += [o for c in acts for v in c.head(doc).children if v.dep_ == "acl" for o in _objects(v)]
    classes = {cls for p in patients for t in _noun_core(p) if (cls := classify(t))}
    # a building or vehicle named, and no people among the objects ("police station")
    return classes == {TARGET}


def _objects(verb: Token) -> list[Token]:
    return [t for c in verb.children if c.dep_ == "dobj" for t in _conjoined(c)]


def _direct_objects(head: Token) -> list[Token]:
    """What a verb acts on directly (its object, or its subject in the passive)."""
    return [t for c in head.children if c.dep_ in ("dobj", "nsubjpass") for t in _conjoined(c)]


#: Cues of a demonstration, which sport words do not explain away ("protested the penalty fees").
DEMONSTRATION_CUES = ("PROTEST", "LABOUR", "RIOT", "RIOTACT")
#: Distinct sport words that make a whole document a match report.
SPORT_REPORT_WORDS = 2


def is_sport_report(doc: Doc, cues: list[Cue], classify: Classifier) -> bool:
    """A match report: several sport words, no one killed, no armed or state participant."""
    found = {t.lemma_.lower() for t in doc if _sport_word(t)}
    if len(found) < SPORT_REPORT_WORDS or _has(cues, "KILL", "EXECUTE", "LETHAL", *DEMONSTRATION_CUES):
        return False
    return not any(classify(t) in (ARMED, STATE, UNKNOWN) for t in doc)


def _is_sport_talk(sentence: Span, cues: list[Cue], classify: Classifier) -> bool:
    """A match report's 'battle', 'attack', 'strike' and 'shot': sport words, no one killed, no
    armed or state participant."""
    if not _is_sport(sentence) or _has(cues, "KILL", "EXECUTE", "LETHAL", "MOB", *DEMONSTRATION_CUES):
        return False  # "fans protested the referee's decision" is a protest
    if all(told_as_background(t) or in_description(t) for t in sentence if _sport_word(t)):
        return False  # "burnt their dormitories after teachers refused to let them watch a football match"
    return not any(classify(t) in (ARMED, STATE, UNKNOWN) for t in sentence)


def _is_sport(sentence: Span) -> bool:
    """'Beat', 'attack' and 'shot' in a match report are sport, not violence."""
    return any(_sport_word(t) for t in sentence)


def _sport_word(token: Token) -> bool:
    """A sport word, not inside a name: "a local leader of Awami League", "the Muslim League", nor
    "scores" as a number of people ("scores of people were injured", "scores are injured")."""
    if token.lemma_.lower() not in words("sport") or token.pos_ == "PROPN":
        return False
    return not _scores_of_people(token)


def _scores_of_people(token: Token) -> bool:
    if token.lower_ != "scores":
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return (after is not None and after.lower_ == "of") or (
        token.dep_ in ("nsubj", "nsubjpass") and token.head.tag_ == "VBN"
    )


def _armed_agent(doc: Doc, cue: Cue, sentence: Span, classify: Classifier) -> bool:
    """The cue's subject is a state force or an armed group ("a US military column entered")."""
    agents, _ = arguments(cue.head(doc))
    if agents and all(a.pos_ == "PRON" for a in agents):
        # "the SDF said they had established a military council": "they" are the speakers
        speech = next((t for t in cue.head(doc).ancestors if t.pos_ == "VERB" and t.lemma_.lower() == "say"), None)
        agents = [c for c in speech.children if c.dep_ == "nsubj"] if speech is not None else agents
    classes = classes_of(agents, classify) if agents else set()
    return bool(classes & {STATE, ARMED, UNKNOWN})


def _military_unit_moves(doc: Doc, cue: Cue) -> bool:
    """ "A Turkish column with military vehicles entered", "reinforcements arrived": a unit on the
    move, which no actor registry names."""
    agents, _ = arguments(cue.head(doc))
    return any(t.lemma_.lower() in words("military_unit") for a in agents for t in a.subtree)


def _abstract_agent(doc: Doc, cue: Cue) -> bool:
    """'The war has killed thousands': a toll of a whole conflict, not one event. A passive cue
    with no agent of its own takes none from the clause above ("violence continues - a family of 3
    were killed": the family was killed, not by "violence")."""
    head = cue.head(doc)
    children = {c.dep_ for c in head.children}
    if "nsubjpass" in children and "agent" not in children:
        return False
    agents, _ = arguments(head)
    return bool(agents) and all(a.lemma_.lower() in words("abstract_agent") for a in agents)


def _suspect(token: Token) -> bool:
    """'a drug suspect', 'a robbery suspect': someone the police suspect, not an armed attacker."""
    armed = {"armed", "militant", "terror", "terrorist", "insurgent", "rebel"}
    return token.lemma_.lower() == "suspect" and not any(
        c.lemma_.lower() in armed for c in token.children if c.dep_ in ("amod", "compound")
    )


def _violence_sides(doc: Doc, violent: list[Cue], sentence: Span, classify: Classifier) -> tuple[set[str], set[str]]:
    targets: set[str] = set()
    perpetrators: set[str] = set()
    for cue in violent:
        agents, patients = arguments(cue.head(doc))
        suspects = [p for p in patients if _suspect(p)]
        targets |= classes_of([p for p in patients if p not in suspects], classify)
        targets |= {CIVILIAN} if suspects else set()
        perpetrators |= classes_of(agents, classify)
    if not targets and not perpetrators:
        perpetrators, targets = _sides_by_position(doc, violent[0], sentence, classify)
    return targets, perpetrators


def rule_abduction_arrest(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Abductions; arrests by state forces, which by a non-state group are abductions."""
    if _has(cues, "ABDUCT"):
        rule = "codebook:abduction or forced disappearance"
        return Decision("Abduction/forced disappearance", sentence, _pick(cues, "ABDUCT"), rule, 0.7)
    for cue in _pick(cues, "ARREST"):
        agents, _ = arguments(cue.head(doc))
        agent_class = classes_of(agents, classify)
        if agent_class & {ARMED, UNKNOWN} and STATE not in agent_class:
            rule = "codebook:arrest by a non-state group is an abduction"
            return Decision("Abduction/forced disappearance", sentence, [cue], rule, 0.6)
        return Decision("Arrests", sentence, [cue], "codebook:arrests by state forces", 0.6)
    return None


def rule_property(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Looting and destruction of property, with no other violence."""
    found = _pick(cues, "LOOT", "BURN", "DESTROY")
    # "dismantled a drug lab" is property destroyed; "dismantled a terrorist cell" is not
    found = [c for c in found if not (c.cue == "DESTROY" and _object_core_words(doc, c) & words("organisation_object"))]
    found += [c for c in _pick(cues, "RIOTACT") if c.pattern.startswith("vandal")]  # "militants vandalized"
    if found:
        agents = [a for c in found for a in arguments(c.head(doc))[0]]
        if classes_of(agents, classify) & {CROWD, RIOTER}:
            return Decision("Mob violence", sentence, found, "codebook:destruction by a crowd", 0.55)
        rule = "codebook:looting or destruction of property"
        return Decision("Looting/property destruction", sentence, found, rule, 0.6)
    for cue in _pick(cues, "SEIZE"):
        objects = _object_core_words(doc, cue)
        if objects and not objects & (words("weapon") | words("territory")) and not _is_place_object(doc, cue):
            rule = "codebook:goods or property seized"
            return Decision("Looting/property destruction", sentence, [cue], rule, 0.45)
    return None


def rule_strategic(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Bases established, coups and other changes to a group or its activity."""
    for cue in _pick(cues, "ESTABLISH"):
        objects = _object_words(doc, cue)
        bases = [
            b for b in _pick(cues, "BASE") if doc[b.start].lemma_.lower() in objects or doc[b.start].lower_ in objects
        ]
        if bases:
            rule = "codebook:base or headquarters established"
            return Decision("Headquarters or base established", sentence, [cue, *bases], rule, 0.55)
        if objects & words("command_structure") and _armed_agent(doc, cue, sentence, classify):
            # "the SDF established a military council": a new structure of an armed group
            rule = "codebook:change in a group's structure"
            return Decision("Change to group/activity", sentence, [cue], rule, 0.5)
    if _has(cues, "COUP"):
        return Decision("Other", sentence, _pick(cues, "COUP"), "codebook:coup, another significant development", 0.5)
    moves = [
        c
        for c in _pick(cues, "MOVE", "ENTER")
        if _armed_agent(doc, c, sentence, classify) or _military_unit_moves(doc, c)
    ]
    if moves:
        rule = "codebook:an armed group's movement or non-violent activity"
        return Decision("Change to group/activity", sentence, moves, rule, 0.45)
    change = [c for c in _pick(cues, "CHANGE") if not _object_words(doc, c) & words("treaty")]
    if change:
        rule = "codebook:change in a group or its activity"
        return Decision("Change to group/activity", sentence, change, rule, 0.45)
    return None


RULES: tuple[Callable[[Doc, Span, list[Cue], Classifier], Decision | None], ...] = (
    rule_disrupted,
    rule_sexual,
    rule_agreement,
    rule_remote,
    rule_demonstration,
    rule_other,
    rule_battle,
    rule_violence,
    rule_abduction_arrest,
    rule_property,
    rule_strategic,
)
