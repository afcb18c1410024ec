"""The store's writes and record reads, written once for every SQL back end: migrations, idempotent
puts that group near-duplicates, rejects, records by id, counts."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from newsdesk.adapters.store.base import PutResult, StoredArticle, StoreError
from newsdesk.adapters.store.dedupe import THRESHOLD, similarity
from newsdesk.adapters.store.migrations import MIGRATIONS, Migration
from newsdesk.adapters.store.queries import in_list
from newsdesk.adapters.store.rows import Rows, to_rows
from newsdesk.adapters.store.search import SqlReads
from newsdesk.adapters.store.sqlbase import SUMMARY_COLUMNS
from newsdesk.model import Article, Rejected

__all__ = ["SqlStore"]

# Candidates compared per band lookup: a story copied hundreds of times still costs little.
MAX_CANDIDATES = 50
_ARTICLE_COLUMNS = (
    "id",
    "canonical_url",
    "content_hash",
    "record_hash",
    "group_id",
    "source",
    "url",
    "publisher",
    "headline",
    "standfirst",
    "text",
    "published",
    "published_at",
    "language",
    "word_count",
    "schema_version",
    "stages",
    "record",
    "signature",
    "ingested_at",
)


@dataclass(frozen=True)
class _Existing:
    id: str
    record_hash: str
    schema_version: str
    stages: str
    group_id: str
    same_page: bool  # found by canonical URL or id, not only by its words


def _existing(row: tuple[Any, ...], *, same_page: bool) -> _Existing:
    return _Existing(str(row[0]), str(row[1]), str(row[2]), str(row[3]), str(row[4]), same_page)


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class SqlStore(SqlReads):
    dialect: Literal["sqlite", "postgres"]

    def _migrate(self) -> None:
        """Apply the migrations this database lacks; refuse one written by a newer newsdesk."""
        with self._transaction():
            self._lock_schema()
            self._execute(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                "applied_at TEXT NOT NULL)"
            )
            applied = {int(row[0]) for row in self._execute("SELECT version FROM schema_migrations")}
            known = {m.version for m in MIGRATIONS}
            if applied - known:
                raise StoreError(
                    f"{self.url}: the store has schema version {max(applied)}, newer than this newsdesk knows "
                    f"({max(known)}); upgrade newsdesk",
                    reason="newer-schema",
                )
            for migration in MIGRATIONS:
                if migration.version in applied:
                    continue
                for statement in self._statements(migration):
                    self._execute(statement)
                self._execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, _now()),
                )

    def _lock_schema(self) -> None:
        """Keep two processes from migrating at once (a back end may need to say more)."""

    def _statements(self, migration: Migration) -> tuple[str, ...]:
        return migration.sqlite if self.dialect == "sqlite" else migration.postgres

    def schema_version(self) -> int:
        """The newest migration applied."""
        with self._lock:
            return int(self._scalar("SELECT max(version) FROM schema_migrations") or 0)

    def put(self, article: Article) -> PutResult:
        """Store a record: a page already stored (same canonical URL or id) is replaced when its
        record changed and left alone when not; the same story from the same publisher under another
        source is stored once; anything else is added, grouped with its near-duplicates."""
        rows = to_rows(article)
        with self._lock, self._transaction():
            existing = self._existing(rows)
            if existing is not None and existing.same_page:
                if existing.record_hash == rows.article.record_hash:
                    return PutResult("unchanged", existing.id, existing.group_id)
                if existing.id != article.id:
                    rows = to_rows(article.model_copy(update={"id": existing.id}))
                self._delete(existing.id)
                group_id = self._insert(rows, keep_group=existing.group_id)
                return PutResult(
                    "replaced", existing.id, group_id, existing.schema_version, json.loads(existing.stages)
                )
            if existing is not None:
                return PutResult("duplicate", existing.id, existing.group_id)
            return PutResult("added", rows.article.id, self._insert(rows))

    def _existing(self, rows: Rows) -> _Existing | None:
        columns = "id, record_hash, schema_version, stages, group_id"
        row = rows.article
        if row.canonical_url:
            found = self._execute(f"SELECT {columns} FROM articles WHERE canonical_url = ?", (row.canonical_url,))
            if found:
                return _existing(found[0], same_page=True)
        found = self._execute(f"SELECT {columns} FROM articles WHERE id = ?", (row.id,))
        if found:
            return _existing(found[0], same_page=True)
        # The same words from the same publisher, under no conflicting URL: one page read twice.
        found = self._execute(
            f"SELECT {columns} FROM articles WHERE content_hash = ? AND coalesce(lower(publisher), '') = ? "
            "AND (canonical_url IS NULL OR CAST(? AS TEXT) IS NULL)",
            (row.content_hash, (row.publisher or "").casefold(), row.canonical_url),
        )
        return _existing(found[0], same_page=False) if found else None

    def _delete(self, article_id: str) -> None:
        for table in ("attribution_about", "attributions", "bands"):
            self._execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        self._execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def _group_of(self, rows: Rows) -> str:
        """The group of the most similar stored story at or above the threshold, else a new one."""
        if not rows.bands:
            return rows.article.id
        bands = in_list("b.band", rows.bands)
        candidates = self._execute(
            "SELECT DISTINCT a.id, a.signature, a.group_id FROM bands b JOIN articles a ON a.id = b.article_id "
            f"WHERE {bands.sql} LIMIT {MAX_CANDIDATES}",
            bands.params,
        )
        mine = tuple(int(v) for v in rows.article.signature.split(","))
        best = max(
            ((similarity(mine, tuple(int(v) for v in sig.split(","))), group) for _id, sig, group in candidates if sig),
            default=(0.0, rows.article.id),
        )
        return str(best[1]) if best[0] >= THRESHOLD else rows.article.id

    def _insert(self, rows: Rows, keep_group: str | None = None) -> str:
        group_id = keep_group or self._group_of(rows)
        row = rows.article
        values = {**row.__dict__, "group_id": group_id, "ingested_at": _now()}
        self._execute(
            f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({', '.join('?' for _ in _ARTICLE_COLUMNS)})",
            tuple(values[c] for c in _ARTICLE_COLUMNS),
        )
        about: list[tuple[object, ...]] = []
        for a in rows.attributions:
            inserted = self._execute(
                "INSERT INTO attributions (article_id, position, kind, speaker, speaker_type, speaker_mention, cue, "
                "addressee, content, where_) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
                (
                    row.id,
                    a.position,
                    a.kind,
                    a.speaker,
                    a.speaker_type,
                    a.speaker_mention,
                    a.cue,
                    a.addressee,
                    a.content,
                    a.where,
                ),
            )
            about.extend((inserted[0][0], row.id, name, type_) for name, type_ in a.about)
        if about:
            self._executemany(
                "INSERT INTO attribution_about (attribution_id, article_id, name, type) VALUES (?, ?, ?, ?)", about
            )
        if rows.bands:
            self._executemany("INSERT INTO bands (band, article_id) VALUES (?, ?)", [(b, row.id) for b in rows.bands])
        self._execute("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'revision'")
        return group_id

    def put_reject(self, reject: Rejected) -> None:
        """Keep a rejection with its stage, reason and detail."""
        with self._lock, self._transaction():
            self._execute(
                "INSERT INTO rejects (source, stage, reason, detail, rejected_at) VALUES (?, ?, ?, ?, ?)",
                (reject.source, reject.stage, reject.reason, reject.detail, _now()),
            )

    def get(self, article_id: str) -> StoredArticle | None:
        """A stored record by id with its copies (the other members of its story group)."""
        with self._lock:
            found = self._execute(
                f"SELECT {SUMMARY_COLUMNS}, a.record, a.ingested_at, a.schema_version FROM articles a WHERE a.id = ?",
                (article_id,),
            )
            if not found:
                return None
            row = found[0]
            copies = self._execute(
                f"SELECT {SUMMARY_COLUMNS} FROM articles a WHERE a.group_id = ? AND a.id <> ? "
                "ORDER BY a.published_at, a.id LIMIT 100",
                (row[6], article_id),
            )
        return StoredArticle(
            article=Article.model_validate_json(row[8]),
            summary=self._summary(row),
            copies=tuple(self._summary(c) for c in copies),
            ingested_at=row[9],
            schema_version=row[10],
        )

    def stats(self) -> dict[str, int]:
        """How many articles, attributions, rejects and story groups the store holds."""
        queries = {
            "articles": "SELECT count(*) FROM articles",
            "attributions": "SELECT count(*) FROM attributions",
            "rejects": "SELECT count(*) FROM rejects",
            "groups": "SELECT count(DISTINCT group_id) FROM articles",
        }
        with self._lock:
            return {name: int(self._scalar(sql) or 0) for name, sql in queries.items()}
