"""capture: sources in, untouched raw bytes and extracted reports out, into the store."""

from __future__ import annotations

from docket.capture.ingest import IngestResult, ingest

__all__ = ["IngestResult", "ingest"]
