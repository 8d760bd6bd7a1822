"""The gazetteer at query time: a read-only SQLite index, candidates by name.

``open_gazetteer(settings)`` opens the index once per process (building it first, in a child
process, if it is missing) and answers ``candidates(name)`` from an in-memory cache.
"""

from __future__ import annotations

import re
import sqlite3
import threading
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, replace
from functools import lru_cache
from multiprocessing import get_context
from pathlib import Path

from frontlines.errors import ResourceError
from frontlines.places.countries import resolve_country
from frontlines.places.normalize import normalize_name, skeleton
from frontlines.settings import Settings

#: Candidates kept per name before country filtering; "Tripoli" or "San Jose" have dozens.
MAX_CANDIDATES_PER_NAME = 200
#: A spelling variant must also be this close (rapidfuzz ratio) to one of the place's names:
#: "Arbin"/"Irbin" (80) and "Mansoura"/"Mansurah" (75) pass, "Misraba"/"Muzayrib" (53) does not.
#: Chosen on UCDP GED Syria place names (CC BY), not on ACLED rows.
SKELETON_MIN_RATIO = 70
#: Distinct names whose candidates stay in memory (about 1 KB each).
NAME_CACHE_SIZE = 50_000
_COLUMNS = (
    "p.geonameid, p.name, p.asciiname, p.country_code, p.iso3, p.isonum, p.country, p.admin1_code, "
    "p.admin1, p.admin2_code, p.admin2, p.admin2_rule, p.latitude, p.longitude, p.feature_class, "
    "p.feature_code, p.population, p.source"
)


@dataclass(frozen=True, slots=True)
class Candidate:
    """A place the index holds under a name, with how the name matched."""

    geonameid: int
    name: str
    asciiname: str
    country_code: str | None
    iso3: str | None
    isonum: int | None
    country: str | None
    admin1_code: str | None
    admin1: str | None
    admin2_code: str | None
    admin2: str | None
    admin2_rule: str | None
    latitude: float | None
    longitude: float | None
    feature_class: str | None
    feature_code: str | None
    population: int
    source: str
    is_primary: bool = False
    match: str = "exact"

    @property
    def admin_level(self) -> int | None:
        """0 for a country, 1 or 2 for an admin unit, None for a town or site."""
        return {"PCLI": 0, "ADM1": 1, "ADM2": 2}.get(self.feature_code or "")


_FIELDS = tuple(column.split(".")[1] for column in _COLUMNS.split(", "))


def _candidate(row: tuple, is_primary: bool = False, match: str = "exact") -> Candidate:
    return Candidate(**dict(zip(_FIELDS, row, strict=True)), is_primary=is_primary, match=match)


#: Letters a name's words must have, written as one, to be looked up so ("Ceel Buur": "ceelbuur").
JOINED_MIN_LETTERS = 6
#: A one-word name that opens with the Arabic article: "Elwak", "Alsancak".
_FUSED_ARTICLE = re.compile(r"^([EA]l)([a-z]{3,})$")


