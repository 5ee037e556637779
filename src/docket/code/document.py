"""One report read once: its plain view, sentences, clauses, triggers, dates, places, names.

Only the sentences that matter (the lead and every sentence with an act or intervention
trigger) go through spaCy's NER; everything else is cheap pattern matching.
"""

from __future__ import annotations

import calendar
import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from docket.code.acts import Trigger, find_acts, find_interventions
from docket.code.dates import DateMention, find_dates, latest_reference
from docket.code.parties import PERPETRATOR_HEADS
from docket.code.places import GeoName, PlaceMention, gazetteer
from docket.code.text import Clause, Sentence, clauses, common_word, plain_view, sentences

LEAD_SENTENCES = 3
MAX_NER_CHARS = 1_000


@dataclass(frozen=True, slots=True)
class Name:
    """A named entity of a sentence, at body offsets."""

    start: int
    end: int
    text: str
    label: str


@dataclass(slots=True)
class SentenceInfo:
    sentence: Sentence
    clauses: list[Clause]
    dates: list[DateMention]
    places: list[PlaceMention]
    acts: list[tuple[Clause, Trigger]]
    interventions: list[tuple[Clause, Trigger]]
    names: list[Name] = field(default_factory=list)

    @property
    def needs_ner(self) -> bool:
        # Statements ("condemned", "urged") name their authors, not victims: no NER for them.
        helps = any(t.label != "statement" for _, t in self.interventions)
        lead = self.sentence.index < LEAD_SENTENCES
        return lead or bool(self.acts) or helps or names_a_group(self.sentence.text)

    def persons(self, start: int, end: int) -> list[Name]:
        return [n for n in self.names if n.label == "PERSON" and start <= n.start and n.end <= end]


NAMING_LIST = re.compile(
    r"(?:The|All|Both)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+)?"
    r"(?:[\w-]+\s+)?(?:journalists|reporters|activists|men|women|victims|detainees|students|"
    r"lawyers|defenders|workers|protesters|unionists|bloggers)\s*(?:—|–|-|:|,|\(|"
    r"(?:were|have\s+been)\s+(?:identified|named)\s+as)"
)
"""A sentence that names the members of a group an act was done to ("The journalists —
A, of 7 Day Media; B; and freelancer C — appeared in court"): read for names too."""
IDENTIFYING = re.compile(
    r"\b(?:the|this)\s+(?:[\w-]+\s+){0,3}?(?:journalist|reporter|activist|blogger|lawyer|"
    r"defender|writer|dissident|critic)\b[^.;]{0,80}?\b(?:is|was)\s+(?:presumably|believed\s+to\s+"
    r"be|identified\s+as|named\s+as)\s|\b(?:confirmed|identified)\s+(?:he|she)\s+was\s"
)
"""A sentence that names the one person an act was done to ("the journalist and activist
is presumably Masih Alinejad", "Reuters previously confirmed she was journalist X")."""


def names_a_group(text: str) -> bool:
    """Whether a sentence names the victims an earlier act described (`NAMING_LIST`,
    `IDENTIFYING`)."""
    return NAMING_LIST.match(text) is not None or IDENTIFYING.search(text) is not None


@dataclass(slots=True)
class Document:
    text: str
    plain: str
    published: dt.date | None
    title: str
    sentences: list[SentenceInfo]
    title_places: list[PlaceMention] = field(default_factory=list)
    """Places named in the title (offsets into the title): they weigh in the report's
    dominant country and city."""
    memo: dict[tuple[str, str], Any] = field(default_factory=dict)
    """Whole-report answers worked out once (the dominant country and cities), for
    incident steps that would otherwise recompute them per act."""

    def remember(self, key: tuple[str, str], compute: Callable[[], Any]) -> Any:
        """`compute()`'s answer for this report, worked out on the first call only."""
        if key not in self.memo:
            self.memo[key] = compute()
        return self.memo[key]


def read(text: str, title: str | None, published: dt.date | None) -> Document:
    """Everything but NER: sentences, clauses, triggers, dates and places."""
    plain = plain_view(text)
    places = gazetteer()
    infos = []
    reference = None  # the latest date named so far: "the next day" points back at it
    teasers = _teaser_lines(plain)
    for sentence in sentences(plain):
        parts = clauses(sentence)
        dates = find_dates(sentence.text, published, sentence.start, reference)
        reference = latest_reference(dates, reference)
        teaser = any(start <= sentence.start < end for start, end in teasers)
        acts = [] if teaser else [(c, t) for c in parts for t in find_acts(c.text, c.start)]
        interventions = [(c, t) for c in parts for t in find_interventions(c.text, c.start)]
        infos.append(
            SentenceInfo(
                sentence=sentence,
                clauses=parts,
                dates=dates,
                places=places.find(sentence.text, sentence.start),
                acts=acts,
                interventions=interventions,
            )
        )
    doc = Document(text, plain, published, title or "", infos)
    doc.title_places = places.find(doc.title)
    return doc


