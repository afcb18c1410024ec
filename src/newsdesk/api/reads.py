"""GET routes of the API: articles, one article, quotes, speakers, one speaker, search."""

from __future__ import annotations

import dataclasses
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query

from newsdesk.adapters.store import ArticleSummary, Quote, SearchResult, SpeakerDetail, SpeakerGroup
from newsdesk.api.deps import FiltersDep, StoreDep, require_read

__all__ = ["router"]

router = APIRouter(dependencies=[Depends(require_read)], tags=["read"])


@dataclasses.dataclass(frozen=True)
class ArticleList:
    total: int
    articles: tuple[ArticleSummary, ...]


@router.get("/articles", summary="Articles matching the filters, newest first (best first with q)")
def list_articles(store: StoreDep, filters: FiltersDep) -> ArticleList:
    result = store.articles(filters)
    return ArticleList(total=result.total, articles=tuple(hit.article for hit in result.hits))


@router.get("/articles/{article_id}", summary="One stored record with its copies from other outlets")
def get_article(article_id: str, store: StoreDep) -> dict[str, Any]:
    stored = store.get(article_id)
    if stored is None:
        raise HTTPException(status_code=404, detail=f"no article {article_id}")
    return {
        "record": stored.article.to_json_dict(),
        "group_id": stored.summary.group_id,
        "copies": [dataclasses.asdict(copy) for copy in stored.copies],
        "ingested_at": stored.ingested_at,
        "schema_version": stored.schema_version,
    }


@router.get("/search", summary="Full-text search with facets (publishers, days) and matching quotes")
def search(store: StoreDep, filters: FiltersDep) -> SearchResult:
    return store.articles(filters)


@router.get("/quotes", summary="Attributions matching the filters, newest first")
def list_quotes(store: StoreDep, filters: FiltersDep) -> tuple[Quote, ...]:
    return store.quotes(filters)


@router.get("/speakers", summary="Speakers with quote counts, name variants merged across articles")
def list_speakers(
    store: StoreDep,
    name: Annotated[str | None, Query(description="Only speakers with a variant containing this.")] = None,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
) -> tuple[SpeakerGroup, ...]:
    return store.speakers(name, limit)


@router.get("/speakers/{speaker_id}", summary="One speaker: variants, quotes over time, subjects, latest quotes")
def get_speaker(speaker_id: str, store: StoreDep) -> SpeakerDetail:
    detail = store.speaker(speaker_id)
    if detail is None:
        raise HTTPException(status_code=404, detail=f"no speaker {speaker_id}")
    return detail


@router.get("/stats", summary="How many articles, attributions, rejects and stories the store holds")
def stats(store: StoreDep) -> dict[str, int]:
    return store.stats()
