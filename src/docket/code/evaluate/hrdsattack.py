"""Scoring against HRDsAttack (Ran et al. 2023): the paper's metrics on whole articles.

An article's answer (DESIGN.md): violation types = the acts of all its incidents mapped to
HRDsAttack labels (displacement ignored, none = "unknown"); victim names = the named
victims of all incidents; perpetrator type, country, region, city, year, month, day = those
of its highest-confidence incident other than displacement.

Labels are normalised before comparing: countries to ISO codes (pycountry and aliases:
"USA", "England", "People's Republic of China"), months to numbers, "26.0" to 26, "None",
"unknown" and "n/a" to no value. Every field but violation types and victim names is
scored over the articles whose label has a value, with the share we answered: an empty
answer is no answer. Victim names follow the paper: exact match, and fuzzy match (either
name contains the other), precision over our names, recall over the labelled names.
Victim type follows the paper's conditional setting: for each labelled victim name, the
type we give that person (the matched victim's, else our rule applied around the name).
"""

from __future__ import annotations

import calendar
import datetime as dt
import html
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from unidecode import unidecode

from docket.code.classifier import ACT_TO_LABEL
from docket.code.evaluate.files import read_json
from docket.code.evaluate.results import EvalResult, f1
from docket.code.places import gazetteer
from docket.code.victim_types import person_type
from docket.code.victims import written_as_name
from docket.errors import CodingError
from docket.models import CodedReport, Incident, Report

_MONTHS = {
    name.lower(): i
    for i, name in enumerate(
        calendar.month_name[1:],
        start=1,
    )
}
_EMPTY = {"", "none", "n/a", "n//a", "unknown", "null", "nan"}


@dataclass(slots=True)
class Labels:
    """An article's labels or answer, normalised."""

    violations: set[str] = field(default_factory=set)
    perpetrator_type: str | None = None
    country: str | None = None
    region: str | None = None
    city: str | None = None
    year: int | None = None
    month: int | None = None
    day: int | None = None
    victims: list[tuple[str, frozenset[str]]] = field(default_factory=list)


def article_report(item: dict[str, Any]) -> Report:
    """An HRDsAttack article as a Report: HTML paragraphs to plain paragraphs."""
    sample = item["sample"]
    paragraphs = re.findall(
        r"<p[^>]*>(.*?)</p>", sample["Input.article_interface"], flags=re.DOTALL
    )
    if not paragraphs:
        paragraphs = [sample["Input.article_interface"]]
    text = "\n\n".join(_clean_html(p) for p in paragraphs if _clean_html(p))
    published = dt.date.fromisoformat(str(sample["Input.publish_date"])[:10])
    return Report(
        title=html.unescape(sample.get("Input.title") or ""),
        text=text,
        published=published,
        extra={"hrdsattack_id": sample["Input.GLOBALEVENTID"]},
    )


def _clean_html(fragment: str) -> str:
    spaced = re.sub(r"<br\s*/?>", " ", fragment, flags=re.IGNORECASE)
    return re.sub(r"\s+", " ", html.unescape(re.sub(r"<[^>]+>", "", spaced))).strip()


def _value(raw: object) -> str | None:
    if raw is None:
        return None
    text = str(raw).strip()
    return None if text.lower() in _EMPTY else text


def _number(raw: object) -> int | None:
    text = _value(raw)
    if text is None:
        return None
    if unidecode(text).lower() in _MONTHS:
        return _MONTHS[unidecode(text).lower()]
    try:
        return int(float(text))
    except ValueError:
        return None


def normal_place(name: str | None) -> str | None:
    if not name:
        return None
    text = re.sub(r"[^\w\s]", " ", unidecode(name).lower())
    text = re.sub(r"\b(?:city|state|province|region|district|county|oblast)\b", " ", text)
    return " ".join(text.split()) or None


def normal_country(name: str | None) -> str | None:
    if not name:
        return None
    return gazetteer().country_code(name) or normal_place(name)


def gold_labels(item: dict[str, Any]) -> Labels:
    labels = item["merged_sample"]
    violations = set(labels.get("violation_types") or [])
    if len(violations) > 1:
        violations.discard("unknown")
    victims = []
    for victim in labels.get("victims") or []:
        name = _value(victim.get("victim_name"))
        if name:
            types = {
                "other" if t == "insufficient information" else t
                for t in victim.get("victim_type") or []
            }
            if len(types) > 1:
                types.discard("other")
            victims.append((name, frozenset(types or {"other"})))
    return Labels(
        violations=violations or {"unknown"},
        perpetrator_type=_value(labels.get("perpetrator_type")),
        country=normal_country(_value(labels.get("country"))),
        region=normal_place(_value(labels.get("region"))),
        city=normal_place(_value(labels.get("city"))),
        year=_number(labels.get("year")),
        month=_number(labels.get("month")),
        day=_number(labels.get("date")),
        victims=victims,
    )


def _is_name(name: str) -> bool:
    """Whether a victim is a named person, not a group ("two gay men", "Uyghur Muslims")."""
    return written_as_name(name)


def main_incident(coded: CodedReport) -> Incident | None:
    candidates = [i for i in coded.incidents if i.act != "displacement"]
    return max(candidates, key=lambda i: i.confidence) if candidates else None


def answer(coded: CodedReport) -> Labels:
    """The article-level answer DESIGN.md derives from a coded report."""
    violations = {ACT_TO_LABEL[i.act] for i in coded.incidents if i.act in ACT_TO_LABEL}
    names = list(
        dict.fromkeys(v.name for i in coded.incidents for v in i.victims if _is_name(v.name))
    )
    result = Labels(violations=violations or {"unknown"}, victims=[(n, frozenset()) for n in names])
    main = main_incident(coded)
    if main is None:
        return result
    own = incident_labels(main)
    own.violations, own.victims = result.violations, result.victims
    return own


