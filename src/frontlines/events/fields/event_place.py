"""The event's place: one named in its sentences, else the document's most-named place, with the
input's country hint as a strong prior; its fields from the gazetteer."""

from __future__ import annotations

import re
from collections import Counter

from spacy.tokens import Span, Token

from frontlines.actors import ActorMention
from frontlines.actors.resolve import DIRECTION_WORDS
from frontlines.events.context import DocumentContext
from frontlines.events.fields.evidence import _mention_evidence
from frontlines.places import Country, PlaceMention, resolve_country
from frontlines.places.capital import UNNAMED_ROLE
from frontlines.places.geometry import haversine_km
from frontlines.places.normalize import normalize_name
from frontlines.places.ranking import REGION_KM
from frontlines.records import PLACE_FIELDS, Event, Evidence, Place


def _event_place(ctx: DocumentContext, sentences: list[int]) -> tuple[PlaceMention, Place] | None:
    """A place named in the event's sentences, else the document's most-named place."""
    places = [(m, m.place) for m in ctx.places if m.place is not None and not m.is_dateline]
    places = [
        (m, p)
        for m, p in places
        if p.latitude is not None
        and not _names_a_community(m, ctx)
        and not _where_banned(m, ctx)
        and not _a_party(m, ctx)
        and not _AGENCY_AFTER.match(ctx.text, m.end)
        and not _state_speaks(m, p, ctx)
    ]
    hinted = _hint_iso3(ctx)
    # "the UK-based Syrian Observatory said": where a monitor sits places no event; in the country the
    # input is about, it does where the document names no other place ("members of a Kohat-based NGO
    # protested at the press club")
    places = [(m, p) for m, p in places if not _a_base(m, ctx)] or (places if hinted else [])
    if hinted is not None:
        # The input's country hint is a strong prior: a place elsewhere is where someone was
        # detained, came from or was sent to, not where this event happened.
        places = [(m, p) for m, p in places if p.iso3 == hinted]
    if hinted is None:
        # "as UK MPs consider whether to investigate": a country that only qualifies a noun places the
        # event only where the document names no other place ("near Syria capital")
        named = [(m, p) for m, p in places if not (p.is_country and _qualifies_a_noun(m, ctx))]
        places = named or places
    # "the capital" places the events of its own sentences; the document's places are those it names
    # by name ("Jobar ... on the eastern outskirts of the capital": the document's place is Jobar)
    by_name = [(m, p) for m, p in places if UNNAMED_ROLE not in m.roles]
    local = [(m, p) for m, p in places if ctx.sentence_index(m.start) in sentences]
    towns = (
        []
        if hinted
        else [
            (m, p)
            for m, p in local
            if not (p.is_country or _is_aside(m) or _descriptive_region(m, p) or _where_said(m, ctx))
        ]
    )
    located = {p.iso3 for m, p in local if p.is_country and _located(m, ctx)}
    if not hinted and located:
        # with no country given, a country the event's sentences place it in ("shot down over Syria")
        # holds it against another country's capital named otherwise ("the deadliest incident for
        # Moscow"), which names its state
        local = [(m, p) for m, p in local if not _state_capital(m, p, located, ctx)]
        towns = [(m, p) for m, p in towns if not _state_capital(m, p, located, ctx)]
    leading = _leading_country(by_name) if hinted is None else None
    if leading is not None:
        # with no country given, another country's capital named with no locative word is its state
        # ("Washington accused Moscow of the strike"), and a foreign name that qualifies a noun names
        # the talks, not the event's place ("excluded from the Geneva peace talks"); so does another
        # country that acts ("Russia has been carrying out air strikes") or lies across a border
        foreign = [
            (m, p)
            for m, p in local
            if p.iso3 != leading
            and (
                _state_capital(m, p, {leading}, ctx)
                or _qualifies_a_noun(m, ctx)
                or _state_acts(m, p, ctx)
                or _across_a_border(m, ctx)
            )
        ]
        local = [mp for mp in local if mp not in foreign]
        towns = [mp for mp in towns if mp not in foreign]
    if len({p.iso3 for _, p in towns}) > 1:
        # with no country given, the country of the first town or region the event's sentences name
        # holds it: "shelling in Eastern Ghouta ... The bombardment came as peace talks entered a
        # second day in the Kazakh capital Astana" happened in Syria
        first = min(towns, key=lambda mp: mp[0].start)[1].iso3
        local = [(m, p) for m, p in local if p.iso3 == first]
    told_there = [(m, p) for m, p in places if _where_said(m, ctx)]
    elsewhere = {p.iso3 for m, p in local if (m, p) not in told_there}
    if elsewhere:
        # "... killed 58 people in Syria. Mogherini said in an interview ... in Brussels": where words
        # were said abroad yields to the other places of the event's sentences, a country too (not
        # "in Santa Maria de Ostula, Michoacan, Nahuas announced": said where it happened)
        local = [(m, p) for m, p in local if (m, p) not in told_there or p.iso3 in elsewhere]
    if local and len(told_there) < len(places) and all(mp in told_there for mp in local):
        # "..., the defence ministry in Moscow said. The camps lay outside Raqqa": where the teller sits
        # places the event only where the document names no other place
        local = []
    offices = [(m, p) for m, p in places if _names_an_office(m, ctx) or _names_a_hospital(m, ctx)]
    if local and len(offices) < len(places) and all(mp in offices for mp in local):
        # "According to the Al-Quds hospital four people died": a hospital's or an office's name
        # places the event only where the document names no other place (Aleppo, later)
        local = []
    origins = [(m, p) for m, p in places if "origin" in m.roles]
    if local and len(origins) < len(places) and all(mp in origins for mp in local):
        # "Seven commanders were killed, including a native of Kazakhstan": where a person comes from
        # places the event only where the document names no other place (Syria, before)
        local = []
    only_the_country = bool(local) and all(p.is_country for _, p in local)
    told = {p.iso3 for _, p in local}
    if hinted is None:  # a place in that country the document names at least twice ("Manbij" ... "Manbij")
        named_often = Counter(p.geonameid for _, p in places if not p.is_country and p.iso3 in told)
        closer = any(n >= 2 for n in named_often.values())
    else:  # with a country given, any place in it
        closer = any(not p.is_country for _, p in places)
    if only_the_country and closer:
        # the event's sentences name only a country ("blocked the highway between Kenya and
        # Tanzania", "Airstrikes on villages in northern Syria killed 85"): a place in it the
        # document names places the event more closely ("The villages are near ... Manbij"), as
        # the document's places below rank countries last
        local = []
    if local:
        return min(
            local,
            key=lambda mp: (
                # a country only when nothing in it is named, even aside: "Mombasa Women protested over
                # the inequality of women and men in Kenya"; "Pakistan ... in Idak area (NW, KPK)"
                mp[1].is_country,
                # of two countries, not one that only qualifies a person: "Iran combat engineer killed in Syria"
                mp[1].is_country and _qualifies_a_noun(mp[0], ctx),
                _is_aside(mp[0]) or _in_a_name(mp[0], ctx) or _names_an_office(mp[0], ctx) or _where_said(mp[0], ctx),
                _names_a_hospital(mp[0], ctx),
                mp[1].geo_precision or 3,
                _is_admin_seat(mp[1]) and _names_a_place_near(mp[1], local),
                mp[0].start,
            ),
        )
    places = by_name or places
    if not places:
        return None
    if leading is not None:
        # with no country given, an event whose sentences name no place is in the country the
        # report names most ("... in Syria ... talks in Geneva": Syria, not Geneva)
        places = [(m, p) for m, p in places if p.iso3 == leading]
    counts: Counter[object] = Counter(p.geonameid or p.location for _, p in places)
    return min(
        places,
        key=lambda mp: (
            mp[1].is_country,
            _is_aside(mp[0]) or _in_a_name(mp[0], ctx) or _names_an_office(mp[0], ctx) or _where_said(mp[0], ctx),
            _names_a_hospital(mp[0], ctx),
            mp[1].geo_precision or 3,
            -counts[mp[1].geonameid or mp[1].location],
            mp[0].start,
        ),
    )


