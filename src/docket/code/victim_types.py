"""Victim types: whether a named person is a journalist, a trade unionist, a human rights
defender or none of those (DESIGN.md's victim types, as HRDsAttack labels them), from the
words the report attaches to them: roles next to the name ("journalist Zhang Jialong"),
lists of people with a role, the outlet or union they work for, a rights group's post,
the lead's description of its subject. A role held towards someone else ("his lawyer") or
a source's affiliation ("X, according to WEWS-TV") is not theirs.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter
from collections.abc import Iterable

# A political or party activist works for a party's cause, not for others' rights: "X
# became a political activist", "X, a political activist and FDU-Inkingi member".
_NOT_PARTY = r"(?<![Pp]olitical )(?<![Pp]arty )"

VICTIM_TYPE_CUES: dict[str, re.Pattern[str]] = {
    "journalist": re.compile(
        r"\b(?:journalists?|reporters?|editors?|bloggers?|photo-?journalists?|photographers?|"
        r"correspondents?|broadcasters?|columnists?|newspaper (?:editor|owner|publisher)|"
        r"media workers?|cameram[ae]n|newsroom|publishers?|writers?|anchors?|presenters?|"
        r"news ?(?:paper|agency|site|outlet)s?|magazines?|television|TV|freelancers?|"
        r"satirists?|cartoonists?|poets?|novelists?|journalism|journalistic)\b",
        re.IGNORECASE,
    ),
    "trade unionist": re.compile(
        r"\b(?:trade unions?|unionists?|union (?:leaders?|members?|officials?|activists?)|"
        r"labou?r (?:leaders?|activists?|unions?|organi[sz]ers?)|teachers'? union|"
        r"workers'? union|labou?r rights (?:activists?|defenders?)|"
        r"(?:union|syndicate) of (?:[\w-]+ ){0,4}workers)\b",
        re.IGNORECASE,
    ),
    "human rights defender": re.compile(
        rf"\b(?:{_NOT_PARTY}activists?|rights defenders?|(?:co-)?organi[sz]ers?|defenders?|"
        r"lawyers?|campaigners?|"
        r"human rights(?! Watch| Council| Commission| Committee| Office| Foundation)|"
        r"dissidents?|environmentalists?|advocates?|NGO|opposition|pro-democracy|whistle-?blowers?|"
        r"land rights|indigenous leaders?|community leaders?)\b",
        re.IGNORECASE,
    ),
}


def victim_type(context: str) -> str:
    """The victim type the words of `context` suggest, the first cue first; `other` if none."""
    best, best_at = "other", len(context) + 1
    for label, cue in VICTIM_TYPE_CUES.items():
        match = cue.search(context)
        if match and match.start() < best_at:
            best, best_at = label, match.start()
    return best


TYPE_WINDOW = 60
MAX_MENTIONS = 8
"""Mentions of a name looked at for its type: the first few say who someone is."""
GENERAL_TYPE_WINDOW = 20
"""Characters within which an activist cue must stand to make a person a defender."""
_GENERAL_TYPE = "human rights defender"
_RIGHTS_GROUP = "rights group"
"""A post in a human-rights group: a defender's cue as specific as a journalist's."""
LIST_REACH = 300
"""Characters a cue may stand from a name when only a list of names lies between."""

# What may stand between a cue and a name in the same list of people: other names (with
# initials, ages and a parenthesis each), commas, "and", dashes ("journalists A, 27, and
# B"; "A (Sirasa TV), B and C, all reporters"). A full stop ends the list unless it closes
# an initial.
_NAME_LIST_GAP = re.compile(
    r"(?:\s|,|;|--|[—–-]|\band\b|\ball\b|\bboth\b|\d+|\([^()]{0,60}\)|"
    r"\b[A-Z]\.|\b(?:al|el|bin|de|da|van|von|of|the)\b|[A-Z][\w'’-]*)*+"
)  # possessive: overlapping pieces ("B1234", "----") must not backtrack exponentially
# Roles that are none of the victim types: nearer than a journalist or union cue, they say
# the cue is someone else's ("journalists A and B and aid workers C and D").
_UNTYPED_ROLES = re.compile(
    r"\b(?:drivers?|historians?|scholars?|clerics?|pastors?|priests?|fisherm[ae]n|aid workers?)\b",
    re.IGNORECASE,
)
# A role at a news outlet: "Apple Daily owner X", "X, who publishes the Star", "founded by X".
_OUTLET_ROLE = re.compile(
    r"\b(?:[A-Z][\w'’-]+ (?:Daily|Times|Post|Gazette|Tribune|Herald|Journal|Weekly|Magazine|"
    r"News|Radio|TV)(?: (?:owner|founder|staff|executive|director|chief))?|who publishes|"
    r"(?:newspaper|outlet|channel|station|magazine|paper)[\w ]{0,30}? (?:founded|owned|run) by)\b"
)
# A role the name's owner holds towards someone: "his lawyer", "Siddiqui's lawyer", "the
# family's legal aid lawyer" say who the person's lawyer is, not what the person is.
# "Defence" and "prosecution" own only the role right after them ("defence lawyer X");
# "the prosecution of respected journalist X" describes X.
_POSSESSED = re.compile(r"(?:['’]s?|\b(?:his|her|their|its))\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "For their work as journalists" names the job of the people the sentence is about,
# however far from their names it stands in the sentence.
_WORK_AS = re.compile(
    r"\b(?:his|her|their)\s+(?:work|job|jobs|activities|activism|reporting)\s+as\s+(?:an?\s+)?$",
    re.IGNORECASE,
)
# "Retaliation for his peaceful journalistic work", "her human rights work": the work of
# the person the sentence is about.
_OWN_WORK = re.compile(r"\b(?:his|her|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_WORK = re.compile(r"\s+(?:work|activities|activism|career|reporting)\b", re.IGNORECASE)
_SENTENCE_BREAK = re.compile(r"[.!?][”\"’]?\s+[A-Z“\"]|\n")
# A role the name's subject is said to have, however long the relative clause between:
# "X is a journalist", "Lai, who was smuggled into ..., has been one of the most prominent
# democracy activists". The role's modifiers are words, not a phrase that makes the role
# someone else's ("X was the target of journalists").
_PREDICATE = re.compile(
    r"(?:\s*,\s*who\b[^.;:!?()\n]{0,160}?,)?\s+"
    r"(?:is|was|has\s+been|had\s+been|became|becomes|remains|remained)\s+(?:also\s+|long\s+)?"
    r"(?:(?:one|among)\s+(?:of\s+)?)?(?:the\s+|an?\s+)?"
    r"(?:(?!(?:of|for|by|with|to|in|on|at|from|and|or|who|that|which|his|her|their|its)\b)"
    r"[\w'’-]+\s+){0,4}",
    re.IGNORECASE,
)
_PARTY_COUNSEL = re.compile(r"\b(?:defen[cs]e|prosecution)\s+$", re.IGNORECASE)
_FELLOW = re.compile(r"\b(?:fellow|colleagues?)\s+(?:[\w-]+\s+){0,1}$", re.IGNORECASE)
# A cue across a speech verb belongs to the source: "X, according to WEWS-TV", "the
# Post reported that X".
_ATTRIBUTION = re.compile(
    r"\b(?:according to|told|reported|reports|quoted|quoting|cited|said|says)\b", re.IGNORECASE
)
# A cue after the name that a capitalised word follows introduces that other person.
_NAME_NEXT = re.compile(r" [A-Z][a-z]")
# A singular role in apposition ("B, a journalist"; "B (Bek), 27, the editor of") describes
# the name right before it: not a name before B ("A was held with B, a journalist"), nor
# one after it ("B, a journalist; A, a cleric"). A date before the comma hosts nothing.
_APPOSED_TO = re.compile(
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Meanwhile|However|"
    r"Today|Yesterday)\b)(?P<host>[A-Z][\w'’.-]*)(?:\s*\([^()]{0,40}\))?(?:,\s*\d{1,3})?,\s+(?:a|an|the)\s+"
    r"(?:[\w'’-]+\s+){0,3}$"
)
# Words for an outlet, not a person. An outlet is a thing: it describes the person it
# follows ("X of the Star newspaper", "X (Sirasa TV)"), never the one after it, which a role
# noun would head ("editor X"); the capitalised word after one is the outlet's name ("the
# newspaper Thinakkural"), not another person.
_OUTLET = re.compile(r"(?:paper|agency|site|outlet|magazine|television|TV|newsroom)s?$", re.I)


_RIGHT_BEFORE = re.compile(r",?\s")
# A role's complement that a dash or colon closes, before the list of names it heads:
# "journalists for Poland-based television channel Belsat -- A, 27, and B".
_ROLE_COMPLEMENT = re.compile(
    r"\s+(?:for|of|at|from|with)\s+(?:[^.;:!?—–()\n-]|-(?!-)){1,60}?\s*(?:--|[—–:])"
)


# A list of names whose members are related to each other: "A and her husband B, and
# their colleagues C". A plural role before it covers every name.
_RELATED_LIST_GAP = re.compile(
    r"(?:\s|,|\band\b|\b(?:his|her|their)\s+(?:husband|wife|colleagues?|brothers?|sisters?|"
    r"sons?|daughters?|friends?)\b|\b[A-Z]\.|\b(?:al|el|bin|de|da|van|von)\b|[A-Z][\w'’-]*)*+"
)


# What introduces the list of names a plural role heads: "activists, including A and B",
# "nine workers who were identified as A, B, C", "journalists, namely A and B".
_LIST_INTRO = re.compile(
    r"\s*,?\s*(?:(?:who|that)\s+(?:were|are|have\s+been|had\s+been)\s+)?"
    r"(?:(?:identified|named|listed)\s+as|including|namely|among\s+them)\b"
)


def _introduced_list(gap: str) -> bool:
    intro = _LIST_INTRO.match(gap)
    return intro is not None and _NAME_LIST_GAP.fullmatch(gap, intro.end()) is not None


def _headed_by_complement(gap: str) -> bool:
    complement = _ROLE_COMPLEMENT.match(gap)
    return complement is not None and _NAME_LIST_GAP.fullmatch(gap, complement.end()) is not None


def _introduces_someone(text: str, at: int, end: int) -> bool:
    """Whether the role at `[at, end)` stands right before a person's name."""
    return _NAME_NEXT.match(text, end) is not None and not _OUTLET.search(text, at, end)


