"""Page runners for engine tests: the real pipeline, except on pages that ask to hang or crash.
Module-level functions, so that a spawned worker process can import them."""

from __future__ import annotations

import json
import os
import time

from newsdesk.model import Outcome, Rejected
from newsdesk.options import Options
from newsdesk.pipeline import RawPage, run_one

HANG = b"<!-- newsdesk-test: hang -->"
CRASH = b"<!-- newsdesk-test: crash -->"


def hang_or_crash(page: RawPage, options: Options) -> Outcome:
    """``run_one``, but sleep for an hour on a page holding HANG and end the process on CRASH."""
    data = page.data if isinstance(page.data, bytes) else page.data.encode()
    if HANG in data:
        time.sleep(3600)
    if CRASH in data:
        os._exit(3)
    return run_one(page, options)


def slow_after_first(page: RawPage, options: Options) -> Outcome:
    """``run_one``, but two seconds late on pages not from CC-NEWS-0: a run that finishes its first
    shard quickly and is surely still busy with the next when a test kills it."""
    if "CC-NEWS-0." not in page.source:
        time.sleep(2)
    return run_one(page, options)


def environment(page: RawPage, options: Options) -> Outcome:
    """A reject whose detail is the worker's thread settings, for tests of the worker's environment."""
    names = ("OMP_NUM_THREADS", "MKL_NUM_THREADS")
    detail = json.dumps({name: os.environ.get(name) for name in names})
    return Rejected(id=page.id, source=page.source, stage="test", reason="environment", detail=detail)
