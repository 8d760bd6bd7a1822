"""Plain scoring functions: accuracy, per-class and averaged F1, confusion, distances, name folding."""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence

from frontlines.evaluate.items import ClassScore, Confusion, Metric

#: The label we use when a text yields no event (or the gold says there is none).
NONE = "(none)"

EARTH_RADIUS_KM = 6371.0088


def ratio(hits: int, total: int) -> float | None:
    """``hits / total``, or None when there is nothing to count."""
    return hits / total if total else None


def share(name: str, flags: Sequence[bool], target: float | None = None, note: str = "") -> Metric:
    """A metric: the share of ``flags`` that are true (None when there are none)."""
    return Metric(name=name, value=ratio(sum(flags), len(flags)), n=len(flags), target=target, note=note)


def accuracy(name: str, pairs: Sequence[tuple[str, str]], target: float | None = None, note: str = "") -> Metric:
    """A metric: the share of (gold, predicted) pairs that agree."""
    return share(name, [g == p for g, p in pairs], target, note)


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def class_scores(pairs: Sequence[tuple[str, str]], labels: Iterable[str]) -> list[ClassScore]:
    """Precision, recall and F1 for each of ``labels`` from (gold, predicted) pairs."""
    scores = []
    for label in labels:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        scores.append(
            ClassScore(label=label, precision=precision, recall=recall, f1=f1(precision, recall), support=tp + fn)
        )
    return scores


def macro_f1(pairs: Sequence[tuple[str, str]], labels: Iterable[str]) -> float | None:
    """Mean F1 over ``labels`` (the gold classes present, as scikit-learn's labels= does)."""
    scores = class_scores(pairs, labels)
    return sum(s.f1 for s in scores) / len(scores) if scores else None


def micro_f1(pairs: Sequence[tuple[str, str]], negative: str = NONE) -> tuple[float, float, float]:
    """Micro precision, recall, F1 of detect-and-classify; ``negative`` is the no-event class."""
    tp = sum(1 for g, p in pairs if p != negative and p == g)
    predicted = sum(1 for _, p in pairs if p != negative)
    gold = sum(1 for g, _ in pairs if g != negative)
    precision = tp / predicted if predicted else 0.0
    recall = tp / gold if gold else 0.0
    return precision, recall, f1(precision, recall)


def confusion(pairs: Sequence[tuple[str, str]]) -> Confusion:
    """Confusion counts; labels ordered by gold frequency, then labels only we produced."""
    gold_order = [label for label, _ in Counter(g for g, _ in pairs).most_common()]
    extra = sorted({p for _, p in pairs} - set(gold_order))
    labels = gold_order + extra
    index = {label: i for i, label in enumerate(labels)}
    counts = [[0] * len(labels) for _ in labels]
    for gold, predicted in pairs:
        counts[index[gold]][index[predicted]] += 1
    return Confusion(labels=labels, counts=counts)


def top_confusions(matrix: Confusion, limit: int = 10) -> list[tuple[str, str, int]]:
    """The most frequent (gold, ours, count) disagreements of a confusion matrix."""
    pairs = [
        (gold, matrix.labels[j], count)
        for gold, row in zip(matrix.labels, matrix.counts, strict=True)
        for j, count in enumerate(row)
        if count and matrix.labels[j] != gold
    ]
    return sorted(pairs, key=lambda p: -p[2])[:limit]


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(math.sqrt(min(1.0, a)))


def median(values: Sequence[float]) -> float | None:
    if not values:
        return None
    ordered = sorted(values)
    mid = len(ordered) // 2
    return ordered[mid] if len(ordered) % 2 else (ordered[mid - 1] + ordered[mid]) / 2


#: ACLED actor names carry the period of a government or force, e.g. "(2016-)" or "(1999-2007)".
_PERIOD = re.compile(r"\s*\(\d{4}-\d{0,4}\)")
#: Words that name the kind of an admin unit and differ between gazetteers ("Homs Governorate").
_ADMIN_WORDS = re.compile(
    r"\b(governorate|province|county|state|region|district|department|prefecture|oblast|division)\b"
)


def fold(text: str | None) -> str:
    """Case-, accent- and punctuation-insensitive form of a name."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    plain = re.sub(r"['’`ʼ]", "", plain)  # Murang'a = Muranga
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


def without_period(actor: str | None) -> str:
    """An ACLED actor name without its "(2000-)" period suffix."""
    return " ".join(_PERIOD.sub("", actor or "").split())


def same_admin(ours: str | None, gold: str | None) -> bool:
    """Admin names agree once folded and stripped of unit words ("Homs Governorate" = "Homs")."""
    a = " ".join(_ADMIN_WORDS.sub(" ", fold(ours)).split())
    b = " ".join(_ADMIN_WORDS.sub(" ", fold(gold)).split())
    return bool(a) and a == b


def same_country(ours: str | None, gold: str | None) -> bool:
    return bool(ours) and fold(ours) == fold(gold)
