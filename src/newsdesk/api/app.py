"""The FastAPI application: JSON API, OpenAPI docs and the web page over one store."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline

from newsdesk import __version__
from newsdesk.adapters.store import Store, open_store
from newsdesk.api import reads, writes
from newsdesk.api.extraction import Extractor
from newsdesk.api.limits import BodyLimit, SecurityHeaders, TimeLimit
from newsdesk.config import Settings
from newsdesk.web import STATIC_DIR
from newsdesk.web.pages import router as web_router

__all__ = ["DOCS_ASSETS", "create_app"]

DOCS_ASSETS = "/static-docs"

DESCRIPTION = """Who said what, to whom, and when, across the stored news.

Reads are open unless the server's config closes them; `POST /ingest` needs the bearer token.
Request bodies and request times are limited; URLs to private, loopback and link-local addresses
are refused unless the config allows them."""


def create_app(
    settings: Settings | None = None, store: Store | None = None, extractor: Extractor | None = None
) -> FastAPI:
    """The app over ``store`` (default: the one ``settings.db`` names, opened now, so a bad store
    fails at start rather than on the first request), extracting pages with ``extractor`` (default:
    ``settings.extract_workers`` worker processes, warmed when the server starts and stopped with
    it). Raises StoreError when the store cannot be opened."""
    settings = settings or Settings()
    owned_store, owned_extractor = store is None, extractor is None
    store = store or open_store(settings.db)
    extractor = extractor or Extractor(settings.extract_workers)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        if owned_extractor:
            extractor.warm()
        yield
        if owned_extractor:
            extractor.close()
        if owned_store:
            store.close()

    # Interactive docs at /docs (Swagger UI) and /redoc (ReDoc) from the fastapi-offline package's own
    # copies, never a CDN: they work on a machine without network. /openapi.json is the schema.
    app = FastAPIOffline(
        title="newsdesk", version=__version__, description=DESCRIPTION, lifespan=lifespan, static_url=DOCS_ASSETS
    )
    app.state.store = store
    app.state.settings = settings
    app.state.extractor = extractor
    app.include_router(reads.router)
    app.include_router(writes.router)
    app.include_router(web_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")
    # Outermost first on the way in: headers on every answer, then the time limit, then the body limit.
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(TimeLimit, seconds=settings.request_timeout)
    app.add_middleware(SecurityHeaders)
    return app
