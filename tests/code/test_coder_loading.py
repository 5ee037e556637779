from __future__ import annotations

import datetime as dt

import pytest

from docket.code import Coder, nlp
from docket.config import Settings
from docket.errors import CodingError
from docket.models import Report


def test_an_unknown_configured_pipeline_falls_back() -> None:
    pipeline = nlp.load_pipeline("no_such_pipeline_here")
    assert "ner" in pipeline.pipe_names
    assert all(name in {"ner", "tok2vec"} for name in pipeline.pipe_names)


def test_no_pipeline_at_all_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp, "FALLBACKS", ())
    with pytest.raises(CodingError, match="no_such_pipeline_here"):
        nlp.load_pipeline("no_such_pipeline_here")


def test_load_reads_the_setting() -> None:
    coder = Coder.load(Settings(spacy_model="no_such_pipeline_here"))
    assert coder.name == "docket.rules+lr/1"


def test_code_batch_keeps_errors_in_place(coder: Coder) -> None:
    reports = [
        Report(title="a", text="Police arrested the activist Jane Doe.", published=None),
        Report(title="b", text="Police arrested him.", published=None, language="fr"),
        Report(title="c", text="", published=dt.date(2021, 1, 1)),
    ]
    first, second, third = coder.code_batch(reports)
    assert not isinstance(first, CodingError) and first.incidents
    assert isinstance(second, CodingError)
    assert not isinstance(third, CodingError) and third.incidents == []
