"""Build the coder's trained artefact from HRDsAttack train (and nothing else).

    python scripts/train_coder.py [--data ../shared/data/hrdsattack] [--out src/docket/code/data]

Writes `classifier.json.gz`: a TF-IDF vocabulary and idf, one-vs-rest logistic regressions
for the violation types, a multinomial one for the perpetrator type. Then codes train with
that classifier and writes `ranker.json`: the weights of the main-incident model
(`docket.code.ranking`), fitted on every incident of train, an incident counting as the
article's main one when its year, month and country agree with the article's labels.
Deterministic: the same train.json gives the same files. Dev is for choosing settings
(`--report-dev` prints the dev scores of the classifiers alone); the test split is never
read.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer, TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold

from docket.code.classifier import (
    ACT_TO_LABEL,
    VIOLATION_LABELS,
    DocumentClassifier,
    classifier_text,
    rule_tokens,
)
from docket.code.coder import Coder
from docket.code.evaluate.hrdsattack import Labels, article_report, gold_labels, incident_labels
from docket.code.nlp import load_pipeline
from docket.code.ranking import FEATURES, ReportContext, features
from docket.models import Incident, Report

MAX_FEATURES = 12_000
NGRAMS = (1, 2)
C_VIOLATIONS = 8.0
C_PERPETRATOR = 8.0
C_RANKER = 3.0
FOLDS = 5
VETO_GRID = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5)
ADD_GRID = (0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.01)


def load(path: Path) -> tuple[list[Report], list[str], list[set[str]], list[str | None]]:
    reports, texts, violations, perpetrators = [], [], [], []
    for item in json.loads(path.read_text(encoding="utf-8")):
        report = article_report(item)
        gold = gold_labels(item)
        reports.append(report)
        texts.append(classifier_text(report.title or "", report.text))
        violations.append(gold.violations)
        perpetrators.append(gold.perpetrator_type)
    return reports, texts, violations, perpetrators


def vocabulary(texts: list[str]) -> list[str]:
    """The MAX_FEATURES n-grams most frequent over the texts (found in at least two), ties
    broken by the n-gram itself. scikit-learn's own `max_features` cut breaks ties by an
    unstable sort, and numpy picks that sort's kernel by CPU (AVX-512 or not): the same
    texts gave another vocabulary, and other weights, on another machine. With a total
    order the artefact is the same wherever it is trained."""
    counts = CountVectorizer(ngram_range=NGRAMS, min_df=2)
    totals = np.asarray(counts.fit_transform(texts).sum(axis=0)).ravel()
    terms = counts.get_feature_names_out()
    ranked = sorted(range(len(terms)), key=lambda i: (-int(totals[i]), str(terms[i])))
    return sorted(str(terms[i]) for i in ranked[:MAX_FEATURES])


def _violation_models(
    texts: list[str], violations: list[set[str]]
) -> tuple[TfidfVectorizer, list[LogisticRegression]]:
    vectorizer = TfidfVectorizer(
        ngram_range=NGRAMS, sublinear_tf=True, vocabulary=vocabulary(texts)
    )
    x = vectorizer.fit_transform(texts)
    models = []
    for label in VIOLATION_LABELS:
        y = np.array([label in v for v in violations])
        models.append(LogisticRegression(C=C_VIOLATIONS, max_iter=2000).fit(x, y))
    return vectorizer, models


def out_of_fold(texts: list[str], violations: list[set[str]]) -> list[dict[str, float]]:
    """Violation probabilities of each train article from models that never saw it."""
    probabilities: list[dict[str, float]] = [{} for _ in texts]
    for train_idx, test_idx in KFold(FOLDS, shuffle=True, random_state=0).split(texts):
        vectorizer, models = _violation_models(
            [texts[i] for i in train_idx], [violations[i] for i in train_idx]
        )
        x = vectorizer.transform([texts[i] for i in test_idx])
        for label, model in zip(VIOLATION_LABELS, models, strict=True):
            for row, p in zip(test_idx, model.predict_proba(x)[:, 1], strict=True):
                probabilities[row][label] = float(p)
    return probabilities


def rule_findings(reports: list[Report]) -> tuple[list[str], list[set[str]]]:
    """Per report, the rule tokens the classifier reads and the HRDsAttack labels of the
    rule incidents alone (no classifier)."""
    coder = Coder(load_pipeline("en_core_web_sm"), None)
    tokens, labels = [], []
    for doc, incidents in coder.rules(reports):
        tokens.append(rule_tokens(doc, incidents) if doc is not None else "")
        labels.append({ACT_TO_LABEL[i.act] for i in incidents if i.act in ACT_TO_LABEL})
    return tokens, labels


def thresholds(
    gold: list[set[str]], rules: list[set[str]], probabilities: list[dict[str, float]]
) -> dict[str, dict[str, float]]:
    """Per label, the veto and add thresholds that maximise micro F1 on train (out of fold)."""
    chosen = {label: {"veto": 0.2, "add": 0.6} for label in VIOLATION_LABELS}

    def micro_f1() -> float:
        tp = fp = fn = 0
        for g, r, p in zip(gold, rules, probabilities, strict=True):
            pred = {
                label for label in VIOLATION_LABELS
                if (label in r and p[label] >= chosen[label]["veto"])
                or p[label] >= chosen[label]["add"]
            } or {"unknown"}  # fmt: skip
            tp, fp, fn = tp + len(pred & g), fp + len(pred - g), fn + len(g - pred)
        return 2 * tp / (2 * tp + fp + fn)

    for _ in range(2):
        for label in VIOLATION_LABELS:
            best = (micro_f1(), chosen[label]["veto"], chosen[label]["add"])
            for veto in VETO_GRID:
                for add in ADD_GRID:
                    chosen[label] = {"veto": veto, "add": add}
                    best = max(best, (micro_f1(), veto, add))
            chosen[label] = {"veto": best[1], "add": best[2]}
    print(f"train (out of fold) blended violation micro F1 {micro_f1():.3f}")
    return chosen


def train(
    texts: list[str], violations: list[set[str]], perpetrators: list[str | None]
) -> dict[str, object]:
    vectorizer, models = _violation_models(texts, violations)
    x = vectorizer.transform(texts)
    coef = [m.coef_[0] for m in models]
    intercept = [m.intercept_[0] for m in models]
    rows = [i for i, p in enumerate(perpetrators) if p]
    perp = LogisticRegression(C=C_PERPETRATOR, max_iter=3000)
    perp.fit(x[rows], [perpetrators[i] for i in rows])
    vocabulary = sorted(vectorizer.vocabulary_, key=lambda w: vectorizer.vocabulary_[w])
    return {
        "source": "HRDsAttack train (dataminr-ai/HRDsAttack, MIT); scripts/train_coder.py",
        "ngram_range": list(NGRAMS),
        "vocabulary": vocabulary,
        "idf": _round(vectorizer.idf_),
        "violations": {
            "labels": list(VIOLATION_LABELS),
            "coef": [_round(c) for c in coef],
            "intercept": _round(intercept),
        },
        "perpetrator": {
            "labels": list(perp.classes_),
            "coef": [_round(c) for c in perp.coef_],
            "intercept": _round(perp.intercept_),
        },
    }


def _round(values: object) -> list[float]:
    return [round(float(v), 4) for v in np.asarray(values).ravel()]


def report_dev(artefact: dict[str, object], dev: Path) -> None:
    classifier = DocumentClassifier(artefact)
    reports, texts, violations, perpetrators = load(dev)
    tokens, _ = rule_findings(reports)
    texts = [f"{text}\n{extra}" for text, extra in zip(texts, tokens, strict=True)]
    predictions = classifier.predict_texts(texts)
    tp = fp = fn = 0
    right = 0
    for prediction, gold, perp in zip(predictions, violations, perpetrators, strict=True):
        guess = {k for k, p in prediction.violations.items() if p >= 0.35} or {"unknown"}
        tp += len(guess & gold)
        fp += len(guess - gold)
        fn += len(gold - guess)
        right += prediction.perpetrator_type == perp
    f1 = 2 * tp / (2 * tp + fp + fn)
    print(f"dev: violation micro F1 {f1:.3f}, perpetrator type accuracy {right / len(texts):.3f}")


def is_main(incident: Incident, gold: Labels) -> bool:
    """The ranker's target: the incident gives the article's year, month and country
    (a month or country the labels leave empty is no evidence either way). A date inferred
    from the narrative after ranking (`date_from_narrative`) does not count: the ranker
    sees such an incident as undated, and at run time it is undated when ranked."""
    ours = incident_labels(incident)
    return (
        not incident.date.inferred
        and gold.year is not None
        and ours.year == gold.year
        and (gold.month is None or ours.month == gold.month)
        and (gold.country is None or ours.country == gold.country)
    )


def train_ranker(artefact: dict[str, object], path: Path) -> dict[str, object]:
    """Code train with the new classifier and fit the main-incident model on its incidents."""
    items = json.loads(path.read_text(encoding="utf-8"))
    reports = [article_report(item) for item in items]
    coder = Coder(load_pipeline("en_core_web_sm"), DocumentClassifier(artefact))
    # The context comes from each report as the coder ranks it (NER run, places confirmed),
    # so the model is fitted on the values it is given at run time.
    docs = [doc for doc, _ in coder.rules(reports)]
    rows, targets = [], []
    for item, doc, coded in zip(items, docs, coder.code_many(reports), strict=True):
        gold = gold_labels(item)
        if doc is None:
            continue
        context = ReportContext.of(doc)
        for incident in coded.incidents:
            if incident.act != "displacement":
                rows.append(features(incident, context, coded.report.published))
                targets.append(is_main(incident, gold))
    model = LogisticRegression(C=C_RANKER, max_iter=5000).fit(np.array(rows), np.array(targets))
    print(f"ranker: {len(rows)} incidents of {len(items)} articles, {sum(targets)} main")
    return {
        "source": "HRDsAttack train (dataminr-ai/HRDsAttack, MIT); scripts/train_coder.py",
        "features": list(FEATURES),
        "coef": _round(model.coef_[0]),
        "intercept": round(float(model.intercept_[0]), 4),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--data", type=Path, default=Path("../shared/data/hrdsattack"))
    parser.add_argument("--out", type=Path, default=Path("src/docket/code/data"))
    parser.add_argument("--report-dev", action="store_true")
    args = parser.parse_args()
    for split in ("train.json", "dev.json") if args.report_dev else ("train.json",):
        if not (args.data / split).is_file():
            parser.error(
                f"no {split} in {args.data}: point --data (make: HRDSATTACK=...) at the "
                "HRDsAttack folder of ../shared/data"
            )
    reports, texts, violations, perpetrators = load(args.data / "train.json")
    tokens, rules = rule_findings(reports)
    texts = [f"{text}\n{extra}" for text, extra in zip(texts, tokens, strict=True)]
    artefact = train(texts, violations, perpetrators)
    artefact["thresholds"] = thresholds(violations, rules, out_of_fold(texts, violations))
    payload = json.dumps(artefact, separators=(",", ":"), sort_keys=True).encode()
    target = args.out / "classifier.json.gz"
    target.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"wrote {target} ({target.stat().st_size / 1024:.0f} KiB)")
    ranker = args.out / "ranker.json"
    weights = train_ranker(artefact, args.data / "train.json")
    ranker.write_text(json.dumps(weights, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {ranker}")
    if args.report_dev:
        report_dev(artefact, args.data / "dev.json")


if __name__ == "__main__":
    main()