_LIST_COLON = re.compile(r"\s*:")
"""A cue that heads a list of items set off by semicolons: "journalists: A; B; C"."""
_ROLE_FOR = re.compile(r"\s+(?:for|of|representing)\s+$")
"""The gap of "a lawyer for X", "the lawyer of X": a role towards X, not X's."""


def person_type(text: str, name: str) -> str:
    """The victim type of a named person from the cues near any mention of the name or
    surname in its paragraph ("journalist Zhang Jialong ... Zhang was arrested"): the
    nearest journalist or trade union cue, else an activist cue attached to the name.

    A cue separated from the name only by other names counts as adjacent (lists of
    people); a role held towards someone else ("his lawyer", "lawyer for X") or a source
    ("X, according to WEWS-TV") does not count. Activist words are common around people
    who are not activists (their lawyers, the protest they covered) and often come with a
    more specific role ("blogger and activist X"), so they count only close by and only
    when no journalist or trade union cue is near."""
    nearest = _nearest_cues(text, name)
    specific = [(distance, label) for label, distance in nearest.items() if label != _GENERAL_TYPE]
    if specific and min(specific)[0] <= TYPE_WINDOW and min(specific)[1] != "other":
        label = min(specific)[1]
        return _GENERAL_TYPE if label == _RIGHTS_GROUP else label
    if nearest.get(_GENERAL_TYPE, TYPE_WINDOW + 1) <= GENERAL_TYPE_WINDOW:
        return _GENERAL_TYPE
    return _lead_role(text, name) or "other"


