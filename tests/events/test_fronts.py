"""Fire across a known front line with no shooter named is fire between the line's two parties
(data/events/fronts.tsv). Sentences written by the frontlines team."""

from __future__ import annotations

from datetime import date

import pytest

from frontlines.events.fields.front_lines import fronts
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


def test_shelling_across_the_line_with_no_target_named_has_no_second_side(pipeline) -> None:
    text = "Ceasefire monitors recorded 25 shell explosions near the frontline at Avdiivka, Donetsk region."
    event = _events(pipeline, text, date(2019, 7, 3))[0]
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert event.actor1.startswith("Military Forces of Ukraine")
    assert (event.actor2, event.inter2) == (None, None)


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


def test_a_place_named_in_a_report_of_the_front_is_read_in_its_regions(pipeline) -> None:
    text = "The OSCE SMM observed a total of 12 shots involving small arms near Shevchenko on Tuesday."
    event = _events(pipeline, text, date(2020, 5, 7))[0]
    assert event.admin1 == "Donetsk"  # not the bigger Shevchenko of another oblast
    # a small namesake far from the front is a gap in the gazetteer, not the place meant
    text = "The OSCE SMM observed 21 explosions involving unknown weapons near Sokilnyky on Tuesday."
    assert _events(pipeline, text, date(2020, 5, 7))[0].admin1 is None


def test_front_regions_need_the_country_the_period_and_a_cue() -> None:
    from frontlines.events.fields.front_lines import front_regions

    smm = "The SMM observed 12 explosions near the village."
    assert front_regions(smm, "Ukraine", date(2020, 5, 7)) == ("Donetsk", "Luhansk")
    assert front_regions(smm, "Ukraine", date(2023, 5, 7)) == ()
    assert front_regions(smm, "Poland", date(2020, 5, 7)) == ()
    assert front_regions("Shells fell near the village.", "Ukraine", date(2020, 5, 7)) == ()


def test_of_two_namesakes_in_the_front_regions_the_one_by_the_line_is_read(pipeline) -> None:
    # Donetsk oblast has a Vesele by Avdiivka, on the contact line, and another some 70 km north of it
    text = "Militia fighters fired mortars at government positions near Vesele, the DPR said on Tuesday."
    event = _events(pipeline, text, date(2020, 5, 7))[0]
    assert event.admin1 == "Donetsk"
    assert abs(event.latitude - 48.06) < 0.05 and abs(event.longitude - 37.72) < 0.05
    assert any("front line" in e.rule for e in event.evidence["location"])


def test_line_points_are_on_the_globe_and_bad_points_name_the_file() -> None:
    from frontlines.errors import DataFileError
    from frontlines.events.fields import front_lines

    ukraine = next(f for f in fronts() if f.iso3 == "UKR")
    assert len(ukraine.line) > 10
    assert all(47 < lat < 49 and 37 < lon < 40 for lat, lon in ukraine.line)
    with pytest.raises(DataFileError, match=r"fronts\.tsv.*Shchastia"):
        front_lines._line_points("Shchastia:48.7", "fronts.tsv", 3)
