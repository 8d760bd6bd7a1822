"""Composed actors: a country, an agent role and the event date give an ACLED-style name.

"Syrian rebels" -> Rebels (Syria); "Kenyan police" -> Police Forces of Kenya (2013-2022);
"gunmen" in a Kenyan article -> Unidentified Armed Group (Kenya); "Pokot raiders" -> Pokot Ethnic
Militia (Kenya); "residents held a protest" -> Protesters (Kenya). Templates live in ``compose.tsv``.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from frontlines.actors.data import RegistryData
from frontlines.actors.normalize import FoldedText, fold
from frontlines.numbers.quantity import number_value, qualifier_prefixes

if TYPE_CHECKING:
    from frontlines.actors.registry import ActorMention, Hit

#: Words after a group of people searched for a protest or riot cue ("residents held a protest").
PROTEST_WINDOW = 12
#: What may stand between a country word or a name and an agent noun ("Syria's army", "ISIS-held").
ADJACENT_GAPS = frozenset({"", "-", "'s", "’s"})
#: Agent roles of a state: a leader's "forces", "troops", "police", "government".
STATE_ROLES = frozenset({"MIL", "COP", "SPY", "GOV"})
#: Gaps that make the next name an agent's owner: "forces of Azerbaijan", "fighters of the Islamic State".
OF_GAPS = frozenset({"of", "of the"})
#: "residents were attacked": the people suffer the act, they do not riot.
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being", "be", "is", "are", "get", "got"})
#: Words that make people armed men rather than a crowd.
ARMED_WORDS = frozenset({"armed", "masked", "hooded"})
#: Verbs of harm just before people, who are then what was done to, not rioters: "killed at least
#: 130 civilians", "injuring two villagers".
HARM_VERBS = frozenset({"killed", "killing", "kills", "injured", "injuring", "wounded", "wounding", "shot"})
#: Verbs whose subject died: "two people died after a mob set fire to their house".
DEATH_VERBS = frozenset({"died", "dies", "die", "perished"})
#: Words before "strike" that make it a weapon's, not workers': "air strike", "drone strike".
WEAPON_STRIKES = frozenset({"air", "drone", "missile", "rocket", "artillery", "airstrike", "aerial", "naval"})
#: Agent roles that turn into protesters or rioters next to a cue.
PEOPLE_AGENTS = frozenset({"CVL", "PRT"})
#: Suffix of the compose.tsv row used when a community militia's community is not named ("IDM-").
UNNAMED_SUFFIX = "-"
_WORD = re.compile(r"[a-z0-9]+")
_GROUP_WORD = re.compile(r"([A-Z][\w'’-]+)\s+$")
#: Endings of English descriptors, never of a community's name ("Ongoing", "Renewed", "Heavily").
DESCRIPTOR_ENDINGS = ("ing", "ed", "ly")
#: English prefixes of a hyphenated descriptor, never of a community's name ("Post-election violence").
DESCRIPTOR_PREFIXES = frozenset({"post", "pre", "anti", "inter", "intra", "cross", "non", "pro", "counter"})


def period_label(data: RegistryData, iso3: str, when: date | None) -> str:
    """ACLED period of the regime in power in ``iso3`` at ``when`` (today if None), or ''."""
    regimes = data.regimes.get(iso3, [])
    when = when or date.today()
    for regime in regimes:
        if regime.start <= when and (regime.end is None or when < regime.end):
            return regime.label()
    earlier = [r for r in regimes if r.start <= when]
    return earlier[-1].label() if earlier else ""


def is_abroad(data: RegistryData, iso3: str | None, article_country: str | None) -> bool:
    """True when forces of ``iso3`` act in another country; a de facto state is at home where it lies."""
    if not (iso3 and article_country) or iso3 == article_country:
        return False
    country = data.countries.get(iso3)
    return country is None or country.within != article_country


#: Country names English writes with "the" after "of": a union, a republic, a kingdom, islands or a
#: plural ("Military Forces of the Philippines", "Police Forces of the Democratic Republic of Congo",
#: as in ACLED's actor names; the country field itself keeps the bare name).
_TAKES_THE = re.compile(
    r"\b(?:Republic|United|Kingdom|Islands|Emirates|States|Coast)\b|^(?:Philippines|Netherlands|Bahamas|Maldives|Comoros)$"
)


def render(data: RegistryData, template: str, iso3: str | None, when: date | None, group: str = "") -> str:
    """Fill ``{country}``, ``{period}`` and ``{group}`` in an actor name template."""
    if iso3 is None:
        template = template.replace("({country})", "").replace("of {country}", "").replace("{period}", "")
    country = data.countries[iso3].name if iso3 in data.countries else (iso3 or "")
    if _TAKES_THE.search(country):
        template = template.replace("of {country}", "of the {country}")
    period = period_label(data, iso3, when) if iso3 else ""
    return " ".join(template.format(country=country, period=period, group=group).split())


def make_mention(
    folded: FoldedText,
    start: int,
    end: int,
    actor_id: str | None,
    name: str,
    inter: int | None,
    country: str | None,
    cameo: str | None,
    kind: str,
    ties: list[str],
    rule: str,
    category: str,
) -> ActorMention:
    """A mention from folded offsets, with its span and text in the original."""
    from frontlines.actors.registry import ActorMention

    first, last = folded.to_original(start), folded.to_original(end - 1) + 1
    text = folded.original[first:last]
    return ActorMention(first, last, text, actor_id, name, inter, country, cameo or None, kind, ties, rule, category)  # type: ignore[arg-type]


def composed_mention(
    data: RegistryData,
    folded: FoldedText,
    span: tuple[int, int],
    iso3: str | None,
    agent: str,
    when: date | None,
    kind: str,
    article_country: str | None,
) -> ActorMention | None:
    """Country + agent role -> an ACLED-style generic actor: "Rebels (Syria)", "Police Forces of Kenya"."""
    if agent not in data.compose:
        return None
    group = ""
    if "{group}" in data.compose[agent][2]:
        # "Ethiopian raiders" (kind "composed": a country word + the noun) name no community: the
        # unidentified militia of that country, not an "Ethiopian Ethnic Militia" of the article's
        if kind != "composed":
            group, span = community(data, folded, span)
            iso3 = article_country or iso3
        if not group:
            unnamed = agent + UNNAMED_SUFFIX
            # bare "militiamen" are armed men; "Ethiopian militia" is an identity militia of no named community
            agent = unnamed if unnamed in data.compose else "COM-" if kind == "composed" else "UAF"
    if agent in data.compose_scope and (iso3 or "") not in data.compose_scope[agent][0]:
        agent = data.compose_scope[agent][1]  # "gang members" outside Latin America: an Unidentified Armed Group
    inter, category, template = data.compose[agent]
    name = render(data, template, iso3, when, group)
    if inter == 1 and is_abroad(data, iso3, article_country):
        inter = 8  # state forces active outside their own country: ACLED external/other forces
    rule = f"compose:{iso3 or '?'}+{agent}" + (f"+group:{group}" if group else "")
    actor_id = f"compose:{iso3 or ''}:{agent}" + (f":{group}" if group else "")
    return make_mention(folded, *span, actor_id, name, inter, iso3, f"{iso3 or ''}{agent}", kind, [], rule, category)


def names_a_community(data: RegistryData, folded: FoldedText, hit: Hit) -> bool:
    """A militia noun ("herdsmen", "clansmen") right after a community's name."""
    agent = hit.agent[0] if hit.agent else ""
    return (
        agent in data.compose
        and "{group}" in data.compose[agent][2]
        and bool(community(data, folded, (hit.start, hit.end))[0])
    )


