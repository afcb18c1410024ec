"""Schema migrations of both back ends, as data: numbered steps, each a list of statements.

A store applies, in order and each in one transaction, the steps that its ``schema_migrations``
table does not list yet. Steps are never edited once released: a change is a new step. A database
written by a newer newsdesk (a step this one does not know) is refused rather than misread.

The tables are the same in both back ends; only full-text search differs: SQLite keeps FTS5 tables
in step with triggers, PostgreSQL keeps a generated ``tsvector`` column under a GIN index.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["ACT_VERSION", "MIGRATIONS", "REGROUP_VERSION", "RESIGN_VERSION", "Migration"]

# The step after which every stored signature is recomputed from the story's text.
RESIGN_VERSION = 5
# The step after which every stored story is put in its group again, by the signatures of step 5.
REGROUP_VERSION = 6
# The step that gives each attribution its act (``Attribution.act``).
ACT_VERSION = 7


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sqlite: tuple[str, ...]
    postgres: tuple[str, ...]


def _tables(serial: str) -> tuple[str, ...]:
    """The tables both back ends share; ``serial`` is the auto-numbered key's type."""
    return (
        "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "INSERT INTO meta (key, value) VALUES ('revision', '0')",
        f"""CREATE TABLE articles (
            seq {serial},
            id TEXT NOT NULL UNIQUE,
            canonical_url TEXT UNIQUE,
            content_hash TEXT NOT NULL,
            record_hash TEXT NOT NULL,
            group_id TEXT NOT NULL,
            source TEXT NOT NULL,
            url TEXT,
            publisher TEXT,
            headline TEXT,
            standfirst TEXT,
            text TEXT NOT NULL,
            published TEXT,
            published_at TEXT,
            language TEXT,
            word_count INTEGER NOT NULL,
            schema_version TEXT NOT NULL,
            stages TEXT NOT NULL,
            record TEXT NOT NULL,
            signature TEXT NOT NULL,
            ingested_at TEXT NOT NULL)""",
        "CREATE INDEX articles_content_hash ON articles (content_hash)",
        "CREATE INDEX articles_group ON articles (group_id)",
        "CREATE INDEX articles_published_at ON articles (published_at)",
        "CREATE INDEX articles_publisher ON articles (lower(publisher))",
        f"""CREATE TABLE attributions (
            id {serial},
            article_id TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            speaker TEXT,
            speaker_type TEXT NOT NULL,
            speaker_mention TEXT,
            cue TEXT,
            addressee TEXT,
            content TEXT NOT NULL,
            where_ TEXT NOT NULL)""",
        "CREATE INDEX attributions_article ON attributions (article_id)",
        "CREATE INDEX attributions_speaker ON attributions (speaker)",
        """CREATE TABLE attribution_about (
            attribution_id INTEGER NOT NULL REFERENCES attributions (id) ON DELETE CASCADE,
            article_id TEXT NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL)""",
        "CREATE INDEX attribution_about_name ON attribution_about (name)",
        "CREATE INDEX attribution_about_attribution ON attribution_about (attribution_id)",
        "CREATE INDEX attribution_about_article ON attribution_about (article_id)",
        "CREATE TABLE bands (band TEXT NOT NULL, article_id TEXT NOT NULL)",
        "CREATE INDEX bands_band ON bands (band)",
        "CREATE INDEX bands_article ON bands (article_id)",
        f"""CREATE TABLE rejects (
            id {serial},
            source TEXT NOT NULL,
            stage TEXT NOT NULL,
            reason TEXT NOT NULL,
            detail TEXT NOT NULL,
            rejected_at TEXT NOT NULL)""",
    )


_SQLITE_FTS = (
    """CREATE VIRTUAL TABLE articles_fts USING fts5(
        headline, standfirst, text, content='articles', content_rowid='seq',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, headline, standfirst, text)
        VALUES (new.seq, new.headline, new.standfirst, new.text); END""",
    """CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, headline, standfirst, text)
        VALUES ('delete', old.seq, old.headline, old.standfirst, old.text); END""",
    """CREATE VIRTUAL TABLE attributions_fts USING fts5(
        content, content='attributions', content_rowid='id',
        tokenize='porter unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER attributions_fts_insert AFTER INSERT ON attributions BEGIN
        INSERT INTO attributions_fts (rowid, content) VALUES (new.id, new.content); END""",
    """CREATE TRIGGER attributions_fts_delete AFTER DELETE ON attributions BEGIN
        INSERT INTO attributions_fts (attributions_fts, rowid, content) VALUES ('delete', old.id, old.content); END""",
)