def _leading_country(places: list[tuple[PlaceMention, Place]]) -> str | None:
    """The country named more often than any other among ``places``; None on a tie."""
    ranked = Counter(p.iso3 for _, p in places).most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _state_capital(mention: PlaceMention, place: Place, located: set[str | None], ctx: DocumentContext) -> bool:
    """A capital of a country the event is not placed in, named with no locative word before it."""
    if place.iso3 in located or _located(mention, ctx):
        return False
    return _is_capital(place)


def _is_capital(place: Place) -> bool:
    """The place is its country's capital under the capital's own name."""
    country = resolve_country(place.iso3)
    return country is not None and normalize_name(place.location) == normalize_name(country.capital)


#: Verbs whose subject, a capital, is its state: "Washington accused Moscow", "Moscow has demanded".
STATE_SPEECH_VERBS = frozenset(
    {"accuse", "blame", "say", "claim", "deny", "demand", "warn", "urge", "condemn", "insist", "reject"}
    | {"announce", "vow", "threaten", "respond", "allege", "pledge", "criticise", "criticize"}
)
#: Verbs whose object, a capital, is its state: "accused Moscow of the raid", "urged Ankara to".
STATE_ADDRESS_VERBS = frozenset({"accuse", "blame", "urge", "warn", "condemn", "criticise", "criticize", "press"})


