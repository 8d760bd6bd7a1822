"""People counted without a number: one victim named ("a man was shot dead", "killing him"), a
pronoun for a group counted before ("They later killed them"), deaths reported with no figure."""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontlines.numbers.counts.decide import _background
from frontlines.numbers.counts.record import Count, _mention, _subject
from frontlines.numbers.counts.roles import (
    _SHOT,
    _climb,
    _noun_cue,
    _relative_cue,
    _role_cue,
    _stranded_verb,
    _verb_cue,
)
from frontlines.numbers.counts.spans import ANIMAL_NOUNS, SCHOOL_YEARS
from frontlines.numbers.counts.words import (
    _ANAPHORIC_NOUNS,
    _INTRANSITIVE,
    UNREALISED,
    _cue_of,
    _is_remains,
    _person_nouns,
)
from frontlines.numbers.quantity import Quantity, vague_words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Roles in which one named victim counts one: "a man was killed", "killed a soldier", "a man died",
#: "a man is dead", "the death of a bystander", "the body of a woman".
_ARTICLE_RULES = ("nsubjpass:", "dobj:", "nsubj:dead", *(f"nsubj:{verb}" for verb in sorted(_INTRANSITIVE)), "noun:")
_NOT_ARTICLE_NOUNS = frozenset(
    {"number", "lot", "total", "group", "series", "handful", "couple", "few", "family", "crowd", "unit", "convoy"}
    | {"gang", "mob", "militia", "cartel", "faction"}
)
#: Ground named with "the", where the parser makes a verb's object of an apposition: "killed in
#: Aleppo the country's largest city and the scene of the fiercest fighting" (a slip like "injured a
#: 37-year-old village" still means a villager).
_GROUND_NOUNS = frozenset(
    {"city", "town", "village", "country", "capital", "province", "district", "region", "area", "scene", "site"}
)
#: Determiners of one victim: "a man", "the mayor", "another soldier", "his brother".
_ONE_DETERMINERS = frozenset({"a", "an", "the", "another", "this", "that"})
#: Pronouns of one person: "killing him", "he died later".
_ONE_PRONOUNS = frozenset({"him", "her", "he", "she"})
#: Entity labels of names that are no person.
_NOT_PERSON_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG", "NORP"})
#: Prepositions and conjunctions that put a killing aside from the event: "for killing", "after he killed".
_ASIDE_PREPOSITIONS = frozenset({"of", "for", "after", "following", "over", "before", "because", "since"})
#: Nouns of the other side, whom "the" does not point back to among the victims told before.
_ATTACKER_NOUNS = frozenset({"perpetrator", "attacker", "assailant", "gunman", "bomber", "shooter", "killer"})
#: Verbs of a relative clause that tell what someone is thought to have done.
_BELIEF_VERBS = frozenset({"believe", "suspect", "think", "say", "claim", "allege", "accuse"})
#: Verbs of a result clause: "leading to the death of", "resulting in the killing of".
_RESULT_VERBS = frozenset({"lead", "result", "cause"})
#: Words before a plural death noun that deny it: "no fatalities", "without deaths".
_NEGATIONS = frozenset({"no", "not", "without", "nor", "n't", "neither", "zero", "any"})
#: Value of deaths reported with no number ("incurring fatalities", "an unknown number of soldiers
#: were killed"): ACLED's figure for an unknown number of fatalities.
UNKNOWN_DEATHS = 10


