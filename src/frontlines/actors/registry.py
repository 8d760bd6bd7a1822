"""The actor registry: one compiled automaton over every alias, country word and agent noun.

``load_registry()`` builds it once per process from the data files (or unpickles it from the user's
cache folder, keyed by a SHA-256 of the files' contents); ``registry.find(text)`` returns mentions.
"""

from __future__ import annotations

import os
import pickle
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from frontlines.actors.data import ActorEntry, RegistryData, data_digest, load_data
from frontlines.actors.normalize import FoldedText, fold, is_case_sensitive, variants
from frontlines.errors import ResourceError
from frontlines.records import Actor, Evidence

if TYPE_CHECKING:
    import ahocorasick

    from frontlines.settings import Settings

MentionKind = Literal["named", "composed", "agent", "coref", "source", "metonym"]
#: Bumped when the pickled layout or what the build reads from the files changes, so old caches are rebuilt.
CACHE_FORMAT = 16
#: Shortest folded alias kept in the automaton (two letters: "IS", "UN", "AP" in capitals).
MIN_KEY_LENGTH = 2
#: What a key stands for: (length, case tag + actor id, case tag + ISO3 of a country word,
#: ISO3 of a capital, (agent code, use)); case tags are explained in ``case_tag``.
KeyValue = tuple[int, str | None, str | None, str | None, tuple[str, str] | None]


@dataclass(frozen=True, slots=True)
class Hit:
    """A raw automaton match on word boundaries, in folded-text offsets."""

    start: int
    end: int
    actor: str | None  # actor id ("a|b" for an alias of actors in different countries, until resolved)
    country: str | None  # ISO3 of a country word
    capital: bool
    agent: tuple[str, str] | None  # (agent code, use)


@dataclass(slots=True)
class ActorMention:
    """An actor found in a text: where, what it resolved to, and the rule that decided it."""

    start: int
    end: int
    text: str
    actor_id: str | None
    name: str
    inter: int | None
    country: str | None
    cameo: str | None
    kind: MentionKind
    ties: list[str] = field(default_factory=list)
    rule: str = ""
    category: str = ""  # the actor's kind: rebel, state, media, monitor, person...

    def to_actor(self) -> Actor:
        """The mention as a record ``Actor`` with its evidence."""
        evidence = Evidence(start=self.start, end=self.end, text=self.text, rule=self.rule)
        return Actor(
            name=self.name,
            actor_id=self.actor_id,
            inter=self.inter,
            country=self.country,
            cameo=self.cameo,
            ties=list(self.ties),
            evidence=[evidence],
        )


