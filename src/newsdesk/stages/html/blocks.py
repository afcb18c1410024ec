"""An HTML tree read as a browser lays it out: a list of text blocks (the runs of text between
block-level boundaries), each with its element, its link text and the chrome mark it sits under.

One pass over the tree, iterative (no recursion limit on deep pages), with a cap on the number of
nodes visited so that a pathological page costs bounded work; the text after the cap is left out
and the page says so (``Blocks.truncated``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborNode as Node

from newsdesk.vocab.selectors import (
    BLOCK_TAGS,
    CHROME_ROLES,
    CHROME_TAGS,
    CHROME_WORDS,
    HIDDEN_CLASSES,
    JOINED_CHROME,
    MODIFIER_PREFIXES,
    PAGE_TAGS,
    SKIPPED_TAGS,
    STORY_WORDS,
)

__all__ = ["MAX_NODES", "Block", "Blocks", "Element", "class_words", "read_blocks"]

MAX_NODES = 250_000  # nodes visited per page; far above any real page (a large one has ~20,000)
_MAX_ATTRIBUTE = 300  # characters of a class or id value that are read
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_SPLIT = re.compile(r"[^a-z0-9]+")
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)


@dataclass(slots=True)
class Element:
    """An element of the tree: its tag, parent (an index into ``Blocks.elements``; -1 for the
    root), the chrome reason its own tag or attributes carry, and whether they name a story."""

    tag: str
    parent: int
    mark: str | None
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


@dataclass(slots=True)
class Blocks:
    elements: list[Element] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    truncated: bool = False


def class_words(value: str) -> list[str]:
    """The lower-case words of a class or id value, with adjacent pairs joined when they make one
    chrome word ("read-more" -> readmore). Classes that state a property of the element rather
    than its role ("has-comments", "tag-politics", "category-news") give no words."""
    words: list[str] = []
    for name in value[:_MAX_ATTRIBUTE].split():
        parts = [w for w in _SPLIT.split(_CAMEL.sub("-", name).lower()) if w]
        if len(parts) > 1 and parts[0] in MODIFIER_PREFIXES:
            continue
        words.extend(parts)
        words.extend(a + b for a, b in zip(parts, parts[1:], strict=False) if a + b in JOINED_CHROME)
    return words


def _attribute_mark(attributes: dict[str, str | None], tag: str) -> tuple[str | None, bool]:
    """The chrome reason an element's attributes carry, and whether they name a story container.
    The page's own containers (body, main) describe the whole page, never one part of it."""
    if tag in PAGE_TAGS:
        return None, True
    if "hidden" in attributes:
        return "hidden", False
    style = attributes.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return "hidden", False
    if attributes.get("aria-hidden") == "true":
        return "hidden", False
    role = (attributes.get("role") or "").lower()
    if role in CHROME_ROLES:
        return CHROME_ROLES[role], False
    classes = attributes.get("class") or ""
    if classes and any(c in HIDDEN_CLASSES for c in classes.lower().split()):
        return "hidden", False
    words = class_words(classes + " " + (attributes.get("id") or ""))
    story = role in ("main", "article") or any(w in STORY_WORDS for w in words)
    for word in words:
        if word in CHROME_WORDS:
            return CHROME_WORDS[word], story
    return None, story


class _Reader:
    """The state of one pass: the open elements, the text gathered since the last boundary."""

    def __init__(self) -> None:
        self.out = Blocks()
        self.parts: list[str] = []
        self.breaks: list[int] = []
        self.link_chars = 0
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
        if text:
            owner = self.owner_stack[-1] if self.owner_stack else -1
            tag = self.out.elements[owner].tag if owner >= 0 else "html"
            self.out.blocks.append(Block(text, owner, self.marker_stack[-1], min(links, len(text)), tag, breaks))

    def open(self, node: Node, parent: int) -> tuple[int, bool]:
        """Register an element; returns its index and whether it starts a block."""
        tag = node.tag or ""
        mark, story = _attribute_mark(node.attributes, tag) if node.attributes else (None, False)
        mark = CHROME_TAGS.get(tag) or mark
        body_prop = (node.attributes.get("itemprop") or "").lower() == "articlebody" if node.attributes else False
        if body_prop:
            mark = None
        index = len(self.out.elements)
        self.out.elements.append(Element(tag, parent, mark, story or body_prop, body_prop))
        is_block = tag in BLOCK_TAGS or mark is not None
        if is_block:
            self.flush()
            self.owner_stack.append(index)
        self.marker_stack.append(index if mark is not None else self.marker_stack[-1])
        return index, is_block

    def close(self, is_block: bool) -> None:
        if is_block:
            self.flush()
            self.owner_stack.pop()
        self.marker_stack.pop()


def _normalise(raw: str, breaks: list[int]) -> tuple[str, tuple[int, ...]]:
    """White space collapsed; line breaks (<br>) kept as offsets into the collapsed text."""
    if not breaks:
        return " ".join(raw.split()), ()
    pieces, offsets, last = [], [], 0
    for cut in [*breaks, len(raw)]:
        piece = " ".join(raw[last:cut].split())
        last = cut
        if piece:
            if pieces:
                offsets.append(sum(len(p) + 1 for p in pieces))
            pieces.append(piece)
    return " ".join(pieces), tuple(offsets)


def read_blocks(root: Node, max_nodes: int = MAX_NODES) -> Blocks:
    """The text blocks under ``root`` in document order."""
    reader = _Reader()
    visited = 0
    link_depth = 0
    # Each frame: (children iterator, element index, starts a block, is a link).
    stack: list[tuple[object, int, bool, bool]] = []
    index, is_block = reader.open(root, -1)
    stack.append((iter(root.iter(include_text=True)), index, is_block, False))
    while stack:
        children, parent, _block, _link = stack[-1]
        child: Node | None = next(children, None)  # type: ignore[call-overload]
        if child is None:
            stack.pop()
            reader.close(_block)
            link_depth -= _link
            continue
        visited += 1
        if visited > max_nodes:
            reader.out.truncated = True
            break
        tag = child.tag
        if tag == "-text":
            text = child.text_content or ""
            reader.parts.append(text)
            if link_depth:
                reader.link_chars += len(text.strip())
        elif tag == "br":
            reader.breaks.append(sum(len(p) for p in reader.parts))
            reader.parts.append(" ")
        elif tag and tag[0] != "-" and tag not in SKIPPED_TAGS:
            index, is_block = reader.open(child, parent)
            is_link = tag == "a"
            link_depth += is_link
            stack.append((iter(child.iter(include_text=True)), index, is_block, is_link))
    reader.flush()
    return reader.out
