"""An app over an SQLite store filled with the hand-written records of tests/store, extracting with
one worker process shared by the session (it loads the NLP model once)."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from store_records import corpus

from newsdesk.adapters.store import Store, open_store
from newsdesk.api import create_app
from newsdesk.api.extraction import Extractor
from newsdesk.config import Settings

TOKEN = "test-token-5d1f"


@pytest.fixture
def api_store(tmp_path: Path) -> Iterator[Store]:
    store = open_store(str(tmp_path / "api.db"))
    for article in corpus():
        store.put(article)
    yield store
    store.close()


@pytest.fixture(scope="session")
def extractor() -> Iterator[Extractor]:
    shared = Extractor(workers=1)
    yield shared
    shared.close()


@pytest.fixture
def make_client(api_store: Store, extractor: Extractor) -> Callable[..., TestClient]:
    def make(**settings: object) -> TestClient:
        options: dict[str, object] = {"token": TOKEN, **settings}
        return TestClient(create_app(Settings(**options), store=api_store, extractor=extractor))  # type: ignore[arg-type]

    return make


@pytest.fixture
def auth() -> dict[str, str]:
    """Headers that carry the server's token."""
    return {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def client(make_client: Callable[..., TestClient]) -> TestClient:
    return make_client()