LEAD_REACH = 800
"""Characters from the start of a report within which its lead and the sentence naming the
lead's subject stand."""
# A news lead often describes its subject before naming them ("the detention of a Chinese
# journalist working for ...", then "Fan Haze, a Chinese citizen, was taken ..."): the
# delayed identification. The role is the lead's own, unnamed: no name follows it ("a
# journalist Ann Lee") or stands before it in apposition ("Ann Lee, a journalist").
_INDEFINITE_ROLE = re.compile(
    r"(?<![\w'’)], )\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w'’-]+\s+){0,3}?(?P<role>journalist|"
    rf"reporter|editor|blogger|photographer|correspondent|columnist|{_NOT_PARTY}activist|lawyer|"
    r"campaigner|dissident|defender|unionist|union leader)\b(?!s)(?!\s+[A-Z])"
)
_SENTENCE_END = re.compile(r"(?:[.!?][”\"’]?\s+|\n\s*)$")


def _lead_role(text: str, name: str) -> str | None:
    """The type of the one unnamed role in the sentence right before the first mention of
    `name`, when that mention starts the next sentence of the report's lead."""
    at = text.find(name)
    if at <= 0 or at > LEAD_REACH or not _SENTENCE_END.search(text, 0, at):
        return None
    before = text[:at].rstrip()
    start = max(before.rfind(". "), before.rfind("? "), before.rfind("! "), before.rfind("\n")) + 1
    roles = {victim_type(m.group("role")) for m in _INDEFINITE_ROLE.finditer(before, start)}
    return roles.pop() if len(roles) == 1 else None


