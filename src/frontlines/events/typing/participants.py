"""Who is involved in a cue: the agent and patient nouns the parse gives it, and their participant
classes (state, armed, civilian, crowd, ...).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from frontlines.events.lexicon import ARMED, CIVILIAN, CROWD, STATE, TARGET, UNKNOWN, Cue
from frontlines.events.typing.decision import Classifier, words
from frontlines.numbers.counts.roles import armed_shooters

RELATIVE_PRONOUNS = frozenset({"that", "which", "who", "whom"})
#: Verbs whose object is the agent of the verb they govern: "X helped Y push back Z".
HELP_VERBS = frozenset({"help", "assist", "aid", "support", "enable"})


#: Verbs whose subject bears the harm their object names: "nursing wounds", "sustained injuries".
SUFFERING_VERBS = frozenset({"nurse", "sustain", "suffer", "receive", "incur"})
#: Verbs whose subject only looks into, tells of or answers an act the object names, and did not do
#: it: "police are investigating the shooting", "the governor condemned the killing".
OBSERVER_VERBS = frozenset(
    {
        *("investigate", "probe", "conclude", "verify", "condemn", "denounce", "decry", "mourn", "witness"),
        *("document", "accuse", "blame"),
    }
)
#: Of them, those whose subject is the accuser only with an object, the accused ("X accused Y of
#: killing"): in "UPDF accused of bombing herders", a headline's passive, the subject is the accused.
ACCUSING_VERBS = frozenset({"accuse", "blame"})


def observes(verb: Token) -> bool:
    """The verb's subject looks into, tells of or answers an act and did not do it."""
    lemma = verb.lemma_.lower()
    return lemma in OBSERVER_VERBS and (lemma not in ACCUSING_VERBS or any(c.dep_ == "dobj" for c in verb.children))


def _antecedent(token: Token) -> Token:
    """The noun a relative pronoun stands for ("the police, who ..."), else the token itself."""
    clause = token.head
    if token.lower_ in RELATIVE_PRONOUNS and clause.dep_ == "relcl" and clause.head.pos_ in ("NOUN", "PROPN"):
        return clause.head
    return token


