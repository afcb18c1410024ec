"""Counting a batch: every input ends as an article or a reject, and the summary says so, as in

inputs 5,012 = articles 4,870 + rejects 142 (not-html 97, no-story 41, timeout 4)
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from newsdesk.model import Outcome, Rejected

__all__ = ["Counts", "RunSummary"]


@dataclass
class Counts:
    """Inputs read, and what became of them."""

    inputs: int = 0
    articles: int = 0
    rejects: int = 0
    reasons: Counter[str] = field(default_factory=Counter)

    @property
    def outcomes(self) -> int:
        return self.articles + self.rejects

    @property
    def balanced(self) -> bool:
        """True when every input has its outcome."""
        return self.inputs == self.outcomes

    def add(self, outcome: Outcome) -> None:
        """Count one outcome."""
        if isinstance(outcome, Rejected):
            self.rejects += 1
            self.reasons[outcome.reason] += 1
        else:
            self.articles += 1

    def merge(self, other: Counts) -> None:
        self.inputs += other.inputs
        self.articles += other.articles
        self.rejects += other.rejects
        self.reasons.update(other.reasons)

    def to_dict(self) -> dict[str, Any]:
        return {
            "inputs": self.inputs,
            "articles": self.articles,
            "rejects": self.rejects,
            "reasons": dict(self.reasons.most_common()),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Counts:
        return cls(int(data["inputs"]), int(data["articles"]), int(data["rejects"]), Counter(data.get("reasons", {})))

    def line(self) -> str:
        """``inputs N = articles A + rejects R (reason n, ...)``."""
        reasons = ", ".join(f"{reason} {count:,}" for reason, count in self.reasons.most_common())
        text = f"inputs {self.inputs:,} = articles {self.articles:,} + rejects {self.rejects:,}"
        return text + (f" ({reasons})" if reasons else "")


@dataclass
class RunSummary:
    """What a run did (``now``) and what the output folder holds in all (``total``, with the
    shards that earlier runs finished)."""

    engine: str
    workers: int
    shards: int
    shards_skipped: int = 0
    shards_done: int = 0
    seconds: float = 0.0
    now: Counts = field(default_factory=Counts)
    total: Counts = field(default_factory=Counts)
    timeouts: int = 0
    workers_replaced: int = 0
    # Per worker process: pages done, peak RSS in KiB, and the peak RSS sampled every N pages.
    memory: list[dict[str, Any]] = field(default_factory=list)

    @property
    def pages_per_second(self) -> float:
        return self.now.inputs / self.seconds if self.seconds > 0 else 0.0

    @property
    def complete(self) -> bool:
        return self.shards_skipped + self.shards_done == self.shards

    def to_dict(self) -> dict[str, Any]:
        return {
            "engine": self.engine,
            "workers": self.workers,
            "shards": self.shards,
            "shards_done_now": self.shards_done,
            "shards_done_before": self.shards_skipped,
            "seconds": round(self.seconds, 3),
            "pages_per_second": round(self.pages_per_second, 2),
            "now": self.now.to_dict(),
            "total": self.total.to_dict(),
            "timeouts": self.timeouts,
            "workers_replaced": self.workers_replaced,
            "memory": self.memory,
        }

    def lines(self) -> list[str]:
        """The closing summary, for people."""
        out = [
            f"this run: {self.now.line()}",
            f"  {self.shards_done} shards in {self.seconds:,.1f} s ({self.pages_per_second:,.1f} pages/s, "
            f"{self.workers} workers, {self.engine}); {self.timeouts} timeouts, "
            f"{self.workers_replaced} workers replaced",
        ]
        if self.shards_skipped:
            out.append(f"  {self.shards_skipped} shards were finished by an earlier run and skipped")
        out.append(f"output in all: {self.total.line()}; shards {self.shards_done + self.shards_skipped}/{self.shards}")
        return out
