"""Incidents from act triggers: one act against its victims, each field with evidence.

For each act clause: the victims (`victims.py`), the perpetrators (agents "by X", or the
subject of an active verb), the date, the place (`locate.py`), the status (`status.py`). Within one
sentence a seizure absorbs the detention and return that are part of it ("detained and
returned ... in what rights groups called a kidnapping" is one abduction).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable

from docket.code import evidence as ev
from docket.code.acts import Trigger, custody_context, listed_abuse
from docket.code.dates import DateMention, count_of, counted_back, interval_of
from docket.code.document import Document, SentenceInfo, names_a_group
from docket.code.locate import locate
from docket.code.parties import (
    PartyMention,
    perpetrators,
    role,
)
from docket.code.status import denial, status_of
from docket.code.text import Clause
from docket.code.victims import (
    PASSIVE,
    Focus,
    clean_name,
    intransitive,
    is_subject,
    possible_victims,
    refocus,
    set_group_focus,
    victim_party,
    victims_of,
)
from docket.models import Evidence, Incident

# Acts folded into a seizure reported in the same sentence.
_PART_OF_SEIZURE = {"arbitrary_detention", "forced_return"}
_SPEECH_DATE = re.compile(
    r"\b(?:reported|said|told|announced|wrote|stated|added|says)\s+(?:on\s+)?$", re.IGNORECASE
)
_CUT_OFF = re.compile(
    r"\b(?:(?:as\s+of|as\s+at|by)\s+(?:(?:early|late|mid-?|the\s+(?:end|start|beginning|"
    r"middle)\s+of)\s*)?|so\s+far\s+(?:in|this|of)\s+)$",
    re.IGNORECASE,
)
"""A tally's date ("as of August 18, 95 journalists had been arrested", "by late May,
security forces had arrested 240,000 people", "so far in 2019") ends a count; it is not
when any of the acts happened."""
_ONSET = re.compile(
    r"\b(?:detained|held|jailed|imprisoned|missing|disappeared|locked\s+up|behind\s+bars|"
    r"in\s+(?:\S+\s+)?(?:custody|detention|prison|jail))\s+(?:\S+\s+){0,2}?since\s+$|"
    r"\bsince\s+(?:his|her|their|the)\s+(?:arrest|detention|abduction|disappearance|"
    r"kidnapping|imprisonment)\s+(?:in|on)\s+$",
    re.IGNORECASE,
)
"""A custody or disappearance that lasts "since" a date began on it ("arrested on April 2,
after being detained since March 14"; "has spent two years in prison since his arrest in
2019"): that date is the act's onset, before any later step of it the sentence reports."""
_LASTING = {"arbitrary_detention", "enforced_disappearance", "abduction"}
_SINCE = re.compile(
    r"\b(?:since|ever\s+since)\s+(?:(?:early|late|mid-?|the\s+(?:start|end|beginning)\s+of)\s+)?$",
    re.IGNORECASE,
)
"""A date after "since" ("marches seen in the city since June") is when something that
still lasts began: it dates that, not an episode the narrative goes on with."""
_SPAN_COUNT = (
    r"(?:(?:nearly|almost|about|around|some|over|more\s+than|just\s+over|at\s+least)\s+)?"
    r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)"
    r"\s+(?P<unit>days?|weeks?|months?|years?)"
)
_RELEASE_AFTER = re.compile(
    r"\b(?:released|freed|set\s+free|let\s+go)\b(?P<between>[^;]{0,80}?)\bafter\s+"
    r"(?:(?:spending|serving|being\s+(?:held|detained|jailed|imprisoned)(?:\s+for)?)\s+)?"
    + _SPAN_COUNT,
    re.IGNORECASE,
)
"""A release dated in the sentence after a stay counted in time ("was released on bail
yesterday after spending five months in detention", "freed last year after 22 years in
jail")."""
_BEFORE_RELEASE = re.compile(
    _SPAN_COUNT + r"\b[^;]{0,60}?\bbefore\s+(?:(?:his|her|their|being|they\s+were|"
    r"(?:he|she)\s+was)\s+)?(?:release|released|freed)\b(?P<between>[^;]{0,30})",
    re.IGNORECASE,
)
"""A stay counted in time before a dated release ("held for two years before his release
in May 2020")."""
_CALL_AFTER = re.compile(
    r"^\s*(?:called\s+(?:on|for)|urged|appealed|demanded)\b",
    re.IGNORECASE,
)
"""A date right before a call ("the Committee today called on the authorities to release
...", "Amnesty on Monday urged") dates the call, made after the act it is about."""
_PUBLISHED = re.compile(
    r"\b(?:published|republished|updated)\s+(?:\S+\s+){0,4}?on\s+$|"
    r"\bposted\s+(?:by\s+(?:\S+\s+){1,4}?)?(?:on\s+)?$",
    re.IGNORECASE,
)
"""A text's publication date ("This statement was originally published on cpj.org on 31
December 2021") dates the text, not any act it reports. Only "on": a report "published in
August" often stands for the period it covers, and dropping those moved the main incident
on dev. A post's date dates the post ("Posted by X on Tuesday, March 8, 2022", "posted
Monday night on its website")."""
_ORIGINALLY = re.compile(
    r"\boriginally\s+(?:published|posted|appeared)\s+(?:\S+\s+){0,4}?(?:on|in)\s+$",
    re.IGNORECASE,
)
"""A note that a text first appeared elsewhere ("The article was originally published in
2011 to call attention to ...") dates the text; "originally" marks it as such a note even
with "in"."""
_FOUNDED = re.compile(
    r"\b(?:founded|formed|established|set\s+up|born)\s+(?:in\s+|on\s+)?$", re.IGNORECASE
)
"""When something came into being ("the RSS was formed in 1925", "born in 1985") is no
act's date."""
_NAMED_YEAR = re.compile(
    r"\b(?:Act|Law|Constitution|Code|Convention|Treaty|Charter|Declaration|Amendments?|"
    r"Ordinance|Decree|Bill|Accords?|Agreement|Protocol|Statute|Regulations?|Proclamation|"
    r"Resolution)\s+of\s+$",
    re.IGNORECASE,
)
"""A year in a document's name ("the Constitution of 1994", "the Anti-Terrorism Act of
1997") dates the document, not any act the sentence reports."""
_FORCED = re.compile(
    r"\b(?:forcibly|forcefully|forced|seized|detained|arrested|abducted|kidnapped)\b", re.IGNORECASE
)
_BARE = re.compile(r"disappear(?:ed|ance)$", re.IGNORECASE)
"""A disappearance written without "forcibly" or "enforced"."""
LOOK_AHEAD = 2
LOOK_BACK = 12
"""Sentences an undated act looks back for its paragraph's date: a paragraph longer than
that is a list or a wall of text, not one dated episode."""
_MEDIA_NEWS = re.compile(
    r"\b(?:(?:began|started)\s+(?:circulating|to\s+circulate)|"
    r"circulat(?:ed|ing)\s+(?:online|on\s+social)|"
    r"went\s+viral|(?:emerged|surfaced)\s+(?:online|on\s+social)|"
    r"(?:was|were)\s+(?:posted|shared|broadcast|aired)\b)",
    re.IGNORECASE,
)
"""A sentence about pictures or a video getting out ("Pictures began circulating online on
Thursday", "the video went viral in August"): its date is the news's, not the act's."""
# A legal proceeding about an act: "found guilty of murder", "charged with kidnapping",
# "accused a colleague of assaulting her", "the murder case", "the kidnapping trial".
_PROCEEDING_BEFORE = re.compile(
    r"\b(?:(?:convicted|charged|accus(?:ed|ing|es)|indicted|sentenced|acquitted|tried|jailed|"
    r"imprisoned|prosecuted|found\s+(?:\S+\s+){0,3}?guilty|guilty)\s+(?:\S+\s+){0,4}?"
    r"(?:of|with|for|over|to|in)|(?:charges?|trial|accusations?|conviction|acquittal)\s+"
    r"(?:of|for|over))\s",
    re.IGNORECASE,
)
_PROCEEDING_AFTER = re.compile(
    r"^\S*\s+(?:case|trial|charges?|conviction|verdict|sentence)\b", re.IGNORECASE
)
_PROCEEDING_REACH = 80
_AGENT = re.compile(
    r"\b(?:by|at the hands of)\s+(?:(?:the|their|his|her|its|a|an)\s+)?$", re.IGNORECASE
)
# A deed between an act and "by X" that X did instead: "abducted ... and was rescued by
# police", "kidnapped last week, arrested by police on Monday".
_OTHER_DEED = re.compile(
    r"\b(?:rescued|freed|released|arrested|apprehended|nabbed|caught|traced|tracked|"
    r"investigated|probed|found|recovered|hunted|condemned|reported|confirmed|announced|"
    r"denied|charged|prosecuted|sentenced|convicted)\b",
    re.IGNORECASE,
)
# An act written as a noun ("the abduction", "his killing", "in connection with the
# kidnapping") has no grammatical subject: the subject before it is another verb's
# ("police sources linked the abduction to ...", "as the government investigates the attack").
_NOMINAL = re.compile(
    r"\b(?:the|a|an|his|her|their|its|this|that|of|for|in|over|after|before|against|with|"
    r"under|during|amid|following|upon|without|house|arbitrary|extrajudicial|mass)\s+$|"
    r"['’]s?\s+$",
    re.IGNORECASE,
)
_STATUS_RANK = {"reported": 0, "alleged": 1, "denied": 2, "confirmed": 3}


