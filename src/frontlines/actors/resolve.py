"""From automaton hits to actor mentions: named aliases, composition, metonymy and coreference."""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from frontlines.actors.data import ActorEntry, RegistryData
from frontlines.actors.naming import SOURCE_KINDS, role_for_code
from frontlines.actors.normalize import FoldedText, fold

if TYPE_CHECKING:
    from frontlines.actors.registry import ActorMention, ActorRegistry, Hit

#: Words between a place and its verb that keep "Damascus on Monday said" metonymic.
METONYMY_FILLERS = frozenset(
    {
        "has",
        "have",
        "had",
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
    }
)
#: Most filler words looked through between a metonym and its verb.
METONYMY_WINDOW = 4
#: Most words between "the" and a coreference head ("the Hamas loyalist group").
COREF_MODIFIERS = 3
#: Characters within which a patron named after its client ("X, loyal to Hamas") yields to the client.
PATRON_WINDOW = 120
#: Words after a group of people searched for a protest or riot cue ("residents held a protest").
PROTEST_WINDOW = 12
#: "residents were attacked": the people suffer the act, they do not riot.
PASSIVE_AUXILIARIES = frozenset({"was", "were", "been", "being", "be", "is", "are", "get", "got"})
#: Agent roles that turn into protesters or rioters next to a cue (protesters stay protesters).
PEOPLE_AGENTS = frozenset({"CVL"})
_WORD = re.compile(r"[a-z0-9]+")


def country_code(data: RegistryData, value: str | None) -> str | None:
    """ISO3 for an ISO3 code, an ISO2 code, a country name or a demonym; None if unknown."""
    if not value:
        return None
    raw = value.strip()
    if raw.upper() in data.countries:
        return raw.upper()
    wanted = fold(raw)
    for country in data.countries.values():
        if raw.upper() == country.iso2 or wanted in (fold(n) for n in (country.name, *country.aliases)):
            return country.iso3
    return None


def period_label(data: RegistryData, iso3: str, when: date | None) -> str:
    """ACLED period of the regime in power in ``iso3`` at ``when`` (today if None), or ''."""
    regimes = data.regimes.get(iso3, [])
    when = when or date.today()
    for regime in regimes:
        if regime.start <= when and (regime.end is None or when < regime.end):
            return regime.label()
    earlier = [r for r in regimes if r.start <= when]
    return earlier[-1].label() if earlier else ""


def render(data: RegistryData, template: str, iso3: str, when: date | None) -> str:
    """Fill ``{country}`` and ``{period}`` in an actor name template."""
    country = data.countries[iso3].name if iso3 in data.countries else iso3
    return " ".join(template.format(country=country, period=period_label(data, iso3, when)).split())


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
    entry = data.actors[hit.actor or ""]
    cameo = code_at(entry, when)
    inter = entry.inter if entry.kind != "person" else role_for_code(cameo).inter
    if inter == 1 and article_country and entry.country and entry.country != article_country:
        inter = 8  # state forces active outside their own country: ACLED external/other forces
    name = render(data, entry.name, entry.country, when) if "{" in entry.name else entry.name
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


def tie_labels(data: RegistryData, entry: ActorEntry, when: date | None) -> list[str]:
    labels = []
    for tie in entry.ties:
        day = when.isoformat() if when else ""
        if day and ((tie.start and day < tie.start) or (tie.end and day > tie.end)):
            continue
        other = data.actors.get(tie.other)
        label = other.name if other else (data.countries[tie.other].name if tie.other in data.countries else tie.other)
        labels.append(f"{tie.relation} {label}")
    return labels


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
    from frontlines.actors.registry import ActorMention

    first, last = folded.to_original(start), folded.to_original(end - 1) + 1
    return ActorMention(
        first,
        last,
        folded.original[first:last],
        actor_id,
        name,
        inter,
        country,
        cameo or None,
        kind,
        ties,
        rule,
        category,
    )  # type: ignore[arg-type]


