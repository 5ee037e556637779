"""Near-duplicate reports: the same story syndicated or lightly edited is one source.

Each report's text becomes a set of word shingles; MinHash LSH finds candidate pairs
without comparing every pair, and the exact Jaccard similarity (or containment, for a
copy cut short) of the shingle sets decides. Groups are the connected components of the
decided pairs.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Mapping
from dataclasses import dataclass

from datasketch import MinHash, MinHashLSH

from docket.link.constraints import ConstrainedUnionFind

_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class DuplicateOptions:
    shingle: int = 4
    """Words per shingle."""
    num_perm: int = 64
    lsh_threshold: float = 0.3
    """Estimated Jaccard above which a pair is checked exactly: kept low, the check is exact."""
    jaccard: float = 0.5
    containment: float = 0.8
    """A shorter copy whose shingles are mostly in the longer one is a duplicate too."""
    min_shingles: int = 8
    """Reports shorter than this are too short to call duplicates on text alone."""


@dataclass(frozen=True)
class DuplicatePair:
    a: int
    b: int
    jaccard: float
    containment: float


def shingles(text: str, size: int) -> frozenset[int]:
    """Hashed word shingles: crc32 keeps them small and the same on every run."""
    words = [w.lower() for w in _WORD.findall(text)]
    grams = (" ".join(words[i : i + size]) for i in range(max(len(words) - size + 1, 1)))
    return frozenset(zlib.crc32(g.encode()) for g in grams if g)


def _already_hashed(value: int) -> int:
    """Shingles are crc32 values already: MinHash need not hash them again."""
    return value


def near_duplicates(
    texts: Mapping[int, str], options: DuplicateOptions | None = None
) -> list[DuplicatePair]:
    """Pairs of report ids (a < b) whose texts are near-duplicates, sorted."""
    opts = options or DuplicateOptions()
    ids = sorted(texts)
    sets = {i: shingles(texts[i], opts.shingle) for i in ids}
    usable = [i for i in ids if len(sets[i]) >= opts.min_shingles]
    lsh = MinHashLSH(threshold=opts.lsh_threshold, num_perm=opts.num_perm)
    hashes = MinHash.bulk(
        [sorted(sets[i]) for i in usable], num_perm=opts.num_perm, hashfunc=_already_hashed
    )
    for i, mh in zip(usable, hashes, strict=True):
        lsh.insert(i, mh)
    pairs: list[DuplicatePair] = []
    for i, mh in zip(usable, hashes, strict=True):
        for j in sorted(lsh.query(mh)):
            if j > i and (pair := _check(i, j, sets[i], sets[j], opts)):
                pairs.append(pair)
    return pairs


def _check(
    i: int, j: int, a: frozenset[int], b: frozenset[int], opts: DuplicateOptions
) -> DuplicatePair | None:
    inter = len(a & b)
    jac = inter / len(a | b)
    cont = inter / min(len(a), len(b))
    if jac >= opts.jaccard or cont >= opts.containment:
        return DuplicatePair(i, j, round(jac, 4), round(cont, 4))
    return None


def duplicate_groups(ids: list[int], pairs: list[DuplicatePair]) -> dict[int, int]:
    """Each report id -> its group's id: the smallest report id of the group."""
    uf: ConstrainedUnionFind[int] = ConstrainedUnionFind()
    for i in ids:
        uf.add(i)
    for p in pairs:
        uf.union(p.a, p.b)
    return {member: group[0] for group in uf.groups() for member in group}
