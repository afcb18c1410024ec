"""Publisher chrome in flattened text: which lines are prompts, appeals, banners and link lists
rather than story, each with its reason.

Two passes: a line that matches a chrome pattern is chrome; then a box (a donation appeal, a
newsletter box) runs on over the neighbouring lines written in the publisher's voice to its
reader, so an appeal's middle paragraphs go with its first and last.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from newsdesk.stages.needles import PatternScreen
from newsdesk.vocab.boilerplate import (
    BOX_OPENERS,
    CHROME_PATTERNS,
    PUBLISHER_PATTERNS,
    PUBLISHER_STOPWORDS,
    READER_ADDRESS_WORDS,
)

__all__ = ["chrome_reason", "classify_chrome", "find_publisher", "outside_quotes"]

_CHROME = PatternScreen(pattern for _reason, pattern in CHROME_PATTERNS)
_REASONS = tuple(reason for reason, _pattern in CHROME_PATTERNS)
_OPENERS = tuple((reason, re.compile(p, re.IGNORECASE)) for reason, p in BOX_OPENERS)
_PUBLISHER = tuple(re.compile(p) for p in PUBLISHER_PATTERNS)
_QUOTED = re.compile(r"“[^”]*”|\"[^\"\n]*\"|‘[^’]{0,200}’(?!\w)")
_WORD = re.compile(r"[\w’']+")
_BOX_REASONS = frozenset({"donation appeal", "newsletter box", "cookie banner", "subscription prompt"})
_BOX_REACH = 6  # lines a box may run on past its last matching line


def outside_quotes(text: str) -> str:
    """The text with quoted passages blanked, so the narrator's voice can be told from a source's."""
    return _QUOTED.sub(" ", text)


def chrome_reason(line: str) -> str | None:
    """The reason a single line is chrome, or None when no chrome pattern matches it."""
    return _matching_reason(line.strip())


# Fifty searches a line, and the same lines recur (a site's labels and boxes on each of its pages,
# numbers in tables): each distinct line is searched once per process, and only for the patterns
# whose needles it holds (most lines hold few: no "cookie", no "newsletter").
@lru_cache(maxsize=16_384)
def _matching_reason(text: str) -> str | None:
    index = _CHROME.first(text)
    return None if index is None else _REASONS[index]


def _reader_voice(line: str, publisher: str | None) -> bool:
    """A line where the publisher speaks to its reader: 'we', 'our', 'your', 'journalism'..."""
    words = [w.lower() for w in _WORD.findall(outside_quotes(line))]
    hits = sum(1 for w in words if w in READER_ADDRESS_WORDS)
    names_publisher = bool(publisher) and publisher is not None and _norm(publisher) in _norm(line)
    return hits >= 2 or (names_publisher and hits >= 1)


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("\u00a0", " ")).lower()


def classify_chrome(lines: list[str], publisher: str | None = None) -> dict[int, str]:
    """Index -> reason for every line that is chrome."""
    found: dict[int, str] = {}
    for index, line in enumerate(lines):
        reason = chrome_reason(line)
        if reason is None:
            reason = next((r for r, p in _OPENERS if p.search(line.strip())), None)
        if reason is not None:
            found[index] = reason
    for index, reason in sorted(found.items()):
        if reason in _BOX_REASONS:
            _grow_box(lines, found, index, reason, publisher)
    return found


def _grow_box(lines: list[str], found: dict[int, str], start: int, reason: str, publisher: str | None) -> None:
    """Extend a box forward over reader-voice lines, up to the next box line within reach."""
    last_anchor = start
    index = start + 1
    while index < len(lines) and index - last_anchor <= _BOX_REACH:
        if found.get(index) == reason:
            for between in range(last_anchor + 1, index):
                found.setdefault(between, reason)
            last_anchor = index
        elif not _reader_voice(lines[index], publisher) and found.get(index + 1) != reason:
            break  # one plain line may sit inside a box only when the box goes on right after it
        else:
            found.setdefault(index, reason)
            last_anchor = index
        index += 1


def find_publisher(lines: list[str]) -> str | None:
    """The publisher's name as its own chrome prints it ("notifications from The Independent")."""
    names: Counter[str] = Counter()
    for line in lines:
        for pattern in _PUBLISHER:
            for match in pattern.finditer(line.strip()):
                name = _trim_name(match.group("name"))
                if name:
                    names[name] += 1
    return names.most_common(1)[0][0] if names else None


def _trim_name(name: str) -> str | None:
    words = re.sub(r"\s+", " ", name.replace("\u00a0", " ")).strip(" .,’'").split(" ")
    while words and (words[-1] in PUBLISHER_STOPWORDS or words[-1].lower() in {"is", "and", "the"}):
        words.pop()
    cleaned = " ".join(words).strip(" .,’'")
    return cleaned if cleaned and cleaned.lower() not in {"the", "us", "our"} else None