def _subject_lemma(doc: Doc, count: Count) -> str:
    """The lemma of the noun a count counts ("men" of "two armed men"), or ""."""
    if count.subject is None:
        return ""
    span = doc.char_span(count.subject.start, count.subject.end, alignment_mode="expand")
    return span.root.lemma_.lower() if span is not None else ""


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
        if decision is None and noun.conjuncts and noun.idx not in taken and _cue_of(noun, "noun") is None:
            decision = _relative_cue(climbed)  # "Two gunmen and a police officer killed in a shootout"
        opens_headline = marker is noun and noun.i == noun.sent.start and noun.lower_ in _person_nouns()
        if decision is None and opens_headline:
            decision = _relative_cue(noun)  # "Policeman killed by raiders": a headline's reduced relative
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
        headline = headline or (opens_headline and decision.rule.startswith("acl:"))
        # "Two gunmen and a police officer killed in a shootout": a reduced relative told of joined
        # nouns, or a headline's verb whose numbered subject was counted for the same harm
        joined = bool(noun.conjuncts) and (
            decision.rule.startswith("acl:")
            or (climbed.i != noun.i and decision.rule.startswith("nsubj:") and _counted_number(climbed, taken))
        )
        if not decision.rule.startswith(_ARTICLE_RULES) and not headline and not joined:
            continue  # "confirmed the toll to an AFP correspondent", "a massacre"; not "Policeman killed by"
        if _thing_taken(noun, decision.cue, decision.kind):
            continue  # "captured a compound": ground or goods, no one abducted
        if decision.rule == "nsubj:dead" and not headline and climbed.head.lemma_.lower() != "be":
            continue  # "a man is dead", not "an attack left 32 people dead"
        if decision.rule.startswith("noun:") and (decision.kind != "killed" or _background(decision.cue)):
            continue  # "the arrest of a man"; "protests over the death of a man" (an earlier event)
        if not _said_of(noun, climbed, decision.cue):
            continue
        # (the object of a relative clause on another person is aside whatever its article: "set ablaze
        # a driver that killed a rider in a recent accident"; not "a man who was killed", nor "a court
        # which sentenced to death and executed a young man")
        of_another = noun.dep_ == "dobj" and _relative_on_a_person(decision.cue)
        if _told_aside(decision.cue, relative=marker.lower_ not in ("a", "an") or of_another):
            continue  # "lynched a man who had killed his wife": the earlier killing is no part of it
        if decision.rule.endswith(":claim") and climbed.i == noun.i:
            continue  # "the action was claimed to be...": "claim" kills only through "the life of"
        if remains and noun.dep_ not in ("nsubjpass", "dobj", "nsubj") and _stranded_verb(noun) is None:
            continue  # "his papers to the electoral body" (not "in Hidalgo, a dead body was found")
        anaphor = (
            # (not one person with "a": "an AP Officer", "a Kenyan")
            (
                noun.pos_ in ("PRON", "PROPN")
                and not ((noun.lower_ in _person_nouns() or noun.ent_type_ == "NORP") and marker.lower_ in ("a", "an"))
            )
            or noun.lower_ == "other"  # "the other": one of a pair perhaps counted already
            or noun.lemma_.lower() in _ANAPHORIC_NOUNS
            or (_is_remains(noun) and not _of_person(noun))
        )
        sentence = marker.sent
        if (
            marker.lower_ == "the"
            and noun.lemma_.lower() not in _ATTACKER_NOUNS
            and any(c.kind == decision.kind and c.end <= sentence.start_char for c in (*found, *counts))
        ):
            # "One person died ... The Turkana herder died after he was shot": told before (not "a police
            # officer was shot dead ... The perpetrator died in the clash")
            anaphor = True
        prefix = "anaphor+" if anaphor else ("article+" if marker.lower_ in ("a", "an") else "one+")
        people = 2 if _pair(noun) else 1
        counts.append(
            Count(
                kind=decision.kind,
                quantity=Quantity(value=people, low=people, high=people, qualifier="exact"),
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


#: Plurals a writer may put after "a" meaning one person: "an unidentified gunmen".
_ONE_SLIPS = frozenset({"gunmen", "policemen", "militiamen", "herdsmen", "tribesmen", "clansmen"})
#: Words after "a" that make a plural a few of them: "a few gunmen", "a dozen soldiers".
_FEW = frozenset({"few", "couple", "dozen", "handful", "number", "lot", "score", "hundred", "thousand"})
#: Nouns of two people: "the parents of", "his twins", "a couple" (not "a couple of", a vague few).
_PAIR_NOUNS = frozenset({"parents", "twins", "couple"})


def _pair(noun: Token) -> bool:
    if noun.lower_ not in _PAIR_NOUNS:
        return False
    if noun.lower_ == "couple" and any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children):
        return False  # "a couple of people": a few
    return not any(c.dep_ in ("nummod", "quantmod") for c in noun.children)  # "two couples"


#: Forms of a killing verb that have no noun reading, though the tagger may give them one in a
#: headline ("Mob lynches murder suspect", "Residents lynch robber").
_MISREAD_KILL_FORMS = frozenset({"lynch", "lynches", "kills"})
#: Words before such a form that say the killing did not happen: "tried to lynch", "nearly lynched".
_NOT_DONE = frozenset({"to", "nearly", "almost", "not"})
#: Tags of the words of a victim's phrase read on the surface: "a suspected coffee thief".
_PHRASE_TAGS = frozenset({"DT", "JJ", "VBN", "NN", "NNP", "HYPH"})


def _misread_verb_counts(doc: Doc, found: list[Count]) -> list[Count]:
    """One victim of a killing verb the tagger read as a noun, found on the surface: the singular
    person noun of the phrase right after it ("Residents lynch robber", "A vigilante mob lynches and
    burns a suspected thief"). A plural names no number and counts nothing."""
    taken = {c.cue.start for c in found if c.cue is not None}
    counts = []
    for verb in doc:
        if verb.lower_ not in _MISREAD_KILL_FORMS or (verb.pos_ == "VERB" and verb.dep_ != "compound"):
            continue
        if verb.text != verb.lower_:
            continue
        if verb.idx in taken or (verb.i > 0 and doc[verb.i - 1].lower_ in _NOT_DONE):
            continue
        at = verb.i + 1
        if at + 1 < len(doc) and doc[at].lower_ == "and" and doc[at + 1].tag_.startswith("VB"):
            at += 2  # "lynches and burns a suspected thief"
        phrase = []
        while (
            at < len(doc)
            and doc[at].sent.start == verb.sent.start
            and (doc[at].tag_ in _PHRASE_TAGS or (doc[at].tag_ == "NNS" and doc[at].dep_ == "compound"))
        ):
            if doc[at].tag_ == "DT" and (phrase or doc[at].lower_ not in ("a", "an", "the")):
                break
            if doc[at].tag_ in ("JJ", "VBN") and any(t.tag_ in ("NN", "NNP") for t in phrase):
                break  # "lynches woman involved in": the noun's own modifiers come before it
            phrase.append(doc[at])
            at += 1
        nouns = [t for t in phrase if t.tag_ in ("NN", "NNP")]
        if not nouns or phrase[-1].tag_ not in ("NN", "NNP"):
            continue
        noun, marker = nouns[-1], phrase[0]
        if _counted_already(found, marker, noun):
            continue  # "lynches and kills a suspected thief": counted by the verb that was read
        if noun.lower_ not in _person_nouns() and marker.lower_ not in ("a", "an"):
            continue
        if noun.ent_type_ in _NOT_PERSON_LABELS or (at < len(doc) and doc[at].tag_ in ("NNS", "NNPS")):
            continue
        counts.append(_surface_victim(verb, marker, noun, f"surface:{verb.lower_}"))
    return counts


def _counted_already(found: list[Count], marker: Token, noun: Token) -> bool:
    """A count already holds the phrase's marker or its noun."""
    return any(
        c.start <= marker.idx < c.end or (c.subject and c.subject.start <= noun.idx < c.subject.end) for c in found
    )


def _surface_victim(verb: Token, marker: Token, noun: Token, rule: str) -> Count:
    """One person killed, read on the surface: the phrase from ``marker`` to ``noun``, the cue ``verb``."""
    sentence = verb.sent
    return Count(
        kind="killed",
        quantity=Quantity(value=1, low=1, high=1, qualifier="exact"),
        start=marker.idx,
        end=marker.idx + len(marker.text),
        text=marker.text,
        sentence=(sentence.start_char, sentence.end_char),
        cue=_mention(verb),
        subject=_mention(verb.doc[marker.i : noun.i + 1]),
        rule=f"{'article+' if marker.lower_ in ('a', 'an') else 'one+'}{rule}",
    )


def _misread_shot_dead_counts(doc: Doc, found: list[Count]) -> list[Count]:
    """One victim before a "shot dead" (or "gunned", "hacked" ... dead) the tagger read as a noun,
    found on the surface: "27 February: A civilian shot dead by armed men" ("civilian" read as the
    adjective of "shot"). The phrase is an article or nothing, modifiers, then a person noun right
    before the verb."""
    counts = []
    for verb in doc[1:-1]:
        if verb.lower_ not in _SHOT or verb.pos_ == "VERB" or doc[verb.i + 1].lower_ != "dead":
            continue
        if any(c.cue is not None and c.cue.start == verb.idx for c in found):
            continue
        noun = doc[verb.i - 1]
        if noun.lower_ not in _person_nouns() or any(c.start <= noun.idx < c.end for c in found):
            continue
        at = noun.i
        while at > noun.sent.start and doc[at - 1].tag_ in ("JJ", "VBN", "NN") and doc[at - 1].lower_ != "dead":
            at -= 1
        if at > noun.sent.start and doc[at - 1].like_num:
            continue  # "1 unarmed protester shot dead": the number counts him
        marker = doc[at - 1] if at > noun.sent.start and doc[at - 1].lower_ in ("a", "an") else doc[at]
        if not _counted_already(found, marker, noun):
            counts.append(_surface_victim(verb, marker, noun, f"surface:{verb.lower_}_dead"))
    return counts


def _counted_number(noun: Token, taken: set[int]) -> bool:
    """The noun's own number was counted already ("Two gunmen ... killed")."""
    return any(c.dep_ == "nummod" and c.idx in taken for c in noun.children)


#: Verbs of taking that take places and goods as well as people: "captured a compound", "seized a truck".
_TAKING_VERBS = frozenset({"capture", "seize", "take"})


def _thing_taken(noun: Token, cue: Token, kind: str) -> bool:
    """What a verb of taking took is no person: one counts as abducted only when a person noun, a
    person's name, a people's name or a pronoun names it."""
    if kind != "kidnapped" or cue.lemma_.lower() not in _TAKING_VERBS:
        return False
    person = noun.lower_ in _person_nouns() or noun.lemma_.lower() in _person_nouns()
    return not (person or noun.pos_ == "PRON" or noun.ent_type_ in ("PERSON", "NORP"))


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
    # a headline's reduced relative: "Driver and conductor killed on bus"
    headline = noun.dep_ == "ROOT" and any(c.dep_ == "acl" and c.i > noun.i for c in noun.children)
    if noun.lower_ in _person_nouns() and (noun.dep_ in ("dobj", "nsubjpass", "nsubj") or headline) and _bare(noun):
        # a headline drops the article (and the tagger may take the word for an adjective or a
        # name): "kills civilian", "Policeman killed by gunmen"
        return noun
    joined = noun.dep_ == "conj" and _one_victim_marker(noun.head) == noun.head
    if noun.lower_ in _person_nouns() and joined and _bare(noun):
        return noun  # and each of the bare nouns it joins: "Driver and conductor killed"
    if noun.dep_ == "conj" and _bare(noun) and _other_sex(noun.head, noun) and _one_victim_marker(noun.head):
        return noun  # "a man and woman were killed": two people, one article (not "a husband and father")
    if noun.tag_ == "NNS" and (noun.lower_ in _ONE_SLIPS or noun.lower_ in _person_nouns()):
        # "An unidentified gunmen is killed": "a" with a plural is a slip for one (not "a few gunmen")
        article = next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)
        if article is not None and not any(
            c.dep_ in ("amod", "nummod", "quantmod") and c.lower_ in _FEW for c in noun.children
        ):
            return article
    if _pair(noun):
        # "the parents of an MP", "an elderly couple", "his twins": two people, one determiner
        return next((c for c in noun.children if c.dep_ in ("det", "poss") and c.i < noun.i), None)
    if _age_as_noun(noun):
        # "killed a 21-year-old": the age stands for the person
        return next((c for c in noun.children if c.dep_ == "det" and c.lower_ in _ONE_DETERMINERS), None)
    if noun.pos_ not in ("NOUN", "PROPN") or noun.tag_ not in ("NN", "NNP"):
        return None
    if noun.pos_ == "NOUN" and noun.lower_.endswith("ing") and _cue_of(noun, "noun") is not None:
        return None  # "the killing", "the injuring of 3 others": an act, not a person
    if noun.lemma_.lower() in _NOT_ARTICLE_NOUNS or noun.lower_ in vague_words():
        return None
    if noun.lemma_.lower() in ANIMAL_NOUNS:
        return None  # "shot dead a camel": no person
    if noun.lemma_.lower() in _GROUND_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    if any(c.dep_ in ("nummod", "quantmod") and not _school_year(c) for c in noun.children):
        return None  # (but "a form four student" is one)
    if noun.pos_ == "PROPN" and noun.ent_type_ == "NORP" and noun.dep_ != "compound":
        return _article_of(noun)  # "a Kenyan"
    if noun.pos_ == "PROPN" and noun.lower_ in _person_nouns() and noun.dep_ != "compound":
        # a capitalised title: "An AP Officer was lynched", "the District Commissioner"
        return next((c for c in noun.children if c.dep_ == "det" and c.lower_ in _ONE_DETERMINERS), None)
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


