"""Fatalities and injuries from the document's counts (groups add up, a whole toll and a word
pointing back do not), and the claims each count makes."""

from __future__ import annotations

import re

from spacy.tokens import Token

from frontlines.dates import times_apart
from frontlines.events.context import DocumentContext
from frontlines.events.fields.history import in_history
from frontlines.events.fields.sources import _sources_for
from frontlines.events.fields.tally import GENERIC_GROUPS, STAND_IN_RULES, _group, _total
from frontlines.events.lexicon import ARMED, STATE, load_lexicon
from frontlines.events.roles import ARMED_INTERS
from frontlines.events.typing import arguments, in_description
from frontlines.events.typing.cue_readings import title_case_headline
from frontlines.events.typing.decision import words
from frontlines.events.typing.other_senses import died_of_illness
from frontlines.numbers import BACKGROUND_PREPOSITIONS, UNREALISED, Count
from frontlines.numbers.counts.roles import done_to_death
from frontlines.numbers.counts.spans import ANIMAL_NOUNS
from frontlines.numbers.quantity import number_value
from frontlines.records import Claim, Event, Evidence


def _counts_of(ctx: DocumentContext, sentences: list[int], kind: str) -> list[Count]:
    return [
        c
        for c in ctx.counts
        if c.kind == kind and ctx.sentence_index(c.start) in sentences and not _is_cumulative(c, ctx)
    ]


#: Characters after a count's phrase within which a named side is still whom it counts ("14 fighters
#: from Jaish al-Islam"), and not yet the attacker of a later clause.
COUNTED_SIDE_WINDOW = 25


def casualties(ctx: DocumentContext, sentences: list[int]) -> bool:
    """The event's sentences count dead or wounded, of whichever side."""
    return bool(_counts_of(ctx, sentences, "killed") or _counts_of(ctx, sentences, "injured"))


def civilian_casualties(ctx: DocumentContext, sentences: list[int]) -> bool:
    """The event's sentences count dead or wounded, none of them said to be of an armed side
    ("killing six NATO service members", "14 fighters from Jaish al-Islam")."""
    counts = _counts_of(ctx, sentences, "killed") + _counts_of(ctx, sentences, "injured")
    lexicon = load_lexicon()
    for count in counts:
        # the counted phrase: the number and the noun it counts, whichever comes first
        subject = count.subject or count
        start, end = min(count.start, subject.start), max(count.end, subject.end)
        if any(
            m.inter in ARMED_INTERS
            for m in ctx.actors
            # (not past a semicolon: "kills five; Al Shabaab involvement suspected")
            if start <= m.start < end + COUNTED_SIDE_WINDOW and m.end > start and ";" not in ctx.text[end : m.start]
        ):
            return False
        words = ctx.doc.char_span(start, end, alignment_mode="expand") or []
        if any(lexicon.participant_class(t) in (STATE, ARMED) for t in words):
            return False  # "two border patrol police were injured"
    return bool(counts)


#: Fewest dead or hurt that no single event's report gives: a figure this large is a war's toll
#: ("More than 300000 people have been killed", "the death toll may be as high as 400000").
WAR_TOLL_PEOPLE = 10_000


def _is_cumulative(count: Count, ctx: DocumentContext) -> bool:
    """A running toll ("more than 300,000 killed since 2011", "the war has killed thousands") is
    background, not the event's figure."""
    sentence = ctx.sentences[ctx.sentence_index(count.start)]
    if in_history(ctx, count.start) or count.quantity.value >= WAR_TOLL_PEOPLE:
        return True
    return any(
        t.dep_ in ("nsubj", "nsubjpass") and t.lemma_.lower() in ("war", "conflict", "insurgency", "crisis")
        for t in sentence
    )


#: Killing cues that tell a wound, not a death, unless the verb is done "to death".
WOUNDING_PATTERNS = frozenset({"stab", "hack", "spear"})


