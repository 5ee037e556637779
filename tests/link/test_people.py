from __future__ import annotations

from docket.link.names import parse
from docket.link.people import blocking_keys, candidate_pairs, score


def s(a: str, b: str) -> float:
    return score(parse(a), parse(b)).score


def test_transliterations_score_as_the_same_name() -> None:
    assert s("Salekh Magamadov", "Салех Магамадов") == 1.0
    assert s("Ismail Isayev", "Ismail Isaev") == 1.0


def test_a_vowel_misspelling_scores_high_enough_to_be_proposed() -> None:
    assert s("Peter Magombeyi", "Peter Mugombeyi") >= 0.9


def test_same_surname_other_given_name_scores_below_review() -> None:
    result = score(parse("Alaa Abdel Fattah"), parse("Esraa Abdel Fattah"))
    assert result.score < 0.6
    assert any("given name" in r for r in result.reasons)


def test_different_surnames_score_zero() -> None:
    assert s("Ismail Isayev", "Ismail Karimov") == 0.0


def test_an_initial_supports_a_proposal_not_a_merge() -> None:
    value = s("A. Nemov", "Alexander Nemov")
    assert 0.6 <= value < 0.9
    assert s("B. Nemov", "Alexander Nemov") == 0.0


def test_names_in_another_order() -> None:
    assert s("Lai Chee-ying", "Chee-ying Lai") == 0.95


def test_close_given_names_go_to_review() -> None:
    value = s("Mohamed Salah", "Muhammad Salah")
    assert 0.6 <= value < 0.9


def test_reasons_are_given() -> None:
    reasons = score(parse("Peter Magombeyi"), parse("Peter Mugombeyi")).reasons
    assert any("surname" in r for r in reasons)


def test_blocking_meets_variants_and_separates_strangers() -> None:
    forms = [parse(n) for n in ("Peter Magombeyi", "Peter Mugombeyi", "Ismail Isayev")]
    assert candidate_pairs(forms) == [(0, 1)]


def test_blocking_meets_names_in_another_order() -> None:
    forms = [parse("Lai Chee-ying"), parse("Chee-ying Lai")]
    assert set(blocking_keys(forms[0])) & set(blocking_keys(forms[1]))
    assert candidate_pairs(forms) == [(0, 1)]


def test_a_huge_block_is_split_by_initial() -> None:
    forms = [parse(f"{g}{i} Ivanov") for g in ("Anna", "Boris") for i in ("a", "b", "c")]
    pairs = candidate_pairs(forms, max_block=4)
    assert pairs, "same-initial forms still meet"
    assert all(forms[a].given[0][0] == forms[b].given[0][0] for a, b in pairs)


def test_initials_are_compared_as_written_not_as_skeletons() -> None:
    assert s("J. Lai", "Ian Lai") == 0.0
