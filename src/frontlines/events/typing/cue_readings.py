"""Which cues a sentence tells as its event: names, negated and hypothetical cues dropped; background
phrases, reasons people protest about and descriptions of a participant told apart.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from frontlines.events.lexicon import Cue
from frontlines.events.typing.decision import FIGHT_CUES, VIOLENCE, _has, words
from frontlines.events.typing.not_events import (
    _burns_a_person,
    _motor_rally,
    _natural_force,
    _put_to_death_for_a_crime,
    _riot_equipment,
    _tally,
    _thrown_by_a_crowd,
)
from frontlines.events.typing.other_senses import (
    _against_prefix,
    _air_force_unit,
    _burnt_effigy,
    _by_a_vehicle,
    _died_of_illness,
    _dismissal,
    _embezzled,
    _fight_for_a_cause,
    _intangible_damage,
    _kind_of_unit,
    _mine_of_ore,
    _on_computers,
    _reported_on,
    _shut_in,
    _spaceflight,
    _takes_a_body,
    _washed_ashore,
)
from frontlines.events.typing.participants import ASSAULT_VERBS, _has_object, done_with_a_doer

#: Cues whose decision may be the document's event even in a background phrase.
NEVER_BACKGROUND = frozenset({"PROTEST", "LABOUR"})
#: Cues that report what an event did to people, not what happened.
EFFECT_CUES = frozenset({"KILL", "HARM", "BODY", "LETHAL"})
#: Labels of named entities whose words are names, not events ("Chemical Weapons Convention").
NAME_LABELS = frozenset({"ORG", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"})


def live_cues(doc: Doc, cues: Iterable[Cue]) -> list[Cue]:
    """Drop cues that are names, negated, hypothetical or only threatened, and a fight for a cause;
    a harm a vehicle did is an accident's ("was struck by another vehicle")."""
    found = _live_cues(doc, cues)
    return [c for c in found if not _violence_as_setting(doc, c, found)]


#: Cues of acts that an election's violence, named beside them, is only the setting of.
ACTS_IN_A_SETTING = frozenset({*VIOLENCE, *FIGHT_CUES, "CLASH", "BURN", "DESTROY", "LOOT", "ABDUCT", "RIOTACT"})


def _violence_as_setting(doc: Doc, cue: Cue, cues: list[Cue]) -> bool:
    """ "Post-election violence" is the event only where nothing else is told: not the setting of an
    act ("two officers killed in post-election violence"), nor beside one in its sentence."""
    if cue.cue != "RIOT" or not cue.pattern.endswith("violence"):
        return False
    head = cue.head(doc)
    sentence = head.sent
    beside = any(c.cue in ACTS_IN_A_SETTING and sentence.start <= c.start < sentence.end for c in cues)
    return beside or head.dep_ == "pobj"


def _live_cues(doc: Doc, cues: Iterable[Cue]) -> list[Cue]:
    return [
        replace(c, cue="ACCIDENT")
        if _by_a_vehicle(doc, c)
        else replace(c, cue="RIOTACT")
        if _thrown_by_a_crowd(doc, c)
        else replace(c, cue="PROTEST")
        if _burnt_effigy(doc, c)
        else replace(c, cue="ATTACK")
        if _burns_a_person(doc, c)
        else c
        for c in cues
        if not _in_name(doc, c)
        and (c.pattern in NEGATED_CUES or not (_is_irrealis(c.head(doc)) or _no_inside(doc, c)))
        and not _fight_for_a_cause(doc, c)
        and not _against_prefix(doc, c)
        and not _riot_equipment(doc, c)
        and not _motor_rally(doc, c)
        and not _natural_force(doc, c)
        and not _tally(doc, c)
        and not _put_to_death_for_a_crime(doc, c)
        and not _reported_on(doc, c)
        and not _takes_a_body(doc, c)
        and not _on_computers(doc, c)
        and not _dismissal(doc, c)
        and not _air_force_unit(doc, c)
        and not _kind_of_unit(doc, c)
        and not _shut_in(doc, c)
        and not _embezzled(doc, c)
        and not _mine_of_ore(doc, c)
        and not _spaceflight(doc, c)
        and not _washed_ashore(doc, c)
        and not _intangible_damage(doc, c)
        and not _died_of_illness(doc, c)
    ]


