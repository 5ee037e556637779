"""Pairwise precision and recall of a clustering against the right answer.

A pair of items is predicted linked when both are in one predicted cluster, and truly
linked when both have the same true label; counts come from the contingency table, so
large clusters cost no quadratic loop. Items missing from either side are left out.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class PairScores:
    true_positives: int
    predicted: int
    actual: int

    @property
    def precision(self) -> float:
        return self.true_positives / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positives / self.actual if self.actual else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        return (
            f"P {self.precision:.3f} R {self.recall:.3f} F1 {self.f1:.3f} "
            f"(pairs: {self.true_positives} right of {self.predicted} predicted, "
            f"{self.actual} true)"
        )


def _pairs(n: int) -> int:
    return n * (n - 1) // 2


def pairwise(predicted: Mapping[K, Hashable], truth: Mapping[K, Hashable]) -> PairScores:
    """Scores over the items both mappings know."""
    items = [k for k in truth if k in predicted]
    both = Counter((predicted[k], truth[k]) for k in items)
    pred = Counter(predicted[k] for k in items)
    true = Counter(truth[k] for k in items)
    return PairScores(
        sum(_pairs(n) for n in both.values()),
        sum(_pairs(n) for n in pred.values()),
        sum(_pairs(n) for n in true.values()),
    )
