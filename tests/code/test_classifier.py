from __future__ import annotations

from importlib import resources

from docket.code.classifier import ARTEFACT, VIOLATION_LABELS, DocumentClassifier
from docket.models import PERPETRATOR_TYPES

MAX_BYTES = 2 * 1024 * 1024


def test_artefact_is_small() -> None:
    assert len(resources.files("docket.code.data").joinpath(ARTEFACT).read_bytes()) < MAX_BYTES


def test_predictions_are_probabilities_in_the_vocabulary() -> None:
    classifier = DocumentClassifier.load()
    texts = [
        "Police arrested and detained the journalist; he remains in custody.",
        "Gunmen kidnapped the schoolgirls and killed a guard.",
    ]
    first, second = classifier.predict_texts(texts)
    for prediction in (first, second):
        assert set(prediction.violations) == set(VIOLATION_LABELS)
        assert all(0.0 <= p <= 1.0 for p in prediction.violations.values())
        assert prediction.perpetrator_type in PERPETRATOR_TYPES
        assert set(prediction.thresholds) == set(VIOLATION_LABELS)
    assert first.violations["arbitrary detention"] > second.violations["arbitrary detention"]
    assert second.violations["kidnapping"] > first.violations["kidnapping"]
    assert classifier.predict_texts(texts) == [first, second]
