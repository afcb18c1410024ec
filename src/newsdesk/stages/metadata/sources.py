"""What a page states about itself, read once from its tree: JSON-LD items, meta tags, the title,
the canonical link, ``<time>`` elements and microdata. Plain values (strings, dicts), so that the
field choosers (title, authors, dates, publisher) are pure functions of these sources.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from typing import Any

from selectolax.lexbor import LexborHTMLParser as HTMLParser
from selectolax.lexbor import LexborNode as Node

from newsdesk.vocab.selectors import ARTICLE_TYPES

__all__ = ["Sources", "clean_text", "ld_types", "read_sources"]

_MAX_JSON_LD = 2_000_000  # characters of one JSON-LD script that are parsed
_MAX_ITEMS = 200  # JSON-LD objects read per page
_MAX_META = 500  # meta tags read per page
_MAX_TIMES = 50  # <time> elements read per page
_WHITE = re.compile(r"\s+")
_AUTHOR_LINKS = 'a[rel="author"], a[href*="/author/"], a[href*="/authors/"]'
_MAX_AUTHOR_LINKS = 6
_WORK_TYPES = frozenset({"recipe", "howto", "creativework", "videoobject", "podcastepisode", "course"})
_UPDATE_LABEL = re.compile(r"^\W*(?:last\s+)?(?:updated|modified)\b", re.IGNORECASE)
# "datePublished": "2023-12-05T03:51:59Z", its quotes plain, escaped (\") or as entities (&quot;).
_QUOTE = r'(?:"|\\"|&quot;|&#34;)'
_EMBEDDED_DATE = re.compile(rf"{_QUOTE}datePublished{_QUOTE}\s*:\s*{_QUOTE}([0-9][0-9T:.+\-Z ]{{9,34}}){_QUOTE}")


@dataclass(frozen=True)
class Sources:
    """The page's own statements about itself. ``meta`` maps a lower-cased meta name, property
    or itemprop to its values in page order; ``article`` is the JSON-LD item that describes the
    page's story (or an empty dict); ``items`` every JSON-LD object found."""

    article: dict[str, Any] = field(default_factory=dict)
    items: tuple[dict[str, Any], ...] = ()
    meta: dict[str, tuple[str, ...]] = field(default_factory=dict)
    title: str | None = None
    canonical: str | None = None
    language: str | None = None
    # (datetime attribute, visible text, marked as an update) of <time> elements
    times: tuple[tuple[str, str, bool], ...] = ()
    microdata: dict[str, tuple[str, ...]] = field(default_factory=dict)
    author_links: tuple[str, ...] = ()  # texts of links to author pages, in page order
    item_types: frozenset[str] = frozenset()  # lower-cased schema.org types of microdata items
    # The one datePublished that the page's embedded app state holds (JSON in a script or in an
    # attribute, escaped or not), when the page holds exactly one: several date other stories.
    embedded_published: str | None = None

    def first(self, *names: str) -> str | None:
        """The first non-empty value of the first meta name that has one."""
        for name in names:
            for value in self.meta.get(name, ()):
                if value:
                    return value
        return None


def clean_text(value: Any) -> str | None:
    """A metadata string with entities decoded and white space collapsed; None when empty."""
    if value is None or isinstance(value, dict | list):
        return None
    text = _WHITE.sub(" ", html.unescape(html.unescape(str(value)))).strip()
    return text or None


def ld_types(item: dict[str, Any]) -> set[str]:
    """The lower-cased schema.org types of a JSON-LD item."""
    raw = item.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    return {str(v).rsplit("/", 1)[-1].lower() for v in values if v}