def arguments(head: Token) -> tuple[list[Token], list[Token]]:
    """Agent-side and patient-side noun heads of a cue, from the dependency parse."""
    agents: list[Token] = []
    patients: list[Token] = []
    verb = head if head.pos_ in ("VERB", "AUX") else None
    if verb is None and head.dep_ in ("dobj", "pobj", "nsubj", "attr", "compound") and head.head.pos_ == "VERB":
        verb = head.head
    if verb is not None:
        _verb_arguments(verb, agents, patients)
        if verb is not head and verb.lemma_.lower() in SUFFERING_VERBS:
            # "five people are nursing gunshot wounds", "sustained injuries": the subject bears the harm
            patients[:0], agents[:] = agents, []
        children = {c.dep_ for c in verb.children}
        if "auxpass" in children and "nsubjpass" not in children:
            patients.extend(_inherited_subject(verb))  # "youths blocked roads and were dispersed by police"
        elif _passive_conjunct(verb):
            # "journalists were harassed, beaten and injured by police": the passive's subject and
            # the agent the last of the joined participles names are every one's
            patients.extend(_inherited_subject(verb))
            if not agents:
                chain = [verb.head, *verb.head.conjuncts]
                agents.extend(t for v in chain for c in v.children if c.dep_ == "agent" for t in _pobjs(c))
        elif _headline_harm(verb) and headline_passive(verb.head):
            # "1 priest dragged from his car and killed": a headline's dropped 'was' holds for both verbs
            patients.extend(_inherited_subject(verb))
        elif not agents:
            agents.extend(_inherited_subject(verb))
        if verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN"):
            # "the camp that had been seized by IS": the relative pronoun stands for the camp.
            relatives = [t for t in patients + agents if t.lower_ in RELATIVE_PRONOUNS]
            patients[:] = [t for t in patients if t not in relatives]
            agents[:] = [t for t in agents if t not in relatives]
            (agents if any(r.dep_ == "nsubj" for r in relatives) else patients).append(verb.head)
        if verb is not head and observes(verb):
            agents[:] = []  # "police are probing the killing": they did not do it
    nominal_doers = _nominal_by_agents(head, verb)
    if nominal_doers:
        # "the killing of a student by police sparked protests": the noun names the act, its 'by'
        # phrase the doer and its 'of' phrase who suffered it; the verb it hangs from is no doer's
        agents[:] = [t for t in agents if t != head]
        patients.extend(t for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for t in _pobjs(c))
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in ("on", "against", "targeting", "upon"):
            patients.extend(_pobjs(child))
        elif child.dep_ == "prep" and child.lower_ == "by":
            agents.extend(_pobjs(child))
        elif child.dep_ in ("poss", "compound", "amod"):
            agents.append(child)
        elif child.dep_ == "dobj" and verb is None:
            patients.extend(_conjoined(child))  # "when armed group attacks police post": a verb tagged as a noun
    if head.dep_ == "acl" and head.head.pos_ in ("NOUN", "PROPN", "PRON"):
        # "IS snipers targeted and wounded two policemen", parsed as a reduced relative: a verb
        # with an object (its own or its conjunct's) is done by the noun, not to it
        acts = any(c.dep_ == "dobj" for v in (head, *head.conjuncts) for c in v.children)
        acts = acts and head.tag_ in ("VBD", "VBN") and head.head.dep_ == "ROOT"
        # "three armed individuals shot at a car wash": armed people firing at something
        (agents if acts or armed_shooters(head.head, head) else patients).append(head.head)
    if verb is None and head.pos_ == "ADJ" and head.lower_ in HARM_STATES:
        _state_arguments(head, agents, patients)
    if verb is None and _passive_broken_at_time(head):
        # "Two policemen were Friday afternoon shot dead by unknown gunmen": a passive the parser
        # broke at the time phrase, its participle an attribute of "were"
        patients.extend(t for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass") for t in _conjoined(c))
    # "police, who seized their placards and blocked the street": the relative pronoun a
    # joined verb inherits stands for the noun the clause is on
    agents[:] = [_antecedent(t) for t in agents]
    patients[:] = [_antecedent(t) for t in patients]
    # "a police patrol came under attack, killing three officers": the patrol suffered the attack
    attacked = [a for a in agents if under_attack(a)]
    patients.extend(attacked)
    return [a for a in agents if a not in attacked], patients


def _nominal_by_agents(head: Token, verb: Token | None) -> list[Token]:
    """The 'by' doers of an event noun that is not the verb itself: "the shooting of a patron by a
    police officer" (a noun, so its 'of' phrase is not its doer)."""
    if head.pos_ != "NOUN" or verb is head:
        return []
    return [t for c in head.children if c.dep_ == "prep" and c.lower_ == "by" for t in _pobjs(c)]


#: What a subject "comes under": "came under attack", "came under heavy fire".
UNDER_WHAT = frozenset({"attack", "fire", "assault", "shelling", "bombardment", "gunfire", "ambush"})


def under_attack(subject: Token) -> bool:
    """The subject of 'came under attack', 'was under fire': the target, not the attacker."""
    verb = subject.head
    if subject.dep_ != "nsubj" or verb.lemma_.lower() not in ("come", "be"):
        return False
    under = [c for c in verb.children if c.dep_ == "prep" and c.lower_ == "under"]
    return any(UNDER_WHAT & {o.lemma_.lower(), o.lower_} for c in under for o in _under_what(c))


def _under_what(under: Token) -> list[Token]:
    """What "under" names: its object, or the noun right after it that the parser made a verb ("came
    under shelling by government forces")."""
    objects = _pobjs(under)
    if objects or under.i + 1 >= len(under.doc):
        return objects
    after = under.doc[under.i + 1]
    return [after] if after.lower_ in UNDER_WHAT else []


#: Adjectives that tell a harm suffered, and verbs that leave their object in it: "the raid left 2
#: militants dead".
HARM_STATES = frozenset({"dead", "injured", "wounded"})
#: Dependencies of a state word on the verb that tells it ("reported dead": the parser also makes it
#: an adverb).
STATE_DEPS = frozenset({"oprd", "acomp", "xcomp", "ccomp", "advmod"})
#: Verbs that only tell of someone found in a state of harm: "reported dead", "confirmed dead".
STATE_FOUND_VERBS = frozenset({"report", "confirm", "fear", "declare", "pronounce", "presume", "find"})
LEAVING_VERBS = frozenset({"leave"})


def headline_victim(token: Token) -> bool:
    """The token is the subject of a headline's harm verb whose 'was' is dropped: "3 Kalenjin killed
    in Eldoret", "two villagers found dead", "One officer reported dead"."""
    return token.dep_ == "nsubj" and (headline_passive(token.head) or token in found_in_harm(token.head))


def found_in_harm(verb: Token) -> list[Token]:
    """The subjects of a verb that only finds or tells someone dead or hurt, its 'was' dropped as
    headlines do: "One officer reported dead", "two villagers found dead", "three soldiers confirmed
    dead". No one reports, finds or confirms someone dead by killing him."""
    if verb.lemma_.lower() not in STATE_FOUND_VERBS or verb.tag_ not in ("VBD", "VBN"):
        return []
    children = list(verb.children)
    if any(c.dep_ == "dobj" for c in children):
        return []  # "police found two bodies": the object was
    states = [c for c in children if c.dep_ in STATE_DEPS and c.lower_ in HARM_STATES]
    if not states or any(g.dep_ in ("nsubj", "nsubjpass") for s in states for g in s.children):
        return []  # "police found the man dead": the man is
    return [t for c in children if c.dep_ == "nsubj" for t in _conjoined(c)]


def _state_arguments(adjective: Token, agents: list[Token], patients: list[Token]) -> None:
    """The arguments of a state word ("dead", "injured"): who is in that state, and who left them so.
    "leaving 5 soldiers dead" (the object of "leave"; the parse may also hang "dead" on the noun,
    "leaving 2 IS militants dead"), "two men were found dead" (the verb's passive subject)."""
    if adjective.dep_ == "amod" and adjective.head.pos_ in ("NOUN", "PROPN"):
        noun = adjective.head
        patients.extend(_conjoined(noun))
        verb = noun.head if noun.dep_ == "dobj" and noun.head.pos_ == "VERB" else None
    elif adjective.dep_ == "advmod" and (found := found_in_harm(adjective.head)):
        patients.extend(t for noun in found for t in _counted(noun))
        return  # "Two police officers reported dead"
    elif adjective.dep_ in ("oprd", "ccomp", "xcomp", "acomp") and adjective.head.pos_ == "VERB":
        verb = adjective.head
        held = [t for c in verb.children if c.dep_ in ("dobj", "nsubjpass") for t in _conjoined(c)]
        held = held or found_in_harm(verb)
        patients.extend(t for noun in held for t in _counted(noun))
    else:
        return
    if verb is None or verb.lemma_.lower() not in LEAVING_VERBS:
        return
    for subject in (t for c in verb.children if c.dep_ == "nsubj" for t in _conjoined(c)):
        # "the army's raid left 3 dead", "an operation by the PMF left 3 dead": whose act it was
        owners = [t for c in subject.children if c.dep_ == "poss" for t in _conjoined(c)]
        owners += [t for c in subject.children if c.dep_ == "prep" and c.lower_ == "by" for t in _pobjs(c)]
        agents.extend(owners or [subject])
    if not agents:
        agents.extend(_inherited_subject(verb))


#: Prepositions whose gerund's doer is the subject of the verb they hang from.
GERUND_PREPOSITIONS = frozenset({"after", "before", "while", "by", "for", "upon", "since", "without"})
#: Prepositions of a verb's target: "fired on protesters", "an attack against a convoy".
TARGET_PREPOSITIONS = frozenset({"on", "against", "at", "upon", "targeting"})


def _passive_conjunct(verb: Token) -> bool:
    """A participle with no subject, auxiliary, object or target of its own, joined to a passive
    verb ("were harassed, beaten and injured"): passive too."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj") for c in verb.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in TARGET_PREPOSITIONS for c in verb.children):
        return False  # "soldiers were deployed and fired on protesters": active, with a target of its own
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        if any(c.dep_ == "auxpass" for c in head.children):
            return True
        if head.tag_ != "VBN":
            return False
    return False


#: Words that open a clause of time, which the parser may take for a preposition.
TIME_CONJUNCTIONS = frozenset({"when", "as", "after", "while"})
#: Verbs of assault, whose subject is the assailant ("gunmen attacked the camp").
ASSAULT_VERBS = frozenset({"attack", "target", "ambush", "raid", "storm", "shell", "bomb", "overrun"})
#: Verbs of coming in by force, whose subject is the assailant ("raiders invaded the village").
INVASION_VERBS = frozenset({"invade", "descend", "besiege"})
#: Verbs of burning, whose subject did the damage ("youths torched their house").
BURNING_VERBS = frozenset({"torch", "burn", "raze"})


def misparsed_subject(verb: Token) -> list[Token]:
    """The subject of a finite clause of time that the parser hung on its conjunction as a
    preposition's object: "two people were killed after [angry youths] attacked a police station",
    where the youths attacked, not the people killed."""
    if verb.dep_ != "advcl" or verb.tag_ not in ("VBD", "VBZ", "VBP") or verb.i == 0:
        return []
    before = verb.nbor(-1)
    while before.head.i > before.i and before.head.i < verb.i:
        before = before.head  # the head noun of the words right before the verb
    prep = before.head
    if before.dep_ == "pobj" and prep.lower_ in TIME_CONJUNCTIONS and prep.head == verb.head:
        return _conjoined(before)
    return []


def clause_assailant(token: Token) -> bool:
    """The subject of an assault told in a clause of time: "a woman was killed when Pokot raiders
    invaded Lokoron", "two died as gunmen stormed the camp", "two people died after angry youths
    torched their house" (the youths hung on "after" by the parser)."""
    if token.dep_ == "nsubj":
        verb = token.head
        timed = any(c.dep_ in ("advmod", "mark") and c.lower_ in TIME_CONJUNCTIONS for c in verb.children)
    elif token.dep_ == "pobj" and token.right_edge.i + 1 < len(token.doc):
        verb = token.doc[token.right_edge.i + 1]
        timed = token in misparsed_subject(verb)
    else:
        return False
    return timed and verb.dep_ == "advcl" and (verb.lemma_.lower() in CLAUSE_VIOLENCE_VERBS or _sets_fire(verb))


def _sets_fire(verb: Token) -> bool:
    """ "set fire to", "set on fire", "set ablaze": a verb of burning in two words."""
    return verb.lemma_.lower() == "set" and any(t.lower_ in ("fire", "ablaze", "alight") for t in verb.subtree)


def _clause_assailants(verb: Token) -> list[Token]:
    """The assailants of the clauses of time that hang on ``verb`` ("died after youths torched ...")."""
    clauses = [c for c in verb.children if c.dep_ == "advcl"]
    subjects = [t for c in clauses for t in c.children if t.dep_ == "nsubj"]
    return [t for t in subjects + [t for c in clauses for t in misparsed_subject(c)] if clause_assailant(t)]


def _inherited_subject(verb: Token) -> list[Token]:
    """The subject a subjectless verb takes from the clause it hangs from ('was able to retake')."""
    if misparsed := misparsed_subject(verb):
        return misparsed
    current = verb
    for _ in range(3):
        gerund = current.dep_ == "pcomp" and current.tag_ == "VBG" and current.head.lower_ in GERUND_PREPOSITIONS
        if gerund and current.head.head.pos_ in ("VERB", "AUX") and current.head.head.lemma_.lower() not in SUFFERED:
            # "a policeman was arrested after shooting dead a politician" (not "residents accuse police
            # of torching houses", nor "a man was killed after exchanging fire with police", whose
            # subject suffered the event)
            governor = current.head.head
        elif current.dep_ not in ("xcomp", "ccomp", "advcl", "conj", "acomp") or current.head.i == current.i:
            return []
        else:
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
#: Verbs whose subject, in a clause of time, did the violence the sentence tells.
CLAUSE_VIOLENCE_VERBS = ASSAULT_VERBS | INVASION_VERBS | HARM_VERBS | BURNING_VERBS
#: Verbs whose subject suffers the event rather than doing a gerund's act ("was killed after exchanging fire").
SUFFERED = HARM_VERBS | {"die"}


def _headline_harm(conjunct: Token) -> bool:
    """A harm verb joined to a headline's first verb with no subject or object of its own: the
    "killed" of "1 priest dragged from his car and killed"."""
    return (
        conjunct.dep_ == "conj"
        and conjunct.lemma_.lower() in HARM_VERBS
        and conjunct.tag_ in ("VBN", "VBD")
        and not any(c.dep_ in ("dobj", "nsubj", "nsubjpass") for c in conjunct.children)
    )


def headline_passive(verb: Token) -> bool:
    """'Forty Jie warriors killed in attempted raid': a harm verb in the past participle or past
    form with a subject, no object and no auxiliary, as headlines drop 'were'; also another verb so
    used that a harm verb of the same kind joins ("1 priest dragged from his car and killed")."""
    if verb.tag_ not in ("VBN", "VBD"):
        return False
    if verb.lemma_.lower() not in HARM_VERBS and not any(_headline_harm(c) for c in verb.children):
        return False
    children = list(verb.children)
    if any(c.dep_ in ("dobj", "aux", "auxpass", "agent", "ccomp", "xcomp") for c in children):
        return False
    subjects = [c for c in children if c.dep_ == "nsubj"]
    if not subjects:
        return False
    if any(s.i > verb.i for s in subjects):
        return False  # "armed men shot three motor taxi drivers": an object the parser made a subject
    aims = ("at", "into", "toward", "towards")
    if verb.lemma_.lower() == "shoot" and any(c.dep_ == "prep" and c.lower_ in aims and _pobjs(c) for c in children):
        # "three armed individuals shot at a car wash": a shooter aims at something (not "Four police
        # officers shot at and injured", a passive's stranded "at")
        return False
    # a count or people word as subject ("5 members", "Forty warriors"), never a named force alone
    if any(any(g.dep_ == "nummod" or g.like_num for g in s.children) or s.like_num for s in subjects):
        return True
    # "Kenyan police reservist shot dead while patrolling", "Police officers killed when responding":
    # a main verb that takes an object has none; "shot" only with "dead" ("police shot in the air")
    # (also a clause the parser hung on a later one: "... shot dead while patrolling market;
    # perpetrators unknown", "two soldiers killed in Lamu, police say")
    main = verb.dep_ == "ROOT" or (verb.dep_ == "ccomp" and verb.head.i > verb.i)
    if not main or any(s.lower_ in ("who", "that", "which") for s in subjects):
        return False
    if any(c.dep_ == "conj" and any(g.dep_ == "dobj" for g in c.children) for c in children):
        return False  # "gunmen killed and injured 5 people": the object is shared
    if any(c.dep_ == "prep" and c.lower_ in ("at", "on", "into", "toward", "towards") for c in children):
        return False
    if any(_misread_object(verb, c) for c in children):
        return False  # "The military shot dead a suspected leader": the object read as an adverb
    return verb.lemma_.lower() != "shoot" or any(c.lower_ == "dead" for c in children)


def _misread_object(verb: Token, child: Token) -> bool:
    """A noun phrase after the verb that the parser hung on it as an adverb, not a time: "shot dead
    a suspected leader" (not "shot dead Tuesday", "killed last night")."""
    return (
        child.dep_ == "npadvmod"
        and child.i > verb.i
        and child.pos_ in ("NOUN", "PROPN")
        and child.ent_type_ not in ("DATE", "TIME")
        and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in child.children)
    )


