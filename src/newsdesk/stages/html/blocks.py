"""An HTML tree read as a browser lays it out: a list of text blocks (the runs of text between
block-level boundaries), each with its element, its link text and the chrome mark it sits under.

One pass over the tree, iterative (no recursion limit on deep pages), with a cap on the number of
nodes visited so that a pathological page costs bounded work; the text after the cap is left out
and the page says so (``Blocks.truncated``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode as Node

from newsdesk.vocab.selectors import (
    BLOCK_TAGS,
    CHROME_ROLES,
    CHROME_TAGS,
    CHROME_WORDS,
    HIDDEN_CLASSES,
    INLINE_DROPPED,
    INLINE_TAGS,
    JOINED_CHROME,
    MODIFIER_PREFIXES,
    MODIFIER_SUFFIXES,
    PAGE_TAGS,
    PROPERTY_JOINERS,
    SKIPPED_TAGS,
    STORY_WORDS,
    STRONG_MARKS,
)

__all__ = [
    "MAX_NODES",
    "Block",
    "Blocks",
    "Element",
    "read_blocks",
]

MAX_NODES = 250_000  # nodes visited per page; far above any real page (a large one has ~20,000)
_MAX_ATTRIBUTE = 300  # characters of a class or id value that are read
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_WORD = re.compile(r"[a-z0-9]+")
# Roles of collapsed accordion and tab panels: content the reader opens, not hidden chrome.
COLLAPSED_TAGS = frozenset({"nav", "footer", "aside", "form", "menu"})
_HOLDS_STORY = "main, article, h1, [itemprop=articleBody], p"
_PANEL_ROLES = frozenset({"region", "tabpanel"})
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass(slots=True)
class Element:
    """An element of the tree: its tag, parent (an index into ``Blocks.elements``; -1 for the
    root), the chrome reason its own tag or attributes carry, and whether they name a story."""

    tag: str
    parent: int
    mark: str | None
    strong: bool  # the mark holds whatever the element holds
    story: bool
    body_prop: bool = False  # itemprop="articleBody": the publisher's own mark of the story


@dataclass(slots=True)
class Block:
    """A run of text between two block boundaries. ``owner`` is the innermost element holding
    it; ``marker`` the nearest element above it that carries a chrome mark (-1: none)."""

    text: str
    owner: int
    marker: int
    link_chars: int
    tag: str
    breaks: tuple[int, ...] = ()  # offsets in ``text`` where a <br> broke the line
    lead_link_chars: int = 0  # link characters before the first unlinked text: a headline link
    outbound_chars: int = 0  # link characters of links to other sites than the page's


@dataclass(slots=True)
class Blocks:
    elements: list[Element] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    truncated: bool = False


# Every first part a joined chrome word can be cut into ("read" of "readmore").
_JOIN_HEADS = frozenset(word[:cut] for word in JOINED_CHROME for cut in range(1, len(word)))


def _name_words(name: str) -> list[str]:
    """The lower-case words of one class or id name ("article-body__share" -> article, body,
    share), with adjacent pairs joined when they make one chrome word ("read-more" ->
    readmore). A name that states a property of the element rather than its role
    ("has-comments", "tag-politics", "modal-enabled", "ContainerWithSidebar") gives none."""
    if name.isascii() and name.isalnum() and name.islower():
        return [name]  # one plain word ("container", "row2"): most names, and nothing to split
    if not name.islower():  # islower: no capital, so no camelCase boundary either
        name = _CAMEL.sub("-", name).lower()
    parts = _WORD.findall(name)
    if len(parts) > 1 and (
        parts[0] in MODIFIER_PREFIXES or parts[-1] in MODIFIER_SUFFIXES or not PROPERTY_JOINERS.isdisjoint(parts[1:-1])
    ):
        return []
    if len(parts) > 1 and not _JOIN_HEADS.isdisjoint(parts[:-1]):  # most names hold no joined word
        parts.extend(a + b for a, b in itertools.pairwise(parts) if a + b in JOINED_CHROME)
    return parts


_Mark = tuple[str | None, bool, bool, bool]  # chrome reason, strong, story, itemprop articleBody
_NO_ATTRIBUTES: _Mark = (None, False, False, False)
_MARK_ATTRIBUTES = frozenset({"class", "id", "role", "itemprop", "hidden", "aria-hidden", "style"})
_MARKS: dict[tuple[str, ...], _Mark] = {}  # the same class values recur on a page and across pages
_NAME_ROLES: dict[str, tuple[bool, str | None]] = {}  # and single class names recur more still
_MAX_CACHED_MARKS = 20_000


def _attribute_mark(attributes: dict[str, str | None], tag: str) -> _Mark:
    """The chrome mark of an element's tag and attributes (cached: most elements repeat)."""
    if tag not in PAGE_TAGS and attributes.keys().isdisjoint(_MARK_ATTRIBUTES):
        return _NO_ATTRIBUTES  # a link's href, an image's alt: nothing that marks chrome
    style = attributes.get("style") or ""
    key = (
        tag,
        attributes.get("class") or "",
        attributes.get("id") or "",
        (attributes.get("role") or "").lower(),
        (attributes.get("itemprop") or "").lower(),
        "hidden" if "hidden" in attributes or attributes.get("aria-hidden") == "true" else "",
        "none" if style and ("none" in style or "hidden" in style) and _HIDDEN_STYLE.search(style) else "",
    )
    found = _MARKS.get(key)
    if found is None:
        if len(_MARKS) >= _MAX_CACHED_MARKS:
            _MARKS.clear()  # memory stays flat over long runs
        found = _MARKS[key] = _read_mark(*key)
    return found