def plural(noun: str) -> str:
    """English plural of an agent noun's last word: gunman -> gunmen, militia -> militias."""
    head, _, last = noun.rpartition(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and last[-2:-1] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        last += "es"
    else:
        last += "s"
    return f"{head} {last}".strip()


def case_tag(alias: str) -> str:
    """'A': matches only in capitals (IS, AFP); 'C': only capitalised (one-word names); 'a': any case."""
    if is_case_sensitive(alias):
        return "A"
    return "C" if " " not in fold(alias) else "a"


def build_automaton(data: RegistryData) -> tuple[ahocorasick.Automaton, ahocorasick.Automaton, list[KeyValue]]:
    """Automata over folded aliases, country words and agent nouns; an int per key indexes ``values``.

    The second automaton holds the capitals-only forms (IS, UN, AFP) in capitals, run over the cased
    text. Ints instead of Python objects in the automata make the cached registry unpickle fast.
    """
    import ahocorasick

    best: dict[str, tuple[int, str, list[str]]] = {}
    for alias, actor_id, priority in data.aliases:
        if actor_id not in data.actors:
            continue
        case = case_tag(alias)
        for key in variants(alias, data.spellings):
            if len(key) < MIN_KEY_LENGTH:
                continue
            if key not in best or priority > best[key][0]:
                best[key] = (priority, case, [actor_id])
            elif (
                priority == best[key][0]
                and actor_id not in best[key][2]
                and _other_country(data, best[key][2], actor_id)
            ):
                best[key][2].append(actor_id)  # "SNA": Somali National Army or Syrian National Army, by article country
    items: dict[str, dict[str, Any]] = {k: {"actor": case + "|".join(ids)} for k, (_, case, ids) in best.items()}
    for country in data.countries.values():
        for name in (country.name, *country.aliases):
            for key in variants(name, {}):
                items.setdefault(key, {})["country"] = case_tag(name) + country.iso3
        if country.capital:
            items.setdefault(fold(country.capital), {})["capital"] = country.iso3
    for key, value in _lost_apostrophes(data, items).items():
        items.setdefault(key, value)
    for noun, (agent, use) in data.agents.items():
        if use == "drop":
            for key in (fold(noun), fold(plural(noun))):
                items.get(key, {}).pop("agent", None)
            continue
        for key in {fold(noun), fold(plural(noun))}:
            items.setdefault(key, {})["agent"] = (agent, use)
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    capitals = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    values: list[KeyValue] = []
    for key, value in items.items():
        upper = {t: value.pop(t)[1:] for t in ("actor", "country") if str(value.get(t, "a"))[0] == "A"}
        if upper:  # capitals-only forms go to an automaton over the cased text: "is" never reaches Python
            capitals.add_word(key.upper(), len(values))
            values.append((len(key), _tag(upper.get("actor")), _tag(upper.get("country")), None, None))
        title = {t: value.pop(t)[1:] for t in ("actor", "country") if str(value.get(t, "a"))[0] == "C"}
        if title:  # one-word names need a capital: "Hamas" or "HAMAS", never "hamas"
            for form in {key[:1].upper() + key[1:], key.upper()}:
                if capitals.exists(form):
                    continue
                capitals.add_word(form, len(values))
                values.append((len(key), _tag(title.get("actor")), _tag(title.get("country")), None, None))
        if value:
            automaton.add_word(key, len(values))
            values.append(
                (len(key), value.get("actor"), value.get("country"), value.get("capital"), value.get("agent"))
            )
    automaton.make_automaton()
    capitals.make_automaton()
    return automaton, capitals, values


#: Kinds of actor whose one-word name is read with a possessive whose apostrophe was lost ("Assads forces").
POSSESSIVE_KINDS = frozenset({"government", "state"})
#: Name + "s" forms that are a word or a name of their own ("Frances", "guineas", "jerseys", "Senates").
NOT_POSSESSIVE = frozenset({"frances", "guineas", "jerseys", "chads", "senates"})


def _lost_apostrophes(data: RegistryData, items: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Keys for possessives whose apostrophe text scraped from the web often loses: "Assads forces",
    "Russias Aerospace Forces", "Syrias army", "the Syrian armys air force". Only a one-word
    country name, the one-word name of a state actor or a government, and an agent noun in -y (whose
    plural is -ies) get one, and never where name + "s" is a word or a name of its own."""
    keys: dict[str, dict[str, Any]] = {}
    names = [(fold(c.name), "country") for c in data.countries.values()]
    names += [
        (fold(alias), "actor")
        for alias, actor_id, _ in data.aliases
        if actor_id in data.actors and data.actors[actor_id].kind in POSSESSIVE_KINDS and not alias.isupper()
    ]
    for name, tag in names:
        value = items.get(name, {}).get(tag)
        if " " in name or name.endswith("s") or value is None or not str(value).startswith("C"):
            continue
        if name + "s" not in NOT_POSSESSIVE:
            keys.setdefault(name + "s", {})[tag] = value
    for noun, (agent, use) in data.agents.items():
        if " " not in noun and noun.endswith("y") and use != "drop" and plural(noun) != noun + "s":
            keys.setdefault(fold(noun) + "s", {})["agent"] = (agent, use)
    return keys


def _other_country(data: RegistryData, ids: list[str], actor_id: str) -> bool:
    """An alias shared by actors of different countries keeps them all; the article's country picks one.
    So does one shared by external forces each active in their own theatres ("coalition warplanes")."""
    if all(_theatres(data, i) for i in [*ids, actor_id]):
        return all(not (_theatres(data, i) & _theatres(data, actor_id)) for i in ids)
    # "AU troops": the body's mission where it is active in the article's country, the body elsewhere
    if _theatres(data, actor_id) and all(_general(data, i) for i in ids):
        return True
    if _general(data, actor_id) and all(_theatres(data, i) for i in ids):
        return True
    country = data.actors[actor_id].country
    return bool(country) and all(data.actors[i].country not in ("", country) for i in ids)


def _general(data: RegistryData, actor_id: str) -> bool:
    """An actor of no country and no theatre: a body such as the African Union."""
    return not data.actors[actor_id].country and not _theatres(data, actor_id)


def _theatres(data: RegistryData, actor_id: str) -> set[str]:
    """Countries an external force is active in (ties.tsv, "active in")."""
    return {t.other for t in data.actors[actor_id].ties if t.relation == "active in"}


def _tag(value: str | None) -> str | None:
    return f"a{value}" if value else None


class ActorRegistry:
    """Actors, their aliases and the compiled automaton; ``find`` resolves mentions in a text."""

    def __init__(
        self,
        data: RegistryData,
        automaton: ahocorasick.Automaton,
        capitals: ahocorasick.Automaton,
        values: list[KeyValue],
    ):
        self.data = data
        self.automaton = automaton
        self.capitals = capitals
        self.values = values

    @property
    def actors(self) -> Mapping[str, ActorEntry]:
        return self.data.actors

    def hits(self, folded: FoldedText) -> list[Hit]:
        """Non-overlapping automaton matches on word boundaries; the longest wins."""
        found: list[Hit] = []
        text = folded.folded
        values = self.values
        for automaton, haystack in ((self.automaton, text), (self.capitals, folded.cased)):
            for end_index, index in automaton.iter(haystack):
                value = values[index]
                start, end = end_index - value[0] + 1, end_index + 1
                if not folded.is_word_at(start, end):
                    continue
                hit = self._hit(folded, start, end, value)
                if hit is not None:
                    found.append(hit)
        return _longest_first(found)

    @staticmethod
    def _hit(folded: FoldedText, start: int, end: int, value: KeyValue) -> Hit | None:
        _, actor_tag, country_tag, capital, agent = value
        capitals_only: bool | None = None

        def allowed(tagged: str | None) -> str | None:
            nonlocal capitals_only
            if tagged is None or tagged[0] == "a":
                return tagged[1:] if tagged else None
            if tagged[0] == "C":
                return tagged[1:] if folded.original[folded.to_original(start)].isupper() else None
            if capitals_only is None:
                span = folded.original[folded.to_original(start) : folded.to_original(end - 1) + 1]
                capitals_only = not any(c.islower() for c in span)
            return tagged[1:] if capitals_only else None

        actor, country = allowed(actor_tag), allowed(country_tag)
        if actor is None and country is None and capital is None and agent is None:
            return None
        return Hit(start, end, actor, country or capital, country is None and capital is not None, agent)

    def find(self, text: str, country: str | None = None, event_date: date | None = None) -> list[ActorMention]:
        """Actor mentions in ``text``, in order; ``country`` (ISO3/ISO2/name) is the article's country."""
        from frontlines.actors.resolve import resolve_mentions

        return resolve_mentions(self, text, self.country_code(country), event_date)

    def country_code(self, value: str | None) -> str | None:
        """ISO3 for an ISO3 code, an ISO2 code, a country name or a demonym; None if unknown."""
        from frontlines.actors.resolve import country_code

        return country_code(self.data, value)

    def search(self, name: str, limit: int = 5, event_date: date | None = None) -> list[tuple[ActorEntry, float, str]]:
        """How ``name`` resolves: exact aliases first, then composition, then fuzzy candidates."""
        from frontlines.actors.resolve import search

        return search(self, name, limit, event_date)


def _longest_first(hits: list[Hit]) -> list[Hit]:
    import bisect

    chosen: list[Hit] = []
    starts: list[int] = []
    for hit in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        index = bisect.bisect_left(starts, hit.start)
        if index and chosen[index - 1].end > hit.start:
            continue
        if index < len(chosen) and chosen[index].start < hit.end:
            continue
        chosen.insert(index, hit)
        starts.insert(index, hit.start)
    return chosen


def _build(extra_files: tuple[Path, ...], cache_dir: Path | None) -> ActorRegistry:
    builtin, digest = data_digest(()), data_digest(extra_files)
    cache_file = cache_dir / f"actors-{CACHE_FORMAT}-{builtin[:16]}-{digest[:16]}.pickle" if cache_dir else None
    if cache_file is not None and cache_file.exists():
        try:
            with cache_file.open("rb") as handle:
                data, automaton, capitals, values = pickle.load(handle)
            return ActorRegistry(data, automaton, capitals, values)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError):
            pass  # a stale or broken cache is rebuilt below
    data = load_data(extra_files)
    automaton, capitals, values = build_automaton(data)
    data.pack()
    if cache_file is not None:
        try:
            cache_file.parent.mkdir(parents=True, exist_ok=True)
            temporary = cache_file.with_suffix(f".{os.getpid()}.tmp")  # workers may build at once
            with temporary.open("wb") as handle:
                pickle.dump((data, automaton, capitals, values), handle, protocol=pickle.HIGHEST_PROTOCOL)
            temporary.replace(cache_file)
            for stale in cache_file.parent.glob("actors-*.pickle"):
                if f"-{builtin[:16]}-" not in stale.name:
                    stale.unlink(missing_ok=True)  # built from older data files
        except OSError as exc:
            raise ResourceError(
                f"{cache_file}: cannot write the actor cache ({exc.strerror}); check cache_dir"
            ) from exc
    return ActorRegistry(data, automaton, capitals, values)


@lru_cache(maxsize=8)
def _cached(extra_files: tuple[Path, ...], cache_dir: Path | None) -> ActorRegistry:
    return _build(extra_files, cache_dir)


def load_registry(extra_files: Sequence[Path] = (), settings: Settings | None = None) -> ActorRegistry:
    """The registry, built once per process; ``settings.actors_files`` then ``extra_files`` override it."""
    from frontlines.settings import default_cache_dir

    files = tuple(Path(p).resolve() for p in [*(settings.actors_files if settings else ()), *extra_files])
    cache_dir = settings.cache_dir if settings else default_cache_dir()
    return _cached(files, cache_dir)
