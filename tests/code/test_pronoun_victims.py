"""An act whose victim is a pronoun or a name written short still makes an incident."""

from __future__ import annotations

from docket.code import Coder
from docket.code.acts import Trigger
from docket.code.parties import PartyMention
from docket.code.victims import Focus, _short_name
from docket.models import Incident, Report


def rule_incidents(coder: Coder, text: str) -> list[Incident]:
    """The rule incidents, before the document classifier may veto a type."""
    [(_, incidents)] = coder.rules([Report(id=1, title="Report", text=text)])
    return incidents


def victims(coder: Coder, text: str, act: str) -> list[tuple[str, str]]:
    """Each victim of the `act` incidents, with the text of its evidence span."""
    found = []
    for incident in rule_incidents(coder, text):
        if incident.act == act:
            spans = [text[e.start : e.end] for e in incident.evidence if e.field == "victims"]
            found += [(v.name, s) for v in incident.victims for s in spans]
    return found


def test_an_object_pronoun_with_no_antecedent_is_an_unnamed_victim(coder: Coder) -> None:
    text = "His mother told reporters that the authorities have tortured him."
    assert victims(coder, text, "torture") == [("unnamed man", "him")]


def test_the_target_of_an_acts_noun_is_its_victim(coder: Coder) -> None:
    # "performed FGM on her": the pronoun after "on" is whom the act befell.
    text = (
        "A young girl died this week after a doctor performed female genital mutilation "
        "(FGM) on her in the Assiut province of southern Egypt."
    )
    assert victims(coder, text, "torture") == [("unnamed woman", "her")]
    # Without a target the noun names the practice, not an act against anyone.
    practice = "A doctor in Assiut performed female genital mutilation for years."
    assert victims(coder, practice, "torture") == []


def test_a_first_person_passive_is_an_unnamed_victim(coder: Coder) -> None:
    text = "“I have been tortured by the police,” he told reporters."
    assert victims(coder, text, "torture") == [("unnamed person", "I")]


def test_a_second_participle_shares_the_passive_subject(coder: Coder) -> None:
    text = "“I have been tied to a pole and tortured by party goons,” he told reporters."
    assert victims(coder, text, "torture") == [("unnamed person", "I")]


def test_we_is_the_named_speaker_of_the_quote(coder: Coder) -> None:
    text = (
        "The court freed the journalist Ann Lee on Monday.\n\n"
        "“We were arrested for telling the truth,” Lee said."
    )
    assert ("Ann Lee", "We") in victims(coder, text, "arbitrary_detention")


def test_a_pronoun_takes_the_person_named_earlier_in_its_paragraph(coder: Coder) -> None:
    text = (
        "Rights groups spoke out on Monday.\n\n"
        "Amnesty International urged the release of Ann Lee, a reporter. "
        "Police tortured her in custody, the group said."
    )
    assert victims(coder, text, "torture") == [("Ann Lee", "her")]


def test_a_given_name_stands_for_the_full_name_written_before(coder: Coder) -> None:
    text = (
        "Police on Monday arrested Abdifatah Mohamed Abdi, a reporter in Las Anod.\n\n"
        "Sool authorities have detained Abdifatah before for his political reporting."
    )
    assert ("Abdifatah Mohamed Abdi", "Abdifatah") in victims(coder, text, "arbitrary_detention")


def test_a_short_name_outranks_a_pronoun_pointing_at_the_victim_in_focus(coder: Coder) -> None:
    # John Smith is the victim in focus; "she" would point back to him, but the clause
    # names Lopez, the lawyer of the lead.
    text = (
        "Maria Lopez, a lawyer, grew up in Cali and later moved to Bogota.\n\n"
        "Police arrested activist John Smith on Monday in Bogota.\n\n"
        "The day Lopez was murdered was not the first time she was chased, her sister said."
    )
    assert [name for name, _ in victims(coder, text, "killing")] == ["Maria Lopez"]