def build_incidents(doc: Document) -> list[Incident]:
    focus = Focus()
    found: list[Incident] = []
    for info in doc.sentences:
        here = []
        kept = _kept_triggers(info)
        for clause, trigger in kept:
            incident = _incident(doc, info, clause, trigger, focus)
            if incident is not None:
                here.append(incident)
            else:
                _refine_date(doc, info, clause, trigger, found)
        if any(t.label == "abduction" for _, t in kept) and not any(
            i.act == "abduction" for i in here
        ):
            # A seizure that yields no incident (no victim found) folds nothing: the
            # detention or return it would have absorbed stands as its own act ("arrested
            # three men for allegedly kidnapping ...").
            for clause, trigger in _kept_triggers(info, fold=False):
                if trigger.label in _PART_OF_SEIZURE:
                    incident = _incident(doc, info, clause, trigger, focus)
                    if incident is not None:
                        here.append(incident)
        _denied_next(doc, info, here)
        found += here
        if not info.acts:
            _name_group_members(doc, info, focus, found)
        victims = [v.name for incident in here for v in incident.victims]
        set_group_focus(doc, info, list(dict.fromkeys(victims)), focus)
        refocus(doc, info, focus, set(victims))
    return found


_FINER = {"day": {"year", "season", "month"}, "month": {"year"}}
"""The granularities a victimless mention's date may refine."""


