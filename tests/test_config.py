from __future__ import annotations

from pathlib import Path

import pytest

from docket.config import load_settings
from docket.errors import ConfigError


def test_precedence_defaults_file_environment_flags(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('db = "/from/file.sqlite3"\nfetch_timeout = 7\nmax_redirects = 2\n')
    env = {"DOCKET_CONFIG": str(config), "DOCKET_FETCH_TIMEOUT": "9"}
    settings = load_settings({"max_redirects": 3, "db": None}, env=env)
    assert settings.db == "/from/file.sqlite3"  # file beats default; unset flag is ignored
    assert settings.fetch_timeout == 9.0  # environment beats file
    assert settings.max_redirects == 3  # flag beats file
    assert settings.max_bytes == 20 * 1024 * 1024  # default


def test_invalid_values_name_their_key(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="'fetch_timeout'"):
        load_settings(env={"DOCKET_FETCH_TIMEOUT": "soon"})
    with pytest.raises(ConfigError, match=r"'allow_private'.*true or false"):
        load_settings(env={"DOCKET_ALLOW_PRIVATE": "maybe"})
    with pytest.raises(ConfigError, match=r"'max_bytes'.*positive"):
        load_settings({"max_bytes": -1}, env={})
    bad = tmp_path / "bad.toml"
    bad.write_text("colour = 'blue'\n")
    with pytest.raises(ConfigError, match=r"'colour'.*unknown key"):
        load_settings(env={"DOCKET_CONFIG": str(bad)})
    with pytest.raises(ConfigError, match="no config file"):
        load_settings(env={"DOCKET_CONFIG": str(tmp_path / "missing.toml")})


def test_boolean_words() -> None:
    assert load_settings(env={"DOCKET_ALLOW_PRIVATE": "yes"}).allow_private is True
    assert load_settings(env={"DOCKET_ALLOW_PRIVATE": "0"}).allow_private is False


def test_every_setting_is_documented_in_the_readme() -> None:
    import dataclasses

    from docket.config import Settings

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    for field in dataclasses.fields(Settings):
        assert f"| {field.name} | DOCKET_{field.name.upper()} |" in readme, field.name
