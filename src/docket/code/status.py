"""Status and attribution of a claim: reported, alleged, denied or confirmed, and by whom.

The rules, first that applies wins:
1. "in what rights groups called a kidnapping": alleged, attributed to the namer.
2. "allegedly", "reportedly", "alleged" just before the act: alleged.
3. An authority recognises it ("has recognized that", "confirmed", "a court ruled"): confirmed.
4. The accused deny it ("denied the allegations", "denies that"): denied.
5. "according to X", "X said (that)", "X claimed": alleged, attributed to X, unless the act
   is a presupposed noun ("their initial arrest"), which the outlet itself reports.
6. Otherwise the outlet states it: reported.
Attribution is recorded whenever a source is named, whatever the status.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CALLED = re.compile(
    r"\bin what\s+(?P<who>[^,.;]{2,60}?)\s+(?:called|call|calls|described as|termed|branded)\b",
    re.IGNORECASE,
)
_HEDGE = re.compile(
    r"\b(?:allegedly|reportedly|alleged|purportedly|apparently|said to have been|"
    r"believed to have been)"
    r"\s+(?:\S+\s+){0,2}$",
    re.IGNORECASE,
)
_CONFIRMED = re.compile(
    r"(?P<who>\b[\w’'\s-]{2,60}?)\s+(?:has|have|had)?\s*(?:officially\s+)?(?:recogni[sz]ed|"
    r"acknowledged|admitted|confirmed|ruled|found)\s+(?:that\b)?",
    re.IGNORECASE,
)
_AUTHORITY = re.compile(
    r"\b(?:state|court|government|authorities|ministry|police|prosecutors?|judge|tribunal|"
    r"committee|commission|officials?|army|military|president|governor)\b",
    re.IGNORECASE,
)
_DENIED = re.compile(
    r"(?P<who>\b[\w’'\s-]{2,60}?)\s+(?:has\s+|have\s+)?(?:denied|denies|deny|rejected|dismissed)\s+"
    r"(?!bail\b|access\b|entry\b|medical\b|the right\b|visits?\b|him\b|her\b|them\b)",
    re.IGNORECASE,
)
_ACCORDING = re.compile(r"\baccording to\s+(?P<who>[^,.;]{2,80}?)(?=[,.;]|$)", re.IGNORECASE)
_SAID_AFTER = re.compile(
    r"(?P<who>(?:[A-Z][\w’'.-]*|the|a|an|his|her|their|rights|group|groups|lawyer|"
    r"activists?|spokes\w+|officials?|police|witnesses|relatives|media|news|website|[a-z]+)"
    r"(?:\s+(?:[A-Z][\w’'.-]*|[a-z]+)){0,6}?)\s+(?:has\s+|have\s+)?(?:said|says|say|told|"
    r"claimed|claims|alleged|alleges|insisted|wrote|tweeted)\b",
)
_QUOTED_AS_SAYING = re.compile(r"\bquoted\s+(?P<who>.{2,80}?)\s+as\s+saying\b")
_CLAIMING = re.compile(r"\b(?:claiming|alleging|saying)\b", re.IGNORECASE)
_PRESUPPOSED = re.compile(
    r"(?:\b(?:the|his|her|their|its|this|that|initial|first|recent|latest)|['’]s)\s+(?:\w+\s+){0,1}$",
    re.IGNORECASE,
)
_NOUN_TRIGGER = re.compile(
    r"^(?:arrest|detention|torture|killing|murder|abduction|kidnapping|disappearance|"
    r"deportation|imprisonment|assassination|execution|beating|raid|prosecution|trial)s?$",
    re.IGNORECASE,
)
_SOURCE_STOP = re.compile(r"^(?:it|this|that|which|who|he|she|they|there)$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Status:
    """The status of one act mention and who says so, with the span that says it."""

    status: str
    attribution: str | None = None
    start: int | None = None
    end: int | None = None


def status_of(sentence: str, trigger_start: int, trigger_end: int, offset: int = 0) -> Status:
    """Status of the act whose trigger is at `[trigger_start, trigger_end)` of `sentence`.

    Offsets in and out are body offsets; `offset` is the sentence's start in the body.
    """
    start, end = trigger_start - offset, trigger_end - offset
    trigger = sentence[start:end]
    called = _called(sentence, start)
    if called is not None:
        return _at(called, "alleged", offset)
    hedge = _HEDGE.search(sentence[max(0, start - 40) : start])
    source = _source(sentence)
    who = source.group("who").strip() if source else None
    if hedge is not None:
        hedge_start = max(0, start - 40) + hedge.start()
        return Status(
            "alleged", who, offset + hedge_start, offset + hedge_start + len(hedge.group().strip())
        )
    for pattern, status in ((_CONFIRMED, "confirmed"), (_DENIED, "denied")):
        match = pattern.search(sentence) if _STANCE_WORDS.search(sentence) else None
        if match and _AUTHORITY.search(match.group("who")):
            return _at(match, status, offset, who=_tidy(match.group("who")))
    if source is not None and not _presupposed(sentence, start, trigger):
        return _at(source, "alleged", offset, who=_tidy(who or ""))
    claiming = _CLAIMING.search(sentence[:start])
    if claiming is not None:
        return Status("alleged", None, offset + claiming.start(), offset + claiming.end())
    if source is not None:
        return Status("reported", _tidy(who or ""), offset + source.start(), offset + source.end())
    return Status("reported")


_STANDALONE_DENIAL = re.compile(
    r"^\W*(?P<who>[A-Z][\w’' -]{1,60}?)\s+(?:has\s+|have\s+)?(?:denied|denies|deny|rejected|"
    r"dismissed)\s+(?:the|these|those|all|such|any)?\s*(?:allegations?|accusations?|claims?|"
    r"reports?|charges?|wrongdoing|involvement)\b"
)


def denial(sentence: str, offset: int = 0) -> Status | None:
    """A sentence that only denies what the one before it reports ("The ministry denied
    the allegations."): denied, attributed to the denier."""
    match = _STANDALONE_DENIAL.match(sentence)
    if match is None:
        return None
    return Status(
        "denied", _tidy(match.group("who")), offset + match.start("who"), offset + match.end()
    )


def _called(sentence: str, start: int) -> re.Match[str] | None:
    for match in _CALLED.finditer(sentence):
        # The characterisation covers the act when the act is named by it or follows it.
        if match.start() <= start + 60:
            return match
    return None


_SOURCE_WORDS = re.compile(
    r"according|quoted|said|says|say|told|claim|alleg|insisted|wrote|tweeted"
)
_STANCE_WORDS = re.compile(
    r"recogni|acknowledg|admitted|confirmed|ruled|found|den[iy]|rejected|dismissed", re.IGNORECASE
)


def _source(sentence: str) -> re.Match[str] | None:
    if not _SOURCE_WORDS.search(sentence):
        return None  # the patterns below are costly; most sentences name no source
    for pattern in (_ACCORDING, _QUOTED_AS_SAYING, _SAID_AFTER):
        match = pattern.search(sentence)
        if match and not _SOURCE_STOP.match(match.group("who").strip()):
            return match
    return None


def _presupposed(sentence: str, start: int, trigger: str) -> bool:
    """A noun act after a determiner or possessive is presupposed, not the claim itself."""
    return bool(
        _NOUN_TRIGGER.match(trigger) and _PRESUPPOSED.search(sentence[max(0, start - 30) : start])
    )


def _tidy(who: str) -> str | None:
    who = re.sub(r"^(?:that|and|but|as|while)\s+", "", who.strip(" ,“”\"'"), flags=re.IGNORECASE)
    return who or None


def _at(match: re.Match[str], status: str, offset: int, who: str | None = None) -> Status:
    if who is None and "who" in match.groupdict():
        who = _tidy(match.group("who"))
    return Status(status, who, offset + match.start(), offset + match.end())
