"""Decisions by people, and the union-find that obeys them.

`docket people merge A B` becomes must-links between the mentions of A and B;
`docket people split A MENTION` becomes cannot-links between MENTION and A's other
mentions. Both are written in `MentionRef`s (or `EventRef`s for incidents), so they
still hold when linking runs again on the same reports, whatever ids people get then.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

from docket.errors import LinkError
from docket.link.refs import EventRef, MentionRef
from docket.link.result import Proposal

K = TypeVar("K", bound=Hashable)


@dataclass(frozen=True)
class MustLink:
    """Two mentions (or two incidents) are the same: decided by `by`."""

    a: MentionRef | EventRef
    b: MentionRef | EventRef
    by: str = ""


@dataclass(frozen=True)
class CannotLink:
    """Two mentions (or two incidents) are not the same: decided by `by`."""

    a: MentionRef | EventRef
    b: MentionRef | EventRef
    by: str = ""


@dataclass(frozen=True)
class Constraints:
    must: tuple[MustLink, ...] = ()
    cannot: tuple[CannotLink, ...] = ()

    def __add__(self, other: Constraints) -> Constraints:
        return Constraints(self.must + other.must, self.cannot + other.cannot)


def merge_people(a: Iterable[MentionRef], b: Iterable[MentionRef], by: str) -> Constraints:
    """What `people merge A B` records: every mention of A must link to B's first one."""
    b_sorted = sorted(b)
    if not b_sorted:
        raise LinkError("cannot merge into a person without mentions")
    return Constraints(must=tuple(MustLink(m, b_sorted[0], by) for m in sorted(a)))


def split_mention(person: Iterable[MentionRef], mention: MentionRef, by: str) -> Constraints:
    """What `people split A MENTION` records: MENTION is none of A's other mentions."""
    others = sorted(m for m in person if m != mention)
    return Constraints(cannot=tuple(CannotLink(mention, m, by) for m in others))


def accept(proposal: Proposal, by: str) -> Constraints:
    """A reviewer accepts a proposal: its two mentions are one person."""
    return Constraints(must=(MustLink(proposal.mention_a, proposal.mention_b, by),))


def reject(proposal: Proposal, by: str) -> Constraints:
    """A reviewer rejects a proposal: its two people are not one, and it is not proposed
    again."""
    return Constraints(cannot=(CannotLink(proposal.mention_a, proposal.mention_b, by),))


@dataclass
class ConstrainedUnionFind(Generic[K]):
    """Union-find whose unions are refused when they would join a cannot-link pair."""

    parent: dict[K, K] = field(default_factory=dict)
    members: dict[K, set[K]] = field(default_factory=dict)
    forbidden: dict[K, set[K]] = field(default_factory=dict)

    def add(self, key: K) -> None:
        if key not in self.parent:
            self.parent[key] = key
            self.members[key] = {key}

    def find(self, key: K) -> K:
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:  # path compression
            self.parent[key], key = root, self.parent[key]
        return root

    def forbid(self, a: K, b: K) -> None:
        if self.find(a) == self.find(b):
            raise LinkError(f"constraints contradict: {a} and {b} must and cannot link")
        self.forbidden.setdefault(self.find(a), set()).add(b)
        self.forbidden.setdefault(self.find(b), set()).add(a)

    def allowed(self, a: K, b: K) -> bool:
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        fa, fb = self.forbidden.get(ra), self.forbidden.get(rb)
        return not (fa and not fa.isdisjoint(self.members[rb])) and not (
            fb and not fb.isdisjoint(self.members[ra])
        )

    def union(self, a: K, b: K) -> bool:
        """Join a's and b's groups unless forbidden; True when they are (now) one."""
        if not self.allowed(a, b):
            return False
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return True
        if len(self.members[ra]) < len(self.members[rb]):
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.members[ra] |= self.members.pop(rb)
        moved = self.forbidden.pop(rb, None)
        if moved:
            self.forbidden.setdefault(ra, set()).update(moved)
        return True

    def groups(self) -> list[list[K]]:
        """The groups, each sorted, in order of their smallest member."""
        found: dict[K, list[K]] = {}
        for key in self.parent:
            found.setdefault(self.find(key), []).append(key)
        groups = [sorted(g) for g in found.values()]  # type: ignore[type-var]
        return sorted(groups)  # type: ignore[type-var]
