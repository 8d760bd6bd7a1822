"""Where the story ends in text copied whole from a web page: before the page's lists of links.

A page copied as plain text goes on after the story with the site's lists of other headlines
("Related News", "Category News") and its footer ("Follow us on Instagram", "Copyright © 2018").
Those headlines are other stories: read as this one's, "Summit in Tehran calls for a political
solution in Syria" puts an event in Tehran. The HTML reader leaves them out already (trafilatura
keeps the main text); this is the same cut for text that arrives without its markup.

A list's heading ends the story only when a footer line comes after it. Some sites print a
"Related Coverage" box in the middle of a story and the story goes on after it, with no footer.
"""

from __future__ import annotations

import re

#: The heading of a list of other stories, capitalised as a heading is.
_LIST_HEADING = re.compile(
    r"\b(?:Related (?:News|Articles|Stories|Posts|Content|Coverage|Topics|Links)|Category News"
    r"|More (?:News|Stories) from|You May Also Like|You may also like|Most (?:Read|Popular) (?:Stories|News)"
    r"|Recommended (?:Stories|Articles|for You))\b"
)
#: A line of the page's footer.
_FOOTER = re.compile(r"\b(?:Copyright\b|All [Rr]ights [Rr]eserved|Follow [Uu]s on|Subscribe to our)|©")
#: Fewest letters of story before the heading: a heading at the very start is the page's, not an end.
MIN_STORY_LETTERS = 100


def story_end(text: str) -> int:
    """The offset where the story of ``text`` ends: the start of the first list of other stories
    that a footer line follows, else the end of the text."""
    for heading in _LIST_HEADING.finditer(text):
        if _FOOTER.search(text, heading.end()) and _letters(text, heading.start()) >= MIN_STORY_LETTERS:
            return heading.start()
    return len(text)


def _letters(text: str, end: int) -> int:
    return sum(1 for c in text[:end] if c.isalpha())
