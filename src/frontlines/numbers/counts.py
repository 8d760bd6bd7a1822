"""Counts of people in a parsed document: how many were killed, wounded, arrested, at risk...

``find_counts(doc)`` finds each number span (with its qualifier), reads it with ``parse_quantity`` and
decides what it counts from the dependency parse: the counted noun's role under a cue verb
("six people were killed"), a cue noun ("12 fatalities", "the death toll rose to 12"), a predicate
("left 5 dead", "shot dead") or a reduced relative ("civilians living in"). Cue words are data
(``data/numbers/count_cues.tsv``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Literal

from frontlines.datafiles import data_path, read_tsv
from frontlines.dates.resolve import MONTHS
from frontlines.numbers.quantity import Quantity, parse_quantity, qualifier_prefixes, vague_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

CountKind = Literal["killed", "injured", "at_risk", "displaced", "arrested", "kidnapped", "other"]

#: Entity labels whose numbers are never head counts.
NOT_COUNT_LABELS = frozenset({"MONEY", "PERCENT", "ORDINAL", "QUANTITY"})
#: Labels the sm model also puts on head counts ("Between 10 and 15 people"): kept when the number
#: modifies a noun that is not itself a time word.
TIME_LABELS = frozenset({"DATE", "TIME"})
#: Longest qualifier phrase, in tokens, looked for before a number.
MAX_QUALIFIER_TOKENS = 4
_NUMBER_WORDS = frozenset({"hundred", "thousand", "million", "billion", "dozen"})
_RANGE_JOINERS = frozenset({"to", "or", "-", "–", "and"})
_PATIENT_DEPS = frozenset({"nsubjpass", "dobj", "pobj", "attr", "appos", "nsubj", "oprd"})
_PREDICATE_DEPS = frozenset({"xcomp", "oprd", "acomp"})
_AUXILIARIES = frozenset(
    {"was", "were", "is", "are", "been", "have", "has", "had", "be", "reportedly", "reported", "also"}
)
#: Death verbs that take no object: their subject died.
_INTRANSITIVE = frozenset({"die", "perish", "drown"})
#: Roles in which one named victim counts one: "a man was killed", "killed a soldier", "a man died",
#: "the death of a bystander", "the body of a woman".
_ARTICLE_RULES = ("nsubjpass:", "dobj:", *(f"nsubj:{verb}" for verb in sorted(_INTRANSITIVE)), "noun:")
#: Verbs of "shot dead", "gunned dead"... whose "dead" the parse may take for the head.
_SHOT = frozenset({"shot", "gunned", "beaten", "stabbed", "hacked", "stoned"})
#: Harm verbs that kill when their object is left "dead" or they act "to death".
_HARM_TO_DEATH = frozenset({"shoot", "gun", "beat", "stab", "hack", "stone", "club", "burn", "lynch", "batter"})
_NOT_ARTICLE_NOUNS = frozenset(
    {"number", "lot", "total", "group", "series", "handful", "couple", "few", "family", "crowd", "unit", "convoy"}
)
#: Determiners of one victim: "a man", "the mayor", "another soldier", "his brother".
_ONE_DETERMINERS = frozenset({"a", "an", "the", "another", "this", "that"})
#: Pronouns of one person: "killing him", "he died later".
_ONE_PRONOUNS = frozenset({"him", "her", "he", "she"})
#: Nouns that point back to a victim told before: "The victim was beheaded".
_ANAPHORIC_NOUNS = frozenset({"victim", "deceased"})
#: Entity labels of names that are no person.
_NOT_PERSON_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
#: Prepositions that make a death the background of the event: "protests over the death of a man".
BACKGROUND_PREPOSITIONS = frozenset({"over", "after", "following", "against", "for", "about", "since"})
#: Prepositions and conjunctions that put a killing aside from the event: "for killing", "after he killed".
_ASIDE_PREPOSITIONS = frozenset({"of", "for", "after", "following", "over", "before", "because", "since"})
#: Nouns of a group counted by its "of" number: "a family of three", "a group of five".
_GROUP_OF = frozenset({"family", "group", "team", "crew", "band", "gang"})
#: Group nouns that take in anyone, whatever the parts named after "including".
_ANYONE = frozenset({"people", "person", "individual", "victim", "civilian", "casualty", "fatality"})
#: Nouns of an act, not of a toll: their verb's subject did not suffer them.
_ACT_NOUNS = frozenset({"killing", "murder", "injuring"})
#: Verbs of a result clause: "leading to the death of", "resulting in the killing of".
_RESULT_VERBS = frozenset({"lead", "result", "cause"})
#: Verbs whose complement did not happen: "threatened to lynch the driver".
_UNREALISED = frozenset({"threaten", "try", "attempt", "plan", "want", "vow", "seek", "intend"})
#: Nouns that name the dead person only by what is left of them: "his body was found". They point back
#: to a victim the text may already count, so they count only when nothing else does.
_REMAINS = frozenset({"body", "corpse", "remains", "remain"})
#: Words that make a head a dead person's: "two human heads were found", "a severed head".
_HEAD_OF_DEAD = frozenset({"human", "severed", "decapitated", "male", "female", "dismembered"})
#: Modifiers that make a group distinct from one named before: "two other policemen were killed".
DISTINCT_MODIFIERS = frozenset({"other", "another", "more", "additional", "further"})
#: Adverbs that make a wound a death: "fatally shot".
_FATALLY = frozenset({"fatally"})
#: Words before a plural death noun that deny it: "no fatalities", "without deaths".
_NEGATIONS = frozenset({"no", "not", "without", "nor", "n't", "neither", "zero", "any"})
#: Value of deaths reported with no number ("incurring fatalities", "an unknown number of soldiers
#: were killed"): ACLED's figure for an unknown number of fatalities.
UNKNOWN_DEATHS = 10


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of the document's text by character offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Count:
    """A number of people and what happened to them, with the words that decided it."""

    kind: CountKind
    quantity: Quantity
    start: int
    end: int
    text: str
    sentence: tuple[int, int]
    cue: Mention | None
    subject: Mention | None
    rule: str


@dataclass(frozen=True, slots=True)
class _Cue:
    kind: CountKind
    rank: int


@cache
def _cues() -> dict[tuple[str, str], _Cue]:
    path = data_path("numbers/count_cues.tsv")
    table: dict[tuple[str, str], _Cue] = {}
    for _, row in read_tsv(path, required=("lemma", "pos", "kind", "rank")):
        table[(row["lemma"], row["pos"])] = _Cue(row["kind"], int(row["rank"]))  # type: ignore[arg-type]
    return table


@cache
def _person_nouns() -> frozenset[str]:
    """Nouns of one person that a headline or a coder's note uses without an article ("Gunmen kill
    civilian", "Policeman killed in shootout"): one victim each (``person_nouns.tsv``)."""
    path = data_path("numbers/person_nouns.tsv")
    return frozenset(row["word"].lower() for _, row in read_tsv(path, required=("word",)))


