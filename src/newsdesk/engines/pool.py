"""A pool of worker processes that runs pages through the pipeline with a time limit per page.

Each worker holds one page at a time, so when a page runs past the limit the pool knows which one it
is: the worker is killed, the page is rejected with reason "timeout", and a fresh worker takes its
place. A worker that dies on a page (out of memory, a crash in native code) is replaced the same way
and its page rejected with reason "worker-died". Every page in gives exactly one outcome out.

    with PagePool(Options(), workers=4, page_timeout=60) as pool:
        for tag, outcome in pool.map((tag, page) for ...):
            ...
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from multiprocessing.process import BaseProcess
from typing import Any, Generic, TypeVar

from newsdesk.engines.worker import serve
from newsdesk.errors import ModelError, NewsdeskError
from newsdesk.model import Outcome, Rejected
from newsdesk.options import Options
from newsdesk.pipeline import RawPage, run_one

__all__ = ["PagePool", "PoolStats", "Runner", "WorkerStats"]

T = TypeVar("T")
Runner = Callable[[RawPage, Options], Outcome]
"""What a worker does with a page; ``run_one`` unless a test injects another (module-level, so that
it pickles)."""

# How long a new worker may take to import newsdesk and load its model before the run gives up.
_START_TIMEOUT_S = 600.0
# Numeric libraries' thread pools, held to one thread in each worker: the pool already runs one
# worker per core, and more threads would only fight over the same cores (Ray does the same).
_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@dataclass
class WorkerStats:
    """One worker's pages and its peak memory, sampled every ``PagePool.rss_every`` pages."""

    serial: int
    pages: int = 0
    peak_rss_kb: int = 0
    rss_at: dict[int, int] = field(default_factory=dict)


@dataclass
class PoolStats:
    started: int = 0
    timeouts: int = 0
    died: int = 0
    workers: list[WorkerStats] = field(default_factory=list)


@dataclass
class _Job(Generic[T]):
    number: int
    tag: T
    page: RawPage
    deadline: float


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    stats: WorkerStats
    ready: bool = False
    job: _Job[Any] | None = None


@contextlib.contextmanager
def _one_thread_each() -> Iterator[None]:
    """Start a worker with one thread per numeric library, unless the user chose otherwise."""
    saved = {name: os.environ.get(name) for name in _THREAD_VARIABLES}
    for name in _THREAD_VARIABLES:
        os.environ.setdefault(name, "1")
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


