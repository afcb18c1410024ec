"""The story body of an HTML page: the container that holds the most prose for the least chrome,
then the blocks inside it that are story, each block left out kept with its reason.

Container choice: every block adds its prose words to the "good" and its link or chrome words to
the "bad" total of each element above it; the element with the best good − bad is the story.
A chrome mark (class words, semantic tags) is not trusted on an element that holds most of the
page's prose: a ``<body class="has-sidebar">`` or an article marked "comments-open" is no chrome.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdesk.model import Removed
from newsdesk.stages.flat.chrome import chrome_reason
from newsdesk.stages.html.blocks import Block, Blocks
from newsdesk.vocab.selectors import STRONG_MARKS

__all__ = ["Body", "BlockKind", "classify", "find_body", "is_prose_block"]

_WORD = re.compile(r"\w+")
_EXCERPT_END = re.compile(r"(?:\.\.\.|…)\s*(?:\[?(?:read|continue|more)[^\]]{0,20}\]?)?$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:;\"”’)\]]\s*$")
_BAD_WEIGHT = 1.0  # how much a word of chrome inside a container costs against a word of prose
_TRUSTED_MARK_SHARE = 0.8  # a marked element holding this share of the page's prose is no chrome
_LINKY = 0.6  # link characters over text characters above which a block is a link list
_PROSE_LINKS = 0.5  # prose may link, as roundups do ("<a>Headline.</a> What happened.")
_WEAK_MARK_PARAGRAPHS = 3  # paragraphs of prose that make a weakly marked element story after all
_CHROME_CHECK_WORDS = 40  # blocks this long are prose whatever chrome phrase they contain


@dataclass(frozen=True, slots=True)
class BlockKind:
    """What one block weighs: its words, link density, and whether it reads as prose."""

    words: int
    link_density: float
    prose: bool
    excerpt: bool = False  # cut short with an ellipsis, as teasers of other stories are


@dataclass(frozen=True)
class Body:
    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...]
    captions: tuple[str, ...]
    headings: tuple[str, ...]
    container: int
    prose_words: int
    page_prose_words: int
    link_words: int


def is_prose_block(text: str, words: int, link_density: float) -> bool:
    """A block of sentences: enough words, few of them links, mostly lower case, ending like a
    sentence (or long enough not to need to)."""
    if words < 8 or link_density > _PROSE_LINKS:
        return False
    lower = sum(1 for w in text.split() if w[:1].islower())
    if lower < words * 0.4:
        return False
    return words >= 25 or bool(_SENTENCE_END.search(text))


def classify(block: Block) -> BlockKind:
    """The weight of a block."""
    words = len(_WORD.findall(block.text))
    density = block.link_chars / max(1, len(block.text))
    return BlockKind(words, density, is_prose_block(block.text, words, density), bool(_EXCERPT_END.search(block.text)))


def _active_markers(page: Blocks, kinds: list[BlockKind]) -> list[int]:
    """Per element, the nearest element at or above it whose chrome mark is trusted (-1: none).

    A mark is not trusted on an element that holds most of the page's prose or the publisher's
    articleBody; a weak mark (a class word like "paywall" or "byline") not on one that holds
    several paragraphs of prose: chrome boxes are short, stories are not."""
    prose = _sum_up(page, [k.words if k.prose else 0 for k in kinds])
    paragraphs = _sum_up(page, [1 if k.prose else 0 for k in kinds])
    holds_body = _holds_body_prop(page)
    total = prose[0] if prose else 0
    active: list[int] = []
    for index, element in enumerate(page.elements):
        inherited = active[element.parent] if element.parent >= 0 else -1
        mark = element.mark
        trusted = mark == "hidden" or (
            mark is not None
            and not holds_body[index]
            and (total == 0 or prose[index] < total * _TRUSTED_MARK_SHARE)
            and (mark in STRONG_MARKS or paragraphs[index] < _WEAK_MARK_PARAGRAPHS)
        )
        active.append(index if trusted else inherited)
    return active


def _holds_body_prop(page: Blocks) -> list[bool]:
    holds = [e.body_prop for e in page.elements]
    for index in range(len(page.elements) - 1, 0, -1):  # children come after their parents
        parent = page.elements[index].parent
        if holds[index] and parent >= 0:
            holds[parent] = True
    return holds


def _sum_up(page: Blocks, weights: list[float] | list[int]) -> list[float]:
    """Per element, the total weight of the blocks inside it."""
    totals = [0.0] * len(page.elements)
    for block, weight in zip(page.blocks, weights, strict=True):
        if not weight:
            continue
        index = block.owner
        while index >= 0:
            totals[index] += weight
            index = page.elements[index].parent
    return totals


def _choose_container(page: Blocks, kinds: list[BlockKind], markers: list[int]) -> int:
    good: list[float] = []
    bad: list[float] = []
    for block, kind in zip(page.blocks, kinds, strict=True):
        chrome = block.owner >= 0 and markers[block.owner] >= 0
        good.append(kind.words * (1 - kind.link_density) if kind.prose and not chrome and not kind.excerpt else 0.0)
        bad.append(kind.words if chrome or kind.excerpt or kind.link_density >= _LINKY else 0.0)
    goods, bads = _sum_up(page, good), _sum_up(page, bad)
    best, best_score = 0, float("-inf")
    for index in range(len(page.elements)):
        score = goods[index] - _BAD_WEIGHT * bads[index]
        if score >= best_score and goods[index] > 0:  # ties go to the deeper element (later index)
            best, best_score = index, score
    return best


def _inside(page: Blocks, container: int) -> list[bool]:
    inside: list[bool] = []
    for index, element in enumerate(page.elements):
        inside.append(index == container or (element.parent >= 0 and inside[element.parent]))
    return inside


def _reason(block: Block, kind: BlockKind, marker: int, page: Blocks) -> str | None:
    """Why a block inside the container is not story, or None when it is."""
    if marker >= 0:
        return page.elements[marker].mark
    if block.tag == "h1":
        return "headline"
    if kind.link_density >= _LINKY:
        return "related links"
    if kind.words < _CHROME_CHECK_WORDS:
        return chrome_reason(block.text)
    return None


def _split_lines(block: Block) -> list[str]:
    if not block.breaks:
        return [block.text]
    cuts = [0, *block.breaks, len(block.text)]
    return [block.text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False) if block.text[a:b].strip()]


def find_body(page: Blocks) -> Body:
    """The story paragraphs of a page, with what was cut and why, and the captions met on the way."""
    kinds = [classify(b) for b in page.blocks]
    markers = _active_markers(page, kinds)
    container = _choose_container(page, kinds, markers)
    inside = _inside(page, container)
    kept: list[tuple[Block, BlockKind]] = []
    removed: list[Removed] = []
    captions: list[str] = []
    headings: list[str] = []
    for block, kind in zip(page.blocks, kinds, strict=True):
        owner_marker = markers[block.owner] if block.owner >= 0 else -1
        reason = _reason(block, kind, owner_marker, page) if block.owner >= 0 and inside[block.owner] else "outside"
        if reason is None:
            kept.append((block, kind))
        elif reason == "caption":
            captions.append(block.text)
        elif reason == "headline":
            headings.append(block.text)
        elif reason != "outside":
            removed.append(Removed(text=block.text, reason=reason))
    story = _trim(kept, removed)
    paragraphs = _dedupe([line for block, _kind in story for line in _split_lines(block)])
    return Body(
        paragraphs=tuple(paragraphs),
        removed=tuple(removed),
        captions=tuple(captions),
        headings=tuple(headings),
        container=container,
        prose_words=sum(k.words for _b, k in story if k.prose),
        page_prose_words=sum(k.words for k in kinds if k.prose),
        link_words=sum(round(k.words * k.link_density) for k in kinds),
    )


def _trim(kept: list[tuple[Block, BlockKind]], removed: list[Removed]) -> list[tuple[Block, BlockKind]]:
    """The story from its first to its last prose block; the short lines around it (a byline, a
    date, tags, a sign-off box) are cut as lying before or after the story."""
    prose = [i for i, (_b, k) in enumerate(kept) if k.prose]
    if not prose:
        return kept
    first, last = prose[0], prose[-1]
    while last + 1 < len(kept) and _closing_line(kept[last + 1][0].text):
        last += 1
    removed.extend(Removed(text=b.text, reason="before the story") for b, _k in kept[:first])
    removed.extend(Removed(text=b.text, reason="after the story") for b, _k in kept[last + 1 :])
    return kept[first : last + 1]


def _closing_line(text: str) -> bool:
    """A short last line that is still story: a sentence of its own."""
    return len(text.split()) >= 3 and text.rstrip()[-1:] in ".!?”\"" and text[:1].isupper()


def _dedupe(paragraphs: list[str]) -> list[str]:
    """Paragraphs without the copies that responsive pages print twice in a row."""
    out: list[str] = []
    for paragraph in paragraphs:
        if not out or out[-1] != paragraph:
            out.append(paragraph)
    return out
