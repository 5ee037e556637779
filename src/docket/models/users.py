"""People who use docket and what they may do."""

from __future__ import annotations

from dataclasses import dataclass

ROLES: tuple[str, ...] = ("viewer", "editor", "admin")


@dataclass(kw_only=True)
class User:
    name: str
    role: str
    id: int | None = None
    active: bool = True
    must_change_password: bool = False
    """Set for a generated one-time password: the app asks for a new one at sign-in."""

    def can(self, role: str) -> bool:
        """True when this user's role is at least `role`."""
        return ROLES.index(self.role) >= ROLES.index(role)