# A headline's one role noun in the singular ("Jailed Saudi activist ...", "... for killing
# journalist in 2016") describes the person the report is about.
_HEADLINE_ROLE = re.compile(
    r"\b(?:journalist|reporter|editor|blogger|photographer|columnist|publisher|writer|"
    rf"{_NOT_PARTY}activist|campaigner|dissident|lawyer|rights defender|unionist|"
    r"union leader)\b(?!s)",
    re.IGNORECASE,
)


def headline_type(headline: str) -> str | None:
    """The victim type of the headline's one singular role noun, else None."""
    roles = {victim_type(m.group()) for m in _HEADLINE_ROLE.finditer(headline)}
    return roles.pop() if len(roles) == 1 else None


def main_person(text: str, names: Iterable[str]) -> str | None:
    """Of `names`, the one whose surname the text mentions most, if strictly most."""
    # The text's words are counted once: a report naming thousands of people must not
    # cost a scan of the text per name.
    words = Counter(re.findall(r"\w+", text))

    def mentions(name: str) -> int:
        surname = name.split()[-1]
        if re.fullmatch(r"\w+", surname):
            return words[surname]
        return len(re.findall(rf"\b{re.escape(surname)}\b", text))  # "Zaghari-Ratcliffe"

    counts = sorted(((mentions(n), n) for n in set(names)), reverse=True)
    if not counts or (len(counts) > 1 and counts[1][0] == counts[0][0]):
        return None
    return counts[0][1]


_KIN = (
    r"(?:sons?|daughters?|wife|husband|brothers?|sisters?|father|mother|children|child|"
    r"nephew|niece|cousin|relatives?|spouse|partner)"
)


def _kin_of(text: str, name: str, surname: str) -> bool:
    """Whether the text names the person only as a relative of the surname's bearer
    ("one of Lai's sons, Ian"), never in full."""
    given = re.escape(name.split()[0])
    return (
        re.search(rf"\b{re.escape(surname)}['’]s\s+(?:[\w-]+\s+)?{_KIN},?\s+{given}\b", text)
        is not None
    )


def _mentions(text: str, name: str, keys: list[str]) -> Iterable[re.Match[str]]:
    """The first few mentions of each key; for the surname also the first few from the
    name's first mention on, where the surname points back to it: a report may name
    someone else with the surname before ("Kadyr Yusupov ... Yusupov ... Yusupov ...
    Said-Abdulaziz Yusupov ... Yusupov")."""
    first = max(0, text.find(name))
    for key in keys:
        pattern = re.compile(re.escape(key))
        seen: set[int] = set()
        for since in dict.fromkeys((0, first if key != name else 0)):
            for match in itertools.islice(pattern.finditer(text, since), MAX_MENTIONS):
                if match.start() not in seen:
                    seen.add(match.start())
                    yield match


