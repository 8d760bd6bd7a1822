"""What a number phrase counts: the clause's roles first, then cues read on the surface where the
parse fails ("1 killed, 7 injured", "leaving 2 IS militants dead"); a killing told as a cause, a
charge or background counts nothing."""

from __future__ import annotations

from typing import TYPE_CHECKING

from frontlines.numbers.counts.roles import _SHOT, _climb, _Decision, _has_subject, _noun_cue, _relative_cue, _role_cue
from frontlines.numbers.counts.spans import _is_year
from frontlines.numbers.counts.words import _ACT_NOUNS, _cue_of, _cues, _lemma

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_AUXILIARIES = frozenset(
    {"was", "were", "is", "are", "been", "have", "has", "had", "be", "reportedly", "reported", "also"}
)
#: Prepositions that make a death the background of the event: "protests over the death of a man".
BACKGROUND_PREPOSITIONS = frozenset({"over", "after", "following", "against", "for", "about", "since"})
#: Words that leave a toll unconfirmed: "5-6 others may have been killed (unconfirmed)".
_HEDGES = frozenset({"may", "might", "could", "unconfirmed", "feared", "possibly"})
#: Group nouns that take in anyone, whatever the parts named after "including".
_ANYONE = frozenset({"people", "person", "individual", "victim", "civilian", "casualty", "fatality"})


def _gerund_before(doc: Doc, start: int) -> _Decision | None:
    """ "Police intervened killing 2 - DETAILS NOT SPECIFIED": a harm gerund right before the number,
    whose object the parser lost; or a harm verb in the past with no object of its own: "Airstrikes
    killed at least 36 people including children opposition activists said", where the lost comma
    made the people the subject of "said"."""
    if start == 0 or doc[start - 1].tag_ not in ("VBG", "VBD"):
        return None
    verb = doc[start - 1]
    if verb.tag_ == "VBD" and any(c.dep_ in ("dobj", "nsubjpass", "auxpass") for c in verb.children):
        return None
    if verb.tag_ == "VBD" and verb.lemma_.lower() == "claim":
        return None  # "police claimed one of them was a gangster": a claim, not a toll ("claimed 19 lives")
    cue = _cue_of(verb, "verb")
    if cue is None or cue.kind not in ("killed", "injured"):
        return None
    return _Decision(cue.kind, verb, f"{'gerund' if verb.tag_ == 'VBG' else 'verb'}:{verb.lower_}")


def _label_cue(doc: Doc, start: int) -> _Decision | None:
    """ "Fatalities: 2", "Injured: 7": a toll noun as a label before a colon, as incident reports write it."""
    if start < 2 or doc[start - 1].text != ":":
        return None
    label = doc[start - 2]
    cue = _cue_of(label, "noun") or _cue_of(label, "adj") or (_cue_of(label, "verb") if label.tag_ == "VBN" else None)
    word = label.lower_
    singular = word[:-3] + "y" if word.endswith("ies") else word[:-1] if word.endswith("s") else word
    cue = cue or _cues().get((singular, "noun"))  # "FATALITIES": a capitalised label the lemmatizer leaves alone
    if cue is None or cue.kind not in ("killed", "injured", "kidnapped", "arrested", "displaced"):
        return None
    return _Decision(cue.kind, label, f"label:{label.lower_}")


def _adjacent_cue(doc: Doc, end: int, skip_aux: bool = True) -> _Decision | None:
    """ "5 dead", "two injured", "1 was wounded": a cue word right after the number phrase."""
    numbered = end > 0 and doc[end - 1].like_num  # a figure, not "a number" or "dozens"
    while skip_aux and end < len(doc) and doc[end].lower_ in _AUXILIARIES:
        end += 1
    if end >= len(doc):
        return None
    token = doc[end]
    if token.lower_ in _SHOT and end + 1 < len(doc) and doc[end + 1].lower_ == "dead":
        # "2 were shot dead - FATALITIES", "1 civilian shot dead by": whatever the parse makes of
        # "dead" (not "four men shot dead a priest", who did it)
        after = doc[end + 2] if end + 2 < len(doc) else None
        if after is None or after.pos_ not in ("DET", "NUM", "NOUN", "PROPN", "ADJ", "PRON"):
            return _Decision("killed", token, f"adjacent:{token.lower_}_dead")
    cue = _cue_of(token, "adj") or (_cue_of(token, "verb") if token.tag_ == "VBN" else None)
    if cue and cue.kind not in ("other", "killed"):
        # "Two are shot and killed": the conjoined participle tells the outcome
        for verb in (c for c in token.children if c.dep_ == "conj" and c.tag_ == "VBN" and not _has_subject(c)):
            worse = _cue_of(verb, "verb")
            if worse is not None and worse.kind == "killed":
                return _Decision("killed", verb, f"adjacent:{token.lower_}_and_{verb.lower_}")
    if cue and cue.kind == "killed" and numbered and end + 2 < len(doc) and doc[end + 1].lower_ in ("and", "or"):
        hurt = doc[end + 2]
        if hurt.lemma_.lower() in ("injure", "wound") or hurt.lower_ in ("injured", "wounded"):
            # "19 Killed and Injured in attack": one figure for the dead and the wounded together
            return _Decision("injured", hurt, f"adjacent:{token.lower_}_and_{hurt.lower_}")
    if cue and cue.kind != "other":
        return _Decision(cue.kind, token, f"adjacent:{token.lower_}")
    return None


