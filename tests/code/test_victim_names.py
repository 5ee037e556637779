"""Which capitalised phrases are people, and the full form of a one-word name."""

from __future__ import annotations

import time

import pytest

from docket.code import Coder
from docket.code.acts import Trigger
from docket.code.document import Name, SentenceInfo, _name_end
from docket.code.nlp import load_pipeline
from docket.code.parties import groups, role, titled_rulers
from docket.code.text import Sentence
from docket.code.victim_types import headline_type, main_person, person_type
from docket.code.victims import (
    _as_victim,
    _in_one_list,
    _people,
    clean_name,
    full_name,
    is_person_name,
)
from docket.models import Report


@pytest.mark.parametrize(
    "name", ["Julian Assange", "Ihar Losik", "Nasser Abu Bakr", "Roman Protasevich's"]
)
def test_people_are_people(name: str) -> None:
    assert is_person_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "Alleged Killings",  # an act, not a person
        "Everett Massacre",
        "Xingyi Prison",  # an institution
        "Social Media Bill",
        "Tamil Guardian",
        "Although Ndayishimiye",  # a sentence start glued to a name
        "Adjourns Ruling On Twitter",  # a headline in title case
        "Moscow",  # a place
        "ZhangJialong",  # a hashtag
    ],
)
def test_not_people(name: str) -> None:
    assert not is_person_name(name)


def test_full_name_after_an_honorific_is_the_full_name_the_report_gives() -> None:
    plain = "Mr Keita spoke. Police detained Ibrahim Boubacar Keita. Mrs Lee left."
    assert full_name(plain, "Mr Keita") == "Ibrahim Boubacar Keita"
    assert full_name(plain, "Keita") == "Ibrahim Boubacar Keita"  # not its first mention
    assert full_name(plain, "Mrs Lee") == "Mrs Lee"  # no full form: as written


def test_full_name_drops_words_the_report_writes_in_lower_case() -> None:
    plain = (
        "Three journalists were detained. Getty Images Journalists Abdifatah Mohamed was "
        "held. Abdifatah spoke to reporters."
    )
    assert full_name(plain, "Abdifatah") is None  # "Getty Images" is no given name here
    plain = "Police detained Ihar Losik on Monday. Losik denied the charges."
    assert full_name(plain, "Losik") == "Ihar Losik"


