"""Is this page an article? Pages that are not (error pages, consent walls, index pages of
teasers, product, listing and video pages) are rejected with a reason a user can read.

Each check looks at what the page says it is (JSON-LD types, Open Graph type), what it prints
(titles of error pages, consent texts) and the shape of its text (a story's paragraphs against
teasers of, and links to, other pages). A page that says it is an article is rejected for its
shape only when a short story sits under five times its weight in teasers: templates often leave
``og:type=article`` on their section fronts.
"""

from __future__ import annotations

import re

from newsdesk.stages.html.body import Body
from newsdesk.stages.metadata.sources import Sources, ld_types
from newsdesk.stages.needles import PatternScreen
from newsdesk.vocab.selectors import (
    ARTICLE_TYPES,
    CONSENT_WALL,
    ERROR_TITLES,
    LIST_TYPES,
    NON_ARTICLE_OG_TYPES,
    NON_ARTICLE_TYPES,
)

__all__ = ["not_an_article"]

_ERROR = tuple(re.compile(p, re.IGNORECASE) for p in ERROR_TITLES)
# Searched in a whole page's text: only the patterns whose needles ("cookies", "accept") it holds.
_CONSENT = PatternScreen(CONSENT_WALL)
_SHORT_STORY = 150  # story words below which a page's own error or consent text decides
_TEASERS_PER_STORY_WORD = 3.0  # teaser words per story word above which a page is an index
_MIN_INDEX_TEASER_WORDS = 150
_FRAGMENT_WORDS = 60  # a story shorter than this, among...
_INDEX_LINK_ITEMS = 40  # ...this many links to other pages, is a page's blurb, not a story
_DECLARED_TEASERS_PER_STORY_WORD = 5.0  # the same for a page that says it is an article
_LIST_PROSE_WORDS = 20  # a body with fewer words of sentences than this is a list, however long


def _says_article(sources: Sources) -> bool:
    og_type = (sources.first("og:type") or "").lower()
    # (the JSON-LD item the metadata reads may be a recipe or a how-to: that says no article)
    declared = ld_types(sources.article) & (ARTICLE_TYPES | {"webpage"})
    return (
        bool(declared)
        or og_type == "article"
        or any(ld_types(i) & ARTICLE_TYPES for i in sources.items)
        or not sources.item_types.isdisjoint(ARTICLE_TYPES)
    )


def _error_page(sources: Sources, headings: tuple[str, ...], body: Body) -> str | None:
    if body.prose_words >= _SHORT_STORY:
        return None
    for text in (sources.title or "", *headings[:1]):
        if any(p.search(text) for p in _ERROR):
            return f"an error page (title: {text[:80]!r})"
    return None


def _consent_wall(text: str, body: Body) -> str | None:
    if body.prose_words >= _SHORT_STORY:
        return None
    hits = sum(1 for _index in _CONSENT.matching(text))
    return "a consent or cookie wall stands in for the page" if hits >= 2 else None


def _declared_type(sources: Sources, body: Body) -> str | None:
    og_type = (sources.first("og:type") or "").lower()
    # Open Graph types are often left at a template's default: they decide only a short page.
    if og_type in NON_ARTICLE_OG_TYPES and body.prose_words < _SHORT_STORY:
        return f"{NON_ARTICLE_OG_TYPES[og_type]} (og:type {og_type})"
    short = body.prose_words < _SHORT_STORY
    declared = [*(("JSON-LD", ld_types(item)) for item in sources.items), ("microdata", sources.item_types)]
    for source, kinds in declared:
        for kind in sorted(kinds):
            if kind in NON_ARTICLE_TYPES:
                return f"{NON_ARTICLE_TYPES[kind]} ({source} {kind})"
            if short and kind in LIST_TYPES:
                return f"{LIST_TYPES[kind]} ({source} {kind})"
    return None


def _index_page(body: Body, says_article: bool = False) -> str | None:
    """Teasers of other stories that outweigh the page's own story. A page that says it is an
    article (often a template's default, left on its section fronts) must hold a short story
    under five times its weight in teasers."""
    if body.teaser_words < _MIN_INDEX_TEASER_WORDS:
        return None
    if says_article and body.prose_words >= _SHORT_STORY:
        return None
    ratio = _DECLARED_TEASERS_PER_STORY_WORD if says_article else _TEASERS_PER_STORY_WORD
    if body.teaser_words >= ratio * max(1, body.prose_words):
        return f"an index page ({body.teaser_words} words of teasers against {body.prose_words} of story)"
    return None


def _link_index(body: Body) -> str | None:
    """A page of links to other pages (a section front, a shop's category, a list of jobs) whose
    only prose is a line or two of blurb, or whose body is itself a list (headlines, products)
    with hardly a sentence: neither is a story."""
    if body.link_items < _INDEX_LINK_ITEMS:
        return None
    words = sum(len(p.split()) for p in body.paragraphs)
    if body.prose_words < _LIST_PROSE_WORDS or (body.prose_words < _FRAGMENT_WORDS and words < _FRAGMENT_WORDS):
        return f"an index page ({body.link_items} links to other pages; {body.prose_words} words of sentences)"
    return None


def not_an_article(sources: Sources, headings: tuple[str, ...], page_text: str, body: Body) -> str | None:
    """Why the page is not an article, or None when it is one (or may be)."""
    if reason := _error_page(sources, headings, body) or _consent_wall(page_text, body):
        return reason
    if _says_article(sources):
        return _index_page(body, says_article=True)
    return _declared_type(sources, body) or _index_page(body) or _link_index(body)
