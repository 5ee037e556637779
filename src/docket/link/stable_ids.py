"""Keep the store's ids when linking runs again.

`link()` numbers people and incidents from 1 on every run. The store keeps its own ids
(the ones users see in `docket people` and cite in decisions); after re-linking, each new
group takes the stored id that most of its members had, largest groups first, so an id
moves to at most one new group; groups with no stored members get fresh ids.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from typing import TypeVar

K = TypeVar("K", bound=Hashable)


def carry_ids(previous: Mapping[K, int], current: Mapping[K, int], next_id: int) -> dict[int, int]:
    """Map each new group number in `current` (member -> group) to a stored id.

    `previous` is member -> stored id from the last run; `next_id` is the first free
    stored id.
    """
    members: dict[int, list[K]] = {}
    for key, group in current.items():
        members.setdefault(group, []).append(key)
    order = sorted(members, key=lambda g: (-len(members[g]), g))
    taken: set[int] = set()
    out: dict[int, int] = {}
    for group in order:
        votes = Counter(previous[k] for k in members[group] if k in previous)
        best = [i for i, _ in sorted(votes.items(), key=lambda t: (-t[1], t[0])) if i not in taken]
        if best:
            out[group] = best[0]
        else:
            out[group] = next_id
            next_id += 1
        taken.add(out[group])
    return out