def test_full_name_stays_within_a_line() -> None:
    # A photo credit or an advert's label on the line before is no given name.
    plain = "Photo: AFP via Getty Images\n\nFazilhoja Arifhojaev was convicted."
    assert full_name(plain, "Arifhojaev") == "Fazilhoja Arifhojaev"
    plain = "Loujain al-Hathloul is a writer.\n\nAdvertisement\n\nHathloul was detained."
    assert full_name(plain, "Hathloul") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained the publisher Jimmy Lai at his home.", "journalist"),
        ("Jimmy Lai, a newspaper owner, was detained.", "journalist"),
        ("The activist Jimmy Lai was detained.", "human rights defender"),
        ("Union leader Jimmy Lai was detained.", "trade unionist"),
        ("Jimmy Lai was detained at his home.", "other"),
        # The nearest cue wins, and cues in another paragraph do not count.
        ("The lawyer of reporter Jimmy Lai spoke.\n\nThe activist was freed.", "journalist"),
        ("Jimmy Lai was held.\n\nThe journalist union protested.", "other"),
    ],
)
def test_victim_type_from_the_nearest_cue(text: str, expected: str) -> None:
    assert person_type(text, "Jimmy Lai") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A cue heads a list of names, or a parenthesis names the outlet.
        ("Two journalists for Belsat -- Anna Bek, 27, and Jimmy Lai, 23, were held.", "journalist"),
        (
            "Those targeted are Anna Bek (Tamil Guardian), Jimmy Lai (Sirasa TV) and others.",
            "journalist",
        ),
        (
            "Freed were activists Anna Bek, Jimmy Lai, Ivan Ko, journalists Li Na and Wu Bo.",
            "human rights defender",
        ),
        ("Police held the freelancer Jimmy Lai.", "journalist"),
        ("Police held the cartoonist Jimmy Lai.", "journalist"),
        ("They killed journalists Anna Bek, Ivan Ko and aid workers Jimmy Lai and Wu Bo.", "other"),
        ("Police held labor organizer Jimmy Lai.", "trade unionist"),
        ("Police held Jimmy Lai, a labour rights activist.", "trade unionist"),
        (
            "Jimmy Lai, vice president of the Free Union of Iranian Workers, was held.",
            "trade unionist",
        ),
        # Someone else's role, or a source, is not the person's type.
        ("Police held Jimmy Lai. Jimmy Lai's lawyer said he was beaten.", "other"),
        ("Police held Jimmy Lai on Monday in Hong Kong. A lawyer for Lai asked for bail.", "other"),
        ("Police held Jimmy Lai, according to the Sirasa TV channel.", "other"),
        ("The defence lawyer Jimmy Lai spoke for the accused.", "other"),
        ("They deplored the prosecution of respected journalist Jimmy Lai.", "journalist"),
        # A role at a news outlet, and the organiser of a protest.
        ("Police held Sunrise Daily owner Jimmy Lai.", "journalist"),
        ("Police held Jimmy Lai, who publishes the Star.", "journalist"),
        ("Jimmy Lai, co-organiser of the march, was held.", "human rights defender"),
        # "Prosecution" owns only the role right after it.
        ("They began the prosecution of respected journalist Jimmy Lai.", "journalist"),
        ("The prosecution lawyer Jimmy Lai spoke.", "other"),
        # A role in apposition to another name is that name's.
        ("Held were Anna Bek, a journalist; Jimmy Lai, a cleric; and Wu Bo.", "other"),
        ("Jimmy Lai was a farmer, Father Ko, the editor of a paper, was a priest.", "other"),
        ("Last May, a reporter, Jimmy Lai, was held.", "journalist"),
        # Items set off by semicolons carry their own roles, unless a colon heads the list.
        ("Held were Anna Bek, head of a trade union; Jimmy Lai, a farmer.", "other"),
        ("Held were reporters: Anna Bek; Jimmy Lai; Wu Bo.", "journalist"),
        # A role right before another name is that person's; an outlet's name is no person.
        ("They jailed writer Anna Bek, and the trial of Jimmy Lai began.", "other"),
        ("Held were Anna Bek and Jimmy Lai from the newspaper Thinakkural.", "journalist"),
        # Press-freedom groups, the audience of speech and an interview's medium are no role.
        ("Jimmy Lai, the Committee to Protect Journalists said, was held.", "other"),
        ("Reporters Without Borders decried the arrest of Jimmy Lai.", "other"),
        ("Police told reporters Jimmy Lai was held.", "other"),
        ("Threats began after Jimmy Lai spoke in a television interview.", "other"),
        ("In an interview with Student News Agency Jimmy Lai spoke; he was held.", "other"),
        # An outlet describes the person it follows, never the one after it.
        ("In a letter to the newspaper, Jimmy Lai denied the charges.", "other"),
        # A possessed role right before a name is still that person's job.
        ("The paper said its correspondent Jimmy Lai was held.", "journalist"),
        ("Held were three reporters and their driver, Jimmy Lai.", "other"),
        # A role's complement closed by a dash, before the list it heads.
        (
            "Two journalists for the Poland-based opposition channel Belsat -- Anna Bek, 27, "
            "and Jimmy Lai, 23, were detained.",
            "journalist",
        ),
        # A plural role covers a list of related names.
        (
            "Gunmen abducted rights defenders Anna Bek and her husband Jimmy Lai, and their "
            "colleagues Wu Bo and Li Na.",
            "human rights defender",
        ),
        ("Gunmen abducted the activist Anna Bek and her husband Jimmy Lai.", "other"),
        # An untyped role coordinated with a typed one: the typed one says what he is.
        ("Police held Jimmy Lai, an auto driver, union leader of the town.", "trade unionist"),
        ("Police held Jimmy Lai, a fisherman and activist.", "human rights defender"),
        # A union named by its acronym.
        (
            "The Alphabet Workers Union (AWU) grew.\n\nJimmy Lai, AWU member, was suspended.",
            "trade unionist",
        ),
        ("The European Union (EU) spoke. Jimmy Lai, EU official, was held.", "other"),
        # A journalist cue is more specific than an activist one; an activist cue must be close.
        ("Police held the blogger and human rights activist Jimmy Lai.", "journalist"),
        ("Jimmy Lai was shot near the square where activists had gathered.", "other"),
    ],
)
def test_victim_type_from_the_cue_attached_to_the_name(text: str, expected: str) -> None:
    assert person_type(text, "Jimmy Lai") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A post in a group whose name is a rights group's makes a defender.
        ("Police held Jimmy Lai of Amnesty International.", "human rights defender"),
        (
            "Police held Jimmy Lai, the Asia director of Human Rights Watch, at the airport.",
            "human rights defender",
        ),
        ("Police held Green Rights Alliance researcher Jimmy Lai.", "human rights defender"),
        # A group the text calls a rights group, and a group's acronym, count as well.
        (
            "Police raided Solna, one of the city's best-known human rights groups.\n\n"
            "Solna's vice-chair, Jimmy Lai, was held.",
            "human rights defender",
        ),
        (
            "The Association for the Defence of Human Rights (ADHR) was banned.\n\n"
            "ADHR's representative in the north, Jimmy Lai, was held.",
            "human rights defender",
        ),
        (
            "Police held the leader of the Lakeland Peasant Movement, Jimmy Lai.",
            "human rights defender",
        ),
        # A report of a rights group names no one; state bodies are no rights groups.
        ("Police held Jimmy Lai, a report of Amnesty International said.", "other"),
        ("Police held Jimmy Lai, director of the Ministry of Human Rights.", "other"),
        ("Police held Jimmy Lai. He spoke on Human Rights Day.", "other"),
        # A plural role heads the list that "identified as" or "including" introduces.
        (
            "Police held nine reporters who were identified as Anna Bek, Li Na, Wu Bo, "
            "Chen Mei, Ali Khan and Jimmy Lai.",
            "journalist",
        ),
        (
            "Police held several reporters, including Anna Bek, Li Na, Wu Bo, Chen Mei, "
            "Ali Khan, Omar Ali and Jimmy Lai.",
            "journalist",
        ),
    ],
)
def test_victim_type_from_a_post_in_a_rights_group(text: str, expected: str) -> None:
    assert person_type(text, "Jimmy Lai") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lead's unnamed subject, named in the next sentence: the delayed identification.
        (
            "Police detained a Chinese journalist working for a news site.\n\n"
            "Jimmy Lai, a citizen, was taken from his home.",
            "journalist",
        ),
        # Not when the role is someone else's, two roles compete, or a sentence intervenes.
        (
            "Police detained Bo Wu, a journalist working for a news site.\n\n"
            "Jimmy Lai, a citizen, was taken from his home.",
            "other",
        ),
        (
            "Police detained a journalist and an activist.\n\nJimmy Lai, a citizen, was taken.",
            "other",
        ),
        (
            "Police detained a journalist.\n\nOfficers then searched the offices of the site in "
            "the capital.\n\nJimmy Lai, a citizen, was taken.",
            "other",
        ),
    ],
)
def test_victim_type_from_the_lead_that_describes_the_person_named_next(
    text: str, expected: str
) -> None:
    assert person_type(text, "Jimmy Lai") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "For their work as journalists" is the job of the people the sentence names.
        (
            "A court sentenced four men -- Anna Bek, Li Na, Bo Wu and Jimmy Lai -- to death on "
            "charges that included spying for a foreign power, solely for their work as "
            "journalists.",
            "journalist",
        ),
        # Not across a sentence.
        (
            "A court sentenced Jimmy Lai to death on charges that included spying for a foreign "
            "power. Bo Wu was jailed solely for his work as a journalist.",
            "other",
        ),
    ],
)
def test_victim_type_from_the_work_a_sentence_names(text: str, expected: str) -> None:
    assert person_type(text, "Jimmy Lai") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nadia, India - Jimmy Lai became a political activist much before turning 18.",
        "In March, Jimmy Lai, a political activist and FDU-Inkingi member, went missing.",
        "Jimmy Lai, a party activist, was beaten.",
    ],
)
def test_a_political_activist_is_no_defender(text: str) -> None:
    # A political (party) activist works for a party, not for the rights of others.
    assert person_type(text, "Jimmy Lai") == "other"
    assert headline_type("Political activist goes missing") is None


