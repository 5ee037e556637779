"""The web app's options: one frozen object, built by `docket serve` from its flags."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


@dataclass(frozen=True, kw_only=True)
class ReviewOptions:
    secure_cookies: bool = True
    """Send cookies only over HTTPS. Browsers also accept them from http://127.0.0.1 and
    http://localhost; turn off (`docket serve --insecure-cookies`) only for plain HTTP on
    another host name inside a trusted network, or in tests."""
    session_lifetime: dt.timedelta = dt.timedelta(hours=12)
    login_window: dt.timedelta = dt.timedelta(minutes=15)
    """Failed sign-ins are counted over this window."""
    max_failures_per_account: int = 5
    max_failures_per_ip: int = 20
    max_upload_bytes: int = 20 * 1024 * 1024

    @property
    def session_cookie(self) -> str:
        # `__Host-` makes the browser refuse the cookie unless Secure, for this host only
        # and path /: no sibling subdomain can plant or overwrite it.
        return "__Host-docket_session" if self.secure_cookies else "docket_session"

    @property
    def login_cookie(self) -> str:
        return "__Host-docket_login" if self.secure_cookies else "docket_login"
