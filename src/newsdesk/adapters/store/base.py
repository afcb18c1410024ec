"""The store's one interface and the plain values that cross it.

Every back end (SQLite, PostgreSQL) implements ``Store``; the CLI, the HTTP API and the web page use
nothing else. Values are frozen dataclasses of plain data, so they go straight to JSON.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from newsdesk.adapters.store.names import SpeakerGroup
from newsdesk.errors import NewsdeskError
from newsdesk.model import ATTRIBUTION_ACTS, Article, Rejected, Span

__all__ = [
    "ArticleHit",
    "ArticleSummary",
    "Count",
    "Facets",
    "Filters",
    "PutResult",
    "PutStatus",
    "Quote",
    "SearchResult",
    "Snippet",
    "SpeakerDetail",
    "Store",
    "StoreError",
    "StoredArticle",
]

PutStatus = Literal["added", "replaced", "unchanged", "duplicate"]


class StoreError(NewsdeskError):
    """The store cannot be opened or used: a bad URL, an unreachable server, a newer schema."""

    reason = "store-failed"


@dataclass(frozen=True)
class Filters:
    """What to look for. ``query`` is full text (words and "quoted phrases", all required); the
    rest narrow it. ``since``/``until`` are UTC instants (see ``queries.time_bound``); ``acts`` keeps
    the attributions of any of these acts (``Attribution.act``: ``("speech", "written")`` for what
    was said, not what was wanted or thought), leaving out those whose act is unknown."""

    query: str = ""
    speaker: str | None = None
    about: str | None = None
    publisher: str | None = None
    since: str | None = None
    until: str | None = None
    kind: str | None = None
    cue: str | None = None
    acts: tuple[str, ...] = ()
    limit: int = 20
    offset: int = 0

    def __post_init__(self) -> None:
        unknown = [act for act in self.acts if act not in ATTRIBUTION_ACTS]
        if unknown or isinstance(self.acts, str):  # a lone string would be read letter by letter
            raise ValueError(f"acts are a tuple of {', '.join(ATTRIBUTION_ACTS)}; not {self.acts!r}")

    @property
    def on_quotes(self) -> bool:
        """True when a filter concerns attributions rather than whole articles."""
        return any((self.speaker, self.about, self.kind, self.cue, self.acts))


@dataclass(frozen=True)
class PutResult:
    """What storing one record did: ``added``, ``replaced`` (a re-extracted page; the schema and
    stage versions it had before), ``unchanged``, or ``duplicate`` (the same story under another
    source, stored once: ``id`` is the stored one)."""

    status: PutStatus
    id: str
    group_id: str
    previous_schema: str | None = None
    previous_stages: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class ArticleSummary:
    id: str
    headline: str | None
    publisher: str | None
    published: str | None
    url: str | None
    source: str
    group_id: str
    word_count: int


@dataclass(frozen=True)
class Snippet:
    """A passage of text with the characters that matched the query marked."""

    text: str
    marks: tuple[Span, ...] = ()


@dataclass(frozen=True)
class Quote:
    article_id: str
    position: int
    kind: str
    speaker: str | None
    speaker_id: str | None
    speaker_type: str
    speaker_mention: str | None
    cue: str | None
    addressee: str | None
    content: str
    where: str
    about: tuple[str, ...]
    headline: str | None
    publisher: str | None
    published: str | None
    act: str | None = None  # None for an act not known (a row stored before acts were kept)


@dataclass(frozen=True)
class ArticleHit:
    article: ArticleSummary
    snippet: Snippet | None
    quotes: tuple[Quote, ...]


@dataclass(frozen=True)
class Count:
    value: str
    count: int


@dataclass(frozen=True)
class Facets:
    publishers: tuple[Count, ...] = ()
    days: tuple[Count, ...] = ()


@dataclass(frozen=True)
class SearchResult:
    total: int
    hits: tuple[ArticleHit, ...]
    facets: Facets


@dataclass(frozen=True)
class StoredArticle:
    """A stored record with what the store knows about it: its copies carried by other outlets,
    when it was stored and which schema produced it."""

    article: Article
    summary: ArticleSummary
    copies: tuple[ArticleSummary, ...]
    ingested_at: str
    schema_version: str


@dataclass(frozen=True)
class SpeakerDetail:
    speaker: SpeakerGroup
    quotes_by_day: tuple[Count, ...]
    about: tuple[Count, ...]
    addressees: tuple[Count, ...]
    quotes: tuple[Quote, ...]


class Store(Protocol):
    """Articles, their attributions and rejects, kept and searched. Thread-safe."""

    url: str

    def put(self, article: Article) -> PutResult:
        """Store a record (see ``PutResult`` for what that did)."""
        ...

    def put_many(self, articles: Sequence[Article]) -> list[PutResult]:
        """Store records in one transaction, each decided as ``put`` would in order; one result each.
        Much faster than one ``put`` per record."""
        ...

    def put_reject(self, reject: Rejected) -> None:
        """Keep a rejection, so that an ingest accounts for every input."""
        ...

    def put_rejects(self, rejects: Sequence[Rejected]) -> None:
        """Keep rejections, one per input (its source, and a WARC record's file and offset): keeping
        one again replaces it, so a redone batch counts it once."""
        ...

    def get(self, article_id: str) -> StoredArticle | None:
        """A stored record by id, or None."""
        ...

    def articles(self, filters: Filters) -> SearchResult:
        """Articles matching the filters, best first (newest first without a query), with facets."""
        ...

    def quotes(self, filters: Filters) -> tuple[Quote, ...]:
        """Attributions matching the filters, newest first."""
        ...

    def speakers(self, name: str | None = None, limit: int = 100) -> tuple[SpeakerGroup, ...]:
        """Speakers with their quote counts, name variants merged; only those matching ``name``."""
        ...

    def speaker(self, speaker_id: str) -> SpeakerDetail | None:
        """One speaker by id (a slug such as ``keir-starmer``) or by any of their names."""
        ...

    def stats(self) -> dict[str, int]:
        """Counts of articles, attributions, rejects and story groups."""
        ...

    def refresh_statistics(self) -> None:
        """Let the database's query planner see the tables as they now are (after a bulk load)."""
        ...

    def close(self) -> None:
        """Release the connection."""
        ...
