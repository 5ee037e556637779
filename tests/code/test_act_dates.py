"""Which date belongs to which act when one clause names several."""

from __future__ import annotations

import datetime as dt

from docket.code import Coder
from docket.code.incidents import date_from_narrative
from docket.models import Report


def dates_by_act(coder: Coder, text: str, published: dt.date) -> dict[str, set[str]]:
    coded = coder.code(Report(id=1, title="Activists detained", text=text, published=published))
    found: dict[str, set[str]] = {}
    for incident in coded.incidents:
        found.setdefault(incident.act, set()).add(str(incident.date.start))
    return found


def test_each_act_takes_the_date_nearest_to_it(coder: Coder) -> None:
    text = (
        "Amina Yusupova and Rustam Alaev, two activists who fled Dagestan last year, were "
        "arrested by police in Kazan on Thursday, their lawyer said on Saturday."
    )
    found = dates_by_act(coder, text, dt.date(2021, 2, 6))
    assert "2021-02-04" in found["arbitrary_detention"]
    assert "2021-02-04" not in found.get("displacement", set())


def test_a_date_before_the_act_still_dates_it(coder: Coder) -> None:
    text = "In March 2019, security forces arrested the journalist Ilya Petrov in Minsk."
    found = dates_by_act(coder, text, dt.date(2021, 2, 6))
    assert found["arbitrary_detention"] == {"2019-03-01"}


def test_a_lead_takes_the_date_of_the_next_paragraph(coder: Coder) -> None:
    # News writes one sentence a paragraph: the detail that dates the lead's act follows it.
    text = (
        "Police have arrested the opposition leader Mlungisi Makhanya at his home in "
        "Manzini, his party said.\n\n"
        "The operation on Friday took place as anger against the government grew."
    )
    found = dates_by_act(coder, text, dt.date(2019, 12, 20))
    assert found["arbitrary_detention"] == {"2019-12-20"}


def test_a_proceeding_does_not_date_the_act_it_is_about(coder: Coder) -> None:
    # The verdict is Thursday's; the killing it is about was in November 2019.
    text = (
        "A Dayton man was found guilty of murder on Thursday for the November 2019 shooting "
        "of Todd Burkhart."
    )
    found = dates_by_act(coder, text, dt.date(2022, 1, 28))
    assert found["killing"] == {"2019-11-01"}


def test_the_date_of_a_proceeding_alone_leaves_its_act_undated(coder: Coder) -> None:
    text = (
        "On Thursday, a court in Karachi convicted Ali Khan of killing the journalist Aziz Memon."
    )
    found = dates_by_act(coder, text, dt.date(2022, 1, 28))
    assert found["killing"] == {"None"}


def test_a_trial_is_dated_by_the_act_it_names(coder: Coder) -> None:
    # "the murder case": Monday dates the hearing, 2019 the killing.
    text = (
        "A court on Monday heard the murder case of the journalist Aziz Memon, shot dead in 2019."
    )
    found = dates_by_act(coder, text, dt.date(2020, 2, 11))
    assert found["killing"] == {"2019-01-01"}


def rule_dates(coder: Coder, text: str, published: dt.date) -> dict[str, set[str]]:
    """The rule incidents' dates by act, before the classifier may veto a type."""
    [(_, incidents)] = coder.rules([Report(id=1, title="Report", text=text, published=published)])
    found: dict[str, set[str]] = {}
    for incident in incidents:
        found.setdefault(incident.act, set()).add(str(incident.date.start))
    return found


def test_a_tally_date_is_no_date_of_its_acts(coder: Coder) -> None:
    cut_offs = ("As of August 18", "By August 18", "By late August", "As of the end of August")
    for cut_off in (*cut_offs, "So far in 2021"):
        text = f"{cut_off}, 95 journalists had been arrested by the military in Myanmar."
        found = rule_dates(coder, text, dt.date(2021, 8, 31))
        assert found["arbitrary_detention"] == {"None"}


def test_an_interventions_date_is_not_the_acts(coder: Coder) -> None:
    text = (
        "In a relief to the activist Nodeep Kaur, who was arrested in Haryana on criminal "
        "charges, the High Court on Friday granted her bail."
    )
    found = rule_dates(coder, text, dt.date(2021, 2, 26))
    assert "2021-02-26" not in found["arbitrary_detention"]


