"""Clustering scores for the merge against gold events: pairwise precision/recall and B-cubed."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from math import comb


@dataclass(frozen=True)
class ClusterScores:
    pairwise_precision: float
    pairwise_recall: float
    pairwise_f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float
    items: int
    gold_clusters: int
    predicted_clusters: int


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


def cluster_scores(gold: Mapping[str, str], predicted: Mapping[str, str]) -> ClusterScores:
    """Scores of ``predicted`` (item -> cluster) against ``gold`` (item -> cluster), over gold's items."""
    items: Sequence[str] = list(gold)
    both = Counter((gold[i], predicted[i]) for i in items)
    gold_sizes = Counter(gold[i] for i in items)
    predicted_sizes = Counter(predicted[i] for i in items)
    true_pairs = sum(comb(n, 2) for n in both.values())
    predicted_pairs = sum(comb(n, 2) for n in predicted_sizes.values())
    gold_pairs = sum(comb(n, 2) for n in gold_sizes.values())
    precision = true_pairs / predicted_pairs if predicted_pairs else 1.0
    recall = true_pairs / gold_pairs if gold_pairs else 1.0
    b_precision = sum(n * n / predicted_sizes[p] for (_, p), n in both.items()) / len(items)
    b_recall = sum(n * n / gold_sizes[g] for (g, _), n in both.items()) / len(items)
    return ClusterScores(
        pairwise_precision=precision,
        pairwise_recall=recall,
        pairwise_f1=f1(precision, recall),
        bcubed_precision=b_precision,
        bcubed_recall=b_recall,
        bcubed_f1=f1(b_precision, b_recall),
        items=len(items),
        gold_clusters=len(gold_sizes),
        predicted_clusters=len(predicted_sizes),
    )
