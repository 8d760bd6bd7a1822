"""The story of a page copied as text ends before the site's lists of other stories
(ingest.page_tail). Texts written for frontlines."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.ingest.page_tail import keyword_run, story_end
from frontlines.pipeline import story_of
from frontlines.records import Article

STORY = (
    "Shelling hit a market in eastern Aleppo on Tuesday, killing four civilians, a local monitor said. "
    "Rescue workers pulled two more people from the rubble of a bakery nearby. "
)
LINKS = (
    "Related News Summit in Tehran calls for talks on Syria | Police arrest 40 protesters in Ankara "
    "Category News Floods kill 12 in Kerala "
)
FOOTER = "Follow us on Instagram. Copyright © 2018 Example World. All rights reserved."


def test_the_story_ends_at_the_first_list_of_links_a_footer_follows() -> None:
    text = STORY + "Source agencies " + LINKS + FOOTER
    assert text[: story_end(text)] == STORY + "Source agencies "
    # a bare "Related" heading, and a comment box for a footer
    other = (
        STORY + "... 214 Related Blast hits a checkpoint in Homs Tags Syria Community standards Comment via Facebook"
    )
    assert other[: story_end(other)] == STORY + "... 214 "
    # the page's keywords, which a footer follows, end it too
    tagged = STORY + "... 13 Tags airstrikes Deir ez-Zor Palmyra Community standards Comment via Facebook"
    assert tagged[: story_end(tagged)] == STORY + "... 13 "


@pytest.mark.parametrize(
    "text",
    [
        # a box of links in the middle of a story that goes on, with no footer after it
        STORY + "Related Coverage Talks on Syria stall in Geneva " + STORY,
        # the words in a sentence of the story, not a heading
        STORY + "Officials said related news of the attack spread fast. Copyright 2018.",
        # keywords in the middle of a page, the story after them, and no footer
        STORY + "Tags Syria Aleppo shelling " + STORY,
        # a heading before any story is the page's own, not the story's end, and so is a box of links
        # near the start that the story follows
        "Related News " + FOOTER,
        "Print Tweet Views 729 Related Blast hits Homs | Talks stall in Geneva " + STORY + STORY + FOOTER,
        STORY,
    ],
)
def test_no_cut_without_a_heading_a_footer_follows(text: str) -> None:
    assert story_end(text) == len(text)


def test_many_headings_with_no_footer_cut_nothing() -> None:
    # each heading once looked for a footer through the rest of the text: thousands of them made
    # one long page take seconds; now the footers are found once
    text = STORY * 600 + "Related News Blast hits Homs " * 2000
    assert story_end(text) == len(text)
    assert story_end(text + FOOTER) == len(STORY * 600)


@pytest.mark.slow
def test_the_headlines_after_a_story_give_no_event_and_evidence_stays_in_the_text(pipeline) -> None:
    text = STORY + "Source agencies " + LINKS + FOOTER
    article = Article(id="page", text=text, published=date(2018, 5, 2))
    events = pipeline.extract(article)
    alone = pipeline.extract(Article(id="story", text=STORY, published=date(2018, 5, 2)))
    assert [(e.sub_event_type, e.location, e.fatalities) for e in events] == [
        (e.sub_event_type, e.location, e.fatalities) for e in alone
    ]
    assert events and {e.location for e in events} == {"Aleppo"}
    for event in events:
        for spans in event.evidence.values():
            for span in spans:
                assert text[span.start : span.end] == span.text


ABOUT = (
    "Example Herald English Example Herald is the region's leading independent daily newspaper, printed in "
    "six cities. Launched in London in 1994, it has readers in forty countries."
)


def test_a_publishers_account_of_itself_at_the_end_of_the_page_ends_the_story() -> None:
    text = STORY + ABOUT
    assert text[: story_end(text)] == STORY
    # before a footer and its list of links, the account ends the story too
    assert (STORY + ABOUT + FOOTER)[: story_end(STORY + ABOUT + FOOTER)] == STORY


@pytest.mark.parametrize(
    "text",
    [
        # the story goes on for more than a few sentences after it
        STORY + ABOUT + STORY * 3,
        # a sentence of the story about something else
        STORY + "There is a media blackout over the battle. " + STORY,
        # near the start of the page: a masthead, the story after it
        ABOUT + STORY,
    ],
)
def test_no_cut_where_no_publishers_account_closes_the_page(text: str) -> None:
    assert story_end(text) == len(text)


@pytest.mark.slow
def test_a_publishers_account_of_itself_puts_no_event_where_it_was_launched(pipeline) -> None:
    # the story's last sentence tells of the bombing again with no place: the account's London was
    # taken for it, a second event by a British group
    text = (
        "Warplanes struck the town of Saraqib in Idlib on Tuesday, killing four civilians, a local monitor said. "
        "Opposition websites also stated that the bombing resulted in the destruction of a mill and a number "
        "of mosques and schools. Example Herald Example Herald is the worlds premier regional daily newspaper "
        "printed each day in six cities. Launched in London in 1994 Example Herald has established itself as "
        "the leading publication on regional affairs."
    )
    events = pipeline.extract(Article(id="about", text=text, published=date(2018, 5, 2)))
    assert events and {e.location for e in events} == {"Saraqib"}
    assert all("United Kingdom" not in (e.actor1 or "") for e in events)


TAGGED = (
    "Russian jets struck a rebel-held town near Aleppo on Tuesday, a monitor said. Tags Syria Aleppo Russia rebels "
    "airstrikes At least 40 people were killed on Tuesday when Russian jets struck the rebel-held town of Anadan, "
    "the Syrian Observatory for Human Rights said."
)


def test_the_pages_keywords_between_the_lede_and_the_story_are_read_as_blanks() -> None:
    start, end = keyword_run(TAGGED)  # type: ignore[misc]
    assert TAGGED[start:end] == "Tags Syria Aleppo Russia rebels airstrikes "
    story = story_of(Article(id="t", text=TAGGED))
    assert len(story) == len(TAGGED) and story[start:end].strip() == ""
    assert story[end:] == TAGGED[end:]
    # the story goes on at a capitalised word a few words before a function word
    other = "Two people died, medics said. Tags Homs shelling Three children from one family were killed."
    assert other[slice(*keyword_run(other))] == "Tags Homs shelling "  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        STORY + "Tags Syria Aleppo shelling",  # keywords at the end: nothing follows them
        STORY + "The Tags gang robbed a shop in Aleppo.",  # a word, not a page's heading
        "Tags Syria Aleppo " + STORY,  # not after a sentence's end
    ],
)
def test_no_keywords_where_no_story_follows_them_after_a_lede(text: str) -> None:
    assert keyword_run(text) is None


@pytest.mark.slow
def test_the_pages_keywords_make_no_actor_of_the_event(pipeline) -> None:
    events = pipeline.extract(Article(id="tags", text=TAGGED, published=date(2016, 9, 20)))
    assert events and all("(Russia)" not in (e.actor1 or "") + (e.actor2 or "") for e in events)
    assert [e.fatalities for e in events if e.fatalities] == [40]
