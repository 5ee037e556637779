"""The trained part: document classifiers for HRDsAttack's violation types and perpetrator
type, TF-IDF features and logistic regression, built by `scripts/train_coder.py` from
HRDsAttack train and shipped as one small JSON file (no pickle: plain numbers load safely
and do not depend on the scikit-learn version).

The features are exactly scikit-learn's `TfidfVectorizer(sublinear_tf=True)`: counts of
the stored vocabulary's words and word pairs, 1 + log, times idf, L2-normalised.
"""

from __future__ import annotations

import gzip
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
from sklearn.feature_extraction.text import CountVectorizer

from docket.code.acts import find_acts
from docket.code.document import Document
from docket.errors import CodingError
from docket.models import Incident

ARTEFACT = "classifier.json.gz"
LEAD = 3
ACT_TO_LABEL = {
    "killing": "killing",
    "torture": "torture",
    "arbitrary_detention": "arbitrary detention",
    "enforced_disappearance": "enforced disappearance",
    "abduction": "kidnapping",
    "forced_return": "other",
    "threat": "other",
    "assault": "other",
    "raid": "other",
    "prosecution": "other",
    "censorship": "other",
    "other": "other",
}
"""DESIGN.md's table from docket acts to HRDsAttack labels (displacement has none)."""
VIOLATION_LABELS = (
    "arbitrary detention",
    "enforced disappearance",
    "killing",
    "kidnapping",
    "torture",
    "other",
)


@dataclass(frozen=True, slots=True)
class Prediction:
    violations: dict[str, float]
    """Probability of each HRDsAttack violation type."""
    perpetrator_type: str
    perpetrator_probability: float
    thresholds: dict[str, dict[str, float]]
    """Per violation label, `veto` and `add` thresholds for blending with the rules."""


def classifier_text(title: str, body: str, rules: str = "") -> str:
    return f"{title}\n{body}\n{rules}"


def rule_tokens(doc: Document, incidents: list[Incident]) -> str:
    """What the rules found, as words the classifier learns weights for: `zzrulekilling`
    for each killing incident, `zzleadkilling` in the lead, `zztitlekilling` when the
    title reports one too, `zznamedkilling` with named victims, `zztrigkilling` for each
    trigger with or without victims. Stacking the rules into the features lets the
    classifier learn how far to trust each of them."""
    # Sorted, not a set: word pairs are features too, so the order must not depend on
    # the process's hash seed.
    title_acts = sorted({t.label for t in find_acts(doc.title)})
    tokens = [f"zztrig{t.label}" for info in doc.sentences for _, t in info.acts]
    tokens += [f"zztitle{act}" for act in title_acts]
    for incident in incidents:
        act = incident.act
        tokens.append(f"zzrule{act}")
        if int(incident.extra.get("sentence", 99)) < LEAD:
            tokens.append(f"zzlead{act}")
        if act in title_acts:
            tokens.append(f"zzboth{act}")
        if any(v.name[:1].isupper() for v in incident.victims):
            tokens.append(f"zznamed{act}")
        tokens += [
            "zzperp" + (p.type or "").replace(" ", "") for p in incident.perpetrators if p.type
        ]
    return " ".join(tokens)


class DocumentClassifier:
    def __init__(self, artefact: dict[str, Any]) -> None:
        self._vectorizer = CountVectorizer(
            vocabulary=artefact["vocabulary"],
            ngram_range=tuple(artefact["ngram_range"]),
            lowercase=True,
        )
        self._idf = np.asarray(artefact["idf"], dtype=np.float64)
        self._violation_w = np.asarray(artefact["violations"]["coef"], dtype=np.float64)
        self._violation_b = np.asarray(artefact["violations"]["intercept"], dtype=np.float64)
        self._violation_labels = list(artefact["violations"]["labels"])
        self._perp_w = np.asarray(artefact["perpetrator"]["coef"], dtype=np.float64)
        self._perp_b = np.asarray(artefact["perpetrator"]["intercept"], dtype=np.float64)
        self._perp_labels = list(artefact["perpetrator"]["labels"])
        default = {"veto": 0.2, "add": 0.6}
        self._thresholds = {
            label: dict(artefact.get("thresholds", {}).get(label, default))
            for label in VIOLATION_LABELS
        }

    @classmethod
    def load(cls) -> DocumentClassifier:
        """The artefact shipped in `docket.code.data`; CodingError if it is missing."""
        try:
            raw = resources.files("docket.code.data").joinpath(ARTEFACT).read_bytes()
        except (FileNotFoundError, ModuleNotFoundError) as exc:
            raise CodingError(
                f"coder artefact {ARTEFACT} missing: run scripts/train_coder.py"
            ) from exc
        return cls(json.loads(gzip.decompress(raw)))

    def features(self, texts: list[str]) -> Any:
        counts = self._vectorizer.transform(texts).astype(np.float64)
        counts.data = 1.0 + np.log(counts.data)
        weighted = counts.multiply(self._idf).tocsr()
        norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return weighted.multiply(1.0 / norms[:, None]).tocsr()

    def predict_texts(self, texts: list[str]) -> list[Prediction]:
        x = self.features(texts)
        violation = 1.0 / (1.0 + np.exp(-(x @ self._violation_w.T + self._violation_b)))
        logits = x @ self._perp_w.T + self._perp_b
        logits = logits - logits.max(axis=1, keepdims=True)
        perp = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
        results = []
        for row, perp_row in zip(np.asarray(violation), np.asarray(perp), strict=True):
            best = int(perp_row.argmax())
            results.append(
                Prediction(
                    violations=dict(zip(self._violation_labels, map(float, row), strict=True)),
                    perpetrator_type=self._perp_labels[best],
                    perpetrator_probability=float(perp_row[best]),
                    thresholds=self._thresholds,
                )
            )
        return results

    def predict(self, doc: Document, incidents: list[Incident]) -> Prediction:
        text = classifier_text(doc.title, doc.plain, rule_tokens(doc, incidents))
        return self.predict_texts([text])[0]
