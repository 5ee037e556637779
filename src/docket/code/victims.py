"""Who an act was done to: named people, groups, and the victims in focus.

A named person in the act's clause is a victim unless the clause makes them its agent,
its source or an official (`parties.role`); the names listed with a victim are victims
too, however far the list runs. NER's persons that are places, armed groups, platforms or
hashtags are not people, and its organisations and places that a role or an age introduces
are; a one-word name counts only when the report gives its full form. Without a name, a
group ("two gay men") or an anaphor ("they", "the two men", a surname) points at the
victims in focus: those named last in an act sentence. A pronoun where the act puts its
victim ("tortured him", "I was arrested", "his arrest") points at them too; with none in
focus, at the person named last in the paragraph, or it stands for an unnamed person. A
name written short ("Abdifatah") is the person named in full before. Failing all that,
one unnamed person right after a verb of the act ("kidnapping an NGO employee") is its
victim, unless the text makes them a suspect.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.lang.en.stop_words import STOP_WORDS

from docket.code.acts import Trigger, find_acts
from docket.code.document import Document, Name, SentenceInfo, one_named
from docket.code.parties import (
    PartyMention,
    anaphors,
    governs,
    group_size,
    groups,
    perpetrators,
    role,
    titled_rulers,
)
from docket.code.places import gazetteer
from docket.code.text import Clause, common_word
from docket.code.victim_types import headline_type, main_person, person_type, victim_type
from docket.models import Party

INTRANSITIVE = {"displacement", "enforced_disappearance"}
"""Acts whose grammatical subject is the victim even in the active voice."""
_INTRANSITIVE_VERBS = frozenset({"died", "dies"})
"""Trigger words whose subject is the victim whatever the act ("X died from gunshot
wounds"): the verb takes no object, so its subject is no agent."""


def intransitive(trigger: Trigger) -> bool:
    """Whether the act's grammatical subject is its victim even in the active voice."""
    return trigger.label in INTRANSITIVE or trigger.text.lower() in _INTRANSITIVE_VERBS


PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|got|had been|have been)\s+(?:\w+ly\s+)?"
    r"(?:subjected\s+to\s+)?$"  # "he was subjected to torture"
)


NEAR = 120
"""Characters between a name and the act beyond which the name is not taken as a victim."""


_TITLE_WORDS = re.compile(
    r"^(?:President|Minister|Mr|Mrs|Ms|Dr|Gen|General|Governor|Mayor|Senator|Judge|"
    r"Prime|Chief|Secretary|Journalist|Activist|Lawyer|Reporter|Police|Officer|State|"
    r"Congressman|Congresswoman|Representative|Rep|Lieutenant|Lt|Sergeant|Sgt|Captain|Capt|"
    r"Colonel|Col|Sir|Lord|Ambassador|Commissioner|Inspector|Deputy|Prince|King|Queen|"
    r"[A-Z]{2,})\.?$"
)


@dataclass(slots=True)
class Focus:
    """The named victims the text is currently about, for "they" and "the two men"; and
    the people named so far who were neither agents, sources nor officials, with their
    paragraphs, for a pronoun with no victim in focus and for a name written short."""

    victims: list[PartyMention] = field(default_factory=list)
    people: list[tuple[PartyMention, int]] = field(default_factory=list)
    groups: list[str] = field(default_factory=list)
    """The unnamed victims ("five school girls") of the latest act sentence that named none:
    what "they" and "the victims" stand for until someone is named."""
    groups_paragraph: int = -1

    def groups_at(self, paragraph: int) -> list[str]:
        """The group in focus as seen from `paragraph`: described there or in the one before."""
        return self.groups if paragraph - self.groups_paragraph <= 1 else []


def victim_party(doc: Document, info: SentenceInfo, victim: PartyMention) -> Party:
    if not victim.named:
        window = doc.plain[
            max(info.sentence.start, victim.start - 80) : min(info.sentence.end, victim.end + 80)
        ]
        return Party(name=victim.name, type=victim_type(victim.name + " " + window))
    # A person named in several acts is typed once per report.
    kind: str = doc.remember(
        ("person_type", victim.name), lambda: person_type(doc.plain, victim.name)
    )
    surname = victim.name.split()[-1]
    if kind == "other" and (surname in doc.title.split() or _main_surname(doc) == surname):
        kind = headline_type(doc.title) or kind  # the headline's role is its subject's
    return Party(name=victim.name, type=kind)


def _main_surname(doc: Document) -> str | None:
    """The surname of the person the report is about: the person NER finds whom it
    mentions most."""

    def compute() -> str | None:
        people = (n.text for i in doc.sentences for n in i.names if n.label == "PERSON")
        main = main_person(doc.plain, (p for p in people if " " in p))
        return main.split()[-1] if main else None

    surname: str | None = doc.remember(("victims", "main_surname"), compute)
    return surname


def _rulers(doc: Document) -> frozenset[str]:
    """The names, and the surnames, of the people the report calls sitting rulers anywhere
    (`parties.governs`): a ruler is no victim of what the report tells elsewhere either
    ("President Alexander Lukashenko ..." then "Lukashenko refused to concede; 35,000
    people have been arrested")."""

    def compute() -> frozenset[str]:
        names = {
            clean_name(name.text)
            for info in doc.sentences
            for name in info.names
            if name.label == "PERSON" and governs(doc.plain, name.start, name.end)
        } | {clean_name(name) for name in titled_rulers(doc.plain)}
        return frozenset(names | {n.split()[-1] for n in names if n.split()})

    found: frozenset[str] = doc.remember(("victims", "rulers"), compute)
    return found


