"""The report body as the coder reads it: a same-length plain view, sentences and clauses.

Evidence offsets must index `Report.text` exactly, Markdown included. So instead of
stripping the Markdown (which would shift every offset) we blank its syntax with spaces:
`[reported](#)` reads ` reported    `, and every index of the plain view is an index of
the stored body.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

_LINK = re.compile(r"!?\[([^\]\n]*)\]\(([^)\n]*)\)")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>\s]*>")
_BARE_URL = re.compile(r"https?://[^\s)\]>]*[^\s)\]>.,;:!?'\"]")
_MARKUP = re.compile(r"(?m)^\s{0,3}(?:#{1,6}|>|[-*+]|\d+\.)\s|\*\*|__|`")

# Abbreviations after which a full stop does not end a sentence.
_ABBREV = frozenset(
    (  # noqa: SIM905 (a word list reads best as words)
        "mr mrs ms dr prof st gen col lt sgt capt maj gov sen rep rev jr sr no vs etc inc ltd "
        "co corp dept univ jan feb mar apr jun jul aug sep sept oct nov dec u.s u.k u.n e.g "
        "i.e a.m p.m mt ft"
    ).split()
)
_SENT_END = re.compile(r"[.!?]+[\"”’')\]]*(?=\s+[\"“‘'(\[]?[A-Z0-9])")
_PARA = re.compile(r"\n\s*\n")
# Where a sentence divides into clauses that may each report their own act and date.
_CLAUSE_BREAK = re.compile(
    r";|\s[-–—]\s|,?\s+(?=(?:after|before|but|while|when|whereas|although|until|since)\s)",
    re.IGNORECASE,
)


def plain_view(text: str) -> str:
    """`text` with Markdown syntax blanked by spaces: same length, same offsets."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "

    for match in _LINK.finditer(text):
        blank(match.start(), match.start(1))
        blank(match.end(1), match.end())
    for pattern in (_AUTOLINK, _BARE_URL, _MARKUP):
        for match in pattern.finditer(text):
            blank(match.start(), match.end())
    return "".join(chars)


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the plain view: `[start, end)` into the body."""

    start: int
    end: int
    text: str
    paragraph: int
    index: int


@dataclass(frozen=True, slots=True)
class Clause:
    start: int
    end: int
    text: str


_MONTH_ABBREV = frozenset(
    "jan feb mar apr jun jul aug sep sept oct nov dec".split()  # noqa: SIM905 (words)
)
_NEXT_WORD = re.compile(r"[.\s\"“‘'(\[]*(\S)")


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", text[max(0, dot - 24) : dot])
    if word is None:
        return False
    token = word.group(1).lower().rstrip(".")
    if token in _MONTH_ABBREV:
        # "Jun. 5" abbreviates a month; before a capitalised word the stop ends a sentence
        # whose last word merely looks like one ("charges against anchor Zhu Jun. Public
        # awareness rose ...").
        following = _NEXT_WORD.match(text, dot)
        return following is None or not following.group(1).isupper()
    # A single capital letter before a full stop is an initial ("J. Smith").
    return token in _ABBREV or (len(token) == 1 and dot > 0 and text[dot - 1].isupper())


def _split_paragraph(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    cursor = start
    for match in _SENT_END.finditer(text, start, end):
        if match.group().startswith(".") and _ends_with_abbreviation(text, match.start()):
            continue
        spans.append((cursor, match.end()))
        cursor = match.end()
    spans.append((cursor, end))
    return spans


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(plain: str) -> list[Sentence]:
    """Sentences of a plain view; paragraphs (blank lines, single lines) never join."""
    found: list[Sentence] = []
    cursor = 0
    bounds = [m.start() for m in _PARA.finditer(plain)] + [len(plain)]
    for paragraph, bound in enumerate(bounds):
        for line_start, line_end in _lines(plain, cursor, bound):
            for s, e in _split_paragraph(plain, line_start, line_end):
                for cs, ce in _chunks(plain, *_trimmed(plain, s, e)):
                    if ce - cs >= 2:
                        found.append(Sentence(cs, ce, plain[cs:ce], paragraph, len(found)))
        cursor = bound
    return found


MAX_SENTENCE = 1_500
"""Longer "sentences" (a wall of text without full stops) are cut at spaces, so that no
rule ever scans an unbounded string."""


def _chunks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        spans.append(_trimmed(text, start, cut))
        start = cut
    spans.append(_trimmed(text, start, end))
    return spans


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Single newlines inside a paragraph separate lines in Markdown lists and captions."""
    spans = []
    cursor = start
    for match in re.finditer(r"\n", text[start:end]):
        spans.append((cursor, start + match.start()))
        cursor = start + match.end()
    spans.append((cursor, end))
    return spans


def clauses(sentence: Sentence) -> list[Clause]:
    """Split a sentence where a second event may begin (`after`, `but`, `;`)."""
    parts: list[Clause] = []
    cursor = 0
    for match in _CLAUSE_BREAK.finditer(sentence.text):
        if match.start() - cursor >= 12:
            parts.append(_clause(sentence, cursor, match.start()))
            cursor = match.end()
    parts.append(_clause(sentence, cursor, len(sentence.text)))
    return parts


def _clause(sentence: Sentence, start: int, end: int) -> Clause:
    start, end = _trimmed(sentence.text, start, end)
    return Clause(sentence.start + start, sentence.start + end, sentence.text[start:end])


def common_word(word: str, plain: str) -> bool:
    """A capitalised word the report also writes in lower case is a word, not a name
    ("Journalists Abdifatah" at a sentence start, "Getty Images", "Killed" of a headline)."""
    lower = word.lower()
    if lower == word:
        return False
    if _WORD.fullmatch(lower):
        return lower in _word_runs(plain)  # one pass per report, not one per name
    return re.search(rf"\b{re.escape(lower)}\b", plain) is not None


_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=4)
def _word_runs(plain: str) -> frozenset[str]:
    """The report's runs of word characters, as written: a word is among them exactly
    where `\\bword\\b` would find it. Cached for the few reports coded at a time."""
    return frozenset(_WORD.findall(plain))
