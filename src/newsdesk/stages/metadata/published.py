"""When a page was published and last modified, with the time and UTC offset it states.

Sources in order of trust: the story's JSON-LD, date meta tags, microdata, the ``<time>`` element
printed in the story's dateline, the visible dateline, other ``<time>`` elements, the date in the
URL. The first that parses gives the instant; another source then makes it precise:

- a day alone takes the time and offset of a source that states the same day with them
  (JSON-LD "2024-10-24" and ``article:published_time`` "2024-10-24T22:00:00+01:00");
- an instant in UTC is given in the page's own zone where another source prints the same
  instant in local time ("03:00Z" and a dateline "December 22, 2023 10:00 PM", or a ``<time>``
  "22:00-05:00"): the reader's day is the local one;
- a local time without an offset takes the offset under which another source states the same
  instant.

Where nothing but the URL dates the page, the one ``datePublished`` of the page's embedded app
state (a framework's JSON in a script or an attribute) does, if the URL's day agrees.

A date the page prints as an update ("Updated December 13") is a modified date, never the
published one. Where only a ``<time>`` outside the story's dateline gives the day and the URL
states another day (/2023/12/19/), the URL's day is kept: ``<time>`` elements in sidebars date
other stories.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from newsdesk.stages.dates import ParsedDate, parse_date
from newsdesk.stages.metadata.sources import Sources, clean_text
from newsdesk.vocab.selectors import MODIFIED_META, PUBLISHED_META

__all__ = ["Dates", "choose_dates", "date_in_url"]

_URL_DATE = re.compile(r"/((?:19|20)\d{2})[/-]([01]?\d)[/-]([0-3]?\d)(?:/|-|$)")
_EPOCH = re.compile(r"^\d{10}(?:\d{3})?$")
_ISO_DAY = re.compile(r"(?:19|20)\d{2}-[01]\d-[0-3]\d")
_UPDATED = re.compile(r"^\W*(?:last\s+)?(?:updated|modified|edited|revised)\b", re.IGNORECASE)
_ELSEWHERE = "html:page-time"  # a <time> outside the story's dateline: it may date another story
_QUARTER_HOUR = 900  # UTC offsets are whole quarter hours
_SAME_MINUTE = 60  # seconds two statements of one instant may differ by (one omits seconds)
_MAX_OFFSET = 14 * 3600

Candidate = tuple[str | None, str]  # a raw value and where it was found


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


def _candidates(sources: Sources, names: tuple[str, ...], ld_key: str, micro: str) -> list[Candidate]:
    values: list[Candidate] = [(clean_text(sources.article.get(ld_key)), "html:json-ld")]
    values += [(v, "html:meta") for name in names for v in sources.meta.get(name, ())]
    values += [(v, "html:microdata") for v in sources.microdata.get(micro, ())]
    return values


def _time_value(stamp: str, text: str) -> str | None:
    """What a ``<time>`` element states: its datetime attribute, unless that is empty or holds
    two dates run together ("2022-02-112023-06-08"): then its visible text decides."""
    stamp = stamp.strip()
    return stamp if stamp and len(_ISO_DAY.findall(stamp)) <= 1 else (text or None)


def _printed(sources: Sources, datelines: tuple[str, ...]) -> tuple[list[Candidate], list[Candidate]]:
    """Printed dates for published and for modified: ``<time>`` elements inside the story's
    dateline first, then the date lines, then the page's other ``<time>`` elements."""
    published: list[Candidate] = []
    modified: list[Candidate] = []
    near: list[Candidate] = []
    other: list[Candidate] = []
    local: list[Candidate] = []  # visible texts of <time> elements: local times, for precision only
    for stamp, text, update in sources.times[:10]:
        value = _time_value(stamp, text)
        in_dateline = bool(text) and any(text in line for line in datelines)
        if value and (update or _UPDATED.match(text) or (in_dateline and _updated_line(text, datelines))):
            modified.append((value, "html:time"))
        elif value:
            (near if in_dateline else other).append((value, "html:time" if in_dateline else _ELSEWHERE))
            if text and value != text:
                local.append((text, "html:time"))
    for line in datelines[:3]:
        (modified if _UPDATED.match(line) else published).append((line, "html:dateline"))
    return near + published + other[:3] + local, modified


def _updated_line(text: str, datelines: tuple[str, ...]) -> bool:
    return any(text in line and _UPDATED.match(line) for line in datelines)


def _instant(value: ParsedDate) -> datetime:
    return datetime.fromisoformat(value.iso)


