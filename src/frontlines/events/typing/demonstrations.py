"""Demonstrations, typed by how they end: crowd violence, lethal force, intervention, or none."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from frontlines.events.lexicon import ARMED, CROWD, PROTESTER, RIOTER, STATE, UNKNOWN, Cue
from frontlines.events.typing.battles import _fighters, _in_setting
from frontlines.events.typing.cue_readings import in_description, is_reason, led_to_dispersal, told_as_background
from frontlines.events.typing.decision import RULE_RIOTING_CROWDS, VIOLENCE, Classifier, Decision, _has, _pick, words
from frontlines.events.typing.other_senses import DYING_VERBS
from frontlines.events.typing.participants import SUSPECT_WORDS, _object_words, _reciprocal, arguments, classes_of
from frontlines.events.typing.remote_violence import strike_of_people

#: Participant classes of a crowd that may demonstrate.
CROWDS = frozenset({"crowd", "civilian", "protester", "rioter"})


def _crowds_fight_each_other(doc: Doc, cues: list[Cue], classify: Classifier) -> list[Cue]:
    """Clashes or blows between two crowds and no one else: a clash whose fighters are crowds named
    twice ("supporters of NASA and Jubilee", "Jubilee and KANU supporters", "between ODM supporters
    and supporters of the candidate"), or a crowd's violence "at each other"."""
    found = []
    # the crowd that demonstrates: "residents held a demonstration and clashed with a leader"
    marchers = {a.i for c in _pick(cues, "PROTEST", "LABOUR") for a in arguments(c.head(doc))[0]}
    for cue in _pick(cues, "CLASH", "RIOTACT", "RIOT", *VIOLENCE):
        head = cue.head(doc)
        if _in_setting(doc, cue) or in_description(head):
            continue  # "the community youths who clashed with another group": told of someone
        fighters = _fighters(head)
        people = [t for f in fighters for t in (f, *f.conjuncts)]
        classes = classes_of(people, classify)
        if cue.cue == "RIOT" and any(_reciprocal(t) for t in head.subtree) and not classes & {STATE, ARMED}:
            found.append(cue)  # "rival schools riot against each other": rioters fight rioters
            continue
        if not classes or not classes <= CROWDS or PROTESTER in classes:
            continue  # (demonstrators who fight a counter-group are still a violent demonstration)
        if any(t.i in marchers for t in people) or (head.dep_ == "conj" and head.head.i in {c.start for c in cues}):
            continue
        reciprocal = any(_reciprocal(t) for t in head.subtree)
        named_twice = len({t.i for t in people}) > 1 or any(_two_named(t) for t in people)
        if reciprocal or (cue.cue == "CLASH" and named_twice):
            found.append(cue)
    return found


def _two_named(noun: Token) -> bool:
    """The noun is said of two parties: "Jubilee and KANU supporters", "supporters of NASA and Jubilee",
    "two groups of demonstrators", "rival supporters"."""
    if any(c.lower_ in ("two", "both", "rival") and c.dep_ in ("nummod", "amod", "det") for c in noun.children):
        return True  # "two groups of demonstrators", "rival supporters"
    named = [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and c.conjuncts]
    owners = [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
    # "supporters of NASA and Jubilee", "supporters of two rival candidates"
    named += [p for p in owners if p.conjuncts or _two_named(p)]
    return bool(named)


def _crowd_named(doc: Doc, cue: Cue) -> bool:
    """The cue's targets are named as a gathering: "a crowd", "the mob", "the demonstrators"."""
    return any(p.lemma_.lower() in words("gathering") for p in arguments(cue.head(doc))[1])


def _on_suspects(doc: Doc, cue: Cue) -> bool:
    """The cue's targets are suspects: "a crackdown on suspected supporters of the rebels"."""
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in SUSPECT_WORDS
        for p in arguments(cue.head(doc))[1]
        for c in p.children
    )


#: Nouns of people who demonstrate, whatever they do: "demonstrators stoned a bus".
DEMONSTRATOR_NOUNS = frozenset({"protester", "protestor", "demonstrator", "marcher", "picketer"})


def rule_demonstration(doc: Doc, sentence: Span, cues: list[Cue], classify: Classifier) -> Decision | None:
    """Demonstrations by how they end: violence by the crowd, lethal force, intervention, or none."""
    protest = [c for c in _pick(cues, "PROTEST", "LABOUR", "RIOT") if not is_reason(doc, c)]
    # "supporters poured into the streets", not "water poured into the streets"
    protest = [
        c
        for c in protest
        if not c.pattern.startswith("pour ") or classes_of(arguments(c.head(doc))[0], classify) & CROWDS
    ]
    # "a gunman killed six people during a shooting rampage", "armed gangs marched through the
    # township, looting shops": armed men on the move or on a spree are no crowd demonstrating
    violence = _has(cues, *VIOLENCE)
    protest = [c for c in protest if not (c.pattern in ARMED_MOVES and _armed_doers(doc, c, classify, violence))]
    blocks = [c for c in _pick(cues, "BLOCK") if _object_words(doc, c) & words("blocked_way")]
    armed_blocks = [c for c in blocks if classes_of(arguments(c.head(doc))[0], classify) & {STATE, ARMED}]
    if armed_blocks and not protest:
        # "HTS members blocked the road in front of a Turkish column": forces stop forces, no protest
        rule = "codebook:armed or state forces block a road: a strategic development"
        return Decision("Other", sentence, armed_blocks, rule, 0.5)
    protest += blocks
    protest += [c for c in _pick(cues, "GATHER") if _gathered_to_demand(doc, c)]
    # "the employees launched a three-day strike": a stoppage of work, as "workers strike" is
    protest += [
        c
        for c in _pick(cues, "STRIKE")
        if _workers_strike(doc, c) or (strike_of_people(doc, c, classify) and not is_reason(doc, c))
    ]
    # "workers of a construction company demanded the payment of their salaries": a crowd that
    # makes a demand in public is a demonstration (codebook); an official's or a state's is not
    protest += [c for c in _pick(cues, "DEMAND") if _crowd_demands(doc, c, classify)]
    dispersed = [
        c
        for c in _pick(cues, "INTERVENE")
        if classes_of(arguments(c.head(doc))[1], classify) & CROWDS
        or (_crowd_named(doc, c) and not classes_of(arguments(c.head(doc))[0], classify) & CROWDS)
    ]  # a gathering broken up ("a prayer meeting"), not by rowdy youths
    # a crowd said to be broken up ("dispersed the villagers"), or named as one ("fired tear gas at
    # the crowd"); not rubber bullets fired at fishermen in their boats, which is an attack on them
    dispersed = [c for c in dispersed if doc[c.start].pos_ == "VERB" or _crowd_named(doc, c)]
    # nor a crackdown on suspects ("a security crackdown on suspected supporters of the rebels")
    dispersed = [c for c in dispersed if not _on_suspects(doc, c)]
    if dispersed and not protest:
        if _violent_manner(doc, [], sentence, classify):
            # "police fired into the air to disperse a rowdy crowd": the crowd was violent first (not
            # "police violently dispersed a prayer meeting", where the manner is the police's)
            rule = "codebook:demonstrators use violence or destroy property"
            return Decision("Violent demonstration", sentence, dispersed, rule, 0.6)
        if lethal := _lethal_force(doc, cues):
            # "officers tried to break up the crowd by firing into it, killing two people"
            rule = "codebook:lethal force against protesters"
            return Decision("Excessive force against protesters", sentence, dispersed + lethal, rule, 0.6)
        rule = "codebook:a crowd dispersed by force is a protest with intervention"
        return Decision("Protest with intervention", sentence, dispersed, rule, 0.6)
    # "broke into" is the crowd's violence only in a protest ("thieves broke into a shop" is not one)
    acts = [c for c in _pick(cues, "RIOTACT") if c.pattern != "break into" or protest]
    # "the youths chased them away from the rally", "residents chased the police out of the slum": a
    # crowd driving someone off by force (not police chasing protesters away)
    chases = [c for c in _pick(cues, "CHASE") if _crowd_agent(doc, c, classify) and not is_reason(doc, c)]
    acts += chases
    if not protest and not acts:
        return None
    if _has(cues, "MOB"):
        return Decision("Mob violence", sentence, _pick(cues, "MOB"), "codebook:mob violence", 0.7)
    if fights := _crowds_fight_each_other(doc, cues, classify):
        # "Jubilee and KANU supporters clashed during a rally", "threw stones at each other": two
        # crowds fight, whatever gathering they were at
        return Decision("Mob violence", sentence, fights, RULE_RIOTING_CROWDS, 0.65)
    # "Demonstrators stoned a bus and raided a hotel": demonstrators' own acts are a demonstration's
    demonstrators_act = any(t.lemma_.lower() in DEMONSTRATOR_NOUNS for c in acts for t in _fighters(c.head(doc)))
    if not _has(protest, "PROTEST", "LABOUR") and not demonstrators_act:
        if acts and not protest and not _crowd_acts(doc, acts, sentence, classify):
            return None
        # not the violence told as its cause: "riots after a cleric was killed by unknown gunmen"
        against = [
            c
            for c in _pick(cues, "CLASH", *VIOLENCE)
            if not (is_reason(doc, c) or told_as_background(c.head(doc)) or _told_of_others(doc, c, classify))
            and not _harm_in_the_riot(doc, c, protest)
        ]
        # "a group who gathered at a mosque pelted stones at a police team": a crowd's violence with no
        # protest told is a mob's, whoever it is aimed at
        if against and (
            not sentence_has_class(sentence, classify, STATE) or _mob_without_message(acts, protest, sentence)
        ):
            rule = RULE_RIOTING_CROWDS
            return Decision("Mob violence", sentence, protest + against, rule, 0.65)
        if not protest and _only_thrown(acts) and _mob_without_message(acts, protest, sentence):
            # "villagers pelted stones at police who were trying to settle a dispute": things thrown
            # at someone, with no road blocked, no fire lit and no cause told, are a mob's
            return Decision("Mob violence", sentence, acts, RULE_RIOTING_CROWDS, 0.6)
    violent = [
        c
        for c in _pick(cues, "RIOT", "RIOTACT", "LOOT", "BURN", "DESTROY", "CLASH")
        if not is_reason(doc, c) or led_to_dispersal(doc, c, cues)
    ]
    violent += chases
    # "traders whose shops were demolished held a peaceful demonstration", "after they found their
    # stalls destroyed by officers": what was done to the crowd before is no violence of its own
    peaceful = any(_called_peaceful(c.head(doc)) for c in protest)
    violent = [c for c in violent if c.cue in ("RIOT", "RIOTACT") or not (peaceful or _done_to_crowd(doc, c, classify))]
    violent += [c for c in _pick(cues, "RIOTACT") if c not in violent and after_comma(doc, c)]
    crowd_violence = [
        c
        for c in _pick(cues, *VIOLENCE, "AMBUSH", "ABDUCT")
        if c.cue != "STORM"
        and (_crowd_agent(doc, c, classify) or _forces_hurt_at(doc, c, protest, classify))
        and not told_as_background(c.head(doc))
    ]  # not "after a student was hit by a bus and killed, students protested"
    violent += [c for c in crowd_violence if not is_reason(doc, c)]
    if violent or _violent_manner(doc, protest, sentence, classify):
        rule = "codebook:demonstrators use violence or destroy property"
        return Decision("Violent demonstration", sentence, protest + violent, rule, 0.7)
    if lethal := _lethal_force(doc, cues):
        rule = "codebook:lethal force against protesters"
        return Decision("Excessive force against protesters", sentence, protest + lethal, rule, 0.7)
    intervention = [c for c in _pick(cues, "INTERVENE", "ARREST", "BEAT") if not is_reason(doc, c)]
    # "unknown men attacked the demonstrators at the rally": the gathering suppressed by someone else
    intervention += [c for c in _pick(cues, "ATTACK") if not is_reason(doc, c) and _crowd_attacked(doc, c, classify)]
    intervention += _stopped_by_force(doc, sentence, classify)
    # "police chased the protesters away": a crowd driven off by force
    intervention += [c for c in _pick(cues, "CHASE") if c not in chases and _by_force_on_crowd(doc, c, classify)]
    if intervention:
        rule = "codebook:protest dispersed or arrests made"
        return Decision("Protest with intervention", sentence, protest + intervention, rule, 0.7)
    rule = "codebook:demonstration without violence or intervention"
    return Decision("Peaceful protest", sentence, protest, rule, 0.7)


def _told_of_others(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    """Violence in a description, by someone who is no crowd: "riots after a cleric with links to
    al-Shabaab killed by an unknown group" (not "a candidate injured by rioters")."""
    if not in_description(cue.head(doc)):
        return False
    return not classes_of(arguments(cue.head(doc))[0], classify) & {CROWD, RIOTER, PROTESTER}


def _harm_in_the_riot(doc: Doc, cue: Cue, riots: list[Cue]) -> bool:
    """A death or harm told as befalling someone in the riot: "1 was killed in post-election riots",
    "Two killed in riot over land": the riot's toll, not a crowd fighting another."""
    if cue.cue not in ("KILL", "HARM"):
        return False
    return _told_at([cue.head(doc)], {c.head(doc).i for c in riots}, ("in", "during", "amid"))


def _told_at(verbs: list[Token], heads: set[int], prepositions: tuple[str, ...]) -> bool:
    """A preposition of the verbs ("in", "during", "at") has one of ``heads`` as its object: what
    they tell happened at that gathering."""
    return any(
        p.dep_ == "prep" and p.lower_ in prepositions and any(o.i in heads for o in p.children)
        for v in verbs
        for p in v.children
    )


#: Crowd words that armed men may do too: a march, a rampage.
ARMED_MOVES = frozenset({"march", "rampage"})


def _armed_doers(doc: Doc, cue: Cue, classify: Classifier, violence: bool) -> bool:
    """Who does the cue (its subject, or the subject of the verb whose phrase it is in: "shot dead
    six people during a shooting rampage") are armed men, or state forces where violence is told
    ("soldiers marched into the village and beat residents"; not "senior officers marched to
    parliament"), and no crowd."""
    head = cue.head(doc)

    def own(tokens: list[Token]) -> set[str]:
        # the doers' own nouns, not the words before them: "the Prison Officers' Welfare Union" is no force
        return {c for t in tokens if (c := classify(t))}

    classes = own(arguments(head)[0])
    holder = head.head.head if head.dep_ == "pobj" else head
    if not classes and holder.pos_ == "VERB":
        classes = own(arguments(holder)[0])
    elif not classes and holder.pos_ in ("NOUN", "PROPN") and holder is not head:
        classes = own([holder])  # "a police officer ... in a rampage", as the parser may hang it
    armed = {ARMED, UNKNOWN} | ({STATE} if violence or cue.pattern == "rampage" else set())
    return bool(classes & armed) and not classes & CROWDS


def _lethal_force(doc: Doc, cues: list[Cue]) -> list[Cue]:
    """Killing or live fire told as done at the gathering, not as its cause or a description."""
    return [
        c
        for c in _pick(cues, "KILL", "SHOOT", "LETHAL")
        if not is_reason(doc, c)
        and _is_live_fire(doc, c)
        and not in_description(c.head(doc))  # "relatives of a man who was shot dead protested"
        and not told_as_background(c.head(doc))  # "protested after 40 prisoners were killed"
        and not _accused_of(c.head(doc))  # "burnt his effigy, accusing him of a role in the killing"
    ]


#: Verbs by which a force stops a gathering: "police stopped a demonstration", "blocked the march".
STOP_VERBS = frozenset(
    {"stop", "prevent", "halt", "block", "foil", "thwart", "bar", "obstruct", "quell", "abort", "suppress", "crush"}
)


def _stopped_by_force(doc: Doc, sentence: Span, classify: Classifier) -> list[Cue]:
    """State forces or armed men stop, block, quell or suppress the gathering itself ("Police in
    Yatta stopped a demonstration", "police blocked the road so that the march could not pass",
    "the gunmen suppressed protests"): an intervention."""
    gathering = words("gathering")
    found = []
    for token in sentence:
        lemma = token.lemma_.lower()
        if token.pos_ != "VERB" or lemma not in STOP_VERBS:
            continue
        agents, patients = arguments(token)
        if not any(classify(a) in (STATE, ARMED, UNKNOWN) for a in agents):
            continue
        if lemma == "block":  # "police blocked the road": only with the march or protest it stopped
            later = (t for t in token.subtree if t.i > token.i)
            stopped = any(t.lemma_.lower() in gathering for t in (*patients, *later))
        else:
            # "barred hundreds of people from attending a rally": the people, through their "of" phrase
            stopped = any(p.lemma_.lower() in gathering for p in patients) or bool(
                classes_of(patients, classify) & CROWDS
            )
        if stopped:
            found.append(Cue("INTERVENE", token.i, token.i + 1, lemma))
    return found


def _by_force_on_crowd(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    """State forces do the cue to a crowd: "police chased the protesters away"."""
    agents, patients = arguments(cue.head(doc))
    return bool(classes_of(agents, classify) & {STATE}) and bool(classes_of(patients, classify) & CROWDS)


def _done_to_crowd(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    """Damage told as what others did before or to the crowd, by someone named who is not of it:
    "traders whose shops were demolished by the county government", "after they found their stalls
    destroyed by officers" (not "opened fire after protesters destroyed their vehicle")."""
    head = cue.head(doc)
    if not (in_description(head) or told_as_background(head)):
        return False
    agents, _ = arguments(head)
    return bool(agents) and not any(a.pos_ == "PRON" or classify(a) in CROWDS for a in agents)


def _called_peaceful(head: Token) -> bool:
    """The text calls the demonstration peaceful: "held a peaceful demonstration", "protested peacefully"."""
    return any(c.lower_ in ("peaceful", "peacefully") and c.dep_ in ("amod", "advmod") for c in head.children)


#: Words of the riot acts that throw something at someone: "pelted stones at", "hurled Molotov cocktails".
THROWN = frozenset(
    {"stone", "rock", "brick", "bottle", "pelt", "pelting", "stone-pelting", "stone-throwing", "petrol", "molotov"}
)


def _only_thrown(acts: list[Cue]) -> bool:
    """Every riot act is a throw ("pelted", "hurled stones"), none a barricade, a fire or vandalism."""
    return bool(acts) and all(THROWN & set(c.pattern.split()) for c in acts)


def _mob_without_message(acts: list[Cue], protest: list[Cue], sentence: Span) -> bool:
    """A crowd's violent acts and no protest, demand or cause told ("demanding to go home", "to
    resist the eviction", "to stop them from towing away a car"): a mob's violence, not a
    demonstration's."""
    purpose = words("gather_purpose")
    told = any(t.pos_ == "VERB" and (t.lemma_.lower() in purpose or _resists(t)) for t in sentence)
    return bool(acts) and not protest and not told


def _resists(verb: Token) -> bool:
    """The verb tells a crowd's aim of resisting: "resist", or "to stop" and "to prevent" as the
    purpose of an act (not "officers who stopped them", "when the latter tried to stop them")."""
    lemma = verb.lemma_.lower()
    infinitive = verb.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)
    return lemma == "resist" or (lemma in ("stop", "prevent") and infinitive)


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
    purposes = [c for c in head.children if c.dep_ in ("advcl", "xcomp", "conj", "ccomp")]
    purposes += [c for p in purposes for c in p.children if c.dep_ == "conj"]  # "to file an appeal and to pressure"
    if any(c.lemma_.lower() in words("gather_purpose") for c in purposes):
        return True
    # "gathered ... in solidarity with the workers", "in protest against"
    return any(
        c.dep_ == "prep" and c.lower_ == "in" and any(p.lemma_.lower() in words("gather_cause") for p in c.children)
        for c in head.children
    )


#: Verbs by which a crowd lays an act at someone's door: the act is its grievance, not its fate.
ACCUSING_VERBS = frozenset({"accuse", "blame", "allege", "charge"})


def _accused_of(head: Token) -> bool:
    """The act is what the crowd accuses someone of: "accusing them to be involved in the killing"."""
    return any(t.lemma_.lower() in ACCUSING_VERBS and t.pos_ == "VERB" for t in head.ancestors)


def _workers_strike(doc: Doc, cue: Cue) -> bool:
    """ "Zalco factory workers in Kabwe strike over pay": workers, teachers or nurses who strike stop
    work (not "drones struck bases")."""
    head = cue.head(doc)
    if head.pos_ != "VERB" or is_reason(doc, cue):
        return False
    subjects = [t for c in head.children if c.dep_ == "nsubj" for t in (c, *c.conjuncts)]
    return any(t.lemma_.lower() in words("labour_context") for t in subjects)


def _crowd_demands(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    """The one who demands is a crowd (workers, residents, students), told as doing it, not as a reason."""
    if is_reason(doc, cue) or told_as_background(cue.head(doc)):
        return False
    agents, _ = arguments(cue.head(doc))
    # "the UN humanitarian agency demanded an inquiry": a body's demand is a statement, whoever it serves
    agents = [t for t in agents if t.lemma_.lower() not in words("institution_noun")]
    classes = classes_of(agents, classify)
    return bool(classes & CROWDS) and not classes & {STATE, ARMED}


def _crowd_attacked(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    """The attack's target is the demonstrators, and its doers are no crowd: "gunmen attacked the
    protesters" (not "protesters attacked a police station", "rioters attacked the marchers")."""
    agents, patients = arguments(cue.head(doc))
    protesting = any(_protesting(p) for p in patients)  # "police attacking protesting teachers"
    return (PROTESTER in classes_of(patients, classify) or protesting) and not classes_of(agents, classify) & CROWDS


#: Verbs whose participle before a noun makes its people demonstrators: "protesting teachers".
PROTEST_PARTICIPLES = frozenset({"protest", "demonstrate", "march", "picket", "strike"})


def _protesting(noun: Token) -> bool:
    return any(
        c.dep_ in ("amod", "acl") and c.tag_ == "VBG" and c.lemma_.lower() in PROTEST_PARTICIPLES for c in noun.children
    )


#: Words that pick some of a group: "several of them", "some of them".
PARTITIVES = frozenset({"several", "some", "many", "few", "most", "dozens", "hundreds", "scores"})


def _crowd_agent(doc: Doc, cue: Cue, classify: Classifier) -> bool:
    """The violence is the crowd's: 'the protesters injured a police officer'; 'When the agents tried
    to talk with the demonstrators, several of them attacked the policemen' (some of "them", the
    only group the sentence names being the crowd)."""
    head = cue.head(doc)
    if head.lemma_.lower() in DYING_VERBS:
        return False  # "a protester died after police shot him": the one who died did nothing
    agents, _ = arguments(head)
    if classes_of(agents, classify) & {CROWD, PROTESTER, RIOTER}:
        return True
    return any(a.lower_ in PARTITIVES and _some_of_them(a) for a in agents)


def _some_of_them(token: Token) -> bool:
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ == "them" for o in c.children) for c in token.children
    )


def _forces_hurt_at(doc: Doc, cue: Cue, protest: list[Cue], classify: Classifier) -> bool:
    """State forces hurt "during" or "in" the demonstration, by no one named: "Two police officers
    were seriously injured during a demonstration by Keroka residents" (the crowd hurt them)."""
    if cue.cue not in ("HARM", "KILL"):
        return False
    head = cue.head(doc)
    agents, patients = arguments(head)
    if agents or classes_of(patients, classify) != {STATE}:
        return False
    return _told_at([head], {c.head(doc).i for c in protest}, ("during", "in"))


def _violent_manner(doc: Doc, protest: list[Cue], sentence: Span, classify: Classifier) -> bool:
    """'residents violently protested', 'a violent demonstration', 'rowdy youths': the word
    qualifies the protest or the crowd, not a topic ('a protest against violent crime')."""
    heads = {c.head(doc).i for c in protest}

    def qualifies(token: Token) -> bool:
        if token.head.i in heads or classify(token.head) in CROWDS:
            return True
        # "the protest turned violent", "the crowd became unruly", "when they had become rowdy"
        subjects = [c for c in token.head.children if c.dep_ == "nsubj"]
        crowd = [c for c in subjects if c.i in heads or classify(c) in CROWDS or (c.pos_ == "PRON" and heads)]
        return token.dep_ == "acomp" and bool(crowd)

    # "pupils protest violently after ...", however the parser hangs the adverb
    beside = {i for h in heads for i in (h - 1, h + 1)}
    manner = words("violent_manner")
    return any(token.lower_ in manner and (qualifies(token) or token.i in beside) for token in sentence) or any(
        _erupted_at(token, heads) for token in sentence
    )


#: Nouns of disorder that "erupt" or "break out" at a gathering.
DISORDER = frozenset({"violence", "chaos", "fighting", "scuffle", "melee", "commotion", "pandemonium"})


def _erupted_at(token: Token, heads: set[int]) -> bool:
    """ "Violence erupted at a campaign rally", "chaos broke out at the demonstration"."""
    verb = token.head
    if token.lemma_.lower() not in DISORDER or token.dep_ != "nsubj" or verb.lemma_.lower() not in ("erupt", "break"):
        return False
    # "broke out at": the parser may hang the place on the particle
    verbs = [verb, *(c for c in verb.children if c.dep_ == "prt")]
    return _told_at(verbs, heads, ("in", "at", "during"))


def sentence_has_class(sentence: Span, classify: Classifier, cls: str) -> bool:
    return any(classify(t) == cls for t in sentence)


def _crowd_acts(doc: Doc, acts: list[Cue], sentence: Span, classify: Classifier) -> bool:
    """Stone-throwing, barricades, burning tyres by a crowd (not by gunmen or assailants)."""
    agents = [a for c in acts for a in arguments(c.head(doc))[0]]
    classes = classes_of(agents, classify) if agents else {c for t in sentence if (c := classify(t))}
    return not classes & {UNKNOWN, ARMED, STATE} or bool(classes & {CROWD, RIOTER, PROTESTER})


def _is_live_fire(doc: Doc, cue: Cue) -> bool:
    window = doc[max(cue.start - 3, 0) : cue.end + 4]
    return not any(t.lower_ in words("live_fire_blocker") for t in window)
