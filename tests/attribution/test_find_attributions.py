"""find_attributions and sources_for on annotated sentences from real news text and the seed."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest

from frontlines.attribution import find_attributions, sources_for
from helpers import parse_annotated

CASES = [
    line
    for line in (Path(__file__).parent / "attribution_cases.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
]


def _chain_key(attribution) -> list[tuple[int, int, str | None]]:
    return [(s.start, s.end, s.affiliation.text if s.affiliation else None) for s in attribution.sources]


@pytest.mark.parametrize("line", CASES)
def test_each_annotated_chain_is_found_innermost_first(nlp, line: str) -> None:
    text, annotations = parse_annotated(line)
    found = find_attributions(nlp(text))
    chains: dict[str, list] = defaultdict(list)
    for a in annotations:
        if a.tag == "src":
            chains[a.attrs.get("chain", "a")].append(a)
    for links in chains.values():
        links.sort(key=lambda a: int(a.attrs["n"]))
        expected = [(a.start, a.end, a.attrs.get("aff")) for a in links]
        assert expected in [_chain_key(a) for a in found], [
            [(s.text, s.affiliation.text if s.affiliation else None) for s in a.sources] for a in found
        ]
    for hedge in (a for a in annotations if a.tag == "hedge"):
        assert any(a.hedge and not a.sources and a.cue.start == hedge.start for a in found)


def test_outer_links_are_relays(nlp) -> None:
    doc = nlp("AFP reports that the U.N. agency for Palestinian refugees, UNRWA, said it was concerned.")
    inner = next(a for a in find_attributions(doc) if a.cue.text == "said")
    assert [(s.text, s.role) for s in inner.sources] == [("UNRWA", "source"), ("AFP", "relay")]


def test_sentence_without_reporting_has_no_sourced_claim(nlp) -> None:
    doc = nlp("ISIS militants stormed the Palestinian refugee camp, bringing them closer to the palace.")
    assert [a for a in find_attributions(doc) if a.sources] == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen believed to belong to Al Shabaab shot dead a shopkeeper in Mandera.",
        "Fighters thought to be loyal to the army stormed the village, residents said.",
    ],
)
def test_who_is_believed_to_be_someone_is_no_source(nlp, text: str) -> None:
    sources = {s.text for a in find_attributions(nlp(text)) for s in a.sources}
    assert not sources & {"Gunmen", "Fighters"}


def test_seed_sources_cover_the_required_chains(nlp, seed_text: str) -> None:
    attributions = find_attributions(nlp(seed_text))
    chains = {tuple(s.text for s in a.sources) for a in attributions}
    assert {
        ("SOHR",),
        ("Syrian Observatory for Human Rights",),
        ("Rami Abdel Rahman", "Agence France-Presse (AFP)"),
        ("Anwar Abdel Hadi",),
        ("UNRWA", "AFP"),
        ("Chris Gunness", "AFP"),
    } <= chains


def test_sources_for_the_casualty_sentence_of_a_quoted_claim(nlp, seed_text: str) -> None:
    attributions = find_attributions(nlp(seed_text))
    start = seed_text.index("some 3,500 children")
    chain = sources_for(attributions, start, start + len("some 3,500 children"))
    assert [s.text for s in chain] == ["UNRWA", "Chris Gunness", "AFP"]
    assert chain[1].affiliation is not None and chain[1].affiliation.text == "UNRWA"
    start = seed_text.index("in fierce clashes")
    assert [s.text for s in sources_for(attributions, start, start + 5)] == [
        "Rami Abdel Rahman",
        "Agence France-Presse (AFP)",
    ]


def test_sources_for_a_range_no_claim_touches_is_empty(nlp) -> None:
    text = "ISIS stormed the camp. Rebels said they had repelled the attack."
    attributions = find_attributions(nlp(text))
    assert sources_for(attributions, 0, 10) == []
    assert [s.text for s in sources_for(attributions, text.index("repelled"), text.index("repelled") + 8)] == ["Rebels"]