def test_a_later_exact_mention_dates_the_event(coder: Coder) -> None:
    text = (
        "Warrants are being prepared in the investigation into the 2014 abduction of 43 "
        "students by police in Iguala, sources said.\n\n"
        "The Sept. 26, 2014 kidnapping remains one of the most infamous incidents."
    )
    assert rule_dates(coder, text, dt.date(2020, 9, 22))["abduction"] == {"2014-09-26"}


def test_an_exact_mention_fitting_two_events_dates_neither(coder: Coder) -> None:
    text = (
        "Police abducted the activist Ann Lee in 2014. Soldiers abducted the lawyer "
        "Omar Khan in 2014.\n\nThe Sept. 26, 2014 kidnapping remains infamous."
    )
    assert rule_dates(coder, text, dt.date(2020, 9, 22))["abduction"] == {"2014-01-01"}


def test_an_undated_intervention_is_dated_only_by_acts_against_its_beneficiaries(
    coder: Coder,
) -> None:
    text = (
        "Police arrested the reporter Ann Lee in Minsk on March 3. "
        "Soldiers detained the lawyer Omar Khan in Minsk on March 20.\n\n"
        "A court later released Ann Lee."
    )
    coded = coder.code(Report(id=1, title="Report", text=text, published=dt.date(2021, 4, 29)))
    [release] = [i for i in coded.interventions if i.type == "release"]
    assert (str(release.date.start), str(release.date.end)) == ("2021-03-03", "2021-04-29")
    unpublished = coder.code(Report(id=2, title="Report", text=text, published=None))
    assert all(i.date.start is None for i in unpublished.interventions if i.type == "release")


def test_a_custody_since_a_date_is_dated_by_its_onset(coder: Coder) -> None:
    # The formal arrest on May 9 is a step of a custody that began on April 20.
    text = (
        "The blogger Tomas Varga was arrested on May 9 in Kosice, after being held "
        "since April 20 for criticising the mayor."
    )
    found = dates_by_act(coder, text, dt.date(2020, 5, 30))
    assert found["arbitrary_detention"] == {"2020-04-20"}


def test_a_custody_since_the_arrest_is_dated_by_the_arrest(coder: Coder) -> None:
    # The arrest's date is the custody's onset, though "arrest" is a clause of its own.
    text = (
        "The blogger Alaa Nabil has been detained under three presidents, and has spent "
        "the last two years in Tora prison since his arrest in 2019."
    )
    found = dates_by_act(coder, text, dt.date(2022, 1, 4))
    assert found["arbitrary_detention"] == {"2019-01-01"}


def test_a_custody_counted_back_from_a_dated_release_began_that_long_before(
    coder: Coder,
) -> None:
    # Released yesterday (18 February) after five months: held since September.
    text = (
        "The journalist Ade Bello was released on bail in Calabar yesterday after spending "
        "five months in detention on charges of treason."
    )
    found = dates_by_act(coder, text, dt.date(2020, 2, 19))
    assert found["arbitrary_detention"] == {"2019-09-01"}


def test_a_custody_counted_up_to_a_release_in_a_named_month(coder: Coder) -> None:
    text = "The reporter Ali Musa was detained for two years before his release in May 2020."
    found = dates_by_act(coder, text, dt.date(2021, 6, 1))
    assert found["arbitrary_detention"] == {"2018-01-01"}


def test_a_count_with_no_dated_release_dates_nothing(coder: Coder) -> None:
    text = "The reporter Ali Musa spent two years in prison before being released."
    found = dates_by_act(coder, text, dt.date(2021, 6, 1))
    assert found["arbitrary_detention"] == {"None"}


def test_since_after_another_word_is_no_onset(coder: Coder) -> None:
    # "Since" there dates the protests, not the custody.
    text = (
        "The blogger Tomas Varga was arrested on May 9 in Kosice, where protests have "
        "continued since April 20."
    )
    found = dates_by_act(coder, text, dt.date(2020, 5, 30))
    assert found["arbitrary_detention"] == {"2020-05-09"}


def test_a_one_off_act_does_not_take_the_start_of_what_lasts_since(coder: Coder) -> None:
    # "since June" starts the marches, it does not date the beating told before.
    text = (
        "Police officers attacked the reporter Lam Wing in Hong Kong.\n\n"
        "Activists have held marches in the city since June, and lawmakers met on Nov. 4."
    )
    found = dates_by_act(coder, text, dt.date(2019, 11, 21))
    assert found["assault"] == {"2019-11-04"}