def test_victim_type_from_the_work_the_sentence_gives_them() -> None:
    text = (
        "Police arrested Jimmy Lai on fraud charges, which his family says are a retaliation "
        "for his peaceful journalistic work."
    )
    assert person_type(text, "Jimmy Lai") == "journalist"
    text = (
        "Police arrested Jimmy Lai on fraud charges, which his family calls a sham. Bo Wu "
        "says that the case is retaliation for his peaceful journalistic work."
    )
    assert person_type(text, "Jimmy Lai") == "other"  # not across a sentence


def test_the_surname_points_back_to_the_name_named_last() -> None:
    # Another man with the surname, named first, must not use up the mentions looked at.
    text = (
        "Police held Kadyr Yusupov, a diplomat. "
        + "Yusupov was tried. " * 8
        + "\n\nAnna Yusupov was arrested in May on charges of fraud that her family and her "
        "friends deny. Yusupov, a journalist, denied them."
    )
    assert person_type(text, "Anna Yusupov") == "journalist"


def test_victim_type_from_the_predicate_of_the_name() -> None:
    text = (
        "Mainland-born Jimmy Lai, who was smuggled into Hong Kong on a fishing boat when he "
        "was a penniless 12-year-old, has been one of the most prominent democracy activists "
        "in the city."
    )
    assert person_type(text, "Jimmy Lai") == "human rights defender"
    # The person named only as the bearer's son is not the bearer.
    text += " Apple Daily reported that one of Lai's sons, Ian, had also been arrested."
    assert person_type(text, "Ian Lai") == "other"


