"""From automaton hits to actor mentions: named aliases, composition, metonymy and coreference."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from typing import TYPE_CHECKING

from frontlines.actors.acronyms import with_defined_acronyms
from frontlines.actors.compose import (
    ADJACENT_GAPS,
    OF_GAPS,
    STATE_ROLES,
    clause_role,
    community,
    composed_mention,
    forces_of_the_second,
    gap_link,
    gap_text,
    is_abroad,
    led_by_a_bare_noun,
    make_mention,
    names_a_community,
    protest_role,
    render,
)
from frontlines.actors.coref import resolve_coreference
from frontlines.actors.data import ActorEntry, RegistryData
from frontlines.actors.naming import SOURCE_KINDS, role_for_code
from frontlines.actors.normalize import FoldedText, fold
from frontlines.actors.pastoral import BANDITS, COMMUNITY_YOUTH, PASTORAL_PEOPLE, communal_stakes
from frontlines.actors.place_names import community_place, names_a_site

if TYPE_CHECKING:
    from frontlines.actors.registry import ActorMention, ActorRegistry, Hit

#: A hyphen and a backer's noun after a group's word: "Rebel-backer Washington", "rebel-backers".
_BACKER_AFTER = re.compile(r"[-–](?:backer|backers|sponsor|sponsors)\b", re.IGNORECASE)
#: Words between a place and its verb that keep "Damascus on Monday said" metonymic.
METONYMY_FILLERS = frozenset(
    {
        "has",
        "have",
        "had",
        "is",
        "was",
        "will",
        "would",
        "also",
        "again",
        "on",
        "today",
        "yesterday",
        "then",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "officially",
        "publicly",
        "strongly",
        "quickly",
        "later",
        "earlier",
        "however",
        "repeatedly",
        "not",
    }
)
#: Locative prepositions: a place after one is where something happens, never a government stand-in
#: ("students in Nairobi protested", "residents near Kismayo said").
LOCATIVE_BEFORE = frozenset(
    {"in", "at", "near", "across", "around", "outside", "inside", "within", "throughout", "into", "through"}
    | {"from", "to", "towards", "toward", "outskirts", "nearby", "along", "beyond"}
)
#: Direction words that may stand between a locative preposition and its place ("in central Kabul").
DIRECTION_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "downtown"}
    | {"northeastern", "northwestern", "southeastern", "southwestern", "the", "greater", "rural", "suburban"}
)
#: Most filler words looked through between a metonym and its verb.
METONYMY_WINDOW = 4
#: Actor kinds named by ACLED's state templates ("Military Forces of Syria (2000-2024)").
STATE_KINDS = frozenset({"state", "government"})
#: People who, followed by a reporting verb, are witnesses (sources): residents, activists, civilians.
WITNESS_AGENTS = frozenset({"CVL", "PRT"})
#: Verbs that make people sources ("residents said"); a subset of what makes a capital metonymic.
REPORTING_VERBS = frozenset({"said", "says", "say", "told", "reported", "report", "reports", "added", "described"})
#: Kinds whose "forces" or "police" are their state's: leaders and governments.
LEADER_KINDS = frozenset({"person", "government"})
#: Agent roles of armed groups: "fighters of X" are X.
ARMED_ROLES = frozenset({"REB", "INS", "UAF"})
#: Unnamed armed people who, after a community's name, are that community's militia.
COMMUNITY_ARMED_AGENTS = frozenset({"UAF"})
COMMUNITY_MILITIA = "IDM"
#: Agent roles a named actor does not absorb ("Hamas supporters" are not Hamas).
PEOPLE_ROLES = frozenset({"CVL", "PRT", "RIO"})
#: Tie relation naming the actor another is coded as from a date (ties.tsv).
CODED_AS = "coded as"
#: Agent use of an attack noun ("airstrikes", "shelling") that names its owner's forces after a country word.
WEAPON = "weapon"
#: Tie relation naming a country an external force fights in ("the Saudi-led coalition" in Yemen).
ACTIVE_IN = "active in"
#: Words that may stand before a bare "forces" that is still the article country's ("the forces",
#: "by forces"); any other word before it (a name, "opposition", "Kurdish") says whose forces they are.
UNMODIFIED_BEFORE = frozenset(
    {"", "the", "by", "of", "with", "and", "between", "against", "on", "at", "from", "to", "its", "their", "joint"}
)
#: Words after "forces" that name their owner next ("forces loyal to Haftar", "forces backed by Turkey").
OWNER_CUES = frozenset({"loyal", "affiliated", "allied", "aligned", "backed", "linked", "belonging", "under"})
#: Gaps that make the next community name the people an armed noun comes from: "militias from the Hawadle".
FROM_GAPS = frozenset({"from", "from the"})
_WORD = re.compile(r"[a-z0-9]+")
#: Registry kind of a community (communities.tsv): its armed men are an identity militia (inter 4).
COMMUNITY = "community"
#: Agent roles that, after a community's name, are its militia: "Pokot raiders", "Garre clansmen",
#: "Degodia clan", "Turkana gunmen". Any other agent noun after it is someone else ("Turkana fishermen",
#: "Kisii police").
COMMUNITY_AGENTS = frozenset({"IDR", "IDM", "CLM", "COM", "ETH", "UAF", "REB", "INS"})


def country_code(data: RegistryData, value: str | None) -> str | None:
    """ISO3 for an ISO3 code, an ISO2 code, a country name or a demonym; None if unknown."""
    if not value:
        return None
    raw = value.strip()
    if raw.upper() in data.countries:
        return raw.upper()
    return data.country_names.get(fold(raw))


def code_at(entry: ActorEntry, when: date | None) -> str:
    """The entry's CAMEO code valid at ``when`` (date-bounded codes), else its main code."""
    day = when.isoformat() if when else ""
    for code, start, end in entry.codes:
        if day and (not start or start <= day) and (not end or day <= end):
            return code
    return entry.codes[-1][0] if entry.codes and not entry.cameo else entry.cameo