@cache
def _not_count_words() -> frozenset[str]:
    path = data_path("numbers/not_count_words.tsv")
    return frozenset(row["word"].lower() for _, row in read_tsv(path, required=("word",)))


def _mention(tokens: Token | Span) -> Mention:
    if hasattr(tokens, "idx"):
        token: Token = tokens  # type: ignore[assignment]
        return Mention(token.idx, token.idx + len(token.text), token.text)
    span: Span = tokens  # type: ignore[assignment]
    return Mention(span.start_char, span.end_char, span.text)


def _lemma(token: Token) -> str:
    """The token's lemma, mended where the lemmatizer cuts a plural in "-ses" one letter short
    ("corpses" -> "corps")."""
    lemma = token.lemma_.lower()
    if token.tag_ == "NNS" and token.lower_ == lemma + "es":
        return lemma + "e"
    return lemma


def _is_remains(noun: Token) -> bool:
    """A dead person's body or part of it: "the body", "corpses", "human remains", "two human heads"."""
    if noun.pos_ != "NOUN":
        return False
    lemma = _lemma(noun)
    if lemma in _REMAINS:
        return True
    return lemma == "head" and any(c.dep_ in ("amod", "compound") and c.lower_ in _HEAD_OF_DEAD for c in noun.children)


def _cue_of(token: Token, pos: str) -> _Cue | None:
    lemma = _lemma(token)
    cue = _cues().get((lemma, pos))
    if cue is None and pos == "adj":
        cue = _cues().get((token.lower_, "adj"))
    if cue is None and pos == "verb" and token.pos_ == "NOUN" and token.lower_.endswith("ing"):
        stem = token.lower_[:-3]  # a gerund the tagger took for a noun: "killing", "injuring"
        cue = _cues().get((stem, "verb")) or _cues().get((stem + "e", "verb"))
    return cue


def _is_number(token: Token) -> bool:
    return token.like_num or token.lower_ in _NUMBER_WORDS or token.lower_ in vague_words()


# ---------------------------------------------------------------- number spans


def _number_span(doc: Doc, i: int) -> tuple[int, int] | None:
    """Token range [start, end) of the number phrase starting at token i, with qualifier words."""
    end = i + 1
    while end < len(doc) and (
        _continues_number(doc[end - 1], doc[end])
        or (doc[end].text in {"-", "and"} and end + 1 < len(doc) and doc[end + 1].like_num)
        or (doc[end].lower_ in _RANGE_JOINERS and end + 1 < len(doc) and _is_number(doc[end + 1]))
    ):
        end += 1
    of_phrase = f"{doc[i:end].text.lower()} of {doc[end + 1].lower_}" if end + 1 < len(doc) else ""
    if end < len(doc) and doc[end].lower_ == "of" and of_phrase in vague_words():
        end += 2  # "tens of thousands"
    return _with_prefix(doc, i), end


def _continues_number(last: Token, token: Token) -> bool:
    """ "one hundred", "twenty three", "1.2 million"; not "2016 Four" (a year, then a count)."""
    if not _is_number(token):
        return False
    if last.lower_ in _RANGE_JOINERS:  # "Seventy-six", "10 and 15" (the joiner was taken already)
        return True
    return token.lower_ in _NUMBER_WORDS or (token.is_alpha and last.is_alpha)


def _with_prefix(doc: Doc, i: int) -> int:
    sent_start = doc[i].sent.start
    for width in range(MAX_QUALIFIER_TOKENS, 0, -1):
        start = i - width
        if start < sent_start:
            continue
        words = doc[start:i].text.lower()
        if words in qualifier_prefixes() or words == "between" or f"{words} {doc[i].lower_}" in vague_words():
            return start
    return i


def _excluded(doc: Doc, start: int, end: int, root: Token) -> bool:
    if any(t.ent_type_ in NOT_COUNT_LABELS for t in doc[start:end]):
        # "5 km", "$3 million": the unit is in the entity; "1 TMF fighter" (the model's QUANTITY
        # "1 TMF") counts a noun outside it
        counted = root.head if root.dep_ == "nummod" else None
        if counted is None or counted.pos_ != "NOUN":
            return True
        # the model also calls "3 TMF fighters" a QUANTITY: a noun that is no unit is counted
        if counted.ent_type_ in NOT_COUNT_LABELS and (
            counted.ent_type_ != "QUANTITY" or {counted.lower_, counted.lemma_.lower()} & _not_count_words()
        ):
            return True
    if any(t.ent_type_ in TIME_LABELS for t in doc[start:end]):
        head = root.head
        counts_a_noun = root.dep_ == "nummod" and head.pos_ == "NOUN" and head.ent_type_ not in TIME_LABELS
        if not counts_a_noun or head.lower_ in _not_count_words():
            return True
    after = doc[end] if end < len(doc) else None
    if after is not None:
        if after.lower_ in _not_count_words():
            return True
        if after.text == "-" and end + 1 < len(doc) and doc[end + 1].lower_ in _not_count_words():
            return True
    before = doc[start - 1] if start > 0 else None
    if _is_month(after):  # "9 May", "12 Sep."
        return True
    if _is_month(before) and not (start > 1 and doc[start - 2].like_num):  # "May 9", not "01 Oct. 7 people"
        return True
    if before is not None and before.lower_ == "no" and doc[start].lower_ == "one":
        return True  # "no one was killed": nobody
    return before is not None and before.text in {"$", "£", "€", "#", "No.", "no."}