#: Cue patterns whose negation is their meaning: "the grenade did not explode" is a disrupted attack.
NEGATED_CUES = frozenset({"did not explode", "did not detonate", "failed to explode", "failed to detonate"})


def _in_name(doc: Doc, cue: Cue) -> bool:
    token = doc[cue.start]
    if all(t.is_lower for t in doc[cue.start : cue.end]):
        return False  # a name's words are capitalised: "suicide bombers" in "Islamic State suicide bombers"
    if _weapon_acronym(doc, cue):
        return False  # "IS fighters fired a RPG at a checkpoint": NER calls the acronym an organisation
    if cue.cue == "AIR" and "force" in cue.pattern:
        return False  # "the Syrian Air Force killed 30 militants": an air force's name is the force that strikes
    headline = title_case_headline(token.sent)
    if (
        not headline
        and token.ent_type_ in NAME_LABELS
        and token.ent_iob_ != "O"
        and doc[cue.end - 1].ent_type_ in NAME_LABELS
    ):
        # a headline's verb with its subject is no name, whatever NER spans ("Students Protest Over Fees"),
        # nor is its subject where NER runs the name on over the verb ("Damascus Car Bomb Kills 70 People")
        entity = next((e for e in doc.ents if e.start <= token.i < e.end), None)
        return not any(
            t.pos_ == "VERB" and t.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in t.children)
            for t in (entity if entity is not None else [token])
        )
    # "the Chemical Weapons Convention", "the Suicide Prevention Day": capitalised words before a
    # head noun of names, whether or not the model tagged them.
    end = cue.end
    while end < len(doc) and doc[end].is_title and doc[end].lower_ not in words("name_head"):
        end += 1
    capitalised = all(t.is_title or t.is_upper for t in doc[cue.start : end]) and not token.is_sent_start
    return capitalised and end < len(doc) and doc[end].is_title and doc[end].lower_ in words("name_head")


def title_case_headline(sentence: Span) -> bool:
    """The sentence is a headline set in title case, where NER takes capitalised words for names
    ("Five Civilians Killed in Terrorist Car Bomb Attack in Qamishli City"): at least four words
    of four letters or more that are no stop words, nearly all capitalised."""
    long_words = [t for t in sentence if t.is_alpha and len(t) >= 4 and not t.is_stop]
    capitalised = sum(t.is_title or t.is_upper for t in long_words)
    return len(long_words) >= 4 and capitalised >= 0.85 * len(long_words)


#: Words after an acronym that make it an organisation's: "the RPG (ruling) party".
ORGANISATION_WORDS = frozenset({"party", "movement", "union", "front", "alliance", "coalition", "members", "leader"})


def _weapon_acronym(doc: Doc, cue: Cue) -> bool:
    """The cue is an acronym in capitals that NER made an entity of its own ("fired a RPG", "an IED"),
    not an organisation's ("members of the RPG (ruling) party")."""
    span = doc[cue.start : cue.end]
    if not all(t.is_upper and t.is_alpha for t in span):
        return False
    if any(t.lower_ in ORGANISATION_WORDS for t in doc[cue.end : cue.end + 4]):
        return False
    if cue.end < len(doc) and doc[cue.end].is_title:
        return False  # "the RPG Vice-Mayor": a name goes on
    begins = doc[cue.start].ent_iob_ == "B"
    ends = cue.end == len(doc) or doc[cue.end].ent_iob_ != "I"
    inside = all(t.ent_iob_ == "I" for t in doc[cue.start + 1 : cue.end])
    return begins and ends and inside


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


#: Words that say there was none of what their "of" phrase names: "devoid of", "free of".
_NONE_OF_WORDS = frozenset({"devoid", "free", "absence", "lack"})


