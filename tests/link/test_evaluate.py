from __future__ import annotations

from docket.link.evaluate import pairwise


def test_pairwise_counts() -> None:
    predicted = {"a": 1, "b": 1, "c": 1, "d": 2}
    truth = {"a": "x", "b": "x", "c": "y", "d": "y"}
    scores = pairwise(predicted, truth)
    assert (scores.true_positives, scores.predicted, scores.actual) == (1, 3, 2)
    assert round(scores.precision, 3) == 0.333 and scores.recall == 0.5


def test_nothing_predicted_is_perfect_precision_and_no_recall() -> None:
    scores = pairwise({"a": 1, "b": 2}, {"a": "x", "b": "x"})
    assert scores.precision == 1.0 and scores.recall == 0.0 and scores.f1 == 0.0