_TEASER = re.compile(
    r"(?:READ\s+MORE|READ\s+ALSO|ALSO\s+READ|RELATED)\b[^\n]*|"
    r"(?:Read\s+more|Read\s+also|Also\s+read|Related(?:\s+articles?|\s+stories)?|See\s+also)"
    r"(?:\s*[:|–—]|\s+-)[^\n]*|[^\n]*\[(?:REVEAL(?:ED)?|ANALYSIS|IN\s+DEPTH|INSIGHT|LATEST|"
    r"VIDEO|PICTURES|PHOTOS|POLL|EXCLUSIVE|LIVE|UPDATE|COMMENT)\][ \t]*"
)
"""A line that links to another story ("READ MORE: A mother recounts the torment of her
daughter's kidnapping", "Also read: 120 rounded up over Sialkot lynching", "Iran prison
nightmare: London student recounts torture horror [REVEALED]"): the acts it names are
that story's, not the report's. Only a tabloid's link tags end such a line: a report's own
line may end in an acronym ("... said the Committee to Protect Journalists [CPJ]")."""


MAX_TEASER_CHARS = 300
"""Longer lines are paragraphs of the report, not links to another story."""


def _teaser_lines(plain: str) -> list[tuple[int, int]]:
    """The spans of the lines that link to another story, each line read once."""
    spans = []
    start = 0
    for line in plain.split("\n"):
        short = len(line) <= MAX_TEASER_CHARS
        if short and _TEASER.fullmatch(line.strip()) is not None:
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


_BIG_CITY = 1_000_000


_PLACE_NOUN_BEFORE = re.compile(
    r"\b(?:city|town|village|capital|province|region|state|district)\s+of\s+$"
)
"""A name the text itself calls a place ("the border city of Ciudad Juarez"): a place,
whatever NER reads."""


_LOCATIVE_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|inside)\s+(?:the\s+|downtown\s+)?$", re.IGNORECASE
)


def _person_not_place(plain: str, mention: PlaceMention, person: Name) -> bool:
    """Whether a PERSON entity covering a gazetteer hit makes it no place. A place inside
    a longer name is part of that name ("San" in "Aung San Suu Kyi"). Where NER reads the
    place's name alone as a person, the small model often errs on places it has seldom
    seen ("Haryana", "Abuja", "Sri Lanka"): a country or state stays a place, and so do a
    big city under its own name and a city after "in", "at", "near" ("In Juarez, the
    cartel..."). A city's old or other name is often a person's ("Stalin", "Cheng")."""
    if not (person.start <= mention.start and mention.end <= person.end):
        return False
    entry = mention.entry
    if (person.start, person.end) != (mention.start, mention.end) or entry.demonym:
        return True
    if entry.kind in {"country", "region"}:
        return False
    if not entry.alternate and entry.population >= _BIG_CITY:
        return False
    return _LOCATIVE_BEFORE.search(plain[max(0, mention.start - 20) : mention.start]) is None


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof|Sir|Madam)\.?\s+$")


def _surnames(doc: Document) -> frozenset[str]:
    """The last words of the persons the report names in full ("Agba Jalingo")."""
    return frozenset(
        n.text.split()[-1]
        for info in doc.sentences
        for n in info.names
        if n.label == "PERSON" and len(n.text.split()) >= 2
    )


def _a_persons_name(doc: Document, mention: PlaceMention, surnames: frozenset[str]) -> bool:
    """Whether a town's name is written here as a person's: after an honorific ("Mr
    Jalingo", the journalist, not the Nigerian town), or as the surname of a person the
    report names in full, unless after "in", "at", "near"."""
    before = doc.plain[max(0, mention.start - 20) : mention.start]
    if _HONORIFIC_BEFORE.search(before):
        return True
    small = mention.entry.kind == "city" and mention.entry.population < _BIG_CITY
    return small and mention.text in surnames and _LOCATIVE_BEFORE.search(before) is None