def _decide(doc: Doc, root: Token, end: int) -> tuple[_Decision, Token | None]:
    """The count's kind and the counted noun for the number phrase whose root token is ``root``."""
    if _part_of_counted(root):
        return _Decision("other", None, "partitive"), None
    noun: Token | None = None
    arg = root
    if root.dep_ in ("nummod", "quantmod", "amod", "det", "compound") and root.head.pos_ in (
        "NOUN",
        "PROPN",
        "PRON",
        "ADJ",
    ):
        noun = arg = root.head
        if (
            noun.dep_ in ("nmod", "compound", "amod")
            and noun.pos_ == "PROPN"
            and noun.head.pos_ == "NOUN"
            and noun.head.i > noun.i
        ):
            # "Two Kenya Defence Forces (KDF) soldiers", "Seven Kenyan fishermen" (the parser hangs the
            # number on the name): the number counts the noun the name qualifies
            noun = arg = noun.head
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
    if decision is None and noun is not None and arg is root and not _of_a_known_set(noun):
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
    # (not a known set named inside a preposition's phrase, which the verb after it is not told of:
    # "five suspects linked to the two attacks were killed", "fighters from both sides were killed";
    # but "three of the gunmen are killed", "during battles with Al-Shabaab two soldiers are killed")
    known = noun is not None and (_of_a_known_set(noun) or root.lower_ == "both")
    inner = known and noun.dep_ == "pobj" and noun.head.head != root
    if decision is None and not _part_of_group(root) and not inner:
        decision = _after_names(doc, end)
    if (
        decision is not None
        and decision.cue is not None
        and (_cause_noun(decision.cue) or _past_relative(decision.cue) or _charged_with(decision.cue))
    ):
        decision = None  # "in retaliation for the killing of 3 members earlier in the week"
    if decision is not None and decision.rule.startswith("acl:") and _background(climbed):
        decision = None  # "in retaliation for 3 villagers killed last week", "protests over 2 students shot"
    if decision is None and not any(t.lower_ in _HEDGES for t in doc[end : root.sent.end]):
        # "FATALITIES: 2 - ACTORS NOT SPECIFIED": where no clause tells of the number, the label says
        # what it counts (not "FATALITIES: 5-6 others may have been killed", which the text hedges)
        decision = _label_cue(doc, root.left_edge.i)
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


#: Pronouns for a group counted before: "6 of them", "among them".
_GROUP_PRONOUNS = frozenset({"them", "those", "whom"})


#: Words after "those" that make it the dead a figure counts a part of: "5 of those killed" (not "One
#: of those injured later died", a death more).
_HARMED = frozenset({"killed", "dead"})


def _of_the_harmed(root: Token) -> bool:
    """ "5 of those killed", "two of these dead": the pronoun after "of" is the dead (not "two of
    those who fled were killed", nor "one of those injured later died")."""
    at = root.i + 1
    doc = root.doc
    return (
        at + 2 < len(doc)
        and doc[at].lower_ == "of"
        and doc[at + 1].lower_ in ("those", "these")
        and (doc[at + 2].lower_ in _HARMED)
    )


def _part_of_counted(root: Token) -> bool:
    """A part of a group counted before, pointed to by a pronoun: "34 people were killed, 6 of them
    women" (the same verb's), "a further nine, among them eight women, were killed" (not "Six of them
    were killed" in a sentence of its own, nor "clashed with gunmen, killing 2 of them")."""
    start = root.left_edge.i
    doc = root.doc
    if start > 1 and doc[start - 1].lower_ in _GROUP_PRONOUNS and doc[start - 2].lower_ in ("among", "including"):
        return True
    of_pronoun = any(
        c.dep_ == "prep" and c.lower_ == "of" and any(p.lower_ in _GROUP_PRONOUNS for p in c.children)
        for c in root.children
    )
    if _of_the_harmed(root):
        return True  # "5 of those killed were children": a part of the dead, whoever counted them
    if not of_pronoun or root.head.i == root.i:
        return False
    # the same verb counted a group before it (not "killing 2 of them", "13 were shot, 1 of whom was killed")
    return any(
        c.i < start and (c.like_num or any(g.dep_ == "nummod" and g.like_num for g in c.children))
        for c in root.head.children
    )