#: Words that stand for a number of people already named: "pursued the raiders and killed many".
QUANTITY_WORDS = frozenset({"many", "several", "some", "few", "dozens", "scores", "hundreds", "all", "most"})


def _counted(noun: Token) -> list[Token]:
    """The people a quantity word counts ("an unknown number of people", "dozens of civilians"), or the noun."""
    if noun.lower_ in QUANTITY_WORDS | {"number", "numbers"}:
        counted = [t for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for t in _pobjs(c)]
        if counted:
            return counted
    return [noun]


def _bare_quantity(token: Token) -> bool:
    """'killed many', 'killed three': a number standing alone as the object, with no noun or 'of'."""
    if token.pos_ != "NUM" and token.lower_ not in QUANTITY_WORDS:
        return False
    return not any(c.dep_ == "prep" or c.pos_ in ("NOUN", "PROPN") for c in token.children)


def _shared_object(verb: Token) -> list[Token]:
    """The object of the verb a conjoined verb follows ("pursue the raiders and kill many")."""
    if verb.dep_ != "conj" or verb.head.pos_ != "VERB":
        return []
    return [t for c in verb.head.children if c.dep_ == "dobj" and not _bare_quantity(c) for t in _conjoined(c)]


def _verb_arguments(verb: Token, agents: list[Token], patients: list[Token]) -> None:
    headline = headline_passive(verb)
    for child in verb.children:
        if child.dep_ == "nsubj":
            (patients if headline else agents).extend(_conjoined(child))
        elif child.dep_ == "dobj" and _bare_quantity(child) and (shared := _shared_object(verb)):
            patients.extend(shared)
        elif child.dep_ in ("dobj", "nsubjpass") and not misread_place(child):
            patients.extend(_conjoined(child))
        elif child.dep_ == "agent":
            agents.extend(_pobjs(child))
        elif child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS:
            patients.extend(_pobjs(child))


