"""What the blocks of a page weigh: each block's words, link density and whether it reads as
prose, and the totals of any per-block weight for every element above the blocks."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.stages.html.blocks import Block, Blocks

__all__ = ["BlockKind", "classify", "is_prose_block", "sum_up"]

_SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]]\s*$")
_PROSE_LINKS = 0.5  # prose may link, as roundups do ("<a>Headline.</a> What happened.")


def sum_up(page: Blocks, weights: list[float] | list[int]) -> list[float]:
    """Per element, the total weight of the blocks inside it (one weight per block).

    Each block's weight goes to its element, then each element's total to its parent, last element
    first: an element comes after its parent in ``elements``, so its total is whole when passed on."""
    totals = [0.0] * len(page.elements)
    for block, weight in zip(page.blocks, weights, strict=True):
        if weight and block.owner >= 0:
            totals[block.owner] += weight
    elements = page.elements
    for index in range(len(elements) - 1, 0, -1):
        total = totals[index]
        if total:  # most elements hold nothing of most weights
            parent = elements[index].parent
            if parent >= 0:
                totals[parent] += total
    return totals


@dataclass(frozen=True, slots=True)
class BlockKind:
    """What one block weighs: its words, link density, and whether it reads as prose."""

    words: int
    link_density: float
    prose: bool


def is_prose_block(text: str, words: int, link_density: float, split: list[str] | None = None) -> bool:
    """A block of sentences: enough words, few of them links, mostly lower case, ending like a
    sentence (or long enough not to need to). ``split`` is the text's words, when known."""
    if words < 8 or link_density > _PROSE_LINKS:
        return False
    # (a list counts faster than a generator; str.split() gives no empty word, so w[0] exists)
    lower = len([w for w in split or text.split() if w[0].islower()])
    if lower < words * 0.4:
        return False
    return words >= 25 or bool(_SENTENCE_END.search(text))


def classify(block: Block) -> BlockKind:
    """The weight of a block."""
    split = block.text.split()
    density = block.link_chars / max(1, len(block.text))
    return BlockKind(len(split), density, is_prose_block(block.text, len(split), density, split))