def named_mention(
    registry: ActorRegistry,
    folded: FoldedText,
    hit: Hit,
    article_country: str | None,
    when: date | None,
    end: int | None = None,
) -> ActorMention:
    """A mention of a registry actor, its name and inter resolved for the event date and country."""
    data = registry.data
    entry = coded_as(data, data.actors[hit.actor or ""], when)
    cameo = code_at(entry, when)
    inter = entry.inter if entry.kind != "person" else role_for_code(cameo).inter
    if inter == 1 and is_abroad(data, entry.country, article_country):
        inter = 8  # state forces active outside their own country: ACLED external/other forces
    name = render(data, _name_template(data, entry), entry.country, when)
    kind = "source" if entry.kind in SOURCE_KINDS else "named"
    surface = folded.folded[hit.start : end or hit.end]
    return make_mention(
        folded,
        hit.start,
        end or hit.end,
        entry.id,
        name,
        inter,
        entry.country or None,
        cameo,
        kind,
        tie_labels(data, entry, when),
        f"alias:{surface}",
        entry.kind,
    )


def coded_as(data: RegistryData, entry: ActorEntry, when: date | None) -> ActorEntry:
    """The actor an entry is coded as at ``when`` ("coded as" ties): the Houthis as Yemen's SPC forces from 2016."""
    day = (when or date.today()).isoformat()
    for tie in entry.ties:
        if tie.relation == CODED_AS and (not tie.start or tie.start <= day) and (not tie.end or day <= tie.end):
            return data.actors.get(tie.other, entry)
    return entry


def _name_template(data: RegistryData, entry: ActorEntry) -> str:
    """A state institution from Phoenix ("Assad Forces", SYRMIL) takes ACLED's state-force name."""
    role = entry.cameo[3:6]
    from_phoenix = entry.source.startswith("phoenix")
    if entry.kind in STATE_KINDS and entry.country and from_phoenix and "{" not in entry.name and role in data.compose:
        return data.compose[role][2]
    return entry.name