def victims_of(
    doc: Document, info: SentenceInfo, clause: Clause, trigger: Trigger, focus: Focus
) -> list[PartyMention]:
    # Only a name says more than the act's own "of" ("the killing of a Catholic woman in
    # 1972 and the treatment of 12 people": the woman, not the 12).
    of_person = _of_person(doc.plain, trigger)
    rulers = _rulers(doc)
    for start, end in ((clause.start, clause.end), (info.sentence.start, info.sentence.end)):
        named = _named_victims(doc, info, start, end, trigger)
        found = _not_rulers(doc.plain, named, trigger, rulers)
        if found:
            return found
        if of_person:
            return of_person
        described = _described_victims(doc, info, start, end, trigger, focus)
        described = _not_rulers(doc.plain, described, trigger, rulers)
        if described:
            return described
    return _one_object(doc.plain, trigger)


_OBJECT_GAP = re.compile(r"\s+(?:[A-Z][\w.]*\s+){0,2}")
_PASSIVE_GAP = re.compile(r"\s+(?:was|were|is|are|has\s+been|had\s+been)\s+(?:\w+ly\s+)?")


def _not_rulers(
    plain: str, victims: list[PartyMention], trigger: Trigger, rulers: frozenset[str]
) -> list[PartyMention]:
    """The victims but the report's rulers, unless the act is done to the ruler in so
    many words ("the putschists detained Keita", "Keita was detained"): a coup makes a
    sitting president a victim."""

    def done_to(v: PartyMention) -> bool:
        if v.name.split()[-1] not in plain[v.start : v.end]:
            return False  # a pronoun ("detained them") names no one in so many words
        if trigger.end <= v.start:
            return _OBJECT_GAP.fullmatch(plain, trigger.end, v.start) is not None
        return _PASSIVE_GAP.fullmatch(plain, v.end, trigger.start) is not None

    # A full name must be the ruler's own: "Rifaat al-Assad" is not President Bashar al-Assad.
    return [v for v in victims if not (v.named and v.name in rulers) or done_to(v)]


# A verb's direct object that is one unnamed person ("for allegedly kidnapping an NGO
# employee", "abducted a schoolgirl"). Only right after a verb form of the act: elsewhere
# a singular "a man" is as often the suspect or a bystander as the victim.
_ONE_PERSON = re.compile(
    r"\s+an?\s+((?:(?!(?:and|or|of|in|on|at|for|with|from|to|by|who|that)\b)[\w-]+\s+){0,2}?"
    r"(?:man|woman|girl|boy|child|teenager|schoolgirl|schoolboy|student|pupil|employee|"
    r"worker|journalist|reporter|activist|lawyer|teacher|farmer|trader|businessman|"
    r"businesswoman|driver|doctor|nurse|priest|pastor|monk|villager|resident|volunteer|"
    r"defender|blogger|photographer|editor|critic|dissident|youth|minor))\b"
)
_VERB_FORM = re.compile(r"(?:ed|ing)$")
# What makes the person the culprit held, not a victim ("arrested a man suspected of ...").
_CULPRIT_AFTER = re.compile(
    r"\s*,?\s*(?:who\s+(?:is\s+|was\s+)?)?(?:suspected|accused|wanted|charged|alleged(?:ly)?|"
    r"believed|involved|linked|in\s+connection\s+with)\b",
    re.IGNORECASE,
)


# The act's noun takes its victim after "of" ("the killing of a Catholic woman", "the
# abduction of a schoolgirl"), whatever the act: one who disappears is the one who is gone.
_OF_ONE_PERSON = re.compile(r"\s+of" + _ONE_PERSON.pattern)


# Act nouns told together take one "of": "the brutal torture and murder of a man".
_AND_ACT_NOUN = re.compile(r",?\s+(?:and|or)\s+([a-z-]+)")


def _of_person(plain: str, trigger: Trigger) -> list[PartyMention]:
    """The one unnamed person the act's noun takes after "of", if any, also across
    another act's noun joined to it."""
    at = trigger.end
    joined = _AND_ACT_NOUN.match(plain, at)
    if joined is not None and find_acts(joined.group(1)):
        at = joined.end()
    return _person_at(plain, _OF_ONE_PERSON.match(plain, at))


_OF_BEFORE_NAME = re.compile(
    r"\s+of\s+(?:(?:the|a|an|his|her|their)\s+)?(?:[\w-]+\s+){0,4}?(?:[\w-]+,\s+)?"
)


_WHO_BETWEEN = re.compile(r",?\s+who\s+(?:[\w-]+\s+){0,3}")


def _of_another_act(plain: str, info: SentenceInfo, name: Name, trigger: Trigger) -> bool:
    """Whether the name is what another kind of act's noun is "of" ("arrested on suspicion
    he had participated in the murder of a senior police official, Andrew Felix Kaweesi":
    Kaweesi is the one murdered, not arrested); acts joined by "and" share it ("the arrest
    and torture of X"), and so does an act told of the name in a relative clause ("the
    extradition of X, who was arrested in Paris")."""
    if name.end <= trigger.start and _WHO_BETWEEN.fullmatch(plain, name.end, trigger.start):
        return False
    for _, other in info.acts:
        if other.label == trigger.label or not other.end <= name.start:
            continue
        if not _OF_BEFORE_NAME.fullmatch(plain, other.end, name.start):
            continue
        joined = _AND_ACT_NOUN.match(plain, trigger.end)
        if joined is not None and trigger.end < other.start <= joined.end():
            continue
        return True
    return False


def _one_object(plain: str, trigger: Trigger) -> list[PartyMention]:
    """The one unnamed person a verb of the act takes as its object, if any."""
    if intransitive(trigger) or not _VERB_FORM.search(trigger.text):
        return []
    return _person_at(plain, _ONE_PERSON.match(plain, trigger.end))


def _person_at(plain: str, match: re.Match[str] | None) -> list[PartyMention]:
    if match is None or _CULPRIT_AFTER.match(plain, match.end()):
        return []
    return [PartyMention(match.group(1), match.start(1), match.end(1), named=False)]


