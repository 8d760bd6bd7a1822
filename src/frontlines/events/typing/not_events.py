"""Cue readings that make a cue no political event, or another kind of act: a unit's or a race's
name ("riot police", "a car rally"), a tally of many acts ("shootings across Chicago"), a force of
nature ("the Butte Fire has destroyed 60 homes"), a sentence carried out ("executes a woman for her
role in the murder"), explosives a crowd throws, which are its riot acts, and a burning done to a
person, which is an assault."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.events.lexicon import CROWD, FORCE_SITES, PROTESTER, RIOTER, TARGET, Cue, load_lexicon
from frontlines.events.typing.decision import words
from frontlines.events.typing.participants import arguments

#: Nouns "riot" names the kind of: "riot police", "police in riot gear", "a riot control unit".
RIOT_KIT = frozenset(
    {"police", "policeman", "policemen", "officer", "gear", "squad", "unit", "shield", "control", "helmet"}
    | {"equipment", "vehicle", "van", "truck", "force", "troop", "battalion", "act"}
)


def _riot_equipment(doc: Doc, cue: Cue) -> bool:
    """ "riot police dispersed the protesters", "police in riot gear": a unit or its kit, not a riot."""
    return cue.cue == "RIOT" and cue.end < len(doc) and doc[cue.end].lemma_.lower() in RIOT_KIT


#: Verbs by which a crowd throws what it has at hand.
THROW_VERBS = frozenset({"throw", "hurl", "lob", "toss"})


def _thrown_by_a_crowd(doc: Doc, cue: Cue) -> bool:
    """ "Protesters throw fireworks and small explosive devices": a crowd's riot act, not a bomb
    planted by an armed group."""
    if cue.cue not in ("IED", "BLAST"):  # a grenade is a weapon of war, whoever throws it
        return False
    head = cue.head(doc)
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "fireworks and small explosive devices"
    verb = head.head
    if head.dep_ != "dobj" or verb.lemma_.lower() not in THROW_VERBS:
        return False
    lexicon = load_lexicon()
    return any(c.dep_ == "nsubj" and lexicon.participant_class(c) in (PROTESTER, RIOTER, CROWD) for c in verb.children)


#: A force's places, which the lexicon classes with the force: "burnt the police station".
FORCE_PLACES = FORCE_SITES | {"base", "barrack", "barracks", "checkpoint"}


def _burns_a_person(doc: Doc, cue: Cue) -> bool:
    """A burning done to a person, not to property: an assault ("burnt a hawker with a hot iron",
    "they burnt him with cigarettes"). A person burnt to death is a killing, read by its own cue."""
    if cue.cue != "BURN" or doc[cue.start].pos_ != "VERB":
        return False
    head = cue.head(doc)
    lexicon = load_lexicon()
    burnt = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    # people of any class ("police officers burnt a hawker"), not things nor a force's places
    return bool(burnt) and all(
        c.lower_ in ("him", "her")
        or (lexicon.participant_class(c) not in (None, TARGET) and c.lemma_.lower() not in FORCE_PLACES)
        for c in burnt
    )


def _motor_rally(doc: Doc, cue: Cue) -> bool:
    """ "a car rally race crash", "the Dakar rally", "rally drivers": a motor race, not a gathering
    (but "students took out a motorcycle rally in solidarity" is a protest)."""
    if cue.pattern != "rally":
        return False
    near = [doc[i] for i in (cue.start - 1, cue.end) if 0 <= i < len(doc)]
    return any(t.lemma_.lower() in words("motor_rally") or t.lower_ in words("motor_rally") for t in near)


def _natural_force(doc: Doc, cue: Cue) -> bool:
    """ "The Butte Fire has destroyed 60 homes", "floods killed ten": a force of nature did it."""
    nature = words("natural_force")
    if not any(t.lower_ in nature or t.lemma_.lower() in nature or t.lower_ == "fire" for t in cue.head(doc).sent):
        return False  # (no word of nature in the sentence: the parse need not be read)
    agents, _ = arguments(cue.head(doc))
    return bool(agents) and all(a.lemma_.lower() in nature or a.lower_ in nature or _named_fire(a) for a in agents)


#: Words that make a plural event noun a tally of many events: "daily airstrikes", "shootings
#: across Chicago", "airstrikes throughout July".
TALLY_BEFORE = frozenset({"daily", "nightly", "weekly", "monthly"})
TALLY_AFTER = frozenset({"across", "throughout"})
#: Cues of a crowd, whose "protests across the country" are each a gathering of their own.
CROWD_CUES = frozenset({"PROTEST", "LABOUR", "RIOT", "RIOTACT"})


def _tally(doc: Doc, cue: Cue) -> bool:
    """A plural act over a span of time or a whole area: "eight people are killed in shootings over
    the weekend across Chicago", "Daily airstrikes throughout July", a count of many events, not one
    (not a crowd's "protests across the country", each a gathering)."""
    if cue.cue in CROWD_CUES:
        return False
    acts = [doc[cue.end - 1]]
    if cue.cue in ("KILL", "HARM"):  # "killed ... in shootings across Chicago": the acts that killed
        verbs = [cue.head(doc), *cue.head(doc).conjuncts]
        acts += [o for v in verbs for p in v.children if p.lower_ == "in" for o in p.children if o.dep_ == "pobj"]
    return any(_a_tally_of(act) for act in acts)


def _a_tally_of(act: Token) -> bool:
    doc = act.doc
    if not act.lower_.endswith("s") or act.lemma_.lower() == act.lower_:
        return False  # not a plural
    if act.i > 0 and doc[act.i - 1].lower_ in TALLY_BEFORE:
        return True
    after = doc[act.i + 1 : min(act.i + 7, act.sent.end)]
    if len(after) and after[0].is_punct:
        return False
    return any(t.lower_ in TALLY_AFTER and _a_whole(t) for t in after)


#: Nouns of a whole area or span that "across" or "throughout" spreads acts over ("across the country").
WHOLES = frozenset({"country", "city", "region", "state", "province", "nation", "county", "week", "month", "year"})


def _a_whole(prep: Token) -> bool:
    """What follows "across" or "throughout" is a named place, a date or a whole area: "across Chicago",
    "throughout July", "across the country" (not "across the border", one place on it)."""
    doc = prep.doc
    for t in doc[prep.i + 1 : min(prep.i + 4, len(doc))]:
        if t.ent_type_ in ("GPE", "LOC", "DATE") or t.lower_ in WHOLES:
            return True
        if t.pos_ not in ("DET", "ADJ"):
            return False
    return False


#: Nouns of what a court puts someone to death "for": "for her role in the murder", "for murder".
CRIME_NOUNS = frozenset({"role", "part", "crime", "murder", "killing", "killings", "rape", "crimes"})


def _put_to_death_for_a_crime(doc: Doc, cue: Cue) -> bool:
    """ "The state of Georgia executes Kelly Gissendaner for her role in the murder of her husband":
    a sentence carried out (not "IS executed two men for collaborating with the army")."""
    return cue.cue == "EXECUTE" and for_a_crime(cue.head(doc), CRIME_NOUNS)


def for_a_crime(head: Token, more: frozenset[str] = frozenset()) -> bool:
    """The act is "for" a common crime (``wordsets.tsv``) or one of ``more``: "arrested a fugitive
    for kidnapping two women", "for the robbery of a bank", also where the parser hangs the "for" on
    the object, "arrest an arsonist for a fire in an apartment" (not "for their role in the protests")."""
    crimes = words("common_crime") | more
    holders = [head, *(c for c in head.children if c.dep_ == "dobj")]
    return any(
        p.dep_ == "prep"
        and p.lower_ == "for"
        and any(o.lower_ in crimes or o.lemma_.lower() in crimes for o in p.children if o.dep_ in ("pobj", "pcomp"))
        for holder in holders
        for p in holder.children
    )


#: Words that make a fire a blaze of nature or of accident, not gunfire: "a forest fire", "the house fire".
FIRE_KINDS = frozenset({"forest", "bush", "wild", "grass", "house", "market", "factory"})


def _named_fire(token: Token) -> bool:
    """A fire named like a place ("the Butte Fire") or called a forest or bush fire; never gunfire
    ("helicopter fire", "a fire fight", "pro-government militia members fire")."""
    if (token.lemma_.lower() != "fire" and token.lower_ != "fires") or token.dep_ == "compound":
        return False
    kinds = {c.lower_ for c in token.children if c.dep_ in ("compound", "amod")}
    named = token.text in ("Fire", "Fires") and token.i > 0 and token.nbor(-1).pos_ == "PROPN"
    return named or bool(kinds & FIRE_KINDS)


def tells_a_disaster(sentence: Span) -> bool:
    """The sentence names a force of nature or a named fire ("the death toll rises to five in the
    Butte and Valley Fires", "floods hit the coast")."""
    nature = words("natural_force")
    return any((t.pos_ == "NOUN" and t.lemma_.lower() in nature) or _named_fire(t) for t in sentence)
