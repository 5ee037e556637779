"""Act triggers: which words report which act, and which only look as if they did."""

from __future__ import annotations

import pytest

from docket.code.acts import _ACTS, _ANY, _INTERVENTIONS, _any, _spelled_out, find_acts


def acts(sentence: str) -> list[tuple[str, str]]:
    return [(t.label, t.text) for t in find_acts(sentence)]


def labels(sentence: str) -> set[str]:
    return {t.label for t in find_acts(sentence)}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He was accused of sexually assaulting her.", "other"),
        ("Soldiers raped two women in the village.", "other"),
        ("She said he had been assaulting protesters.", "assault"),
        ("The student was flogged by the militia.", "torture"),
        ("A girl died after female genital mutilation was performed on her.", "torture"),
        ("A doctor performed FGM on the girl.", "torture"),
        ("Sean Turnell is also facing charges under the official secrets act.", "prosecution"),
        ("The two reporters face terrorism charges.", "prosecution"),
        # "to" after "subjected" is a preposition, not an infinitive's.
        ("He was subjected to torture at the pre-trial detention centre.", "torture"),
    ],
)
def test_missed_acts_are_found(sentence: str, expected: str) -> None:
    assert expected in labels(sentence)


def test_sexual_violence_is_one_act_not_torture_or_assault() -> None:
    assert labels("She reported the sexual assault to the police.") == {"other"}
    assert labels("Detainees were tortured and raped.") == {"torture", "other"}


def test_tortured_to_death_is_torture_and_killing() -> None:
    assert labels("The activist was tortured to death in custody.") == {"killing", "torture"}


@pytest.mark.parametrize(
    "sentence",
    [
        "He was convicted of attempted murder of a police officer.",
        "She survived an assassination attempt last year.",
        "Gunmen attempted to kill the journalist.",
    ],
)
def test_an_attempt_on_a_life_is_no_killing(sentence: str) -> None:
    assert "killing" not in labels(sentence)


def test_attempted_murder_is_an_attack() -> None:
    assert labels("He survived an attempted murder in May.") == {"assault"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Usually the police don't torture them for hours.",
        "They didn't arrest anyone.",
    ],
)
def test_contracted_negation(sentence: str) -> None:
    assert acts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "He was seen by the UN Special Rapporteur on torture Nils Melzer.",
        "The national body for the prevention of torture visited him.",
        "The government signed an anti-torture law.",
    ],
)
def test_bodies_named_after_an_act(sentence: str) -> None:
    assert "torture" not in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Sabou, winner of the Index on Censorship Freedom of Expression Award, spoke first.",
        "Dr Ann of the Centre for the Rehabilitation of Torture Victims says he needs care.",
        "Under the Regulations on Detention Facilities, inmates are examined on entry.",
        "In 2015 the Working Group on Arbitrary Detention (WGAD) published its opinion.",
    ],
)
def test_an_act_in_the_name_of_a_body_or_law_is_no_act(sentence: str) -> None:
    assert labels(sentence) == set()


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # An event's name is an act; so is a headline in Title Case.
        ("He did not mention the Tiananmen Square Massacre of June 1989.", "killing"),
        ("Police Arrested Three Journalists In Lagos", "arbitrary_detention"),
        (
            "The report said: Jailed Belarusian blogger Ihar Losik went on hunger strike.",
            "arbitrary_detention",
        ),
    ],
)
def test_capitalised_acts_outside_names_stay_acts(sentence: str, expected: str) -> None:
    assert expected in labels(sentence)


