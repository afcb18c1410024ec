"""Storing a stream of pipeline outcomes: every article put, every rejection kept, all counted."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from newsdesk.adapters.store.base import PutResult, Store
from newsdesk.model import Outcome, Rejected

__all__ = ["IngestReport", "store_outcomes"]


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


def store_outcomes(
    store: Store,
    outcomes: Iterable[Outcome],
    on_each: Callable[[Outcome, PutResult | None], None] | None = None,
) -> IngestReport:
    """Put each article into the store and keep each rejection there too; ``on_each`` sees every
    outcome with what storing it did (None for a rejection)."""
    report = IngestReport()
    for outcome in outcomes:
        if isinstance(outcome, Rejected):
            store.put_reject(outcome)
            report.counts["rejected"] += 1
            report.reasons[outcome.reason] += 1
            result = None
        else:
            result = store.put(outcome)
            report.counts[result.status] += 1
            report.results.append(result)
        if on_each is not None:
            on_each(outcome, result)
    return report
