"""What a batch of puts does, decided record by record exactly as one put after another would, but
in memory: against the stored articles the batch can meet (fetched beforehand, a few queries for the
whole batch) and against the batch's own earlier records. The store then writes the outcome with a
handful of multi-row statements in one transaction.

For each record, in order:

- a page already known (the same canonical URL, else the same id) is ``unchanged`` when its record
  is the same, else ``replaced``: the old row goes, the new one takes its id and its story group;
- the same words from the same publisher, where either has no canonical URL, is a ``duplicate``: one
  page read under two sources, stored once;
- anything else is ``added``, in the group of the most similar story (see ``dedupe``), stored or
  earlier in the batch.

Pure: the stored side comes in as values and as a function that finds similar stored stories.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newsdesk.adapters.store.base import PutResult
from newsdesk.adapters.store.dedupe import THRESHOLD, similarity
from newsdesk.adapters.store.rows import Rows, to_rows
from newsdesk.model import Article

__all__ = ["MAX_CANDIDATES", "BatchPlan", "Candidate", "Known", "content_key", "parse_signature"]

# Similar stories compared per record: a story copied hundreds of times still costs little.
MAX_CANDIDATES = 50


def content_key(content_hash: str, publisher: str | None) -> tuple[str, str]:
    """What makes two records one page read twice when neither names a canonical URL."""
    return content_hash, (publisher or "").casefold()


def parse_signature(text: str) -> tuple[int, ...]:
    """A signature as stored (comma-separated numbers); empty for an empty text."""
    return tuple(int(v) for v in text.split(",")) if text else ()


@dataclass(frozen=True)
class Known:
    """What deciding a put needs to know of a stored (or just decided) article."""

    id: str
    canonical_url: str | None
    content_key: tuple[str, str]
    record_hash: str
    schema_version: str
    stages: str
    group_id: str


@dataclass(frozen=True)
class Candidate:
    """A story that may be a near-duplicate: its id, signature and group."""

    id: str
    signature: tuple[int, ...]
    group_id: str


def _known(rows: Rows, group_id: str) -> Known:
    row = rows.article
    return Known(
        row.id,
        row.canonical_url,
        content_key(row.content_hash, row.publisher),
        row.record_hash,
        row.schema_version,
        row.stages,
        group_id,
    )


def best_group(rows: Rows, candidates: Iterable[Candidate]) -> str:
    """The group of the most similar candidate at or above the threshold, else the record's own id."""
    mine = parse_signature(rows.article.signature)
    score, group = max(
        ((similarity(mine, c.signature), c.group_id) for c in candidates if c.signature),
        default=(0.0, rows.article.id),
    )
    return group if score >= THRESHOLD else rows.article.id


StoredCandidates = Callable[[Rows], list[Candidate]]
"""Stored stories that share signature bands with a record, most shared first."""


@dataclass
class BatchPlan:
    """The decisions of one batch so far: results, stored rows to delete, rows to insert."""

    results: list[PutResult] = field(default_factory=list)
    deleted: list[str] = field(default_factory=list)
    inserts: dict[str, tuple[Rows, str]] = field(default_factory=dict)
    _by_id: dict[str, Known] = field(default_factory=dict)
    _by_url: dict[str, str] = field(default_factory=dict)
    _by_content: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    _bands: dict[str, list[str]] = field(default_factory=dict)

    @classmethod
    def over(cls, stored: Iterable[Known]) -> BatchPlan:
        """A plan that knows these stored articles (those the batch's URLs, ids and hashes find)."""
        plan = cls()
        for known in stored:
            plan._remember(known)
        return plan

    def _remember(self, known: Known) -> None:
        self._by_id[known.id] = known
        if known.canonical_url:
            self._by_url[known.canonical_url] = known.id
        self._by_content.setdefault(known.content_key, []).append(known.id)

    def _forget(self, known: Known) -> None:
        del self._by_id[known.id]
        if known.canonical_url and self._by_url.get(known.canonical_url) == known.id:
            del self._by_url[known.canonical_url]
        self._by_content[known.content_key].remove(known.id)
        pending = self.inserts.pop(known.id, None)
        if pending is None:
            self.deleted.append(known.id)
            return
        for band in pending[0].bands:
            self._bands[band].remove(known.id)

    def _find(self, rows: Rows) -> tuple[Known, bool] | None:
        """The known article this record is (same page: True), or shares its words with (False)."""
        row = rows.article
        same = self._by_url.get(row.canonical_url or "") or (row.id if row.id in self._by_id else None)
        if same is not None:
            return self._by_id[same], True
        for other in self._by_content.get(content_key(row.content_hash, row.publisher), ()):
            known = self._by_id[other]
            if known.canonical_url is None or row.canonical_url is None:
                return known, False
        return None

    def _add(self, rows: Rows, group_id: str) -> None:
        self._remember(_known(rows, group_id))
        self.inserts[rows.article.id] = (rows, group_id)
        for band in rows.bands:
            self._bands.setdefault(band, []).append(rows.article.id)

    def _batch_candidates(self, rows: Rows) -> list[Candidate]:
        shared = Counter(other for band in rows.bands for other in self._bands.get(band, ()))
        return [
            Candidate(other, parse_signature(self.inserts[other][0].article.signature), self.inserts[other][1])
            for other, _count in shared.most_common(MAX_CANDIDATES)
        ]

    def decide(self, article: Article, rows: Rows, stored_candidates: StoredCandidates) -> PutResult:
        """Decide one record's put, remember it, and return its result."""
        found = self._find(rows)
        if found is not None and found[1]:
            result = self._same_page(article, rows, found[0])
        elif found is not None:
            result = PutResult("duplicate", found[0].id, found[0].group_id)
        else:
            deleted = set(self.deleted)
            stored = [c for c in stored_candidates(rows) if c.id not in deleted]
            group_id = best_group(rows, stored + self._batch_candidates(rows))
            self._add(rows, group_id)
            result = PutResult("added", rows.article.id, group_id)
        self.results.append(result)
        return result

    def _same_page(self, article: Article, rows: Rows, known: Known) -> PutResult:
        if known.record_hash == rows.article.record_hash:
            return PutResult("unchanged", known.id, known.group_id)
        if known.id != article.id:  # the page came back under another id: it keeps the stored one
            rows = to_rows(article.replace(id=known.id))
        self._forget(known)
        self._add(rows, known.group_id)
        return PutResult("replaced", known.id, known.group_id, known.schema_version, json.loads(known.stages))
