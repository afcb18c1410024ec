"""The progress bar of ``newsdesk run`` (rich is loaded only when a batch runs)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from newsdesk.model import Outcome, Rejected

if TYPE_CHECKING:
    from newsdesk.engines.shards import Shard
    from newsdesk.engines.summary import Counts

__all__ = ["RichProgress"]

_COUNTS = "{task.fields[pages]:,} pages · {task.fields[rate]:,.1f} pages/s · {task.fields[rejects]:,} rejects"


class RichProgress:
    """A progress bar over shards with pages, pages/s and rejects, on stderr."""

    def __init__(self, console: Console, shards: int, skipped: int) -> None:
        self._bar = Progress(
            TextColumn("[bold]shards"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn(_COUNTS),
            TimeElapsedColumn(),
            console=console,
            transient=False,
        )
        self._task = self._bar.add_task("run", total=shards, completed=skipped, pages=0, rate=0.0, rejects=0)
        self._pages = self._rejects = 0
        self._start = time.monotonic()

    def __enter__(self) -> RichProgress:
        self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def page(self, outcome: Outcome) -> None:
        self._pages += 1
        self._rejects += isinstance(outcome, Rejected)
        rate = self._pages / max(time.monotonic() - self._start, 1e-9)
        self._bar.update(self._task, pages=self._pages, rate=rate, rejects=self._rejects)

    def shard_done(self, shard: Shard, counts: Counts) -> None:
        self._bar.advance(self._task)
