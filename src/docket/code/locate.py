"""Where an act took place: the place its clause names, a movement's destination and
origin, or the nearest place named before it in the same paragraph.

A region carries its country ("Chechnya": Russia); a city its country and, in the United
States, its state. A demonym on the perpetrator ("Chechen special police") places the act
in the region it names when nothing else does.
"""

from __future__ import annotations

import re

from docket.code.document import Document, SentenceInfo
from docket.code.places import PlaceMention, gazetteer
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
    """Drop demonyms, reference points ("northeast of Moscow") and datelines ("MINSK —",
    "(Nairobi) –"): a dateline says where the story was filed, not where the act was."""
    kept = []
    for mention in mentions:
        if mention.entry.demonym:
            continue
        if _REFERENCE_POINT.search(plain[max(0, mention.start - 20) : mention.start]):
            continue
        if _is_dateline(plain, mention):
            continue
        kept.append(mention)
    return kept


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
    doc: Document, info: SentenceInfo, start: int, end: int
) -> tuple[Place, list[PlaceMention]]:
    """The place of an act whose clause is `[start, end)`, and the mentions that give it."""
    in_clause = _usable([m for m in info.places if start <= m.start and m.end <= end], doc.plain)
    movement = _movement(doc, in_clause, start, end)
    if movement is not None:
        return movement
    if in_clause:
        best = _most_specific(in_clause)
        return place_of(best), [best]
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
        return place_of(best), [best]
    earlier = _earlier_in_paragraph(doc, info)
    if earlier is not None and _at_home(earlier, home):
        return place_of(earlier), [earlier]
    country = home
    if country is not None:
        # The country the report is about, given by its first mention there.
        place = place_of(country)
        return Place(text=place.text, country=place.country), [country]
    return Place(), []


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


def _earlier_in_paragraph(doc: Document, info: SentenceInfo) -> PlaceMention | None:
    for other in reversed(doc.sentences[: info.sentence.index]):
        if other.sentence.paragraph != info.sentence.paragraph:
            break
        usable = _usable(other.places, doc.plain)
        if usable:
            return _most_specific(usable)
    return None


def dominant_country(doc: Document) -> PlaceMention | None:
    """The country named most often (the lead counts double), by its first mention."""
    votes: dict[str, float] = {}
    first: dict[str, PlaceMention] = {}
    for mention in gazetteer().find(doc.title):
        votes[mention.entry.country_code] = votes.get(mention.entry.country_code, 0.0) + 2.0
    for info in doc.sentences:
        weight = 2.0 if info.sentence.index < 3 else 1.0
        for mention in info.places:
            code = mention.entry.country_code
            votes[code] = votes.get(code, 0.0) + weight * (0.5 if mention.entry.demonym else 1.0)
            if code not in first or (first[code].entry.demonym and not mention.entry.demonym):
                first[code] = mention
    mentioned = [c for c in votes if c in first]
    if not mentioned:
        return None
    return first[max(mentioned, key=lambda c: votes[c])]
