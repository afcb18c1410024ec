"""Metadata of an HTML page: headline, authors and agencies, published and modified dates with
their offsets, publisher, canonical URL, description. Each field comes from a cascade of the
page's own statements (JSON-LD, meta tags, microdata) and, failing those, what it prints."""

from __future__ import annotations

from dataclasses import dataclass

from newsdesk.stages.draft import Draft
from newsdesk.stages.metadata.authors import choose_authors
from newsdesk.stages.metadata.published import choose_dates
from newsdesk.stages.metadata.publisher import choose_publisher, domain_of
from newsdesk.stages.metadata.sources import Sources, clean_text, read_sources
from newsdesk.stages.metadata.title import choose_headline

__all__ = ["PrintedFields", "Sources", "read_metadata", "read_sources"]


@dataclass(frozen=True)
class PrintedFields:
    """What the page prints about its story, as the body stage found it: h1 texts, byline texts
    and date lines, nearest the story first, and the names it credits as contributors."""

    headings: tuple[str, ...] = ()
    bylines: tuple[str, ...] = ()
    datelines: tuple[str, ...] = ()
    contributors: tuple[str, ...] = ()  # names credited for other work than writing
    signoffs: tuple[str, ...] = ()  # credits closing the story ("Reporting by Jane Doe; Editing by ...")


def _url(sources: Sources, url: str | None) -> str | None:
    for value in (url, sources.canonical, sources.first("og:url")):
        if value and value.startswith("http"):
            return value
    return url


def read_metadata(sources: Sources, printed: PrintedFields, url: str | None = None) -> Draft:
    """The metadata of a page (its ``read_sources``) as a draft without a body, each field with
    the source it came from in ``found_by``."""
    page_url = _url(sources, url)
    publisher, publisher_by = choose_publisher(sources, page_url)
    headline, headline_by = choose_headline(printed.headings, sources, publisher, page_url)
    authors, agencies, authors_by = choose_authors(
        sources, printed.bylines, publisher, domain_of(page_url), printed.contributors, printed.signoffs
    )
    dates = choose_dates(sources, printed.datelines, page_url)
    description = clean_text(sources.article.get("description")) or clean_text(
        sources.first("og:description", "description", "twitter:description")
    )
    found_by = {
        "headline": headline_by,
        "authors": authors_by,
        "published": dates.published_by,
        "modified": dates.modified_by,
        "publisher": publisher_by,
    }
    return Draft(
        headline=headline,
        standfirst=description,
        authors=authors,
        agencies=agencies,
        published=dates.published.iso if dates.published else None,
        modified=dates.modified.iso if dates.modified else None,
        publisher=publisher,
        url=page_url,
        found_by={k: v for k, v in found_by.items() if v != "none"},
    )
