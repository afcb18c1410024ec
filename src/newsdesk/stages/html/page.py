"""HTML to a draft record, or the reason the page is no article.

    html --parse (lexbor)--> blocks --body--> story paragraphs, captions, chrome removed
                                   \\--printed fields + metadata (JSON-LD, meta tags)--> header
                                   \\--verdict--> not an article?

Pure: a string in, a ``Draft`` or a ``Rejection`` out. Work per page is bounded: the HTML read is
capped at ``MAX_HTML_CHARS`` and the tree walk at ``blocks.MAX_NODES``; a page cut short says so
in ``found_by``.
"""

from __future__ import annotations

from dataclasses import replace

from selectolax.lexbor import LexborHTMLParser as HTMLParser

from newsdesk.model import Image
from newsdesk.stages.captions import Caption, merge_captions, read_caption
from newsdesk.stages.decode import Rejection
from newsdesk.stages.draft import Draft
from newsdesk.stages.html.blocks import Blocks, read_blocks
from newsdesk.stages.html.body import Body, find_body
from newsdesk.stages.html.printed import printed_fields
from newsdesk.stages.html.verdict import not_an_article
from newsdesk.stages.language import detect_language
from newsdesk.stages.metadata import read_metadata, read_sources
from newsdesk.stages.metadata.publisher import domain_of

__all__ = ["MAX_HTML_CHARS", "parse_html"]

MAX_HTML_CHARS = 40_000_000  # characters of a page that are parsed (lexbor reads 20 MB in ~0.2 s); the rest is cut
_IMAGE_META = ("og:image", "twitter:image")
_STREAMED = 'hidden id="S:'  # the mark of React's streamed content (checked on the raw page first)
_MAX_STREAMED = 500  # streamed parts moved per page


def _images(body: Body, lead_image: str | None) -> tuple[Image, ...]:
    captions = merge_captions(read_caption(text) or Caption(text, ()) for text in body.captions)
    images = [Image(caption=c.text or None, credits=c.credits) for c in captions if c.text or c.credits]
    if lead_image:
        if images and images[0].url is None:
            images[0] = Image(url=lead_image, caption=images[0].caption, credits=images[0].credits)
        else:
            images.insert(0, Image(url=lead_image))
    return tuple(images)


def _page_text(page: Blocks, limit: int = 20_000) -> str:
    """The first characters of the page's text, for the checks that read it whole."""
    out: list[str] = []
    size = 0
    for block in page.blocks:
        out.append(block.text)
        size += len(block.text) + 1
        if size > limit:
            break
    return "\n".join(out)


def _draft(body: Body, meta: Draft, lead_image: str | None, found_by: dict[str, str]) -> Draft:
    """The metadata draft with the story's body, images and removed chrome filled in."""
    return replace(
        meta,
        language=detect_language("\n\n".join(body.paragraphs)),
        paragraphs=body.paragraphs,
        images=_images(body, lead_image),
        removed=body.removed,
        found_by=found_by,
    )


def _streamed_in(tree: HTMLParser) -> None:
    """Content that a page streams in after its shell (React's streaming server rendering: a
    ``<div hidden id="S:0">`` at the end of the body that a script moves to the ``<template>``
    of a boundary, id "B:0", or of a segment, id "P:0") put where the reader sees it. Changes
    the tree in place."""
    for hidden in tree.css('div[hidden][id^="S:"]')[:_MAX_STREAMED]:
        number = (hidden.attributes.get("id") or "")[2:]
        if not (number.isascii() and number.isalnum()):  # React numbers them in hex ("S:1a")
            continue
        placeholder = tree.css_first(f'template[id="B:{number}"], template[id="P:{number}"]')
        if placeholder is None:
            continue
        del hidden.attrs["hidden"]
        placeholder.replace_with(hidden)  # lexbor inserts a copy
        hidden.decompose()


def parse_html(html: str, url: str | None = None, utf8: bytes | None = None) -> Draft | Rejection:
    """The draft of an HTML page, or a rejection saying why the page is not an article. ``utf8``:
    the page's text in UTF-8, when the caller holds it (the parser reads UTF-8 bytes: the text is
    then not encoded again)."""
    truncated = len(html) > MAX_HTML_CHARS
    whole = html if utf8 is None else utf8
    tree = HTMLParser(html[:MAX_HTML_CHARS] if truncated else whole)
    if _STREAMED in html:
        _streamed_in(tree)
    root = tree.body or tree.root
    if root is None:
        return Rejection("layout", "no-story", "the page has no body")
    sources = read_sources(tree, html)
    page = read_blocks(root, host=domain_of(url or sources.canonical or sources.first("og:url")))
    body = find_body(page)
    printed = printed_fields(page, body)
    meta = read_metadata(sources, printed, url)
    if reason := not_an_article(sources, printed.headings, _page_text(page), body):
        return Rejection("layout", "not-an-article", reason)
    found_by = {"text": "html:container", **meta.found_by}
    if truncated or page.truncated:
        found_by["text"] = "html:container (page cut at the per-page limit)"
    lead_image = next((v for name in _IMAGE_META if (v := sources.first(name))), None)
    return _draft(body, meta, lead_image, found_by)
