"""Victims and perpetrators as written: named people, groups, and who "they" are.

A named person in an act clause is a victim unless the clause makes them its agent ("by
X", "X arrested"), its source ("X said", "according to X") or an official. Groups are noun
phrases with a head such as "journalists" or "gay men" ("two gay men"). Pronouns and
definite descriptions ("they", "the two men") refer to the victims in focus: those named
last in an act clause.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from docket.models import Party

_NUMBER = (
    r"(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"dozens of|hundreds of|thousands of|scores of|many|some|a number of|a group of|"
    r"at least \d+|more than \d+|over \d+|nearly \d+|about \d+)"
)
_GROUP_HEAD = (
    r"(?:journalists?|reporters?|activists?|defenders?|lawyers?|protesters?|demonstrators?|"
    r"students?|men|women|girls|boys|children|people|civilians|villagers|workers|"
    r"unionists?|trade unionists?|leaders?|critics?|bloggers?|photographers?|editors?|"
    r"dissidents?|farmers?|teachers?|monks?|priests?|worshippers|pupils|schoolchildren|"
    r"schoolgirls|schoolboys|residents|opposition (?:members|figures|politicians)|"
    r"members of [A-Z][\w-]*(?: [A-Z][\w-]*)*|environmentalists?|campaigners?|"
    r"human rights defenders?|rights defenders?|Uyghurs|Uighurs|Muslims|Christians|"
    r"refugees|migrants|detainees|prisoners|doctors|nurses|medics|youths|clerics|"
    r"community leaders?|indigenous (?:leaders?|people)|landowners|fishermen|miners)"
)
_NOT_MODIFIER = (
    r"(?!(?:of|and|or|the|in|on|by|for|with|from|to|at|as|that|who|were|was|are|is|"
    r"\w+ings?|\w+ions?|arrests?|attacks?|detentions?|"
    # An act's verb or an adverb is no part of its object's name ("to intimidate, kidnap
    # and torture human rights defenders", "police violently beat people"); a participle
    # is an adjective ("two detained activists").
    r"(?:torture|kidnap|abduct|detain|beat|kill|harass|intimidate|threaten|target|jail|"
    r"imprison|deport)s?|(?!elderly)\w+ly)\b)"
)
_GROUP = re.compile(
    rf"\b(?:{_NUMBER}\s+)?(?:{_NOT_MODIFIER}(?:[A-Za-z][\w-]+)\s+){{0,2}}?{_GROUP_HEAD}\b",
)
_COUNT_INSIDE = re.compile(
    r"\s((?i:at least|more than|nearly|about|over)\s+\d[\d,]*|\d[\d,]*|"
    r"(?i:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))\s"
)
_NUMBERED_GROUP = re.compile(rf"^{_NUMBER}\s", re.IGNORECASE)
_ANAPHOR = re.compile(
    r"\b(?:they|them|he|him|she|her|the (?:two|three|four|pair)\b(?! \w+ (?:of|from))|"
    r"the (?:two|three|four|both)? ?(?:men|women|activists|"
    r"journalists|brothers|couple|pair)|both men|both women|the (?:man|woman|activist|"
    r"journalist|lawyer|reporter|blogger|defender))\b",
    re.IGNORECASE,
)
_STOP_FIRST = frozenset(
    (  # noqa: SIM905 (a word list reads best as words)
        "the a an his her their its our this that these those who which and or of in for with "
        "by to on at from as after before about against"
    ).split()
)

# Heads of perpetrator phrases and the OHCHR SDG 16.10.1 type each usually has.
PERPETRATOR_HEADS: dict[str, str] = {
    "police": "state actor",
    "policemen": "state actor",
    "policeman": "state actor",
    "ex-policeman": "state actor",
    "police officers": "state actor",
    "officers": "state actor",
    "security forces": "state actor",
    "security services": "state actor",
    "soldiers": "state actor",
    "army": "state actor",
    "military": "state actor",
    "troops": "state actor",
    "junta": "state actor",
    "authorities": "state actor",
    "government": "state actor",
    "regime": "state actor",
    "FSB": "state actor",
    "KGB": "state actor",
    "agents": "state actor",
    "intelligence": "state actor",
    "gendarmes": "state actor",
    "border guards": "state actor",
    "guards": "state actor",
    "prosecutors": "state actor",
    "special forces": "state actor",
    "riot police": "state actor",
    "national guard": "state actor",
    "law enforcement": "state actor",
    "investigators": "state actor",
    "Tatmadaw": "state actor",
    "officials": "state actor",
    # OHCHR's "other state actors": the state below the national government.
    "state government": "other state actors",
    "state governments": "other state actors",
    "provincial government": "other state actors",
    "provincial authorities": "other state actors",
    "regional government": "other state actors",
    "regional authorities": "other state actors",
    "local government": "other state actors",
    "local authorities": "other state actors",
    "local officials": "other state actors",
    "municipal authorities": "other state actors",
    "mayor": "other state actors",
    "governor": "other state actors",
    "chief minister": "other state actors",
    "Chief Minister": "other state actors",
    "paramilitaries": "other actors with permissions",
    "paramilitary": "other actors with permissions",
    "militia": "other actors with permissions",
    "militias": "other actors with permissions",
    "vigilantes": "other actors with permissions",
    "death squads": "other actors with permissions",
    "gunmen": "other actors without permissions",
    "gunman": "other actors without permissions",
    "armed men": "other actors without permissions",
    "pirates": "other actors without permissions",
    "robbers": "other actors without permissions",
    "thugs": "other actors without permissions",
    "hitmen": "other actors without permissions",
    "traffickers": "other actors without permissions",
    "abductors": "other actors without permissions",
    "bandits": "other actors without permissions",
    "kidnappers": "other actors without permissions",
    "militants": "other actors without permissions",
    "insurgents": "other actors without permissions",
    "rebels": "other actors without permissions",
    "terrorists": "other actors without permissions",
    "Boko Haram": "other actors without permissions",
    "Taliban": "other actors without permissions",
    "Islamic State": "other actors without permissions",
    "ISIS": "other actors without permissions",
    "al-Shabaab": "other actors without permissions",
    "armed group": "other actors without permissions",
    "armed groups": "other actors without permissions",
    "gang": "other actors without permissions",
    "gangs": "other actors without permissions",
    "attackers": "other actors without permissions",
    "assailants": "other actors without permissions",
    "unknown men": "other actors without permissions",
    "jihadists": "other actors without permissions",
    "criminals": "other actors without permissions",
    "cartel": "other actors without permissions",
    "relatives": "other non-state actors",
    "family": "other non-state actors",
    "mob": "other non-state actors",
    "employer": "other non-state actors",
    "employers": "other non-state actors",
    "company": "other non-state actors",
    "businessmen": "other non-state actors",
    "husband": "other non-state actors",
    "crowd": "other non-state actors",
    "villagers": "other non-state actors",
}
_PERP_MODIFIER = (
    r"(?:[A-Z][\w'’-]*|special|riot|secret|security|local|state|federal|armed|unidentified|"
    r"unknown|masked|plainclothes|plain-clothes|military|traffic|border|prison|their|his|her|"
    r"suspected|alleged|heavily|pro-government|government|police|intelligence|familial)"
)


def _either_case(head: str) -> str:
    """ "police" also as "Police" at the start of a sentence."""
    first = head[0]
    return (
        f"[{first.lower()}{first.upper()}]{re.escape(head[1:])}"
        if first.isalpha()
        else re.escape(head)
    )


def _heads_pattern(heads: list[str]) -> str:
    """The heads as one alternation, longest first, grouped by their first letter in either
    case ("[pP](?:olice officers|olice|...)"): a word of the text is tried against the heads
    that start like it, in the same order as against all of them."""
    by_first: dict[str, list[str]] = {}
    for head in heads:
        by_first.setdefault(head[0].lower() if head[0].isalpha() else head[0], []).append(head)
    alternatives = []
    for first, group in by_first.items():
        if first.isalpha():
            rests = "|".join(re.escape(h[1:]) for h in group)
            alternatives.append(f"[{first}{first.upper()}](?:{rests})")
        else:
            alternatives.extend(_either_case(h) for h in group)
    return "|".join(alternatives)


_PERP_HEADS = _heads_pattern(sorted(PERPETRATOR_HEADS, key=len, reverse=True))
_PERPETRATOR = re.compile(rf"\b(?:(?:{_PERP_MODIFIER})\s+){{0,3}}(?:{_PERP_HEADS})\b")
_TITLES = re.compile(
    # Lower-case "president" and "minister" stay out: "union president X", "former minister X".
    r"(?:President|Minister|Governor|governor|Mayor|mayor|Senator|Congressman|Congresswoman|"
    r"Spokesman|spokesman|"
    r"spokeswoman|spokesperson|Secretary|Chief|Judge|judge|Commissioner|Prime|Chairman|chairman|director|Director|"
    r"Ambassador|General|Gen\.|Colonel|Col\.|Inspector|Police|Sheriff|Prosecutor|prosecutor|"
    # Abbreviated titles ("Gov. X", "Sen. X") and heads of services ("police chief X").
    r"Gov\.|Sen\.|Rep\.|Lt\.|Sgt\.|Capt\.|Maj\.|Supt\.|chief|"
    # Rulers ("Crown Prince Mohammed bin Salman", "Supreme Leader Ali Khamenei",
    # "ex-dictator Saddam Hussein").
    r"Prince|King|Queen|Emir|Sultan|Supreme\s+Leader|Chancellor|Premier|dictator|ruler|"
    r"strongman)"
    # A title's domain ("Secretary of State John Kerry"); a title before a semicolon is the
    # previous person's ("A, the party secretary; B").
    # NER may start the name at the domain ("Secretary of" + "State John Kerry").
    r"(?:\s+(?:of|for)\s+(?:the\s+)?(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}+)?)?\.?,?\s*$"
)
_SPEECH_AFTER = re.compile(
    r"^\W{0,3}\s*(?:,\s*[^,]{0,60},\s*)?(?:said|says|told|added|stated|wrote|claimed|noted|"
    r"explained|tweeted|posted|alleged|insisted|argued|confirmed|denied|reported|"
    r"as saying|as telling)\b"
)
# Lawyers, directors and leaders are often victims themselves: only words that introduce
# a speaker make a name a source.
_SPEECH_BEFORE = re.compile(
    # "according to lawyer X", "according to the family's lawyer X"
    r"(?:(?i:according\s+to)(?:\s+[a-z][\w'’-]*){0,3}|(?i:said|told|quoted|quoting|"
    r"spokesperson|spokesman|spokeswoman))\s*$"
)
# The speaker named after the verb that closes a quote: "..., said Twitter user X".
_SPEAKER_BEFORE = re.compile(
    r"[,”\"]\s*(?:said|says|told|added|wrote|tweeted)\s+(?:[\w'’-]+\s+){0,3}$"
)
_AGENT_BEFORE = re.compile(r"\bby\s*$", re.IGNORECASE)
# A name that an outlet's kind introduces, in lower case, is the outlet, which NER may call
# a person: "the newspaper Novaya Gazeta has published videos of the torture ..." (not
# "editor of Santiago Magazine Hermínio Silves", where the kind ends the outlet's name).
_OUTLET_BEFORE = re.compile(
    r"\b(?:newspaper|magazine|daily|weekly|tabloid|broadcaster|outlet|website|news\s+agency|"
    r"news\s+site|news\s+portal|publication|channel)\s+$"
)


@dataclass(frozen=True, slots=True)
class PartyMention:
    """A victim or perpetrator as written at `[start, end)` of the body."""

    name: str
    start: int
    end: int
    named: bool
    type: str | None = None

    def party(self) -> Party:
        return Party(name=self.name, type=self.type)


def role(text: str, start: int, end: int) -> str:
    """How a clause uses the name at `[start, end)` of `text`: victim, agent, source,
    official, or criticised (whom a victim spoke against)."""
    before, after = text[max(0, start - 40) : start], text[end : end + 80]
    if _AGENT_BEFORE.search(before):
        return "agent"
    if _CRITICISED_BEFORE.search(before):
        return "criticised"
    speaker = _SPEECH_BEFORE.search(before) or _SPEAKER_BEFORE.search(before)
    if speaker or _SPEECH_AFTER.match(after) or _OUTLET_BEFORE.search(before):
        return "source"
    if (
        _TITLES.search(before)
        or _HEAD_OF_STATE_AFTER.match(after)
        or _IN_POWER_AFTER.match(after)
        or _REGIME_AFTER.match(after)
    ):
        return "official"
    return "victim"


# A sitting head of state or government in apposition after the name: "Paul Kagame
# (right), President of Rwanda", "Alexander Lukashenko, Belarus's authoritarian leader".
# "Former" and "opposition" leaders stay possible victims.
_HEAD_OF_STATE_AFTER = re.compile(
    r"^\s*(?:\([^()]{0,20}\)\s*)?,\s*(?:the\s+)?(?:(?!former|ex-|opposition)[\w'’-]+\s+){0,3}?"
    r"(?:(?:President|Prime\s+Minister|King|Queen|Emperor|Chancellor|Premier|president|"
    r"prime\s+minister|king|chancellor|premier)\s+of\s+[A-Z]|(?:[A-Z][\w-]*['’]s?\s+|the\s+country['’]s\s+)"
    r"(?:[\w-]+\s+){0,2}?(?:president|ruler|strongman|dictator|king)\b|(?:[A-Z][\w-]*['’]s?\s+|"
    r"the\s+country['’]s\s+)(?:authoritarian|autocratic|longtime|long-time|supreme|military)"
    r"\s+leader\b)"
)


_RULER_BEFORE = re.compile(
    r"(?<!former )(?<!Former )(?<!ex-)(?<!deposed )(?<!ousted )(?<!late )"
    r"\b(?:President|Prime\s+Minister|King|Queen|Prince|Emir|Sultan|Supreme\s+Leader|"
    r"Chancellor|Premier|Governor|Gov\.|dictator|ruler|strongman|"
    # "the dictatorship of Daniel Ortega"
    r"(?:regime|dictatorship|government|administration|junta)\s+of)\s+$"
)


_TITLED_RULER = re.compile(
    _RULER_BEFORE.pattern.removesuffix(r"\s+$")
    + r"\s+(?P<name>[A-Z][\w'’-]+(?:\s+(?:al-|bin\s+|de\s+)?[A-Z][\w'’-]+){0,3})"
)


_ORGANISATION_WORDS = frozenset(
    (  # noqa: SIM905 (a word list reads best as words)
        "union unions party association federation council club society league congress "
        "students workers bar chamber committee board company corporation network "
        "foundation institute academy university college school church"
    ).split()
)
_COUNTRY_ACRONYMS = frozenset({"US", "UK", "USA", "UAE", "DRC", "PRC"})


def _of_an_organisation(text: str, title_start: int) -> bool:
    """Whether the word before a title names an organisation ("ZCTU President X", "union
    president"): its president is no ruler. A country's acronym is a country ("US
    President X")."""
    words = text[max(0, title_start - 30) : title_start].split()
    if not words:
        return False
    word = words[-1].rstrip("'’s").rstrip("'’")
    if word.lower() in _ORGANISATION_WORDS:
        return True
    return len(word) >= 2 and word.isupper() and word.isalpha() and word not in _COUNTRY_ACRONYMS


def titled_rulers(text: str) -> set[str]:
    """The names the text writes after a sitting ruler's title ("President Alexander
    Lukashenko", "the dictatorship of Daniel Ortega"), found without NER, which reads only
    some sentences."""
    return {
        m["name"] for m in _TITLED_RULER.finditer(text) if not _of_an_organisation(text, m.start())
    }


def governs(text: str, start: int, end: int) -> bool:
    """Whether the text calls the person named at `[start, end)` a sitting ruler or head
    of government ("President Alexander Lukashenko", "Lukashenko, Belarus's authoritarian
    leader", "the Lukashenka regime", "since X came to power"); a former, deposed or late
    one may be a victim."""
    before, after = text[max(0, start - 40) : start], text[end : end + 80]
    titled = _RULER_BEFORE.search(before)
    if titled is not None and _of_an_organisation(text, start - len(before) + titled.start()):
        titled = None
    return bool(
        titled
        or _HEAD_OF_STATE_AFTER.match(after)
        or _IN_POWER_AFTER.match(after)
        or _REGIME_AFTER.match(after)
    )


# The one a victim spoke against is no victim of what followed: "was arrested for
# criticising Mr. Ayade", "jailed over insulting X", "a critic of X", "who criticised X".
# ("Police insulted X" makes X a victim: only the speech a victim is punished for counts.)
_CRITICISED_BEFORE = re.compile(
    r"(?:\b(?:for|over|after|of)\s+(?:\w+ly\s+)?(?:critici[sz]|insult|defam|mock|lampoon|"
    r"satiri[sz])ing|\bcritici[sz]ed|\bcritic(?:s|al)?\s+of|\bcriticism\s+of)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?$",
    re.IGNORECASE,
)


# A name that names a government is its head's: "the Lukashenka regime's approach", "the
# Obama administration", "the Modi government".
_REGIME_AFTER = re.compile(
    r"^(?:['’]s)?\s+(?:regime|government|administration|junta|dictatorship)\b"
)


# One who takes office or power governs ("since X was sworn in as president", "ever since
# X came to power"): an official, whatever the sentence reports.
_IN_POWER_AFTER = re.compile(
    r"^\s+(?:was\s+|were\s+|had\s+been\s+|has\s+been\s+)?(?:sworn\s+in|inaugurated|"
    r"came\s+to\s+power|took\s+(?:office|power)|seized\s+power|assumed\s+(?:office|power))\b"
)


def groups(text: str, offset: int = 0) -> list[PartyMention]:
    """Victim groups written as noun phrases ("two gay men", "317 girls", "journalists")."""
    found = []
    for match in _GROUP.finditer(text):
        words = match.group().split()
        numbered = _NUMBERED_GROUP.match(match.group()) is not None
        counted = None if numbered else _COUNT_INSIDE.search(match.group())
        if counted is not None:
            # "arrested two protesters": a count starts the phrase; nothing before it modifies.
            words = match.group()[counted.start(1) :].split()
        while words and words[0].lower() in _STOP_FIRST and not (numbered or counted):
            words = words[1:]
        if not words:
            continue
        phrase = " ".join(words)
        start = offset + match.end() - len(phrase)
        if text[match.end() - len(phrase) - offset + offset : match.end()] != phrase:
            continue  # whitespace other than single spaces: skip rather than misplace
        found.append(PartyMention(phrase, start, offset + match.end(), named=False))
    return found


def anaphors(text: str, offset: int = 0) -> list[tuple[int, int, str]]:
    """Pronouns and definite descriptions that may refer to victims in focus."""
    return [(offset + m.start(), offset + m.end(), m.group()) for m in _ANAPHOR.finditer(text)]


_POSSESSIVE = re.compile(r"['’]s\b")


def perpetrators(text: str, offset: int = 0) -> list[PartyMention]:
    """Perpetrator phrases with their usual type ("Chechen special police": state actor)."""
    found = []
    for match in _PERPETRATOR.finditer(text):
        phrase = _strip_determiners(match.group())
        head = _head(phrase)
        if head is None or _POSSESSIVE.match(text, match.end()):
            continue  # "the governor's office", "police's spokesman": another noun's owner
        start = offset + match.end() - len(phrase)
        found.append(
            PartyMention(phrase, start, offset + match.end(), False, PERPETRATOR_HEADS[head])
        )
    return found


def _strip_determiners(phrase: str) -> str:
    words = phrase.split(" ")
    while len(words) > 1 and words[0].lower() in _STOP_FIRST | {"their", "his", "her"}:
        words = words[1:]
    return " ".join(words)


def _head(phrase: str) -> str | None:
    for head in sorted(PERPETRATOR_HEADS, key=len, reverse=True):
        if phrase.lower().endswith(head.lower()):
            return head
    return None


def group_size(description: str) -> int | None:
    """The number a description gives ("two gay men": 2), or None."""
    words = {"two": 2, "three": 3, "four": 4, "five": 5, "both": 2, "pair": 2, "couple": 2}
    for word in re.findall(r"\w+", description.lower()):
        if word in words:
            return words[word]
        if word.isdigit():
            return int(word)
    return None


_PRIVATE_PERSON = (
    r"(?:man|woman|men|women|teen(?:ager)?s?|couple|executives?|CEO|boss|businessm[ae]n|"
    r"businesswom[ae]n|firm|company|employers?|husband|wife|father|mother|stepfather|"
    r"neighbou?rs?|landlord|pastor|priest|teacher|doctor|suspects?)"
)
_PROCEEDING_VERB = (
    r"(?:charged|convicted|jailed|sentenced|arrested|held|indicted|arraigned|accused|"
    r"found guilty|pleads? guilty|admits?|nabbed)"
)
_VIOLENCE = (
    r"(?:kidnap\w*|abduct\w*|murder\w*|kill\w*|slay\w*|threat\w*|beat\w*|assault\w*|rap(?:e|ing)|"
    r"lynch\w*|tortur\w*|attack\w*|harass\w*|suicides|deaths?|stabb\w*|shoot\w*)"
)
_ACCUSED_HEADLINE = re.compile(
    rf"^(?:[\w'’.-]+\s+){{0,4}}?(?P<head>{_PRIVATE_PERSON})\b,?(?:\s+\d+,)?\s+"
    rf"(?:(?:is|was|were|has been|have been|are|being|to be)\s+)?{_PROCEEDING_VERB}\b"
    rf"[^.?!]{{0,60}}?\b{_VIOLENCE}\b",
    re.IGNORECASE,
)


# The same report in the active voice: "Court jails man for beating his workers", "Bosnia
# detains ex-policeman over wartime killing". Present-tense verbs only: a past form
# ("jailed") is the passive headline above.
_ACTIVE_ACCUSED_HEADLINE = re.compile(
    r"^(?:[\w'’.:-]+\s+){1,4}?(?:jail|convict|sentence|arrest|charge|detain|nab|hold|indict|"
    r"arraign|extradite)s?\s+(?P<accused>(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+)"
    rf"\s+(?:for|over|in)\s+(?:[\w'’-]+\s+){{0,2}}?{_VIOLENCE}\b",
    re.IGNORECASE,
)
# Whom a proceeding for a violent crime targets as a defender, not an accused: "Police
# arrest journalist over report on killings".
_DEFENDER = re.compile(
    r"\b(?:journalists?|reporters?|activists?|defenders?|lawyers?|protesters?|"
    r"demonstrators?|bloggers?|editors?|unionists?|critics?|dissidents?)\b",
    re.IGNORECASE,
)


def accused_type(headline: str) -> str | None:
    """The perpetrator type of a headline's accused ("Connecticut man charged with
    threatening lawyers": other non-state actors), else None."""
    headline = headline.strip()
    match = _ACCUSED_HEADLINE.match(headline)
    if match is not None:
        if perpetrators(headline[: match.end("head")]):
            return None  # "Police officer charged with ...": the phrase's own type stands
        return "other non-state actors"
    active = _ACTIVE_ACCUSED_HEADLINE.match(headline)
    if active is None or _DEFENDER.search(active.group("accused")):
        return None
    # A state agent tried for a crime ("ex-policeman") stays a state actor; anyone else
    # a court or the police pursue for violence is a private perpetrator.
    own = [p.type for p in perpetrators(active.group("accused")) if p.type == "state actor"]
    return own[0] if own else "other non-state actors"