def composed_mention(
    data: RegistryData,
    folded: FoldedText,
    start: int,
    end: int,
    iso3: str | None,
    agent: str,
    when: date | None,
    kind: str,
    article_country: str | None,
) -> ActorMention | None:
    """Country + agent role -> an ACLED-style generic actor: "Rebels (Syria)", "Police Forces of Kenya"."""
    if agent not in data.compose:
        return None
    inter, category, template = data.compose[agent]
    if iso3 is None:
        name = " ".join(template.replace("({country})", "").replace("of {country}", "").replace("{period}", "").split())
    else:
        name = render(data, template, iso3, when)
    if inter == 1 and article_country and iso3 and iso3 != article_country:
        inter = 8
    cameo = f"{iso3 or ''}{agent}"
    return make_mention(
        folded,
        start,
        end,
        f"compose:{iso3 or ''}:{agent}",
        name,
        inter,
        iso3,
        cameo,
        kind,
        [],
        f"compose:{iso3 or '?'}+{agent}",
        category,
    )


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
    for word in _WORD.findall(fold(text[end : end + 80]))[:METONYMY_WINDOW]:
        if word in verbs:
            return True
        if word not in METONYMY_FILLERS:
            return False
    return False


def resolve_mentions(
    registry: ActorRegistry, text: str, article_country: str | None, when: date | None
) -> list[ActorMention]:
    """Every actor mention in ``text``: named, composed, bare agents, metonyms, then coreference."""
    data = registry.data
    folded = FoldedText(text)
    hits = registry.hits(folded)
    mentions: list[ActorMention] = []
    consumed = -1
    for index, hit in enumerate(hits):
        if hit.start < consumed:
            continue
        following = hits[index + 1] if index + 1 < len(hits) else None
        joined = following is not None and following.agent is not None and _adjacent(folded, hit, following)
        if hit.actor is not None:
            end = following.end if joined and following.agent[0] not in {"CVL", "PRT", "RIO"} else None  # type: ignore[union-attr]
            mentions.append(named_mention(registry, folded, hit, article_country, when, end))
            consumed = end or hit.end
        elif hit.country is not None and joined and following.agent[1] != "drop":  # type: ignore[union-attr]
            mention = composed_mention(
                data,
                folded,
                hit.start,
                following.end,
                hit.country,  # type: ignore[union-attr]
                following.agent[0],
                when,
                "composed",
                article_country,
            )  # type: ignore[union-attr]
            if mention is not None:
                mentions.append(mention)
                consumed = following.end  # type: ignore[union-attr]
        elif hit.country is not None:
            first, last = folded.to_original(hit.start), folded.to_original(hit.end - 1) + 1
            if is_metonymic(text, first, last, data.metonymy_verbs):
                mention = composed_mention(
                    data, folded, hit.start, hit.end, hit.country, "GOV", when, "metonym", article_country
                )
                if mention is not None:
                    mention.rule = f"metonym:{'capital' if hit.capital else 'country'}:{hit.country}"
                    mentions.append(mention)
        elif hit.agent is not None and hit.agent[1] == "bare":
            mention = composed_mention(
                data,
                folded,
                hit.start,
                hit.end,
                article_country,
                _protest_role(data, folded, hit) or hit.agent[0],
                when,
                "agent",
                article_country,
            )
            if mention is not None:
                mentions.append(mention)
    return resolve_coreference(data, folded, hits, mentions)


def _protest_role(data: RegistryData, folded: FoldedText, hit: Hit) -> str | None:
    """People followed closely by a protest or riot word are protesters or rioters (ACLED inter 6/5)."""
    if hit.agent is None or hit.agent[0] not in PEOPLE_AGENTS:
        return None
    end = folded.to_original(hit.end - 1) + 1
    clause = re.split(r"[.;:!?]", folded.original[end : end + 80], maxsplit=1)[0]
    words = _WORD.findall(fold(clause))[:PROTEST_WINDOW]
    for index, word in enumerate(words):
        if word in data.protest_cues:
            passive = index > 0 and words[index - 1] in PASSIVE_AUXILIARIES
            return None if passive else data.protest_cues[word]
    return None


def _adjacent(folded: FoldedText, left: Hit, right: Hit) -> bool:
    """Only a space, hyphen or possessive 's between two hits ("Syrian rebels", "Syria's army")."""
    gap = folded.original[folded.to_original(left.end - 1) + 1 : folded.to_original(right.start)]
    return gap.strip() in {"", "-", "'s", "’s"} and "\n" not in gap


