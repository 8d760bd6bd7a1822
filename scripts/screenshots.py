"""Take the web app's screenshots for docs/screenshots/: map.png and event.png (and phone-map.png).

Serves the real app on a loopback port over a store of real extracted events (the seed article and
the bundled sample articles, coded by the real pipeline), and drives Debian's headless Chromium.

    python scripts/screenshots.py                       # fresh store from the fixture articles
    python scripts/screenshots.py --db sqlite:///x.sqlite --event FLE-...   # an existing store
"""

from __future__ import annotations

import argparse
import json
import socket
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

import uvicorn
from playwright.sync_api import sync_playwright

from frontlines.api import create_app
from frontlines.pipeline import build_pipeline
from frontlines.records import Article
from frontlines.settings import Settings
from frontlines.store import open_store

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
CHROMIUM_ARGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip


def fixture_articles() -> list[Article]:
    seed = Article(
        id="seed-yarmouk",
        text=(ROOT / "tests" / "fixtures" / "seed_yarmouk.txt").read_text(encoding="utf-8"),
        title="Palestinian fighters retake parts of Yarmouk camp from ISIS",
        published=date(2015, 4, 2),
        source="AFP",
        country="Syria",
    )
    lines = (ROOT / "src" / "frontlines" / "data" / "sample" / "articles.jsonl").read_text("utf-8").splitlines()
    return [seed, *(Article(**json.loads(line)) for line in lines if line.strip())]


def serve(store) -> tuple[str, uvicorn.Server]:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(Settings(), store=store), port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    while not server.started:
        time.sleep(0.05)
    return f"http://127.0.0.1:{port}", server


def seed_event_id(store) -> str | None:
    """The seed article's event with the most evidence fields: the most telling event page."""
    found = store.get_article("seed-yarmouk")
    if not found or not found[1]:
        return None
    report = max(found[1], key=lambda e: len(e.evidence))
    page = store.query_events(store_filter(), None, 1000)
    for event in page.events:
        detail = store.get_event(event.event_id)
        if detail and any(r.report_id == report.event_id for r in detail.reports):
            return event.event_id
    return None


def store_filter():
    from frontlines.store import EventFilter

    return EventFilter()


def shoot(base: str, event_id: str) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        laptop = browser.new_page(base_url=base, viewport={"width": 1366, "height": 900})
        laptop.goto("/")
        laptop.wait_for_selector(".event-list[data-state=ready]")
        laptop.wait_for_timeout(800)  # outlines are drawn after their JSON arrives
        laptop.screenshot(path=OUT / "map.png")
        laptop.goto(f"/events/{event_id}")
        laptop.wait_for_selector("mark.ev")
        dated = laptop.locator(".fields > .field-btn.has-evidence[data-field=event_date]")
        (dated if dated.count() else laptop.locator(".fields > .field-btn.has-evidence")).first.click()
        laptop.wait_for_timeout(400)
        laptop.evaluate("window.scrollTo(0, 0)")
        laptop.screenshot(path=OUT / "event.png")
        phone = browser.new_page(base_url=base, viewport={"width": 390, "height": 844}, is_mobile=True)
        phone.goto("/")
        phone.wait_for_selector(".event-list[data-state=ready]")
        phone.wait_for_timeout(800)
        phone.screenshot(path=OUT / "phone-map.png")
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="An existing store; default: a fresh one from the fixture articles")
    parser.add_argument("--event", help="The event for event.png; default: the seed article's")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(args.db or f"sqlite:///{tmp}/screens.sqlite")
        if not args.db:
            report = store.ingest_results(build_pipeline().code(fixture_articles()))
            print(f"stored {report.articles_stored} articles, {store.count_events()} events")
        event_id = args.event or seed_event_id(store) or store.query_events(store_filter(), None, 1).events[0].event_id
        base, server = serve(store)
        shoot(base, event_id)
        server.should_exit = True
        store.close()
    print(f"wrote {', '.join(p.name for p in sorted(OUT.glob('*.png')))} to {OUT}")


if __name__ == "__main__":
    main()