def _named_victims(
    doc: Document, info: SentenceInfo, start: int, end: int, trigger: Trigger
) -> list[PartyMention]:
    candidates = [
        name
        for name in _people(doc.plain, info)
        if is_person_name(name.text)
        and _victim_role(doc.plain, name.start, name.end, trigger)
        and not _of_another_act(doc.plain, info, name, trigger)
    ]
    near = _near_or_listed(doc.plain, candidates, trigger, start, end)
    if not near:
        near = _passive_subject(doc.plain, candidates, trigger, start)
    found = []
    for name in near:
        written = clean_name(name.text)
        full = full_name(doc.plain, written)
        if full is None and one_named(doc.plain, name.start):
            full = written  # "detained one Bitto, who worked there": a name, if a single one
        if full is not None:
            found.append(PartyMention(full, name.start, name.start + len(written), True))
    return found


_APPOSITION = re.compile(r",[^;:.!?\"“”]{1,250}?,\s*")
_FINITE = re.compile(r"\b(?:was|were|is|are|has|have|had|said|says|who|which|that)\b")


def _passive_subject(plain: str, names: list[Name], trigger: Trigger, start: int) -> list[Name]:
    """The subject of a passive act that an apposition keeps beyond NEAR ("Elie N., a
    representative of ... , an opposition party, was detained"): the last name before the
    auxiliary whose gap is one comma-bound apposition with no verb of its own."""
    passive = PASSIVE.search(plain, max(start, trigger.start - 30), trigger.start)
    if passive is None:
        return []
    before = [n for n in names if start <= n.start and n.end <= passive.start()]
    if not before:
        return []
    name = before[-1]
    gap = plain[name.end : passive.start()]
    if _APPOSITION.fullmatch(gap) is None or _FINITE.search(gap):
        return []
    return [name]


_ROLE = (
    r"(?:journalists?|reporters?|editors?|correspondents?|photographers?|bloggers?|writers?|"
    r"columnists?|activists?|campaigners?|defenders?|lawyers?|unionists?|organi[sz]ers?|"
    r"leaders?|dissidents?|students?|teachers?|professors?|poets?|critics?)"
)
_ROLE_BEFORE = re.compile(rf"\b{_ROLE}\s+(?:(?:are|were|include|including)\s+)?$")
_AGE_OR_ROLE_AFTER = re.compile(
    rf"^(?:,\s*\d{{1,3}}\s*,|\s*\(\d{{1,3}}\)|,\s*(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?{_ROLE}\b)"
)
_MISTAKEN = frozenset({"ORG", "LOC", "FAC", "GPE"})


def _people(plain: str, info: SentenceInfo) -> list[Name]:
    """NER's persons of the sentence, and the names it took for organisations or places that
    the text introduces as people: after a role ("labor organizers X"), before an age ("X,
    66,") or a role ("X, a court reporter")."""
    found = []
    for name in info.names:
        if name.label in _MISTAKEN:
            before = plain[max(info.sentence.start, name.start - 30) : name.start]
            after = plain[name.end : min(info.sentence.end, name.end + 60)]
            if not (_ROLE_BEFORE.search(before) or _AGE_OR_ROLE_AFTER.match(after)):
                continue
            if " " not in name.text.strip() or not all(w[:1].isupper() for w in name.text.split()):
                continue
        elif (
            name.label != "PERSON"
            or _PLACE_NOUN_AFTER.match(plain, name.end)
            or _hometown(plain, name, info.names)
        ):
            continue
        found.append(name)
    return found


_OF_BETWEEN = re.compile(r",?\s+of\s+")


def _hometown(plain: str, name: Name, names: list[Name]) -> bool:
    """Whether the name follows a person's name and "of": a home town ("Johnny Lee Bryant
    Jr. of Hilton Head was arrested"), which NER may read as a person."""
    return any(
        other.label == "PERSON" and _OF_BETWEEN.fullmatch(plain, other.end, name.start)
        for other in names
        if other.end < name.start
    )


_PLACE_NOUNS = frozenset(
    (  # noqa: SIM905 (a word list reads best as words)
        "neighborhood neighbourhood district quarter village camp square street road avenue "
        "province valley mosque church cathedral prison jail hospital university stadium"
    ).split()
)
_PLACE_NOUN_AFTER = re.compile(rf"\s+(?:{'|'.join(sorted(_PLACE_NOUNS))})\b")
"""A name a place noun follows names the place ("the Sheikh Jarrah neighborhood", "Evin
prison"): NER reads some as people."""


def _victim_role(plain: str, start: int, end: int, trigger: Trigger) -> bool:
    """Whether the act's clause uses the name at `[start, end)` as its victim: not its
    agent ("by X", "X arrested Y"), source or an official (`parties.role`)."""
    if role(plain, start, end) != "victim":
        return False
    if end <= trigger.start and _reacts_to(plain, end, trigger.start):
        return False
    if end <= trigger.start and _accused_of(plain, start, end, trigger):
        return False
    if _suspect(plain, start, end):
        return False
    if _RELATIVE_OF.search(plain, max(0, start - 40), start) or _RELATIVE_OWNED.match(plain, end):
        return False
    if _owner(plain, start, end) and not 0 <= trigger.start - end <= OWNED_REACH:
        return False  # "X's comments worsened the plight of ...": X owns, the act is another's
    if intransitive(trigger) or not trigger.text.lower().endswith(("ed", "en")):
        return True
    if PASSIVE.search(plain[max(0, trigger.start - 30) : trigger.start]):
        return True
    if _NO_OBJECT.match(plain, trigger.end):
        return True  # "X arrested for ...", "X, all detained over ...": a reduced passive
    return not (end <= trigger.start and is_subject(plain, end, trigger.start))


_REACTION = re.compile(
    # an apposition may stand between ("X, the U.S. ambassador, condemned the killing")
    r"(?:\s*,[^,;!?“”\"]{1,80},)?"
    r"\W{0,3}\s*(?:(?:on|last|this|earlier)\s+\w+\s+|(?:yesterday|today|also)\s+)?"
    r"(?:critici[sz]ed|condemned|denounced|decried|deplored|slammed|protested|called|urged|"
    r"demanded|welcomed|questioned|investigat\w+|reported|confirmed|announced|ordered|"
    r"opined|contended|linked|blamed|defended|justified)\b"
)
_NEW_CLAUSE = re.compile(
    r"\b(?:was|were|is|are|has|have|had|been|being|who|which|after|before|when|while|because|"
    r"but|then|later)\b"
)


