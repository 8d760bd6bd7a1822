"""What the clause does to a counted noun: the cue verb it is the subject or object of ("six people
were killed", "killed a soldier"), a cue noun ("12 fatalities") or a reduced relative ("civilians
living in")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from frontlines.numbers.counts.record import CountKind
from frontlines.numbers.counts.words import (
    _ACT_NOUNS,
    _INTRANSITIVE,
    UNREALISED,
    _Cue,
    _cue_of,
    _is_remains,
    _lemma,
    _person_nouns,
)
from frontlines.numbers.quantity import vague_words

if TYPE_CHECKING:
    from spacy.tokens import Token

_PATIENT_DEPS = frozenset({"nsubjpass", "dobj", "pobj", "attr", "appos", "nsubj", "oprd"})
_PREDICATE_DEPS = frozenset({"xcomp", "oprd", "acomp"})
#: Verbs of "shot dead", "gunned dead"... whose "dead" the parse may take for the head.
_SHOT = frozenset({"shot", "gunned", "beaten", "stabbed", "hacked", "stoned"})
#: Harm verbs that kill when their object is left "dead" or they act "to death".
_HARM_TO_DEATH = frozenset({"shoot", "gun", "beat", "stab", "hack", "stone", "club", "burn", "lynch", "batter"})
#: Nouns of a group counted by its "of" number: "a family of three", "a group of five".
_GROUP_OF = frozenset({"family", "group", "team", "crew", "band", "gang"})
#: Nouns "of" a number that only frame it: "killing a total of 17 fighters", "a minimum of five".
_FRAME_OF = frozenset({"total", "minimum", "maximum"})
#: Verbs whose "to death" is a sentence, not a killing: "sentenced to death two soldiers".
_DOOMED = frozenset({"sentence", "condemn"})
#: Adverbs that make a wound a death: "fatally shot".
_FATALLY = frozenset({"fatally"})


@dataclass(frozen=True, slots=True)
class _Decision:
    kind: CountKind
    cue: Token | None
    rule: str


def _noun_cue(noun: Token) -> _Decision | None:
    """A noun that names the count itself: "fatalities", "death toll", "the number of dead"."""
    for child in noun.children:
        if child.dep_ in ("compound", "amod"):
            cue = _cue_of(child, "noun") or _cue_of(child, "adj")
            if cue and cue.kind != "other":
                return _Decision(cue.kind, child, f"noun:{child.lemma_.lower()}")
    for pos in ("noun", "adj"):
        cue = _cue_of(noun, pos)
        if cue:
            return _Decision(cue.kind, noun, f"noun:{_lemma(noun)}")
    if _is_remains(noun):  # "two human heads were found"
        return _Decision("killed", noun, "noun:remains")
    if noun.lemma_.lower() in ("number", "count", "tally"):  # "the number of injured"
        for prep in noun.children:
            for obj in prep.children if prep.lower_ == "of" else ():
                cue = _cue_of(obj, "adj") or _cue_of(obj, "noun") or _cue_of(obj, "verb")
                if cue and obj.dep_ == "pobj":
                    return _Decision(cue.kind, obj, f"noun:number_of_{obj.lower_}")
    return None


def _best(decisions: list[tuple[_Cue, _Decision]]) -> _Decision | None:
    return min(decisions, key=lambda d: d[0].rank)[1] if decisions else None


def _conj_chain(verb: Token) -> list[Token]:
    """The verbs joined after ``verb``, each the conjunct of the one before: "were shot, hacked and
    decapitated"."""
    chain: list[Token] = []
    current = verb
    while (nxt := next((c for c in current.children if c.dep_ == "conj"), None)) is not None:
        chain.append(nxt)
        current = nxt
    return chain


