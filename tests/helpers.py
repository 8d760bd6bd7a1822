"""One-line annotated test cases: ``On <date value=2015-04-01>Wednesday</date>, battles broke out``.

``parse_annotated`` strips the tags and returns the plain text with each tagged span (tag name,
character offsets in the plain text, attributes). Tags may nest; attribute values are bare words or
double-quoted strings. Extractor tests are then dozens of such lines taken from real text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

_TAG = re.compile(r"<(/?)([a-z_]+)((?:\s+[a-z_]+=(?:\"[^\"]*\"|[^\s>]+))*)\s*>")
_ATTR = re.compile(r"([a-z_]+)=(?:\"([^\"]*)\"|([^\s>]+))")


@dataclass(frozen=True)
class Annotation:
    """A tagged span of the plain text."""

    tag: str
    start: int
    end: int
    text: str
    attrs: dict[str, str] = field(default_factory=dict)


class AnnotationError(ValueError):
    """A malformed annotated line (unclosed or mismatched tag)."""


def parse_annotated(line: str) -> tuple[str, list[Annotation]]:
    """The plain text of ``line`` and its annotations, in order of their start."""
    plain: list[str] = []
    length = 0
    open_tags: list[tuple[str, int, dict[str, str]]] = []
    found: list[Annotation] = []
    position = 0
    for match in _TAG.finditer(line):
        chunk = line[position : match.start()]
        plain.append(chunk)
        length += len(chunk)
        position = match.end()
        closing, tag, attrs = match.group(1), match.group(2), match.group(3)
        if not closing:
            values = {m.group(1): m.group(2) if m.group(2) is not None else m.group(3) for m in _ATTR.finditer(attrs)}
            open_tags.append((tag, length, values))
            continue
        if not open_tags or open_tags[-1][0] != tag:
            raise AnnotationError(f"</{tag}> does not close the last open tag in: {line}")
        _, start, values = open_tags.pop()
        found.append(Annotation(tag, start, length, "".join(plain)[start:length], values))
    if open_tags:
        raise AnnotationError(f"<{open_tags[-1][0]}> is never closed in: {line}")
    plain.append(line[position:])
    found.sort(key=lambda a: (a.start, -a.end))
    return "".join(plain), found


def annotations(line: str, tag: str) -> list[Annotation]:
    """Only the annotations of one tag."""
    return [a for a in parse_annotated(line)[1] if a.tag == tag]
