from __future__ import annotations

from docket.link.stable_ids import carry_ids


def test_groups_keep_the_id_most_of_their_members_had() -> None:
    previous = {"a": 10, "b": 10, "c": 11, "d": 12}
    current = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 3}
    assert carry_ids(previous, current, next_id=13) == {1: 10, 2: 12, 3: 13}


def test_a_split_gives_the_old_id_to_the_larger_part_only() -> None:
    previous = {"a": 10, "b": 10, "c": 10}
    current = {"a": 1, "b": 1, "c": 2}
    assert carry_ids(previous, current, next_id=11) == {1: 10, 2: 11}
