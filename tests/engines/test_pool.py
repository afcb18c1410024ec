"""The worker pool: one outcome per page, a hung page killed at its time limit and rejected, a
crashed worker replaced, and the pool working on after both."""

from __future__ import annotations

import json
import os

from helpers.ccnews import news_page
from helpers.runners import CRASH, HANG, environment, hang_or_crash
from newsdesk.engines.pool import PagePool
from newsdesk.model import Article, Rejected
from newsdesk.options import Options
from newsdesk.pipeline import RawPage

OFF = Options(attribution="off")


def _pages(count: int, marks: dict[int, bytes] | None = None) -> list[RawPage]:
    pages = []
    for n in range(count):
        body = news_page(n).body + (marks or {}).get(n, b"")
        pages.append(RawPage(source=f"page-{n}", data=body, kind="html", input={"warc_offset": str(n)}))
    return pages


def test_every_page_gives_one_outcome_with_its_tag() -> None:
    pages = _pages(6)
    with PagePool[int](OFF, workers=2) as pool:
        results = dict(pool.map(enumerate(pages)))
    assert sorted(results) == list(range(6))
    assert all(isinstance(outcome, Article) for outcome in results.values())
    assert [results[n].source for n in range(6)] == [page.source for page in pages]


def test_a_hung_page_is_rejected_at_its_time_limit_and_the_rest_go_on() -> None:
    pages = _pages(6, {2: HANG})
    with PagePool[int](OFF, workers=2, page_timeout=2, runner=hang_or_crash) as pool:
        results = dict(pool.map(enumerate(pages)))
        stats = pool.stats
    reject = results[2]
    assert isinstance(reject, Rejected)
    assert (reject.stage, reject.reason) == ("pipeline", "timeout")
    assert reject.input == {"warc_offset": "2"}  # the page can be found again
    assert all(isinstance(results[n], Article) for n in (0, 1, 3, 4, 5))
    assert stats.timeouts == 1 and stats.started == 3  # the hung worker was replaced


def test_a_worker_that_dies_is_replaced_and_its_page_rejected() -> None:
    pages = _pages(5, {1: CRASH})
    with PagePool[int](OFF, workers=1, runner=hang_or_crash) as pool:
        results = dict(pool.map(enumerate(pages)))
        stats = pool.stats
    assert isinstance(results[1], Rejected) and results[1].reason == "worker-died"
    assert "code 3" in results[1].detail
    assert [type(results[n]).__name__ for n in (0, 2, 3, 4)] == ["Article"] * 4
    assert stats.died == 1


def test_rejections_pass_through_without_a_worker() -> None:
    read_error = Rejected(id="x", source="gone.html", stage="read", reason="not-found")
    with PagePool[str](OFF, workers=1) as pool:
        results = list(pool.map([("a", read_error), ("b", _pages(1)[0])]))
    assert ("a", read_error) in results and len(results) == 2


def test_pipeline_rejects_carry_the_page_provenance() -> None:
    empty = RawPage(source="a.warc.gz#10", data=b"   ", kind="html", input={"warc_offset": "10"})
    with PagePool[int](OFF, workers=1) as pool:
        [(_, outcome)] = list(pool.map([(0, empty)]))
    assert isinstance(outcome, Rejected) and outcome.reason == "empty"
    assert outcome.input == {"warc_offset": "10"}


def test_workers_report_their_memory() -> None:
    with PagePool[int](OFF, workers=1, rss_every=2) as pool:
        list(pool.map(enumerate(_pages(4))))
        [worker] = pool.stats.workers
    assert worker.pages == 4 and worker.peak_rss_kb > 10_000
    assert sorted(worker.rss_at) == [2, 4]


def test_close_stops_every_worker() -> None:
    pool = PagePool[int](OFF, workers=2)
    list(pool.map(enumerate(_pages(2))))
    processes = [worker.process for worker in pool._workers]
    pool.close()
    assert processes and not any(process.is_alive() for process in processes)


def test_workers_run_numeric_libraries_on_one_thread(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    monkeypatch.setenv("MKL_NUM_THREADS", "3")  # a user's own choice is kept
    with PagePool[int](OFF, workers=1, runner=environment) as pool:
        [(_, outcome)] = list(pool.map([(0, _pages(1)[0])]))
    assert isinstance(outcome, Rejected)
    assert json.loads(outcome.detail) == {"OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "3"}
    assert "OMP_NUM_THREADS" not in os.environ  # the parent's environment is left as it was


def test_a_hung_page_in_a_group_fails_alone_and_the_rest_of_its_group_is_sent_again() -> None:
    pages = _pages(7, {1: HANG})
    with PagePool[int](OFF, workers=1, page_timeout=1, runner=hang_or_crash, parse_together=3) as pool:
        results = dict(pool.map(enumerate(pages)))
        stats = pool.stats
    assert sorted(results) == list(range(7))
    assert isinstance(results[1], Rejected) and results[1].reason == "timeout"
    assert all(isinstance(results[n], Article) for n in (0, 2, 3, 4, 5, 6))
    # page 0 was done before the group's limit; pages 1 and 2 went again alone, and page 1 failed
    assert (stats.retried, stats.timeouts, stats.started) == (2, 1, 3)


def test_a_page_that_kills_its_worker_in_a_group_is_the_only_one_rejected() -> None:
    pages = _pages(6, {4: CRASH})
    with PagePool[int](OFF, workers=2, runner=hang_or_crash, parse_together=3) as pool:
        results = dict(pool.map(enumerate(pages)))
        stats = pool.stats
    assert isinstance(results[4], Rejected) and results[4].reason == "worker-died"
    assert [type(results[n]).__name__ for n in (0, 1, 2, 3, 5)] == ["Article"] * 5
    assert stats.died == 1 and stats.retried == 2  # pages 4 and 5 were sent again alone


def test_pages_parsed_together_in_workers_give_the_records_of_pages_run_alone() -> None:
    pages = _pages(5)
    with PagePool[int](Options(), workers=1, parse_together=5) as pool:
        together = dict(pool.map(enumerate(pages)))
    with PagePool[int](Options(), workers=1, parse_together=1) as pool:
        alone = dict(pool.map(enumerate(pages)))
    assert [together[n].to_json_dict() for n in range(5)] == [alone[n].to_json_dict() for n in range(5)]
    assert any(isinstance(o, Article) and o.attributions for o in alone.values())
