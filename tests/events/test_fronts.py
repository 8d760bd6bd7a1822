"""Fire across a known front line with no shooter named is fire between the line's two parties
(data/events/fronts.tsv). Sentences written by the frontlines team."""

from __future__ import annotations

from datetime import date

from frontlines.events.fields import fronts
from frontlines.records import Article

OBSERVED = (
    "Monitors of the ceasefire recorded 40 explosions in both directions of the frontline near Avdiivka, "
    "Donetsk region, on Tuesday."
)


def _events(pipeline, text: str, published: date):
    return pipeline.extract(Article(id="t", text=text, country="Ukraine", published=published))


def test_unattributed_fire_across_the_contact_line_is_between_its_parties(pipeline) -> None:
    events = _events(pipeline, OBSERVED, date(2019, 7, 3))
    assert events
    event = events[0]
    assert event.actor1.startswith("Military Forces of Ukraine") and event.inter1 == 1
    assert event.actor2 == "NAF: United Armed Forces of Novorossiya" and event.inter2 == 2
    assert event.evidence["actor1"][0].rule.startswith("front:")


def test_outside_the_front_line_period_the_shooter_stays_unidentified(pipeline) -> None:
    event = _events(pipeline, OBSERVED, date(2024, 7, 3))[0]
    assert event.actor1 == "Unidentified Armed Group (Ukraine)"


def test_a_named_shooter_is_kept(pipeline) -> None:
    text = "Ukrainian forces fired mortars at NAF positions in both directions of the frontline near Avdiivka."
    event = _events(pipeline, text, date(2019, 7, 3))[0]
    assert event.actor1.startswith("Military Forces of Ukraine")
    assert event.evidence["actor1"][0].rule.startswith("role:")


def test_shipped_fronts_are_well_formed() -> None:
    for front in fronts():
        assert front.start < front.end and front.cues and len(front.iso3) == 3
