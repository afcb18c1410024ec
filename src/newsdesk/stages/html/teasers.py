"""Teasers: the prose of cards that lead to other pages ("Headline" linked, a line of summary).
A page that repeats such cards is an index, or a story with boxes of other stories around it;
either way the teasers are not this page's story."""

from __future__ import annotations

from newsdesk.stages.html.blocks import Block, Blocks
from newsdesk.stages.html.weights import BlockKind, sum_up

__all__ = ["find_teasers", "story_beside"]

_LINKY = 0.6  # link characters over text characters above which a block is a link
_CARD_DEPTH = 3  # elements climbed from a teaser's text to its linked headline
_CARDS_FOR_A_LIST = 3  # teaser cards a page must repeat before any is taken for one
_LEAD_LINK_SHARE = 0.15  # share of a block's characters in its leading link that make it a teaser
_LEAD_LINK_CHARS = 20  # characters of a leading link that can be a headline ("Click here" is none)
_STORY_BESIDE_TEASERS = 100  # prose words a page must hold beside its teasers for them to count
_TEASER_WORDS = 60  # a teaser is a line or two of summary; a longer paragraph under a linked
# heading is an item of the story itself (a listicle's "1. Company name" and its review)


def find_teasers(page: Blocks, kinds: list[BlockKind], chrome: list[bool]) -> set[int]:
    """Blocks of prose that are teasers of other pages, where the page repeats them: prose led by
    a link to another page ("<a>Headline</a> WASHINGTON: The..."), or the only prose in a card
    whose linked headline comes before it (climbing at most three elements up to find it).
    A story's paragraphs share their container with each other, and do not start with links.
    """
    prose = sum_up(page, [1 if k.prose else 0 for k in kinds])
    first_link = _first_linked(page, kinds)
    found: set[int] = set()
    for position, (block, kind) in enumerate(zip(page.blocks, kinds, strict=True)):
        if not kind.prose or block.owner < 0 or chrome[position] or kind.words > _TEASER_WORDS:
            continue
        if _home_links(block) and block.lead_link_chars >= max(_LEAD_LINK_CHARS, _LEAD_LINK_SHARE * len(block.text)):
            found.add(position)
            continue
        element = block.owner
        for _level in range(_CARD_DEPTH):
            if element < 0 or prose[element] > 1:
                break
            if first_link[element] < position:
                found.add(position)
                break
            element = page.elements[element].parent
    return found if len(found) >= _CARDS_FOR_A_LIST else set()


def story_beside(kinds: list[BlockKind], chrome: list[bool], teasers: set[int]) -> bool:
    """True when the page holds enough prose beside its teasers for them to be set aside."""
    rest = sum(k.words for i, k in enumerate(kinds) if k.prose and i not in teasers and not chrome[i])
    return rest >= _STORY_BESIDE_TEASERS


def _home_links(block: Block) -> bool:
    """True when a block's links lead mostly within the page's own site: a card that links to
    another site is an item of a roundup ("10 projects from around the web"), not a teaser of
    one of this site's stories."""
    return block.outbound_chars * 2 < max(1, block.link_chars)


def _first_linked(page: Blocks, kinds: list[BlockKind]) -> list[int]:
    """Per element, the position of the first link-dense block inside it (a large number: none)."""
    first = [len(page.blocks)] * len(page.elements)
    for position, (block, kind) in enumerate(zip(page.blocks, kinds, strict=True)):
        if kind.link_density < _LINKY or kind.words < 2 or not _home_links(block):
            continue
        element = block.owner
        while element >= 0 and first[element] > position:
            first[element] = position
            element = page.elements[element].parent
    return first
