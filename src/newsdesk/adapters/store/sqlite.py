"""The embedded back end: one SQLite file in WAL mode (readers never wait for a writer), with FTS5
indexes over article bodies and attribution contents (Porter stemming, accents folded)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from newsdesk.adapters.store.base import StoreError
from newsdesk.adapters.store.queries import MARK_END, MARK_START, Condition, fts5_query
from newsdesk.adapters.store.sql import SqlStore
from newsdesk.adapters.store.sqlbase import ArticleMatch

__all__ = ["SqliteStore"]


class SqliteStore(SqlStore):
    dialect = "sqlite"
    # Without statistics the planner would read each signature from its wide article row, walking
    # the overflow pages of the text: five times slower than this covering index (migration 4).
    _signatures_from = "articles a INDEXED BY articles_signature"

    def __init__(self, path: str | Path) -> None:
        super().__init__(f"sqlite:///{path}")
        self._depth = 0
        try:
            self._conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=30)
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            # 64 MiB of page cache (the default is 2): a batch updates many pages of the full-text
            # index, and finds them here rather than on disk (ingest measured ~20% faster at 4k records).
            self._conn.execute("PRAGMA cache_size = -65536")
        except sqlite3.Error as error:
            raise StoreError(f"{path}: cannot open the store ({error})", reason="unopenable") from error
        self._migrate()

    def _execute(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as error:
            raise StoreError(f"{self.url}: {error}") from error

    def _executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        if not rows:
            return
        try:
            self._conn.executemany(sql, rows)
        except sqlite3.Error as error:
            raise StoreError(f"{self.url}: {error}") from error

    @contextmanager
    def _transaction(self) -> Iterator[None]:
        with self._lock:
            if self._depth:
                self._depth += 1
                try:
                    yield
                finally:
                    self._depth -= 1
                return
            self._execute("BEGIN IMMEDIATE")
            self._depth = 1
            try:
                yield
                self._execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:
                    self._conn.rollback()
                raise
            finally:
                self._depth = 0

    def _new_attribution_ids(self, count: int) -> list[int]:
        # Safe: a write transaction (BEGIN IMMEDIATE) holds the database's one write lock.
        first = int(self._scalar("SELECT coalesce(max(id), 0) FROM attributions")) + 1
        return list(range(first, first + count))

    def _article_match(self, terms: list[tuple[str, ...]]) -> ArticleMatch:
        return ArticleMatch(
            from_sql="articles a JOIN articles_fts ON articles_fts.rowid = a.seq",
            from_params=(),
            where=Condition("articles_fts MATCH ?", (fts5_query(terms),)),
            # bm25 is lower for better matches; a word in the headline counts ten times one in the body.
            order="bm25(articles_fts, 10.0, 4.0, 1.0)",
            snippet=f"snippet(articles_fts, -1, '{MARK_START}', '{MARK_END}', '…', 24)",
        )

    def _quote_text(self, terms: list[tuple[str, ...]]) -> Condition:
        return Condition(
            "q.id IN (SELECT rowid FROM attributions_fts WHERE attributions_fts MATCH ?)", (fts5_query(terms),)
        )

    def close(self) -> None:
        with self._lock:
            self._conn.close()
