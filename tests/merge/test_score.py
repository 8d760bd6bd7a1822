"""The merge decision: hard rules on family, date, place and actors; a score; text breaks ties."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from frontlines.merge.rules import JOIN_SCORE, territory_extent
from frontlines.merge.score import Facts, choose, compare, distance_km, text_similarities

BASE = Facts(
    event_type="Battles",
    sub_event_type="Armed clash",
    day=date(2016, 1, 10),
    time_precision=1,
    latitude=34.80,
    longitude=36.70,
    geo_precision=1,
    country="Syria",
    admin1="Homs",
    actors=frozenset({"military forces of syria", "syrian insurgents"}),
    text="clashes continue around Teir Maaleh after shelling",
    report_ids=frozenset({"FL-a"}),
)


def test_identical_reports_join_with_a_high_score():
    result = compare(BASE, BASE, 1.0)
    assert result.allowed and result.score == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("change", "blocked"),
    [
        ({"event_type": "Protests", "sub_event_type": "Peaceful protest"}, "family"),
        ({"day": date(2016, 1, 11)}, "date"),
        ({"latitude": 35.0}, "place"),  # about 22 km away at precision 1
        ({"country": "Lebanon"}, "place"),
        ({"actors": frozenset({"islamic state"})}, "actors"),
    ],
)
def test_each_hard_rule_blocks_a_join(change, blocked):
    result = compare(BASE, replace(BASE, **change))
    assert not result.allowed and blocked in result.features["blocked_by"]


def test_a_vaguer_date_widens_the_window():
    week = replace(BASE, day=date(2016, 1, 15), time_precision=2)
    assert compare(BASE, week).allowed
    assert compare(BASE, replace(week, time_precision=1)).features["blocked_by"] == ["date"]


def test_a_vaguer_place_widens_the_radius_and_province_level_needs_the_same_admin1():
    nearby = replace(BASE, latitude=35.0, geo_precision=2)
    assert compare(BASE, nearby).allowed
    province = replace(BASE, latitude=34.73, longitude=36.71, geo_precision=3)
    assert compare(BASE, replace(province, latitude=35.5)).allowed  # same admin1 carries it
    assert not compare(BASE, replace(province, latitude=35.5, admin1="Hama")).allowed


def test_compatible_sub_event_types_across_event_types_may_join():
    shelling = replace(
        BASE, event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack"
    )
    result = compare(BASE, shelling)
    assert result.allowed and result.features["family_kind"] == "compatible_types"
    assert result.score < compare(BASE, BASE).score


def test_unknown_actors_neither_block_nor_confirm():
    result = compare(BASE, replace(BASE, actors=frozenset()))
    assert result.allowed and result.features["scores"]["actors"] == 0.5


def test_text_similarity_breaks_a_tie_between_equal_candidates():
    other = replace(BASE, text="a wedding party in the old city", report_ids=frozenset({"FL-b"}))
    same = replace(BASE, report_ids=frozenset({"FL-c"}))
    decision = choose(BASE, [other, same])
    assert decision.index == 1 and decision.features["scores"]["text"] > 0.5


def test_a_split_report_is_never_chosen():
    assert choose(BASE, [BASE], cannot_link=frozenset({"FL-a"})).index is None


def test_no_candidate_above_the_join_score_founds_a_new_event():
    weak = replace(
        BASE,
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        latitude=35.2,
        geo_precision=3,
        actors=frozenset(),
        text="",
    )
    result = compare(BASE, weak)
    assert result.allowed and result.score < JOIN_SCORE
    assert choose(BASE, [weak]).index is None


def test_two_exact_dates_must_be_the_same_day():
    assert compare(BASE, replace(BASE, day=date(2016, 1, 11))).features["blocked_by"] == ["date"]


def test_two_sides_named_by_both_reports_must_be_the_same_pair():
    other_pair = replace(BASE, actors=frozenset({"military forces of syria", "islamic state"}))
    result = compare(BASE, other_pair)
    assert not result.allowed and result.features["actors"] == "different_pairs"


def test_distance_is_great_circle_km():
    assert distance_km(33.51, 36.29, 36.20, 37.16) == pytest.approx(309, abs=3)  # Damascus-Aleppo


def test_tfidf_similarity_is_zero_for_empty_text():
    assert text_similarities("", ["anything"]) == [0.0]
    assert text_similarities("shelling hit Homs", ["shelling hit Homs", "protest in Paris"])[0] > 0.99


@pytest.mark.parametrize(
    ("claim", "extent"),
    [
        ("were able to regain control over all of the areas that ISIS had taken over", "complete"),
        ("IS still holds some areas of the camp", "partial"),
        ("retake large parts of a refugee camp", "partial"),
        ("clashes continued", None),
    ],
)
def test_territory_claims_are_read_as_complete_or_partial(claim, extent):
    assert territory_extent(claim) == extent


def test_text_similarities_are_scikit_learns_tfidf_cosines():
    from sklearn.feature_extraction.text import TfidfVectorizer

    text = "Regime forces shelled Douma; 12 civilians were killed, the SOHR said."
    others = [
        "Shelling on Douma killed 12 civilians",
        "Clashes between IS and the SDF near Raqqa",
        "the of and",  # only stop words
        "Douma Douma Douma shelling",
    ]
    matrix = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform([text, *others])
    expected = (matrix[1:] @ matrix[0].T).toarray().ravel()
    assert text_similarities(text, others) == pytest.approx(list(expected), abs=1e-12)
    assert text_similarities("the of", ["and the"]) == [0.0]