def _state_speaks(mention: PlaceMention, place: Place, ctx: DocumentContext) -> bool:
    """A country, or its capital, that speaks or is spoken to as its state: the subject of a verb of
    saying, accusing or demanding ("Washington accused Moscow of responsibility", "Moscow has
    repeatedly demanded", "Russia ... said on Wednesday"), or the object of one of accusing or
    urging. It is no place of any event."""
    root = _state_name(mention, place, ctx)
    if root is None:
        return False
    lemma = root.head.lemma_.lower()
    speaks = root.dep_ == "nsubj" and lemma in STATE_SPEECH_VERBS
    addressed = root.dep_ == "dobj" and lemma in STATE_ADDRESS_VERBS
    return speaks or addressed


def _state_name(mention: PlaceMention, place: Place, ctx: DocumentContext) -> Token | None:
    """The head word of a mention of a country or its capital (which may name its state), else None."""
    if not (place.is_country or _is_capital(place)):
        return None
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None else None


def _state_acts(mention: PlaceMention, place: Place, ctx: DocumentContext) -> bool:
    """A country, or its capital, that is the subject of a verb: the state acting ("Russia has been
    carrying out airstrikes to bolster Syrian government forces"), not where anything happened."""
    root = _state_name(mention, place, ctx)
    return root is not None and root.dep_ == "nsubj" and root.head.pos_ in ("VERB", "AUX")


#: Words before a country named as the far side of a border: "close to the border with Turkey".
_BORDER_WITH = re.compile(r"(?i)\bborders?\s+(?:with|of)\s+(?:the\s+)?$")


def _across_a_border(mention: PlaceMention, ctx: DocumentContext) -> bool:
    """A name given as the far side of a border ("the city lies close to the border with Turkey"):
    the event is on this side."""
    return bool(_BORDER_WITH.search(ctx.text[max(0, mention.start - 30) : mention.start]))


def _located(mention: PlaceMention, ctx: DocumentContext) -> bool:
    """The name follows a locative preposition ("in", "over", "near", "outside the", "in northern")."""
    before = ctx.text[max(0, mention.start - 30) : mention.start].lower().split()
    while before and before[-1] in DIRECTION_WORDS:  # "in the", "over northern"
        before.pop()
    return bool(before) and before[-1] in LOCATIVE_WORDS


#: Words of place before a name that put an event there: "in", "over", "near", "across" (not the
#: actors' wider set, which takes in "from" and "to").
LOCATIVE_WORDS = frozenset({"in", "at", "near", "over", "across", "inside", "outside", "around", "throughout", "into"})


#: First words of region names that ordinary words may be mistaken for: "Western" (Ghana), "West"
#: (Cameroon), "Red Sea" (Sudan) in "Western-backed rebels", "the Red Sea port city of Mocha".
DESCRIPTIVE_WORDS = frozenset(
    {"west", "western", "east", "eastern", "north", "northern", "south", "southern", "central", "red", "upper"}
    | {"lower", "great", "coast", "coastal"}
)


def _descriptive_region(mention: PlaceMention, place: Place) -> bool:
    """A first-level region whose name starts with a descriptive word: a weak sign of the country."""
    words = mention.text.lower().split()
    return place.location == place.admin1 and bool(words) and words[0] in DESCRIPTIVE_WORDS