def _is_month(token: Token | None) -> bool:
    return token is not None and token.is_title and token.lower_.rstrip(".") in MONTHS


def _span_root(doc: Doc, start: int, end: int) -> Token:
    numeric = [t for t in doc[start:end] if _is_number(t) and not start <= t.head.i < end]
    if numeric:
        return numeric[0]
    outside = [t for t in doc[start:end] if not start <= t.head.i < end]
    return outside[0] if outside else doc[end - 1]


# ---------------------------------------------------------------- what a number counts


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


def _verb_cue(verb: Token, role: str) -> _Decision | None:
    """The best cue among a verb and the predicates it governs ("shot dead", "reported killed")."""
    found: list[tuple[_Cue, _Decision]] = []
    # "tried to lynch", "threatened to kill": a complement of an unrealised verb did not happen
    if verb.dep_ == "xcomp" and verb.head.lemma_.lower() in _UNREALISED:
        return None
    realised = verb.lemma_.lower() not in _UNREALISED
    candidates = [verb] + [c for c in verb.children if c.dep_ in _PREDICATE_DEPS and (realised or c.dep_ != "xcomp")]
    # "shot and killed two", not "wounding seven villagers and killing one" (a conjunct with an
    # object of its own acts on someone else)
    conjuncts = [
        c
        for c in verb.children
        if c.dep_ == "conj" and not _has_subject(c) and not any(o.dep_ == "dobj" for o in c.children)
    ]
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
    candidates += [c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "dead"]
    candidates += [
        m for o in verb.children if o.dep_ == "dobj" for m in o.children if m.lower_ == "dead" and m.i == verb.i + 1
    ]
    for token in candidates:
        if token.lemma_.lower() != "gun" and any(c.dep_ == "prt" and c.lower_ == "down" for c in token.children):
            continue  # "shot down": an aircraft, not a person ("gunned down" is a person shot dead)
        for pos in ("verb", "adj"):
            cue = _cue_of(token, pos)
            if cue and cue.kind == "injured" and any(c.lower_ in _FATALLY for c in token.children):
                cue = _Cue("killed", 1)  # "fatally shot", "fatally wounded"
            if cue:
                found.append((cue, _Decision(cue.kind, token, f"{role}:{token.lemma_.lower()}")))
                break
    # the verb's own "to death", and a conjunct's that has no object of its own ("stoned and
    # stabbed to death", not "invaded a house and shot a woman to death")
    sharers = [verb] + [c for c in candidates if c.dep_ == "conj" and not any(o.dep_ == "dobj" for o in c.children)]
    preps = [c for t in sharers if t.pos_ in ("VERB", "AUX") for c in t.children if c.dep_ == "prep"]
    for child in preps:  # "stoned and stabbed to death": the conjunct's "to death" too
        for obj in child.children:
            cue = _cue_of(obj, "noun") if obj.dep_ == "pobj" else None
            if cue and cue.kind == "at_risk":
                found.append((cue, _Decision(cue.kind, obj, f"{role}:at_{obj.lemma_.lower()}")))
            elif cue and obj.lemma_.lower() == "death" and child.lower_ == "to":  # "beaten to death"
                found.append((_Cue("killed", 0), _Decision("killed", obj, f"{role}:to_death")))
    return _best(found)


