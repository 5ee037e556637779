"""Reports saved as Markdown or text in the layout of the bundled example:

    Title

    April 29, 2021

    Body paragraphs, with [links](https://...)...

    Original url:

    <https://...>

The title is the first non-blank line, the date line the next one when it reads as a
date; the body runs to the `Original url:` line. A file without that layout is body only.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_ORIGINAL_URL = re.compile(r"^\s*Original url:\s*(?:<?(?P<url>\S+?)>?)?\s*$", re.IGNORECASE)
_ANGLE_URL = re.compile(r"^\s*<?(?P<url>https?://[^\s>]+)>?\s*$")
# English month names (docket never changes the C locale that calendar follows).
_MONTHS = [name.lower() for name in calendar.month_name[1:]]


@dataclass(frozen=True)
class ParsedReport:
    title: str | None
    date_text: str | None
    published: dt.date | None
    body: str
    url: str | None


def parse_date_line(line: str) -> dt.date | None:
    """A date as news sites print it: `April 29, 2021`, `29 April 2021`, `2021-04-29`."""
    text = line.strip().rstrip(".")
    iso = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    try:
        if iso:
            return dt.date(int(iso[1]), int(iso[2]), int(iso[3]))
        words = re.findall(r"[A-Za-z]+|\d+", text)
        month = next((_MONTHS.index(w.lower()) + 1 for w in words if w.lower() in _MONTHS), None)
        numbers = [int(w) for w in words if w.isdigit()]
        years = [n for n in numbers if 1900 <= n <= 2100]
        days = [n for n in numbers if 1 <= n <= 31]
        if month and years and days and len(words) <= 5:
            return dt.date(years[0], month, days[0])
    except ValueError:
        return None
    return None


def _split_url(lines: list[str]) -> tuple[list[str], str | None]:
    for index in range(len(lines) - 1, -1, -1):
        match = _ORIGINAL_URL.match(lines[index])
        if not match:
            continue
        url = match["url"]
        rest = [line for line in lines[index + 1 :] if line.strip()]
        if url is None and rest:
            found = _ANGLE_URL.match(rest[0])
            url = found["url"] if found else None
        return lines[:index], url
    return lines, None


def parse(text: str) -> ParsedReport:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines, url = _split_url(lines)
    content = [i for i, line in enumerate(lines) if line.strip()]
    if not content:
        return ParsedReport(None, None, None, "", url)
    title_at = content[0]
    title = lines[title_at].strip().lstrip("#").strip()
    body_from = title_at + 1
    date_text = published = None
    if len(content) > 1:
        candidate = lines[content[1]].strip()
        published = parse_date_line(candidate)
        if published is not None:
            date_text = candidate
            body_from = content[1] + 1
    if published is None and len(content) == 1:
        return ParsedReport(None, None, None, title, url)
    body = "\n".join(lines[body_from:]).strip()
    return ParsedReport(title, date_text, published, body, url)
