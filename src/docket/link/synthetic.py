"""Synthetic coded reports with known identities, incidents and copies: the benchmark's
and the evaluation gate's data (scripts/make_synthetic_reports.py writes them out).

Each person has a canonical Latin name; a report writes it as it is, in another
romanisation (Magamadov / Magamadow / Magamadoff, Yuliya / Iuliia), in Cyrillic, with a
title ("lawyer ..."), or with an initial; a second incident in the same report names the
same people by surname alone or as a group ("the two men"). Several independent reports
cover one event with dates of different precision, and some reports are syndicated copies
with light edits. Some different people share a surname; a few share a whole name (as in
life: those cannot be told apart by name and cost precision). The truth comes with them.
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field

from docket.link.names import skeleton
from docket.link.refs import INCIDENT, EventRef, MentionRef
from docket.models import CodedReport, DateInterval, Incident, Party, Place, Report

RU_GIVEN = [
    "Salekh",
    "Ismail",
    "Dmitriy",
    "Yevgeniy",
    "Aleksandr",
    "Yuliya",
    "Tatyana",
    "Natalya",
    "Mikhail",
    "Sergey",
    "Andrey",
    "Olga",
    "Yekaterina",
    "Ruslan",
    "Zelimkhan",
    "Khasan",
    "Magomed",
    "Anastasiya",
    "Kseniya",
    "Ilya",
    "Vyacheslav",
    "Yaroslav",
    "Nikolay",
    "Anatoliy",
    "Zhanna",
    "Lyudmila",
    "Arkadiy",
    "Valeriya",
]
OTHER_GIVEN = [
    "Peter",
    "Amal",
    "Fatima",
    "Omar",
    "Layla",
    "Karim",
    "Hassan",
    "Nadia",
    "Jose",
    "Maria",
    "Carlos",
    "Lucia",
    "Amina",
    "Joseph",
    "Grace",
    "Samuel",
    "Tendai",
    "Chipo",
    "Ahmed",
    "Yusuf",
    "Zeynep",
    "Emre",
    "Thanh",
    "Linh",
    "Rahul",
    "Priya",
    "Abebe",
    "Sara",
    "Daniel",
    "Ana",
]
RU_ROOTS = [
    "magamad",
    "isa",
    "kuz",
    "smirn",
    "petr",
    "ivan",
    "sorok",
    "volk",
    "zakhar",
    "kharit",
    "yakovl",
    "shcherbak",
    "abdurakhman",
    "dadae",
    "umar",
    "khasbulat",
    "bork",
    "lyub",
    "zhuk",
    "tsvet",
    "chern",
    "belous",
    "yeltsin",
    "kadyr",
    "gud",
    "orl",
    "kovalch",
    "maksim",
    "fedor",
]
RU_ENDINGS = ("ov", "ev", "in", "enko", "skiy")
SYLLABLES = [
    "ka",
    "ma",
    "ndi",
    "zu",
    "lo",
    "be",
    "ra",
    "ti",
    "no",
    "sa",
    "we",
    "gu",
    "ha",
    "mi",
    "do",
    "ye",
    "ko",
    "la",
    "ba",
    "nu",
    "se",
    "ri",
    "fa",
    "to",
    "go",
    "mba",
    "nje",
    "kwa",
    "lu",
    "ze",
]
TITLES = ("lawyer", "journalist", "activist", "Dr.", "rights defender", "blogger")
ACTS = (
    "arbitrary_detention",
    "abduction",
    "threat",
    "assault",
    "raid",
    "prosecution",
    "killing",
    "enforced_disappearance",
    "censorship",
)
SECONDARY = ("torture", "threat", "raid", "prosecution")
CITIES = (
    ("Nizhny Novgorod", "Russia"),
    ("Grozny", "Russia"),
    ("Minsk", "Belarus"),
    ("Harare", "Zimbabwe"),
    ("Cairo", "Egypt"),
    ("Manila", "Philippines"),
    ("Istanbul", "Turkey"),
    ("Bogota", "Colombia"),
    ("Hanoi", "Vietnam"),
    ("Lagos", "Nigeria"),
    ("Almaty", "Kazakhstan"),
    ("Tbilisi", "Georgia"),
)
PERPETRATORS = ("police", "FSB", "unidentified men", "soldiers", "security forces", "gunmen")
GROUP_WORDS = {2: "the two men", 3: "the three activists"}

_LAT2CYR = [
    ("shch", "щ"),
    ("kh", "х"),
    ("zh", "ж"),
    ("ts", "ц"),
    ("ch", "ч"),
    ("sh", "ш"),
    ("yu", "ю"),
    ("ya", "я"),
    ("ye", "е"),
    ("yo", "ё"),
    ("iy", "ий"),
    ("a", "а"),
    ("b", "б"),
    ("v", "в"),
    ("g", "г"),
    ("d", "д"),
    ("e", "е"),
    ("z", "з"),
    ("i", "и"),
    ("y", "ы"),
    ("k", "к"),
    ("l", "л"),
    ("m", "м"),
    ("n", "н"),
    ("o", "о"),
    ("p", "п"),
    ("r", "р"),
    ("s", "с"),
    ("t", "т"),
    ("u", "у"),
    ("f", "ф"),
    ("x", "кс"),
]
_ROMANISATIONS = [
    ("ov", "ow"),
    ("ov", "off"),
    ("ev", "ew"),
    ("yev", "ev"),
    ("iy", "y"),
    ("iy", "ii"),
    ("ya", "ia"),
    ("yu", "iu"),
    ("kh", "h"),
    ("ye", "e"),
    ("ks", "x"),
    ("zh", "j"),
    ("shch", "sch"),
]


@dataclass
class Identity:
    id: int
    given: str
    surname: str
    russian: bool


@dataclass
class Event:
    id: int
    act: str
    people: list[Identity]
    day: dt.date
    city: tuple[str, str]
    perpetrator: str
    secondary: tuple[int, str] | None
    """An accompanying act (torture after a detention): its event id and act."""


@dataclass
class Synthetic:
    reports: list[CodedReport] = field(default_factory=list)
    person: dict[MentionRef, int] = field(default_factory=dict)
    story: dict[int, int] = field(default_factory=dict)
    """Report id -> the story it is a copy of (its own id when original)."""
    event: dict[EventRef, int] = field(default_factory=dict)


def cyrillic(name: str) -> str:
    out, low, i = [], name.lower(), 0
    while i < len(low):
        for lat, cyr in _LAT2CYR:
            if low.startswith(lat, i):
                out.append(cyr)
                i += len(lat)
                break
        else:
            out.append(low[i])
            i += 1
    text = "".join(out)
    return text[:1].upper() + text[1:]


def romanise(rng: random.Random, name: str) -> str:
    """Another Latin spelling of a Russian name, when a rule applies."""
    options = [(a, b) for a, b in _ROMANISATIONS if a in name.lower()]
    if not options:
        return name
    a, b = rng.choice(options)
    low = name.lower().replace(a, b, 1)
    return low[:1].upper() + low[1:]


def make_people(rng: random.Random, n: int) -> list[Identity]:
    """People with distinct names, except 5% who share a surname with someone and 0.5%
    who share a whole name: what names alone cannot tell apart, as in life."""
    people: list[Identity] = []
    used: set[str] = set()
    while len(people) < n:
        russian = rng.random() < 0.5
        if russian:
            given = rng.choice(RU_GIVEN)
            surname = rng.choice(RU_ROOTS) + rng.choice(SYLLABLES) + rng.choice(RU_ENDINGS)
        else:
            given = rng.choice(OTHER_GIVEN)
            surname = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4)))
        surname = surname.capitalize()
        r = rng.random()
        if people and r < 0.05:
            surname = rng.choice(people).surname  # relatives and common surnames
        elif people and r < 0.055:
            twin = rng.choice(people)
            given, surname = twin.given, twin.surname  # a true homonym
        elif skeleton(surname) in used:
            continue
        used.add(skeleton(surname))
        people.append(Identity(len(people) + 1, given, surname, russian))
    return people


def write_name(rng: random.Random, p: Identity) -> str:
    r = rng.random()
    if p.russian and r < 0.15:
        return f"{romanise(rng, p.given)} {romanise(rng, p.surname)}"
    if p.russian and r < 0.25:
        return f"{cyrillic(p.given)} {cyrillic(p.surname)}"
    if r < 0.33:
        return f"{rng.choice(TITLES)} {p.given} {p.surname}"
    if r < 0.37:
        return f"{p.given[0]}. {p.surname}"
    return f"{p.given} {p.surname}"


def make_events(rng: random.Random, people: list[Identity], n: int) -> list[Event]:
    events: list[Event] = []
    next_secondary = n + 1
    for i in range(n):
        size = rng.choices((1, 2, 3), (0.6, 0.3, 0.1))[0]
        victims = rng.sample(people, size)
        day = dt.date(2018, 1, 1) + dt.timedelta(days=rng.randrange(6 * 365))
        act = rng.choice(ACTS)
        secondary = None
        others = [a for a in SECONDARY if a != act]  # a second act of another kind
        if rng.random() < 0.5:
            secondary = (next_secondary, rng.choice(others))
            next_secondary += 1
        events.append(
            Event(i + 1, act, victims, day, rng.choice(CITIES), rng.choice(PERPETRATORS), secondary)
        )
    return events


def date_as_reported(rng: random.Random, day: dt.date) -> DateInterval:
    r = rng.random()
    if r < 0.5:
        return DateInterval(start=day, end=day, granularity="day", text=day.isoformat())
    if r < 0.8:
        start = day.replace(day=1)
        end = (start + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return DateInterval(start=start, end=end, granularity="month", text=f"{start:%B %Y}")
    end = day + dt.timedelta(days=rng.randrange(90))
    return DateInterval(
        start=day.replace(month=1, day=1), end=end, granularity="range", text="earlier this year"
    )


def text_of(rng: random.Random, vocab: list[str], names: list[str], words: int) -> str:
    body = [rng.choice(vocab) for _ in range(words)]
    for name in names:
        body.insert(rng.randrange(len(body)), name)
    sentences = [" ".join(body[i : i + 15]) + "." for i in range(0, len(body), 15)]
    return "\n\n".join(sentences)


def add_report(syn: Synthetic, rng: random.Random, vocab: list[str], rid: int, ev: Event) -> None:
    written = [write_name(rng, p) for p in ev.people]
    place = Place(text=ev.city[0], city=ev.city[0], country=ev.city[1])
    incidents = [
        Incident(
            act=ev.act,
            victims=[Party(name=n) for n in written],
            perpetrators=[Party(name=ev.perpetrator)],
            date=date_as_reported(rng, ev.day),
            location=place,
        )
    ]
    for slot, p in enumerate(ev.people):
        syn.person[MentionRef(rid, INCIDENT, 0, slot)] = p.id
    syn.event[EventRef(rid, INCIDENT, 0)] = ev.id
    if ev.secondary is not None and rng.random() < 0.7:
        second = _secondary_names(rng, ev)
        incidents.append(
            Incident(
                act=ev.secondary[1],
                victims=[Party(name=n) for n in second],
                date=date_as_reported(rng, ev.day),
                location=place,
            )
        )
        if len(second) == len(ev.people):  # named one by one, not as a group
            for slot, p in enumerate(ev.people):
                syn.person[MentionRef(rid, INCIDENT, 1, slot)] = p.id
        syn.event[EventRef(rid, INCIDENT, 1)] = ev.secondary[0]
    text = text_of(rng, vocab, written, rng.randint(80, 200))
    syn.reports.append(
        CodedReport(
            report=Report(title=f"report {rid}", text=text, id=rid),
            incidents=incidents,
            coder="synthetic",
        )
    )
    syn.story[rid] = rid


def _secondary_names(rng: random.Random, ev: Event) -> list[str]:
    if len(ev.people) in GROUP_WORDS and rng.random() < 0.4:
        return [GROUP_WORDS[len(ev.people)]]
    return [p.surname for p in ev.people]


def add_copy(
    syn: Synthetic, rng: random.Random, vocab: list[str], rid: int, original: CodedReport
) -> None:
    """A syndicated copy: a sentence dropped, a few words changed, a line added."""
    paragraphs = original.report.text.split("\n\n")
    if len(paragraphs) > 3:
        paragraphs.pop(rng.randrange(1, len(paragraphs)))
    words = "\n\n".join(paragraphs).split(" ")
    for _ in range(max(1, len(words) // 40)):
        words[rng.randrange(len(words))] = rng.choice(vocab)
    text = " ".join(words) + "\n\nRead more: " + " ".join(rng.choice(vocab) for _ in range(6))
    oid = original.report.id
    syn.reports.append(
        CodedReport(
            report=Report(title=f"copy {rid}", text=text, id=rid),
            incidents=original.incidents,
            coder="synthetic",
        )
    )
    syn.story[rid] = syn.story[oid]
    for i, inc in enumerate(original.incidents):
        syn.event[EventRef(rid, INCIDENT, i)] = syn.event[EventRef(oid, INCIDENT, i)]
        for slot in range(len(inc.victims)):
            pid = syn.person.get(MentionRef(oid, INCIDENT, i, slot))
            if pid is not None:
                syn.person[MentionRef(rid, INCIDENT, i, slot)] = pid


def generate(n: int = 10_000, seed: int = 0) -> Synthetic:
    rng = random.Random(seed)
    vocab = ["".join(rng.choice(SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(5000)]
    people = make_people(rng, max(2, n // 3))
    events = make_events(rng, people, max(1, n // 3))
    syn = Synthetic()
    rid = 0
    while rid < n:
        rid += 1
        if syn.reports and rng.random() < 0.2:
            add_copy(syn, rng, vocab, rid, rng.choice(syn.reports[-50:]))
        else:
            add_report(syn, rng, vocab, rid, rng.choice(events))
    return syn


def to_json(coded: CodedReport) -> dict[str, object]:
    def date(d: DateInterval) -> dict[str, object]:
        return {
            "start": str(d.start),
            "end": str(d.end),
            "granularity": d.granularity,
            "text": d.text,
        }

    return {
        "document": {"id": coded.report.id, "title": coded.report.title},
        "incidents": [
            {
                "act": i.act,
                "victims": [{"name": v.name} for v in i.victims],
                "perpetrators": [{"name": p.name} for p in i.perpetrators],
                "date": date(i.date),
                "location": {"city": i.location.city, "country": i.location.country},
            }
            for i in coded.incidents
        ],
        "interventions": [],
    }