def _verb_cue(verb: Token, role: str) -> _Decision | None:
    """The best cue among a verb and the predicates it governs ("shot dead", "reported killed")."""
    found: list[tuple[_Cue, _Decision]] = []
    # "tried to lynch", "threatened to kill": a complement of an unrealised verb did not happen
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in UNREALISED:
        return None
    if _negated(verb):
        return None  # "a woman who was inside was not injured either", "the driver was not killed"
    realised = verb.lemma_.lower() not in UNREALISED
    candidates = [verb] + [
        c
        for c in verb.children
        if c.dep_ in _PREDICATE_DEPS and (realised or c.dep_ != "xcomp") and not _active_infinitive(c)
    ]
    # "shot and killed two", "were shot, hacked and decapitated" (a passive's whole chain), not "wounding
    # seven villagers and killing one" (a conjunct with an object of its own acts on someone else)
    conjuncts = [
        c
        for c in verb.children
        if c.dep_ == "conj" and not _has_subject(c) and not any(o.dep_ == "dobj" for o in c.children)
    ]
    if verb.tag_ == "VBN":  # a passive's participles: the whole chain
        for c in _conj_chain(verb)[1:]:
            if c.tag_ != "VBN" or _has_subject(c) or any(o.dep_ == "dobj" for o in c.children):
                break
            conjuncts.append(c)
    candidates += conjuncts
    # "was detained and later found killed": the predicate of a conjunct "found" with no object of
    # its own (not "intercepted a car and shot the driver dead", "tried to lynch a man")
    candidates += [
        p
        for c in conjuncts
        if c.lemma_.lower() == "find" and not any(o.dep_ == "dobj" for o in c.children)
        for p in c.children
        if p.dep_ in _PREDICATE_DEPS
    ]
    # "shot dead a trader": the parse makes "dead" an adverb of the verb or a modifier of its object
    # (or an unlabelled dependent right after it: "Police responded, shooting dead two youths")
    candidates += [
        c
        for c in verb.children
        if c.lower_ == "dead" and (c.dep_ == "advmod" or (c.dep_ == "dep" and c.i == verb.i + 1))
    ]
    candidates += [
        m for o in verb.children if o.dep_ == "dobj" for m in o.children if m.lower_ == "dead" and m.i == verb.i + 1
    ]
    for token in candidates:
        if _negated(token):
            continue  # "was shot but not killed"
        if token.lemma_.lower() != "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
            continue  # "shot down": an aircraft, not a person ("gunned down" is a person shot dead)
        for pos in ("verb", "adj"):
            cue = _cue_of(token, pos)
            if cue and cue.kind == "injured" and any(c.lower_ in _FATALLY for c in token.children):
                cue = _Cue("killed", 1)  # "fatally shot", "fatally wounded"
            if cue:
                found.append((cue, _Decision(cue.kind, token, f"{role}:{token.lemma_.lower()}")))
                break
    burnt = next((c for c in [verb, *conjuncts] if _set_alight(c)), None)
    if burnt is not None:
        found.append((_Cue("killed", 1), _Decision("killed", burnt, f"{role}:set_alight")))
    # the verb's own "to death", and a conjunct's that has no object of its own ("stoned and
    # stabbed to death", not "invaded a house and shot a woman to death")
    sharers = [verb] + [c for c in candidates if c.dep_ == "conj" and not any(o.dep_ == "dobj" for o in c.children)]
    preps = [c for t in sharers if t.pos_ in ("VERB", "AUX") for c in t.children if c.dep_ == "prep"]
    for child in preps:  # "stoned and stabbed to death": the conjunct's "to death" too
        for obj in child.children:
            cue = _cue_of(obj, "noun") if obj.dep_ == "pobj" else None
            doomed = child.head.lemma_.lower() in _DOOMED  # "sentenced to death" kills no one yet
            # "beaten to death", not "leading to the death of five civilians and injuring 15 others"
            bare = not any(c.dep_ in ("det", "poss") for c in obj.children)
            if cue and cue.kind == "at_risk":
                found.append((cue, _Decision(cue.kind, obj, f"{role}:at_{obj.lemma_.lower()}")))
            elif cue and obj.lemma_.lower() == "death" and child.lower_ == "to" and not doomed and bare:
                found.append((_Cue("killed", 0), _Decision("killed", obj, f"{role}:to_death")))
    if not found and role == "dobj" and verb.lemma_.lower() == "leave":
        # "left the son of a trader shot dead", "left a soldier seriously wounded": the state the
        # object was left in, a participle the parse hangs on the verb or on the object
        for state in _left_in_state(verb):
            left = _verb_cue(state, "nsubjpass")
            if left is not None and left.cue is not None:
                return _Decision(left.kind, left.cue, f"dobj:left_{left.cue.lemma_.lower()}")
    either = any(c.dep_ == "cc" and c.lower_ == "or" for c in verb.children)
    if either and {d.kind for _, d in found} >= {"killed", "injured"}:
        # "killed or injured 4 militants": how many died is not told, so the figure counts the hurt
        return next(d for _, d in found if d.kind == "injured")
    if any(d.kind == "killed" for _, d in found):
        # "3 militants were killed, injured or captured", however the parse hangs the list: the same
        hurt = [t for t in _or_list(verb) if (cue := _cue_of(t, "verb")) is not None and cue.kind == "injured"]
        if hurt:
            return _Decision("injured", hurt[0], f"{role}:{hurt[0].lemma_.lower()}")
    return _best(found)


