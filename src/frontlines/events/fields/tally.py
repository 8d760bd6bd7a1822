"""How the figures of an event's sentences add up to its toll: distinct groups add up; a figure told
again, in other words, "about" it or as the whole toll, does not; nor do the parts a figure is
broken down into (``_total``)."""

from __future__ import annotations

from frontlines.numbers import Count

#: Rules of a number that gives the whole toll rather than one group's ("12 fatalities", "the death
#: toll rose to 12", "36 dead"): it restates the groups' figures, so it is not added to them.
TOLL_RULES = ("toll", "noun:fatality", "noun:toll", "noun:death", "noun:dead", "noun:life")
#: Counts that stand in only when nothing else counts the dead: a pronoun or bare remains ("killing
#: him", "his body was found"), which may point back to someone counted; deaths with no number.
STAND_IN_RULES = ("anaphor+", "unknown+")


#: Longest sentence read as a closing summary of the toll ("2 killed.", "1 killed, 3 injured.").
SUMMARY_CHARS = 30


def _summary(count: Count) -> bool:
    """A bare figure that is its own short sentence sums the event up; it is not one more group."""
    start, end = count.sentence
    return count.rule.startswith("adjacent:") and end - start <= SUMMARY_CHARS


def _total(counts: list[Count], also: frozenset[int] = frozenset()) -> tuple[int | None, int | None, int | None]:
    """Value, low and high: distinct counted groups add up, repeated figures for one group do not
    (unless told "also", the counts starting at ``also``); a whole toll is not added to the groups
    it sums up; a pronoun, bare remains or deaths with no number count only when nothing else does."""
    known = [c for c in counts if not c.rule.startswith(STAND_IN_RULES)]
    if not known:
        known = sorted(counts, key=lambda c: c.rule.startswith("unknown+"))[:1]
    tolls = [c for c in known if c.subject is None and (c.rule.startswith(TOLL_RULES) or _summary(c))]
    # "At least 4 people were killed ... the blast killed 2 officers and 2 suspects": a figure for
    # anyone, told in a sentence of its own beside figures for named groups, is the whole toll
    named = {c.sentence for c in known if _group(c) not in GENERIC_GROUPS}
    more = any(c.start in also for c in known if _group(c) not in GENERIC_GROUPS)  # "one more policeman"
    tolls += [
        c
        for c in known
        if c.subject is not None
        and _group(c) in GENERIC_GROUPS
        and c.start not in also
        and not c.rule.startswith(("article+", "one+", "anaphor+"))  # not "A fourth person died later"
        and named - {c.sentence}
        and c.sentence not in named
        and not more
    ]
    by_subject: dict[str, Count] = {}
    for count in known:
        if count in tolls:
            continue
        key = count.subject.text.lower() if count.subject else ""
        key = next((k for k, c in by_subject.items() if _told_again(count, c, key, k)), key)
        key = next((k for k, c in by_subject.items() if _said_of_anyone(count, c)), key)
        if count.start in also and key in by_subject:
            key = f"{key}@{count.start}"  # "Also, four men were shot dead in Colonia El Carmen": more
        held = by_subject.get(key)
        if held is None or _replaces(count, held):
            by_subject[key] = count
    by_subject = _without_breakdown(by_subject, tolls)
    toll = max(tolls, key=lambda c: c.quantity.value or 0, default=None)
    if not by_subject and toll is None:
        return None, None, None
    value = sum(c.quantity.value or 0 for c in by_subject.values())
    if toll is not None and (toll.quantity.value or 0) >= value:
        return toll.quantity.value, toll.quantity.low, toll.quantity.high
    lows = [c.quantity.low for c in by_subject.values()]
    highs = [c.quantity.high for c in by_subject.values()]
    low = sum(x for x in lows if x is not None) if any(x is not None for x in lows) else None
    high = sum(x for x in highs if x is not None) if all(x is not None for x in highs) else None
    return value, low, high


def _told_again(count: Count, held: Count, key: str, held_key: str) -> bool:
    """The same figure for a group named again in other words, or bare: "kills 62 rebels" in a
    headline and "sixty-two rebel fighters were killed" in the text are one group, not 124 dead."""
    if key != held_key and _near_figures(count, held):
        return True  # "killed 38 regime forces ... Nearly 40 Syrian soldiers were killed": one toll
    if key == held_key or count.quantity.value != held.quantity.value:
        return False
    if not key or not held_key:
        return True  # "Suicide bomber kills six ... killed six people": a bare figure is the group's
    if (set(key.split()) | set(held_key.split())) & MORE_WORDS:
        return False  # "2 other policemen were killed": more of them
    if count.sentence != held.sentence and (count.quantity.value or 0) >= SAME_FIGURE_LEAST:
        return True  # "175 members of ISIS were killed ... the killing of at least 175 militants"
    stems = {w.rstrip("s") for w in key.split()}
    return bool(stems & {w.rstrip("s") for w in held_key.split()})