# What a victim's possessive names when it speaks of the act or its victim ("X's case",
# "X's plight"); other things owned ("X's comments", "X's government") are not the act's.
_POSSESSIVE = re.compile(
    r"['’]s?\s(?!(?:[\w-]+\s)?(?:case|plight|ordeal|trial|fate|whereabouts|release|treatment|"
    r"situation|conviction|sentence|extradition|death|body|family|health|bail|plea|petition|"
    r"appeal|hearing|application|custody|arrest|detention)\b)"
)


def _owner(plain: str, start: int, end: int) -> bool:
    """Whether the name at `[start, end)` is written as a possessive (NER may take the
    "'s" into the name)."""
    written = plain[start:end]
    if clean_name(written) != written.strip():
        return _POSSESSIVE.match(plain, start + len(clean_name(written))) is not None
    return _POSSESSIVE.match(plain, end) is not None


OWNED_REACH = 30
"""Characters after a possessive name within which the act is what the name owns ("X's
arrest", "X's home was raided")."""
_RELATION = (
    r"(?:attorneys?|lawyers?|mother|father|parents|wife|husband|son|daughter|children|"
    r"brother|sister|nephew|niece|cousin|uncle|aunt|widow|family|relatives?|friends?|"
    r"colleagues?|critics?|supporters?|aides?|administration|government|spokes\w+|staff)"
)
_RELATIVE_OF = re.compile(rf"\b{_RELATION}\s+of\s+(?:the\s+)?(?:late\s+)?(?:Mr|Mrs|Ms|Dr)?\.?\s*$")
_RELATIVE_OWNED = re.compile(rf"['’]s?\s+(?:[\w-]+\s+)?{_RELATION}\b")
"""A person named as someone's relation or counsel ("the attorneys of X", "X's longtime
colleague"): the act is the relation's."""


_ACCUSED = re.compile(
    r"\b(?:convicted|charged|accused|indicted|guilty)\b[^,.;:!?]{0,50}$|"
    # The crime a sentence is for ("sentenced to death in 2002 for the murder and abduction
    # of"), not the custody it imposes ("sentenced to 11 years behind bars").
    r"\b(?:sentenced|jailed|imprisoned)\b[^,.;:!?]{0,50}\bfor\s+(?:the\s+)?(?:\w+\s+){0,2}$|"
    r"\b(?:suspected|allegedly)\s+(?:of\s+)?$|"
    # A share in the act or the blame for it: "indicted ... for their role in X's
    # kidnapping", "pleaded guilty ... to playing a role in the kidnappings", "the network
    # blamed for many attacks", "others responsible for the murder", "held accountable in
    # a U.S. court for those killings".
    r"\b(?:for\s+(?:his|her|their|its)|(?:playing|played|plays|had)\s+(?:a|an)(?:\s+\w+)?)"
    r"\s+(?:alleged\s+)?(?:role|part|involvement)\s+in\b"
    r"[^,.;:!?]{0,40}$|"
    r"\b(?:responsible|blamed|accountable)(?:\s+[^\s,.;:!?]+){0,4}?\s+for\b[^,.;:!?]{0,30}$",
    re.IGNORECASE,
)


# The accusation before the name ("the charges against X were upgraded to murder", "the
# district attorney charges X with three counts of murder", "sentenced X to death for",
# "police arrested X over the killing of Y").
_ACCUSER_BEFORE = re.compile(
    r"\b(?:charges?\s+against|case\s+against|charges|charged|convicts|convicted|indicts|"
    r"indicted|accuses|accused|sentences|sentenced|arrested|arrests|detained|detains|held|"
    r"holds)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}$",
    re.IGNORECASE,
)
_ACCUSED_OF_AFTER = re.compile(
    r"(?:,\s*\d{1,3},)?"  # an age: "X, 35, in connection with"
    r"(?:\s+(?:was|were|has\s+been|have\s+been)\s+(?:\w+\s+){1,2}?to|"
    r"\s+(?:with|of|for|to|over|in\s+connection\s+with)\b)"
    r"[^,.;:!?]{0,40}$",
    re.IGNORECASE,
)


def _accused_of(plain: str, start: int, end: int, trigger: Trigger) -> bool:
    """Whether the name at `[start, end)` is accused of the act ("X was convicted of
    murdering", "X, charged with kidnapping", "the charges against X were upgraded to
    murder"): the act written as a noun or a gerund is the accusation's object, and X its
    suspected agent ("X, accused of insulting the king, was detained" keeps X: the comma
    closes the accusation)."""
    verb = trigger.text.split()[0].lower() if trigger.text.split() else ""
    if verb.endswith(("ed", "en")) or trigger.start - end > NEAR:
        return False
    if _ACCUSED.search(plain, end, trigger.start) is not None:
        return True
    return bool(
        _ACCUSER_BEFORE.search(plain, max(0, start - 30), start)
        and _ACCUSED_OF_AFTER.match(plain, end, trigger.start)
    )


