"""Batch output into a folder: articles partitioned by publication date (JSON Lines or Parquet), and
every reject with its reason, written shard by shard.

    OUT/articles/published_date=2024-05-01/SHARD.parquet    (or .jsonl; "unknown" when undated)
    OUT/rejects/SHARD.jsonl

A shard's files are written under ``OUT/_staging/SHARD/`` and moved into place only when the shard
is complete, so a run that is killed leaves no partial file where readers look, and a rerun of the
shard replaces, never adds to, what an earlier try wrote. The Hive-style partition folders read
straight into pyarrow, DuckDB or Spark.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import IO, Literal, Protocol

from newsdesk.adapters.parquet import ArticleParquetWriter
from newsdesk.errors import InputError
from newsdesk.model import Article, Outcome, Rejected

__all__ = ["OutputFormat", "PartitionedOutput", "ShardOutput", "partition_of"]

OutputFormat = Literal["jsonl", "parquet"]
PARTITION_FIELD = "published_date"
_DATE = re.compile(r"^(\d{4}-\d{2}-\d{2})")


class ShardOutput(Protocol):
    """Where one shard's outcomes go; nothing is visible to readers before ``commit``."""

    def add(self, outcome: Outcome) -> None: ...

    def commit(self) -> None: ...


def partition_of(article: Article) -> str:
    """The partition folder of an article: its publication day, or "unknown"."""
    found = _DATE.match(article.published or "")
    return f"{PARTITION_FIELD}={found.group(1) if found else 'unknown'}"


def _json_line(outcome: Outcome) -> str:
    return outcome.to_json() + "\n"


class _ShardFiles:
    """The staged files of one shard."""

    def __init__(self, root: Path, key: str, fmt: OutputFormat) -> None:
        self.root, self.key, self.fmt = root, key, fmt
        self.staging = root / "_staging" / key
        self._jsonl: dict[Path, IO[str]] = {}
        self._parquet: dict[Path, ArticleParquetWriter] = {}

    def _lines(self, path: Path) -> IO[str]:
        if path not in self._jsonl:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._jsonl[path] = path.open("w", encoding="utf-8")
        return self._jsonl[path]

    def add(self, outcome: Outcome) -> None:
        if isinstance(outcome, Rejected):
            self._lines(self.staging / "rejects" / f"{self.key}.jsonl").write(_json_line(outcome))
            return
        folder = self.staging / "articles" / partition_of(outcome)
        if self.fmt == "jsonl":
            self._lines(folder / f"{self.key}.jsonl").write(_json_line(outcome))
        else:
            path = folder / f"{self.key}.parquet"
            self._parquet.setdefault(path, ArticleParquetWriter(path)).write(outcome)

    def _close(self) -> None:
        for stream in self._jsonl.values():
            stream.close()
        for writer in self._parquet.values():
            writer.close()
        self._jsonl, self._parquet = {}, {}

    def commit(self) -> None:
        """Move the shard's files into place (each move atomic), then drop its staging folder."""
        self._close()
        for staged in sorted(p for p in self.staging.rglob("*") if p.is_file()):
            target = self.root / staged.relative_to(self.staging)
            target.parent.mkdir(parents=True, exist_ok=True)
            staged.replace(target)
        shutil.rmtree(self.staging, ignore_errors=True)


class PartitionedOutput:
    """A batch output folder in one format; ``shard(key)`` starts a shard afresh."""

    def __init__(self, root: Path, fmt: OutputFormat = "jsonl", *, label: str | None = None) -> None:
        """``label`` names the output in the folder's ``_format`` marker (default: ``fmt``), so that
        one folder never mixes two kinds of output."""
        self.root, self.fmt = root, fmt
        root.mkdir(parents=True, exist_ok=True)
        marker, label = root / "_format", label or fmt
        if marker.exists() and marker.read_text().strip() != label:
            raise InputError(
                f"{root} holds {marker.read_text().strip()} output; use another --out for {label}", reason="out-in-use"
            )
        marker.write_text(label + "\n")

    def shard(self, key: str) -> _ShardFiles:
        """The output of one shard, after removing whatever an unfinished earlier try left of it."""
        self.clear(key)
        return _ShardFiles(self.root, key, self.fmt)

    def clear(self, key: str) -> None:
        """Remove a shard's staged and committed files."""
        shutil.rmtree(self.root / "_staging" / key, ignore_errors=True)
        for name in (f"{key}.jsonl", f"{key}.parquet"):
            for path in (self.root / "articles").glob(f"*/{name}"):
                path.unlink()
            if (self.root / "rejects" / name).exists():
                os.unlink(self.root / "rejects" / name)

    def close(self) -> None:
        """Nothing stays open between shards; here for the output interface."""
