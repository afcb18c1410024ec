"""Storing a stream of pipeline outcomes: every article put, every rejection kept, all counted.

Outcomes are stored in batches, one transaction each (``Store.put_many``), many times faster than a
transaction per record. A batch is written when it holds ``BATCH_SIZE`` outcomes or when its first
outcome has waited ``BATCH_SECONDS``, so that a slow stream (the pipeline extracting page by page)
still shows its progress as it goes. Storing is idempotent: a stream cut short and run again stores
nothing twice.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from newsdesk.adapters.store.base import PutResult, Store
from newsdesk.model import Article, Outcome, Rejected

__all__ = ["BATCH_SECONDS", "BATCH_SIZE", "IngestReport", "batches", "store_outcomes"]

BATCH_SIZE = 200
BATCH_SECONDS = 2.0


@dataclass
class IngestReport:
    """How many inputs were added, replaced, unchanged, duplicates or rejected (with reasons)."""

    counts: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    results: list[PutResult] = field(default_factory=list)

    @property
    def inputs(self) -> int:
        return sum(self.counts.values())

    def summary(self) -> str:
        """One line: ``6 inputs: 5 added, 1 unchanged, 0 rejected``, rejects' reasons after."""
        order = ("added", "replaced", "unchanged", "duplicate", "rejected")
        parts = [f"{self.counts[name]} {name}" for name in order if self.counts[name] or name in ("added", "rejected")]
        line = f"{self.inputs} inputs: " + ", ".join(parts)
        if self.reasons:
            line += " (" + ", ".join(f"{reason}: {n}" for reason, n in self.reasons.most_common()) + ")"
        return line


def batches(
    items: Iterable[Outcome],
    size: int = BATCH_SIZE,
    seconds: float = BATCH_SECONDS,
    clock: Callable[[], float] = time.monotonic,
) -> Iterator[list[Outcome]]:
    """The items in lists of at most ``size``; a list is closed early when an item arrives
    ``seconds`` or more after the list's first one. Every item comes out once, in order."""
    batch: list[Outcome] = []
    opened = 0.0
    for item in items:
        if not batch:
            opened = clock()
        batch.append(item)
        if len(batch) >= size or clock() - opened >= seconds:
            yield batch
            batch = []
    if batch:
        yield batch


def store_outcomes(
    store: Store,
    outcomes: Iterable[Outcome],
    on_each: Callable[[Outcome, PutResult | None], None] | None = None,
    batch_size: int = BATCH_SIZE,
) -> IngestReport:
    """Put each article into the store and keep each rejection there too, in batches; ``on_each``
    sees every outcome, in order, with what storing it did (None for a rejection)."""
    report = IngestReport()
    for batch in batches(outcomes, batch_size):
        articles = [o for o in batch if isinstance(o, Article)]
        results = iter(store.put_many(articles))
        store.put_rejects([o for o in batch if isinstance(o, Rejected)])
        for outcome in batch:
            result = None
            if isinstance(outcome, Rejected):
                report.counts["rejected"] += 1
                report.reasons[outcome.reason] += 1
            else:
                result = next(results)
                report.counts[result.status] += 1
                report.results.append(result)
            if on_each is not None:
                on_each(outcome, result)
    if report.counts["added"] or report.counts["replaced"]:
        store.refresh_statistics()
    return report
