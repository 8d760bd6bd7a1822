"""Words of pastoral violence that decide who an unnamed armed side is: a community's herders and
youths (its people, or its militia where they act), and bandits whose sentence speaks of a
community's stakes (cattle, grazing, land), who are a communal militia (ACLED codebook: identity
militias)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from frontlines.actors.normalize import FoldedText, fold

if TYPE_CHECKING:
    from frontlines.actors.registry import Hit

_WORD = re.compile(r"[a-z0-9]+")
#: People of a pastoral community ("herders", "pastoralists"): where they act in violence they are a
#: communal militia; where they suffer an attack they are civilians (ACLED codebook: identity militias).
PASTORAL_PEOPLE = frozenset({"herder", "herders", "herdsman", "herdsmen", "pastoralist", "pastoralists"})
#: A community's young men ("Kalenjin youths"): like its herders, a side where they act in its violence
#: (an identity militia), its people where they suffer, a crowd where they protest or riot.
COMMUNITY_YOUTH = frozenset({"youth", "youths"})
#: Bandits are an armed group, unless their sentence ties the violence to a community's stakes
#: (cattle, grazing, land, a community or clan): then a communal militia (ACLED codebook).
BANDITS = frozenset({"bandit", "bandits"})
COMMUNAL_STAKES = frozenset(
    {"cattle", "livestock", "goats", "sheep", "camels", "cows", "herd", "herds", "grazing", "pasture", "pastures"}
    | {"rustling", "rustlers", "rustled", "land", "community", "communities", "clan", "clans", "ethnic", "tribal"}
)


def communal_stakes(folded: FoldedText, hit: Hit) -> bool:
    """The sentence around ``hit`` speaks of cattle, grazing, land or a community."""
    text = folded.original
    first, last = folded.to_original(hit.start), folded.to_original(hit.end - 1) + 1
    start = max(text.rfind(mark, 0, first) for mark in ".!?\n") + 1
    ends = [i for mark in ".!?\n" if (i := text.find(mark, last)) >= 0]
    sentence = text[start : min(ends) if ends else len(text)]
    return not COMMUNAL_STAKES.isdisjoint(_WORD.findall(fold(sentence)))
