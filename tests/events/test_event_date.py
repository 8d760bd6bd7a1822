"""Which of a report's dates is the event's: a date that tells when something else was (a noun it
modifies, a state that goes on "since") is passed over. Sentences written by the frontlines team."""

from __future__ import annotations

from datetime import date

from frontlines.records import Article

PUBLISHED = date(2017, 11, 20)  # a Monday


def _event_date(pipeline, text: str) -> tuple[date | None, str]:
    events = pipeline.extract(Article(id="t", text=text, published=PUBLISHED, country="Kenya"))
    assert events, text
    event = events[0]
    return event.event_date, event.evidence["event_date"][0].rule


def test_a_date_that_names_an_earlier_vote_is_not_the_protest_date(pipeline) -> None:
    text = "Supporters took to the streets of Kisumu to protest the court ruling on the October 26 election."
    day, rule = _event_date(pipeline, text)
    assert day == PUBLISHED
    assert "publication date" in rule


def test_salaries_of_a_month_and_since_a_month_are_not_when_workers_marched(pipeline) -> None:
    for text in (
        "Hundreds of nurses marched in Nakuru to protest against their unpaid September salaries.",
        "Hundreds of nurses marched in Nakuru over salaries they have not been paid since August.",
    ):
        assert _event_date(pipeline, text)[0] == PUBLISHED, text


def test_the_events_own_date_still_counts_when_a_background_date_comes_first(pipeline) -> None:
    text = "Angered by the August 8 results, youths clashed with police in Kisumu on Saturday."
    assert _event_date(pipeline, text)[0] == date(2017, 11, 18)


def test_a_date_on_the_events_own_noun_is_its_date(pipeline) -> None:
    text = "Police said Saturday's clashes in Kisumu left two people injured."
    assert _event_date(pipeline, text)[0] == date(2017, 11, 18)


def test_a_month_with_no_day_is_dated_on_its_fifteenth(pipeline) -> None:
    text = "Herders clashed with farmers in Marsabit in October, leaving four people dead."
    day = pipeline.extract(Article(id="t", text=text, published=PUBLISHED, country="Kenya"))[0]
    assert (day.event_date, day.time_precision) == (date(2017, 10, 15), 3)


def test_a_date_in_a_clause_that_describes_someone_or_has_not_happened_is_not_the_events(pipeline) -> None:
    for text in (
        "A councillor who had run for the party ticket in October was shot dead by gunmen in Kakamega.",
        "Students marched in Eldoret to demand that the vote be held in December as planned.",
    ):
        day, rule = _event_date(pipeline, text)
        assert day == PUBLISHED, text
        assert "publication date" in rule
    # a clause that tells the event keeps its date: "a man who was shot on Saturday died"
    assert _event_date(pipeline, "A man who was shot by police on Saturday died in Kisumu.")[0] == date(2017, 11, 18)


def test_a_date_deep_in_a_phrase_of_what_came_before_is_that_things(pipeline) -> None:
    text = "Traders protested in Naivasha over harassment by officials following a ban on charcoal in October."
    assert _event_date(pipeline, text)[0] == PUBLISHED
    # a date the phrase governs is the event's: "after midnight on Saturday"
    text = "Youths clashed with police in Naivasha after midnight on Saturday."
    assert _event_date(pipeline, text)[0] == date(2017, 11, 18)


def test_two_mentions_of_one_kind_of_event_on_days_years_apart_are_two_events(pipeline) -> None:
    text = (
        "A gas attack on the town of Khan Sheikhun killed at least 72 people on Tuesday 4 April 2017, a monitor "
        "said. Timeline: 21 August 2013 Washington says a chemical attack near Damascus killed more than 1400 people."
    )
    events = pipeline.extract(Article(id="t", text=text, published=date(2017, 4, 5)))
    by_date = {e.event_date: e.fatalities for e in events if e.sub_event_type == "Chemical weapon"}
    assert by_date == {date(2017, 4, 4): 72, date(2013, 8, 21): 1400}


def test_an_undated_event_does_not_take_a_day_of_another_year_nor_its_passage_printed_again(pipeline) -> None:
    # the lead gives a weekday, the timeline a day of another year; the page prints that entry twice
    entry = "The opposition accused the regime of killing more than 1400 people with chemical weapons near Damascus."
    text = (
        "A gas attack killed 70 people in the town of Khan Sheikhun on Tuesday, a monitor said. The "
        f"government denies using chemical weapons. August 21 2013 {entry} 2014 Islamic State seizes swathes "
        f"of territory in Syria and Iraq. {entry}"
    )
    events = pipeline.extract(Article(id="t", text=text, published=date(2017, 4, 4)))
    by_date = {e.event_date: e.fatalities for e in events if e.sub_event_type == "Chemical weapon"}
    assert by_date == {date(2017, 4, 4): 70, date(2013, 8, 21): 1400}


def test_an_undated_event_does_not_take_a_month_told_of_something_earlier(pipeline) -> None:
    text = (
        "Shells hit the square in Damascus, killing a woman and a child, state media said. In March "
        "two blasts near the cemetery in the city claimed the lives of at least 40 people."
    )
    events = pipeline.extract(Article(id="t", text=text, published=date(2017, 4, 16)))
    shelling = next(e for e in events if e.sub_event_type == "Shelling/artillery/missile attack")
    assert shelling.event_date >= date(2017, 4, 15)
    assert shelling.fatalities == 2


def test_a_killing_of_the_reports_own_day_goes_before_a_taking_dated_a_month_before(pipeline) -> None:
    text = (
        "Troops advanced on the port district on Friday. Four fighters died and 40 were hurt as the troops "
        "pushed forward, medics said. Government forces said they captured a central district of the town from "
        "the militants on 2 June."
    )
    events = pipeline.extract(Article(id="t", text=text, published=date(2016, 7, 1), country="Libya"))
    assert (events[0].fatalities, events[0].event_date) == (4, date(2016, 7, 1))


def test_a_sentence_with_no_event_of_its_own_told_of_another_day_does_not_date_the_event(pipeline) -> None:
    # the release a month later is no part of the kidnapping's date
    text = (
        "A foreign aid worker was kidnapped outside a school in the town. She was held for ransom and later "
        "freed on 20 Feb. by police."
    )
    events = pipeline.extract(Article(id="t", text=text, published=date(2019, 1, 15), country="Kenya"))
    assert events[0].event_date == date(2019, 1, 15)


def test_a_date_in_a_look_back_at_the_war_does_not_date_an_event_told_beside_it(pipeline) -> None:
    # the war's start, in a clause that looks back at the conflict, is not when this strike was
    text = (
        "Air strikes hit a market in the town, killing 12 people. Thousands have been killed and millions "
        "displaced since the conflict began in March 2011."
    )
    events = pipeline.extract(Article(id="t", text=text, published=PUBLISHED, country="Syria"))
    assert [e.event_date for e in events] == [PUBLISHED]
    # the look-back clause that tells the event itself keeps its date
    text = "Since the army shelled the town in October, no aid has reached its people."
    assert _event_date(pipeline, text)[0] == date(2017, 10, 15)
