"""Train a local sub-event type classifier on ACLED notes that the user holds.

ACLED's terms forbid shipping anything learned from its rows, so frontlines ships no such model:
this trains one on the user's machine, into a folder the user names, and reports how well it does
on a held-out share of the same file. The extractor does not read the model.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from pydantic import Field

from frontlines.errors import InputError, OutputError
from frontlines.evaluate.items import GoldItem, Metric
from frontlines.evaluate.metrics import accuracy, class_scores, macro_f1
from frontlines.records import Record

MODEL_FILE = "model.joblib"
META_FILE = "meta.json"
#: Word uni- and bigrams seen in at least two notes; scikit-learn's defaults otherwise.
NGRAMS = (1, 2)
MIN_DF = 2


class TrainResult(Record):
    """What training did: sizes, held-out figures, and where the model went."""

    trained_on: int
    held_out: int
    labels: list[str]
    metrics: list[Metric] = Field(default_factory=list)
    model_dir: str = ""


def split_items(items: Sequence[GoldItem], test_share: float, seed: int) -> tuple[list[GoldItem], list[GoldItem]]:
    """A seeded split that keeps each label's share in both parts (labels seen once stay in training)."""
    rng = random.Random(seed)
    by_label: dict[str, list[GoldItem]] = {}
    for item in items:
        by_label.setdefault(_label(item), []).append(item)
    train, test = [], []
    for label in sorted(by_label):
        group = by_label[label][:]
        rng.shuffle(group)
        cut = round(len(group) * test_share) if len(group) > 1 else 0
        test += group[:cut]
        train += group[cut:]
    return train, test


def _label(item: GoldItem) -> str:
    return getattr(item.gold, "sub_event_type", None) or ""


def build_classifier() -> Any:
    """TF-IDF features and a linear SVM: a plain, fast text classifier."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.pipeline import make_pipeline
    from sklearn.svm import LinearSVC

    return make_pipeline(TfidfVectorizer(ngram_range=NGRAMS, min_df=MIN_DF, sublinear_tf=True), LinearSVC())


def train_model(items: Sequence[GoldItem], output: Path, test_share: float = 0.2, seed: int = 0) -> TrainResult:
    """Train on the items' notes and sub-event types, score on a held-out share, save into ``output``."""
    usable = [i for i in items if _label(i)]
    if len(usable) < 10 or len({_label(i) for i in usable}) < 2:
        raise InputError("fewer than 10 notes with a sub_event_type, or only one type; nothing to learn")
    train, test = split_items(usable, test_share, seed)
    model = build_classifier()
    model.fit([i.article.text for i in train], [_label(i) for i in train])
    result = TrainResult(trained_on=len(train), held_out=len(test), labels=sorted({_label(i) for i in train}))
    if test:
        predicted = model.predict([i.article.text for i in test])
        pairs = [(_label(i), str(p)) for i, p in zip(test, predicted, strict=True)]
        gold_labels = sorted({g for g, _ in pairs})
        result.metrics = [
            accuracy("sub_event_type accuracy", pairs, note="held-out notes"),
            Metric(name="sub_event_type macro-F1", value=macro_f1(pairs, gold_labels), n=len(pairs)),
            *[Metric(name=f"F1 {c.label}", value=c.f1, n=c.support) for c in class_scores(pairs, gold_labels)],
        ]
    result.model_dir = str(save_model(model, output, result, Counter(_label(i) for i in train)))
    return result


def save_model(model: Any, output: Path, result: TrainResult, counts: Counter[str]) -> Path:
    """Write the model and a JSON note of how it was made into ``output`` (created if needed)."""
    import joblib
    import sklearn

    from frontlines import __version__

    try:
        output.mkdir(parents=True, exist_ok=True)
        joblib.dump(model, output / MODEL_FILE)
        meta = {
            "frontlines": __version__,
            "scikit-learn": sklearn.__version__,
            "features": f"tf-idf word {NGRAMS[0]}-{NGRAMS[1]}-grams, min_df={MIN_DF}",
            "classifier": "LinearSVC",
            "label_counts": dict(sorted(counts.items())),
            "result": result.model_dump(mode="json", exclude={"model_dir"}),
            "licence": "learned from ACLED rows: for the data holder's own use; do not redistribute",
        }
        (output / META_FILE).write_text(json.dumps(meta, indent=2), encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"{output}: cannot write the model ({exc.strerror}); choose another folder") from exc
    return output
