"""Boxes a heading opens: "Related stories", "You may also like", "About the author". The heading
names what follows it; the box is the highest element that the heading opens (whose first block
it is). Class names are not needed for these: the heading says what the box holds.

A box is taken only where it cannot be the story's own column: it holds no ``<h1>`` and its
heading comes after the headline and prose below it, or it holds little prose beside its teasers
(a "Popular posts" heading at the top of a column that holds the story opens no box of stories).
"""

from __future__ import annotations

import re

from newsdesk.stages.html.blocks import Blocks
from newsdesk.stages.html.weights import BlockKind, sum_up
from newsdesk.vocab.boilerplate import BOX_HEADINGS

__all__ = ["heading_boxes"]

# One pattern for all: a named group per kind of box.
_REASONS = {f"box{index}": reason for index, (reason, _pattern) in enumerate(BOX_HEADINGS)}
_HEADINGS = re.compile("|".join(f"(?P<box{i}>{pattern})" for i, (_r, pattern) in enumerate(BOX_HEADINGS)), re.I)
_HEADING_WORDS = 8  # a heading is short
_LINKED = 0.9  # a heading that is all link is a link to another page, not a box's title
_OWN_STORY_SHARE = 0.5  # a box's own prose against the page's prose outside it
_PROSE_BEFORE = 50  # words of prose between the h1 and a heading: what it opens comes after a story


def box_reason(text: str, words: int | None = None) -> str | None:
    """The kind of box a heading opens, or None when it opens none. ``words``: the text's word
    count, when known."""
    if (words if words is not None else len(text.split())) > _HEADING_WORDS:
        return None
    found = _HEADINGS.match(text.strip())
    return _REASONS[found.lastgroup] if found is not None and found.lastgroup else None


def _first_blocks(page: Blocks) -> list[int]:
    """Per element, the position of the first block inside it (a large number: none)."""
    first = [len(page.blocks)] * len(page.elements)
    for position, block in enumerate(page.blocks):
        element = block.owner
        while element >= 0 and first[element] > position:
            first[element] = position
            element = page.elements[element].parent
    return first


def _prose_after_headline(page: Blocks, prose: list[int], position: int) -> int:
    """Words of prose between the page's last ``<h1>`` above a position and the position."""
    start = next((p for p in range(position - 1, -1, -1) if page.blocks[p].tag == "h1"), None)
    return 0 if start is None else sum(prose[start:position])


def heading_boxes(page: Blocks, kinds: list[BlockKind], teasers: set[int]) -> dict[int, str]:
    """Element index -> reason for each box a heading opens."""
    candidates = [
        (p, reason)
        for p, (b, k) in enumerate(zip(page.blocks, kinds, strict=True))
        if k.words <= _HEADING_WORDS
        and k.link_density < _LINKED
        and b.owner >= 0
        and (reason := box_reason(b.text, k.words))
    ]
    if not candidates:
        return {}
    first = _first_blocks(page)
    prose = [k.words if k.prose and p not in teasers else 0 for p, k in enumerate(kinds)]
    own = sum_up(page, prose)
    headlines = sum_up(page, [1 if b.tag == "h1" else 0 for b in page.blocks])
    total = own[0] if own else 0.0
    boxes: dict[int, str] = {}
    for position, reason in candidates:
        element = page.blocks[position].owner
        while (parent := page.elements[element].parent) >= 0 and first[parent] == position:
            element = parent
        after_story = not headlines[element] and _prose_after_headline(page, prose, position) >= _PROSE_BEFORE
        if after_story or own[element] <= _OWN_STORY_SHARE * (total - own[element]):
            boxes[element] = reason
    return boxes