def _nearest_cues(text: str, name: str) -> dict[str, int]:
    """Each victim type's cue distance to the nearest mention of `name` or its surname
    ("other" for a role that is none of the types)."""
    surname = name.split()[-1] if name.split() else name
    keys = [k for k in dict.fromkeys((name, surname)) if len(k) >= 3]
    if surname != name and name not in text and _kin_of(text, name, surname):
        keys = [name.split()[0]]  # "Lai's son, Ian": the bare "Lai" is the father
    nearest: dict[str, int] = {}
    acronyms = union_acronym_roles(text)
    rights_posts = rights_group_posts(text)
    for match in _mentions(text, name, keys):
        # The window stays inside the name's paragraph.
        # Both searches are bounded: a report of one endless paragraph must not cost a
        # scan of the whole text per mention.
        reach = max(0, match.start() - LIST_REACH)
        window_start = max(reach, text.rfind("\n", reach, match.start()) + 1)
        stop = text.find("\n", match.end(), match.end() + LIST_REACH)
        window_end = match.end() + LIST_REACH if stop < 0 else min(stop, match.end() + LIST_REACH)
        window = text[window_start:window_end]
        for label, cue in (
            *VICTIM_TYPE_CUES.items(),
            ("journalist", _OUTLET_ROLE),
            ("other", _UNTYPED_ROLES),
            *((("trade unionist", acronyms),) if acronyms else ()),
        ):
            for hit in cue.finditer(window):
                at, end = window_start + hit.start(), window_start + hit.end()
                if label == "other" and _coordinated_with_a_type(text, at, end):
                    continue  # "X, an auto driver and union leader": both are X's
                distance = _cue_distance(text, at, end, match.start(), match.end())
                nearest[label] = min(distance, nearest.get(label, distance))
        if rights_posts:
            _nearest_rights_post(text, rights_posts, match, window_start, window_end, nearest)
    return nearest


def _nearest_rights_post(
    text: str,
    posts: tuple[tuple[int, int, str], ...],
    mention: re.Match[str],
    window_start: int,
    window_end: int,
    nearest: dict[str, int],
) -> None:
    """The nearest post in a rights group to the mention, of the report's posts in the
    mention's window."""
    for at, end, words in posts:
        if at < window_start or end > window_end:
            continue
        if words.startswith("of") and not _RIGHT_AFTER.fullmatch(text, mention.end(), at):
            continue  # "X of Amnesty" is X's post; "a report of Amnesty" no one's
        if _STATE_BODY.search(words):
            continue  # "director of the Ministry of Human Rights": an official
        distance = _cue_distance(text, at, end, mention.start(), mention.end())
        nearest[_RIGHTS_GROUP] = min(distance, nearest.get(_RIGHTS_GROUP, distance))


# A union named once in full with its acronym ("the Alphabet Workers Union (AWU)") is
# often named by the acronym alone afterwards: "AWU member X", "a member of the AWU".
# Supranational unions ("European Union (EU)") are no trade unions.
_UNION_ACRONYM = re.compile(
    r"(?<!European )(?<!African )\b(?:Unions?|Syndicate)\s*"
    r"\(\s*(?P<acronym>[A-Z][A-Za-z]{1,8})\s*\)"
)
_MEMBER = r"(?:members?|leaders?|president|secretary|chair\w*|officials?|organi[sz]ers?|activists?)"


@functools.lru_cache(maxsize=4)
def union_acronym_roles(text: str) -> re.Pattern[str] | None:
    """A cue for a role in a union the text names by its acronym, or None."""
    acronyms = sorted({m.group("acronym") for m in _UNION_ACRONYM.finditer(text)})
    if not acronyms:
        return None
    names = "|".join(re.escape(a) for a in acronyms)
    return re.compile(rf"\b(?:(?:{names})\s+{_MEMBER}|{_MEMBER}\s+of\s+(?:the\s+)?(?:{names}))\b")