def resolve_coreference(
    data: RegistryData, folded: FoldedText, hits: list[Hit], mentions: list[ActorMention]
) -> list[ActorMention]:
    """ "the Palestinian group", "the jihadists" -> the nearest compatible named actor before them."""
    heads = "|".join(sorted((re.escape(h) for h in data.coref), key=len, reverse=True))
    pattern = re.compile(rf"\bthe ((?:[a-z0-9]+ ){{0,{COREF_MODIFIERS}}}?)({heads})\b")
    for match in pattern.finditer(folded.folded):
        start, end = match.start(), match.end()
        kinds, religion = data.coref[match.group(2)]
        inside = [h for h in hits if start <= h.start and h.end <= end]
        if any(h.start < end < h.end or h.start < start < h.end for h in hits):
            continue  # the phrase cuts through a longer name ("the U.N. agency for Palestinian refugees")
        want_country = next((h.country for h in inside if h.country and h.actor is None), None)
        patron = next((h for h in inside if h.actor), None)
        want_tie = patron.actor if patron else None
        exclude_self = patron is not None and match.start(2) > patron.end + 1
        first = folded.to_original(start)
        antecedent = _antecedent(data, mentions, first, kinds, religion, want_country, want_tie, exclude_self)
        if antecedent is None:
            continue
        last = folded.to_original(end - 1) + 1
        mentions = [m for m in mentions if not (first <= m.start and m.end <= last)]
        why = "+".join(filter(None, [match.group(2), want_country, want_tie and f"tie:{want_tie}"]))
        mention = make_mention(
            folded,
            start,
            end,
            antecedent.actor_id,
            antecedent.name,
            antecedent.inter,
            antecedent.country,
            antecedent.cameo,
            "coref",
            list(antecedent.ties),
            f"coref:{why}->{antecedent.actor_id}",
            antecedent.category,
        )
        mentions.append(mention)
    return sorted(mentions, key=lambda m: m.start)


def _antecedent(
    data: RegistryData,
    mentions: list[ActorMention],
    before: int,
    kinds: frozenset[str],
    religion: str,
    country: str | None,
    tie: str | None,
    exclude_self: bool,
) -> ActorMention | None:
    """Nearest earlier compatible named mention; a patron named just after its client yields to the client."""
    earlier = sorted((m for m in mentions if m.end <= before and m.kind in {"named", "source"}), key=lambda m: -m.start)
    compatible = [m for m in earlier if _compatible(data, m, kinds, religion, country, tie, exclude_self)]
    if not compatible:
        return None
    best = compatible[0]
    for other in compatible[1:]:
        entry = data.actors[other.actor_id or ""]
        if best.start - other.end < PATRON_WINDOW and any(t.other == best.actor_id for t in entry.ties):
            best = other  # "Aknaf Beit al-Maqdis, ... loyal to Hamas": the group, not its patron
    return best


def _compatible(
    data: RegistryData,
    mention: ActorMention,
    kinds: frozenset[str],
    religion: str,
    country: str | None,
    tie: str | None,
    exclude_self: bool,
) -> bool:
    entry = data.actors.get(mention.actor_id or "")
    if entry is None or entry.kind not in kinds:
        return False
    if religion and entry.religion != religion and religion not in entry.cameo:
        return False
    if country and entry.country != country:
        return False
    if tie:
        return not exclude_self if tie == entry.id else any(t.other == tie for t in entry.ties)
    return True


def search(
    registry: ActorRegistry, name: str, limit: int, when: date | None = None
) -> list[tuple[ActorEntry, float, str]]:
    """Candidates for ``name`` with a score and the reason, best first."""
    data = registry.data
    results: list[tuple[ActorEntry, float, str]] = []
    for mention in registry.find(name, event_date=when):
        if mention.start == 0 and mention.end == len(name.strip()):
            entry = data.actors.get(mention.actor_id or "") or ActorEntry(
                mention.actor_id or "",
                mention.name,
                mention.inter,
                mention.country or "",
                mention.cameo or "",
                mention.category,
            )
            results.append((entry, 1.0, f"{mention.kind} ({mention.rule}) -> {mention.name}"))
    if results:
        return results
    from rapidfuzz import fuzz, process

    choices = {fold(alias): actor_id for alias, actor_id in data.alias_pairs()}
    seen: set[str] = set()
    for alias, score, _ in process.extract(fold(name), list(choices), scorer=fuzz.WRatio, limit=limit * 4):
        if choices[alias] not in seen and len(seen) < limit:
            seen.add(choices[alias])
            results.append((data.actors[choices[alias]], round(score / 100, 3), f"fuzzy alias '{alias}'"))
    return results