#: Longest run of name words read between a number and its verb on the surface.
NAME_RUN = 5


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


def _charged_with(cue: Token) -> bool:
    """A killing told as what someone is suspected, accused or arrested for: "three men suspected
    of having killed the two police officers" (those deaths are an earlier event's); not a force
    someone accuses of it, which is how the event itself is told ("Rights groups accused the army
    of killing 12 villagers")."""
    token = cue
    for _ in range(3):
        if token.dep_ in ("pcomp", "pobj") and token.head.lower_ in ("of", "for"):
            head = token.head.head
            return head.lemma_.lower() in _CHARGE_HEADS and not _force_accused(head)
        token = token.head
    return False


#: Nouns of armed forces and groups that an accusation names as the doer of the act it tells of.
_FORCES = frozenset(
    {"army", "military", "police", "soldier", "troop", "force", "militia", "rebel", "gunman", "regime"}
    | {"government", "security", "militant", "fighter", "jihadist", "insurgent", "officer", "policeman"}
)


def _force_accused(verb: Token) -> bool:
    """ "X accused the police of", "blamed soldiers for": an accuser names a force as the doer."""
    if verb.lemma_.lower() not in ("accuse", "blame") or not any(c.dep_ == "nsubj" for c in verb.children):
        return False
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _FORCES for c in verb.children)


def _background(cue: Token) -> bool:
    """ "over the death of", "following the killing of": a death that is the cause, told as background."""
    head = cue.head
    return cue.dep_ == "pobj" and head.lower_ in BACKGROUND_PREPOSITIONS


def _of_a_known_set(noun: Token) -> bool:
    """The "of" object of a number that points back to a set told before, whose part the number
    counts: "three of the murders", "two of those dead" (not "dozens of deaths")."""
    return any(c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in noun.children) or any(
        c.dep_ == "poss" for c in noun.children
    )


#: Nouns of an act done in answer to an earlier one: "in response to", "in retaliation for".
_ANSWER_NOUNS = frozenset({"response", "retaliation", "revenge", "reprisal", "reaction"})


def _answered(noun: Token) -> bool:
    """The object of "in response to", "in retaliation for": an earlier event this one answers."""
    prep = noun.head
    return noun.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.lemma_.lower() in _ANSWER_NOUNS


#: Words that tie someone to an earlier act as its author: "behind the attack", "wanted for the attack".
_CULPRIT_WORDS = frozenset(
    {
        "responsible",
        "wanted",
        "blame",
        "convict",
        "jail",
        "sentence",
        "charge",
        "try",
        "arrest",
        "suspect",
        "mastermind",
    }
)


def _authored(noun: Token) -> bool:
    """The object of "behind" or of "(wanted, responsible, convicted...) for": an event whose author
    this text speaks of ("one of the militants behind the attack that claimed 60 lives")."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return False
    author = {prep.head.lemma_.lower(), prep.head.lower_}
    return prep.lower_ == "behind" or (prep.lower_ == "for" and not author.isdisjoint(_CULPRIT_WORDS))


#: Words of a date that lies before the report: "last year", "in June 2014", "two years ago".
_EARLIER_DATE_WORDS = frozenset({"last", "previous", "earlier", "ago"})


def _dated_before(clause: Token) -> bool:
    """The clause names a date of its own that lies before the report: a year or "last month"."""
    return any(t.ent_type_ == "DATE" and (_is_year(t) or t.lower_ in _EARLIER_DATE_WORDS) for t in clause.subtree)


def _past_relative(cue: Token) -> bool:
    """A cue in a perfect-tense relative clause on something told as background: "The attack
    occurred after days of clashes in which 8 armed men have died" (those deaths are another
    event's; not "retook the village after a clash that resulted in 25 fatalities"); in any tense
    on the earlier event an act answers: "shot in response to a village raid (in which 7 civilians
    were killed)", or whose author the text speaks of, told with an earlier date: "behind the attack
    that claimed 60 lives in June 2014"."""
    token, relative = cue, False
    while token.head.i != token.i:
        if token.dep_ == "relcl":
            if _answered(token.head) or (_authored(token.head) and _dated_before(token)):
                return True
            relative = any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in token.children)
            if not relative:
                return False
        elif token.pos_ in ("VERB", "AUX") and token.dep_ != "acl":
            return False  # the clause the count belongs to
        if relative and token.dep_ == "pobj" and token.head.lower_ in BACKGROUND_PREPOSITIONS:
            return True
        token = token.head
    return False