def _none_of(token: Token) -> bool:
    """The cue is named only as what there was none of: "No reports of violence or clashes with
    police", "no sign of fighting", "devoid of police presence and running battles"."""
    noun = token
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head  # "violence or clashes": the first of the list carries the "of"
    if noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    holder = noun.head.head
    if holder.lemma_.lower() in _NONE_OF_WORDS:
        return True
    return any(c.dep_ == "det" and c.lower_ == "no" for c in holder.children)


def _no_inside(doc: Doc, cue: Cue) -> bool:
    """A word of a cue of several words says "no": "caused no reported damage"."""
    return any(c.dep_ == "det" and c.lower_ == "no" for t in doc[cue.start : cue.end] for c in t.children)


#: Nouns of a stop, with the prepositions that name what stopped: "a halt in the bombardments",
#: "an end to the shelling", "a lull in fighting", "the cessation of hostilities".
HALT_NOUNS: dict[str, tuple[str, ...]] = {
    **dict.fromkeys(("halt", "pause", "lull", "let-up", "letup"), ("in", "to", "of")),
    **dict.fromkeys(("cessation", "suspension"), ("of",)),
    **dict.fromkeys(("end", "stop"), ("to",)),
    "respite": ("from",),
}


#: Verbs of stopping, and the strikes and shelling whose stop they tell: "halted airstrikes in Aleppo
#: for a 48-hour pause", "had stopped bombing Aleppo" (not "intervened and stopped the clashes", which
#: were fought).
HALT_VERBS = frozenset({"halt", "stop", "cease", "pause"})
HALTED_REMOTE = frozenset(
    {"airstrike", "strike", "raid", "bombing", "bomb", "bombardment", "bombard", "shelling", "shell"}
)


def _halted(token: Token) -> bool:
    """The cue names what stopped or should stop, not what happened: "welcoming a halt in the
    bombardments", "demanded an end to the shelling" (not "at the end of the march", which was held),
    "Russian and Syrian air forces halted airstrikes in Aleppo"."""
    stopping = token.dep_ in ("dobj", "xcomp") and token.head.lemma_.lower() in HALT_VERBS
    if stopping and token.lemma_.lower() in HALTED_REMOTE:
        return True
    for t in (token, *token.ancestors):
        if t.dep_ == "pobj" and t.head.lower_ in HALT_NOUNS.get(t.head.head.lemma_.lower(), ()):
            return True
        if t.pos_ == "VERB":
            return False
    return False


#: Nouns of using a weapon, through which an aim or a threat reaches it: "the threat of the use of
#: chemical weapons".
USE_NOUNS = frozenset({"use", "usage", "deployment"})


def _aim_of(token: Token) -> bool:
    """The cue is what a noun of aim, plan or threat is "of", directly or through the use of it ("with
    the intention of robbery", "the constant threat of the use of chemical weapons", "the threat of
    chemical weapons use")."""
    for _ in range(2):
        if token.dep_ == "compound" and token.head.lemma_.lower() in USE_NOUNS:
            token = token.head  # "chemical weapons use"
        if token.dep_ != "pobj" or token.head.lower_ != "of":
            return False
        noun = token.head.head
        if noun.lemma_.lower() in words("modal_noun"):
            return True
        if noun.lemma_.lower() not in USE_NOUNS:
            return False
        token = noun
    return False


