"""An article record as the rows a store keeps: pure functions, the same for every back end.

A stored article keeps its whole record (JSON) for reading back, and beside it the columns that
queries filter on: the canonical URL and the content hash (its identity), the publication instant in
UTC, and one row per attribution with its speaker's entity type and the entities its words mention.
Inputs (stored or rejected) are named by ``input_key``, so that reading one again finds it.
"""

from __future__ import annotations

import hashlib
import json
from bisect import bisect_left
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from newsdesk.adapters.store.dedupe import band_hashes, fingerprint
from newsdesk.model import Article, Attribution, Entity, compact_json

__all__ = ["ArticleRow", "AttributionRow", "Rows", "canonical_url", "input_key", "to_rows", "utc_instant"]

# Query parameters that track a reader and never change the page.
_TRACKING_PREFIXES = ("utm_", "mc_", "pk_")
_TRACKING_NAMES = frozenset({"fbclid", "gclid", "dclid", "msclkid", "ocid", "cmpid", "ito", "ns_mchannel", "ns_source"})
_DEFAULT_PORTS = {"http": 80, "https": 443}
UTC_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


@dataclass(frozen=True)
class ArticleRow:
    id: str
    canonical_url: str | None
    content_hash: str
    record_hash: str
    source: str
    url: str | None
    publisher: str | None
    headline: str | None
    standfirst: str | None
    text: str
    published: str | None
    published_at: str | None
    language: str | None
    word_count: int
    schema_version: str
    stages: str
    record: str
    signature: str
    input_key: str


@dataclass(frozen=True)
class AttributionRow:
    position: int
    kind: str
    speaker: str | None
    speaker_type: str
    speaker_mention: str | None
    cue: str | None
    addressee: str | None
    content: str
    where: str
    about: tuple[tuple[str, str], ...]
    act: str | None = None


@dataclass(frozen=True)
class Rows:
    article: ArticleRow
    attributions: tuple[AttributionRow, ...]
    bands: tuple[str, ...]


def canonical_url(url: str | None) -> str | None:
    """The URL that names a page however it was linked: lower-case host, no fragment, no tracking
    parameters, no default port, no trailing slash. None for no URL or one that is not http(s)."""
    if not url:
        return None
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS or not parts.hostname:
        return None
    host = parts.hostname.lower()
    if parts.port and parts.port != _DEFAULT_PORTS[scheme]:
        host = f"{host}:{parts.port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not k.lower().startswith(_TRACKING_PREFIXES) and k.lower() not in _TRACKING_NAMES
    ]
    path = parts.path.rstrip("/") or "/"
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def input_key(source: str, provenance: Mapping[str, str]) -> str:
    """What names one input however often it is read: its source, and for a record of a WARC
    archive also the archive and the record's byte offset (``Article.input``, ``Rejected.input``)."""
    archive, offset = provenance.get("warc_file"), provenance.get("warc_offset")
    return f"{source}\x1f{archive}\x1f{offset}" if archive and offset else source


def utc_instant(stamp: str | None) -> str | None:
    """An ISO 8601 date or time as a UTC instant ``YYYY-MM-DDTHH:MM:SSZ``; a time without an offset
    is taken as UTC. None when absent or unreadable."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp.strip())
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).strftime(UTC_FORMAT)


@dataclass(frozen=True)
class _Site:
    """Where an entity is named (pronouns left out), for finding the entities a quote names."""

    where: str
    start: int
    end: int
    entity: int


def _sites(entities: tuple[Entity, ...]) -> list[_Site]:
    sites = (
        _Site(m.where, m.span[0], m.span[1], n)
        for n, e in enumerate(entities)
        for m in e.mentions
        if m.kind != "pronoun"
    )
    return sorted(sites, key=lambda site: site.start)


def _about(attribution: Attribution, entities: tuple[Entity, ...], sites: list[_Site]) -> tuple[tuple[str, str], ...]:
    """(name, type) of each entity named within the attribution's content, in entity order."""
    start, end = attribution.content_bounds
    first = bisect_left(sites, start, key=lambda site: site.start)
    inside = set()
    for site in sites[first:]:
        if site.start >= end:
            break
        if site.where == attribution.where and site.end <= end:
            inside.add(site.entity)
    return tuple((entities[n].name, entities[n].type) for n in sorted(inside))


def _attribution_row(
    position: int, attribution: Attribution, types: dict[str, str], article: Article, sites: list[_Site]
) -> AttributionRow:
    return AttributionRow(
        position=position,
        kind=attribution.kind,
        speaker=attribution.speaker,
        speaker_type=types.get(attribution.speaker_id or "", ""),
        speaker_mention=attribution.speaker_mention,
        cue=attribution.cue,
        addressee=attribution.addressee,
        content=attribution.content,
        where=attribution.where,
        about=_about(attribution, article.entities, sites),
        act=attribution.act,
    )


def to_rows(article: Article) -> Rows:
    """The rows of one article record."""
    # Compact, fields in model order, mappings in the order the pipeline fills them: stable, so that
    # an unchanged record hashes the same.
    record = compact_json(article)
    words = fingerprint(article.text)
    types = {entity.id: entity.type for entity in article.entities}
    row = ArticleRow(
        id=article.id,
        canonical_url=canonical_url(article.url),
        content_hash=words.content_hash,
        record_hash=hashlib.sha256(record.encode("utf-8")).hexdigest(),
        source=article.source,
        url=article.url,
        publisher=article.publisher,
        headline=article.headline,
        standfirst=article.standfirst,
        text=article.text,
        published=article.published,
        published_at=utc_instant(article.published),
        language=article.language,
        word_count=article.word_count,
        schema_version=article.schema,
        stages=json.dumps(article.stages, sort_keys=True),
        record=record,
        signature=",".join(map(str, words.signature)),
        input_key=input_key(article.source, article.input),
    )
    sites = _sites(article.entities)
    attributions = tuple(_attribution_row(i, a, types, article, sites) for i, a in enumerate(article.attributions))
    return Rows(row, attributions, tuple(band_hashes(words.signature)))
