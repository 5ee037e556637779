"""The coder: a report in, a `CodedReport` out (incidents and interventions with evidence).

    coder = Coder.load(settings)          # spaCy and the trained artefacts, once
    coded = coder.code(report)            # one report
    for coded in coder.code_many(reports) # many, NER batched across reports

Rules find the acts, parties, dates, places and statuses; the trained document classifiers
(`classifier.py`) confirm or veto act types and give the perpetrator type when the text
names none. Re-coding the same report gives the same result.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from docket.code import evidence as ev
from docket.code.classifier import DocumentClassifier
from docket.code.document import Document, add_names, confirm_places, read
from docket.code.incidents import build_incidents, date_from_narrative
from docket.code.interventions import (
    build_interventions,
    date_after_acts,
    date_from_enabled_acts,
)
from docket.code.merge import merge_incidents, merge_interventions
from docket.code.nlp import load_pipeline
from docket.code.places import gazetteer
from docket.code.ranking import Ranker
from docket.code.scoring import blend
from docket.config import Settings
from docket.errors import CodingError
from docket.models import CodedReport, Incident, Report

NAME = "docket.rules+lr"
VERSION = 1
MAX_CHARS = 200_000
"""Longer bodies are coded on their first MAX_CHARS characters (offsets stay exact)."""
_BATCH = 32


class Coder:
    """Codes reports; build one with `Coder.load(settings)` and reuse it."""

    name = f"{NAME}/{VERSION}"

    def __init__(
        self, nlp: Any, classifier: DocumentClassifier | None, ranker: Ranker | None = None
    ) -> None:
        self._nlp = nlp
        self._classifier = classifier
        self._ranker = ranker

    @classmethod
    def load(cls, settings: Settings | None = None) -> Coder:
        """Load spaCy (the configured pipeline, then the fallbacks) and the artefacts."""
        name = settings.spacy_model if settings is not None else "en_core_web_sm"
        gazetteer()  # built now, not while coding the first report
        return cls(load_pipeline(name), DocumentClassifier.load(), Ranker.load())

    def code(self, report: Report) -> CodedReport:
        """Code one report. Raises CodingError for input that cannot be coded."""
        return next(self.code_many([report]))

    def code_many(self, reports: Iterable[Report]) -> Iterator[CodedReport]:
        """Code reports in order, batching NER across them. A report that cannot be coded
        raises CodingError when its turn comes (use `code_batch` to go on past it)."""
        iterator = iter(reports)
        while batch := list(itertools.islice(iterator, _BATCH)):
            for result in self.code_batch(batch):
                if isinstance(result, CodingError):
                    raise result
                yield result

    def code_batch(self, reports: list[Report]) -> list[CodedReport | CodingError]:
        """Code a batch; a report that cannot be coded gets its CodingError in its place,
        so the caller records the reason and the rest of the batch goes on."""
        results: list[CodedReport | CodingError] = []
        for report, read_result in zip(reports, self._read_batch(reports), strict=True):
            if isinstance(read_result, CodingError):
                results.append(read_result)
                continue
            try:
                results.append(self._finish(report, read_result))
            except CodingError as exc:
                results.append(exc)
        return results

    def rules(self, reports: list[Report]) -> list[tuple[Document | None, list[Incident]]]:
        """The rule incidents of each report before the classifier's blend (for training)."""
        found: list[tuple[Document | None, list[Incident]]] = []
        for read_result in self._read_batch(reports):
            if isinstance(read_result, CodingError) or read_result is None:
                found.append((None, []))
            else:
                found.append((read_result, self._rule_incidents(read_result)))
        return found

    def _read_batch(self, reports: list[Report]) -> list[Document | CodingError | None]:
        documents: list[Document | CodingError | None] = []
        for report in reports:
            try:
                documents.append(_read(report))
            except CodingError as exc:
                documents.append(exc)
        add_names(self._nlp, [d for d in documents if isinstance(d, Document)])
        return documents

    def _rule_incidents(self, doc: Document) -> list[Incident]:
        confirm_places(doc)
        return merge_incidents(build_incidents(doc))

    def _finish(self, report: Report, doc: Document | None) -> CodedReport:
        coded = CodedReport(report=report, coder=self.name)
        if doc is None:
            return coded
        incidents = self._rule_incidents(doc)
        interventions = merge_interventions(build_interventions(doc))
        probabilities = self._classifier.predict(doc, incidents) if self._classifier else None
        coded.incidents = blend(doc, incidents, probabilities, self._ranker)
        date_from_enabled_acts(interventions, coded.incidents)
        date_after_acts(interventions, coded.incidents, doc.published)
        # Last, once ranked: the narrative's date is no sign of the main event.
        date_from_narrative(doc, coded.incidents)
        coded.interventions = interventions
        for incident in coded.incidents:
            incident.coder = self.name
            ev.check(report.text, incident.evidence)
        for intervention in coded.interventions:
            intervention.coder = self.name
            ev.check(report.text, intervention.evidence)
        return coded


_ENGLISH_WORDS = (
    "the of and to in a is was were that for on with by as at from his her their they "
    "he she it said has have had been are be not an which who"
)
_ENGLISH = frozenset(_ENGLISH_WORDS.split())


def looks_english(text: str, sample: int = 400) -> bool:
    """True when English function words make up a plausible share of the first words;
    short texts are given the benefit of the doubt."""
    words = re.findall(r"[^\W\d_]+", text[:10_000].lower())[:sample]
    if len(words) < 30:
        return True
    return sum(w in _ENGLISH for w in words) / len(words) >= 0.08


def _read(report: Report) -> Document | None:
    """The report read for coding, or None when there is nothing to code."""
    if not isinstance(report.text, str):
        raise CodingError("report has no text body")
    if not report.text.strip():
        return None
    language = (report.language or "").lower()
    if language and not language.startswith("en"):
        raise CodingError(f"report language is {report.language!r}; the coder reads English only")
    if not looks_english(report.text):
        raise CodingError("report does not look like English text; the coder reads English only")
    published = report.published if isinstance(report.published, dt.date) else None
    return read(report.text[:MAX_CHARS], report.title, published)
