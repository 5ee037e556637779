"""Incidents from act triggers: one act against its victims, each field with evidence.

For each act clause: the victims (named people, groups, or the victims in focus when the
clause says "they"), the perpetrators, the date, the place, the status. Within one
sentence a seizure absorbs the detention and return that are part of it ("detained and
returned ... in what rights groups called a kidnapping" is one abduction).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from docket.code import evidence as ev
from docket.code.acts import Trigger, custody_context
from docket.code.dates import DateMention
from docket.code.document import Document, SentenceInfo
from docket.code.locate import locate
from docket.code.parties import (
    PartyMention,
    anaphors,
    group_size,
    groups,
    perpetrators,
    person_type,
    role,
    victim_type,
)
from docket.code.places import gazetteer
from docket.code.status import denial, status_of
from docket.code.text import Clause
from docket.models import DateInterval, Evidence, Incident, Party

# Acts folded into a seizure reported in the same sentence.
_PART_OF_SEIZURE = {"arbitrary_detention", "forced_return"}
# Acts whose grammatical subject is the victim even in the active voice.
_INTRANSITIVE = {"displacement", "enforced_disappearance"}
_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|got|had been|have been)\s+(?:\w+ly\s+)?$"
)
_SPEECH_DATE = re.compile(
    r"\b(?:reported|said|told|announced|wrote|stated|added|says)\s+$", re.IGNORECASE
)
_FORCED = re.compile(
    r"\b(?:forcibly|forcefully|forced|seized|detained|arrested|abducted|kidnapped)\b", re.IGNORECASE
)
LOOK_AHEAD = 2
NEAR = 120
"""Characters between a name and the act beyond which the name is not taken as a victim."""
_TITLE_WORDS = re.compile(
    r"^(?:President|Minister|Mr|Mrs|Ms|Dr|Gen|General|Governor|Mayor|Senator|Judge|"
    r"Prime|Chief|Secretary|Journalist|Activist|Lawyer|Reporter|Police|Officer|[A-Z]{2,})\.?$"
)
_AGENT = re.compile(
    r"\b(?:by|at the hands of)\s+(?:(?:the|their|his|her|its|a|an)\s+)?$", re.IGNORECASE
)
_STATUS_RANK = {"reported": 0, "alleged": 1, "denied": 2, "confirmed": 3}


@dataclass(slots=True)
class Focus:
    """The named victims the text is currently about, for "they" and "the two men"."""

    victims: list[PartyMention] = field(default_factory=list)


def build_incidents(doc: Document) -> list[Incident]:
    focus = Focus()
    found: list[Incident] = []
    for info in doc.sentences:
        here = []
        for clause, trigger in _kept_triggers(info):
            incident = _incident(doc, info, clause, trigger, focus)
            if incident is not None:
                here.append(incident)
        _denied_next(doc, info, here)
        found += here
        refocus(doc, info, focus)
    return found


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


def _kept_triggers(info: SentenceInfo) -> list[tuple[Clause, Trigger]]:
    """One trigger per act per sentence; a seizure absorbs its detention and return."""
    acts = {t.label for _, t in info.acts}
    kept: list[tuple[Clause, Trigger]] = []
    seen: set[str] = set()
    for clause, trigger in info.acts:
        label = trigger.label
        if label in _PART_OF_SEIZURE and "abduction" in acts:
            continue
        if (
            label == "forced_return"
            and trigger.text.lower() == "returned to"
            and not _FORCED.search(info.sentence.text)
        ):
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


def _incident(
    doc: Document, info: SentenceInfo, clause: Clause, trigger: Trigger, focus: Focus
) -> Incident | None:
    return incident_for(doc, info, clause, trigger, focus)


def incident_for(
    doc: Document,
    info: SentenceInfo,
    clause: Clause,
    trigger: Trigger,
    focus: Focus,
    require_victims: bool = True,
) -> Incident | None:
    """The incident one act trigger reports; None when it has no victim and one is required."""
    victims = _victims(doc, info, clause, trigger, focus)
    if not victims and require_victims:
        return None
    perps = _perpetrators(doc, info, clause, trigger, victims)
    date = _date(doc, info, clause, trigger)
    place, place_mentions = locate(doc, info, clause.start, clause.end)
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
        victims=[_victim_party(doc, info, v) for v in victims],
        perpetrators=[p.party() for p in perps],
        date=_interval(date),
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
    incident.extra["acts"] = sorted(folded | {trigger.label})
    incident.extra["sentence"] = info.sentence.index
    incident.extra["trigger"] = [trigger.start, trigger.end]
    return incident


def _interval(date: DateMention | None) -> DateInterval:
    if date is None:
        return DateInterval()
    i = date.interval
    return DateInterval(start=i.start, end=i.end, granularity=i.granularity, text=date.text)


def _victim_party(doc: Document, info: SentenceInfo, victim: PartyMention) -> Party:
    if not victim.named:
        window = doc.plain[
            max(info.sentence.start, victim.start - 80) : min(info.sentence.end, victim.end + 80)
        ]
        return Party(name=victim.name, type=victim_type(victim.name + " " + window))
    return Party(name=victim.name, type=person_type(doc.plain, victim.name))


def _victims(
    doc: Document, info: SentenceInfo, clause: Clause, trigger: Trigger, focus: Focus
) -> list[PartyMention]:
    for start, end in ((clause.start, clause.end), (info.sentence.start, info.sentence.end)):
        found = _named_victims(doc, info, start, end, trigger)
        if found:
            return found
        described = _described_victims(doc, start, end, trigger, focus)
        if described:
            return described
    return []


def _named_victims(
    doc: Document, info: SentenceInfo, start: int, end: int, trigger: Trigger
) -> list[PartyMention]:
    passive = bool(_PASSIVE.search(doc.plain[max(start, trigger.start - 30) : trigger.start]))
    verb = trigger.text.lower().endswith(("ed", "en")) and trigger.label not in _INTRANSITIVE
    found = []
    for name in info.persons(start, end):
        if role(doc.plain, name.start, name.end) != "victim" or not is_person_name(name.text):
            continue
        if (
            verb
            and not passive
            and name.end <= trigger.start
            and _is_subject(doc.plain, name.end, trigger.start)
        ):
            continue  # "X arrested Y": X is the agent
        if min(abs(name.start - trigger.end), abs(trigger.start - name.end)) > NEAR:
            continue  # a name far from the act in a long sentence is rarely its victim
        written = _clean_name(name.text)
        full = full_name(doc.plain, written)
        if full is not None:
            found.append(PartyMention(full, name.start, name.start + len(written), True))
    return found


_CAMEL = re.compile(r"[a-z][A-Z]")


def is_person_name(text: str) -> bool:
    """NER calls some places, armed groups, hashtags and platforms persons; the gazetteer,
    the perpetrator lexicon and the shape of the name know better."""
    name = _clean_name(text)
    if gazetteer().lookup(name) or perpetrators(name):
        return False
    if _CAMEL.search(name.replace("Mc", "").replace("Mac", "")):
        return False  # "ZhangJialong", "WhatsHappeningInMyanmar": hashtags
    return name[:1].isupper()


def full_name(plain: str, name: str) -> str | None:
    """The full form of a one-word name, written elsewhere in the report ("Keita":
    "Ibrahim Boubacar Keita"); None when the report never gives one, for a single word
    alone is more often a platform, a place or a common word than a victim."""
    if " " in name:
        return name
    match = re.search(rf"\b((?:[A-Z][\w'’-]+\s+){{1,3}}){re.escape(name)}\b", plain)
    if match is None:
        return None
    words = match.group(1).split()
    while words and (
        words[0].lower() in {"the", "a", "an", "and", "but", "on", "in"}
        or _TITLE_WORDS.match(words[0])
    ):
        words = words[1:]
    return " ".join([*words, name]) if words else None


def _is_subject(plain: str, name_end: int, trigger_start: int) -> bool:
    between = plain[name_end:trigger_start]
    return len(between.split()) <= 3 and "," not in between and " and " not in between


def _clean_name(name: str) -> str:
    return re.sub(r"['’]s$", "", name).strip()


def _described_victims(
    doc: Document, start: int, end: int, trigger: Trigger, focus: Focus
) -> list[PartyMention]:
    text = doc.plain[start:end]
    perps = perpetrators(text, start)
    described = [
        g for g in groups(text, start) if not any(p.start <= g.start < p.end for p in perps)
    ]
    pointers = anaphors(text, start)
    # NER misses some names it saw before: a surname of a victim in focus is that victim.
    by_surname = [
        v for v in focus.victims if re.search(rf"\b{re.escape(v.name.split()[-1])}\b", text)
    ]
    if by_surname:
        at = text.find(by_surname[0].name.split()[-1])
        word = by_surname[0].name.split()[-1]
        return [PartyMention(v.name, start + at, start + at + len(word), True) for v in by_surname]
    if focus.victims:
        size = len(focus.victims)
        if pointers or any(group_size(g.name) == size for g in described):
            return _pointing(focus.victims, described, pointers, doc)
    return described


def _pointing(
    victims: list[PartyMention],
    described: list[PartyMention],
    pointers: list[tuple[int, int, str]],
    doc: Document,
) -> list[PartyMention]:
    """The focus victims, with spans at the words that refer to them here."""
    if described:
        at = described[0]
        return [PartyMention(v.name, at.start, at.end, True) for v in victims]
    s, e, _ = pointers[0]
    return [PartyMention(v.name, s, e, True) for v in victims]


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
        PartyMention(_clean_name(n.text), n.start, n.start + len(_clean_name(n.text)), True, None)
        for n in info.persons(clause.start, clause.end)
        if role(doc.plain, n.start, n.end) == "agent"
    ]
    agents = [p for p in found if _AGENT.search(doc.plain[max(0, p.start - 20) : p.start])]
    if agents:
        return sorted(agents, key=lambda p: p.start)
    passive = bool(
        _PASSIVE.search(doc.plain[max(clause.start, trigger.start - 30) : trigger.start])
    )
    if passive or trigger.label in _INTRANSITIVE:
        return []
    subjects = [
        p for p in found if p.end <= trigger.start and _is_subject(doc.plain, p.end, trigger.start)
    ]
    return subjects[-1:]


def _overlaps(party: PartyMention, others: list[PartyMention]) -> bool:
    return any(party.start < o.end and o.start < party.end for o in others)


def _date(
    doc: Document, info: SentenceInfo, clause: Clause, trigger: Trigger
) -> DateMention | None:
    """The clause's own date; else the sentence's if no other act clause claims it; else
    "now" next to the trigger ("are now at risk"); else none. A date that follows a
    speech verb ("reported Thursday") dates the report, not the act."""

    def own(mention: DateMention) -> bool:
        return not mention.weak and not _SPEECH_DATE.search(
            doc.plain[max(0, mention.start - 25) : mention.start]
        )

    in_clause = [d for d in info.dates if clause.start <= d.start < clause.end and own(d)]
    if in_clause:
        return in_clause[0]
    act_clauses = {(c.start, c.end) for c, _ in info.acts}
    free = [d for d in info.dates if own(d) and not any(s <= d.start < e for s, e in act_clauses)]
    if free:
        return free[0]
    weak = [d for d in info.dates if d.weak and -20 <= d.start - trigger.start <= 20]
    if weak:
        return weak[0]
    return _anchor(doc, info, own)


def _anchor(
    doc: Document, info: SentenceInfo, own: Callable[[DateMention], bool]
) -> DateMention | None:
    """Narratives date an episode once and go on ("On Monday police raided ... They
    arrested ..."): an undated act takes the last date named before it in its paragraph;
    failing that, the first date of the next two sentences of its paragraph, where news
    leads give the details of the act they announce."""
    for other in reversed(doc.sentences[: info.sentence.index]):
        if other.sentence.paragraph != info.sentence.paragraph:
            break
        dated = [d for d in other.dates if own(d)]
        if dated:
            return dated[-1]
    for other in doc.sentences[info.sentence.index + 1 : info.sentence.index + 1 + LOOK_AHEAD]:
        if other.sentence.paragraph != info.sentence.paragraph or other.acts or other.interventions:
            break  # a sentence with its own act or intervention dates that one
        dated = [d for d in other.dates if own(d)]
        if dated:
            return dated[0]
    return None


def refocus(doc: Document, info: SentenceInfo, focus: Focus) -> None:
    """Named people in an act sentence (or the lead) become the victims in focus."""
    if not info.acts and info.sentence.index > 0:
        return
    victims = [
        PartyMention(full, n.start, n.end, True)
        for n in info.names
        if n.label == "PERSON"
        and role(doc.plain, n.start, n.end) == "victim"
        and is_person_name(n.text)
        for full in [full_name(doc.plain, _clean_name(n.text))]
        if full is not None
    ]
    if victims:
        focus.victims = _unique(victims)


def _unique(victims: list[PartyMention]) -> list[PartyMention]:
    seen: set[str] = set()
    kept = []
    for victim in victims:
        key = victim.name.split()[-1].lower()
        if key not in seen:
            seen.add(key)
            kept.append(victim)
    return kept


def stronger_status(a: str, b: str) -> str:
    return a if _STATUS_RANK[a] >= _STATUS_RANK[b] else b
