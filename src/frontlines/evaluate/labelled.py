"""Texts with one label each: news_acled_dev and CASE 2021 task 2 (an ACLED sub-type or none),
and the relevance sets CEHA and WCEP (a conflict event or not).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from datetime import date
from functools import cache
from pathlib import Path

from frontlines.datafiles import data_path, read_tsv
from frontlines.errors import BadRecord, InputError
from frontlines.evaluate.items import GoldItem, LabelGold
from frontlines.records import Article
from frontlines.taxonomy import event_type_of

#: Relevance labels.
RELEVANT, IRRELEVANT = "relevant", "irrelevant"
#: WCEP categories that report armed conflict, and those that never should yield an event.
WCEP_CONFLICT = {"War_Conflict"}
WCEP_NON_CONFLICT = {
    "Disaster_Accident",
    "Business_Finance",
    "Entertainment_Culture",
    "Sports",
    "Technology_Internet",
    "Health_Medical_Pharma",
}
#: CEHA's reason for "not relevant" that concerns the event itself (others: region, summaries).
CEHA_NOT_VIOLENCE = "2"


def _label_gold(sub_event_type: str | None, label: str | None = None) -> LabelGold:
    event_type = event_type_of()[sub_event_type] if sub_event_type else None
    return LabelGold(event_type=event_type, sub_event_type=sub_event_type, label=label)


def news_items(path: Path) -> Iterator[GoldItem]:
    """news_acled_dev.jsonl: ``id``, ``text``, ``event_type`` and ``sub_event_type`` (or nulls)."""
    known = event_type_of()
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                item_id, text, sub = str(row["id"]), row["text"], row.get("sub_event_type")
            except (json.JSONDecodeError, KeyError, TypeError) as exc:
                raise BadRecord(
                    f"not a gold record ({exc}); each line needs id and text", source=str(path), line=number
                ) from exc
            if sub is not None and sub not in known:
                raise BadRecord(f"unknown sub_event_type {sub!r}", source=str(path), line=number)
            yield GoldItem(
                item_id=item_id,
                article=Article(id=item_id, text=text),
                gold=_label_gold(sub),
                stratum=sub or "null",
            )


@cache
def case2021_codes() -> dict[str, str | None]:
    """CASE 2021 task 2 label -> ACLED sub-event type (None for the non-ACLED labels)."""
    path = data_path("evaluate/case2021_codes.tsv")
    return {row["code"]: row["sub_event_type"] or None for _, row in read_tsv(path, required=("code",))}


def case2021_items(path: Path) -> Iterator[GoldItem]:
    """CASE 2021 task 2 snippets: tab-separated ``id``, snippet text, label.

    Reads the released layout (a header ``id  EventSnippet  SubType``) and the same three
    columns without a header.
    """
    codes = case2021_codes()
    with path.open(encoding="utf-8", newline="") as handle:
        for number, cells in enumerate(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE), start=1):
            if not cells or not any(c.strip() for c in cells):
                continue
            if number == 1 and [c.strip().lower() for c in cells[:3]] == ["id", "eventsnippet", "subtype"]:
                continue
            if len(cells) < 3:
                raise BadRecord("expected id, snippet and label separated by tabs", source=str(path), line=number)
            item_id, text, label = cells[0].strip(), cells[1].strip(), cells[-1].strip()
            if label not in codes:
                raise BadRecord(f"unknown CASE 2021 label {label!r}", source=str(path), line=number)
            yield GoldItem(
                item_id=item_id,
                article=Article(id=item_id, text=text),
                gold=_label_gold(codes[label], label),
                stratum=label,
            )


def ceha_items(path: Path) -> Iterator[GoldItem]:
    """CEHA: relevant conflict events vs texts judged 'not violence / conflict related'.

    Rows rejected only for lying outside the Horn of Africa, or for being summaries, are kept
    as ``other`` (reported, not scored): an event extractor should not reject them.
    """
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = (row.get("Event Description") or "").strip()
            if not text:
                continue
            reason = next((v for k, v in row.items() if k and k.startswith("Why is the event")), "") or ""
            relevant = (row.get("Is the event relevant?") or "").strip().lower() == "yes"
            label = RELEVANT if relevant else IRRELEVANT if reason.strip().startswith(CEHA_NOT_VIOLENCE) else "other"
            item_id = f"{row.get('ACLED/GDELT')}-{row.get('Index')}"
            published = _iso_date(row.get("Time", ""))
            article = Article(id=item_id, text=text, published=published, country=row.get("Country") or None)
            yield GoldItem(item_id=item_id, article=article, gold=LabelGold(label=label), stratum=label)


def wcep_items(path: Path) -> Iterator[GoldItem]:
    """WCEP (Wikipedia Current Events) summaries: War_Conflict should yield events, sports never."""
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON ({exc}); expected the WikiTimes export", source=str(path)) from exc
    for entry in entries:
        category = (entry.get("category") or {}).get("name", "")
        label = RELEVANT if category in WCEP_CONFLICT else IRRELEVANT if category in WCEP_NON_CONFLICT else category
        item_id = str(entry["id"])
        article = Article(id=item_id, text=entry["description"], published=_iso_date(entry.get("date", "")))
        yield GoldItem(item_id=item_id, article=article, gold=LabelGold(label=label), stratum=label)


def _iso_date(value: str) -> date | None:
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def fakes_items(path: Path) -> Iterator[GoldItem]:
    """FA-KES Syrian-war articles: the label is the article's coarse place (a governorate)."""
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            text = (row.get("article_content") or "").strip()
            if not text:
                continue
            item_id = f"FAKES-{row.get('unit_id')}"
            article = Article(
                id=item_id,
                text=text,
                title=row.get("article_title") or None,
                source=row.get("source") or None,
                published=_us_date(row.get("date", "")),
            )
            place = (row.get("location") or "").strip().lower()
            yield GoldItem(item_id=item_id, article=article, gold=LabelGold(label=place), stratum=place)


def _us_date(value: str) -> date | None:
    try:
        month, day, year = (int(p) for p in value.strip().split("/"))
        return date(year, month, day)
    except ValueError:
        return None


@cache
def governorate_names() -> dict[str, tuple[str, ...]]:
    """FA-KES location -> the governorate names an event there may carry."""
    path = data_path("evaluate/fakes_governorates.tsv")
    return {row["location"]: tuple(row["names"].split(";")) for _, row in read_tsv(path, ("location", "names"))}
