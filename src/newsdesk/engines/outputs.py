"""The outputs a batch run can write to, opened by name: partitioned Parquet or JSON Lines files,
or the store.

Into the store, outcomes go in batches (``Store.put_many``, one transaction each) and the last of a
shard's at its commit. Both puts are idempotent: a page stored again is "unchanged", and a reject is
kept once per input (its source, WARC file and offset), so a shard redone after a crash adds nothing
twice. Rejects also go to ``OUT/rejects/`` with their reasons, staged and committed with their shard
like every file output.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.adapters.partitioned import PartitionedOutput, ShardOutput
from newsdesk.adapters.store.ingest import BATCH_SIZE
from newsdesk.errors import InputError
from newsdesk.model import Outcome, Rejected

if TYPE_CHECKING:
    from newsdesk.adapters.store import Store
    from newsdesk.engines.tracker import Output

__all__ = ["StoreOutput", "open_output"]


class _StoreShard:
    def __init__(self, store: Store, files: ShardOutput) -> None:
        self.store, self.files = store, files
        self.pending: list[Outcome] = []

    def add(self, outcome: Outcome) -> None:
        if isinstance(outcome, Rejected):
            self.files.add(outcome)
        self.pending.append(outcome)
        if len(self.pending) >= BATCH_SIZE:
            self._flush()

    def _flush(self) -> None:
        self.store.put_many([o for o in self.pending if not isinstance(o, Rejected)])
        self.store.put_rejects([o for o in self.pending if isinstance(o, Rejected)])
        self.pending = []

    def commit(self) -> None:
        self._flush()
        self.files.commit()


class StoreOutput:
    """Articles and rejects into a store, rejects into ``OUT/rejects`` too."""

    def __init__(self, root: Path, store: Store) -> None:
        self.store = store
        self.files = PartitionedOutput(root, "jsonl", label="store")

    def shard(self, key: str) -> ShardOutput:
        return _StoreShard(self.store, self.files.shard(key))

    def close(self) -> None:
        self.store.refresh_statistics()  # a batch is a bulk load: plan later queries for its tables
        self.store.close()


def open_output(out: Path, fmt: str, db: str | None = None) -> Output:
    """The output for ``--format`` (parquet, jsonl, store with ``db``); raises InputError for an
    unknown one, and the store's StoreError when it cannot be opened."""
    if fmt in ("parquet", "jsonl"):
        return PartitionedOutput(out, "parquet" if fmt == "parquet" else "jsonl")
    if fmt == "store" and db:
        from newsdesk.adapters.store import open_store

        return StoreOutput(out, open_store(db))
    raise InputError(f"unknown output format {fmt!r} (or --format store without --db)", reason="bad-format")
