"""The registry's data: actors, aliases, ties, agents, countries and regimes, read from TSV files.

Files live in ``frontlines/data/actors``. Phoenix rows come first, the frontlines supplement
overrides them, user files (``--actors FILE``) override both.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import NamedTuple

from frontlines.actors.normalize import fold
from frontlines.datafiles import data_path, read_tsv
from frontlines.errors import DataFileError

ACTOR_COLUMNS = ("id", "name")
#: Alias priority by origin: a later origin wins a clash on the same folded alias.
PHOENIX, SUPPLEMENT, USER = 0, 1, 2
BUILTIN_FILES = (
    "alias_drops.tsv",
    "cameo_roles.tsv",
    "communities.tsv",
    "compose.tsv",
    "coref.tsv",
    "countries.tsv",
    "countries_supplement.tsv",
    "group_word_stoplist.tsv",
    "metonymy_verbs.tsv",
    "phoenix_actors.tsv",
    "phoenix_agents.tsv",
    "phoenix_aliases.tsv",
    "phoenix_codes.tsv",
    "protest_cues.tsv",
    "regimes.tsv",
    "spellings.tsv",
    "supplement_actors.tsv",
    "supplement_agents.tsv",
    "supplement_aliases.tsv",
    "tie_cues.tsv",
    "ties.tsv",
)


class Tie(NamedTuple):
    """A relation of one actor to another actor (id) or a country (ISO3); ISO dates, '' when unknown."""

    relation: str
    other: str
    start: str = ""
    end: str = ""


class ActorEntry(NamedTuple):
    """One registry actor. ``name`` may hold ``{period}``, resolved against the event date.

    A named tuple, so that the cached registry unpickles fast; ``codes`` are date-bounded CAMEO codes
    ``(code, start, end)`` with ISO dates ('' = open).
    """

    id: str
    name: str
    inter: int | None
    country: str
    cameo: str
    kind: str
    religion: str = ""
    source: str = ""
    codes: list[tuple[str, str, str]] = []  # noqa: RUF012 - always replaced at construction
    ties: list[Tie] = []  # noqa: RUF012


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    capital: str
    aliases: tuple[str, ...]
    within: str = ""  # a de facto state: ISO3 of the country whose territory it holds


@dataclass(frozen=True, slots=True)
class Regime:
    start: date
    end: date | None
    head: str

    def label(self) -> str:
        """ACLED's period label: ``(2000-)``, ``(2013-2022)``."""
        return f"({self.start.year}-{self.end.year if self.end else ''})"


class ActorTable(Mapping[str, ActorEntry]):
    """Actors by id, kept as JSON strings and decoded on first use: the cached registry loads in a blink."""

    def __init__(self, entries: Mapping[str, ActorEntry]):
        self._rows = {key: json.dumps(list(entry), ensure_ascii=False) for key, entry in entries.items()}
        self._decoded: dict[str, ActorEntry] = {}

    def __getitem__(self, key: str) -> ActorEntry:
        entry = self._decoded.get(key)
        if entry is None:
            fields = json.loads(self._rows[key])
            fields[8] = [tuple(code) for code in fields[8]]
            fields[9] = [Tie(*tie) for tie in fields[9]]
            entry = self._decoded[key] = ActorEntry(*fields)
        return entry

    def __contains__(self, key: object) -> bool:
        return key in self._rows

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)

    def __getstate__(self) -> dict[str, str]:
        return self._rows

    def __setstate__(self, rows: dict[str, str]) -> None:
        self._rows, self._decoded = rows, {}


