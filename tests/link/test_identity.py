"""People across reports: thresholds, proposals, context, groups, and decisions that hold."""

from __future__ import annotations

import pytest

from docket.errors import LinkError
from docket.link import link, merge_people, split_mention
from docket.link.refs import INCIDENT, MentionRef
from docket.link.result import LinkResult
from docket.models import CodedReport
from tests.link.scenario import d, incident, simple


def pid(result: LinkResult, rid: int, item: int = 0, slot: int = 0) -> int:
    return result.person_of[MentionRef(rid, INCIDENT, item, slot)]


def test_variants_across_reports_are_one_person() -> None:
    res = link(
        [
            simple(1, "", incident("threat", "Salekh Magamadov")),
            simple(2, "", incident("threat", "Салех Магамадов")),
            simple(3, "", incident("threat", "Salekh Magamadow")),
        ]
    )
    assert len(res.people) == 1
    assert res.people[0].name == "Salekh Magamadov"
    assert set(res.people[0].variants) == {
        "Salekh Magamadov",
        "Салех Магамадов",
        "Salekh Magamadow",
    }


def test_a_name_between_the_thresholds_is_proposed_not_merged() -> None:
    res = link(
        [
            simple(1, "", incident("threat", "Mohamed Salah")),
            simple(2, "", incident("threat", "Muhammad Salah")),
        ]
    )
    assert len(res.people) == 2
    (proposal,) = res.proposals
    assert (proposal.person_a, proposal.person_b) == (1, 2)
    assert 0.6 <= proposal.score < 0.9
    assert proposal.reasons


def test_thresholds_are_options() -> None:
    from docket.link import LinkOptions, PeopleOptions

    reports = [
        simple(1, "", incident("threat", "Mohamed Salah")),
        simple(2, "", incident("threat", "Muhammad Salah")),
    ]
    lenient = LinkOptions(people=PeopleOptions(merge_threshold=0.75))
    assert len(link(reports, options=lenient).people) == 1


def test_different_given_names_stay_apart_without_proposal() -> None:
    res = link(
        [
            simple(1, "", incident("threat", "Alaa Abdel Fattah")),
            simple(2, "", incident("threat", "Esraa Abdel Fattah")),
        ]
    )
    assert len(res.people) == 2
    assert res.proposals == ()


def test_surname_only_links_within_the_same_report() -> None:
    res = link(
        [simple(1, "", incident("threat", "Salekh Magamadov"), incident("torture", "Magamadov"))]
    )
    assert pid(res, 1, 0) == pid(res, 1, 1)
    assert any(link_.decided_by == "context" for link_ in res.links)


def test_surname_only_stays_alone_when_ambiguous() -> None:
    res = link(
        [
            simple(
                1,
                "",
                incident("threat", "Ismail Isayev", "Ruslan Isayev"),
                incident("torture", "Isayev"),
            )
        ]
    )
    assert pid(res, 1, 1) not in (pid(res, 1, 0, 0), pid(res, 1, 0, 1))


def test_surname_only_does_not_link_across_unrelated_reports() -> None:
    res = link(
        [
            simple(1, "", incident("threat", "Salekh Magamadov")),
            simple(2, "", incident("torture", "Magamadov")),
        ]
    )
    assert pid(res, 1) != pid(res, 2)


def test_surname_only_links_through_the_case() -> None:
    # Report 2 names Isayev in full and Magamadov by surname; report 1 names both in full.
    res = link(
        [
            simple(1, "", incident("threat", "Salekh Magamadov", "Ismail Isayev")),
            simple(2, "", incident("torture", "Magamadov", "Ismail Isaev")),
        ]
    )
    assert pid(res, 2, 0, 0) == pid(res, 1, 0, 0)


def test_initials_link_in_the_same_report() -> None:
    res = link(
        [simple(1, "", incident("threat", "Alexander Nemov"), incident("assault", "A. Nemov"))]
    )
    assert pid(res, 1, 0) == pid(res, 1, 1)


def test_initials_across_reports_are_proposed() -> None:
    res = link(
        [
            simple(1, "", incident("threat", "Alexander Nemov")),
            simple(2, "", incident("assault", "A. Nemov")),
        ]
    )
    assert pid(res, 1) != pid(res, 2)
    assert len(res.proposals) == 1


def test_groups_resolve_through_the_named_victims() -> None:
    res = link(
        [
            simple(
                1,
                "",
                incident("arbitrary_detention", "Salekh Magamadov", "Ismail Isayev"),
                incident("threat", "the two men"),
            )
        ]
    )
    (group,) = res.groups
    assert group.person_ids == (1, 2)


def test_a_group_whose_size_does_not_fit_stays_unresolved() -> None:
    res = link(
        [
            simple(
                1,
                "",
                incident("arbitrary_detention", "Salekh Magamadov"),
                incident("threat", "the two men"),
            )
        ]
    )
    assert res.groups[0].person_ids == ()


