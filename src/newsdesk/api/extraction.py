"""Extraction for the API in worker processes, so that a request's time limit really stops its work.

A thread cannot be stopped: a page that made the pipeline run long would go on using a core after
its request had been answered 503. Here each page runs in the batch engine's ``PagePool`` (one
worker process each, kept warm with the NLP model loaded), under a time limit taken from what is
left of its request's: past it, the pool kills the worker, rejects the page with reason "timeout"
and starts a fresh worker. ``workers`` pages run at once; a request that finds every worker busy
waits for one within its own time limit.

    extractor = Extractor(workers=2)
    outcome = extractor.run(RawPage(...), Options(verbatim=True), seconds=25.0)
"""

from __future__ import annotations

import queue
import threading
import time
from dataclasses import dataclass, fields

from newsdesk.engines.pool import PagePool, Runner
from newsdesk.errors import NewsdeskError
from newsdesk.model import Outcome
from newsdesk.options import Options
from newsdesk.pipeline import RawPage, run_one

__all__ = ["Extractor", "ExtractorBusy", "PageWithOptions", "run_with_own_options"]


class ExtractorBusy(NewsdeskError):
    """Every worker stayed busy for as long as the request could wait."""

    reason = "busy"


@dataclass(frozen=True)
class PageWithOptions(RawPage):
    """A page that carries its request's options to the worker (a pool's workers share theirs)."""

    options: Options | None = None


def run_with_own_options(page: RawPage, options: Options) -> Outcome:
    """``run_one`` with the page's own options where it carries them, else the worker's."""
    own = page.options if isinstance(page, PageWithOptions) else None
    return run_one(page, own or options)


class Extractor:
    """Worker processes that run one page each under a time limit; see the module docstring."""

    def __init__(self, workers: int = 2, *, options: Options | None = None, runner: Runner = run_with_own_options):
        """``options`` are the workers' (the model they load); ``runner`` is what a worker does with
        a page (tests inject one that hangs)."""
        self._pools = [PagePool[int](options or Options(), workers=1, runner=runner) for _ in range(max(1, workers))]
        self._free: queue.SimpleQueue[PagePool[int]] = queue.SimpleQueue()
        for pool in self._pools:
            self._free.put(pool)

    @property
    def timeouts(self) -> int:
        """Pages stopped at their time limit so far."""
        return sum(pool.stats.timeouts for pool in self._pools)

    def warm(self) -> threading.Thread:
        """Start every worker and load its model now, in the background, rather than on the first
        request; the thread returned ends when all are ready."""
        thread = threading.Thread(target=self._warm_all, name="newsdesk-warm-extractor", daemon=True)
        thread.start()
        return thread

    def _warm_all(self) -> None:
        for _ in self._pools:
            pool = self._free.get()
            try:
                for _outcome in pool.map([]):  # starts the worker and waits until it is ready
                    pass
            except Exception:  # a model that cannot load, or workers closed meanwhile: the next
                pass  # request starts its worker again and reports what went wrong
            finally:
                self._free.put(pool)

    def run(self, page: RawPage, options: Options, seconds: float) -> Outcome:
        """The page's outcome within ``seconds`` (waiting for a free worker included), else a reject
        with reason "timeout" whose worker has been stopped. Raises ExtractorBusy when no worker
        came free in time, and ModelError when a worker cannot load the model."""
        if seconds <= 0:  # nothing left: no worker is started only to be killed at once
            raise ExtractorBusy("no time was left for extraction (fetching the page took it all)")
        deadline = time.monotonic() + seconds
        try:
            pool = self._free.get(timeout=seconds)
        except queue.Empty:
            raise ExtractorBusy(f"every extraction worker stayed busy for {seconds:g} s") from None
        try:
            pool.page_timeout = max(deadline - time.monotonic(), 0.01)  # what the wait left
            with_options = PageWithOptions(**{f.name: getattr(page, f.name) for f in fields(RawPage)}, options=options)
            outcomes = [outcome for _tag, outcome in pool.map([(0, with_options)])]
            return outcomes[0]
        finally:
            self._free.put(pool)

    def close(self) -> None:
        """Stop every worker."""
        for pool in self._pools:
            pool.close()