def test_a_short_name_inside_another_name_is_not_the_person() -> None:
    plain = "Staff of Lee Hospital were detained on Monday."
    at = plain.index("detained")
    trigger = Trigger("arbitrary_detention", at, at + len("detained"), "detained")
    focus = Focus(people=[(PartyMention("Ann Lee", 0, 7, True), 0)])
    assert _short_name(plain, focus, 0, len(plain), trigger) == []
    plain = "Lee was detained on Monday."
    trigger = Trigger("arbitrary_detention", 8, 16, "detained")
    assert _short_name(plain, focus, 0, len(plain), trigger)[0].name == "Ann Lee"


def test_the_subject_of_a_passive_act_past_a_long_apposition(coder: Coder) -> None:
    text = (
        "Rights groups spoke out.\n\n"
        "Elie Ngomirakiza, a representative of the National Congress for Freedom and Justice "
        "(the CNL "
        "in French, its short name), a banned opposition party of the north, was detained in 1971."
    )
    assert ("Elie Ngomirakiza", "Elie Ngomirakiza") in victims(coder, text, "arbitrary_detention")


def test_an_apposition_with_its_own_verb_is_no_passive_subject(coder: Coder) -> None:
    text = (
        "Rights groups spoke out.\n\n"
        "Elie Ngomirakiza, who leads the National Congress for Freedom in the north of the "
        "country and its capital city, said that many people were detained in Ntahangwa."
    )
    assert all(
        name != "Elie Ngomirakiza" for name, _ in victims(coder, text, "arbitrary_detention")
    )


def test_they_and_the_victims_point_at_the_unnamed_group_in_focus(coder: Coder) -> None:
    for retold in ("They were kidnapped", "The victims were kidnapped"):
        text = (
            "A manhunt by the police for five school girls kidnapped by bandits has begun.\n\n"
            f"{retold} from their school last weekend."
        )
        found = victims(coder, text, "abduction")
        assert found[-1] == ("five school girls", retold.rsplit(" ", 2)[0])


def test_a_named_victim_ends_the_group_focus(coder: Coder) -> None:
    text = (
        "Five school girls were kidnapped by bandits.\n\n"
        "Police arrested the reporter Ann Lee on Monday. "
        "They were beaten in custody."
    )
    assert ("five school girls", "They") not in victims(coder, text, "torture")
    assert ("Five school girls", "They") not in victims(coder, text, "torture")


def test_a_group_in_focus_is_forgotten_two_paragraphs_on(coder: Coder) -> None:
    text = (
        "Five school girls were kidnapped by bandits.\n\nThe governor spoke.\n\n"
        "Officials met.\n\nThey were beaten in custody."
    )
    assert victims(coder, text, "torture") == [("unnamed people", "They")]


def test_a_pronoun_takes_a_person_named_before_it_in_its_sentence(coder: Coder) -> None:
    text = "A photograph shows Ann Lee after she was arrested by the police."
    assert victims(coder, text, "arbitrary_detention") == [("Ann Lee", "she")]


def test_a_person_an_act_sentence_names_but_does_not_make_its_victim_is_not_in_focus(
    coder: Coder,
) -> None:
    text = (
        "Mark Brown has run a small bakery near the old market square of the northern town "
        "for most of his long life, in a street where the police arrested two reporters "
        "on Monday.\n\n"
        "Officers later beat them, a witness said."
    )
    names = {name for name, _ in victims(coder, text, "assault")}
    assert "Mark Brown" not in names


def test_a_lead_without_an_act_puts_no_one_in_focus(coder: Coder) -> None:
    text = (
        "Prime Minister Bo Chan and Ann Lee, a banker, meet in London.\n\n"
        "Rights groups say detainees were held for weeks. They said guards beat them."
    )
    assert "Ann Lee" not in {name for name, _ in victims(coder, text, "assault")}


def test_a_sentence_naming_the_group_in_focus_adds_its_members(coder: Coder) -> None:
    text = (
        "Hearings were held for three journalists detained in Yangon on February 27.\n\n"
        "The journalists — Aung Ye Ko, of the 7 Day Media; Hein Pyae Zaw of Owl Media; "
        "and freelancer Banyar Oo — appeared in a prison court."
    )
    names = {name for name, _ in victims(coder, text, "arbitrary_detention")}
    assert {"Aung Ye Ko", "Hein Pyae Zaw", "Banyar Oo"} <= names
    assert not names & {"Owl Media", "7 Day Media"}


