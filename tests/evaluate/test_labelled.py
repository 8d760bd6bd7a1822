"""Labelled texts (news, CASE 2021) and relevance sets (CEHA, WCEP, FA-KES): readers and scorers."""

from __future__ import annotations

import pytest
from _kit import FIXTURES, coded, event

from frontlines.errors import BadRecord
from frontlines.evaluate.labelled import (
    IRRELEVANT,
    RELEVANT,
    case2021_codes,
    case2021_items,
    ceha_items,
    fakes_items,
    news_items,
    wcep_items,
)
from frontlines.evaluate.score_labels import in_governorate, score_labels, score_places, score_relevance
from frontlines.taxonomy import sub_event_types


def test_news_items_carry_the_acled_type_or_none():
    items = {i.item_id: i for i in news_items(FIXTURES / "news_snippets.jsonl")}
    assert items["syn-001"].gold.sub_event_type == "Air/drone strike"
    assert items["syn-001"].gold.event_type == "Explosions/Remote violence"
    assert items["syn-003"].gold.sub_event_type is None
    assert items["syn-003"].stratum == "null"


def test_news_line_with_unknown_sub_type_names_its_line(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_text(
        '{"id": "a", "text": "x", "sub_event_type": null}\n{"id": "b", "text": "y", "sub_event_type": "Skirmish"}\n',
        encoding="utf-8",
    )
    with pytest.raises(BadRecord, match="line 2"):
        list(news_items(path))


def test_case2021_codes_cover_the_25_acled_sub_types_and_five_others():
    codes = case2021_codes()
    acled = {sub for sub in codes.values() if sub}
    assert acled == {s.sub_event_type for s in sub_event_types()}
    assert sorted(c for c, sub in codes.items() if sub is None) == [
        "ATTRIB",
        "DIPLO",
        "MAN_MADE_DISASTER",
        "NATURAL_DISASTER",
        "ORG_CRIME",
    ]


def test_case2021_reads_the_released_layout_and_the_headerless_one():
    items = list(case2021_items(FIXTURES / "case2021_sample.tsv"))
    assert [i.gold.label for i in items] == ["AIR_STRIKE", "PEACE_PROTEST", "NATURAL_DISASTER", "ARMED_CLASH"]
    assert items[2].gold.sub_event_type is None
    assert items[3].gold.event_type == "Battles"
    headerless = list(case2021_items(FIXTURES / "case2021_headerless.tsv"))
    assert [i.gold.sub_event_type for i in headerless] == ["Remote explosive/landmine/IED", None]


def test_case2021_unknown_label_is_a_bad_record(tmp_path):
    path = tmp_path / "bad.tsv"
    path.write_text("1\tsome text\tSKIRMISH\n", encoding="utf-8")
    with pytest.raises(BadRecord, match="SKIRMISH"):
        list(case2021_items(path))


def test_label_scores_count_false_events_on_non_acled_texts():
    items = list(case2021_items(FIXTURES / "case2021_sample.tsv"))
    strike, protest, flood, clash = items
    results = [
        coded(strike, event("Air/drone strike", "Explosions/Remote violence")),
        coded(protest, event("Protest with intervention", "Protests")),
        coded(flood, event("Attack", "Violence against civilians")),
        coded(clash),
    ]
    report = score_labels(results, "case", "case2021")
    assert report.metric("event_type accuracy").value == pytest.approx(2 / 3)
    assert report.metric("sub_event_type accuracy").value == pytest.approx(1 / 3)
    assert report.metric("false-event rate").value == 1.0
    assert report.metric("events missed").value == pytest.approx(1 / 3)
    # micro: 1 right of 3 predicted and of 3 gold events
    assert report.metric("sub_event_type micro-F1").value == pytest.approx(1 / 3)
    # macro over the 3 gold sub-types: F1 1 for air strikes, 0 for the other two
    assert report.metric("sub_event_type macro-F1").value == pytest.approx(1 / 3)
    golds = {e.item_id: e.gold for e in report.errors}
    assert golds == {
        "2": "Protests / Peaceful protest (PEACE_PROTEST)",
        "3": "(none) (NATURAL_DISASTER)",
        "4": "Battles / Armed clash (ARMED_CLASH)",
    }
    assert report.errors[-1].field == "sub_event_type"


def test_ceha_keeps_only_violence_rejections_as_negatives():
    labels = {i.item_id: i.gold.label for i in ceha_items(FIXTURES / "ceha_sample.csv")}
    assert labels == {"GDELT-1": RELEVANT, "GDELT-2": IRRELEVANT, "GDELT-3": "other"}


def test_relevance_scores_detection_and_false_events():
    items = list(wcep_items(FIXTURES / "wcep_sample.json"))
    war, sport, politics = items
    assert (war.gold.label, sport.gold.label, politics.gold.label) == (RELEVANT, IRRELEVANT, "Politics")
    report = score_relevance(
        [
            coded(war, event("Air/drone strike", "Explosions/Remote violence")),
            coded(sport, event("Armed clash", "Battles")),
            coded(politics),
        ],
        "wcep",
        "wcep",
    )
    assert report.metric("detection rate").value == 1.0
    assert report.metric("false-event rate").value == 1.0
    assert report.metric("relevance F1").value == pytest.approx(2 / 3)
    assert report.metric("event rate: Politics").value == 0.0
    assert [e.item_id for e in report.errors] == ["2"]


def test_fakes_place_agreement_uses_governorate_spellings():
    aleppo, damascus = fakes_items(FIXTURES / "fakes_sample.csv")
    assert aleppo.article.published.isoformat() == "2016-04-03"
    assert in_governorate(event("Armed clash", "Battles", admin1="Rif Dimashq", location="Douma"), "damascus")
    assert not in_governorate(event("Armed clash", "Battles", admin1="Idlib"), "damascus")
    report = score_places(
        [
            coded(
                aleppo,
                event(
                    "Shelling/artillery/missile attack",
                    "Explosions/Remote violence",
                    country="Syria",
                    admin1="Aleppo",
                    location="Aleppo",
                ),
            ),
            coded(damascus),
        ],
        "fakes",
        "fakes",
    )
    assert report.metric("articles with an event").value == 0.5
    assert report.metric("governorate agreement").value == 1.0
    assert report.metric("country Syria").value == 1.0