def tie_labels(data: RegistryData, entry: ActorEntry, when: date | None) -> list[str]:
    labels = []
    for tie in entry.ties:
        if tie.relation in (CODED_AS, ACTIVE_IN):
            continue
        day = when.isoformat() if when else ""
        if day and ((tie.start and day < tie.start) or (tie.end and day > tie.end)):
            continue
        other = data.actors.get(tie.other)
        label = other.name if other else (data.countries[tie.other].name if tie.other in data.countries else tie.other)
        labels.append(f"{tie.relation} {label}")
    return labels


def is_metonymic(text: str, start: int, end: int, verbs: frozenset[str] | None = None) -> bool:
    """True when the place name at text[start:end] is the subject of a reporting or political verb."""
    if verbs is None:
        from frontlines.actors.registry import load_registry

        verbs = load_registry().data.metonymy_verbs
    if not text[start:end][:1].isupper():
        return False
    before = fold(text[max(0, start - 20) : start]).split()
    if before[-2:] == ["according", "to"]:
        return True
    while before and before[-1] in DIRECTION_WORDS:
        before.pop()
    if before and before[-1] in LOCATIVE_BEFORE:
        return False  # "students in Nairobi protested": the place is where, the students act
    if before and before[-1] == "of":
        return False  # "the University of Nairobi protested", "the people of Kisumu said": another subject
    be = False
    for word in _WORD.findall(fold(text[end : end + 80]))[:METONYMY_WINDOW]:
        if word in verbs:
            return not be or word.endswith("ing")  # "Ankara is seeking", not "Kabul was planned"
        if word not in METONYMY_FILLERS:
            return False
        be = be or word in ("is", "was")
    return False


def resolve_mentions(
    registry: ActorRegistry, text: str, article_country: str | None, when: date | None
) -> list[ActorMention]:
    """Every actor mention in ``text``: named, composed, bare agents, metonyms, then coreference."""
    data = registry.data
    folded = FoldedText(text)
    hits = [_pick_candidate(data, hit, article_country) for hit in registry.hits(folded)]
    hits = with_defined_acronyms(folded, hits)
    mentions: list[ActorMention] = []
    consumed = -1
    for index, hit in enumerate(hits):
        if hit.start < consumed:
            continue
        following = hits[index + 1] if index + 1 < len(hits) else None
        if _BACKER_AFTER.match(folded.original, folded.to_original(hit.end - 1) + 1):
            continue  # "Rebel-backer Washington": who backs the rebels, not the rebels
        mention, end = _mention_for(registry, folded, hit, following, article_country, when)
        if mention is not None and index + 2 < len(hits):
            mention, end = _with_owner_noun(folded, mention, end, following, hits[index + 2])
        if mention is not None and not _repeats(folded.original, mentions, mention):
            mentions.append(mention)
            consumed = end
            second = forces_of_the_second(data, folded, hits, index, article_country, when)
            if second is not None:
                mentions.append(second)
                consumed = max(consumed, hits[index + 2].end)
    named = {h.country for h in hits if h.country and not h.capital} | {article_country}
    mentions = [m for m in mentions if not m.rule.startswith("metonym:capital") or m.country in named]
    return resolve_coreference(data, folded, hits, mentions)


def _with_owner_noun(
    folded: FoldedText, mention: ActorMention, end: int, owner: Hit | None, noun: Hit
) -> tuple[ActorMention, int]:
    """ "Soldiers of the Syrian army", "forces of the Malian regime": the force noun after the owner's
    country word is part of the owner's name, not a mention of its own (which would be the article
    country's forces)."""
    if (
        owner is None
        or end != owner.end
        or owner.country is None
        or owner.actor is not None
        or noun.agent is None
        or noun.actor is not None
        or noun.country is not None
        or noun.agent[0] not in STATE_ROLES | ARMED_ROLES
        or gap_text(folded, owner, noun) not in ADJACENT_GAPS
        or not mention.rule.startswith("compose:")
    ):
        return mention, end
    mention.end = folded.to_original(noun.end - 1) + 1
    mention.text = folded.original[mention.start : mention.end]
    return mention, noun.end


