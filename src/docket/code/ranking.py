"""Which incident is a report's main one: a small logistic model over what a reader uses.

A news report is about one event and mentions others in passing or as background (an
arrest today, a killing years ago that it recalls). A reader finds the main one by its
place in the text, its presence in the title, how often its victims come back, whether
it happened in the country the report is about (and how much of the report is about that
country), whether its own sentence names its place, and how exactly it is dated. The model
weighs those signals; `scripts/train_coder.py` fits it on HRDsAttack train, where an
incident counts as the main one when its year, month and country agree with the
article's labels.
Its score is the incident's confidence, so the highest-confidence incident is the one the
report is about (DESIGN.md forms an article's answer from it).

The weights ship as plain numbers in `ranker.json` (no pickle).
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from importlib import resources
from typing import Any

from docket.code.acts import find_acts
from docket.code.document import Document
from docket.code.locate import country_shares, dominant_country
from docket.errors import CodingError
from docket.models import ACTS, DateInterval, Incident

ARTEFACT = "ranker.json"
LEAD = 3
RANKED_ACTS = tuple(act for act in ACTS if act != "displacement")
"""Displacement is a consequence, never a report's main incident (DESIGN.md)."""
FEATURES = (
    "position",
    "first_sentence",
    "in_lead",
    "act_in_title",
    "dated",
    "day",
    "month",
    "year",
    "this_year",
    "last_year",
    "older",
    "main_year",
    "named_victim",
    "victim_mentions",
    "victim_in_title",
    "perpetrator",
    "mentions",
    "at_home",
    "home_share",
    "own_place",
    "city",
    "from_classifier",
    *(f"act_{act}" for act in RANKED_ACTS),
)


@dataclass(frozen=True, slots=True)
class ReportContext:
    """What every incident of one report is weighed against."""

    title: str
    title_acts: frozenset[str]
    home_country: str | None
    plain: str
    main_year: int | None
    shares: dict[str, float]
    sentences: tuple[tuple[int, int], ...]

    @classmethod
    def of(cls, doc: Document) -> ReportContext:
        home = dominant_country(doc)
        return cls(
            title=doc.title,
            title_acts=frozenset(t.label for t in find_acts(doc.title)),
            home_country=home.entry.country if home is not None else None,
            plain=doc.plain,
            main_year=_main_year(doc),
            shares=country_shares(doc),
            sentences=tuple((i.sentence.start, i.sentence.end) for i in doc.sentences),
        )


def _main_year(doc: Document) -> int | None:
    """The year the report's dates fall in most often (the lead counts double)."""
    votes: dict[int, int] = {}
    for info in doc.sentences:
        for mention in info.dates:
            start, end = mention.interval.start, mention.interval.end
            if start is not None and end is not None and start.year == end.year:
                weight = 2 if info.sentence.index < LEAD else 1
                votes[start.year] = votes.get(start.year, 0) + weight
    return max(votes, key=lambda y: (votes[y], y)) if votes else None


def _own_place(incident: Incident, context: ReportContext) -> bool:
    """Whether the incident's place is named in the sentence of its first mention, not
    borrowed from the paragraph or the report ("detained in Minsk" vs a bare "detained")."""
    index = int(incident.extra.get("sentence", 0))
    places = [e for e in incident.evidence if e.field == "location"]
    if not places or not 0 <= index < len(context.sentences):
        return False
    start, end = context.sentences[index]
    return start <= places[0].start < end


def features(incident: Incident, context: ReportContext, published: Any) -> list[float]:
    """The incident's signals, in the order of FEATURES."""
    sentence = int(incident.extra.get("sentence", 0))
    surnames = [v.name.split()[-1] for v in incident.victims if v.name[:1].isupper()]
    surnames = [s for s in surnames if len(s) >= 3]
    mentions = max((context.plain.count(s) for s in surnames), default=0)
    # An inferred date (`date_from_narrative`, given after ranking) is no sign of the main
    # event: the model weighs only the dates the text ties to the act.
    date = DateInterval() if incident.date.inferred else incident.date
    gap = published.year - date.start.year if date.start is not None and published else None
    values = [
        1.0 / (1.0 + sentence / LEAD),
        sentence == 0,
        sentence < LEAD,
        incident.act in context.title_acts,
        date.start is not None,
        date.granularity == "day",
        date.granularity == "month",
        date.granularity == "year",
        gap == 0,
        gap == 1,
        gap is not None and gap >= 2,
        date.start is not None and date.start.year == context.main_year,
        bool(surnames),
        math.log1p(mentions),
        any(s in context.title for s in surnames),
        bool(incident.perpetrators),
        min(int(incident.extra.get("mentions", 1)), 5),
        context.home_country is not None and incident.location.country == context.home_country,
        context.shares.get(incident.location.country or "", 0.0),
        _own_place(incident, context),
        incident.location.city is not None,
        incident.extra.get("added_by") == "classifier",
        *(incident.act == act for act in RANKED_ACTS),
    ]
    return [float(v) for v in values]


class Ranker:
    """The fitted weights; `confidence` is the logistic score of an incident."""

    def __init__(self, artefact: dict[str, Any]) -> None:
        names = list(artefact["features"])
        if names != list(FEATURES):
            raise CodingError(
                f"{ARTEFACT} was trained on other features: run scripts/train_coder.py"
            )
        self._weights = [float(w) for w in artefact["coef"]]
        self._intercept = float(artefact["intercept"])

    @classmethod
    def load(cls) -> Ranker:
        try:
            raw = resources.files("docket.code.data").joinpath(ARTEFACT).read_text("utf-8")
        except (FileNotFoundError, ModuleNotFoundError) as exc:
            raise CodingError(
                f"coder artefact {ARTEFACT} missing: run scripts/train_coder.py"
            ) from exc
        return cls(json.loads(raw))

    def confidence(self, values: list[float]) -> float:
        z = self._intercept + sum(w * x for w, x in zip(self._weights, values, strict=True))
        return round(1.0 / (1.0 + math.exp(-z)), 3)


def rank(doc: Document, incidents: list[Incident], ranker: Ranker) -> None:
    """Give each incident its confidence from the ranker."""
    context = ReportContext.of(doc)
    for incident in incidents:
        incident.confidence = ranker.confidence(features(incident, context, doc.published))