@dataclass
class RegistryData:
    """Everything the registry is built from."""

    actors: dict[str, ActorEntry] = field(default_factory=dict)  # an ActorTable once packed
    aliases: list[tuple[str, str, int]] = field(default_factory=list)  # (alias, actor_id, priority)
    packed_aliases: str = ""  # the aliases as "alias\tid" lines once the registry is built
    agents: dict[str, tuple[str, str]] = field(default_factory=dict)  # noun -> (agent, use)
    compose: dict[str, tuple[int, str, str]] = field(default_factory=dict)  # agent -> (inter, kind, template)
    compose_scope: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict)  # agent -> (only_in, otherwise)
    countries: dict[str, Country] = field(default_factory=dict)
    country_names: dict[str, str] = field(default_factory=dict)  # folded name, demonym or ISO2 -> ISO3
    regimes: dict[str, list[Regime]] = field(default_factory=dict)
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    coref: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict)
    metonymy_verbs: frozenset[str] = frozenset()
    protest_cues: dict[str, str] = field(default_factory=dict)  # cue word -> PRT or RIO
    group_stoplist: frozenset[str] = frozenset()
    tie_cues: tuple[str, ...] = ()
    communities: dict[str, tuple[str, tuple[str, ...]]] = field(default_factory=dict)  # id -> (community, countries)

    def pack(self) -> None:
        """After the automaton is built: store actors and aliases in forms that unpickle fast."""
        live = [(alias, actor_id) for alias, actor_id, _ in self.aliases if actor_id in self.actors]
        self.packed_aliases = "\n".join(f"{alias}\t{actor_id}" for alias, actor_id in live)
        self.aliases = []
        self.actors = ActorTable(self.actors)  # type: ignore[assignment]  # read-only from here on

    def alias_pairs(self) -> Iterator[tuple[str, str]]:
        """(alias, actor id) for every alias of a live actor."""
        if self.aliases:
            yield from ((a, i) for a, i, _ in self.aliases if i in self.actors)
        for line in self.packed_aliases.splitlines():
            alias, _, actor_id = line.partition("\t")
            yield alias, actor_id


