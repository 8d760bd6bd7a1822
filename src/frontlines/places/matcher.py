"""Extra toponym spans that spaCy's NER misses, found with two patterns and the gazetteer.

1. A capitalised name followed by a site or admin word: "Yarmouk camp", "Douma district".
2. A capitalised name after a locative preposition, perhaps with a direction: "in Jobar",
   "near Harasta", "in central Thessaloniki".
3. The names of a parenthesised list: "Mugerera hill (Kiremba, Ngozi)".
4. A name after a place and a comma or parenthesis, its container: "Watamu, Kilifi".

A candidate is kept only if the gazetteer holds the name, it is not in ``not_places.tsv`` and it
does not overlap a span the caller already has.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from frontlines.datafiles import data_path, read_tsv
from frontlines.places.gazetteer import Candidate, Gazetteer
from frontlines.places.normalize import normalize_name
from frontlines.places.phrases import LEADING_THE
from frontlines.places.words import place_words

NOT_PLACES = "places/not_places.tsv"
WORLD_REGIONS = "places/world_regions.tsv"
#: Shorter keys ("al", "as") are articles or abbreviations far more often than places.
MIN_KEY_LENGTH = 3
#: A capitalised word, or one behind a lower-case Nguni locative prefix: "eThekwini", "uMgungundlovu".
_WORD = r"(?:[eiu](?=[A-Z]))?[A-Z][\w'‘’ʼ\-]{2,}"
# al-/el- with a hyphen or a space; the assimilated forms (an-, as-, at-...) lower case only with a
# hyphen, so English "an", "as", "at" never start a name ("ash", "ar", "az", no English words, also
# with a space: "Khabb wa ash Shaaf")
_ARTICLE = r"(?:(?:[Aa]l|[Ee]l)[-\s]|(?:a[dnrstz]|ash)-|(?:ash|ar|az)\s|(?:A[dnrstz]|Ash)[-\s])"
#: Lower-case links inside a name: "Ciudad del Carmen", "Sao Goncalo do Amarante", "Khabb wa ash Shaaf",
#: "Poienile de sub Munte", "Reggio di Calabria", "Frankfurt am Main".
_LINK = r"(?:(?:de|del|do|da|dos|das|la|los|las|a|wa|e|di|du|des|le|les|sub|din|sur|am)\s+){0,2}"
#: A two-letter first word of a longer name ("Ol Kalou", "Il Ngwesi"); not an English word or a title.
_SHORT_LEAD = (
    r"(?:(?!(?:On|In|As|At|An|Of|To|By|If|Is|It|No|Or|So|Up|Us|We|He|Me|My|Be|Do|Go|Mr|Ms|Dr|St|Mt|Al|El)\s)"
    r"[A-Z][a-z]\s+(?=[A-Z]))"
)
#: What may stand between two capitalised words of a name: links and an article ("wa ash").
BETWEEN_WORDS = rf"{_LINK}{_ARTICLE}?"
#: A place name: up to four capitalised words, with articles and links.
NAME = rf"{_SHORT_LEAD}?{_ARTICLE}?{_WORD}(?:\s+{BETWEEN_WORDS}{_WORD}){{0,3}}"
_CONTAINER = re.compile(rf"\s*(?:,|\()\s*(?P<name>{NAME})")
#: A parenthesised list of places, the news' and the codebook's "(Town, Province)" after a site
#: no gazetteer has ("Mugerera hill (Kiremba, Ngozi)").
_PARENTHESIS = re.compile(r"\((?P<body>[^()]{2,120})\)")
#: Capitalised names anywhere, for the in-country scan; a hyphen ends a name ("Kisumu-Kakamega").
_SCAN = re.compile(
    rf"(?<![\w'’]){_SHORT_LEAD}?{_ARTICLE}?[A-Z][\w'‘’ʼ]{{2,}}(?:\s+{_LINK}{_ARTICLE}?[A-Z][\w'‘’ʼ]{{2,}})*"
)
_ARTICLE_ALONE = re.compile(r"(?i)(?:al|el|ash|a[dnrstz])")
_NAME_GOES_ON = re.compile(r"[A-Z](?:[\w'’]*|\.)\s+(?:(?:de|do|da|dos|das|del|della|di|du|la|le|el|al|of|y)\s+)?$")
#: A name in a parenthesised list, perhaps two joined by a slash, perhaps with a unit's word after
#: it: "(Chikun LGA, Kaduna)", "(Yamaltu/Deba LGA, Gombe)".
_PARENTHESIS_NAME = re.compile(rf"{NAME}(?:/{NAME})?(?:\s+(?:[a-z-]+|LGA))?")
_ITEM = re.compile(r"\s*(?P<item>[^,;]+?)\s*(?:[,;]|$)")
#: Units named before their name with "of": "in the Municipality of Venustiano Carranza".
UNIT_OF_WORDS = ("municipality", "province", "governorate", "district", "department", "region", "county")
#: Prepositions after which an unknown name is still taken for a place, its container searched.
_LOCATIVE = frozenset({"in", "at", "near", "outside", "around"})
#: A name right after a lower-case noun of a settlement: "second city Aleppo", "capital Astana".
_AFTER_TITLE = re.compile(rf"\b(?:city|town|capital|village|port)\s+(?P<name>{NAME})")
#: Words that may end a unit's name after a known name, besides place_words.tsv's trailing words:
#: "Baringo South", "Kisumu West", "Kwale County"; not a person's surname ("of WikiLeaks, Julian Assange").
_UNIT_TAIL = frozenset(
    {"north", "south", "east", "west", "central", "upper", "lower", "sub-county", "division", "constituency", "ward"}
)


@cache
def _not_places() -> frozenset[str]:
    return frozenset(normalize_name(row["word"]) for _, row in read_tsv(data_path(NOT_PLACES), ("word",)))


@cache
def _world_regions() -> frozenset[str]:
    return frozenset(normalize_name(row["name"]) for _, row in read_tsv(data_path(WORLD_REGIONS), ("name",)))


def is_world_region(name: str) -> bool:
    """The name is a region larger than a country (world_regions.tsv): "the Middle East", "Levant"."""
    return normalize_name(LEADING_THE.sub("", name)) in _world_regions()


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    words = place_words()
    trailing = sorted(set(words.admin_level) | words.site | {"countryside"}, key=len, reverse=True)
    preps = sorted(words.prep, key=len, reverse=True)
    directions = sorted(words.direction, key=len, reverse=True)
    with_word = re.compile(rf"\b(?P<name>(?:{NAME}/)?{NAME})\s+(?P<word>(?i:{'|'.join(map(re.escape, trailing))}))\b")
    # "in Harasta", "In Migori" opening a sentence, "in central Thessaloniki", "in the north-western
    # Idlib", "in rural Ras al Ain", "in the Municipality of Venustiano Carranza"
    prep = "|".join(map(re.escape, preps))
    after_prep = re.compile(
        rf"(?:\b(?:{prep})|(?:^|(?<=[.!?:,]\s))(?i:{prep}))\s+(?:the\s+)?"
        rf"(?:(?:{'|'.join(map(re.escape, directions))})\s+)?(?:rural\s+)?"
        rf"(?:(?i:{'|'.join(UNIT_OF_WORDS)})\s+of\s+)?(?P<name>{NAME})"
    )
    return with_word, after_prep


def names_with_words(text: str, gazetteer: Gazetteer) -> list[tuple[int, int]]:
    """Spans of the known names followed by an admin or site word ("Khabb wa ash Shaaf district"),
    which NER often cuts into pieces ("Khabb" a person, "Shaaf" a place)."""
    with_word, _ = _patterns()
    found = []
    for match in with_word.finditer(text):
        # the sentence's first word is capitalised whatever it is: "Striking Mombasa county workers"
        opens = _SENTENCE_OPEN.search(text[max(0, match.start("name") - 3) : match.start("name")]) is not None
        cuts = _word_starts(match.group("name"))[:2] if opens or match.start("name") == 0 else [0]
        for cut in cuts:
            name, start = match.group("name")[cut:], match.start("name") + cut
            if is_known(name, gazetteer) or gazetteer.has_key(normalize_name(text[start : match.end("word")])):
                found.append((start, match.end("word")))
                break
    return found


def _word_starts(name: str) -> list[int]:
    """Offsets of the name and of each shorter name its later words make ("Striking Mombasa": 0, 9)."""
    return [0, *(m.end() for m in re.finditer(r"\s+", name))]


#: The end of a sentence just before a name: its first word is capitalised whatever it is.
_SENTENCE_OPEN = re.compile(r"(?:^|[.!?]\s+)$")


def find_extra_spans(
    text: str,
    gazetteer: Gazetteer,
    known: list[tuple[int, int]],
    anchors: Sequence[tuple[int, int]] = (),
    country: str | None = None,
    named: list[tuple[int, int]] | None = None,
) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, label)`` the patterns find and the gazetteer knows; label says which pattern.

    ``anchors`` are the place spans already found: a name after one of them (or after a name a
    preposition of place introduces that the gazetteer lacks) and a comma or an opening parenthesis
    is its container ("Watamu, Kilifi", "Hagarsu (Mandera)", "at Kokhanebi, Tovuz"), even where NER
    called it a person or an organisation. With ``country`` (ISO2, the article's country), any
    other capitalised name that is the own name of a place in that country is a span too
    ("Nyeri residents protest", "the Kisumu-Kakamega highway"). ``named`` is ``names_with_words``'
    answer when the caller has it already.
    """
    found: list[tuple[int, int, str]] = []
    taken = list(known)
    _, after_prep = _patterns()
    for start, end in names_with_words(text, gazetteer) if named is None else named:
        _add(found, taken, (start, end, "matcher:name+word"))
    unknown: list[tuple[int, int]] = []  # "at Kokhanebi, Tovuz": a village the gazetteer lacks, then its district
    tails = _UNIT_TAIL | place_words().type_words()
    for match in after_prep.finditer(text):
        span = longest_known(text, match.start("name"), match.group("name"), gazetteer)
        if span is not None and _part_of_unknown_name(text, span, tails, gazetteer, country):
            whole = (span[0], _GOES_ON.match(text, span[1]).end())  # type: ignore[union-attr]
            # "in Mai Mahiu": the whole name spelt another way in the country ("Maai Mahiu"), else an
            # unknown name ("in Vila Isabel", "at Ceel Salini village"), not Port-Vila or Eyl
            span = whole if country and _known_in_country(text[whole[0] : whole[1]], gazetteer, country) else None
        if span is None:  # "areas of Syrias Aleppo": what a possessive that lost its apostrophe holds
            span = possessive_place(text, match.start("name"), match.end("name"), gazetteer)
        if span is not None:
            _add(found, taken, (*span, "matcher:after_preposition"))
        elif text[match.start() : match.start("name")].split()[0].lower() in _LOCATIVE:
            unknown.append((match.start("name"), match.end("name")))
    for match in _AFTER_TITLE.finditer(text):
        # "Syria's second city Aleppo", "the Kazakh capital Astana": the name a settlement's noun
        # introduces, which NER often leaves out
        span = longest_known(text, match.start("name"), match.group("name"), gazetteer)
        if span is not None and not _part_of_unknown_name(text, span, tails, gazetteer, country):
            _add(found, taken, (*span, "matcher:after_title"))
    for match in _PARENTHESIS.finditer(text):
        for item in _ITEM.finditer(text, match.start("body"), match.end("body")):
            start, name = item.start("item"), item.group("item")
            if _PARENTHESIS_NAME.fullmatch(name) and not name.isupper():
                span = longest_known(text, start, name, gazetteer)
                if span is not None and _part_of_unknown_name(text, span, tails, gazetteer, None):
                    span = None  # not "Tin" of "(Tin Zaouatine)"
                spelt = country and re.fullmatch(NAME, name) and _known_in_country(name, gazetteer, country)
                if span is None and spelt:
                    span = (start, start + len(name))  # "(Ceel Buur, Galgaduud)": Galguduud spelt another way
                if span is not None:
                    _add(found, taken, (*span, "matcher:parenthesis"))
            elif _is_province_abbreviation(name, gazetteer):  # "(Kurnool, AP)", "(Poonch district, J&K)"
                alone = match.group("body").strip() == name
                if not alone or _holds_place_before(text, match.start(), name, gazetteer):
                    _add(found, taken, (start, start + len(name), "matcher:parenthesis"))
    queue = sorted([*anchors, *unknown, *((s, e) for s, e, _ in found)])
    while queue:
        anchor = queue.pop(0)
        container = _CONTAINER.match(text, anchor[1])
        span = longest_known(text, container.start("name"), container.group("name"), gazetteer) if container else None
        rest = text[span[1] : container.end("name")].split() if span is not None else []
        if anchor in unknown and not all(word.lower() in tails for word in rest):
            span = None  # after an unknown name, a known name whole or with a unit's tail ("Baringo South")
        if span is not None and _add(found, taken, (*span, "matcher:container")):
            queue.append(span)
    if country:
        for match in _SCAN.finditer(text):
            start, name = match.start(), match.group(0)
            while (lead := re.match(r"\S+\s+", name)) and normalize_name(lead.group(0)) in _not_places():
                start, name = start + lead.end(), name[lead.end() :]  # "The Nyeri residents", "On Monday"
            if start == match.start() and _NAME_GOES_ON.search(text[max(0, start - 20) : start]):
                continue  # "Amarante" of "Sao Goncalo do Amarante", "Madero" of "Gustavo A. Madero"
            if _first_word_of_sentence(text, start, name, gazetteer, country):
                cut = re.match(r"\S+\s+", name).end()  # type: ignore[union-attr]
                start, name = start + cut, name[cut:]  # "Five Kisumu journalists": any first word
            if _is_own_name_in(name, gazetteer, country):
                _add(found, taken, (start, start + len(name), "matcher:in_country"))
            elif (town := town_of_facility(name, gazetteer, country, _next_word(text, start + len(name)))) is not None:
                _add(found, taken, (start, start + len(town), "matcher:in_country"))
            elif (owned := possessive_place(text, start, start + len(name), gazetteer)) is not None:
                _add(found, taken, (*owned, "matcher:in_country"))  # "Syrias Raqa", "Nairobis CBD"
    return sorted(found)