def _has_subject(verb: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _relative_cue(noun: Token) -> _Decision | None:
    """Reduced relatives: "civilians living in", "three killed by", "people displaced by"."""
    for child in noun.children:
        if child.dep_ not in ("acl", "relcl", "amod"):
            continue
        cue = _cue_of(child, "verb") or _cue_of(child, "adj")
        if cue is None:
            continue
        passive = child.tag_ in ("VBN", "VBD") or child.dep_ == "amod"  # VBD: headline mis-tags
        if passive or cue.kind in ("at_risk", "displaced"):
            return _Decision(cue.kind, child, f"acl:{child.lemma_.lower()}")
    return None


def _climb(noun: Token) -> Token:
    """From a conjunct or an "of" object to the noun that carries the clause role."""
    while True:
        if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN", "NUM", "PRON", "ADJ"):
            own = _noun_cue(noun) if noun.lower_.endswith("ing") else None
            if own is not None and own.kind != "other":
                return noun  # "the killing of 1 member and the injuring of 3 others": "injuring" tells its own
            noun = noun.head
        elif noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in ("NOUN", "NUM"):
            outer = noun.head.head
            group = outer.lemma_.lower() in _GROUP_OF  # "a family of three"
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
    if arg.dep_ == "nsubjpass":
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
    if arg.dep_ in ("dobj", "oprd", "attr") and head.pos_ in ("VERB", "AUX"):
        decision = _verb_cue(head, arg.dep_)
        if head.dep_ == "conj" and not _has_subject(head):
            # "killing and injuring a number of fighters", also when both hang on a verb before
            # them ("destroying equipment and killing and injuring a number of fighters")
            sharing = [head.head, *(c for c in head.head.children if c.dep_ == "conj" and c.i < head.i)]
            if head.i >= 2 and head.doc[head.i - 1].lower_ in ("and", "or"):
                sharing.append(head.doc[head.i - 2])  # the parser hung "killing" elsewhere
            for first in sharing:
                gerund = first.pos_ == "NOUN" and first.lower_.endswith("ing")  # "(Misrata) killing and injuring"
                if (first.pos_ != "VERB" and not gerund) or any(c.dep_ == "dobj" for c in first.children):
                    continue
                if first.dep_ in ("xcomp", "oprd") and any(c.dep_ == "dobj" for c in first.head.children):
                    continue  # "leaving him killed and injuring a number of his family": "killed" is his
                if first.lemma_.lower() in _INTRANSITIVE:
                    continue  # "two died and seized a gun" shares no object
                shared = _verb_cue(first, arg.dep_)
                if shared is not None and (decision is None or shared.kind == "killed"):
                    return shared
        return decision
    if arg.dep_ == "nsubj" and head.pos_ in ("VERB", "AUX"):
        return _subject_cue(arg, head)
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
    return None


def _left_for_dead(verb: Token) -> bool:
    """A harm verb whose object ends up dead: "shot a journalist dead", "stoned a thief to death"."""
    if verb.lemma_.lower() not in _HARM_TO_DEATH:
        return False
    for child in verb.children:
        if child.dep_ in ("oprd", "xcomp", "acomp", "advmod", "advcl", "ccomp") and child.lower_ == "dead":
            return True
        if child.dep_ == "prep" and child.lower_ == "to" and any(g.lower_ == "death" for g in child.children):
            return True
    return False


def _dead_after(arg: Token, verb: Token) -> bool:
    """ "shot a journalist dead": the parse makes "dead" a modifier of the object."""
    return verb.lemma_.lower() in _HARM_TO_DEATH and any(
        c.dep_ == "amod" and c.lower_ == "dead" and c.i > arg.i for c in arg.children
    )


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


def _gerund_before(doc: Doc, start: int) -> _Decision | None:
    """ "Police intervened killing 2 - DETAILS NOT SPECIFIED": a harm gerund right before the number,
    whose object the parser lost."""
    if start == 0 or doc[start - 1].tag_ != "VBG":
        return None
    cue = _cue_of(doc[start - 1], "verb")
    if cue is None or cue.kind not in ("killed", "injured"):
        return None
    return _Decision(cue.kind, doc[start - 1], f"gerund:{doc[start - 1].lower_}")


def _tally(obj: Token) -> bool:
    """A number with its own cue word: the "3 injured" of "1 killed 3 injured", no object."""
    return obj.like_num and any(
        c.dep_ in ("acl", "amod") and (_cue_of(c, "verb") or _cue_of(c, "adj")) for c in obj.children
    )


def _subject_cue(arg: Token, verb: Token) -> _Decision | None:
    decision = _verb_cue(verb, "nsubj")
    shared = [verb] + [c for c in verb.children if c.dep_ == "conj" and not _has_subject(c)]
    # "beat up and tried to lynch a man": the object of a complement (not "died following the attack",
    # where the parse makes "following" a complement of "died")
    shared += [x for v in shared for x in v.children if x.dep_ == "xcomp" and v.lemma_.lower() not in _INTRANSITIVE]
    objects = [c for v in shared for c in v.children if c.dep_ == "dobj" and not _tally(c)]
    if decision is not None and objects:
        return None  # "a police officer shot dead a driver": the subject did it
    if decision is None:
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


def _adjacent_cue(doc: Doc, end: int, skip_aux: bool = True) -> _Decision | None:
    """ "5 dead", "two injured", "1 was wounded": a cue word right after the number phrase."""
    while skip_aux and end < len(doc) and doc[end].lower_ in _AUXILIARIES:
        end += 1
    if end >= len(doc):
        return None
    token = doc[end]
    cue = _cue_of(token, "adj") or (_cue_of(token, "verb") if token.tag_ == "VBN" else None)
    if cue and cue.kind not in ("other", "killed"):
        # "Two are shot and killed": the conjoined participle tells the outcome
        for verb in (c for c in token.children if c.dep_ == "conj" and c.tag_ == "VBN" and not _has_subject(c)):
            worse = _cue_of(verb, "verb")
            if worse is not None and worse.kind == "killed":
                return _Decision("killed", verb, f"adjacent:{token.lower_}_and_{verb.lower_}")
    if cue and cue.kind != "other":
        return _Decision(cue.kind, token, f"adjacent:{token.lower_}")
    return None


def _decide(doc: Doc, root: Token, end: int) -> tuple[_Decision, Token | None]:
    """The count's kind and the counted noun for the number phrase whose root token is ``root``."""
    noun: Token | None = None
    arg = root
    if root.dep_ in ("nummod", "quantmod", "amod", "det", "compound") and root.head.pos_ in (
        "NOUN",
        "PROPN",
        "PRON",
        "ADJ",
    ):
        noun = arg = root.head
    of_objects = [c for c in arg.children if c.dep_ == "prep" and c.lower_ == "of"]
    if noun is None and of_objects:
        noun = next((c for c in of_objects[0].children if c.dep_ == "pobj"), None)
        if noun is not None and (noun.like_num or any(c.dep_ == "nummod" for c in noun.children)):
            return _Decision("other", None, "partitive"), None  # "one of two people killed"
    decision = _noun_cue(arg) if arg is not root else None
    fallback = decision if decision is not None and decision.kind in ("other", "displaced") else None
    if fallback is not None:
        # "victims", "casualties": what happened to them may still be said; "two refugees were
        # killed": refugees are counted as killed, not as displaced
        decision = None
    if decision is None:
        decision = _relative_cue(arg) or _relative_cue(root)
    if decision is None and noun is None:
        decision = _adjacent_cue(doc, end)  # a bare number: "1 killed, 7 injured", "1 was wounded"
    climbed = _climb(arg)
    if decision is None:
        decision = _role_cue(climbed)
    if decision is None and (arg is not root or climbed is not arg):
        decision = _noun_cue(climbed)  # "the death of four", "the bodies of 5 soldiers"
    if decision is None and noun is not None and arg is root:
        decision = _noun_cue(noun)  # "a number of fatalities", "dozens of deaths"
    if decision is None:
        decision = _adjacent_cue(doc, end) or (
            _adjacent_cue(doc, noun.i + 1, skip_aux=False) if noun is not None else None
        )
    if decision is None and noun is None:
        decision = _range_cue(root)
    if decision is None and noun is not None:
        decision = _group_cue(doc, noun)
    if decision is None and noun is not None:
        decision = _shared_noun_cue(noun)
    if decision is None:
        decision = _left_dead(doc, root.left_edge.i if noun is None else min(root.i, noun.left_edge.i), end)
    if decision is None:
        decision = _gerund_before(doc, root.left_edge.i)
    if decision is None and not _part_of_group(root):
        decision = _after_names(doc, end)
    if (
        decision is not None
        and decision.cue is not None
        and (_cause_noun(decision.cue) or _past_relative(decision.cue) or _charged_with(decision.cue))
    ):
        decision = None  # "in retaliation for the killing of 3 members earlier in the week"
    return decision or fallback or _Decision("other", None, "no_cue"), noun


#: Heads whose phrase makes a killing told by its noun a cause or a charge: "a suspect in the murder of".
_CHARGE_HEADS = frozenset({"suspect", "accuse", "charge", "convict", "arrest", "role", "retaliation", "revenge"})


def _cause_noun(cue: Token) -> bool:
    """A killing or murder told by its noun as the cause or the charge, not as this event's toll:
    "following the recent killing of two people", "in retaliation for the killing of 3 members",
    "a suspect in the attempted murder of"."""
    if cue.pos_ != "NOUN" or cue.lemma_.lower() not in _ACT_NOUNS:
        return False
    if any(c.dep_ == "amod" and c.lower_ in ("attempted", "alleged") for c in cue.children):
        return True
    if _background(cue):
        return True
    return cue.dep_ == "pobj" and cue.head.head.lemma_.lower() in _CHARGE_HEADS


#: Longest run of name words read between a number and its verb on the surface.
NAME_RUN = 5


def _subject_lemma(doc: Doc, count: Count) -> str:
    """The lemma of the noun a count counts ("men" of "two armed men"), or ""."""
    if count.subject is None:
        return ""
    span = doc.char_span(count.subject.start, count.subject.end, alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None else ""


def _part_of_group(root: Token) -> bool:
    """ "72 civilians including 15 children (and 4 teachers)": a part named inside its group's phrase."""
    start = root.left_edge.i
    if start > 0 and root.doc[start - 1].lower_ in ("including", "among", "of", "incl"):
        return True
    noun = root.head if root.dep_ == "nummod" else root
    while noun.dep_ == "conj" and noun.head.i != noun.i:
        noun = noun.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in ("including", "among"):
        return False
    # the later parts belong to a group of anyone ("8 people including 4 children and 4 police
    # officers"), not to a group of one side ("21 militants including 2 commanders and 4 soldiers")
    group = noun.head.head
    return group.lemma_.lower() in _ANYONE


def _after_names(doc: Doc, end: int) -> _Decision | None:
    """ "56 BH/IS fighters were killed": past the group's name words, the cue word the parse lost
    ("IS" taken for a verb)."""
    at = end
    while (
        at < len(doc)
        and at - end < NAME_RUN
        and (doc[at].pos_ in ("PROPN", "NOUN", "ADJ") or doc[at].is_upper or doc[at].text in ("/", "-"))
    ):
        at += 1
    if at == end or at >= len(doc):
        return None
    decision = _adjacent_cue(doc, at)
    return _Decision(decision.kind, decision.cue, f"surface+{decision.rule}") if decision else None


def _left_dead(doc: Doc, start: int, end: int) -> _Decision | None:
    """ "leaving 2 IS militants dead", "left 3 TMF fighters (including the director) dead", read on
    the surface where the parse fails ("IS" taken for a verb, a parenthesis in the way)."""
    if not any(doc[i].lemma_.lower() == "leave" for i in range(max(0, start - 2), start)):
        return None
    depth = 0
    for token in doc[end : min(len(doc), end + 15)]:
        if token.text == "(":
            depth += 1
        elif token.text == ")":
            depth = max(0, depth - 1)
        elif depth == 0 and token.lower_ == "dead":
            return _Decision("killed", token, "left_dead")
        elif depth == 0 and not (token.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") or token.is_upper):
            return None
    return None


def _shared_noun_cue(noun: Token) -> _Decision | None:
    """ "25 ADF fighters and 6 military fatalities", "2 rebel and 1 military fatality": the last
    conjunct's noun names what the counts before it are too."""
    for conj in (c for c in noun.children if c.dep_ == "conj"):
        if any(c.dep_ == "nummod" for c in conj.children):
            decision = _noun_cue(conj)
            if decision is not None and decision.kind in ("killed", "injured"):
                return _Decision(decision.kind, decision.cue, f"shared+{decision.rule}")
    return None


#: Verbs that give a figure as a range: "Reports on fatalities range from 2 to 4".
_RANGE_VERBS = frozenset({"range", "vary"})


def _range_cue(root: Token) -> _Decision | None:
    """ "Reports on fatalities range from 2 to 4", "estimates of the dead vary between 5 and 23": a
    bare range after "range from" counts what its subject (or the subject's object) names. It is the
    whole toll."""
    prep = root.head
    if root.dep_ != "pobj" or prep.lower_ not in ("from", "between") or prep.head.lemma_.lower() not in _RANGE_VERBS:
        return None
    for subject in (c for c in prep.head.children if c.dep_ == "nsubj"):
        objects = [o for p in subject.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
        for noun in [subject, *objects]:
            decision = _noun_cue(noun)
            if decision is not None and decision.kind != "other":
                return _Decision(decision.kind, decision.cue, f"toll:range_of_{_lemma(noun)}")
    return None


def _group_cue(doc: Doc, noun: Token) -> _Decision | None:
    """ "3,500 children among the 18,000 civilians living in Yarmuk": a part of a group at risk or
    displaced is so too. Not for deaths or injuries, where the part would be counted twice."""
    for prep in (c for c in noun.children if c.dep_ == "prep" and c.lower_ == "among"):
        for group in (c for c in prep.children if c.dep_ == "pobj"):
            number = next((c for c in group.children if c.dep_ == "nummod"), None)
            if number is None:
                continue
            decision, _ = _decide(doc, number, number.i + 1)
            if decision.kind in ("at_risk", "displaced"):
                return _Decision(decision.kind, decision.cue, f"among+{decision.rule}")
    return None


# ---------------------------------------------------------------- the public function


def find_counts(doc: Doc) -> list[Count]:
    """Every count of people in ``doc`` (parsed with the full pipeline), in text order."""
    counts: list[Count] = []
    i = 0
    while i < len(doc):
        token = doc[i]
        if _is_number(token) or _is_vague_number_noun(doc, i):
            span = _number_span(doc, i)
            if span is not None:
                start, end = span
                count = _count(doc, start, end)
                if count is not None:
                    counts.append(count)
                i = end
                continue
        i += 1
    counts.extend(_article_counts(doc, counts))
    counts.extend(_unknown_deaths(doc, counts))
    counts.extend(_group_pronoun_counts(doc, counts))
    counts.sort(key=lambda c: c.start)
    return counts


#: Sentences back in which "them" or "they" may find the group it stands for.
PRONOUN_REACH = 2


def _group_pronoun_counts(doc: Doc, found: list[Count]) -> list[Count]:
    """ "Gunmen abducted 9 soldiers. They later killed them": the pronoun stands for the group last
    counted in the sentences before it, so the deaths are that group's number. Marked ``anaphor``:
    the event counts it only when nothing else counts the dead."""
    counts = []
    for token in doc:
        pronoun = token.lower_ in ("them", "they") and token.pos_ == "PRON"
        # "the armed men were killed", "the victims were killed": a plural noun with "the"
        definite = token.tag_ == "NNS" and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
        if not pronoun and not definite:
            continue
        roles = ("dobj",) if token.lower_ == "them" else ("nsubjpass",) if pronoun else ("dobj", "nsubjpass")
        if token.dep_ not in roles or token.head.pos_ not in ("VERB", "AUX"):
            continue
        role = token.dep_
        if definite and any(
            c.start <= token.idx < c.end or (c.subject and c.subject.start == token.idx) for c in found
        ):
            continue  # counted already
        decision = _verb_cue(token.head, role)
        if decision is None or decision.kind != "killed":
            continue
        sentence = token.sent
        earlier = [
            c
            for c in found
            if c.subject is not None
            and c.kind != "killed"
            and c.end <= sentence.start_char
            and len(list(doc.char_span(c.start, sentence.start_char, alignment_mode="expand").sents)) <= PRONOUN_REACH
        ]
        if definite:  # the same noun as the group's, or "the victims"
            lemma = token.lemma_.lower()
            earlier = [c for c in earlier if lemma in _ANAPHORIC_NOUNS or _subject_lemma(doc, c) == lemma]
        if not earlier:
            continue
        group = earlier[-1]
        counts.append(
            Count(
                kind="killed",
                quantity=group.quantity,
                start=token.idx,
                end=token.idx + len(token.text),
                text=token.text,
                sentence=(sentence.start_char, sentence.end_char),
                cue=_mention(decision.cue),
                subject=group.subject,
                rule=f"anaphor+{token.lower_ if pronoun else 'the_' + token.lemma_.lower()}:{decision.rule}",
            )
        )
    return counts


def _is_vague_number_noun(doc: Doc, i: int) -> bool:
    """ "a number of", "an unknown number of": "number" with a vague-word prefix, before "of"."""
    token = doc[i]
    if token.lower_ != "number" or i + 1 >= len(doc) or doc[i + 1].lower_ != "of":
        return False
    return _with_prefix(doc, i) < i


def _count(doc: Doc, start: int, end: int) -> Count | None:
    if end - start == 1 and doc[start].lower_ in _NUMBER_WORDS:
        return None  # "million" alone: part of a name or an amount, not a count
    root = _span_root(doc, start, end)
    if _excluded(doc, start, end, root):
        return None
    quantity = parse_quantity(doc[start:end].text)
    if quantity is None:
        return None
    decision, noun = _decide(doc, root, end)
    # "25 ADF fighters and 6 military fatalities": the last group is named by its toll noun; it is a
    # group of its own, not the whole toll
    listed = noun is not None and noun.dep_ == "conj" and any(c.dep_ == "nummod" for c in noun.head.children)
    before = doc[start - 1] if start > 0 else None
    # "both victims died", "the two victims", "Both their bodies were found": the people told before
    pointing_back = (
        noun is not None
        and (noun.lemma_.lower() in _ANAPHORIC_NOUNS or _is_remains(noun))
        and (doc[start].lower_ == "both" or (before is not None and before.lower_ in ("the", "their")))
    )
    if noun is not None and ((decision.cue is noun and not listed) or not noun.is_alpha):
        noun = None
    sentence = doc[start].sent
    distinct = before if before is not None and before.lower_ in DISTINCT_MODIFIERS else None
    rule = f"anaphor+{decision.rule}" if pointing_back else decision.rule
    return Count(
        kind=decision.kind,
        quantity=quantity,
        start=doc[start].idx,
        end=doc[end - 1].idx + len(doc[end - 1].text),
        text=doc[start:end].text,
        sentence=(sentence.start_char, sentence.end_char),
        cue=_mention(decision.cue) if decision.cue is not None else None,
        subject=_subject(doc, noun, distinct) if noun is not None else None,
        rule=rule,
    )


def _subject(doc: Doc, noun: Token, marker: Token | None = None) -> Mention:
    """The counted noun; with "other", "another", "more" before it, the words from that modifier on,
    so that "two other policemen" is a group apart from "two policemen"."""
    modifiers = [c for c in noun.children if c.lower_ in DISTINCT_MODIFIERS and c.i < noun.i]
    if marker is None and modifiers:
        marker = modifiers[0]
    # a side's name before the noun makes the group its own: "40 GNA soldiers and 8 LNA soldiers"
    sides = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i and c.pos_ == "PROPN"]
    if marker is None and sides:
        marker = sides[0]
    if marker is None or marker.i > noun.i:
        return _mention(noun)
    return Mention(marker.idx, noun.idx + len(noun.text), doc.text[marker.idx : noun.idx + len(noun.text)])


def _article_counts(doc: Doc, found: list[Count]) -> list[Count]:
    """One victim named without a number: "a man was shot dead", "the mayor and his two guards were
    killed", "killing the father and a son", "the death of a bystander", "the body of a woman", "police
    shot dead John Kamau", "killing him". A bare "his body" or a pronoun is marked ``anaphor`` (it may
    be someone counted already)."""
    taken = {c.start for c in found}
    subjects = {c.subject.start for c in found if c.subject is not None}
    counts = []
    for noun in doc:
        marker = _one_victim_marker(noun)
        if marker is None or marker.idx in taken or noun.idx in subjects:
            continue
        remains = _is_remains(noun)
        if remains and _of_person(noun):
            continue  # "the body of a man": the man is counted
        climbed = _climb(noun)  # "a woman and a child died": the conjunct too
        decision = _role_cue(climbed)
        if decision is None and climbed.i != noun.i:
            decision = _noun_cue(climbed)  # "the death of a bystander", "the body of a woman"
        if decision is None and remains:
            decision = _noun_cue(noun)  # "a body was found"
        if decision is None and noun.dep_ == "poss" and (noun.pos_ == "PRON" or _is_remains(noun.head)):
            decision = _noun_cue(noun.head)  # "resulting in his death", "a man's body was found"
            if decision is not None and decision.kind != "killed":
                continue
        if decision is None or decision.kind == "other" or decision.cue is None:
            continue
        if decision.cue.i == noun.i and not remains:
            continue  # "claimed the life of a soldier": the cue noun is not the victim
        headline = marker is noun and noun.lower_ in _person_nouns() and decision.rule.startswith("nsubj:")
        if not decision.rule.startswith(_ARTICLE_RULES) and not headline:
            continue  # "confirmed the toll to an AFP correspondent", "a massacre"; not "Policeman killed by"
        if decision.rule.startswith("noun:") and (decision.kind != "killed" or _background(decision.cue)):
            continue  # "the arrest of a man"; "protests over the death of a man" (an earlier event)
        if not _said_of(noun, climbed, decision.cue):
            continue
        if _told_aside(decision.cue, relative=marker.lower_ not in ("a", "an")):
            continue  # "lynched a man who had killed his wife": the earlier killing is no part of it
        if decision.rule.endswith(":claim") and climbed.i == noun.i:
            continue  # "the action was claimed to be...": "claim" kills only through "the life of"
        if remains and noun.dep_ not in ("nsubjpass", "dobj", "nsubj") and _stranded_verb(noun) is None:
            continue  # "his papers to the electoral body" (not "in Hidalgo, a dead body was found")
        anaphor = (
            noun.pos_ in ("PRON", "PROPN")
            or noun.lower_ == "other"  # "the other": one of a pair perhaps counted already
            or noun.lemma_.lower() in _ANAPHORIC_NOUNS
            or (_is_remains(noun) and not _of_person(noun))
        )
        prefix = "anaphor+" if anaphor else ("article+" if marker.lower_ in ("a", "an") else "one+")
        sentence = marker.sent
        counts.append(
            Count(
                kind=decision.kind,
                quantity=Quantity(value=1, low=1, high=1, qualifier="exact"),
                start=marker.idx,
                end=marker.idx + len(marker.text),
                text=marker.text,
                sentence=(sentence.start_char, sentence.end_char),
                cue=_mention(decision.cue),
                subject=_subject(doc, noun, marker if marker.lower_ == "another" else None),
                rule=f"{prefix}{decision.rule}",
            )
        )
    return counts


def _one_victim_marker(noun: Token) -> Token | None:
    """The token that says ``noun`` is one person (its determiner, possessive or the name itself),
    or None: "a man", "the mayor", "his brother", "John Kamau", "him"."""
    if noun.pos_ == "PRON":
        if noun.dep_ == "poss" and noun.lower_ in ("his", "her") and noun.head.lemma_.lower() == "death":
            return noun  # "resulting in his death"
        return noun if noun.lower_ in _ONE_PRONOUNS and noun.dep_ in ("dobj", "nsubjpass", "nsubj") else None
    if noun.lower_ == "other" and noun.dep_ in ("nsubj", "nsubjpass"):
        # "one man was injured and the other died": the second of a pair
        return next((c for c in noun.children if c.dep_ == "det" and c.lower_ == "the"), None)
    if noun.lower_ in _person_nouns() and noun.dep_ in ("dobj", "nsubjpass", "nsubj") and _bare(noun):
        # a headline drops the article (and the tagger may take the word for an adjective or a
        # name): "kills civilian", "Policeman killed by gunmen"
        return noun
    if noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NN", "NNP"):
        return None
    if noun.pos_ == "NOUN" and noun.lower_.endswith("ing") and _cue_of(noun, "noun") is not None:
        return None  # "the killing", "the injuring of 3 others": an act, not a person
    if noun.lemma_.lower() in _NOT_ARTICLE_NOUNS or noun.lower_ in vague_words():
        return None
    if any(c.dep_ in ("nummod", "quantmod") for c in noun.children):
        return None
    if noun.pos_ == "PROPN":
        if noun.ent_type_ != "PERSON" or noun.dep_ == "compound":
            return None  # a name counts one person; "Al Shabaab", "Kenya" do not
        return next(t for t in noun.subtree if t.ent_type_ == "PERSON" or t.i == noun.i)
    ordinal = any(c.ent_type_ == "ORDINAL" for c in noun.children)
    for child in noun.children:
        if child.dep_ == "det" and child.lower_ in _ONE_DETERMINERS:
            if ordinal and child.lower_ not in ("a", "an", "another"):
                return None  # "the first person died": one of a group counted already ("a fourth" is not)
            return child
        if child.dep_ == "poss" and (child.tag_ == "PRP$" or child.pos_ in ("NOUN", "PROPN")):
            return child  # "his brother", "the Secretary's driver"
    return None


def _bare(noun: Token) -> bool:
    """A noun with no determiner, possessive or number of its own, none the parse hung nearby ("1
    IS Iraqi fighter") and no person's name with it ("Businessman and critic Jacob Juma")."""
    if any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return False
    before = noun.doc[max(noun.sent.start, noun.i - 4) : noun.i]
    return not any(t.like_num for t in before) and not any(t.ent_type_ == "PERSON" for t in noun.subtree)


def _said_of(noun: Token, climbed: Token, cue: Token) -> bool:
    """A victim counts only where the cue is said of it, not of a verb joined to the one that governs
    it with an object of its own ("attacked the village and killed two"), and where it is no place or
    organisation; a name only as the verb's sole argument."""
    member = noun.pos_ == "NOUN" and any(c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)
    if noun.ent_type_ in _NOT_PERSON_LABELS and not member:
        return False  # not "a suspected ISGS commander" (the model's ORG), who is a person of the group
    shared = climbed.i != noun.i or any(c.dep_ == noun.dep_ and c.i != noun.i for c in noun.head.children)
    if noun.pos_ == "PROPN" and shared:
        return False  # "in Sinop, Mato Grosso, a man was killed": a name only as the sole argument
    own_object = any(c.dep_ in ("dobj", "nsubjpass") for c in cue.children)
    return not (cue.dep_ == "conj" and cue.head.i == climbed.head.i and own_object)


def _told_aside(cue: Token, relative: bool = True) -> bool:
    """A cue in a clause that tells something else about a person: a relative clause ("a man who
    killed his wife"), a reason or a time before ("for killing his daughter", "after he killed his
    girlfriend", "accused of killing his father")."""
    token = cue
    while token.head.i != token.i:
        if token.pos_ == "VERB" and token.lemma_.lower() in _RESULT_VERBS:
            return False  # "leading to the death of a bystander" tells the event's result, wherever it hangs
        if token.dep_ == "relcl" and relative:
            return True  # ("a man who was killed" is still a victim)
        if token.dep_ == "pcomp" and token.head.lower_ == "before" and token.tag_ == "VBG":
            return False  # "stormed the house before shooting him dead": what they did next
        if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in _ASIDE_PREPOSITIONS:
            return True
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _ASIDE_PREPOSITIONS for c in token.children):
            return True
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in _UNREALISED:
            return True  # "threatened to lynch the driver"
        token = token.head
    return False


def _reported_outcome(noun: Token) -> bool:
    """Deaths told as an outcome: the object of a verb ("incurring fatalities", "caused deaths"), the
    object of "in"/"with" under a verb ("resulted in fatalities", "clashed with deaths on both sides"),
    or the subject of a passive report ("fatalities were reported")."""
    head = noun.head
    if noun.dep_ == "dobj" and head.pos_ == "VERB":
        return True
    if noun.dep_ == "nsubjpass" and head.lemma_.lower() in ("report", "record", "confirm"):
        return True
    return noun.dep_ == "pobj" and head.lower_ in ("in", "with") and head.head.pos_ == "VERB"


def _charged_with(cue: Token) -> bool:
    """A killing told as what someone is suspected, accused or arrested for: "three men suspected
    of having killed the two police officers" (those deaths are an earlier event's)."""
    token = cue
    for _ in range(3):
        if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in ("of", "for"):
            return token.head.head.lemma_.lower() in _CHARGE_HEADS
        token = token.head
    return False


def _background(cue: Token) -> bool:
    """ "over the death of", "following the killing of": a death that is the cause, told as background."""
    head = cue.head
    return cue.dep_ == "pobj" and head.lower_ in BACKGROUND_PREPOSITIONS


def _past_relative(cue: Token) -> bool:
    """A cue in a perfect-tense relative clause on something told as background: "The attack
    occurred after days of clashes in which 8 armed men have died" (those deaths are another
    event's; not "retook the village after a clash that resulted in 25 fatalities")."""
    token, relative = cue, False
    while token.head.i != token.i:
        if token.dep_ == "relcl":
            relative = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children)
            if not relative:
                return False
        elif token.pos_ in ("VERB", "AUX") and token.dep_ != "acl":
            return False  # the clause the count belongs to
        if relative and token.dep_ == "pobj" and token.head.lower_ in BACKGROUND_PREPOSITIONS:
            return True
        token = token.head
    return False


def _of_person(noun: Token) -> bool:
    """ "the body of a man", "the corpse of the teacher", "a man's body": remains that say whose they are."""
    if any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in noun.children):
        return True
    return any(
        p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") for c in noun.children if c.lower_ == "of" for p in c.children
    )