def _read_mark(tag: str, classes: str, ident: str, role: str, itemprop: str, hidden: str, style: str) -> _Mark:
    """The chrome reason an element's attributes carry, whether that mark is strong (holds
    whatever the element holds), whether they name a story container, and whether the element
    is the publisher's articleBody. The page's own containers (body, main) describe the whole
    page, never one part of it."""
    if itemprop == "articlebody":
        return None, False, True, True
    if tag in PAGE_TAGS:
        return None, False, True, False
    hidden_class = classes and not HIDDEN_CLASSES.isdisjoint(classes.lower().split())
    if (hidden or style or hidden_class) and role not in _PANEL_ROLES:
        return "hidden", True, False, False
    if role in CHROME_ROLES:
        return CHROME_ROLES[role], CHROME_ROLES[role] in STRONG_MARKS, False, False
    story = role in ("main", "article")
    chrome: str | None = None
    for name in f"{classes} {ident}"[:_MAX_ATTRIBUTE].split():
        says_story, says_chrome = _name_roles(name)
        story = story or says_story
        chrome = chrome or says_chrome
    if chrome is not None:
        # "article-comments" is chrome, but an element whose names also say story
        # ("entry-content-more", "content-area theme-sidebar") is a weak mark: it gives way to
        # paragraphs of prose.
        return chrome, chrome in STRONG_MARKS and not story, story, False
    return None, False, story, False


def _name_roles(name: str) -> tuple[bool, str | None]:
    """Whether one class name says story, and the chrome reason it says (cached per name: the
    same names recur on a page and across pages)."""
    found = _NAME_ROLES.get(name)
    if found is None:
        if len(_NAME_ROLES) >= _MAX_CACHED_MARKS:
            _NAME_ROLES.clear()  # memory stays flat over long runs
        words = _name_words(name)
        chrome = None
        if not CHROME_WORDS.keys().isdisjoint(words):  # most names hold no chrome word
            chrome_at = next(i for i, w in enumerate(words) if w in CHROME_WORDS)
            chrome = CHROME_WORDS[words[chrome_at]]
            if chrome == "comments":
                words = words[:chrome_at]  # "comment-body", "comment-content": the body of a comment
        found = _NAME_ROLES[name] = (not STORY_WORDS.isdisjoint(words), chrome)
    return found


class _Reader:
    """The state of one pass: the open elements, the text gathered since the last boundary."""

    def __init__(self, host: str | None = None) -> None:
        self.out = Blocks()
        self.host = host
        self.outbound: list[bool] = []  # per open link, whether it leads to another site
        self.outbound_chars = 0
        self.parts: list[str] = []
        self.breaks: list[int] = []
        self.link_chars = 0
        self.lead_link_chars = 0
        self.lead_open = True
        self.owner_stack: list[int] = []  # block-level (or marked) elements, innermost last
        self.marker_stack: list[int] = [-1]

    def flush(self) -> None:
        if not self.parts:
            return
        raw = "".join(self.parts)
        self.parts = []
        text, breaks = _normalise(raw, self.breaks)
        self.breaks = []
        links, self.link_chars = self.link_chars, 0
        outbound, self.outbound_chars = self.outbound_chars, 0
        lead, self.lead_link_chars, self.lead_open = self.lead_link_chars, 0, True
        if text.strip(_INVISIBLE):
            owner = self.owner_stack[-1] if self.owner_stack else -1
            tag = self.out.elements[owner].tag if owner >= 0 else "html"
            links = min(links, len(text))
            block = Block(
                text, owner, self.marker_stack[-1], links, tag, breaks, min(lead, links), min(outbound, links)
            )
            self.out.blocks.append(block)

    def add_break(self) -> None:
        self.breaks.append(sum(len(p) for p in self.parts))
        self.parts.append(" ")

    def add_text(self, text: str, in_link: bool) -> None:
        self.parts.append(text)
        if in_link:
            size = len(text.strip())
            self.link_chars += size
            if self.outbound and self.outbound[-1]:
                self.outbound_chars += size
            if self.lead_open:
                self.lead_link_chars += size
        elif self.lead_open and not text.isspace():
            self.lead_open = False

    def open(self, node: Node, tag: str, parent: int) -> tuple[int, bool]:
        """Register an element; returns its index and whether it starts a block (index -1: the
        element is left out, with all it holds)."""
        attributes = node.attributes
        mark, strong, story, body_prop = _attribute_mark(attributes, tag) if attributes else _NO_ATTRIBUTES
        if tag in CHROME_TAGS and not body_prop:
            mark, strong = CHROME_TAGS[tag], CHROME_TAGS[tag] in STRONG_MARKS
        elif mark is not None and tag in INLINE_TAGS:
            # Inside a line, a marked link or span is part of the sentence ("<a class=tag>Doobie
            # Brothers</a> will tour"), unless its mark says it is not there at all.
            if mark in INLINE_DROPPED:
                return -1, False
            mark = None
        index = len(self.out.elements)
        self.out.elements.append(Element(tag, parent, mark, strong, story or body_prop, body_prop))
        if tag == "a":
            self.outbound.append(_leads_away(attributes.get("href"), self.host))
        is_block = tag in BLOCK_TAGS or mark is not None
        if is_block:
            if self.parts:
                self.flush()
            self.owner_stack.append(index)
        self.marker_stack.append(index if mark is not None else self.marker_stack[-1])
        return index, is_block

    def close_link(self) -> None:
        if self.outbound:
            self.outbound.pop()

    def close(self, is_block: bool) -> None:
        if is_block:
            if self.parts:
                self.flush()
            self.owner_stack.pop()
        self.marker_stack.pop()