def misread_place(noun: Token) -> bool:
    """A noun the parser made the verb's object though a place preposition comes before it:
    "killed outside police post" tells where, not whom."""
    return any(c.tag_ == "IN" and c.i < noun.i and c.lower_ in PLACE_PREPOSITIONS for c in noun.children)


#: Prepositions of place the parser may hang on the noun after them.
PLACE_PREPOSITIONS = frozenset({"outside", "inside", "near", "behind", "beside", "at"})


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


def out_of_service(span: Span) -> bool:
    """The person a mention names is out of service: "an off-duty police officer", "a former
    soldier", "a police officer who was off-duty" (the head noun past the compound it may start on)."""
    noun = span.root
    while noun.dep_ == "compound" and noun.head.i != noun.i:
        noun = noun.head  # "police" of "a police officer"
    modifiers = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
    return any(unarmed_status(c) for c in modifiers) or _off_duty(noun)


def _off_duty(noun: Token) -> bool:
    """'an off duty soldier', 'an off-duty intelligence officer' (the parser hangs the words anywhere
    left of the noun), 'a police officer who was off-duty', 'a police officer (assumed off-duty)'."""
    if any(_duty_off(t) for t in noun.subtree if t.i < noun.i):
        return True
    if any(_duty_off(t) for c in noun.children if c.dep_ == "relcl" and c.lemma_.lower() == "be" for t in c.subtree):
        return True
    doc = noun.doc
    if noun.i + 1 < len(doc) and doc[noun.i + 1].text == "(":
        inside = doc[noun.i + 2 : min(noun.i + 7, len(doc))]
        closing = next((t.i for t in inside if t.text == ")"), None)
        return closing is not None and any(_duty_off(t) for t in doc[noun.i + 2 : closing])
    return False