def confirm_places(doc: Document) -> None:
    """Drop gazetteer hits that NER reads otherwise: "San" in "Aung San Suu Kyi", "Farah"
    the person. A small single-word city counts only where NER sees a place. A name after
    "the city of", "the town of" ... stays a place; one written as a person's
    (`_a_persons_name`) does not."""
    surnames = _surnames(doc)
    for info in doc.sentences:
        persons = [n for n in info.names if n.label == "PERSON"]
        places = [n for n in info.names if n.label in {"GPE", "LOC", "FAC"}]
        kept = []
        for mention in info.places:
            if _PLACE_NOUN_BEFORE.search(doc.plain[max(0, mention.start - 30) : mention.start]):
                kept.append(mention)
                continue
            if any(_person_not_place(doc.plain, mention, p) for p in persons):
                continue
            if _a_persons_name(doc, mention, surnames):
                continue
            entry = mention.entry
            # A town read off "in X, Region" (`Gazetteer._towns_before_regions`: no
            # population, no gazetteer entry) needs NER's word too, however many words it
            # has: "from Human Rights Watch, Kenya" names an organisation.
            small = (
                entry.kind == "city"
                and entry.population < _BIG_CITY
                and (" " not in mention.text or entry.population == 0)
            )
            if small and not any(p.start <= mention.start < p.end for p in places):
                region = _namesake_region(mention)
                if region is not None:  # "Leon" unconfirmed as a city is still León department
                    kept.append(dataclasses.replace(mention, entry=region))
                continue
            kept.append(mention)
        info.places = kept
    settle_homonyms(doc)


def settle_homonyms(doc: Document) -> None:
    """Read a name several places share as the one in a country the report names: "Leon"
    in a report about Nicaragua is León, Nicaragua, not the Spanish province; "Alexandria"
    in a report about a US court is the one in Virginia. A country counts as named where
    the report names it (or its people) or a place that can only lie there. A hit under a
    foreign place's alternate name ("Federal Capital", an old name of Washington) in a
    report that names nothing else in that country is dropped: it is a phrase, not that
    place; so is a small town in the same case (`_drop_lone_towns`)."""
    lookup = gazetteer().lookup
    every = _every_place(doc)
    named: Counter[str] = Counter()
    for mention in every:
        entries = lookup(mention.text)
        single = len({e.country_code for e in entries}) == 1 and not mention.entry.alternate
        if (mention.entry.kind == "country" and not _foreign_regions(mention)) or single:
            named[mention.entry.country_code] += 1

    def settled(mention: PlaceMention) -> PlaceMention | None:
        if mention.entry.kind == "country":
            # "Niger" in a report that names Nigeria and nothing of Niger is Niger State;
            # "Georgia" in a report about the United States is the state.
            regions = [e for e in _foreign_regions(mention) if named[e.country_code]]
            if regions and not named[mention.entry.country_code]:
                best = max(regions, key=lambda e: named[e.country_code])
                return dataclasses.replace(mention, entry=best)
            return mention
        if named[mention.entry.country_code]:
            return mention
        options = [e for e in lookup(mention.text) if named[e.country_code]]
        if options:
            best = max(options, key=lambda e: named[e.country_code])  # first of equals
            return dataclasses.replace(mention, entry=best)
        return None if mention.entry.alternate else mention

    for info in doc.sentences:
        info.places = [m for m in map(settled, info.places) if m is not None]
    doc.title_places = [m for m in map(settled, doc.title_places) if m is not None]
    _drop_lone_towns(doc)
    _drop_parts_of_longer_names(doc)


LONE_TOWN_POPULATION = 150_000
"""A town smaller than this that is all a report names of its country is a word or a
local namesake, not a foreign town (see `_drop_lone_towns`)."""


def _drop_lone_towns(doc: Document) -> None:
    """Drop a small town that is the only mention of its country in a report that names
    other countries: "Orange" the company, "San" of "Aung San" in a title, "Mandela",
    "Scarborough" in a Toronto report (Toronto's, not England's). A report that tells of
    a foreign town names its country too ("the Turkish city of Nusaybin")."""
    per_country = Counter(m.entry.country_code for m in _every_place(doc))
    if len(per_country) < 2:
        return

    def lone(mention: PlaceMention) -> bool:
        entry = mention.entry
        return (
            entry.kind == "city"
            and 0 < entry.population < LONE_TOWN_POPULATION
            and per_country[entry.country_code] == 1
        )

    _keep_places(doc, lambda m: not lone(m))
    doc.title_places = [m for m in doc.title_places if not lone(m)]


_CONNECTOR = r"(?:da|das|de|del|della|des|di|do|dos|du)"
_NAME_GOES_ON = re.compile(rf"\s{_CONNECTOR}\s+[A-Z]")
_NAME_WENT_BEFORE = re.compile(rf"[A-Z][\w'’-]*\s+{_CONNECTOR}\s+$")