def _singular_victim(ctx: DocumentContext, sentences: list[int], described: bool = True) -> Evidence | None:
    """One person killed, said without a number: "The guard died", "the death of a bystander";
    without ``described``, not in a clause that describes someone ("a man who died")."""
    for cue in ctx.cues:
        if cue.cue != "KILL" or ctx.sentence_index(ctx.doc[cue.start].idx) not in sentences:
            continue
        head = cue.head(ctx.doc)
        if cue.pattern in WOUNDING_PATTERNS and not done_to_death(head):
            continue  # "a man stabbed a trader": a stabbing or a hacking is violence, not yet a death
        governed = head
        while governed.dep_ == "conj" and governed.head.i != governed.i:
            governed = governed.head  # "vowed to live and die": the first verb's complement
        if governed.dep_ == "xcomp" and governed.head.lemma_.lower() in UNREALISED:
            continue  # "attempted to kill a commander", "had vowed to live and die in the town": no one died
        if not described and (in_description(head) or head.pos_ == "NOUN"):
            continue  # "protested the killing of a student": the death is told by its noun, the cause
        if in_history(ctx, ctx.doc[cue.start].idx):
            continue  # "the war has killed more than a quarter of a million people": no one event's dead
        agents, patients = arguments(head)
        victims = agents if head.lemma_.lower() in ("die", "dead") else patients
        if head.lemma_.lower() == "death":
            victims = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children]
        for noun in victims:
            if noun.lemma_.lower() in ANIMAL_NOUNS:
                continue  # "killing livestock": no person
            if noun.tag_ in ("NN", "NNP") and not any(c.dep_ == "nummod" for c in noun.children) and not _of_many(noun):
                if ctx.doc[cue.start].idx < noun.idx:
                    span = ctx.doc[cue.start : noun.i + 1]
                else:
                    span = ctx.doc[noun.left_edge.i : cue.end]
                return Evidence(
                    start=span.start_char,
                    end=span.end_char,
                    text=span.text,
                    rule="numbers:one person killed, no number said",
                )
    return None


def _without_whole_told_across_events(ctx: DocumentContext, killed: list[Count]) -> list[Count]:
    """Without a figure that a later one of the event's own and one the event does not hold add up
    to: the whole of a toll the report breaks down over several events ("31 militants were killed in
    clashes and air strikes ... Fourteen were killed as they attempted to enter the villages ...
    Another 17 were killed in air strikes": the strikes' toll is 17, not 31 + 17)."""
    elsewhere = [c for c in ctx.counts if c.kind == "killed" and c.quantity.value and c not in killed]
    for whole in killed:
        value = whole.quantity.value or 0
        if not value or whole.rule.startswith(STAND_IN_RULES):
            continue
        sentence = ctx.sentence_index(whole.start)
        parts = [
            c
            for c in killed
            if c.start > whole.start and 0 < (c.quantity.value or 0) < value and ctx.sentence_index(c.start) != sentence
        ]
        others = [c for c in elsewhere if c.start > whole.start and (c.quantity.value or 0) < value]
        if any((p.quantity.value or 0) + (o.quantity.value or 0) == value for p in parts for o in others):
            return [c for c in killed if c.quantity.value != value]
    return killed


def _of_many(noun: Token) -> bool:
    """A singular noun "of" a number of people: "a total of 43 civilians", "a quarter of a million
    people" (the figure is a count's to give, not one victim's)."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(p.tag_ == "CD" or any(g.dep_ == "nummod" for g in p.children) for p in c.children)
        for c in noun.children
    )


def _told_also(ctx: DocumentContext, counts: list[Count]) -> frozenset[int]:
    """The counts told as an addition by "also" on their verb or at the start of their sentence, or
    by a word of more beside them: "Also, four men were shot dead", "two police agents were also
    killed", "one more policeman was killed"."""
    found = {c.start for c in counts if _added(ctx, c)}
    for count in counts:
        cue = _cue_token(ctx, count)
        if cue is None:
            continue
        opening = cue.sent[0].lower_ == "also"
        if opening or any(c.dep_ == "advmod" and c.lower_ == "also" for c in cue.children):
            found.add(count.start)
    return frozenset(found)


def _headline_or_text(ctx: DocumentContext, killed: list[Count]) -> list[Count]:
    """A title-case headline's figure that the text tells again is the text's, however the text names
    the group or adds "also" ("Suicide Bomber Kills Five Kurdish Police. A suicide bomber killed
    five Kurdish policemen"; "Army Kills over 60 ISIL Terrorists ... The army also killed over 60
    ISIL terrorists"): the headline's is dropped."""
    heads = [c for c in killed if _in_headline(ctx, c)]
    text = [c for c in killed if c not in heads]
    told = {c.quantity.value for c in text}
    return [c for c in killed if c not in heads or c.quantity.value not in told]


