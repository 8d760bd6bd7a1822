"""ACLED gold: the three export schemas, coder-cue stripping, and the field-by-field scorer."""

from __future__ import annotations

from datetime import date

import pytest
from _kit import coded, event, synthetic_acled

from frontlines.evaluate.acled import acled_items, parse_date, strip_note_cues
from frontlines.evaluate.score_acled import score_acled


@pytest.mark.parametrize(
    ("note", "expected"),
    [
        ("Troops clashed with rebels. 4 fatalities.", "Troops clashed with rebels."),
        ("Teachers marched in Nairobi. [size=hundreds]", "Teachers marched in Nairobi."),
        ("Workers rallied downtown. [size=no report", "Workers rallied downtown."),
        (
            "Gunmen seized two farmers in Kujama (coded as Chikun, Kaduna).",
            "Gunmen seized two farmers in Kujama.",
        ),
        ("Clashes left 20 dead. 20 fatalities split up between 3 events.", "Clashes left 20 dead."),
        ("A man was shot. Unknown number of fatalities coded as 3.", "A man was shot."),
        ("A crowd beat a thief. 1 fatality", "A crowd beat a thief."),
        ("No fatalities were reported.", "No fatalities were reported."),
        ("Police killed 3 people who attacked a station.", "Police killed 3 people who attacked a station."),
        ("Movement of forces: On 8 May, a column entered the town.", "On 8 May, a column entered the town."),
        ("Looting: Gunmen looted shops in the market.", "Gunmen looted shops in the market."),
        ("Residents said: the army left.", "Residents said: the army left."),
    ],
)
def test_strip_note_cues_removes_coder_artefacts_only(note, expected):
    assert strip_note_cues(note) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("9-May-20", date(2020, 5, 9)),
        ("31-12-19", date(2019, 12, 31)),
        ("2016-07-02", date(2016, 7, 2)),
        ("01-February-2017", date(2017, 2, 1)),
        ("someday", None),
    ],
)
def test_parse_date_reads_every_export_format(value, expected):
    assert parse_date(value) == expected


def test_current_schema_rows_become_items_with_hint_and_date():
    items = list(acled_items(synthetic_acled("acled_synthetic.csv")))
    assert [i.item_id for i in items] == ["SYN1", "SYN2", "SYN3"]  # SYN4 has no notes
    first = items[0]
    assert first.article.text == "On 3 May 2020, government troops and Islamic State fighters fought near Palmyra."
    assert first.article.country == "Syria"
    assert first.article.published == date(2020, 5, 9 - 6)
    assert first.gold.sub_event_type == "Armed clash"
    assert first.gold.event_types == ("Battles",)
    assert (first.gold.inter1, first.gold.fatalities, first.gold.latitude) == (1, 4, 34.5601)


def test_keep_cues_leaves_the_note_verbatim():
    items = list(acled_items(synthetic_acled("acled_synthetic.csv"), strip_cues=False))
    assert items[0].article.text.endswith("4 fatalities.")


def test_kenya_schema_with_countycode_reads_like_the_current_one():
    (item,) = acled_items(synthetic_acled("acled_kenya_synthetic.csv"))
    assert item.gold.admin1 == "Kisumu"
    assert item.gold.sub_event_type == "Mob violence"
    assert item.article.published == date(2019, 12, 31)
    assert item.article.text == "On December 31 2019, a crowd beat a suspected thief in Kisumu town."


def test_legacy_schema_is_cp1252_upper_case_and_maps_old_types():
    items = list(acled_items(synthetic_acled("acled_legacy_synthetic.csv")))
    assert len(items) == 2  # the blank row is skipped
    protest, battle = items
    assert protest.gold.event_types == ("Protests", "Riots")
    assert protest.gold.sub_event_type is None
    assert battle.gold.event_types == ("Battles",)
    assert battle.gold.sub_event_type == "Armed clash"
    assert battle.article.published == date(2017, 2, 2)


def _items():
    return {i.item_id: i for i in acled_items(synthetic_acled("acled_synthetic.csv"))}


def test_scorer_counts_a_missed_note_as_wrong_for_every_field():
    items = _items()
    right = event(
        "Armed clash",
        "Battles",
        inter1=1,
        actor1="Military Forces of Syria (2011-)",
        country="Syria",
        admin1="Homs",
        latitude=34.56,
        longitude=38.28,
        fatalities=4,
        event_date=date(2020, 5, 3),
    )
    report = score_acled([coded(items["SYN1"], right), coded(items["SYN2"]), coded(items["SYN3"])], "synthetic")
    assert report.metric("event_type accuracy").value == pytest.approx(1 / 3)
    assert report.metric("events missed").value == pytest.approx(2 / 3)
    assert report.metric("actor1 exact").value == 0.0
    assert report.metric("actor1 ignoring period").value == pytest.approx(1 / 3)
    assert report.metric("within 10 km").value == pytest.approx(1 / 3)
    assert report.metric("fatalities exact where gold > 0").value == 1.0
    assert report.metric("fatalities exact where gold > 0").n == 1
    assert report.metric("date exact").value == pytest.approx(1 / 3)
    assert report.metric("sub_event_type accuracy").target == 0.80
    assert {e.field for e in report.errors} == {"event"}


def test_scorer_uses_the_first_event_told_without_looking_at_the_gold():
    item = _items()["SYN2"]
    matching = event("Peaceful protest", "Protests", confidence=0.9)
    first = event("Violent demonstration", "Riots", confidence=0.4)
    report = score_acled([coded(item, first, matching)], "synthetic")
    assert report.metric("event_type accuracy").value == 0.0
    assert report.metric("events per note").value == 2.0
    assert report.errors[0].field == "event_type"


def test_scorer_accepts_either_type_of_a_legacy_riots_protests_row():
    protest, battle = acled_items(synthetic_acled("acled_legacy_synthetic.csv"))
    report = score_acled(
        [
            coded(protest, event("Violent demonstration", "Riots")),
            coded(battle, event("Attack", "Violence against civilians")),
        ],
        "legacy",
    )
    assert report.metric("event_type accuracy").value == 0.5
    assert report.metric("sub_event_type accuracy").value == 0.0  # only the battle row has a sub-type
    assert report.metric("sub_event_type accuracy").n == 1
    assert "Riots" in report.confusions["event_type"].labels


def test_far_off_location_is_reported_with_its_distance():
    item = _items()["SYN1"]
    far = event("Armed clash", "Battles", latitude=33.51, longitude=36.29, location="Damascus", country="Syria")
    report = score_acled([coded(item, far)], "synthetic")
    assert report.metric("within 50 km").value == 0.0
    assert report.metric("distance median km").value == pytest.approx(215, abs=10)
    (case,) = [e for e in report.errors if e.field == "location"]
    assert "km away" in case.predicted


def test_shared_acled_exports_load_whole(shared_dir):
    items = list(acled_items(shared_dir / "eval" / "acled_global_2020_05" / "acled.csv"))
    assert len(items) > 5000
    assert not any("[size=" in i.article.text for i in items)
    legacy = list(acled_items(shared_dir / "eval" / "acled_legacy_schema" / "ACLED-Asia_2017_02.csv"))
    assert len(legacy) > 1500
    assert all(i.gold.event_types for i in legacy)