_SUSPECT_ROLE = (
    r"(?:suspects?|prime\s+accused|(?:the|an?)\s+accused|convicts?|terrorists?|kidnappers?|"
    r"abductors?|killers?|murderers?|rapists?|assailants?|ringleaders?|gang\s+leaders?|"
    r"kingpins?|(?:co-)?conspirators?|sex\s+offenders?)"
)
_SUSPECT_BEFORE = re.compile(
    # "the gang leader of the kidnap syndicate, X"
    rf"\b{_SUSPECT_ROLE}(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+){{0,2}}?)?,?\s+$",
    re.IGNORECASE,
)
_SUSPECT_AFTER = re.compile(
    rf"\s*(?:\([^()]{{0,30}}\)\s*)?,\s*(?:(?:is|was)\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"{_SUSPECT_ROLE}\b",
    re.IGNORECASE,
)
_WANTED_FOR_VIOLENCE = re.compile(
    r"\s*,[^;.!?]{0,80}?\bwho\s+(?:is|was|are|were|has\s+been|had\s+been)\s+"
    r"(?:wanted|accused|suspected|charged|convicted)\b[^;.!?]{0,60}?"
    r"\b(?:kidnap|abduct|murder|kill|rap(?:e|ing)\b|lynch|tortur|stabb|shoot|behead|massacr)",
    re.IGNORECASE,
)
"""A name the text says is wanted for violence ("Tomas Zeron, a top security official
... who is wanted for tampering with evidence and torture"); an accusation of anything
else is often the persecution itself ("X, who was accused of insulting the king")."""


def _suspect(plain: str, start: int, end: int) -> bool:
    """Whether the text introduces the name as a suspect or convict of a crime ("the gang
    leader of the kidnap syndicate, X,", "convicted terrorist X", "X, the prime accused",
    "X, who is wanted for torture"): a person held or tried as the culprit of a crime is
    not the victim of the holding or of the crime."""
    return bool(
        _SUSPECT_BEFORE.search(plain, max(0, start - 60), start)
        or _SUSPECT_AFTER.match(plain, end, end + 80)
        or _WANTED_FOR_VIOLENCE.match(plain, end, end + 200)
    )


def _reacts_to(plain: str, end: int, trigger_start: int) -> bool:
    """Whether the name ending at `end` is the subject of a verb that reacts to, reports or
    orders the act ("X criticised the detention of Y", "X ordered the arrest"): the act is
    that verb's object when no new clause starts between ("X criticised ... and was
    arrested" keeps X)."""
    verb = _REACTION.match(plain, end, trigger_start)
    return verb is not None and _NEW_CLAUSE.search(plain, verb.end(), trigger_start) is None


_NO_OBJECT = re.compile(
    r"\s*(?:[.;:)—–]|(?:for|over|in|on|at|after|by|during|without|since|because|as|while|"
    r"when|last|yesterday|earlier|this|early|late)\b)",
    re.IGNORECASE,
)
"""What follows a participle with no object: the name before it is its victim."""


_LIST_GAP = re.compile(
    r"(?:[^.!?;:\"“”()]|\([^()]{0,60}\)){0,60}?(?:,|;|\band\b)(?:[^.!?:\"“”()]){0,30}"
)
_CLAUSE_WORDS = re.compile(
    r"\b(?:was|were|is|are|has|have|had|be|been|said|says|told|who|whom|which|that|by|after|"
    r"before|when|while|but|because|for|against|to)\b",
    re.IGNORECASE,
)
MAX_LIST_GAP = 60
"""Characters between two names of one list ("A, 27, journalists B and C")."""


def _near_or_listed(
    plain: str, names: list[Name], trigger: Trigger, start: int, end: int
) -> list[Name]:
    """The names of `[start, end)` near the act, and the names listed with them: a list of
    victims ("including activists A, B, C, ... and scholar Z") runs on past NEAR and past
    the clause ("A, a member; B, the secretary"), and every name in it is a victim."""
    near = [
        start <= n.start and n.end <= end and _distance(n.start, n.end, trigger) <= NEAR
        for n in names
    ]
    listed = [_in_one_list(plain[a.end : b.start]) for a, b in itertools.pairwise(names)]
    changed = True
    while changed:
        changed = False
        for i, joined in enumerate(listed):
            if joined and near[i] != near[i + 1]:
                near[i] = near[i + 1] = changed = True
    return [n for n, keep in zip(names, near, strict=True) if keep]


def _distance(start: int, end: int, trigger: Trigger) -> int:
    return min(abs(start - trigger.end), abs(trigger.start - end))


def _in_one_list(gap: str) -> bool:
    """A gap between two names of one list: separators, ages, outlets and roles, no verb."""
    return (
        len(gap) <= MAX_LIST_GAP
        and _LIST_GAP.fullmatch(gap) is not None
        and not _CLAUSE_WORDS.search(gap)
    )


_CAMEL = re.compile(r"[a-z][A-Z]")
_NOT_A_PERSON = _PLACE_NOUNS | frozenset(
    {
        "bill",
        "act",
        "law",
        "court",
        "ruling",
        "massacre",
        "tragedy",
        "college",
        "school",
        "times",
        "news",
        "guardian",
        "post",
        "tribune",
        "herald",
        "agency",
        "ministry",
        "party",
        "union",
        "council",
        "committee",
        "centre",
        "center",
        "station",
        "state",
        "county",
        "town",
        "army",
        "front",
        "brigade",
        "brigades",
        "movement",
        "group",
        "forces",
        "sabha",
        "assembly",
        "parliament",
        "senate",
        "network",
        "info",
        "taka",
    }
)
"""Last words of capitalised phrases NER takes for persons: "Xingyi Prison", "Social
Media Bill", "Tamil Guardian", "Islamic State", "Baldia Town", "Lee County District",
"Lok Sabha", "Altermidya Network", "OVD Info", "Bangladeshi Taka"."""
_NOT_A_PERSON_FIRST = frozenset(
    {"cyclone", "hurricane", "typhoon", "storm", "operation", "subsequently", "meanwhile"}
)
"""First words of such phrases: "Cyclone Nargis", "Operation Car Wash", and a sentence's
adverb NER ran into a name ("Subsequently KCR")."""


