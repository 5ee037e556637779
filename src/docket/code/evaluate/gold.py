"""Scoring against gold annotation files (`examples/*.gold.json`), DESIGN.md's rules.

A predicted incident matches a gold one when the act is acceptable and a victim matches
(names: difflib ratio >= 0.85 between words of four or more letters; descriptions: a
shared content word of four or more letters, or the same number). Matching is one-to-one,
best pairs first. Gold items with `required: false` may be found or missed without
penalty: a prediction matched to one counts neither way. Over matched pairs: the share with
the right date, place, perpetrators and status. Interventions match on type and on actor
or beneficiaries.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from docket.code.evaluate.files import read_json
from docket.code.evaluate.results import EvalResult, f1
from docket.errors import CodingError
from docket.models import CodedReport, DateInterval, Incident, Intervention, Place, Report

SLACK = dt.timedelta(days=3)
_GENERIC = frozenset(
    (  # noqa: SIM905 (a word list reads best as words)
        "station city town village region republic province state district street office home "
        "house prison police north south east west central northern southern eastern western"
    ).split()
)
_NUMBERS = {"two": "2", "three": "3", "four": "4", "five": "5", "both": "2"}

ReportReader = Callable[[Path, dict[str, Any]], Report]


@dataclass(slots=True)
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    pairs: int = 0
    right: dict[str, int] = field(default_factory=dict)

    def hit(self, name: str, ok: bool) -> None:
        self.right[name] = self.right.get(name, 0) + int(ok)


def _words(text: str, size: int = 4) -> set[str]:
    return {w.lower() for w in re.findall(r"\w+", text) if len(w) >= size}


def _numbers(text: str) -> set[str]:
    found = set(re.findall(r"\d+", text))
    return found | {_NUMBERS[w] for w in re.findall(r"\w+", text.lower()) if w in _NUMBERS}


def party_matches(predicted: str, gold: str) -> bool:
    """DESIGN.md's rule for names and descriptions."""
    if predicted[:1].isupper() and gold[:1].isupper():
        return any(
            difflib.SequenceMatcher(None, a, b).ratio() >= 0.85
            for a in _words(predicted)
            for b in _words(gold)
        )
    return bool(_words(predicted) & _words(gold)) or bool(_numbers(predicted) & _numbers(gold))


def parties_match(predicted: Iterable[str], gold: Iterable[str]) -> bool:
    gold = list(gold)
    return any(party_matches(p, g) for p in predicted for g in gold)


def gold_interval(value: str | None) -> tuple[dt.date, dt.date] | None:
    """`2020-04`, `2021`, `2021-04-29` or `start/end` as an inclusive interval."""
    if not value:
        return None
    if "/" in value:
        start, end = value.split("/")
        first, last = gold_interval(start), gold_interval(end)
        return (first[0], last[1]) if first and last else None
    parts = [int(p) for p in value.split("-")]
    if len(parts) == 3:
        day = dt.date(*parts)
        return day, day
    if len(parts) == 2:
        month_start = dt.date(parts[0], parts[1], 1)
        following = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return month_start, following - dt.timedelta(days=1)
    return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)


def date_matches(predicted: DateInterval, gold: str | None) -> bool:
    interval = gold_interval(gold)
    if interval is None:
        return predicted.start is None
    if predicted.start is None or predicted.end is None:
        return False
    g0, g1 = interval
    if g0 - SLACK <= predicted.start and predicted.end <= g1 + SLACK:
        return True
    overlap = (min(g1, predicted.end) - max(g0, predicted.start)).days + 1
    union = (max(g1, predicted.end) - min(g0, predicted.start)).days + 1
    return overlap > 0 and overlap >= union / 2


def _place_names(place: Place) -> list[str]:
    names = [place.text, place.city, place.region]
    if place.origin is not None:
        names += [place.origin.text, place.origin.city, place.origin.region]
    return [n for n in names if n]