class Gazetteer:
    """Read-only access to a built gazetteer index."""

    def __init__(self, path: Path):
        self.path = path
        if not path.exists():
            raise ResourceError(f"{path}: no gazetteer index; run 'frontlines gazetteer build'")
        try:
            self._conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
            self._conn.execute("PRAGMA query_only = ON")
            schema = self._conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
        except sqlite3.DatabaseError as exc:
            raise ResourceError(f"{path}: not a gazetteer index ({exc}); rebuild it") from exc
        if schema is None:
            raise ResourceError(f"{path}: gazetteer index without a schema version; rebuild it")
        version = self._conn.execute("SELECT value FROM meta WHERE key = 'data_version'").fetchone()
        self.data_version = version[0] if version else ""
        units = self._conn.execute("SELECT value FROM meta WHERE key = 'local_units'").fetchone()
        #: the geoBoundaries table the local units came from ("" if the index has none)
        self.local_units = units[0] if units else ""
        self._lock = threading.Lock()
        self._by_key = lru_cache(maxsize=NAME_CACHE_SIZE)(self._lookup_key)

    def close(self) -> None:
        """Close the index file."""
        self._conn.close()

    def __reduce__(self) -> tuple[type[Gazetteer], tuple[Path]]:
        """Pickled as its path: a worker process reopens the file (connections do not travel)."""
        return (Gazetteer, (self.path,))

    def _query(self, sql: str, params: tuple) -> list[tuple]:
        with self._lock:
            return self._conn.execute(sql, params).fetchall()

    def _lookup_key(self, key: str) -> tuple[Candidate, ...]:
        rows = self._query(
            f"SELECT {_COLUMNS}, n.is_primary FROM names n JOIN places p USING (geonameid) "
            "WHERE n.key = ? ORDER BY p.population DESC LIMIT ?",
            (key, MAX_CANDIDATES_PER_NAME),
        )
        return tuple(_candidate(row[:-1], is_primary=bool(row[-1])) for row in rows)

    def candidates(self, name: str, country: str | None = None, limit: int = 20) -> list[Candidate]:
        """Places called ``name`` (most populous first), in ``country`` (name or ISO code) if given.

        Where the exact key finds nothing in the country, a transliteration skeleton is tried
        there ("Idleb" -> Idlib), with ``match="skeleton"``.
        """
        key = normalize_name(name)
        if not key:
            return []
        found = list(self._by_key(key))
        if (fused := _FUSED_ARTICLE.match(name)) is not None:
            # "Elwak" is also "El Wak": the article written as one word with the name
            seen = {c.geonameid for c in found}
            split = self._by_key(normalize_name(f"{fused.group(1)} {fused.group(2)}"))
            found += [c for c in split if c.geonameid not in seen]
        if country is None:
            return found[:limit]
        resolved = resolve_country(country)
        iso2 = resolved.iso2 if resolved else country.upper()
        found = [c for c in found if c.country_code == iso2]
        return (found or self.skeleton_candidates(key, iso2) or self._joined_candidates(key, iso2))[:limit]

    def _joined_candidates(self, key: str, iso2: str) -> list[Candidate]:
        """Places in country ``iso2`` indexed under the name's words written as one ("Ceel Buur" is
        the index's "Ceelbuur"), with ``match="skeleton"``: another spelling of the name."""
        joined = key.replace(" ", "")
        if joined == key or len(joined) < JOINED_MIN_LETTERS:
            return []
        return [replace(c, match="skeleton") for c in self._by_key(joined) if c.country_code == iso2]

    def skeleton_candidates(self, key: str, iso2: str) -> list[Candidate]:
        """Places in country ``iso2`` whose name has the same skeleton as ``key``."""
        skey = skeleton(key)
        if len(skey.replace(" ", "")) < 3:
            return []
        rows = self._query(
            f"SELECT {_COLUMNS} FROM skeletons s JOIN places p USING (geonameid) "
            "WHERE s.skey = ? AND s.country_code = ? ORDER BY p.population DESC LIMIT ?",
            (skey, iso2, MAX_CANDIDATES_PER_NAME),
        )
        return [_candidate(row, match="skeleton") for row in rows if self._similar(key, row[0])]

    def _similar(self, key: str, geonameid: int) -> bool:
        """True if one of the place's names is close to ``key`` in edit distance, not only in skeleton."""
        from rapidfuzz import fuzz

        names = self._query("SELECT key FROM names WHERE geonameid = ?", (geonameid,))
        return any(fuzz.ratio(key, name) >= SKELETON_MIN_RATIO for (name,) in names)

    def has_key(self, key: str) -> bool:
        """True if some place is indexed under the normalised name ``key``."""
        return bool(self._by_key(key))

    def place(self, geonameid: int) -> Candidate | None:
        """The place with this id."""
        rows = self._query(f"SELECT {_COLUMNS} FROM places p WHERE geonameid = ?", (geonameid,))
        return _candidate(rows[0], is_primary=True) if rows else None

    def admin_unit(self, country_code: str, admin1_code: str, admin2_code: str | None = None) -> Candidate | None:
        """The place row of an admin1 unit (or an admin2 unit when ``admin2_code`` is given)."""
        code = "ADM2" if admin2_code else "ADM1"
        rows = self._query(
            f"SELECT {_COLUMNS} FROM places p WHERE country_code = ? AND admin1_code = ? "
            "AND feature_code = ? AND (? IS NULL OR admin2_code = ?) LIMIT 1",
            (country_code, admin1_code, code, admin2_code, admin2_code),
        )
        return _candidate(rows[0], is_primary=True) if rows else None

    def stats(self) -> dict[str, int | str]:
        """Row counts and build time of the index."""
        out: dict[str, int | str] = {}
        for table in ("places", "names", "admins", "dumps"):
            out[table] = self._query(f"SELECT count(*) FROM {table}", ())[0][0]
        out["built"] = self._query("SELECT value FROM meta WHERE key = 'built'", ())[0][0]
        return out


_OPEN: dict[Path, Gazetteer] = {}
_OPEN_LOCK = threading.Lock()


def open_gazetteer(settings: Settings | None = None, path: Path | None = None) -> Gazetteer:
    """The gazetteer of ``settings`` (or at ``path``), opened once per process; built if missing."""
    target = (path or (settings or Settings()).gazetteer).expanduser().resolve()
    with _OPEN_LOCK:
        if target not in _OPEN:
            if not target.exists() or _is_stale(target):
                build_in_child(target)
            _OPEN[target] = Gazetteer(target)
        return _OPEN[target]


def is_current(target: Path) -> bool:
    """True if the index exists and was built from the installed data files."""
    return target.exists() and not _is_stale(target)


def _is_stale(target: Path) -> bool:
    """True if the index was built from other data files than the installed ones."""
    from frontlines.places.build import data_version
    from frontlines.places.sources import geoboundaries_csv

    try:
        gazetteer = Gazetteer(target)
    except ResourceError:
        return True
    try:
        if gazetteer.data_version != data_version():
            return True
        # an index built without the local units is stale once the package that holds them is
        # installed; one built with them stays current where it is shipped without the package
        return not gazetteer.local_units and geoboundaries_csv() is not None
    finally:
        gazetteer.close()


def build_in_child(target: Path) -> dict[str, int]:
    """Build the index in a child process, so this process never holds the 700 MB of source JSON.

    The child is forked, not spawned: a spawned child re-imports the caller's main module, which
    breaks plain scripts that call ``frontlines.extract`` at top level.
    """
    from frontlines.places.build import build_index, recorded_dumps

    dumps = recorded_dumps(target)
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("fork")) as pool:
        return pool.submit(build_index, target, None, dumps).result()