def test_hostile_gaps_between_cue_and_name_stay_linear() -> None:
    # Runs of digits or dashes between a cue and a name once made the list pattern
    # backtrack exponentially (minutes for 40 characters); now the answer is immediate.
    for gap in ("B" + "1" * 60, "-" * 60):
        assert person_type(f"journalists {gap} x Ann Lee was held.", "Ann Lee") == "other"
    # A long hyphenated capitalised word is read once, not once per capital letter.
    started = time.perf_counter()
    person_type("Rights group A-" + "B-" * 5000 + "C. Ann Lee was held.", "Ann Lee")
    assert time.perf_counter() - started < 1


def victim_names(coder: Coder, text: str) -> set[str]:
    coded = coder.code(Report(id=1, title="Activists detained", text=text))
    return {v.name for incident in coded.incidents for v in incident.victims}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # en_core_web_sm stops at "Aung San" (her father's name) ...
        (
            "A court in Myanmar has sentenced deposed leader Aung San Suu Kyi to five "
            "years in jail.",
            "Aung San Suu Kyi",
        ),
        # ... and splits these into two persons one space apart.
        ("Police arrested Shabelle TV reporter Safiya Aden Osman on Monday.", "Safiya Aden Osman"),
        (
            "On June 16, 2019, Muhammad Bilal Khan, a freelance journalist and blogger, was "
            "stabbed to death.",
            "Muhammad Bilal Khan",
        ),
    ],
)
def test_a_name_the_model_cut_short_is_whole(coder: Coder, text: str, name: str) -> None:
    names = victim_names(coder, text)
    assert name in names
    assert not any(other in name for other in names - {name})


def test_a_cut_name_takes_no_role_or_common_word() -> None:
    nlp = load_pipeline("en_core_web_sm")
    parsed = nlp("A court has sentenced deposed leader Aung San Suu Kyi to five years in jail.")
    (person,) = [e for e in parsed.ents if e.label_ == "PERSON"]
    assert person.text == "Aung San"  # the pinned model's cut
    assert parsed.text[person.start_char : _name_end(parsed, person, parsed.text)] == (
        "Aung San Suu Kyi"
    )
    # A word the report writes in lowercase is no part of a name ("Killed" of a headline).
    assert _name_end(parsed, person, parsed.text + " a suu tree") == person.end_char
    parsed = nlp("The torture of a municipality employee by Shuto Orizari Mayor Kurto Dudush.")
    persons = [parsed.text[e.start_char : _name_end(parsed, e, parsed.text)] for e in parsed.ents]
    assert not any("Mayor" in p for p in persons)


def test_a_list_of_victims_runs_past_the_reach_of_the_act(coder: Coder) -> None:
    # The last names stand more than NEAR characters from "detained", in the same list.
    text = (
        "Those detained over the weekend in the north of the country for their peaceful "
        "protests include the lawyers John Smith, Mary Jones, David Brown, Sarah Miller, "
        "James Wilson and the teacher Emily Davis."
    )
    assert victim_names(coder, text) >= {"John Smith", "Sarah Miller", "Emily Davis"}


def test_a_list_of_victims_runs_past_its_clause(coder: Coder) -> None:
    text = (
        "The arrested activists include John Smith, the party secretary; Mary Jones, a "
        "teacher; and David Brown."
    )
    assert victim_names(coder, text) == {"John Smith", "Mary Jones", "David Brown"}