def _in_headline(ctx: DocumentContext, count: Count) -> bool:
    """The count is in a headline set in title case."""
    span = ctx.doc.char_span(count.start, count.end, alignment_mode="expand")
    return span is not None and title_case_headline(span.sent)


#: Event types for which a death told only by its noun ("protesting the death of a student", "after
#: the body of a girl was found") is what the event is about, not a death in it.
NOT_VIOLENT_TYPES = frozenset({"Protests", "Riots", "Strategic developments"})
#: Rules of one death told by its noun: "the death of a bystander", "the body of a woman", "his body".
DEATH_NOUN_RULES = ("noun:death", "noun:killing", "noun:murder", "noun:body", "noun:corpse", "noun:remains")


#: Verbs that make a death the cause of a riot rather than its toll: "rioted to protest the death of"
#: (with the background prepositions of counts: "rioted over the death of").
CAUSE_VERBS = frozenset({"protest", "demand", "condemn", "denounce", "commemorate", "mourn", "demonstrate"})


def _cue_token(ctx: DocumentContext, count: Count) -> Token | None:
    """The token of the word that decided a count's kind."""
    if count.cue is None:
        return None
    span = ctx.doc.char_span(count.cue.start, count.cue.end, alignment_mode="expand")
    return span.root if span is not None else None


def _cue_verb(ctx: DocumentContext, count: Count) -> Token | None:
    """The verb of the clause that holds the count's cue: the cue itself, or the nearest verb above it."""
    cue = _cue_token(ctx, count)
    return cue if cue is None or cue.pos_ == "VERB" else next((t for t in cue.ancestors if t.pos_ == "VERB"), None)


#: Units of a time distance: "two days after", "a week after".
TIME_UNITS = frozenset({"hour", "day", "week", "month", "year"})


def _told_as_earlier(ctx: DocumentContext, count: Count) -> bool:
    """The count's verb is in a clause a time distance before the main one: "two days after the
    militia executed 20 other villagers", "a week after they killed 12 farmers"."""
    clause = _cue_verb(ctx, count)
    if clause is None or clause.dep_ != "advcl":
        return False  # ("shot dead 11 herders": the clause of "dead" is "shot")
    marks = [c for c in clause.children if c.dep_ == "mark" and c.lower_ in ("after", "since")]
    distance = [c for t in (clause, *marks) for c in t.children if c.dep_ == "npadvmod"]
    return bool(marks) and any(c.lemma_.lower() in TIME_UNITS for c in distance)


def _on_another_day(ctx: DocumentContext, count: Count, event: Event, told: list[int]) -> bool:
    """The count's sentence names its own time, away from the event's, and is not the sentence that
    tells the event (``told``): "On May 2 Turkish forces struck Daesh positions, killing 50" in a
    report of a strike on 31 May."""
    if event.event_date is None or ctx.sentence_index(count.start) in told:
        return False
    dates = ctx.in_sentence(ctx.dates, ctx.sentence_index(count.start))
    finest = min((d.precision for d in dates), default=0)  # "this month as on November 4th": the day
    return bool(dates) and all(times_apart(d, event.event_date) for d in dates if d.precision == finest)


def _in_another_country(ctx: DocumentContext, count: Count, event: Event, told: list[int]) -> bool:
    """The count's sentence, not the one that tells the event, places what it tells only in other
    countries than the event's: "at least 200 people were killed in airstrikes in Mosul" in a report
    of strikes near Raqqa."""
    if event.country is None or ctx.sentence_index(count.start) in told:
        return False
    places = ctx.in_sentence(ctx.places, ctx.sentence_index(count.start))
    countries = {m.place.country for m in places if m.place is not None}
    return bool(countries) and event.country not in countries


#: Words that make a place another than the event's: "in another town", "in two other districts".
OTHER_PLACE_WORDS = frozenset({"another", "other", "separate", "different"})


