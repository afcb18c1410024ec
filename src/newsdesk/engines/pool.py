"""A pool of worker processes that runs pages through the pipeline with a time limit per page.

A worker takes a group of pages at a time (``parse_together``, eight where the NLP runs: their
texts are parsed in one call, a tenth sooner) and has the group's limit, the page limit for each
page it still holds. When a group runs past it, or its worker dies (out of memory, a crash in native
code), the worker is replaced and the pages it had not finished go back one at a time, so that the
page at fault is known: alone, a page past the limit is rejected with reason "timeout", and a page
whose worker dies with reason "worker-died". Every page in gives exactly one outcome out.

    with PagePool(Options(), workers=4, page_timeout=60) as pool:
        for tag, outcome in pool.map((tag, page) for ...):
            ...
"""

from __future__ import annotations

import collections
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
from newsdesk.pipeline import PARSE_TOGETHER, RawPage, run_one

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
    retried: int = 0  # pages sent again alone after their group's worker was lost
    workers: list[WorkerStats] = field(default_factory=list)


@dataclass
class _Job(Generic[T]):
    number: int
    tag: T
    page: RawPage


@dataclass
class _Worker:
    process: BaseProcess
    conn: Connection
    stats: WorkerStats
    ready: bool = False
    jobs: list[_Job[Any]] = field(default_factory=list)  # the pages it holds, in the order it runs them
    deadline: float = 0.0


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
        parse_together: int | None = None,
    ) -> None:
        self.options = options
        self.size = max(1, workers or _default_workers())
        self.page_timeout = page_timeout
        self.runner = runner
        # Pages go together only to share a parse: one at a time where no NLP runs.
        self.group_size = max(1, parse_together or (PARSE_TOGETHER if options.nlp_enabled else 1))
        self.rss_every = rss_every
        self.stats = PoolStats()
        # spawn: a worker never inherits the parent's threads (a progress bar's) or open files.
        self._context: Any = multiprocessing.get_context(start_method)
        self._workers: list[_Worker] = []
        self._jobs = 0
        self._alone: collections.deque[_Job[T]] = collections.deque()  # pages to send again, one by one

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
            self._stop(worker, kill=bool(worker.jobs))
        self._workers = []

    def map(self, items: Iterable[tuple[T, RawPage | Rejected]]) -> Iterator[tuple[T, Outcome]]:
        """One ``(tag, outcome)`` per item, in the order they finish. Items that are already
        rejections pass straight through. Raises ModelError when a worker cannot load the model."""
        while len(self._workers) < self.size:
            self._workers.append(self._start())
        source = iter(items)
        exhausted = False
        while True:
            while (idle := self._idle()) is not None and (self._alone or not exhausted):
                if self._alone:
                    self._dispatch(idle, [self._alone.popleft()])
                    continue
                group: list[_Job[T]] = []
                while len(group) < self.group_size and (item := next(source, None)) is not None:
                    if isinstance(item[1], Rejected):
                        yield item[0], item[1]
                    else:
                        self._jobs += 1
                        group.append(_Job(self._jobs, item[0], item[1]))
                exhausted = len(group) < self.group_size
                if group:
                    self._dispatch(idle, group)
            if exhausted and not self._alone and not any(worker.jobs for worker in self._workers):
                return
            yield from self._collect()

    def _idle(self) -> _Worker | None:
        return next((w for w in self._workers if w.ready and not w.jobs), None)

    def _dispatch(self, worker: _Worker, group: list[_Job[T]]) -> None:
        worker.jobs = group
        worker.deadline = time.monotonic() + self.page_timeout * len(group)
        worker.conn.send([(job.number, job.page) for job in group])

    def _wait_timeout(self) -> float:
        deadlines = [w.deadline for w in self._workers if w.jobs]
        if not deadlines:
            return _START_TIMEOUT_S
        return max(0.0, min(deadlines) - time.monotonic())

    def _collect(self) -> Iterator[tuple[T, Outcome]]:
        """Wait for the next messages, deaths or expired deadlines, and yield the outcomes."""
        handles: list[Any] = [w.conn for w in self._workers] + [w.process.sentinel for w in self._workers]
        ready = wait(handles, timeout=self._wait_timeout())
        if not ready and not any(w.jobs for w in self._workers):
            raise NewsdeskError(f"no worker process started within {_START_TIMEOUT_S:g} s")
        for worker in list(self._workers):
            gone = yield from self._receive(worker)
            if gone or not worker.process.is_alive():
                worker.process.join(timeout=1.0)  # its pipe can close before the process is reaped
                yield from self._lost(worker, "worker-died", f"its worker ended with code {worker.process.exitcode}")
        now = time.monotonic()
        for worker in list(self._workers):
            if worker.jobs and worker.deadline < now:
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
                elif message[0] == "done" and worker.jobs and message[1] == worker.jobs[0].number:
                    yield self._finish(worker, message[2], message[3])
        except (EOFError, OSError):
            return True
        return False

    def _finish(self, worker: _Worker, outcome: Outcome, rss_kb: int) -> tuple[T, Outcome]:
        job = worker.jobs.pop(0)
        # the rest of a group was parsed with this page: each page left has its own limit from now
        worker.deadline = time.monotonic() + self.page_timeout * len(worker.jobs)
        stats = worker.stats
        stats.pages += 1
        stats.peak_rss_kb = rss_kb
        if stats.pages % self.rss_every == 0:
            stats.rss_at[stats.pages] = rss_kb
        if isinstance(outcome, Rejected) and job.page.input and not outcome.input:
            outcome = outcome.replace(input=dict(job.page.input))
        return job.tag, outcome

    def _lost(self, worker: _Worker, reason: str, detail: str) -> Iterator[tuple[T, Outcome]]:
        """Replace a dead or hung worker. The page it held alone is rejected; the pages of a group
        it had not finished go back to be sent one at a time, so that only the page at fault fails."""
        jobs = worker.jobs
        if not worker.ready and not jobs and reason == "worker-died":
            raise NewsdeskError(f"a worker process could not start ({detail})")
        self._replace(worker)
        if len(jobs) > 1:
            self.stats.retried += len(jobs)
            self._alone.extend(jobs)
            return
        if reason == "worker-died":
            self.stats.died += 1
        else:
            self.stats.timeouts += 1
        for job in jobs:
            page = job.page
            reject = Rejected(
                id=page.id, source=page.source, stage="pipeline", reason=reason, detail=detail, input=dict(page.input)
            )
            yield job.tag, reject