def _is_irrealis(token: Token) -> bool:
    if _banned(token) or _halted(token):
        return True
    chain = [token]
    current = token
    while current.head.i != current.i and len(chain) < 4 and current.pos_ != "VERB":
        if current.dep_ not in ("nsubj", "nsubjpass") and _reported_after(current, current.head):
            break  # "Post election riots - DETAILS NOT SPECIFIED": the comment's "not" is not the riots'
        if _semicolon_between(current, current.head):
            break  # "Clashes between X and Y; six killed; may include civilians": another clause's "may"
        current = current.head
        chain.append(current)
    governor = chain[-1].head
    if governor.i != chain[-1].i and governor.pos_ == "VERB" and not _reported_after(chain[-1], governor):
        chain.append(governor)
    infinitive_of_noun = chain[-1].dep_ == "acl" or (chain[-1].dep_ == "relcl" and to_infinitive(chain[-1]))
    if infinitive_of_noun and governor.lemma_.lower() in words("modal_noun"):
        # "asked permission to resume air strikes", "plans to attack the city", "used the ceasefire as
        # a pretext to mobilise" (an infinitive the parser calls a relative clause)
        return True
    if _infinitive_of_modal_noun(token):
        return True  # "rejected a US plea to halt their attacks", "used the truce as a pretext to mobilise"
    for t in chain:
        if any(c.dep_ == "neg" for c in t.children):
            return True
        if any(c.dep_ in ("aux", "auxpass") and c.lower_ in words("future_aux") for c in t.children):
            return True
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children):
            return True  # "no mention whether the man was protesting": asked, not told
    if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in token.children):
        return True
    if token.dep_ == "conj" and any(c.dep_ == "det" and c.lower_ == "no" for c in token.head.children):
        return True  # "No arrests or clashes were reported": the 'no' of the first covers them all
    if any(c.dep_ in ("nsubj", "nsubjpass") and _nobody(c) for c in token.children):
        return True  # "nobody was killed", "no one was hurt" (not the attack in which no one was)
    if token.dep_ == "pobj" and token.head.lower_ == "without":
        return True  # "entered the town without a fight"
    if _aim_of(token):
        return True  # "drove him to the garage with the intention of robbery": an aim, not an act
    if _none_of(token):
        return True  # "No reports of violence or clashes", "celebrations devoid of running battles"
    # "denied that it had shelled the market", "The army denied using chemical weapons": a denial
    denied = any(t.lemma_.lower() == "deny" and prev.dep_ in ("ccomp", "xcomp") for prev, t in pairwise(chain))
    governed = any(
        (t.lemma_.lower() in words("modal_governor") or (t.lemma_.lower() in AWAITING and to_infinitive(prev)))
        and not _summoned(t)
        and prev.dep_ not in ("nsubj", "nsubjpass", "agent", "conj")
        # "cancelled X, resulting in protests"; but "vowed to recapture", an infinitive, is governed
        # (not after a verb of stopping: "suspended its dialogue to protest an attack" is the protest)
        and not (prev.dep_ == "advcl" and (not to_infinitive(prev) or t.lemma_.lower() in STOPPING_VERBS))
        and not _feared_toll(t)
        and not _reported_after(prev, t)  # "Students riot - demanding the resignation of..."
        for prev, t in pairwise(chain)
    )  # "protesters demanded ..." is a protest; "they demanded an attack" is not an attack
    return denied or governed


#: Governors whose object does not happen but whose purpose clause is the subject's own act:
#: "suspended its dialogue to protest the attack".
STOPPING_VERBS = frozenset({"suspend", "cancel", "postpone", "ban", "prohibit", "outlaw", "prevent", "avoid"})
#: Verbs of waiting for what has not yet happened, read only with an infinitive ("waiting for their
#: reinforcements to arrive"), as the parser also hangs on them what was there ("as they waited at
#: the transit points a bomb attack hit the convoy").
AWAITING = frozenset({"wait", "expect"})


def _summoned(verb: Token) -> bool:
    """ "called in", "called out": sent for, not asked of ("anti-riot police were called in to disperse
    the protesters" did disperse them)."""
    return verb.lemma_.lower() == "call" and any(c.dep_ == "prt" and c.lower_ in ("in", "out") for c in verb.children)


