"""Name folding and the country resolver."""

from __future__ import annotations

import pytest

from frontlines.datafiles import data_path, read_tsv
from frontlines.places.countries import resolve_country
from frontlines.places.normalize import normalize_name, skeleton


@pytest.mark.parametrize(
    ("variant", "canonical"),
    [
        ("‘Ayn al ‘Arab", "Ayn al-Arab"),
        ("Ayn el Arab", "Ayn al Arab"),
        ("al-Yarmūk", "Yarmuk"),
        ("Dayr az-Zawr", "Dayr az Zawr"),
        ("Tall Abyaḑ", "Tall Abyad"),
        ("KOBANÎ", "Kobani"),
    ],
)
def test_normalize_folds_accents_apostrophes_hyphens_and_articles(variant: str, canonical: str) -> None:
    assert normalize_name(variant) == normalize_name(canonical)


def test_normalize_keeps_a_lone_article_and_drops_punctuation() -> None:
    assert normalize_name("Al") == "al"
    assert normalize_name("  Deir ez-Zor, ") == "deir zor"


@pytest.mark.parametrize(("a", "b"), [("Idleb", "Idlib"), ("Raqqa", "Ar-Raqqah"), ("Deir ez-Zor", "Dayr az Zawr")])
def test_skeleton_joins_transliterations(a: str, b: str) -> None:
    assert skeleton(normalize_name(a)) == skeleton(normalize_name(b))


def test_skeleton_keeps_different_towns_apart() -> None:
    assert skeleton(normalize_name("Homs")) != skeleton(normalize_name("Hama"))


@pytest.mark.parametrize("value", ["Syria", "SY", "SYR", 760, "760", "Syrian Arab Republic", "syria"])
def test_country_resolver_takes_names_and_every_code(value: str | int) -> None:
    country = resolve_country(value)
    assert country is not None
    assert (country.name, country.iso2, country.iso3, country.isonum) == ("Syria", "SY", "SYR", 760)


@pytest.mark.parametrize(
    ("value", "acled_name"),
    [
        ("Democratic Republic of the Congo", "Democratic Republic of Congo"),
        ("DRC", "Democratic Republic of Congo"),
        ("Côte d'Ivoire", "Ivory Coast"),
        ("Palestinian Territory", "Palestine"),
        ("Türkiye", "Turkey"),
        ("KEN", "Kenya"),
        (887, "Yemen"),
    ],
)
def test_country_resolver_answers_in_acled_spelling(value: str | int, acled_name: str) -> None:
    country = resolve_country(value)
    assert country is not None and country.name == acled_name


@pytest.mark.parametrize("value", ["Narnia", "", None, "XX", 999])
def test_country_resolver_returns_none_for_unknown_values(value: str | int | None) -> None:
    assert resolve_country(value) is None


def test_country_table_has_unique_codes() -> None:
    rows = [row for _, row in read_tsv(data_path("places/countries.tsv"), ("iso2", "iso3"))]
    assert len(rows) > 240
    assert len({r["iso2"] for r in rows}) == len(rows)
    assert len({r["iso3"] for r in rows}) == len(rows)
