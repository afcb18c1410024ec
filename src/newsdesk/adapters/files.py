"""Inputs from the command line to raw pages: files, folders, stdin and URLs.

Every input ends as a ``RawPage`` or a ``Rejected`` that says why it could not be read, so a batch
always accounts for each of its inputs.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Literal

from newsdesk.adapters.urls import fetch, is_url
from newsdesk.adapters.warc import WARC_SUFFIXES, is_warc, iter_warc
from newsdesk.errors import InputError
from newsdesk.model import Rejected
from newsdesk.options import Options
from newsdesk.pipeline import RawPage

__all__ = ["PAGE_SUFFIXES", "iter_pages", "read_path"]

PAGE_SUFFIXES = (".html", ".htm", ".html.gz", ".htm.gz", ".txt", ".txt.gz", ".xhtml")


def _kind(name: str) -> Literal["html", "text", "auto"]:
    lower = name.lower().removesuffix(".gz")
    if lower.endswith((".html", ".htm", ".xhtml")):
        return "html"
    if lower.endswith(".txt"):
        return "text"
    return "auto"


def _reject(source: str, error: InputError) -> Rejected:
    return Rejected(
        id=hashlib.sha256(source.encode()).hexdigest()[:16],
        source=source,
        stage="read",
        reason=error.reason,
        detail=str(error),
    )


def read_path(path: Path, max_bytes: int) -> RawPage:
    """One file as a raw page; raises InputError when it cannot be read."""
    try:
        if path.stat().st_size > max_bytes:
            raise InputError(f"{path}: larger than {max_bytes} bytes", reason="too-large")
        data = path.read_bytes()
        if path.name.lower().endswith(".gz"):
            data = gzip.decompress(data)
    except InputError:
        raise
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise InputError(
            f"{path}: {error.strerror if isinstance(error, OSError) and error.strerror else error}"
        ) from error
    return RawPage(source=str(path), data=data, kind=_kind(path.name))


def _folder(path: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for name in sorted(files):
            if name.lower().endswith(PAGE_SUFFIXES + WARC_SUFFIXES) and not name.startswith("."):
                yield Path(root) / name


def iter_pages(inputs: Iterable[str], options: Options) -> Iterator[RawPage | Rejected]:
    """Raw pages (or rejections) for paths, folders, "-" (stdin) and URLs, in the order given."""
    for item in inputs:
        if item == "-":
            yield RawPage(source="<stdin>", data=sys.stdin.buffer.read(), kind="auto")
        elif is_url(item):
            try:
                yield fetch(item, timeout=options.fetch_timeout, max_bytes=options.max_bytes)
            except InputError as error:
                yield _reject(item, error)
        else:
            yield from _local(Path(item), options)


def _local(path: Path, options: Options) -> Iterator[RawPage | Rejected]:
    if path.is_dir():
        files = list(_folder(path))
        if not files:
            yield _reject(
                str(path),
                InputError(
                    f"{path}: the folder holds no page files ({', '.join(PAGE_SUFFIXES)})", reason="empty-folder"
                ),
            )
        for file in files:
            yield from _file(file, options)
    elif not path.exists():
        yield _reject(str(path), InputError(f"{path}: no such file or folder", reason="not-found"))
    else:
        yield from _file(path, options)


def _file(path: Path, options: Options) -> Iterator[RawPage | Rejected]:
    """A WARC archive's pages, or the one page of any other file."""
    if is_warc(path):
        yield from iter_warc(path, options)
    else:
        yield _one(path, options)


def _one(path: Path, options: Options) -> RawPage | Rejected:
    try:
        return read_path(path, options.max_bytes)
    except InputError as error:
        return _reject(str(path), error)
