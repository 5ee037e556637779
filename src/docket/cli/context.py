"""What every command shares: the settings and the store, opened on first use."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from typing import Any

import click

from docket.config import Settings, load_settings
from docket.store import Store


@dataclass
class App:
    overrides: dict[str, Any] = field(default_factory=dict)
    _settings: Settings | None = None
    _store: Store | None = None

    @property
    def settings(self) -> Settings:
        if self._settings is None:
            self._settings = load_settings(self.overrides)
        return self._settings

    @property
    def store(self) -> Store:
        if self._store is None:
            self._store = Store.open(self.settings.db)
        return self._store

    @property
    def actor(self) -> str:
        """The command line acts as the machine's administrator, named by login."""
        try:
            return f"cli:{getpass.getuser()}"
        except (KeyError, OSError):
            return "cli:unknown"

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def override(self, **values: Any) -> None:
        self.overrides.update({k: v for k, v in values.items() if v is not None})
        self._settings = None


pass_app = click.make_pass_decorator(App)