def _unknown_deaths(doc: Doc, found: list[Count]) -> list[Count]:
    """Deaths reported with no number: "incurring fatalities", "with deaths on both sides". Coded as
    ACLED codes an unknown number (``UNKNOWN_DEATHS``), marked ``unknown`` for the event's total to
    use only when nothing else counts the dead."""
    taken = {c.cue.start for c in found if c.cue is not None} | {c.start for c in found}
    counts = []
    for noun in doc:
        if noun.tag_ != "NNS" or noun.lemma_.lower() not in ("fatality", "death") or noun.idx in taken:
            continue
        if any(c.dep_ in ("nummod", "quantmod") or c.lower_ in _NEGATIONS for c in noun.children):
            continue
        if any(c.lower_ == "of" for c in noun.children):
            continue  # "the deaths of six bandits": counted from the number
        if not _reported_outcome(noun):
            continue  # "the number of fatalities is not known", "FATALITIES: not specified"
        before = doc[max(noun.sent.start, noun.i - 6) : noun.i]
        if any(t.lower_ in _NEGATIONS for t in before) or any(c.dep_ == "neg" for c in noun.head.children):
            continue
        sentence = noun.sent
        counts.append(
            Count(
                kind="killed",
                quantity=Quantity(value=UNKNOWN_DEATHS, low=None, high=None, qualifier="vague"),
                start=noun.idx,
                end=noun.idx + len(noun.text),
                text=noun.text,
                sentence=(sentence.start_char, sentence.end_char),
                cue=_mention(noun),
                subject=None,
                rule=f"unknown+noun:{noun.lemma_.lower()}",
            )
        )
    return counts