def to_infinitive(verb: Token) -> bool:
    """The verb is an infinitive with "to": "to arrive", "to mobilise"."""
    return verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _infinitive_of_modal_noun(verb: Token) -> bool:
    """An infinitive that follows a noun of asking, planning or pretending in its governor's clause,
    wherever the parser hangs it: "rejected a US plea to halt their attacks", "renewed his appeal to
    the rebels to withdraw", "used the truce as a pretext to mobilise" (not "launched an attack on
    the town to capture it")."""
    if not to_infinitive(verb) or verb.head.i == verb.i or verb.head.i > verb.i:
        return False
    between = verb.doc[verb.head.i + 1 : verb.i]
    return any(t.pos_ == "NOUN" and t.lemma_.lower() in words("modal_noun") for t in between)


def _feared_toll(token: Token) -> bool:
    """ "Four officers are feared dead following an attack": a likely toll of an attack that
    happened, not an attack someone fears."""
    if token.lemma_.lower() != "fear":
        return False
    passive = token.tag_ == "VBN" and any(c.dep_ == "auxpass" for c in token.children)
    return passive or any(c.lower_ in ("dead", "killed") for c in token.children)  # "officers feared dead"


def _nobody(token: Token) -> bool:
    """ "nobody", "none", "no one", and "nothing" ("nothing was looted from the depot")."""
    no_one = token.lower_ == "one" and token.i > 0 and token.doc[token.i - 1].lower_ == "no"
    return no_one or token.lower_ in ("nobody", "none", "noone", "nothing")


#: Nouns whose 'for' phrase names the event itself, not its cause.
CLAIM_NOUNS = frozenset({"responsibility", "credit", "blame", "claim"})


def _semicolon_between(token: Token, head: Token) -> bool:
    """A semicolon stands between a token and its head: they are in two clauses."""
    low, high = sorted((token.i, head.i))
    return any(t.text == ";" for t in token.doc[low + 1 : high])


def _reported_after(clause: Token, governor: Token) -> bool:
    """'X was attacked - details not specified', 'X was killed, police said': a clause told first
    and commented on after a dash or comma keeps its own mood; so does a clause with its own subject
    after a comment in brackets ("Last April (the exact day is not known), the two groups clashed")."""
    doc = clause.doc
    if clause.i > governor.i:
        between = doc[governor.i + 1 : clause.left_edge.i]
        own_subject = any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children)
        return own_subject and any(t.text == ")" for t in between)
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
    if _ongoing_setting(head):
        return True  # "reinforcements arrived on the frontlines as battles continue"
    if _suffered_before_an_assault(head):
        return True  # "residents attacked police officers after two children were killed by gunmen"
    below = head
    for t in head.ancestors:
        if t.dep_ == "prep" and t.lower_ == "for" and t.head.lemma_.lower() in CLAIM_NOUNS:
            return False  # "claimed responsibility for the killing": the event itself
        if t.dep_ == "prep" and t.lower_ in words("background_prep"):
            if t.lower_ == "before" and below.tag_ == "VBG" and below.dep_ == "pcomp" and _has_object(below):
                return False  # "demanded photos before shooting him dead": what they did next to someone
            if t.lower_ == "before" and below.dep_ == "pcomp" and any(c.lower_ == "being" for c in below.children):
                return False  # "gathered at the KICC before being dispersed by police": what befell them next
            if t.lower_ in ("after", "following") and t.head.lemma_.lower() in words("treatment_verb"):
                return False  # "were treated in hospital after being raped": the harm is the news
            # (not "Al-Shabab is believed to be behind the murder": that is the event)
            return t.lower_ != "behind" or t.head.lemma_.lower() != "be"
        if t.dep_ == "prep" and t.lower_ in ("in", "of", "for") and _charged_person(t.head):
            return True  # "another suspect in the bombing is arrested": the bombing is the charge
        if t.dep_ == "prep" and t.lower_ == "in" and t.i > 0 and t.nbor(-1).lemma_.lower() == "role":
            return True  # "executes a woman for her role in the murder": the act she is judged for
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


