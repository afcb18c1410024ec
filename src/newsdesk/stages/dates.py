"""Dates as pages print them, to ISO 8601 with the UTC offset the page states.

"Thursday 24 October 2024 22:00 BST" -> "2024-10-24T22:00:00+01:00"; "Oct. 24, 2024 at 6 p.m. ET"
-> "2024-10-24T18:00:00-04:00"; a date alone stays a date ("2024-10-24"); a time without a zone
stays without an offset rather than being given one we do not know.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from newsdesk.vocab.timezones import FIXED_OFFSETS, ZONE_NAMES

__all__ = ["ParsedDate", "find_date", "parse_date"]

_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_MONTH = (
    r"(?P<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_ISO = re.compile(
    r"(?P<y>(?:19|20)\d{2})-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:\.\d+)?)?\s*(?P<tz>Z|[+-][0-2]\d:?[0-5]\d)?)?"
)
_DMY = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE)
_MDY = re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE)
_NUMERIC = re.compile(r"\b(?P<a>[0-3]?\d)[/.](?P<b>[0-3]?\d)[/.](?P<year>(?:19|20)\d{2})\b")
_TIME = re.compile(
    r"(?<![\d:])(?P<H>[0-2]?\d)(?:[:.](?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?)?\s*"
    r"(?P<ampm>[ap]\.?\s?m\.?)?(?![\d:/])",
    re.IGNORECASE,
)
_OFFSET = re.compile(
    r"\b(?:GMT|UTC)\s*(?P<sign>[+-−])\s*(?P<h>\d{1,2})(?::?(?P<m>\d{2}))?\b|(?<![\d:])(?P<sign2>[+-])(?P<h2>[01]\d):?(?P<m2>[0-5]\d)\b"
)
_ZONE_WORD = re.compile(r"\b([A-Z]{1,5}|Eastern|Central|Mountain|Pacific|UK time|London time)\b")


@dataclass(frozen=True)
class ParsedDate:
    iso: str
    has_time: bool
    has_offset: bool


def _zone_offset(text: str, day: date, hour: int, minute: int) -> timedelta | None:
    """The UTC offset a page states near a time: a numeric offset, a fixed abbreviation, or a
    daylight-saving zone name resolved for that date and time."""
    found = _OFFSET.search(text)
    if found:
        sign = found.group("sign") or found.group("sign2")
        hours = int(found.group("h") or found.group("h2"))
        minutes = int(found.group("m") or found.group("m2") or 0)
        delta = timedelta(hours=hours, minutes=minutes)
        return -delta if sign in "-−" else delta
    for word in _ZONE_WORD.findall(text):
        key = word.upper()
        if key in FIXED_OFFSETS and (word.isupper() or len(word) > 3):
            return timedelta(minutes=FIXED_OFFSETS[key])
        if key in ZONE_NAMES:
            local = datetime(day.year, day.month, day.day, hour, minute, tzinfo=ZoneInfo(ZONE_NAMES[key]))
            return local.utcoffset()
    return None


def _time_in(text: str) -> tuple[int, int, int] | None:
    for found in _TIME.finditer(text):
        hour, minute = int(found.group("H")), found.group("M")
        ampm = (found.group("ampm") or "").replace(".", "").replace(" ", "").lower()
        if minute is None and not ampm:
            continue  # a bare number is a day or a count, not a time
        if hour > 23 or (ampm and not 1 <= hour <= 12):
            continue
        if ampm == "pm" and hour != 12:
            hour += 12
        elif ampm == "am" and hour == 12:
            hour = 0
        return hour, int(minute or 0), int(found.group("S") or 0)
    return None


def _calendar_date(text: str, month_first: bool) -> tuple[date, int, int] | None:
    """The first calendar date in a text, with the span it covers."""
    best: tuple[date, int, int] | None = None
    for pattern in (_DMY, _MDY):
        found = pattern.search(text)
        if not found or (best is not None and found.start() >= best[1]):
            continue
        try:
            month = _MONTHS[found.group("month").lower()[:3]]
            best = (date(int(found.group("year")), month, int(found.group("day"))), found.start(), found.end())
        except ValueError:
            continue
    if best is None and (found := _NUMERIC.search(text)):
        first, second = int(found.group("a")), int(found.group("b"))
        day_first = first > 12 or (not month_first and second <= 12)
        day_, month = (first, second) if day_first else (second, first)
        try:
            best = (date(int(found.group("year")), month, day_), found.start(), found.end())
        except ValueError:
            return None
    return best


def _from_iso(found: re.Match[str]) -> ParsedDate | None:
    try:
        day = date(int(found.group("y")), int(found.group("m")), int(found.group("d")))
    except ValueError:
        return None
    if found.group("H") is None:
        return ParsedDate(day.isoformat(), False, False)
    stamp = f"{day.isoformat()}T{found.group('H')}:{found.group('M')}:{found.group('S') or '00'}"
    tz = found.group("tz")
    if not tz:
        return ParsedDate(stamp, True, False)
    if tz == "Z":
        return ParsedDate(stamp + "+00:00", True, True)
    tz = tz if ":" in tz else f"{tz[:3]}:{tz[3:]}"
    return ParsedDate(stamp + tz, True, True)


def parse_date(text: str, *, month_first: bool = False) -> ParsedDate | None:
    """The date (and time, and offset) that a short text states, or None when it states none.

    month_first: read an ambiguous numeric date like 03/04/2024 as March 4 (US pages)."""
    if not text or len(text) > 400 or ("19" not in text and "20" not in text):
        return None  # (every date read here names its year, 19xx or 20xx: most texts are passed over)
    found_iso = _ISO.search(text)
    if found_iso:
        return _from_iso(found_iso)
    found = _calendar_date(text, month_first)
    if found is None:
        return None
    day, start, end = found
    rest = text[:start] + " " + text[end:]
    clock = _time_in(rest)
    if clock is None:
        return ParsedDate(day.isoformat(), False, False)
    hour, minute, second = clock
    stamp = datetime(day.year, day.month, day.day, hour, minute, second)
    offset = _zone_offset(rest, day, hour, minute)
    if offset is None:
        return ParsedDate(stamp.isoformat(), True, False)
    return ParsedDate(stamp.replace(tzinfo=timezone(offset)).isoformat(), True, True)


def find_date(lines: list[str]) -> tuple[int, ParsedDate] | None:
    """The first of several short lines that states a date, with its index."""
    for index, line in enumerate(lines):
        parsed = parse_date(line)
        if parsed is not None:
            return index, parsed
    return None