def led_by_a_bare_noun(data: RegistryData, folded: FoldedText, hit: Hit) -> bool:
    """A longer noun of the same role whose first word stands alone for the article country's force:
    "a police chief", "the police post", "an army unit" are the police and the army, as "police" and
    "army" alone are (not "army deserter", of another role)."""
    words = folded.folded[hit.start : hit.end].split()
    first = data.agents.get(words[0]) if len(words) > 1 else None
    return first is not None and hit.agent is not None and first == (hit.agent[0], "bare")


def community(data: RegistryData, folded: FoldedText, span: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """The community a militia is named after, and the span with it: "Pokot raiders", "Garre clansmen"."""
    first = folded.to_original(span[0])
    match = _GROUP_WORD.search(folded.original[max(0, first - 40) : first])
    if match is None or match.group(1) in data.group_stoplist or _descriptor(match.group(1)):
        return "", span
    return match.group(1), (folded.to_folded(max(0, first - 40) + match.start(1)), span[1])


def _descriptor(word: str) -> bool:
    """An English descriptor before the militia word ("Ongoing ethnic violence", "Renewed clan clashes"),
    not a community; nor is a prefixed one ("Post-election ethnic violence"), an acronym ("PM
    militias") or a hyphenated tie ("Shabaab-linked gunmen", "US-backed militias"; read elsewhere)."""
    if "-" in word:  # "US-backed militias", "Iranian-trained militias": a tie, not a community
        parts = word.lower().split("-")
        return parts[0] in DESCRIPTOR_PREFIXES or parts[-1].endswith(DESCRIPTOR_ENDINGS)
    # an acronym names an organisation ("PM militias", the Popular Mobilisation), not a community
    return word.lower().endswith(DESCRIPTOR_ENDINGS) or (len(word) > 1 and word.isupper())


def protest_role(data: RegistryData, folded: FoldedText, hit: Hit) -> str | None:
    """People (or protesters) doing a protest or riot word in their clause: protesters or rioters.

    ACLED codebook: a demonstration is by protesters (inter 6); once its people use violence, they are
    rioters (inter 5). So a riot word anywhere in the clause wins over a protest word; "were attacked"
    (a passive) makes the people the target, not rioters.
    """
    if hit.agent is None or hit.agent[0] not in PEOPLE_AGENTS:
        return None
    before = _WORD.findall(folded.folded[max(0, hit.start - 30) : hit.start])
    if before and before[-1] in ARMED_WORDS:
        return None  # "armed youths attacked a party meeting": armed men, not rioters
    if _object_of_harm(before):
        return None  # "the fighting killed at least 130 civilians ... and damaged hospitals": they suffered
    return clause_role(data, folded.original, folded.to_original(hit.end - 1) + 1, hit.agent[0])


def _object_of_harm(before: list[str]) -> bool:
    """The words before people end with a harm verb and then only their number: "killed at least 130",
    "injuring two"; not "scores injured after supporters clashed"."""
    for word in reversed(before[-4:]):
        if word in HARM_VERBS:
            return True
        if not _count_word(word):
            return False
    return False


def _count_word(word: str) -> bool:
    """A word of a number of people: a number ("130", "two", "dozens"), a word of its qualifier
    ("at least", "more than", "some") or the "of"/"the" between them ("dozens of the"); "dozen" counts
    as "a dozen" does."""
    if word in ("of", "the") or word in _qualifier_words():
        return True
    unit = number_value(f"a {word}")  # "a dozen" is 12; "a and" reads as one, no unit
    return number_value(word) is not None or (unit is not None and unit[0] > 1)


@cache
def _qualifier_words() -> frozenset[str]:
    """The words of the number qualifiers ("as many as", "at least", "more than"...)."""
    return frozenset(w for phrase in qualifier_prefixes() for w in phrase.split())


#: Past participles not ending in -ed or -en.
IRREGULAR_PARTICIPLES = frozenset({"shot", "hurt", "hit", "burnt", "cut", "held", "left", "found", "caught", "struck"})


#: Riot verbs that take an object: right after a noun and before a preposition, a headline's passive.
DONE_TO_VERBS = frozenset({"attacked", "assaulted", "beaten", "stoned", "torched", "lynched"})
#: Prepositions after such a verb that show it has no object: "attacked for", "attacked in".
HEADLINE_PREPOSITIONS = frozenset({"for", "in", "at", "during", "near", "on", "while", "after", "over", "outside"})


#: Words after a harm participle that show it has no object: "wounded when", "killed in".
PARTICIPLE_LINKS = frozenset({"when", "after", "as", "while", "during", "in", "at", "near", "by", "on"})


def _headline_harm(words: list[str], index: int) -> bool:
    """The words after people open with an adverb and a harm participle with no object, a headline's
    passive with its 'was' dropped: "(a nurse) critically wounded when ..." (not "(residents)
    brutally killed a thief", which is active)."""
    word = words[index]
    if word not in HARM_VERBS or not word.endswith("ed") or index == 0:
        return False
    after = words[index + 1] if index + 1 < len(words) else None
    return all(w.endswith("ly") for w in words[:index]) and (after is None or after in PARTICIPLE_LINKS)


def _participle(word: str) -> bool:
    return word.endswith(("ed", "en")) or word in IRREGULAR_PARTICIPLES


def clause_role(data: RegistryData, text: str, end: int, agent: str) -> str | None:
    """The role the protest/riot cues after ``end`` in its clause give to ``agent`` (or None)."""
    clause = re.split(r"[.;:!?]", text[end : end + 160], maxsplit=1)[0]
    words = _WORD.findall(fold(clause))[:PROTEST_WINDOW]
    found: str | None = None
    for index, word in enumerate(words):
        if word in ("strike", "strikes") and index > 0 and words[index - 1] in WEAPON_STRIKES:
            continue  # "an air strike", "a drone strike": no workers' strike
        if word not in data.protest_cues:
            if index == 1 and words[0] in PASSIVE_AUXILIARIES and _participle(word):
                return None  # "six people were killed ...": the people suffer, whatever follows
            if _headline_harm(words, index):
                return None  # "a nurse critically wounded when an air strike hit": a headline's dropped 'was'
            if index == 0 and word in DEATH_VERBS:
                return None  # "two people died after a mob ...": so do the dead
            continue
        if index > 0 and words[index - 1] in PASSIVE_AUXILIARIES and not word.endswith("ing"):
            return found
        if index + 1 < len(words) and words[index + 1] == "by" and _participle(word):
            return found  # a headline's passive: "Teacher attacked by raiders", "Voters beaten by youths"
        if index == 0 and word in DONE_TO_VERBS and index + 1 < len(words) and words[1] in HEADLINE_PREPOSITIONS:
            return found  # "Journalist attacked for taking photos", "Trader assaulted in the market"
        found = "RIO" if "RIO" in (found, data.protest_cues[word]) else data.protest_cues[word]
    if found == "PRT" and agent == "PRT":
        return None
    return found


#: A hedge between an armed noun and whom it is said to be: "gunmen believed to be (from) ...".
HEDGE_GAP = re.compile(
    r"(?:who (?:are|were) )?(?:believed|suspected|thought|said|reported|alleged) to ?(?:(?:be|have been)\b ?)?"
)
#: Gaps that tie an armed noun to the group it belongs to, as "of" does: "gunmen believed to belong to
#: IS", "militants affiliated with al-Shabaab", "armed men believed to be members of Al-Shabaab".
MEMBER_GAP = re.compile(
    r"(?:belong(?:s|ed|ing)? to|affiliated (?:with|to)|linked to|loyal to|(?:an? )?members? of|part of)"
    r"(?P<the> the)?"
)


def gap_link(folded: FoldedText, left: Hit, right: Hit) -> str:
    """The gap between an agent noun and the name after it, with a hedge taken off and a tie of
    membership read as "of": "believed to be from" is "from", "linked to the" is "of the", and
    "believed to be" alone is "of" ("an armed group believed to be Al Shabaab")."""
    gap = gap_text(folded, left, right).lower()
    hedge = HEDGE_GAP.match(gap)
    rest = gap[hedge.end() :] if hedge else gap
    if hedge and not rest:
        return "of"
    if member := MEMBER_GAP.fullmatch(rest):
        return "of the" if member.group("the") else "of"
    return rest if hedge else gap


def gap_text(folded: FoldedText, left: Hit, right: Hit) -> str:
    """The original text between two hits, stripped: '' for "Syrian rebels", "of" for "forces of Kenya";
    '' also for "U.S. forces", whose abbreviation's last dot the left hit leaves out."""
    end = folded.to_original(left.end - 1) + 1
    gap = folded.original[end : folded.to_original(right.start)]
    if gap.startswith(".") and "." in folded.original[folded.to_original(left.start) : end]:
        gap = gap[1:]
    return "\n" if "\n" in gap else gap.strip()


def forces_of_the_second(
    data: RegistryData,
    folded: FoldedText,
    hits: list[Hit],
    index: int,
    article_country: str | None,
    when: date | None,
) -> ActorMention | None:
    """ "military forces of India and Pakistan exchanged fire": the force noun is each country's."""
    if index + 2 >= len(hits):
        return None
    force, first, second = hits[index], hits[index + 1], hits[index + 2]
    if force.agent is None or force.agent[0] not in STATE_ROLES or first.country is None or first.actor is not None:
        return None
    if gap_text(folded, force, first) not in OF_GAPS or gap_text(folded, first, second) not in ("and", "and the"):
        return None
    if second.country is None or second.actor is not None or second.agent is not None:
        return None
    after = hits[index + 3] if index + 3 < len(hits) else None
    if after is not None and after.agent is not None and gap_text(folded, second, after) in ADJACENT_GAPS:
        return None  # "forces of India and Pakistani troops": the second names its own force
    span = (second.start, second.end)
    return composed_mention(data, folded, span, second.country, force.agent[0], when, "composed", article_country)
