"""When a page was published and last modified, with the time and UTC offset it states.

Sources in order of trust: the story's JSON-LD, date meta tags, microdata, ``<time datetime>``,
the visible dateline, the date in the URL. The first that parses gives the day; when it lacks a
time or an offset, another source that states the same day with them makes it precise
(JSON-LD "2024-10-24" and ``article:published_time`` "2024-10-24T22:00:00+01:00" agree).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from newsdesk.stages.dates import ParsedDate, parse_date
from newsdesk.stages.metadata.sources import Sources, clean_text
from newsdesk.vocab.selectors import MODIFIED_META, PUBLISHED_META

__all__ = ["Dates", "choose_dates", "date_in_url"]

_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]([01]?\d)[/-]([0-3]?\d)(?:/|-|$)")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")


@dataclass(frozen=True)
class Dates:
    published: ParsedDate | None
    modified: ParsedDate | None
    published_by: str
    modified_by: str


def date_in_url(url: str | None) -> ParsedDate | None:
    """The date a URL's path states (/2024/10/24/...), as a day."""
    found = _URL_DATE.search(url or "")
    if not found:
        return None
    year, month, day = found.groups()
    return parse_date(f"{year}-{int(month):02d}-{int(day):02d}")


def _parse(value: str | None) -> ParsedDate | None:
    text = clean_text(value)
    if not text:
        return None
    if _EPOCH.match(text):
        seconds = int(text[:10])
        return parse_date(datetime.fromtimestamp(seconds, tz=UTC).isoformat())
    return parse_date(text, month_first=True)


def _candidates(sources: Sources, names: tuple[str, ...], ld_key: str, micro: str) -> list[tuple[str | None, str]]:
    values: list[tuple[str | None, str]] = [(clean_text(sources.article.get(ld_key)), "html:json-ld")]
    values += [(v, "html:meta") for name in names for v in sources.meta.get(name, ())]
    values += [(v, "html:microdata") for v in sources.microdata.get(micro, ())]
    return values


def _best(values: Iterable[tuple[str | None, str]]) -> tuple[ParsedDate | None, str]:
    """The first date that parses, made precise by a later one on the same day."""
    parsed = [(p, where) for value, where in values if (p := _parse(value)) is not None]
    if not parsed:
        return None, "none"
    first, where = parsed[0]
    if first.has_offset:
        return _local(first, parsed), where
    for other, other_where in parsed[1:]:
        if other.iso[:10] == first.iso[:10] and other.has_offset:
            return other, f"{where}+{other_where}"
    if not first.has_time:
        for other, other_where in parsed[1:]:
            if other.iso[:10] == first.iso[:10] and other.has_time:
                return other, f"{where}+{other_where}"
    return first, where


def _instant(value: ParsedDate) -> datetime:
    return datetime.fromisoformat(value.iso)


def _local(chosen: ParsedDate, parsed: list[tuple[ParsedDate, str]]) -> ParsedDate:
    """The same instant as the page prints it in its own zone, when one source gives it in UTC
    and another in local time ("03:22Z" and "22:22-05:00"): the reader's day is the local one."""
    if not chosen.iso.endswith("+00:00"):
        return chosen
    moment = _instant(chosen)
    for other, _where in parsed:
        if other.has_offset and not other.iso.endswith("+00:00") and _instant(other) == moment:
            return other
    return chosen


def choose_dates(sources: Sources, datelines: tuple[str, ...], url: str | None) -> Dates:
    """Published and modified dates of a page. ``datelines`` are the texts of its visible date
    lines, in page order."""
    published_values = _candidates(sources, PUBLISHED_META, "datePublished", "datepublished")
    published_values.append((clean_text(sources.article.get("dateCreated")), "html:json-ld"))
    published_values += [(stamp, "html:time") for stamp, _text in sources.times[:3] if stamp]
    published_values += [(line, "html:dateline") for line in datelines[:3]]
    published, published_by = _best(published_values)
    if published is None and (from_url := date_in_url(url or sources.canonical)) is not None:
        published, published_by = from_url, "url"
    modified, modified_by = _best(_candidates(sources, MODIFIED_META, "dateModified", "datemodified"))
    if modified is not None and published is not None and modified.iso == published.iso:
        modified, modified_by = None, "none"
    return Dates(published, modified, published_by, modified_by)
