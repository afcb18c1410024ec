"""The web page's routes: search with facets, an article with its attributions highlighted, and a
speaker with quotes over time. Server-rendered; every value goes through Jinja2's escaping."""

from __future__ import annotations

from typing import Annotated, Any, TypeVar
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader

from newsdesk.adapters.store import Filters, Snippet
from newsdesk.adapters.store.queries import parse_acts, time_bound
from newsdesk.api.deps import StoreDep, require_read
from newsdesk.model import ATTRIBUTION_ACTS
from newsdesk.web import TEMPLATES_DIR
from newsdesk.web.charts import bar_chart, by_period
from newsdesk.web.highlight import colour_of, paragraph_runs, tip

__all__ = ["router"]

T = TypeVar("T")
PAGE_SIZE = 20
_FIELDS = ("q", "speaker", "about", "publisher", "since", "until", "kind", "act")
_KINDS = ("direct", "indirect", "mixed", "unsourced")

router = APIRouter(dependencies=[Depends(require_read)], include_in_schema=False)
templates = Jinja2Templates(env=Environment(loader=FileSystemLoader(TEMPLATES_DIR), autoescape=True))
templates.env.filters["path"] = lambda value: quote(str(value), safe="")


def _link(params: dict[str, str], **changes: str) -> str:
    merged = {k: v for k, v in {**params, **changes}.items() if v}
    return "/?" + urlencode(merged) if merged else "/"


def _snippet_runs(snippet: Snippet | None) -> list[tuple[str, bool]]:
    if snippet is None:
        return []
    runs: list[tuple[str, bool]] = []
    position = 0
    for start, end in snippet.marks:
        runs += [(snippet.text[position:start], False), (snippet.text[start:end], True)]
        position = end
    return [*runs, (snippet.text[position:], False)]


def _found(value: T | None, missing: str) -> T:
    if value is None:
        raise HTTPException(status_code=404, detail=missing)
    return value


def _web_link(url: str | None) -> str | None:
    """A page's own URL, only when it is http(s): never a javascript: or data: link."""
    return url if url and url.lower().startswith(("http://", "https://")) else None


@router.get("/", response_class=HTMLResponse)
def search_page(
    request: Request,
    store: StoreDep,
    q: str = "",
    speaker: str = "",
    about: str = "",
    publisher: str = "",
    since: str = "",
    until: str = "",
    kind: str = "",
    act: Annotated[list[str] | None, Query()] = None,
    page: Annotated[int, Query(ge=1, le=1000)] = 1,
) -> HTMLResponse:
    asked_acts = ",".join(a.strip() for a in act or () if a.strip())  # one comma list in the page's links
    params = dict(zip(_FIELDS, (q, speaker, about, publisher, since, until, kind, asked_acts), strict=True))
    error = None
    try:
        filters = Filters(
            query=q,
            speaker=speaker or None,
            about=about or None,
            publisher=publisher or None,
            since=time_bound(since),
            until=time_bound(until, end=True),
            kind=kind if kind in _KINDS else None,
            acts=parse_acts([asked_acts]),
            limit=PAGE_SIZE,
            offset=(page - 1) * PAGE_SIZE,
        )
    except ValueError as problem:
        error, filters = str(problem), Filters(limit=PAGE_SIZE)
    result = store.articles(filters)
    context: dict[str, Any] = {
        "params": params,
        "kinds": _KINDS,
        "acts": ATTRIBUTION_ACTS,
        "chosen_acts": filters.acts,
        "error": error,
        "result": result,
        "snippets": [_snippet_runs(hit.snippet) for hit in result.hits],
        "publisher_links": [(c, _link(params, publisher=c.value)) for c in result.facets.publishers],
        "chart": bar_chart(by_period(result.facets.days), height=60),
        "speakers": store.speakers(limit=12),
        "next_page": _link(params, page=str(page + 1)) if page * PAGE_SIZE < result.total else None,
        "previous_page": _link(params, page=str(page - 1)) if page > 1 else None,
        "clear": {name: _link(params, **{name: ""}) for name in _FIELDS if params[name]},
    }
    return templates.TemplateResponse(request, "search.html", context)


@router.get("/a/{article_id}", response_class=HTMLResponse)
def article_page(request: Request, article_id: str, store: StoreDep) -> HTMLResponse:
    stored = _found(store.get(article_id), f"no article {article_id}")
    article = stored.article
    colours = colour_of(article)
    context = {
        "stored": stored,
        "article": article,
        "original": _web_link(article.url),
        "colours": colours,
        "tips": [tip(a) for a in article.attributions],
        "headline": paragraph_runs(article, "headline", article.headline or ""),
        "standfirst": paragraph_runs(article, "standfirst", article.standfirst or ""),
        "body": paragraph_runs(article, "body", article.text),
    }
    return templates.TemplateResponse(request, "article.html", context)


@router.get("/s/{speaker_id}", response_class=HTMLResponse)
def speaker_page(request: Request, speaker_id: str, store: StoreDep) -> HTMLResponse:
    detail = _found(store.speaker(speaker_id), f"no speaker {speaker_id}")
    context = {"detail": detail, "chart": bar_chart(by_period(detail.quotes_by_day))}
    return templates.TemplateResponse(request, "speaker.html", context)
