"""The loop a pool worker process runs: load the NLP model once, then take pages and send back
outcomes until told to stop or until its parent goes away.

Messages, parent to worker: a group ``[(job, RawPage), ...]`` or ``None`` (stop). Worker to parent:
``("ready",)`` once warm, ``("failed", message)`` when it cannot start, and ``("done", job, outcome,
peak_rss_kb)`` for each page of a group, in the group's order, as soon as it is done.
"""

from __future__ import annotations

import resource
import signal
import sys
from collections.abc import Callable, Iterator
from multiprocessing.connection import Connection

from newsdesk.errors import NewsdeskError
from newsdesk.model import Outcome
from newsdesk.options import Options
from newsdesk.pipeline import RawPage, run_many, run_one

__all__ = ["peak_rss_kb", "serve"]


def peak_rss_kb() -> int:
    """This process's peak resident set size so far, in KiB."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak // 1024 if sys.platform == "darwin" else peak


def _warm_up(options: Options) -> None:
    """Load the model before the first page, so that no page's time limit pays for it."""
    if options.nlp_enabled:
        from newsdesk.nlp import load_nlp

        load_nlp()


def _outcomes(
    pages: list[RawPage], options: Options, runner: Callable[[RawPage, Options], Outcome]
) -> Iterator[Outcome]:
    """The outcomes of a group's pages: the pipeline's with their texts parsed together, another
    runner's (a test's) page by page."""
    if runner is run_one:
        return run_many(pages, options, parse_together=len(pages))
    return (runner(page, options) for page in pages)


def serve(conn: Connection, options: Options, runner: Callable[[RawPage, Options], Outcome]) -> None:
    """Run groups of pages through ``runner`` (the pipeline's ``run_one``) until a ``None`` message
    or the parent's end."""
    # Ctrl-C goes to the whole process group; the parent decides what happens to the workers.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        _warm_up(options)
    except NewsdeskError as error:
        conn.send(("failed", str(error)))
        return
    conn.send(("ready",))
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        if message is None:
            return
        jobs = [job for job, _page in message]
        for job, outcome in zip(jobs, _outcomes([page for _job, page in message], options, runner), strict=True):
            try:
                conn.send(("done", job, outcome, peak_rss_kb()))
            except (BrokenPipeError, OSError):
                return