_OBJECT_OF = re.compile(r"\b(?:of|at|for|with|from|in|by)\s+(?:the\s+)?$", re.IGNORECASE)


def _name_group_members(
    doc: Document, info: SentenceInfo, focus: Focus, found: list[Incident]
) -> None:
    """A sentence that names the members of the group in focus ("The journalists — A; B;
    and freelancer C — appeared in court"), or the one person it is ("the journalist and
    activist is presumably Masih Alinejad"), adds them to that group's incidents."""
    group = set(focus.groups_at(info.sentence.paragraph))
    if not group or not names_a_group(info.sentence.text):
        return
    # NER often takes such names for organisations; the outlets of the list are objects
    # of a preposition ("Aung Ye Ko, of the 7 Day Media; Hein Pyae Zaw of Owl Media").
    listed = [
        n
        for n in info.names
        if n.label in {"PERSON", "ORG"}
        and not _OBJECT_OF.search(doc.plain, max(0, n.start - 12), n.start)
    ]
    members = [(full, n) for full, n in possible_victims(doc, listed) if " " in full]
    for incident in found:
        names = {v.name for v in incident.victims}
        if not members or not names or not names <= group:
            continue
        for full, n in members:
            if full not in names:
                incident.victims.append(
                    victim_party(doc, info, PartyMention(full, n.start, n.end, True))
                )
                incident.evidence.append(ev.span(doc.text, "victims", n.start, n.end))
        incident.evidence = ev.dedupe(incident.evidence)


def _refine_date(
    doc: Document, info: SentenceInfo, clause: Clause, trigger: Trigger, found: list[Incident]
) -> None:
    """A victimless mention that dates an act more exactly than an earlier incident of the
    same act ("the 2014 abduction of 43 students ... The Sept. 26, 2014 kidnapping
    remains ...") gives that incident its date, when only one event fits."""
    dates = [d for d in info.dates if clause.start <= d.start < clause.end and not d.weak]
    if len(dates) == 1 and _date_referred_act(doc, trigger, dates[0], found):
        return
    if len(dates) != 1 or dates[0].interval.granularity not in _FINER:
        return
    new = dates[0].interval
    coarser = _FINER[new.granularity or ""]
    fits = [
        i
        for i in found
        if i.act == trigger.label
        and i.date.start is not None
        and i.date.end is not None
        and i.date.granularity in coarser
        and new.start is not None
        and new.end is not None
        and i.date.start <= new.start
        and new.end <= i.date.end
    ]
    if _one_event(fits):
        _redate(doc, fits, dates[0])


def _one_event(incidents: list[Incident]) -> bool:
    """Whether the incidents are tellings of one event: they name the same victims."""
    return len({frozenset(v.name for v in i.victims) for i in incidents}) == 1


def _redate(doc: Document, incidents: list[Incident], date: DateMention) -> None:
    """Give the incidents `date`, its span their date evidence."""
    for incident in incidents:
        incident.date = interval_of(date)
        incident.evidence = [e for e in incident.evidence if e.field != "date"]
        incident.evidence.append(ev.span(doc.text, "date", date.start, date.end))
        incident.evidence = ev.dedupe(incident.evidence)