def test_a_custody_told_before_may_take_the_start_of_what_lasts_since(coder: Coder) -> None:
    # The detention may have begun when the stay did: "since" dates its onset.
    text = (
        "Pastor Zhao Wen was arrested on April 2 in Hunan, after being held since March 14. "
        "His whereabouts are unknown."
    )
    found = dates_by_act(coder, text, dt.date(2020, 4, 30))
    assert found["enforced_disappearance"] == {"2020-03-14"}


def test_a_publication_note_does_not_date_the_act_before_it(coder: Coder) -> None:
    # The note dates the text; the arrest is dated by the later account of it.
    text = (
        "Reporters Ivan Horak and Pavel Dvorak arrested over their reporting.\n\n"
        "This statement was originally published on example.org on 30 March 2021.\n\n"
        "On March 22, police in Brno arrested Ivan Horak at his home."
    )
    found = dates_by_act(coder, text, dt.date(2021, 4, 6))
    assert "2021-03-30" not in found["arbitrary_detention"]


def test_the_date_of_a_post_dates_the_post_not_the_act(coder: Coder) -> None:
    # An embedded social-media post: its date is the posting's, not the imprisonment's.
    text = (
        "Labor leader Ivan Horak walked free after 14 months of unjust imprisonment in Brno. "
        "Posted by Anna Novak on Tuesday, March 8, 2022"
    )
    found = rule_dates(coder, text, dt.date(2022, 3, 9))
    assert found["arbitrary_detention"] == {"None"}


def test_an_originally_published_note_in_a_year_dates_no_act(coder: Coder) -> None:
    text = (
        "This article was originally published in 2015 to report that police arrested "
        "the activist Ivan Horak in Brno."
    )
    found = dates_by_act(coder, text, dt.date(2021, 4, 6))
    assert "2015-01-01" not in found["arbitrary_detention"]


def test_the_year_of_a_law_s_name_dates_no_act(coder: Coder) -> None:
    text = "Police arrested the journalist Ivan Horak in Brno under the Public Order Act of 1994."
    found = dates_by_act(coder, text, dt.date(2021, 4, 6))
    assert "1994-01-01" not in found["arbitrary_detention"]


def test_the_date_of_a_call_does_not_date_the_act_it_is_about(coder: Coder) -> None:
    text = (
        "The press union today called on the authorities to release three reporters "
        "detained for their coverage of the strike."
    )
    found = dates_by_act(coder, text, dt.date(2021, 4, 6))
    assert found["arbitrary_detention"] == {"None"}


def test_an_act_the_next_day_is_dated_the_day_after(coder: Coder) -> None:
    text = (
        "Police arrested the journalist Ilya Petrov in Minsk on March 3, 2020. "
        "The next day, officers beat and tortured him in custody."
    )
    found = dates_by_act(coder, text, dt.date(2021, 2, 6))
    assert found["arbitrary_detention"] == {"2020-03-03"}
    assert found["torture"] == {"2020-03-04"}


def test_the_date_pictures_got_out_does_not_date_the_lead(coder: Coder) -> None:
    text = (
        "Rights activists say images of the torture of the detained politician Geoffrey "
        "Byamukama show septic wounds on his body.\n\n"
        "Pictures began circulating online and in local media on Thursday of Byamukama "
        "lying on a hospital bed."
    )
    found = dates_by_act(coder, text, dt.date(2017, 5, 13))
    assert found["torture"] == {"None"}


def test_the_day_something_was_said_on_does_not_date_the_act(coder: Coder) -> None:
    text = "The journalist Ilya Petrov was tortured in custody, his lawyer said on February 1."
    found = dates_by_act(coder, text, dt.date(2021, 2, 6))
    assert found["torture"] == {"None"}


def test_the_day_of_a_statement_does_not_date_the_act_it_is_about(coder: Coder) -> None:
    text = (
        "European countries voiced concern on Monday at the torture of the activist "
        "Loujain al-Hathloul in a Saudi prison."
    )
    found = dates_by_act(coder, text, dt.date(2019, 9, 25))
    assert "2019-09-23" not in found["torture"]


def test_a_date_inside_the_words_of_a_proceeding_is_the_proceeding_s(coder: Coder) -> None:
    # "pleaded guilty Thursday in federal court to": the plea is Thursday's, not the
    # kidnappings it is about.
    text = (
        "Alexanda Kotey pleaded guilty Thursday in federal court in Alexandria to playing a "
        "role in the kidnappings of the journalists James Foley and Steven Sotloff."
    )
    found = dates_by_act(coder, text, dt.date(2021, 9, 3))
    assert "2021-09-02" not in found["abduction"]


