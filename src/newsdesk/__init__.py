"""newsdesk: reads news pages the way a careful editor does.

    >>> import newsdesk
    >>> article = newsdesk.extract_text(open("page.txt").read())
    >>> [(a.speaker, a.kind, a.content) for a in article.attributions]

Public names are listed in ``__all__``; everything else is private and may change.
"""

from __future__ import annotations

from pathlib import Path

from newsdesk.errors import DecodeError, FetchError, InputError, ModelError, NewsdeskError
from newsdesk.model import (
    ARTICLE_SCHEMA,
    Article,
    Attribution,
    Candidate,
    Entity,
    Image,
    Mention,
    Outcome,
    Rejected,
    Removed,
)
from newsdesk.options import Options
from newsdesk.pipeline import RawPage, run_many, run_one

__version__ = "0.1.0"

__all__ = [
    "ARTICLE_SCHEMA",
    "Article",
    "Attribution",
    "Candidate",
    "DecodeError",
    "Entity",
    "FetchError",
    "Image",
    "InputError",
    "Mention",
    "ModelError",
    "NewsdeskError",
    "Options",
    "Outcome",
    "RawPage",
    "Rejected",
    "Removed",
    "__version__",
    "extract",
    "extract_html",
    "extract_text",
    "run_many",
    "run_one",
]


def extract_text(text: str, *, source: str = "<text>", options: Options | None = None) -> Outcome:
    """The record of a page that a scraper flattened to text."""
    return run_one(RawPage(source=source, data=text, kind="text"), options)


def extract_html(
    html: str | bytes, *, url: str | None = None, source: str | None = None, options: Options | None = None
) -> Outcome:
    """The record of an HTML page (str or bytes; bytes are decoded by their declared charset)."""
    return run_one(RawPage(source=source or url or "<html>", data=html, kind="html", url=url), options)


def extract(location: str | Path, *, options: Options | None = None) -> Outcome:
    """The record of one file or URL; unreadable input gives a ``Rejected``, never an exception."""
    from newsdesk.adapters.files import iter_pages

    options = options or Options()
    page = next(iter_pages([str(location)], options))
    return page if isinstance(page, Rejected) else run_one(page, options)
