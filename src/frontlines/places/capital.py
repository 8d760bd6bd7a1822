""" "The capital" with no name: the capital city of the country the text is about.

News writes "protesters marched in the capital", "the Syrian capital", "fighting near the
country's capital" and names the city only once, or never. An analyst reads the country's capital:
of the country a people's adjective names ("the Syrian capital"), else of the article's country
(the caller's hint), else of the one country all the text's other places lie in. Where the city is
named beside it ("the capital, Nairobi", "the capital Damascus") that name is the place already;
"the capital of Lahij", "the provincial capital" and "capital markets" are not the country's
capital, and neither is "the capital" of a text whose places lie in several countries.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from frontlines.places.candidates import _Mention
from frontlines.places.countries import Country, resolve_country
from frontlines.places.gazetteer import Candidate, Gazetteer
from frontlines.places.phrases import read_phrase

#: "the capital", "the country's capital", "the Syrian capital", "the capital city"; not followed by
#: its name ("the capital Damascus", "the capital, Nairobi"), by "of" ("the capital of Lahij") or by
#: a noun of money ("the capital markets").
_CAPITAL = re.compile(
    r"\b[Tt]he (?:(?:country|nation)['’]s |(?P<adjective>[A-Z][a-z]+) )?capital(?: city)?\b"
    r"(?!(?:['’]s?)? (?:markets?|gains?|flight|investment|spending|punishment)\b| city of\b| ?,? (?:of\b|[A-Z]))"
)

RULE = "the capital of the country the text is about"
#: The role of such a mention: it places the events of its own sentences, but is not counted
#: among the places a document names (a text's "Jobar" and "the capital" are not two Damascuses).
UNNAMED_ROLE = "capital:unnamed"


def capital_mentions(
    text: str,
    mentions: list[_Mention],
    gaz: Gazetteer,
    hinted: Country | None,
    country_of_word: Callable[[str], str | None] | None = None,
) -> list[_Mention]:
    """A resolved mention for each unnamed "the capital" of ``text`` outside the ``mentions`` found."""
    found: list[_Mention] = []
    for match in _CAPITAL.finditer(text):
        start, end = match.start(), match.end()
        if any(start < m.end and end > m.start for m in mentions):
            continue
        country = _country_of(match.group("adjective"), mentions, hinted, country_of_word)
        capital = _capital(gaz, country) if country is not None else None
        if country is None or capital is None:
            continue
        phrase = read_phrase(text, start, end)
        phrase.names = [capital.name]
        phrase.roles.append(UNNAMED_ROLE)
        mention = _Mention(start, end, "capital", phrase, [capital])
        mention.choose(capital, f"{RULE} ({country.name})")
        found.append(mention)
    return found


def _country_of(
    adjective: str | None,
    mentions: list[_Mention],
    hinted: Country | None,
    country_of_word: Callable[[str], str | None] | None,
) -> Country | None:
    """The country whose capital is meant: the adjective's people's, else the hint's, else the one
    country of every other place resolved in the text (none if they lie in several or there are none)."""
    if adjective is not None:
        code = country_of_word(adjective) if country_of_word is not None else None
        return resolve_country(code) if code else None  # "the Tigrayan capital": no country's
    if hinted is not None:
        return hinted
    countries = {m.best.country_code for m in mentions if m.best is not None and m.best.country_code}
    return resolve_country(countries.pop()) if len(countries) == 1 else None


def _capital(gaz: Gazetteer, country: Country) -> Candidate | None:
    """The country's capital as the index holds it: the town of its name there marked a capital,
    else the most populous town of its name there."""
    towns = [c for c in gaz.candidates(country.capital, country=country.iso2) if c.admin_level is None]
    capitals = [c for c in towns if c.feature_code == "PPLC"]
    return max(capitals or towns, key=lambda c: c.population, default=None)
