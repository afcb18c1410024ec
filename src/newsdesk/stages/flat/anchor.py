"""Where a flattened page's story starts, by its headline: a scraper that keeps the whole page
keeps its ``<title>`` as the first line, and the page prints the same headline again right above
the story. The story is the first long run of prose after that repeat, not the longest run on
the page (which on a page with comments or teasers is often not the story)."""

from __future__ import annotations

import re
from collections.abc import Mapping

from newsdesk.stages.metadata.title import strip_site_name

__all__ = ["choose_run", "title_anchor"]

Run = tuple[int, int, int]  # first content position, last content position, prose words

_WORD = re.compile(r"\w+")
_MIN_TITLE_WORDS = 3
_MIN_EXACT_WORDS = 2  # a two-word title ("About bugs") anchors only where a line repeats it exactly
_ANCHOR_SLACK = 1.6  # a repeat may carry a little more (a kicker, a label) than the title
_SHARED = 0.6  # share of words a reworded headline and the title have in common, both ways
_MAX_HEADLINE_WORDS = 30
_STORY_SHARE = 0.3  # words a run after the headline needs, against the longest run, to be the story
_STORY_ENDS = frozenset({"comments"})
_MIN_STORY_WORDS = 50  # a run shorter than this after the headline is its standfirst, not its story
_MERGE_GAP = 40  # content lines (lists, tables, captions) between two runs of one story


def _fold(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def title_anchor(texts: list[str], content: list[int]) -> int | None:
    """The content position of the line that repeats the page's title (its first line, without
    the " | Site" suffix), or None when the first line is no title or is never repeated. Where
    no line repeats it, the first line that shares most of its words with it (a headline
    reworded for the page: "Video shows dramatic rescue..." under the title "Michael Webb:
    Dramatic video shows rescue...")."""
    if len(texts) < 2:
        return None
    title = _fold(strip_site_name(texts[0]))
    if len(title.split()) < _MIN_EXACT_WORDS:
        return None
    for position, index in enumerate(content):
        if index == 0:
            continue
        line = _fold(texts[index])
        if line == title or (title in line and len(line) <= _ANCHOR_SLACK * len(title)):
            return position if len(title.split()) >= _MIN_TITLE_WORDS or line == title else None
    return _reworded(texts, content, set(title.split())) if len(title.split()) >= _MIN_TITLE_WORDS else None


def _reworded(texts: list[str], content: list[int], title: set[str]) -> int | None:
    """The first short line that shares most of its words with the title, and most of the
    title's words."""
    for position, index in enumerate(content):
        words = set(_fold(texts[index]).split())
        if index == 0 or not words or len(words) > _MAX_HEADLINE_WORDS:
            continue
        shared = len(words & title)
        if shared >= _MIN_TITLE_WORDS and shared >= _SHARED * len(words) and shared >= _SHARED * len(title):
            return position
    return None


def _cut_at_end(run: Run, content: list[int], chrome: Mapping[int, str]) -> Run:
    """The run up to the first line of chrome that ends a story ("Comments"): what
    follows it is another part of the page. (Share bars, ads and "Read more" links sit inside stories.)"""
    first, last, words = run
    for position in range(first + 1, last + 1):
        between = range(content[position - 1] + 1, content[position])
        if any(chrome.get(index) in _STORY_ENDS for index in between):
            return first, position - 1, words
    return run


def _story_end(anchor: int, content: list[int], chrome: Mapping[int, str]) -> int:
    """The first content position after the anchor that follows a line ending the story."""
    for position in range(anchor + 1, len(content)):
        between = range(content[position - 1] + 1, content[position])
        if any(chrome.get(index) in _STORY_ENDS for index in between):
            return position
    return len(content)


def choose_run(runs: list[Run], anchor: int | None, content: list[int], chrome: Mapping[int, str]) -> Run:
    """The story's run: the first long run after the headline's repeat, with the runs that
    follow it before any chrome line (a share bar, "Related", comments) ends the story; without
    an anchor, the longest run. ``content`` maps positions to line indices; ``chrome`` holds the
    indices of chrome lines."""
    longest = max(runs, key=lambda run: run[2])
    if anchor is None:
        return longest
    # Runs below a comments heading are readers' words: they do not make the story look short.
    end = _story_end(anchor, content, chrome)
    story_longest = max((run[2] for run in runs if anchor < run[0] < end), default=longest[2])
    after = [run for run in runs if run[0] > anchor and run[2] >= max(_MIN_STORY_WORDS, _STORY_SHARE * story_longest)]
    if not after:
        return longest
    first, last, words = _cut_at_end(after[0], content, chrome)
    if last < after[0][1]:
        return first, last, words
    for run in runs:
        if run[0] <= last:
            continue
        between = range(content[last] + 1, content[run[0]])
        if run[0] - last > _MERGE_GAP or any(index in chrome for index in between):
            break
        last, words = run[1], words + run[2]
    return first, last, words