def _duty_off(token: Token) -> bool:
    """The "duty" of "off duty" / "off-duty"."""
    return token.lower_ == "duty" and unarmed_status(token)


#: Groups of people by descent: their members are its people ("members of the Garre clan").
KIN_GROUPS = frozenset({"clan", "subclan", "sub-clan", "tribe", "community", "family"})


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
        elif cls == STATE and any(
            c.dep_ == "compound" and c.pos_ == "PROPN" and classify(c) == CIVILIAN for c in modifiers
        ):
            cls = CIVILIAN  # "a Red Cross officer": an officer of an aid organisation, no state agent
        elif cls == STATE and any(
            c.lemma_.lower() in ("rebel", "insurgent", "militant", "jihadist") for c in modifiers
        ):
            cls = ARMED  # "the rebel Army of Mujahideen", "insurgent forces": no state's
        if cls in (None, TARGET):
            of_objects = [p for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for p in _pobjs(c)]
            if any(p.lemma_.lower() in KIN_GROUPS for p in of_objects):
                cls = CIVILIAN  # "two members of the Garre clan": its people, not its militia
            elif token.lemma_.lower() == "group" and any(p.lemma_.lower() in ("people", "person") for p in of_objects):
                cls = CROWD  # "a group of local people": civilians who can act together
            else:
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


