"""The local engine: the shards of a run through a pool of worker processes on this machine.

    batch = Batch(plan_shards(["day/"]), PartitionedOutput(out, "parquet"), Ledger(out), Options(), workers=4)
    summary = run_local(batch)

Shards already in the ledger are skipped, so a run that was killed is finished by running it again.
"""

from __future__ import annotations

from newsdesk.engines.pool import PagePool, Runner
from newsdesk.engines.summary import RunSummary
from newsdesk.engines.tracker import Batch, ShardTracker
from newsdesk.pipeline import run_one

__all__ = ["run_local"]


def run_local(batch: Batch, runner: Runner = run_one) -> RunSummary:
    """Run every unfinished shard of a batch; returns the summary of the run and of the output
    folder. Raises ModelError when the workers cannot load the NLP model."""
    tracker = ShardTracker(batch, "local")
    with PagePool[str](batch.options, workers=batch.workers, page_timeout=batch.page_timeout, runner=runner) as pool:
        if tracker.todo:
            tracker.finish_all(pool.map(tracker.feed(batch.options)))
        summary = tracker.close()
        summary.workers = pool.size
        summary.timeouts = pool.stats.timeouts
        summary.workers_replaced = max(0, pool.stats.started - pool.size)  # a lost group's worker too
        summary.memory = [
            {"worker": w.serial, "pages": w.pages, "peak_rss_kb": w.peak_rss_kb, "rss_at": dict(w.rss_at)}
            for w in pool.stats.workers
        ]
    batch.output.close()
    return summary