def _suffered_before_an_assault(head: Token) -> bool:
    """A harm told in the passive in a clause of what came before an assault the main clause tells
    with its doer ("inhabitants attacked police officers after two children were killed by
    gunmen"): the cause of the assault, not its act. Not where the main clause only tells a death
    ("two people died after gunmen opened fire")."""
    if head.dep_ != "advcl" or not any(c.dep_ == "auxpass" for c in head.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ in ("after", "since") for c in head.children):
        return False
    main = head.head
    return done_with_a_doer(main) and main.lemma_.lower() in ASSAULT_VERBS


#: Verbs that tell a fight goes on ("as battles continue", "while fighting rages").
ONGOING_VERBS = frozenset({"continue", "rage", "persist", "go", "drag"})


def _ongoing_setting(head: Token) -> bool:
    """The cue is the subject of a clause, opened by 'as' or 'while', that says it goes on: the
    setting of what the sentence tells."""
    verb = head.head
    if head.dep_ != "nsubj" or verb.lemma_.lower() not in ONGOING_VERBS or verb.dep_ != "advcl":
        return False
    return any(c.dep_ == "mark" and c.lower_ in ("as", "while") for c in verb.children)


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
    fore = [
        c
        for c in cues
        if (c.cue in NEVER_BACKGROUND and not _judged(doc, c))
        or not is_background(doc, c)
        or led_to_dispersal(doc, c, cues)
    ]
    if not fore:
        return []  # "police seek a suspect in connection with the killing": only background
    acts = [c for c in fore if c.cue in VIOLENCE or c.cue in EFFECT_CUES]
    background = [c for c in cues if c not in fore]
    if acts and all(c.cue in EFFECT_CUES for c in acts) and (len(acts) == len(fore) or _has(background, *FIGHT_CUES)):
        # "ten people were killed following clashes", "a man was killed after exchanging fire
        # with police during a patrol": the deaths are the background event's.
        return cues
    return fore


def led_to_dispersal(doc: Doc, cue: Cue, cues: list[Cue]) -> bool:
    """A clash told as what led the police to break the crowd up: "dispersed with tear gas following
    running battles between the two groups" is the demonstrators' violence, no topic of theirs."""
    if cue.cue != "CLASH":
        return False
    prep = next((t for t in cue.head(doc).ancestors if t.dep_ == "prep"), None)
    dispersals = {c.head(doc).i for c in cues if c.cue == "INTERVENE"}
    return prep is not None and prep.lower_ in ("following", "after") and prep.head.i in dispersals


#: Prepositions that put an event before what a sentence reports: "fled following the killing of".
CAUSE_PREPOSITIONS = frozenset({"after", "following"})
#: Set while ``decide`` reads the violence a sentence gives as a cause: its "following" is then no
#: reason for a protest, and its background phrases are what is read.
_READING_CAUSES: ContextVar[bool] = ContextVar("frontlines_reading_causes", default=False)


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
            # not a result told by a participle with its toll: "shot from police helicopters killing 1"
            return not _result_with_toll(token)
        token = head
    return False


