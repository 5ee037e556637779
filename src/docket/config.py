"""docket's settings: one typed, frozen object.

Precedence, lowest first: defaults < config file < `DOCKET_*` environment < CLI flags.
The config file is TOML, at `DOCKET_CONFIG` or `<user config dir>/docket/config.toml`,
with the same keys as `Settings` (`db = "..."`, `fetch_timeout = 20`). Nothing is read at
import time: call `load_settings()`.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import platformdirs

from docket.errors import ConfigError

APP = "docket"


def default_db() -> str:
    return str(Path(platformdirs.user_data_dir(APP)) / "docket.sqlite3")


@dataclasses.dataclass(frozen=True, kw_only=True)
class Settings:
    db: str = dataclasses.field(default_factory=default_db)
    """A file path (SQLite) or a `postgresql://` URL."""
    fetch_timeout: float = 20.0
    """Seconds for each network operation of a fetch."""
    max_bytes: int = 20 * 1024 * 1024
    """Largest response or file docket captures."""
    max_redirects: int = 5
    allow_private: bool = False
    """Allow fetching from private, loopback and link-local addresses."""
    user_agent: str = "docket/0.1 (+human-rights documentation; report capture)"
    code_on_ingest: bool = True
    """Code reports as soon as they are captured."""
    spacy_model: str = "en_core_web_sm"
    """The spaCy pipeline the coder loads first (falls back to the packaged one)."""


_FIELDS = {f.name: f for f in dataclasses.fields(Settings)}


def _convert(key: str, value: Any) -> Any:
    kind = _FIELDS[key].type
    try:
        if kind == "bool":
            if isinstance(value, bool):
                return value
            text = str(value).strip().lower()
            if text in {"1", "true", "yes", "on"}:
                return True
            if text in {"0", "false", "no", "off"}:
                return False
            raise ValueError(f"expected true or false, got {value!r}")
        if kind == "int":
            number = int(value)
            if number <= 0:
                raise ValueError("must be positive")
            return number
        if kind == "float":
            real = float(value)
            if real <= 0:
                raise ValueError("must be positive")
            return real
        if not str(value).strip():
            raise ValueError("must not be empty")
        return str(value)
    except (TypeError, ValueError) as exc:
        raise ConfigError(key, str(exc)) from exc


def _config_file(env: Mapping[str, str]) -> Path:
    named = env.get("DOCKET_CONFIG")
    if named:
        return Path(named)
    return Path(platformdirs.user_config_dir(APP)) / "config.toml"


def _read_file(path: Path, explicit: bool) -> dict[str, Any]:
    if not path.exists():
        if explicit:
            raise ConfigError("DOCKET_CONFIG", f"no config file at {path}")
        return {}
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError("DOCKET_CONFIG", f"{path}: {exc}") from exc
    unknown = sorted(set(data) - set(_FIELDS))
    if unknown:
        raise ConfigError(unknown[0], f"unknown key in {path}")
    return data


def load_settings(
    overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None
) -> Settings:
    """Build the settings from every layer; `overrides` are the CLI flags (None = unset)."""
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    values.update(_read_file(_config_file(env), explicit="DOCKET_CONFIG" in env))
    for key in _FIELDS:
        env_value = env.get(f"DOCKET_{key.upper()}")
        if env_value is not None:
            values[key] = env_value
    for key, value in (overrides or {}).items():
        if key not in _FIELDS:
            raise ConfigError(key, "unknown setting")
        if value is not None:
            values[key] = value
    return Settings(**{key: _convert(key, value) for key, value in values.items()})
