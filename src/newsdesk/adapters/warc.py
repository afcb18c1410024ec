"""Pages from WARC archives (``.warc``, ``.warc.gz``), such as Common Crawl's CC-NEWS files.

Response records are streamed with fastwarc where it is installed, else with warcio; both give the
same records. Every response record becomes a ``RawPage`` (HTML only) or a ``Rejected`` with its
reason, so that a batch accounts for each one:

    not-html, http-<status>, too-large, truncated, empty, content-encoding, damaged

A record shorter than its declared length is "truncated"; bytes that no reader can decode (a gzip
member cut short in the middle of a file), and a block that does not match its WARC-Block-Digest (a
reader can inflate a cut member into garbage without an error), are "damaged"; reading goes on at
the next good record.
Each page keeps its provenance in ``input``: the WARC file, the record's byte offset, record id,
target URI and fetch date. ``source`` is ``FILE#OFFSET``, which finds the record again.
"""

from __future__ import annotations

import base64
import hashlib
import re
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal, get_args

from newsdesk.adapters.warc_http import HttpResponse, media_type, parse_response, payload
from newsdesk.model import Rejected
from newsdesk.options import Options
from newsdesk.pipeline import RawPage
from newsdesk.stages.decode import looks_like_html

__all__ = ["WARC_SUFFIXES", "Backend", "WarcRecord", "backend_names", "is_warc", "iter_warc", "read_records"]

WARC_SUFFIXES = (".warc", ".warc.gz")
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Media types that say nothing about the payload; the payload is sniffed instead.
_UNTYPED = ("", "application/octet-stream", "text/plain", "unknown/unknown")
_GZIP_MAGIC = b"\x1f\x8b\x08"
_SCAN_CHUNK = 1 << 20

Backend = Literal["fastwarc", "warcio"]


@dataclass(frozen=True)
class WarcRecord:
    """One WARC record as read: ``block`` is None when it was not read (not a response, or larger
    than the limit)."""

    offset: int
    type: str
    headers: dict[str, str]
    content_length: int
    block: bytes | None


@dataclass(frozen=True)
class Damage:
    """Bytes that no WARC reader could decode, starting at ``offset``."""

    offset: int
    error: str
    headers: dict[str, str]


RecordReader = Callable[[BinaryIO, int], Iterator[WarcRecord]]


def _fastwarc_records(stream: BinaryIO, max_bytes: int) -> Iterator[WarcRecord]:
    from fastwarc.warc import ArchiveIterator

    for record in ArchiveIterator(stream, parse_http=False):
        kind = str(record.record_type)
        block = record.reader.read() if kind == "response" and record.content_length <= max_bytes else None
        yield WarcRecord(record.stream_pos, kind, dict(record.headers.items()), record.content_length, block)


def _warcio_records(stream: BinaryIO, max_bytes: int) -> Iterator[WarcRecord]:
    from warcio.archiveiterator import ArchiveIterator

    iterator = ArchiveIterator(stream, no_record_parse=True)
    for record in iterator:
        length = int(record.rec_headers.get_header("Content-Length") or 0)
        block = record.raw_stream.read() if record.rec_type == "response" and length <= max_bytes else None
        yield WarcRecord(iterator.get_record_offset(), record.rec_type, dict(record.rec_headers.headers), length, block)


def backend_names() -> list[Backend]:
    """The WARC readers installed here, the preferred first."""
    names: list[Backend] = []
    for name in get_args(Backend):
        try:
            __import__(name)
        except ImportError:
            continue
        names.append(name)
    return names


def _reader(backend: Backend | None) -> RecordReader:
    chosen = backend or next(iter(backend_names()), "warcio")
    return _fastwarc_records if chosen == "fastwarc" else _warcio_records


def is_warc(name: str | Path) -> bool:
    """True for a file name that ends like a WARC archive."""
    return str(name).lower().endswith(WARC_SUFFIXES)


def _is_member_start(stream: BinaryIO, position: int, gzipped: bool) -> bool:
    stream.seek(position)
    head = stream.read(65536)
    if not gzipped:
        return head.startswith(b"WARC/")
    try:
        return zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16).startswith(b"WARC/")
    except zlib.error:
        return False


def _next_member(stream: BinaryIO, after: int, gzipped: bool) -> int | None:
    """The offset of the first record start (a gzip member holding a WARC header, or a WARC/ line)
    after ``after``, or None."""
    marker = _GZIP_MAGIC if gzipped else b"WARC/"
    position = after + 1
    while True:
        stream.seek(position)
        chunk = stream.read(_SCAN_CHUNK + len(marker))
        found = chunk.find(marker)
        while found >= 0:
            if _is_member_start(stream, position + found, gzipped):
                return position + found
            found = chunk.find(marker, found + 1)
        if len(chunk) <= _SCAN_CHUNK:
            return None
        position += _SCAN_CHUNK


_HEADER_LINE = re.compile(rb"^([A-Za-z0-9\-]+):[ \t]*(.*?)\r?$", re.MULTILINE)


def _readable_head(data: bytes, gzipped: bool) -> bytes:
    """What can be decompressed from the start of a damaged member, fed in small pieces so that
    the bytes before the damage are kept."""
    if not gzipped:
        return data[:8192]
    inflate, out = zlib.decompressobj(16 + zlib.MAX_WBITS), bytearray()
    for start in range(0, len(data), 256):
        try:
            out += inflate.decompress(data[start : start + 256])
        except zlib.error:
            break
        if len(out) >= 8192 or inflate.eof:
            break
    return bytes(out)


