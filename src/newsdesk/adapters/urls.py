"""Pages from URLs, fetched with httpx: a time limit, a size limit, redirects followed, and every
failure (time-out, refused connection, an error status) mapped to a FetchError with its reason."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Literal

from newsdesk.errors import FetchError
from newsdesk.pipeline import RawPage

if TYPE_CHECKING:
    import httpx

__all__ = ["USER_AGENT", "fetch", "is_url"]

USER_AGENT = "newsdesk/0.1 (+https://github.com/newsdesk; news research)"
_URL = re.compile(r"^https?://", re.IGNORECASE)


def is_url(text: str) -> bool:
    return bool(_URL.match(text))


def _charset(content_type: str) -> str | None:
    found = re.search(r"charset=([\w\-:.]+)", content_type or "", re.IGNORECASE)
    return found.group(1) if found else None


def fetch(
    url: str, *, timeout: float = 20.0, max_bytes: int = 50_000_000, transport: httpx.BaseTransport | None = None
) -> RawPage:
    """The page at a URL; raises FetchError on a time-out, a network failure or an error status."""
    import httpx  # loaded on the first fetch: reading files should not wait for a web client

    try:
        with (
            httpx.Client(
                timeout=timeout, follow_redirects=True, transport=transport, headers={"User-Agent": USER_AGENT}
            ) as client,
            client.stream("GET", url) as response,
        ):
            if response.status_code >= 400:
                raise FetchError(
                    f"{url}: the server answered {response.status_code}", reason=f"http-{response.status_code}"
                )
            data = bytearray()
            for chunk in response.iter_bytes():
                data.extend(chunk)
                if len(data) > max_bytes:
                    raise FetchError(f"{url}: larger than {max_bytes} bytes", reason="too-large")
            content_type = response.headers.get("content-type", "")
            final = str(response.url)
    except httpx.TimeoutException as error:
        raise FetchError(f"{url}: no answer within {timeout:g} s", reason="timeout") from error
    except httpx.HTTPError as error:
        raise FetchError(f"{url}: {error}", reason="fetch-failed") from error
    kind: Literal["html", "text", "auto"] = "auto"
    if "html" in content_type:
        kind = "html"
    elif content_type.startswith("text/plain"):
        kind = "text"
    return RawPage(
        source=url,
        data=bytes(data),
        kind=kind,
        url=final,
        charset=_charset(content_type),
        input={"fetched_url": final, "content_type": content_type},
    )
