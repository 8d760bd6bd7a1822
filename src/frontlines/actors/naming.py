"""CAMEO codes to actor kinds and ACLED inter codes, read from ``data/actors/cameo_roles.tsv``."""

from __future__ import annotations

from functools import cache
from typing import NamedTuple

from frontlines.datafiles import data_path, read_tsv

#: Kinds whose mentions are sources of information rather than parties to an event.
SOURCE_KINDS = frozenset({"media", "monitor"})
#: Kinds of armed, organised non-state actors (targets of nominal coreference).
ARMED_GROUP_KINDS = frozenset({"rebel", "militia"})


class Role(NamedTuple):
    kind: str
    inter: int | None


@cache
def _roles() -> tuple[dict[str, Role], dict[str, Role]]:
    prefixes: dict[str, Role] = {}
    roles: dict[str, Role] = {}
    for _, row in read_tsv(data_path("actors/cameo_roles.tsv"), ("code", "place", "kind")):
        role = Role(row["kind"], int(row["inter"]) if row["inter"] else None)
        (prefixes if row["place"] == "prefix" else roles)[row["code"]] = role
    return prefixes, roles


def role_for_code(code: str) -> Role:
    """Kind and inter of a CAMEO code: ``SYRREB`` -> rebel/2, ``IGOUNO`` -> igo/8, ``SYR`` -> country."""
    prefixes, roles = _roles()
    code = code.lstrip("~")
    if code[:3] in prefixes:
        role = prefixes[code[:3]]
        return Role("monitor", None) if "HRI" in code[3:] and role.kind == "ngo" else role
    if len(code) == 3:
        return Role("country", None)
    role = roles.get(code[3:6], Role("other", None))
    return Role("monitor", None) if "HRI" in code[6:] and role.kind == "opposition" else role


def category_for_code(code: str) -> str:
    """Kind of actor a CAMEO code names."""
    return role_for_code(code).kind


def inter_for_code(code: str) -> int | None:
    """ACLED inter code for a CAMEO code, None where ACLED has no actor type for it."""
    return role_for_code(code).inter


def country_of_code(code: str) -> str:
    """The 3-letter country that opens a CAMEO code, empty for IGO/NGO/IMG/... codes."""
    prefixes, _ = _roles()
    head = code.lstrip("~")[:3]
    return "" if head in prefixes or not head.isalpha() else head
