"""URL fetches for the API that refuse private, loopback and link-local addresses.

A URL posted to the server must not make it reach into the network it runs in (server-side request
forgery). The host is resolved and every address it resolves to must be public; the same check runs
again for each redirect, inside the transport, so a public URL cannot redirect to a private one.
(A host that resolves to a public address on the check and to a private one on the connection a
moment later is not caught: run the server where its network holds nothing to protect, or behind an
egress proxy, if that matters.)
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

import httpx

__all__ = ["BlockedAddress", "GuardedTransport", "blocked_reason", "is_public_address"]

Resolver = Callable[[str], list[str]]


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
        return sorted({str(info[4][0]) for info in socket.getaddrinfo(host, None)})
    except (socket.gaierror, UnicodeError):
        return []


def blocked_reason(url: str, resolve: Resolver = _resolve) -> str | None:
    """Why the API must not fetch this URL (not http(s), no host, a non-public address), or None."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return "only http and https URLs with a host can be fetched"
    host = parts.hostname
    try:
        addresses = [str(ipaddress.ip_address(host))]
    except ValueError:
        addresses = resolve(host)
    for address in addresses:
        if not is_public_address(address):
            return f"{host} is a private, loopback or link-local address ({address}); fetching it is not allowed"
    return None


class GuardedTransport(httpx.BaseTransport):
    """An httpx transport that checks every request's host (redirects included) before connecting."""

    def __init__(self, resolve: Resolver = _resolve) -> None:
        self._inner = httpx.HTTPTransport()
        self._resolve = resolve

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        reason = blocked_reason(str(request.url), self._resolve)
        if reason is not None:
            raise BlockedAddress(reason, request=request)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()
