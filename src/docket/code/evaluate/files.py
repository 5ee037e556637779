"""Reading the JSON files an evaluation scores against: one clear error naming the file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from docket.errors import CodingError


def read_json(path: Path) -> Any:
    """The file's JSON, or a CodingError that names it and says what is wrong: a score
    from part of the labels would mislead, so a bad file stops the evaluation."""
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise CodingError(f"{path}: cannot be read: {exc}") from exc
    except json.JSONDecodeError as exc:
        raise CodingError(f"{path}: not JSON (line {exc.lineno}: {exc.msg})") from exc