def _qualifies_a_noun(mention: PlaceMention, ctx: DocumentContext) -> bool:
    """The name stands before a noun it qualifies ("Iran combat engineer", "Kenya police officer")."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    last = span[-1]
    return last.dep_ in ("compound", "amod", "nmod") and last.head.pos_ == "NOUN" and last.head.i > last.i


def _is_aside(mention: PlaceMention) -> bool:
    """A name that places the event less closely than the others: the container of a place named
    just before it ("Razih district (Sadah)", "Qarabagh district, Ghazni"), a road's name ("on
    Murree road", "the Kisumu-Kakamega highway"), where people come from ("migrants from UP and
    Bihar") or want to go ("to their homes in Bihar"), or a bare name that no preposition or NER
    label makes a place ("Mandera teachers protest in Nairobi": where they come from)."""
    return any(role in mention.roles for role in ("container", "route", "origin", "destination", "bare name"))


#: Verbs of telling: a place "in" which someone tells is where they spoke, not where it happened.
TELLING_VERBS = frozenset({"say", "confirm", "announce", "tell", "state", "add", "report", "deny", "warn"})
#: Occasions of telling: "said at a news conference in Lima", "speaking at a briefing in Geneva".
TELLING_OCCASIONS = frozenset({"conference", "briefing", "summit", "interview", "speech", "meeting"})
#: Nouns of diplomacy: "talks in Geneva", "negotiations in Astana" meet where no fighting is (in the
#: plural: "peace and negotiation in El Salvador" is the process, not a meeting).
TALKS_NOUNS = frozenset({"talks", "negotiations", "summit"})


def _where_said(mention: PlaceMention, ctx: DocumentContext) -> bool:
    """ "In Washington the Pentagon confirmed eight US strikes in Aleppo province": where it was said,
    or where talks sat ("After marathon talks in Geneva")."""
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    prep = span.root.head if span is not None else None
    if prep is not None and prep.dep_ == "prep" and prep.head.dep_ == "nsubj" and prep.head.pos_ in ("NOUN", "PROPN"):
        # "the defence ministry in Moscow said on Sunday that bombers struck": where the teller sits
        return prep.lower_ == "in" and prep.head.head.lemma_.lower() in TELLING_VERBS
    if span is not None and _talks_venue(span):
        return True
    if prep is not None and prep.lower_ == "in" and prep.head.lemma_.lower() in TELLING_OCCASIONS:
        occasion = prep.head  # "at a news conference in Lima" that hangs from "said" or "speaking"
        by = occasion.head if occasion.dep_ == "pobj" else None
        return by is not None and by.dep_ == "prep" and by.head.lemma_.lower() in TELLING_VERBS | {"speak"}
    if prep is not None and prep.dep_ == "prep" and prep.head.lemma_.lower() not in TELLING_VERBS:
        # "said in an interview with media organisations in Brussels": phrase within phrase up to the teller
        teller = _teller_above(prep)
        return teller is not None and _has_teller(teller)
    if prep is None or prep.dep_ != "prep":
        return False
    return _has_teller(prep.head)


def _talks_venue(span: Span) -> bool:
    """Where talks sit: "negotiations in Astana", "After marathon talks in Geneva US Secretary of
    State John Kerry ..." (read from the words where the parser hangs the name on the next noun)."""
    root = span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "talks in Mexico and Costa Rica": each a venue
    prep = root.head
    if prep.dep_ == "prep" and prep.lower_ in ("in", "at") and prep.head.lower_ in TALKS_NOUNS:
        return True
    doc = span.doc
    return span.start >= 2 and doc[span.start - 1].lower_ in ("in", "at") and doc[span.start - 2].lower_ in TALKS_NOUNS


def _has_teller(verb: Token) -> bool:
    """Someone tells, not "in the town it was reported that gunmen fired at a car" (no teller)."""
    return any(c.dep_ == "nsubj" and c.lower_ != "it" for c in verb.children)


def _teller_above(prep: Token) -> Token | None:
    """The verb of telling a chain of phrases hangs from ("in an interview with media organisations
    in Brussels" from "said"), through prepositions and their objects only: not "said the attack in
    Idlib killed 58", where the chain stops at the attack, nor "bombed a meeting in Aleppo"."""
    token = prep
    for _ in range(MAX_PHRASES):
        head = token.head
        if token.dep_ not in ("prep", "pobj") or head.i == token.i:
            return None
        if token.dep_ == "prep" and head.lemma_.lower() in TELLING_VERBS | {"speak"}:
            return head
        token = head
    return None


