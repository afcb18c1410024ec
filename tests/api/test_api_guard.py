"""The address guard of URL fetches: public addresses only, each host resolved once per request and
the connection pinned to the address that was checked (DNS rebinding), redirects checked too."""

from __future__ import annotations

import httpx
import pytest

from newsdesk.adapters.urls import fetch
from newsdesk.api.guard import BlockedAddress, GuardedTransport, blocked_reason, is_public_address
from newsdesk.errors import FetchError

PUBLIC, OTHER_PUBLIC, PRIVATE = "93.184.215.14", "151.101.1.69", "10.0.0.7"
PAGE = b"<html><body><h1>Harbour</h1><p>The council met.</p></body></html>"


@pytest.mark.parametrize(
    ("address", "public"),
    [
        ("8.8.8.8", True),
        ("2001:4860:4860::8888", True),
        ("127.0.0.1", False),
        ("10.0.0.1", False),
        ("172.16.5.4", False),
        ("100.64.0.1", False),
        ("169.254.1.1", False),
        ("fe80::1%eth0", False),
        ("fc00::1", False),
        ("::ffff:10.0.0.1", False),
        ("0.0.0.0", False),
        ("224.0.0.1", False),
    ],
)
def test_is_public_address(address: str, public: bool) -> None:
    assert is_public_address(address) is public


def test_a_host_resolving_to_a_private_address_is_refused() -> None:
    assert blocked_reason("https://news.example/a", resolve=lambda host: [PUBLIC]) is None
    assert blocked_reason("https://intranet.example/a", resolve=lambda host: [PUBLIC, PRIVATE])


class Rebinding:
    """A resolver whose answer changes after the first question, as a hostile DNS server's does."""

    def __init__(self, *answers: list[str]) -> None:
        self.answers = list(answers)
        self.asked: list[str] = []

    def __call__(self, host: str) -> list[str]:
        self.asked.append(host)
        return self.answers[min(len(self.asked), len(self.answers)) - 1]


class Recorder:
    """The connecting transport, faked: it records each request it is asked to send."""

    def __init__(self, redirect_to: str | None = None) -> None:
        self.seen: list[httpx.Request] = []
        self.redirect_to = redirect_to

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.seen.append(request)
        if self.redirect_to and len(self.seen) == 1:
            return httpx.Response(302, headers={"location": self.redirect_to})
        return httpx.Response(200, headers={"content-type": "text/html"}, content=PAGE)


@pytest.mark.parametrize("scheme", ["http", "https"])
def test_the_connection_goes_to_the_address_that_was_checked(scheme: str) -> None:
    resolver, recorder = Rebinding([PUBLIC], [PRIVATE]), Recorder()
    transport = GuardedTransport(resolve=resolver, inner=httpx.MockTransport(recorder))
    response = transport.handle_request(httpx.Request("GET", f"{scheme}://news.example:8443/a?x=1"))
    assert response.status_code == 200
    assert resolver.asked == ["news.example"]  # resolved once: nothing left for a second answer to change
    sent = recorder.seen[0]
    assert str(sent.url) == f"{scheme}://{PUBLIC}:8443/a?x=1"
    assert sent.headers["host"] == "news.example:8443"  # the server still sees the name
    assert sent.extensions["sni_hostname"] == "news.example"  # and TLS checks the name's certificate


def test_a_rebinding_answer_on_the_next_request_is_refused_before_any_connection() -> None:
    resolver, recorder = Rebinding([PUBLIC], [PRIVATE]), Recorder()
    transport = GuardedTransport(resolve=resolver, inner=httpx.MockTransport(recorder))
    transport.handle_request(httpx.Request("GET", "http://news.example/a"))
    with pytest.raises(BlockedAddress):
        transport.handle_request(httpx.Request("GET", "http://news.example/b"))
    assert len(recorder.seen) == 1


def test_a_host_with_any_private_address_is_refused_not_just_its_first() -> None:
    recorder = Recorder()
    transport = GuardedTransport(resolve=lambda host: [PUBLIC, PRIVATE], inner=httpx.MockTransport(recorder))
    with pytest.raises(BlockedAddress):
        transport.handle_request(httpx.Request("GET", "http://mixed.example/"))
    assert recorder.seen == []


def test_fetch_through_the_guard_keeps_the_url_it_was_given() -> None:
    recorder = Recorder(redirect_to="http://other.example/story")
    resolve = {"news.example": [PUBLIC], "other.example": [OTHER_PUBLIC]}.__getitem__
    page = fetch(
        "http://news.example/a", transport=GuardedTransport(resolve=resolve, inner=httpx.MockTransport(recorder))
    )
    assert page.url == "http://other.example/story"  # the name, never the pinned address
    assert [str(r.url) for r in recorder.seen] == [f"http://{PUBLIC}/a", f"http://{OTHER_PUBLIC}/story"]


def test_a_redirect_to_a_private_address_is_refused() -> None:
    recorder = Recorder(redirect_to="http://inside.example/admin")
    resolve = {"news.example": [PUBLIC], "inside.example": [PRIVATE]}.__getitem__
    with pytest.raises(FetchError) as raised:
        fetch("http://news.example/a", transport=GuardedTransport(resolve=resolve, inner=httpx.MockTransport(recorder)))
    assert isinstance(raised.value.__cause__, BlockedAddress)
    assert len(recorder.seen) == 1


@pytest.mark.parametrize("url", ["http://[::1]/", "http://127.0.0.1:8000/", "ftp://news.example/"])
def test_address_literals_and_other_schemes_are_checked_without_resolving(url: str) -> None:
    resolver = Rebinding([PUBLIC])
    transport = GuardedTransport(resolve=resolver, inner=httpx.MockTransport(Recorder()))
    with pytest.raises(BlockedAddress):
        transport.handle_request(httpx.Request("GET", url))
    assert resolver.asked == []


def test_a_host_that_does_not_resolve_is_a_failed_connection_not_a_refusal() -> None:
    transport = GuardedTransport(resolve=lambda host: [], inner=httpx.MockTransport(Recorder()))
    with pytest.raises(httpx.ConnectError) as raised:
        transport.handle_request(httpx.Request("GET", "http://nowhere.example/"))
    assert not isinstance(raised.value, BlockedAddress)