def _pick_candidate(data: RegistryData, hit: Hit, article_country: str | None) -> Hit:
    """An alias shared by actors of several countries ("SNA", "NAF") means the article country's one;
    one shared by external forces ("coalition warplanes") the force active in the article's country,
    and none where no candidate fights there."""
    if hit.actor is None or "|" not in hit.actor:
        return hit
    candidates = hit.actor.split("|")
    home = [c for c in candidates if data.actors[c].country == article_country or _active_in(data, c, article_country)]
    unbound = [c for c in candidates if not any(t.relation == ACTIVE_IN for t in data.actors[c].ties)]
    chosen = (home or unbound)[:1]
    return dataclasses.replace(hit, actor=chosen[0] if chosen else None)


def _active_in(data: RegistryData, actor_id: str, country: str | None) -> bool:
    return any(t.relation == ACTIVE_IN and t.other == country for t in data.actors[actor_id].ties)


def _dateline_word(folded: FoldedText, hit: Hit) -> bool:
    """The hit is written in capitals in mixed-case text, as a dateline is ("BEIRUT Air strikes ...",
    "NAIROBI, Kenya (AP) -"): the next word is not in capitals too, as in a headline set in capitals."""
    word = folded.cased[hit.start : hit.end]
    if len(word) < 3 or not word.isupper():
        return False
    after = folded.cased[hit.end : hit.end + 30].split()
    following = next((w for w in after if any(c.isalpha() for c in w)), "")
    return not following.isupper()