def _peek_headers(stream: BinaryIO, position: int, gzipped: bool) -> dict[str, str]:
    """The WARC headers that can still be read at a damaged record, for the reject's provenance."""
    stream.seek(position)
    top = _readable_head(stream.read(65536), gzipped).split(b"\r\n\r\n", 1)[0]
    return {m.group(1).decode("latin-1"): m.group(2).decode("utf-8", "replace") for m in _HEADER_LINE.finditer(top)}


def read_records(path: Path, max_bytes: int, backend: Backend | None = None) -> Iterator[WarcRecord | Damage]:
    """Every record of an archive in order, with a ``Damage`` where bytes could not be decoded;
    reading resumes at the next good record after it."""
    read = _reader(backend)
    with path.open("rb") as stream:
        gzipped = stream.read(2) == _GZIP_MAGIC[:2]
        position = 0
        while True:
            stream.seek(position)
            last = position - 1
            try:
                for record in read(stream, max_bytes):
                    last = record.offset
                    yield record
                return
            except Exception as error:  # each reader raises its own types for corrupt data
                damaged = _next_member(stream, last, gzipped)
                if damaged is None:
                    yield Damage(last + 1, f"{type(error).__name__}: {error}", {})
                    return
                yield Damage(damaged, f"{type(error).__name__}: {error}", _peek_headers(stream, damaged, gzipped))
                following = _next_member(stream, damaged, gzipped)
                if following is None:
                    return
                position = following


def _provenance(path: Path, offset: int, headers: dict[str, str]) -> dict[str, str]:
    fields = {
        "warc_file": str(path),
        "warc_offset": str(offset),
        "warc_record_id": headers.get("WARC-Record-ID", ""),
        "target_uri": headers.get("WARC-Target-URI", ""),
        "fetch_date": headers.get("WARC-Date", ""),
    }
    return {key: value for key, value in fields.items() if value}


def _reject(path: Path, offset: int, headers: dict[str, str], reason: str, detail: str) -> Rejected:
    provenance = _provenance(path, offset, headers)
    page = RawPage(source=f"{path}#{offset}", data=b"", url=provenance.get("target_uri"))
    return Rejected(id=page.id, source=page.source, stage="read", reason=reason, detail=detail, input=provenance)


def _is_html(media: str, body: bytes) -> bool:
    if media in HTML_TYPES:
        return True
    return media in _UNTYPED and looks_like_html(body[:2000].decode("latin-1"))


def _response_problem(record: WarcRecord, response: HttpResponse | None) -> tuple[str, str] | None:
    if record.block is None:
        return "too-large", f"the record holds {record.content_length} bytes, over the limit"
    if len(record.block) < record.content_length:
        return "truncated", f"the record ends after {len(record.block)} of {record.content_length} bytes"
    if not _digest_matches(record):
        return "damaged", "the block does not match its WARC-Block-Digest"
    if response is None:
        return "empty", "the record holds no HTTP response" if record.block.strip() else "the record has no body"
    if not 200 <= response.status < 300:
        return f"http-{response.status}", f"the server answered {response.status}"
    return None


def _digest_matches(record: WarcRecord) -> bool:
    """False only for a sha1 block digest (the one Common Crawl and warcio write) that the block
    does not have; a record without one, or with another algorithm, is taken as it is."""
    declared = next((v for k, v in record.headers.items() if k.lower() == "warc-block-digest"), "")
    algorithm, _, value = declared.strip().partition(":")
    if algorithm.lower() != "sha1" or not value or record.block is None:
        return True
    digest = hashlib.sha1(record.block).digest()
    return value.upper() == base64.b32encode(digest).decode() or value.lower() == digest.hex()


def _page(path: Path, record: WarcRecord) -> RawPage | Rejected:
    response = parse_response(record.block) if record.block else None
    problem = _response_problem(record, response)
    if problem or response is None:
        reason, detail = problem or ("empty", "")
        return _reject(path, record.offset, record.headers, reason, detail)
    media, charset = media_type(response.headers)
    body = payload(response)
    if body is None:
        coding = response.headers.get("content-encoding", "")
        return _reject(path, record.offset, record.headers, "content-encoding", f"cannot undo coding {coding!r}")
    if not body.strip():
        return _reject(path, record.offset, record.headers, "empty", "the response has no body")
    if not _is_html(media, body):
        return _reject(path, record.offset, record.headers, "not-html", f"the payload is {media or 'untyped'}")
    provenance = _provenance(path, record.offset, record.headers)
    if media:
        provenance["content_type"] = response.headers.get("content-type", media)
    return RawPage(
        source=f"{path}#{record.offset}",
        data=body,
        kind="html",
        url=provenance.get("target_uri"),
        charset=charset,
        input=provenance,
    )


def iter_warc(path: Path, options: Options, backend: Backend | None = None) -> Iterator[RawPage | Rejected]:
    """A raw page or a rejection for each response record of an archive, in file order; a file
    that cannot be opened gives one rejection."""
    try:
        for item in read_records(path, options.max_bytes, backend):
            if isinstance(item, Damage):
                if item.headers.get("WARC-Type", "response") == "response":
                    detail = f"damaged record at byte {item.offset}: {item.error}"
                    yield _reject(path, item.offset, item.headers, "damaged", detail)
            elif item.type == "response":
                yield _page(path, item)
    except OSError as error:
        yield _reject(path, 0, {}, "unreadable", f"{path}: {error.strerror or error}")
