from __future__ import annotations

from docket.link.reports import DuplicateOptions, duplicate_groups, near_duplicates, shingles
from tests.link.scenario import FIXTURES, body

AFP = body(FIXTURES / "afp-2021-02-06-detention.md")
COPY = body(FIXTURES / "afp-2021-02-06-detention-copy.md")
RFERL = body(FIXTURES / "rferl-2021-02-10-fled-in-july.md")


def test_a_lightly_edited_copy_is_a_near_duplicate() -> None:
    (pair,) = near_duplicates({1: AFP, 2: COPY, 3: RFERL})
    assert (pair.a, pair.b) == (1, 2)
    assert pair.jaccard >= 0.5


def test_another_story_about_the_same_people_is_not() -> None:
    assert near_duplicates({1: AFP, 3: RFERL}) == []


def test_a_copy_cut_short_is_caught_by_containment() -> None:
    head = AFP[: len(AFP) // 2]
    (pair,) = near_duplicates({1: AFP, 2: head})
    assert pair.containment >= 0.8


def test_short_texts_are_never_called_duplicates() -> None:
    assert near_duplicates({1: "Police detained him.", 2: "Police detained him."}) == []


def test_groups_are_named_by_their_smallest_report() -> None:
    groups = duplicate_groups([1, 2, 3], near_duplicates({1: AFP, 2: COPY, 3: RFERL}))
    assert groups == {1: 1, 2: 1, 3: 3}


def test_shingles_are_stable_across_runs() -> None:
    assert shingles("one two three four five", 4) == shingles("One two three four five!", 4)
    assert len(shingles("one two three four five", 4)) == 2


def test_the_threshold_is_an_option() -> None:
    strict = DuplicateOptions(jaccard=0.99, containment=0.99)
    assert near_duplicates({1: AFP, 2: COPY}, strict) == []