#: People named by sex, who are two when joined: "a man and woman", "a boy and girl".
_SEXES = {"man": "m", "boy": "m", "woman": "f", "girl": "f"}


def _other_sex(first: Token, second: Token) -> bool:
    """ "man" and "woman", "boy" and "girl": two people however few articles the phrase has."""
    a, b = _SEXES.get(first.lower_), _SEXES.get(second.lower_)
    return a is not None and b is not None and a != b


#: Units of an age: "a 21-year-old", "a six-month-old".
_AGE_UNITS = frozenset({"year", "month", "week", "day"})


def _age_as_noun(token: Token) -> bool:
    """ "old" of "a 21-year-old" standing in a noun's place, with no noun after it."""
    return (
        token.lower_ == "old"
        and token.dep_ in ("dobj", "nsubjpass", "nsubj", "pobj")
        and any(c.dep_ == "npadvmod" and c.lemma_.lower() in _AGE_UNITS for c in token.children)
    )


def _school_year(number: Token) -> bool:
    """The number of a school year: "form four", "grade 3"."""
    return number.i > 0 and number.doc[number.i - 1].lower_ in SCHOOL_YEARS


def _article_of(noun: Token) -> Token | None:
    """The indefinite article of a noun ("a Kenyan"), if it has one."""
    return next((c for c in noun.children if c.dep_ == "det" and c.lower_ in ("a", "an")), None)


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
    member = (noun.pos_ == "NOUN" or noun.lower_ in _person_nouns()) and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children
    )
    one_of_a_people = noun.ent_type_ == "NORP" and _article_of(noun) is not None
    if noun.ent_type_ in _NOT_PERSON_LABELS and not (member or one_of_a_people):
        # not "a suspected ISGS commander" (the model's ORG), who is a person of the group, nor "a
        # Kenyan", one person of a nationality
        return False
    shared = climbed.i != noun.i or any(c.dep_ == noun.dep_ and c.i != noun.i for c in noun.head.children)
    if noun.pos_ == "PROPN" and shared:
        return False  # "in Sinop, Mato Grosso, a man was killed": a name only as the sole argument
    own_object = any(c.dep_ in ("dobj", "nsubjpass") for c in cue.children)
    return not (cue.dep_ == "conj" and cue.head.i == climbed.head.i and own_object)


