"""Generated articles and events for the API tests and benchmarks/bench_api.py.

Each article is a few sentences of template text; each of its events has ACLED fields and an
evidence span (real offsets into that text) for every filled field, so the event page can
highlight them. The same seed always gives the same rows.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from frontlines.pipeline import Result
from frontlines.records import Actor, Article, Event, Evidence, Place, event_id_for

PLACES = (
    ("Yarmouk", "Syria", 760, "Damascus", 33.474, 36.304),
    ("Aleppo", "Syria", 760, "Aleppo", 36.202, 37.134),
    ("Homs", "Syria", 760, "Homs", 34.727, 36.723),
    ("Raqqa", "Syria", 760, "Ar-Raqqa", 35.952, 39.009),
    ("Mosul", "Iraq", 368, "Ninewa", 36.340, 43.130),
    ("Maiduguri", "Nigeria", 566, "Borno", 11.846, 13.160),
    ("Donetsk", "Ukraine", 804, "Donetsk", 48.015, 37.803),
    ("Mogadishu", "Somalia", 706, "Banadir", 2.037, 45.344),
)
TYPES = (
    ("Battles", "Armed clash", "clashed with"),
    ("Battles", "Non-state actor overtakes territory", "took control of the area from"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack", "shelled positions of"),
    ("Explosions/Remote violence", "Air/drone strike", "carried out air strikes on"),
    ("Violence against civilians", "Attack", "attacked civilians and"),
    ("Protests", "Peaceful protest", "marched against"),
)
ACTORS = (
    "Islamic State",
    "Military Forces of Syria",
    "Free Syrian Army",
    "Boko Haram",
    "Al Shabaab",
    "Rebels",
)
SOURCES = ("AFP", "Reuters", "SOHR", "BBC", "Al Jazeera")


def _span(text: str, part: str, rule: str) -> list[Evidence]:
    start = text.index(part)
    return [Evidence(start=start, end=start + len(part), text=part, rule=rule)]


def synthetic_event(rng: random.Random, article_id: str, index: int, day: date, source: str) -> tuple[str, Event]:
    """One event and the sentence that reports it; evidence offsets are into that sentence."""
    location, country, iso, admin1, lat, lon = rng.choice(PLACES)
    event_type, sub_type, verb = rng.choice(TYPES)
    actor1, actor2 = rng.sample(ACTORS, 2)
    killed = rng.choice((0, 0, 1, 2, 3, 5, 8, 12, 20, 45))
    when = f"On {day:%d %B %Y}"
    sentence = f"{when}, {actor1} {verb} {actor2} in {location}, killing {killed} people, {source} said. "
    event = Event(
        event_id=event_id_for(article_id, index),
        doc_id=article_id,
        event_date=day,
        time_precision=1,
        event_type=event_type,
        sub_event_type=sub_type,
        actor1=actor1,
        actor2=actor2,
        actors=[Actor(name=actor1), Actor(name=actor2)],
        country=country,
        iso=iso,
        admin1=admin1,
        location=location,
        latitude=lat + rng.uniform(-0.05, 0.05),
        longitude=lon + rng.uniform(-0.05, 0.05),
        geo_precision=1,
        source=source,
        notes=sentence.strip(),
        fatalities=killed,
        place=Place(location=location, country=country, admin1=admin1, latitude=lat, longitude=lon, geo_precision=1),
        published=day,
    )
    return sentence, event


def _with_evidence(event: Event, text: str, offset: int, sentence: str) -> Event:
    def span(part: str, rule: str) -> list[Evidence]:
        found = _span(sentence, part, rule)
        return [e.model_copy(update={"start": e.start + offset, "end": e.end + offset}) for e in found]

    evidence = {
        "event_date": span(sentence.split(",")[0], "synthetic.date"),
        "event_type": span(
            sentence.split(event.actor1 or "")[1].split(event.actor2 or "")[0].strip(), "synthetic.verb"
        ),
        "actor1": span(event.actor1 or "", "synthetic.actor"),
        "actor2": span(event.actor2 or "", "synthetic.actor"),
        "location": span(event.location or "", "synthetic.place"),
        "fatalities": span(f"killing {event.fatalities} people", "synthetic.count"),
        "source": span(f"{event.source} said", "synthetic.source"),
    }
    assert all(text[e.start : e.end] == e.text for spans in evidence.values() for e in spans)
    return event.model_copy(update={"evidence": evidence})


def synthetic_results(
    articles: int, events_per_article: int = 3, seed: int = 7, start: date = date(2015, 1, 5), days: int = 730
) -> list[Result]:
    """``articles`` coded articles with ``events_per_article`` events each, spread over ``days``."""
    rng = random.Random(seed)
    results = []
    for n in range(articles):
        day = start + timedelta(days=rng.randrange(days))
        source = rng.choice(SOURCES)
        article_id = f"synthetic-{seed}-{n}"
        pieces = [synthetic_event(rng, article_id, i, day, source) for i in range(events_per_article)]
        text = "".join(sentence for sentence, _ in pieces)
        events, offset = [], 0
        for sentence, event in pieces:
            events.append(_with_evidence(event, text, offset, sentence))
            offset += len(sentence)
        article = Article(id=article_id, text=text, title=f"Report {n}", published=day, source=source)
        results.append(Result(article=article, events=events))
    return results
