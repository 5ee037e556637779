"""The classifier's vocabulary (scripts/train_coder.py): the most frequent n-grams, ties
broken by the n-gram, so the same texts give the same artefact on any machine; and the
script's one clear error when its data is not where it looks."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_coder.py"


@pytest.fixture(scope="module")
def train_coder() -> ModuleType:
    spec = importlib.util.spec_from_file_location("train_coder", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("train_coder", module)
    spec.loader.exec_module(module)
    return module


TEXTS = [
    "police arrested zara and beat omar",
    "police arrested omar and beat zara",
    "soldiers beat omar and arrested zara",
]


def test_the_most_frequent_ngrams_are_kept_and_ties_go_by_the_ngram(
    train_coder: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Three times each: and, arrested, beat, omar, zara. Six n-grams are found twice
    # ("and beat", "arrested zara", "beat omar", "omar and", "police", "police arrested"):
    # the first two in spelling order fill the last places, whatever the CPU sorts with.
    monkeypatch.setattr(train_coder, "MAX_FEATURES", 7)
    kept = train_coder.vocabulary(TEXTS)
    assert kept == ["and", "and beat", "arrested", "arrested zara", "beat", "omar", "zara"]
    # "soldiers" is in one text only: never kept, however large the vocabulary.
    monkeypatch.setattr(train_coder, "MAX_FEATURES", 100)
    assert "soldiers" not in train_coder.vocabulary(TEXTS)


def test_missing_data_is_one_clear_error(
    train_coder: ModuleType,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(sys, "argv", ["train_coder.py", "--data", str(tmp_path), "--report-dev"])
    with pytest.raises(SystemExit) as exit_info:
        train_coder.main()
    assert exit_info.value.code == 2
    assert f"no train.json in {tmp_path}" in capsys.readouterr().err
