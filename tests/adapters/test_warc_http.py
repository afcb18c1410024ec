"""The HTTP response inside a WARC record: status, headers, media type, and codings undone."""

from __future__ import annotations

import gzip
import zlib

import pytest

from newsdesk.adapters.warc_http import HttpResponse, media_type, parse_response, payload

HTML = b"<html><body><p>Story</p></body></html>"


@pytest.mark.parametrize(
    ("block", "status", "headers", "body"),
    [
        (b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + HTML, 200, {"content-type": "text/html"}, HTML),
        (b"HTTP/1.0 404 Not Found\r\n\r\n", 404, {}, b""),
        (b"HTTP/2 200\nX-A: 1\nX-A: 2\n\nbody", 200, {"x-a": "2"}, b"body"),  # bare LF, last value wins
        (b"HTTP/1.1 301 Moved\r\nLocation: /new\r\n", 301, {"location": "/new"}, b""),  # no blank line, no body
    ],
)
def test_parse_response(block: bytes, status: int, headers: dict[str, str], body: bytes) -> None:
    response = parse_response(block)
    assert response == HttpResponse(status, headers, body)


@pytest.mark.parametrize("block", [b"", b"<html>no status line</html>", b"GET / HTTP/1.1\r\n\r\n", b"HTTP/1.1 OK\r\n"])
def test_parse_response_rejects_blocks_without_a_status_line(block: bytes) -> None:
    assert parse_response(block) is None


@pytest.mark.parametrize(
    ("content_type", "expected"),
    [
        ("text/html; charset=UTF-8", ("text/html", "UTF-8")),
        ('Text/HTML;charset="iso-8859-1"', ("text/html", "iso-8859-1")),
        ("application/xhtml+xml", ("application/xhtml+xml", None)),
        ("", ("", None)),
    ],
)
def test_media_type(content_type: str, expected: tuple[str, str | None]) -> None:
    assert media_type({"content-type": content_type} if content_type else {}) == expected


def _response(body: bytes, **headers: str) -> HttpResponse:
    return HttpResponse(200, {name.replace("_", "-"): value for name, value in headers.items()}, body)


@pytest.mark.parametrize(
    ("response", "expected"),
    [
        (_response(HTML), HTML),
        (_response(b"5\r\nHello\r\n7\r\n, world\r\n0\r\n\r\n", transfer_encoding="chunked"), b"Hello, world"),
        (_response(b"5\nHello\n0\n\n", transfer_encoding="chunked"), b"Hello"),  # lenient line ends
        (_response(gzip.compress(HTML), content_encoding="gzip"), HTML),
        (_response(zlib.compress(HTML), content_encoding="deflate"), HTML),
        (_response(zlib.compress(HTML)[2:-4], content_encoding="deflate"), HTML),  # raw deflate, as some send it
        (_response(HTML, content_encoding="identity"), HTML),
        # Not chunked after all (a crawler already undid it but kept the header): kept as it is.
        (_response(HTML, transfer_encoding="chunked"), HTML),
    ],
)
def test_payload_undoes_codings(response: HttpResponse, expected: bytes) -> None:
    assert payload(response) == expected


@pytest.mark.parametrize(
    "response",
    [
        _response(HTML, content_encoding="br-unknown"),
        _response(b"not gzip at all", content_encoding="gzip"),
    ],
)
def test_payload_gives_none_for_codings_it_cannot_undo(response: HttpResponse) -> None:
    assert payload(response) is None