# A person's post in a human-rights group makes them a defender: "X of Amnesty
# International", "director of the Human Rights Centre X", "Viasna's vice-chair, X". A
# group counts as one by its name (a capitalised name with a rights word: "Human Rights
# Watch", "Chinese Human Rights Defenders", "Fortify Rights") or by what the text calls it
# ("rights group Karapatan", "Viasna, one of the country's top human rights groups",
# "APRODH was one of Burundi's best-known human rights organizations"), and by the acronym
# the text gives such a name ("... and Detained Persons (..., APRODH)"). Bodies of states
# and their instruments ("Ministry of Justice and Human Rights", "UN Human Rights Council",
# "European Court of Human Rights", "Human Rights Day") are no groups of defenders.
# Possessive, and only from a word's start: a long hyphenated word is read once.
_ORG_WORD = r"(?:(?<![\w'’-])[A-Z][\w'’]*+(?:-[A-Z][\w'’]*+)*+)"
_ORG_JOIN = r"(?:\s+(?:of|for|the|and|on|in)){0,2}\s+"
# A movement ("the Lakeland Peasant Movement") is a group of people campaigning for a
# cause: its members and leaders are activists as much as a rights group's.
_RIGHTS_WORD = r"(?:Rights|Amnesty|Watch|Defenders|Liberties|Movement)"
_RIGHTS_ORG = (
    rf"(?:{_ORG_WORD}{_ORG_JOIN}){{1,6}}?{_RIGHTS_WORD}\b(?:{_ORG_JOIN}{_ORG_WORD}){{0,3}}"
    rf"|{_RIGHTS_WORD}(?:{_ORG_JOIN}{_ORG_WORD}){{1,3}}|Amnesty"
)  # a rights word alone ("Watch", "Rights") is a word, not a name
_RIGHTS_NAME = re.compile(rf"\b(?:{_RIGHTS_ORG})")
_STATE_BODY = re.compile(
    r"\b(?:Ministry|Minister|Department|Office|Commissioner|Council|Court|Tribunal|Act|Law|"
    r"Day|Declaration|Convention|Charter|Covenant|Bill|UN|United Nations)\b"
)
# Words that describe a group ("the country's top independent"), not a clause ("a country
# where rights groups ...").
_MODIFIER = r"(?!(?:where|which|that|who|whose|when|in|of|by|with|for|to|and|or)\b)"
_RIGHTS_KIND = (
    r"(?:human\s+|civil\s+|civic\s+)?rights\s+(?:groups?|organi[sz]ations?|"
    r"alliance|watchdog|NGO|bod(?:y|ies)|associations?|centre|center)\b"
)
_CALLED_RIGHTS_GROUP = re.compile(
    # "rights group Karapatan", "the Iraqi rights organisation, Gisha"
    rf"\brights\s+(?:groups?|organi[sz]ations?|alliance|watchdog|NGO)\s*,?\s+(?P<after>{_ORG_WORD})"
    # "Viasna, one of the country's top human rights groups"; "APRODH was one of ..."
    rf"|(?P<before>{_ORG_WORD})(?:,|\s+(?:is|was))\s+(?:one\s+of\s+|an?\s+|the\s+)"
    rf"(?:{_MODIFIER}[\w'’-]+\s+){{0,5}}?{_RIGHTS_KIND}"
)
_RIGHT_AFTER = re.compile(r",?\s")
"""The gap of "X of Amnesty", "X, of Amnesty": the group right after the name is X's."""
_RIGHTS_HINT = re.compile(r"Rights|rights|Amnesty|Watch|Defenders|Liberties|Movement")
_ACRONYM_AFTER = re.compile(r"\s*\((?:[^()]{0,120}?,\s*)?(?P<acronym>[A-Z][A-Za-z-]{1,10})\s*\)")
_ORG_POST = (
    r"(?i:members?|leaders?|head|director|chair\w*|vice-chair\w*|president|vice-president|"
    r"secretary(?:[\s-]general)?|founders?|co-founders?|coordinators?|representatives?|"
    r"researchers?|staff(?:ers?)?|workers?|employees?|officers?|officials?|volunteers?|"
    r"lawyers?|paralegals?|investigators?|activists?|monitors?|campaigners?)"
)


@functools.lru_cache(maxsize=4)
def rights_group_posts(text: str) -> tuple[tuple[int, int, str], ...]:
    """Every post in a human-rights group the report names, as (start, end, words). The
    pattern is long, so it runs once per report, not in every mention's window."""
    if not _RIGHTS_HINT.search(text):
        return ()
    return tuple((m.start(), m.end(), m.group()) for m in rights_group_roles(text).finditer(text))


