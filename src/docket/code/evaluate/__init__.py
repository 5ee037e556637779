"""Evaluation of the coder: against gold annotation files (DESIGN.md's scoring rules) and
against HRDsAttack (the paper's metrics). `docket eval` calls these two functions:

    evaluate_gold(paths, coder) -> EvalResult
    evaluate_hrdsattack(path, coder) -> EvalResult
"""

from __future__ import annotations

from docket.code.evaluate.gold import evaluate_gold, score_gold
from docket.code.evaluate.hrdsattack import evaluate_hrdsattack, score_hrdsattack
from docket.code.evaluate.results import EvalResult, Metric

__all__ = [
    "EvalResult",
    "Metric",
    "evaluate_gold",
    "evaluate_hrdsattack",
    "score_gold",
    "score_hrdsattack",
]
