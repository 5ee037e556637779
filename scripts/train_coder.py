"""Build the coder's trained artefact from HRDsAttack train (and nothing else).

    python scripts/train_coder.py [--data ../shared/data/hrdsattack] [--out src/docket/code/data]

Writes `classifier.json.gz`: a TF-IDF vocabulary and idf, one-vs-rest logistic regressions
for the violation types, a multinomial one for the perpetrator type. Deterministic: the
same train.json gives the same file. Dev is for choosing settings (`--report-dev` prints
the dev scores of the classifiers alone); the test split is never read.
"""

from __future__ import annotations

import argparse
import gzip
import json
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression

from docket.code.classifier import VIOLATION_LABELS, DocumentClassifier, classifier_text
from docket.code.evaluate.hrdsattack import article_report, gold_labels

MAX_FEATURES = 12_000
NGRAMS = (1, 2)
C_VIOLATIONS = 8.0
C_PERPETRATOR = 8.0


def load(path: Path) -> tuple[list[str], list[set[str]], list[str | None]]:
    texts, violations, perpetrators = [], [], []
    for item in json.loads(path.read_text(encoding="utf-8")):
        report = article_report(item)
        gold = gold_labels(item)
        texts.append(classifier_text(report.title or "", report.text))
        violations.append(gold.violations)
        perpetrators.append(gold.perpetrator_type)
    return texts, violations, perpetrators


def train(texts: list[str], violations: list[set[str]], perpetrators: list[str | None]) -> dict[str, object]:
    vectorizer = TfidfVectorizer(ngram_range=NGRAMS, sublinear_tf=True, min_df=2, max_features=MAX_FEATURES)
    x = vectorizer.fit_transform(texts)
    coef, intercept = [], []
    for label in VIOLATION_LABELS:
        y = np.array([label in v for v in violations])
        model = LogisticRegression(C=C_VIOLATIONS, max_iter=2000, class_weight="balanced")
        model.fit(x, y)
        coef.append(model.coef_[0])
        intercept.append(model.intercept_[0])
    rows = [i for i, p in enumerate(perpetrators) if p]
    perp = LogisticRegression(C=C_PERPETRATOR, max_iter=3000)
    perp.fit(x[rows], [perpetrators[i] for i in rows])
    vocabulary = sorted(vectorizer.vocabulary_, key=lambda w: vectorizer.vocabulary_[w])
    return {
        "source": "HRDsAttack train (dataminr-ai/HRDsAttack, MIT); scripts/train_coder.py",
        "ngram_range": list(NGRAMS),
        "vocabulary": vocabulary,
        "idf": _round(vectorizer.idf_),
        "violations": {"labels": list(VIOLATION_LABELS), "coef": [_round(c) for c in coef], "intercept": _round(intercept)},
        "perpetrator": {"labels": list(perp.classes_), "coef": [_round(c) for c in perp.coef_], "intercept": _round(perp.intercept_)},
    }


def _round(values: object) -> list[float]:
    return [round(float(v), 4) for v in np.asarray(values).ravel()]


def report_dev(artefact: dict[str, object], dev: Path) -> None:
    classifier = DocumentClassifier(artefact)
    texts, violations, perpetrators = load(dev)
    predictions = classifier.predict_texts(texts)
    tp = fp = fn = 0
    right = 0
    for prediction, gold, perp in zip(predictions, violations, perpetrators, strict=True):
        guess = {k for k, p in prediction.violations.items() if p >= 0.5} or {"unknown"}
        tp += len(guess & gold)
        fp += len(guess - gold)
        fn += len(gold - guess)
        right += prediction.perpetrator_type == perp
    f1 = 2 * tp / (2 * tp + fp + fn)
    print(f"dev: violation micro F1 {f1:.3f}, perpetrator type accuracy {right / len(texts):.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=Path("../shared/data/hrdsattack"))
    parser.add_argument("--out", type=Path, default=Path("src/docket/code/data"))
    parser.add_argument("--report-dev", action="store_true")
    args = parser.parse_args()
    artefact = train(*load(args.data / "train.json"))
    payload = json.dumps(artefact, separators=(",", ":"), sort_keys=True).encode()
    target = args.out / "classifier.json.gz"
    target.write_bytes(gzip.compress(payload, compresslevel=9, mtime=0))
    print(f"wrote {target} ({target.stat().st_size / 1024:.0f} KiB)")
    if args.report_dev:
        report_dev(artefact, args.data / "dev.json")


if __name__ == "__main__":
    main()
