"""Person names as written, turned into comparable forms.

A name as a coder writes it ("LGBT Network lawyer Alexander Nemov", "Магамадов",
"the two men", "A. Nemov") becomes a `ParsedName`: its tokens with titles and roles
stripped, each token as ASCII and as a transliteration *skeleton* on which the Russian
romanisation variants meet (Magamadov, Magamadow, Magamadoff and Магамадов all give
`magamadov`), and a `kind` that tells the linker how far the name can be trusted alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from unidecode import unidecode

# Kinds of names, from the most to the least self-sufficient.
FULL = "full"  # given name(s) and surname: "Salekh Magamadov"
INITIALS = "initials"  # given names as initials: "S. Magamadov"
SINGLE = "single"  # one token: "Magamadov" or "Salekh"; resolved only in context
GROUP = "group"  # "the two men": resolved through the incident's named victims
DESCRIPTION = "description"  # "an unnamed journalist": one person, resolved like a group
EMPTY = "empty"  # nothing left once titles are stripped

# Words that precede a name and are not part of it. Lower case, without dots.
TITLES: frozenset[str] = frozenset(
    """mr mrs ms miss dr prof professor sir madam mme mister doctor sheikh imam father rev
    reverend pastor bishop sister brother general gen colonel col major capt captain lt sgt
    judge justice lawyer attorney advocate journalist reporter editor writer poet artist
    activist defender blogger photographer correspondent director chairman chairwoman chair
    president leader head secretary spokesman spokeswoman spokesperson founder coordinator
    member opposition politician deputy mp senator mayor governor minister teacher student
    nurse unionist officer agent commander academic researcher scholar""".split()  # noqa: SIM905
)

# A group: a description of several people, not a name.
_NUMBER_WORDS = """two three four five six seven eight nine ten eleven twelve dozen dozens
    several many some both all hundreds thousands scores""".split()  # noqa: SIM905
_GROUP_NOUNS = frozenset(
    """men women people persons activists journalists defenders students lawyers workers
    members brothers sisters children relatives residents villagers protesters
    demonstrators detainees prisoners reporters bloggers couple family families others
    victims individuals youths teenagers girls boys leaders unionists them they""".split()  # noqa: SIM905
)
# Words that say a person is not named.
_UNNAMED = frozenset("unnamed unidentified unknown anonymous".split())  # noqa: SIM905
_GROUP_NUMBER: dict[str, int] = {w: i + 2 for i, w in enumerate(_NUMBER_WORDS[:11])}
_GROUP_NUMBER.update({"both": 2, "couple": 2, "pair": 2})

# Hyphens split tokens (Zaghari-Ratcliffe, al-Hathloul); apostrophes do not (Chin'ono).
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*", re.UNICODE)

# Particles and suffixes that writers add or drop freely: al-Hathloul / Hathloul,
# Abd El Fattah / Abdel Fattah, Gregorio Jr / Gregorio.
PARTICLES: frozenset[str] = frozenset(
    "al el ad as ash ar bin ibn bint de del da di dos das du van von der den la le".split()  # noqa: SIM905
)
SUFFIXES: frozenset[str] = frozenset("jr sr ii iii iv".split())  # noqa: SIM905

# Transliteration rules, applied in order to a lower-case ASCII token. Each rule makes
# two romanisations of the same Cyrillic spelling meet; none of them is meant to be
# a correct transliteration, only a shared key.
_SKELETON_RULES: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), repl)
    for pattern, repl in (
        (r"['’`]", ""),  # soft signs and apostrophes: Ol'ga / Olga
        (r"shch|sch", "sh"),  # Щ: Shcherbakov / Scherbakov
        (r"tch", "ch"),
        (r"kh", "h"),  # Х: Salekh / Saleh
        (r"ks", "x"),  # Aleksandr / Alexandr
        (r"ph", "f"),
        (r"w", "v"),  # German-style: Magamadow
        (r"(?<=[ao])ff$", "v"),  # French/older English: Smirnoff
        (r"(?<=e)ff$", "v"),
        (r"j", "y"),  # German-style: Jelena, Juri
        (r"y", "i"),  # Й/Ы/Я/Ю written y or i: Dmitriy / Dmitrii, Yana / Iana
        (r"^ie", "e"),  # initial Е written Ye: Yevgeny / Evgenii
        (r"(?<=[aeiou])i(?=[aeou])", ""),  # Isayev / Isaev, Mariya / Maria
        (r"(?<=[^aeiou])ie", "e"),  # Ье: Grigoryev / Grigoriev / Grigorev
        (r"ii+", "i"),  # Dmitrii / Dmitri
        (r"(.)\1+", r"\1"),  # doubled letters: Alla / Ala
        (r"io", "e"),  # Ё written io/yo/e: Iolkin / Yolkin / Elkin
    )
)

_VOWELS = frozenset("aeiou")


@dataclass(frozen=True)
class ParsedName:
    """A name as written and its comparable forms."""

    raw: str
    tokens: tuple[str, ...]
    """ASCII lower-case tokens, titles stripped, in the written order."""
    skeletons: tuple[str, ...]
    """The transliteration skeleton of each token."""
    kind: str
    group_size: int | None = None
    """For a group, how many people it names when the text says ("the two men")."""

    @property
    def surname(self) -> str:
        """The last token: the surname in the Western order the coders write."""
        return self.skeletons[-1] if self.skeletons else ""

    @property
    def given(self) -> tuple[str, ...]:
        return self.skeletons[:-1]

    @property
    def key(self) -> str:
        """One string per distinct written form: mentions with the same key are one form."""
        return " ".join(self.tokens)


def ascii_fold(text: str) -> str:
    """Lower-case ASCII: diacritics dropped and Cyrillic romanised by unidecode."""
    return unidecode(text).lower()


def skeleton(token: str) -> str:
    """The transliteration skeleton of one token (ASCII or not)."""
    out = ascii_fold(token)
    for pattern, repl in _SKELETON_RULES:
        out = pattern.sub(repl, out)
    return out


def consonant_key(token_skeleton: str, length: int = 4) -> str:
    """First letter and the next consonants: a coarse key for blocking.

    Vowels are where transliterations and misspellings differ most (Magombeyi /
    Mugombeyi), so the key keeps the first letter and drops the other vowels.
    """
    if not token_skeleton:
        return ""
    tail = "".join(c for c in token_skeleton[1:] if c not in _VOWELS)
    return (token_skeleton[0] + tail)[:length]


@lru_cache(maxsize=200_000)
def parse(raw: str) -> ParsedName:
    """Parse a name as written into tokens, skeletons and a kind (cached: names repeat)."""
    words = _TOKEN.findall(raw.replace(".", ". "))
    folded = [ascii_fold(w).replace("’", "'") for w in words]
    group = _group_size(folded, words)
    if group is not None:
        return ParsedName(
            raw=raw, tokens=tuple(folded), skeletons=(), kind=GROUP, group_size=group or None
        )
    if _is_description(folded, words):
        return ParsedName(
            raw=raw, tokens=tuple(folded), skeletons=(), kind=DESCRIPTION, group_size=1
        )
    tokens = _drop_particles(_strip_titles(folded))
    skels = tuple(skeleton(t) for t in tokens)
    return ParsedName(raw=raw, tokens=tuple(tokens), skeletons=skels, kind=_kind(tokens, raw))


def _strip_titles(folded: list[str]) -> list[str]:
    """Drop the roles and titles before the name: keep what follows the last of them.

    "LGBT Network lawyer Alexander Nemov" keeps "alexander nemov"; a title word after the
    last word is never dropped, so a surname that is also a role word ("Ali Major") stays.
    """
    last_title = -1
    for i, tok in enumerate(folded[:-1]):
        if tok in TITLES:
            last_title = i
    return folded[last_title + 1 :]


def _is_description(folded: list[str], words: list[str]) -> bool:
    """ "an unnamed man", "a journalist": no capitalised word, or a word that says so.

    Scripts without case (Arabic, Chinese) have neither upper nor lower case letters and
    count as capitalised.
    """
    if any(t in _UNNAMED or t.endswith("'s") for t in folded):
        return True  # "unnamed man", "Rajesh's wife"
    return bool(words) and all(w[:1].islower() for w in words)


def _drop_particles(tokens: list[str]) -> list[str]:
    """Drop particles and suffixes, unless nothing but them would be left."""
    kept = [t for t in tokens if t not in PARTICLES and t not in SUFFIXES]
    return kept if kept else tokens


def _group_size(folded: list[str], words: list[str]) -> int | None:
    """0 for a group of unknown size, its size when written, None when not a group."""
    if not folded:
        return None
    capitalised = [
        w
        for w in words
        if w[:1].isupper() and w.lower() not in _NUMBER_WORDS and w.lower() != "the"
    ]
    plural = any(t in _GROUP_NOUNS for t in folded)
    if not plural or capitalised:
        return None
    for tok in folded:
        if tok in _GROUP_NUMBER:
            return _GROUP_NUMBER[tok]
    return 0


def _kind(tokens: list[str], raw: str) -> str:
    if not tokens:
        return EMPTY
    if len(tokens) == 1:
        return SINGLE
    if all(len(t) == 1 for t in tokens[:-1]) or re.search(r"\b\w\.", raw):
        return INITIALS
    return FULL


def initials_compatible(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Given names agree as far as initials can tell ("s" fits "salekh")."""
    return all(x[0] == y[0] for x, y in zip(a, b, strict=False) if x and y)