def test_an_act_of_torture_is_torture() -> None:
    assert labels("It was an act of torture.") == {"torture"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Electronic devices had been seized.",
        "His identity card seized, he was told to report to the camp.",
        "The Taliban said they seized the province.",
        "The Department of Justice seized the Union Record.",
        "Police seized HK$15,670 from her wallet.",
    ],
)
def test_seized_things_are_no_abduction(sentence: str) -> None:
    assert "abduction" not in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mugombeyi was seized from his home by unidentified men.",
        "They were seized and returned to Chechnya.",
        "Police seized Cao in September 2013.",
        "Gunmen seized six pupils and took them away in a boat.",
        "Kidnappers seized an Indian national in Jigawa State.",
    ],
)
def test_seized_people_are_abducted(sentence: str) -> None:
    assert "abduction" in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Their children were taken by the members of the group without their consent.",
        "The girls were taken by their captors from the school.",
        "Staff members including editor Lina Attalah were taken away, the outlet said.",
        "He was reportedly taken away by masked men.",
    ],
)
def test_people_taken_away_or_by_someone_are_abducted(sentence: str) -> None:
    assert "abduction" in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The video was taken by angry workers and shared online.",
        "No action was taken by police after the complaint.",
        "Action was taken by the board.",
        "Steps are being taken by the command to tackle the problem.",
        "One oil tanker has been taken by the miscreants to their camp.",
        "Power was taken by the military in 2021.",
        "Power was seized by the military in 2021.",
    ],
)
def test_things_taken_by_someone_are_no_abduction(sentence: str) -> None:
    assert "abduction" not in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "He headed a network blamed for many deadly attacks and kidnappings.",
        "It followed a wave of indiscriminate killings and disappearances.",
    ],
)
def test_bare_plurals_are_generic(sentence: str) -> None:
    assert not labels(sentence) & {"abduction", "killing", "enforced_disappearance"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The killings of three activists shocked the town.", "killing"),
        ("Police reported two abductions on Monday.", "abduction"),
        ("Alleged Killings Spark Outrage", "killing"),  # a headline drops its determiners
    ],
)
def test_particular_plurals_are_acts(sentence: str, expected: str) -> None:
    assert expected in labels(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Police said they have arrested the prime suspect.",
        "They were rescued five days later and some suspects arrested.",
        "Two men were detained in connection with the murder of the journalist.",
    ],
)
def test_holding_a_suspect_is_no_arbitrary_detention(sentence: str) -> None:
    assert "arbitrary_detention" not in labels(sentence)


@pytest.mark.parametrize(
    ("sentence", "crime"),
    [
        ("A man has been jailed for twenty years for beating his employees.", "assault"),
        ("He was put on trial for torture.", "torture"),
        ("Two men were indicted on first-degree murder charges.", "killing"),
        ("Police arrested him for murder.", "killing"),
        ("Five men have been charged in connection with Okello's murder.", "killing"),
        (
            "Police detained a Serb ex-policeman accused of taking part in the killing of 51 "
            "civilians.",
            "killing",
        ),
        ("Police arrested a man suspected of murder.", "killing"),
    ],
)
def test_holding_or_trying_someone_for_a_violent_crime_is_only_the_crime(
    sentence: str, crime: str
) -> None:
    assert labels(sentence) == {crime}


