"""The store's writes and record reads, written once for every SQL back end: migrations, idempotent
puts in batches that group near-duplicates (decided in ``batch``, written a statement a table),
idempotent rejects, records by id, counts."""

from __future__ import annotations

import json
from abc import abstractmethod
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from typing import Literal

from newsdesk.adapters.store.base import PutResult, StoredArticle, StoreError
from newsdesk.adapters.store.batch import MAX_CANDIDATES, BatchPlan, Candidate, Known, content_key, parse_signature
from newsdesk.adapters.store.dedupe import band_hashes, regroup, signature
from newsdesk.adapters.store.migrations import MIGRATIONS, REGROUP_VERSION, RESIGN_VERSION, Migration
from newsdesk.adapters.store.queries import in_list
from newsdesk.adapters.store.rows import AttributionRow, Rows, input_key, to_rows
from newsdesk.adapters.store.search import SqlReads
from newsdesk.adapters.store.sqlbase import SUMMARY_COLUMNS
from newsdesk.model import Article, Rejected, from_json

__all__ = ["SqlStore"]

# Values per IN list: far below every back end's limit on parameters in one statement.
_CHUNK = 500
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


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _attribution_values(a: AttributionRow) -> tuple[object, ...]:
    return (
        a.position,
        a.kind,
        a.speaker,
        a.speaker_type,
        a.speaker_mention,
        a.cue,
        a.addressee,
        a.content,
        a.where,
        a.act,
    )


def _reject_values(reject: Rejected) -> tuple[object, ...]:
    provenance = json.dumps(reject.input, sort_keys=True)
    return input_key(reject.source, reject.input), reject.source, reject.stage, reject.reason, reject.detail, provenance


