"""Extraction in worker processes: a page past its request's time limit is really stopped (its worker
killed and replaced), answered 503, and the next request is served; a request finding every worker
busy waits only as long as its limit."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient

from helpers.runners import HANG, hang_or_crash
from newsdesk.adapters.store import Store
from newsdesk.api import create_app
from newsdesk.api.extraction import Extractor, ExtractorBusy, PageWithOptions, run_with_own_options
from newsdesk.config import Settings
from newsdesk.model import Article, Rejected
from newsdesk.options import Options
from newsdesk.pipeline import RawPage

TOKEN = "test-token-5d1f"
STORY = (
    "<html><head><title>Harbour council approves ferry terminal</title></head><body><article>"
    "<h1>Harbour council approves ferry terminal</h1>"
    "<p>The harbour council approved the new ferry terminal on Monday after a long and heated debate.</p>"
    "<p>Council leader Ruth Okafor said the terminal would bring four hundred jobs to the town by spring.</p>"
    "</article></body></html>"
)
HUNG = STORY.replace("</body>", HANG.decode() + "</body>")


@pytest.fixture
def hanging() -> Iterator[Extractor]:
    """One worker that runs the pipeline without NLP, and hangs on a page marked HANG."""
    extractor = Extractor(workers=1, options=Options(attribution="off"), runner=hang_or_crash)
    extractor.warm().join()
    yield extractor
    extractor.close()


def _workers() -> set[int]:
    return {p.pid for p in multiprocessing.active_children() if p.name == "newsdesk-worker" and p.pid}


def _gone(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.mark.parametrize(("route", "headers"), [("/extract", {}), ("/ingest", {"Authorization": f"Bearer {TOKEN}"})])
def test_a_page_past_the_time_limit_is_stopped_and_the_next_is_served(
    api_store: Store, hanging: Extractor, route: str, headers: dict[str, str]
) -> None:
    before = _workers()
    client = TestClient(create_app(Settings(token=TOKEN, request_timeout=3.0), store=api_store, extractor=hanging))
    rejects = api_store.stats()["rejects"]
    stopped = client.post(route, json={"html": HUNG, "source": "hung.html"}, headers=headers)
    assert stopped.status_code == 503
    assert "stopped" in stopped.json()["detail"]
    assert hanging.timeouts == 1
    assert all(_gone(pid) for pid in before - _workers())  # the hung worker no longer runs
    assert before - _workers()  # it was one of the workers there before
    assert api_store.stats()["rejects"] == rejects + (route == "/ingest")  # ingest keeps the reject
    served = client.post(route, json={"html": STORY, "source": "story.html"}, headers=headers)
    assert served.status_code == 200, served.text


def test_a_request_that_finds_every_worker_busy_waits_only_its_limit(hanging: Extractor) -> None:
    page = RawPage(source="hung.html", data=HUNG, kind="html")
    outcomes: list[object] = []
    busy = threading.Thread(target=lambda: outcomes.append(hanging.run(page, Options(), seconds=3.0)))
    busy.start()
    try:
        with pytest.raises(ExtractorBusy):
            hanging.run(RawPage(source="story.html", data=STORY, kind="html"), Options(), seconds=0.5)
    finally:
        busy.join()
    assert isinstance(outcomes[0], Rejected) and outcomes[0].reason == "timeout"


def test_a_page_runs_with_its_own_options_where_it_carries_them() -> None:
    text = "Harbour council approves terminal\n\nThe council approved it.   Odd   spacing   kept."
    page = RawPage(source="t.txt", data=text, kind="text")
    plain = run_with_own_options(page, Options(attribution="off"))
    verbatim = run_with_own_options(
        PageWithOptions(source="t.txt", data=text, kind="text", options=Options(verbatim=True, attribution="off")),
        Options(attribution="off"),
    )
    assert isinstance(plain, Article) and isinstance(verbatim, Article)
    assert verbatim.text == text
    assert plain.text != text


def test_a_request_with_no_time_left_starts_no_worker() -> None:
    before = _workers()
    extractor = Extractor(workers=1, options=Options(attribution="off"))
    with pytest.raises(ExtractorBusy):
        extractor.run(RawPage(source="story.html", data=STORY, kind="html"), Options(), seconds=0.0)
    assert _workers() == before
    extractor.close()
