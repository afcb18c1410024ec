"""The web page over an SQLite store of the hand-written records; for browser tests, the app served
on 127.0.0.1 and Debian's Chromium driven headless by Playwright (never a downloaded browser)."""

from __future__ import annotations

import os
import socket
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "store"))

from store_records import corpus

from newsdesk.adapters.store import Store, open_store
from newsdesk.api import create_app
from newsdesk.api.extraction import Extractor
from newsdesk.config import Settings

CHROMIUM = os.environ.get("NEWSDESK_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


@pytest.fixture(scope="module")
def web_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    store = open_store(str(tmp_path_factory.mktemp("web") / "web.db"))
    for article in corpus():
        store.put(article)
    yield store
    store.close()


@pytest.fixture(scope="module")
def server(web_store: Store) -> Iterator[str]:
    """The app on a free port of 127.0.0.1, stopped after the module's tests."""
    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    extractor = Extractor(workers=1)  # never used by the page's tests: no worker is started
    application = create_app(Settings(), store=web_store, extractor=extractor)
    running = uvicorn.Server(uvicorn.Config(application, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=running.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not running.started and thread.is_alive() and time.monotonic() < deadline:
        time.sleep(0.05)
    if not running.started:
        pytest.fail("the test server did not start")
    yield f"http://127.0.0.1:{port}"
    running.should_exit = True
    thread.join(timeout=10)
    extractor.close()


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"browser tests need Debian's chromium at {CHROMIUM} (apt-get install chromium; make test does)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        pytest.skip("browser tests need the playwright package (pip install -e '.[dev]')")
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser: Any) -> Iterator[Any]:
    context = browser.new_context()
    opened = context.new_page()
    opened.set_default_timeout(15_000)
    yield opened
    context.close()
