"""The web app in real headless Chromium, on the real server over events the real extractor found.

The assertions hold for any correct extractor: the fixture articles (seed 2015, samples 2014 and
2016) give events on more than one date, and the seed gives at least one event with evidence.
"""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import httpx
import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]

SEED_DATE = "2015-04-02"


def all_events(base: str) -> list[dict]:
    events, cursor = [], None
    while True:
        params = {"limit": 500, **({"cursor": cursor} if cursor else {})}
        page = httpx.get(f"{base}/api/events", params=params).json()
        events.extend(page["events"])
        if not (cursor := page["next_cursor"]):
            return events


def list_count(page) -> int:
    return page.locator(".event-list > li").count()


LIST_READY = """([op, value]) => {
    const list = document.querySelector(".event-list");
    if (!list || list.dataset.state !== "ready") return false;
    const n = Number(list.dataset.count);
    return { gt: n > value, lt: n < value, le: n <= value, eq: n === value }[op];
}"""


def wait_for_list(page, op: str, value: int) -> int:
    """Wait until the list has loaded and its event count compares to `value` by `op`; return it.

    A function with arguments, not a code string: the app's CSP forbids eval in the page.
    """
    page.wait_for_function(LIST_READY, arg=[op, value])
    return int(page.locator(".event-list").get_attribute("data-count"))


def mark_stale(page) -> None:
    """Mark the list as stale, so the next wait_for_list sees only a list loaded after this."""
    page.evaluate("() => { document.querySelector('.event-list').dataset.state = 'stale'; }")


def open_map(page, query: str = "") -> None:
    page.goto(f"/{query}")
    page.wait_for_selector("#main[data-ready]")
    page.wait_for_selector(".fl-marker")
    wait_for_list(page, "gt", 0)


def test_map_shows_markers_timeline_and_list(page, live_server):
    open_map(page)
    events = all_events(live_server)
    assert page.locator(".fl-marker").count() >= 1
    assert page.locator(".leaflet-overlay-pane canvas").count() == 1, "offline country outlines are drawn"
    assert page.locator(".timeline-chart .week").count() >= 1
    assert list_count(page) == min(len(events), 50)
    drawn = sum(int(n or 1) for n in page.locator(".fl-marker").evaluate_all("els => els.map(e => e.textContent)"))
    located = [e for e in events if e["latitude"] is not None]
    assert drawn == len(located), "every located event is on the map, alone or in a cluster"