@pytest.mark.parametrize(
    "sentence",
    [
        "A guard was sentenced to ten years for his role in the 1990 murder of a judge.",
        "Two members of the cell were jailed for life for taking part in several kidnappings.",
        "The driver was convicted for aiding in a murder.",
        "He was sentenced in 2001 for the attempted murder of a police officer.",
    ],
)
def test_a_share_in_a_violent_crime_is_no_act_against_the_convict(sentence: str) -> None:
    assert not labels(sentence) & {"arbitrary_detention", "prosecution"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The activist was jailed for his role in the protests.",
        "She was sentenced for taking part in a peaceful march.",
    ],
)
def test_a_share_in_something_else_stays_an_act(sentence: str) -> None:
    assert labels(sentence) & {"arbitrary_detention", "prosecution"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The journalist was arrested for reporting on the killing of protesters.",
        "She was charged with terrorism for her posts.",
    ],
)
def test_a_charge_that_is_no_violent_crime_stays_an_act(sentence: str) -> None:
    assert labels(sentence) & {"arbitrary_detention", "prosecution"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested the activist on Monday.",
        "He was arrested on suspicion he had taken part in the murder.",
    ],
)
def test_an_arrest_of_the_person_reported_on_is_a_detention(sentence: str) -> None:
    assert "arbitrary_detention" in labels(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Strikers held two managers captive for a day.", "abduction"),
        ("The workers were held against their will for weeks.", "abduction"),
        ("He was charged over the 2010 hostage-taking of an aid worker.", "abduction"),
        ("She has been in prison since 2015.", "arbitrary_detention"),
        ("The students have been in police custody since October 23.", "arbitrary_detention"),
        ("He remains in pre-trial detention.", "arbitrary_detention"),
        ("He spent 12 years in jail for his writing.", "arbitrary_detention"),
        ("The activist remains in prison.", "arbitrary_detention"),
        ("Her husband is in prison on fabricated charges.", "arbitrary_detention"),
        ("The blogger is now languishing in the Central Prison of Minsk.", "arbitrary_detention"),
        ("The regime is accused of imprisoning thousands of critics.", "arbitrary_detention"),
        ("Rights groups documented mass rapes by soldiers.", "other"),
        ("Police laid siege to the newspaper's offices on Monday.", "raid"),
        ("The two editors face criminal proceedings for a cartoon.", "prosecution"),
    ],
)
def test_held_captive_in_prison_and_other_missed_forms(sentence: str, expected: str) -> None:
    assert expected in labels(sentence)


def test_a_stay_in_prison_needs_a_person_in_it() -> None:
    assert "arbitrary_detention" not in labels("The prison was built in 1920.")


def test_a_past_stay_in_prison_is_no_present_state() -> None:
    # A biography's "was in prison" is left to the verbs that report the detention.
    assert "arbitrary_detention" not in labels("Her father was in prison when she was born.")


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The old reporter died of a heart attack in 2019.", "assault"),
        ("The decree is an assault on press freedom.", "assault"),
        ("Critics called the law an attack on democracy.", "assault"),
        ("Drought is killing off the orchards.", "killing"),
        ("The vote took place in a politically charged atmosphere.", "prosecution"),
        ("The union charged that the dismissal was retaliation.", "prosecution"),
        ("Older inmates are in charge of the cells.", "prosecution"),
        ("The storm poses a grave threat to coastal towns.", "threat"),
        ("He shared content deemed a threat to public security.", "threat"),
        ("The coalition spotlights journalists under attack worldwide.", "assault"),
        ("The US puts it in every one of its extradition treaties.", "forced_return"),
        ("Parliament passed the new detention law on Monday.", "arbitrary_detention"),
    ],
)
def test_senses_that_report_no_act_against_a_person(sentence: str, absent: str) -> None:
    assert absent not in labels(sentence)


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The butchers said they typically killed dogs at the market.", "killing"),
        ("Soldiers were burning barns and killing the livestock left behind.", "killing"),
        ("She had no reason to doubt his accounts of the dog torture.", "torture"),
    ],
)
def test_acts_done_to_animals_are_no_acts(sentence: str, absent: str) -> None:
    assert absent not in labels(sentence)


def test_acts_near_animals_done_to_people_stay_acts() -> None:
    assert "killing" in labels("Soldiers killed the farmers and their cattle.")
    assert "killing" in labels("The activist was killed near the cattle market.")
    assert "arbitrary_detention" in labels("Police arrested the wildlife rangers on Monday.")
    assert "killing" in labels("Gunmen killed two cattle herders in Benue.")


def test_coming_under_attack_is_an_attack() -> None:
    assert "assault" in labels("The journalist came under attack from police on Monday.")
    assert "assault" in labels("The reporters were under attack for two hours.")


def test_the_act_senses_stay_acts() -> None:
    assert "assault" in labels("Two men attacked the journalist on Monday.")
    assert "assault" in labels("It was an attack on the journalist's home.")
    assert "prosecution" in labels("Police charged him with sedition.")
    assert "threat" in labels("She received a threat to her life.")
    assert "killing" in labels("Gunmen killed the activist.")