def narrative_dates(coder: Coder, text: str, published: dt.date) -> dict[str, set[str]]:
    """The dates of the incidents `date_from_narrative` dated, by act."""
    coded = coder.code(Report(id=1, title="Activists detained", text=text, published=published))
    found: dict[str, set[str]] = {}
    for incident in coded.incidents:
        if incident.date.inferred:
            found.setdefault(incident.act, set()).add(str(incident.date.start))
    return found


def test_an_undated_act_takes_the_latest_date_named_before_it(coder: Coder) -> None:
    # The election's day sets the time of the paragraphs that follow it.
    text = (
        "On 9 August 2020, Belarusians went to the polls in a presidential election. "
        "Few expected a fair count.\n\n"
        "Turnout was high across the country and queues formed at embassies abroad.\n\n"
        "Riot police arrested the blogger Ihar Losik and hundreds of protesters in Minsk."
    )
    found = narrative_dates(coder, text, dt.date(2020, 9, 1))
    assert found["arbitrary_detention"] == {"2020-08-09"}


def test_an_undated_lead_takes_the_first_date_named_after_it(coder: Coder) -> None:
    text = (
        "Soldiers beat the teacher Amani Okello in front of his pupils in Gulu.\n\n"
        "The school had been closed for weeks. Parents were afraid to send their children.\n\n"
        "Okello had written to the district office in March 2021 about the soldiers' camp."
    )
    found = narrative_dates(coder, text, dt.date(2021, 9, 1))
    assert found["assault"] == {"2021-03-01"}


def test_a_date_that_dates_a_report_is_no_narrative_date(coder: Coder) -> None:
    text = (
        "This statement was originally published on hrw.org on 31 December 2021.\n\n"
        "Riot police arrested the blogger Ihar Losik and hundreds of protesters in Minsk."
    )
    found = dates_by_act(coder, text, dt.date(2022, 1, 3))
    assert found["arbitrary_detention"] == {"None"}


def test_the_publication_date_is_no_narrative_date(coder: Coder) -> None:
    text = "Riot police arrested the blogger Ihar Losik and hundreds of protesters in Minsk."
    found = dates_by_act(coder, text, dt.date(2022, 1, 3))
    assert found["arbitrary_detention"] == {"None"}


def test_when_something_came_into_being_dates_no_act(coder: Coder) -> None:
    # "formed in 1925" dates the group's founding, not the beating that follows it.
    text = "The militia was formed in 1925. Its members beat the journalist Ravi Kumar in Kolkata."
    assert rule_dates(coder, text, dt.date(2021, 3, 31))["assault"] == {"None"}
    dated = text.replace("was formed in 1925", "marched through the city in March 2021")
    assert rule_dates(coder, dated, dt.date(2021, 3, 31))["assault"] == {"2021-03-01"}


def test_the_writers_today_is_no_narrative_date(coder: Coder) -> None:
    # "today" is the day of writing: the arrest, told without a date, did not happen then.
    # A day the narrative names instead still dates it.
    text = (
        "Riot police arrested the blogger Ihar Losik and hundreds of protesters in Minsk.\n\n"
        "His channel had many followers. Its posts were read across the country. "
        "Few of them expected a fair trial.\n\n"
        "Losik remains in a cell in the capital today."
    )
    assert dates_by_act(coder, text, dt.date(2022, 1, 3))["arbitrary_detention"] == {"None"}
    named = text.replace("today", "on 20 December")
    found = narrative_dates(coder, named, dt.date(2022, 1, 3))
    assert found["arbitrary_detention"] == {"2021-12-20"}


PUBLISHED = dt.date(2021, 9, 1)


def test_a_later_date_of_another_act_is_no_narrative_date(coder: Coder) -> None:
    # "in March 2021" dates the brother's arrest, which its sentence tells.
    text = (
        "Soldiers beat the teacher Amani Okello in front of his pupils in Gulu.\n\n"
        "Police arrested his brother Peter Okello in Kampala in March 2021."
    )
    [(doc, incidents)] = coder.rules([Report(id=1, title="x", text=text, published=PUBLISHED)])
    assert doc is not None
    date_from_narrative(doc, incidents)
    (assault,) = [i for i in incidents if i.act == "assault"]
    assert assault.date.start is None
    # The arrest's own date is the text's, not an inference.
    (arrest,) = [i for i in incidents if i.act == "arbitrary_detention"]
    assert str(arrest.date.start) == "2021-03-01" and not arrest.date.inferred


