"""What an evaluation returns: named figures with their counts, printable as a table."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Metric:
    name: str
    value: float | None
    """None when nothing could be scored (no article had a label)."""
    n: int
    """How many items (articles, incidents, victims, pairs) it was computed over."""
    note: str = ""


@dataclass(slots=True)
class EvalResult:
    """Figures of one evaluation run; `format()` prints them, `as_dict()` serialises them."""

    title: str
    metrics: list[Metric] = field(default_factory=list)
    details: list[str] = field(default_factory=list)

    def add(self, name: str, value: float | None, n: int, note: str = "") -> None:
        self.metrics.append(Metric(name, value, n, note))

    def get(self, name: str) -> float | None:
        for metric in self.metrics:
            if metric.name == name:
                return metric.value
        raise KeyError(name)

    def format(self) -> str:
        width = max([len(m.name) for m in self.metrics] + [6])
        lines = [
            self.title,
            f"{'metric':<{width}}  {'value':>6}  {'n':>5}  note",
            "-" * (width + 24),
        ]
        for m in self.metrics:
            value = "-" if m.value is None else f"{m.value:.3f}"
            lines.append(f"{m.name:<{width}}  {value:>6}  {m.n:>5}  {m.note}".rstrip())
        return "\n".join(lines)

    def as_dict(self) -> dict[str, object]:
        return {
            "title": self.title,
            "metrics": {m.name: {"value": m.value, "n": m.n, "note": m.note} for m in self.metrics},
        }


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    score = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, score