class PagePool(Generic[T]):
    """Worker processes with a per-page time limit; see the module docstring."""

    def __init__(
        self,
        options: Options,
        *,
        workers: int | None = None,
        page_timeout: float = 60.0,
        runner: Runner = run_one,
        start_method: str = "spawn",
        rss_every: int = 1000,
    ) -> None:
        self.options = options
        self.size = max(1, workers or _default_workers())
        self.page_timeout = page_timeout
        self.runner = runner
        self.rss_every = rss_every
        self.stats = PoolStats()
        # spawn: a worker never inherits the parent's threads (a progress bar's) or open files.
        self._context: Any = multiprocessing.get_context(start_method)
        self._workers: list[_Worker] = []
        self._jobs = 0

    def __enter__(self) -> PagePool[T]:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _start(self) -> _Worker:
        parent, child = self._context.Pipe()
        process = self._context.Process(
            target=serve, args=(child, self.options, self.runner), name="newsdesk-worker", daemon=True
        )
        with _one_thread_each():
            process.start()
        child.close()
        self.stats.started += 1
        stats = WorkerStats(serial=self.stats.started)
        self.stats.workers.append(stats)
        return _Worker(process, parent, stats)

    def _stop(self, worker: _Worker, *, kill: bool) -> None:
        if kill:
            worker.process.kill()
        else:
            with contextlib.suppress(OSError):
                worker.conn.send(None)
        worker.process.join(timeout=None if kill else 5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join()
        worker.conn.close()

    def _replace(self, worker: _Worker) -> None:
        self._stop(worker, kill=True)
        self._workers[self._workers.index(worker)] = self._start()

    def close(self) -> None:
        """Stop every worker (politely, then by force)."""
        for worker in self._workers:
            self._stop(worker, kill=worker.job is not None)
        self._workers = []

    def map(self, items: Iterable[tuple[T, RawPage | Rejected]]) -> Iterator[tuple[T, Outcome]]:
        """One ``(tag, outcome)`` per item, in the order they finish. Items that are already
        rejections pass straight through. Raises ModelError when a worker cannot load the model."""
        while len(self._workers) < self.size:
            self._workers.append(self._start())
        source = iter(items)
        exhausted = False
        while True:
            while not exhausted and (idle := self._idle()) is not None:
                item = next(source, None)
                if item is None:
                    exhausted = True
                elif isinstance(item[1], Rejected):
                    yield item[0], item[1]
                else:
                    self._dispatch(idle, item[0], item[1])
            if exhausted and not any(worker.job for worker in self._workers):
                return
            yield from self._collect()

    def _idle(self) -> _Worker | None:
        return next((w for w in self._workers if w.ready and w.job is None), None)

    def _dispatch(self, worker: _Worker, tag: T, page: RawPage) -> None:
        self._jobs += 1
        worker.job = _Job(self._jobs, tag, page, time.monotonic() + self.page_timeout)
        worker.conn.send((self._jobs, page))

    def _wait_timeout(self) -> float:
        deadlines = [w.job.deadline for w in self._workers if w.job]
        if not deadlines:
            return _START_TIMEOUT_S
        return max(0.0, min(deadlines) - time.monotonic())

    def _collect(self) -> Iterator[tuple[T, Outcome]]:
        """Wait for the next messages, deaths or expired deadlines, and yield the outcomes."""
        handles: list[Any] = [w.conn for w in self._workers] + [w.process.sentinel for w in self._workers]
        ready = wait(handles, timeout=self._wait_timeout())
        if not ready and not any(w.job for w in self._workers):
            raise NewsdeskError(f"no worker process started within {_START_TIMEOUT_S:g} s")
        for worker in list(self._workers):
            gone = yield from self._receive(worker)
            if gone or not worker.process.is_alive():
                worker.process.join(timeout=1.0)  # its pipe can close before the process is reaped
                yield from self._lost(worker, "worker-died", f"its worker ended with code {worker.process.exitcode}")
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.job and worker.job.deadline < now:
                self.stats.timeouts += 1
                detail = f"no outcome within {self.page_timeout:g} s; its worker was stopped and replaced"
                yield from self._lost(worker, "timeout", detail)

    def _receive(self, worker: _Worker) -> Generator[tuple[T, Outcome], None, bool]:
        """Yield the outcomes a worker has sent; returns True when its pipe has closed."""
        try:
            while worker.conn.poll():
                message = worker.conn.recv()
                if message[0] == "ready":
                    worker.ready = True
                elif message[0] == "failed":
                    raise ModelError(message[1])
                elif message[0] == "done" and worker.job and message[1] == worker.job.number:
                    yield self._finish(worker, message[2], message[3])
        except (EOFError, OSError):
            return True
        return False

    def _finish(self, worker: _Worker, outcome: Outcome, rss_kb: int) -> tuple[T, Outcome]:
        job, worker.job = worker.job, None
        assert job is not None
        stats = worker.stats
        stats.pages += 1
        stats.peak_rss_kb = rss_kb
        if stats.pages % self.rss_every == 0:
            stats.rss_at[stats.pages] = rss_kb
        if isinstance(outcome, Rejected) and job.page.input and not outcome.input:
            outcome = outcome.replace(input=dict(job.page.input))
        return job.tag, outcome

    def _lost(self, worker: _Worker, reason: str, detail: str) -> Iterator[tuple[T, Outcome]]:
        """Replace a dead or hung worker, rejecting the page it held."""
        job = worker.job
        if not worker.ready and job is None and reason == "worker-died":
            raise NewsdeskError(f"a worker process could not start ({detail})")
        if reason == "worker-died":
            self.stats.died += 1
        self._replace(worker)
        if job is not None:
            page = job.page
            reject = Rejected(
                id=page.id, source=page.source, stage="pipeline", reason=reason, detail=detail, input=dict(page.input)
            )
            yield job.tag, reject