@pytest.mark.parametrize(
    ("gap", "listed"),
    [
        (", ", True),
        (", 21; ", True),
        (", a union member; ", True),
        (" of the Daily Star, and the teacher ", True),
        (" (Sirasa TV), ", True),
        (" was arrested after ", False),  # a clause, not a list
        (" told reporters that ", False),
        (". ", False),
        (", " + "x" * 80 + ", ", False),  # too far apart
    ],
)
def test_gaps_within_one_list_of_names(gap: str, listed: bool) -> None:
    assert _in_one_list(gap) is listed


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police detained Ann Lee.", "victim"),
        ("the U.S. President Ann Lee", "official"),
        ("the U.S. Secretary of State Ann Lee", "official"),  # a title with its domain
        ("Britain's Prime Minister, Ann Lee,", "official"),
        ("criticising the state governor, Ann Lee", "official"),
        ("the teachers' union president Ann Lee", "victim"),  # union officers are victims
        # A title before a semicolon is the previous person's, in a list of people.
        ("Bo Chan, the party's General Secretary; Ann Lee", "victim"),
        ("California Gov. Ann Lee", "official"),  # an abbreviated title
        ("the city's police chief Ann Lee", "official"),
        # The speaker named after the verb that closes a quote is a source.
        ("“They beat us,” said Twitter user Ann Lee", "source"),
        ("Police said that Ann Lee", "victim"),
        # Rulers, and a name that names a government.
        ("Saudi Crown Prince Ann Lee should be investigated", "official"),
        ("the regime's Supreme Leader Ann Lee", "official"),
        ("Under ex-dictator Ann Lee, rallies were banned", "official"),
        ("The Ann Lee regime's hardline approach", "official"),
        ("The Ann Lee administration", "official"),
        ("The Ann Lee murder", "victim"),  # the murder of Ann Lee
    ],
)
def test_titles_make_officials(text: str, expected: str) -> None:
    start = text.index("Ann Lee")
    assert role(text, start, start + len("Ann Lee")) == expected


def _arrest_in(plain: str) -> Trigger:
    at = plain.index("arrested")
    return Trigger("arbitrary_detention", at, at + len("arrested"), "arrested")


@pytest.mark.parametrize(
    ("plain", "victim"),
    [
        ("Police arrested Brown on Monday.", True),
        ("Brown was arrested on Monday.", True),
        ("Brown arrested two reporters on Monday.", False),  # the agent
        # A participle with no object is a reduced passive, as in headlines.
        ("Journalist Brown arrested for his reporting.", True),
        ("Three reporters, Lee, Wu and Brown all arrested over their posts.", True),
        ("Brown said police arrested two reporters.", False),  # the source
        ("President Brown's police arrested two reporters.", False),  # an official
        # The subject of a verb whose object is the act reacts to it, reports or orders it.
        ("Brown on Monday criticised the arrested reporters.", False),
        ("Brown criticised the mayor and was arrested.", True),
        ("Brown, the U.S. ambassador and a lawyer, condemned the arrested reporters.", False),
        ("Brown, a reporter, was arrested on Monday.", True),
        # A relation or counsel of the name is the act's victim, not the name.
        ("Police arrested the attorneys of Brown on Monday.", False),
        ("Brown's longtime colleague was arrested on Monday.", False),
        ("Brown's remarks angered the mayor, and police then arrested two reporters.", False),
        ("Brown's arrest was illegal, and police arrested him again.", True),
        ("Police arrested reporters at a hearing on Brown's case.", True),
    ],
)
def test_a_surname_in_focus_is_a_victim_only_where_the_clause_makes_it_one(
    plain: str, victim: bool
) -> None:
    found = list(_as_victim(plain, "Ann Brown", 0, len(plain), _arrest_in(plain)))
    assert bool(found) is victim
    assert all(plain[m.start : m.end] == "Brown" for m in found)


def _killing_in(plain: str, word: str) -> Trigger:
    at = plain.index(word)
    return Trigger("killing", at, at + len(word), word)


@pytest.mark.parametrize(
    ("plain", "word", "victim"),
    [
        # The accused of an act written as a noun or gerund is its suspected agent.
        ("Brown was convicted of murdering two people.", "murdering", False),
        ("Brown, 50, is accused of taking part in the killing of civilians.", "killing", False),
        ("Police held Brown for allegedly murdering a herdsman.", "murdering", False),
        ("Brown was allegedly killed by her employers.", "killed", True),
        ("Brown, accused of insulting the king, was found after the killing.", "killing", True),
    ],
)
def test_the_accused_of_an_act_is_not_its_victim(plain: str, word: str, victim: bool) -> None:
    found = list(_as_victim(plain, "Ann Brown", 0, len(plain), _killing_in(plain, word)))
    assert bool(found) is victim


