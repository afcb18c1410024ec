"""The Ray engine: the same shards, pipeline and outputs as the local engine, spread over a Ray
cluster with Ray Data (``pip install 'newsdesk[ray]'``).

    shards --read (a task per WARC file)--> records --extract (an actor per CPU)--> outcomes --> driver

Each actor runs pages in a one-worker ``PagePool``, so the per-page time limit holds on Ray too (a
hung page kills the actor's worker process, not the actor). After its last record a read task sends
an end row with the shard's count; the driver writes outcomes with the run's output as they arrive
and commits a shard when it has all of them, into the same ledger, so ``--engine ray`` runs resume
like local ones. Inputs must be readable at the same path on every node (a shared file system).
"""

from __future__ import annotations

import json
import logging
import pickle
from collections.abc import Iterator, Sequence
from functools import partial
from typing import Any

from newsdesk.engines.pool import PagePool
from newsdesk.engines.shards import Shard
from newsdesk.engines.summary import RunSummary
from newsdesk.engines.tracker import Batch, ShardTracker
from newsdesk.errors import NewsdeskError
from newsdesk.options import Options

__all__ = ["run_ray"]

BATCH_SIZE = 16
_END = -1  # the "end" column of a page row; an end row holds the shard's page count instead


def _read_shard(row: dict[str, Any], options: Options) -> Iterator[dict[str, Any]]:
    """The rows of one shard: a pickled page (or read reject) each, then the end row."""
    shard = Shard(row["key"], row["kind"], tuple(json.loads(row["members"])))
    count = 0
    for page in shard.pages(options):
        count += 1
        yield {"key": shard.key, "item": pickle.dumps(page), "end": _END}
    yield {"key": shard.key, "item": b"", "end": count}


class _Extract:
    """A Ray actor that runs batches of pages through its own one-worker pool."""

    def __init__(self, options: Options, page_timeout: float) -> None:
        self.pool = PagePool[int](options, workers=1, page_timeout=page_timeout)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        ends = [int(end) for end in batch["end"]]
        items = batch["item"]
        pages = [(i, pickle.loads(items[i])) for i, end in enumerate(ends) if end == _END]
        outcomes = dict(self.pool.map(pages))
        done = [pickle.dumps(outcomes[i]) if i in outcomes else b"" for i in range(len(ends))]
        return {"key": list(batch["key"]), "item": done, "end": ends}

    def __del__(self) -> None:
        self.pool.close()


def _start_ray(address: str | None, workers: int | None) -> bool:
    """Connect to (or start) Ray; True when this call started it, and so must shut it down."""
    try:
        import ray
    except ImportError as error:
        raise NewsdeskError("the Ray engine needs Ray: pip install 'newsdesk[ray]'", reason="ray-missing") from error
    if ray.is_initialized():
        return False
    ray.init(
        address=address,
        num_cpus=workers if address is None else None,
        include_dashboard=False,
        log_to_driver=False,
        logging_level=logging.ERROR,
    )
    return True


def _dataset(shards: Sequence[Shard], options: Options, actors: int, page_timeout: float) -> Any:
    import ray

    ray.data.DataContext.get_current().enable_progress_bars = False
    rows = [{"key": s.key, "kind": s.kind, "members": json.dumps(list(s.members))} for s in shards]
    return (
        ray.data.from_items(rows, override_num_blocks=len(rows))
        # Reading is light; it takes no CPU from the actors' reservation.
        .flat_map(partial(_read_shard, options=options), num_cpus=0)
        .map_batches(
            _Extract,
            fn_constructor_kwargs={"options": options, "page_timeout": page_timeout},
            batch_size=BATCH_SIZE,
            compute=ray.data.ActorPoolStrategy(size=actors),
            num_cpus=1,
        )
    )


def run_ray(batch: Batch, address: str | None = None) -> RunSummary:
    """Run every unfinished shard of a batch on Ray (``address`` None: a local Ray with
    ``batch.workers`` CPUs, "auto": the running cluster); returns the same summary as the local
    engine, with one worker per actor."""
    import ray

    started = _start_ray(address, batch.workers)
    try:
        resources: dict[str, float] = ray.cluster_resources()  # type: ignore[no-untyped-call]
        actors = batch.workers or max(1, int(resources.get("CPU", 1)))
        tracker = ShardTracker(batch, "ray")
        tracker.summary.workers = actors
        for shard in tracker.todo:
            tracker.open(shard)
        if tracker.todo:
            for row in _dataset(tracker.todo, batch.options, actors, batch.page_timeout).iter_rows():
                if row["end"] == _END:
                    tracker.finish(row["key"], pickle.loads(row["item"]))
                else:
                    tracker.expect(row["key"], int(row["end"]))
        summary = tracker.close()
    finally:
        if started:
            ray.shutdown()
    batch.output.close()
    return summary