_REFERRING = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:brutal|gruesome|horrific|grisly|alleged|same|latest|"
    r"recent|cold-blooded)\s+){0,2}$",
    re.IGNORECASE,
)
"""A definite article or demonstrative, and the adjectives news puts on an act it
returns to ("this gruesome murder", "carried out the killing")."""


def _date_referred_act(
    doc: Document, trigger: Trigger, date: DateMention, found: list[Incident]
) -> bool:
    """A victimless mention that refers back to the one act of its kind told so far ("the
    brutal torture and murder of a man in Syria. Mercenaries allegedly carried out the
    killing in June 2017") dates it, when it had no date. Returns whether it did."""
    if not _REFERRING.search(doc.plain, max(0, trigger.start - 40), trigger.start):
        return False
    if not _may_date_narrative(doc, date):
        return False  # "the survivors of the executions ... today are terrified"
    same = [i for i in found if i.act == trigger.label]
    if not same or any(i.date.start is not None for i in same) or not _one_event(same):
        return False
    _redate(doc, same, date)
    return True


def _denied_next(doc: Document, info: SentenceInfo, incidents: list[Incident]) -> None:
    """A denial in the next sentence of the paragraph covers this sentence's acts."""
    index = info.sentence.index + 1
    if not incidents or index >= len(doc.sentences):
        return
    following = doc.sentences[index].sentence
    if following.paragraph != info.sentence.paragraph:
        return
    found = denial(following.text, following.start)
    if found is None or found.start is None or found.end is None:
        return
    for incident in incidents:
        if incident.status != "confirmed":
            incident.status, incident.attribution = "denied", found.attribution
            incident.evidence.append(ev.span(doc.text, "status", found.start, found.end))


def _kept_triggers(info: SentenceInfo, fold: bool = True) -> list[tuple[Clause, Trigger]]:
    """One trigger per act per sentence; a seizure absorbs its detention and return (unless
    `fold` is off)."""
    acts = {t.label for _, t in info.acts if not disjoined(info, t)} if fold else set()
    kept: list[tuple[Clause, Trigger]] = []
    seen: set[str] = set()
    for clause, trigger in info.acts:
        label = trigger.label
        if label in _PART_OF_SEIZURE and "abduction" in acts:
            continue
        if label == "enforced_disappearance" and "abduction" in acts and _BARE.match(trigger.text):
            # "abducted and disappeared", "the disappearance ... the alleged abduction": the
            # disappearance is the seizure's outcome, one abduction.
            continue
        if unforced_return(info, trigger) or disjoined(info, trigger):
            continue
        if (
            label == "assault"
            and custody_context(info.sentence.text)
            and "beat" in trigger.text.lower()
        ):
            trigger = Trigger("torture", trigger.start, trigger.end, trigger.text)
        if trigger.label in seen:
            continue
        seen.add(trigger.label)
        kept.append((clause, trigger))
    return kept


_OR = re.compile(r"^,?\s+or\s+(?:\w+ly\s+)?$", re.IGNORECASE)


def disjoined(info: SentenceInfo, trigger: Trigger) -> bool:
    """An act joined by "or" to another act ("activists who were assaulted or abducted",
    "relatives had been imprisoned or killed") says each victim suffered one or the other,
    not which: the report asserts neither of anyone. Only acts of the same sentence
    count; "or" before a word that is no act ("tortured or abused") leaves the act."""
    base = info.sentence.start
    text = info.sentence.text
    for _, other in info.acts:
        if other.end <= trigger.start:
            gap = text[other.end - base : trigger.start - base]
        elif trigger.end <= other.start:
            gap = text[trigger.end - base : other.start - base]
        else:
            continue
        if _OR.match(gap):
            return True
    return False


def unforced_return(info: SentenceInfo, trigger: Trigger) -> bool:
    """A "returned to" in a sentence that says nothing of force is a free return home."""
    return (
        trigger.label == "forced_return"
        and trigger.text.lower() == "returned to"
        and not _FORCED.search(info.sentence.text)
    )


_DEATHS = re.compile(r"deaths$", re.IGNORECASE)
_VIOLENT = re.compile(
    r"\b(?:attack\w*|clash\w*|crackdown|crack down|shot|shoot\w*|gunfire|fired|opened fire|"
    r"beat(?:en|ing)?|violen\w+|brutal\w*|riot\w*|force|tear gas|rubber bullets|bullets|"
    r"massacre\w*|killed|killings?)\b",
    re.IGNORECASE,
)
_NOT_VIOLENT = re.compile(
    r"\b(?:covid|coronavirus|virus|pandemic|disease|cases|infect\w*|illness|cancer|"
    r"accidents?|crash\w*|flood\w*|heat|suicides?|overdoses?|natural causes)\b",
    re.IGNORECASE,
)