def rights_group_roles(text: str) -> re.Pattern[str]:
    """A cue for a post in a human-rights group: "Amnesty International researcher", "chair
    of the Human Rights Centre", "of Karapatan" right after a name (see _nearest_cues)."""
    names: set[str] = set()
    for match in _RIGHTS_NAME.finditer(text):
        acronym = _ACRONYM_AFTER.match(text, match.end())
        if acronym is not None and not _STATE_BODY.search(match.group()):
            names.add(acronym.group("acronym"))
    for match in _CALLED_RIGHTS_GROUP.finditer(text):
        name = match.group("after") or match.group("before")
        if not _STATE_BODY.fullmatch(name) and name not in ("The", "A", "An", "It", "This"):
            names.add(name)
    org = "|".join((_RIGHTS_ORG, *(re.escape(n) for n in sorted(names, key=len, reverse=True))))
    return re.compile(
        rf"\b(?:(?:{org})(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?{_ORG_POST}"
        rf"|{_ORG_POST}\s+(?:[\w-]+\s+){{0,2}}?(?:of|at|with|for|from)\s+(?:the\s+)?"
        rf"(?:rights\s+(?:group|organi[sz]ation|alliance)\s+)?(?:{org})"
        rf"|of\s+(?:the\s+)?(?:{org}))\b"
    )


# What joins two roles of one person: "a fisherman and activist", "an auto driver, union
# leader of ...", "a union leader and bus driver".
_COORDINATED_AFTER = re.compile(r"(?:,\s*|\s+and\s+)(?:an?\s+)?")
_COORDINATED_BEFORE = re.compile(r"(?:,\s*|\s+and\s+)(?:an?\s+)?")
_MODIFIERS = re.compile(r"(?:(?!(?:his|her|their|its|the|an?)\b)[\w-]+\s+){0,2}", re.IGNORECASE)


def _coordinated_with_a_type(text: str, at: int, end: int) -> bool:
    """Whether the untyped role at `[at, end)` is coordinated with a typed one: both are
    roles of one person, and the typed one says what the person is."""
    if _plural(text[at:end]):
        return False  # "journalists and aid workers": two groups of people
    joint = _COORDINATED_AFTER.match(text, end)
    joined = joint.end() if joint is not None else -1
    for cue in VICTIM_TYPE_CUES.values():
        after = cue.search(text, joined, joined + 40) if joined >= 0 else None
        if (
            after is not None
            and not _plural(after.group())
            and _MODIFIERS.fullmatch(text, joined, after.start())
        ):
            return True  # "an auto driver, union leader", "a driver and senior union leader"
        for before in cue.finditer(text, max(0, at - 60), at):
            gap = _COORDINATED_BEFORE.match(text, before.end(), at)
            if (
                gap is not None
                and not _plural(before.group())
                and _MODIFIERS.fullmatch(text, gap.end(), at)
            ):
                return True  # "an activist and fisherman"
    return False


def _plural(role: str) -> bool:
    return role.lower().endswith("s") and not role.lower().endswith("ss")