@pytest.mark.parametrize(
    ("text", "label", "person"),
    [
        # NER takes some people for organisations or places; the text says they are people.
        ("Police still hold the labor organizers Ann Lee and others.", "ORG", True),
        ("The journalists are Ann Lee of the Star and others.", "FAC", True),
        ("The fugitives are Ann Lee, 66, and others.", "LOC", True),
        ("On Monday Ann Lee, a court reporter, was held.", "ORG", True),
        ("Police held Ann Lee, the reporter.", "PERSON", True),
        ("Police raided Ann Lee on Monday.", "ORG", False),  # no cue: an organisation
        ("Police held the Ann Lee reporters.", "NORP", False),
    ],
)
def test_people_that_ner_took_for_organisations(text: str, label: str, person: bool) -> None:
    start = text.index("Ann Lee")
    name = Name(start, start + len("Ann Lee"), "Ann Lee", label)
    info = SentenceInfo(Sentence(0, len(text), text, 0, 0), [], [], [], [], [], [name])
    assert (_people(text, info) == [name]) is person


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested two protesters in Lagos.", "two protesters"),
        ("At dawn they detained at least 30 women.", "at least 30 women"),
        ("at least 247 reporters were jailed", "at least 247 reporters"),
        ("the two gay men", "two gay men"),
        ("two detained activists", "two detained activists"),
        # An act's verb or an adverb before the group is no part of its name.
        (
            "hired to intimidate, kidnap and torture human rights defenders",
            "human rights defenders",
        ),
        ("the police violently beat people", "people"),
    ],
)
def test_a_group_starts_at_its_count(text: str, expected: str) -> None:
    assert [g.name for g in groups(text)] == [expected]


@pytest.mark.parametrize(
    ("headline", "expected"),
    [
        ("Jailed activist in court on spurious charges", "human rights defender"),
        ("Five held for killing journalist in 2016", "journalist"),
        ("Journalists and activists detained", None),  # plural roles describe groups
        ("Blogger and lawyer detained", None),  # two roles: whose is whose is unclear
        ("Protesters detained", None),
    ],
)
def test_headline_type_is_its_one_singular_role(headline: str, expected: str | None) -> None:
    assert headline_type(headline) == expected


def test_main_person_is_the_one_mentioned_most() -> None:
    text = "Ann Lee was held. Lee was beaten. Bo Chan said Lee was freed."
    assert main_person(text, ["Ann Lee", "Bo Chan"]) == "Ann Lee"
    assert main_person("Ann Lee met Bo Chan.", ["Ann Lee", "Bo Chan"]) is None


def test_the_headline_role_types_the_person_the_report_is_about(coder: Coder) -> None:
    text = (
        "Police arrested Anna Bekova at her home in the capital on Monday. "
        "Bekova was taken to a police station. Officers said Bekova had broken the law."
    )
    coded = coder.code(Report(id=1, title="Police arrest blogger in capital", text=text))
    types = {v.name: v.type for incident in coded.incidents for v in incident.victims}
    assert types == {"Anna Bekova": "journalist"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ann Lee (right), President of Rwanda, met them.", "official"),
        ("Ann Lee, Belarus's authoritarian leader, met them.", "official"),
        ("Ann Lee, the country's longtime leader, met them.", "official"),
        # One who takes office or power governs.
        ("Ann Lee was sworn in as president in November.", "official"),
        ("Ann Lee came to power in 2012, and arrests grew.", "official"),
        # Former and opposition leaders, and leaders of groups, may be victims.
        ("Ann Lee, former President of the Maldives, was attacked.", "victim"),
        ("Ann Lee, Amnesty's regional leader, was arrested.", "victim"),
        ("Ann Lee, the union's president, was arrested.", "victim"),
    ],
)
def test_a_head_of_state_or_one_who_took_power_is_an_official(text: str, expected: str) -> None:
    assert role(text, 0, len("Ann Lee")) == expected


@pytest.mark.parametrize(
    ("text", "culprit"),
    [
        ("Police said the gang leader, John Okafor, was arrested on Monday.", "John Okafor"),
        ("Peter Mwangi, the prime accused, was detained on Friday.", "Peter Mwangi"),
        ("A judge sentenced convicted terrorist Paul Adeyemi to death.", "Paul Adeyemi"),
        (
            "Police said the gang leader of the kidnap syndicate, John Okafor, was arrested.",
            "John Okafor",
        ),
        (
            "The court heard the charges against Tomas Zeron, a former police chief who is "
            "wanted for torture in the case.",
            "Tomas Zeron",
        ),
    ],
)
def test_a_suspect_or_convict_is_no_victim(coder: Coder, text: str, culprit: str) -> None:
    assert culprit not in victim_names(coder, text)


def test_the_custody_a_sentence_imposes_keeps_its_victim(coder: Coder) -> None:
    text = (
        "Writer-translator Arash Ganji, who was sentenced in 2020 to 11 years behind bars for "
        "translating a book, remains in prison."
    )
    assert "Arash Ganji" in victim_names(coder, text)