def _negated(token: Token) -> bool:
    """ "was not injured", "were never found dead": the harm denied."""
    return any(c.dep_ == "neg" for c in token.children)


def _or_list(verb: Token) -> list[Token]:
    """The participles listed right after the verb up to an "or" ("killed, injured or captured"), or
    nothing where no "or" closes the list."""
    doc, at, listed = verb.doc, verb.i + 1, []
    while at < len(doc) and doc[at].lower_ in (",", "or"):
        closing = doc[at].lower_ == "or"
        at += 1
        if not closing and at < len(doc) and doc[at].lower_ == "or":  # ", or"
            closing, at = True, at + 1
        if at >= len(doc) or doc[at].tag_ not in ("VBN", "VBD"):
            return []
        listed.append(doc[at])
        at += 1
        if closing:
            return listed
    return []


def _left_in_state(verb: Token) -> list[Token]:
    """The participles right after the object of "leave" ("left a soldier seriously wounded", "left
    the son of a trader shot dead"), with no word between but the participle's own adverbs, and no
    object of their own (not "material left. A car bomb ... killed 45 people", a headline run on)."""
    states = []
    for obj in (c for c in verb.children if c.dep_ == "dobj"):
        phrase_end = max([obj.i, *(t.i for c in obj.children if c.i > obj.i and c.dep_ != "acl" for t in c.subtree)])
        for state in [*(c for c in obj.children if c.dep_ == "acl"), *(c for c in verb.children if c.dep_ == "advcl")]:
            own_object = any(c.dep_ == "dobj" for c in state.children)  # a verb of its own: "... killed 45"
            if state.tag_ in ("VBN", "VBD") and state.left_edge.i == phrase_end + 1 and not own_object:
                states.append(state)
    return states


def _active_infinitive(verb: Token) -> bool:
    """ "were suspected to have killed a driver", "are believed to kill": the subject of the verb
    above does the act (not "were reported to have been killed", nor "to have died")."""
    children = {c.lower_ for c in verb.children if c.dep_ == "aux"}
    passive = any(c.dep_ == "auxpass" for c in verb.children)
    return verb.dep_ == "xcomp" and "to" in children and not passive and verb.lemma_.lower() not in _INTRANSITIVE


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _relative_cue(noun: Token) -> _Decision | None:
    """Reduced relatives: "civilians living in", "three killed by", "people displaced by"; also one
    the parse hangs on the last of joined nouns, which it tells of them all ("Two gunmen and a
    police officer killed in a shootout")."""
    shared = [c for j in noun.conjuncts if j.i > noun.i for c in j.children if c.dep_ in ("acl", "amod") and c.i > j.i]
    for child in [*noun.children, *shared]:
        if child.dep_ not in ("acl", "relcl", "amod"):
            continue
        cue = _cue_of(child, "verb") or _cue_of(child, "adj")
        if cue is None:
            continue
        if child.pos_ == "VERB" and any(c.dep_ == "dobj" for c in child.children):
            continue  # "four men shot dead a priest": the men act on someone else
        if armed_shooters(noun, child):
            continue  # "three armed individuals shot at a car wash": they fired, no one was hit
        passive = child.tag_ in ("VBN", "VBD") or child.dep_ == "amod"  # VBD: headline mis-tags
        if passive or cue.kind in ("at_risk", "displaced"):
            # "4 civilians shot dead by gunmen": the verb's predicates tell the outcome
            fuller = _verb_cue(child, "acl") if passive and child.pos_ == "VERB" else None
            return fuller or _Decision(cue.kind, child, f"acl:{child.lemma_.lower()}")
    return None


