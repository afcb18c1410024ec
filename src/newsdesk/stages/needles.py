"""Needles of a case-insensitive regular expression: literal pieces of which every match holds at
least one, so that a text holding none of them cannot match and need not be searched.

Searching a short line for fifty chrome phrases costs more than any other text check, and nearly
every line matches none: a phrase whose needles ("newsletter", "cookie") are absent from the line
is passed over. The screen is exact, never a guess:

- a needle is a run of ASCII characters that the pattern must match one after the other (a
  literal run, or a group, a repeat of at least one, or every branch of an alternation holding
  one); optional parts, classes and look-arounds give none;
- case-insensitive matching pairs an ASCII character only with its other-case ASCII letter, and
  with four characters outside ASCII (``_PAIRED_WITH_ASCII``); a text holding none of these four
  holds each needle of a match in its lower-cased form, and a text holding one is not screened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

# The parser of the standard ``re`` module (public as sre_parse before Python 3.11). Its tree is
# read, never changed; a pattern it cannot read has no needles and is always searched.
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parser  # type: ignore[attr-defined]
from typing import Any

__all__ = ["PatternScreen", "could_match", "needles_in", "pattern_needles"]

# Characters outside ASCII that case-insensitive matching pairs with an ASCII letter: the dotted
# and dotless i, the Kelvin sign and the long s (tests check the list against all of Unicode).
_PAIRED_WITH_ASCII = frozenset("\u0130\u0131\u212a\u017f")
_REQUIRED_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)

Needles = frozenset[str]


def pattern_needles(pattern: str) -> Needles | None:
    """The needles of a pattern searched with ``re.IGNORECASE``, lower-cased: every match holds
    one of them. None when the pattern has none (an optional or classed opening, say)."""
    try:
        tree = sre_parser.parse(pattern, re.IGNORECASE)
    except (re.error, AttributeError, TypeError):
        return None
    return _best(_sequence_needles(list(tree)))


def needles_in(text: str, needles: Needles | None) -> Needles | None:
    """The needles that occur in ``text``, case aside; None when there are none to look for or
    the text cannot be screened (it holds a character that case-insensitive matching pairs with
    an ASCII letter)."""
    if needles is None or (not text.isascii() and not _PAIRED_WITH_ASCII.isdisjoint(text)):
        return None
    lowered = text.lower()
    return frozenset(needle for needle in needles if needle in lowered)


def could_match(needles: Needles | None, present: Needles | None) -> bool:
    """False only when a pattern with these needles cannot match a text holding ``present``."""
    return needles is None or present is None or not needles.isdisjoint(present)


class PatternScreen:
    """Case-insensitive patterns, each searched in a text only when the text holds one of its
    needles."""

    def __init__(self, patterns: Iterable[str]) -> None:
        self._patterns = tuple((re.compile(p, re.IGNORECASE), pattern_needles(p)) for p in patterns)
        self._needles: Needles = frozenset().union(*(n for _pattern, n in self._patterns if n is not None))

    def matching(self, text: str) -> Iterator[int]:
        """The indices of the patterns that match the text, in order."""
        present = needles_in(text, self._needles)
        for index, (pattern, needles) in enumerate(self._patterns):
            if could_match(needles, present) and pattern.search(text):
                yield index

    def first(self, text: str) -> int | None:
        """The index of the first pattern that matches the text, or None."""
        return next(self.matching(text), None)


def _sequence_needles(items: list[tuple[Any, Any]]) -> list[Needles]:
    """The needle sets of a sequence of pattern items: each set is required by one item (or one
    run of literal items), so any of them screens the whole sequence."""
    found: list[Needles] = []
    run: list[str] = []
    for op, argument in items:
        if op is sre.LITERAL and argument < 128:
            run.append(chr(argument).lower())
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        inner = _item_needles(op, argument)
        if inner is not None:
            found.append(inner)
    if run:
        found.append(frozenset({"".join(run)}))
    return found


def _item_needles(op: Any, argument: Any) -> Needles | None:
    """The needles one item of a pattern requires, or None when it requires none."""
    if op is sre.SUBPATTERN:  # (group, added flags, removed flags, contents)
        return _best(_sequence_needles(list(argument[3])))
    if op in _REQUIRED_REPEATS and argument[0] >= 1:  # (least, most, contents)
        return _best(_sequence_needles(list(argument[2])))
    if op is sre.BRANCH:  # (None, alternatives): each must bring its own needles
        union: set[str] = set()
        for alternative in argument[1]:
            needles = _best(_sequence_needles(list(alternative)))
            if needles is None:
                return None
            union |= needles
        return frozenset(union)
    return None


def _best(candidates: list[Needles]) -> Needles | None:
    """The set that screens best: the one whose shortest needle is longest."""
    return max(candidates, key=lambda needles: min(map(len, needles)), default=None)