def test_a_victim_in_apposition_stays_a_victim(coder: Coder) -> None:
    text = "The journalist, Ann Lee, was arrested on Monday."
    assert "Ann Lee" in victim_names(coder, text)
    # An accusation of anything but violence is often the persecution itself.
    text = "Police detained Ann Lee, who was accused of insulting the king, on Monday."
    assert "Ann Lee" in victim_names(coder, text)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hale and Jim Dunn were named in court for their role in Ann Ward's kidnapping.",
        "Police named Tom Hale as the man responsible for the kidnapping of Ann Ward.",
        # The accused's plea: a part played in the act, the act the court holds him to.
        "Tom Hale pleaded guilty Thursday in federal court in Alexandria to playing a role "
        "in the kidnapping of Ann Ward.",
        "Tom Hale's plea marks the first time a gang member has been held accountable in "
        "court for the kidnapping of Ann Ward.",
        # The accusation written before the name, and the crime a sentence is for.
        "On Wednesday, the charges against Tom Hale were upgraded to the kidnapping of Ann Ward.",
        "The district attorney charges Tom Hale with the kidnapping of Ann Ward.",
        "Tom Hale was sentenced to death in 2002 for the kidnapping of Ann Ward.",
    ],
)
def test_a_share_in_the_act_makes_no_victim(coder: Coder, text: str) -> None:
    assert victim_names(coder, text) <= {"Ann Ward"}


def test_main_person_counts_hyphenated_surnames_and_stays_linear() -> None:
    text = "Nazanin Zaghari-Ratcliffe was held. Zaghari-Ratcliffe's case. Bo Chan spoke."
    assert (
        main_person(text, ["Nazanin Zaghari-Ratcliffe", "Bo Chan"]) == "Nazanin Zaghari-Ratcliffe"
    )
    names = [f"Person{i} Surname{i}" for i in range(3000)]
    text = " ".join(f"Police held {n}." for n in names) + " Surname7 Surname7."
    assert main_person(text, names) == "Person7 Surname7"  # 3,000 names, one pass


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        (
            "Two police officers were arrested for allegedly kidnapping an NGO employee and "
            "demanding money from his family.",
            "NGO employee",
        ),
        ("Gunmen abducted a schoolgirl on her way home.", "schoolgirl"),
        ("Police arrested a man suspected of selling a worker online.", None),  # the culprit
        # The act's noun takes its victim after "of".
        ("Police are investigating the killing of a Catholic woman in 1972.", "Catholic woman"),
        ("The abduction of a schoolgirl shocked the town.", "schoolgirl"),
        ("They reported the arrest of a man suspected of the murder.", None),  # the culprit
        (
            "Lawyers argued over the killing of a Catholic woman in 1972 and the treatment "
            "of 12 people.",
            "Catholic woman",
        ),
        ("Police seek the murder of a Tamil journalist, Ravi Kumar, in 2000.", "Ravi Kumar"),
    ],
)
def test_one_unnamed_person_as_the_object_of_the_act(
    coder: Coder, text: str, victim: str | None
) -> None:
    [(_, incidents)] = coder.rules([Report(id=1, title="Report", text=text)])
    names = [
        v.name
        for i in incidents
        if i.act in {"abduction", "arbitrary_detention", "killing"}
        for v in i.victims
    ]
    assert names == ([victim] if victim else [])


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Zhu Jun.", "Zhu Jun"),  # the sentence's full stop, kept by NER after "Jun."
        ("Ali Younesi’s", "Ali Younesi"),
        ("Jaymie Gregorio Jr.", "Jaymie Gregorio Jr."),
        ("John F.", "John F."),
    ],
)
def test_a_name_drops_a_possessive_and_the_sentence_s_full_stop(written: str, name: str) -> None:
    assert clean_name(written) == name


@pytest.mark.parametrize(
    "name",
    [
        "Islamic State",
        "Baldia Town",
        "Lee County District",
        "Hizbul Mujahideen Front",
        "Lok Sabha",
        "Altermidya Network",
        "Cyclone Nargis",
        "Subsequently KCR",
    ],
)
def test_a_state_a_place_or_an_armed_group_is_no_person(name: str) -> None:
    assert not is_person_name(name)


def test_a_person_s_name_is_a_person() -> None:
    assert is_person_name("Luka Binniyat")


@pytest.mark.parametrize(
    ("text", "outlet", "expected"),
    [
        ("The newspaper Novaya Gazeta has published videos.", "Novaya Gazeta", "source"),
        ("The news agency Ann Lee published photos of the arrest.", "Ann Lee", "source"),
        # The kind in a name's own capitals ends that name: the next one is a person.
        ("Police charged the editor of Santiago Magazine Ann Lee.", "Ann Lee", "victim"),
    ],
)
def test_a_name_an_outlet_kind_introduces_is_the_outlet(
    text: str, outlet: str, expected: str
) -> None:
    start = text.index(outlet)
    assert role(text, start, start + len(outlet)) == expected