def test_the_month_a_video_of_an_act_got_out_in_dates_it(coder: Coder) -> None:
    # A video gets out soon after what it shows: its month holds the act, its day not.
    text = (
        "Soldiers beat the teacher Amani Okello in front of his pupils in Gulu.\n\n"
        "The school had been closed for weeks. Parents were afraid to send their children.\n\n"
        "The video went viral in Uganda in August 2021."
    )
    found = narrative_dates(coder, text, dt.date(2022, 4, 1))
    assert found["assault"] == {"2021-08-01"}


def test_a_date_in_a_later_part_of_the_sentence_is_the_later_acts(coder: Coder) -> None:
    # "last year" is when the sentences were passed, not when the executions were.
    text = (
        "Saudi Arabia said on Saturday it executed a record 81 people in one day for "
        "terrorism-related offences, exceeding the total number it sentenced to death last year."
    )
    found = dates_by_act(coder, text, dt.date(2022, 3, 13))
    assert "2021-01-01" not in found["killing"]


def test_acts_told_together_share_their_date(coder: Coder) -> None:
    text = (
        "Police detained the activist Omar Saeed for the kidnapping and murder of the "
        "journalist Daniel Ross in Karachi in 2002."
    )
    found = dates_by_act(coder, text, dt.date(2021, 2, 6))
    assert found["abduction"] == {"2002-01-01"}
    assert found["killing"] == {"2002-01-01"}


def test_the_act_referred_back_to_takes_the_date_of_the_mention(coder: Coder) -> None:
    text = (
        "The newspaper published two new videos corroborating the brutal torture and murder "
        "of a man in Syria. Mercenaries allegedly carried out the killing in June 2017."
    )
    found = dates_by_act(coder, text, dt.date(2020, 4, 21))
    assert found["killing"] == {"2017-06-01"}


def test_the_writers_today_dates_no_act_referred_back_to(coder: Coder) -> None:
    text = (
        "The soldiers executed the detained youths in Buga.\n\n"
        "Some of the survivors of the executions are in hiding today."
    )
    found = dates_by_act(coder, text, dt.date(2021, 6, 1))
    assert found["killing"] == {"None"}


def test_a_speakers_today_in_another_sentence_dates_no_act(coder: Coder) -> None:
    text = (
        "The governor said: “If you ask the journalist Ann Lee today, I am the one working "
        "for her freedom.” But critics of the governor are arrested for treason and kept "
        "in detention."
    )
    found = dates_by_act(coder, text, dt.date(2020, 2, 19))
    assert found["arbitrary_detention"] == {"None"}


def test_a_timeline_entrys_date_dates_no_earlier_entry(coder: Coder) -> None:
    # Each entry of a timeline has its own date: the verdict's entry leaves the killing
    # it is about undated, and the next entry's date is that entry's alone.
    text = (
        "September 22, 2017: A high court convicted five officers for killing two young "
        "men, Michael Akor and Michael Igwe.\n\n"
        "December 4, 2017: The police chief ordered the reorganisation of the unit."
    )
    found = dates_by_act(coder, text, dt.date(2020, 10, 20))
    assert found["killing"] == {"None"}


def test_a_date_in_the_acts_own_words_is_the_acts(coder: Coder) -> None:
    # "on April 18" is nearer to "released" but a comma parts it from the release.
    text = (
        "The journalist Yuki Kitazumi was arrested by the military at his home on April 18, "
        "released by security forces on May 13, and deported to Japan shortly after."
    )
    found = dates_by_act(coder, text, dt.date(2021, 6, 28))
    assert found["arbitrary_detention"] == {"2021-04-18"}


def test_an_act_retold_takes_the_date_of_its_first_telling(coder: Coder) -> None:
    # The last date before the retelling is the release's; the arrest it retells was
    # dated nearer to its own verb in that sentence.
    text = (
        "The journalist Yuki Kitazumi was arrested by the military at his home on April 18 "
        "and released on May 13. He was arrested on the suspicion of spreading fake news."
    )
    found = dates_by_act(coder, text, dt.date(2021, 6, 28))
    assert found["arbitrary_detention"] == {"2021-04-18"}
