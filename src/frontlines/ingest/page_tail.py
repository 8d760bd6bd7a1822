"""Where the story ends in text copied whole from a web page: before the page's lists of links.

A page copied as plain text goes on after the story with the site's lists of other headlines
("Related News", "Category News"), its keywords ("Tags") and its footer ("Follow us on
Instagram", "Copyright © 2018"). Those headlines are other stories: read as this one's, "Summit in
Tehran calls for a political solution in Syria" puts an event in Tehran. The HTML reader leaves
them out already (trafilatura keeps the main text); this is the same cut for text that arrives
without its markup.

A list's heading ends the story only when a footer line comes after it and a third of the text
or more comes before it. Some sites print a "Related Coverage" box in the middle of a story and
the story goes on after it, with no footer; others print one near the start, before the story.
Keywords between a lede and the story (`keyword_run`) are read as blanks. A publisher's account of
itself at the end of the page ("Asharq Al-Awsat is the world's premier pan-Arab daily newspaper ...
Launched in London in 1978") ends the story too: read as the story's, it put events in London.
"""

from __future__ import annotations

import re

#: The heading of a list of other stories, capitalised as a heading is; or of the page's keywords
#: ("Tags chemical weapons Damascus"), which name places and groups of other stories as well.
_LIST_HEADING = re.compile(
    r"\b(?:Related(?= [A-Z])|Tags(?= \w)|Category News"
    r"|More (?:News|Stories) from|You May Also Like|You may also like|Most (?:Read|Popular) (?:Stories|News)"
    r"|Recommended (?:Stories|Articles|for You))\b"
)
#: A line of the page's footer.
_FOOTER = re.compile(
    r"\b(?:Copyright\b|All [Rr]ights [Rr]eserved|Follow [Uu]s on|Subscribe to our|Community standards|Comment via)|©"
)
#: Least share of the text before the heading: a list near the start ("Print Tweet Views 729 Related
#: ...", then the story) is a box the story follows, not its end.
MIN_STORY_SHARE = 1 / 3


#: Words that open no keyword and that a story's first sentence soon reaches.
_FUNCTION_WORD = (
    r"(?:the|a|an|of|in|on|at|from|to|by|with|were|was|have|has|had|is|are|been|including|after|as|for|that|who"
    r"|said)"
)
#: A page's keywords between its lede and its story, with no stop before the story's first sentence:
#: "... a monitor said. Tags Syria Idlib gas attack chlorine Assad Warplanes carried out a suspected
#: gas attack ...". The story goes on at "At least N" or at a capitalised word a few words before a
#: function word ("Warplanes carried out a", "Three women from the").
_KEYWORDS = re.compile(
    r"(?<=[.!?\"”] )Tags (?:\S+ ){1,40}?"
    rf"(?=At least \d|[A-Z][\w'-]*(?: [a-z][\w'-]*| \d[\d,]*){{0,4}} {_FUNCTION_WORD}\b)"
)


#: Words that open a sentence about something other than a publication: "There is a media embargo".
_NOT_A_NAME = r"(?!(?:There|It|This|That|These|Those|He|She|They|We|Which|What|Who)\b)"
#: A publisher's account of itself: its name (and perhaps its edition: "Asharq Al-Awsat English"),
#: then "is the/a" and, within a few words, what kind of outlet it is.
_ABOUT_PUBLISHER = re.compile(
    rf"(?:(?<=[.!?\"”] )|^){_NOT_A_NAME}(?:[A-Z][\w'’.-]*[ -]){{1,8}}is (?:the|a|an) (?:[\w'’-]+ ){{0,6}}?"
    r"(?:newspaper|daily|news agency|news website|news site|broadcaster|magazine|news network|news channel"
    r"|television (?:channel|network|station)|media (?:group|outlet|organi[sz]ation))\b"
)
#: Most sentences a publisher's account of itself runs to after its first: it closes the page.
ABOUT_PUBLISHER_SENTENCES = 3
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _about_publisher(text: str) -> int | None:
    """The start of a publisher's account of itself that closes ``text`` (in its last two thirds,
    with at most ``ABOUT_PUBLISHER_SENTENCES`` sentences after its first before the end or the
    footer), if any."""
    for found in _ABOUT_PUBLISHER.finditer(text, int(MIN_STORY_SHARE * len(text))):
        footer = _FOOTER.search(text, found.end())
        end = footer.start() if footer else len(text)
        if len(_SENTENCE_END.findall(text, found.end(), end)) <= ABOUT_PUBLISHER_SENTENCES:
            return found.start()
    return None


def keyword_run(text: str) -> tuple[int, int] | None:
    """The span of a page's keywords in the first half of ``text`` that the story goes on after, if
    any: read with the story's first sentence, "Tags Syria Russia rebels ... At least 40 people were
    killed" made the rebels Russian and the keywords an event's actors."""
    found = _KEYWORDS.search(text)
    if found is None or found.start() >= len(text) / 2:
        return None
    return found.start(), found.end()


def story_end(text: str) -> int:
    """The offset where the story of ``text`` ends: the start of the first list of other stories
    that a footer line follows, else of a publisher's account of itself that closes the page, else
    the end of the text."""
    about = _about_publisher(text)
    if about is not None:
        text = text[:about]
    footers = [m.start() for m in _FOOTER.finditer(text, int(MIN_STORY_SHARE * len(text)))]
    if not footers:
        return len(text)
    last_footer = footers[-1]  # one pass each over the text, whatever the number of headings
    for heading in _LIST_HEADING.finditer(text, int(MIN_STORY_SHARE * len(text))):
        if heading.start() >= MIN_STORY_SHARE * len(text) and heading.end() <= last_footer:
            return heading.start()
    return len(text)
