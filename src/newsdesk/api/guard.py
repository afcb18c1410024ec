"""URL fetches for the API that refuse private, loopback and link-local addresses, and connect only
to the address they checked.

A URL posted to the server must not make it reach into the network it runs in (server-side request
forgery). For every request, each redirect included, the transport resolves the host once, refuses
it when any address it resolves to is not public, and connects to the first of the checked
addresses: the connection is pinned, so a DNS answer that changes between the check and the
connection (DNS rebinding) cannot send it elsewhere. The request keeps its host name for the Host
header and for TLS (the server name sent, and the name the certificate must carry). Connections are
not kept alive: a pooled connection opened for one host name must never serve another that happens
to share its address.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx

__all__ = [
    "BlockedAddress",
    "GuardedTransport",
    "address_problem",
    "blocked_reason",
    "is_public_address",
    "url_problem",
]

Resolver = Callable[[str], list[str]]
"""A host name's addresses, in the order to try them; empty when it does not resolve."""


class BlockedAddress(httpx.ConnectError):
    """A fetch stopped because its host is not a public address."""


def is_public_address(address: str) -> bool:
    """True for a globally routable unicast address; False for private, loopback, link-local,
    multicast, reserved and unspecified ones (IPv4-mapped IPv6 addresses judged as IPv4)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return (
        not (
            ip.is_private
            or ip.is_loopback
            or ip.is_link_local
            or ip.is_multicast
            or ip.is_reserved
            or ip.is_unspecified
        )
        and ip.is_global
    )


def _resolve(host: str) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return []
    return list(dict.fromkeys(str(info[4][0]) for info in infos))  # the resolver's order, once each


def _addresses(host: str, resolve: Resolver) -> list[str]:
    """An address literal as itself; a name as its resolver says."""
    try:
        return [str(ipaddress.ip_address(host))]
    except ValueError:
        return resolve(host)


def url_problem(url: str) -> str | None:
    """Why no request may go to this URL whatever it resolves to (not http(s), no host), or None."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return "only http and https URLs with a host can be fetched"
    return None


def address_problem(host: str, addresses: list[str]) -> str | None:
    """Why a host that resolves to these addresses must not be fetched (one is not public), or None."""
    for address in addresses:
        if not is_public_address(address):
            return f"{host} is a private, loopback or link-local address ({address}); fetching it is not allowed"
    return None


def blocked_reason(url: str, resolve: Resolver = _resolve) -> str | None:
    """Why the API must not fetch this URL (not http(s), no host, a non-public address), or None."""
    host = urlsplit(url).hostname
    return url_problem(url) or address_problem(host or "", _addresses(host or "", resolve))


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport that checks every request's host (redirects included) and connects to the
    address it checked; see the module docstring. ``inner`` is the transport that connects (tests
    pass a fake that records what it was asked)."""

    def __init__(self, resolve: Resolver = _resolve, inner: httpx.BaseTransport | None = None) -> None:
        self._inner = inner or httpx.HTTPTransport(limits=httpx.Limits(max_keepalive_connections=0))
        self._resolve = resolve

    def _pinned_address(self, request: httpx.Request) -> str:
        """The one checked address this request may connect to; raises BlockedAddress when its
        URL or an address is refused, and ConnectError when its host does not resolve."""
        problem = url_problem(str(request.url))
        if problem is not None:
            raise BlockedAddress(problem, request=request)
        host = request.url.host
        addresses = _addresses(host, self._resolve)
        if not addresses:
            raise httpx.ConnectError(f"{host} does not resolve to any address", request=request)
        problem = address_problem(host, addresses)
        if problem is not None:
            raise BlockedAddress(problem, request=request)
        return addresses[0]

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        address = self._pinned_address(request)
        pinned = httpx.Request(
            request.method,
            request.url.copy_with(host=address),
            headers=request.headers,  # the Host header still names the host
            stream=request.stream,
            extensions={**request.extensions, "sni_hostname": request.url.host},
        )
        return self._inner.handle_request(pinned)

    def close(self) -> None:
        self._inner.close()