def _mention_for(
    registry: ActorRegistry,
    folded: FoldedText,
    hit: Hit,
    following: Hit | None,
    article_country: str | None,
    when: date | None,
) -> tuple[ActorMention | None, int]:
    """The mention a hit starts (with the hit after it, where they compose) and its folded end."""
    data = registry.data
    if hit.capital and hit.actor is None and _dateline_word(folded, hit):
        return None, hit.end  # "BEIRUT Air strikes on a market ...": where the report was filed
    if hit.actor is not None and data.actors[hit.actor].kind == COMMUNITY:
        return _community_mention(registry, folded, hit, following, article_country, when)
    if hit.actor is not None and data.actors[hit.actor].kind == "person" and names_a_site(folded, hit):
        return None, hit.end  # "Nelson Mandela Bay", "Raila Odinga Street": a place named after a person
    if following is not None and following.agent is not None and following.agent[1] == WEAPON:
        if gap_text(folded, hit, following) in ADJACENT_GAPS and hit.actor is None and hit.country is not None:
            # "Israeli airstrikes", "Saudi shelling": the country's forces, named by the country word alone
            # (the attack noun stays the event's word)
            mention = composed_mention(
                data, folded, (hit.start, hit.end), hit.country, following.agent[0], when, "composed", article_country
            )
            return mention, hit.end
        state = hit.actor is None and hit.agent is not None and hit.agent[0] == "GOV"
        if state and gap_text(folded, hit, following) in ADJACENT_GAPS:
            # "government airstrikes", "regime shelling": the article country's forces
            span, agent = (hit.start, hit.end), following.agent[0]
            mention = composed_mention(data, folded, span, article_country, agent, when, "composed", article_country)
            return mention, hit.end
    elif following is not None and following.agent is not None and following.agent[1] != "drop":
        joined = gap_text(folded, hit, following) in ADJACENT_GAPS
        entry = data.actors[hit.actor] if joined and hit.actor is not None else None
        if entry is not None and entry.kind in SOURCE_KINDS and following.agent[0] in STATE_ROLES:
            return None, hit.end  # "an AP police officer": no outlet's police (Kenya's Administration Police)
        if entry is not None and entry.kind in LEADER_KINDS and entry.country and following.agent[0] in STATE_ROLES:
            span = (hit.start, following.end)  # "Assad's forces": the forces of the leader's state
            agent = following.agent[0]
            return composed_mention(data, folded, span, entry.country, agent, when, "composed", article_country), span[
                1
            ]
        if entry is not None and following.agent[0] not in PEOPLE_ROLES:
            return named_mention(registry, folded, hit, article_country, when, following.end), following.end
        if joined and hit.actor is not None:
            crowd = _crowd_of(data, folded, hit, following, article_country, when)
            if crowd is not None:
                return crowd, following.end
        if joined and hit.actor is None and hit.country is None and _is_the_state(hit, following):
            span = (hit.start, following.end)  # "the regime's air force", "government troops"
            agent = following.agent[0]
            return composed_mention(
                data, folded, span, article_country, agent, when, "composed", article_country
            ), span[1]
        if joined and hit.actor is None and hit.country is not None:
            span = (hit.start, following.end)
            agent = following.agent[0]
            return composed_mention(data, folded, span, hit.country, agent, when, "composed", article_country), span[1]
    if hit.actor is not None:
        return named_mention(registry, folded, hit, article_country, when), hit.end
    if hit.country is not None:
        return _metonym(data, folded, hit, article_country, when), hit.end
    if hit.agent is None:
        return None, hit.end
    link = gap_link(folded, hit, following) if following is not None else None
    of_whom = following if link in OF_GAPS else None
    from_whom = following if link in OF_GAPS | FROM_GAPS else None
    if (
        from_whom is not None
        and from_whom.actor is not None
        and data.actors[from_whom.actor].kind == COMMUNITY
        and hit.agent[0] in COMMUNITY_AGENTS
    ):
        # "militias from the Hawadle clan", "gunmen of the Pokot community": the community's militia
        mention = _community_named(registry, folded, from_whom, None, article_country, when)
        mention.start = folded.to_original(hit.start)
        mention.text = folded.original[mention.start : mention.end]
        return mention, from_whom.end
    if of_whom is not None and of_whom.actor is None and of_whom.country is not None:
        span = (hit.start, of_whom.end)  # "military forces of Azerbaijan"
        agent = hit.agent[0]
        return composed_mention(data, folded, span, of_whom.country, agent, when, "composed", article_country), span[1]
    if of_whom is not None and of_whom.actor is not None and hit.agent[0] in STATE_ROLES | ARMED_ROLES:
        return _forces_of(registry, folded, hit, of_whom, article_country, when), of_whom.end
    if (
        hit.agent[1] == "bare"
        or (hit.agent[1] == "head" and article_country is not None and _unmodified(folded, hit))
        or names_a_community(data, folded, hit)
        or led_by_a_bare_noun(data, folded, hit)
    ):
        agent = protest_role(data, folded, hit) or hit.agent[0]
        span = (hit.start, hit.end)
        if agent in COMMUNITY_ARMED_AGENTS and community(data, folded, span)[0]:
            agent = COMMUNITY_MILITIA  # "Turkana attackers", "Pokot bandits": an identity militia (ACLED inter 4)
        noun = folded.folded[hit.start : hit.end].split()[-1:]
        if agent == "UAF" and noun and noun[0] in BANDITS and communal_stakes(folded, hit):
            agent = "IDR"  # "bandits stole 300 cattle": raiders of a pastoral community
        kind = "source" if _witnesses(data, folded, hit) else "agent"
        mention = composed_mention(data, folded, span, article_country, agent, when, kind, article_country)
        if mention is not None and noun and noun[0] in PASTORAL_PEOPLE:
            mention.rule += "+community"  # herders: a side where they act, civilians where they suffer
            mention.category = COMMUNITY  # typed as their community's people, not as armed men
        return mention, hit.end
    return None, hit.end


