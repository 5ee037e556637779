"""Where an act took place: the place its clause names, a movement's destination and
origin, or the nearest place named before it in the same paragraph; failing all, the
report's dominant country. A place no finer than a country is narrowed to the report's
main city in that country, when one is named at least twice (title and lead count
double): reports about arrests in Minsk say "detained in Belarus" too.

A region carries its country ("Chechnya": Russia); a city its country and, in the United
States, its state. A demonym on the perpetrator ("Chechen special police") places the act
in the region it names when nothing else does.
"""

from __future__ import annotations

import re

from docket.code.document import Document, SentenceInfo
from docket.code.places import PlaceMention, country_name
from docket.models import Place

_MOVEMENT = re.compile(
    r"\b(?:fled|flee|escaped|left|returned|deported|extradited|sent|taken|transferred|moved)"
    r"\b(?:\s+(?:from\s+)?(?P<origin>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*))?"
    r".{0,40}?\b(?:for|to|into)\s+(?P<dest>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)*)"
)
_REFERENCE_POINT = re.compile(
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s*$"
)


def place_of(mention: PlaceMention) -> Place:
    entry = mention.entry
    written = re.sub(r"['’]s$", "", mention.text)
    if entry.kind == "city":
        return Place(text=written, city=written, region=entry.region, country=entry.country)
    if entry.kind == "region":
        return Place(text=written, region=entry.region or entry.name, country=entry.country)
    return Place(text=written, country=entry.country)


def _usable(mentions: list[PlaceMention], plain: str) -> list[PlaceMention]:
    """Drop demonyms, reference points ("northeast of Moscow"), datelines ("MINSK —",
    "(Nairobi) –"): a dateline says where the story was filed, not where the act was; and
    bases ("judges based in London"): where someone works from."""
    kept = []
    for mention in mentions:
        if mention.entry.demonym or is_base(plain, mention):
            continue
        if _REFERENCE_POINT.search(plain[max(0, mention.start - 20) : mention.start]):
            continue
        if _is_dateline(plain, mention):
            continue
        kept.append(mention)
    return kept


_BASED_IN = re.compile(r"\bbased\s+in\s+(?:the\s+)?$")


def is_base(plain: str, mention: PlaceMention) -> bool:
    """A place that says where a person or body is based: "judges based in London".
    ("London-based" is one word to the gazetteer, no place at all.)"""
    return _BASED_IN.search(plain[max(0, mention.start - 16) : mention.start]) is not None


_DATELINE_AFTER = re.compile(r"^[\s)]*(?:,\s*[A-Z][\w.]*\s*)?(?:\([^)\n]{0,30}\)\s*)?[—–-]")


def _is_dateline(plain: str, mention: PlaceMention) -> bool:
    line_start = plain.rfind("\n", 0, mention.start) + 1
    if plain[line_start : mention.start].strip(" (") != "":
        return False
    return _DATELINE_AFTER.match(plain[mention.end : mention.end + 40]) is not None


_SPECIFICITY = {"city": 0, "region": 1, "country": 2}


def _most_specific(mentions: list[PlaceMention]) -> PlaceMention:
    return min(mentions, key=lambda m: (_SPECIFICITY[m.entry.kind], m.start))


def locate(
    doc: Document, info: SentenceInfo, start: int, end: int, anchor: int | None = None
) -> tuple[Place, list[PlaceMention]]:
    """The place of an act whose clause is `[start, end)` and whose trigger starts at
    `anchor` (the clause's start if not given), and the mentions that give it."""
    in_clause = _usable([m for m in info.places if start <= m.start and m.end <= end], doc.plain)
    movement = _movement(doc, in_clause, start, end)
    if movement is not None:
        return movement
    if in_clause:
        best = _clause_place(doc, in_clause, start if anchor is None else anchor)
        return _with_city(doc, best)
    demonyms = [
        m
        for m in info.places
        if start <= m.start < end and m.entry.demonym and m.entry.kind == "region"
    ]
    if demonyms:
        return place_of(demonyms[0]), [demonyms[0]]
    home = dominant_country(doc)
    other_acts = [(c.start, c.end) for c, _ in info.acts if not (c.start == start and c.end == end)]
    free = [
        m
        for m in _usable(info.places, doc.plain)
        if not any(s <= m.start < e for s, e in other_acts) and _at_home(m, home)
    ]
    if free:
        best = _most_specific(free)
        return _with_city(doc, best)
    earlier = _earlier_in_paragraph(doc, info)
    if earlier is not None and _at_home(earlier, home):
        return _with_city(doc, earlier)
    country = home
    if country is not None:
        city = dominant_city(doc, country.entry.country_code)
        if city is not None:
            return place_of(city), [city]
    if country is not None:
        # The country the report is about, given by its first mention there.
        place = place_of(country)
        return Place(text=place.text, country=place.country), [country]
    return Place(), []


_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|inside|across|into|to|from)\s+(?:the\s+)?$", re.IGNORECASE
)


def _clause_place(doc: Document, mentions: list[PlaceMention], anchor: int) -> PlaceMention:
    """Of the places a clause names, the one where the act happened: a place after a
    locative preposition nearest the trigger ("a woman who lives in the United States says
    she was detained in China"; "at a news conference in Beijing, he said the embassy in
    Congo is trying to rescue those kidnapped"), else the first one named ("India and the
    United States are threatened"); then the most specific place of that country
    ("arrested in Belarus, in Minsk")."""

    def key(mention: PlaceMention) -> tuple[int, int]:
        before = doc.plain[max(0, mention.start - 12) : mention.start]
        if _LOCATIVE.search(before):
            return (0, abs(mention.start - anchor))
        return (1, mention.start)

    best = min(mentions, key=key)
    return _most_specific([m for m in mentions if m.entry.country_code == best.entry.country_code])