def _first_word_of_sentence(text: str, start: int, name: str, gazetteer: Gazetteer, country: str) -> bool:
    """The run opens a sentence, so its first word is capitalised whatever it is, and the run is no
    place whole, nor a facility named after a town ("Meru University students")."""
    if _SENTENCE_OPEN.search(text[max(0, start - 3) : start]) is None or re.match(r"\S+\s+", name) is None:
        return False
    return not _is_own_name_in(name, gazetteer, country) and town_of_facility(name, gazetteer, country) is None


#: Offices named after the town or county they serve: "Homa Bay Governor", "Mombasa Deputy Governor".
TOWN_TITLES = frozenset({"governor", "deputy", "senator", "mayor", "county", "municipal", "council", "assembly"})


@cache
def _town_words() -> frozenset[str]:
    """Words after which a capitalised run names something of the town before them."""
    return place_words().facility | TOWN_TITLES


#: A possessive whose apostrophe was lost, before the name of what the place holds: "Nairobis CBD".
POSSESSIVE_NO_APOSTROPHE = re.compile(r"([A-Z][a-z]{2,}?)s\s+[A-Z]")
#: Population from which a town is known well enough to own places in a possessive with no apostrophe.
OWNER_POPULATION = 100_000


def possessive_place(text: str, start: int, end: int, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The place a run of capitalised words from ``start`` to ``end`` names when it opens with a
    possessive whose apostrophe was lost: the known name the owner holds ("Syrias Hasakeh city":
    Hasakeh), else the owner itself when it is a province or a city ("Nairobis CBD": Nairobi). None
    when the run opens with no such possessive, when the owner is a small town ("Barros Filho" is no
    Barro's) or a country with nothing known after it, or when the word with its "s" is a place's
    own name ("Athens"; another language's name, Lithuanian "Nairobis", does not count)."""
    match = POSSESSIVE_NO_APOSTROPHE.match(text, start, end)
    if match is None:
        return None
    owner = match.group(1)
    with_s = text[start : match.end(1) + 1]
    if not _known_owner(owner, gazetteer) or any(c.is_primary for c in _same_name(with_s, gazetteer)):
        return None
    clause = re.match(r"[^.,;:()]{1,60}", text[match.end() - 1 :])  # what the owner holds, to the clause's end
    owned = longest_known(text, match.end() - 1, clause.group(0), gazetteer) if clause else None
    if owned is not None:
        return owned
    if any(c.admin_level == 0 for c in _same_name(owner, gazetteer)):
        return None  # a country alone places nothing
    return start, start + len(owner)


def _same_name(name: str, gazetteer: Gazetteer) -> list[Candidate]:
    """The gazetteer's places whose own name is ``name`` (not an alternate name or a spelling variant)."""
    key = normalize_name(name)
    return [c for c in gazetteer.candidates(name, limit=5) if normalize_name(c.name) == key]


def _known_owner(name: str, gazetteer: Gazetteer) -> bool:
    """A country, a province or a city that owns what a possessive names ("Nairobis CBD", "Kenyas
    Lamu region"), not a small town that ends a longer name in "s" ("Barros Filho" is no Barro's)."""
    return any(
        c.is_primary
        and (c.admin_level in (0, 1) or c.feature_code in ("PPLC", "PPLA") or c.population >= OWNER_POPULATION)
        for c in _same_name(name, gazetteer)
    )


def _next_word(text: str, end: int) -> str:
    """The word right after a run of capitalised words, lower-cased, or ""."""
    match = re.match(r"\s+([a-z]+)", text[end : end + 30])
    return match.group(1) if match else ""


def town_of_facility(name: str, gazetteer: Gazetteer, country: str, after: str = "") -> str | None:
    """The town a facility, office or branch is named after: "Machakos University College", "Nyeri
    Prison", "Homa Bay Governor", "Nyeri KMTC" (a place of the article's country, then a facility's
    or an office's word, or an acronym); also before a facility's word in lower case ``after`` the
    run: "the Kapedo Catholic church"."""
    words = name.split()
    facility = _town_words()
    named = [
        k
        for k in range(1, len(words))
        if words[k].lower() in facility or (words[k].isupper() and words[k].isalpha() and len(words[k]) > 1)
    ]
    if after in place_words().facility:
        named.append(len(words))
    # the town may be followed by more of the facility's name: "Mombasa Technical University"
    for k in range(max(named, default=0), 0, -1):
        town = " ".join(words[:k])
        if _is_own_name_in(town, gazetteer, country):
            return town
    return None


#: The capitalised words that go on after a known name.
_GOES_ON = re.compile(rf"(?:\s+{_LINK}[A-Z][\w'’-]*)+")


def _part_of_unknown_name(
    text: str, span: tuple[int, int], tails: frozenset[str], gazetteer: Gazetteer, country: str | None
) -> bool:
    """The known name is the first part of a longer one: "in Vila Isabel" (not Port-Vila), "at Ceel
    Salini village". Not when a unit's, a site's or a facility's word follows ("in Molo Township",
    "at Lamu Bujra Boys High School", "at Chuka University"), nor a possessive ("Nairobi's Kabete
    campus"), nor, with the article's ``country``, when the next word is, whole, the own name of a
    place in it or a country: two names, a comma missing ("Homa Bay Migori", "Kiunga- Somalia road").
    Without ``country`` (an item of a parenthesised list, where commas part the names) that
    exception does not apply."""
    rest = _GOES_ON.match(text, span[1])
    if rest is None or text[span[1] - 2 : span[1]] in ("'s", "’s") or text.startswith(("'s", "’s"), span[1]):
        return False
    words = [w for w in rest.group(0).split() if w[0].isupper()]  # not the links: "San Bartolome de Los Llanos"
    known_words = tails | place_words().facility
    if any(w.lower() in known_words or w.lower().removesuffix("s") in known_words for w in words):
        return False  # "at Chuka University", "from Nairobi Universitys main campus"
    if any(normalize_name(w) in _not_places() for w in words):
        return False
    if country is None:
        return True  # an item of a parenthesised list is one name: "(Ceel Buur, Galgaduud)"
    if any(c.admin_level == 0 and c.match == "exact" for c in gazetteer.candidates(words[0], limit=3)):
        return False  # "Kiunga- Somalia road"
    return not _is_own_name_in(words[0], gazetteer, country)


def _known_in_country(name: str, gazetteer: Gazetteer, country: str) -> bool:
    """The name, or one spelt with the same consonants, is a place's in ``country``."""
    return bool(gazetteer.candidates(name, country=country, limit=1))


def _is_own_name_in(name: str, gazetteer: Gazetteer, country: str) -> bool:
    """True if the whole run of capitalised words is the own name of a place in ``country``: an
    alternate name, a spelling variant, a name abroad or the first words of a longer name ("Ash" of
    "Ash Shubaji Martyrs Battalion") is not enough without NER or a preposition to say it is a place."""
    if name.isupper() or not is_known(name, gazetteer):
        return False
    key = normalize_name(name)
    # a local unit's own name too ("Githurai"), unless it is a place word ("Hospital", "Central" wards)
    unit = key not in place_word_keys()
    return any(
        c.match == "exact" and (c.is_primary or (unit and normalize_name(c.name) == key))
        for c in gazetteer.candidates(name, country=country, limit=5)
    )


@cache
def place_word_keys() -> frozenset[str]:
    """The place vocabulary's words (facilities, sites, units, directions), as name keys."""
    words = place_words()
    vocabulary = words.facility | words.site | set(words.admin_level) | words.direction | words.type_words()
    return frozenset(normalize_name(w) for w in vocabulary)


#: An abbreviation written in capitals: "AP", "KPK", "J&K".
_ABBREVIATION = re.compile(r"[A-Z]{1,3}&[A-Z]{1,3}|[A-Z]{2,4}")


def _is_province_abbreviation(name: str, gazetteer: Gazetteer) -> bool:
    """A capitals abbreviation the gazetteer holds as a first-order unit's alias ("AP" for Andhra
    Pradesh, "KPK" for Khyber Pakhtunkhwa), never a party's or a force's ("(KDF)", "(PPP)")."""
    if not _ABBREVIATION.fullmatch(name):
        return False
    return any(c.admin_level == 1 and c.match == "exact" for c in gazetteer.candidates(name, limit=3))


#: The capitalised name just before a parenthesis: "Pratapgarh (UP)".
_NAME_BEFORE = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s*$")


def _holds_place_before(text: str, at: int, abbreviation: str, gazetteer: Gazetteer) -> bool:
    """An abbreviation alone in parentheses is a province only where it holds the place named just
    before it: "Pratapgarh (UP)" is in Uttar Pradesh; "WASHINGTON (AP)" names the news agency."""
    before = _NAME_BEFORE.search(text[max(0, at - 60) : at])
    if before is None:
        return False
    units = {(c.country_code, c.admin1_code) for c in gazetteer.candidates(abbreviation, limit=3) if c.admin_level == 1}
    name = before.group(1).title() if before.group(1).isupper() else before.group(1)
    return any((c.country_code, c.admin1_code) in units for c in gazetteer.candidates(name, limit=20))


def is_known(name: str, gazetteer: Gazetteer) -> bool:
    if _ARTICLE_ALONE.fullmatch(name.strip()):
        return False  # "Ash" of "Ash Shubaji Martyrs Battalion"
    key = normalize_name(name)
    return len(key) >= MIN_KEY_LENGTH and key not in _not_places() and gazetteer.has_key(key)


def longest_known(text: str, start: int, name: str, gazetteer: Gazetteer) -> tuple[int, int] | None:
    """The longest leading run of words of ``name`` that the gazetteer knows; a possessive's "'s" is
    no part of the name ("outside Kisumu's morgue")."""
    words = list(re.finditer(r"\S+", name))
    for count in range(len(words), 0, -1):
        end = words[count - 1].end()
        if name[:end].endswith(("'s", "’s")):
            end -= 2
        if is_known(name[:end], gazetteer):
            return start, start + end
    return None


def _add(found: list[tuple[int, int, str]], taken: list[tuple[int, int]], span: tuple[int, int, str]) -> bool:
    start, end, _ = span
    if all(end <= s or start >= e for s, e in taken):
        found.append(span)
        taken.append((start, end))
        return True
    return False
