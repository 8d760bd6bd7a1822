"""Metrics helpers, sampling, and the three report forms (table, JSON/Markdown, HTML)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from _kit import FIXTURES, coded, event, synthetic_acled

from frontlines.evaluate import load_gold
from frontlines.evaluate.accuracy import DATASETS, accuracy_markdown
from frontlines.evaluate.html import render_html
from frontlines.evaluate.metrics import (
    NONE,
    confusion,
    haversine_km,
    macro_f1,
    micro_f1,
    same_admin,
    top_confusions,
    without_period,
)
from frontlines.evaluate.render import markdown_section, render_table, report_json
from frontlines.evaluate.runner import primary_event, sample_items
from frontlines.evaluate.score_acled import score_acled


def test_haversine_damascus_to_aleppo():
    assert haversine_km(33.5138, 36.2765, 36.2021, 37.1343) == pytest.approx(310, abs=5)


def test_period_suffix_and_admin_unit_words_are_ignored_where_meant():
    assert without_period("Military Forces of Yemen (2016-) Supreme Political Council") == (
        "Military Forces of Yemen Supreme Political Council"
    )
    assert without_period("Police Forces of Kenya (2013-2022)") == "Police Forces of Kenya"
    assert same_admin("Homs", "Homs Governorate")
    assert same_admin("Muranga", "Murang'a")
    assert same_admin("Deir ez-Zor", "Deir ez Zor Governorate")
    assert not same_admin(None, "Homs")


def test_f1_averages_and_confusion():
    pairs = [("A", "A"), ("A", "B"), ("B", "B"), (NONE, "A"), ("B", NONE)]
    assert macro_f1(pairs, ["A", "B"]) == pytest.approx((0.5 + 0.5) / 2)
    precision, recall, f1 = micro_f1(pairs)
    assert (precision, recall, f1) == (pytest.approx(0.5), pytest.approx(0.5), pytest.approx(0.5))
    matrix = confusion(pairs)
    assert matrix.labels[:2] == ["A", "B"]
    assert matrix.counts[0] == [1, 1, 0]
    assert top_confusions(confusion([*pairs, ("A", "B")]), 2) == [("A", "B", 2), ("B", NONE, 1)]


def test_primary_event_is_the_first_the_extractor_reports():
    first, second = (
        event(s, t) for s, t in [("Attack", "Violence against civilians"), ("Arrests", "Strategic developments")]
    )
    assert primary_event([first, second]) is first
    assert primary_event([]) is None


def test_stratified_sample_is_seeded_proportional_and_keeps_every_label():
    items = load_gold(synthetic_acled("acled_synthetic.csv"), "acled") * 20  # 60 items, 3 labels
    first = sample_items(items, 9, seed=3, stratified=True)
    assert len(first) == 9
    assert {i.stratum for i in first} == {i.stratum for i in items}
    assert [id(i) for i in first] == [id(i) for i in sample_items(items, 9, seed=3, stratified=True)]
    assert len(sample_items(items, 7, seed=1, stratified=False)) == 7
    assert sample_items(items, None, seed=1, stratified=True) is items


def _report():
    items = {i.item_id: i for i in load_gold(synthetic_acled("acled_synthetic.csv"), "acled")}
    text = items["SYN2"].article.text
    protest = event("Violent demonstration", "Riots", text, country="Kenya", spans={"sub_event_type": ["marched"]})
    clash = event("Armed clash", "Battles", event_date=date(2020, 5, 3), country="Syria")
    return score_acled([coded(items["SYN1"], clash), coded(items["SYN2"], protest), coded(items["SYN3"])], "syn.csv")


def test_table_shows_targets_and_their_status():
    table = render_table(_report())
    assert "event_type accuracy" in table
    assert "0.90 BELOW" in table
    assert "per sub-event type" in table
    assert "most frequent event_type confusions (gold -> ours: count)" in table
    assert "Protests -> Riots: 1" in table


def test_json_holds_every_metric():
    data = json.loads(report_json(_report()))
    names = {m["name"] for m in data["metrics"]}
    assert {"event_type accuracy", "within 25 km", "date exact", "events missed"} <= names
    assert data["confusions"]["event_type"]["labels"]


def test_html_has_charts_confusion_and_marked_evidence():
    page = render_html(_report())
    assert page.count("<svg") >= 2
    assert "Confusion: event_type" in page
    assert "Most frequent event_type confusions" in page
    assert "<mark>marched</mark>" in page


def test_markdown_never_carries_gold_text():
    report = _report()
    section = markdown_section(report)
    assert "government troops" not in section and "teachers" not in section.lower()
    page = accuracy_markdown([report], "9.9.9", seed=4, today=date(2026, 1, 2))
    assert "2026-01-02" in page and "frontlines 9.9.9" in page and "--seed 4" in page
    assert "(no target dataset was evaluated)" in page
    assert "0.90" not in page  # targets belong to the two dev sets issue 5 names


def test_accuracy_page_puts_the_target_sets_side_by_side():
    kenya = _report().model_copy(update={"dataset": "acled_kenya/acled_data.csv"})
    page = accuracy_markdown([kenya], "1.0", seed=0)
    assert "| metric | acled_kenya | target |" in page
    row = next(line for line in page.splitlines() if line.startswith("| event_type accuracy |"))
    assert row.endswith("**below** | 0.90 |")


def test_every_dataset_of_the_docs_run_has_a_known_format():
    from frontlines.evaluate import FORMATS

    assert {d.format for d in DATASETS} <= set(FORMATS)


class _CrashingPipeline:
    """Stands in for an extractor with a bug: coding raises a plain IndexError."""

    def code(self, articles):
        raise IndexError("list index out of range")


def test_a_crashing_text_becomes_a_named_failure_not_a_lost_run():
    from frontlines.evaluate import failure_notes
    from frontlines.evaluate.runner import Coded, _code_one

    item = load_gold(FIXTURES / "news_snippets.jsonl", "news")[0]
    failure = _code_one(_CrashingPipeline(), item.article)
    assert failure.error == "IndexError"
    assert "test_reports.py" in failure.message and "list index out of range" in failure.message
    (note,) = failure_notes([Coded(item=item, failure=failure), Coded(item=item, failure=failure)])
    assert note.startswith("2 text(s) failed with IndexError")
