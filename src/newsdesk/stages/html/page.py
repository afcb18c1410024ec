"""HTML to a draft record: the page is flattened to lines along its block elements, with the parts
that are never story (scripts, navigation, forms, asides, footers) dropped, then read by the same
layout rules as a flattened page; metadata comes from JSON-LD and meta tags first."""

from __future__ import annotations

import json
import re
from dataclasses import replace
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from newsdesk.stages.bylines import clean_author, is_agency
from newsdesk.stages.dates import parse_date
from newsdesk.stages.draft import Draft
from newsdesk.stages.flat.layout import parse_flat

__all__ = ["flatten", "parse_html"]

_DROP = "script, style, noscript, svg, template, iframe, nav, footer, aside, form, button, select, header nav"
_BLOCKS = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "blockquote",
    "figcaption",
    "section",
    "article",
    "header",
    "main",
    "br",
    "tr",
    "pre",
    "dd",
    "dt",
    "time",
    "figure",
    "ul",
    "ol",
    "table",
}


def _walk(node: Node, out: list[str]) -> None:
    for child in node.iter(include_text=True):
        if child.tag == "-text":
            out.append(child.text(deep=False) or "")
        elif child.tag in _BLOCKS:
            out.append("\n\n")
            _walk(child, out)
            out.append("\n\n")
        else:
            _walk(child, out)


def flatten(tree: HTMLParser) -> str:
    """The page's visible text, one block element a paragraph."""
    for node in tree.css(_DROP):
        node.decompose()
    root = tree.body or tree.root
    if root is None:
        return ""
    parts: list[str] = []
    _walk(root, parts)
    text = "".join(parts)
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _json_ld(tree: HTMLParser) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            data = json.loads(node.text() or "")
        except ValueError:
            continue
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop()
            if isinstance(item, dict):
                items.append(item)
                stack.extend(v for v in item.get("@graph", []) if isinstance(v, dict))
            elif isinstance(item, list):
                stack.extend(item)
    return [i for i in items if re.search(r"Article|Posting|Report", str(i.get("@type", "")))]


def _meta(tree: HTMLParser, *names: str) -> str | None:
    for name in names:
        node = tree.css_first(f'meta[property="{name}"], meta[name="{name}"], meta[itemprop="{name}"]')
        if node is not None and (value := (node.attributes.get("content") or "").strip()):
            return value
    return None


def _ld_authors(item: dict[str, Any]) -> list[str]:
    raw = item.get("author") or []
    raw = raw if isinstance(raw, list) else [raw]
    names = [(a.get("name") if isinstance(a, dict) else a) for a in raw]
    return [n for n in (clean_author(str(x)) for x in names if x) if n and not is_agency(n)]


def _metadata(tree: HTMLParser) -> dict[str, Any]:
    ld = _json_ld(tree)
    item = ld[0] if ld else {}
    publisher = item.get("publisher")
    title = item.get("headline") or _meta(tree, "og:title", "twitter:title")
    published = item.get("datePublished") or _meta(tree, "article:published_time", "datePublished", "pubdate")
    modified = item.get("dateModified") or _meta(tree, "article:modified_time", "dateModified")
    return {
        "headline": title,
        "authors": _ld_authors(item) or [a for a in [clean_author(_meta(tree, "author") or "")] if a],
        "published": parse_date(str(published)) if published else None,
        "modified": parse_date(str(modified)) if modified else None,
        "publisher": (publisher.get("name") if isinstance(publisher, dict) else None) or _meta(tree, "og:site_name"),
        "url": _meta(tree, "og:url"),
        "standfirst": item.get("description") or _meta(tree, "og:description", "description"),
    }


def parse_html(html: str, url: str | None = None) -> Draft:
    """The draft of an HTML page: structured metadata first, the layout of its text for the rest."""
    tree = HTMLParser(html)
    meta = _metadata(tree)
    from newsdesk.stages.html.blocks import read_blocks
    from newsdesk.stages.html.body import find_body
    body = find_body(read_blocks(tree.body or tree.root))
    draft = Draft(paragraphs=body.paragraphs, removed=body.removed, found_by={"text": "html:container"})
    found_by = dict(draft.found_by)
    updates: dict[str, Any] = {}
    for name in ("headline", "publisher"):
        if meta[name]:
            updates[name] = str(meta[name]).strip()
            found_by[name] = "html:metadata"
    if meta["authors"]:
        updates["authors"], found_by["authors"] = tuple(meta["authors"]), "html:metadata"
    for name in ("published", "modified"):
        if meta[name] is not None:
            updates[name], found_by[name] = meta[name].iso, "html:metadata"
    updates["url"] = url or meta["url"]
    return replace(draft, found_by=found_by, **updates)
