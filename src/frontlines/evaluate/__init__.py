"""Evaluate the extractor on gold data: load a gold set, code its texts, score field by field.

    >>> from frontlines.evaluate import evaluate
    >>> report = evaluate(Path("acled.csv"), "acled", Settings(), sample=500, seed=1)
    >>> report.metric("event_type accuracy").value

Formats: ``acled``, ``ucdp``, ``news``, ``case2021``, ``muc4``, ``wikievents``, ``rams``,
``ceha``, ``wcep``, ``fakes``. Texts go through ``build_pipeline(settings).code(...)`` in batches.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from frontlines.errors import ConfigError, InputError
from frontlines.evaluate.acled import acled_items
from frontlines.evaluate.arguments import rams_items, score_arguments, wikievents_items
from frontlines.evaluate.items import GoldItem, Report
from frontlines.evaluate.labelled import case2021_items, ceha_items, fakes_items, news_items, wcep_items
from frontlines.evaluate.muc4 import muc4_items, score_muc4
from frontlines.evaluate.runner import Coded, code_items, sample_items
from frontlines.evaluate.score_acled import score_acled
from frontlines.evaluate.score_labels import score_labels, score_places, score_relevance
from frontlines.evaluate.ucdp import score_ucdp, ucdp_items
from frontlines.settings import Settings

__all__ = ["FORMATS", "Format", "Report", "evaluate", "load_gold"]


@dataclass(frozen=True)
class Format:
    """How to read one kind of gold file and score our events against it."""

    name: str
    load: Callable[..., Iterator[GoldItem]]
    score: Callable[[list[Coded], str], Report]
    stratified: bool
    description: str


FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("acled", acled_items, score_acled, True, "ACLED export (2019+, Kenya or pre-2019 schema)"),
        Format("ucdp", ucdp_items, score_ucdp, True, "UCDP GED CSV (headlines as text)"),
        Format("news", news_items, partial(score_labels, fmt="news"), True, "news_acled_dev.jsonl"),
        Format(
            "case2021",
            case2021_items,
            partial(score_labels, fmt="case2021"),
            True,
            "CASE 2021 task 2 snippets (id, text, label; tab-separated)",
        ),
        Format("muc4", muc4_items, score_muc4, False, "MUC-3/4 texts with key-* answer keys"),
        Format(
            "wikievents",
            wikievents_items,
            partial(score_arguments, fmt="wikievents"),
            False,
            "WikiEvents dev.jsonl (coref/ beside it)",
        ),
        Format("rams", rams_items, partial(score_arguments, fmt="rams"), False, "RAMS *.jsonlines"),
        Format("ceha", ceha_items, partial(score_relevance, fmt="ceha"), True, "CEHA_dataset.csv (relevance)"),
        Format("wcep", wcep_items, partial(score_relevance, fmt="wcep"), True, "WikiTimes WCEP JSON (relevance)"),
        Format("fakes", fakes_items, partial(score_places, fmt="fakes"), True, "FA-KES CSV (coarse place)"),
    )
}


def failure_notes(coded: list[Coded], limit: int = 5) -> list[str]:
    """One line per distinct failure (most frequent first), so extractor crashes are seen."""
    counts = Counter(f"{c.failure.error}: {c.failure.message[:160]}" for c in coded if c.failure is not None)
    return [f"{n} text(s) failed with {message}" for message, n in counts.most_common(limit)]


def dataset_name(path: Path) -> str:
    """A short name for a gold file or folder: its parent folder's name and its own."""
    path = path.resolve()
    return f"{path.parent.name}/{path.name}"


def load_gold(path: Path, fmt: str, strip_note_cues: bool = True) -> list[GoldItem]:
    """Every gold item of ``path`` read as ``fmt``."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown gold format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if not path.exists():
        raise InputError("no such file or folder", source=str(path))
    if fmt == "acled":
        return list(acled_items(path, strip_cues=strip_note_cues))
    return list(FORMATS[fmt].load(path))


def evaluate(
    path: Path,
    fmt: str,
    settings: Settings,
    sample: int | None = None,
    seed: int = 0,
    strip_note_cues: bool = True,
    progress: Callable[[int], None] | None = None,
) -> Report:
    """Code the texts of a gold set (or a seeded sample of them) and score the events."""
    items = load_gold(path, fmt, strip_note_cues)
    if not items:
        raise InputError(f"no gold items could be read as {fmt}", source=str(path))
    chosen = sample_items(items, sample, seed, FORMATS[fmt].stratified)
    started = time.perf_counter()
    coded = list(code_items(chosen, settings, progress))
    seconds = time.perf_counter() - started
    report = FORMATS[fmt].score(coded, dataset_name(path))
    report.seconds = seconds
    report.notes += failure_notes(coded)
    if sample is not None and sample < len(items):
        how = "stratified by gold label" if FORMATS[fmt].stratified else "random"
        report.sampling = f"{len(chosen)} of {len(items)}, {how}, seed {seed}"
    else:
        report.sampling = f"all {len(items)}"
    return report