def _community_mention(
    registry: ActorRegistry,
    folded: FoldedText,
    hit: Hit,
    following: Hit | None,
    article_country: str | None,
    when: date | None,
) -> tuple[ActorMention | None, int]:
    """A community's name: its militia ("Pokot raiders", "the Degodia attacked"), unless it names a place
    ("Lake Turkana", "Samburu County", "in Pokot") or qualifies other people ("Turkana fishermen")."""
    if community_place(folded, hit):
        return None, hit.end
    end = None
    if following is not None and following.agent is not None and gap_text(folded, hit, following) in ADJACENT_GAPS:
        noun = folded.folded[following.start : following.end].split()[-1:]
        youth = noun and noun[0] in COMMUNITY_YOUTH
        if not youth and (following.agent[0] not in COMMUNITY_AGENTS or following.agent[1] == "drop"):
            return None, hit.end
        end = following.end
    clan = (
        following is not None and end == following.end and following.agent is not None and following.agent[0] == "CLM"
    )
    mention = _community_named(registry, folded, hit, end, article_country, when, clan)
    noun = folded.folded[following.start : following.end].split()[-1:] if end is not None and following else []
    if end is None or (noun and noun[0] in PASTORAL_PEOPLE | COMMUNITY_YOUTH):
        # the name alone, or its herders ("Turkana herdsmen"): a side where it acts, civilians where it suffers
        mention.rule += "+community"
    return mention, end or hit.end


def _community_named(
    registry: ActorRegistry,
    folded: FoldedText,
    hit: Hit,
    end: int | None,
    article_country: str | None,
    when: date | None,
    clan: bool = False,
) -> ActorMention:
    """The militia of the community ``hit`` names, in the article's country where the community lives there."""
    mention = named_mention(registry, folded, hit, article_country, when, end)
    data = registry.data
    group, countries = data.communities.get(hit.actor or "", ("", ()))
    template = data.actors[hit.actor or ""].name
    if clan:
        template = data.compose["CLM"][2].replace("{group}", group)  # "Garre clansmen": the noun says clan
    iso3 = article_country if article_country in countries else mention.country
    mention.name, mention.country = render(data, template, iso3, when), iso3
    return mention


def _forces_of(
    registry: ActorRegistry, folded: FoldedText, hit: Hit, owner: Hit, article_country: str | None, when: date | None
) -> ActorMention | None:
    """ "forces of Khalifa Haftar", "fighters of the Houthi movement": the owner's forces are the owner."""
    data = registry.data
    entry = data.actors[owner.actor or ""]
    span = (hit.start, owner.end)
    if entry.kind in LEADER_KINDS and entry.country and hit.agent and hit.agent[0] in STATE_ROLES:
        return composed_mention(data, folded, span, entry.country, hit.agent[0], when, "composed", article_country)
    mention = named_mention(registry, folded, owner, article_country, when)
    mention.start, mention.text = (
        folded.to_original(hit.start),
        folded.original[folded.to_original(hit.start) : mention.end],
    )
    return mention


def _is_the_state(hit: Hit, following: Hit) -> bool:
    """ "the regime's air force", "government troops": a state word, then a state agent noun."""
    return bool(hit.agent and hit.agent[0] == "GOV" and following.agent and following.agent[0] in STATE_ROLES - {"GOV"})


def _unmodified(folded: FoldedText, hit: Hit) -> bool:
    """ "the forces", "by forces": nothing but a function word before the noun says whose forces they
    are, and no capitalised word or hyphen after it makes it part of a name or of another word."""
    before = folded.folded[max(0, hit.start - 30) : hit.start].split()
    after = folded.folded[hit.end : hit.end + 30].split()
    at = folded.to_original(hit.end - 1) + 1
    rest = folded.original[at : at + 40]  # the next word is all that is read, not the rest of the text
    following = rest.split(maxsplit=1)
    if (following and following[0][:1].isupper()) or rest.startswith("-"):
        return False  # "the Military Medical headquarters", "regime-held areas": part of a name or a word
    last = before[-1] if before else ""
    following_word = after[0] if after else ""
    if (last[-1:] in (",", ";", ":", "(") or last.rstrip(",;:").isdigit()) and following_word not in ("from", "of"):
        # "On 9 May 2020, regime and allied forces looted": a clause opens before the noun (not "forces
        # from the Southern Resistance Brigade", whose owner follows)
        last = ""
    return last in UNMODIFIED_BEFORE and following_word not in OWNER_CUES


