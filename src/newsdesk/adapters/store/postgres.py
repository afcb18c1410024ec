"""The server back end: PostgreSQL (psycopg 3), full text in generated ``tsvector`` columns under GIN
indexes (English stemming). Migrations take an advisory lock, so that two processes opening a new
database at once do not both migrate it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

import psycopg

from newsdesk.adapters.store.base import StoreError
from newsdesk.adapters.store.queries import MARK_END, MARK_START, Condition, websearch_query
from newsdesk.adapters.store.sql import SqlStore
from newsdesk.adapters.store.sqlbase import ArticleMatch

__all__ = ["PostgresStore"]

_MIGRATION_LOCK = 0x6E657773  # any fixed number; "news"
_HEADLINE_OPTIONS = f"StartSel={MARK_START}, StopSel={MARK_END}, MaxWords=35, MinWords=15, MaxFragments=1"


@lru_cache(maxsize=512)
def _placeholders(sql: str) -> str:
    """Portable ``?`` placeholders as psycopg's ``%s`` (the store's SQL holds no literal ``%``)."""
    return sql.replace("?", "%s")


class PostgresStore(SqlStore):
    dialect = "postgres"
    _explicit_ids = " OVERRIDING SYSTEM VALUE"

    def __init__(self, url: str) -> None:
        super().__init__(url)
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as error:
            raise StoreError(f"cannot reach PostgreSQL ({error})".strip(), reason="unreachable") from error
        self._migrate()

    def _execute(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        try:
            with self._conn.cursor() as cursor:
                cursor.execute(_placeholders(sql), tuple(params))
                return cursor.fetchall() if cursor.description else []
        except psycopg.Error as error:
            raise StoreError(f"PostgreSQL: {error}") from error

    def _executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        if not rows:
            return
        try:
            with self._conn.cursor() as cursor:
                cursor.executemany(_placeholders(sql), rows)
        except psycopg.Error as error:
            raise StoreError(f"PostgreSQL: {error}") from error

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock, self._conn.transaction():
            yield

    def _new_attribution_ids(self, count: int) -> list[int]:
        # Taken from the column's own sequence, so that concurrent writers never share an id.
        if not count:
            return []
        rows = self._execute(
            "SELECT nextval(pg_get_serial_sequence('attributions', 'id')) FROM generate_series(1, ?)", (count,)
        )
        return [int(row[0]) for row in rows]

    def _lock_schema(self) -> None:
        self._execute("SELECT pg_advisory_xact_lock(?)", (_MIGRATION_LOCK,))

    def _article_match(self, terms: list[tuple[str, ...]]) -> ArticleMatch:
        return ArticleMatch(
            from_sql="articles a CROSS JOIN websearch_to_tsquery('english', ?) AS tq",
            from_params=(websearch_query(terms),),
            where=Condition("a.tsv @@ tq"),
            order="ts_rank(a.tsv, tq) DESC",
            snippet=f"ts_headline('english', a.text, tq, '{_HEADLINE_OPTIONS}')",
        )

    def _quote_text(self, terms: list[tuple[str, ...]]) -> Condition:
        return Condition("q.tsv @@ websearch_to_tsquery('english', ?)", (websearch_query(terms),))

    def close(self) -> None:
        with self._lock:
            self._conn.close()