#: Nouns of people who carry arms to use them: the subject of "shot at", not its target.
SHOOTER_NOUNS = frozenset({"gunman", "gunmen", "assailant", "attacker", "militant", "bandit", "shooter", "sniper"})
#: Words before a noun of people that arm them: "armed individuals", "masked men".
ARMING_WORDS = frozenset({"armed", "masked"})


def armed_shooters(noun: Token, verb: Token) -> bool:
    """The noun's people are armed and the reduced relative is firing "at" or "on" something: the
    parser's passive ("individuals [who were] shot at a car wash") is their act."""
    if verb.lemma_.lower() not in ("shoot", "fire") or not any(
        c.dep_ == "prep" and c.lower_ in ("at", "on", "upon", "into") for c in verb.children
    ):
        return False
    armed = any(c.dep_ == "amod" and c.lower_ in ARMING_WORDS for c in noun.children)
    return armed or noun.lower_ in SHOOTER_NOUNS or noun.lemma_.lower() in SHOOTER_NOUNS


def _climb(noun: Token) -> Token:
    """From a conjunct or an "of" object to the noun that carries the clause role; an item of a list
    the parser read as an apposition of one person ("a boy, a woman, and a demonstrator": "woman"
    hangs on "boy" as an apposition with "demonstrator" its conjunct) is a conjunct too."""
    while True:
        # (not a breakdown of a number: "5 civilians (2 men, 2 women, and 1 child)")
        listed = (
            noun.dep_ == "appos"
            and any(c.dep_ == "conj" for c in noun.children)
            and noun.head.tag_ == "NN"
            and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in noun.head.children)
        )
        # a number that says how many a plural noun before it names: "the mayor's bodyguards, two police agents"
        numbered = (
            noun.dep_ == "appos"
            and noun.head.tag_ == "NNS"
            and any(c.dep_ == "nummod" for c in noun.children)
            and not any(c.dep_ == "nummod" for c in noun.head.children)
        )
        if numbered:
            noun = noun.head
            continue
        if (noun.dep_ == "conj" or listed) and noun.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADJ"):
            # "the killing of 1 member and the injuring of 3 others", "the recovery of weapons and the
            # deaths of six bandits": a joined act noun "of" the people tells what befell them itself
            telling = noun.lower_.endswith("ing") or any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
            own = _noun_cue(noun) if telling else None
            if own is not None and own.kind != "other":
                return noun
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "NUM"):
            outer = noun.head.head
            group = outer.lemma_.lower() in _GROUP_OF | _FRAME_OF  # "a family of three", "a total of 17"
            if _noun_cue(outer) is None and outer.lower_ not in vague_words() and not outer.like_num and not group:
                return noun
            noun = outer
        else:
            return noun


