"""Shards: the units a batch is split into, finished or redone whole.

Each WARC file is a shard; loose page files (and URLs) are grouped in shards of ``FILES_PER_SHARD``
in the order given (folders walked in sorted order). A shard's key is stable across runs, so the
ledger (``OUT/_shards/KEY.json``, written when a shard is complete) tells a rerun what is left.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from newsdesk.adapters.files import PAGE_SUFFIXES, iter_pages
from newsdesk.adapters.urls import is_url
from newsdesk.adapters.warc import is_warc, iter_warc
from newsdesk.engines.summary import Counts
from newsdesk.model import Rejected
from newsdesk.options import Options
from newsdesk.pipeline import RawPage

__all__ = ["FILES_PER_SHARD", "Ledger", "Shard", "plan_shards"]

FILES_PER_SHARD = 1000
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


@dataclass(frozen=True)
class Shard:
    """A WARC file, or a group of page files or URLs."""

    key: str
    kind: Literal["warc", "files"]
    members: tuple[str, ...]
    size: int = 0

    def pages(self, options: Options) -> Iterator[RawPage | Rejected]:
        """The shard's raw pages (or rejections), in order."""
        if self.kind == "warc":
            return iter_warc(Path(self.members[0]), options)
        return iter_pages(self.members, options)


def _digest(*parts: str) -> str:
    return hashlib.sha1("\n".join(parts).encode("utf-8")).hexdigest()[:8]


def _warc_shard(path: Path) -> Shard:
    stem = re.sub(r"\.warc(\.gz)?$", "", path.name, flags=re.IGNORECASE)
    size = path.stat().st_size if path.exists() else 0
    return Shard(f"{_UNSAFE.sub('_', stem)}-{_digest(str(path.resolve()))}", "warc", (str(path),), size)


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs.sort()
        for name in sorted(files):
            if not name.startswith(".") and (is_warc(name) or name.lower().endswith(PAGE_SUFFIXES)):
                yield Path(root) / name


def _expand(inputs: Sequence[str]) -> Iterator[str]:
    for item in inputs:
        path = Path(item)
        if not is_url(item) and path.is_dir():
            found = [str(p) for p in _walk(path)]
            yield from found or [item]  # an empty folder stays, to be rejected with its reason
        else:
            yield item


def _group(name: str, number: int, members: list[str]) -> Shard:
    return Shard(f"{_UNSAFE.sub('_', name)}-{number:05d}-{_digest(*members)}", "files", tuple(members))


def plan_shards(inputs: Sequence[str]) -> list[Shard]:
    """The shards of a run over files, folders and URLs: one per WARC file, the rest grouped."""
    shards: list[Shard] = []
    loose: list[str] = []
    for item in _expand(inputs):
        if not is_url(item) and is_warc(item):
            shards.append(_warc_shard(Path(item)))
        else:
            loose.append(item)
    for start in range(0, len(loose), FILES_PER_SHARD):
        shards.append(_group("pages", start // FILES_PER_SHARD, loose[start : start + FILES_PER_SHARD]))
    return shards


class Ledger:
    """The record of finished shards in ``OUT/_shards``: one small JSON file each, written
    atomically (write, then rename) after the shard's output is in place."""

    def __init__(self, root: Path) -> None:
        self.folder = root / "_shards"
        self.folder.mkdir(parents=True, exist_ok=True)

    def done(self, shard: Shard) -> Counts | None:
        """The counts of a finished shard, or None when it is still to do."""
        path = self.folder / f"{shard.key}.json"
        try:
            return Counts.from_dict(json.loads(path.read_text(encoding="utf-8"))["counts"])
        except (OSError, ValueError, KeyError):
            return None

    def mark_done(self, shard: Shard, counts: Counts) -> None:
        """Record a shard as finished with its counts."""
        more = [f"... {len(shard.members) - 3} more"] if len(shard.members) > 3 else []
        record = {
            "key": shard.key,
            "members": list(shard.members[:3]) + more,
            "counts": counts.to_dict(),
            "finished": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        }
        temporary = self.folder / f".{shard.key}.json.tmp"
        temporary.write_text(json.dumps(record, indent=1), encoding="utf-8")
        temporary.replace(self.folder / f"{shard.key}.json")