def _counted_deaths(doc: Document, info: SentenceInfo) -> bool:
    """Whether a count of deaths ("Official records showed 14 deaths") reports killings:
    the sentence or the one before it in its paragraph tells of violence ("cadres
    allegedly attacked the site"), and neither of disease or accidents."""
    context = info.sentence.text
    index = info.sentence.index
    if index > 0 and doc.sentences[index - 1].sentence.paragraph == info.sentence.paragraph:
        context = doc.sentences[index - 1].sentence.text + " " + context
    return bool(_VIOLENT.search(context)) and not _NOT_VIOLENT.search(context)


def _incident(
    doc: Document, info: SentenceInfo, clause: Clause, trigger: Trigger, focus: Focus
) -> Incident | None:
    if trigger.label == "killing" and _DEATHS.search(trigger.text):
        # A count of deaths names no victim: it stands for the people killed, and the people
        # around it in the sentence are others ("14 deaths, but more than 100 missing").
        if not _counted_deaths(doc, info):
            return None
        incident = incident_for(doc, info, clause, trigger, focus, require_victims=False)
        if incident is not None:
            incident.victims = []
            incident.evidence = [e for e in incident.evidence if e.field != "victims"]
        return incident
    # Torture listed among abuses is coded without a named victim (`listed_abuse`).
    listed = listed_abuse(doc.plain, trigger.start, trigger.end)
    return incident_for(doc, info, clause, trigger, focus, require_victims=not listed)


def incident_for(
    doc: Document,
    info: SentenceInfo,
    clause: Clause,
    trigger: Trigger,
    focus: Focus,
    require_victims: bool = True,
) -> Incident | None:
    """The incident one act trigger reports; None when it has no victim and one is required."""
    victims = victims_of(doc, info, clause, trigger, focus)
    if not victims and require_victims:
        return None
    perps = _perpetrators(doc, info, clause, trigger, victims)
    date = _date(doc, info, clause, trigger)
    place, place_mentions = locate(doc, info, clause.start, clause.end, trigger.start)
    status = status_of(info.sentence.text, trigger.start, trigger.end, info.sentence.start)
    text = doc.text
    evidence: list[Evidence] = [ev.span(text, "act", clause.start, clause.end)]
    evidence += [ev.span(text, "victims", v.start, v.end) for v in victims]
    evidence += [ev.span(text, "perpetrators", p.start, p.end) for p in perps]
    if date is not None:
        evidence.append(ev.span(text, "date", date.start, date.end))
    evidence += [ev.span(text, "location", m.start, m.end) for m in place_mentions]
    if status.start is not None and status.end is not None:
        field = "status" if status.attribution is None else "attribution"
        evidence.append(ev.span(text, field, status.start, status.end))
    if status.attribution is not None and status.start is not None and status.end is not None:
        evidence.append(ev.span(text, "status", status.start, status.end))
    incident = Incident(
        act=trigger.label,
        victims=[victim_party(doc, info, v) for v in victims],
        perpetrators=[p.party() for p in perps],
        date=interval_of(date),
        location=place,
        status=status.status,
        attribution=status.attribution,
        evidence=ev.dedupe(evidence),
    )
    folded = (
        {t.label for _, t in info.acts if t.label in _PART_OF_SEIZURE}
        if trigger.label == "abduction"
        else set()
    )
    if listed_abuse(doc.plain, trigger.start, trigger.end):
        incident.extra["listed"] = True
    incident.extra["acts"] = sorted(folded | {trigger.label})
    incident.extra["sentence"] = info.sentence.index
    incident.extra["trigger"] = [trigger.start, trigger.end]
    return incident