_POSTGRES_FTS = (
    """ALTER TABLE articles ADD COLUMN tsv tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english'::regconfig, coalesce(headline, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, coalesce(standfirst, '')), 'B')
        || to_tsvector('english'::regconfig, text)) STORED""",
    "CREATE INDEX articles_tsv ON articles USING GIN (tsv)",
    """ALTER TABLE attributions ADD COLUMN tsv tsvector
        GENERATED ALWAYS AS (to_tsvector('english'::regconfig, content)) STORED""",
    "CREATE INDEX attributions_tsv ON attributions USING GIN (tsv)",
)

# Each attribution's act (speech, written, belief, intention, stance, evidence), so that "what has X
# said" can leave out what X wants or thinks. Rows stored before keep NULL, as their records (schema
# newsdesk.article/1 or /2) do: the act is read off the parse of the cue, which the store does not
# keep, and a guess from the cue's text alone would put one act beside another that the pipeline
# would not have given. Storing the page again (re-extracted) fills it.
_ATTRIBUTION_ACTS = (
    "ALTER TABLE attributions ADD COLUMN act TEXT",
    "CREATE INDEX attributions_act ON attributions (act)",
)

# Rejects become idempotent: one row per input (its source, and a WARC record's archive and offset),
# the latest reason winning, so that a batch shard done twice counts its rejects once. Rows kept
# before are keyed by their source; of several for one source only the newest stays.
_IDEMPOTENT_REJECTS = (
    "ALTER TABLE rejects ADD COLUMN input_key TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE rejects ADD COLUMN input TEXT NOT NULL DEFAULT '{}'",
    "UPDATE rejects SET input_key = source",
    "DELETE FROM rejects WHERE id NOT IN (SELECT max(id) FROM rejects GROUP BY input_key)",
    "CREATE UNIQUE INDEX rejects_input_key ON rejects (input_key)",
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(
        version=1,
        name="articles, attributions, speakers' subjects, near-duplicate bands, rejects, full text",
        sqlite=_tables("INTEGER PRIMARY KEY") + _SQLITE_FTS,
        postgres=_tables("BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY") + _POSTGRES_FTS,
    ),
    Migration(
        version=2,
        name="quotes by speaker and time: attribution kinds indexed",
        sqlite=("CREATE INDEX attributions_kind ON attributions (kind)",),
        postgres=("CREATE INDEX attributions_kind ON attributions (kind)",),
    ),
    Migration(
        version=3,
        name="rejects kept once per input (its source, and a WARC record's file and offset)",
        sqlite=_IDEMPOTENT_REJECTS,
        postgres=_IDEMPOTENT_REJECTS,
    ),
    Migration(
        version=4,
        name="near-duplicate candidates read from an index, not from their wide article rows",
        # A story's signature is read for every record stored: from this covering index SQLite finds
        # it without walking the overflow pages of the article's text and record.
        sqlite=("CREATE INDEX articles_signature ON articles (id, group_id, signature)",),
        postgres=(),  # PostgreSQL keeps wide values out of line (TOAST): its rows are narrow already
    ),
    Migration(
        version=RESIGN_VERSION,
        name="near-duplicate signatures and bands recomputed with a min-wise hash family",
        # The work is done in Python by the store right after this step (``SqlStore._resign``):
        # a MinHash signature cannot be computed in SQL.
        sqlite=(),
        postgres=(),
    ),
    Migration(
        version=REGROUP_VERSION,
        name="story groups made again from the min-wise signatures, in the order stories were stored",
        # In Python too (``SqlStore._regroup``): the groups that step 5 left were made by the old hashes.
        sqlite=(),
        postgres=(),
    ),
    Migration(
        version=ACT_VERSION,
        name="each attribution's act (speech, written, belief, intention, stance, evidence); NULL for rows before",
        sqlite=_ATTRIBUTION_ACTS,
        postgres=_ATTRIBUTION_ACTS,
    ),
)