def _elsewhere(ctx: DocumentContext, count: Count, told: list[int]) -> bool:
    """The count's sentence, not the one that tells the event, says its dead fell somewhere else:
    "Three people were also killed in another town", "another five civilians were killed in two other
    districts", "two more died elsewhere"."""
    if ctx.sentence_index(count.start) in told:
        return False
    verb = _cue_verb(ctx, count)
    if verb is None:
        return False
    places = words("settlement") | words("territory")
    for child in verb.children:
        if child.dep_ == "advmod" and child.lower_ == "elsewhere":
            return True
        if child.dep_ == "prep" and child.lower_ in ("in", "at", "across"):
            for noun in (t for t in child.children if t.dep_ == "pobj"):
                other = any(d.lower_ in OTHER_PLACE_WORDS for d in noun.children if d.dep_ in ("det", "amod"))
                if other and noun.lemma_.lower() in places:
                    return True
    return False


def _death_as_cause(ctx: DocumentContext, count: Count) -> bool:
    """A riot's death told by its noun is the riot's cause ("rioted over the death of a boy"), not
    its toll ("clashes erupted, leading to the death of a bystander")."""
    cue = _cue_token(ctx, count)
    if cue is None:
        return True
    for token in cue.ancestors:
        if token.dep_ == "prep" and token.lower_ in BACKGROUND_PREPOSITIONS:
            return True
        if token.lemma_.lower() in CAUSE_VERBS:
            return True
        if token.pos_ == "VERB":
            return False
    return False


def _claimed(ctx: DocumentContext, count: Count) -> bool:
    """The count is what a party claims: its cue sits under "claim" ("claims eight dead", "also
    claimed 15 soldiers died"), not the "claimed the lives of" that is its cue."""
    cue = _cue_token(ctx, count)
    return cue is not None and any(t.lemma_.lower() == "claim" and t.pos_ == "VERB" for t in cue.ancestors)


def _denied(ctx: DocumentContext, count: Count) -> bool:
    """The count is one the report gives as denied: "dismissed reports that 14 people were shot dead",
    "denied that 20 were killed"."""
    cue = _cue_token(ctx, count)
    return cue is not None and any(t.lemma_.lower() in words("denial_verb") and t.pos_ == "VERB" for t in cue.ancestors)


def _speculated(ctx: DocumentContext, count: Count) -> bool:
    """The count is a guess the report makes: "5-6 others may have been killed", "might have died",
    "7 other deaths are feared but unconfirmed"."""
    cue = _cue_token(ctx, count)
    if cue is None:
        return False
    if any(t.lemma_.lower() == "fear" and t.pos_ == "VERB" for t in (cue, cue.head)):
        return True
    auxiliaries = {c.lower_ for c in cue.children if c.dep_ == "aux"}
    return bool(auxiliaries & {"may", "might", "could"}) and "have" in auxiliaries


#: A link to a post, which a page that quotes a tweet prints after its words ("pic.twitter.com/..."),
#: and the site's name after an embedded video's title ("... Ediz Tiyansan reports - YouTube").
_POST_LINK = re.compile(r"pic\.twitter\.com|twitter\.com/|\bt\.co/|https?t\.co|\s[-–]\sYouTube\b")


def _in_a_post(ctx: DocumentContext, count: Count) -> bool:
    """The count is in a social-media post or a video title the report quotes (its sentence holds the
    post's link or "- YouTube"): a figure that counts only when the report gives none of its own."""
    start, end = count.sentence
    return _POST_LINK.search(ctx.text, start, min(len(ctx.text), end + POST_LOOK_AHEAD)) is not None


#: Characters after the count's sentence within which a link or "- YouTube" still closes its post
#: (the sentence splitter may end a video's title before the channel's name).
POST_LOOK_AHEAD = 40


def _other_source(ctx: DocumentContext, count: Count) -> bool:
    """The count is another source's figure: "Another source reported tens of fatalities", "The Star
    reports 4 dead", "one source indicates that two people were killed"."""
    cue = _cue_token(ctx, count)
    if cue is None or count.rule.startswith("unknown+") or _added(ctx, count):
        return False
    for verb in (t for t in cue.ancestors if t.pos_ == "VERB" and t.lemma_.lower() in words("alt_report_verb")):
        for subject in (c for c in verb.children if c.dep_ == "nsubj"):
            named = subject.pos_ == "PROPN" and subject.ent_type_ not in ("PERSON", "GPE", "NORP")
            if subject.lemma_.lower() in words("alt_source_noun") or subject.ent_type_ == "ORG" or named:
                return True
    return False