def _result_with_toll(verb: Token) -> bool:
    """An "-ing" participle whose object is a number of people: "... killing 1", "wounding two others"."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    counted = any(o.like_num or any(c.dep_ == "nummod" for c in o.children) for o in objects)
    return verb.tag_ == "VBG" and counted


def told_as_background(token: Token) -> bool:
    """In a clause that tells what came before: "after a gas leak killed 11", "since police shot".
    The protest or the arrest that follows is the event."""
    while token.dep_ != "ROOT":
        if token.dep_ == "advcl" and (
            any(c.dep_ == "mark" and c.lower_ in _BEFORE_MARKS for c in token.children) or _after_a_preposition(token)
        ):
            return True
        token = token.head
    return False


def _after_a_preposition(clause: Token) -> bool:
    """A clause right after an "after" the parser made a preposition of the same head ("attacked
    civilians after one of its fighters was killed"), or whose subject it made that preposition's
    object ("attacked civilians after one of its members died")."""
    if any(c.dep_ == "mark" for c in clause.children):
        return False
    return any(
        c.dep_ == "prep" and c.lower_ in _BEFORE_MARKS and c.i < clause.i and c.right_edge.i + 1 == clause.left_edge.i
        for c in clause.head.children
    )


_BEFORE_MARKS = frozenset({"after", "since", "because"})


def _own_subject(verb: Token) -> bool:
    """A verb whose subject points back to the crowd: "demanded ... but they were dispersed" (a
    passive, or a pronoun), not a new actor of a list of headlines ("Ryan seeks ... Pelosi hits")."""
    return any(c.dep_ == "nsubjpass" or (c.dep_ == "nsubj" and c.pos_ == "PRON") for c in verb.children)


#: Cues of what a crowd may do as its means of protest: "protest by blocking a road and lighting fires".
CROWD_MEANS = frozenset({"RIOTACT", "RIOT", "BLOCK", "BURN", "DESTROY", "LOOT"})


#: Nouns whose phrase names whom a gathering stands with or remembers.
TRIBUTE_NOUNS = frozenset({"solidarity", "memory", "honour", "honor", "tribute", "commemoration"})


#: Tags of verb forms no preposition takes as its object (it takes a gerund, "against paying").
NOT_GERUND_TAGS = frozenset({"VB", "VBP", "VBZ", "VBD"})


def is_reason(doc: Doc, cue: Cue) -> bool:
    """True where the cue names what people protest about or commemorate ('rallied over the
    killing of...', 'demanding the arrest of...', 'to commemorate the massacres')."""
    previous = cue.head(doc)
    start = previous.i
    before = doc[max(cue.start - 4, 0) : cue.start]
    if any(t.lower_ in ("response", "reaction") and t.nbor(1).lower_ == "to" for t in before[:-1]):
        return not _READING_CAUSES.get()  # "in response to clash between clans" (the parser may make "to clash" a verb)
    if (
        previous.pos_ == "NOUN"
        and previous.lemma_.lower() in words("gathering")
        and previous.dep_ == "pobj"
        and previous.head.lower_ in ("against", "at", "on", "upon")
    ):
        return False  # "lob tear gas against election protesters": force on people, not a protest's topic
    verb = previous.head if previous.dep_ == "conj" else previous
    if verb.dep_ == "pobj" and verb.tag_ in NOT_GERUND_TAGS and _has_object(verb):
        return False  # "Protesters against insecurity throw stones at a bus": a main verb the parse hung on "against"
    window = doc[max(cue.start - 6, 0) : cue.start]
    if any(t.lemma_.lower() in TRIBUTE_NOUNS and t.nbor(1).lower_ in ("with", "of", "to") for t in window[:-1]):
        return True  # "in solidarity with the raped women", "in memory of those killed"
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
            # "protesters demanded...": the subject of 'demand' is no topic of it; "protested over
            # fees and stoned a building": a verb joined to it is an act of its own
            fought_with = cue.cue == "CLASH" and any(c.dep_ == "prep" and c.lower_ == "with" for c in previous.children)
            purpose = t.dep_ in ("xcomp", "advcl") and t.tag_ == "VB"  # "to ask for X and to report Y"
            if (
                previous.dep_ == "conj"
                and previous.head.i == t.i
                and not purpose
                and (_has_object(previous) or _own_subject(previous) or fought_with)
            ):
                # "... and stoned a building", "... but they were dispersed by police", "... and
                # clashed with a group of youths"
                return False
            if previous.dep_ == "prep" and previous.lower_ == "by" and cue.cue in CROWD_MEANS:
                return False  # "protest by blocking a road and lighting fires": the means, not the topic
            if previous.dep_ in ("xcomp", "advcl") and previous.tag_ == "VBG" and cue.cue in CROWD_MEANS:
                return False  # "prisoners demonstrated setting fire to mattresses": what they did
            if previous.dep_ == "advcl" and previous.lemma_.lower() in words("consequence_verb"):
                return False  # "demonstrated, resulting in clashes with police": what followed
            return previous.dep_ not in ("nsubj", "nsubjpass", "agent")
        previous = t
    return False
