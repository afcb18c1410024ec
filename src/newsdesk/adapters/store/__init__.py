"""The store: articles, their attributions and rejects, kept and searched behind one interface.

    open_store("newsdesk.db")                       embedded SQLite file (WAL, FTS5)
    open_store("postgresql://user@host:5432/news")  PostgreSQL (tsvector under GIN)

Both back ends run the same migrations and answer the same queries (``Store``); the CLI, the HTTP
API and the web page use nothing else.
"""

from __future__ import annotations

from pathlib import Path

from newsdesk.adapters.store.base import (
    ArticleHit,
    ArticleSummary,
    Count,
    Facets,
    Filters,
    PutResult,
    Quote,
    SearchResult,
    Snippet,
    SpeakerDetail,
    Store,
    StoredArticle,
    StoreError,
)
from newsdesk.adapters.store.names import SpeakerGroup

__all__ = [
    "DEFAULT_DB",
    "ArticleHit",
    "ArticleSummary",
    "Count",
    "Facets",
    "Filters",
    "PutResult",
    "Quote",
    "SearchResult",
    "Snippet",
    "SpeakerDetail",
    "SpeakerGroup",
    "Store",
    "StoreError",
    "StoredArticle",
    "open_store",
]

DEFAULT_DB = "newsdesk.db"
_POSTGRES_SCHEMES = ("postgresql://", "postgres://")


def open_store(url: str = DEFAULT_DB) -> Store:
    """The store at a URL: ``postgresql://...`` for PostgreSQL; ``sqlite:///PATH`` or a plain path
    for an SQLite file (created, and migrated, when new). Raises StoreError when it cannot be opened."""
    if url.startswith(_POSTGRES_SCHEMES):
        from newsdesk.adapters.store.postgres import PostgresStore

        return PostgresStore(url)
    from newsdesk.adapters.store.sqlite import SqliteStore

    path = url.removeprefix("sqlite:///") if url.startswith("sqlite:///") else url
    if "://" in path:
        raise StoreError(
            f"{url}: not a store URL (use a file path, sqlite:///PATH or postgresql://...)", reason="bad-url"
        )
    if Path(path).parent and not Path(path).parent.exists():
        raise StoreError(f"{url}: the folder {Path(path).parent} does not exist", reason="unopenable")
    return SqliteStore(path)
