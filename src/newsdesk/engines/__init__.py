"""Engines: how a batch of pages is spread over processes and machines. The pipeline and the
adapters stay the same; an engine only decides where ``run_one`` runs.

    from newsdesk.engines import Batch, Ledger, plan_shards, run_local
    summary = run_local(Batch(plan_shards(["day/"]), output, Ledger(out), Options()))

``newsdesk.engines.ray_data.run_ray(batch, address)`` runs the same batch on Ray (an optional extra).
"""

from newsdesk.engines.local import run_local
from newsdesk.engines.pool import PagePool
from newsdesk.engines.shards import Ledger, Shard, plan_shards
from newsdesk.engines.summary import Counts, RunSummary
from newsdesk.engines.tracker import Batch, Output, Progress

__all__ = [
    "Batch",
    "Counts",
    "Ledger",
    "Output",
    "PagePool",
    "Progress",
    "RunSummary",
    "Shard",
    "plan_shards",
    "run_local",
]
