"""One-word and initialled names, resolved in their report or case, never across the corpus.

"Magamadov" in a report that also says "Salekh Magamadov" is him; "A. Nemov" next to
"Alexander Nemov" is him. When the report names nobody who fits, the people named with
this report's other people elsewhere (the case around them) are tried. A name is linked
only when exactly one person fits: two Isayevs in the case and it stays alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from rapidfuzz.distance import JaroWinkler

from docket.link.mentions import MentionRecord
from docket.link.names import FULL, INITIALS, SINGLE, ParsedName, initials_compatible
from docket.link.refs import MentionRef

# A one-word name this close to a surname or given name is that name misspelt.
TOKEN_MATCH = 0.92
MAX_CONTEXT_REPORTS = 200


def fits(partial: ParsedName, full: ParsedName) -> bool:
    """Could `partial` (one word or initials) be a way of writing `full`?"""
    if full.kind not in (FULL, INITIALS):
        return False
    if partial.kind == SINGLE:
        word = partial.skeletons[0]
        return any(_close(word, s) for s in (full.surname, full.given[0]))
    if partial.kind == INITIALS:
        return _close(partial.surname, full.surname) and initials_compatible(
            partial.tokens[:-1], full.tokens[:-1]
        )
    return False


def _close(a: str, b: str) -> bool:
    return a == b or (min(len(a), len(b)) >= 4 and JaroWinkler.similarity(a, b) >= TOKEN_MATCH)


def resolve(
    mentions: Sequence[MentionRecord],
    find: Callable[[MentionRef], MentionRef],
) -> list[tuple[MentionRef, MentionRef, str]]:
    """Links (partial mention, mention of the person it names, why) found in context.

    `find` gives a mention's current group root, so that "one person fits" counts people,
    not their mentions.
    """
    by_report: dict[int, list[MentionRecord]] = defaultdict(list)
    for m in mentions:
        by_report[m.ref.report_id].append(m)
    neighbours = _case_neighbours(by_report, find)
    links: list[tuple[MentionRef, MentionRef, str]] = []
    for rid in sorted(by_report):
        for m in by_report[rid]:
            if m.name.kind not in (SINGLE, INITIALS):
                continue
            target, fitting = _unique_fit(m, by_report[rid], find)
            why = "the only fitting name in the same report"
            if fitting == 0 and m.name.kind == SINGLE:  # ambiguous in the report: stop there
                target, _ = _unique_fit(m, neighbours.get(rid, ()), find)
                why = "the only fitting name among the people of the same case"
            if target is not None:
                links.append((m.ref, target, why))
    return links


def _unique_fit(
    m: MentionRecord, candidates: Iterable[MentionRecord], find: Callable[[MentionRef], MentionRef]
) -> tuple[MentionRef | None, int]:
    """The one person `m` fits among the candidates (None unless exactly one), and how
    many people fit."""
    roots: dict[MentionRef, MentionRef] = {}
    for c in candidates:
        if c.ref != m.ref and fits(m.name, c.name):
            roots.setdefault(find(c.ref), c.ref)
    if len(roots) == 1 and find(m.ref) not in roots:
        return next(iter(roots.values())), 1
    return None, len(roots)


def _case_neighbours(
    by_report: dict[int, list[MentionRecord]], find: Callable[[MentionRef], MentionRef]
) -> dict[int, list[MentionRecord]]:
    """For each report, the full names of people who appear with its people elsewhere."""
    reports_of: dict[MentionRef, set[int]] = defaultdict(set)
    for rid, ms in by_report.items():
        for m in ms:
            if m.name.kind in (FULL, INITIALS):
                reports_of[find(m.ref)].add(rid)
    out: dict[int, list[MentionRecord]] = {}
    for rid, ms in by_report.items():
        if not any(m.name.kind == SINGLE for m in ms):
            continue
        others: set[int] = set()
        for m in ms:
            if m.name.kind in (FULL, INITIALS):
                others |= reports_of[find(m.ref)]
        others.discard(rid)
        # A famous person in hundreds of reports is no case context: keep it bounded.
        out[rid] = [
            c
            for r in sorted(others)[:MAX_CONTEXT_REPORTS]
            for c in by_report[r]
            if c.name.kind == FULL
        ]
    return out