def _perpetrators(
    doc: Document, info: SentenceInfo, clause: Clause, trigger: Trigger, victims: list[PartyMention]
) -> list[PartyMention]:
    """The agents of the act: "by X" or "at the hands of X"; else the subject of an active
    verb ("police arrested him"); else none (the classifier may still give a type)."""
    if trigger.label == "displacement":
        return []  # a consequence, not the act of a perpetrator
    text = doc.plain[clause.start : clause.end]
    found = [p for p in perpetrators(text, clause.start) if not _overlaps(p, victims)]
    found += [
        PartyMention(clean_name(n.text), n.start, n.start + len(clean_name(n.text)), True, None)
        for n in info.persons(clause.start, clause.end)
        if role(doc.plain, n.start, n.end) == "agent"
    ]
    agents = [
        p
        for p in found
        if _AGENT.search(doc.plain[max(0, p.start - 20) : p.start])
        and not (p.start >= trigger.end and _OTHER_DEED.search(doc.plain[trigger.end : p.start]))
    ]
    if agents:
        # The agent of the act follows it ("kidnapped by armed bandits"); one before it may
        # be another deed's ("a manhunt by the police for girls kidnapped by bandits").
        after = sorted((p for p in agents if p.start >= trigger.end), key=lambda p: p.start)
        return after or sorted(agents, key=lambda p: p.start)
    passive = bool(PASSIVE.search(doc.plain[max(clause.start, trigger.start - 30) : trigger.start]))
    if (
        passive
        or intransitive(trigger)
        or _NOMINAL.search(doc.plain[max(0, trigger.start - 30) : trigger.start])
    ):
        return []
    subjects = [
        p for p in found if p.end <= trigger.start and is_subject(doc.plain, p.end, trigger.start)
    ]
    return subjects[-1:]


def _overlaps(party: PartyMention, others: list[PartyMention]) -> bool:
    return any(party.start < o.end and o.start < party.end for o in others)


def _date(
    doc: Document, info: SentenceInfo, clause: Clause, trigger: Trigger
) -> DateMention | None:
    """A custody's onset ("held since March 14"); else the clause's own date; else the
    sentence's if no other act clause claims it; else "now" next to the trigger ("are now
    at risk"); else none. A date that follows a speech verb ("reported Thursday") dates
    the report, not the act."""

    usable = [d for d in info.dates if _may_date_act(doc, d)]
    onset = _onset(doc, trigger, usable)
    if onset is not None:
        return onset
    counted = _counted_back(doc, info, trigger, usable)
    if counted is not None:
        return counted
    in_clause = [d for d in usable if clause.start <= d.start < clause.end]
    head = _proceeding(doc, clause, trigger)
    if head is not None:
        # The proceeding came after the act it is about: the dates before it and inside
        # its words are its own ("On Sept 22, a court sentenced ...", "pleaded guilty
        # Thursday in federal court to ... the kidnappings"); of the rest, the act takes
        # the earliest ("found guilty of murder Thursday for the November 2019 shootings").
        about = [d for d in in_clause if d.start >= head and d.interval.start is not None]
        if about:
            return min(about, key=lambda d: d.interval.start or dt.date.max)
    elif in_clause:
        # A date nearer to an intervention of the clause is its ("who was arrested in
        # Haryana, the court on Friday granted her bail").
        helps = [t for c, t in info.interventions if c == clause]
        ours = [d for d in in_clause if not _nearer_to_other(doc.plain, d, trigger, helps)]
        nearest = _nearest(doc.plain, ours, trigger, [t for c, t in info.acts if c == clause])
        if nearest is not None:
            return nearest
    # A date in another act's clause, or in an intervention's ("the court on Friday
    # granted her bail"), is that one's.
    act_clauses = {(c.start, c.end) for c, _ in info.acts + info.interventions}
    free = [d for d in usable if not any(s <= d.start < e for s, e in act_clauses)]
    if free:
        return free[0]
    weak = [d for d in info.dates if d.weak and -20 <= d.start - trigger.start <= 20]
    if weak:
        return weak[0]

    def lasts(mention: DateMention) -> bool:
        # "since June" starts something that still lasts: a custody or disappearance told
        # in another sentence may have begun then, a one-off act did not happen then. The
        # writer's or a speaker's "today" in another sentence dates no act here, as it
        # dates none in the narrative ("If you ask him today ... critics are arrested").
        return _may_date_narrative(doc, mention) and (
            trigger.label in _LASTING or not _since(doc, mention)
        )

    return _anchor(doc, info, lasts, trigger.label)


def _may_date_act(doc: Document, mention: DateMention) -> bool:
    """Whether a date may be an act's: not "now", nor one that dates a report, a tally, a
    call or a document (see the patterns above)."""
    before = doc.plain[max(0, mention.start - 25) : mention.start]
    wider = doc.plain[max(0, mention.start - 60) : mention.start]
    return (
        not mention.weak
        and not _SPEECH_DATE.search(before)
        and not _CUT_OFF.search(before)
        and not _PUBLISHED.search(wider)
        and not _ORIGINALLY.search(wider)
        and not _NAMED_YEAR.search(before)
        and not _FOUNDED.search(before)
        and not _CALL_AFTER.match(doc.plain[mention.end : mention.end + 20])
    )