def incident_labels(incident: Incident) -> Labels:
    """One incident's perpetrator type, place and date as HRDsAttack labels them."""
    perps = [p.type for p in incident.perpetrators if p.type]
    result = Labels(
        perpetrator_type=perps[0] if perps else incident.extra.get("perpetrator_type"),
        country=normal_country(incident.location.country),
        region=normal_place(incident.location.region),
        city=normal_place(incident.location.city),
    )
    start, end = incident.date.start, incident.date.end
    if start is not None and end is not None:
        result.year = start.year if start.year == end.year else None
        result.month = start.month if (start.year, start.month) == (end.year, end.month) else None
        result.day = start.day if start == end else None
    return result


def victim_type_of(coded: CodedReport, name: str) -> str:
    """Our type for a labelled victim: the matching coded victim's, else the rule's.
    Names are compared without accents: the labels often drop them ("Vamoulke" for the
    text's "Vamoulké"), and the lookup is only to find which person the label means."""
    label = unidecode(name)
    for incident in coded.incidents:
        for victim in incident.victims:
            ours = unidecode(victim.name)
            if victim.type and (label in ours or ours in label):
                return victim.type
    return person_type(coded.report.text, name)


def evaluate_hrdsattack(path: str | Path, coder: Any, limit: int | None = None) -> EvalResult:
    """Code every article of an HRDsAttack JSON file and score it (the paper's metrics)."""
    items = read_hrdsattack(Path(path))[:limit]
    reports, golds = [], []
    for number, item in enumerate(items):
        try:
            reports.append(article_report(item))
            golds.append(gold_labels(item))
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            why = f"no {exc.args[0]!r}" if isinstance(exc, KeyError) else str(exc)
            raise CodingError(
                f"{path}: article {number} is not an HRDsAttack article ({why})"
            ) from exc
    coded = list(coder.code_many(reports))
    return score_hrdsattack(golds, coded, title=f"HRDsAttack {Path(path).name}")


def read_hrdsattack(path: Path) -> list[Any]:
    """The articles of an HRDsAttack JSON file, or a CodingError naming what is wrong."""
    items = read_json(path)
    if not isinstance(items, list):
        raise CodingError(f"{path}: not a list of HRDsAttack articles")
    return items


def score_hrdsattack(
    golds: list[Labels], coded: Iterable[CodedReport], title: str = "HRDsAttack"
) -> EvalResult:
    coded = list(coded)
    answers = [answer(c) for c in coded]
    result = EvalResult(title=f"{title}: {len(golds)} articles")
    _violations(result, golds, answers)
    for field_name in ("perpetrator_type", "country", "region", "city", "year", "month", "day"):
        _accuracy(result, field_name, golds, answers)
    _victim_names(result, golds, answers)
    _victim_types(result, golds, coded)
    return result


def _violations(result: EvalResult, golds: list[Labels], answers: list[Labels]) -> None:
    tp = fp = fn = 0
    for gold, ours in zip(golds, answers, strict=True):
        tp += len(gold.violations & ours.violations)
        fp += len(ours.violations - gold.violations)
        fn += len(gold.violations - ours.violations)
    p, r, score = f1(tp, fp, fn)
    result.add("violation type P", p, len(golds), "micro")
    result.add("violation type R", r, len(golds), "micro")
    result.add("violation type F1", score, len(golds), "micro")


def _accuracy(result: EvalResult, name: str, golds: list[Labels], answers: list[Labels]) -> None:
    pairs = [(getattr(g, name), getattr(a, name)) for g, a in zip(golds, answers, strict=True)]
    labelled = [(g, a) for g, a in pairs if g is not None]
    answered = sum(1 for _, a in labelled if a is not None)
    right = sum(1 for g, a in labelled if g == a)
    share = f"answered {answered / len(labelled):.0%}" if labelled else ""
    label = name.replace("_", " ")
    result.add(label, right / len(labelled) if labelled else None, len(labelled), share)


def _victim_names(result: EvalResult, golds: list[Labels], answers: list[Labels]) -> None:
    ours_total = gold_total = exact = fuzzy = 0
    for gold, ours in zip(golds, answers, strict=True):
        gold_names = [n for n, _ in gold.victims]
        names = _dedupe_contained([n for n, _ in ours.victims])
        ours_total += len(names)
        gold_total += len(gold_names)
        exact += sum(1 for n in names if n in gold_names)
        fuzzy += sum(1 for n in names if any(n in g or g in n for g in gold_names))
    for label, hits in (("victim name exact", exact), ("victim name fuzzy", fuzzy)):
        p = hits / ours_total if ours_total else 0.0
        r = hits / gold_total if gold_total else 0.0
        score = 2 * p * r / (p + r) if p + r else 0.0
        result.add(f"{label} F1", score, gold_total, f"P {p:.3f} R {r:.3f}, {ours_total} predicted")


def _dedupe_contained(names: list[str]) -> list[str]:
    """The paper drops a predicted name contained in another predicted name."""
    kept: list[str] = []
    for name in names:
        if not any(name in other for other in kept) and name.strip():
            kept = [k for k in kept if k not in name] + [name]
    return kept


def _victim_types(result: EvalResult, golds: list[Labels], coded: list[CodedReport]) -> None:
    right = total = 0
    for gold, report in zip(golds, coded, strict=True):
        for name, types in gold.victims:
            total += 1
            right += frozenset({victim_type_of(report, name)}) == types
    result.add("victim type", right / total if total else None, total, "over labelled victim names")
