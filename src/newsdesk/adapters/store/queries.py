"""Pure helpers for the store's queries: the user's search text as terms each back end can render
safely, time bounds, snippets with marked matches, and the SQL conditions of the filters.

SQL here uses ``?`` placeholders; a back end that wants another style converts them. Values are
always parameters, never pasted into SQL.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from newsdesk.adapters.store.rows import UTC_FORMAT, utc_instant
from newsdesk.model import ATTRIBUTION_ACTS, Span

__all__ = [
    "MARK_END",
    "MARK_START",
    "Condition",
    "fts5_query",
    "in_list",
    "parse_acts",
    "search_terms",
    "split_marks",
    "time_bound",
    "websearch_query",
]

# Private-use characters: they never occur in page text, so they can mark matches in a snippet.
MARK_START = "\ue000"
MARK_END = "\ue001"
_TERM = re.compile(r'"([^"]*)"|([^\s"]+)')
_WORD = re.compile(r"\w+")
_RELATIVE = re.compile(r"^(\d+)\s*([hdw])$")
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1)}


@dataclass(frozen=True)
class Condition:
    """A piece of a WHERE clause with its parameters."""

    sql: str
    params: tuple[object, ...] = ()


def search_terms(query: str) -> list[tuple[str, ...]]:
    """The query as required terms, each a tuple of words (a phrase when quoted); punctuation that a
    search syntax would read as an operator is dropped.

    >>> search_terms('Starmer "Labour Party" interference!')
    [('starmer',), ('labour', 'party'), ('interference',)]
    """
    terms: list[tuple[str, ...]] = []
    for phrase, word in _TERM.findall(query):
        words = tuple(w.casefold() for w in _WORD.findall(phrase or word))
        if words:
            terms.append(words)
    return terms


def fts5_query(terms: Sequence[tuple[str, ...]]) -> str:
    """Terms as an SQLite FTS5 query: every term a quoted phrase, all required."""
    return " AND ".join('"' + " ".join(term) + '"' for term in terms)


def websearch_query(terms: Sequence[tuple[str, ...]]) -> str:
    """Terms as PostgreSQL ``websearch_to_tsquery`` text: phrases quoted, all required."""
    return " ".join('"' + " ".join(term) + '"' if len(term) > 1 else term[0] for term in terms)


def time_bound(text: str | None, *, end: bool = False, now: datetime | None = None) -> str | None:
    """A bound given as a date (``2024-10-24``: its start, or its end when ``end``), an ISO 8601
    time, or an age (``7d``, ``12h``, ``2w`` before now), as a UTC instant. Raises ValueError for
    anything else."""
    if text is None or not text.strip():
        return None
    text = text.strip()
    relative = _RELATIVE.match(text)
    if relative:
        moment = (now or datetime.now(UTC)) - int(relative.group(1)) * _UNITS[relative.group(2)]
        return moment.astimezone(UTC).strftime(UTC_FORMAT)
    if end and re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        text += "T23:59:59"
    instant = utc_instant(text)
    if instant is None:
        raise ValueError(f"not a date, time or age (like 2024-10-24, 2024-10-24T18:00+01:00, 7d): {text!r}")
    return instant


def split_marks(marked: str) -> tuple[str, tuple[Span, ...]]:
    """Text with ``MARK_START``/``MARK_END`` around matches, as plain text and the marked spans."""
    text: list[str] = []
    marks: list[Span] = []
    length = 0
    start: int | None = None
    for piece in re.split(f"([{MARK_START}{MARK_END}])", marked):
        if piece == MARK_START:
            start = length
        elif piece == MARK_END:
            if start is not None and length > start:
                marks.append((start, length))
            start = None
        else:
            text.append(piece)
            length += len(piece)
    return "".join(text), tuple(marks)


def in_list(column: str, values: Sequence[str]) -> Condition:
    """``column IN (...)``; false for no values."""
    if not values:
        return Condition("1 = 0")
    return Condition(f"{column} IN ({', '.join('?' for _ in values)})", tuple(values))


def parse_acts(values: Sequence[str]) -> tuple[str, ...]:
    """The acts a user asked for, each value one act or a comma list (``["speech,written",
    "belief"]``), case and spaces ignored, each once in the order given. Raises ValueError naming
    the acts there are for any other word.

    >>> parse_acts(["Speech, written", "speech"])
    ('speech', 'written')
    """
    asked = [word.strip().casefold() for value in values for word in value.split(",") if word.strip()]
    unknown = [word for word in asked if word not in ATTRIBUTION_ACTS]
    if unknown:
        raise ValueError(f"not an act: {', '.join(map(repr, unknown))}; the acts are {', '.join(ATTRIBUTION_ACTS)}")
    return tuple(dict.fromkeys(asked))