#: Phrases within phrases read up from a place to the verb of telling they hang from.
MAX_PHRASES = 8


#: A group's legal status where the name follows: "Islamic State (banned in Russia)".
_BANNED_IN = re.compile(r"\b(?:banned|outlawed|prohibited|proscribed|illegal)\s+in\s+(?:the\s+)?$", re.IGNORECASE)


def _where_banned(mention: PlaceMention, ctx: DocumentContext) -> bool:
    """ "clashed with the Islamic State (banned in Russia)": where a group is outlawed, no event's place."""
    return _BANNED_IN.search(ctx.text, max(0, mention.start - 40), mention.start) is not None


#: Words before a name that make it a party, not a place: the agent of a passive ("a truce brokered
#: by Moscow", "accused by Washington") and a state's ties ("its ally Russia", "rebel-backer Turkey");
#: also the next name of a list they open ("brokered by Russia and the United States").
_PARTY_BEFORE = re.compile(
    r"\b(?:by|ally|allies|backer|backers|patron|sponsor)\s+(?:the\s+)?"
    r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*(?:,|\band|\bor)\s+(?:the\s+)?)?$"
)


#: A state that leads or backs a side, written before the side: "a US-led strike", "Russian-backed".
_LED_AFTER = re.compile(r"[-\u2013](?:led|backed|brokered|sponsored|supported|funded|allied)\b", re.IGNORECASE)


def _a_party(mention: PlaceMention, ctx: DocumentContext) -> bool:
    """ "a ceasefire brokered by Russia", "a US-led strike": a state that takes part, no place of the event; not a name
    that qualifies the noun after it ("sacked by Vihiga county governor", "by Kisumu residents",
    "by Somalia-based militants"), whose people act where it names."""
    if _LED_AFTER.match(ctx.text, mention.end):
        return True
    if _PARTY_BEFORE.search(ctx.text, max(0, mention.start - 80), mention.start) is None:
        return False
    if ctx.text.startswith(("-", "\u2013"), mention.end):
        return False
    span = ctx.doc.char_span(mention.start, mention.end, alignment_mode="expand")
    after = ctx.doc[span.end] if span is not None and span.end < len(ctx.doc) else None
    return after is None or not (after.pos_ in ("NOUN", "PROPN") or after.tag_ == "POS")


#: A news agency right after a place, in brackets or before a day or a dash: a dateline inside the
#: text, where a headline runs into the story ("... in Syria Moscow AFP Saturday 7 Oct 2017 Russian
#: strikes killed ..."): where it was filed. (Not "Kilifi County AP Commandant", "Lahore PTI leaders":
#: AP and PTI also name a police force and a party.)
_AGENCIES = r"(?:AFP|Reuters|AP|Anadolu|SANA|TASS|Sputnik|Xinhua|dpa|UPI|IANS|PTI)"
_AGENCY_AFTER = re.compile(
    rf"\s*(?:\({_AGENCIES}\)|{_AGENCIES}\s+(?:[-\u2013\u2014]|\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b))"
)
#: "the UK-based Syrian Observatory", "the Britain-based monitor": where an organisation sits.
_BASED = re.compile(r"\s?-?\s?based\b", re.IGNORECASE)


#: Nouns of those who report on a war from afar: "the UK-based Syrian Observatory", "the
#: Britain-based monitor" (not "Nakuru-based traders", who act where they are based).
MONITOR_NOUNS = frozenset(
    {"observatory", "monitor", "group", "organisation", "organization", "watchdog", "network", "ngo", "charity"}
)


def _a_base(mention: PlaceMention, ctx: DocumentContext) -> bool:
    """The name says where a monitor is based, not where anything happened."""
    match = _BASED.match(ctx.text, mention.end)
    if match is None:
        return False
    based = ctx.doc.char_span(match.end() - len("based"), match.end(), alignment_mode="expand")
    return based is not None and based.root.head.lemma_.lower() in MONITOR_NOUNS


def _names_a_community(mention: PlaceMention, ctx: DocumentContext) -> bool:
    """The name is the group of an identity militia ("Turkana raiders", "Nandi militia"), not a place."""
    return any(a.inter == 4 and _inside(mention, a) for a in ctx.actors)


