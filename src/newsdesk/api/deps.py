"""What every route needs: the store and settings of the app, the token checks, and the filters."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Query, Request

from newsdesk.adapters.store import Filters, Store
from newsdesk.adapters.store.queries import parse_acts, time_bound
from newsdesk.api.extraction import Extractor
from newsdesk.config import Settings

__all__ = [
    "FiltersDep",
    "StoreDep",
    "filters",
    "get_extractor",
    "get_settings",
    "get_store",
    "require_read",
    "require_write",
]

KIND_PATTERN = "^(direct|indirect|mixed|unsourced)$"
ACT_HELP = (
    "What the cue says the speaker did: speech, written, belief, intention, stance or evidence. Repeat it "
    "(act=speech&act=written) or give a comma list for any of several; quotes with no known act are left out."
)


def get_store(request: Request) -> Store:
    store: Store = request.app.state.store
    return store


def get_extractor(request: Request) -> Extractor:
    extractor: Extractor = request.app.state.extractor
    return extractor


def get_settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _bearer_matches(request: Request, token: str | None) -> bool:
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if not token or scheme.lower() != "bearer" or not given:
        return False
    return hmac.compare_digest(given.strip().encode(), token.encode())


def _unauthorised(detail: str) -> HTTPException:
    return HTTPException(status_code=401, detail=detail, headers={"WWW-Authenticate": "Bearer"})


def require_write(request: Request) -> None:
    """Writes need the configured bearer token; with none configured, writes are off."""
    settings = get_settings(request)
    if not settings.token:
        raise _unauthorised("writes are off: the server has no token configured (NEWSDESK_TOKEN)")
    if not _bearer_matches(request, settings.token):
        raise _unauthorised("this needs the server's bearer token (Authorization: Bearer ...)")


def require_read(request: Request) -> None:
    """Reads are open unless the config closes them (reads = "token")."""
    settings = get_settings(request)
    if settings.reads == "token" and not _bearer_matches(request, settings.token):
        raise _unauthorised("reads on this server need its bearer token (Authorization: Bearer ...)")


def filters(
    q: Annotated[str, Query(description='Full text: words and "quoted phrases", all required.')] = "",
    speaker: Annotated[str | None, Query(description="Said by this speaker (an id or any name variant).")] = None,
    about: Annotated[str | None, Query(description="Whose words mention this entity.")] = None,
    publisher: Annotated[str | None, Query(description="Carried by this publisher.")] = None,
    since: Annotated[str | None, Query(description="Published on or after: a date, a time, or an age (7d).")] = None,
    until: Annotated[str | None, Query(description="Published on or before (a date counts whole).")] = None,
    kind: Annotated[str | None, Query(pattern=KIND_PATTERN)] = None,
    cue: Annotated[str | None, Query(description="Cue verb starting with this.")] = None,
    act: Annotated[list[str] | None, Query(description=ACT_HELP)] = None,
    limit: Annotated[int, Query(ge=1, le=200)] = 20,
    offset: Annotated[int, Query(ge=0, le=100_000)] = 0,
) -> Filters:
    """The filters of a query string; 422 for a bound that is not a date, time or age, or a word
    that is no act."""
    try:
        start, end, acts = time_bound(since), time_bound(until, end=True), parse_acts(act or ())
    except ValueError as error:
        raise HTTPException(status_code=422, detail=str(error)) from error
    return Filters(
        query=q,
        speaker=speaker or None,
        about=about or None,
        publisher=publisher or None,
        since=start,
        until=end,
        kind=kind or None,
        cue=cue or None,
        acts=acts,
        limit=limit,
        offset=offset,
    )


StoreDep = Annotated[Store, Depends(get_store)]
FiltersDep = Annotated[Filters, Depends(filters)]