def _role_cue(arg: Token) -> _Decision | None:
    """What the clause does to ``arg``, the counted noun (or the bare number)."""
    head = arg.head
    stranded = _stranded_verb(arg)
    if stranded is not None:
        if any(c.dep_ == "auxpass" for c in stranded.children):
            return _verb_cue(stranded, "nsubjpass")
        return _subject_cue(arg, stranded)
    split = _split_passive(arg)
    if split is not None:
        return _verb_cue(split, "nsubjpass")
    orphan = _orphan_passive(arg)
    if orphan is not None:
        return _verb_cue(orphan, "nsubjpass")
    if arg.dep_ == "nsubj" and head.lemma_ == "be":
        for child in head.children:
            if child.dep_ == "attr" and child.lower_ in _SHOT and any(c.lower_ == "dead" for c in child.children):
                # "two policemen were Friday afternoon shot dead": the parser took "shot" for a noun
                return _Decision("killed", child, "nsubjpass:shot_dead")
    if arg.dep_ == "nsubjpass":
        if (both := _killed_and_hurt(arg, head)) is not None:
            return both
        decision = _verb_cue(head, "nsubjpass")
        if decision is not None and decision.kind != "killed":
            # "Two are shot and killed": the conjoined verb that shares the subject tells the outcome
            for verb in (c for c in head.children if c.dep_ == "conj" and not _has_subject(c)):
                shared = _verb_cue(verb, "nsubjpass")
                if shared is not None and shared.kind == "killed":
                    return shared
        return decision
    if arg.dep_ == "dobj" and head.lower_ == "dead" and head.i > 0 and head.doc[head.i - 1].lower_ in _SHOT:
        return _Decision("killed", head, "dobj:shot_dead")  # "gunmen shot dead a civilian", "shot" read as a noun
    if arg.dep_ == "dobj" and head.pos_ == "VERB" and (_left_for_dead(head) or _dead_after(arg, head)):
        return _Decision("killed", head, "dobj:shot_dead")  # "shot a journalist dead", "beat him to death"
    start = arg.left_edge.i
    to_death = start >= 2 and arg.doc[start - 2].lower_ == "to" and arg.doc[start - 1].lower_ == "death"
    if to_death and (start < 3 or arg.doc[start - 3].lemma_.lower() not in _DOOMED):
        # "militia stone to death two drivers": whatever the parse made of the verb ("stone" a noun);
        # not "sentenced to death two soldiers"
        return _Decision("killed", arg.doc[start - 1], "dobj:to_death")
    if arg.dep_ == "pobj" and head.lower_ == "down" and head.head.lemma_.lower() == "gun":
        return _verb_cue(head.head, "dobj")  # "militia guns down two officers": "down" read as a preposition
    if arg.dep_ == "nummod" and head.pos_ == "VERB" and head.i < arg.i:
        return _verb_cue(head, "dobj")  # "attacks civilians and kills 4": the parse hangs the number on the verb
    if arg.dep_ == "dobj" and head.pos_ == "NOUN":
        return _verb_cue(head, "dobj")  # "residents lynch a man": the tagger read the verb as a noun
    verb = arg.doc[arg.left_edge.i - 1] if arg.left_edge.i > arg.sent.start else None
    numbered = any(c.dep_ == "nummod" for c in arg.children)
    active = verb is not None and verb.tag_ in ("VBD", "VBZ", "VBP") and _has_subject(verb)
    if arg.dep_ == "npadvmod" and numbered and active and verb.lemma_.lower() not in _INTRANSITIVE:
        # the noun right after an active verb is its object, wherever the parse hangs it: in "youths
        # killed 2 civilians - ongoing violence" the civilians modify "violence", the verb's "object"
        return _verb_cue(verb, "dobj")
    if arg.dep_ in ("dobj", "oprd", "attr") and head.pos_ in ("VERB", "AUX"):
        decision = _verb_cue(head, arg.dep_)
        before = head.doc[head.i - 1].lower_ if head.i > 0 else ""
        # "killed or injured 4 militants"; "killed and injured 30 people": one figure for both (a vague
        # "killing and injuring a number of fighters" is read as the dead, as coders do)
        either = before == "or" or (before == "and" and head.lemma_.lower() in ("injure", "wound") and _numbered(arg))
        if head.dep_ == "conj" and either and decision is not None and decision.kind == "injured":
            return decision  # "killed or injured 4 militants": how many died is not told; they were hurt
        if head.dep_ == "conj" and not _has_subject(head):
            # "killing and injuring a number of fighters", also when both hang on a verb before
            # them ("destroying equipment and killing and injuring a number of fighters")
            sharing = [head.head, *(c for c in head.head.children if c.dep_ == "conj" and c.i < head.i)]
            if head.i >= 2 and head.doc[head.i - 1].lower_ in ("and", "or"):
                sharing.append(head.doc[head.i - 2])  # the parser hung "killing" elsewhere
            for first in sharing:
                gerund = first.pos_ == "NOUN" and first.lower_.endswith("ing")  # "(Misrata) killing and injuring"
                if (first.pos_ != "VERB" and not gerund) or any(c.dep_ in ("dobj", "auxpass") for c in first.children):
                    continue  # (a passive has no object to share: "four were killed when bandits attacked a manyatta")
                if first.dep_ in ("xcomp", "oprd") and any(c.dep_ == "dobj" for c in first.head.children):
                    continue  # "leaving him killed and injuring a number of his family": "killed" is his
                if first.lemma_.lower() in _INTRANSITIVE:
                    continue  # "two died and seized a gun" shares no object
                shared = _verb_cue(first, arg.dep_)
                if shared is not None and (decision is None or shared.kind == "killed"):
                    return shared
        return decision
    if arg.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
        return _killed_and_hurt(arg, head) or _subject_cue(arg, head)
    if arg.dep_ == "pobj" and head.lower_ in ("to", "at") and head.head.pos_ in ("VERB", "AUX"):
        for other in head.head.children:
            if other.dep_ in ("nsubj", "dobj", "nsubjpass") and other is not arg:
                decision = _noun_cue(other)
                if decision:
                    return _Decision(decision.kind, decision.cue, "toll")
    if arg.dep_ == "pobj" and head.lower_ in ("to", "at") and head.head.pos_ == "NOUN":
        decision = _noun_cue(head.head)  # "the number of injured at 28"
        if decision:
            return _Decision(decision.kind, decision.cue, "toll")
    if (verb := _along_with(arg)) is not None:
        victim = next((c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")), None)
        if victim is not None:  # "X was shot dead along with two bodyguards": the bodyguards too
            return _verb_cue(verb, victim.dep_)
        if verb.lemma_.lower() in _INTRANSITIVE:  # "X died on the spot together with his passenger"
            return _verb_cue(verb, "nsubj")
    return None


def _numbered(arg: Token) -> bool:
    """The counted phrase has a figure: "30 people", "4"."""
    return arg.like_num or any(c.dep_ == "nummod" and c.like_num for c in arg.children)


def _killed_and_hurt(arg: Token, verb: Token) -> _Decision | None:
    """One figure for the dead and the wounded, which counts the hurt: "19 Killed and Injured in
    attack", "49 fighters were killed and wounded" (the passive's two verbs side by side: not "3
    were killed and several injured")."""
    hurt = _and_hurt(verb) if _numbered(arg) else None
    if hurt is None or (arg.dep_ == "nsubjpass" and hurt.i != verb.i + 2):
        return None
    return _Decision("injured", hurt, f"{arg.dep_}:killed_and_injured")


def _and_hurt(verb: Token) -> Token | None:
    """The "injured" or "wounded" joined by "and" to a verb of killing ("Killed and Injured"), or None."""
    if verb.lemma_.lower() != "kill" or not any(c.dep_ == "cc" and c.lower_ == "and" for c in verb.children):
        return None
    hurt = (c for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in ("injure", "wound"))
    # not "4 killed and 15 injured", "5 killed and more injured": the hurt told of their own
    own = ("nsubj", "nsubjpass", "advmod", "npadvmod", "dobj", "attr")
    return next((c for c in hurt if not any(o.dep_ in own for o in c.children)), None)


def _along_with(noun: Token) -> Token | None:
    """The verb a noun is joined to by "along with" or "together with" ("was killed along with his
    driver", and so is "his son" in "along with his wife and his son"), or None."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.lower_ != "with" or prep.i == 0:
        return None
    if prep.doc[prep.i - 1].lower_ not in ("along", "together"):
        return None
    token = prep
    while token.head.i != token.i and token.pos_ not in ("VERB", "AUX"):
        token = token.head
    return token if token.pos_ == "VERB" else None


def _left_for_dead(verb: Token) -> bool:
    """A harm verb whose object ends up dead: "shot a journalist dead", "stoned a thief to death"."""
    if verb.lemma_.lower() not in _HARM_TO_DEATH:
        return False
    dead = ("oprd", "xcomp", "acomp", "advmod", "advcl", "ccomp")
    return any(c.dep_ in dead and c.lower_ == "dead" for c in verb.children) or done_to_death(verb)


def done_to_death(verb: Token) -> bool:
    """The verb is done "to death": "stoned a thief to death", "hacked to death a Lamu chief"."""
    return any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in verb.children
    )


def _dead_after(arg: Token, verb: Token) -> bool:
    """ "shot a journalist dead": the parse makes "dead" a modifier of the object."""
    return verb.lemma_.lower() in _HARM_TO_DEATH and any(
        c.dep_ == "amod" and c.lower_ == "dead" and c.i > arg.i for c in arg.children
    )


def _split_passive(arg: Token) -> Token | None:
    """The participle of a passive split by a time phrase: in "a man was on Sunday night lynched by
    residents" the parser hangs "lynched" on "was" and makes the man its subject."""
    head = arg.head
    if arg.dep_ != "nsubj" or head.pos_ != "AUX" or head.lemma_ != "be":
        return None
    if any(c.dep_ in ("acomp", "attr") and c.lower_ not in _SHOT for c in head.children):
        return None  # "be" with a predicate of its own: "a Kenyan is dead ..., assumed to be involved with"
    for child in head.children:
        if child.dep_ not in ("advcl", "conj", "xcomp") or _has_subject(child):
            continue
        # (the tagger may take the participle for a past tense: "two men were in the evening hours
        # shot dead"; not one with an object of its own, "were drunk and killed a woman")
        misread = child.tag_ == "VBD" and not any(c.dep_ == "dobj" for c in child.children)
        if child.tag_ == "VBN" or misread:
            return child
    participle = head.head  # "4 people were last night killed": "were" hangs on the participle
    if head.dep_ == "auxpass" and participle.tag_ == "VBN" and not _has_subject(participle):
        return participle
    return None


#: Plural nouns of people a number may count besides the person nouns: "four gang members".
_PEOPLE = frozenset({"people", "person", "member"})
#: Words after "set" that burn what it acts on: "set alight", "set ablaze" ("set on fire" by its "fire").
_ALIGHT = frozenset({"alight", "ablaze"})


def _set_alight(verb: Token) -> bool:
    """People "set alight", "set ablaze" or "set on fire" (by a mob, mostly) are burnt to death; a
    house or a car set alight is no toll, so the verb's patient must be people: "set alight four
    robbery suspects", "two officers were set ablaze"."""
    if verb.lemma_.lower() != "set":
        return False
    after = verb.doc[verb.i + 1] if verb.i + 1 < len(verb.doc) else None
    burns = (
        any(c.lower_ in _ALIGHT for c in verb.children)
        or (after is not None and after.lower_ in _ALIGHT)  # "set alight 4 suspects", "alight" read as an adjective
        or any(
            c.dep_ == "prep" and c.lower_ == "on" and any(g.lower_ == "fire" for g in c.children) for c in verb.children
        )
    )
    patients = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not patients and verb.dep_ == "conj":  # "were attacked and set ablaze": the passive's subject
        patients = [c for c in verb.head.children if c.dep_ == "nsubjpass"]
    return burns and any(p.lemma_.lower() in _person_nouns() or p.lemma_.lower() in _PEOPLE for p in patients)


def _orphan_passive(arg: Token) -> Token | None:
    """A passive right after the noun phrase whose verb the parser left with no subject: in "shoot
    out ensues and three police officers and one raider were killed" the officers became objects of
    "shoot" and "were killed" has no subject; they are its subject."""
    if arg.dep_ not in ("dobj", "conj"):
        return None
    governor = arg.head
    while governor.dep_ in ("conj", "dobj") and governor.pos_ != "VERB" and governor.head.i != governor.i:
        governor = governor.head
    if governor.dep_ in ("relcl", "acl"):
        return None  # "a trader who ran a shop near the station was shot": the shop is the clause's
    after = arg.right_edge.i + 1
    if after >= len(arg.doc):
        return None
    auxiliary = arg.doc[after]
    verb = auxiliary.head
    if auxiliary.dep_ != "auxpass" or verb.tag_ != "VBN" or verb.i <= after or _has_subject(verb):
        return None
    return verb


def _stranded_verb(arg: Token) -> Token | None:
    """The verb whose subject the parser hung on a fronted place: in "On 3 May, in Petatlan,
    Guerrero, a man was shot dead" the man becomes an apposition of Guerrero and the verb has no
    subject, or a place name for one."""
    if arg.dep_ != "appos" or arg.head.pos_ != "PROPN":
        return None
    chain = []
    token = arg.head
    while token.dep_ in ("conj", "appos", "compound", "pobj", "prep") and token.head.i != token.i:
        chain.append(token)
        token = token.head
    verb = token if token.pos_ in ("VERB", "AUX") else token.head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < arg.i:
        return None
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    fronted = {t.i for t in chain} | {token.i}
    if not subjects:
        return verb
    # the "subject" is the fronted place itself ("in Recanto das Emas, Distrito Federal, an
    # adolescent ... were shot"), not a person the apposition describes ("Kenyatta, a leader")
    # or the fronted date ("Around 5 May 2020 (as reported), in Bacayopa, Sinaloa, a man and a
    # woman were found dead": "May" the subject)
    if all((s.i in fronted and s.ent_type_ in ("GPE", "LOC", "FAC")) or s.ent_type_ == "DATE" for s in subjects):
        return verb
    return None


def _tally(obj: Token) -> bool:
    """A number with its own cue word: the "3 injured" of "1 killed 3 injured", or "total" ("24
    killed total"): no object."""
    if obj.lower_ == "total" and not any(c.dep_ in ("det", "poss") for c in obj.children):
        return True
    return obj.like_num and any(
        c.dep_ in ("acl", "amod") and (_cue_of(c, "verb") or _cue_of(c, "adj")) for c in obj.children
    )


def _bracketed(token: Token) -> bool:
    """A word alone in brackets: "(machetes)"."""
    doc = token.doc
    left, right = token.left_edge.i, token.right_edge.i
    return left > 0 and right + 1 < len(doc) and doc[left - 1].text == "(" and doc[right + 1].text == ")"


#: Verbs whose subject was spared the harm their object names: "escaped death", "cheated death".
ESCAPE_VERBS = frozenset({"escape", "survive", "cheat", "evade", "avoid", "dodge"})


def _subject_cue(arg: Token, verb: Token) -> _Decision | None:
    if armed_shooters(arg, verb):
        return None  # "three armed individuals shot at a car wash": a headline's passive has no arms
    decision = _verb_cue(verb, "nsubj")
    shared = [verb] + [c for c in verb.children if c.dep_ == "conj" and not _has_subject(c)]
    # "beat up and tried to lynch a man": the object of a complement (not "died following the attack",
    # where the parse makes "following" a complement of "died")
    shared += [x for v in shared for x in v.children if x.dep_ == "xcomp" and v.lemma_.lower() not in _INTRANSITIVE]
    # (not a word in brackets: "4 killed (machetes)" says with what)
    objects = [c for v in shared for c in v.children if c.dep_ == "dobj" and not _tally(c) and not _bracketed(c)]
    if decision is not None and objects:
        return None  # "a police officer shot dead a driver": the subject did it
    if decision is None:
        if verb.lemma_.lower() in ESCAPE_VERBS:
            return None  # "four officers escaped death", "survived injuries": no harm came to them
        for child in verb.children:
            # "the rebels suffered fatalities"; not "hundreds protested the killing of a student"
            if (
                child.dep_ == "dobj"
                and child.lemma_.lower() not in _ACT_NOUNS
                and (noun := _noun_cue(child))
                and noun.kind != "other"
            ):
                return _Decision(noun.kind, noun.cue, "nsubj+dobj")
        return None
    if decision.cue is verb and decision.kind in ("killed", "injured", "kidnapped", "arrested"):
        intransitive = verb.lemma_.lower() in _INTRANSITIVE
        # a kill verb with no object says who died, as a headline does ("one soldier killed and two
        # wounded", "1 killed 3 injured"): whoever kills has someone to kill
        # (a clause before the subject is no complement: "bandits clash with police; three police
        # officers killed", where the parser hangs the first clause on "killed")
        elliptic = not objects and not any(c.dep_ in ("ccomp", "xcomp") and c.i > arg.i for c in verb.children)
        if not (intransitive or elliptic):
            return None  # the subject did the killing
    return decision
