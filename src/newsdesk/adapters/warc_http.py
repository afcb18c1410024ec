"""The HTTP response inside a WARC response record: status, headers and the payload, with chunked
transfer coding and gzip/deflate content coding undone.

Pure functions over bytes, the same whichever WARC library read the record. A payload that cannot be
undone gives ``None`` from ``payload`` and the caller rejects the record.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass

__all__ = ["HttpResponse", "media_type", "parse_response", "payload"]

_STATUS_LINE = re.compile(rb"^HTTP/\d(?:\.\d)?\s+(\d{3})")
_HEAD_END = re.compile(rb"\r?\n\r?\n")
_CHARSET = re.compile(r"charset\s*=\s*[\"']?([\w\-:.]+)", re.IGNORECASE)
_CHUNK_SIZE = re.compile(rb"^([0-9a-fA-F]+)")
# Coding names a crawler may leave on a payload that it already decoded (Common Crawl renames the
# header to X-Crawler-Content-Encoding when it does), so only the plain header is trusted.
_ZLIB_WBITS = {"gzip": 16 + zlib.MAX_WBITS, "x-gzip": 16 + zlib.MAX_WBITS, "deflate": zlib.MAX_WBITS}


@dataclass(frozen=True)
class HttpResponse:
    """A parsed HTTP response: ``headers`` has lower-case names (the last value wins)."""

    status: int
    headers: dict[str, str]
    body: bytes


def parse_response(block: bytes) -> HttpResponse | None:
    """The response in a record's block, or None when the block does not start with a status line."""
    status = _STATUS_LINE.match(block)
    if not status:
        return None
    end = _HEAD_END.search(block)
    head, body = (block[: end.start()], block[end.end() :]) if end else (block, b"")
    headers: dict[str, str] = {}
    for line in head.split(b"\n")[1:]:
        name, sep, value = line.decode("latin-1").partition(":")
        if sep and name.strip() and not name[0].isspace():
            headers[name.strip().lower()] = value.strip()
    return HttpResponse(int(status.group(1)), headers, body)


def media_type(headers: dict[str, str]) -> tuple[str, str | None]:
    """The media type (lower case, no parameters; "" when absent) and the declared charset."""
    value = headers.get("content-type", "")
    found = _CHARSET.search(value)
    return value.split(";", 1)[0].strip().lower(), found.group(1) if found else None


def payload(response: HttpResponse) -> bytes | None:
    """The body with its transfer and content codings undone; None when a coding is unknown or its
    data is corrupt."""
    body = response.body
    if "chunked" in response.headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    for coding in reversed([c.strip().lower() for c in response.headers.get("content-encoding", "").split(",")]):
        if coding in ("", "identity"):
            continue
        if coding not in _ZLIB_WBITS:
            return None
        try:
            body = zlib.decompress(body, _ZLIB_WBITS[coding])
        except zlib.error:
            # Servers say "deflate" for raw deflate streams too.
            try:
                body = zlib.decompress(body, -zlib.MAX_WBITS)
            except zlib.error:
                return None
    return body


def _dechunk(body: bytes) -> bytes:
    """Undo chunked transfer coding; a body that is not chunked after all is returned as it is."""
    out = bytearray()
    position = 0
    while position < len(body):
        line_end = body.find(b"\n", position)
        size = _CHUNK_SIZE.match(body[position : line_end if line_end >= 0 else len(body)].strip())
        if line_end < 0 or not size:
            return body if not out else bytes(out)
        length = int(size.group(1), 16)
        if length == 0:
            break
        out += body[line_end + 1 : line_end + 1 + length]
        position = line_end + 1 + length
        # The CRLF after a chunk's data (a bare LF from lenient servers).
        position += len(re.match(rb"\r?\n?", body[position : position + 2]).group(0))  # type: ignore[union-attr]
    return bytes(out)