def is_person_name(text: str) -> bool:
    """NER calls some places, armed groups, hashtags, platforms, headlines and
    institutions persons; the gazetteer, the act and perpetrator lexicons and the shape
    of the name know better."""
    name = clean_name(text)
    if gazetteer().lookup(name) or perpetrators(name) or find_acts(name):
        return False  # "Alleged Killings", "Everett Massacre"
    if _CAMEL.search(name.replace("Mc", "").replace("Mac", "")):
        return False  # "ZhangJialong", "WhatsHappeningInMyanmar": hashtags
    words = name.split()
    if not words or words[0].lower() in STOP_WORDS | _NOT_A_PERSON_FIRST:
        return False  # "Although Ndayishimiye", "Around Centralia", "Cyclone Nargis"
    if words[-1].lower() in _NOT_A_PERSON:
        return False  # "Xingyi Prison"
    if any(w.lower() in STOP_WORDS and w[:1].isupper() for w in words[1:]):
        return False  # a headline in title case: "Adjourns Ruling On Twitter"
    return name[:1].isupper()


FULL_NAME_TRIES = 4
"""Mentions of a one-word name looked at for its full form."""
_HONORIFIC = re.compile(r"(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.?\s+(?=[A-Z][\w'’-]+$)")


def full_name(plain: str, name: str) -> str | None:
    """The full form of a one-word name, written elsewhere in the report ("Keita":
    "Ibrahim Boubacar Keita"); None when the report never gives one, for a single word
    alone is more often a platform, a place or a common word than a victim. A name after
    an honorific ("Mrs Ratcliffe-Lee") is the full name the report gives, if it gives one."""
    honorific = _HONORIFIC.match(name)
    if honorific is not None:
        return full_name(plain, name[honorific.end() :]) or name
    if " " in name:
        return name
    # Within one line: a name never runs across a line break ("Advertisement\n\nHathloul").
    pattern = rf"\b((?:[A-Z][\w'’-]+[^\S\n]+){{1,3}}){re.escape(name)}\b"
    # The first few mentions with capitalised words before: the first may be "Mr Keita".
    for match in itertools.islice(re.finditer(pattern, plain), FULL_NAME_TRIES):
        words = match.group(1).split()
        # The name is what follows the last word that is no part of a name ("Getty Images
        # Journalists Abdifatah": "journalists" is a word of the report).
        for at in range(len(words) - 1, -1, -1):
            word = words[at]
            if word.lower() in STOP_WORDS or _TITLE_WORDS.match(word) or common_word(word, plain):
                words = words[at + 1 :]
                break
        if words:
            return " ".join([*words, name])
    return None


def is_subject(plain: str, name_end: int, trigger_start: int) -> bool:
    between = plain[name_end:trigger_start]
    return len(between.split()) <= 3 and "," not in between and " and " not in between


_SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})\.$")
"""A full stop after two lower-case letters ends the sentence, not the name: NER keeps it
where the sentence splitter took "Jun." for an abbreviation ("charges against anchor Zhu
Jun. Public awareness ..."). "Jr.", "Mr." and an initial keep theirs."""


def clean_name(name: str) -> str:
    return _SENTENCE_STOP.sub("", re.sub(r"['’]s$", "", name).strip())


_SPEAKS = re.compile(
    r"\s+(?:\w+ly\s+)?(?:said|says|told|tells|added|adds|stated|states|wrote|writes|"
    r"explained|noted|recalled|argued|claimed|insisted|asked|believes|believed)\b"
)


def _described_victims(
    doc: Document, info: SentenceInfo, start: int, end: int, trigger: Trigger, focus: Focus
) -> list[PartyMention]:
    text = doc.plain[start:end]
    perps = perpetrators(text, start)
    described = [
        g for g in groups(text, start) if not any(p.start <= g.start < p.end for p in perps)
    ]
    # A pronoun that says something is the source, not the victim ("He said the other case
    # concerned state-sanctioned torture"); "he said he was tortured" keeps the second.
    pointers = [p for p in anaphors(text, start) if not _SPEAKS.match(doc.plain, p[1])]
    # NER misses some names it saw before: a surname of a victim in focus is that victim,
    # where the clause uses it as one ("Biden called for the release of ..." does not).
    by_surname = [
        mention
        for v in focus.victims
        for mention in itertools.islice(_as_victim(doc.plain, v.name, start, end, trigger), 1)
    ]
    if by_surname:
        return by_surname
    # A person named in full before and written here by one word of the name is who the
    # clause means, whatever its pronouns point back to ("The day Arbery was murdered was
    # not the first time he was being chased": Arbery, not the accused in focus).
    short = _short_name(doc.plain, focus, start, end, trigger)
    if short:
        return short
    if focus.victims:
        size = len(focus.victims)
        if pointers or any(group_size(g.name) == size for g in described):
            return _pointing(focus.victims, described, pointers, doc)
    victims_word = _THE_VICTIMS.search(text)
    if victims_word is not None and focus.groups:
        at = start + victims_word.start()
        group = _group_in_focus(doc, focus, at, start + victims_word.end())
        if group:
            return group
    # A pronoun where the act puts its victim ("tortured him") outranks a group anywhere
    # in the clause ("his mother told reporters that ...").
    pronoun = _pronoun_victims(doc, info, start, end, trigger, focus)
    if pronoun:
        return pronoun
    return described


def _short_name(
    plain: str, focus: Focus, start: int, end: int, trigger: Trigger
) -> list[PartyMention]:
    """A person named in full earlier and written here by one word of the name, the
    surname or the given name ("Abdifatah was arrested" after "Abdifatah Mohamed Abdi"),
    where the clause uses it as its victim: the latest such person."""
    text = plain[start:end]
    for person, _ in reversed(focus.people):
        words = person.name.split()
        for word in dict.fromkeys((words[-1], words[0])):
            if len(word) < 3 or word not in text:
                continue  # the cheap test first: most clauses name no one
            if gazetteer().lookup(word) or common_word(word, plain):
                continue
            for match in re.finditer(rf"\b{re.escape(word)}\b", plain[start:end]):
                at, stop = start + match.start(), start + match.end()
                if _IN_PHRASE_AFTER.match(plain, stop) or _IN_PHRASE_BEFORE.search(
                    plain, max(0, at - 30), at
                ):
                    continue  # "State Department", "Bosnian Serbs": part of another name
                if _victim_role(plain, at, stop, trigger) and _distance(at, stop, trigger) <= NEAR:
                    return [PartyMention(person.name, at, stop, True)]
    return []