@pytest.mark.parametrize(
    "sentence",
    [
        "She was force-fed in jail as a form of torture, her lawyer said.",
        "Her years of confinement cross that threshold into torture, a lawyer said.",
        "Solitary confinement for months could amount to torture.",
        "This amounts to psychological torture and places Iran in breach of its obligations.",
    ],
)
def test_torture_as_what_other_treatment_amounts_to_is_no_torture(sentence: str) -> None:
    assert "torture" not in labels(sentence)


def test_psychological_torture_told_as_an_act_stays_torture() -> None:
    assert "torture" in labels("He was subjected to psychological torture in Evin prison.")


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The film exposed war crimes and the killing of reporters by soldiers.", "killing"),
        (
            "A frequent occurrence was the forced disappearance of political dissidents.",
            "enforced_disappearance",
        ),
        ("The vote was marred by intimidation of opposition candidates.", "threat"),
    ],
)
def test_an_act_named_of_a_bare_plural_is_a_kind_of_act(sentence: str, absent: str) -> None:
    assert absent not in labels(sentence)


@pytest.mark.parametrize(
    ("sentence", "present"),
    [
        ("The killing of reporters Ali Kaya and Omar Demir shocked the town.", "killing"),
        ("The arrest of three reporters in Minsk drew protests.", "arbitrary_detention"),
        ("The killing of the reporter shocked the town.", "killing"),
        ("Police ordered the confiscation of private phones.", "raid"),
        ("They protested the killings of black men, including Tom Reed in May.", "killing"),
    ],
)
def test_an_act_of_named_or_counted_people_is_an_event(sentence: str, present: str) -> None:
    assert present in labels(sentence)


def test_a_list_of_kinds_of_violation_names_no_event() -> None:
    text = "The report cites violations ranging from murder to torture and beatings."
    assert not labels(text) & {"killing", "torture"}
    assert "killing" in labels("The report says soldiers committed murder in the village.")


def test_the_month_may_is_no_modal() -> None:
    """'may' hedges an act; 'May' the month dates one."""
    assert [t.label for t in find_acts("In May police arrested him.")] == ["arbitrary_detention"]
    assert find_acts("Police may arrest him.") == []


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("The parents have made pleas for the arrest of the officer.", "arbitrary_detention"),
        ("Residents appealed for the arrest of the officer.", "arbitrary_detention"),
        ("The fugitives face the prospect of being sent back to Italy.", "forced_return"),
    ],
)
def test_an_act_pleaded_for_or_in_prospect_is_not_reported(sentence: str, absent: str) -> None:
    assert absent not in labels(sentence)


def test_an_act_named_as_the_charge_against_someone_is_no_act() -> None:
    """The person charged is accused of the act, not its victim, and the clause tells of
    no act done to anyone; a charge with no one named keeps its crime."""
    sentence = "Xianzi appeared in court to press sexual harassment charges against Zhu Jun."
    assert "threat" not in labels(sentence)
    assert "killing" in labels("Two men were indicted on first-degree murder charges.")
    assert "threat" in labels("Xianzi said Zhu Jun subjected her to sexual harassment.")


def test_a_condition_reports_no_act() -> None:
    """'if' and 'unless' put the act in a condition: "if found guilty", "if convicted"."""
    assert "prosecution" not in labels("If found guilty, Gan could face prison time.")
    assert "prosecution" not in labels("He faces eight years in prison if convicted.")
    assert "prosecution" in labels("Gan was found guilty of contempt on Friday.")


def test_what_can_be_done_to_someone_is_not_reported() -> None:
    """'can' tells what may happen, like 'could': "journalists can be prosecuted" reports
    no prosecution, nor "They can arrest you for anything"."""
    assert "prosecution" not in labels("Journalists can be prosecuted for publishing it.")
    assert "arbitrary_detention" not in labels("They can arrest you for anything.")
    assert "prosecution" in labels("Journalists were prosecuted for publishing it.")