def _offset_between(wall: datetime, instant: datetime) -> timedelta | None:
    """The UTC offset under which a wall-clock time is the given instant, when it is a whole
    quarter hour (within a minute: one source may omit the seconds) and a real offset."""
    seconds = (wall.replace(tzinfo=None) - instant.astimezone(UTC).replace(tzinfo=None)).total_seconds()
    quarters = round(seconds / _QUARTER_HOUR)
    if abs(seconds - quarters * _QUARTER_HOUR) >= _SAME_MINUTE or abs(quarters * _QUARTER_HOUR) > _MAX_OFFSET:
        return None
    return timedelta(seconds=quarters * _QUARTER_HOUR)


def _as_parsed(moment: datetime) -> ParsedDate:
    return ParsedDate(moment.isoformat(), True, True)


def _localised(chosen: ParsedDate, parsed: list[tuple[ParsedDate, str]]) -> ParsedDate:
    """A UTC instant in the zone where another source prints it: the same instant with a local
    offset, or a local wall time without one that is the instant under a real offset."""
    moment = _instant(chosen)
    for other, _where in parsed:
        if not other.has_time or other.iso.endswith("+00:00"):
            continue
        wall = _instant(other)
        offset = wall.utcoffset() if other.has_offset else _offset_between(wall, moment)
        if offset is None or not offset:
            continue
        if other.has_offset and abs((wall - moment).total_seconds()) >= _SAME_MINUTE:
            continue
        return _as_parsed(moment.astimezone(timezone(offset)))
    return chosen


def _with_offset(chosen: ParsedDate, parsed: list[tuple[ParsedDate, str]]) -> ParsedDate | None:
    """A local wall time given the offset under which another source states the same instant."""
    wall = _instant(chosen)
    for other, _where in parsed:
        if other.has_offset and (offset := _offset_between(wall, _instant(other))) is not None:
            return _as_parsed(wall.replace(tzinfo=timezone(offset)))
    return None


def _precise(first: ParsedDate, where: str, parsed: list[tuple[ParsedDate, str]]) -> tuple[ParsedDate, str]:
    """The first date made as precise as the other sources allow (see the module's docstring)."""
    others = [p for p in parsed if p[0] is not first]
    if first.has_offset:
        return (_localised(first, others) if first.iso.endswith("+00:00") else first), where
    if first.has_time and (timed := _with_offset(first, others)) is not None:
        return timed, where
    for other, other_where in others:
        if other.iso[:10] == first.iso[:10] and other.has_offset:
            return other, f"{where}+{other_where}"
    if not first.has_time:
        for other, other_where in others:
            if other.iso[:10] == first.iso[:10] and other.has_time:
                return other, f"{where}+{other_where}"
    return first, where


def _best(values: Iterable[Candidate], url_day: ParsedDate | None = None) -> tuple[ParsedDate | None, str]:
    """The first date that parses, made precise by the others; a ``<time>`` from elsewhere on
    the page that the URL contradicts gives way to the URL's day."""
    parsed = [(p, where) for value, where in values if (p := _parse(value)) is not None]
    if not parsed:
        return (url_day, "url") if url_day is not None else (None, "none")
    first, where = parsed[0]
    if url_day is not None and where == _ELSEWHERE and first.iso[:10] != url_day.iso[:10]:
        first, where = url_day, "url"
    return _precise(first, where, parsed)


def _embedded(sources: Sources, url_day: ParsedDate | None) -> tuple[ParsedDate, str] | None:
    """The date of the page's embedded app state, where nothing the reader sees or the page's
    markup states gives one; the URL's day, where it states another, wins."""
    found = _parse(sources.embedded_published)
    if found is None or (url_day is not None and found.iso[:10] != url_day.iso[:10]):
        return None
    return found, "html:embedded-state"


def choose_dates(sources: Sources, datelines: tuple[str, ...], url: str | None) -> Dates:
    """Published and modified dates of a page. ``datelines`` are the texts of its visible date
    lines, nearest the story first."""
    printed, printed_updates = _printed(sources, datelines)
    published_values = _candidates(sources, PUBLISHED_META, "datePublished", "datepublished")
    published_values.append((clean_text(sources.article.get("dateCreated")), "html:json-ld"))
    url_day = date_in_url(url or sources.canonical)
    published, published_by = _best([*published_values, *printed], url_day)
    if published_by in ("none", "url"):
        published, published_by = _embedded(sources, url_day) or (published, published_by)
    modified_values = _candidates(sources, MODIFIED_META, "dateModified", "datemodified") + printed_updates
    modified, modified_by = _best(modified_values)
    if modified is not None and published is not None and modified.iso == published.iso:
        modified, modified_by = None, "none"
    return Dates(published, modified, published_by, modified_by)
