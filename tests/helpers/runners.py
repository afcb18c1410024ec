"""Page runners for engine tests: the real pipeline, except on pages that ask to hang or crash.
Module-level functions, so that a spawned worker process can import them."""

from __future__ import annotations

import os
import time

from newsdesk.model import Outcome
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