def _relative_on_a_person(cue: Token) -> bool:
    """The cue stands in a relative clause on a person ("a driver that killed a rider")."""
    token = cue
    while token.dep_ != "relcl" and token.head.i != token.i and token.pos_ != "NOUN":
        token = token.head
    head = token.head
    return token.dep_ == "relcl" and (head.lemma_.lower() in _person_nouns() or head.ent_type_ == "PERSON")


def _told_aside(cue: Token, relative: bool = True) -> bool:
    """A cue in a clause that tells something else about a person: a relative clause ("a man who
    killed his wife"), a reason or a time before ("for killing his daughter", "after he killed his
    girlfriend", "accused of killing his father")."""
    before = cue.doc[cue.i - 1] if cue.i > 0 else None
    if before is not None and before.dep_ == "relcl" and before.lemma_.lower() in _BELIEF_VERBS:
        return True  # "a man they believed murdered a classmate", however the parser hangs "murdered"
    token = cue
    while token.head.i != token.i:
        if token.pos_ == "VERB" and token.lemma_.lower() in _RESULT_VERBS:
            return False  # "leading to the death of a bystander" tells the event's result, wherever it hangs
        if token.dep_ == "relcl" and relative:
            return True  # ("a man who was killed" is still a victim)
        if token.dep_ == "ccomp" and token.head.dep_ == "relcl" and token.head.lemma_.lower() in _BELIEF_VERBS:
            return True  # "a man they believed murdered a colleague": what he is thought to have done
        if token.dep_ == "pcomp" and token.head.lower_ == "before" and token.tag_ == "VBG":
            return False  # "stormed the house before shooting him dead": what they did next
        if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in _ASIDE_PREPOSITIONS:
            return True
        if token.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in _ASIDE_PREPOSITIONS for c in token.children):
            return True
        if token.dep_ == "xcomp" and token.head.lemma_.lower() in UNREALISED:
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


def _of_person(noun: Token) -> bool:
    """ "the body of a man", "the corpse of the teacher", "a man's body": remains that say whose they are."""
    if any(c.dep_ == "poss" and c.pos_ in ("NOUN", "PROPN") for c in noun.children):
        return True
    return any(
        p.dep_ == "pobj" and p.pos_ in ("NOUN", "PROPN") for c in noun.children if c.lower_ == "of" for p in c.children
    )


def _numbered_phrase(noun: Token) -> bool:
    """The noun is a number or has one: "six bandits", "six", "a dozen fighters"."""
    return noun.like_num or any(c.dep_ in ("nummod", "quantmod") for c in noun.children)


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
        if any(c.lower_ == "of" and any(_numbered_phrase(p) for p in c.children) for c in noun.children):
            continue  # "the deaths of six bandits": counted from the number (not "fatalities of the Houthi forces")
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