_IN_PHRASE_AFTER = re.compile(r"[ -][A-Z]")
_IN_PHRASE_BEFORE = re.compile(r"[A-Z][\w'’-]* $")


_THE_VICTIMS = re.compile(r"\b[Tt]he victims?\b")
_OBJECT_PRONOUN = re.compile(r"\s{1,3}(?:against\s{1,3})?(him|her|them|me|us)\b", re.IGNORECASE)
_PASSIVE_PRONOUN = re.compile(r"\b(I|[Hh]e|[Ss]he|[Ww]e|[Tt]hey)\s+(?:[a-z]+\s+){0,3}?$")
_POSSESSIVE_PRONOUN = re.compile(r"\b([Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+(?:[\w-]+\s+)?$")
_OWNER_RIGHT_BEFORE = re.compile(r"\b([Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur)\s+$")
_NOUN_TARGET = re.compile(
    r"(?:\s{1,3}\([A-Z]{2,6}\))?\s{1,3}(?:on|against|upon)\s{1,3}(him|her|them|me|us)\b",
    re.IGNORECASE,
)
_PLURAL = frozenset({"they", "them", "their", "we", "us", "our"})
_DESCRIBED_BY = {
    "he": "unnamed man",
    "him": "unnamed man",
    "his": "unnamed man",
    "she": "unnamed woman",
    "her": "unnamed woman",
}
"""The short description a pronoun with no antecedent gives its victim (DESIGN: a short
description when there is no name); the others are a person or people."""


def _pronoun_victims(
    doc: Document, info: SentenceInfo, start: int, end: int, trigger: Trigger, focus: Focus
) -> list[PartyMention]:
    """A pronoun the act's clause uses as its victim: the object of the active verb
    ("have tortured him"), the subject of the passive ("I have been tortured"), the owner
    of the act's noun ("his arrest"). It refers to the victims in focus; failing those, to
    the nearest person named earlier in the paragraph who is no agent, source or official;
    failing that, it stands for an unnamed person. No name is ever made up."""
    found = _pronoun_at(doc.plain, start, end, trigger)
    if found is None:
        return []
    at, stop = found
    pronoun = doc.plain[at:stop].lower()
    if pronoun in _PLURAL - _FIRST_PERSON and not focus.victims:
        group = _group_in_focus(doc, focus, at, stop)
        if group:
            return group
    if pronoun in _FIRST_PERSON:
        # "I" and "we" are the speaker's, whom the sentence names after the quote or not
        # at all; the victims in focus are often someone else.
        speaker = _speaker(doc, focus, stop, end)
        if speaker is not None:
            return [PartyMention(speaker, at, stop, True)]
    elif focus.victims:
        return [PartyMention(v.name, at, stop, True) for v in focus.victims]
    paragraph = _paragraph_at(doc, at)
    earlier = [p for p, where in focus.people if where == paragraph and p.end <= at]
    earlier += _people_before(doc, info, at)
    if earlier and pronoun not in _FIRST_PERSON:
        return [PartyMention(earlier[-1].name, at, stop, True)]
    name = "unnamed people" if pronoun in _PLURAL else _DESCRIBED_BY.get(pronoun, "unnamed person")
    return [PartyMention(name, at, stop, False)]


def possible_victims(doc: Document, names: Iterable[Name]) -> list[tuple[str, Name]]:
    """Of `names`, those written as people the text may make victims (no agent, source or
    official), each with the full form of the name the report gives."""
    found = []
    for name in names:
        if role(doc.plain, name.start, name.end) != "victim" or not is_person_name(name.text):
            continue
        full = full_name(doc.plain, clean_name(name.text))
        if full is not None:
            found.append((full, name))
    return found


def _people_before(doc: Document, info: SentenceInfo, at: int) -> list[PartyMention]:
    """The people the sentence names before `at` who are no agent, source or official: the
    antecedent of a pronoun in the same sentence ("a photo of X after she was arrested")."""
    return [
        PartyMention(full, name.start, name.end, True)
        for full, name in possible_victims(doc, info.persons(info.sentence.start, at))
        if " " in full
    ]


_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our"})
_SPEAKER = re.compile(
    r"[”\"]\s{0,3},?\s{0,3}([A-Z][\w'’-]+(?: [A-Z][\w'’-]+){0,3}) (?:said|says|told|added)\b"
)
SPEAKER_REACH = 400
"""Characters after a first-person pronoun within which the quote's speaker is looked for."""


def _group_in_focus(doc: Document, focus: Focus, at: int, stop: int) -> list[PartyMention]:
    """The unnamed victims in focus, written here as `[at, stop)`, when they were described
    in this paragraph or the one before ("... five school girls kidnapped ... They were
    taken from their school last weekend")."""
    return [PartyMention(name, at, stop, False) for name in focus.groups_at(_paragraph_at(doc, at))]


def set_group_focus(doc: Document, info: SentenceInfo, victims: list[str], focus: Focus) -> None:
    """After an act sentence: its victims become the group in focus when it named no one
    (named victims take the focus in `refocus`)."""
    groups = [v for v in victims if not v.startswith("unnamed") and not _named(v)]
    if groups and not _names_a_victim(doc, info):
        focus.groups, focus.groups_paragraph = groups, info.sentence.paragraph
    elif victims:
        focus.groups = []


_PARTICLES = frozenset({"de", "da", "van", "von", "al", "el", "bin", "ibn"})
_PARTICLE_JOINED = re.compile(r"(?:al|el|ad|as|ash|at|az|ul|ur|ud)-[A-Z]")
"""A particle written onto the name ("Loujain al-Hathloul", "Mir Shakil-ur-Rehman")."""
_PEOPLES = frozenset(
    (  # noqa: SIM905 (a word list reads best as words)
        "muslims christians hindus sikhs jews buddhists uyghurs uighurs rohingya rohingyas "
        "kurds tamils baha'is bahais"
    ).split()
)
"""A group written with a capital ("Uyghur Muslims", "Christians") is no named victim."""


