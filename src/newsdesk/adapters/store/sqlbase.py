"""What every SQL back end provides, and the helpers its reads and writes share.

A back end supplies a connection (``_execute``, ``_executemany``, ``_transaction``) and its full-text
dialect (``_article_match``, ``_quote_text``); everything else is written once, in portable SQL with
``?`` placeholders.
"""

from __future__ import annotations

import threading
from abc import ABC, abstractmethod
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any

from newsdesk.adapters.store.base import ArticleSummary, Filters, Quote
from newsdesk.adapters.store.names import NameCount, NameIndex, group_names
from newsdesk.adapters.store.queries import Condition, in_list, search_terms

__all__ = ["QUOTE_COLUMNS", "SUMMARY_COLUMNS", "ArticleMatch", "SqlBase", "where_clause"]

SUMMARY_COLUMNS = "a.id, a.headline, a.publisher, a.published, a.url, a.source, a.group_id, a.word_count"
QUOTE_COLUMNS = (
    "q.id, q.article_id, q.position, q.kind, q.speaker, q.speaker_type, q.speaker_mention, q.cue, q.addressee, "
    "q.content, q.where_, a.headline, a.publisher, a.published, q.act"
)
Row = tuple[Any, ...]


@dataclass(frozen=True)
class ArticleMatch:
    """How a back end matches articles to search terms: what to join, the condition, how to rank
    (an ORDER BY expression, best first) and how to cut a snippet with marked matches."""

    from_sql: str
    from_params: tuple[object, ...]
    where: Condition
    order: str
    snippet: str


class SqlBase(ABC):
    url: str

    def __init__(self, url: str) -> None:
        self.url = url
        self._lock = threading.RLock()
        self._names_cache: tuple[int, NameIndex] | None = None

    # What a back end provides.

    @abstractmethod
    def _execute(self, sql: str, params: Sequence[object] = ()) -> list[Row]:
        """Run one statement; its rows (empty for a statement that returns none)."""

    @abstractmethod
    def _executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        """Run one statement for each row of parameters."""

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[None]:
        """A context in which statements commit together, or not at all."""

    @abstractmethod
    def _article_match(self, terms: list[tuple[str, ...]]) -> ArticleMatch:
        """The full-text match of articles (alias ``a``) for search terms."""

    @abstractmethod
    def _quote_text(self, terms: list[tuple[str, ...]]) -> Condition:
        """The condition that an attribution (alias ``q``) matches search terms."""

    # Shared helpers.

    def _scalar(self, sql: str, params: Sequence[object] = ()) -> Any:
        rows = self._execute(sql, params)
        return rows[0][0] if rows else None

    def _revision(self) -> int:
        return int(self._scalar("SELECT value FROM meta WHERE key = 'revision'") or 0)

    def _names(self) -> NameIndex:
        """Every speaker and subject name in the store, grouped; cached until the next write."""
        revision = self._revision()
        if self._names_cache is not None and self._names_cache[0] == revision:
            return self._names_cache[1]
        counts: dict[tuple[str, str], int] = {}
        spoken = "SELECT speaker, speaker_type, count(*) FROM attributions WHERE speaker IS NOT NULL GROUP BY 1, 2"
        for name, type_, count in self._execute(spoken):
            counts[(name, type_)] = int(count)
        for name, type_ in self._execute("SELECT name, type FROM attribution_about GROUP BY 1, 2"):
            counts.setdefault((name, type_), 0)
        index = NameIndex(group_names(NameCount(name, type_, count) for (name, type_), count in counts.items()))
        self._names_cache = (revision, index)
        return index

    def _variants(self, name: str) -> tuple[str, ...]:
        """Every stored name that a name typed by a user may stand for."""
        return tuple(v for group in self._names().matching(name) for v in group.variants)

    def _quote_conditions(self, filters: Filters, *, with_text: bool) -> list[Condition]:
        """Conditions on an attribution ``q`` (and its article ``a``) for the quote filters."""
        conditions: list[Condition] = []
        terms = search_terms(filters.query)
        if with_text and terms:
            conditions.append(self._quote_text(terms))
        if filters.speaker:
            conditions.append(in_list("q.speaker", self._variants(filters.speaker)))
        if filters.about:
            names = in_list("b.name", self._variants(filters.about))
            conditions.append(
                Condition(
                    f"EXISTS (SELECT 1 FROM attribution_about b WHERE b.attribution_id = q.id AND {names.sql})",
                    names.params,
                )
            )
        if filters.kind:
            conditions.append(Condition("q.kind = ?", (filters.kind,)))
        if filters.acts:  # any of them; a row stored before acts were kept (NULL) matches none
            conditions.append(in_list("q.act", filters.acts))
        if filters.cue:
            pattern = filters.cue.casefold().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            conditions.append(Condition("lower(q.cue) LIKE ? ESCAPE '\\'", (pattern,)))
        return conditions

    @staticmethod
    def _article_conditions(filters: Filters) -> list[Condition]:
        conditions: list[Condition] = []
        if filters.publisher:
            conditions.append(Condition("lower(a.publisher) = ?", (filters.publisher.casefold(),)))
        if filters.since:
            conditions.append(Condition("a.published_at >= ?", (filters.since,)))
        if filters.until:
            conditions.append(Condition("a.published_at <= ?", (filters.until,)))
        return conditions

    def _quotes_of(self, rows: list[Row]) -> tuple[Quote, ...]:
        """Quote values of attribution rows (selected as ``QUOTE_COLUMNS``), with their subjects."""
        if not rows:
            return ()
        about: dict[int, list[str]] = {}
        ids = [row[0] for row in rows]
        wanted = in_list("attribution_id", ids)
        for attribution_id, name in self._execute(
            f"SELECT attribution_id, name FROM attribution_about WHERE {wanted.sql} ORDER BY attribution_id",
            wanted.params,
        ):
            about.setdefault(attribution_id, []).append(name)
        names = self._names()
        return tuple(self._quote(row, names, tuple(about.get(row[0], ()))) for row in rows)

    @staticmethod
    def _quote(row: Row, names: NameIndex, about: tuple[str, ...]) -> Quote:
        group = names.group_of(row[4]) if row[4] else None
        return Quote(
            article_id=row[1],
            position=row[2],
            kind=row[3],
            speaker=row[4],
            speaker_id=group.id if group else None,
            speaker_type=row[5],
            speaker_mention=row[6],
            cue=row[7],
            addressee=row[8],
            content=row[9],
            where=row[10],
            about=about,
            headline=row[11],
            publisher=row[12],
            published=row[13],
            act=row[14],
        )

    @staticmethod
    def _summary(row: Row) -> ArticleSummary:
        return ArticleSummary(*row[:8])


def where_clause(conditions: list[Condition]) -> tuple[str, tuple[object, ...]]:
    """``WHERE`` text and parameters of conditions joined with AND."""
    if not conditions:
        return "", ()
    return " WHERE " + " AND ".join(c.sql for c in conditions), tuple(p for c in conditions for p in c.params)