def _drop_parts_of_longer_names(doc: Document) -> None:
    """Drop a place that only begins or ends a longer name the gazetteer lacks ("Praia"
    of "Praia da Luz", Portugal, is not Praia, Cape Verde; "Valle" and "Cauca" of "Valle
    del Cauca"; "Norte" of "Agusan del Norte"; "Flores" of "Margarita Flores de Alonso")
    unless the report names its country otherwise: "Davao" of "Davao del Norte" in a
    report about the Philippines stays. A country's name stays ("Universidad de Chile")."""

    def part(mention: PlaceMention) -> bool:
        if mention.entry.kind == "country":
            return False
        before = doc.plain[max(0, mention.start - 30) : mention.start]
        return (
            _NAME_GOES_ON.match(doc.plain, mention.end) is not None
            or _NAME_WENT_BEFORE.search(before) is not None
        )

    # Title mentions are at offsets of the title, and the title counts as naming.
    named = {m.entry.country_code for m in doc.title_places}
    named |= {m.entry.country_code for i in doc.sentences for m in i.places if not part(m)}

    _keep_places(doc, lambda m: m.entry.country_code in named or not part(m))


def _every_place(doc: Document) -> list[PlaceMention]:
    """The report's place mentions, its title's included."""
    return [m for info in doc.sentences for m in info.places] + doc.title_places


def _keep_places(doc: Document, keep: Callable[[PlaceMention], bool]) -> None:
    """Keep the place mentions of the body's sentences that `keep` accepts (a title's
    mentions are at offsets of the title, so each caller decides about those)."""
    for info in doc.sentences:
        info.places = [m for m in info.places if keep(m)]


def _namesake_region(mention: PlaceMention) -> GeoName | None:
    """The region of the city's country that bears the city's name, if any."""
    entry = mention.entry
    for other in gazetteer().lookup(mention.text):
        # Washington, D.C. lies outside Washington state: the region must hold the city.
        if (
            other.kind == "region"
            and other.country_code == entry.country_code
            and other.name.lower() == entry.name.lower()
            and entry.region in (None, other.name)
        ):
            return other
    return None


def _foreign_regions(mention: PlaceMention) -> list[GeoName]:
    """Regions of other countries that a country's name also names ("Niger": Niger State,
    Nigeria; "Georgia": the US state)."""
    if mention.entry.kind != "country" or mention.entry.demonym:
        return []
    code = mention.entry.country_code
    found = gazetteer().lookup(mention.text)
    return [e for e in found if e.kind == "region" and e.country_code != code]


def add_names(nlp: Any, documents: Iterable[Document], batch_size: int = 64) -> None:
    """Run NER over the sentences that need it, for many documents in one `nlp.pipe`."""
    targets = [(doc, info) for doc in documents for info in doc.sentences if info.needs_ner]
    texts = [info.sentence.text[:MAX_NER_CHARS] for _, info in targets]
    for (doc, info), parsed in zip(targets, nlp.pipe(texts, batch_size=batch_size), strict=True):
        base = info.sentence.start
        names = [
            Name(base + ent.start_char, base + end, parsed.text[ent.start_char : end], ent.label_)
            for ent in parsed.ents
            if ent.label_ in {"PERSON", "GPE", "LOC", "NORP", "ORG", "FAC"}
            for end in [_name_end(parsed, ent, doc.plain)]
        ]
        names = [_without_country(n) for n in _join_split_persons(names, doc.plain)]
        info.names = sorted(names + _introduced_persons(info, names, doc.plain), key=_start)


def _start(name: Name) -> int:
    return name.start


def _without_country(name: Name) -> Name:
    """A person's name of three or more words without a country NER ran into it
    ("According to lawyer Marie Dosé Italy has asked ...")."""
    words = name.text.split()
    if name.label != "PERSON" or len(words) < 3:
        return name
    if not any(e.kind == "country" for e in gazetteer().lookup(words[-1])):
        return name
    text = name.text[: name.text.rstrip().rfind(" ")].rstrip()
    return Name(name.start, name.start + len(text), text, name.label)


_INTRODUCED = re.compile(
    r"\b(?:writer|journalist|reporter|activist|blogger|lawyer|poet|translator|editor|"
    r"photographer|photojournalist|dissident|defender|unionist|teacher|professor|student|"
    r"doctor|pastor|priest|imam|filmmaker|artist|academic|researcher|campaigner|"
    r"environmentalist)\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,3})"
)


_ONE_NAMED = re.compile(
    r"\b(?<![Nn]o )one\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2})(?=\s*[,(])"
)
"""A person South Asian news introduces with "one" ("they illegally detained one Bitto,
who worked as a manager there"): a name, often a single one."""