def test_act_nouns_told_together_share_their_victim(coder: Coder) -> None:
    coded = coder.code(
        Report(
            id=1,
            title="Videos of a killing",
            text="The newspaper Novaya Gazeta published videos of the brutal torture and "
            "murder of a man in Syria.",
        )
    )
    victims = {i.act: [v.name for v in i.victims] for i in coded.incidents}
    assert victims == {"torture": ["man"], "killing": ["man"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("detained last year for criticising Mr. Ann Lee.", "criticised"),
        ("jailed over publicly insulting Ann Lee", "criticised"),
        ("a vocal critic of Ann Lee, was arrested", "criticised"),
        # Only the speech a victim is punished for: whom police insult is their victim.
        ("Police insulted Ann Lee and beat her.", "victim"),
        ("Ann Lee was arrested for criticising the governor", "victim"),
    ],
)
def test_whom_a_victim_spoke_against_is_no_victim(text: str, expected: str) -> None:
    start = text.index("Ann Lee")
    assert role(text, start, start + len("Ann Lee")) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Kolade Johnson died from bullet wounds after police opened fire at a viewing centre.",
            "Kolade Johnson",
        ),
        ("The activist Ann Ward dies of her injuries in hospital.", "Ann Ward"),
    ],
)
def test_who_died_of_violence_is_the_killings_victim_not_its_agent(
    coder: Coder, text: str, name: str
) -> None:
    # "died" takes no object: its subject is the one killed, whatever the verb's form.
    coded = coder.code(Report(id=1, title="Activists detained", text=text))
    (killing,) = [i for i in coded.incidents if i.act == "killing"]
    assert [v.name for v in killing.victims] == [name]
    assert name not in {p.name for p in killing.perpetrators}


def test_a_name_a_place_noun_follows_is_the_places(coder: Coder) -> None:
    # NER reads "Sheikh Jarrah" as a person; "neighborhood" says it is a place.
    text = "Police arrested the journalist Ann Lee and Sheikh Jarrah neighborhood residents."
    assert victim_names(coder, text) == {"Ann Lee"}


@pytest.mark.parametrize(
    ("text", "person", "victim"),
    [
        # A ruler the report titles once is no victim where it names him bare.
        (
            "President Alexander Lukashenko claimed victory. As crowds chanted that "
            "Lukashenko must go, police detained them.",
            "Alexander Lukashenko",
            False,
        ),
        (
            "The dictatorship of Daniel Ortega grew harsher. Under Ortega, police arrested "
            "students.",
            "Daniel Ortega",
            False,
        ),
        # The act done to the ruler in so many words: a coup.
        (
            "President Ibrahim Keita was toppled. Soldiers detained Keita at his home.",
            "Ibrahim Keita",
            True,
        ),
        # Another of the family is another person.
        (
            "President Bashar al-Assad spoke. Rifaat al-Assad was arrested in Paris.",
            "Rifaat al-Assad",
            True,
        ),
    ],
)
def test_a_ruler_anywhere_in_the_report_is_no_victim(
    coder: Coder, text: str, person: str, victim: bool
) -> None:
    assert (person in victim_names(coder, text)) is victim


def test_a_name_a_role_introduces_is_a_person_though_ner_misses_it(coder: Coder) -> None:
    # en_core_web_sm finds no entity in this sentence; "the writer" says who follows.
    text = "Police arrested the writer Arash Ganji in Tehran on Monday."
    assert victim_names(coder, text) == {"Arash Ganji"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # NER runs a country into the name, or reads a home town as a person.
        (
            "According to lawyer Marie Dosé Italy has asked for the extradition of Ann Lee, "
            "who was arrested in Paris.",
            {"Ann Lee"},
        ),
        ("56-year-old Johnny Lee Bryant Jr. of Hilton Head was arrested May 13.", None),
    ],
)
def test_names_ner_runs_on_or_takes_from_a_place(
    coder: Coder, text: str, expected: set[str] | None
) -> None:
    names = victim_names(coder, text)
    assert not any(name.endswith(("Italy", "Hilton Head")) for name in names)
    if expected is not None:
        assert names == expected


def test_a_title_is_no_part_of_the_full_name() -> None:
    plain = "Lieutenant Steven Whitehead questioned him. Later Whitehead was charged."
    assert full_name(plain, "Whitehead") == "Steven Whitehead"
    plain = "U.S. Secretary of State John Kerry met him. Police arrested Kerry."
    assert full_name(plain, "Kerry") == "John Kerry"


def test_an_organisations_president_is_no_ruler() -> None:
    text = (
        "ZCTU President Peter Mutasa and union President Ann Lee met US President Joe "
        "Biden; former President Jacob Zuma stayed away."
    )
    assert titled_rulers(text) == {"Joe Biden"}