def _inside(mention: PlaceMention, actor: ActorMention) -> bool:
    """The place's words are part of a longer actor mention."""
    same = (actor.start, actor.end) == (mention.start, mention.end)
    return actor.start <= mention.start and mention.end <= actor.end and not same


def _in_a_name(mention: PlaceMention, ctx: DocumentContext) -> bool:
    """The name is a word of a named actor's name ("the Mombasa Republican Council attacked a police
    post in Kilifi"): it places the event only where no other name does."""
    return any(a.kind == "named" and _inside(mention, a) for a in ctx.actors)


#: An office named after the place it serves, right after the name: "Nairobi Governor", "Kakamega senator",
#: "U.S. President Donald Trump", "U.S. officials said".
_OFFICE = re.compile(
    r"\s+(?:deputy\s+|vice\s+)?(?:governor|senator|mayor|MP|MCA|commissioner|president|prime\s+minister"
    r"|(?:foreign\s+|defen[cs]e\s+)?minister|officials?|envoy|ambassador)\b",
    re.IGNORECASE,
)
#: A hospital named after a place, right after the name: "Al-Quds hospital", "the Wajir District Hospital".
_HOSPITAL = re.compile(r"\s+(?:(?:district|county|referral|general|teaching)\s+)*hospital\b", re.IGNORECASE)


def _names_an_office(mention: PlaceMention, ctx: DocumentContext) -> bool:
    """The name only says whose official acts ("a protest led by Nairobi Governor Mike Sonko was held in
    Machakos"): the official is anywhere, so the name places the event only where no other does."""
    end = mention.end
    if ctx.text[end : end + 1] == "." and "." in ctx.text[mention.start : end]:
        end += 1  # "U.S. President": the abbreviation's last full stop, not a sentence's end
    return _OFFICE.match(ctx.text, end) is not None


def _names_a_hospital(mention: PlaceMention, ctx: DocumentContext) -> bool:
    """The name is a hospital's ("the manager of al-Quds hospital in Aleppo said", "seven are admitted
    to the Wajir District Hospital"): where the wounded are treated, not where they were hurt; it
    places the event where no other name does, before an office's name."""
    return _HOSPITAL.match(ctx.text, mention.end) is not None


def _names_a_place_near(seat: Place, places: list[tuple[PlaceMention, Place]]) -> bool:
    """Another of ``places`` lies in the seat's region: "Luhansk, Luhansk" gives way to a village
    near it, not to a namesake of a neighbourhood 1,000 km off ("in the North Zone of Rio de
    Janeiro, Rio de Janeiro ... in front of the Bonsucesso Federal Hospital"), nor to a town of
    another province ("a protest in Durres ... like their colleagues in Tirana")."""
    return any(
        not _is_admin_seat(p)
        and p.admin1 in (seat.admin1, None)
        and haversine_km(seat.latitude, seat.longitude, p.latitude, p.longitude) <= REGION_KM
        for _, p in places
        if p is not seat and None not in (seat.latitude, seat.longitude, p.latitude, p.longitude)
    )


def _is_admin_seat(place: Place) -> bool:
    """A place named like its province ("Luhansk, Luhansk"): less specific than a village in it."""
    name = (place.location or "").lower()
    # a whole word of the unit's name, not one of a joined name ("Baalbek" of "Baalbek-Hermel")
    word = re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])")
    return bool(name) and any(word.search((a or "").lower()) for a in (place.admin1, place.country))


def _hint_country(ctx: DocumentContext) -> str | None:
    """The hint in ACLED's spelling ("DRC" -> "Democratic Republic of Congo"), or as given."""
    found = _hint(ctx)
    return found.name if found is not None else ctx.country


def _hint_iso3(ctx: DocumentContext) -> str | None:
    found = _hint(ctx)
    return found.iso3 if found is not None else None


def _hint(ctx: DocumentContext) -> Country | None:
    return resolve_country(ctx.country) if ctx.country else None


def _set_place(
    event: Event, evidence: dict[str, list[Evidence]], located: tuple[PlaceMention, Place] | None, ctx: DocumentContext
) -> None:
    if located is None:
        event.country = _hint_country(ctx)
        return
    mention, place = located
    for name in PLACE_FIELDS:
        value = getattr(place, name)
        setattr(event, name, value)
        if value is not None:
            evidence[name] = place.evidence or [_mention_evidence(mention, "place:gazetteer")]
    event.place = place
