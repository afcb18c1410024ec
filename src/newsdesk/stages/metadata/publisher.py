"""The publisher's name: from the story's JSON-LD, Open Graph's site name, or the domain."""

from __future__ import annotations

from urllib.parse import urlsplit

from newsdesk.stages.metadata.sources import Sources, clean_text, ld_types

__all__ = ["choose_publisher", "domain_of"]

_ORGANISATIONS = frozenset({"organization", "newsmediaorganization", "corporation", "website"})


def domain_of(url: str | None) -> str | None:
    """The host of a URL without "www." ("https://www.example.com/x" -> "example.com")."""
    if not url or "//" not in url:
        return None
    host = urlsplit(url).hostname
    return host.removeprefix("www.") if host else None


def _ld_publisher(sources: Sources) -> str | None:
    publisher = sources.article.get("publisher")
    if isinstance(publisher, list) and publisher:
        publisher = publisher[0]
    if isinstance(publisher, dict):
        return clean_text(publisher.get("name"))
    if isinstance(publisher, str):
        return clean_text(publisher)
    for item in sources.items:
        if ld_types(item) & _ORGANISATIONS and (name := clean_text(item.get("name"))):
            return name
    return None


def choose_publisher(sources: Sources, url: str | None) -> tuple[str | None, str]:
    """The publisher's name and where it was found."""
    for value, where in (
        (_ld_publisher(sources), "html:json-ld"),
        (clean_text(sources.first("og:site_name")), "html:meta"),
        (clean_text(sources.first("application-name")), "html:meta"),
        (domain_of(url), "url"),
    ):
        if value and not value.startswith("http"):
            return value, where
    return None, "none"