def test_a_merge_decision_holds_when_relinking() -> None:
    reports = [
        simple(1, "", incident("threat", "Alaa Abdel Fattah")),
        simple(2, "", incident("threat", "Esraa Abdel Fattah")),
    ]
    first = link(reports)
    a, b = first.people
    rules = merge_people(a.mentions, b.mentions, by="ana")
    again = link(reports, rules)
    assert len(again.people) == 1
    assert any(x.decided_by == "person:ana" for x in again.links)
    assert len(link(list(reversed(reports)), rules).people) == 1


def test_a_split_decision_holds_when_relinking() -> None:
    reports = [
        simple(1, "", incident("threat", "Ismail Isayev")),
        simple(2, "", incident("threat", "Ismail Isaev")),
        simple(3, "", incident("threat", "Ismail Isayev")),
    ]
    first = link(reports)
    assert len(first.people) == 1
    wrong = MentionRef(2, INCIDENT, 0, 0)
    rules = split_mention(first.people[0].mentions, wrong, by="ana")
    again = link(reports, rules)
    assert len(again.people) == 2
    assert pid(again, 1) == pid(again, 3) != pid(again, 2)


def test_a_split_holds_even_for_the_same_written_name() -> None:
    reports = [
        simple(1, "", incident("threat", "Ali Hassan")),
        simple(2, "", incident("threat", "Ali Hassan")),
    ]
    rules = split_mention(link(reports).people[0].mentions, MentionRef(2, INCIDENT, 0, 0), "ana")
    assert len(link(reports, rules).people) == 2


def test_contradicting_decisions_are_refused() -> None:
    reports = [
        simple(1, "", incident("threat", "Ali Hassan")),
        simple(2, "", incident("threat", "Omar Farouk")),
    ]
    a, b = MentionRef(1, INCIDENT, 0, 0), MentionRef(2, INCIDENT, 0, 0)
    rules = merge_people([a], [b], "ana") + split_mention([a, b], b, "bo")
    with pytest.raises(LinkError):
        link(reports, rules)


def test_decisions_about_vanished_mentions_are_reported_stale() -> None:
    reports = [simple(1, "", incident("threat", "Ali Hassan"))]
    rules = merge_people([MentionRef(9, INCIDENT, 0, 0)], [MentionRef(1, INCIDENT, 0, 0)], "ana")
    assert link(reports, rules).stale_constraints


def test_a_description_is_the_one_named_victim_or_nobody() -> None:
    res = link(
        [
            simple(
                1, "", incident("killing", "Jamal Khashoggi"), incident("threat", "the journalist")
            ),
            simple(2, "", incident("killing", "unnamed man")),
            simple(3, "", incident("killing", "unnamed man")),
        ]
    )
    assert [g.person_ids for g in res.groups] == [(1,), (), ()]
    assert len(res.people) == 1


def test_an_initial_suffering_the_same_act_year_and_country_merges() -> None:
    def seized(rid: int, name: str, day: str) -> CodedReport:
        inc = incident("abduction", name, date=d(day))
        inc.location.country = "Zimbabwe"
        return simple(rid, "", inc)

    same = link(
        [seized(1, "Peter Magombeyi", "2019-09-14"), seized(2, "P. Magombeyi", "2019-09-15")]
    )
    assert len(same.people) == 1
    assert any("same kind of act" in r for x in same.links for r in x.reasons)
    other_year = link(
        [seized(1, "Peter Magombeyi", "2019-09-14"), seized(2, "P. Magombeyi", "2021-03-01")]
    )
    assert len(other_year.people) == 2 and len(other_year.proposals) == 1


def test_a_different_given_name_gets_no_context_bonus() -> None:
    res = link(
        [
            simple(1, "", incident("abduction", "Alaa Abdel Fattah", date=d("2019-09-14"))),
            simple(2, "", incident("abduction", "Esraa Abdel Fattah", date=d("2019-09-14"))),
        ]
    )
    assert len(res.people) == 2


def test_a_surname_ambiguous_in_its_report_is_not_resolved_through_the_case() -> None:
    res = link(
        [
            simple(
                1, "", incident("threat", "Elie Henry", "Irma Henry"), incident("assault", "Henry")
            ),
            simple(2, "", incident("threat", "Irma Henry", "Paul Roche")),
        ]
    )
    assert pid(res, 1, 1) not in (pid(res, 1, 0, 0), pid(res, 1, 0, 1))


def test_an_accepted_proposal_merges_and_a_rejected_one_is_not_proposed_again() -> None:
    from docket.link import accept, reject

    reports = [
        simple(1, "", incident("threat", "Mohamed Salah")),
        simple(2, "", incident("threat", "Muhammad Salah")),
    ]
    (proposal,) = link(reports).proposals
    assert len(link(reports, accept(proposal, "ana")).people) == 1
    again = link(reports, reject(proposal, "ana"))
    assert len(again.people) == 2 and again.proposals == ()


def test_a_person_is_shown_by_the_name_without_title() -> None:
    res = link(
        [
            simple(1, "", incident("threat", "lawyer Alexander Nemov")),
            simple(2, "", incident("threat", "lawyer Alexander Nemov")),
            simple(3, "", incident("threat", "Alexander Nemov")),
        ]
    )
    assert [p.name for p in res.people] == ["Alexander Nemov"]