def _in_source_aside(ctx: DocumentContext, count: Count) -> bool:
    """ "At least 20 (some reports 30) were killed": a figure in brackets after a source's word."""
    text = ctx.text
    opening = text.rfind("(", count.sentence[0], count.start)
    if opening < 0 or ")" in text[opening : count.start]:
        return False
    aside = ctx.doc.char_span(opening + 1, count.start, alignment_mode="expand")
    return aside is not None and any(t.lemma_.lower() in words("alt_source_noun") for t in aside)


def _added(ctx: DocumentContext, count: Count) -> bool:
    """ "another six were killed", "two more died": a further group, not another figure for the same."""
    span = ctx.doc.char_span(count.start, count.end, alignment_mode="expand")
    if span is None:
        return False
    near = [*span, *span.root.children, span.root.head]
    # (not "more than 1,400 people", where "more" only bounds the figure)
    return any(t.lower_ in ("another", "more", "other", "further", "additional") and not _bounds(t) for t in near)


def _bounds(token: Token) -> bool:
    return token.lower_ == "more" and token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "than"


#: Nouns of a report whose "of" phrase tells what happened: "reports of 2 rioters killed".
REPORT_NOUNS = frozenset({"report", "news", "word", "account"})


def _describes_someone(ctx: DocumentContext, count: Count) -> bool:
    """The count's cue sits in a clause that describes a person: "for a youth who was killed by
    influential men", "to honour a man who died of his wounds". Not a number of people the clause
    tells the fate of, as the subject of the sentence or of a report ("3 civilians who were killed
    as they were caught in the battle", "reports of 2 rioters killed"): that is the toll."""
    cue = _cue_token(ctx, count)
    if cue is None or not in_description(cue):
        return False
    noun = cue.head
    if cue.dep_ not in ("relcl", "acl") or not any(c.dep_ == "nummod" for c in noun.children):
        return True
    start = noun.left_edge.i
    after_a_dash = start > 0 and noun.doc[start - 1].text in ("-", "–", ":")  # "intervened - 3 civilians who"
    if noun.dep_ in ("nsubj", "nsubjpass", "ROOT") or after_a_dash:
        return False
    prep = noun.head  # (not an object: "protested over 2 students killed by police")
    reported = noun.dep_ == "pobj" and prep.lower_ == "of" and prep.head.lemma_.lower() in REPORT_NOUNS
    return not reported


#: Sub-event types the codebook defines as without violence: they have no fatalities, whatever
#: deaths their sentences tell ("residents protested after 11 were killed in feuds", "a deal to end a
#: war in which 300,000 have been killed").
NO_TOLL_TYPES = frozenset(
    {
        "Peaceful protest",
        "Agreement",
        "Change to group/activity",
        "Headquarters or base established",
        "Non-violent transfer of territory",
    }
)


