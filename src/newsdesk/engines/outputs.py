"""The outputs a batch run can write to, opened by name: partitioned Parquet or JSON Lines files,
or the store.

Into the store, articles are put as they come: ``Store.put`` is idempotent (a page stored again is
"unchanged"), so a shard redone after a crash adds nothing twice. Rejects go to ``OUT/rejects/``
with their reasons, staged and committed with their shard like every file output, and not into the
store, whose reject table keeps every insert and so would count a redone shard's rejects twice.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from newsdesk.adapters.partitioned import PartitionedOutput, ShardOutput
from newsdesk.errors import InputError
from newsdesk.model import Outcome, Rejected

if TYPE_CHECKING:
    from newsdesk.adapters.store import Store
    from newsdesk.engines.tracker import Output

__all__ = ["StoreOutput", "open_output"]


class _StoreShard:
    def __init__(self, store: Store, files: ShardOutput) -> None:
        self.store, self.files = store, files

    def add(self, outcome: Outcome) -> None:
        if isinstance(outcome, Rejected):
            self.files.add(outcome)
        else:
            self.store.put(outcome)

    def commit(self) -> None:
        self.files.commit()


class StoreOutput:
    """Articles into a store, rejects into ``OUT/rejects``."""

    def __init__(self, root: Path, store: Store) -> None:
        self.store = store
        self.files = PartitionedOutput(root, "jsonl", label="store")

    def shard(self, key: str) -> ShardOutput:
        return _StoreShard(self.store, self.files.shard(key))

    def close(self) -> None:
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