def place_matches(predicted: Place, gold: str | None) -> bool:
    if not gold:
        return predicted.text is None
    names = _place_names(predicted) or ([predicted.country] if predicted.country else [])
    for option in (g.strip() for g in gold.split("->")):
        for name in names:
            if option.lower() in name.lower() or name.lower() in option.lower():
                return True
            if (_words(option) & _words(name)) - _GENERIC:
                return True
    return False


def _acceptable(act: str | list[str]) -> set[str]:
    return {act} if isinstance(act, str) else set(act)


def _incident_pair_score(p: Incident, g: dict[str, Any]) -> float | None:
    if p.act not in _acceptable(g["act"]) or not parties_match(
        [v.name for v in p.victims], g["victims"]
    ):
        return None
    return (
        1.0
        + date_matches(p.date, g.get("date"))
        + place_matches(p.location, g.get("location"))
        + 0.1 * p.confidence
    )


def _pair(
    predicted: Sequence[Any],
    gold: Sequence[dict[str, Any]],
    score: Callable[[Any, dict[str, Any]], float | None],
) -> list[tuple[int, int]]:
    """One-to-one pairs, the best-scoring first."""
    candidates = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            value = score(p, g)
            if value is not None:
                candidates.append((-value, i, j))
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for _, i, j in sorted(candidates):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            pairs.append((i, j))
    return pairs


def _count(
    tally: Tally, predicted: int, gold: Sequence[dict[str, Any]], pairs: list[tuple[int, int]]
) -> None:
    matched_gold = {j for _, j in pairs}
    optional_matches = sum(1 for _, j in pairs if gold[j].get("required", True) is False)
    tally.tp += len(pairs) - optional_matches
    tally.fp += predicted - len(pairs)
    tally.fn += sum(
        1
        for j, g in enumerate(gold)
        if j not in matched_gold and g.get("required", True) is not False
    )


def score_incidents(
    coded: CodedReport, gold: dict[str, Any], tally: Tally, details: list[str]
) -> None:
    predicted, expected = coded.incidents, gold.get("incidents", [])
    pairs = _pair(predicted, expected, _incident_pair_score)
    _count(tally, len(predicted), expected, pairs)
    for i, j in pairs:
        p, g = predicted[i], expected[j]
        tally.pairs += 1
        checks = {
            "date": date_matches(p.date, g.get("date")),
            "place": place_matches(p.location, g.get("location")),
            "perpetrators": (not p.perpetrators and not g.get("perpetrators"))
            or parties_match([x.name for x in p.perpetrators], g.get("perpetrators", [])),
            "status": p.status == g.get("status", p.status),
        }
        for name, ok in checks.items():
            tally.hit(name, ok)
        wrong = [k for k, ok in checks.items() if not ok]
        details.append(
            f"matched {p.act} ({_show(p.date)}) to gold {g['act']} ({g.get('date')})"
            + (f" wrong: {', '.join(wrong)}" if wrong else "")
        )
    for i, p in enumerate(predicted):
        if i not in {a for a, _ in pairs}:
            details.append(
                f"unmatched prediction {p.act} {[v.name for v in p.victims]} ({_show(p.date)})"
            )
    for j, g in enumerate(expected):
        if j not in {b for _, b in pairs} and g.get("required", True) is not False:
            details.append(
                f"missed gold {g['act']} ({g.get('date')}): {g.get('evidence', '')[:60]}"
            )


def _show(date: DateInterval) -> str:
    return f"{date.start}/{date.end}" if date.start else "no date"


def _intervention_pair_score(p: Intervention, g: dict[str, Any]) -> float | None:
    if p.type != g["type"]:
        return None
    actor = bool(p.actor and g.get("actor") and (_words(p.actor) & _words(g["actor"])))
    beneficiaries = parties_match(p.beneficiaries, g.get("beneficiaries", []))
    return 1.0 + actor + beneficiaries if actor or beneficiaries else None