def _has_object(verb: Token) -> bool:
    return any(c.dep_ == "dobj" for c in verb.children)


def done_with_a_doer(verb: Token) -> bool:
    """The verb tells an act with its doer and what it was done to ("gunmen killed two villagers")."""
    return _has_object(verb) and any(c.dep_ == "nsubj" for c in verb.children)


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


def _noun_core(noun: Token) -> list[Token]:
    """A noun with its compounds and modifiers, and the head of its 'of'/'over' phrase, recursively."""
    core = [noun]
    for child in noun.children:
        if child.dep_ in ("compound", "amod", "appos"):
            core.append(child)
        elif child.dep_ == "prep" and child.lower_ in ("of", "over"):
            core.extend(t for p in _pobjs(child) for t in _noun_core(p))
    return core


def _armed_agent(doc: Doc, cue: Cue, sentence: Span, classify: Classifier) -> bool:
    """The cue's subject is a state force or an armed group ("a US military column entered")."""
    agents, _ = arguments(cue.head(doc))
    if agents and all(a.pos_ == "PRON" for a in agents):
        # "the SDF said they had established a military council": "they" are the speakers
        # (or announced: "the US government announced it was withdrawing 300 troops")
        speech = next(
            (t for t in cue.head(doc).ancestors if t.pos_ == "VERB" and t.lemma_.lower() in ("say", "announce")), None
        )
        agents = [c for c in speech.children if c.dep_ == "nsubj"] if speech is not None else agents
    classes = classes_of(agents, classify) if agents else set()
    return bool(classes & {STATE, ARMED, UNKNOWN})