def _json_items(scripts: list[Node]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    for node in scripts:
        raw = (node.text() or "").strip()[:_MAX_JSON_LD]
        try:
            data = json.loads(raw, strict=False)
        except ValueError:
            continue
        stack: list[Any] = [data]
        while stack and len(items) < _MAX_ITEMS:
            item = stack.pop(0)
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                items.append(item)
                graph = item.get("@graph")
                stack.extend(graph if isinstance(graph, list) else [graph] if isinstance(graph, dict) else [])
                main = item.get("mainEntity")
                if isinstance(main, dict):
                    stack.append(main)
    return items


def _article_item(items: list[dict[str, Any]]) -> dict[str, Any]:
    """The JSON-LD item that describes the story: an article type, the one with the most fields."""
    articles = [i for i in items if ld_types(i) & ARTICLE_TYPES]
    if not articles:
        pages = [i for i in items if "webpage" in ld_types(i) and ("headline" in i or "datePublished" in i)]
        articles = pages
    if not articles:  # another work the page publishes (a recipe, a how-to) carries its dates
        articles = [i for i in items if ld_types(i) & _WORK_TYPES and "datePublished" in i]
    return max(articles, key=len) if articles else {}


@dataclass
class _Tagged:
    """The elements the sources are read from, each kind in page order (one walk of the tree)."""

    metas: list[Node] = field(default_factory=list)  # the first 500
    times: list[Node] = field(default_factory=list)  # the first 50
    title: Node | None = None  # the first
    json_ld: list[Node] = field(default_factory=list)
    author_links: list[Node] = field(default_factory=list)  # the first 6 (a link two rules match: twice)


_TAGGED = f'meta, time, title, script[type="application/ld+json"], {_AUTHOR_LINKS}'


def _by_tag(tree: HTMLParser) -> _Tagged:
    found = _Tagged()
    for node in tree.css(_TAGGED):
        tag = node.tag
        if tag == "meta":
            if len(found.metas) < _MAX_META:
                found.metas.append(node)
        elif tag == "time":
            if len(found.times) < _MAX_TIMES:
                found.times.append(node)
        elif tag == "title":
            if found.title is None:
                found.title = node
        elif tag == "script":
            found.json_ld.append(node)
        elif len(found.author_links) < _MAX_AUTHOR_LINKS:
            found.author_links.append(node)
    return found


def _meta_tags(metas: list[Node]) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for node in metas:
        attributes = node.attributes
        content = attributes.get("content")
        if content is None:
            continue
        for key in ("property", "name", "itemprop", "http-equiv"):
            name = attributes.get(key)
            if name:
                found.setdefault(name.strip().lower(), []).append(content.strip())
    return {k: tuple(v) for k, v in found.items()}


def _microdata(tree: HTMLParser) -> tuple[dict[str, tuple[str, ...]], frozenset[str]]:
    """Values of author, date and headline microdata that are not meta tags, and the schema.org
    types the page's items declare (itemtype="https://schema.org/Product"): one walk for both."""
    found: dict[str, list[str]] = {}
    types: set[str] = set()
    props = kinds = 0
    seen: set[int] = set()
    for node in tree.css("[itemprop], [itemtype]"):
        if node.mem_id in seen:  # lexbor gives a node that matches both selectors twice
            continue
        seen.add(node.mem_id)
        attributes = node.attributes
        if "itemtype" in attributes and kinds < _MAX_META:
            kinds += 1
            types.update(url.rstrip("/").rsplit("/", 1)[-1].lower() for url in (attributes["itemtype"] or "").split())
        if "itemprop" not in attributes or props >= _MAX_META:
            continue
        props += 1
        if node.tag != "meta" and (item := _microdata_value(node, attributes)) is not None:
            found.setdefault(item[0], []).append(item[1])
    return {k: tuple(v) for k, v in found.items()}, frozenset(types)


def _microdata_value(node: Node, attributes: dict[str, str | None]) -> tuple[str, str] | None:
    name = (attributes.get("itemprop") or "").strip().lower()
    if name not in ("author", "creator", "name", "datepublished", "datemodified", "headline"):
        return None
    value = attributes.get("datetime") or attributes.get("content") or node.text(separator=" ")
    if name == "name":
        parent = node.parent
        owner = (parent.attributes.get("itemprop") or "").lower() if parent is not None else ""
        if owner not in ("author", "creator"):
            return None
        name = "author"
    text = clean_text(value) if value else None
    return (name, text) if text else None


def _marks_update(node: Node) -> bool:
    """True when a ``<time>`` element, or the label printed before it, says it dates an update
    (itemprop="dateModified", "Updated" in its parent's own text). Class names are no evidence:
    hAtom themes mark every date "updated"."""
    if (node.attributes.get("itemprop") or "").lower() == "datemodified":
        return True
    parent = node.parent
    label = (parent.text(deep=False) if parent is not None else "") or ""
    return _UPDATE_LABEL.match(label) is not None


def embedded_published(raw: str) -> str | None:
    """The value of the page's only ``datePublished`` key, wherever in its source it stands
    (a framework's state in a script or a ``data-`` attribute); None when there is none or more
    than one."""
    if raw.count("datePublished") != 1:
        return None
    at = raw.index("datePublished")
    found = _EMBEDDED_DATE.search(raw[max(0, at - 6) : at + 80])  # the key's quotes and its value
    return found.group(1) if found else None


def read_sources(tree: HTMLParser, raw: str = "") -> Sources:
    """Every statement the page makes about itself, read from its tree (and ``raw``, its
    source, for state that a script holds as text)."""
    tagged = _by_tag(tree)
    items = _json_items(tagged.json_ld)
    microdata, item_types = _microdata(tree)
    title_node = tagged.title
    canonical = tree.css_first('link[rel="canonical"]')
    root = tree.css_first("html")
    times = tuple(
        (n.attributes.get("datetime") or "", clean_text(n.text(separator=" ")) or "", _marks_update(n))
        for n in tagged.times
    )
    return Sources(
        article=_article_item(items),
        items=tuple(items),
        meta=_meta_tags(tagged.metas),
        title=clean_text(title_node.text()) if title_node is not None else None,
        canonical=(canonical.attributes.get("href") or None) if canonical is not None else None,
        language=(root.attributes.get("lang") or None) if root is not None else None,
        times=times,
        microdata=microdata,
        item_types=item_types,
        author_links=tuple(t for n in tagged.author_links if (t := clean_text(n.text()))),
        embedded_published=embedded_published(raw),
    )