def score_interventions(coded: CodedReport, gold: dict[str, Any], tally: Tally) -> None:
    predicted, expected = coded.interventions, gold.get("interventions", [])
    pairs = _pair(predicted, expected, _intervention_pair_score)
    _count(tally, len(predicted), expected, pairs)
    for i, j in pairs:
        tally.pairs += 1
        tally.hit("date", date_matches(predicted[i].date, expected[j].get("date")))


def score_gold(
    items: Sequence[tuple[CodedReport, dict[str, Any]]], title: str = "gold"
) -> EvalResult:
    """Score coded reports against their gold annotations."""
    incidents, interventions = Tally(), Tally()
    result = EvalResult(title=f"{title}: {len(items)} reports")
    for coded, gold in items:
        score_incidents(coded, gold, incidents, result.details)
        score_interventions(coded, gold, interventions)
    for name, tally in (("incident", incidents), ("intervention", interventions)):
        p, r, score = f1(tally.tp, tally.fp, tally.fn)
        result.add(f"{name} P", p, tally.tp + tally.fp)
        result.add(f"{name} R", r, tally.tp + tally.fn)
        result.add(f"{name} F1", score, tally.tp + tally.fp + tally.fn)
    for name in ("date", "place", "perpetrators", "status"):
        value = incidents.right.get(name, 0) / incidents.pairs if incidents.pairs else None
        result.add(f"incident {name} accuracy", value, incidents.pairs, "over matched pairs")
    value = (
        interventions.right.get("date", 0) / interventions.pairs if interventions.pairs else None
    )
    result.add("intervention date accuracy", value, interventions.pairs, "over matched pairs")
    return result


def read_markdown_report(path: Path, gold: dict[str, Any]) -> Report:
    """A Markdown report as the examples are written: title line, date line, body, then
    an `Original url:` footer. The CLI passes a reader that uses the store instead."""
    lines = path.read_text(encoding="utf-8").splitlines()
    content = [i for i, line in enumerate(lines) if line.strip()]
    title = lines[content[0]].strip() if content else None
    body_from = content[2] if len(content) > 2 else len(lines)
    body = "\n".join(lines[body_from:])
    body = re.split(r"\n\s*Original url:\s*\n", body)[0].rstrip()
    published = gold.get("publication_date")
    return Report(
        title=title,
        text=body,
        url=gold.get("url"),
        published=dt.date.fromisoformat(published) if published else None,
    )


def _gold_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        files += sorted(path.glob("*.gold.json")) if path.is_dir() else [path]
    return files


def _document_path(gold_path: Path, document: str) -> Path:
    """The report a gold file annotates: beside it, else in `examples/` (the repository's
    bundled reports, whose gold files live with the tests)."""
    beside = gold_path.parent / document
    if beside.exists():
        return beside
    for folder in (Path("examples"), *(p / "examples" for p in gold_path.resolve().parents)):
        if (folder / document).exists():
            return folder / document
    return beside


def evaluate_gold(
    paths: Iterable[str | Path], coder: Any, reader: ReportReader | None = None
) -> EvalResult:
    """Code the report of each gold file (the `document` beside it) and score it."""
    reader = reader or read_markdown_report
    files = _gold_files(paths)
    if not files:
        raise CodingError(f"no *.gold.json in {', '.join(map(str, paths))}")
    items = []
    for gold_path in files:
        gold = _read_gold(gold_path)
        report_path = _document_path(gold_path, gold["document"])
        try:
            report = reader(report_path, gold)
        except (OSError, UnicodeDecodeError, ValueError) as exc:
            raise CodingError(
                f"{gold_path}: its report {report_path} cannot be read: {exc}"
            ) from exc
        items.append((coder.code(report), gold))
    return score_gold(items, title="gold " + ", ".join(p.name for p in files))


def _read_gold(path: Path) -> dict[str, Any]:
    """A gold file, or a CodingError that names it and says what is wrong."""
    gold = read_json(path)
    if not isinstance(gold, dict) or not isinstance(gold.get("document"), str):
        raise CodingError(f'{path}: no "document" naming the report it annotates')
    return gold