def _passive_broken_at_time(head: Token) -> bool:
    """The cue is the attribute of "be" after a time phrase, with a "by" agent or a participle's tag."""
    if head.dep_ != "attr" or head.head.lemma_ != "be":
        return False
    between = head.doc[head.head.i + 1 : head.i]
    by_agent = any(c.dep_ == "prep" and c.lower_ == "by" for c in head.children)
    return any(t.ent_type_ in ("DATE", "TIME") for t in between) and (by_agent or head.tag_ == "VBN")


#: Words that make someone a suspect: "a suspected thief", "alleged supporters", "a robbery suspect".
SUSPECT_WORDS = frozenset({"suspected", "alleged", "suspect"})
#: People suspected of a common crime: "a suspected thief" is a suspect, no armed group.
SUSPECTED_OF_CRIME = frozenset({"thief", "robber", "burglar", "dealer", "criminal", "pickpocket", "mugger", "poacher"})


def _suspect(token: Token) -> bool:
    """'a drug suspect', 'a robbery suspect', 'a suspected thief': someone the police suspect, not an
    armed attacker."""
    armed = {"armed", "militant", "terror", "terrorist", "insurgent", "rebel"}
    modifiers = [c.lemma_.lower() for c in token.children if c.dep_ in ("amod", "compound")]
    if token.lemma_.lower() in SUSPECTED_OF_CRIME:
        return any(m in SUSPECT_WORDS for m in modifiers) and not set(modifiers) & armed
    return token.lemma_.lower() == "suspect" and not set(modifiers) & armed


#: Nouns of violence itself, never its victim: "killed 2 civilians - ongoing ethnic violence", where the
#: parser makes "violence" the verb's object.
VIOLENCE_NOUNS = frozenset({"violence", "clash", "clashes", "fighting", "conflict", "hostility", "tension"})


def _violence_sides(doc: Doc, violent: list[Cue], sentence: Span, classify: Classifier) -> tuple[set[str], set[str]]:
    targets: set[str] = set()
    perpetrators: set[str] = set()
    for cue in violent:
        agents, patients = arguments(cue.head(doc))
        patients = [p for p in patients if p.lemma_.lower() not in VIOLENCE_NOUNS]
        if cue.head(doc).lemma_.lower() in ("die", "perish"):
            # "two people died after angry youths torched their house": the dead suffered, the youths
            # (if any) did it
            dead = [a for a in agents if a.dep_ == "nsubj"]
            dead += [c for a in dead for c in a.conjuncts]
            patients = patients + dead
            agents = [a for a in agents if a not in dead] + _clause_assailants(cue.head(doc))
        suspects = [p for p in patients if _suspect(p)]
        targets |= classes_of([p for p in patients if p not in suspects], classify)
        targets |= {CIVILIAN} if suspects else set()
        perpetrators |= classes_of(agents, classify)
    if not targets and not perpetrators:
        perpetrators, targets = _sides_by_position(doc, violent[0], sentence, classify)
    return targets, perpetrators


def _reciprocal(token: Token) -> bool:
    """ "each other", "one another" (the token is the second word): the acts are aimed at their doers."""
    pair = (token.nbor(-1).lower_, token.lower_) if token.i > 0 else ("", "")
    return pair in (("each", "other"), ("one", "another"))