_CALENDAR_WORDS = frozenset(
    [d.lower() for d in calendar.day_name] + [m.lower() for m in calendar.month_name if m]
)


def one_named(plain: str, start: int) -> bool:
    """Whether the name at `start` is introduced with "one" (`_ONE_NAMED`)."""
    return plain[max(0, start - 4) : start] == "one "


def _introduced_persons(info: SentenceInfo, names: list[Name], plain: str) -> list[Name]:
    """Names a role introduces that NER missed ("the writer Arash Ganji"), and those news
    introduces with "one" ("detained one Bitto, who ..."): the small model passes over
    many names it has seldom seen. Words the report writes in lower case, places and words
    that end a name stop it."""
    return _one_named_persons(info, names, plain) + _role_named_persons(info, names, plain)


def _overlaps_any(start: int, end: int, names: list[Name]) -> bool:
    return any(n.start < end and start < n.end for n in names)


def _one_named_persons(info: SentenceInfo, names: list[Name], plain: str) -> list[Name]:
    found = []
    base = info.sentence.start
    for match in _ONE_NAMED.finditer(info.sentence.text):
        start, end = base + match.start("name"), base + match.end("name")
        if _overlaps_any(start, end, names):
            continue
        words = match["name"].split()
        if any(gazetteer().lookup(w) or common_word(w, plain) for w in words):
            continue
        if words[0].lower() in _CALENDAR_WORDS:
            continue  # "one Monday, police came"
        found.append(Name(start, end, match["name"], "PERSON"))
    return found


def _role_named_persons(info: SentenceInfo, names: list[Name], plain: str) -> list[Name]:
    found = []
    base = info.sentence.start
    for match in _INTRODUCED.finditer(info.sentence.text):
        start = base + match.start("name")
        if _overlaps_any(start, base + match.end("name"), names):
            continue
        words: list[str] = []
        for word in match["name"].split():
            if _no_name_word(word, plain):
                break
            words.append(word)
        if len(words) >= 2:
            text = " ".join(words)
            found.append(Name(start, start + len(text), text, "PERSON"))
    return found


def _join_split_persons(names: list[Name], plain: str) -> list[Name]:
    """Two persons one space apart are one name the model split ("Safiya Aden" "Osman"):
    a list of people has commas or "and" between them."""
    joined: list[Name] = []
    for name in names:
        last = joined[-1] if joined else None
        if (
            last is not None
            and last.label == name.label == "PERSON"
            and plain[last.end : name.start] == " "
        ):
            joined[-1] = Name(last.start, name.end, f"{last.text} {name.text}", "PERSON")
        else:
            joined.append(name)
    return joined


MAX_NAME_TAIL = 2
_ROLE_WORDS = frozenset(
    [
        "mayor",
        "president",
        "minister",
        "governor",
        "senator",
        "judge",
        "general",
        "chief",
        "commander",
        "secretary",
        "spokesman",
        "spokeswoman",
        "chairman",
        "director",
        "ambassador",
        "editor",
        "reporter",
        "journalist",
        "activist",
        "lawyer",
        "party",
        "governorate",
        "province",
        "district",
        "state",
        "city",
        "county",
        "region",
    ]
) | {head.lower() for head in PERPETRATOR_HEADS if " " not in head}
"""Words that end a person's name rather than go on it ("Shuto Orizari Mayor")."""


def _no_name_word(word: str, plain: str) -> bool:
    """Whether a capitalised word ends a person's name rather than goes on it: a role
    ("Shuto Orizari Mayor"), a place, or a word the report also writes in lower case."""
    return word.lower() in _ROLE_WORDS or bool(gazetteer().lookup(word)) or common_word(word, plain)


def _name_end(parsed: Any, ent: Any, plain: str) -> int:
    """Where a person's name ends. The small model often stops early in names it has
    seldom seen ("Aung San" of "Aung San Suu Kyi", her father's name): up to two
    capitalised words right after it that belong to no other entity, name no place
    ("Bayan Muna Central Luzon") and that the report never writes in lowercase (so not
    "Killed" of a headline) go on it."""
    end = int(ent.end_char)
    if ent.label_ != "PERSON":
        return end
    for token in parsed[ent.end : ent.end + MAX_NAME_TAIL]:
        if (
            token.ent_type_
            or not token.is_title
            or not token.is_alpha
            or parsed.text[end : token.idx] != " "
            or _no_name_word(token.text, plain)
        ):
            break
        end = int(token.idx) + len(token.text)
    return end