def _at_home(mention: PlaceMention, home: PlaceMention | None) -> bool:
    """A place borrowed from outside the act's clause must lie in the report's country:
    a sentence or paragraph may name other countries in passing."""
    return home is None or mention.entry.country_code == home.entry.country_code


def _movement(
    doc: Document, mentions: list[PlaceMention], start: int, end: int
) -> tuple[Place, list[PlaceMention]] | None:
    match = _MOVEMENT.search(doc.plain, start, end)
    if match is None:
        return None
    by_start = {m.start: m for m in mentions}
    dest = by_start.get(match.start("dest"))
    if dest is None:
        return None
    origin = by_start.get(match.start("origin")) if match.group("origin") else None
    place = place_of(dest)
    used = [dest]
    if origin is not None:
        place.origin = place_of(origin)
        used.append(origin)
    return place, used


LOOK_BACK = 12
"""Sentences an act looks back in its paragraph for a place: a paragraph longer than that
is a list or a wall of text, not one episode."""


def _earlier_in_paragraph(doc: Document, info: SentenceInfo) -> PlaceMention | None:
    index = info.sentence.index
    for other in reversed(doc.sentences[max(0, index - LOOK_BACK) : index]):
        if other.sentence.paragraph != info.sentence.paragraph:
            break
        usable = _usable(other.places, doc.plain)
        if usable:
            return _most_specific(usable)
    return None


def _with_city(doc: Document, mention: PlaceMention) -> tuple[Place, list[PlaceMention]]:
    """A country-level place narrowed to the report's main city in that country: "held
    in Belarus" in a report about arrests in Minsk (both mentions are the evidence)."""
    if mention.entry.kind == "country":
        city = dominant_city(doc, mention.entry.country_code)
        if city is not None:
            return place_of(city), [mention, city]
    return place_of(mention), [mention]


MIN_CITY_VOTES = 2.0
"""A city named once in passing is no report's main city (a mention in the title or the
lead counts twice)."""


def dominant_city(doc: Document, country_code: str) -> PlaceMention | None:
    """The city of `country_code` named most often (title and lead count double), by its
    first mention in the body; None when no city of the country comes up at least twice."""
    found: PlaceMention | None = doc.remember(
        ("dominant_city", country_code), lambda: _dominant_city(doc, country_code)
    )
    return found


def _dominant_city(doc: Document, country_code: str) -> PlaceMention | None:
    votes: dict[str, float] = {}
    first: dict[str, PlaceMention] = {}
    for mention in doc.title_places:
        if mention.entry.kind == "city" and mention.entry.country_code == country_code:
            votes[mention.entry.name] = votes.get(mention.entry.name, 0.0) + 2.0
    for info in doc.sentences:
        weight = 2.0 if info.sentence.index < 3 else 1.0
        for mention in info.places:
            entry = mention.entry
            if entry.kind != "city" or entry.country_code != country_code:
                continue
            if is_base(doc.plain, mention):
                continue  # "judges based in London" in a report about Belfast
            votes[entry.name] = votes.get(entry.name, 0.0) + weight
            first.setdefault(entry.name, mention)
    mentioned = [c for c in votes if c in first and votes[c] >= MIN_CITY_VOTES]
    if not mentioned:
        return None
    return first[max(mentioned, key=lambda c: (votes[c], -first[c].start))]


def dominant_country(doc: Document) -> PlaceMention | None:
    """The country named most often (the lead counts double), by its first mention."""
    found: PlaceMention | None = doc.remember(
        ("dominant_country", ""), lambda: _dominant_country(doc)
    )
    return found


def _dominant_country(doc: Document) -> PlaceMention | None:
    votes, first = _country_votes(doc)
    mentioned = [c for c in votes if c in first]
    if not mentioned:
        return None
    return first[max(mentioned, key=lambda c: votes[c])]


def country_shares(doc: Document) -> dict[str, float]:
    """Each country's share of the report's place mentions, by country name (title and
    lead count double, a demonym half): how much of the report is about that country."""
    shares: dict[str, float] = doc.remember(("country_shares", ""), lambda: _shares(doc))
    return shares


def _shares(doc: Document) -> dict[str, float]:
    votes, _ = _country_votes(doc)
    total = sum(votes.values())
    if not total:
        return {}
    return {country_name(code): weight / total for code, weight in votes.items()}


def _country_votes(doc: Document) -> tuple[dict[str, float], dict[str, PlaceMention]]:
    votes: dict[str, float] = {}
    first: dict[str, PlaceMention] = {}
    for mention in doc.title_places:
        votes[mention.entry.country_code] = votes.get(mention.entry.country_code, 0.0) + 2.0
    for info in doc.sentences:
        weight = 2.0 if info.sentence.index < 3 else 1.0
        for mention in info.places:
            code = mention.entry.country_code
            votes[code] = votes.get(code, 0.0) + weight * (0.5 if mention.entry.demonym else 1.0)
            if code not in first or (first[code].entry.demonym and not mention.entry.demonym):
                first[code] = mention
    return votes, first
