"""URLs through httpx, with a fake transport: errors come back as FetchError with a reason."""

from __future__ import annotations

import httpx
import pytest

from newsdesk.adapters.urls import fetch, is_url
from newsdesk.errors import FetchError


def _transport(handler):  # type: ignore[no-untyped-def]
    return httpx.MockTransport(handler)


def test_a_page_comes_back_with_its_charset_and_final_url() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content="Caf\xe9".encode("latin-1"), headers={"content-type": "text/html; charset=iso-8859-1"}
        )

    page = fetch("https://news.example/story", transport=_transport(handler))
    assert page.kind == "html" and page.charset == "iso-8859-1"
    assert page.url == "https://news.example/story"


@pytest.mark.parametrize(("status", "reason"), [(404, "http-404"), (500, "http-500"), (403, "http-403")])
def test_error_status_is_a_fetch_error(status: int, reason: str) -> None:
    with pytest.raises(FetchError) as caught:
        fetch("https://news.example/gone", transport=_transport(lambda request: httpx.Response(status)))
    assert caught.value.reason == reason


def test_timeout_is_a_fetch_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ReadTimeout("slow", request=request)

    with pytest.raises(FetchError) as caught:
        fetch("https://news.example/slow", timeout=0.1, transport=_transport(handler))
    assert caught.value.reason == "timeout"


def test_refused_connection_is_a_fetch_error() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("refused", request=request)

    with pytest.raises(FetchError) as caught:
        fetch("https://news.example/", transport=_transport(handler))
    assert caught.value.reason == "fetch-failed"


def test_oversized_page_is_refused() -> None:
    handler = lambda request: httpx.Response(200, content=b"x" * 5000)  # noqa: E731
    with pytest.raises(FetchError) as caught:
        fetch("https://news.example/huge", max_bytes=1000, transport=_transport(handler))
    assert caught.value.reason == "too-large"


@pytest.mark.parametrize(
    ("text", "url"),
    [("https://a.example/x", True), ("HTTP://A.EXAMPLE", True), ("ftp://a", False), ("page.html", False)],
)
def test_is_url(text: str, url: bool) -> None:
    assert is_url(text) is url