def written_as_name(victim: str) -> bool:
    """Whether a victim is written as a person's name ("Ann de Vries", "Loujain
    al-Hathloul"), not as a group, even one that starts with a capital ("US-based
    reporter", "Uyghur Muslims", "two gay men")."""
    words = [w for w in victim.split() if w.lower() not in _PARTICLES]
    return (
        bool(words)
        and all(w[:1].isupper() or _PARTICLE_JOINED.match(w) for w in words)
        and len(words) <= 5
        and words[-1].lower() not in _PEOPLES
    )


def _named(victim: str) -> bool:
    return is_person_name(victim) and written_as_name(victim)


def _names_a_victim(doc: Document, info: SentenceInfo) -> bool:
    """Whether the sentence names a person in a victim's role (who takes the focus)."""
    return any(
        n.label == "PERSON" and role(doc.plain, n.start, n.end) == "victim" for n in info.names
    )


def _speaker(doc: Document, focus: Focus, after: int, end: int) -> str | None:
    """The person a quote is attributed to right after it ("... ,” Bilen said"), by the
    full name written earlier if the report gives one."""
    stop = doc.plain.find("\n", after)
    limit = min(len(doc.plain) if stop < 0 else stop, after + SPEAKER_REACH)
    match = _SPEAKER.search(doc.plain, after, limit)
    if match is None or not is_person_name(match.group(1)):
        return None
    name = match.group(1)
    for person, _ in reversed(focus.people):
        if name in person.name.split() or name == person.name:
            return person.name
    return name if " " in name else full_name(doc.plain, name)


_COORDINATED_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b(?:\s+[\w-]+){0,4}?,?\s+"
    r"(?:and|then|and\s+then)\s+(?:\w+ly\s+)?$"
)
"""A passive whose participle is the second of two ("I have been tied to a pole and
tortured"): its subject is the first participle's."""


def _pronoun_at(plain: str, start: int, end: int, trigger: Trigger) -> tuple[int, int] | None:
    """Where the pronoun that is the act's victim stands in `[start, end)`, if one is."""
    before = plain[max(start, trigger.start - 40) : trigger.start]
    offset = trigger.start - len(before)
    passive = PASSIVE.search(before)
    if passive is None:
        wider = plain[max(start, trigger.start - 70) : trigger.start]
        passive = _COORDINATED_PASSIVE.search(wider)
        before, offset = wider, trigger.start - len(wider)
    if passive is not None:
        subject = _PASSIVE_PRONOUN.search(before, 0, passive.start())
        if subject is not None and "," not in before[subject.end() : passive.start()]:
            return offset + subject.start(1), offset + subject.end(1)
        return None
    verb = trigger.text.lower().endswith(("ed", "en"))
    if verb or trigger.label in INTRANSITIVE:
        obj = _OBJECT_PRONOUN.match(plain, trigger.end, end)
        if obj is not None:
            return obj.start(1), obj.end(1)
        if verb:
            return None
        # The owner of an intransitive act's noun is the one it befell ("their whereabouts
        # are unknown", "his disappearance"); right before it only, for "his brother went
        # missing" is the brother's.
        owner = _OWNER_RIGHT_BEFORE.search(before)
        return None if owner is None else (offset + owner.start(1), offset + owner.end(1))
    owner = _POSSESSIVE_PRONOUN.search(before)
    if owner is not None:
        return offset + owner.start(1), offset + owner.end(1)
    # The target of the act's noun: "performed female genital mutilation (FGM) on her",
    # "the attack on him", "threats against her".
    target = _NOUN_TARGET.match(plain, trigger.end, end)
    return None if target is None else (target.start(1), target.end(1))


def _paragraph_at(doc: Document, at: int) -> int:
    starts: list[int] = doc.remember(
        ("sentence_starts", ""), lambda: [info.sentence.start for info in doc.sentences]
    )
    # The last sentence starting at or before `at` (bisect: a report of thousands of
    # sentences must not cost a scan per act).
    index = bisect.bisect_right(starts, at) - 1
    if index >= 0:
        sentence = doc.sentences[index].sentence
        if sentence.start <= at < sentence.end:
            return sentence.paragraph
    return -1


def _as_victim(
    plain: str, name: str, start: int, end: int, trigger: Trigger
) -> Iterator[PartyMention]:
    """The mentions of `name`'s surname in `[start, end)` that the act's clause uses as its
    victim, near the act."""
    surname = re.escape(name.split()[-1])
    for match in re.finditer(rf"\b{surname}\b", plain[start:end]):
        at, stop = start + match.start(), start + match.end()
        if _victim_role(plain, at, stop, trigger) and _distance(at, stop, trigger) <= NEAR:
            yield PartyMention(name, at, stop, True)


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


def refocus(doc: Document, info: SentenceInfo, focus: Focus, found: set[str] | None = None) -> None:
    """Named people in an act sentence become the victims in focus (a lead that reports no
    act, such as an image caption or a meeting, puts no one there); every sentence's named
    people who are not agents, sources or officials are remembered.
    With `found`, the names the sentence's acts took as victims, only those of them: a
    person an act sentence names without making them its victim ("X criticised the
    detention") is not whom the next "he" or "they" is tortured as."""
    people = possible_victims(doc, info.persons(info.sentence.start, info.sentence.end))
    named = [
        (PartyMention(full, n.start, n.end, True), info.sentence.paragraph)
        for full, n in people
        if " " in full
    ]
    if named:
        # One entry a person, at their latest mention: reports name the same few often.
        again = {p.name for p, _ in named}
        focus.people = [(p, at) for p, at in focus.people if p.name not in again] + named
    if not info.acts:
        return
    victims = [
        PartyMention(full, n.start, n.end, True)
        for full, n in people
        if found is None or full in found
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
