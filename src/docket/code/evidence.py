"""Evidence spans: every coded field points at characters of the stored body."""

from __future__ import annotations

from docket.errors import CodingError
from docket.models import Evidence


def span(text: str, field: str, start: int, end: int) -> Evidence:
    """Evidence for `field` at `[start, end)` of `text`, trimmed of surrounding spaces."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if not 0 <= start < end <= len(text):
        raise CodingError(f"evidence for {field} out of the text: [{start}, {end})")
    return Evidence(field=field, start=start, end=end, text=text[start:end])


def check(text: str, evidence: list[Evidence]) -> None:
    """Raise CodingError when a span's text is not the body's text at its offsets."""
    for item in evidence:
        if text[item.start : item.end] != item.text:
            raise CodingError(
                f"evidence for {item.field} does not match the body at [{item.start}, {item.end})"
            )


def dedupe(evidence: list[Evidence]) -> list[Evidence]:
    """One entry per (field, span), in order of first appearance."""
    seen: set[tuple[str, int, int]] = set()
    kept = []
    for item in evidence:
        key = (item.field, item.start, item.end)
        if key not in seen:
            seen.add(key)
            kept.append(item)
    return kept
