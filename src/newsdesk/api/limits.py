"""ASGI middleware: a size limit on request bodies, a time limit per request, and security headers
(a Content-Security-Policy among them) on every response."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

__all__ = ["BodyLimit", "SecurityHeaders", "TimeLimit"]

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

# Pages and the API load nothing from elsewhere and run no script at all.
PAGE_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
# The interactive docs load Swagger UI and ReDoc from this server (never a CDN) and start them with an
# inline script; ReDoc styles itself inline and searches in a worker made from a blob.
DOCS_POLICY = (
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; "
    "base-uri 'none'; frame-ancestors 'none'"
)
DOCS_PATHS = ("/docs", "/redoc", "/docs/oauth2-redirect")


class _Watched:
    """A send that remembers whether the answer has started, and can be muted."""

    def __init__(self, send: Send) -> None:
        self._send = send
        self.started = False
        self.muted = False

    async def __call__(self, message: Message) -> None:
        if self.muted:
            return
        self.started = self.started or message["type"] == "http.response.start"
        await self._send(message)


async def _reply(send: Send, status: int, detail: str) -> None:
    body = json.dumps({"detail": detail}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


class BodyLimit:
    """Answers 413 to a request whose body is larger than ``max_bytes``, whether it says so in its
    Content-Length or only sends more."""

    def __init__(self, app: ASGIApp, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None and declared.isdigit() and int(declared) > self.max_bytes:
            await _reply(send, 413, f"the request body is larger than {self.max_bytes} bytes")
            return
        received = 0
        watched = _Watched(send)

        async def counting_receive() -> Message:
            # Past the limit the app is told the client left, and the 413 goes out from here: an
            # exception raised into the app would be turned into its own error answer.
            nonlocal received
            if watched.muted:
                return {"type": "http.disconnect"}
            message = await receive()
            received += len(message.get("body", b""))
            if received > self.max_bytes:
                if not watched.started:
                    await _reply(send, 413, f"the request body is larger than {self.max_bytes} bytes")
                watched.muted = True
                return {"type": "http.disconnect"}
            return message

        await self.app(scope, counting_receive, watched)


class TimeLimit:
    """Answers 503 to a request not answered within ``seconds``, and tells the routes when that is
    (``request.state.deadline``, a ``time.monotonic()`` instant). Only the wait is cut here: work
    that must really stop runs where it can be stopped (extraction: ``api.extraction``)."""

    def __init__(self, app: ASGIApp, seconds: float) -> None:
        self.app = app
        self.seconds = seconds

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        scope.setdefault("state", {})["deadline"] = time.monotonic() + self.seconds
        watched = _Watched(send)
        answering = asyncio.ensure_future(self.app(scope, receive, watched))
        await asyncio.wait({answering}, timeout=self.seconds)
        if answering.done() or watched.started:  # an answer begun at the limit is let finish, not cut
            await answering
            return
        watched.muted = True
        answering.cancel()
        await _reply(send, 503, f"the request took longer than {self.seconds:g} s")


class SecurityHeaders:
    """Adds a Content-Security-Policy and the usual hardening headers to every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        policy = DOCS_POLICY if scope.get("path", "") in DOCS_PATHS else PAGE_POLICY

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers") or [])
                headers += [
                    (b"content-security-policy", policy.encode()),
                    (b"x-content-type-options", b"nosniff"),
                    (b"referrer-policy", b"no-referrer"),
                    (b"x-frame-options", b"DENY"),
                ]
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, with_headers)