#: Least figure that, told again in another sentence for a group named in other words, is the same
#: group: two groups of ten or more with one figure are rare, two pairs of dead common.
SAME_FIGURE_LEAST = 10
#: Largest gap, as a share of the larger figure, between a figure and one told as "about" it ("nearly
#: 40" beside 38) for them to be one toll.
NEAR_SHARE = 0.1


#: Qualifiers that bound a figure rather than give it.
BOUNDS = frozenset({"more_than", "at_least", "up_to"})


def _replaces(count: Count, held: Count) -> bool:
    """Of two figures for one group the higher is kept; of a figure and one "about" it, the other one."""
    if _near_figures(count, held) and "about" in (count.quantity.qualifier, held.quantity.qualifier):
        return held.quantity.qualifier == "about" and count.quantity.qualifier != "about"
    return (count.quantity.value or 0) > (held.quantity.value or 0)


def _near_figures(count: Count, held: Count) -> bool:
    """Two figures of ten or more told by two verbs, one of them "about" ("nearly", "some"), or one a
    bound and one for anyone ("more than 200 killed ... killed at least 213 people"), that lie within
    a tenth of each other: one toll told twice ("killed 38 regime forces ... Nearly 40 soldiers were
    killed"), not two groups ("some 20 soldiers and 19 rebels", one verb)."""
    values = (count.quantity.value or 0, held.quantity.value or 0)
    if min(values) < SAME_FIGURE_LEAST or values[0] == values[1] or _own_cue(count) == _own_cue(held):
        return False
    qualifiers = {count.quantity.qualifier, held.quantity.qualifier}
    anyone = _group(count) in GENERIC_GROUPS or _group(held) in GENERIC_GROUPS
    if "about" not in qualifiers and not (anyone and qualifiers & BOUNDS):
        return False
    words = {w for c in (count, held) if c.subject is not None for w in c.subject.text.lower().split()}
    return abs(values[0] - values[1]) <= NEAR_SHARE * max(values) and not words & MORE_WORDS


def _said_of_anyone(count: Count, held: Count) -> bool:
    """The same figure told by another verb, once of a group and once of anyone: "20 civilians killed
    in an attack ... the raids killed around 20 people" are 20 dead (not "killed two soldiers and two
    people", one verb for two groups)."""
    if count.quantity.value != held.quantity.value or _own_cue(count) == _own_cue(held):
        return False
    if (_group(count) in GENERIC_GROUPS) == (_group(held) in GENERIC_GROUPS):
        return False  # two named groups are _told_again's to judge; two bare figures share one key
    words = {w for c in (count, held) if c.subject is not None for w in c.subject.text.lower().split()}
    return not words & MORE_WORDS


#: Words by which a group named again is more of it, not the same: "2 other policemen".
MORE_WORDS = frozenset({"other", "others", "another", "more", "further", "additional"})


def _without_breakdown(by_subject: dict[str, Count], others: list[Count]) -> dict[str, Count]:
    """Without the parts a figure is broken down into after it, each told with a verb of its own:
    "six soldiers were killed ..., four were killed in the raid on the camp while two other soldiers
    were killed in an ambush" is six, not twelve (not "3 policemen, 2 militiamen and 1 soldier were
    killed": one verb, three groups). The parts may follow in the sentence or, all the figures told
    after it with the tolls among ``others``, in the sentences after it: "strikes killed 39 civilians.
    At least 36 people were killed in the market ... Three more civilians were killed in a separate
    strike" is 39; "At least 70 fighters were killed ... 30 soldiers and 39 rebels" is 70."""
    counts = sorted(by_subject.values(), key=lambda c: c.start)
    told = sorted({*counts, *others}, key=lambda c: c.start)
    for whole in counts:
        later = [c for c in told if c.start > whole.start and _own_cue(c) and _own_cue(c) != _own_cue(whole)]
        value = whole.quantity.value
        for parts in ([c for c in later if c.sentence == whole.sentence and c in counts], later):
            if len(parts) >= 2 and value and _adds_up(sum(c.quantity.value or 0 for c in parts), whole):
                return {key: c for key, c in by_subject.items() if c not in parts}
    return by_subject


def _adds_up(total: int, whole: Count) -> bool:
    """The parts' total is the whole's figure, or within a tenth of it where the whole is a bound or
    "about" ("At least 70 regime and rebel fighters ... 30 regime soldiers and 39 rebel fighters")."""
    value = whole.quantity.value or 0
    if total == value:
        return True
    loose = whole.quantity.qualifier == "about" or whole.quantity.qualifier in BOUNDS
    return loose and abs(total - value) <= NEAR_SHARE * value


def _own_cue(count: Count) -> int | None:
    return count.cue.start if count.cue is not None else None


#: Victims' nouns that name no group of their own: a figure for them is a toll of the whole event.
GENERIC_GROUPS = frozenset({"", "people", "person", "fatality", "death", "casualty", "dead", "body", "victim"})


def _group(count: Count) -> str:
    """The lemma-like key of the group a count counts ("" for a bare toll)."""
    if count.subject is None:
        return ""
    text = count.subject.text.lower().split()[-1] if count.subject.text.strip() else ""
    return text[:-1] if text.endswith("s") and not text.endswith("ss") else text
