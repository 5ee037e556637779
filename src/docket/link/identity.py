"""People: mentions grouped by the constrained union-find, in a fixed order of evidence.

Order of unions, each refused when it would join a cannot-link pair:
1. people's decisions (must-links), which nothing overrides;
2. the same name once transliterated (one *form*);
3. pairs of forms scoring at or above the merge threshold, best first;
4. one-word and initialled names resolved in their report or case (`context.py`).
Pairs between the review and the merge thresholds that end in different people become
proposals for a reviewer.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from docket.errors import LinkError
from docket.link.constraints import ConstrainedUnionFind, Constraints
from docket.link.context import resolve
from docket.link.mentions import MentionRecord
from docket.link.names import DESCRIPTION, GROUP, ParsedName
from docket.link.people import Context, PairScore, candidate_pairs, linkable, score_forms
from docket.link.refs import INCIDENT, EventRef, MentionRef
from docket.link.result import GroupMention, Link, PersonResult, Proposal

# Mentions that name nobody: resolved through the named victims of their incident.
UNNAMED_KINDS = (GROUP, DESCRIPTION)


@dataclass(frozen=True)
class PeopleOptions:
    merge_threshold: float = 0.95
    review_threshold: float = 0.6
    max_block: int = 400


@dataclass(frozen=True)
class People:
    people: tuple[PersonResult, ...]
    person_of: dict[MentionRef, int]
    groups: tuple[GroupMention, ...]
    links: tuple[Link, ...]
    proposals: tuple[Proposal, ...]
    stale: tuple[str, ...]


def link_people(
    mentions: Sequence[MentionRecord], constraints: Constraints, options: PeopleOptions
) -> People:
    named = [m for m in mentions if m.name.kind not in UNNAMED_KINDS and m.name.tokens]
    uf: ConstrainedUnionFind[MentionRef] = ConstrainedUnionFind()
    for m in named:
        uf.add(m.ref)
    links: list[Link] = []
    stale = _apply_constraints(uf, constraints, links)
    forms, form_mentions, contexts = _forms(named)
    for refs in form_mentions:
        for other in refs[1:]:
            if uf.union(refs[0], other):
                links.append(
                    Link(refs[0], other, 1.0, ("same name once transliterated",), "linker")
                )
    pairs = candidate_pairs(forms, options.max_block)
    scored = score_forms(forms, pairs, options.review_threshold, contexts)
    for i, j, s in scored:
        a, b = form_mentions[i][0], form_mentions[j][0]
        if s.score >= options.merge_threshold and uf.union(a, b):
            links.append(Link(a, b, s.score, s.reasons, "linker"))
    for partial, target, why in resolve(named, uf.find):
        if uf.union(partial, target):
            links.append(Link(partial, target, 1.0, (why,), "context"))
    people, person_of = _number(uf, {m.ref: m.name for m in named})
    proposals = _proposals(scored, forms, form_mentions, person_of, options, uf)
    groups = _resolve_groups(mentions, person_of)
    return People(people, person_of, groups, tuple(links), proposals, stale)


def _apply_constraints(
    uf: ConstrainedUnionFind[MentionRef], constraints: Constraints, links: list[Link]
) -> tuple[str, ...]:
    stale: list[str] = []
    for c in constraints.cannot:
        if isinstance(c.a, MentionRef) and isinstance(c.b, MentionRef):
            if c.a in uf.parent and c.b in uf.parent:
                uf.forbid(c.a, c.b)
            else:
                stale.append(f"cannot-link {c.a} {c.b} by {c.by}")
    for m in constraints.must:
        if not (isinstance(m.a, MentionRef) and isinstance(m.b, MentionRef)):
            continue
        if m.a not in uf.parent or m.b not in uf.parent:
            stale.append(f"must-link {m.a} {m.b} by {m.by}")
        elif not uf.union(m.a, m.b):
            raise LinkError(f"constraints contradict: {m.a} and {m.b} must and cannot link")
        else:
            links.append(Link(m.a, m.b, 1.0, ("decided by a person",), f"person:{m.by}"))
    return tuple(stale)


def _forms(
    named: Sequence[MentionRecord],
) -> tuple[list[ParsedName], list[list[MentionRef]], list[frozenset[Context]]]:
    """Linkable mentions grouped by their skeletons (in sorted order), and the contexts
    (act family, year, country) their mentions appear in."""
    by_skeleton: dict[tuple[str, ...], list[MentionRecord]] = defaultdict(list)
    for m in named:
        if linkable(m.name):
            by_skeleton[m.name.skeletons].append(m)
    keys = sorted(by_skeleton)
    forms = [by_skeleton[k][0].name for k in keys]
    refs = [sorted(m.ref for m in by_skeleton[k]) for k in keys]
    contexts = [frozenset(m.context for m in by_skeleton[k] if m.context) for k in keys]
    return forms, refs, contexts


def _number(
    uf: ConstrainedUnionFind[MentionRef], names: dict[MentionRef, ParsedName]
) -> tuple[tuple[PersonResult, ...], dict[MentionRef, int]]:
    """People numbered from 1 in order of their first mention."""
    people: list[PersonResult] = []
    person_of: dict[MentionRef, int] = {}
    for pid, refs in enumerate(uf.groups(), start=1):
        raws = [names[r].raw.strip() for r in refs]
        people.append(
            PersonResult(pid, _display_name(refs, names), tuple(sorted(set(raws))), tuple(refs))
        )
        person_of.update((r, pid) for r in refs)
    return tuple(people), person_of


def _display_name(refs: list[MentionRef], names: dict[MentionRef, ParsedName]) -> str:
    """The fullest, most frequent name as written, Latin script first, without a title
    ("Alexander Nemov" rather than "lawyer Alexander Nemov"), then alphabetical."""
    counts = Counter(names[r].raw.strip() for r in refs)
    size = {names[r].raw.strip(): len(names[r].tokens) for r in refs}

    def titled(raw: str) -> bool:
        return len(raw.replace(".", ". ").split()) > size[raw]

    return min(
        counts,
        key=lambda raw: (not raw.isascii(), -size[raw], titled(raw), -counts[raw], raw),
    )


def _proposals(
    scored: list[tuple[int, int, PairScore]],
    forms: list[ParsedName],
    form_mentions: list[list[MentionRef]],
    person_of: dict[MentionRef, int],
    options: PeopleOptions,
    uf: ConstrainedUnionFind[MentionRef],
) -> tuple[Proposal, ...]:
    """Pairs between the thresholds that ended in two people, unless a person already
    said they are not one (a cannot-link between them): a rejected proposal stays so."""
    best: dict[tuple[int, int], Proposal] = {}
    for i, j, s in scored:
        a, b = form_mentions[i][0], form_mentions[j][0]
        pa, pb = sorted((person_of[a], person_of[b]))
        score = s.score
        if pa == pb or score >= options.merge_threshold or (pa, pb) in best:
            continue
        if not uf.allowed(a, b):
            continue
        first, second = (a, b) if person_of[a] == pa else (b, a)
        fi, si = (i, j) if first == a else (j, i)
        best[(pa, pb)] = Proposal(
            pa, pb, score, s.reasons, first, second, forms[fi].raw, forms[si].raw
        )
    return tuple(sorted(best.values(), key=lambda p: (-p.score, p.person_a, p.person_b)))


def _resolve_groups(
    mentions: Sequence[MentionRecord], person_of: dict[MentionRef, int]
) -> tuple[GroupMention, ...]:
    """A group or description is the named people of its incident, else the named victims
    of its report, when their number fits what the text says ("the two men")."""
    by_event: dict[EventRef, set[int]] = defaultdict(set)
    by_report: dict[int, set[int]] = defaultdict(set)
    for m in mentions:
        pid = person_of.get(m.ref)
        if pid is not None:
            by_event[m.ref.event].add(pid)
            if m.ref.part == INCIDENT:
                by_report[m.ref.report_id].add(pid)
    out: list[GroupMention] = []
    for m in mentions:
        if m.name.kind not in UNNAMED_KINDS:
            continue
        pids = by_event.get(m.ref.event) or by_report.get(m.ref.report_id, set())
        size = m.name.group_size
        resolved = tuple(sorted(pids)) if size is None or size == len(pids) else ()
        out.append(GroupMention(m.ref, m.name.raw, resolved))
    return tuple(out)