# Characters with no width that str.split() keeps: a block of them alone is empty to a reader.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad "


def _normalise(raw: str, breaks: list[int]) -> tuple[str, tuple[int, ...]]:
    """White space collapsed; line breaks (<br>) kept as offsets into the collapsed text."""
    if not breaks:
        return " ".join(raw.split()), ()
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for cut in [*breaks, len(raw)]:
        piece = " ".join(raw[last:cut].split())
        last = cut
        if piece:
            if pieces:
                offsets.append(sum(len(p) + 1 for p in pieces))
            pieces.append(piece)
    return " ".join(pieces), tuple(offsets)


def _leads_away(href: str | None, host: str | None) -> bool:
    """True when a link leads to another site than the page's (``host``, without "www.")."""
    if not host or not href or not href.startswith(("http://", "https://", "//")):
        return False
    target = href.split("/", 3)[2].split(":", 1)[0].lower().removeprefix("www.")
    return not (target == host or target.endswith("." + host) or host.endswith("." + target))


def read_blocks(root: Node, max_nodes: int = MAX_NODES, host: str | None = None) -> Blocks:
    """The text blocks under ``root`` in document order.

    ``host`` is the page's site (without "www."): links elsewhere are counted apart.

    One depth-first walk over the tree, iterative (no recursion limit on deep pages): each open
    element keeps the iterator over its children, and closes when that iterator runs out.
    Skipped elements (scripts, media, controls) and the inline elements dropped by their mark are
    never entered, so their contents cost nothing. (One loop with local names: this walk is the
    extractor's hottest code.)
    """
    reader = _Reader(host)
    open_element, close_element, add_text = reader.open, reader.close, reader.add_text
    # The open elements, innermost last: the children left to walk in their parent, their index,
    # whether they start a block and whether they are a link.
    stack: list[tuple[Iterator[Node], int, bool, bool]] = []
    children: Iterator[Node] = iter((root,))
    current = -1  # the innermost open element
    link_depth = 0
    visited = 0
    while True:
        node = next(children, None)
        if node is None:  # the innermost open element has no more children: it closes
            if not stack:
                break
            children, _index, is_block, is_link = stack.pop()
            current = stack[-1][1] if stack else -1
            close_element(is_block)
            if is_link:
                link_depth -= 1
                reader.close_link()
            continue
        visited += 1
        if visited > max_nodes:
            reader.out.truncated = True
            break
        tag = node.tag or ""
        if tag == "-text":
            text = node.text_content or ""
            if not text.isspace():
                add_text(text, link_depth > 0)
            elif reader.parts:  # white space between tags: one space, as the normaliser would make it
                reader.parts.append(" ")
        elif tag == "br":
            reader.add_break()
        elif tag[:1] != "-" and tag not in SKIPPED_TAGS:
            index, is_block = open_element(node, tag, current)
            if index >= 0 and tag in COLLAPSED_TAGS and node.css_first(_HOLDS_STORY) is None:
                # Navigation, footers, asides and forms are read whole: one block, not a walk.
                reader.add_text(node.text(deep=True, separator=" "), True)
                close_element(is_block)
            elif index >= 0:
                is_link = tag == "a"
                link_depth += is_link
                stack.append((children, index, is_block, is_link))
                children = node.iter(include_text=True)
                current = index
    while stack:
        close_element(stack.pop()[2])
    reader.flush()
    return reader.out
