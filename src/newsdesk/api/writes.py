"""POST routes of the API: /extract (a record, nothing stored) and /ingest (stored; needs the token).

Pages run in the extractor's worker processes under what is left of the request's time limit: a
page past it is stopped (its worker killed and replaced) and answered 503."""

from __future__ import annotations

import dataclasses
import hashlib
import time
from typing import Annotated, Any, Self

from fastapi import APIRouter, Depends, HTTPException, Request
from fastapi.responses import JSONResponse
from pydantic import BaseModel, ConfigDict, Field, model_validator

from newsdesk.adapters.urls import fetch
from newsdesk.api.deps import StoreDep, get_extractor, get_settings, require_read, require_write
from newsdesk.api.extraction import Extractor
from newsdesk.api.guard import BlockedAddress, GuardedTransport, url_problem
from newsdesk.config import Settings
from newsdesk.errors import FetchError, NewsdeskError
from newsdesk.model import Outcome, Rejected
from newsdesk.options import Options
from newsdesk.pipeline import RawPage

__all__ = ["PageIn", "router"]

router = APIRouter(tags=["write"])
SettingsDep = Annotated[Settings, Depends(get_settings)]
ExtractorDep = Annotated[Extractor, Depends(get_extractor)]
# A page is stopped this long before its request's own limit, so that the route answers, with the
# reason, once the work has really stopped (rather than the limit's middleware, while it runs on).
STOP_MARGIN_S = 0.5


class PageIn(BaseModel):
    """One page: its HTML, or its text, or only a URL for the server to fetch."""

    model_config = ConfigDict(extra="forbid")

    html: str | None = Field(default=None, description="The page's HTML.")
    text: str | None = Field(default=None, description="The page flattened to text.")
    url: str | None = Field(default=None, description="Where the page lives; fetched when no html or text is given.")
    source: str | None = Field(default=None, description="A name for the input (default: its URL or a hash).")
    verbatim: bool = Field(default=False, description="Take text as the body exactly as it is.")

    @model_validator(mode="after")
    def _one_input(self) -> Self:
        if self.html is not None and self.text is not None:
            raise ValueError("give html or text, not both")
        if self.html is None and self.text is None and not self.url:
            raise ValueError("give html, text or a url")
        return self


def _source(page: PageIn, data: str) -> str:
    return page.source or page.url or "api:" + hashlib.sha256(data.encode("utf-8")).hexdigest()[:16]


def _fetched(url: str, settings: Settings) -> RawPage:
    """The page at a URL, fetched under the server's address guard (which resolves each host once
    and connects to the address it checked); HTTPException when refused or failed."""
    transport = None
    if not settings.allow_private_urls:
        problem = url_problem(url)
        if problem is not None:
            raise HTTPException(status_code=400, detail=f"refused: {problem}")
        transport = GuardedTransport()
    try:
        return fetch(url, timeout=settings.fetch_timeout, max_bytes=settings.max_body_bytes, transport=transport)
    except FetchError as error:
        if isinstance(error.__cause__, BlockedAddress):
            raise HTTPException(status_code=400, detail=f"refused: {error.__cause__}") from error
        raise HTTPException(status_code=502, detail=str(error)) from error


def _seconds_left(request: Request, settings: Settings) -> float:
    """What is left of the request's time limit, less the stop margin."""
    deadline = getattr(request.state, "deadline", None)
    left = deadline - time.monotonic() if deadline is not None else settings.request_timeout
    return left - STOP_MARGIN_S


def _outcome(page: PageIn, settings: Settings, extractor: Extractor, request: Request) -> Outcome:
    options = Options(verbatim=page.verbatim, fetch_timeout=settings.fetch_timeout)
    if page.html is not None:
        raw = RawPage(source=_source(page, page.html), data=page.html, kind="html", url=page.url)
    elif page.text is not None:
        raw = RawPage(source=_source(page, page.text), data=page.text, kind="text", url=page.url)
    else:
        raw = _fetched(str(page.url), settings)
    try:
        return extractor.run(raw, options, _seconds_left(request, settings))
    except NewsdeskError as error:  # every worker busy, or none could load the model
        raise HTTPException(status_code=503, detail=f"extraction is unavailable: {error}") from error


def _stopped(outcome: Outcome) -> bool:
    """True for the reject of a page stopped at its time limit."""
    return isinstance(outcome, Rejected) and outcome.stage == "pipeline" and outcome.reason == "timeout"


def _rejected(reject: Rejected) -> JSONResponse:
    if _stopped(reject):
        return JSONResponse(status_code=503, content={"detail": f"extraction stopped: {reject.detail}"})
    return JSONResponse(status_code=422, content=reject.to_json_dict())


@router.post(
    "/extract",
    dependencies=[Depends(require_read)],
    summary="Extract one page (HTML, text or a URL) and return its record; nothing is stored",
    responses={
        422: {"description": "The page was rejected: the rejection record says why"},
        503: {"description": "The page took longer than the request's time limit, and was stopped"},
    },
)
def extract(page: PageIn, settings: SettingsDep, extractor: ExtractorDep, request: Request) -> Any:
    outcome = _outcome(page, settings, extractor, request)
    return _rejected(outcome) if isinstance(outcome, Rejected) else outcome.to_json_dict()


@router.post(
    "/ingest",
    dependencies=[Depends(require_write)],
    summary="Extract one page and store its record (needs the bearer token)",
    responses={
        422: {"description": "The page was rejected (and the rejection kept)"},
        503: {"description": "The page took longer than the request's time limit: stopped, and kept as a reject"},
    },
)
def ingest(page: PageIn, settings: SettingsDep, store: StoreDep, extractor: ExtractorDep, request: Request) -> Any:
    outcome = _outcome(page, settings, extractor, request)
    if isinstance(outcome, Rejected):
        store.put_reject(outcome)
        return _rejected(outcome)
    result = store.put(outcome)
    return {**dataclasses.asdict(result), "record": outcome.to_json_dict()}