def date_from_narrative(doc: Document, incidents: list[Incident]) -> None:
    """An incident that none of its mentions dates happened in the time the report tells
    of: it takes the latest date the text named before its first mention ("On 9 August
    Belarusians went to the polls ... The regime responded with great violence"), across
    paragraphs; failing that, the first date named after it in a sentence that tells no
    act or intervention of its own (whose date that is). The news of pictures or a video
    of it getting out (`_MEDIA_NEWS`) follows the act closely: its month or year holds
    the act ("The video went viral in August 2021"), its day does not ("Pictures began
    circulating on Thursday"). Dates that date a report, a tally, a call or
    a document never date an act. Such a date is marked `inferred`: it is the
    narrative's, not one the text ties to the act. The report's publication
    date is never one, nor the writer's "today": an incident the text names no other date
    around stays undated."""
    for incident in incidents:
        if incident.date.start is not None:
            continue
        index = int(incident.extra.get("sentence", 0))
        before = [d for info in doc.sentences[:index] for d in info.dates]
        after = [
            d
            for info in doc.sentences[index + 1 :]
            if not (info.acts or info.interventions)
            for d in info.dates
            if not (_MEDIA_NEWS.search(info.sentence.text) and d.interval.granularity == "day")
            and not _heads_entry(doc, d)
        ]
        found = next((d for d in reversed(before) if _may_date_narrative(doc, d)), None)
        found = found or next((d for d in after if _may_date_narrative(doc, d)), None)
        if found is not None:
            incident.date = dataclasses.replace(interval_of(found), inferred=True)
            incident.evidence.append(ev.span(doc.text, "date", found.start, found.end))


_WRITERS_DAY = re.compile(r"(?i)(?:today|tonight|this\s+(?:morning|evening))")
"""The day the writer writes, that is the publication date by another name."""


def _may_date_narrative(doc: Document, mention: DateMention) -> bool:
    """Whether a date may be the narrative's: one that may date an act, and not the
    writer's own day ("Today's post is ...", "remains in custody today"), which is no
    more the act's than the publication date is."""
    return _may_date_act(doc, mention) and not _WRITERS_DAY.fullmatch(mention.text.strip())


def _since(doc: Document, mention: DateMention) -> bool:
    return bool(_SINCE.search(doc.plain[max(0, mention.start - 30) : mention.start]))


def _onset(doc: Document, trigger: Trigger, dates: list[DateMention]) -> DateMention | None:
    """The sentence's date a lasting custody or disappearance started on, if it names one:
    a sentence keeps one trigger per act, so the custody "since" may be in another clause."""
    if trigger.label not in _LASTING:
        return None
    for date in dates:
        if _ONSET.search(doc.plain[max(0, date.start - 60) : date.start]):
            return date
    return None


def _counted_back(
    doc: Document, info: SentenceInfo, trigger: Trigger, dates: list[DateMention]
) -> DateMention | None:
    """A lasting custody or captivity whose length the sentence counts up to a dated
    release began that long before it ("was released on bail yesterday after spending five
    months in detention": five months before yesterday; "detained for two years before his
    release in May 2020": May 2018). The act is the counted stay: its trigger is the count's
    ("spent 22 years in jail"), follows it ("five months in detention") or leads to it
    ("detained for two years"). The release's date is the one date between the release and
    the count, or right after "before his release"."""
    if trigger.label not in _LASTING:
        return None
    base = info.sentence.start
    text = doc.plain[base : base + len(info.sentence.text)]
    for pattern in (_RELEASE_AFTER, _BEFORE_RELEASE):
        for match in pattern.finditer(text):
            first, last = base + match.start("n"), base + match.end("unit")
            if not (first - 15 <= trigger.end and trigger.start <= last + 30):
                continue
            lo, hi = base + match.start("between"), base + match.end("between")
            release = [d for d in dates if lo <= d.start and d.end <= hi]
            if len(release) != 1:
                continue
            interval = counted_back(release[0].interval, count_of(match["n"]), match["unit"])
            if interval is None:
                continue
            start, end = min(first, release[0].start), max(last, release[0].end)
            interval.text = doc.plain[start:end]
            return DateMention(start, end, interval.text, interval)
    return None


def _proceeding(doc: Document, clause: Clause, trigger: Trigger) -> int | None:
    """Where the words of the legal proceeding an act is the subject of end ("found
    guilty of murder": after "of"), or None when the act is reported as such.
    Prosecutions are proceedings."""
    if trigger.label == "prosecution":
        return None
    before = doc.plain[max(clause.start, trigger.start - _PROCEEDING_REACH) : trigger.start]
    found = list(_PROCEEDING_BEFORE.finditer(before))
    if found:
        return trigger.start - len(before) + found[-1].end()
    if _PROCEEDING_AFTER.match(doc.plain[trigger.end : clause.end]):
        return trigger.end
    return None


