"""Articles out of HTML pages: trafilatura for the body (Markdown with links) and the
metadata, htmldate (through trafilatura) for the publication date."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from htmldate import find_date
from trafilatura import bare_extraction
from trafilatura.settings import Document, Extractor
from trafilatura.utils import normalize_unicode
from trafilatura.xml import xmltotxt

from docket.errors import ExtractionError


@dataclass(frozen=True)
class ExtractOptions:
    """How docket asks trafilatura for an article; the benchmark's peer uses the same."""

    favor_precision: bool = True
    include_links: bool = True
    include_tables: bool = True
    extensive_date_search: bool = True

    def trafilatura_kwargs(self) -> dict[str, Any]:
        """The same choices as keyword arguments of `trafilatura.extract`."""
        return {
            "output_format": "markdown",
            "include_links": self.include_links,
            "include_tables": self.include_tables,
            "favor_precision": self.favor_precision,
            "with_metadata": True,
            "date_extraction_params": self.date_params(),
        }

    def date_params(self) -> dict[str, Any]:
        return {
            "original_date": True,
            "extensive_search": self.extensive_date_search,
            "outputformat": "%Y-%m-%d",
            "max_date": dt.date.today().isoformat(),
        }


DEFAULT_OPTIONS = ExtractOptions()


@dataclass(frozen=True)
class Article:
    title: str | None
    text: str
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    published: dt.date | None = None
    language: str | None = None
    canonical_url: str | None = None


def _authors(value: str | None) -> list[str]:
    if not value:
        return []
    return [name.strip() for name in value.split(";") if name.strip()]


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _extract(
    html: str | bytes, url: str | None, options: ExtractOptions, recall: bool
) -> tuple[Document | None, str]:
    extractor = Extractor(
        output_format="markdown",
        precision=options.favor_precision and not recall,
        recall=recall,
        links=options.include_links,
        tables=options.include_tables,
        with_metadata=True,
        url=url,
        date_params=options.date_params(),
    )
    document = bare_extraction(html, options=extractor, as_dict=False)
    if not isinstance(document, Document) or document.body is None:
        return None, ""
    return document, normalize_unicode(xmltotxt(document.body, True)).strip()


def extract_article(
    html: str | bytes, url: str | None, options: ExtractOptions = DEFAULT_OPTIONS
) -> Article:
    """The article in `html`; raises ExtractionError when the page holds none.

    Precision first; a page where that finds no text is read again favouring recall, since
    a short article is better kept with some noise than lost."""
    document, text = _extract(html, url, options, recall=False)
    if not text:
        document, text = _extract(html, url, options, recall=True)
    if document is None or not text:
        raise ExtractionError(url or "page", "no article text found in the page")
    # htmldate's quick pass (markup and metadata only) on the raw page first: measured more
    # often right than the same library on trafilatura's parsed tree, and cheap; the
    # extensive search trafilatura ran is the fallback.
    quick = {**options.date_params(), "extensive_search": False}
    published = _date(find_date(html, url=url, **quick)) or _date(document.date)
    return Article(
        title=document.title,
        text=text,
        authors=_authors(document.author),
        outlet=document.sitename or document.hostname,
        published=published,
        language=document.language,
        canonical_url=document.url,
    )
