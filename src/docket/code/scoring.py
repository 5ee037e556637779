"""Blending rules and the document classifier, and each incident's confidence.

The rules say where and against whom; the classifier, trained on whole articles, says
which violation types an article is about. An incident whose type the classifier finds
unlikely (below the label's `veto` threshold) is dropped: a passing mention, "he was once
arrested". A type the classifier is sure of (above `add`) but no rule incident carries is
added from the first sentence with a trigger of that type. The thresholds are chosen per
label by `scripts/train_coder.py` on out-of-fold predictions for HRDsAttack train.
An incident's confidence is the ranker's score (`ranking.py`): how likely it is the
event the report is about. Without a ranker (while training it), a hand-weighted score
favours the lead, named victims, a date and the classifier's belief.
"""

from __future__ import annotations

from docket.code.acts import find_acts
from docket.code.classifier import ACT_TO_LABEL, Prediction
from docket.code.document import Document
from docket.code.incidents import disjoined, incident_for, unforced_return
from docket.code.locate import dominant_country
from docket.code.parties import accused_type, perpetrators
from docket.code.ranking import Ranker, rank
from docket.code.victims import Focus
from docket.models import Incident

LEAD = 3
REPEATED = 3
"""An incident mentioned this many times is kept whatever the classifier says."""


def blend(
    doc: Document,
    incidents: list[Incident],
    prediction: Prediction | None,
    ranker: Ranker | None = None,
) -> list[Incident]:
    if prediction is None:
        in_title = {t.label for t in find_acts(doc.title)}
        for incident in incidents:
            incident.confidence = _confidence(incident, None, incident.act in in_title, False)
        return incidents
    headline = {t.label for t in find_acts(doc.title)}
    kept = [i for i in incidents if _kept(i, prediction, headline)]
    present = {ACT_TO_LABEL.get(i.act) for i in kept}
    for label, probability in prediction.violations.items():
        if probability >= prediction.thresholds[label]["add"] and label not in present:
            added = _from_classifier(doc, label)
            if added is not None:
                kept.append(added)
    # An accused private person in the headline outranks the classifier's prior.
    fallback = accused_type(doc.title) or prediction.perpetrator_type
    if fallback == "state actor" and armed_groups_prevail(doc.title + "\n" + doc.plain):
        fallback = ARMED
    for incident in kept:
        if not any(p.type for p in incident.perpetrators):
            incident.extra["perpetrator_type"] = fallback
    if ranker is not None:
        rank(doc, kept, ranker)
        _background_last(kept)
    else:
        in_title = {t.label for t in find_acts(doc.title)}
        home = dominant_country(doc)
        for incident in kept:
            at_home = home is not None and incident.location.country == home.entry.country
            incident.confidence = _confidence(
                incident, prediction, incident.act in in_title, at_home
            )
    return sorted(kept, key=lambda i: (i.extra.get("sentence", 0), i.extra.get("trigger", [0])[0]))


def _background_last(incidents: list[Incident]) -> None:
    """An abuse named in a list of abuses ("notorious for arbitrary arrests, extortion,
    torture and killings") is the report's background, not the event it is about: any
    incident the report tells as an event of its own ranks before it."""
    events = [i.confidence for i in incidents if not i.extra.get("listed")]
    if not events:
        return
    for incident in incidents:
        if incident.extra.get("listed"):
            incident.confidence = min(incident.confidence, min(events) / 2)


ARMED = "other actors without permissions"


def armed_groups_prevail(text: str) -> bool:
    """Whether a report names armed non-state perpetrators (pirates, gunmen, bandits) at
    least three times and in at least two of three perpetrator mentions. The classifier's
    "state actor" is mostly the majority class: for an act whose own sentence names no
    perpetrator, a report written about pirates is better evidence."""
    types = [p.type for p in perpetrators(text)]
    armed = types.count(ARMED)
    return armed >= 3 and 3 * armed >= 2 * len(types)


def _specified(incident: Incident) -> bool:
    """Who, by whom and when all written out: no passing mention."""
    named = any(v.name[:1].isupper() for v in incident.victims)
    return named and bool(incident.perpetrators) and incident.date.start is not None


HEADLINE_ACTS = frozenset(
    {"killing", "torture", "arbitrary_detention", "enforced_disappearance", "abduction"}
)
"""Acts whose headline-and-lead report is the story itself. The other acts in a headline
(charges, trials, raids) often frame the case against a suspect instead."""


def _kept(incident: Incident, prediction: Prediction, headline: set[str]) -> bool:
    """The veto is for passing mentions: an act the text returns to, one whose victims,
    perpetrators and date it spells out, or one the headline names and the first
    sentence reports ("Two arrested ..." over "Two protesters were arrested today"), is
    no passing one."""
    label = ACT_TO_LABEL.get(incident.act)
    if label is None or incident.extra.get("mentions", 1) >= REPEATED or _specified(incident):
        return True
    if _headline_story(incident, headline):
        return True
    return prediction.violations[label] >= prediction.thresholds[label]["veto"]


def _headline_story(incident: Incident, headline: set[str]) -> bool:
    first = incident.extra.get("sentence") == 0
    return first and incident.act in headline and incident.act in HEADLINE_ACTS


def _probability(incident: Incident, prediction: Prediction) -> float | None:
    label = ACT_TO_LABEL.get(incident.act)
    return prediction.violations.get(label) if label else None


def _from_classifier(doc: Document, label: str) -> Incident | None:
    for info in doc.sentences:
        for clause, trigger in info.acts:
            # The rules' own filters hold for an added type too ("She also returned to
            # Barcelona" is no forced return).
            if (
                ACT_TO_LABEL.get(trigger.label) == label
                and not unforced_return(info, trigger)
                and not disjoined(info, trigger)
            ):
                incident = incident_for(doc, info, clause, trigger, Focus(), require_victims=False)
                if incident is not None:
                    incident.extra["added_by"] = "classifier"
                    return incident
    return None


def _confidence(
    incident: Incident, prediction: Prediction | None, in_title: bool, at_home: bool
) -> float:
    index = int(incident.extra.get("sentence", 0))
    position = 1.0 / (1.0 + index / LEAD)
    named = any(v.name[:1].isupper() for v in incident.victims)
    dated = incident.date.start is not None
    belief = (_probability(incident, prediction) if prediction else None) or 0.5
    # The weights sum to one; position and the title find the main event, the rest
    # prefer the incident the report says most about.
    score = 0.3 * position + 0.2 * belief + 0.1 * named + 0.15 * dated + 0.15 * in_title
    score += 0.1 * at_home
    return round(min(1.0, max(0.0, score)), 3)