def _nearer_to_other(text: str, date: DateMention, trigger: Trigger, others: list[Trigger]) -> bool:
    return any(_closeness(text, date, o) < _closeness(text, date, trigger) for o in others)


_BREAK = re.compile(r"[,;:–—()]")


def _closeness(text: str, date: DateMention, trigger: Trigger) -> tuple[bool, int]:
    """How close a date is to a trigger: first whether punctuation parts them, then the
    distance. A date told in the act's own words is the act's though the next verb is
    nearer ("arrested at his home on April 18, released on May 13": April 18 is the
    arrest's)."""
    lo, hi = (
        sorted((date.end, trigger.start))
        if date.start < trigger.start
        else sorted((trigger.end, date.start))
    )
    return bool(_BREAK.search(text, lo, hi)), abs(date.start - trigger.start)


def _nearest(
    text: str, dates: list[DateMention], trigger: Trigger, triggers: list[Trigger]
) -> DateMention | None:
    """Of a clause's dates, the nearest one that is nearer to this act than to the clause's
    other acts ("who fled last year, were detained on Thursday": Thursday is the
    detention's); when every one is nearer to another act, the first that act does not
    hold in a later part of the sentence (acts told together share their date), or none."""

    mine = [
        d
        for d in dates
        if all(
            _closeness(text, d, trigger) <= _closeness(text, d, t) for t in triggers if t != trigger
        )
    ]
    if mine:
        return min(mine, key=lambda d: _closeness(text, d, trigger))
    shared = [d for d in dates if not _beyond_another_part(text, d, trigger, triggers)]
    return shared[0] if shared else None


_PART_BREAK = re.compile(r"[,;:–—]\s+(?:\w+\s+){3}")
"""A comma, semicolon or dash and at least three more words: another part of the sentence,
not a list of acts ("arrested, beaten and detained")."""


def _beyond_another_part(
    text: str, date: DateMention, trigger: Trigger, triggers: list[Trigger]
) -> bool:
    """Whether another kind of act stands between this act and the date, in a later part
    of the sentence ("said it executed 81 people ..., exceeding the total number it
    sentenced to death last year": last year is the sentences'). Coordinated acts share a
    date ("the kidnapping and murder of the American in 2002"), and so does the same act
    told again ("the murder of a journalist, who was murdered in his home in 2000")."""
    return any(
        other.label != trigger.label
        and trigger.end <= other.start
        and other.end <= date.start
        and _PART_BREAK.search(text, trigger.end, other.start) is not None
        for other in triggers
        if other != trigger
    )


def _anchor(
    doc: Document, info: SentenceInfo, own: Callable[[DateMention], bool], act: str
) -> DateMention | None:
    """Narratives date an episode once and go on ("On Monday police raided ... They
    arrested ..."): an undated act takes the last date named before it in its paragraph,
    or, when that sentence tells an act of the same kind, the date nearest to it (the
    act retold: "arrested on April 18, released on May 13 ... He was arrested on the
    suspicion of ..." is April 18); failing that, the first date of the next two
    sentences, where news leads give the details of the act they announce. Those may start
    a new paragraph: news often writes one sentence a paragraph ("Police have arrested X. /
    The operation on Friday ...")."""
    index = info.sentence.index
    for other in reversed(doc.sentences[max(0, index - LOOK_BACK) : index]):
        if other.sentence.paragraph != info.sentence.paragraph:
            break
        dated = [d for d in other.dates if own(d)]
        same = [t for _, t in other.acts if t.label == act]
        if dated and same:
            return min(dated, key=lambda d: min(_closeness(doc.plain, d, t) for t in same))
        if dated:
            return dated[-1]
    for other in doc.sentences[info.sentence.index + 1 : info.sentence.index + 1 + LOOK_AHEAD]:
        if other.acts or other.interventions:
            break  # a sentence with its own act or intervention dates that one
        if _MEDIA_NEWS.search(other.sentence.text):
            continue
        dated = [d for d in other.dates if own(d) and not _heads_entry(doc, d)]
        if dated:
            return dated[0]
    return None


_ENTRY_MARK = re.compile(r"\s*[:–—]")


def _heads_entry(doc: Document, mention: DateMention) -> bool:
    """Whether the date heads a timeline entry ("December 4, 2017: The police chief
    ordered ..."): it dates that entry and nothing told before it."""
    line_start = doc.plain.rfind("\n", 0, mention.start) + 1
    return (
        doc.plain[line_start : mention.start].strip() == ""
        and _ENTRY_MARK.match(doc.plain, mention.end) is not None
    )


def stronger_status(a: str, b: str) -> str:
    return a if _STATUS_RANK[a] >= _STATUS_RANK[b] else b
