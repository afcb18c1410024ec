"""The story body of an HTML page: the container that holds the most prose for the least chrome,
then the blocks inside it that are story, each block left out kept with its reason.

Container choice: every block adds its prose words to the "good" and its link or chrome words to
the "bad" total of each element above it; the element with the best good − bad is the story.
A chrome mark (class words, semantic tags) is not trusted on an element that holds most of the
page's prose: a ``<body class="has-sidebar">`` or an article marked "comments-open" is no chrome.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from newsdesk.model import Removed
from newsdesk.stages.dates import parse_date
from newsdesk.stages.flat.chrome import chrome_reason
from newsdesk.stages.html.blocks import Block, Blocks
from newsdesk.stages.html.boxes import heading_boxes
from newsdesk.stages.html.teasers import find_teasers, story_beside
from newsdesk.stages.html.weights import BlockKind, classify, sum_up
from newsdesk.stages.needles import PatternScreen
from newsdesk.vocab.boilerplate import AFFILIATE_DISCLOSURES, PLACEHOLDER_TEXT
from newsdesk.vocab.selectors import HEADING_TAGS

__all__ = ["Body", "find_body", "weigh"]

_BAD_WEIGHT = 1.0  # how much a word of chrome inside a container costs against a word of prose
# A comment section inside the post's element (as blog themes print it) is cut anyway: it costs
# a little, so that a long thread does not push the story's container down to one paragraph.
_COMMENT_WEIGHT = 0.3
_WIDEN_RATIO = 0.5  # prose words a wider container must add per chrome word it adds
_TRUSTED_MARK_SHARE = 0.8  # a marked element holding this share of the page's prose is no chrome
_LINKY = 0.6  # link characters over text characters above which a block is a link list
_WEAK_MARK_PARAGRAPHS = 3  # paragraphs of prose that make a weakly marked element story after all
_WEAK_MARK_WORDS = 150  # or words of prose (one long transcript is story, not a box), except in
# an author's box, whose biography may run long
_DATELINE_WORDS = 20  # words of prose that a date line never runs to ("paragraph-published" is a state)
_CHROME_CHECK_WORDS = 40  # blocks this long are prose whatever chrome phrase they contain
_CHROME_CHECK_PROSE = 25  # the same for a block that reads as sentences
_DISCLOSURE_WORDS = 60  # an affiliate disclosure runs to a few sentences
_DISCLOSURE = PatternScreen(AFFILIATE_DISCLOSURES)  # needles: "commission", "affiliate links"...
_STRUCTURED_TAGS = frozenset({"li", "td", "th", "dd", "dt", "pre", "blockquote"})
_SECTION_HEADINGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # the h1 is the headline
_BY = re.compile(r"by\s", re.IGNORECASE)
_TEXT_LEVEL_TAGS = frozenset({"p", "li", "dd", "dt", "td", "th", "blockquote", "pre"})
_REPEAT_WORDS = 5  # paragraphs this long are compared for copies
_COPY_RUN = 3  # repeated paragraphs in a row that make a copy of the story
_ANNOUNCE_WORDS = 4  # words of a sentence that announces a list of links (fewer: a label)
_PLACEHOLDER = re.compile(PLACEHOLDER_TEXT, re.IGNORECASE)
# Marks that cut a block inside the story but leave the choice of the story's element alone: a
# landing page is made of calls to action, and its container is still the page's text.
_WEIGHED_AS_STORY: frozenset[str | None] = frozenset({None, "call to action"})
_ITEM_TAGS = frozenset({"li", "dd", "dt", "td", "th"})  # the items of lists and tables
_LIST_PARTS = frozenset({"li", "ul", "ol", "dl", "dd", "dt", "td", "th", "tr", "tbody", "thead", "tfoot", "table"})


@dataclass(frozen=True)
class Body:
    """The story of a page and what the choice of it saw: ``marks`` per element (the reason of
    the trusted chrome mark at or above it, None: none), the position of the story's first
    block, and word counts that tell a story from a list of teasers (``prose_words`` counts the
    story's own prose, not the teasers it may be made of)."""

    paragraphs: tuple[str, ...]
    removed: tuple[Removed, ...]
    captions: tuple[str, ...]
    container: int
    marks: tuple[str | None, ...]
    story_start: int
    prose_words: int
    page_prose_words: int
    teaser_words: int
    link_words: int
    link_items: int  # blocks of three words or more that are links: menus, lists of other pages


@dataclass(frozen=True, slots=True)
class _Holdings:
    """Per element, what it holds: words and paragraphs of prose, the page's story root."""

    prose: list[float]
    paragraphs: list[float]
    root: list[bool]


def _holdings(page: Blocks, kinds: list[BlockKind]) -> _Holdings:
    prose = sum_up(page, [k.words if k.prose else 0 for k in kinds])
    paragraphs = sum_up(page, [1 if k.prose else 0 for k in kinds])
    return _Holdings(prose, paragraphs, _holds_story_root(page))


def _active_markers(page: Blocks, holdings: _Holdings, boxes: dict[int, str]) -> list[int]:
    """Per element, the nearest element at or above it whose chrome mark is trusted (-1: none).

    A mark is not trusted on an element that holds most of the page's prose, the publisher's
    articleBody or the page's ``<main>``; a weak mark (a class word like "paywall" or "byline")
    not on one that holds several paragraphs of prose: chrome boxes are short, stories are not."""
    prose, paragraphs, holds_body = holdings.prose, holdings.paragraphs, holdings.root
    total = prose[0] if prose else 0
    active: list[int] = []
    for index, element in enumerate(page.elements):
        inherited = active[element.parent] if element.parent >= 0 else -1
        mark = element.mark or boxes.get(index)
        if mark is None:  # most elements: nothing to weigh
            active.append(inherited)
            continue
        strong = element.strong or index in boxes
        trusted = (
            (mark == "hidden" or not holds_body[index])
            and (total == 0 or prose[index] < total * _TRUSTED_MARK_SHARE)
            and (strong or paragraphs[index] < _WEAK_MARK_PARAGRAPHS)
            and (strong or mark == "byline" or prose[index] < _WEAK_MARK_WORDS)
            and (mark != "dateline" or prose[index] < _DATELINE_WORDS)
        )
        active.append(index if trusted else inherited)
    return active


def _marks(page: Blocks, holdings: _Holdings, boxes: dict[int, str]) -> list[str | None]:
    """Per element, the chrome reason of the trusted mark at or above it (None: story may be
    there); ``boxes`` adds the boxes that headings open."""
    markers = _active_markers(page, holdings, boxes)
    return [(page.elements[m].mark or boxes.get(m)) if m >= 0 else None for m in markers]


def _holds_story_root(page: Blocks) -> list[bool]:
    """Per element, whether it is or holds the publisher's articleBody or the page's ``<main>``:
    such an element is the page's frame, whatever its class names say ("content-sidebar")."""
    holds = [e.body_prop or e.tag == "main" for e in page.elements]
    for index in range(len(page.elements) - 1, 0, -1):  # children come after their parents
        parent = page.elements[index].parent
        if holds[index] and parent >= 0:
            holds[parent] = True
    return holds


def _choose_container(page: Blocks, kinds: list[BlockKind], marks: list[str | None], teasers: set[int]) -> int:
    chrome = [block.owner >= 0 and marks[block.owner] not in _WEIGHED_AS_STORY for block in page.blocks]
    comments = {i for i, b in enumerate(page.blocks) if b.owner >= 0 and marks[b.owner] == "comments"}
    good, bad = weigh(kinds, chrome, teasers, comments)
    goods, bads = sum_up(page, good), sum_up(page, bad)
    best, best_score = 0, float("-inf")
    for index in range(len(page.elements)):
        score = goods[index] - _BAD_WEIGHT * bads[index]
        if score >= best_score and goods[index] > 0:  # ties go to the deeper element (later index)
            best, best_score = index, score
    # A story's container holds its paragraphs: where one paragraph alone scores best, the
    # story is the element around it (its lists and tables after it count too).
    if page.elements and page.elements[best].tag in _TEXT_LEVEL_TAGS and page.elements[best].parent >= 0:
        best = page.elements[best].parent
    return _widen(page, best, goods, bads)


def _widen(page: Blocks, best: int, goods: list[float], bads: list[float]) -> int:
    """The highest element above the best one that adds enough prose for the chrome it adds: a
    story cut in sections by boxes of links is one story."""
    chosen, element = best, page.elements[best].parent
    while element >= 0:
        more_good, more_bad = goods[element] - goods[best], bads[element] - bads[best]
        if more_good > 0 and more_good >= _WIDEN_RATIO * more_bad:
            chosen = element
        element = page.elements[element].parent
    return chosen


def weigh(
    kinds: list[BlockKind], chrome: list[bool], teasers: set[int], comments: frozenset[int] | set[int] = frozenset()
) -> tuple[list[float], list[float]]:
    """Per block, its words of story ("good") and of chrome ("bad"); blocks of a comment
    section (``comments``) weigh less as chrome."""
    good: list[float] = []
    bad: list[float] = []
    for position, (marked, kind) in enumerate(zip(chrome, kinds, strict=True)):
        teaser = position in teasers
        good.append(kind.words * (1 - kind.link_density) if kind.prose and not marked and not teaser else 0.0)
        weight = _COMMENT_WEIGHT if position in comments else 1.0
        bad.append(kind.words * weight if marked or teaser or kind.link_density >= _LINKY else 0.0)
    return good, bad


def _inside(page: Blocks, container: int) -> list[bool]:
    """Per element, whether it is the container or inside it. A parent comes before its
    children, so no element before the container is inside it."""
    elements = page.elements
    inside = [False] * len(elements)
    if container < len(elements):
        inside[container] = True
    for index in range(container + 1, len(elements)):
        parent = elements[index].parent
        inside[index] = parent >= container and inside[parent]
    return inside


def _reason(page: Blocks, block: Block, kind: BlockKind, mark: str | None) -> str | None:
    """Why a block inside the container is not story, or None when it is."""
    if mark is not None:
        return mark
    if block.tag == "h1":
        return "headline"
    if kind.link_density >= _LINKY and not _linked_story_line(page, block):
        return "related links"
    if kind.words < (_CHROME_CHECK_PROSE if kind.prose else _CHROME_CHECK_WORDS):
        return chrome_reason(block.text)
    if kind.words < _DISCLOSURE_WORDS and _is_disclosure(block.text):
        return "affiliate disclosure"
    if _PLACEHOLDER.match(block.text):
        return "placeholder"
    return None


def _is_disclosure(text: str) -> bool:
    """True for an affiliate disclosure; a text without the pattern's needles is not searched."""
    return _DISCLOSURE.first(text) is not None


def _linked_story_line(page: Blocks, block: Block) -> bool:
    """True for a linked line inside the story that is still story: a heading (a roundup names
    each item and links to it; a box of related links goes by its heading or its marks), or an
    item of a list (or a paragraph in one) whose links lead mostly to other sites (the story's
    sources, tools or resources, where links to the site's own pages are related links)."""
    if block.tag in HEADING_TAGS:
        return True
    parent = _parent(page, block.owner)
    in_item = block.tag == "li" or (parent >= 0 and page.elements[parent].tag == "li")
    return in_item and block.outbound_chars * 2 > block.link_chars


def _announces(block: Block) -> bool:
    """True for a story line that announces a list: a sentence ("Patches sent for review:"),
    mostly lower case, ending in a colon; a title-case label ("Best Overall:", "Learn More in Our
    Series:") heads a product card or a box of the site's links."""
    if not block.text.rstrip().endswith(":"):
        return False
    words = block.text.split()
    lower = sum(1 for word in words if word[:1].islower())
    return len(words) >= _ANNOUNCE_WORDS and lower >= len(words) * 0.5


def _removed(text: str, reason: str) -> Removed:
    """A record of chrome cut (a hundred or more of them on a page)."""
    return Removed(text=text, reason=reason)


def _split_lines(block: Block) -> list[str]:
    if not block.breaks:
        return [block.text]
    cuts = [0, *block.breaks, len(block.text)]
    return [block.text[a:b].strip() for a, b in itertools.pairwise(cuts) if block.text[a:b].strip()]


def find_body(page: Blocks) -> Body:
    """The story paragraphs of a page, with what was cut and why, and the captions met on the way."""
    kinds = [classify(b) for b in page.blocks]
    holdings = _holdings(page, kinds)
    marks = _marks(page, holdings, {})
    chrome = [block.owner >= 0 and marks[block.owner] is not None for block in page.blocks]
    teasers = find_teasers(page, kinds, chrome)
    if boxes := heading_boxes(page, kinds, teasers):  # "Related stories", "About the author"
        marks = _marks(page, holdings, boxes)
        chrome = [block.owner >= 0 and marks[block.owner] is not None for block in page.blocks]
        teasers = find_teasers(page, kinds, chrome)
    # Without a story beside them, the teasers are the page (a list, a roundup): the article
    # check decides on those; the body is read as it stands.
    set_aside = teasers if story_beside(kinds, chrome, teasers) else set()
    container = _choose_container(page, kinds, marks, set_aside)
    inside = _inside(page, container)
    # The story's own element (the container's parent) holds its lead image and caption.
    near = _inside(page, max(0, page.elements[container].parent)) if page.elements else []
    kept: list[tuple[int, Block, BlockKind]] = []
    removed: list[Removed] = []
    captions: list[str] = []
    listed = False  # the story's last line announced a list ("Patches sent for review:")
    for position, (block, kind) in enumerate(zip(page.blocks, kinds, strict=True)):
        owner = block.owner
        mark = marks[owner] if owner >= 0 else None
        reason = _reason(page, block, kind, mark) if owner >= 0 and inside[owner] else mark or "outside the story"
        if reason == "related links" and listed:
            reason = None  # the links the story announced are its own (sources, changes, reads)
        listed = reason is None and (_announces(block) or (listed and kind.link_density >= _LINKY))
        if reason is None:
            kept.append((position, block, kind))
        elif reason == "caption" and owner >= 0 and near[owner]:
            captions.append(block.text)
        elif reason != "headline":
            removed.append(_removed(block.text, reason))
    story = _trim(page, kept, removed)
    paragraphs = _dedupe([line for _p, block, _kind in story for line in _split_lines(block)])
    return Body(
        paragraphs=tuple(paragraphs),
        removed=tuple(removed),
        captions=tuple(captions),
        container=container,
        marks=tuple(marks),
        story_start=story[0][0] if story else len(page.blocks),
        prose_words=sum(k.words for p, _b, k in story if k.prose and p not in teasers),
        page_prose_words=sum(k.words for k, marked in zip(kinds, chrome, strict=True) if k.prose and not marked),
        teaser_words=sum(kinds[i].words for i in teasers),
        link_words=sum(round(k.words * k.link_density) for k in kinds),
        link_items=sum(1 for k in kinds if k.link_density >= _LINKY and k.words >= 3),
    )


_Kept = list[tuple[int, Block, BlockKind]]


def _trim(page: Blocks, kept: _Kept, removed: list[Removed]) -> _Kept:
    """The story from its first prose block to its last line in the flow of its paragraphs.

    Short lines above the first paragraph in the container (a kicker, a byline, a date) are cut
    as lying before the story; the lists, tables and section headings right above it open it.
    After the last paragraph, lines stay while they sit in the same elements as the paragraphs
    (a list of tour dates, a sign-off) and go once the container moves on to other boxes (an
    author box, "recent articles")."""
    prose = [i for i, (_p, _b, k) in enumerate(kept) if k.prose]
    if not prose:
        return kept
    first = prose[0]
    while first > 0 and _opens_story(kept[first - 1][1]):
        first -= 1
    flow = {b.owner for _p, b, k in kept if k.prose}
    flow |= {_parent(page, owner) for owner in flow}
    last = prose[-1]
    sizes = sum_up(page, [1] * len(page.blocks)) if last + 1 < len(kept) else []
    while last + 1 < len(kept) and _in_flow(page, kept[last + 1][1].owner, flow, sizes):
        last += 1
    removed.extend(_removed(b.text, "before the story") for _p, b, _k in kept[:first])
    removed.extend(_removed(b.text, "after the story") for _p, b, _k in kept[last + 1 :])
    return kept[first : last + 1]


def _opens_story(block: Block) -> bool:
    """True for a line above the story's first paragraph that is story: a list or a table, or
    a section heading ("Introduction", "Key takeaways"), unless the heading is a byline or a
    date line set in a heading's type."""
    if block.tag in _STRUCTURED_TAGS:
        return True
    return block.tag in _SECTION_HEADINGS and not _BY.match(block.text) and parse_date(block.text) is None


def _parent(page: Blocks, element: int) -> int:
    return page.elements[element].parent if element >= 0 else -1


def _in_flow(page: Blocks, element: int, flow: set[int], sizes: list[float]) -> bool:
    """True when an element is, or sits right inside, an element that holds story paragraphs; a
    list or a table counts as a whole (a cell sits deep in its table, the table in the story),
    with the wrappers that hold nothing else (a table's scrolling box); a heading or a paragraph
    inside an item counts as the item. ``sizes``: blocks per element."""
    listed = False
    parent = _parent(page, element)
    if element not in flow and parent >= 0 and page.elements[parent].tag in _ITEM_TAGS:
        element = parent
    while element >= 0 and page.elements[element].tag in _LIST_PARTS and element not in flow:
        element, listed = _parent(page, element), True
    while listed and element not in flow and _wrapped(page, element, sizes):
        element = _parent(page, element)
    return element in flow or _parent(page, element) in flow


def _wrapped(page: Blocks, element: int, sizes: list[float]) -> bool:
    """True when an element's parent holds nothing but the element's blocks."""
    parent = _parent(page, element)
    return parent >= 0 and sizes[parent] == sizes[element]


def _dedupe(paragraphs: list[str]) -> list[str]:
    """Paragraphs without the copies that responsive pages print (the story once per screen
    size): a line repeated right after itself, or a run of paragraphs printed again later. One
    repeated paragraph alone (a pull quote) stays."""
    seen: set[str] = set()
    repeat: list[bool] = []
    for paragraph in paragraphs:
        repeat.append(paragraph in seen)
        if len(paragraph.split()) >= _REPEAT_WORDS:
            seen.add(paragraph)
    out: list[str] = []
    for index, paragraph in enumerate(paragraphs):
        run = repeat[max(0, index - _COPY_RUN + 1) : index + _COPY_RUN]
        in_copy = repeat[index] and any(all(run[i : i + _COPY_RUN]) for i in range(len(run) - _COPY_RUN + 1))
        if in_copy or (out and out[-1] == paragraph):
            continue
        out.append(paragraph)
    return out