def _witnesses(data: RegistryData, folded: FoldedText, hit: Hit) -> bool:
    """ "residents said", "activists reported": people who tell of an event are its sources, not its parties."""
    if hit.agent is None or hit.agent[0] not in WITNESS_AGENTS:
        return False
    end = folded.to_original(hit.end - 1) + 1
    for word in _WORD.findall(fold(folded.original[end : end + 60]))[:METONYMY_WINDOW]:
        if word in REPORTING_VERBS:
            return True
        if word not in METONYMY_FILLERS:
            return False
    return False


def _crowd_of(
    data: RegistryData,
    folded: FoldedText,
    hit: Hit,
    following: Hit,
    article_country: str | None,
    when: date | None,
) -> ActorMention | None:
    """ "NASA supporters rioted": rioters (or protesters) associated with the named actor (ACLED codebook)."""
    end = folded.to_original(following.end - 1) + 1
    role = clause_role(data, folded.original, end, "CVL")
    if role is None:
        return None
    span = (hit.start, following.end)
    mention = composed_mention(data, folded, span, article_country, role, when, "composed", article_country)
    if mention is not None:
        mention.ties = [f"associated with {data.actors[hit.actor or ''].name}"]
        mention.rule += f"+assoc:{hit.actor}"
    return mention


def _metonym(
    data: RegistryData, folded: FoldedText, hit: Hit, article_country: str | None, when: date | None
) -> ActorMention | None:
    """A capital or country name that acts ("Damascus said") is its government.

    A capital counts only where its country is the article's or is named in the text, so that
    "Victoria said" in a Kenyan story stays a person, not the Seychelles.
    """
    first, last = folded.to_original(hit.start), folded.to_original(hit.end - 1) + 1
    if hit.country is None or not is_metonymic(folded.original, first, last, data.metonymy_verbs):
        return None
    span = (hit.start, hit.end)
    mention = composed_mention(data, folded, span, hit.country, "GOV", when, "metonym", article_country)
    if mention is not None:
        mention.rule = f"metonym:{'capital' if hit.capital else 'country'}:{hit.country}"
    return mention


def _repeats(text: str, mentions: list[ActorMention], mention: ActorMention) -> bool:
    """A bare agent naming the same actor as the one before it in the clause ("residents held a protest"),
    or one that overlaps it ("militias of the Hawadle clan": "Hawadle clan" again)."""
    if mentions and mention.start < mentions[-1].end:
        return True
    if mention.kind != "agent" or not mentions or (mentions[-1].name, mentions[-1].kind) != (mention.name, "agent"):
        return False
    if mentions[-1].category != mention.category:
        return False  # "herders were killed by bandits who stole goats": the herders' people, then raiders
    return not any(mark in text[mentions[-1].end : mention.start] for mark in ".;!?\n")


def search(
    registry: ActorRegistry, name: str, limit: int, when: date | None = None
) -> list[tuple[ActorEntry, float, str]]:
    """Candidates for ``name`` with a score and the reason, best first; names resolved for ``when``."""
    data = registry.data
    query = name.strip()
    results: list[tuple[ActorEntry, float, str]] = []
    for mention in registry.find(query, event_date=when):
        if mention.start == 0 and mention.end == len(query):
            entry = data.actors.get(mention.actor_id or "") or ActorEntry(
                mention.actor_id or "",
                mention.name,
                mention.inter,
                mention.country or "",
                mention.cameo or "",
                mention.category,
            )
            entry = entry._replace(name=mention.name, inter=mention.inter)
            results.append((entry, 1.0, f"{mention.kind} ({mention.rule}) -> {mention.name}"))
    if results:
        return results
    from rapidfuzz import fuzz, process

    choices = {fold(alias): actor_id for alias, actor_id in data.alias_pairs()}
    seen: set[str] = set()
    for alias, score, _ in process.extract(fold(query), list(choices), scorer=fuzz.WRatio, limit=limit * 4):
        if choices[alias] not in seen and len(seen) < limit:
            seen.add(choices[alias])
            entry = data.actors[choices[alias]]
            entry = entry._replace(name=render(data, _name_template(data, entry), entry.country, when))
            results.append((entry, round(score / 100, 3), f"fuzzy alias '{alias}'"))
    return results