def test_filter_updates_url_and_shrinks_list(page, live_server):
    dates = sorted({e["event_date"] for e in all_events(live_server) if e["event_date"]})
    assert len(dates) >= 2
    cut = dates[len(dates) // 2]
    open_map(page)
    before = wait_for_list(page, "gt", 0)
    page.fill("input[name=date_from]", cut)
    mark_stale(page)
    page.get_by_role("button", name="Apply filters").click()
    page.wait_for_url(re.compile(rf"date_from={cut}"))
    after = wait_for_list(page, "lt", before)
    assert 0 < after < before
    assert list_count(page) == min(after, 50)
    shown = page.locator(".event-list .meta").all_inner_texts()
    assert all(text[:10] >= cut for text in shown)
    assert parse_qs(urlparse(page.url).query) == {"date_from": [cut]}
    page.reload()
    page.wait_for_selector("#main[data-ready]")
    assert page.input_value("input[name=date_from]") == cut, "the filter is read back from the URL"
    wait_for_list(page, "eq", after)


def test_event_page_highlights_the_evidence_of_a_field(page, live_server):
    open_map(page)
    page.locator(".event-list a").first.click()
    page.wait_for_url(re.compile(r"/events/"))
    page.wait_for_selector("mark.ev")
    event_id = urlparse(page.url).path.rsplit("/", 1)[1]
    detail = httpx.get(f"{live_server}/api/events/{event_id}").json()
    evidence = detail["reports"][0]["event"]["evidence"]
    button = page.locator(".fields > .field-btn.has-evidence").first
    field = button.get_attribute("data-field")
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    active = page.locator("mark.ev.active").all_inner_texts()
    assert active, f"clicking {field} lights up its span"
    spans = [span["text"] for span in evidence[field]]
    assert all(any(piece in span for span in spans) for piece in active)
    assert (
        page.locator(".evidence-status")
        .inner_text()
        .startswith(page.locator(".fields > .field-btn.has-evidence .label").first.inner_text())
    )
    assert page.locator("table.sources tbody tr").count() == len(detail["reports"])


def test_fields_are_keyboard_reachable_buttons(page, live_server):
    event_id = all_events(live_server)[0]["event_id"]
    page.goto(f"/events/{event_id}")
    page.wait_for_selector("mark.ev")
    button = page.locator(".fields > .field-btn.has-evidence").first
    assert button.evaluate("el => el.tagName") == "BUTTON"
    button.focus()
    assert page.locator("mark.ev.active").count() >= 1, "focus alone shows the span"
    page.keyboard.press("Enter")
    assert button.get_attribute("aria-pressed") == "true"


def test_extract_box_shows_the_seed_events(page, seed_text):
    page.goto("/extract")
    page.wait_for_selector("#main[data-ready]")
    page.fill("#extract-text", seed_text)
    page.fill("#extract-date", SEED_DATE)
    page.fill("#extract-country", "Syria")
    page.get_by_role("button", name="Extract events").click()
    page.wait_for_selector(".event-choice", timeout=60_000)
    assert page.locator(".event-choice").count() >= 1
    assert page.locator(".article-text mark.ev").count() >= 1
    marked = page.locator(".article-text mark.ev").all_inner_texts()
    assert all(piece in seed_text for piece in marked)


def test_phone_layout_stacks_filters_above_the_map(chromium, live_server):
    context = chromium.new_context(base_url=live_server, viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    open_map(page)
    form = page.locator("form.filters").bounding_box()
    map_box = page.locator("#map").bounding_box()
    assert form["y"] + form["height"] <= map_box["y"]
    assert map_box["width"] <= 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 390, "no sideways scrolling"
    context.close()


def test_place_page_lists_who_held_it(page, live_server):
    located = [e for e in all_events(live_server) if e["location"]]
    histories = {e["location"]: httpx.get(f"{live_server}/api/places/{e['location']}/history").json() for e in located}
    place, history = max(histories.items(), key=lambda item: len(item[1]["changes"]))
    page.goto(f"/places/{place}")
    page.wait_for_selector("#main[data-ready]")
    assert page.locator("h1").inner_text() == place
    assert page.locator(".history .change").count() == len(history["changes"])
    if history["changes"]:
        first = history["changes"][0]
        assert page.locator(".history .change time").first.inner_text() == (first["date"] or "no date")


def test_event_page_links_to_its_article_with_all_its_events(page, live_server):
    event_id = all_events(live_server)[0]["event_id"]
    page.goto(f"/events/{event_id}")
    page.wait_for_selector("mark.ev")
    page.locator(".article-box h2 a").click()
    page.wait_for_url(re.compile(r"/articles/"))
    page.wait_for_selector(".event-choice")
    article_id = urlparse(page.url).path.rsplit("/", 1)[1]
    events = httpx.get(f"{live_server}/api/articles/{article_id}").json()["events"]
    assert page.locator(".event-choice").count() == len(events)
    page.locator(".event-choice").last.click()
    assert page.locator(".event-choice").last.get_attribute("aria-pressed") == "true"


def test_map_and_api_docs_load_nothing_from_other_hosts(page, live_server):
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    open_map(page)
    page.goto("/docs")
    page.wait_for_selector(".swagger-ui .opblock")
    assert page.locator(".swagger-ui .opblock").count() >= 10, "every route is in the schema page"
    assert requested
    assert [url for url in requested if not url.startswith(live_server)] == [], "the app works offline"


def test_timeline_week_filters_by_keyboard_from_its_table(page, live_server):
    open_map(page)
    page.locator(".timeline-table summary").focus()
    page.keyboard.press("Enter")
    week = page.locator(".timeline-table tbody tr td").first.inner_text()
    before = wait_for_list(page, "gt", 0)
    page.locator(".timeline-table tbody button").first.focus()
    mark_stale(page)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(rf"date_from={week}"))
    after = wait_for_list(page, "le", before)
    query = parse_qs(urlparse(page.url).query)
    assert query["date_from"] == [week] and query["date_to"][0] > week
    assert after > 0
    assert all(week <= text[:10] <= query["date_to"][0] for text in page.locator(".event-list .meta").all_inner_texts())
