"""docket: capture human-rights reports as evidence, code the incidents in them, link them
into cases, review and publish them."""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["__version__"]
