"""docket's exceptions: one tree, so a caller can catch what it can handle.

    DocketError                   anything docket refuses or cannot do
    ├── ConfigError               a setting has an invalid value (names the key)
    ├── StoreError                the database cannot be opened or used
    │   └── NotFound              no record with that id
    ├── CaptureError              a source could not be captured (names the source)
    │   ├── FetchError            the network fetch failed: refused address, timeout,
    │   │                         HTTP error, too many redirects, too large
    │   └── ExtractionError       bytes arrived but hold no report: not HTML, empty, corrupt
    ├── CodingError               a report could not be coded
    ├── LinkError                 linking refused a merge or split
    ├── AuthError                 a user is unknown, the password wrong, or the role too low
    │   └── RateLimited           too many failed sign-ins lately: wait, then try again
    ├── ReviewError               a review decision was refused: unknown field, bad value
    └── AuditError                the audit log does not verify

A stage raises with a reason; the batch loop at the stage's boundary records the reason,
reports it in one line, and goes on with the next input.
"""

from __future__ import annotations


class DocketError(Exception):
    """Base of every error docket raises on purpose."""


class ConfigError(DocketError):
    """A setting has an invalid value."""

    def __init__(self, key: str, message: str) -> None:
        super().__init__(f"setting {key!r}: {message}")
        self.key = key


class StoreError(DocketError):
    """The database cannot be opened or used."""


class NotFound(StoreError):  # noqa: N818  (reads as what it is: `except NotFound`)
    """No record with that id."""


class CaptureError(DocketError):
    """A source could not be captured."""

    def __init__(self, source: str, reason: str) -> None:
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class FetchError(CaptureError):
    """The network fetch failed."""


class ExtractionError(CaptureError):
    """The bytes hold no report."""


class CodingError(DocketError):
    """A report could not be coded."""


class LinkError(DocketError):
    """Linking refused a merge or split."""


class AuthError(DocketError):
    """Authentication or authorisation failed."""


class RateLimited(AuthError):  # noqa: N818  (as NotFound: `except RateLimited`)
    """Too many failed sign-ins for this account or address lately."""


class ReviewError(DocketError):
    """A review decision was refused: an unknown field or action, or a bad value."""


class AuditError(DocketError):
    """The audit log does not verify."""
