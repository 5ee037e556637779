"""docket's coding stage: reports in, incidents and interventions with evidence out.

from docket.code import Coder, to_json
coder = Coder.load(settings)
coded = coder.code(report)
line = to_json(coded, document_id=report.id, sha256=report.sha256)
"""

from __future__ import annotations

from docket.code.coder import Coder
from docket.code.serialize import schema, to_json

__all__ = ["Coder", "schema", "to_json"]