def test_a_naming_sentence_far_from_the_group_adds_no_one(coder: Coder) -> None:
    text = (
        "Police detained three journalists in Yangon on February 27.\n\nOfficials met.\n\n"
        "Talks went on.\n\nThe journalists — Aung Ye Ko and Hein Pyae Zaw — spoke later."
    )
    names = {name for name, _ in victims(coder, text, "arbitrary_detention")}
    assert "Aung Ye Ko" not in names


def test_the_owner_of_an_intransitive_acts_noun_is_its_victim(coder: Coder) -> None:
    text = (
        "Police detained the activists Ann Lee and Bo Chen on Monday. "
        "Their whereabouts are unknown."
    )
    assert {name for name, _ in victims(coder, text, "enforced_disappearance")} == {
        "Ann Lee",
        "Bo Chen",
    }


def test_a_pronoun_that_speaks_is_no_victim(coder: Coder) -> None:
    # "He" is the lawyer who says what the case is about, not the one tortured.
    text = (
        "Police arrested Ann Ward in Belfast in 1971. The lawyer Hugh Southey spoke for her "
        "family. He said the case concerned state-sanctioned torture."
    )
    assert victims(coder, text, "torture") == []
    text = "Police arrested Ann Ward in Belfast. She said she was tortured in custody."
    assert victims(coder, text, "torture") == [("Ann Ward", "she")]


def test_whom_another_acts_noun_is_of_is_that_acts_victim(coder: Coder) -> None:
    # Kaweesi is the one murdered; the arrest's victim is "he".
    text = (
        "He was arrested on April 5 on suspicion he had participated in the murder of a "
        "senior police official, Andrew Felix Kaweesi, on March 17."
    )
    assert [v for v, _ in victims(coder, text, "arbitrary_detention")] == ["unnamed man"]
    assert [v for v, _ in victims(coder, text, "killing")] == ["Andrew Felix Kaweesi"]
    # Acts joined by "and" share whom they are of.
    text = "Rights groups condemned the arrest and torture of the journalist Ann Lee."
    assert [v for v, _ in victims(coder, text, "arbitrary_detention")] == ["Ann Lee"]


def test_who_was_subjected_to_an_act_is_its_victim(coder: Coder) -> None:
    text = "Police arrested Ann Lee. She was subjected to torture in custody."
    assert victims(coder, text, "torture") == [("Ann Lee", "She")]


def test_a_name_introduced_with_one_is_a_person(coder: Coder) -> None:
    # NER finds nothing here; "one Bitto," introduces a person, by a single name.
    text = (
        "Three police officers raided the offices of an NGO. They illegally detained one "
        "Bitto, who worked as a manager there, and made calls to his family."
    )
    assert [v for v, _ in victims(coder, text, "arbitrary_detention")] == ["Bitto"]
    # A day or month after "one" is a time: "one Monday, in March".
    text = "Police arrested the protesters one Monday, in March."
    assert [v for v, _ in victims(coder, text, "arbitrary_detention")] == ["protesters"]


def test_whom_police_hold_over_an_act_is_no_victim_of_it(coder: Coder) -> None:
    for text in (
        "Police arrested Ann Lee over the killing of John Smith.",
        "Police arrested the journalist Ann Lee over her report on the killing of John Smith.",
        "Authorities arrested Ann Lee, 35, in connection with the killing of John Smith.",
    ):
        assert [v for v, _ in victims(coder, text, "killing")] == ["John Smith"], text


def test_a_sentence_that_says_who_the_victim_is_names_it(coder: Coder) -> None:
    # The group noun starts with a capital ("US-based"), and the name comes a sentence on.
    text = (
        "Four Iranians were charged in a plot to kidnap a US-based reporter. Though not "
        "mentioned by name in the statement, the journalist and activist is presumably "
        "Masih Alinejad, a reporter for VOA."
    )
    names = [v for v, _ in victims(coder, text, "prosecution")]
    assert names[-1] == "Masih Alinejad"