def _chunks(values: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


class SqlStore(SqlReads):
    dialect: Literal["sqlite", "postgres"]
    # What an INSERT that gives its own values for an auto-numbered key must say (PostgreSQL).
    _explicit_ids = ""
    # Where stories' signatures are read from, as ``a`` (SQLite names its covering index).
    _signatures_from = "articles a"

    @abstractmethod
    def _new_attribution_ids(self, count: int) -> list[int]:
        """Ids for ``count`` new attributions, taken inside the current write transaction (their
        subjects refer to them, and one multi-row INSERT cannot say which id each row got)."""

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
                if migration.version == RESIGN_VERSION:
                    self._resign()
                if migration.version == REGROUP_VERSION:
                    self._regroup()
                self._execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, _now()),
                )

    def _resign(self) -> None:
        """Recompute every stored story's signature and bands from its text (the hashing changed).
        The story groups are made again by the next step (``_regroup``)."""
        signed = [(row[0], signature(row[1])) for row in self._execute("SELECT id, text FROM articles")]
        self._executemany(
            "UPDATE articles SET signature = ? WHERE id = ?", [(",".join(map(str, sig)), id_) for id_, sig in signed]
        )
        self._execute("DELETE FROM bands")
        self._executemany(
            "INSERT INTO bands (band, article_id) VALUES (?, ?)",
            [(band, id_) for id_, sig in signed for band in band_hashes(sig)],
        )

    def _regroup(self) -> None:
        """Put every stored story in its group again, in the order the stories were stored, as
        storing them anew would (``dedupe.regroup``); only changed groups are written."""
        stored = self._execute("SELECT id, signature, group_id FROM articles ORDER BY seq")
        groups = regroup((row[0], parse_signature(row[1])) for row in stored)
        changed = [(groups[row[0]], row[0]) for row in stored if groups[row[0]] != row[2]]
        self._executemany("UPDATE articles SET group_id = ? WHERE id = ?", changed)

    def refresh_statistics(self) -> None:
        """ANALYZE: without it PostgreSQL plans the first queries after a bulk load for the tables as
        autovacuum last saw them (a full-text search took 42 ms or 286 ms by that alone)."""
        with self._lock, self._transaction():
            self._execute("ANALYZE")

    def _lock_schema(self) -> None:
        """Keep two processes from migrating at once (a back end may need to say more)."""

    def _statements(self, migration: Migration) -> tuple[str, ...]:
        return migration.sqlite if self.dialect == "sqlite" else migration.postgres

    def schema_version(self) -> int:
        """The newest migration applied."""
        with self._lock:
            return int(self._scalar("SELECT max(version) FROM schema_migrations") or 0)

    def put(self, article: Article) -> PutResult:
        """Store one record (see ``put_many``)."""
        return self.put_many([article])[0]

    def put_many(self, articles: Sequence[Article]) -> list[PutResult]:
        """Store records in one transaction, each decided as if put alone and in order (see
        ``batch``): a page already stored is replaced when its record changed and left alone when
        not; the same story from the same publisher under another source is stored once; anything
        else is added, grouped with its near-duplicates. A stored input's earlier reject is dropped."""
        prepared = [(article, to_rows(article)) for article in articles]  # the costly part, before the lock
        if not prepared:
            return []
        with self._lock, self._transaction():
            plan = BatchPlan.over(self._stored_matching([rows for _article, rows in prepared]))
            for article, rows in prepared:
                plan.decide(article, rows, self._stored_candidates)
            for article_id in plan.deleted:
                self._delete(article_id)
            self._insert(list(plan.inserts.values()))
            self._drop_rejects({rows.article.input_key for _article, rows in prepared})
        return plan.results

    def _stored_matching(self, batch: list[Rows]) -> list[Known]:
        """Stored articles that share a canonical URL, an id or a content hash with the batch."""
        columns = "id, canonical_url, content_hash, publisher, record_hash, schema_version, stages, group_id"
        found: dict[str, Known] = {}
        keys = {
            "canonical_url": {rows.article.canonical_url for rows in batch if rows.article.canonical_url},
            "id": {rows.article.id for rows in batch},
            "content_hash": {rows.article.content_hash for rows in batch},
        }
        for column, values in keys.items():
            for chunk in _chunks(sorted(v for v in values if v)):
                wanted = in_list(column, chunk)
                for row in self._execute(f"SELECT {columns} FROM articles WHERE {wanted.sql}", wanted.params):
                    found[row[0]] = Known(row[0], row[1], content_key(row[2], row[3]), row[4], row[5], row[6], row[7])
        return list(found.values())

    def _stored_candidates(self, rows: Rows) -> list[Candidate]:
        """Stored stories sharing signature bands with a record, those sharing most first."""
        if not rows.bands:
            return []
        bands = in_list("band", rows.bands)
        sharing = (
            f"SELECT article_id, count(*) AS shared FROM bands WHERE {bands.sql} GROUP BY article_id "
            f"ORDER BY shared DESC, article_id LIMIT {MAX_CANDIDATES}"
        )
        found = self._execute(
            f"SELECT a.id, a.signature, a.group_id FROM {self._signatures_from} "
            f"JOIN ({sharing}) c ON c.article_id = a.id",
            bands.params,
        )
        return [Candidate(str(i), parse_signature(sig), str(group)) for i, sig, group in found]

    def _delete(self, article_id: str) -> None:
        for table in ("attribution_about", "attributions", "bands"):
            self._execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
        self._execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def _insert(self, inserts: list[tuple[Rows, str]]) -> None:
        """Insert decided records with their attributions, subjects and bands, a statement a table."""
        if not inserts:
            return
        now = _now()
        self._executemany(
            f"INSERT INTO articles ({', '.join(_ARTICLE_COLUMNS)}) VALUES ({', '.join('?' for _ in _ARTICLE_COLUMNS)})",
            [
                tuple({**rows.article.__dict__, "group_id": group_id, "ingested_at": now}[c] for c in _ARTICLE_COLUMNS)
                for rows, group_id in inserts
            ],
        )
        said = [(rows.article.id, a) for rows, _group in inserts for a in rows.attributions]
        ids = self._new_attribution_ids(len(said))
        self._executemany(
            "INSERT INTO attributions (id, article_id, position, kind, speaker, speaker_type, speaker_mention, cue, "
            f"addressee, content, where_, act){self._explicit_ids} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(n, i, *_attribution_values(a)) for n, (i, a) in zip(ids, said, strict=True)],
        )
        self._executemany(
            "INSERT INTO attribution_about (attribution_id, article_id, name, type) VALUES (?, ?, ?, ?)",
            [(n, i, name, type_) for n, (i, a) in zip(ids, said, strict=True) for name, type_ in a.about],
        )
        self._executemany(
            "INSERT INTO bands (band, article_id) VALUES (?, ?)",
            [(band, rows.article.id) for rows, _group in inserts for band in rows.bands],
        )
        self._execute("UPDATE meta SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE key = 'revision'")

    def put_reject(self, reject: Rejected) -> None:
        """Keep one rejection (see ``put_rejects``)."""
        self.put_rejects([reject])

    def put_rejects(self, rejects: Sequence[Rejected]) -> None:
        """Keep rejections with their stage, reason, detail and provenance: one row per input (its
        source, and a WARC record's file and offset), the latest reason replacing an earlier one."""
        if not rejects:
            return
        now = _now()
        rows = [(*_reject_values(reject), now) for reject in rejects]
        with self._lock, self._transaction():
            self._executemany(
                "INSERT INTO rejects (input_key, source, stage, reason, detail, input, rejected_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (input_key) DO UPDATE SET source = excluded.source, "
                "stage = excluded.stage, reason = excluded.reason, detail = excluded.detail, input = excluded.input, "
                "rejected_at = excluded.rejected_at",
                rows,
            )

    def _drop_rejects(self, keys: set[str]) -> None:
        """Forget the rejects of inputs now stored (a page that failed once and was read again)."""
        for chunk in _chunks(sorted(keys)):
            wanted = in_list("input_key", chunk)
            self._execute(f"DELETE FROM rejects WHERE {wanted.sql}", wanted.params)

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
            article=from_json(Article, row[8]),
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
