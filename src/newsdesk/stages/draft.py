"""What a layout stage (flattened text or HTML) finds on a page, before the NLP stages.

Both paths produce a ``Draft``; the pipeline enriches it with attributions and entities and turns it
into an ``Article``. Plain data, like the record.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdesk.model import Image, Removed

__all__ = ["Draft"]


@dataclass(frozen=True)
class Draft:
    headline: str | None = None
    standfirst: str | None = None
    authors: tuple[str, ...] = ()
    agencies: tuple[str, ...] = ()
    published: str | None = None
    modified: str | None = None
    publisher: str | None = None
    url: str | None = None
    language: str | None = None
    paragraphs: tuple[str, ...] = ()
    images: tuple[Image, ...] = ()
    removed: tuple[Removed, ...] = ()
    found_by: dict[str, str] = field(default_factory=dict)

    @property
    def text(self) -> str:
        """The body: paragraphs joined by blank lines (spans with where="body" index this)."""
        return "\n\n".join(self.paragraphs)
