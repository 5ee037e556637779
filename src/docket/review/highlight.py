"""A report's text as safe HTML with each piece of evidence marked where it stands.

The text is untrusted (captured HTML turned Markdown): it is shown as text, never
rendered. Offsets are cut on the raw string, each piece is escaped on its own, and only
then are the `<mark>` tags put between them, so no offset ever falls inside an entity."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    incident_id: int | None
    field: str


def _boundaries(spans: list[Span], length: int) -> list[int]:
    points = {0, length}
    for span in spans:
        points.update((max(0, min(span.start, length)), max(0, min(span.end, length))))
    return sorted(points)


def _covering(spans: list[Span], start: int, end: int) -> list[Span]:
    return [s for s in spans if s.start <= start and end <= s.end]


def _mark(piece: str, covering: list[Span]) -> str:
    incidents = sorted({s.incident_id for s in covering if s.incident_id is not None})
    fields = sorted({s.field for s in covering})
    classes = "evidence" + (" overlap" if len(incidents) > 1 else "")
    return (
        f'<mark class="{classes}" data-incidents="{" ".join(map(str, incidents))}" '
        f'title="{escape(", ".join(fields))}">{escape(piece)}</mark>'
    )


def highlighted(text: str, spans: list[Span]) -> Markup:
    """`text`, escaped, with `<mark>` around every stretch some span covers. Overlapping
    spans split into stretches, each marked with all the incidents that cover it."""
    points = _boundaries(spans, len(text))
    parts = []
    for start, end in pairwise(points):
        piece = text[start:end]
        covering = _covering(spans, start, end)
        parts.append(_mark(piece, covering) if covering else str(escape(piece)))
    return Markup("".join(parts))  # noqa: S704 - every piece above is escaped
