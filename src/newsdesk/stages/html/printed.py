"""What a page prints about its story around the body: the headline (its h1), bylines and date
lines, found among the blocks by their tags and chrome marks, nearest to the story first."""

from __future__ import annotations

import itertools
import re

from newsdesk.stages.dates import parse_date
from newsdesk.stages.html.blocks import Block, Blocks
from newsdesk.stages.html.body import Body
from newsdesk.stages.metadata import PrintedFields
from newsdesk.stages.metadata.authors import credited_names
from newsdesk.vocab.bylines import WRITING_CREDITS

__all__ = ["printed_fields"]

# Marks of boxes that hold other stories' headlines, never this one's.
_ELSEWHERE = frozenset({"hidden", "navigation", "footer", "aside", "related links", "comments", "dialog"})
_DATELINE_WORDS = 16
_BYLINE_WORDS = 20
_DATELINE_REACH = 40  # blocks above the story searched for a byline or a date line
_BY = re.compile(
    r"^\s*(?i:" + "|".join(re.escape(p) for p in sorted(WRITING_CREDITS, key=len, reverse=True)) + r")\s+[A-Z]"
)
# A date line that names its writer after the date ("Posted on 19 December 2023 by Jane Doe").
_DATED_BY = re.compile(r"\bby\s+(?P<names>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3})\s*$")
_BYLINES_AFTER = 3  # byline blocks taken from below the story start when none are above it
_BY_REACH_AFTER = 3  # blocks below the story start where a "By" line is still the story's byline
_SIGNOFF = re.compile(
    r"^\W*(?:reporting|reported|writing|written) by\s+(?P<names>[^;()]{3,120}?)\s*(?:[;)]|\.?$)", re.I
)
_SIGNOFF_PARAGRAPHS = 3  # paragraphs at the story's end searched for a sign-off
# A label whose value is the date in the next block ("<dt>Date:</dt><dd>December 18, 2023</dd>").
_DATE_LABEL = re.compile(r"^\s*(?:date|published|posted|released|(?:publication|release) date)\s*:?\s*$", re.I)


def _mark(body: Body, owner: int) -> str | None:
    return body.marks[owner] if owner >= 0 else None


def _nearest_first(positions: list[int], start: int) -> list[int]:
    """Positions before the story from the nearest up, then those after it in order."""
    before = [p for p in positions if p < start]
    return list(reversed(before)) + [p for p in positions if p >= start]


def printed_fields(page: Blocks, body: Body) -> PrintedFields:
    """h1 texts, byline texts and date lines of a page, nearest to the story first."""
    headings: list[int] = []
    bylines: list[int] = []
    datelines: list[int] = []
    credits: list[str] = []
    dated_bylines: dict[int, str] = {}
    start = body.story_start
    for position, block in enumerate(page.blocks):
        mark = _mark(body, block.owner)
        near = start - _DATELINE_REACH <= position < start
        if block.tag == "h1" and mark not in _ELSEWHERE:
            headings.append(position)
            continue
        says_by = start - _DATELINE_REACH <= position < start + _BY_REACH_AFTER and _BY.match(block.text) is not None
        may_be_byline = (mark == "byline" and (near or len(bylines) < _BYLINES_AFTER)) or says_by
        may_be_dateline = near or mark == "dateline" or _labelled_date(page, position, start)
        if not (may_be_byline or may_be_dateline):
            continue  # most blocks: far from the story's start and unmarked (their words go uncounted)
        words = len(block.text.split())
        if words <= _BYLINE_WORDS and may_be_byline:
            bylines.append(position)
            if (credited := _credited(page, position)) is not None:
                credits.append(credited)
        if words <= _DATELINE_WORDS and may_be_dateline and parse_date(block.text):
            datelines.append(position)
            if position not in bylines and (named := _DATED_BY.search(block.text)):
                dated_bylines[position] = f"By {named.group('names')}"
    texts = {p: _byline_text(page.blocks[p]) for p in bylines} | dated_bylines
    return PrintedFields(
        headings=tuple(page.blocks[p].text for p in _nearest_first(headings, start)),
        bylines=tuple(texts[p] for p in _nearest_first(sorted(texts), start)),
        datelines=tuple(page.blocks[p].text for p in _nearest_first(datelines, start)),
        contributors=tuple(credits),
        signoffs=tuple(
            f"By {m.group('names')}" for p in body.paragraphs[-_SIGNOFF_PARAGRAPHS:] if (m := _SIGNOFF.match(p))
        ),
    )


def _labelled_date(page: Blocks, position: int, start: int) -> bool:
    """True for a block at the head of the story that follows a date label ("Date:")."""
    return 0 < position < start + _BY_REACH_AFTER and _DATE_LABEL.match(page.blocks[position - 1].text) is not None


def _byline_text(block: Block) -> str:
    """A byline block's text; of a block in lines (<br>), the line that says "By" ("Story by Jane
    Doe" above "Special Correspondent to The Auto Channel"), where one does."""
    if block.breaks:
        cuts = [0, *block.breaks, len(block.text)]
        for start, end in itertools.pairwise(cuts):
            if _BY.match(line := block.text[start:end].strip()):
                return line
    return block.text


def _credited(page: Blocks, position: int) -> str | None:
    """The names a byline block credits for other work than writing ("Photography by X"); a
    label standing alone ("Contributions from") credits the next block."""
    names = credited_names(page.blocks[position].text)
    if names == "" and position + 1 < len(page.blocks):
        return page.blocks[position + 1].text
    return names
