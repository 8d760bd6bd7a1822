"""The registry's data: actors, aliases, ties, agents, countries and regimes, read from TSV files.

Files live in ``frontlines/data/actors``. Phoenix rows come first, the frontlines supplement
overrides them, user files (``--actors FILE``) override both.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from frontlines.actors.normalize import fold
from frontlines.datafiles import data_path, read_tsv
from frontlines.errors import DataFileError

ACTOR_COLUMNS = ("id", "name")
#: Alias priority by origin: a later origin wins a clash on the same folded alias.
PHOENIX, SUPPLEMENT, USER = 0, 1, 2
BUILTIN_FILES = (
    "cameo_roles.tsv",
    "compose.tsv",
    "coref.tsv",
    "countries.tsv",
    "countries_supplement.tsv",
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
    "ties.tsv",
)


@dataclass(frozen=True, slots=True)
class Tie:
    """A relation of one actor to another actor (id) or a country (ISO3), dated where known."""

    relation: str
    other: str
    start: date | None = None
    end: date | None = None


@dataclass(slots=True)
class ActorEntry:
    """One registry actor. ``name`` may hold ``{period}``, resolved against the event date."""

    id: str
    name: str
    inter: int | None
    country: str
    cameo: str
    kind: str
    religion: str = ""
    source: str = ""
    codes: list[tuple[str, date | None, date | None]] = field(default_factory=list)
    ties: list[Tie] = field(default_factory=list)


@dataclass(frozen=True, slots=True)
class Country:
    iso3: str
    iso2: str
    name: str
    capital: str
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Regime:
    start: date
    end: date | None
    head: str

    def label(self) -> str:
        """ACLED's period label: ``(2000-)``, ``(2013-2022)``."""
        return f"({self.start.year}-{self.end.year if self.end else ''})"


@dataclass
class RegistryData:
    """Everything the registry is built from."""

    actors: dict[str, ActorEntry] = field(default_factory=dict)
    aliases: list[tuple[str, str, int]] = field(default_factory=list)  # (alias, actor_id, priority)
    agents: dict[str, tuple[str, str]] = field(default_factory=dict)  # noun -> (agent, use)
    compose: dict[str, tuple[int, str, str]] = field(default_factory=dict)  # agent -> (inter, kind, template)
    countries: dict[str, Country] = field(default_factory=dict)
    regimes: dict[str, list[Regime]] = field(default_factory=dict)
    spellings: dict[str, tuple[str, ...]] = field(default_factory=dict)
    coref: dict[str, tuple[frozenset[str], str]] = field(default_factory=dict)
    metonymy_verbs: frozenset[str] = frozenset()
    protest_cues: dict[str, str] = field(default_factory=dict)  # cue word -> PRT or RIO


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
        actor = ActorEntry(
            id=row["id"],
            name=row["name"],
            inter=parse_inter(row.get("inter", ""), path, line),
            country=row.get("country", "").upper(),
            cameo=row.get("cameo", ""),
            kind=row.get("kind", "") or "other",
            religion=row.get("religion", ""),
            source=row.get("source", "") or path.name,
        )
        previous = data.actors.get(actor.id)
        if previous is not None:
            actor.codes, actor.ties = previous.codes, previous.ties
        data.actors[actor.id] = actor
        data.aliases.append((actor.name.replace("{period}", "").strip(), actor.id, priority))
        for absorbed in (a for a in row.get("absorbs", "").split("|") if a and a != actor.id):
            data.aliases.extend((a, actor.id, priority) for a, i, _ in list(data.aliases) if i == absorbed)
            data.actors.pop(absorbed, None)
        data.aliases.extend((a.strip(), actor.id, priority) for a in row.get("aliases", "").split("|") if a.strip())
        for tie in filter(None, row.get("ties", "").split("|")):
            relation, _, other = tie.rpartition(":")
            actor.ties.append(Tie(relation.strip() or "tied to", other.strip()))


def read_aliases(path: Path, data: RegistryData, priority: int) -> None:
    for line, row in read_tsv(path, ("actor_id", "alias")):
        if row["actor_id"] not in data.actors:
            raise DataFileError(str(path), line, f"alias for unknown actor id '{row['actor_id']}'")
        data.aliases.append((row["alias"], row["actor_id"], priority))


def read_codes(path: Path, data: RegistryData) -> None:
    for line, row in read_tsv(path, ("actor_id", "cameo")):
        actor = data.actors.get(row["actor_id"])
        if actor is not None:
            actor.codes.append((row["cameo"], parse_day(row["start"], path, line), parse_day(row["end"], path, line)))


def read_ties(path: Path, data: RegistryData) -> None:
    for line, row in read_tsv(path, ("actor_id", "relation", "other")):
        actor = data.actors.get(row["actor_id"])
        if actor is None:
            raise DataFileError(str(path), line, f"tie for unknown actor id '{row['actor_id']}'")
        start, end = parse_day(row.get("start", ""), path, line), parse_day(row.get("end", ""), path, line)
        actor.ties.append(Tie(row["relation"], row["other"], start, end))


def read_countries(data: RegistryData) -> None:
    for _, row in read_tsv(builtin("countries.tsv"), ("iso3", "name")):
        aliases = tuple(a for a in row["aliases"].split("|") if a)
        data.countries[row["iso3"]] = Country(row["iso3"], row["iso2"], row["name"], row["capital"], aliases)
    for _, row in read_tsv(builtin("countries_supplement.tsv"), ("iso3", "name")):
        old = data.countries[row["iso3"]]
        extra = tuple(a for a in row["aliases"].split("|") if a)
        names = (old.name, *old.aliases, *extra)
        aliases = tuple(dict.fromkeys(n for n in names if n != row["name"]))
        data.countries[row["iso3"]] = Country(old.iso3, old.iso2, row["name"], old.capital, aliases)


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
    cues = read_tsv(builtin("protest_cues.tsv"), ("cue", "agent"))
    data.protest_cues = {fold(row["cue"]): row["agent"] for _, row in cues}
    data.metonymy_verbs = frozenset(row["verb"] for _, row in read_tsv(builtin("metonymy_verbs.tsv"), ("verb",)))


def load_data(extra_files: tuple[Path, ...] = ()) -> RegistryData:
    """Read every data file; user files last, so they override."""
    data = RegistryData()
    read_actors(builtin("phoenix_actors.tsv"), data, PHOENIX)
    read_aliases(builtin("phoenix_aliases.tsv"), data, PHOENIX)
    read_codes(builtin("phoenix_codes.tsv"), data)
    read_actors(builtin("supplement_actors.tsv"), data, SUPPLEMENT)
    read_aliases(builtin("supplement_aliases.tsv"), data, SUPPLEMENT)
    read_ties(builtin("ties.tsv"), data)
    read_countries(data)
    read_lexicons(data)
    for path in extra_files:
        read_actors(path, data, USER)
    return data