@pytest.mark.parametrize(
    "sentence",
    [
        "His books include “Killing the Cranes – A reporter's journey through the war”.",
        "She writes in “Imprisoned Light of Our Civilization” that the empire endures.",
    ],
)
def test_a_quoted_title_is_no_act(sentence: str) -> None:
    assert labels(sentence) == set()


def test_quoted_speech_that_starts_with_an_act_stays_one() -> None:
    assert labels("“Killing journalists must stop,” he said.") == {"killing"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The case rests on confessions obtained under torture.",
        "They were jailed on statements they said were made under police torture.",
        "Forced confessions extracted from prisoners under duress and torture were aired.",
        "The court relied on torture-tainted confessions.",
    ],
)
def test_torture_as_the_means_of_a_confession_is_no_act(sentence: str) -> None:
    assert "torture" not in labels(sentence)


def test_torture_under_a_regime_stays_torture() -> None:
    assert "torture" in labels("Under the junta, dissidents were tortured in custody.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Police arrested the editor on Monday.",
        "The activist was forcibly disappeared last year.",
        "Gunmen kept the priest against his will for a week.",
        "Official records showed 14 confirmed deaths after the attack.",
        "He has spent two years behind bars; she remains in jail.",
        "The court acquitted him and he was released on bail.",
        "A FGM case was reported.",
    ],
)
def test_quick_test_passes_every_clause_with_a_trigger(sentence: str) -> None:
    for patterns in (_ACTS, _INTERVENTIONS):
        if any(p.search(sentence) for _, p in patterns):
            assert _ANY[id(patterns)].search(sentence) is not None


def test_quick_test_spells_out_leading_choices_and_keeps_the_rest() -> None:
    assert _spelled_out("(?:forcibly |forcefully )?disappeared") == [
        "forcibly disappeared",
        "forcefully disappeared",
        "disappeared",
    ]
    assert _spelled_out(r"(?:\d+|two) deaths") == [r"(?:\d+|two) deaths"]
    quick = _any({"x": (r"kill(?:ed)?|murdered", r"(?<!video )released")})
    assert quick.search("They murdered him.") and quick.search("A video released today.")
    assert quick.search("He was skilled.") is None


@pytest.mark.parametrize(
    ("sentence", "absent"),
    [
        ("Activists are at risk of harsh ill-treatment, including torture.", "torture"),
        ("It could lead to arrest, detention, and deportation.", "forced_return"),
        ("He lives under threat of arrest, torture and killing.", "killing"),
    ],
)
def test_a_list_goes_in_the_mood_of_its_feared_head(sentence: str, absent: str) -> None:
    assert absent not in labels(sentence)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Police could not arrest him, but tortured him.", "torture"),
        ("They threatened to arrest him and tortured him.", "torture"),
        ("Gangs threaten to kill kidnapped workers.", "abduction"),
        ("Police arrested, tortured and killed him.", "killing"),
    ],
)
def test_an_act_after_a_feared_one_but_off_its_list_stays_an_act(
    sentence: str, expected: str
) -> None:
    assert expected in labels(sentence)


def test_a_long_list_after_a_feared_head_is_all_in_its_mood() -> None:
    # 20,000 items: each overlap and list look-up is a bisection, not a scan (a scan of
    # every earlier trigger took 11 s here; the bisections take well under one).
    clause = "Police could arrest, " + "arrest, " * 20_000 + "and torture them."
    assert find_acts(clause) == []


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("He died from gunshot wounds in hospital.", True),
        ("She died as a result of torture in custody.", True),
        ("The man died after a brutal beating by police.", True),
        ("He died of cancer in 2019.", False),
        ("He died in hospital on Monday.", False),
    ],
)
def test_a_death_the_text_ties_to_violence_is_a_killing(sentence: str, killed: bool) -> None:
    assert ("killing" in labels(sentence)) is killed


def test_a_fear_of_being_subjected_to_an_act_is_no_act() -> None:
    assert "torture" not in labels("They are at risk of being subjected to torture.")
