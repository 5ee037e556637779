"""Which names are the same person: blocking, a pairwise score with its reasons, thresholds.

Only names that can stand alone (a given name or initial and a surname) are compared
across reports; one-word names and groups are resolved in context (`context.py`).
Mentions whose transliteration skeletons are identical form one *form* and are compared
once, so the work grows with the number of distinct spellings, not of mentions.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rapidfuzz.distance import JaroWinkler

from docket.link.names import FULL, INITIALS, ParsedName, consonant_key

# Below these, a surname or given name is a different name, not a variant.
SURNAME_FLOOR = 0.85
GIVEN_FLOOR = 0.7
# How far an initial alone supports a given name: enough to propose, not to merge.
INITIAL_SUPPORT = 0.85
# What it adds that both names suffer the same kind of act in the same year and country:
# enough to merge an initial ("P. Magombeyi") or a misspelling, not a different given name.
CONTEXT_BONUS = 0.1


@dataclass(frozen=True)
class PairScore:
    """A score in [0, 1] that two names are the same person, and why."""

    score: float
    reasons: tuple[str, ...]


def linkable(name: ParsedName) -> bool:
    """Names that may be compared across reports."""
    return name.kind in (FULL, INITIALS)


def blocking_keys(name: ParsedName) -> list[str]:
    """Keys under which two forms must meet to be compared.

    The surname's consonant key catches vowel variants and transliterations; the sorted
    tokens catch the same name in another order (Lai Chee-ying / Chee-ying Lai).
    """
    keys = ["s:" + consonant_key(name.surname)]
    if name.kind == FULL:
        keys.append("t:" + " ".join(sorted(name.skeletons)))
    return keys


def candidate_pairs(forms: Sequence[ParsedName], max_block: int = 400) -> list[tuple[int, int]]:
    """Pairs of form indices sharing a block, each pair once, sorted.

    A block larger than `max_block` (a very common surname) is split by the first
    initial of the given name, so that 100,000 people do not give one quadratic block.
    """
    blocks: dict[str, list[int]] = defaultdict(list)
    for i, form in enumerate(forms):
        for key in blocking_keys(form):
            blocks[key].append(i)
    pairs: set[tuple[int, int]] = set()
    for members in blocks.values():
        for sub in _split_large(members, forms, max_block):
            pairs.update((a, b) for k, a in enumerate(sub) for b in sub[k + 1 :])
    return sorted(pairs)


def _split_large(
    members: list[int], forms: Sequence[ParsedName], max_block: int
) -> Iterable[list[int]]:
    if len(members) <= max_block:
        yield members
        return
    by_initial: dict[str, list[int]] = defaultdict(list)
    for i in members:
        given = forms[i].given
        by_initial[given[0][:1] if given else ""].append(i)
    for sub in by_initial.values():
        yield sub[:max_block]  # past the cap a block is too common to decide by name


def score(a: ParsedName, b: ParsedName) -> PairScore:
    """The score that two full or initialled names are one person."""
    if a.skeletons == b.skeletons:
        return PairScore(1.0, ("same name once transliterated",))
    if sorted(a.skeletons) == sorted(b.skeletons):
        return PairScore(0.95, ("same names in another order",))
    surname = _surname_similarity(a.surname, b.surname)
    if surname < SURNAME_FLOOR:
        return PairScore(0.0, (f"surnames differ: {a.surname} / {b.surname}",))
    given, why = _given_similarity(a, b)
    reasons = (f"surname {a.surname} / {b.surname}: {surname:.2f}", why)
    value = surname * given if given >= GIVEN_FLOOR else 0.0
    return PairScore(round(value, 4), reasons)


def _surname_similarity(a: str, b: str) -> float:
    if a == b:
        return 1.0
    return float(JaroWinkler.similarity(a, b))


def _given_similarity(a: ParsedName, b: ParsedName) -> tuple[float, str]:
    ga, gb = a.given, b.given
    if not ga or not gb:
        return 0.0, "a given name is missing"
    first_a, first_b = ga[0], gb[0]
    if len(first_a) == 1 or len(first_b) == 1:
        # Initials are compared as written: the skeleton turns J into I (Jana / Iana).
        ia, ib = a.tokens[0][0], b.tokens[0][0]
        if ia == ib:
            return INITIAL_SUPPORT, f"initial {ia} fits {max(a.tokens[0], b.tokens[0], key=len)}"
        return 0.0, f"initials differ: {ia} / {ib}"
    sim = 1.0 if first_a == first_b else float(JaroWinkler.similarity(first_a, first_b))
    return sim, f"given name {first_a} / {first_b}: {sim:.2f}"


Context = tuple[str, int | None, str | None]
"""What a mention suffers: act family, year, country."""


def score_forms(
    forms: Sequence[ParsedName],
    pairs: Iterable[tuple[int, int]],
    floor: float,
    contexts: Sequence[frozenset[Context]] | None = None,
) -> list[tuple[int, int, PairScore]]:
    """Scores of the candidate pairs at or above `floor`, highest first, ties in order.

    `contexts[i]` holds what form i's mentions suffer; a shared one raises the score."""
    scored = []
    for i, j in pairs:
        pair = score(forms[i], forms[j])
        if contexts is not None:
            pair = with_context(pair, not contexts[i].isdisjoint(contexts[j]))
        scored.append((i, j, pair))
    kept = [t for t in scored if t[2].score >= floor]
    kept.sort(key=lambda t: (-t[2].score, t[0], t[1]))
    return kept


def with_context(pair: PairScore, shared: bool) -> PairScore:
    """The score raised when both names are victims of the same kind of act, year, country."""
    if not shared or pair.score == 0.0:
        return pair
    value = round(min(1.0, pair.score + CONTEXT_BONUS), 4)
    return PairScore(value, (*pair.reasons, "both suffer the same kind of act, year, country"))
