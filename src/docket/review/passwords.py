"""Password hashing (argon2id, argon2-cffi's defaults) and one-time password generation."""

from __future__ import annotations

import functools
import secrets

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from docket.errors import AuthError

MIN_LENGTH = 12
_HASHER = PasswordHasher()  # argon2id, RFC 9106's second recommended parameters


@functools.cache
def _dummy_hash() -> str:
    # Verified against when the account is unknown, so that a wrong name takes as long as
    # a wrong password and timing does not tell which names exist.
    return _HASHER.hash(secrets.token_urlsafe(16))


def check_strength(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise AuthError(f"a password needs at least {MIN_LENGTH} characters")


def hash_password(password: str) -> str:
    check_strength(password)
    return _HASHER.hash(password)


def verify(stored_hash: str | None, password: str) -> bool:
    """True when `password` matches `stored_hash`; a None hash always fails, just as slowly."""
    try:
        return _HASHER.verify(stored_hash or _dummy_hash(), password) and stored_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def generate() -> str:
    """A one-time password: 20 URL-safe characters, about 120 bits."""
    return secrets.token_urlsafe(15)
