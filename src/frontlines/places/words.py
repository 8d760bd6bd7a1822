"""The words around a toponym (``data/places/place_words.tsv``): admin levels, areas, directions."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from frontlines.datafiles import data_path, read_tsv
from frontlines.errors import DataFileError

PLACE_WORDS = "places/place_words.tsv"


@dataclass(frozen=True)
class PlaceWords:
    """Place words grouped by kind; ``admin_level`` maps an admin word to 1, 2 or None (either)."""

    admin_level: dict[str, int | None]
    part: frozenset[str]
    near: tuple[str, ...]
    direction: frozenset[str]
    site: frozenset[str]
    prep: frozenset[str]
    facility: frozenset[str] = frozenset()

    def type_words(self) -> frozenset[str]:
        """Words that may trail a name and are not part of it ("province", "camp", "countryside")."""
        return frozenset(self.admin_level) | self.part | self.site


@cache
def place_words() -> PlaceWords:
    """The shipped place words, read once per process."""
    admin: dict[str, int | None] = {}
    kinds: dict[str, list[str]] = {"part": [], "near": [], "direction": [], "site": [], "prep": [], "facility": []}
    path = data_path(PLACE_WORDS)
    for line, row in read_tsv(path, required=("word", "kind")):
        if row["kind"] not in kinds and row["kind"] != "admin":
            raise DataFileError(str(path), line, f"unknown kind '{row['kind']}'; use admin, {', '.join(kinds)}")
        if row["kind"] == "admin":
            admin[row["word"]] = int(row["level"]) if row["level"] else None
        else:
            kinds[row["kind"]].append(row["word"])
    return PlaceWords(
        admin_level=admin,
        part=frozenset(kinds["part"]),
        near=tuple(sorted(kinds["near"], key=len, reverse=True)),
        direction=frozenset(kinds["direction"]),
        site=frozenset(kinds["site"]),
        prep=frozenset(kinds["prep"]),
        facility=frozenset(kinds["facility"]),
    )
