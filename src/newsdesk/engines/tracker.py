"""Following shards through a run, whatever the engine: pages read, outcomes back, and the moment a
shard is complete (its output committed, then the ledger told).

Outcomes arrive in any order and from any shard; a shard is complete when its reader has finished
and it has as many outcomes as inputs.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from newsdesk.engines.shards import Ledger, Shard
from newsdesk.engines.summary import Counts, RunSummary
from newsdesk.errors import NewsdeskError
from newsdesk.model import Outcome, Rejected
from newsdesk.options import Options
from newsdesk.pipeline import RawPage

if TYPE_CHECKING:
    from newsdesk.adapters.partitioned import ShardOutput

__all__ = ["Batch", "Output", "Progress", "ShardTracker"]


class Output(Protocol):
    """Where a run's outcomes go: ``shard(key)`` starts a shard afresh."""

    def shard(self, key: str) -> ShardOutput: ...

    def close(self) -> None: ...


class Progress(Protocol):
    """What a progress display is told."""

    def page(self, outcome: Outcome) -> None: ...

    def shard_done(self, shard: Shard, counts: Counts) -> None: ...


@dataclass(frozen=True)
class Batch:
    """What a run is asked to do, whatever the engine: the shards, where outcomes go, the ledger of
    finished shards, how to read pages, and how many workers with what time limit per page."""

    shards: Sequence[Shard]
    output: Output
    ledger: Ledger
    options: Options
    workers: int | None = None
    page_timeout: float = 60.0
    progress: Progress | None = None


@dataclass
class _Open:
    shard: Shard
    output: ShardOutput
    counts: Counts = field(default_factory=Counts)
    expected: int | None = None


class ShardTracker:
    """Counts, outputs and the ledger of one run; see the module docstring."""

    def __init__(self, batch: Batch, engine: str) -> None:
        self.output, self.ledger, self.progress = batch.output, batch.ledger, batch.progress
        self.summary = RunSummary(engine=engine, workers=0, shards=len(batch.shards))
        self.todo: list[Shard] = []
        for shard in batch.shards:
            finished = self.ledger.done(shard)
            if finished is None:
                self.todo.append(shard)
            else:
                self.summary.shards_skipped += 1
                self.summary.total.merge(finished)
        self._open: dict[str, _Open] = {}
        self._started = time.monotonic()

    def open(self, shard: Shard) -> None:
        """Start a shard: its earlier, unfinished output is cleared."""
        self._open[shard.key] = _Open(shard, self.output.shard(shard.key))

    def feed(self, options: Options) -> Iterator[tuple[str, RawPage | Rejected]]:
        """``(shard key, page)`` for every page of every shard still to do, opening each shard as
        reading reaches it and closing its count when reading ends."""
        for shard in self.todo:
            self.open(shard)
            state = self._open[shard.key]
            for page in shard.pages(options):
                state.counts.inputs += 1
                yield shard.key, page
            self.expect(shard.key, state.counts.inputs)

    def expect(self, key: str, inputs: int) -> None:
        """The reader of a shard is done: it gave ``inputs`` pages."""
        state = self._open[key]
        state.counts.inputs = inputs
        state.expected = inputs
        self._maybe_commit(state)

    def finish(self, key: str, outcome: Outcome) -> None:
        """One page's outcome."""
        state = self._open[key]
        state.output.add(outcome)
        state.counts.add(outcome)
        if self.progress:
            self.progress.page(outcome)
        self._maybe_commit(state)

    def finish_all(self, outcomes: Iterable[tuple[str, Outcome]]) -> None:
        for key, outcome in outcomes:
            self.finish(key, outcome)

    def _maybe_commit(self, state: _Open) -> None:
        if state.expected is None or state.counts.outcomes < state.expected:
            return
        if state.counts.outcomes > state.expected:
            raise NewsdeskError(f"shard {state.shard.key}: more outcomes than inputs ({state.counts.line()})")
        state.output.commit()
        self.ledger.mark_done(state.shard, state.counts)
        self.summary.shards_done += 1
        self.summary.now.merge(state.counts)
        self.summary.total.merge(state.counts)
        del self._open[state.shard.key]
        if self.progress:
            self.progress.shard_done(state.shard, state.counts)

    def close(self) -> RunSummary:
        """The summary; raises NewsdeskError when a shard was left incomplete (a bug, not bad input)."""
        self.summary.seconds = time.monotonic() - self._started
        if self._open:
            left = ", ".join(f"{s.shard.key} ({s.counts.line()})" for s in self._open.values())
            raise NewsdeskError(f"the run ended with unfinished shards: {left}")
        return self.summary