def parse_day(value: str, path: Path, line: int) -> date | None:
    """ISO date or empty; a bad date names file:line."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise DataFileError(str(path), line, f"bad date '{value}'; write YYYY-MM-DD") from exc


def parse_inter(value: str, path: Path, line: int) -> int | None:
    """ACLED inter code 1-8 or empty; anything else names file:line."""
    if not value:
        return None
    if not value.isdigit() or not 1 <= int(value) <= 8:
        raise DataFileError(str(path), line, f"inter '{value}' is not an ACLED inter code 1-8")
    return int(value)


def builtin(name: str) -> Path:
    return data_path(f"actors/{name}")


def data_digest(extra_files: tuple[Path, ...]) -> str:
    """SHA-256 over the contents of every data file the registry reads (the cache key)."""
    digest = hashlib.sha256()
    for path in [*(builtin(n) for n in BUILTIN_FILES), *extra_files]:
        digest.update(str(path.name).encode())
        try:
            digest.update(path.read_bytes())
        except OSError as exc:
            raise DataFileError(str(path), 0, f"cannot read actor file: {exc.strerror}") from exc
    return digest.hexdigest()


def read_actors(path: Path, data: RegistryData, priority: int) -> None:
    """Actor rows (and, in user files, an ``aliases`` column of ``|``-separated names)."""
    for line, row in read_tsv(path, ACTOR_COLUMNS):
        previous = data.actors.get(row["id"])
        actor = ActorEntry(
            id=row["id"],
            name=row["name"],
            inter=parse_inter(row.get("inter", ""), path, line),
            country=row.get("country", "").upper(),
            cameo=row.get("cameo", ""),
            kind=row.get("kind", "") or "other",
            religion=row.get("religion", ""),
            source=row.get("source", "") or path.name,
            codes=previous.codes if previous else [],
            ties=previous.ties if previous else [],
        )
        data.actors[actor.id] = actor
        name = actor.name.replace("{period}", "").strip()
        data.aliases.extend((a, actor.id, priority) for a in [name, *_name_parts(name)])
        for absorbed in (a for a in row.get("absorbs", "").split("|") if a and a != actor.id):
            data.aliases.extend((a, actor.id, priority) for a, i, _ in list(data.aliases) if i == absorbed)
            data.actors.pop(absorbed, None)
        data.aliases.extend((a.strip(), actor.id, priority) for a in row.get("aliases", "").split("|") if a.strip())
        for tie in filter(None, row.get("ties", "").split("|")):
            relation, _, other = tie.rpartition(":")
            actor.ties.append(Tie(relation.strip() or "tied to", other.strip()))


#: A name that leads with its acronym, the codebook's style: "CV: Red Command", "JNIM: Group for
#: Support of Islam and Muslims".
_ACRONYM_NAME = re.compile(r"(?P<acronym>[A-Z][A-Za-z0-9&-]*[A-Z0-9][A-Za-z0-9&-]*): (?P<long>\S.*)")


def _name_parts(name: str) -> list[str]:
    """The acronym and the long name of a name that leads with its acronym, each an alias of its own."""
    match = _ACRONYM_NAME.fullmatch(name)
    if match is None or sum(c.isupper() for c in match.group("acronym")) < 2:
        return []
    return [match.group("acronym"), match.group("long").strip()]


def read_aliases(path: Path, data: RegistryData, priority: int) -> None:
    for line, row in read_tsv(path, ("actor_id", "alias")):
        if row["actor_id"] not in data.actors:
            raise DataFileError(str(path), line, f"alias for unknown actor id '{row['actor_id']}'")
        data.aliases.append((row["alias"], row["actor_id"], priority))


def drop_aliases(path: Path, data: RegistryData) -> None:
    """Remove the (actor, alias) pairs listed in ``alias_drops.tsv``."""
    drops = {(row["actor_id"], fold(row["alias"])) for _, row in read_tsv(path, ("actor_id", "alias"))}
    data.aliases = [a for a in data.aliases if (a[1], fold(a[0])) not in drops]


def read_codes(path: Path, data: RegistryData) -> None:
    for line, row in read_tsv(path, ("actor_id", "cameo")):
        actor = data.actors.get(row["actor_id"])
        if actor is not None:
            parse_day(row["start"], path, line), parse_day(row["end"], path, line)  # validates the dates
            actor.codes.append((row["cameo"], row["start"], row["end"]))


def read_ties(path: Path, data: RegistryData) -> None:
    for line, row in read_tsv(path, ("actor_id", "relation", "other")):
        actor = data.actors.get(row["actor_id"])
        if actor is None:
            raise DataFileError(str(path), line, f"tie for unknown actor id '{row['actor_id']}'")
        parse_day(row.get("start", ""), path, line), parse_day(row.get("end", ""), path, line)  # validates
        actor.ties.append(Tie(row["relation"], row["other"], row.get("start", ""), row.get("end", "")))


def read_countries(data: RegistryData) -> None:
    for _, row in read_tsv(builtin("countries.tsv"), ("iso3", "name")):
        aliases = tuple(a for a in row["aliases"].split("|") if a)
        data.countries[row["iso3"]] = Country(row["iso3"], row["iso2"], row["name"], row["capital"], aliases)
    for _, row in read_tsv(builtin("countries_supplement.tsv"), ("iso3", "name")):
        old = data.countries.get(row["iso3"]) or Country(row["iso3"], "", row["name"], "", ())
        extra = tuple(a for a in row["aliases"].split("|") if a)
        names = (old.name, *old.aliases, *extra)
        aliases = tuple(dict.fromkeys(n for n in names if n != row["name"]))
        within = row.get("within", "")
        data.countries[row["iso3"]] = Country(old.iso3, old.iso2, row["name"], old.capital, aliases, within)
    for country in data.countries.values():
        for name in (*reversed(country.aliases), country.name):  # the name wins over an alias
            data.country_names[fold(name)] = country.iso3
        if country.iso2:
            data.country_names[country.iso2.lower()] = country.iso3


def read_lexicons(data: RegistryData) -> None:
    for path in (builtin("phoenix_agents.tsv"), builtin("supplement_agents.tsv")):
        for _, row in read_tsv(path, ("noun", "agent")):
            data.agents[row["noun"].lower()] = (row["agent"], row.get("use", "") or "compose")
    for line, row in read_tsv(builtin("compose.tsv"), ("agent", "inter", "kind", "template")):
        data.compose[row["agent"]] = (
            parse_inter(row["inter"], builtin("compose.tsv"), line) or 0,
            row["kind"],
            row["template"],
        )
        if row.get("only_in"):
            only_in = frozenset(c.strip().upper() for c in row["only_in"].split("|") if c.strip())
            data.compose_scope[row["agent"]] = (only_in, row.get("otherwise", "") or "UAF")
    path = builtin("regimes.tsv")
    for line, row in read_tsv(path, ("country", "start", "head")):
        start = parse_day(row["start"], path, line)
        assert start is not None  # required column
        data.regimes.setdefault(row["country"], []).append(
            Regime(start, parse_day(row["end"], path, line), row["head"])
        )
    for _, row in read_tsv(builtin("spellings.tsv"), ("token", "variants")):
        data.spellings[row["token"]] = tuple(v for v in row["variants"].split("|") if v)
    for _, row in read_tsv(builtin("coref.tsv"), ("head", "kinds")):
        data.coref[row["head"]] = (frozenset(row["kinds"].split("|")), row.get("religion", ""))
    data.group_stoplist = frozenset(row["word"] for _, row in read_tsv(builtin("group_word_stoplist.tsv"), ("word",)))
    data.tie_cues = tuple(fold(row["cue"]) for _, row in read_tsv(builtin("tie_cues.tsv"), ("cue",)))
    cues = read_tsv(builtin("protest_cues.tsv"), ("cue", "agent"))
    data.protest_cues = {fold(row["cue"]): row["agent"] for _, row in cues}
    data.metonymy_verbs = frozenset(row["verb"] for _, row in read_tsv(builtin("metonymy_verbs.tsv"), ("verb",)))


#: Name templates of a community's militia by the community's kind (ACLED codebook naming).
COMMUNITY_TEMPLATES = {"ethnic": "{group} Ethnic Militia ({{country}})", "clan": "{group} Clan Militia ({{country}})"}


def read_communities(path: Path, data: RegistryData) -> None:
    """Communities whose armed men are identity militias (inter 4): one actor each, kind ``community``."""
    for line, row in read_tsv(path, ("community", "kind", "countries")):
        if row["kind"] not in COMMUNITY_TEMPLATES:
            raise DataFileError(str(path), line, f"kind must be one of {sorted(COMMUNITY_TEMPLATES)}")
        countries = tuple(c.strip().upper() for c in row["countries"].split("|") if c.strip())
        actor_id = "community:" + "-".join(fold(row["community"]).split())
        data.actors[actor_id] = ActorEntry(
            id=actor_id,
            name=COMMUNITY_TEMPLATES[row["kind"]].format(group=row["community"]),
            inter=4,
            country=countries[0] if countries else "",
            cameo=(countries[0] if countries else "") + "ETH",
            kind="community",
            source=row.get("source", "") or path.name,
            codes=[],
            ties=[],
        )
        data.communities[actor_id] = (row["community"], countries)
        for alias in (row["community"], *row.get("aliases", "").split("|")):
            if alias.strip():
                data.aliases.append((alias.strip(), actor_id, SUPPLEMENT))
            if _pluralisable(alias.strip()):
                data.aliases.append((alias.strip() + "s", actor_id, SUPPLEMENT))  # "the Boranas and Gabras"


def _pluralisable(name: str) -> bool:
    """A one-word people's name that English makes plural with -s ("Boranas", "Pokots", "Kikuyus")."""
    return name.isalpha() and len(name) >= 3 and not name.lower().endswith(("s", "sh", "ch", "x", "z"))


def load_data(extra_files: tuple[Path, ...] = ()) -> RegistryData:
    """Read every data file; user files last, so they override."""
    data = RegistryData()
    read_actors(builtin("phoenix_actors.tsv"), data, PHOENIX)
    read_aliases(builtin("phoenix_aliases.tsv"), data, PHOENIX)
    read_codes(builtin("phoenix_codes.tsv"), data)
    drop_aliases(builtin("alias_drops.tsv"), data)
    read_actors(builtin("supplement_actors.tsv"), data, SUPPLEMENT)
    read_aliases(builtin("supplement_aliases.tsv"), data, SUPPLEMENT)
    read_ties(builtin("ties.tsv"), data)
    read_communities(builtin("communities.tsv"), data)
    read_countries(data)
    read_lexicons(data)
    for path in extra_files:
        read_actors(path, data, USER)
    # an alias with no letter ("380" for Recontra 380) would match every such number in a text
    data.aliases = [a for a in data.aliases if any(ch.isalpha() for ch in a[0])]
    return data
