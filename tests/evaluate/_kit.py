"""Small builders shared by the evaluate tests: real ``Event`` records made by hand."""

from __future__ import annotations

import csv
import tempfile
from functools import cache
from pathlib import Path

from acled_rows import CURRENT_COLUMNS, CURRENT_ROWS, KENYA_COLUMNS, KENYA_ROWS, LEGACY_COLUMNS, LEGACY_ROWS

from frontlines.evaluate.items import GoldItem
from frontlines.evaluate.runner import Coded
from frontlines.records import Event, Evidence

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "evaluate"


@cache
def synthetic_acled(name: str) -> Path:
    """The synthetic ACLED-format CSV ``name`` (see ``acled_rows.py``), written once per session."""
    columns, rows, encoding = {
        "acled_synthetic.csv": (CURRENT_COLUMNS, CURRENT_ROWS, "utf-8"),
        "acled_kenya_synthetic.csv": (KENYA_COLUMNS, KENYA_ROWS, "utf-8"),
        "acled_legacy_synthetic.csv": (LEGACY_COLUMNS, LEGACY_ROWS, "cp1252"),
    }[name]
    path = Path(tempfile.mkdtemp(prefix="frontlines-acled-")) / name
    with path.open("w", encoding=encoding, newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(columns)
        writer.writerows(rows)
    return path


def event(sub_event_type: str, event_type: str, text: str = "", **fields) -> Event:
    """An event with the given type and fields; ``spans`` maps a field to the words that decided it,
    ``defaults`` a field the codebook's defaults filled to the event words it rests on."""
    spans: dict[str, list[str]] = fields.pop("spans", {})
    defaults: dict[str, list[str]] = fields.pop("defaults", {})
    evidence = {
        name: [Evidence(start=text.find(w), end=text.find(w) + len(w), text=w, rule=rule) for w in words]
        for given, rule in ((spans, "test"), (defaults, f"default:codebook actor for {sub_event_type}"))
        for name, words in given.items()
    }
    return Event(
        event_id=f"FL-{len(text)}-{sub_event_type}",
        doc_id="doc",
        event_type=event_type,
        sub_event_type=sub_event_type,
        evidence=evidence,
        **fields,
    )


def coded(item: GoldItem, *events: Event) -> Coded:
    return Coded(item=item, events=list(events))
