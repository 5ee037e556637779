"""review: the web app where people accept, correct or reject what the machine coded.

Pages and a JSON API over the store, with roles, confidential reports, CSRF-protected
forms and every decision in the audit log. `docket serve` runs it.
"""

from __future__ import annotations

from docket.review.app import create_app
from docket.review.options import ReviewOptions

__all__ = ["ReviewOptions", "create_app"]
