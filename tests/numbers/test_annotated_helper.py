"""The one-line annotation parser used by the extractor tests (tests/helpers.py)."""

from __future__ import annotations

import pytest

from helpers import Annotation, AnnotationError, parse_annotated


def test_parse_annotated_strips_tags_and_keeps_offsets_and_attributes() -> None:
    text, found = parse_annotated("On <date value=2015-04-01 precision=1>Wednesday</date>, battles broke out")
    assert text == "On Wednesday, battles broke out"
    assert found == [Annotation("date", 3, 12, "Wednesday", {"value": "2015-04-01", "precision": "1"})]


def test_parse_annotated_handles_nesting_and_quoted_values() -> None:
    text, found = parse_annotated('<claim>ISIS left, <src role="monitor group">SOHR</src> said</claim>.')
    assert text == "ISIS left, SOHR said."
    assert [(a.tag, a.text, a.attrs) for a in found] == [
        ("claim", "ISIS left, SOHR said", {}),
        ("src", "SOHR", {"role": "monitor group"}),
    ]


@pytest.mark.parametrize("line", ["<a>open only", "<a>x</b>", "x</a>"])
def test_parse_annotated_rejects_unbalanced_tags(line: str) -> None:
    with pytest.raises(AnnotationError):
        parse_annotated(line)