def _set_counts(event: Event, evidence: dict[str, list[Evidence]], ctx: DocumentContext, sentences: list[int]) -> None:
    if event.sub_event_type in NO_TOLL_TYPES:
        return
    killed = _counts_of(ctx, sentences, "killed")
    # "as a resident died from coronavirus": a death from illness is no one's toll
    killed = [c for c in killed if (cue := _cue_token(ctx, c)) is None or not died_of_illness(cue)]
    if event.event_type in NOT_VIOLENT_TYPES:
        # a protest over a death is about it; the dead person is no fatality of the protest
        killed = [
            c
            for c in killed
            if (
                c.subject is None
                or not c.rule.split("+", 1)[-1].startswith(DEATH_NOUN_RULES)
                or (event.event_type == "Riots" and not _death_as_cause(ctx, c))
            )
            and not _describes_someone(ctx, c)
        ]
    # "Al Shabaab, in taking credit, claims eight dead": a party's claim does not raise a toll the
    # report gives itself (the codebook keeps the most conservative figure)
    if any(not _claimed(ctx, c) for c in killed):
        killed = [c for c in killed if not _claimed(ctx, c)]
    # "a woman was killed ... The coordinator dismissed reports that 14 people were shot dead"
    if any(not _denied(ctx, c) for c in killed):
        killed = [c for c in killed if not _denied(ctx, c)]
    # "Ngetich was killed by an arrow ... 5-6 others may have been killed (unconfirmed)"
    if any(not _speculated(ctx, c) for c in killed):
        killed = [c for c in killed if not _speculated(ctx, c)]
    # "Horrible scenes from Idlib 35+ dead ... pic.twitter.com/...": a post the report quotes
    if any(not _in_a_post(ctx, c) for c in killed):
        killed = [c for c in killed if not _in_a_post(ctx, c)]
    # "five were killed on Monday, two days after militants executed 20 villagers": an earlier act's toll
    if any(not _told_as_earlier(ctx, c) for c in killed):
        killed = [c for c in killed if not _told_as_earlier(ctx, c)]
    # "14 militants were killed on Tuesday ... On May 2 Turkish forces struck, killing 50": another day's toll
    told = [ctx.sentence_index(e.start) for e in evidence.get("sub_event_type", [])[:1]]
    if any(not _on_another_day(ctx, c, event, told) for c in killed):
        killed = [c for c in killed if not _on_another_day(ctx, c, event, told)]
    # "... strikes west of Raqqa. Late March media reported 200 killed in airstrikes in Mosul": another country's
    if any(not _in_another_country(ctx, c, event, told) for c in killed):
        killed = [c for c in killed if not _in_another_country(ctx, c, event, told)]
    # "... killed 13 people in a fuel market. Three people were also killed in another town": not here
    if any(not _elsewhere(ctx, c, told) for c in killed):
        killed = [c for c in killed if not _elsewhere(ctx, c, told)]
    # "Thirty one militants were killed in clashes and air strikes ... Fourteen were killed as they
    # attempted to enter the villages ... Another 17 were killed in air strikes": the strikes' 17
    killed = _without_whole_told_across_events(ctx, killed)
    also = _told_also(ctx, killed)
    killed = _headline_or_text(ctx, killed)
    value, low, high = _total(killed, also)
    # the codebook keeps the most conservative figure: another source's toll replaces the report's
    # only when lower ("at least three were killed ... another source reported tens of fatalities")
    first = min((ctx.sentence_index(c.start) for c in killed), default=0)
    others = [
        c for c in killed if (ctx.sentence_index(c.start) > first and _other_source(ctx, c)) or _in_source_aside(ctx, c)
    ]
    groups = {_group(c) for c in killed if c not in others}
    if others and len(others) < len(killed) and all(_group(c) in groups | GENERIC_GROUPS for c in others):
        mine = [c for c in killed if c not in others]
        value, low, high = _total(mine, also)
        theirs = _total(others, also)
        # (not a vague word that the figure fits: "dozens were killed" after "at least 70")
        vague = all(c.quantity.qualifier == "vague" for c in others)
        if value is not None and theirs[0] is not None and theirs[0] < value and not vague:
            mine, (value, low, high) = others, theirs
        killed = mine
    if value is None:
        victim = _singular_victim(ctx, sentences, described=event.event_type not in NOT_VIOLENT_TYPES)
        if victim is not None:
            event.fatalities, event.fatalities_low, event.fatalities_high = 1, 1, 1
            evidence["fatalities"] = evidence["fatalities_low"] = evidence["fatalities_high"] = [victim]
            return
    if value is not None:
        event.fatalities, event.fatalities_low, event.fatalities_high = value, low, high
        ev = [Evidence(start=c.start, end=c.end, text=c.text, rule=c.rule) for c in killed]
        evidence["fatalities"] = ev
        if low is not None:
            evidence["fatalities_low"] = ev
        if high is not None:
            evidence["fatalities_high"] = ev
    if event.sub_event_type == "Suicide bomb":
        _add_the_bombers(event, evidence, ctx, sentences)
    injured = _counts_of(ctx, sentences, "injured")
    if any(not _told_as_earlier(ctx, c) for c in injured):
        injured = [c for c in injured if not _told_as_earlier(ctx, c)]
    value, _, _ = _total(injured, _told_also(ctx, injured))
    if value is not None:
        event.injuries = value
        evidence["injuries"] = [Evidence(start=c.start, end=c.end, text=c.text, rule=c.rule) for c in injured]
    for count in killed + injured:
        event.claims.append(_count_claim(count, ctx))