def _cue_distance(text: str, at: int, end: int, start: int, stop: int) -> int:
    """Characters between a cue at `[at, end)` and a name at `[start, stop)`: 1 or 2 if only
    other names lie between, more than TYPE_WINDOW if the cue is someone else's role."""
    before = text[max(0, at - 40) : at]
    if _PARTY_COUNSEL.search(before):
        return TYPE_WINDOW + 1  # "the defence lawyer X" acts for the accused
    if (
        _OWN_WORK.search(before)
        and _WORK.match(text, end)
        and not _SENTENCE_BREAK.search(text, min(stop, at), max(start, end))
    ):
        return 1  # "the case against him is retaliation for his journalistic work"
    if _WORK_AS.search(before) and not _SENTENCE_BREAK.search(text, min(stop, at), max(start, end)):
        return 1  # "four men -- A, B ... -- were jailed for their work as journalists"
    if (
        _POSSESSED.search(before)
        and not _FELLOW.search(before)
        and not (end <= start and _RIGHT_BEFORE.fullmatch(text, end, start))
    ):
        # "Lai's lawyer said", "his lawyer, A, and B": the role is held towards someone
        # else; but it is still the job of the person it stands right before ("their
        # driver, A", "its correspondent A").
        return TYPE_WINDOW + 1
    if _someone_elses_apposition(text, at, end, start, stop) or _names_no_one(text, at, end):
        return TYPE_WINDOW + 1
    gap = text[end:start] if end <= start else text[stop:at]
    if end <= start and _ROLE_FOR.fullmatch(gap):
        return TYPE_WINDOW + 1  # "a lawyer for X"
    if end <= start and ";" in gap and not _LIST_COLON.match(text, end):
        return TYPE_WINDOW + 1  # "B, vice president of a union; X, a lawyer": B's role
    if _ATTRIBUTION.search(gap):
        return TYPE_WINDOW + 1  # "X, according to WEWS-TV": the cue is the source
    if end > start and _PREDICATE.fullmatch(gap):
        return 1  # "Lai, who ..., has been one of the most prominent democracy activists"
    if end > start and _introduces_someone(text, at, end):
        return TYPE_WINDOW + 1  # "X, journalists Y and Z": the cue introduces others
    raw = max(start - end, at - stop, 0)
    if end <= start and _OUTLET.search(text, at, end):
        return TYPE_WINDOW + 1  # "a copy seen by the newspaper, X": an outlet heads no one
    if end <= start and _plural(text[at:end]) and _RELATED_LIST_GAP.fullmatch(gap):
        return 1  # "defenders A and her husband B, and their colleagues C": all of them
    if end <= start and _plural(text[at:end]) and _introduced_list(gap):
        return 1  # "nine activists who were identified as A, B and C": all of them
    if end <= start and _headed_by_complement(gap):
        return 1  # "two journalists for the Belsat channel -- A, 27, and B"
    if _NAME_LIST_GAP.fullmatch(gap):
        # A list's head before it ("activists A, B") outranks the next list's head after
        # it ("A, B, journalists C").
        return min(raw, 1 if end <= start else 2)
    if end <= start and _introduces_someone(text, at, end):
        return TYPE_WINDOW + 1  # "writer B, and the trial of A": the cue is B's
    return raw


# Press-freedom groups ("Committee to Protect Journalists", "Reporters Without Borders"),
# the audience of speech ("told reporters") and the medium of an interview ("an interview
# with Student News Agency", "a television interview") describe no one.
_NOT_A_ROLE_BEFORE = re.compile(
    r"(?:\b(?:told|telling|tell|briefed|briefing|addressed|addressing)\s+(?:the\s+)?|"
    r"\binterviews?\s+(?:with|to|on)\s+(?:the\s+|(?-i:[A-Z])[\w'’-]*\s+){0,3}|\bProtect\s+)$",
    re.IGNORECASE,
)
_NOT_A_ROLE_AFTER = re.compile(
    r"\s+(?:Without\s+Borders\b|(?:interviews?|shows?|programs?|programmes?|footage|"
    r"appearances?|debates?|documentar(?:y|ies)|broadcasts?|coverage)\b)"
)


def _names_no_one(text: str, at: int, end: int) -> bool:
    return bool(
        _NOT_A_ROLE_BEFORE.search(text, max(0, at - 60), at) or _NOT_A_ROLE_AFTER.match(text, end)
    )


def _someone_elses_apposition(text: str, at: int, end: int, start: int, stop: int) -> bool:
    """Whether the cue at `[at, end)` is a singular role in apposition to a name other than
    the one at `[start, stop)`."""
    if text[at:end].lower().endswith("s") and not text[at:end].lower().endswith("ss"):
        return False  # "A and B, the journalists": a plural role covers the names before it
    apposed = _APPOSED_TO.search(text, max(0, at - 80), at)
    if apposed is None:
        return False
    host = apposed.end("host")
    return host < start if end <= start else host > stop


# A headline that reports a proceeding against someone for an act of violence names the
# act's perpetrator as its subject: "Local man charged with kidnapping neighbour",
# "Three executives convicted over workers' deaths". A private person or firm there is a
# private perpetrator, whatever the classifier's article-wide prior ("state actor") says.
