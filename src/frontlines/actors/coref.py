"""Coreference of nominal mentions inside one article.

- "the Palestinian group", "the Hamas loyalist group", "the jihadists", "the Observatory": the
  nearest earlier named actor whose kind, country, ties and religion fit.
- "a Palestinian faction called Aknaf Beit al-Maqdis", "a faction linked to Hamas": an indefinite
  introduces a referent, so it takes the first fitting named actor after it (news leads describe a
  group before naming it); a tie phrase after it ("linked to Hamas") names a patron it is not. An
  indefinite needs a country or a patron: "a group" alone is too vague.
- "Palestinian fighters" (a composed rebel/armed-group mention): the article's most mentioned named
  armed group of that country, if one clearly leads.
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING

from frontlines.actors.compose import make_mention
from frontlines.actors.data import RegistryData
from frontlines.actors.naming import ARMED_GROUP_KINDS
from frontlines.actors.normalize import fold

if TYPE_CHECKING:
    from collections.abc import Iterator

    from frontlines.actors.normalize import FoldedText
    from frontlines.actors.registry import ActorMention, Hit

#: Most words between the article and a coreference head ("the Hamas loyalist group").
COREF_MODIFIERS = 3
#: Characters within which a patron named after its client ("X, loyal to Hamas") yields to the client.
PATRON_WINDOW = 120
#: Composed heads that may name an article's one armed group of their country ("Palestinian fighters").
GROUP_MEMBER_HEADS = frozenset({"fighters", "militants", "gunmen"})
#: Composed agent roles eligible for that ("Syrian army" is never a rebel group).
GROUP_MEMBER_AGENTS = frozenset({"REB", "INS", "UAF"})
NAMED_KINDS = frozenset({"named", "source"})
#: Characters after a nominal searched for a tie phrase and, after it, for the patron's name.
PATRON_REACH = 40
#: Hits looked at after a tie phrase for the patron's name.
PATRON_HITS = 4
#: Furthest a tie phrase may start after the nominal ("a faction, reportedly linked to").
TIE_CUE_OFFSET = 14
#: Fewest mentions that make a named group the article's salient one ("Palestinian fighters").
SALIENT_MENTIONS = 2


class Cue:
    """What a nominal phrase says about its referent."""

    __slots__ = ("country", "exclude_self", "kinds", "religion", "tie")

    def __init__(self, kinds: frozenset[str], religion: str, country: str | None, tie: str | None, exclude_self: bool):
        self.kinds, self.religion, self.country = kinds, religion, country
        self.tie, self.exclude_self = tie, exclude_self


def resolve_coreference(
    data: RegistryData, folded: FoldedText, hits: list[Hit], mentions: list[ActorMention]
) -> list[ActorMention]:
    """Replace nominal phrases by coreference mentions of the named actors they stand for."""
    starts = [h.start for h in hits]  # hits are sorted and do not overlap
    for match in _nominals(folded, nominal_pattern(tuple(data.coref))):
        start, end = match.start(), match.end()
        first_in, last_in = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        if (first_in and hits[first_in - 1].end > start) or (last_in and hits[last_in - 1].end > end):
            continue  # the phrase cuts through a longer name ("the U.N. agency for Palestinian refugees")
        cue = _cue(data, folded, (hits, starts), hits[first_in:last_in], match)
        definite = match.group(1) == "the"
        if not definite and cue.country is None and cue.tie is None:
            continue
        first, last = folded.to_original(start), folded.to_original(end - 1) + 1
        # "the group" points back; "a group" introduces a referent that the text names later
        antecedent = _nearest(data, mentions, first if definite else last, cue, before=definite)
        if antecedent is None:
            continue
        why = "+".join(filter(None, [match.group(3), cue.country, cue.tie and f"tie:{cue.tie}"]))
        mentions = [m for m in mentions if not (first <= m.start and m.end <= last)]
        mentions.append(_coref_mention(folded, (start, end), antecedent, why))
    mentions = _group_members(data, folded, mentions)
    return sorted(_plural_demonyms(data, folded, hits, mentions), key=lambda m: m.start)


#: Punctuation the words of one noun phrase never span ("the road. The group", "the camp, the militants").
_PHRASE_BREAK = re.compile(r"[.,;:!?\n]")


def _nominals(folded: FoldedText, pattern: re.Pattern[str]) -> Iterator[re.Match[str]]:
    """Matches of ``pattern`` in the folded text whose words stand in one phrase of the original: the
    folding drops punctuation, so "the Qusayr road. The group" would read as one phrase; the search
    then goes on from the next word, to find "The group"."""
    position = 0
    while (match := pattern.search(folded.folded, position)) is not None:
        first, head = folded.to_original(match.start()), folded.to_original(match.start(3))
        if _PHRASE_BREAK.search(folded.original, first, head):
            position = match.start() + 1
            continue
        yield match
        position = match.end()


@cache
def nominal_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    """ "the|a|an", up to COREF_MODIFIERS words, then a coreference head, over folded text."""
    alternatives = "|".join(sorted((re.escape(h) for h in heads), key=len, reverse=True))
    return re.compile(rf"\b(the|a|an) ((?:[a-z0-9]+ ){{0,{COREF_MODIFIERS}}}?)({alternatives})\b")


def _cue(
    data: RegistryData,
    folded: FoldedText,
    index: tuple[list[Hit], list[int]],
    inside: list[Hit],
    match: re.Match[str],
) -> Cue:
    kinds, religion = data.coref[match.group(3)]
    country = next((h.country for h in inside if h.country and h.actor is None), None)
    patron = next((h for h in inside if h.actor), None)
    if patron is not None:  # "the Hamas loyalist group" is tied to Hamas; "the Hamas group" is Hamas
        return Cue(kinds, religion, country, patron.actor, match.start(3) > patron.end + 1)
    patron_after = _patron_after(data, folded, index, match.end())
    return Cue(kinds, religion, country, patron_after, patron_after is not None)


def _patron_after(data: RegistryData, folded: FoldedText, index: tuple[list[Hit], list[int]], end: int) -> str | None:
    """The actor a tie phrase right after a nominal names: "a faction linked to the group Hamas" -> hamas."""
    hits, starts = index
    window = folded.folded[end : end + PATRON_REACH]
    for cue in data.tie_cues:
        at = window.find(f" {cue} ")
        if 0 <= at <= TIE_CUE_OFFSET:
            after = end + at + len(cue) + 2
            following = hits[bisect.bisect_left(starts, after) :]
            return next((h.actor for h in following[:PATRON_HITS] if h.actor and h.start < after + PATRON_REACH), None)
    return None


def _coref_mention(folded: FoldedText, span: tuple[int, int], antecedent: ActorMention, why: str) -> ActorMention:
    return make_mention(
        folded,
        *span,
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


def _nearest(
    data: RegistryData, mentions: list[ActorMention], offset: int, cue: Cue, before: bool
) -> ActorMention | None:
    """Nearest compatible named mention before (or after) ``offset``; a patron yields to its client."""
    if before:
        ordered = sorted((m for m in mentions if m.end <= offset and m.kind in NAMED_KINDS), key=lambda m: -m.start)
    else:
        ordered = sorted((m for m in mentions if m.start >= offset and m.kind in NAMED_KINDS), key=lambda m: m.start)
    compatible = [m for m in ordered if _compatible(data, m, cue)]
    if not compatible:
        return None
    best = compatible[0]
    for other in compatible[1:]:
        entry = data.actors[other.actor_id or ""]
        if abs(best.start - other.end) < PATRON_WINDOW and any(t.other == best.actor_id for t in entry.ties):
            best = other  # "Aknaf Beit al-Maqdis, ... loyal to Hamas": the group, not its patron
    return best


def _compatible(data: RegistryData, mention: ActorMention, cue: Cue) -> bool:
    entry = data.actors.get(mention.actor_id or "")
    if entry is None or entry.kind not in cue.kinds:
        return False
    if cue.religion and entry.religion != cue.religion and cue.religion not in entry.cameo:
        return False
    if cue.country and entry.country != cue.country:
        return False
    if cue.tie:
        return not cue.exclude_self if cue.tie == entry.id else any(t.other == cue.tie for t in entry.ties)
    return True


def _group_counts(
    data: RegistryData, mentions: list[ActorMention]
) -> tuple[dict[str, dict[str, int]], dict[str, ActorMention]]:
    """Mentions of named armed groups per country and group, and each group's first mention."""
    counts: dict[str, dict[str, int]] = {}
    first_of: dict[str, ActorMention] = {}
    for mention in mentions:
        entry = data.actors.get(mention.actor_id or "") if mention.kind in {"named", "coref"} else None
        if entry is not None and entry.kind in ARMED_GROUP_KINDS and entry.country:
            per_country = counts.setdefault(entry.country, {})
            per_country[entry.id] = per_country.get(entry.id, 0) + 1
            first_of.setdefault(entry.id, mention)
    return counts, first_of