def add_people_at_risk(events: list[Event], ctx: DocumentContext) -> None:
    """Counts of people at risk, displaced or trapped are claims about the article's primary event."""
    if events:
        events[0].claims.extend(_count_claim(c, ctx) for c in ctx.counts if c.kind in ("at_risk", "displaced"))


def _count_claim(count: Count, ctx: DocumentContext) -> Claim:
    q = count.quantity
    kind = {"killed": "fatalities", "injured": "injuries", "at_risk": "at_risk", "displaced": "at_risk"}.get(
        count.kind, "other"
    )
    sentence = ctx.sentences[ctx.sentence_index(count.start)]
    return Claim(
        kind=kind,
        text=sentence.text,
        value=q.value,
        low=q.low,
        high=q.high,
        qualifier=q.qualifier,
        sources=_sources_for(ctx, count.start, count.end),
        evidence=[Evidence(start=count.start, end=count.end, text=count.text, rule=count.rule)],
    )


def _add_the_bombers(
    event: Event, evidence: dict[str, list[Evidence]], ctx: DocumentContext, sentences: list[int]
) -> None:
    """A suicide bomber dies in the attack, and the codebook's fatalities count every death, the
    attackers' too; reports give the victims' toll ("an unknown suicide bomber killed 3 civilians":
    4 fatalities). Added only for bombers the text counts ("a suicide bomber", "two suicide
    bombers") and whose death it does not already tell ("including the bomber", "killing themselves")."""
    found: list[tuple[int, Token]] = []
    for index in sentences:
        for token in ctx.sentences[index]:
            if token.lemma_.lower() != "bomber" or not any(c.lower_ == "suicide" for c in token.lefts):
                continue
            guessed = any(c.lower_ in ("possible", "probable", "likely") for c in token.children)
            # "police suspect a suicide bomber", "the attack, which media said was carried out by a
            # suicide car bomber": a bomber the text only guesses at or reports as said adds no one
            guessed = guessed or any(t.lemma_.lower() in _HEARSAY_VERBS for t in list(token.ancestors)[:4])
            if _death_told(token) or guessed:
                return
            number = next((c for c in token.children if c.dep_ == "nummod"), None)
            value = number_value(number.text) if number is not None else None
            if value is not None:
                found.append((value[0], token))
            elif token.tag_ == "NN":
                found.append((1, token))
    if not found:
        return
    bombers = sum(n for n, _ in found)
    event.fatalities = (event.fatalities or 0) + bombers
    added = [_bomber_evidence(t) for _, t in found]
    evidence["fatalities"] = evidence.get("fatalities", []) + added
    for field in ("fatalities_low", "fatalities_high"):
        if getattr(event, field) is not None:
            setattr(event, field, getattr(event, field) + bombers)
            evidence[field] = evidence.get(field, []) + added


BOMBER_RULE = "codebook:fatalities count every death; a suicide bomber dies in the attack"
#: Verbs over a bomber that make it a guess or hearsay.
_HEARSAY_VERBS = frozenset({"suspect", "believe", "think", "blame", "say", "claim", "allege", "report"})


def _death_told(bomber: Token) -> bool:
    """The toll already holds the bomber: "the bomber was killed", "the bomber died", "six were
    killed, including ... the bomber" (not "blew himself up, killing two soldiers", whose toll is
    the soldiers')."""
    anchor = bomber
    while anchor.dep_ == "conj" and anchor.head.i != anchor.i:  # "three people and the bomber were killed"
        anchor = anchor.head
    head = anchor.head
    if anchor.dep_ == "attr":  # "the man killed was a suicide bomber"
        subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        return any(t.lemma_.lower() in ("kill", "die", "dead") for s in subjects for t in s.subtree)
    if head.lemma_.lower() == "kill" and anchor.dep_ in ("dobj", "nsubjpass"):
        return True
    if head.lemma_.lower() == "die" and anchor.dep_ == "nsubj":
        return True
    return any(t.lower_ in ("including", "include") for t in list(bomber.ancestors)[:4])


def _bomber_evidence(bomber: Token) -> Evidence:
    doc = bomber.doc
    first = doc[bomber.left_edge.i]
    return Evidence(
        start=first.idx, end=bomber.idx + len(bomber), text=doc[first.i : bomber.i + 1].text, rule=BOMBER_RULE
    )