def _plural_demonyms(
    data: RegistryData, folded: FoldedText, hits: list[Hit], mentions: list[ActorMention]
) -> list[ActorMention]:
    """ "the Palestinians" (a plural demonym) -> the article's one salient armed group of that country.

    Without a clearly leading group the phrase names a people, not a party, and stays unresolved.
    """
    counts, first_of = _group_counts(data, mentions)
    taken = [(m.start, m.end) for m in mentions]
    added = []
    for hit in hits:
        if hit.actor or hit.agent or hit.capital or not hit.country or not _is_plural_demonym(data, folded, hit):
            continue
        group = _salient(counts.get(hit.country, {}))
        first, last = folded.to_original(hit.start), folded.to_original(hit.end - 1) + 1
        if group and not any(s < last and first < e for s, e in taken):
            why = f"{folded.folded[hit.start : hit.end]}+{hit.country}+salient-group"
            added.append(_coref_mention(folded, (hit.start, hit.end), first_of[group], why))
    return mentions + added


def _is_plural_demonym(data: RegistryData, folded: FoldedText, hit: Hit) -> bool:
    """ "the Palestinians", "the Syrians": one capitalised word in -s after "the", not the country's name."""
    surface = folded.folded[hit.start : hit.end]
    country = data.countries[hit.country or ""]
    first = folded.to_original(hit.start)
    return (
        " " not in surface
        and surface.endswith("s")
        and surface != fold(country.name)
        and folded.original[first : first + 1].isupper()
        and folded.folded[max(0, hit.start - 4) : hit.start] == "the "
    )


def _group_members(data: RegistryData, folded: FoldedText, mentions: list[ActorMention]) -> list[ActorMention]:
    """ "Palestinian fighters" -> the article's most mentioned named armed group of that country, if clear."""
    counts, first_of = _group_counts(data, mentions)
    result = []
    for mention in mentions:
        group = _salient(counts.get(mention.country or "", {}))
        if group and _is_group_member(mention):
            head = mention.text.lower().split()[-1]
            span = (folded.to_folded(mention.start), folded.to_folded(mention.end - 1) + 1)
            mention = _coref_mention(folded, span, first_of[group], f"{head}+{mention.country}+salient-group")
        result.append(mention)
    return result


def _is_group_member(mention: ActorMention) -> bool:
    agent = (mention.actor_id or "").split(":")[-1]
    words = mention.text.lower().split()
    return (
        mention.kind == "composed" and agent in GROUP_MEMBER_AGENTS and bool(words) and words[-1] in GROUP_MEMBER_HEADS
    )


def _salient(counts: dict[str, int]) -> str | None:
    """The group with the most mentions, if no other has as many and it has at least two."""
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < SALIENT_MENTIONS or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]
